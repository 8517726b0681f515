/// The index's view of the disk: FileScan (freshness.hpp) over a data directory, and stats of
/// many files at once on worker threads.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "store/freshness.hpp"

struct stat;

namespace kefu {

class StoreFiles;

/// A stat's fingerprint: mtime and ctime in nanoseconds, size, inode.
Fingerprint fingerprint_of(const struct stat& st);
/// The real clock in nanoseconds, used only to judge file timestamps (never as the time of a
/// record).
int64_t wall_ns();

/// Stats files folder by folder through an open folder, so each stat resolves one name.
class DirStat {
 public:
  explicit DirStat(const StoreFiles& files);
  ~DirStat();
  DirStat(const DirStat&) = delete;
  DirStat& operator=(const DirStat&) = delete;

  /// The file `path` (relative, inside the relative folder `dir`). Whatever is there under
  /// that name counts: a link or FIFO put in a record's place is a change, read and reported.
  Seen operator()(std::string_view dir, std::string_view path);

 private:
  int root_;
  std::string dir_, name_;
  int fd_ = -1;
  int dir_error_ = 0;
};

/// The files of a data directory, as the freshness rules see them.
class DiskScan : public FileScan {
 public:
  /// `limit`: the largest file hash() reads.
  DiskScan(const StoreFiles& files, size_t limit);
  Seen stat(std::string_view dir, std::string_view path) override { return stat_(dir, path); }
  std::optional<uint64_t> hash(std::string_view path) override;
  Seen stat_folder(std::string_view dir) override;
  Listing list(std::string_view dir) override;

 private:
  const StoreFiles& files_;
  size_t limit_;
  DirStat stat_;
};

/// A file to stat, with what the caller knows of it.
struct StatRow {
  size_t at = 0;  // its path, in its batch's `paths`
  uint32_t size = 0, dir_size = 0;
  int month = 0;
  KnownFile known;
};

/// Rows stat-ed a batch at a time by worker threads, while the caller goes on adding rows
/// (from a query, say: on two cores the SQLite read and the stats then overlap). A few
/// thousand files are stat-ed by the caller alone.
class StatPipeline {
 public:
  struct Batch {
    std::string paths;  // end to end
    std::vector<StatRow> rows;
    std::vector<Seen> now;
    std::string_view path(const StatRow& r) const {
      return std::string_view(paths).substr(r.at, r.size);
    }
  };

  explicit StatPipeline(const StoreFiles& files) : files_(files) {}
  ~StatPipeline() { finish(); }
  StatPipeline(const StatPipeline&) = delete;
  StatPipeline& operator=(const StatPipeline&) = delete;

  void add(std::string_view path, StatRow row);
  /// Stats what is left, with the workers, and waits for them.
  void finish();
  /// Every batch, in the order of the rows; each row's stat in `now`.
  const std::vector<std::unique_ptr<Batch>>& batches() const { return batches_; }

 private:
  static constexpr size_t kRows = 2048;
  void publish();
  void work();

  const StoreFiles& files_;
  std::unique_ptr<Batch> open_;
  std::vector<std::unique_ptr<Batch>> batches_;
  size_t taken_ = 0;
  bool done_ = false;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::thread> workers_;
};

}  // namespace kefu
