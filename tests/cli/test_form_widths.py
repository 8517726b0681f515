#!/usr/bin/env python3
"""Every form fits A4, as text, as HTML and as PDF, on the demo estate.

On a copy of the repository's data/ (KEFU_NOW=2026-11-26T09:30; one `kefu fee dun` first, so
that there are dun notices and dun logs), renders every form `kefu render --help` lists, for
each kind of target it takes, and asserts:
- the widest line, in display columns (a CJK or full-width character counts two, a combining
  mark none), is at most 120 for a form --help marks A4 横向 (landscape) and 80 for the others
  (portrait); each line over is listed with its form and target;
- `--format html` is a page with @page A4 in the form's orientation, its registers as tables
  whose rows have as many cells as the heading, nothing unescaped;
- the key register's page as headless Chromium reads it (--dump-dom) has its two tables;
- `--pdf` (headless Chromium) of a landscape register (keys), a portrait record (complaint)
  and the call register gives a PDF whose every page is A4 in that orientation (MediaBox).

By hand:
    python3 tests/cli/test_form_widths.py --kefu build/kefu --source .
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_format_matrix as matrix  # noqa: E402  (its Kefu runner and the demo's targets)

A4 = (595.0, 842.0)  # points, portrait


def width(line):
    w = 0
    for ch in line:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


def forms_and_orientation(k):
    """{form: landscape?} from `kefu render --help`."""
    rc, out, err = k.run("render", "--help")
    text = (out + err).decode("utf-8")
    tail = text.split("表单：", 1)[1]
    found = {}
    for m in re.finditer(r"(?m)^\s{2}([a-z_]+)\s*\S.*$", tail):
        found[m.group(1)] = "A4 横向" in m.group(0)
    return found


def pdf_pages(path):
    """The MediaBox of each page of a PDF as Chromium writes it (page objects uncompressed)."""
    data = open(path, "rb").read()
    assert data.startswith(b"%PDF"), "not a PDF"
    pages = []
    for m in re.finditer(rb"/Type\s*/Page\b(?!s).*?(?=endobj)", data, re.S):
        box = re.search(rb"/MediaBox\s*\[\s*([\d.\s-]+)\]", m.group(0))
        if box:
            x0, y0, x1, y1 = (float(v) for v in box.group(1).split())
            pages.append((x1 - x0, y1 - y0))
    return pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="kefu-forms-")
    failures = []
    try:
        data = os.path.join(work, "data")
        shutil.copytree(os.path.join(args.source, "data"), data,
                        ignore=shutil.ignore_patterns(".kefu"))
        k = matrix.Kefu(args.kefu, data, matrix.roster_first(data), work)
        k.run("fee", "dun")
        t = matrix.targets(k)
        opinions = k.json("opinion", "list", "--all")
        surveys = k.json("survey", "list")
        moves = [m for m in k.json("move", "list", "--all") if m.get("releases")]
        arrears = k.json("fee", "arrears")
        rows = arrears if isinstance(arrears, list) else next(
            v for v in arrears.values() if isinstance(v, list) and v and isinstance(v[0], dict))
        unit = rows[0]["unit"]
        dun_dir = os.path.join(data, "fees", "dun")
        dunned = sorted(f[:-5] for f in os.listdir(dun_dir)) if os.path.isdir(dun_dir) else [unit]
        renovations = k.json("renovation", "list", "--all")
        zx = renovations[0]["id"]
        noticed = [r["id"] for r in renovations if r.get("notices")] or [zx]
        targets = {
            "complaint": [t["complaint"], t["callback_complaint"]],
            "register": ["2026-11", "2026-10", t["complaint"]],
            "analysis": ["2026-11"],
            "repair": [t["repair"], t["callback_repair"]],
            "callback": [t["callback_complaint"], t["callback_repair"]],
            "payment": [t["payment"]],
            "dun_notice": [unit],
            "receipt_sheet": [matrix.NOW[:10]],
            "dun_log": [dunned[0]],
            "keys": ["2026-11", "2026-10", t["key"], t["loan"]],
            "daily": ["2026-11-24", "2026-11-25", matrix.NOW[:10]],
            "opinion": [o["id"] for o in opinions[:6]],
            "survey": [s["id"] for s in surveys[-2:]],
            "release": [m["id"] for m in moves[-2:]],
            "settlement": [m["id"] for m in moves[-2:]],
            "moves": ["2026-11", "2026-10"],
            "customer_record": [unit],
            "visits": ["2026-11", "2026-10"],
            "handover": ["2026-11-25/早班", "2026-11-25/夜班"],
            "visitors": ["2026-11-25", "2026-11"],
            "loans": ["2026-11"],
            "patrol_sheet": ["2026-11", "2026-11-23..2026-11-26"],
            "vacant_check": ["2026-11"],
            "lost": ["2026-11"],
            "renovation_notice": [noticed[0] + "/01"],
        }
        listed = forms_and_orientation(k)
        if not listed:
            failures.append("render --help lists no forms")
        rendered = 0
        for form, landscape in listed.items():
            limit = 120 if landscape else 80
            for target in targets.get(form, [r["id"] for r in renovations[:3]]
                                      if form.startswith("renovation_") else []):
                rc, out, err = k.run("render", form, target)
                if rc not in (0, 1):
                    failures.append("render %s %s -> %s: %s" % (form, target, rc, err.decode()[:200]))
                    continue
                rendered += 1
                for n, line in enumerate(out.decode("utf-8").split("\n"), 1):
                    if width(line) > limit:
                        failures.append("render %s %s: line %d is %d columns (A4 %s: %d): %s" % (
                            form, target, n, width(line), "landscape" if landscape else "portrait",
                            limit, line[:60]))
            if form not in targets and not form.startswith("renovation_"):
                failures.append("render %s: a form this test does not know; add its target" % form)
        print("%d forms, %d renders checked for width" % (len(listed), rendered))

        # HTML: A4 in the form's orientation; each table's rows as wide as its heading.
        for form, target in [("keys", "2026-11"), ("complaint", t["complaint"]),
                             ("register", "2026-11"), ("daily", "2026-11-24"),
                             ("dun_notice", unit), ("lost", "2026-11")]:
            rc, out, err = k.run("render", form, target, "--format", "html")
            html = out.decode("utf-8")
            if rc != 0 or not html.startswith("<!DOCTYPE html>"):
                failures.append("render %s --format html -> %s: %s" % (form, rc, err.decode()[:200]))
                continue
            want = "size: A4 %s" % ("landscape" if listed.get(form) else "portrait")
            if want not in html:
                failures.append("render %s --format html: no '%s'" % (form, want))
            for table in re.findall(r"<table>.*?</table>", html, re.S):
                heads = len(re.findall(r"<th>", table))
                for row in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>", 1)[-1], re.S):
                    cells = len(re.findall(r"<td>", row))
                    if cells != heads:
                        failures.append("render %s --format html: a row of %d cells under %d headings"
                                        % (form, cells, heads))
                        break
            if "<script" in html:
                failures.append("render %s --format html: a script element" % form)
        if "<table>" not in k.run("render", "keys", "2026-11", "--format", "html")[1].decode():
            failures.append("render keys --format html: no table")

        # PDF through headless Chromium: every page A4, in the form's orientation.
        if shutil.which("chromium") is None:
            failures.append("chromium not installed (tests/run-all.sh installs it)")
        else:
            for form, target in [("keys", "2026-11"), ("complaint", t["complaint"]),
                                 ("register", "2026-11")]:
                path = os.path.join(work, form + ".pdf")
                rc, out, err = k.run("render", form, target, "--pdf", path)
                if rc != 0 or not os.path.exists(path):
                    failures.append("render %s --pdf -> %s: %s" % (form, rc, err.decode()[:300]))
                    continue
                pages = pdf_pages(path)
                want = (A4[1], A4[0]) if listed.get(form) else A4
                bad = [p for p in pages if abs(p[0] - want[0]) > 2 or abs(p[1] - want[1]) > 2]
                if not pages or bad:
                    failures.append("render %s --pdf: pages %s, want %s each" % (form, pages, want))
                else:
                    print("render %s --pdf: %d A4 page(s) %s" % (form, len(pages),
                                                               "landscape" if listed.get(form) else "portrait"))
            # The page as the browser reads it: the key register's two tables, their headings.
            page = os.path.join(work, "keys.html")
            rc, out, err = k.run("render", "keys", "2026-11", "--format", "html", "-o", page)
            dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                  "--no-first-run", "--user-data-dir=" + os.path.join(work, "profile"),
                                  "--dump-dom", "file://" + page],
                                 capture_output=True, text=True, timeout=120).stdout
            tables = re.findall(r"<table>.*?</table>", dom, re.S)
            if len(tables) != 2 or "<th>钥匙编号</th>" not in tables[0] or "<th>归还时间</th>" not in tables[1]:
                failures.append("render keys --format html as Chromium reads it: %d tables" % len(tables))
            rc, out, err = k.run("render", "keys", "2026-11", "--pdf", os.path.join(work, "keys.pdf"))
            if rc != 2:
                failures.append("render --pdf over an existing file without --force -> %s" % rc)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
