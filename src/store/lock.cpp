/// flock-based lock with a bounded wait.
#include "store/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <thread>

#include "store/derived.hpp"
#include "store/files.hpp"

namespace kefu {

StoreLock::StoreLock(const StoreFiles& files, std::chrono::milliseconds timeout) {
  files.make_folders(derived::kFolder);
  fd_ = open_beneath(files.fd(), derived::kLock, O_RDWR | O_CREAT, files.file_mode());
  if (fd_ < 0)
    throw StoreError(std::string(derived::kLock), 0, 0,
                     "无法打开锁文件：" + errno_zh(errno) +
                         (errno == EACCES ? "（数据目录由多人共用时，锁文件须同组可写：chmod "
                                            "660 .kefu/lock）"
                                          : ""));
  struct stat st {};
  if (::fstat(fd_, &st) == 0 && st.st_uid == ::geteuid() &&
      (st.st_mode & 07777) != files.file_mode())
    ::fchmod(fd_, files.file_mode());
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int saved = errno;
      ::close(fd_);
      throw StoreError(std::string(derived::kLock), 0, 0, "加锁失败：" + errno_zh(saved));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw StoreError(std::string(derived::kLock), 0, 0,
                       "数据目录正被另一个 kefu 进程写入，等待 " +
                           std::to_string(timeout.count() / 1000) + " 秒后仍未释放，请稍后重试");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

StoreLock::~StoreLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace kefu
