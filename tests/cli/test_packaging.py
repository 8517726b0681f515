#!/usr/bin/env python3
"""What is installed, and the .deb.

1. `cmake --install BUILD --prefix TMP`: the binary (stripped: no .debug_info), both sets of man
   pages gzipped as Debian has them, without name or time, each the source's page when unpacked
   (share/man/man1, man5 and share/man/zh_CN/man1, man5), the bash and zsh completions
   (the same as `kefu completion bash|zsh` prints) and every template.
2. The installed kefu renders a form from the installed template; a data directory's
   templates/ overrides it; without either, the built-in copy is used.
3. `cpack -G DEB` on the build folder: `dpkg-deb -c` lists the same files under /usr, and its
   control file declares Depends (from dpkg-shlibdeps), Recommends libxlsxwriter (opened with
   dlopen), Maintainer, Section and a Description.

The build folder is the one holding --kefu. Exit 77 (skipped) when it is not a CMake build
folder.

Usage: test_packaging.py --kefu build/kefu --source .
"""

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
NOW = "2026-12-01T09:00"


class Failed(Exception):
    pass


def run(cmd, check=True, **kw):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.update(kw.pop("env", {}))
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, **kw)
    if check and r.returncode != 0:
        raise Failed(f"{' '.join(map(str, cmd))} exited {r.returncode}:\n{r.stdout}{r.stderr}")
    return r


def expected_files(source):
    templates = sorted(os.listdir(os.path.join(source, "templates")))
    return ["bin/kefu", "share/man/man1/kefu.1.gz", "share/man/man5/kefu-data.5.gz",
            "share/man/zh_CN/man1/kefu.1.gz", "share/man/zh_CN/man5/kefu-data.5.gz",
            "share/bash-completion/completions/kefu", "share/zsh/vendor-completions/_kefu"] + \
        [f"share/kefu/templates/{t}" for t in templates] + \
        ["share/kefu/hooks/mail.sample", "share/kefu/hooks/wechat-work.sample"]


def check_stripped(binary):
    r = run(["readelf", "-S", "-W", binary])
    if ".debug_info" in r.stdout or ".symtab" in r.stdout:
        raise Failed(f"{binary} is not stripped: readelf -S lists .debug_info or .symtab")


def check_install(build, source, kefu, prefix):
    run(["cmake", "--install", build, "--prefix", prefix])
    for rel in expected_files(source):
        if not os.path.isfile(os.path.join(prefix, rel)):
            raise Failed(f"cmake --install did not install {rel}")
    check_stripped(os.path.join(prefix, "bin/kefu"))
    for shell, rel in (("bash", "share/bash-completion/completions/kefu"),
                       ("zsh", "share/zsh/vendor-completions/_kefu")):
        with open(os.path.join(prefix, rel), encoding="utf-8") as f:
            if f.read() != run([kefu, "completion", shell]).stdout:
                raise Failed(f"the installed {rel} is not what `kefu completion {shell}` prints")
    for rel in ("share/man/man1/kefu.1.gz", "share/man/man5/kefu-data.5.gz",
                "share/man/zh_CN/man1/kefu.1.gz", "share/man/zh_CN/man5/kefu-data.5.gz"):
        page = re.sub(r"man[15]/", "", rel.split("share/man/", 1)[1])[:-len(".gz")]
        with open(os.path.join(prefix, rel), "rb") as f, \
                open(os.path.join(source, "man", page), "rb") as g:
            packed = f.read()
            # gzip -9n: no file name or time in the header (bytes 4-7 are the time, 0 here).
            if packed[:2] != b"\x1f\x8b" or packed[4:8] != b"\0\0\0\0" or packed[3] & 0x08:
                raise Failed(f"{rel} is not compressed with gzip -n (name or time stored)")
            if gzip.decompress(packed) != g.read():
                raise Failed(f"{rel} differs from the source's man page man/{page}")


def check_templates(source, prefix, work):
    """The order of templates: data directory, installed, built-in."""
    kefu = os.path.join(prefix, "bin/kefu")
    data = os.path.join(work, "d")
    shutil.copytree(os.path.join(source, "tests/cli/fixtures/estate"), data)
    env = {"KEFU_DATA": data, "KEFU_USER": "zhangmin", "KEFU_NOW": NOW}
    cid = run([kefu, "complaint", "open", "--unit", "1-1-101", "--category", "噪音扰民",
               "--desc", "楼上每晚十点后装修噪音"], env=env).stdout.strip()
    built_in = run([kefu, "render", "complaint", cid], env=env).stdout
    if cid not in built_in or "投诉" not in built_in:
        raise Failed(f"render with the installed template as shipped:\n{built_in}")
    installed = os.path.join(prefix, "share/kefu/templates/complaint_record.txt")
    with open(installed, "w", encoding="utf-8") as f:
        f.write("installed {{id}}\n")
    out = run([kefu, "render", "complaint", cid], env=env).stdout
    if out != f"installed {cid}\n":
        raise Failed(f"the installed template is not used: {out!r}")
    os.makedirs(os.path.join(data, "templates"))
    with open(os.path.join(data, "templates/complaint_record.txt"), "w", encoding="utf-8") as f:
        f.write("site {{id}}\n")
    out = run([kefu, "render", "complaint", cid], env=env).stdout
    if out != f"site {cid}\n":
        raise Failed(f"the data directory's template does not override the installed one: {out!r}")
    os.remove(os.path.join(data, "templates/complaint_record.txt"))
    os.remove(installed)
    out = run([kefu, "render", "complaint", cid], env=env).stdout
    if out != built_in:
        raise Failed(f"without an installed template the built-in one is not used:\n{out}")


def check_deb(build, source, work):
    if not shutil.which("cpack") or not shutil.which("dpkg-deb"):
        raise Failed("cpack and dpkg-deb are needed (Debian: cmake, dpkg-dev)")
    out = os.path.join(work, "deb")
    run(["cpack", "-G", "DEB", "--config", os.path.join(build, "CPackConfig.cmake"), "-B", out],
        cwd=build)
    debs = [f for f in os.listdir(out) if f.endswith(".deb")]
    if len(debs) != 1:
        raise Failed(f"cpack made {debs} in {out}")
    deb = os.path.join(out, debs[0])
    listing = run(["dpkg-deb", "-c", deb]).stdout
    paths = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    for rel in expected_files(source):
        if "/usr/" + rel not in paths:
            raise Failed(f"the .deb lacks /usr/{rel}:\n{listing}")
    fields = {}
    for key in ("Package", "Depends", "Recommends", "Maintainer", "Section", "Description"):
        fields[key] = run(["dpkg-deb", "-f", deb, key]).stdout.strip()
        if not fields[key]:
            raise Failed(f"the .deb declares no {key}")
    if "libc6" not in fields["Depends"]:
        raise Failed(f"Depends lacks libc6: {fields['Depends']}")
    if "libxlsxwriter" not in fields["Recommends"]:
        raise Failed(f"Recommends lacks libxlsxwriter: {fields['Recommends']}")
    root = os.path.join(work, "root")
    run(["dpkg-deb", "-x", deb, root])
    check_stripped(os.path.join(root, "usr/bin/kefu"))
    return debs[0], fields


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    kefu = os.path.abspath(args.kefu)
    source = os.path.abspath(args.source)
    build = os.path.dirname(kefu)
    if not os.path.isfile(os.path.join(build, "CMakeCache.txt")):
        print(f"skipped: {build} is not a CMake build folder")
        return SKIP
    if not os.path.isfile(os.path.join(build, "completions/kefu")):
        print(f"skipped: {build} has no completions/ (built with a target other than all)")
        return SKIP
    with tempfile.TemporaryDirectory() as work:
        try:
            prefix = os.path.join(work, "prefix")
            check_install(build, source, kefu, prefix)
            check_templates(source, prefix, work)
            deb, fields = check_deb(build, source, work)
        except Failed as e:
            print(f"FAIL: {e}")
            return 1
    print(f"ok: installed and {deb} hold the stripped kefu, both man page sets, the completions "
          f"and the templates; Depends: {fields['Depends']}; Recommends: {fields['Recommends']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
