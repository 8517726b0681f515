#!/usr/bin/env python3
"""A hand edit saved while kefu writes the same record is never lost.

Each round opens a complaint, then starts `kefu complaint note` on it and, at a varying moment
a few hundred microseconds around it, saves an edit of the same file the way an editor does:
either by writing a new file and renaming it over the record (vim's and most editors' way) or
by rewriting the file in place (nano's way). The edit adds a marker to the description.
Whatever the order, the marker must be in the file afterwards: kefu read it before writing (and
kept it), or kefu refused its write (exit 3: changed since read, or read half saved), or the
editor saved after kefu and
its save stands. A lost marker is an edit kefu overwrote without having seen it.

For a rename-style save no loss is possible: kefu exchanges its file in with
renameat2(RENAME_EXCHANGE) and compares the displaced file with what it read. An in-place save
that opened the file before the exchange and writes into it after kefu's comparison would be
lost; that window is a few microseconds, and the count of such losses is printed and must be 0
here too.

By hand:  python3 tests/cli/test_edit_races.py --kefu build/kefu --source . [--rounds 200]
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--rounds", type=int, default=120)
    args = ap.parse_args()
    kefu = os.path.abspath(args.kefu)
    work = tempfile.mkdtemp(prefix="kefu-races-")
    data = os.path.join(work, "d")
    shutil.copytree(os.path.join(args.source, "tests/cli/fixtures/estate"), data)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
    env.update(KEFU_DATA=data, KEFU_NOW="2026-11-26T09:30", KEFU_USER="zhangmin")
    rng = random.Random(20261126)
    outcomes = {}
    lost = {"rename": 0, "in place": 0}
    try:
        for i in range(args.rounds):
            cid = subprocess.run([kefu, "complaint", "open", "--unit", "1-1-101", "--category",
                                  "噪音扰民", "--desc", "原文"], env=env, capture_output=True,
                                 text=True, check=True).stdout.strip()
            path = os.path.join(data, "complaints/2026/11", cid + ".yaml")
            marker = "编辑%04d" % i
            style = "rename" if i % 2 == 0 else "in place"
            with open(path, encoding="utf-8") as f:
                edited = f.read().replace("description: 原文", "description: 原文" + marker)
            note = subprocess.Popen([kefu, "complaint", "note", cid, "--reply", "回复%04d" % i],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True)
            # Somewhere around kefu's read and write: kefu takes a few milliseconds.
            t_end = time.perf_counter() + rng.uniform(0, 0.008)
            while time.perf_counter() < t_end:
                pass
            if style == "rename":
                tmp = path + ".edit"
                with open(tmp, "w", encoding="utf-8") as f:
                    f.write(edited)
                os.rename(tmp, path)
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(edited)
            _, err = note.communicate(timeout=60)
            with open(path, encoding="utf-8") as f:
                final = f.read()
            outcome = "kefu wrote" if note.returncode == 0 else "kefu refused"
            # Exit 3 is a refusal: the file changed since kefu read it, or kefu read it half saved
            # (an in-place save truncates first) and found it empty or cut short.
            if note.returncode not in (0, 3):
                print("FAIL round %d (%s): kefu exited %d: %s" % (i, style, note.returncode, err))
                return 1
            if marker not in final:
                lost[style] += 1
                print("FAIL round %d (%s): the edit was lost (%s)" % (i, style, outcome))
            key = (style, outcome, "note kept" if "回复%04d" % i in final else "note not kept")
            outcomes[key] = outcomes.get(key, 0) + 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for key in sorted(outcomes):
        print("%-9s %-12s %-14s %4d" % (key + (outcomes[key],)))
    print("edits lost: %d of %d rename-style saves, %d of %d in-place saves" % (
        lost["rename"], (args.rounds + 1) // 2, lost["in place"], args.rounds // 2))
    return 1 if lost["rename"] or lost["in place"] else 0


if __name__ == "__main__":
    sys.exit(main())
