/// The data directory's write lock, serialising numbering and writes between processes.
///
/// It is an flock(2) on .kefu/lock: the kernel releases it when its holder exits, so a
/// lock left behind by a killed process is recovered by the next command without help.
#pragma once

#include <chrono>
#include <filesystem>

namespace kefu {

class StoreLock {
 public:
  /// Waits up to `timeout` for the lock; throws StoreError (exit 3) when it is not obtained.
  StoreLock(const std::filesystem::path& data_dir, std::chrono::milliseconds timeout);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace kefu
