#!/usr/bin/env python3
"""Every list, show and report command in every output format, on the demo estate.

On a copy of the repository's data/ (翠湖花园, KEFU_NOW=2026-11-26T09:30, KEFU_USER from its
roster; one `kefu fee dun` first, so that there are dun notices and dun logs to render, and an
opinion made from a suggestion), runs complaint list/show, repair list/show, contact list,
opinion list/show, move list/show/unit/stats, renovation list/show, key list, key report, callback due, fee arrears, fee statement, due and
report monthly in --format table, json, csv and yaml; report monthly also as md and html (to
stdout and with -o) and xlsx (with -o); and render of every form `kefu render --help` lists,
for each kind of target it takes, with -o, and in json, csv and yaml (a form is text: refusing
those with exit 2 is fine, accepting them means printing them). Asserted for each:
- exit status 0 or 1, no "内部错误" and no sanitizer report (in the ASan/UBSan build this is
  where memory errors on real data show);
- something printed (or written, with -o);
- json: one document that parses; a list command's is an array of objects;
- csv: starts with the UTF-8 BOM and every row has the same number of fields (Python's csv);
- yaml: parses, when PyYAML is there (Debian's python3-yaml; tests/run-all.sh installs it);
- md/html/xlsx: html has its <html> element, xlsx is a zip workbook.

Prints a table of command × format, then each failure.

By hand:
    python3 tests/cli/test_format_matrix.py --kefu build/kefu --source .
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

try:
    import yaml
except ImportError:  # tests/run-all.sh installs python3-yaml; without it YAML is not parsed
    yaml = None

NOW = "2026-11-26T09:30"
FORMATS = ["table", "json", "csv", "yaml"]
BOM = b"\xef\xbb\xbf"


def roster_first(data):
    with open(os.path.join(data, "kefu.yaml"), encoding="utf-8") as f:
        m = re.search(r"(?m)^staff:\s*\n\s*-\s*\{\s*id:\s*([\w.-]+)", f.read())
    assert m, "no staff in kefu.yaml"
    return m.group(1)


class Kefu:
    def __init__(self, kefu, data, user, work):
        self.kefu = os.path.abspath(kefu)
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(LC_ALL="C.UTF-8", TZ="UTC", HOME=work, KEFU_DATA=data, KEFU_NOW=NOW,
                   KEFU_USER=user)
        self.env, self.cwd = env, work

    def run(self, *args):
        try:
            p = subprocess.run([self.kefu, *args], env=self.env, cwd=self.cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        except subprocess.TimeoutExpired:
            return None, b"", b"(timed out after 300 s)"
        return p.returncode, p.stdout, p.stderr

    def json(self, *args):
        rc, out, err = self.run("--format", "json", *args)
        if rc not in (0, 1):
            raise AssertionError("kefu %s -> %s: %s" % (" ".join(args), rc, err.decode()))
        return json.loads(out.decode("utf-8"))


def pick(items, test, what):
    for it in items:
        if test(it):
            return it
    raise AssertionError("the demo estate has no " + what)


def targets(k):
    """IDs from the demo estate for the show and render commands."""
    complaints = k.json("complaint", "list", "--all")
    repairs = k.json("repair", "list", "--all")
    t = {}
    t["complaint"] = complaints[0]["id"]
    t["callback_complaint"] = pick(complaints, lambda c: c.get("callbacks"), "complaint called back")["id"]
    t["repair"] = repairs[0]["id"]
    t["callback_repair"] = pick(repairs, lambda r: r.get("callbacks"), "repair called back")["id"]
    t["payment"] = pick(repairs, lambda r: (r.get("charge_fen") or 0) > 0 or
                        str(r.get("charge") or "0") not in ("0", "0.00", "None"), "charged repair")["id"]
    keys = k.json("key", "list")
    t["key"] = keys[0]["code"]
    loan = pick(keys, lambda x: x.get("current_loan"), "key out")["current_loan"]
    t["loan"] = loan["id"] if isinstance(loan, dict) else loan
    return t


def forms(k):
    """The form names `kefu render --help` lists."""
    rc, out, err = k.run("render", "--help")
    text = (out + err).decode("utf-8")
    tail = text.split("表单：", 1)[1] if "表单：" in text else text
    return re.findall(r"(?m)^\s{2}([a-z_]+)\s+\S", tail)


def check_output(fmt, out, is_list):
    """Problems with the printed output of one format."""
    problems = []
    if not out.strip(BOM).strip():
        return ["nothing printed"]
    if fmt == "json":
        try:
            doc = json.loads(out.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            return ["JSON does not parse: %s" % e]
        if is_list and not (isinstance(doc, list) and all(isinstance(x, dict) for x in doc)):
            problems.append("JSON of a list is not an array of objects")
    elif fmt == "csv":
        if not out.startswith(BOM):
            problems.append("CSV does not start with the UTF-8 BOM")
        try:
            rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline="")))
        except (csv.Error, UnicodeDecodeError) as e:
            return problems + ["CSV does not parse: %s" % e]
        widths = sorted({len(r) for r in rows})
        if len(widths) > 1:
            counts = {w: sum(1 for r in rows if len(r) == w) for w in widths}
            first = next(i for i, r in enumerate(rows) if len(r) != len(rows[0]))
            problems.append("CSV rows have %s fields (row %d: %r)" % (
                ", ".join("%d×%d" % (n, w) for w, n in counts.items()), first + 1,
                rows[first][:4]))
    elif fmt == "yaml" and yaml is not None:
        try:
            yaml.safe_load(out.decode("utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            problems.append("YAML does not parse: %s" % str(e).replace("\n", " ")[:200])
    elif fmt == "html" and b"<html" not in out.lower():
        problems.append("no <html> element")
    return problems


def faults(rc, out, err):
    text = err.decode("utf-8", errors="replace")
    problems = []
    if rc is None:
        problems.append("timed out")
    elif rc < 0:
        problems.append("killed by signal %d" % -rc)
    elif rc not in (0, 1):
        problems.append("exit %d" % rc)
    if "内部错误" in text or "内部错误" in out.decode("utf-8", errors="replace"):
        problems.append("内部错误")
    if "AddressSanitizer" in text or "runtime error:" in text or "LeakSanitizer" in text:
        problems.append("sanitizer report: " + next(
            (l for l in text.splitlines() if "Sanitizer" in l or "runtime error" in l), ""))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="kefu-formats-")
    rows, failures = [], []
    try:
        data = os.path.join(work, "data")
        shutil.copytree(os.path.join(args.source, "data"), data,
                        ignore=shutil.ignore_patterns(".kefu"))
        k = Kefu(args.kefu, data, roster_first(data), work)
        rc, _, err = k.run("fee", "dun")
        if rc not in (0, 1):
            print("FAIL kefu fee dun on the demo estate -> %s: %s" % (rc, err.decode()))
            return 1
        t = targets(k)
        # An opinion (R6) made from a suggestion logged for it, sent to its department.
        rc, out, err = k.run("contact", "log", "--type", "建议", "--category", "物业服务",
                             "--name", "王先生", "--content", "建议增设信报箱")
        suggestion = out.decode().strip()
        rc, out, err = k.run("opinion", "add", "--source", "suggestion:" + suggestion, "--dept", "工程部")
        if rc != 0:
            print("FAIL kefu opinion add on the demo estate -> %s: %s" % (rc, err.decode()))
            return 1
        t["opinion"] = out.decode().strip()
        k.run("opinion", "sent", t["opinion"])
        arrears = k.json("fee", "arrears")
        rows_of = arrears if isinstance(arrears, list) else next(
            (v for v in arrears.values() if isinstance(v, list) and v and isinstance(v[0], dict)), [])
        unit = pick(rows_of, lambda r: r.get("unit"), "unit in arrears")["unit"]
        dun_dir = os.path.join(data, "fees", "dun")
        dunned = sorted(f[:-5] for f in os.listdir(dun_dir)) if os.path.isdir(dun_dir) else []
        dun_unit = dunned[0] if dunned else unit

        rc, out, err = k.run("survey", "list", "--format", "json")
        rounds = json.loads(out) if rc == 0 else []
        if not rounds:
            print("FAIL kefu survey list on the demo estate -> %s: %s" % (rc, err.decode()))
            return 1
        t["survey"] = rounds[-1]["id"]

        rc, out, err = k.run("move", "list", "--all", "--format", "json")
        moves = json.loads(out) if rc == 0 else []
        released = [m for m in moves if m.get("releases")]
        if not released:
            print("FAIL kefu move list on the demo estate: no move-out with a release slip")
            return 1
        t["move"] = released[-1]["id"]
        t["move_unit"] = released[-1]["unit"]

        commands = [
            ("complaint list", ["complaint", "list"], True),
            ("complaint list --all", ["complaint", "list", "--all"], True),
            ("complaint show", ["complaint", "show", t["callback_complaint"]], False),
            ("repair list", ["repair", "list"], True),
            ("repair list --all", ["repair", "list", "--all"], True),
            ("repair show", ["repair", "show", t["callback_repair"]], False),
            ("contact list", ["contact", "list", "--month", "2026-11"], True),
            ("opinion list --all", ["opinion", "list", "--all"], True),
            ("opinion show", ["opinion", "show", t["opinion"]], False),
            ("survey list", ["survey", "list"], True),
            ("survey show", ["survey", "show", t["survey"]], False),
            ("survey result", ["survey", "result", t["survey"]], False),
            ("survey opinions", ["survey", "opinions", t["survey"]], True),
            ("move list --all", ["move", "list", "--all"], True),
            ("move show", ["move", "show", t["move"]], False),
            ("move unit", ["move", "unit", t["move_unit"]], False),
            ("move stats", ["move", "stats", "--month", "2026-11"], False),
            ("unit show", ["unit", "show", unit], False),
            ("handover show", ["handover", "show", "--date", "2026-11-25", "--shift", "中班"], False),
            ("renovation list --all", ["renovation", "list", "--all"], True),
            ("renovation show", ["renovation", "show", "ZX-2026-10-0001"], False),
            ("key list", ["key", "list"], True),
            ("key report", ["key", "report", "--month", "2026-11"], False),
            ("callback due", ["callback", "due"], True),
            ("fee arrears", ["fee", "arrears"], False),
            ("fee statement", ["fee", "statement", unit], False),
            ("due", ["due"], True),
            ("daily", ["daily", "--day", "2026-11-24"], False),
            ("report monthly", ["report", "monthly", "--month", "2026-11"], False),
        ]
        for name, cmd, is_list in commands:
            cells = {}
            for fmt in FORMATS:
                rc, out, err = k.run("--format", fmt, *cmd)
                problems = faults(rc, out, err) + (check_output(fmt, out, is_list)
                                                    if rc in (0, 1) else [])
                cells[fmt] = ("%s" % rc) + ("!" if problems else "")
                for p in problems:
                    failures.append("%s --format %s: %s%s" % (name, fmt, p, detail(rc, err)))
            rows.append((name, cells))

        # The monthly report's document formats.
        cells = {}
        for fmt in ("md", "html"):
            rc, out, err = k.run("--format", fmt, "report", "monthly", "--month", "2026-11")
            problems = faults(rc, out, err) + (check_output(fmt, out, False) if rc in (0, 1) else [])
            cells[fmt] = str(rc) + ("!" if problems else "")
            failures += ["report monthly --format %s: %s%s" % (fmt, p, detail(rc, err)) for p in problems]
        for fmt in ("md", "html", "xlsx"):
            path = os.path.join(work, "report." + fmt)
            rc, out, err = k.run("--format", fmt, "report", "monthly", "--month", "2026-11", "-o", path)
            problems = faults(rc, out, err)
            if rc in (0, 1):
                if not os.path.exists(path) or os.path.getsize(path) == 0:
                    problems.append("-o %s not written" % os.path.basename(path))
                elif fmt == "xlsx":
                    try:
                        with zipfile.ZipFile(path) as z:
                            if "xl/workbook.xml" not in z.namelist():
                                problems.append("xlsx without xl/workbook.xml")
                    except zipfile.BadZipFile:
                        problems.append("xlsx is not a zip file")
                else:
                    with open(path, "rb") as f:
                        problems += check_output(fmt, f.read(), False)
            cells[fmt + " -o"] = str(rc) + ("!" if problems else "")
            failures += ["report monthly --format %s -o: %s%s" % (fmt, p, detail(rc, err)) for p in problems]
        rows.append(("report monthly (documents)", cells))

        # Every form.
        form_targets = {
            "complaint": [t["complaint"]],
            "register": ["2026-11", t["complaint"]],
            "analysis": ["2026-11", "2026-10"],
            "repair": [t["repair"]],
            "callback": [t["callback_complaint"], t["callback_repair"]],
            "payment": [t["payment"]],
            "dun_notice": [unit],
            "receipt_sheet": [NOW[:10]],
            "dun_log": [dun_unit],
            "keys": ["2026-11", t["key"], t["loan"]],
            "daily": ["2026-11-24", NOW[:10]],
            "opinion": [t["opinion"]],
            "survey": [t["survey"]],
            "release": [t["move"], t["move"] + "/1"],
            "settlement": [t["move"]],
            "moves": ["2026-11", "2026-10"],
            "customer_record": [unit],
            "visits": ["2026-11"],
            "handover": ["2026-11-25/早班", "2026-11-25/夜班"],
            "visitors": ["2026-11-25", "2026-11"],
            "loans": ["2026-11"],
            "patrol_sheet": ["2026-11", "2026-11-23..2026-11-26"],
            "vacant_check": ["2026-11"],
            "lost": ["2026-11"],
        }
        listed = forms(k)
        if not listed:
            failures.append("render --help lists no forms")
        for form in listed:
            cells = {}
            for target in form_targets.get(form, []):
                rc, out, err = k.run("render", form, target)
                problems = faults(rc, out, err) + (["nothing printed"] if rc in (0, 1) and not out.strip() else [])
                cells[target] = str(rc) + ("!" if problems else "")
                failures += ["render %s %s: %s%s" % (form, target, p, detail(rc, err)) for p in problems]
            # A form is text: --format json|csv|yaml is either refused (exit 2) or honoured.
            for fmt in FORMATS[1:]:
                for target in form_targets.get(form, [])[:1]:
                    rc, out, err = k.run("--format", fmt, "render", form, target)
                    if rc == 2:
                        cells[fmt] = "2 (refused)"
                        continue
                    problems = faults(rc, out, err)
                    if rc in (0, 1):
                        problems += ["accepted --format %s (exit %d), then: %s" % (fmt, rc, p)
                                     for p in check_output(fmt, out, False)]
                    cells[fmt] = str(rc) + ("!" if problems else "")
                    failures += ["render %s %s --format %s: %s%s" % (form, target, fmt, p, detail(rc, err))
                                 for p in problems]
            if form not in form_targets:
                failures.append("render %s: a form this test does not know; add its target" % form)
            path = os.path.join(work, "form-%s.txt" % form)
            if form in form_targets:
                rc, out, err = k.run("render", form, form_targets[form][0], "-o", path)
                problems = faults(rc, out, err)
                if rc in (0, 1) and (not os.path.exists(path) or os.path.getsize(path) == 0):
                    problems.append("-o not written")
                cells["-o"] = str(rc) + ("!" if problems else "")
                failures += ["render %s -o: %s%s" % (form, p, detail(rc, err)) for p in problems]
            rows.append(("render " + form, cells))

        for name, cells in rows:
            print("%-28s %s" % (name, "  ".join("%s=%s" % kv for kv in cells.items())))
        print("(cell: exit status; ! a failed expectation)")
        if yaml is None:
            print("note: PyYAML is not installed (Debian python3-yaml), so YAML output was not parsed")
        if failures:
            print("\nFailures:")
            for f in failures:
                print("FAIL", f)
        runs = sum(len(c) for _, c in rows)
        print("\n%d command/format runs, %.0f s" % (runs, time.monotonic() - started))
        bad = sum(1 for _, c in rows if any(v.endswith("!") for v in c.values()))
        print("%d passed, %d failed" % (len(rows) - bad, bad + (1 if failures and not bad else 0)))
        return 1 if failures else 0
    except AssertionError as e:
        print("FAIL", e)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


def detail(rc, err):
    text = err.decode("utf-8", errors="replace").strip()
    if not text:
        return ""
    return " — " + " | ".join(text.splitlines()[:2])[:300]


if __name__ == "__main__":
    sys.exit(main())
