#!/usr/bin/env python3
"""`kefu completion bash|zsh`.

The bash script is sourced in bash and asked as bash asks it (COMP_WORDS, COMP_CWORD, then
_kefu): `kefu <TAB>` lists every top-level command of `kefu --help`, `kefu compl<TAB>` gives
complaint and completion, a family's subcommands follow global options and their values, a
command's options include its own and the global ones, an option's value is not taken for a
command, `kefu completion <TAB>` offers bash and zsh. The zsh script must pass `zsh -n` (when
zsh is installed) and name every top-level command. An unknown shell is refused with exit 2.

Usage: test_completion.py --kefu build/kefu --source .
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


class Failed(Exception):
    pass


def run(cmd, **kw):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, **kw)


def top_level(kefu):
    out = run([kefu, "--help"]).stdout
    names, on = [], False
    for line in out.splitlines():
        if re.match(r"^子命令[:：]", line):
            on = True
        elif not line.strip():
            on = False
        elif on and line.startswith("  "):
            names.append(line.split()[0])
    return names


def complete(script, words):
    """What _kefu offers for the command line `words` (the last one being completed)."""
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    prog = (f"source '{script}'\nCOMP_WORDS=({quoted})\nCOMP_CWORD={len(words) - 1}\n"
            "COMPREPLY=()\n_kefu\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    r = run(["bash", "--norc", "--noprofile", "-c", prog])
    if r.returncode != 0:
        raise Failed(f"bash failed on {words}: {r.stderr}")
    return [w for w in r.stdout.split("\n") if w]


def expect(script, words, want, exact=False):
    got = complete(script, words)
    if exact and sorted(got) != sorted(want):
        raise Failed(f"{' '.join(words)}<TAB>: {got}, expected exactly {want}")
    missing = [w for w in want if w not in got]
    if missing:
        raise Failed(f"{' '.join(words)}<TAB>: {got} lacks {missing}")
    return got


# zsh's completion functions replaced by ones that print what they are given, so that _kefu can
# be asked outside an interactive shell (zsh itself then keeps what matches the word typed).
ZSH_STUBS = r"""
compdef() { : }
_describe() { local -a arr; arr=( "${(@P)4}" ); print -l -- "${arr[@]%%:*}" }
compadd() { if [[ $1 == -a ]]; then print -l -- "${(@P)2}"; else shift; print -l -- "$@"; fi }
_files() { print FILES }
"""


def check_zsh(script):
    cases = [
        (["kefu", "compl"], ["complaint", "completion", "init", "lost"]),
        (["kefu", "--data", "/tmp/d", "complaint", ""], ["open", "list", "reopen"]),
        (["kefu", "complaint", "open", "--desc", "key", "--c"], ["--category", "--channel", "--by"]),
        (["kefu", "completion", ""], ["bash", "zsh"]),
        (["kefu", "--data", ""], ["FILES"]),
    ]
    for words, want in cases:
        arr = " ".join("'" + w + "'" for w in words)
        prog = f"{ZSH_STUBS}\nsource '{script}'\nwords=({arr}); CURRENT={len(words)}; _kefu\n"
        r = run(["zsh", "-f", "-c", prog])
        got = r.stdout.split()
        missing = [w for w in want if w not in got]
        if r.returncode != 0 or missing:
            raise Failed(f"zsh: {' '.join(words)}<TAB>: {got} lacks {missing} {r.stderr}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    kefu = os.path.abspath(args.kefu)
    try:
        commands = top_level(kefu)
        if len(commands) < 20 or "completion" not in commands:
            raise Failed(f"kefu --help lists {commands}")
        with tempfile.TemporaryDirectory() as work:
            script = os.path.join(work, "kefu.bash")
            r = run([kefu, "completion", "bash"])
            if r.returncode != 0 or not r.stdout.startswith("# bash completion"):
                raise Failed(f"kefu completion bash: {r.returncode} {r.stderr}")
            with open(script, "w", encoding="utf-8") as f:
                f.write(r.stdout)
            expect(script, ["kefu", ""], commands, exact=True)
            expect(script, ["kefu", "compl"], ["complaint", "completion"], exact=True)
            expect(script, ["kefu", "complaint", "o"], ["open"], exact=True)
            expect(script, ["kefu", "--data", "/tmp/d", "--by", "zhangmin", "complaint", ""],
                   ["open", "list", "show", "assign", "note", "close", "reopen"])
            got = expect(script, ["kefu", "complaint", "open", "--"],
                         ["--category", "--desc", "--unit", "--data", "--now", "--by", "--help"])
            if "--version" in got:
                raise Failed("--version is offered below kefu itself")
            # A command's own options and the global ones (--color) that apply below it.
            expect(script, ["kefu", "complaint", "open", "--c"],
                   ["--channel", "--category", "--color"], exact=True)
            # The value of --desc is not a command: "key" here stays text.
            expect(script, ["kefu", "complaint", "open", "--desc", "key", "--un"], ["--unit"],
                   exact=True)
            expect(script, ["kefu", "completion", ""], ["bash", "zsh"], exact=True)
            expect(script, ["kefu", "renovation", "pass-r"], ["pass-return"], exact=True)

            r = run([kefu, "completion", "zsh"])
            if r.returncode != 0 or not r.stdout.startswith("#compdef kefu"):
                raise Failed(f"kefu completion zsh: {r.returncode} {r.stderr}")
            for c in commands:
                if f"'{c}:" not in r.stdout:
                    raise Failed(f"the zsh script does not name {c}")
            zsh_note = "zsh not installed: zsh -n not run"
            if shutil.which("zsh"):
                zscript = os.path.join(work, "_kefu")
                with open(zscript, "w", encoding="utf-8") as f:
                    f.write(r.stdout)
                z = run(["zsh", "-n", zscript])
                if z.returncode != 0 or z.stderr:
                    raise Failed(f"zsh -n: {z.stderr}")
                check_zsh(zscript)
                zsh_note = "zsh -n passes and _kefu offers what bash does"
        r = run([kefu, "completion", "fish"])
        if r.returncode != 2 or r.stdout or "bash 或 zsh" not in r.stderr:
            raise Failed(f"kefu completion fish: exit {r.returncode}, {r.stderr!r}")
    except Failed as e:
        print(f"FAIL: {e}")
        return 1
    print(f"ok: bash completes the {len(commands)} commands, subcommands, options and values; "
          f"{zsh_note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
