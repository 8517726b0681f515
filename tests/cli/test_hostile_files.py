#!/usr/bin/env python3
"""Hand edits that the reader must refuse, or keep: a corpus of hostile files.

A small store is built (the test estate with two open complaints, keys, a key lent, two
months of bills). Then, for each case, a fresh copy of it gets one hand edit to one file:
a complaint F (TS-2026-11-0001), a key file, a key loan, units/1.yaml, kefu.yaml or a
bills file. The edits: a duplicate key, a second YAML document, an anchor and alias, the
"billion laughs" alias bomb, an escaped NUL, ESC and BEL characters, invalid UTF-8, the file
saved in GBK, a Latin-1 byte, a UTF-8 BOM (kept), CRLF line ends (kept), UTF-16 with a BOM
(kept), a FIFO, a symlink to /dev/zero, a dangling symlink, a symlink loop, a directory
named like the file, a 50 MB file, nesting 10,000 levels deep, an id that does not match
the file name, an id with a 20-digit number, a loan id cut short in a key file, a unit id
`../../../outside/pwn` in units/1.yaml or in a bill, an empty file, a file of only `~`, a
top-level list, a non-scalar key and a `!!binary` tag.

For each case, the commands that need the file (`kefu check`, the lists and shows that read
it, `kefu due`, a write to it) and a write to another record are run, each under a time
limit (a hang is a failure; once a command of a case has hung, the case's other commands get
a shorter one) and, outside the sanitizer build, a 1 GB address-space limit (the sanitizer
build gets ASan's hard_rss_limit_mb instead). Asserted:
- a command that needs the file exits 3 and names it, as path:line:column: where the fault
  has a position (and says GBK for the GBK file);
- no command crashes: killed by a signal, an exit status of 4 or more, "内部错误" or a
  sanitizer report are failures, as are a time-out and running out of memory;
- a refused write changes no file of the store (the file stays byte for byte, or stays the
  FIFO, link or folder it is);
- the write to another record succeeds (except when kefu.yaml, which everything needs, is
  the file);
- the kept edits (BOM, CRLF, UTF-16) behave normally;
- with a unit id ../../../outside/pwn, `fee bill` and `fee dun` write nothing outside the
  data directory.

Prints a table of case × command results, then each failure.

By hand:
    python3 tests/cli/test_hostile_files.py --kefu build/kefu --source . \\
        [--only gbk] [--target complaint] [--jobs 6] [--timeout 5]
"""
import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time

NOW = "2026-11-26T10:00"
USER = "zhangmin"
MEMORY_LIMIT = 1 << 30

F = "TS-2026-11-0001"
G = "TS-2026-11-0002"

SETUP = [
    ("2026-09-03T09:00", "lili", ["fee", "bill", "--period", "2026-09"]),
    ("2026-10-03T09:00", "lili", ["fee", "bill", "--period", "2026-10"]),
    ("2026-11-20T09:00", "wangqiang", ["key", "add", "SB-01", "--name", "水泵房", "--kind", "设备房"]),
    ("2026-11-20T09:00", "wangqiang", ["key", "add", "SB-02", "--name", "配电房", "--kind", "设备房"]),
    ("2026-11-26T08:30", "zhangmin", ["key", "lend", "SB-02", "--to", "刘工", "--purpose", "工程维修：检查配电柜"]),
    ("2026-11-24T09:00", "zhangmin", ["complaint", "open", "--unit", "1-1-101", "--category", "噪音扰民",
                                      "--desc", "楼上夜间装修噪音"]),
    ("2026-11-24T09:10", "lili", ["complaint", "open", "--unit", "1-1-102", "--category", "环境卫生",
                                  "--desc", "楼道垃圾未清运"]),
]

# What a command must do with the edited file.
NEED = "need"    # exit 3 naming the file (a write: and nothing written)
FREE = "free"    # must work: exit 0 (or 1 for `due`)
ANY = "any"      # may need it or not: no crash, and when it exits 3 it names the file

WRITE_OTHER = ("write other", ["complaint", "note", G, "--reply", "已答复"], FREE, True)

# target -> (the file, [(column, args, expectation, writes)])
TARGETS = {
    "complaint": ("complaints/2026/11/%s.yaml" % F, [
        ("check", ["check"], NEED, False),
        ("list", ["complaint", "list"], NEED, False),
        ("show", ["complaint", "show", F], NEED, False),
        ("due", ["due"], NEED, False),
        ("write F", ["complaint", "note", F, "--reply", "已答复"], NEED, True),
        WRITE_OTHER,
    ]),
    "key": ("keys/SB-01.yaml", [
        ("check", ["check"], NEED, False),
        ("list", ["key", "list"], NEED, False),
        ("show", ["key", "report", "--month", "2026-11"], ANY, False),
        ("due", ["due"], ANY, False),
        ("write F", ["key", "lend", "SB-01", "--to", "刘工", "--purpose", "巡查检查：水泵房"], NEED, True),
        WRITE_OTHER,
    ]),
    "loan": ("keyloans/2026/11/JY-2026-11-0001.yaml", [
        ("check", ["check"], NEED, False),
        ("list", ["key", "list"], NEED, False),
        ("show", ["key", "report", "--month", "2026-11"], NEED, False),
        ("due", ["due"], NEED, False),
        ("write F", ["key", "return", "SB-02", "--condition", "好"], NEED, True),
        WRITE_OTHER,
    ]),
    "units": ("units/1.yaml", [
        ("check", ["check"], NEED, False),
        ("list", ["complaint", "list"], ANY, False),
        ("show", ["fee", "arrears"], NEED, False),
        ("due", ["due"], ANY, False),
        ("write F", ["complaint", "open", "--unit", "1-1-101", "--category", "其他", "--desc", "测试"],
         NEED, True),
        WRITE_OTHER,
        ("fee bill", ["fee", "bill", "--period", "2026-11"], NEED, True),
        # An older period, so that what it bills is old enough for `fee dun` to chase.
        ("bill 08", ["fee", "bill", "--period", "2026-08"], NEED, True),
        ("fee dun", ["fee", "dun"], NEED, True),
    ]),
    "kefu.yaml": ("kefu.yaml", [
        ("check", ["check"], NEED, False),
        ("list", ["complaint", "list"], NEED, False),
        ("show", ["complaint", "show", F], NEED, False),
        ("due", ["due"], NEED, False),
        ("write F", ["complaint", "note", F, "--reply", "已答复"], NEED, True),
        ("write other", ["complaint", "note", G, "--reply", "已答复"], NEED, True),
    ]),
    "fee": ("fees/bills/2026/09/1.yaml", [
        ("check", ["check"], NEED, False),
        ("list", ["fee", "arrears"], NEED, False),
        ("show", ["fee", "statement", "1-1-101"], NEED, False),
        ("due", ["due"], NEED, False),
        ("write F", ["fee", "import", "{csv}"], NEED, True),
        WRITE_OTHER,
        ("fee dun", ["fee", "dun"], NEED, True),
    ]),
}
COLUMNS = ["check", "list", "show", "due", "write F", "write other", "fee bill", "bill 08",
           "fee dun"]
FEE_CSV = "户号,账期,项目,用量\n1-1-101,2026-09,水费,12.5\n"


# --- the edits -----------------------------------------------------------------------------
# Each takes (path, original bytes, target) and changes the file at path.

def first_key_line(text):
    for line in text.split(b"\n"):
        if re.match(rb"^[a-z_]+:", line):
            return line
    raise AssertionError("no top-level key")


def put(path, data):
    with open(path, "wb") as f:
        f.write(data)


def set_value(text, key, raw, target):
    """Replaces the top-level `key:` line's value with raw (bytes), or adds x_note when the
    file has no such key."""
    pattern = re.compile(rb"(?m)^" + key + rb":.*$")
    if pattern.search(text):
        return pattern.sub(lambda m: key + b": " + raw, text, count=1)
    return text.rstrip(b"\n") + b"\nx_note: " + raw + b"\n"


def text_key(target):
    return {"complaint": b"description", "key": b"note", "loan": b"purpose", "units": b"x_note",
            "kefu.yaml": b"x_note", "fee": b"x_note"}[target]


def edit_dup(path, text, target):
    extra = b"status: closed\n" if target == "complaint" else first_key_line(text) + b"\n"
    put(path, text + extra)


def edit_second_doc(path, text, target):
    put(path, text + b"---\n" + first_key_line(text) + b"\n")


def edit_anchor(path, text, target):
    put(path, text + "x_anchor: &a 备注\nx_alias: *a\n".encode())


def edit_bomb(path, text, target):
    lines = ['lol0: &a0 "lol"']
    for i in range(1, 10):
        lines.append("lol%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)))
    put(path, text + ("\n".join(lines) + "\n").encode())


def edit_nul(path, text, target):
    put(path, set_value(text, text_key(target), '"第一行\\n第二行\\0尾"'.encode(), target))


def edit_esc_bel(path, text, target):
    put(path, set_value(text, text_key(target), "噪音\x1b[31m红色\x07响铃".encode(), target))


def edit_invalid_utf8(path, text, target):
    put(path, set_value(text, text_key(target), "噪音".encode() + b"\xff\xfe\xc3" + "尾".encode(), target))


def edit_gbk(path, text, target):
    put(path, text.decode("utf-8").encode("gbk"))


def edit_latin1(path, text, target):
    put(path, set_value(text, text_key(target), b"caf\xe9 cr\xe8me", target))


def edit_bom(path, text, target):
    put(path, b"\xef\xbb\xbf" + text)


def edit_crlf(path, text, target):
    put(path, text.replace(b"\n", b"\r\n"))


def edit_utf16(path, text, target):
    put(path, text.decode("utf-8").encode("utf-16"))


def edit_fifo(path, text, target):
    os.unlink(path)
    os.mkfifo(path, 0o600)


def edit_devzero(path, text, target):
    os.unlink(path)
    os.symlink("/dev/zero", path)


def edit_dangling(path, text, target):
    os.unlink(path)
    os.symlink(os.path.basename(path) + ".gone", path)


def edit_loop(path, text, target):
    os.unlink(path)
    os.symlink(os.path.basename(path), path)


def edit_dir(path, text, target):
    os.unlink(path)
    os.mkdir(path, 0o700)
    put(os.path.join(path, "x.yaml"), text)


def edit_big(path, text, target):
    with open(path, "wb") as f:
        f.write(text + b"x_padding: ")
        chunk = b"x" * (1 << 20)
        for _ in range(50):
            f.write(chunk)
        f.write(b"\n")


def edit_deep(path, text, target):
    put(path, text + b"x_deep: " + b"[" * 10000 + b"]" * 10000 + b"\n")


def edit_id_mismatch(path, text, target):
    key, value = {"complaint": (b"id", b"TS-2026-11-0042"), "loan": (b"id", b"JY-2026-11-0042"),
                  "key": (b"code", b"SB-09")}[target]
    put(path, set_value(text, key, value, target))


def edit_huge_id(path, text, target):
    put(path, set_value(text, b"id", b"TS-2026-11-00099999999999999999", target))


def edit_loan_cut(path, text, target):
    put(path, set_value(text, b"loan", b"JY-2026-", target))


PWN = "../../../outside/pwn"


def edit_pwn_unit(path, text, target):
    line = '  - {id: %s, owner: 攻击者, phone: "13800000000", area: 100.00}\n' % PWN
    put(path, text.rstrip(b"\n") + b"\n" + line.encode())


def edit_pwn_bill(path, text, target):
    # A bill of the unit ../../../outside/pwn, as an item copied from the first bill.
    m = re.search(rb"(?ms)^  - unit: 1-1-101\n(.*?)(?=^  - unit: |\Z)", text)
    assert m, "no bill of 1-1-101 in the bills file"
    put(path, text.rstrip(b"\n") + b"\n  - unit: " + PWN.encode() + b"\n" + m.group(1))


def edit_empty(path, text, target):
    put(path, b"")


def edit_tilde(path, text, target):
    put(path, b"~\n")


def edit_toplist(path, text, target):
    put(path, b"- a\n- b\n")


def edit_nonscalar_key(path, text, target):
    put(path, text + b"? [a, b]\n: c\n")


def edit_tag(path, text, target):
    put(path, set_value(text, text_key(target), b"!!binary 5Zmq6Z+z", target))


ALL = ["complaint", "key", "loan", "units", "kefu.yaml", "fee"]
# (name, edit, targets, kept, position): kept edits must behave normally; refused ones name
# the file, as path:line:column: when position is True.
CASES = [
    ("duplicate key", edit_dup, ALL, False, True),
    ("second document", edit_second_doc, ALL, False, True),
    ("anchor and alias", edit_anchor, ALL, False, True),
    ("billion laughs", edit_bomb, ALL, False, True),
    ("escaped NUL", edit_nul, ALL, False, True),
    ("ESC and BEL", edit_esc_bel, ["complaint", "key", "kefu.yaml"], False, True),
    ("invalid UTF-8", edit_invalid_utf8, ALL, False, True),
    ("GBK", edit_gbk, ALL, False, False),
    ("Latin-1 byte", edit_latin1, ["complaint", "units"], False, True),
    ("UTF-8 BOM", edit_bom, ALL, True, False),
    ("CRLF", edit_crlf, ALL, True, False),
    ("UTF-16 with BOM", edit_utf16, ALL, True, False),
    ("FIFO", edit_fifo, ALL, False, False),
    ("symlink to /dev/zero", edit_devzero, ALL, False, False),
    ("dangling symlink", edit_dangling, ["complaint", "key", "units"], False, False),
    ("symlink loop", edit_loop, ["complaint", "loan"], False, False),
    ("directory", edit_dir, ["complaint", "key", "loan", "units", "fee"], False, False),
    ("50 MB", edit_big, ["complaint", "units"], False, False),
    ("10000 deep", edit_deep, ALL, False, True),
    ("id not the file name", edit_id_mismatch, ["complaint", "key", "loan"], False, True),
    ("20-digit id", edit_huge_id, ["complaint"], False, True),
    ("loan: JY-2026-", edit_loan_cut, ["key"], False, True),
    ("unit ../../../outside/pwn", edit_pwn_unit, ["units"], False, True),
    ("bill of ../../../outside/pwn", edit_pwn_bill, ["fee"], False, True),
    ("empty file", edit_empty, ALL, False, False),
    ("only ~", edit_tilde, ["complaint", "key", "units", "kefu.yaml"], False, False),
    ("top-level list", edit_toplist, ALL, False, False),
    ("non-scalar key", edit_nonscalar_key, ["complaint", "units", "kefu.yaml"], False, True),
    ("!!binary tag", edit_tag, ["complaint", "kefu.yaml"], False, True),
]


def is_sanitizer_build(kefu):
    with open(kefu, "rb") as f:
        blob = f.read()
    return b"__asan_init" in blob or b"libasan.so" in blob


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def snapshot(top, skip_kefu=True):
    """Every entry under top (not .kefu/): relative path -> (kind, content or link)."""
    files = {}
    for root, dirs, names in os.walk(top):
        if skip_kefu and root == top:
            dirs[:] = [d for d in dirs if d != ".kefu"]
        for n in names + dirs:
            path = os.path.join(root, n)
            rel = os.path.relpath(path, top)
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode):
                if st.st_size > (1 << 20):
                    files[rel] = ("big", st.st_size, int(st.st_mtime_ns))
                else:
                    with open(path, "rb") as f:
                        files[rel] = ("file", f.read())
            elif stat.S_ISLNK(st.st_mode):
                files[rel] = ("link", os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                files[rel] = ("dir",)
            else:
                files[rel] = ("other", stat.S_IFMT(st.st_mode))
    return files


def differences(a, b):
    keys = sorted(set(a) | set(b))
    return [k for k in keys if a.get(k) != b.get(k)]


class Runner:
    def __init__(self, kefu, work, timeout, sanitized):
        self.kefu, self.timeout, self.sanitized = os.path.abspath(kefu), timeout, sanitized
        self.short_timeout = timeout
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(LC_ALL="C.UTF-8", TZ="UTC", HOME=work, KEFU_LOCK_TIMEOUT="5",
                   KEFU_NOW=NOW, KEFU_USER=USER)
        if sanitized:
            opts = env.get("ASAN_OPTIONS", "")
            env["ASAN_OPTIONS"] = (opts + ":" if opts else "") + "hard_rss_limit_mb=1024"
        self.env = env

    def run(self, data, args, now=None, by=None, short=False):
        env = dict(self.env, KEFU_DATA=data)
        if now:
            env["KEFU_NOW"] = now
        if by:
            env["KEFU_USER"] = by
        t0 = time.monotonic()
        try:
            p = subprocess.run([self.kefu, *args], env=env, cwd=os.path.dirname(data),
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE,
                               timeout=self.short_timeout if short else self.timeout,
                               preexec_fn=None if self.sanitized else limit_memory)
        except subprocess.TimeoutExpired as e:
            return None, e.stdout or b"", e.stderr or b"", time.monotonic() - t0
        return p.returncode, p.stdout, p.stderr, time.monotonic() - t0


def crash_of(rc, err):
    text = err.decode("utf-8", errors="replace")
    if rc is None:
        return "hang"
    if rc < 0:
        return "signal %d" % -rc
    if "AddressSanitizer" in text or "LeakSanitizer" in text or "runtime error:" in text:
        return "sanitizer"
    if "内部错误" in text or rc >= 4:
        if "bad_alloc" in text or "内存" in text:
            return "out of memory (exit %d)" % rc
        return "internal error (exit %d)" % rc
    return None


def first_lines(b, n=2, width=220):
    text = b.decode("utf-8", errors="replace").strip()
    return " | ".join(l[:width] for l in text.splitlines()[:n])


def run_case(runner, base, csv, work, case, target):
    """Returns (cells, failures) for one case applied to one target."""
    name, edit, _, kept, position = case
    rel, commands = TARGETS[target]
    case_dir = tempfile.mkdtemp(prefix="case-", dir=work)
    # The data directory sits four folders down, so that ../../../outside from any folder of
    # it stays within case_dir, where the test can see what appears.
    data = os.path.join(case_dir, "a", "b", "c", "d")
    cells, failures = {}, []
    try:
        shutil.copytree(base, data, symlinks=True)
        path = os.path.join(data, rel)
        with open(path, "rb") as f:
            original = f.read()
        edit(path, original, target)
        outside_before = snapshot_outside(case_dir, data)
        hung = False
        for column, args, expect, writes in commands:
            args = [csv if a == "{csv}" else a for a in args]
            before = snapshot(data)
            rc, out, err, secs = runner.run(data, args, short=hung)
            hung = hung or rc is None
            after = snapshot(data)
            text = (out + err).decode("utf-8", errors="replace")
            problems = []
            crash = crash_of(rc, err)
            if crash:
                problems.append(crash)
            elif kept:
                want = (0, 1) if column in ("due", "check") else (0,)
                if rc not in want:
                    problems.append("kept edit, yet exit %d" % rc)
                elif column in ("list", "show") and target == "complaint" and F not in text:
                    problems.append("%s not shown" % F)
            elif expect == NEED:
                if rc != 3:
                    problems.append("exit %d, not 3" % rc)
                if rel not in text:
                    problems.append("%s not named" % rel)
                elif position and not re.search(re.escape(rel) + r":\d+:\d+:", text):
                    problems.append("no line:column")
                if name == "GBK" and "GBK" not in text:
                    problems.append("no GBK hint")
            elif expect == FREE:
                want = (0, 1) if column == "due" else (0,)
                if rc not in want:
                    problems.append("exit %d" % rc)
            else:
                if rc not in (0, 1, 3):
                    problems.append("exit %d" % rc)
                elif rc == 3 and rel not in text and not re.search(r"\S+\.yaml", text):
                    problems.append("exit 3 naming no file")
            if writes and not kept and (expect == NEED or rc != 0):
                changed = differences(before, after)
                if changed:
                    problems.append("refused, yet wrote " + ", ".join(changed[:4]))
            if writes and expect == FREE and not kept:
                if before.get(rel) != after.get(rel):
                    problems.append("the edited file changed")
            outside = snapshot_outside(case_dir, data)
            if outside != outside_before:
                problems.append("WROTE OUTSIDE THE DATA DIRECTORY: " +
                                ", ".join(differences(outside_before, outside)[:4]))
                outside_before = outside
            cells[column] = ("hang" if rc is None else str(rc)) + ("" if not problems else "!")
            if problems:
                failures.append("%s / %s / %s (kefu %s): %s — %s" % (
                    name, target, column, " ".join(args), "; ".join(problems),
                    first_lines(err or out) if rc is not None else "killed after %.0f s" % secs))
    finally:
        # A FIFO or a loop must not trip rmtree; nothing here follows links.
        shutil.rmtree(case_dir, ignore_errors=True)
    return cells, failures


def snapshot_outside(case_dir, data):
    top = snapshot(case_dir, skip_kefu=False)
    inside = os.path.relpath(data, case_dir)
    return {k: v for k, v in top.items()
            if k != inside and not k.startswith(inside + os.sep)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--only", action="append", help="cases whose name contains this")
    ap.add_argument("--target", action="append", choices=list(TARGETS))
    ap.add_argument("--jobs", type=int,
                    help="cases at once (most time is spent waiting on the time limit); "
                         "default 6")
    ap.add_argument("--timeout", type=float, default=5.0,
                    help="seconds a command may take, at least (one takes ~0.01 s on this store; "
                         "the limit grows on a slower machine)")
    args = ap.parse_args()
    sanitized = is_sanitizer_build(args.kefu)
    workers = args.jobs or 6
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="kefu-hostile-")
    try:
        runner = Runner(args.kefu, work, args.timeout, sanitized)
        print("memory limit: %s" % ("ASan hard_rss_limit_mb=1024 (sanitizer build: no RLIMIT_AS)"
                                    if sanitized else "RLIMIT_AS 1 GB"))
        base = os.path.join(work, "base")
        shutil.copytree(os.path.join(args.source, "tests/cli/fixtures/estate"), base)
        for now, by, a in SETUP:
            rc, out, err, _ = runner.run(base, a, now=now, by=by)
            if rc != 0:
                print("FAIL setting up: kefu %s -> %s\n%s" % (" ".join(a), rc, err.decode()))
                return 1
        # The time limit: the one asked for, or 20 times what `kefu check` takes on the
        # untouched store when the machine is that much slower (up to three times the one asked
        # for). Once a command of a case has hung, the case has failed, and its other commands
        # get a shorter limit, five times what `kefu check` takes: what they say is only
        # information then, and each hang would otherwise cost the whole limit again.
        slowest = max(runner.run(base, ["check"])[3] for _ in range(3))
        runner.timeout = max(runner.timeout, min(20 * slowest, 3 * runner.timeout))
        runner.short_timeout = min(runner.timeout, max(1.0, 5 * slowest))
        print("time limit: %.1f s a command, %.1f s after a hang in the same case (kefu check "
              "takes %.3f s here)" % (runner.timeout, runner.short_timeout, slowest))
        csv = os.path.join(work, "readings.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write(FEE_CSV)
        jobs = [(c, t) for c in CASES for t in c[2]
                if (not args.only or any(o.lower() in c[0].lower() for o in args.only))
                and (not args.target or t in args.target)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(lambda j: run_case(runner, base, csv, work, *j), jobs))
        print_table(jobs, results)
        failures = [f for _, fs in results for f in fs]
        if failures:
            print("\nFailures:")
            for f in failures:
                print("FAIL", f)
        bad_cases = sum(1 for _, fs in results if fs)
        print("\n%d cases (%d edits × their files), %d commands run, %.0f s" % (
            len(jobs), len({c[0] for c, _ in jobs}), sum(len(c) for c, _ in results),
            time.monotonic() - started))
        print("%d passed, %d failed" % (len(jobs) - bad_cases, bad_cases))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_table(jobs, results):
    width = 30
    print("%-*s %-10s %s" % (width, "case", "file", "  ".join("%-11s" % c for c in COLUMNS)))
    for (case, target), (cells, _) in zip(jobs, results):
        label = case[0] + (" (kept)" if case[3] else "")
        row = "  ".join("%-11s" % cells.get(c, "") for c in COLUMNS)
        print("%-*s %-10s %s" % (width, label[:width], target, row))
    print("(cell: exit status; ! a failed expectation; hang: killed at the time limit)")


if __name__ == "__main__":
    sys.exit(main())
