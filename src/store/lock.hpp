/// The data directory's write lock, serialising numbering and writes between processes.
///
/// It is an flock(2) on .kefu/lock: the kernel releases it when its holder exits, so a
/// lock left behind by a killed process is recovered by the next command without help. Taking
/// it also finishes what a killed writer left unfinished (store/transaction.hpp).
#pragma once

#include <chrono>
#include <vector>

#include "core/errors.hpp"

namespace kefu {

class StoreFiles;

class StoreLock {
 public:
  /// Waits up to `timeout` for the lock; throws StoreError (exit 3) when it is not obtained.
  StoreLock(const StoreFiles& files, std::chrono::milliseconds timeout);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace kefu
