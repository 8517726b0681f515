#!/usr/bin/env python3
"""README's "A day at the front desk" is what readme_walkthrough.t runs, line for line.

The transcript (run like every other .t, on a data directory made by `kefu init`) checks the
output of each command. This test checks that the transcript runs README's lines verbatim and
in README's order: every command line of the section's shell blocks (comment lines aside; a
line ending in a backslash continues on the next) is a command of the transcript, in the same
order. Between them the transcript may only set the clock (`export KEFU_NOW=…`), make the
files a line reads (a meter-reading CSV, a roster, a survey sheet) and act as a person would
outside kefu (a hand edit with sed before `kefu check`); any other extra command fails the test.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the transcript parser)

SECTION = "## A day at the front desk"
# What the transcript may do besides README's lines.
ALLOWED_EXTRA = re.compile(r"^(export KEFU_NOW=\S+$|printf |sed -i )")


def readme_commands(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    section = text[start : end if end >= 0 else len(text)]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        pending = None
        for line in block.split("\n"):
            if pending is not None:
                pending += "\n" + line
                if not line.rstrip().endswith("\\"):
                    commands.append(pending)
                    pending = None
                continue
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.rstrip().endswith("\\"):
                pending = line
            else:
                commands.append(line)
        if pending is not None:
            commands.append(pending)
    return commands


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu")
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    readme = readme_commands(os.path.join(args.source, "README.md"))
    items, _ = run.parse(os.path.join(args.source, "tests/cli/readme_walkthrough.t"))
    transcript = [cmd for _, cmd, _ in items]
    failures = []
    if len(readme) < 50:
        failures.append(f"README's walk-through has only {len(readme)} command lines")
    i = 0
    for cmd in transcript:
        if i < len(readme) and cmd == readme[i]:
            i += 1
        elif not ALLOWED_EXTRA.match(cmd):
            failures.append(f"transcript command not in README (or out of order): {cmd}")
    if i < len(readme):
        failures.append(f"README line not run by the transcript, from here on: {readme[i]}")
    for f in failures:
        print(f"FAIL: {f}")
    print(f"README walk-through: {len(readme)} command lines, {i} run in order by "
          f"{len(transcript)} transcript commands")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
