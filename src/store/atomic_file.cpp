/// Atomic writes through a temporary file in the same folder.
#include "store/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"

namespace kefu {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void io_error(const fs::path& path, const std::string& what) {
  throw StoreError(path.string(), 0, 0, what + "：" + std::strerror(errno));
}

/// The folder holding `path`, "." for a bare file name.
fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

void fsync_dir(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

/// Writes `content` to a new temporary file beside `path` and returns its name.
fs::path write_temp(const fs::path& path, const std::string& content) {
  fs::path tmp =
      folder_of(path) / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
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

void make_private_dirs(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  if (!dir.parent_path().empty() && dir.parent_path() != dir) make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) io_error(dir, "无法创建目录");
}

void write_file_atomic(const fs::path& path, const std::string& content) {
  make_private_dirs(folder_of(path));
  fs::path tmp = write_temp(path, content);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    io_error(path, "无法替换文件");
  }
  fsync_dir(folder_of(path));
}

bool create_file_atomic(const fs::path& path, const std::string& content) {
  make_private_dirs(folder_of(path));
  fs::path tmp = write_temp(path, content);
  // link() fails when the target exists, so a record is never overwritten by a new one.
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

std::optional<int64_t> folder_mtime(const fs::path& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return std::nullopt;
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

std::string read_file(const fs::path& path, const std::string& display) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw StoreError(display, 0, 0, std::string("无法读取文件：") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace kefu
