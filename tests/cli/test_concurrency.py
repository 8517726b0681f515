#!/usr/bin/env python3
"""Several processes open complaints at the same moment: every one gets its own number and
its own file, and nothing is lost."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

WRITERS, EACH = 6, 8


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="kefu-conc-")
    try:
        data = os.path.join(work, "d")
        shutil.copytree(os.path.join(args.source, "tests/cli/fixtures/estate"), data)
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(KEFU_DATA=data, KEFU_USER="zhangmin", KEFU_NOW="2026-11-26T09:30")
        script = "for i in $(seq %d); do \"$0\" complaint open --unit 1-1-101 --category 其他 --desc \"w$1-$i\" 2>/dev/null || echo FAIL; done" % EACH
        procs = [subprocess.Popen(["bash", "-c", script, args.kefu, str(w)], env=env,
                                  stdout=subprocess.PIPE, text=True) for w in range(WRITERS)]
        ids = []
        for p in procs:
            out, _ = p.communicate(timeout=120)
            ids += out.split()
        assert "FAIL" not in ids, ids
        expected = ["TS-2026-11-%04d" % n for n in range(1, WRITERS * EACH + 1)]
        assert sorted(ids) == expected, sorted(ids)
        folder = os.path.join(data, "complaints/2026/11")
        files = sorted(f for f in os.listdir(folder))
        assert files == [i + ".yaml" for i in expected], files
        descs = set()
        for f in files:
            with open(os.path.join(folder, f), encoding="utf-8") as fh:
                text = fh.read()
            assert text.startswith("id: " + f[:-5] + "\n"), f
            descs.add([l for l in text.splitlines() if l.startswith("description: ")][0])
        assert len(descs) == WRITERS * EACH, "a record was overwritten"
        check = subprocess.run([args.kefu, "check"], env=env, capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        print("%d writers x %d opens: %d distinct IDs, %d files, none lost" %
              (WRITERS, EACH, len(set(ids)), len(files)))
        print("1 passed, 0 failed")
        return 0
    except AssertionError as e:
        print("FAIL:", e)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
