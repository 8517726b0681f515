#!/usr/bin/env python3
"""The monthly report's html as rendered by headless Chromium, and its xlsx read back.

Builds the fixture month of report_monthly.t (a smaller version), renders
`kefu report monthly --format html` and `--format xlsx`, then:
- loads the page in Chromium (Debian's package) and checks the rendered DOM: the site name,
  six KPI rows with their figures, six trend charts with a target line each, a month's
  complaint timeliness of 33% drawn at its value on an axis from 20% (below the 50% the charts
  once clamped at), and a screenshot that is not blank;
- unzips the workbook and checks its sheets and cells.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib


def run(kefu, env, *args):
    p = subprocess.run([kefu, *args], env=env, capture_output=True, text=True)
    if p.returncode not in (0,):
        raise AssertionError("%s -> %d\n%s" % (args, p.returncode, p.stderr))
    return p.stdout


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def png_nonwhite_fraction(path):
    """Fraction of pixels that are not near-white in an 8-bit RGB(A) PNG (no external libs)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and color in (2, 6), (depth, color)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    nonwhite = total = 0
    i = 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        for x in range(0, stride, channels * 4):  # sample every 4th pixel
            total += 1
            if min(line[x], line[x + 1], line[x + 2]) < 200:
                nonwhite += 1
    return nonwhite / total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="kefu-report-")
    failures = 0
    try:
        data = os.path.join(work, "d")
        shutil.copytree(os.path.join(args.source, "tests/cli/fixtures/estate"), data)
        # The report prints the site's address in its heading: markup there must come out as text.
        cfg = os.path.join(data, "kefu.yaml")
        with open(cfg, encoding="utf-8") as f:
            config = f.read()
        address = "  address: 深圳市南山区翠湖路8号\n"
        assert address in config, "the fixture's address line moved"
        with open(cfg, "w", encoding="utf-8") as f:
            f.write(config.replace(address, '  address: "翠湖路8号<script>alert(1)</script>&amp;"\n'))
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(KEFU_DATA=data, KEFU_USER="zhangmin")
        def at(t, *a):
            run(args.kefu, dict(env, KEFU_NOW=t), *a)
        at("2026-10-08T09:00", "complaint", "open", "--unit", "1-1-101", "--category", "噪音扰民", "--desc", "噪音")
        at("2026-10-09T16:00", "complaint", "close", "TS-2026-10-0001", "--resolution", "已处理")
        at("2026-10-09T10:00", "complaint", "open", "--unit", "1-1-102", "--severity", "重大", "--category", "设施设备", "--desc", "电梯")
        at("2026-10-13T09:00", "complaint", "close", "TS-2026-10-0002", "--resolution", "已修复")
        at("2026-10-12T10:00", "callback", "done", "TS-2026-10-0001", "--result", "满意", "--signed-by", "陈建国")
        # Resolved late (3 working days for a general complaint): the month's timeliness is 1/3,
        # below the 50% the trend charts used to clamp their rates at.
        at("2026-10-12T09:00", "complaint", "open", "--unit", "1-1-101", "--category", "环境卫生", "--desc", "垃圾")
        at("2026-10-20T09:00", "complaint", "close", "TS-2026-10-0003", "--resolution", "已清理")
        # Open at the month's end, due after the report's time (so outside every KPI): its place,
        # the start of its line among the open cases, is a formula the workbook must hold as text.
        at("2026-10-30T10:00", "complaint", "open", "--place", "=SUM(1,2)", "--category", "其他", "--desc", "门禁")
        env["KEFU_NOW"] = "2026-11-02T08:00"
        html = os.path.join(work, "report.html")
        run(args.kefu, env, "report", "monthly", "--format", "html", "-o", html)
        xlsx = os.path.join(work, "report.xlsx")
        run(args.kefu, env, "report", "monthly", "--format", "xlsx", "-o", xlsx)

        text = open(html, encoding="utf-8").read()
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", ""), "network reference"
        assert "翠湖路8号&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;" in text, "address not escaped"
        assert "<script>" not in text, "markup from a record or kefu.yaml reached the page"

        browser = chromium()
        if browser is None:
            raise AssertionError("chromium not installed (tests/run-all.sh installs it)")
        profile = os.path.join(work, "profile")
        dom = subprocess.run([browser, *CHROME_FLAGS, "--user-data-dir=" + profile, "--dump-dom",
                              "file://" + html], capture_output=True, text=True, timeout=120).stdout
        rows = re.findall(r'<tr class="[^"]*" data-kpi="(\w+)"><td>([^<]+)</td><td class="num">(\d+)</td>'
                          r'<td class="num">(\d+)</td><td class="num">([^<]+)</td>', dom)
        got = [(k, n, num, den, rate) for k, n, num, den, rate in rows]
        want = [("complaint_timely", "投诉处理及时率", "1", "3", "33.33%"),
                ("repair_timely", "报修处理及时率", "0", "0", "—"),
                ("repair_callback", "报修回访率", "0", "0", "—"),
                ("rework", "返工/返修率", "0", "0", "—"),
                ("satisfaction", "顾客满意率", "1", "1", "100.00%"),
                ("fee_collection", "收费率", "0", "0", "—")]
        if got != want:
            print("FAIL html KPI rows as rendered:", got)
            failures += 1
        charts = re.findall(r'<svg[^>]*class="trend"[^>]*data-kpi="(\w+)"', dom)
        targets = dom.count('class="target"')
        if len(charts) != 6 or targets != 6 or "翠湖花园 月度服务质量报告（2026-10）" not in dom:
            print("FAIL html charts:", charts, targets)
            failures += 1
        # The chart draws October's 33.33% at its value: its axis goes down to 20% (a nice step
        # below the minimum), so the point is not on the axis's bottom edge.
        chart = re.search(r'<svg[^>]*data-kpi="complaint_timely".*?</svg>', dom, re.S).group(0)
        labels = [t for t in re.findall(r'text-anchor="end">([\d.]+)%</text>', chart)]
        circles = [float(c) for c in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', chart)]
        top, bottom = 12, 150 - 28
        want_y = top + (bottom - top) * (1 - 1 / 3) / (1 - 0.2)
        if labels[:1] != ["20"] or not circles or abs(circles[-1] - want_y) > 0.2:
            print("FAIL complaint_timely chart: axis labels %s, points %s (want the last at %.1f)"
                  % (labels, circles, want_y))
            failures += 1
        shot = os.path.join(work, "shot.png")
        subprocess.run([browser, *CHROME_FLAGS, "--user-data-dir=" + profile, "--window-size=1200,1600",
                        "--screenshot=" + shot, "file://" + html], capture_output=True, timeout=120)
        frac = png_nonwhite_fraction(shot)
        if not 0.01 < frac < 0.9:
            print("FAIL screenshot looks blank or broken: %.3f non-white" % frac)
            failures += 1

        with zipfile.ZipFile(xlsx) as z:
            names = z.namelist()
            wb = z.read("xl/workbook.xml").decode("utf-8")
            sheets = re.findall(r'<sheet name="([^"]+)"', wb)
            strings = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode("utf-8"))
            sheet1 = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
            formulas = [n for n in names if n.startswith("xl/worksheets/")
                        and "<f>" in z.read(n).decode("utf-8")]
        if sheets != ["质量目标", "未达标案件", "月末未结案件"]:
            print("FAIL xlsx sheets:", sheets)
            failures += 1
        # Row 4 is complaint_timely: numerator 1, denominator 3, rate 1/3 (four decimals).
        row4 = re.search(r'<row r="4".*?</row>', sheet1).group(0)
        nums = re.findall(r'<c r="([C-F])4"[^>]*><v>([^<]+)</v>', row4)
        if nums[:2] != [("C", "1"), ("D", "3")] or len(nums) < 3 or nums[2][0] != "E" \
                or abs(float(nums[2][1]) - 1 / 3) > 1e-4 or "投诉处理及时率" not in strings \
                or "TS-2026-10-0002" not in strings:
            print("FAIL xlsx cells:", nums, strings[:12])
            failures += 1
        if formulas or "=SUM(1,2) 其他" not in strings:
            print("FAIL xlsx: record text must be a string cell, never a formula:", formulas,
                  [x for x in strings if "SUM" in x])
            failures += 1
        print("html: 6 KPI rows, %d charts, screenshot %.1f%% ink; xlsx: sheets %s" %
              (len(charts), frac * 100, sheets))
    except AssertionError as e:
        print("FAIL", e)
        failures += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (1 if failures == 0 else 0, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
