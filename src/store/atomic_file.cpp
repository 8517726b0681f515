/// Atomic writes through a temporary file in the same folder; careful reads.
#include "store/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "store/files.hpp"

namespace kefu {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void io_error(const fs::path& path, const std::string& what) {
  throw StoreError(path.string(), 0, 0, what + "：" + errno_zh(errno));
}

/// The folder holding `path`, "." for a bare file name.
fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

void fsync_dir(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

/// Writes `content` to a new temporary file beside `path` and returns its name.
fs::path write_temp(const fs::path& path, const std::string& content) {
  static unsigned counter = 0;
  fs::path tmp = folder_of(path) /
                 fmt::format(".{}.tmp-{}-{}", path.filename().string(), ::getpid(), counter++);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) io_error(tmp, "无法创建临时文件");
  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      errno = saved;
      io_error(tmp, "写入失败");
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    io_error(tmp, "写入磁盘失败");
  }
  return tmp;
}

}  // namespace

void make_private_dirs(const fs::path& dir, unsigned mode) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  if (!dir.parent_path().empty() && dir.parent_path() != dir)
    make_private_dirs(dir.parent_path(), mode);
  if (::mkdir(dir.c_str(), mode & 0777) != 0) {
    if (errno != EEXIST) io_error(dir, "无法创建目录");
    return;
  }
  ::chmod(dir.c_str(), mode);
}

void write_file_atomic(const fs::path& path, const std::string& content) {
  make_private_dirs(folder_of(path));
  fs::path tmp = write_temp(path, content);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    io_error(path, "无法写入文件");
  }
  fsync_dir(folder_of(path));
}

bool create_file_atomic(const fs::path& path, const std::string& content) {
  make_private_dirs(folder_of(path));
  fs::path tmp = write_temp(path, content);
  // link() fails when the target exists, so nothing is ever overwritten.
  int rc = ::link(tmp.c_str(), path.c_str());
  int saved = errno;
  ::unlink(tmp.c_str());
  if (rc != 0) {
    if (saved == EEXIST) return false;
    errno = saved;
    io_error(path, "无法创建文件");
  }
  fsync_dir(folder_of(path));
  return true;
}

std::string read_file(const fs::path& path, const std::string& display, size_t limit) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!fd) throw StoreError(display, 0, 0, "无法读取文件：" + errno_zh(errno));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
    throw StoreError(display, 0, 0, "不是普通文件，kefu 不读取它");
  if (static_cast<uint64_t>(st.st_size) > limit)
    throw StoreError(display, 0, 0,
                     fmt::format("文件过大（{:.1f} MB，上限 {} MB）",
                                 static_cast<double>(st.st_size) / (1 << 20), limit >> 20));
  std::string out(static_cast<size_t>(st.st_size) + 1, '\0');
  size_t have = 0;
  for (;;) {
    if (have == out.size()) {
      if (out.size() > limit) throw StoreError(display, 0, 0, "文件过大");
      out.resize(std::min(out.size() * 2, limit + 1));
    }
    ssize_t n = ::read(fd.get(), out.data() + have, out.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw StoreError(display, 0, 0, "读取失败：" + errno_zh(errno));
    }
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  if (have > limit) throw StoreError(display, 0, 0, "文件过大");
  out.resize(have);
  return out;
}

}  // namespace kefu
