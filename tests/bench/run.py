#!/usr/bin/env python3
"""kefu benchmark: how kefu's everyday commands scale with a big estate, side by side
with a bare fsync'd write and with ledger, hledger and taskwarrior on the same data.

Run by hand from a clone (not part of ctest), as root to let it install what it lacks:

    python3 tests/bench/run.py [--build build] [--store /var/tmp/kefu-bench] [--runs 11] [--small]

What it does:
  * installs ledger, hledger, taskwarrior (and cc) with apt-get when missing and run as root;
    builds kefu with `bash src/tools/setup.sh BUILD` when BUILD/kefu is missing;
  * writes the bench store once with BUILD/kefu-gen (--bench, or with --small a 4-building
    estate) into STORE/data, plus STORE/fees.journal (ledger) and STORE/tasks.json
    (taskwarrior) when kefu-gen can write them; STORE/stamp.json records the generator
    options, and the store is rebuilt only when they change; tasks.json is imported once
    into STORE/taskdata and the import time is kept in STORE/taskdata/imported.json;
  * copies kefu.yaml, calendar.yaml and units/ into STORE/empty (a store with no records);
  * runs every kefu command with --data DIR and KEFU_NOW=2026-11-26T09:30, output to
    /dev/null, timing each run with time.perf_counter and taking its peak memory from
    os.wait4 (ru_maxrss); kefu exiting 0 or 1 is normal, 2 or 3 is reported as a failure;
    `complaint open` on both stores and the bare write are run by turns, at least 21 times
    each, after dirty pages are written out, so that writeback from an earlier step (which
    an fsync waits for) does not fall on one side of a ratio only;
  * prints a Markdown table of medians, ratios and targets (also written to STORE/results.md)
    and the total wall time.

The store is left as it was found: the complaints opened by the benchmark are removed
afterwards, the hand-edited complaint is restored, and the index (DATA/.kefu/index*) is
deleted after each such change, so the next command rebuilds it (warm-up runs absorb that).

Exit status: 0 every target met, 1 a target missed, 2 a command failed or setup failed.
Relative --build and --store paths are taken from the repository root.
"""
import argparse
import datetime
import glob
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NOW = "2026-11-26T09:30"
NOW_MONTH_DIR = Path("2026") / "11"
# complaint open and the bare write are timed this many times at least, by turns.
OPEN_RUNS = 21

BASELINE_C = r"""
/* A bare process start plus one atomic, durable file write: what `complaint open` can
   never beat. Temp file in the target's directory, fsync, rename, fsync the directory. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char body[] =
    "id: TS-2026-11-9999\nstatus: open\nreceived_at: 2026-11-26T09:30\nchannel: phone\n"
    "unit: 1-1-101\nplace: \"\"\ncomplainant:\n  name: 高平\n  phone: \"18982890590\"\n"
    "involved: []\ncategory: 噪音扰民\nseverity: general\ndescription: 噪音\nowner: zhangmin\n"
    "assigned_to: \"\"\ncallbacks: []\nhistory:\n  - at: 2026-11-26T09:30\n    by: zhangmin\n"
    "    action: open\n    note: 受理投诉\n";

int main(int argc, char **argv) {
  char tmp[4096], dst[4096];
  if (argc != 2) return 2;
  snprintf(tmp, sizeof tmp, "%s/.record.yaml.tmp", argv[1]);
  snprintf(dst, sizeof dst, "%s/record.yaml", argv[1]);
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return 3;
  size_t off = 0, len = sizeof body - 1;
  while (off < len) {
    ssize_t n = write(fd, body + off, len - off);
    if (n < 0) return 3;
    off += (size_t)n;
  }
  if (fsync(fd) != 0 || close(fd) != 0) return 3;
  if (rename(tmp, dst) != 0) return 3;
  int dir = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0 || fsync(dir) != 0 || close(dir) != 0) return 3;
  return 0;
}
"""


SPAWN_C = r"""
/* Runs commands for the benchmark, so that a run's ru_maxrss is the command's own: a child
   forked straight from Python would start from the Python process's high-water mark.
   Requests on stdin, NUL-separated: argc, argv..., envc, env..., stderr file. Reply on
   stdout: "<exit status> <ru_maxrss KiB>\n". Output of the command goes to /dev/null. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static char *field(void) {
  size_t cap = 256, n = 0;
  char *s = malloc(cap);
  int c;
  while (s && (c = getchar()) != EOF) {
    if (n + 1 >= cap) s = realloc(s, cap *= 2);
    s[n++] = (char)c;
    if (c == 0) return s;
  }
  free(s);
  return NULL;
}

static char **fields(void) {
  char *count = field();
  if (!count) return NULL;
  int n = atoi(count);
  free(count);
  char **v = calloc((size_t)n + 1, sizeof *v);
  for (int i = 0; v && i < n; i++)
    if (!(v[i] = field())) return NULL;
  return v;
}

int main(void) {
  for (;;) {
    char **argv = fields();
    if (!argv) return 0;
    char **envp = fields();
    char *errpath = field();
    if (!envp || !errpath) return 2;
    pid_t pid = fork();
    if (pid == 0) {
      int in = open("/dev/null", O_RDONLY), out = open("/dev/null", O_WRONLY);
      int err = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || out < 0 || err < 0) _exit(126);
      dup2(in, 0), dup2(out, 1), dup2(err, 2);
      execve(argv[0], argv, envp);
      _exit(127);
    }
    int status = 0;
    struct rusage ru = {0};
    if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) return 3;
    printf("%d %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
           ru.ru_maxrss);
    fflush(stdout);
    for (char **a = argv; *a; a++) free(*a);
    for (char **e = envp; *e; e++) free(*e);
    free(argv), free(envp), free(errpath);
  }
}
"""


def note(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------------------
# running and timing


class Runner:
    """Runs a command with stdout to /dev/null, timing it and reading its peak memory.

    With the spawn helper (a small C process started once), each run is a request to it:
    it forks, execs the command, wait4s it and answers with the exit status and ru_maxrss.
    time.perf_counter goes around the request and the answer. Without it (no cc), the
    command is started with subprocess and reaped with os.wait4 here, and the peak memory
    it reports cannot be less than this Python process's own."""

    def __init__(self, spawn=None):
        self.errpath = tempfile.mkstemp(prefix="kefu-bench-", suffix=".err")[1]
        self.helper = None
        if spawn:
            self.helper = subprocess.Popen([str(spawn)], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE)
        else:
            note("no spawn helper: peak memory is floored at this Python process's")

    def close(self):
        if self.helper:
            self.helper.stdin.close()
            self.helper.wait()
        os.unlink(self.errpath)

    def once(self, argv, env, ok=(0,)):
        argv = [str(a) for a in argv]
        exe = argv[0] if "/" in argv[0] else shutil.which(argv[0], path=env.get("PATH"))
        if not exe:
            raise Failure(f"{argv[0]}: not found")
        if self.helper:
            envl = [f"{k}={v}" for k, v in env.items()]
            msg = b"\0".join(x.encode() for x in [str(len(argv)), exe, *argv[1:],
                                                   str(len(envl)), *envl, self.errpath])
            t0 = time.perf_counter()
            self.helper.stdin.write(msg + b"\0")
            self.helper.stdin.flush()
            answer = self.helper.stdout.readline()
            seconds = time.perf_counter() - t0
            try:
                rc, maxrss = (int(x) for x in answer.split())
            except ValueError:
                raise Failure(f"the spawn helper stopped ({answer!r})")
        else:
            with open(self.errpath, "wb") as err:
                t0 = time.perf_counter()
                p = subprocess.Popen([exe, *argv[1:]], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=err, env=env)
                _, status, usage = os.wait4(p.pid, 0)
                seconds = time.perf_counter() - t0
            p.returncode = rc = os.waitstatus_to_exitcode(status)
            maxrss = usage.ru_maxrss
        if rc not in ok:
            with open(self.errpath, "rb") as err:
                tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            raise Failure(f"`{shlex_join(argv)}` exited {rc}: {' / '.join(tail)}")
        return seconds, maxrss


def shlex_join(argv):
    import shlex
    return shlex.join(str(a) for a in argv)


class Result:
    def __init__(self, label):
        self.label = label
        self.times = []
        self.rss = []  # KiB
        self.error = None

    @property
    def ok(self):
        return self.error is None and bool(self.times)

    def median(self):
        return statistics.median(self.times)

    def peak_kib(self):
        return max(self.rss)


RESULTS = {}


def measure(runner, key, label, argv, env, runs, ok=(0,), warm=1, before=None):
    """Times `runs` runs of argv after `warm` untimed ones; `before` runs untimed first."""
    r = Result(label)
    RESULTS[key] = r
    try:
        for _ in range(warm):
            if before:
                before()
            runner.once(argv, env, ok)
        for _ in range(runs):
            if before:
                before()
            t, rss = runner.once(argv, env, ok)
            r.times.append(t)
            r.rss.append(rss)
        note(f"{label}: median {fmt_time(r.median())} over {runs} runs")
    except (Failure, OSError) as e:
        r.error = str(e)
        note(f"{label}: FAILED: {e}")
    return r


def measure_side_by_side(runner, specs, runs):
    """Times several commands run by turns (a, b, c, a, b, c …), so that whatever else the
    machine is doing (writeback of an earlier step's files, above all, which an fsync waits
    for) weighs on each alike; dirty pages are written out first. `specs`: (key, label, argv,
    env); one untimed run of each first."""
    results = []
    for key, label, argv, env in specs:
        r = Result(label)
        RESULTS[key] = r
        results.append(r)
    live = list(zip(specs, results))
    for (_, _, argv, env), r in live:
        try:
            runner.once(argv, env)
        except (Failure, OSError) as e:
            r.error = str(e)
            note(f"{r.label}: FAILED: {e}")
    live = [(spec, r) for spec, r in live if r.error is None]
    os.sync()
    for _ in range(runs):
        for (_, _, argv, env), r in live:
            if r.error is not None:
                continue
            try:
                t, rss = runner.once(argv, env)
                r.times.append(t)
                r.rss.append(rss)
            except (Failure, OSError) as e:
                r.error = str(e)
                note(f"{r.label}: FAILED: {e}")
    for r in results:
        if r.ok:
            note(f"{r.label}: median {fmt_time(r.median())} over {runs} runs, by turns")
    return results


def fmt_time(s):
    if s is None:
        return "–"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def fmt_mb(kib):
    return f"{kib * 1024 / 1e6:.1f} MB"


# ---------------------------------------------------------------------------------------
# setup: packages, build, store


def install_missing(args):
    wanted = {"ledger": "ledger", "hledger": "hledger", "task": "taskwarrior", "cc": "gcc"}
    missing = {tool: pkg for tool, pkg in wanted.items() if not shutil.which(tool)}
    if not missing:
        return
    if os.geteuid() != 0:
        note(f"missing {', '.join(missing)}; not root, so those measurements are skipped "
             f"(apt-get install {' '.join(missing.values())})")
        return
    pkgs = sorted(set(missing.values()))
    note(f"installing {' '.join(pkgs)} with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *pkgs],
                       check=True, env=env, stdout=subprocess.DEVNULL)
    except (subprocess.CalledProcessError, OSError) as e:
        note(f"apt-get failed ({e}); what is still missing is skipped")


def build_kefu(build):
    if (build / "kefu").exists() and (build / "kefu-gen").exists():
        return
    note(f"building kefu into {build} with src/tools/setup.sh")
    subprocess.run(["bash", "src/tools/setup.sh", str(build)], cwd=REPO, check=True,
                   stdout=sys.stderr)


def gen_supports(gen):
    out = subprocess.run([str(gen), "--help"], capture_output=True, text=True)
    text = out.stdout + out.stderr
    return {opt: re.search(rf"(^|[\s,]){re.escape(opt)}(?![\w-])", text, re.M) is not None
            for opt in ("--bench", "--ledger", "--taskwarrior")}


def build_store(args, store, gen):
    """Writes the bench store unless the stamp says it is there with the same options."""
    supports = gen_supports(gen)
    if args.small:
        options = ["--buildings", "4"]
    elif supports["--bench"]:
        options = ["--bench"]
    else:
        raise Failure(f"{gen} has no --bench option yet; use --small for now")
    peers = []
    if supports["--ledger"]:
        peers += ["--ledger", "fees.journal"]
    else:
        note("kefu-gen has no --ledger option yet: the ledger/hledger comparison is skipped")
    if supports["--taskwarrior"]:
        peers += ["--taskwarrior", "tasks.json"]
    else:
        note("kefu-gen has no --taskwarrior option yet: the taskwarrior comparison is skipped")
    stamp = {"generator": [*options, *peers]}
    stamp_file = store / "stamp.json"
    data = store / "data"
    old = None
    if stamp_file.exists():
        try:
            old = json.loads(stamp_file.read_text())
        except ValueError:
            old = {}
    elif store.exists() and any(store.iterdir()):
        raise Failure(f"{store} is not empty and has no stamp.json, so it is not a bench store "
                      "this script wrote: choose another --store")
    if (old and old.get("complete") and old.get("generator") == stamp["generator"]
            and (data / "kefu.yaml").exists()):
        note(f"bench store {store} is there (kefu-gen {' '.join(stamp['generator'])})")
        return old
    note(f"writing the bench store into {store} (kefu-gen {' '.join(stamp['generator'])})")
    store.mkdir(parents=True, exist_ok=True)
    # Ours from now on, complete only once kefu-gen has succeeded.
    stamp_file.write_text(json.dumps(dict(stamp, complete=False)) + "\n")
    for name in ("data", "empty", "taskdata", "baseline"):
        shutil.rmtree(store / name, ignore_errors=True)
    for name in ("fees.journal", "tasks.json", "taskrc", "results.md"):
        (store / name).unlink(missing_ok=True)
    argv = [str(gen), *options, "--out", str(data)]
    for i, a in enumerate(peers):
        argv.append(str(store / a) if i % 2 else a)
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=sys.stderr)
    stamp["seconds"] = round(time.perf_counter() - t0, 3)
    stamp["written"] = datetime.datetime.now().isoformat(timespec="seconds")
    stamp["complete"] = True
    stamp_file.write_text(json.dumps(stamp, ensure_ascii=False, indent=1) + "\n")
    note(f"bench store written in {stamp['seconds']:.1f} s")
    return stamp


def task_env(store):
    return dict(os.environ, TASKRC=str(store / "taskrc"), TASKDATA=str(store / "taskdata"),
                LANG="C.UTF-8")


def import_tasks(store):
    """Imports tasks.json into a scratch TASKDATA once; returns the import time in seconds."""
    tasks = store / "tasks.json"
    taskdata = store / "taskdata"
    stamp = taskdata / "imported.json"
    if not tasks.exists() or not shutil.which("task"):
        return None
    if stamp.exists():
        return json.loads(stamp.read_text())["seconds"]
    shutil.rmtree(taskdata, ignore_errors=True)
    taskdata.mkdir(parents=True)
    (store / "taskrc").write_text(
        "# throwaway taskrc of the kefu benchmark\n"
        f"data.location={taskdata}\n"
        "confirmation=off\njson.array=on\nhooks=off\nverbose=nothing\nrecurrence=off\n"
        "news.version=99.0.0\n")
    note("importing tasks.json into taskwarrior (once)")
    t0 = time.perf_counter()
    subprocess.run(["task", "import", str(tasks)], env=task_env(store), check=True,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    stamp.write_text(json.dumps({"seconds": round(seconds, 3)}) + "\n")
    return seconds


def make_empty_store(store):
    data, empty = store / "data", store / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    empty.mkdir()
    shutil.copy2(data / "kefu.yaml", empty / "kefu.yaml")
    shutil.copy2(data / "calendar.yaml", empty / "calendar.yaml")
    shutil.copytree(data / "units", empty / "units")
    return empty


def compile_helpers(store):
    """Compiles the baseline writer and the spawn helper into STORE/baseline (needs cc)."""
    if not shutil.which("cc"):
        note("no cc: the baseline is skipped and peak memory is floored at Python's own")
        return None
    d = store / "baseline"
    d.mkdir(exist_ok=True)
    (d / "out").mkdir(exist_ok=True)
    for name, source in (("atomic-write", BASELINE_C), ("spawn", SPAWN_C)):
        (d / f"{name}.c").write_text(source)
        subprocess.run(["cc", "-O2", "-o", str(d / name), str(d / f"{name}.c")], check=True)
    return d


# ---------------------------------------------------------------------------------------
# reading the store (standard library only: a few regular expressions on known shapes)


def first_unit(data):
    for f in sorted((data / "units").glob("*.yaml")):
        m = re.search(r"\bid:\s*\"?([^\s,}\"]+)", f.read_text(encoding="utf-8"))
        if m:
            return m.group(1)
    raise Failure(f"no unit found in {data / 'units'}")


def categories(data):
    text = (data / "kefu.yaml").read_text(encoding="utf-8")
    m = re.search(r"^complaint_categories:\s*\[([^\]]*)\]", text, re.M)
    if m:
        return [c.strip().strip("'\"") for c in m.group(1).split(",") if c.strip()]
    m = re.search(r"^complaint_categories:\s*\n((?:\s+-.*\n)+)", text, re.M)
    if m:
        return [l.strip()[1:].strip().strip("'\"") for l in m.group(1).splitlines()]
    raise Failure("no complaint_categories in kefu.yaml")


def staff_id(data):
    text = (data / "kefu.yaml").read_text(encoding="utf-8")
    m = re.search(r"^staff:\s*\n\s*-\s*\{?\s*id:\s*\"?([^\s,}\"]+)", text, re.M)
    return m.group(1) if m else None


def json_rows(text):
    doc = json.loads(text)
    if isinstance(doc, dict):
        for v in doc.values():
            if isinstance(v, list):
                return v
        return []
    return doc


def find_value(doc, keys):
    if isinstance(doc, dict):
        for k in keys:
            if k in doc and isinstance(doc[k], str):
                return doc[k]
        for v in doc.values():
            found = find_value(v, keys)
            if found is not None:
                return found
    elif isinstance(doc, list):
        for v in doc:
            found = find_value(v, keys)
            if found is not None:
                return found
    return None


def with_description(content, text):
    """The record with its top-level description replaced by a plain scalar."""
    lines = content.split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(description|desc):", line)
        if m:
            j = i + 1
            while j < len(lines) and lines[j][:1] in (" ", "\t") and lines[j].strip():
                j += 1  # the rest of a block or multi-line scalar
            return "\n".join(lines[:i] + [f"{m.group(1)}: {text}"] + lines[j:])
    raise Failure("the record has no description: line")


def edit_in_place(path, content):
    """As nano saves: the same inode, opened r+, rewritten and truncated."""
    with open(path, "r+b") as f:
        f.write(content)
        f.truncate()


def drop_index(data):
    for p in glob.glob(str(data / ".kefu" / "index*")):
        if os.path.isdir(p) and not os.path.islink(p):
            shutil.rmtree(p)
        else:
            os.unlink(p)


# ---------------------------------------------------------------------------------------
# the table


ROWS = []  # (figure, median, ratio, target, result)


def row(figure, median, ratio="", target="", result=""):
    ROWS.append((figure, median, ratio, target, result))


def row_failed(figure, *results):
    for r in results:
        if r is not None and r.error:
            row(figure, "error", "", "", "FAIL")
            ERRORS.append(f"{figure}: {r.error}")
            return True
    return False


ERRORS = []


def ratio_row(figure, num, den, target, want_at_most):
    """num ÷ den, checked against target (≤ target, or ≥ target)."""
    if row_failed(figure, num, den):
        return
    a, b = num.median(), den.median()
    q = a / b if b > 0 else float("inf")
    met = q <= target if want_at_most else q >= target
    row(figure, f"{fmt_time(a)} ÷ {fmt_time(b)}", f"{q:.2f}",
        f"{'≤' if want_at_most else '≥'} {target:g}", "PASS" if met else "FAIL")


def time_row(figure, r, limit=None):
    if row_failed(figure, r):
        return
    if limit is None:
        row(figure, fmt_time(r.median()))
    else:
        row(figure, fmt_time(r.median()), "", f"≤ {fmt_time(limit)}",
            "PASS" if r.median() <= limit else "FAIL")


def table():
    head = ("figure", "median", "ratio", "target", "result")
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in ROWS:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(out)


def machine_line(store):
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8", errors="replace"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    fs = "?"
    try:
        out = subprocess.run(["df", "-T", str(store)], capture_output=True, text=True).stdout
        fs = out.splitlines()[1].split()[1]
    except (IndexError, OSError):
        pass
    return (f"machine: nproc {os.cpu_count()}, {model}, kernel {os.uname().release}, "
            f"store on {fs}")


# ---------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--build", default="build", help="kefu build directory (default build)")
    ap.add_argument("--store", help="bench store directory (default /var/tmp/kefu-bench, "
                    "or /var/tmp/kefu-bench-small with --small)")
    ap.add_argument("--runs", type=int, default=11, help="timed runs per command (default 11)")
    ap.add_argument("--peer-runs", type=int, default=3,
                    help="timed runs of ledger, hledger and task (default 3)")
    ap.add_argument("--edit-rounds", type=int, default=5,
                    help="hand edit + first command rounds (default 5)")
    ap.add_argument("--reindex", action="store_true",
                    help="also time `kefu reindex` (one more full rebuild of the index)")
    ap.add_argument("--small", action="store_true",
                    help="a 4-building estate instead of kefu-gen --bench")
    args = ap.parse_args()
    started = time.perf_counter()

    build = (REPO / args.build).resolve()
    store = (REPO / (args.store or ("/var/tmp/kefu-bench-small" if args.small
                                    else "/var/tmp/kefu-bench"))).resolve()
    try:
        install_missing(args)
        build_kefu(build)
        gen_stamp = build_store(args, store, build / "kefu-gen")
        import_seconds = import_tasks(store)
        empty = make_empty_store(store)
        baseline = compile_helpers(store)
        data = store / "data"
        user = staff_id(data)
        cats = categories(data)
        unit = first_unit(data)
    except (Failure, subprocess.CalledProcessError, OSError) as e:
        note(f"setup failed: {e}")
        return 2

    kefu = str(build / "kefu")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
    env["KEFU_NOW"] = NOW
    if user:
        env["KEFU_USER"] = user
    KOK = (0, 1)  # 1: something needs attention (due, overdue lists): normal here
    runner = Runner(baseline / "spawn" if baseline else None)
    N = args.runs

    def k(d, *a):
        return [kefu, "--data", str(d), *a]

    def capture(argv):
        p = subprocess.run(argv, env=env, capture_output=True, text=True)
        if p.returncode not in KOK:
            raise Failure(f"`{shlex_join(argv)}` exited {p.returncode}: {p.stderr.strip()}")
        return p.stdout

    # -- 1, 2: complaint open, full ÷ empty, full ÷ a bare fsync'd write -------------------
    cat = "噪音扰民" if "噪音扰民" in cats else cats[0]
    open_args = ["complaint", "open", "--unit", unit, "--category", cat,
                 "--desc", "噪音", "--channel", "phone"]
    month_dir = data / "complaints" / NOW_MONTH_DIR
    before_open = set(month_dir.glob("*.yaml")) if month_dir.exists() else set()
    # By turns with the bare write, and more runs than the rest: each takes milliseconds.
    specs = [("open_full", "complaint open (full store)", k(data, *open_args), env),
             ("open_empty", "complaint open (empty store)", k(empty, *open_args), env)]
    if baseline:
        specs.append(("baseline", "process start + fsync'd atomic write",
                      [str(baseline / "atomic-write"), str(baseline / "out")], env))
    try:
        timed = measure_side_by_side(runner, specs, max(N, OPEN_RUNS))
    finally:
        added = set(month_dir.glob("*.yaml")) - before_open if month_dir.exists() else set()
        for f in added:
            f.unlink()
        # The index is not dropped: it must see the removal by itself (the edits below check
        # that it answers fresh).
        note(f"removed the {len(added)} complaints opened in the bench store")
    r_open, r_open_empty = timed[0], timed[1]
    r_base = timed[2] if baseline else None
    ratio_row("1. complaint open: full ÷ empty store", r_open, r_open_empty, 1.2, True)
    if r_base:
        ratio_row("2. complaint open ÷ process start + fsync'd write", r_open, r_base, 3, True)
    else:
        row("2. complaint open ÷ process start + fsync'd write", "skipped: no cc", "", "≤ 3",
            "SKIP")

    # -- 3: due and report monthly: warm, after a hand edit, after losing the index --------
    due, report = ["due"], ["report", "monthly"]
    r_due = measure(runner, "due", "due (warm)", k(data, *due), env, N, KOK)
    r_rep = measure(runner, "report", "report monthly (warm)", k(data, *report), env, N, KOK)
    time_row("3. due, warm", r_due, 1.0)
    time_row("3. report monthly, warm", r_rep, 1.0)

    edited = {}
    fresh = {"checked": 0, "stale": 0}
    target = None
    original = None
    try:
        rows = json_rows(capture(k(data, "complaint", "list", "--format", "json")))
        ids = [r["id"] for r in rows if isinstance(r, dict) and "id" in r]
        if not ids:
            raise Failure("no open complaint to edit")
        cid = ids[0]
        files = glob.glob(str(data / "complaints" / "*" / "*" / f"{cid}.yaml"))
        if not files:
            raise Failure(f"no file complaints/YYYY/MM/{cid}.yaml")
        target = Path(files[0])
        original = target.read_bytes()
        note(f"hand edits go to {target.relative_to(data)}")

        def check_fresh(text):
            out = capture(k(data, "complaint", "show", cid, "--format", "json"))
            try:
                seen = find_value(json.loads(out), ("description", "desc"))
            except ValueError:
                seen = text if text in out else None
            fresh["checked"] += 1
            if seen != text:
                fresh["stale"] += 1
                note(f"STALE: complaint show {cid} says {seen!r}, the file says {text!r}")

        rnd = [0]

        def edit():
            rnd[0] += 1
            text = f"楼上夜间噪音（手工修改 r{rnd[0]:02d}-{secrets.token_hex(3)}）"
            edit_in_place(target, with_description(original.decode("utf-8"), text).encode())
            return text

        for key, label, argv in (("due_edit", "due, first run after a hand edit", due),
                                 ("report_edit", "report monthly, first run after a hand edit",
                                  report)):
            r = Result(label)
            RESULTS[key] = r
            edited[key] = r
            try:
                for _ in range(args.edit_rounds):
                    text = edit()
                    t, rss = runner.once(k(data, *argv), env, KOK)
                    r.times.append(t)
                    r.rss.append(rss)
                    check_fresh(text)
                note(f"{label}: median {fmt_time(r.median())} over {args.edit_rounds} rounds")
            except (Failure, OSError) as e:
                r.error = str(e)
                note(f"{label}: FAILED: {e}")
        text = edit()  # and once with `complaint show` as the very first command
        check_fresh(text)
    except (Failure, OSError, ValueError) as e:
        ERRORS.append(f"hand edit: {e}")
        note(f"hand edit: FAILED: {e}")
    finally:
        if target is not None and original is not None:
            edit_in_place(target, original)
    for key, figure in (("due_edit", "3. due, first run after a hand edit"),
                        ("report_edit", "3. report monthly, first run after a hand edit")):
        if key in edited:
            time_row(figure, edited[key], 1.0)
        else:
            row(figure, "error", "", "", "FAIL")
    if fresh["checked"]:
        ok = fresh["stale"] == 0
        row("3. complaint show after a hand edit",
            "FRESH" if ok else f"STALE ({fresh['stale']} of {fresh['checked']})", "",
            "FRESH", "PASS" if ok else "FAIL")
        stale = "" if ok else f": {fresh['stale']} stale"
        print("FRESH" if ok else "STALE",
              f"complaint show after {fresh['checked']} hand edits{stale}", flush=True)

    had_index = bool(glob.glob(str(data / ".kefu" / "index*")))
    for key, label, argv in (("due_rebuild", "3. due, index deleted (rebuild)", due),
                             ("report_rebuild", "3. report monthly, index deleted (rebuild)",
                              report)):
        r = measure(runner, key, label, k(data, *argv), env, 1, KOK, warm=0,
                    before=lambda: drop_index(data))
        time_row(label, r)
    # `kefu reindex --help` shows the top-level help (exit 0) when there is no such command,
    # so look for it among the subcommands that the top-level help lists.
    top_help = subprocess.run([kefu, "--help"], env=env, capture_output=True, text=True)
    if not args.reindex:
        row("3. kefu reindex", "skipped (--reindex to time it too)", "", "", "SKIP")
    elif re.search(r"^\s+reindex\s", top_help.stdout, re.M):
        r = measure(runner, "reindex", "3. kefu reindex", k(data, "reindex"), env, 1, KOK,
                    warm=0, before=lambda: drop_index(data))
        time_row("3. kefu reindex (index deleted)", r)
    else:
        row("3. kefu reindex", "skipped: no reindex command", "", "", "SKIP")
    if not had_index and not glob.glob(str(data / ".kefu" / "index*")):
        note("no DATA/.kefu/index* was there to delete: the rebuild rows are plain warm runs")

    # -- 4: fee arrears ÷ ledger, hledger -----------------------------------------------
    r_arr = measure(runner, "arrears", "fee arrears", k(data, "fee", "arrears"), env, N, KOK)
    journal = store / "fees.journal"
    peer_env = dict(env, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for tool in ("ledger", "hledger"):
        figure = f"4. {tool} balance 应收账款 ÷ kefu fee arrears"
        if not journal.exists():
            row(figure, "skipped: no fees.journal (kefu-gen --ledger)", "", "≥ 10", "SKIP")
        elif not shutil.which(tool):
            row(figure, f"skipped: no {tool}", "", "≥ 10", "SKIP")
        else:
            r = measure(runner, tool, f"{tool} balance 应收账款",
                        [tool, "-f", str(journal), "balance", "应收账款"], peer_env,
                        args.peer_runs, warm=0)
            ratio_row(figure, r, r_arr, 10, False)
    if not journal.exists():
        time_row("4. kefu fee arrears", r_arr)

    # -- 5: complaint list --all ÷ task export --------------------------------------------
    r_list = measure(runner, "list", "complaint list --all --format json",
                     k(data, "complaint", "list", "--all", "--format", "json"), env, N, KOK)
    figure = "5. task export ÷ kefu complaint list --all --format json"
    if import_seconds is None:
        why = "no tasks.json (kefu-gen --taskwarrior)" if shutil.which("task") else "no task"
        row(figure, f"skipped: {why}", "", "≥ 10", "SKIP")
        time_row("5. kefu complaint list --all --format json", r_list)
    else:
        r_task = measure(runner, "task", "task export", ["task", "export"], task_env(store),
                         args.peer_runs, warm=1)
        ratio_row(figure, r_task, r_list, 10, False)
        row("5. task import (once, when the store was written)", fmt_time(import_seconds))

    if gen_stamp.get("seconds") is not None:
        row(f"store written by kefu-gen (once, at {gen_stamp.get('written', '?')})",
            fmt_time(gen_stamp["seconds"]))

    # -- 6: peak memory ------------------------------------------------------------------
    def peak(keys):
        rs = [RESULTS[x] for x in keys if x in RESULTS and RESULTS[x].rss]
        return max(max(r.rss) for r in rs) if rs else None

    for figure, keys, limit in (
            ("6. peak memory: due", ["due", "due_edit", "due_rebuild"], 200e6),
            ("6. peak memory: report monthly", ["report", "report_edit", "report_rebuild"],
             200e6),
            ("6. peak memory: complaint open", ["open_full"], None),
            ("6. peak memory: fee arrears", ["arrears"], None),
            ("6. peak memory: complaint list --all", ["list"], None),
            ("6. peak memory: kefu reindex", ["reindex"], None),
            ("6. peak memory: ledger", ["ledger"], None),
            ("6. peak memory: hledger", ["hledger"], None),
            ("6. peak memory: task export", ["task"], None)):
        kib = peak(keys)
        if kib is None:
            continue
        med = statistics.median(RESULTS[keys[0]].rss) if RESULTS[keys[0]].rss else kib
        shown = f"{fmt_mb(med)} (peak {fmt_mb(kib)})"
        if limit:
            row(figure, shown, "", "< 200 MB", "PASS" if kib * 1024 < limit else "FAIL")
        else:
            row(figure, shown)

    runner.close()

    # -- output --------------------------------------------------------------------------
    complaints = sum(len(fs) for _, _, fs in os.walk(data / "complaints"))
    what = (f"store: {store} (kefu-gen {' '.join(gen_stamp['generator'])}; {complaints} "
            f"complaint files); {N} runs, {args.peer_runs} for peers, {args.edit_rounds} "
            f"edit rounds; KEFU_NOW={NOW}")
    wall = time.perf_counter() - started
    text = "\n".join([machine_line(store), what, "", table(), ""])
    print()
    print(text)
    for e in ERRORS:
        print(f"error: {e}")
    print(f"total wall time: {wall:.1f} s")
    with open(store / "results.md", "w", encoding="utf-8") as f:
        f.write(f"# kefu benchmark, {datetime.datetime.now().isoformat(timespec='seconds')}\n\n")
        f.write(f"{machine_line(store)}\n\n{what}\n\n{table()}\n")
        for e in ERRORS:
            f.write(f"\nerror: {e}\n")
        f.write(f"\ntotal wall time: {wall:.1f} s\n")
    if ERRORS or any(r[4] == "FAIL" and r[1] == "error" for r in ROWS):
        return 2
    return 1 if any(r[4] == "FAIL" for r in ROWS) else 0


if __name__ == "__main__":
    sys.exit(main())
