/// The index's view of the disk; see disk_scan.hpp.
#include "store/disk_scan.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>

#include "store/codec.hpp"
#include "store/files.hpp"

namespace kefu {

namespace {

int64_t ns(const struct timespec& t) {
  return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

}  // namespace

Fingerprint fingerprint_of(const struct stat& st) {
  return Fingerprint{ns(st.st_mtim), ns(st.st_ctim), static_cast<int64_t>(st.st_size),
                     static_cast<int64_t>(st.st_ino)};
}

int64_t wall_ns() {
  struct timespec t {};
  clock_gettime(CLOCK_REALTIME, &t);
  return ns(t);
}

DirStat::DirStat(const StoreFiles& files) : root_(files.fd()) {}

DirStat::~DirStat() {
  if (fd_ >= 0) ::close(fd_);
}

Seen DirStat::operator()(std::string_view dir, std::string_view path) {
  if (dir != dir_ || (fd_ < 0 && dir_error_ == 0)) {
    if (fd_ >= 0) ::close(fd_);
    dir_ = dir;
    fd_ = open_beneath(root_, dir_, O_PATH | O_DIRECTORY);
    dir_error_ = fd_ < 0 ? errno : 0;
  }
  Seen out;
  if (fd_ < 0) {
    if (dir_error_ != ENOENT) out.is = Seen::unreadable, out.error = dir_error_;
    return out;
  }
  if (path.size() <= dir.size() + 1) return out;
  name_.assign(path.substr(dir.size() + 1));
  struct stat st {};
  if (::fstatat(fd_, name_.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
    if (errno != ENOENT) out.is = Seen::unreadable, out.error = errno;
    return out;
  }
  out.is = Seen::file;
  out.fp = fingerprint_of(st);
  return out;
}

DiskScan::DiskScan(const StoreFiles& files, size_t limit)
    : files_(files), limit_(limit), stat_(files) {}

std::optional<uint64_t> DiskScan::hash(std::string_view path) {
  try {
    if (auto bytes = files_.read(path, limit_)) return content_hash(*bytes);
  } catch (const StoreError&) {
  }
  return std::nullopt;
}

Seen DiskScan::stat_folder(std::string_view dir) {
  Seen out;
  auto st = files_.stat(dir);
  if (st.is == PathStat::Is::other && S_ISDIR(st.st.st_mode)) {
    out.is = Seen::file;
    out.fp = fingerprint_of(st.st);
  } else if (st.is == PathStat::Is::unreadable) {
    out.is = Seen::unreadable;
    out.error = st.error;
  }
  return out;
}

Listing DiskScan::list(std::string_view dir) {
  auto l = files_.list(dir);
  return Listing{std::move(l.files), std::move(l.dirs), std::move(l.problems)};
}

void StatPipeline::add(std::string_view path, StatRow row) {
  if (!open_) open_ = std::make_unique<Batch>();
  row.at = open_->paths.size();
  row.size = static_cast<uint32_t>(path.size());
  open_->paths += path;
  open_->rows.push_back(row);
  if (open_->rows.size() == kRows) publish();
}

void StatPipeline::finish() {
  if (open_) publish();
  {
    std::lock_guard lock(mutex_);
    done_ = true;
  }
  wake_.notify_all();
  work();
  for (auto& t : workers_) t.join();
  workers_.clear();
}

void StatPipeline::publish() {
  {
    std::lock_guard lock(mutex_);
    batches_.push_back(std::move(open_));
  }
  wake_.notify_one();
  if (workers_.empty() && batches_.size() > 1) {
    unsigned n = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    for (unsigned i = 0; i < n; ++i) workers_.emplace_back([this] { work(); });
  }
}

void StatPipeline::work() {
  DirStat stat(files_);
  for (;;) {
    Batch* b = nullptr;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return taken_ < batches_.size() || done_; });
      if (taken_ == batches_.size()) return;
      b = batches_[taken_++].get();
    }
    b->now.resize(b->rows.size());
    for (size_t i = 0; i < b->rows.size(); ++i) {
      auto path = b->path(b->rows[i]);
      b->now[i] = stat(path.substr(0, b->rows[i].dir_size), path);
    }
  }
}

}  // namespace kefu
