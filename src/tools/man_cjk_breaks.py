#!/usr/bin/env python3
"""Marks where a line of Chinese may break in a man page: groff 1.22 breaks lines at spaces
only, so a paragraph of Chinese would run past the right margin ("can't break line"). This
puts the zero-width break point \\: after each Chinese punctuation mark and, in a longer run of
Chinese characters, every few characters (never before a closing mark). Text lines only;
requests and comments are left alone. Run it again after editing: it first removes the break
points it put.

Usage: python3 src/tools/man_cjk_breaks.py man/zh_CN/kefu.1 man/zh_CN/kefu-data.5
"""

import sys

RUN = 8  # at most this many Chinese characters between two break points
CLOSING = set("，。、；：！？）」』】》”’…")
PUNCT = CLOSING | set("（「『【《“‘")


def wide(c):
    return ord(c) >= 0x2E80


def mark(line):
    out = []
    run = 0
    for i, c in enumerate(line):
        nxt = line[i + 1] if i + 1 < len(line) else ""
        if wide(c) and out and wide(out[-1][-1]) and run >= RUN and c not in CLOSING:
            out.append("\\:")
            run = 0
        out.append(c)
        run = run + 1 if wide(c) else 0
        if c in CLOSING and nxt and nxt not in CLOSING and nxt != " ":
            out.append("\\:")
            run = 0
    return "".join(out)


def main():
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        done = []
        for line in lines:
            if line.startswith(".") or line.startswith("'"):
                done.append(line)
            else:
                done.append(mark(line.replace("\\:", "")))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(done))


if __name__ == "__main__":
    main()
