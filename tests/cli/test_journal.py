#!/usr/bin/env python3
"""`kefu fee journal` read back by hledger and ledger-cli.

On a copy of the demo estate (data/), the journal of every bill and payment up to the end of
October 2026, and October's journal alone (which opens with the balances carried from
September), are read by `hledger balance` and `ledger balance`. Both must give, for every unit and
period, exactly what `kefu fee arrears --format json` says it owes on 1 November at 00:00 (a
month old or more: every bill up to October), and the same total; the cash and income accounts
must balance the receivables to zero. Skipped (77) when neither tool is installed.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal


def run(cmd, env=None):
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("%s -> %d\n%s" % (cmd, p.returncode, p.stderr))
    return p.stdout


def fen(text):
    return int((Decimal(text.replace(",", "")) * 100).to_integral_value())


def hledger_balances(path):
    """account → fen, every account with a balance (no tree, no total)."""
    out = run(["hledger", "-f", path, "balance", "--flat", "--no-total", "-O", "csv"])
    got = {}
    for line in out.splitlines()[1:]:
        account, amount = [c.strip('"') for c in line.split('","')]
        if amount != "0":
            got[account] = fen(amount.replace("CNY", "").strip())
    return got


def ledger_balances(path):
    out = run(["ledger", "-f", path, "balance", "--flat", "--no-total", "--empty",
               "--balance-format", "%(account)\t%(quantity(scrub(display_total)))\n"])
    got = {}
    for line in out.splitlines():
        account, amount = line.split("\t")
        if fen(amount):
            got[account] = fen(amount)
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    tools = [t for t in ("hledger", "ledger") if shutil.which(t)]
    if not tools:
        print("SKIP: neither hledger nor ledger is installed (tests/run-all.sh installs both)")
        return 77
    work = tempfile.mkdtemp(prefix="kefu-journal-")
    failures = 0
    try:
        data = os.path.join(work, "d")
        shutil.copytree(os.path.join(args.source, "data"), data,
                        ignore=shutil.ignore_patterns(".kefu"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(KEFU_DATA=data, KEFU_NOW="2026-11-26T09:30")
        whole = os.path.join(work, "to-oct.journal")
        run([args.kefu, "fee", "journal", "--to", "2026-10-31", "-o", whole], env)
        month = os.path.join(work, "oct.journal")
        run([args.kefu, "fee", "journal", "--from", "2026-10-01", "--to", "2026-10-31",
             "-o", month], env)
        arrears = json.loads(run([args.kefu, "--now", "2026-11-01T00:00", "fee", "arrears",
                                  "--format", "json"], env))
        want = {}
        for row in arrears:
            for p in row["periods"]:
                want["应收账款:业主:%s:%s" % (row["unit"], p["period"])] = fen(p["outstanding"])
        total = sum(fen(r["owed"]) for r in arrears)
        assert total == sum(want.values()) and total > 0, "arrears JSON does not add up"
        for tool in tools:
            read = hledger_balances if tool == "hledger" else ledger_balances
            for path in (whole, month):
                bal = read(path)
                owed = {a: v for a, v in bal.items() if a.startswith("应收账款:业主:")}
                # What arrears leaves out: periods paid in full, and any in credit.
                shown = {a: v for a, v in owed.items() if v > 0}
                if shown != want:
                    diff = sorted(set(shown.items()) ^ set(want.items()))[:10]
                    print("FAIL %s %s: receivables differ from fee arrears: %s" %
                          (tool, os.path.basename(path), diff))
                    failures += 1
                if sum(bal.values()) != 0:
                    print("FAIL %s %s: the accounts do not balance to zero" %
                          (tool, os.path.basename(path)))
                    failures += 1
                print("%s %s: %d unit-periods owe %.2f CNY, as fee arrears says" %
                      (tool, os.path.basename(path), len(shown), sum(shown.values()) / 100))
        if len(tools) < 2:
            print("note: only %s installed; tests/run-all.sh installs hledger and ledger" % tools)
    except AssertionError as e:
        print("FAIL", e)
        failures += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
