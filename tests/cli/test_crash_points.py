#!/usr/bin/env python3
"""Every writing command is all-or-nothing, even when killed between two file writes.

kefu runs with the crash shim (tests/crash/shim.c) preloaded, which numbers every call that
changes the disk (fsync, fdatasync, rename*, link*, unlink*, remove, rmdir, *truncate,
mkdir*, symlink*) and kills the process with SIGKILL just before or just after the Nth.

A small store is built first (the test estate with keys, a key lent, complaints and repairs
in each state, two months of bills and a dun run). Then, for each writing command:

1. the command runs uninterrupted on a copy of that store, twice over (the after state, and
   what a repeat does), and once with the shim counting its points;
2. for every point N and each of before/after: the store is put back, the command is killed
   at that point, then the next commands run as a person would: readers of what the command
   touches (`complaint list --all --format json`, `key list`, `fee statement` ..., and
   `due`), then `kefu check`, then the command once more. Asserted:
   - `kefu check` exits 0, or 1 only for a note about hand edits; never 3;
   - the record files (everything outside .kefu/, byte for byte, with their modes) are
     exactly those before the command or exactly those after an uninterrupted run: no torn
     state, no temporary file left beside the records;
   - the readers print exactly what they print on that same state (all-or-nothing as seen
     by any later command);
   - the repeated command then does what it does on that state uninterrupted: the same exit
     status and the same files (on a store that is neither, it must at least exit as a first
     or a second uninterrupted run does).

Time enters only through --now, so an uninterrupted run always writes the same bytes and the
comparison is exact; should a command write a line that differs between two identical runs
(a seal with a time stamp, say), lines naming a seal are left out of the comparison for that
command and it is said so; any other difference is reported as a failure.

The sanitizer build is skipped (its runtime must be loaded before any LD_PRELOAD library):
the points are the same in both builds.

By hand:
    python3 tests/cli/test_crash_points.py --kefu build/kefu --source . \\
        --shim build/libkefu-crash-shim.so [--only 'key lend'] [--jobs 2] [-v]
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time

SKIP = 77
NOW = "2026-11-26T10:00"
USER = "zhangmin"
# A line that a seal of the record's content may take (only left out when two identical runs
# are found to differ in it).
SEAL_LINE = re.compile("(?mi)^[ \t#]*[\\w-]*(seal|封签|校验)[\\w-]*\\s*:.*$".encode())
# What `kefu check` may say when it exits 1: a note that a record was edited by hand.
HAND_EDIT_NOTE = re.compile(r"手工|手动|手改|人工|编辑|改动|seal|封签|校验")

FEE_CSV = "户号,账期,项目,上期读数,本期读数\n1-1-101,2026-11,水费,100,112.5\n1-2-201,2026-11,电费,1000,1100.50\n"

# The store the commands run on, built once: (now, by, args).
SETUP = [
    ("2026-09-03T09:00", "lili", ["fee", "bill", "--period", "2026-09"]),
    ("2026-10-03T09:00", "lili", ["fee", "bill", "--period", "2026-10"]),
    ("2026-10-20T09:00", "lili", ["fee", "dun"]),
    ("2026-11-10T09:00", "lili", ["fee", "pay", "1-1-102", "330", "--method", "微信"]),
    ("2026-11-20T09:00", "wangqiang", ["key", "add", "GG-01", "--name", "3栋天台门", "--kind", "公共区域",
                                       "--location", "钥匙柜A-01"]),
    ("2026-11-20T09:00", "wangqiang", ["key", "add", "SB-01", "--name", "水泵房", "--kind", "设备房"]),
    ("2026-11-20T09:00", "wangqiang", ["key", "add", "SB-02", "--name", "配电房", "--kind", "设备房"]),
    ("2026-11-26T08:30", "zhangmin", ["key", "lend", "SB-02", "--to", "刘工", "--purpose", "工程维修：检查配电柜"]),
    ("2026-11-24T09:00", "zhangmin", ["complaint", "open", "--unit", "1-1-101", "--category", "噪音扰民",
                                      "--desc", "楼上夜间装修噪音"]),
    ("2026-11-24T09:10", "lili", ["complaint", "open", "--unit", "1-1-102", "--category", "环境卫生",
                                  "--desc", "楼道垃圾未清运"]),
    ("2026-11-24T09:20", "lili", ["complaint", "open", "--place", "3栋地下车库", "--name", "王先生",
                                  "--phone", "13711112222", "--category", "停车管理", "--severity", "重大",
                                  "--desc", "车位被占用"]),
    ("2026-11-25T10:00", "lili", ["complaint", "close", "TS-2026-11-0002", "--resolution", "已清运"]),
    ("2026-11-25T10:00", "lili", ["complaint", "close", "TS-2026-11-0003", "--resolution", "已挪车"]),
    ("2026-11-25T11:00", "lili", ["callback", "done", "TS-2026-11-0003", "--result", "满意",
                                  "--signed-by", "王先生"]),
    ("2026-11-25T09:00", "zhangmin", ["repair", "log", "--unit", "1-1-101", "--fault", "厨房水管漏水"]),
    ("2026-11-25T09:10", "zhangmin", ["repair", "log", "--unit", "1-1-102", "--fault", "门铃不响"]),
    ("2026-11-25T09:20", "zhangmin", ["repair", "log", "--place", "2栋电梯", "--name", "周丽华",
                                      "--fault", "电梯按钮失灵", "--urgency", "急修"]),
    ("2026-11-25T09:30", "zhangmin", ["repair", "dispatch", "BX-2026-11-0002", "--tech", "刘工"]),
    ("2026-11-25T09:45", "zhangmin", ["repair", "dispatch", "BX-2026-11-0003", "--tech", "刘工",
                                      "--at", "2026-11-25T09:30", "--arrived", "2026-11-25T09:40"]),
    ("2026-11-25T11:00", "liugong", ["repair", "done", "BX-2026-11-0003", "--signed-by", "周丽华",
                                     "--materials", "按钮1个"]),
    ("2026-11-25T12:00", "zhangmin", ["contact", "log", "--type", "咨询", "--category", "收费", "--unit",
                                      "1-2-201", "--content", "询问车位费", "--reply", "已告知"]),
    ("2026-11-25T13:00", "zhangmin", ["special", "open", "--unit", "1-1-101", "--what", "管道疏通",
                                      "--price", "80"]),
    ("2026-11-25T13:10", "zhangmin", ["repair", "log", "--unit", "1-2-201", "--fault", "更换水龙头"]),
    ("2026-11-25T13:20", "zhangmin", ["repair", "dispatch", "BX-2026-11-0004", "--tech", "刘工"]),
    ("2026-11-25T14:00", "liugong", ["repair", "done", "BX-2026-11-0004", "--signed-by", "黄伟",
                                     "--charge", "45.50"]),
    ("2026-11-02T09:00", "wangqiang", ["survey", "open", "--name", "第四季度", "--from", "2026-11-02",
                                       "--to", "2026-11-30", "--item", "客户服务", "--item", "保洁服务"]),
    ("2026-11-03T10:00", "zhangmin", ["survey", "answer", "DC-2026-11-0001", "1-1-101", "客户服务=满意"]),
    ("2026-11-25T15:00", "zhangmin", ["move", "out", "--unit", "2-1-302"]),
    ("2026-11-25T15:10", "zhangmin", ["move", "in", "--unit", "1-1-102"]),
    ("2026-11-25T16:00", "zhangmin", ["patrol", "log", "--round", "daily", "--finding",
                                      "大堂/照明:两盏筒灯不亮"]),
    ("2026-11-25T16:30", "zhangmin", ["visit", "log", "--unit", "2-1-301", "--raised",
                                      "卫生间顶棚渗水"]),
    ("2026-11-26T08:40", "zhangmin", ["visitor", "in", "--name", "陈先生", "--unit", "1-1-101",
                                      "--purpose", "探亲"]),
]
# Renovations: one accepted (to settle), one under works (a pass), one applied (to charge).
for unit, day, upto in (("1-2-201", 2, "accept"), ("2-1-301", 3, "permit"), ("1-1-102", 4, "apply")):
    zx = "ZX-2026-11-000%d" % (day - 1)
    at = "2026-11-%02dT09:" % day
    steps = [("zhangmin", ["renovation", "apply", "--unit", unit, "--contractor", "家美装饰",
                           "--scope", "厨卫翻新", "--start", "2026-11-%02d" % (day + 3)])]
    if upto != "apply":
        steps += [("zhangmin", ["renovation", "charge", zx]),
                  ("lili", ["fee", "pay", unit, "2000", "--deposit", zx]),
                  ("zhangmin", ["renovation", "drawings", zx, "--drawing", "平面图", "--drawing",
                                "水电平面布置图", "--drawing", "改建图"]),
                  ("liugong", ["renovation", "review", zx, "--reviewer", "刘工"]),
                  ("zhangmin", ["renovation", "check", zx]),
                  ("zhangmin", ["renovation", "approve", zx, "--approved-by", "zhaojl"])]
    for i, (by, args) in enumerate(steps):
        SETUP.append((at + "%02d" % i, by, args))
    if upto != "apply":
        SETUP.append(("2026-11-%02dT09:00" % (day + 3), "zhangmin", ["renovation", "permit", zx]))
    if upto == "accept":
        SETUP.append(("2026-11-20T10:00", "lili", ["renovation", "accept", zx]))

COMPLAINTS = ["complaint", "list", "--all", "--format", "json"]
REPAIRS = ["repair", "list", "--all", "--format", "json"]
KEYS = ["key", "list", "--format", "json"]
KEY_REPORT = ["key", "report", "--month", "2026-11", "--format", "json"]
CONTACTS = ["contact", "list", "--month", "2026-11", "--format", "json"]
ARREARS = ["fee", "arrears", "--format", "json"]
STATEMENT = ["fee", "statement", "1-1-101", "--format", "json"]
DUE = ["due", "--format", "json"]
SPECIALS = ["special", "list", "--all", "--format", "json"]
STATEMENT_1_2_201 = ["fee", "statement", "1-2-201", "--format", "json"]
SURVEY = ["survey", "result", "DC-2026-11-0001", "--format", "json"]
MOVES = ["move", "list", "--all", "--format", "json"]
RENOVATIONS = ["renovation", "list", "--all", "--format", "json"]
PATROLS = ["patrol", "list", "--all", "--format", "json"]
LOST = ["lost", "list", "--all", "--format", "json"]
UNIT_1_1_101 = ["unit", "show", "1-1-101", "--format", "json"]
UNIT_2_1_301 = ["unit", "show", "2-1-301", "--format", "json"]
SHIFT = ["handover", "show", "--format", "json"]
VISITS = ["visit", "list", "--format", "json"]
ROSTER_CSV = "房号,业主,电话,面积\n1-1-101,陈建华,13812340000,89.50\n2-1-303,何静,13611112222,76.40\n"
STATEMENT_1_2_201_DEPOSIT = ["fee", "statement", "1-2-201", "--format", "json"]
SURVEY_CSV = "户号,客户服务,保洁服务,日期\n1-1-102,满意,基本满意,2026-11-20\n2-1-301,不满意,满意,2026-11-21\n"

# (name, args, readers). "{csv}" is the meter-reading file, "{survey_csv}" a survey's answers,
# "{roster}" a unit roster, "{site}" the folder init makes.
COMMANDS = [
    ("complaint open", ["complaint", "open", "--unit", "1-1-101", "--category", "噪音扰民", "--desc",
                        "夜间噪音"], [COMPLAINTS, DUE]),
    ("complaint assign", ["complaint", "assign", "TS-2026-11-0001", "--to", "工程部", "--note", "请上门"],
     [COMPLAINTS, DUE]),
    ("complaint note", ["complaint", "note", "TS-2026-11-0001", "--reply", "已电话答复"],
     [COMPLAINTS, DUE]),
    ("complaint close", ["complaint", "close", "TS-2026-11-0001", "--resolution", "已处理"],
     [COMPLAINTS, DUE]),
    ("complaint reopen", ["complaint", "reopen", "TS-2026-11-0003", "--reason", "仍有噪音"],
     [COMPLAINTS, DUE]),
    ("repair log", ["repair", "log", "--unit", "1-2-201", "--fault", "卫生间灯不亮", "--urgency", "急修"],
     [REPAIRS, DUE]),
    ("repair dispatch", ["repair", "dispatch", "BX-2026-11-0001", "--tech", "刘工", "--at",
                         "2026-11-26T09:40", "--arrived", "2026-11-26T09:50"], [REPAIRS, DUE]),
    ("repair done", ["repair", "done", "BX-2026-11-0002", "--signed-by", "林小红", "--charge", "45.50"],
     [REPAIRS, DUE]),
    ("repair rework", ["repair", "rework", "BX-2026-11-0003", "--reason", "按钮再次失灵"], [REPAIRS, DUE]),
    ("callback done", ["callback", "done", "TS-2026-11-0002", "--result", "满意", "--signed-by", "林小红"],
     [COMPLAINTS, DUE]),
    ("callback done unsatisfied", ["callback", "done", "BX-2026-11-0003", "--result", "不满意",
                                   "--signed-by", "周丽华", "--note", "按钮仍失灵"], [REPAIRS, DUE]),
    ("special done", ["special", "done", "TY-2026-11-0001", "--worker", "刘工"], [SPECIALS, STATEMENT]),
    ("repair to-special", ["repair", "to-special", "BX-2026-11-0004"],
     [REPAIRS, SPECIALS, STATEMENT_1_2_201]),
    ("contact log", ["contact", "log", "--type", "建议", "--category", "其他", "--name", "路人乙",
                     "--content", "建议增设路灯"], [CONTACTS]),
    ("key add", ["key", "add", "GG-02", "--name", "会所活动室", "--kind", "公共区域", "--copies", "2"],
     [KEYS]),
    ("key lend", ["key", "lend", "GG-01", "--to", "罗平", "--purpose", "检查天台防水", "--consent-by",
                  "wangqiang", "--approved-by", "zhaojl", "--id-doc", "身份证 1234"], [KEYS, KEY_REPORT, DUE]),
    ("key return", ["key", "return", "SB-02", "--condition", "好"], [KEYS, KEY_REPORT, DUE]),
    ("fee bill", ["fee", "bill", "--period", "2026-11"], [ARREARS, STATEMENT]),
    ("fee import", ["fee", "import", "{csv}"], [ARREARS, STATEMENT]),
    ("survey answer", ["survey", "answer", "DC-2026-11-0001", "1-2-201", "保洁服务=不满意"], [SURVEY]),
    ("survey import", ["survey", "import", "DC-2026-11-0001", "{survey_csv}"], [SURVEY]),
    ("survey close", ["survey", "close", "DC-2026-11-0001"], [SURVEY]),
    ("move in", ["move", "in", "--unit", "1-2-201", "--occupant", "租户", "--person", "王五"],
     [MOVES, DUE]),
    ("move check", ["move", "check", "BQ-2026-11-0002", "--item", "1", "--note", "3 把"], [MOVES]),
    ("move settle", ["move", "settle", "BQ-2026-11-0001"], [MOVES]),
    ("patrol repair", ["patrol", "repair", "XS-2026-11-0001#1"], [PATROLS, REPAIRS, DUE]),
    ("unit set", ["unit", "set", "1-1-101", "--phone", "13900001111"], [UNIT_1_1_101]),
    ("unit import", ["unit", "import", "{roster}"], [UNIT_1_1_101, UNIT_2_1_301, ["check"]]),
    ("visit repair", ["visit", "repair", "ZF-2026-11-0001"], [VISITS, REPAIRS, DUE]),
    ("handover give", ["handover", "give", "--to", "lili", "--reason-all", "访客仍在户内"],
     [SHIFT, DUE]),
    ("lost found", ["lost", "found", "--item", "黑色钱包", "--place", "大堂沙发", "--kept-at",
                    "前台保险柜"], [LOST, DUE]),
    ("renovation charge", ["renovation", "charge", "ZX-2026-11-0003"],
     [RENOVATIONS, ["fee", "statement", "1-1-102", "--format", "json"]]),
    ("renovation pass", ["renovation", "pass", "ZX-2026-11-0002", "--worker", "李建国", "--id-doc",
                         "身份证", "--id-number", "123X"],
     [RENOVATIONS, ["fee", "statement", "2-1-301", "--format", "json"]]),
    ("renovation settle", ["renovation", "settle", "ZX-2026-11-0001", "--deduct", "损坏公共墙面=100.05",
                           "--method", "银行转账"], [RENOVATIONS, STATEMENT_1_2_201_DEPOSIT]),
    ("fee pay", ["fee", "pay", "1-1-101", "300", "--method", "微信", "--receipt", "R001"],
     [ARREARS, STATEMENT]),
    ("fee dun", ["fee", "dun"], [ARREARS, DUE]),
    ("fee dun --record", ["fee", "dun", "--record", "1-1-101", "--result", "业主承诺月底缴清",
                          "--promised", "2026-11-30"], [ARREARS]),
    ("reindex", ["reindex"], [COMPLAINTS, DUE]),  # writes only .kefu/: the files never change
    ("init", ["init", "{site}", "--site", "翠湖花园"], [["check"]]),
]


def is_sanitizer_build(kefu):
    with open(kefu, "rb") as f:
        blob = f.read()
    return b"__asan_init" in blob or b"libasan.so" in blob


class Kefu:
    def __init__(self, kefu, shim, work):
        self.kefu, self.shim = os.path.abspath(kefu), os.path.abspath(shim) if shim else None
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.pop("LD_PRELOAD", None)
        env.update(LC_ALL="C.UTF-8", TZ="UTC", HOME=work, KEFU_LOCK_TIMEOUT="5")
        self.env = env

    def run(self, data, args, now=NOW, by=USER, crash=None, count=None, log=None, timeout=60):
        env = dict(self.env, KEFU_DATA=data, KEFU_NOW=now, KEFU_USER=by)
        if crash or count or log:
            env["LD_PRELOAD"] = self.shim
        if crash:
            env["KEFU_CRASH_AT"], env["KEFU_CRASH_WHEN"] = str(crash[0]), crash[1]
        if count:
            env["KEFU_CRASH_COUNT"] = count
        if log:
            env["KEFU_CRASH_LOG"] = log
        try:
            p = subprocess.run([self.kefu, *args], env=env, cwd=os.path.dirname(data),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return 124, b"", b"(timed out)"
        return p.returncode, p.stdout, p.stderr


def snapshot(data):
    """Every file outside .kefu/ under data: relative path -> (kind, mode, content)."""
    files = {}
    if not os.path.lexists(data):
        return files
    for root, dirs, names in os.walk(data):
        rel_root = os.path.relpath(root, data)
        if rel_root == ".":
            dirs[:] = [d for d in dirs if d != ".kefu"]
        for n in names + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = os.path.join(root, n)
            rel = os.path.normpath(os.path.join(rel_root, n))
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                files[rel] = ("link", 0, os.readlink(path).encode())
            elif stat.S_ISREG(st.st_mode):
                with open(path, "rb") as f:
                    files[rel] = ("file", stat.S_IMODE(st.st_mode), f.read())
            else:
                files[rel] = ("other", stat.S_IFMT(st.st_mode), b"")
    return files


def normalized(files, seal):
    if not seal:
        return files
    return {k: (t, m, SEAL_LINE.sub(b"", c)) for k, (t, m, c) in files.items()}


def describe_difference(got, want):
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    changed = sorted(k for k in set(got) & set(want) if got[k] != want[k])
    parts = []
    if missing:
        parts.append("missing " + ", ".join(missing))
    if extra:
        parts.append("extra " + ", ".join(extra))
    if changed:
        parts.append("changed " + ", ".join(changed))
    return "; ".join(parts) or "same"


def is_temporary(path):
    name = os.path.basename(path)
    return name.startswith(".") and name != ".gitignore" or ".tmp" in name or name.endswith("~")


def describe_torn(files, states):
    """Why files are neither state: files left beside one of them, or a torn store."""
    before, after = states["before"][0], states["after"][0]
    left = sorted(k for k in files if k not in before and k not in after)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    as_before = [k for k in changed if files.get(k) == before.get(k)]
    as_after = [k for k in changed if files.get(k) == after.get(k)]
    neither = [k for k in changed if k not in as_before and k not in as_after]
    unrelated = sorted(k for k in set(before) & set(after)
                       if before[k] == after[k] and files.get(k) != before[k])
    temps = [k for k in left if is_temporary(k)]
    others = [k for k in left if not is_temporary(k)]
    parts = []
    if not neither and not unrelated and (not as_before or not as_after):
        parts.append("the %s state" % ("after" if as_after or not as_before and not changed
                                       else "before"))
    else:
        parts.append("torn: %s" % "; ".join(p for p in [
            "as after: " + ", ".join(as_after) if as_after else "",
            "as before: " + ", ".join(as_before) if as_before else "",
            "neither: " + ", ".join(neither) if neither else "",
            "changed though the command does not change it: " + ", ".join(unrelated)
            if unrelated else ""] if p))
    if temps:
        parts.append("a temporary file left beside the records: " + ", ".join(temps))
    if others:
        parts.append("a file neither state has: " + ", ".join(others))
    return ", with ".join(parts) if len(parts) > 1 and not parts[0].startswith("torn") \
        else "; ".join(parts)


def copy_store(src, dst):
    if os.path.lexists(dst):
        shutil.rmtree(dst)
    if os.path.exists(src):
        shutil.copytree(src, dst, symlinks=True)


class Command:
    def __init__(self, name, args, readers):
        self.name, self.args, self.readers = name, args, readers
        self.is_init = name == "init"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--shim", help="the built kefu-crash-shim (default: beside --kefu)")
    ap.add_argument("--only", action="append", help="run the commands whose name contains this")
    ap.add_argument("--jobs", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    if is_sanitizer_build(args.kefu):
        print("SKIP: %s is a sanitizer build; the crash shim would have to be preloaded before "
              "the ASan runtime, so crash points are tested in the normal build only" % args.kefu)
        return SKIP
    shim = args.shim or os.path.join(os.path.dirname(os.path.abspath(args.kefu)),
                                     "libkefu-crash-shim.so")
    if not os.path.exists(shim):
        print("FAIL: crash shim %s not built (target kefu-crash-shim)" % shim)
        return 1

    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="kefu-crash-")
    k = Kefu(args.kefu, shim, work)
    try:
        return run_all(k, args, work, started)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_all(k, args, work, started):
    base = os.path.join(work, "base", "d")
    shutil.copytree(os.path.join(args.source, "tests/cli/fixtures/estate"), base)
    for now, by, a in SETUP:
        rc, out, err = k.run(base, a, now=now, by=by)
        if rc != 0:
            print("FAIL setting up the store: kefu %s -> %d\n%s" % (" ".join(a), rc, err.decode()))
            return 1
    csv_path = os.path.join(work, "readings.csv")
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write(FEE_CSV)
    with open(os.path.join(work, "survey.csv"), "w", encoding="utf-8") as f:
        f.write(SURVEY_CSV)
    with open(os.path.join(work, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(ROSTER_CSV)
    # An empty store for init: the folder kefu init makes is site/ beside the runs' d/.
    commands = [Command(n, a, r) for n, a, r in COMMANDS]
    if args.only:
        commands = [c for c in commands if any(o in c.name for o in args.only)]

    failures = []
    total_points = total_runs = 0
    summary = []
    for c in commands:
        t0 = time.monotonic()
        res = run_command(k, c, base, csv_path, work, args)
        total_points += res["points"]
        total_runs += res["runs"]
        failures += res["failures"]
        summary.append((c.name, res, time.monotonic() - t0))

    print()
    print("%-28s %6s %6s %8s  %s" % ("command", "points", "runs", "failures", "seconds"))
    for name, res, secs in summary:
        print("%-28s %6d %6d %8d  %.1f%s" % (name, res["points"], res["runs"], len(res["failures"]), secs,
                                            "  " + res["note"] if res["note"] else ""))
    print()
    print("commands: %d, crash points: %d, runs killed: %d, failures: %d, %.0f s" %
          (len(commands), total_points, total_runs, len(failures), time.monotonic() - started))
    print("%d passed, %d failed" % (sum(1 for _, r, _ in summary if not r["failures"]),
                                    sum(1 for _, r, _ in summary if r["failures"])))
    return 1 if failures else 0


def substitute(c, csv_path, site):
    folder = os.path.dirname(csv_path)
    files = {"{csv}": csv_path, "{site}": site, "{survey_csv}": os.path.join(folder, "survey.csv"),
             "{roster}": os.path.join(folder, "roster.csv")}
    return [files.get(a, a) for a in c.args]


def run_command(k, c, base, csv_path, work, args):
    res = {"points": 0, "runs": 0, "failures": [], "note": ""}

    def fail(msg):
        res["failures"].append(msg)
        print("FAIL %s: %s" % (c.name, msg))
        sys.stdout.flush()

    prep = os.path.join(work, "prep")

    def layout(root):
        """The store folder this command works on, and the path of init's new folder."""
        return os.path.join(root, "d"), os.path.join(root, "site")

    def fresh(root):
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)
        data, site = layout(root)
        copy_store(base, data)
        return data, site

    def target(data, site):
        return site if c.is_init else data

    def read_all(data, site):
        out = []
        for r in c.readers:
            rc, o, _ = k.run(target(data, site), r)
            out.append((rc, o))
        return out

    # Before: the readers on the store as it is.
    data, site = fresh(prep)
    before_files = snapshot(target(data, site))
    before_readers = read_all(data, site)
    # After an uninterrupted run (twice over, to see that it is deterministic).
    afters = []
    for i in range(2):
        data, site = fresh(os.path.join(prep, str(i)))
        rc1, out1, err1 = k.run(data, substitute(c, csv_path, site))
        afters.append((rc1, snapshot(target(data, site)), data, site, err1))
    rc1, after_files, data, site, err1 = afters[0]
    if rc1 != 0:
        fail("uninterrupted run exits %d: %s" % (rc1, err1.decode(errors="replace").strip()))
        return res
    seal = False
    if afters[1][1] != after_files:
        seal = normalized(afters[1][1], True) == normalized(after_files, True)
        if seal:
            res["note"] = "(seal lines left out: they differ between identical runs)"
        else:
            fail("two identical uninterrupted runs write different files: %s" %
                 describe_difference(afters[1][1], after_files))
    after_readers = read_all(data, site)
    # Repeated uninterrupted: what running it again does on the after state.
    rc2, _, _ = k.run(data, substitute(c, csv_path, site))
    after2_files = snapshot(target(data, site))
    if normalized(before_files, seal) == normalized(after_files, seal) and c.name != "reindex":
        fail("the uninterrupted run changed no record file")
        return res
    # Count the points.
    data, site = fresh(os.path.join(prep, "count"))
    count_file, log_file = os.path.join(prep, "count.txt"), os.path.join(prep, "log.txt")
    if os.path.exists(log_file):
        os.unlink(log_file)
    rc, _, err = k.run(data, substitute(c, csv_path, site), count=count_file, log=log_file)
    with open(count_file) as f:
        points = int(f.read().strip() or 0)
    with open(log_file, errors="replace") as f:
        point_log = {int(l.split(" ", 1)[0]): l.strip().replace(target(data, site) + "/", "")
                     for l in f if l.strip()}
    if points == 0:
        fail("no crash point counted: the shim is not interposing (LD_PRELOAD=%s)" % k.shim)
        return res
    res["points"] = points
    if args.verbose:
        print("%s: %d points" % (c.name, points))
        for n in sorted(point_log):
            print("   ", point_log[n])
    states = {"before": (normalized(before_files, seal), before_readers),
              "after": (normalized(after_files, seal), after_readers)}
    repeat_want = {"before": (rc1, normalized(after_files, seal)),
                   "after": (rc2, normalized(after2_files, seal))}
    # init: before it, DIR is no data directory, and `kefu check` there says so.
    base_check_rc = before_readers[0][0] if c.is_init else None

    def one(job):
        n, when, slot = job
        root = os.path.join(work, "run%d" % slot)
        data, site = fresh(root)
        where = point_log.get(n, "#%d" % n)
        label = "%s %s (%s)" % (when, n, where)
        problems = []
        rc, _, err = k.run(data, substitute(c, csv_path, site), crash=(n, when))
        if rc != -9:
            # The command did not reach point N this time (its number of points varies): fine
            # when it succeeded.
            if rc == 0:
                return n, when, label, [], True
            return n, when, label, ["not killed at point %d, and it exits %d: %s" % (
                n, rc, err.decode(errors="replace").strip()[:300])], True
        got_readers = read_all(data, site)
        rc_check, o1, e1 = k.run(target(data, site), ["check"])
        check_text = (o1 + e1).decode(errors="replace").strip()
        if c.is_init and rc_check == base_check_rc and not os.path.exists(os.path.join(site, "kefu.yaml")):
            pass
        elif rc_check == 1 and HAND_EDIT_NOTE.search(check_text):
            pass
        elif rc_check != 0:
            problems.append("kefu check exits %d: %s" % (rc_check, check_text.replace("\n", " | ")[:400]))
        files = normalized(snapshot(target(data, site)), seal)
        matched = [s for s, (f, _) in states.items() if f == files]
        if not matched:
            problems.append(describe_torn(files, states))
            # What a person would do next: run it again. Whatever the store's state, that must
            # either do the command or refuse it as an uninterrupted run does.
            rc_r, _, err_r = k.run(data, substitute(c, csv_path, site))
            if rc_r not in (rc1, rc2):
                problems.append("then the repeated command exits %d: %s" % (
                    rc_r, err_r.decode(errors="replace").strip()[:300]))
        else:
            s = matched[0]
            for r, got, want in zip(c.readers, got_readers, states[s][1]):
                if got != want:
                    other = [t for t in states if t != s and states[t][1][c.readers.index(r)] == got]
                    problems.append("files are the %s state but `kefu %s` %s" % (
                        s, " ".join(r), "prints the %s state" % other[0] if other else
                        "prints neither state (exit %d)" % got[0]))
            rc_r, _, err_r = k.run(data, substitute(c, csv_path, site))
            want_rc, want_files = repeat_want[s]
            again = normalized(snapshot(target(data, site)), seal)
            if rc_r != want_rc:
                problems.append("the repeated command exits %d, not %d: %s" % (
                    rc_r, want_rc, err_r.decode(errors="replace").strip()[:300]))
            elif again != want_files:
                problems.append("the repeated command leaves other files than an uninterrupted "
                                "run: %s" % describe_difference(again, want_files))
        return n, when, label, problems, False

    jobs = [(n, when) for n in range(1, points + 1) for when in ("before", "after")]

    def worker(slot):
        return [one((n, when, slot)) for n, when in jobs[slot::args.jobs]]

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = [r for part in pool.map(worker, range(args.jobs)) for r in part]
    unreached = 0
    for _, _, label, problems, not_reached in sorted(results, key=lambda r: (r[0], r[1] == "after")):
        res["runs"] += 0 if not_reached else 1
        unreached += not_reached
        for p in problems:
            fail("killed %s: %s" % (label, p))
    if unreached:
        res["note"] = (res["note"] + " " if res["note"] else "") + \
            "(%d of %d kills not reached)" % (unreached, len(jobs))
    return res


if __name__ == "__main__":
    sys.exit(main())
