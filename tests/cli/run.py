#!/usr/bin/env python3
"""Golden end-to-end tests: run a .t file against the built kefu binary and compare.

A .t file is a transcript, as in cram: lines starting with "  $ " are commands (continued by
"  > " lines), the indented lines after them are the expected output, and "  [N]" states a
non-zero exit status. Standard output and standard error are compared separately: what a
command writes to stderr follows its stdout, each line marked "  ! ", so a transcript says
which stream every line is on ("only the new ID on stdout" is checked wherever a command
prints one). Other lines are commentary. Every file runs in one bash session, with
`set -o pipefail` (a pipeline fails when kefu in it fails), in a fresh temporary directory,
with `kefu` on PATH, TESTDIR set to this folder, SOURCE to the repository and HOME to the
temporary folder (which reads as ~ in the output), and without KEFU_* variables from outside.

Regenerate after a deliberate change with:  run.py --kefu build/kefu --source . --update FILE.t
and read the diff before committing it.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile


def parse(path):
    """Returns a list of (prefix_lines, command, expected_lines)."""
    items, prefix, cmd, expected = [], [], None, []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        if line.startswith("  $ "):
            if cmd is not None:
                items.append((prefix, cmd, expected))
                prefix = []
            cmd, expected = line[4:], []
        elif line.startswith("  > ") and cmd is not None and not expected:
            cmd += "\n" + line[4:]
        elif line.startswith("  ") and cmd is not None:
            expected.append(line[2:])
        else:
            if cmd is not None:
                items.append((prefix, cmd, expected))
                prefix, cmd, expected = [], None, []
            prefix.append(line)
    if cmd is not None:
        items.append((prefix, cmd, expected))
    trailer = prefix if cmd is None else []
    return items, trailer


def run(path, kefu, source):
    items, trailer = parse(path)
    work = tempfile.mkdtemp(prefix="kefu-test-")
    streams = tempfile.mkdtemp(prefix="kefu-test-out-")
    # Each command's stdout, stderr and status go to files of their own, outside the working
    # folder; braces (not a subshell) keep cd, exports and variables for the next command.
    script = ["set +e", "set -o pipefail", "umask 077"]
    for i, (_, cmd, _) in enumerate(items):
        o = os.path.join(streams, str(i))
        script.append("{\n%s\n} >'%s.out' 2>'%s.err'" % (cmd, o, o))
        script.append("echo $? >'%s.rc'" % o)
    # The calling terminal's width, colour and pager settings are not the transcript's.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KEFU_") and k not in ("COLUMNS", "NO_COLOR", "PAGER", "LESS")}
    env.update({
        "PATH": os.path.dirname(os.path.abspath(kefu)) + os.pathsep + env.get("PATH", ""),
        "TESTDIR": os.path.dirname(os.path.abspath(path)),
        "SOURCE": os.path.abspath(source),
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "HOME": work,
    })
    try:
        subprocess.run(["bash", "-c", "\n".join(script) + "\n"], cwd=work, env=env,
                       stdin=subprocess.DEVNULL, timeout=600)
        actual = {}
        for i in range(len(items)):
            o = os.path.join(streams, str(i))
            if not os.path.exists(o + ".rc"):
                continue
            lines = text_lines(o + ".out") + ["! " + e for e in text_lines(o + ".err")]
            # The temporary folder (also HOME) reads as ~, so a path under it is stable.
            lines = [line.replace(work, "~") for line in lines]
            with open(o + ".rc") as f:
                rc = int(f.read().strip() or "0")
            if rc != 0:
                lines.append("[%d]" % rc)
            actual[i] = lines
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(streams, ignore_errors=True)
    return items, trailer, actual


def text_lines(path):
    """A stream's lines; a last line without its line end is marked (no newline)."""
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    else:
        lines[-1] += " (no-eol)"
    return lines


def render(items, trailer, outputs):
    lines = []
    for i, (prefix, cmd, _) in enumerate(items):
        lines.extend(prefix)
        first, *rest = cmd.split("\n")
        lines.append("  $ " + first)
        lines.extend("  > " + r for r in rest)
        lines.extend("  " + o if o else "  " for o in outputs[i])
    lines.extend(trailer)
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("tests", nargs="+")
    args = ap.parse_args()
    failed = 0
    for path in args.tests:
        items, trailer, actual = run(path, args.kefu, args.source)
        outputs = [actual.get(i, ["(not run)"]) for i in range(len(items))]
        expected_text = render(items, trailer, [e for (_, _, e) in items])
        actual_text = render(items, trailer, outputs)
        if expected_text == actual_text:
            print("ok   %s (%d commands)" % (os.path.basename(path), len(items)))
            continue
        if args.update:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(actual_text)
            print("updated %s" % path)
            continue
        failed += 1
        print("FAIL %s" % path)
        sys.stdout.writelines(difflib.unified_diff(
            expected_text.splitlines(True), actual_text.splitlines(True),
            "expected", "actual"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
