#!/usr/bin/env python3
"""The monthly report's workbook, cell by cell: numbers a spreadsheet computes with.

On the fixture estate, October is billed and partly paid and a complaint is left open; the
report's xlsx is unzipped and its sheet XML read: the fee-collection figures are numbers in
yuan with the format 0.00 (not fen), the rates and targets numbers with 0.00%, and the open
case's receipt time an Excel date serial with a date format — each the same as the report's
JSON says.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

BUILTIN = {0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%", 22: "m/d/yy h:mm"}


def run(kefu, env, *args):
    p = subprocess.run([kefu, *args], env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("%s -> %d\n%s" % (args, p.returncode, p.stderr))
    return p.stdout


def cells(sheet_xml, styles):
    """ref → (type, value, number format) of every cell."""
    out = {}
    for m in re.finditer(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', sheet_xml):
        ref, attrs, body = m.group(1), m.group(2), m.group(3) or ""
        t = re.search(r' t="(\w+)"', attrs)
        s = re.search(r' s="(\d+)"', attrs)
        v = re.search(r"<v>([^<]*)</v>", body)
        out[ref] = (t.group(1) if t else "n", v.group(1) if v else None,
                    styles[int(s.group(1))] if s else "General")
    return out


def number_formats(styles_xml):
    custom = {int(i): code for i, code in
              re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', styles_xml)}
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles_xml, re.S).group(1)
    ids = [int(i) for i in re.findall(r'<xf numFmtId="(\d+)"', xfs)]
    return [custom.get(i, BUILTIN.get(i, str(i))) for i in ids]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="kefu-xlsx-")
    failures = 0

    def fail(*what):
        nonlocal failures
        print("FAIL", *what)
        failures += 1

    try:
        data = os.path.join(work, "d")
        shutil.copytree(os.path.join(args.source, "tests/cli/fixtures/estate"), data)
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(KEFU_DATA=data, KEFU_USER="lili")

        def at(t, *a):
            return run(args.kefu, dict(env, KEFU_NOW=t), *a)
        at("2026-10-03T09:00", "fee", "bill", "--period", "2026-10")
        at("2026-10-05T10:00", "fee", "pay", "1-1-101", "300.5", "--method", "微信")
        at("2026-10-06T10:00", "fee", "pay", "1-1-102", "123.45")
        at("2026-10-30T10:17", "complaint", "open", "--unit", "1-1-101", "--category", "其他",
           "--desc", "门禁")
        env["KEFU_NOW"] = "2026-11-02T08:00"
        report = json.loads(run(args.kefu, env, "--format", "json", "report", "monthly",
                                "--month", "2026-10"))
        xlsx = os.path.join(work, "report.xlsx")
        run(args.kefu, env, "report", "monthly", "--month", "2026-10", "--format", "xlsx",
            "-o", xlsx)
        with zipfile.ZipFile(xlsx) as z:
            styles = number_formats(z.read("xl/styles.xml").decode("utf-8"))
            kpis = cells(z.read("xl/worksheets/sheet1.xml").decode("utf-8"), styles)
            open_cases = cells(z.read("xl/worksheets/sheet3.xml").decode("utf-8"), styles)
            strings = re.findall(r"<t[^>]*>([^<]*)</t>",
                                 z.read("xl/sharedStrings.xml").decode("utf-8"))

        # The KPI rows from row 4, in the report's order; find fee_collection's by its key (B).
        keys = list(report["kpis"])
        row = 4 + keys.index("fee_collection")
        fee = report["kpis"]["fee_collection"]
        assert kpis["B%d" % row][0] == "s" and strings[int(kpis["B%d" % row][1])] == \
            "fee_collection", "fee_collection is not on row %d" % row
        for col, key in (("C", "numerator"), ("D", "denominator")):
            t, v, fmt = kpis["%s%d" % (col, row)]
            want = fee[key] / 100
            if t != "n" or fmt != "0.00" or abs(float(v) - want) > 1e-9:
                fail("fee_collection %s: %s %s %s, want %.2f yuan as 0.00" % (key, t, v, fmt, want))
        if not 0 < fee["numerator"] < fee["denominator"]:
            fail("fee_collection figures (fen in the JSON):", fee["numerator"], fee["denominator"])
        for r, key in enumerate(keys, start=4):
            k = report["kpis"][key]
            for col, field in (("E", "rate"), ("F", "target")):
                t, v, fmt = kpis["%s%d" % (col, r)]
                if k[field] is None:
                    continue
                if t != "n" or fmt != "0.00%" or abs(float(v) - k[field]) > 1e-9:
                    fail("%s %s: %s %s %s, want %s as 0.00%%" % (key, field, t, v, fmt, k[field]))
        # The first open case (row 2): its receipt time as a date serial with a date format.
        received = report["open_cases"][0]["received_at"]
        t, v, fmt = open_cases["B2"]
        serial = (datetime.datetime.fromisoformat(received) -
                  datetime.datetime(1899, 12, 30)).total_seconds() / 86400
        if t != "n" or fmt != "yyyy-mm-dd hh:mm" or abs(float(v) - serial) > 1e-6:
            fail("open case received_at: %s %s %s, want %.6f (%s) as yyyy-mm-dd hh:mm" %
                 (t, v, fmt, serial, received))
        print("xlsx: fee_collection %.2f / %.2f yuan (0.00), %d rates as 0.00%%, %s as serial %s" %
              (fee["numerator"] / 100, fee["denominator"] / 100, len(keys), received, v))
    except AssertionError as e:
        fail(e)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
