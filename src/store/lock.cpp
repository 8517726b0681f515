/// flock-based lock with a bounded wait.
#include "store/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>

#include "core/errors.hpp"
#include "store/atomic_file.hpp"

namespace kefu {

StoreLock::StoreLock(const std::filesystem::path& data_dir, std::chrono::milliseconds timeout) {
  auto dir = data_dir / ".kefu";
  make_private_dirs(dir);
  auto path = dir / "lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0)
    throw StoreError(".kefu/lock", 0, 0, std::string("无法打开锁文件：") + std::strerror(errno));
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      ::close(fd_);
      throw StoreError(".kefu/lock", 0, 0, std::string("加锁失败：") + std::strerror(errno));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw StoreError(".kefu/lock", 0, 0,
                       "数据目录正被另一个 kefu 进程写入，等待 " +
                           std::to_string(timeout.count() / 1000) + " 秒后仍未释放，请稍后重试");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  std::string me = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] auto w = ::pwrite(fd_, me.data(), me.size(), 0);
  }
}

StoreLock::~StoreLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace kefu
