#!/usr/bin/env python3
"""The man pages against kefu's --help, and groff's warnings.

Walks `kefu --help` and every subcommand's --help, recursively, and checks that each command
is documented in man/kefu.1 and man/zh_CN/kefu.1 ("kefu PATH" in the page, or its last word
among its family's entries) and that
each long option of a command appears among the entries of its family (`kefu complaint …`
for `complaint open`; the global options anywhere in the page). Then renders all four pages (kefu.1 and kefu-data.5, English and Chinese) with
`groff -k -man -Tutf8 -ww` and `man --warnings`, which must print no warning.

A failure lists, page by page, every command missing and, command by command, every option
missing.

Usage: test_man_pages.py --kefu build/kefu --source .
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

PAGES = ["man/kefu.1", "man/zh_CN/kefu.1"]
ALL_PAGES = PAGES + ["man/kefu-data.5", "man/zh_CN/kefu-data.5"]
HEADER = re.compile(r"^(\S.*)[:：]\s*$")


def run(cmd, **kw):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", COLUMNS="200")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, **kw)


def parse_help(text):
    """The subcommands and long options a --help lists."""
    subs, opts = [], []
    section = None
    for line in text.splitlines():
        if not line.strip():
            section = None
            continue
        m = HEADER.match(line)
        if m and not line.startswith(" "):
            section = m.group(1)
            continue
        if not line.startswith("  ") or section is None:
            continue
        first = line.split()[0]
        if section.startswith("子命令") or section.lower().startswith("subcommand"):
            subs.append(first)
        elif first.startswith("-"):
            for name in first.split(","):
                name = name.split("=")[0]
                if name.startswith("--"):
                    opts.append(name)
    return subs, opts


def command_tree(kefu):
    """{path: [long options]} for kefu itself ("") and every subcommand, from --help."""
    tree = {}
    todo = [[]]
    while todo:
        path = todo.pop(0)
        r = run([kefu, *path, "--help"])
        if r.returncode != 0:
            raise SystemExit(f"kefu {' '.join(path)} --help exited {r.returncode}: {r.stderr}")
        subs, opts = parse_help(r.stdout)
        tree[" ".join(path)] = [o for o in opts if o not in ("--help", "--version")]
        todo.extend(path + [s] for s in subs)
    return tree


def plain(text):
    """Man source as text: font escapes dropped, \\- a hyphen, optional breaks removed."""
    text = re.sub(r"\\f(\[[^]]*\]|\(..|.)", "", text)
    text = text.replace("\\-", "-").replace("\\:", "").replace("\\&", "").replace("\\ ", " ")
    text = text.replace("\\(em", "—").replace("\\(en", "–")
    return text


def families(source):
    """{family: text}: the command entries of a page by their family (the first word after
    `kefu` in a .TP tag), each running to the next command entry or section (nested .RS
    entries, the steps of `kefu renovation`, stay with theirs)."""
    out = {}
    lines = plain(source).splitlines()
    current = None
    for i, line in enumerate(lines):
        if line.startswith(".SH"):
            current = None
            continue
        if line.startswith(".TP") and i + 1 < len(lines):
            m = re.match(r'^\.[A-Z]*\s*"?kefu\s+([a-z][a-z0-9-]*)', lines[i + 1])
            if m:
                current = m.group(1)
        if current is not None:
            out[current] = out.get(current, "") + line + "\n"
    return out


def word_in(text, word):
    return re.search(r"(?<![A-Za-z0-9_-])" + re.escape(word) + r"(?![A-Za-z0-9_-])", text)


def documented(path, whole, family_text):
    """`kefu PATH` in the page (its last word may be one of a|b|c), or its last word among
    its family's entries (`show`, `list` and the steps named under an entry)."""
    words = path.split()
    head = r"\s+".join(map(re.escape, words[:-1]))
    pattern = r"kefu\s+" + (head + r"\s+" if head else "") + \
        r"(?:[a-z0-9-]+\|)*" + re.escape(words[-1]) + r"(?![a-z0-9_-])"
    if re.search(pattern, whole):
        return True
    return len(words) > 1 and word_in(family_text, words[-1]) is not None


def check_page(page, source, tree):
    problems = []
    fams = families(source)
    whole = plain(source)
    missing_commands = [p for p in tree if p and not documented(p, whole, fams.get(p.split()[0], ""))]
    if missing_commands:
        problems.append(f"{page}: commands not documented (no \"kefu COMMAND\"): " +
                        ", ".join(missing_commands))
    for path, opts in tree.items():
        if path == "":
            text, where = whole, "the global options"
        else:
            text, where = fams.get(path.split()[0], ""), f"kefu {path}"
        missing = [o for o in opts if not word_in(text, o)]
        if missing:
            where_text = "the page" if path == "" else f"the entries of kefu {path.split()[0]}"
            problems.append(f"{page}: {where}: options not in {where_text}: " + " ".join(missing))
    return problems


def groff_warnings(source_dir):
    problems = []
    for page in ALL_PAGES:
        path = os.path.join(source_dir, page)
        r = run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", path])
        if r.stderr.strip():
            problems.append(f"{page}: groff -ww:\n{r.stderr.rstrip()}")
        if shutil.which("man"):
            r = run(["man", "--warnings", "-l", path], )
            if r.stderr.strip():
                problems.append(f"{page}: man --warnings:\n{r.stderr.rstrip()}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    tree = command_tree(os.path.abspath(args.kefu))
    if len(tree) < 20 or "complaint open" not in tree:
        print(f"FAIL: the walk of --help found only {sorted(tree)}")
        return 1
    problems = []
    for page in PAGES:
        with open(os.path.join(args.source, page), encoding="utf-8") as f:
            problems += check_page(page, f.read(), tree)
    if shutil.which("groff"):
        problems += groff_warnings(args.source)
    else:
        problems.append("groff is not installed (Debian: apt-get install groff)")
    if problems:
        print("FAIL:\n" + "\n".join(problems))
        return 1
    options = sum(len(v) for v in tree.values())
    print(f"ok: {len(tree) - 1} commands and {options} long options in {', '.join(PAGES)}; "
          f"no groff warnings in {len(ALL_PAGES)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
