#!/usr/bin/env python3
"""Two Unix accounts sharing one data directory through a group (needs root).

Creates a group and two users (kefutest-<n>, kefutest-a-<n>, kefutest-b-<n>, where n is this
process's id; the users have their own primary groups and the shared one as a supplementary
group) and removes them at the end, also after a failure or SIGTERM (and those of an earlier
run killed outright, whose process n is gone, at the start). kefu runs as each user
with setpriv --reuid --regid --init-groups.

The interface asserted: `kefu init DIR --site NAME --group GROUP` makes DIR shared: folders
setgid and group-writable (2770), files group-readable and -writable (660) and of GROUP, the
lock usable by every member; without --group, 0700 folders and 0600 files, and init into an
existing 0755 folder tightens it to 0700.

Cases:
1. A inits with --group: modes and group of everything in DIR (when init refuses --group,
   the folder is shared by hand, as root, so that the other cases still say something);
2. A opens three complaints: the new folders and files are the group's, setgid, 660;
3. B lists them, opens one and adds a note to one of A's; A sees B's;
4. A and B each open 20 complaints at the same time: 40 distinct numbers, none lost,
   `kefu check` clean;
5. complaints/2026/11 made unreadable (chmod 000 by A, its owner): B's `complaint list` and
   `kefu check` exit 3 naming the folder (not "0 records"); after the mode is put back, B's
   next list shows every complaint, without check or reindex;
6. without --group: folders 0700 and files 0600, B cannot read A's records, and kefu run by
   B on that directory exits 3;
7. init into an existing 0755 folder leaves it 0700;
8. a record made readable by others (chmod o+r): `kefu check` says so (the word 可读 or the
   file's name).

Skipped (exit 77) when not root or when useradd/groupadd/setpriv are missing.

By hand (as root):
    python3 tests/cli/test_shared_group.py --kefu build/kefu --source .
"""
import argparse
import grp
import json
import os
import pwd
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

SKIP = 77
NOW = "2026-11-26T09:30"
EACH = 20


class Failed(Exception):
    pass


class Accounts:
    def __init__(self):
        n = os.getpid()
        self.group = "kefutest-%d" % n
        self.a, self.b = "kefutest-a-%d" % n, "kefutest-b-%d" % n
        self.made = []

    @staticmethod
    def remove_stale():
        """Removes the users and groups a run killed before its cleanup left behind: those
        named for a process that no longer exists."""
        pattern = re.compile(r"^kefutest-(?:[ab]-)?(\d+)$")
        stale = lambda name: (pattern.match(name) and
                              not os.path.exists("/proc/%s" % pattern.match(name).group(1)))
        for user in [u.pw_name for u in pwd.getpwall() if stale(u.pw_name)]:
            print("removing user %s, left by an earlier run" % user)
            subprocess.run(["userdel", user], stderr=subprocess.DEVNULL)
        for group in [g.gr_name for g in grp.getgrall() if stale(g.gr_name)]:
            subprocess.run(["groupdel", group], stderr=subprocess.DEVNULL)

    def create(self):
        subprocess.run(["groupadd", self.group], check=True)
        self.made.append(("group", self.group))
        for user in (self.a, self.b):
            subprocess.run(["useradd", "--no-create-home", "--user-group", "--groups", self.group,
                            "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", user],
                           check=True)
            self.made.append(("user", user))

    def remove(self):
        for kind, name in reversed(self.made):
            if kind == "user":
                subprocess.run(["userdel", name], stderr=subprocess.DEVNULL)
                # userdel leaves the user's own group when another user is in it; it never is
                subprocess.run(["groupdel", name], stderr=subprocess.DEVNULL)
            else:
                subprocess.run(["groupdel", name], stderr=subprocess.DEVNULL)
        self.made = []


class Kefu:
    def __init__(self, kefu, work):
        self.kefu, self.work = kefu, work
        env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
        env.update(LC_ALL="C.UTF-8", TZ="UTC", HOME=work, KEFU_NOW=NOW, KEFU_LOCK_TIMEOUT="30")
        self.env = env

    def as_user(self, user, argv, staff=None, data=None):
        env = dict(self.env)
        if staff:
            env["KEFU_USER"] = staff
        if data:
            env["KEFU_DATA"] = data
        cmd = ["setpriv", "--reuid", user, "--regid", user, "--init-groups", *argv]
        p = subprocess.run(cmd, env=env, cwd=self.work, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120)
        return p.returncode, p.stdout.decode("utf-8", errors="replace"), \
            p.stderr.decode("utf-8", errors="replace")

    def run(self, user, args, staff="zhangmin", data=None):
        return self.as_user(user, [self.kefu, *args], staff=staff, data=data)


def modes_problems(top, group, dir_mode, file_mode, base=None):
    """Entries under top whose mode (or group, when group is given) is not as wanted, named
    relative to base (default top)."""
    bad = []
    base = base or top
    gid = grp.getgrnam(group).gr_gid if group else None
    for root, dirs, files in os.walk(top):
        for n, want in [(d, dir_mode) for d in dirs] + [(f, file_mode) for f in files] + \
                ([(None, dir_mode)] if root == top else []):
            path = os.path.join(root, n) if n else root
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                continue
            mode = stat.S_IMODE(st.st_mode)
            rel = os.path.relpath(path, base)
            if mode != want:
                bad.append("%s is %04o, not %04o" % (rel, mode, want))
            if gid is not None and st.st_gid != gid:
                bad.append("%s is of group %s, not %s" % (rel, grp.getgrgid(st.st_gid).gr_name, group))
    return sorted(bad)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kefu", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    if os.geteuid() != 0:
        print("SKIP: this test creates a group and two users, and needs root (CI runs as root)")
        return SKIP
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "setpriv"):
        if shutil.which(tool) is None:
            print("SKIP: %s is not installed" % tool)
            return SKIP

    started = time.monotonic()
    Accounts.remove_stale()
    accounts = Accounts()
    work = tempfile.mkdtemp(prefix="kefu-shared-")

    def on_signal(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    results = []
    try:
        accounts.create()
        os.chmod(work, 0o755)
        # The binary where both users can run it.
        bin_dir = os.path.join(work, "bin")
        os.mkdir(bin_dir, 0o755)
        kefu = os.path.join(bin_dir, "kefu")
        shutil.copy2(args.kefu, kefu)
        os.chmod(kefu, 0o755)
        # A folder both can create in: root's, group-writable.
        shared = os.path.join(work, "shared")
        os.mkdir(shared)
        os.chown(shared, 0, grp.getgrnam(accounts.group).gr_gid)
        os.chmod(shared, 0o2775)
        # A folder anyone may create in (as /tmp), for the directories made without --group.
        plain = os.path.join(work, "plain")
        os.mkdir(plain)
        os.chmod(plain, 0o1777)
        k = Kefu(kefu, work)
        results = run_cases(k, accounts, shared, plain)
    finally:
        accounts.remove()
        shutil.rmtree(work, ignore_errors=True)
        left = [n for n in (accounts.a, accounts.b) if user_exists(n)]
        if left:
            print("WARNING: could not remove users", left)

    for name, problems in results:
        print("%s %s" % ("ok  " if not problems else "FAIL", name))
        for p in problems:
            print("       " + p)
    failed = sum(1 for _, p in results if p)
    print("%d passed, %d failed (%.0f s)" % (len(results) - failed, failed, time.monotonic() - started))
    return 1 if failed else 0


def user_exists(name):
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def run_cases(k, acc, shared, plain):
    A, B, G = acc.a, acc.b, acc.group
    results = []
    d = os.path.join(shared, "site")
    month = os.path.join(d, "complaints", "2026", "11")

    def case(name, fn):
        """Runs fn(problems): what it appends, and what stopped it, are the case's failures."""
        problems = []
        try:
            fn(problems)
        except Failed as e:
            problems.append(str(e))
        except (subprocess.SubprocessError, OSError, ValueError) as e:
            problems.append("%s: %s" % (type(e).__name__, e))
        results.append((name, problems))
        return not problems

    def expect(rc_out_err, want, what):
        rc, out, err = rc_out_err
        if rc not in (want if isinstance(want, tuple) else (want,)):
            raise Failed("%s: exit %d, not %s — %s" % (what, rc, want, (err or out).strip()[:400]))
        return out

    def open_complaint(user, staff, desc, data=d):
        return expect(k.run(user, ["complaint", "open", "--unit", "1-1-101", "--category", "其他",
                                   "--desc", desc], staff=staff, data=data), 0,
                      "%s: complaint open" % user).strip()

    def listed(user, staff="zhangmin", data=d):
        out = expect(k.run(user, ["--format", "json", "complaint", "list"], staff=staff, data=data),
                     0, "%s: complaint list" % user)
        return [c["id"] for c in json.loads(out)]

    # 1. init --group
    shared_by_hand = []

    def init_group(problems):
        rc, out, err = k.run(A, ["init", d, "--site", "共享花园", "--group", G])
        if rc != 0:
            # Share it by hand, so that the other cases test what they can.
            shutil.rmtree(d, ignore_errors=True)
            expect(k.run(A, ["init", d, "--site", "共享花园"]), 0, "A: kefu init without --group")
            subprocess.run(["chgrp", "-R", G, d], check=True)
            subprocess.run(["chmod", "-R", "g+rwX", d], check=True)
            subprocess.run(["find", d, "-type", "d", "-exec", "chmod", "g+s", "{}", "+"], check=True)
            shared_by_hand.append(True)
            problems.append("kefu init %s --group %s: exit %d — %s (shared by hand as root for "
                            "the cases below)" % (os.path.basename(d), G, rc,
                                                  (err or out).strip()[:300]))
            return
        problems += modes_problems(d, G, 0o2770, 0o660)

    case("1. A: kefu init --group makes folders 2770 and files 660 of the group", init_group)

    ids_a = []

    def a_opens(problems):
        for i in range(3):
            ids_a.append(open_complaint(A, "zhangmin", "A 的投诉 %d" % i))
        problems += ["after A's writes: " + p for p in
                     modes_problems(os.path.join(d, "complaints"), G, 0o2770, 0o660, d)]

    case("2. A opens 3 complaints: new folders 2770 and files 660 of the group", a_opens)

    def b_works(problems):
        got = listed(B, "wangqiang")
        if sorted(got) != sorted(ids_a):
            problems.append("B lists %s, not A's %s" % (got, ids_a))
        b_id = open_complaint(B, "wangqiang", "B 的投诉")
        expect(k.run(B, ["complaint", "note", ids_a[0], "--reply", "B 已答复"], staff="wangqiang",
                     data=d), 0, "B: complaint note on A's complaint")
        seen = listed(A)
        if b_id not in seen:
            problems.append("A does not see B's %s: %s" % (b_id, seen))
        out = expect(k.run(A, ["--format", "json", "complaint", "show", ids_a[0]], data=d), 0,
                     "A: complaint show")
        if "B 已答复" not in out:
            problems.append("A does not see B's note on %s" % ids_a[0])
        problems += ["after B's writes: " + p for p in
                     modes_problems(os.path.join(d, "complaints"), G, 0o2770, 0o660, d)]

    case("3. B lists A's complaints, opens one, notes on A's; A sees B's", b_works)

    def parallel(problems):
        script = ('for i in $(seq %d); do "$0" complaint open --unit 1-1-102 --category 其他 '
                  '--desc "$1-$i" 2>&1 >>"$2" | sed "s/^/ERR /" || true; done') % EACH
        outs = {}
        procs = []
        for user, staff in ((A, "zhangmin"), (B, "wangqiang")):
            outs[user] = os.path.join(k.work, "ids-" + user)
            with open(outs[user], "w"):
                pass
            os.chmod(outs[user], 0o666)
            env = dict(k.env, KEFU_USER=staff, KEFU_DATA=d)
            procs.append(subprocess.Popen(
                ["setpriv", "--reuid", user, "--regid", user, "--init-groups", "bash", "-c",
                 script, k.kefu, user, outs[user]], env=env, cwd=k.work,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        errors = []
        for p in procs:
            out, _ = p.communicate(timeout=600)
            errors += [l for l in out.splitlines() if l.startswith("ERR") and "TS-" not in l]
        ids = []
        for user in (A, B):
            with open(outs[user]) as f:
                ids += f.read().split()
        if errors:
            problems.append("%d opens failed, e.g. %s" % (len(errors), errors[0][:300]))
        if len(ids) != 2 * EACH or len(set(ids)) != len(ids):
            problems.append("%d numbers printed for %d opens, %d distinct" % (len(ids), 2 * EACH,
                                                                            len(set(ids))))
        files = sorted(f for f in os.listdir(month) if f.endswith(".yaml"))
        missing = [i for i in ids if i + ".yaml" not in files]
        if missing:
            problems.append("no file for %s" % missing[:5])
        rc, out, err = k.run(A, ["check"], data=d)
        if rc != 0:
            problems.append("kefu check: exit %d — %s" % (rc, (err or out).strip()[:300]))

    case("4. A and B open %d complaints each at the same time: distinct numbers, none lost" % EACH,
         parallel)

    def unreadable(problems):
        # Every complaint here is open, so `complaint list` shows each file of the folder.
        on_disk = sorted(f[:-5] for f in os.listdir(month) if f.endswith(".yaml"))
        before = listed(B, "wangqiang")
        if sorted(before) != on_disk:
            problems.append("before: B lists %d complaints of the %d in %s" % (
                len(before), len(on_disk), os.path.relpath(month, d)))
        mode = stat.S_IMODE(os.stat(month).st_mode)
        owner = pwd.getpwuid(os.stat(month).st_uid).pw_name
        rc, _, err = k.as_user(owner, ["chmod", "000", month])
        if rc != 0:
            raise Failed("chmod 000 as %s: %s" % (owner, err))
        try:
            for what, argv in (("complaint list", ["complaint", "list"]), ("check", ["check"])):
                rc, out, err = k.run(B, argv, staff="wangqiang", data=d)
                text = out + err
                if rc != 3:
                    problems.append("B: %s with complaints/2026/11 unreadable exits %d, not 3 — %s"
                                    % (what, rc, " | ".join(text.strip().splitlines()[-3:])[:300]))
                elif "complaints/2026/11" not in text:
                    problems.append("B: %s exits 3 without naming complaints/2026/11 — %s"
                                    % (what, text.strip()[:300]))
        finally:
            k.as_user(owner, ["chmod", "%o" % mode, month])
        after = listed(B, "wangqiang")
        if sorted(after) != on_disk:
            problems.append("after the mode is put back, B lists %d complaints, not %d" % (
                len(after), len(on_disk)))

    case("5. a folder B cannot read: list and check exit 3 naming it; fixed, all listed again",
         unreadable)

    d2 = os.path.join(plain, "private")

    def private(problems):
        expect(k.run(A, ["init", d2, "--site", "私有花园"]), 0, "A: kefu init without --group")
        one = open_complaint(A, "zhangmin", "私有", data=d2)
        problems += modes_problems(d2, None, 0o700, 0o600)
        path = os.path.join(d2, "complaints", "2026", "11", one + ".yaml")
        rc, _, _ = k.as_user(B, ["test", "-r", path])
        if rc == 0:
            problems.append("B can read A's %s" % os.path.relpath(path, d2))
        rc, out, err = k.run(B, ["complaint", "list"], staff="wangqiang", data=d2)
        if rc != 3:
            problems.append("B: complaint list on A's private directory exits %d, not 3 — %s" % (
                rc, (err or out).strip()[:200]))

    case("6. without --group: 0700 folders, 0600 files, B cannot read A's records", private)

    def tighten(problems):
        d3 = os.path.join(plain, "existing")
        rc, _, err = k.as_user(A, ["mkdir", "-m", "0755", d3])
        if rc != 0:
            raise Failed("mkdir as A: " + err)
        expect(k.run(A, ["init", d3, "--site", "已有目录"]), 0, "A: kefu init into an existing folder")
        mode = stat.S_IMODE(os.stat(d3).st_mode)
        if mode != 0o700:
            problems.append("init left the existing folder %04o, not 0700" % mode)

    case("7. init into an existing 0755 folder makes it 0700", tighten)

    def world_readable(problems):
        folder = os.path.join(d2, "complaints", "2026", "11")
        name = sorted(os.listdir(folder))[0]
        rel = "complaints/2026/11/" + name
        rc, _, err = k.as_user(A, ["chmod", "o+r", os.path.join(folder, name)])
        if rc != 0:
            raise Failed("chmod o+r: " + err)
        rc, out, err = k.run(A, ["check"], data=d2)
        text = out + err
        if "可读" not in text and rel not in text and name not in text:
            problems.append("kefu check (exit %d) says nothing of %s readable by others — %s" % (
                rc, rel, text.strip()[:300]))

    case("8. a record made readable by others: kefu check says so", world_readable)
    return results


if __name__ == "__main__":
    sys.exit(main())
