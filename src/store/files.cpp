/// StoreFiles: every read and write of a data directory, beneath its open folder.
#include "store/files.hpp"
#include "store/derived.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace kefu {
namespace fs = std::filesystem;

Fd& Fd::operator=(Fd&& o) noexcept {
  if (this != &o) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = o.release();
  }
  return *this;
}

Fd::~Fd() {
  if (fd_ >= 0) ::close(fd_);
}

std::string errno_zh(int error) {
  switch (error) {
    case EACCES:
    case EPERM:
      return "没有权限";
    case ENOENT:
      return "不存在";
    case ELOOP:
      return "路径上有符号链接（kefu 不跟随数据目录中的符号链接）";
    case ENOTDIR:
      return "路径中有一项不是文件夹";
    case EISDIR:
      return "是文件夹";
    case ENOSPC:
      return "磁盘已满";
    case EDQUOT:
      return "超出磁盘配额";
    case EROFS:
      return "文件系统只读";
    case EIO:
      return "输入输出错误（磁盘可能有故障）";
    case EXDEV:
      return "路径指向数据目录之外";
    case ENAMETOOLONG:
      return "路径过长";
    case EMFILE:
    case ENFILE:
      return "打开的文件过多";
    default:
      return std::strerror(error);
  }
}

namespace {

[[noreturn]] void fail(std::string_view rel, const std::string& what, int error) {
  throw StoreError(std::string(rel), 0, 0, what + "：" + errno_zh(error));
}

std::string_view folder_of(std::string_view rel) {
  auto slash = rel.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : rel.substr(0, slash);
}

std::string_view base_of(std::string_view rel) {
  auto slash = rel.rfind('/');
  return slash == std::string_view::npos ? rel : rel.substr(slash + 1);
}

std::string type_zh(mode_t mode) {
  if (S_ISDIR(mode)) return "文件夹";
  if (S_ISLNK(mode)) return "符号链接";
  if (S_ISFIFO(mode)) return "命名管道";
  if (S_ISSOCK(mode)) return "套接字";
  if (S_ISCHR(mode)) return "字符设备";
  if (S_ISBLK(mode)) return "块设备";
  return "特殊文件";
}

/// openat2 is in every kernel since 5.6; without it (or where a sandbox forbids it) the path
/// is walked a name at a time, each opened without following links.
std::atomic<bool> no_openat2{false};

int walk_beneath(int dirfd, std::string_view rel, int flags, mode_t mode) {
  int cur = dirfd;
  bool own = false;
  size_t start = 0;
  for (;;) {
    auto slash = rel.find('/', start);
    std::string name(rel.substr(start, slash == std::string_view::npos ? rel.npos : slash - start));
    if (slash == std::string_view::npos) {
      int fd = ::openat(cur, name.c_str(), flags | O_NOFOLLOW, mode);
      int saved = errno;
      if (own) ::close(cur);
      errno = saved;
      return fd;
    }
    int next = ::openat(cur, name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int saved = errno;
    if (own) ::close(cur);
    if (next < 0) {
      errno = saved == ENOTDIR ? ENOTDIR : saved;
      return -1;
    }
    cur = next;
    own = true;
    start = slash + 1;
  }
}

}  // namespace

bool is_beneath(std::string_view rel) {
  if (rel.empty() || rel.front() == '/' || rel.find('\0') != std::string_view::npos) return false;
  size_t start = 0;
  for (;;) {
    auto slash = rel.find('/', start);
    auto name = rel.substr(start, slash == std::string_view::npos ? rel.npos : slash - start);
    if (name.empty() || name == "." || name == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

int open_beneath(int dirfd, std::string_view rel, int flags, mode_t mode) {
  if (!is_beneath(rel)) {
    errno = EXDEV;
    return -1;
  }
  if (!no_openat2.load(std::memory_order_relaxed)) {
    struct open_how how {};
    how.flags = static_cast<uint64_t>(flags | O_CLOEXEC);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    std::string path(rel);
    long fd = ::syscall(SYS_openat2, dirfd, path.c_str(), &how, sizeof how);
    if (fd >= 0 || (errno != ENOSYS && errno != EPERM)) return static_cast<int>(fd);
    if (errno == ENOSYS) no_openat2.store(true, std::memory_order_relaxed);
    // EPERM: a seccomp filter may refuse openat2 itself; walk instead.
  }
  return walk_beneath(dirfd, rel, flags | O_CLOEXEC, mode);
}

StoreFiles::StoreFiles(fs::path root) : root_(std::move(root)) {
  fd_ = Fd(::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd_) fail(root_.string(), "无法打开数据目录", errno);
  struct stat st {};
  if (::fstat(fd_.get(), &st) == 0) shared_ = (st.st_mode & S_ISGID) && (st.st_mode & 0070) == 0070;
}

std::string StoreFiles::rel(const fs::path& p) const {
  std::string out;
  if (p.is_absolute()) {
    auto r = p.lexically_normal().lexically_relative(root_);
    out = r.string();
  } else {
    out = p.lexically_normal().string();
  }
  if (!is_beneath(out))
    throw StoreError(p.string(), 0, 0,
                     "路径不在数据目录 " + root_.string() + " 之内，kefu 不读写它");
  return out;
}

std::optional<std::string> StoreFiles::read(std::string_view rel, size_t limit) const {
  struct stat st {};
  return read(rel, limit, st);
}

std::optional<std::string> StoreFiles::read(std::string_view rel, size_t limit,
                                            struct stat& st) const {
  // Non-blocking, so that a FIFO put where a record should be does not hang the command.
  Fd fd(open_beneath(fd_.get(), rel, O_RDONLY | O_NONBLOCK | O_NOCTTY));
  if (!fd) {
    if (errno == ENOENT) return std::nullopt;
    fail(rel, "无法读取文件", errno);
  }
  if (::fstat(fd.get(), &st) != 0) fail(rel, "无法读取文件", errno);
  if (!S_ISREG(st.st_mode))
    throw StoreError(
        std::string(rel), 0, 0,
        "不是普通文件（" + type_zh(st.st_mode) + "），kefu 不读取它；请移走或换成记录文件");
  auto too_large = [&](uint64_t size) {
    return StoreError(
        std::string(rel), 0, 0,
        fmt::format("文件过大（{:.1f} MB，上限 {} MB），kefu 不读取它；请检查是否误存了"
                    "其他内容",
                    static_cast<double>(size) / (1 << 20), limit >> 20));
  };
  if (static_cast<uint64_t>(st.st_size) > limit) throw too_large(static_cast<uint64_t>(st.st_size));
  std::string out;
  out.resize(static_cast<size_t>(st.st_size) + 1);
  size_t have = 0;
  for (;;) {
    if (have == out.size()) {
      if (out.size() > limit) throw too_large(out.size());  // grew while being read
      out.resize(std::min(out.size() * 2, limit + 1));
    }
    ssize_t n = ::read(fd.get(), out.data() + have, out.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(rel, "读取失败", errno);
    }
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  if (have > limit) throw too_large(have);
  out.resize(have);
  return out;
}

FolderListing StoreFiles::list(std::string_view rel, std::string_view suffix) const {
  FolderListing out;
  Fd fd(rel.empty() ? ::dup(fd_.get())
                    : open_beneath(fd_.get(), rel, O_RDONLY | O_DIRECTORY | O_NONBLOCK));
  if (!fd) {
    if (errno == ENOENT) {
      out.missing = true;
      return out;
    }
    out.problems.emplace_back(std::string(rel), 0, 0,
                              "无法读取文件夹：" + errno_zh(errno == ENOTDIR ? ENOTDIR : errno));
    return out;
  }
  DIR* d = ::fdopendir(fd.get());
  if (!d) {
    out.problems.emplace_back(std::string(rel), 0, 0, "无法读取文件夹：" + errno_zh(errno));
    return out;
  }
  fd.release();
  auto path_of = [&](const std::string& name) {
    return rel.empty() ? name : std::string(rel) + "/" + name;
  };
  errno = 0;
  while (const dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    if (name.starts_with(".")) {
      if (name.find(".tmp-") != std::string::npos) out.leftovers.push_back(path_of(name));
      continue;
    }
    unsigned char type = e->d_type;
    mode_t mode = 0;
    if (type == DT_UNKNOWN) {
      struct stat st {};
      if (::fstatat(::dirfd(d), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        out.problems.emplace_back(path_of(name), 0, 0, "无法读取：" + errno_zh(errno));
        continue;
      }
      mode = st.st_mode;
      type = S_ISREG(mode) ? DT_REG : S_ISDIR(mode) ? DT_DIR : DT_UNKNOWN;
    }
    bool named = !suffix.empty() && name.size() > suffix.size() && name.ends_with(suffix);
    if (type == DT_REG) {
      if (suffix.empty() || named) out.files.push_back(std::move(name));
    } else if (type == DT_DIR && !named) {
      out.dirs.push_back(std::move(name));
    } else if (named || suffix.empty()) {
      std::string what = type == DT_DIR    ? "文件夹"
                         : type == DT_LNK  ? "符号链接"
                         : type == DT_FIFO ? "命名管道"
                         : type == DT_SOCK ? "套接字"
                         : type == DT_CHR  ? "字符设备"
                         : type == DT_BLK  ? "块设备"
                         : mode            ? type_zh(mode)
                                           : "特殊文件";
      out.problems.emplace_back(
          path_of(name), 0, 0, "不是普通文件（" + what + "），kefu 不读取它；请移走或换成记录文件");
    }
    errno = 0;
  }
  if (errno != 0)
    out.problems.emplace_back(std::string(rel), 0, 0, "无法读取文件夹：" + errno_zh(errno));
  ::closedir(d);
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.dirs.begin(), out.dirs.end());
  return out;
}

PathStat StoreFiles::stat(std::string_view rel) const {
  PathStat out;
  auto folder = folder_of(rel);
  Fd dir(folder.empty() ? ::dup(fd_.get()) : open_beneath(fd_.get(), folder, O_PATH | O_DIRECTORY));
  if (!dir) {
    out.error = errno;
    out.is = errno == ENOENT ? PathStat::Is::absent : PathStat::Is::unreadable;
    return out;
  }
  std::string base(base_of(rel));
  if (::fstatat(dir.get(), base.c_str(), &out.st, AT_SYMLINK_NOFOLLOW) != 0) {
    out.error = errno;
    out.is = errno == ENOENT ? PathStat::Is::absent : PathStat::Is::unreadable;
    return out;
  }
  out.is = S_ISREG(out.st.st_mode) ? PathStat::Is::file : PathStat::Is::other;
  return out;
}

Fd StoreFiles::open_folder(std::string_view rel) const {
  Fd fd(rel.empty() ? ::dup(fd_.get()) : open_beneath(fd_.get(), rel, O_RDONLY | O_DIRECTORY));
  if (!fd && errno != ENOENT) fail(rel, "无法打开文件夹", errno);
  return fd;
}

namespace {

/// A folder of the data directory, the directory itself for "" (a site file such as
/// calendar.yaml is in no folder).
int open_folder_fd(int root, std::string_view folder) {
  return folder.empty() ? ::fcntl(root, F_DUPFD_CLOEXEC, 0)
                        : open_beneath(root, folder, O_RDONLY | O_DIRECTORY);
}

/// Opens (making it first, with `mode`) each folder of `rel` in turn; returns the last.
Fd make_and_open(int root, std::string_view rel, mode_t mode) {
  Fd cur(::dup(root));
  size_t start = 0;
  while (start < rel.size()) {
    auto slash = rel.find('/', start);
    std::string name(rel.substr(start, slash == std::string_view::npos ? rel.npos : slash - start));
    start = slash == std::string_view::npos ? rel.size() : slash + 1;
    Fd next(::openat(cur.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!next && errno == ENOENT) {
      if (::mkdirat(cur.get(), name.c_str(), mode & 0777) != 0 && errno != EEXIST)
        fail(rel.substr(0, start), "无法创建文件夹", errno);
      next = Fd(::openat(cur.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (next) {
        ::fchmod(next.get(), mode);  // whatever the umask; setgid when shared
        ::fsync(cur.get());          // the new folder's name, durable before anything in it
      }
    }
    if (!next) fail(rel.substr(0, start), "无法打开文件夹", errno);
    cur = std::move(next);
  }
  return cur;
}

std::atomic<unsigned> temp_counter{0};

/// A new temporary file in the folder `dir`, written and synced; its name and inode.
struct Temp {
  std::string name;
  ino_t ino = 0;
};

Temp write_temp(int dir, std::string_view content, mode_t mode, std::string_view display,
                bool sync) {
  Temp t;
  Fd fd;
  for (int attempt = 0; attempt < 100 && !fd; ++attempt) {
    t.name = fmt::format("{}.{}.tmp", ::getpid(), temp_counter.fetch_add(1));
    fd = Fd(::openat(dir, t.name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                     mode & 0777));
    if (!fd && errno != EEXIST) fail(display, "无法创建临时文件", errno);
  }
  if (!fd) fail(display, "无法创建临时文件", EEXIST);
  auto undo = [&](const char* what) {
    int saved = errno;
    ::unlinkat(dir, t.name.c_str(), 0);
    fail(display, what, saved);
  };
  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd.get(), p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      undo("写入失败");
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  ::fchmod(fd.get(), mode & 0777);
  if (sync && ::fsync(fd.get()) != 0) undo("写入磁盘失败");
  struct stat st {};
  ::fstat(fd.get(), &st);
  t.ino = st.st_ino;
  if (::close(fd.release()) != 0) undo("写入磁盘失败");
  return t;
}

constexpr std::string_view kTmp = derived::kTmp;

}  // namespace

void StoreFiles::make_folders(std::string_view rel) const {
  if (!rel.empty() && !is_beneath(rel)) fail(rel, "无法创建文件夹", EXDEV);
  make_and_open(fd_.get(), rel, folder_mode());
}

bool StoreFiles::create(std::string_view rel, std::string_view content) const {
  if (!is_beneath(rel)) fail(rel, "无法写入", EXDEV);
  Fd parent = make_and_open(fd_.get(), folder_of(rel), folder_mode());
  Fd tmp = make_and_open(fd_.get(), kTmp, folder_mode());
  auto t = write_temp(tmp.get(), content, file_mode(), rel, true);
  std::string base(base_of(rel));
  // link() fails when the name is taken, so a record is never overwritten by a new one.
  int rc = ::linkat(tmp.get(), t.name.c_str(), parent.get(), base.c_str(), 0);
  int saved = errno;
  ::unlinkat(tmp.get(), t.name.c_str(), 0);
  if (rc != 0) {
    if (saved == EEXIST) return false;
    fail(rel, "无法创建文件", saved);
  }
  if (::fsync(parent.get()) != 0) fail(rel, "写入磁盘失败", errno);
  return true;
}

void StoreFiles::replace(std::string_view rel, std::string_view expected,
                         std::string_view content) const {
  if (!is_beneath(rel)) fail(rel, "无法写入", EXDEV);
  const std::string name(rel);
  auto changed = [&] {
    return StoreError(name, 0, 0,
                      "记录文件在读取后被他人修改（可能正在编辑器中保存），为免覆盖其修改，本次操作"
                      "未写入；请重新执行");
  };
  Fd parent(open_folder_fd(fd_.get(), folder_of(rel)));
  if (!parent) {
    if (errno == ENOENT) throw StoreError(name, 0, 0, "记录文件在读取后被删除或改名，未写入");
    fail(rel, "无法打开文件夹", errno);
  }
  Fd tmp = make_and_open(fd_.get(), kTmp, folder_mode());
  auto t = write_temp(tmp.get(), content, file_mode(), rel, true);
  std::string base(base_of(rel));
  // The new file and the one on disk change places in one step; the one displaced is then
  // compared with what was read. An edit saved at any moment before the exchange is found
  // there, and put back.
  int rc = static_cast<int>(
      ::renameat2(tmp.get(), t.name.c_str(), parent.get(), base.c_str(), RENAME_EXCHANGE));
  if (rc != 0) {
    int saved = errno;
    if (saved == ENOENT) {
      ::unlinkat(tmp.get(), t.name.c_str(), 0);
      throw StoreError(name, 0, 0, "记录文件在读取后被删除或改名，未写入");
    }
    if (saved != EINVAL && saved != ENOSYS && saved != ENOTSUP) {
      ::unlinkat(tmp.get(), t.name.c_str(), 0);
      fail(rel, "无法替换文件", saved);
    }
    // A file system without RENAME_EXCHANGE: compare, then rename. An edit saved between the
    // two would be lost; this is the one place such a window remains.
    std::optional<std::string> now;
    try {
      now = read(rel, std::max(kBulkLimit, expected.size()));
    } catch (const StoreError&) {
      ::unlinkat(tmp.get(), t.name.c_str(), 0);
      throw changed();
    }
    if (!now || *now != expected) {
      ::unlinkat(tmp.get(), t.name.c_str(), 0);
      if (!now) throw StoreError(name, 0, 0, "记录文件在读取后被删除或改名，未写入");
      throw changed();
    }
    if (::renameat(tmp.get(), t.name.c_str(), parent.get(), base.c_str()) != 0) {
      int e = errno;
      ::unlinkat(tmp.get(), t.name.c_str(), 0);
      fail(rel, "无法替换文件", e);
    }
    ::fsync(parent.get());
    return;
  }
  bool same = false;
  {
    Fd old(::openat(tmp.get(), t.name.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC));
    struct stat st {};
    if (old && ::fstat(old.get(), &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<size_t>(st.st_size) == expected.size()) {
      std::string bytes(expected.size() + 1, '\0');
      size_t have = 0;
      for (ssize_t n; have < bytes.size() &&
                      (n = ::read(old.get(), bytes.data() + have, bytes.size() - have)) != 0;) {
        if (n < 0) {
          if (errno == EINTR) continue;
          break;
        }
        have += static_cast<size_t>(n);
      }
      same = have == expected.size() && std::string_view(bytes.data(), have) == expected;
    }
  }
  if (same) {
    ::unlinkat(tmp.get(), t.name.c_str(), 0);
    if (::fsync(parent.get()) != 0) fail(rel, "写入磁盘失败", errno);
    return;
  }
  // Someone else's version was displaced: put it back, and drop ours.
  if (::renameat2(tmp.get(), t.name.c_str(), parent.get(), base.c_str(), RENAME_EXCHANGE) == 0) {
    struct stat st {};
    if (::fstatat(tmp.get(), t.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_ino == t.ino)
      ::unlinkat(tmp.get(), t.name.c_str(), 0);
    ::fsync(parent.get());
  }
  throw changed();
}

void StoreFiles::put(std::string_view rel, std::string_view content, bool sync) const {
  if (!is_beneath(rel)) fail(rel, "无法写入", EXDEV);
  Fd parent = make_and_open(fd_.get(), folder_of(rel), folder_mode());
  Fd tmp = make_and_open(fd_.get(), kTmp, folder_mode());
  auto t = write_temp(tmp.get(), content, file_mode(), rel, sync);
  std::string base(base_of(rel));
  if (::renameat(tmp.get(), t.name.c_str(), parent.get(), base.c_str()) != 0) {
    int saved = errno;
    ::unlinkat(tmp.get(), t.name.c_str(), 0);
    fail(rel, "无法写入文件", saved);
  }
  if (sync) ::fsync(parent.get());
}

void StoreFiles::remove(std::string_view rel) const {
  if (!is_beneath(rel)) fail(rel, "无法删除", EXDEV);
  Fd parent(open_folder_fd(fd_.get(), folder_of(rel)));
  if (!parent) {
    if (errno == ENOENT) return;
    fail(rel, "无法删除文件", errno);
  }
  std::string base(base_of(rel));
  if (::unlinkat(parent.get(), base.c_str(), 0) != 0 && errno != ENOENT)
    fail(rel, "无法删除文件", errno);
  ::fsync(parent.get());
}

std::vector<std::string> StoreFiles::temporaries() const {
  auto l = list(kTmp, "");
  return l.files;
}

size_t StoreFiles::clear_temporaries() const {
  Fd tmp(open_beneath(fd_.get(), kTmp, O_RDONLY | O_DIRECTORY));
  if (!tmp) return 0;
  DIR* d = ::fdopendir(tmp.get());
  if (!d) return 0;
  int dfd = tmp.release();
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d))
    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
      names.emplace_back(e->d_name);
  size_t removed = 0;
  for (const auto& n : names) removed += ::unlinkat(dfd, n.c_str(), 0) == 0 ? 1 : 0;
  ::closedir(d);
  return removed;
}

}  // namespace kefu
