/* Crash points for tests/cli/test_crash_points.py, loaded with LD_PRELOAD.
 *
 * Every call that changes what is on disk, other than writing bytes into an open file, is a
 * crash point: fsync, fdatasync, rename, renameat, renameat2, link, linkat, unlink, unlinkat,
 * remove, rmdir, truncate, ftruncate (and their 64-bit names, which SQLite's large-file
 * offsets call), mkdir, mkdirat, symlink, symlinkat, and the same system calls made through
 * syscall(). Calls the C library makes internally (remove() calling unlink) count once. The points
 * are numbered from 1 in the order the process reaches them, across all its threads.
 *
 * Environment:
 *   KEFU_CRASH_COUNT=FILE   the number of points reached so far is written to FILE at each
 *                           point (so it is right even when the process is killed)
 *   KEFU_CRASH_LOG=FILE     one line a point: "N name what", what being the path or the file
 *                           a descriptor names (to tell which call a failing point was)
 *   KEFU_CRASH_AT=N         kill the process with SIGKILL at point N ...
 *   KEFU_CRASH_WHEN=before  ... just before the call is made, or
 *   KEFU_CRASH_WHEN=after   ... just after it returned (the default)
 *
 * Only the process that loaded the shim counts; a child started by it counts on its own.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

static long crash_at = -1;
static int crash_before = 0;
static int count_fd = -1;
static int log_fd = -1;
static long points = 0; /* updated with __atomic builtins: threads share it */

static long raw_syscall(long nr, long a, long b, long c, long d, long e, long f);

static void write_count(long n) {
  if (count_fd < 0) return;
  char buf[32];
  int len = snprintf(buf, sizeof buf, "%20ld\n", n);
  /* pwrite at offset 0 with a fixed width: a later, larger number always overwrites it all */
  if (pwrite(count_fd, buf, (size_t)len, 0) < 0) return;
}

static void log_point(long n, const char* name, const char* what, int fd) {
  if (log_fd < 0) return;
  char target[512];
  if (what == NULL && fd >= 0) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t got = readlink(link, target, sizeof target - 1);
    if (got < 0) got = 0;
    target[got] = '\0';
    what = target;
  }
  char line[700];
  int len = snprintf(line, sizeof line, "%ld %s %s\n", n, name, what ? what : "");
  if (len > (int)sizeof line - 1) len = (int)sizeof line - 1;
  if (write(log_fd, line, (size_t)len) < 0) return;
}

static void die_now(void) {
  raw_syscall(SYS_kill, (long)getpid(), SIGKILL, 0, 0, 0, 0);
}

/* Called at a point, before the call. Returns the point's number. */
static long enter(const char* name, const char* what, int fd) {
  long n = __atomic_add_fetch(&points, 1, __ATOMIC_SEQ_CST);
  write_count(n);
  log_point(n, name, what, fd);
  if (n == crash_at && crash_before) die_now();
  return n;
}

/* Called after the call returned. */
static void leave(long n) {
  if (n == crash_at && !crash_before) die_now();
}

__attribute__((constructor)) static void shim_init(void) {
  const char* at = getenv("KEFU_CRASH_AT");
  if (at && *at) crash_at = strtol(at, NULL, 10);
  const char* when = getenv("KEFU_CRASH_WHEN");
  crash_before = when && strcmp(when, "before") == 0;
  const char* count = getenv("KEFU_CRASH_COUNT");
  if (count && *count) {
    count_fd = open(count, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    write_count(0);
  }
  const char* log = getenv("KEFU_CRASH_LOG");
  if (log && *log) log_fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

#define REAL(ret, name, ...)                                     \
  static ret (*real_##name)(__VA_ARGS__) = NULL;                 \
  if (real_##name == NULL) {                                     \
    *(void**)(&real_##name) = dlsym(RTLD_NEXT, #name);           \
    if (real_##name == NULL) {                                   \
      fprintf(stderr, "kefu crash shim: %s not found\n", #name); \
      abort();                                                   \
    }                                                            \
  }

int fsync(int fd) {
  REAL(int, fsync, int);
  long n = enter("fsync", NULL, fd);
  int rc = real_fsync(fd);
  leave(n);
  return rc;
}

int fdatasync(int fd) {
  REAL(int, fdatasync, int);
  long n = enter("fdatasync", NULL, fd);
  int rc = real_fdatasync(fd);
  leave(n);
  return rc;
}

int rename(const char* from, const char* to) {
  REAL(int, rename, const char*, const char*);
  long n = enter("rename", to, -1);
  int rc = real_rename(from, to);
  leave(n);
  return rc;
}

int renameat(int fromdir, const char* from, int todir, const char* to) {
  REAL(int, renameat, int, const char*, int, const char*);
  long n = enter("renameat", to, -1);
  int rc = real_renameat(fromdir, from, todir, to);
  leave(n);
  return rc;
}

int renameat2(int fromdir, const char* from, int todir, const char* to, unsigned int flags) {
  REAL(int, renameat2, int, const char*, int, const char*, unsigned int);
  long n = enter("renameat2", to, -1);
  int rc = real_renameat2(fromdir, from, todir, to, flags);
  leave(n);
  return rc;
}

int link(const char* from, const char* to) {
  REAL(int, link, const char*, const char*);
  long n = enter("link", to, -1);
  int rc = real_link(from, to);
  leave(n);
  return rc;
}

int linkat(int fromdir, const char* from, int todir, const char* to, int flags) {
  REAL(int, linkat, int, const char*, int, const char*, int);
  long n = enter("linkat", to, -1);
  int rc = real_linkat(fromdir, from, todir, to, flags);
  leave(n);
  return rc;
}

int unlink(const char* path) {
  REAL(int, unlink, const char*);
  long n = enter("unlink", path, -1);
  int rc = real_unlink(path);
  leave(n);
  return rc;
}

int unlinkat(int dir, const char* path, int flags) {
  REAL(int, unlinkat, int, const char*, int);
  long n = enter("unlinkat", path, -1);
  int rc = real_unlinkat(dir, path, flags);
  leave(n);
  return rc;
}

int rmdir(const char* path) {
  REAL(int, rmdir, const char*);
  long n = enter("rmdir", path, -1);
  int rc = real_rmdir(path);
  leave(n);
  return rc;
}

int remove(const char* path) {
  REAL(int, remove, const char*);
  long n = enter("remove", path, -1);
  int rc = real_remove(path);
  leave(n);
  return rc;
}

int truncate(const char* path, off_t length) {
  REAL(int, truncate, const char*, off_t);
  long n = enter("truncate", path, -1);
  int rc = real_truncate(path, length);
  leave(n);
  return rc;
}

int truncate64(const char* path, off64_t length) {
  REAL(int, truncate64, const char*, off64_t);
  long n = enter("truncate64", path, -1);
  int rc = real_truncate64(path, length);
  leave(n);
  return rc;
}

int ftruncate(int fd, off_t length) {
  REAL(int, ftruncate, int, off_t);
  long n = enter("ftruncate", NULL, fd);
  int rc = real_ftruncate(fd, length);
  leave(n);
  return rc;
}

int ftruncate64(int fd, off64_t length) {
  REAL(int, ftruncate64, int, off64_t);
  long n = enter("ftruncate64", NULL, fd);
  int rc = real_ftruncate64(fd, length);
  leave(n);
  return rc;
}

int mkdir(const char* path, mode_t mode) {
  REAL(int, mkdir, const char*, mode_t);
  long n = enter("mkdir", path, -1);
  int rc = real_mkdir(path, mode);
  leave(n);
  return rc;
}

int mkdirat(int dir, const char* path, mode_t mode) {
  REAL(int, mkdirat, int, const char*, mode_t);
  long n = enter("mkdirat", path, -1);
  int rc = real_mkdirat(dir, path, mode);
  leave(n);
  return rc;
}

int symlink(const char* target, const char* path) {
  REAL(int, symlink, const char*, const char*);
  long n = enter("symlink", path, -1);
  int rc = real_symlink(target, path);
  leave(n);
  return rc;
}

int symlinkat(const char* target, int dir, const char* path) {
  REAL(int, symlinkat, const char*, int, const char*);
  long n = enter("symlinkat", path, -1);
  int rc = real_symlinkat(target, dir, path);
  leave(n);
  return rc;
}

static long raw_syscall(long nr, long a, long b, long c, long d, long e, long f) {
  REAL(long, syscall, long, ...);
  return real_syscall(nr, a, b, c, d, e, f);
}

/* The points above made as system calls, e.g. syscall(SYS_renameat2, ...) where the C
 * library has no wrapper: the call, and which argument is the path (or the descriptor) the
 * log names. */
static const struct {
  long nr;
  const char* name;
  int path_arg; /* index of the path argument, or -1 */
  int fd_arg;   /* index of the descriptor argument, or -1 */
} kSyscalls[] = {
    {SYS_fsync, "sys_fsync", -1, 0},         {SYS_fdatasync, "sys_fdatasync", -1, 0},
    {SYS_ftruncate, "sys_ftruncate", -1, 0}, {SYS_truncate, "sys_truncate", 0, -1},
    {SYS_rename, "sys_rename", 1, -1},       {SYS_renameat, "sys_renameat", 3, -1},
    {SYS_renameat2, "sys_renameat2", 3, -1}, {SYS_link, "sys_link", 1, -1},
    {SYS_linkat, "sys_linkat", 3, -1},       {SYS_unlink, "sys_unlink", 0, -1},
    {SYS_unlinkat, "sys_unlinkat", 1, -1},   {SYS_rmdir, "sys_rmdir", 0, -1},
    {SYS_mkdir, "sys_mkdir", 0, -1},         {SYS_mkdirat, "sys_mkdirat", 1, -1},
    {SYS_symlink, "sys_symlink", 1, -1},     {SYS_symlinkat, "sys_symlinkat", 2, -1},
};

/* The arguments are taken as six longs, as the C library's syscall() does. */
long syscall(long nr, ...) {
  va_list ap;
  va_start(ap, nr);
  long arg[6];
  for (int i = 0; i < 6; ++i) arg[i] = va_arg(ap, long);
  va_end(ap);
  for (size_t i = 0; i < sizeof kSyscalls / sizeof kSyscalls[0]; ++i) {
    if (kSyscalls[i].nr != nr) continue;
    const char* what = kSyscalls[i].path_arg >= 0 ? (const char*)arg[kSyscalls[i].path_arg] : NULL;
    int fd = kSyscalls[i].fd_arg >= 0 ? (int)arg[kSyscalls[i].fd_arg] : -1;
    long n = enter(kSyscalls[i].name, what, fd);
    long rc = raw_syscall(nr, arg[0], arg[1], arg[2], arg[3], arg[4], arg[5]);
    leave(n);
    return rc;
  }
  return raw_syscall(nr, arg[0], arg[1], arg[2], arg[3], arg[4], arg[5]);
}
