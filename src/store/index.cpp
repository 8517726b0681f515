/// The derived index: which folders and files a query must check; see index.hpp.
#include "store/index.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "store/codec.hpp"
#include "store/derived.hpp"
#include "store/disk_scan.hpp"
#include "store/files.hpp"
#include "store/freshness.hpp"
#include "store/sqlite.hpp"

namespace kefu {
namespace fs = std::filesystem;
using sql::DbError;

namespace {

/// Parses written at once while a first run lists folders: bounds its memory.
constexpr size_t kWriteEvery = 2048;

/// 2026-11 → 202611, as the month column holds it.
int yyyymm(YearMonth m) {
  return m.year * 100 + static_cast<int>(m.month);
}

/// The scope's months; an unset end does not restrict (flat folders are month 0).
MonthWindow window_of(const IndexScope& s) {
  return MonthWindow{s.from ? yyyymm(*s.from) : 0, s.to ? yyyymm(*s.to) : 999999};
}

}  // namespace

/// What a command found changed, to be written, and what it learnt on the way.
struct RecordIndex::Work : IndexWrite {
  Work() { started = wall_ns(); }
  std::vector<StoreError> unreadable;  // files that could not be looked at
  std::set<std::string> rescanned;     // folders listed again: their files compared already
  size_t parsed = 0;                   // files parsed so far by this command
  size_t folders_done = 0;             // month folders compared so far (sync_folder)
  size_t folders = 0;                  // of these in all
};

fs::path RecordIndex::path_of(const DataDir& dir) {
  return dir.root() / derived::kIndex;
}

std::unique_ptr<RecordIndex> RecordIndex::open(const DataDir& dir) {
  if (derived::off()) return nullptr;
  auto path = path_of(dir);
  try {
    // Made (and checked to be a folder, not a link out of the data directory) beneath it.
    dir.files().make_folders(derived::kFolder);
  } catch (const std::exception&) {
    return nullptr;
  }
  if (::faccessat(dir.files().fd(), std::string(derived::kFolder).c_str(), W_OK, AT_EACCESS) != 0)
    return nullptr;
  auto st = dir.files().stat(derived::kIndex);
  if (st.is == PathStat::Is::other || st.is == PathStat::Is::unreadable) return nullptr;
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      auto db = IndexDb::open(path);
      if (!db) return nullptr;
      // SQLite makes a new database 0644 less the umask; in a data directory shared by a group,
      // every member must be able to write it.
      struct stat db_st {};
      const std::string index(derived::kIndex);
      if (::fstatat(dir.files().fd(), index.c_str(), &db_st, AT_SYMLINK_NOFOLLOW) == 0 &&
          db_st.st_uid == ::geteuid() && (db_st.st_mode & 0777) != dir.files().file_mode())
        ::fchmodat(dir.files().fd(), index.c_str(), dir.files().file_mode(), 0);
      return std::unique_ptr<RecordIndex>(new RecordIndex(dir, std::move(db)));
    } catch (const DbError&) {
      // Not a database, or damaged: it is only a cache, so start a new one.
      std::error_code ec;
      fs::remove(path, ec);
      fs::remove(path.string() + "-journal", ec);
    }
  }
  return nullptr;
}

RecordIndex::RecordIndex(const DataDir& dir, std::unique_ptr<IndexDb> db)
    : dir_(dir), db_(std::move(db)) {}

RecordIndex::~RecordIndex() = default;

void RecordIndex::sync_folder(const IndexedFolder& f, Work& w) {
  DiskScan scan(dir_.files(), kBulkLimit);
  auto sync = sync_folders(
      f.folder, f.by_month, db_->known_dirs(f.folder), scan,
      [&](const std::string& dir) { return db_->rows_in_dir(dir); },
      [&](ListedFolder&& l, size_t at, size_t total) {
        // A file that could not be looked at is left as it is (its row neither served nor
        // dropped).
        for (auto& c : l.changes.parse)
          w.parse.push_back({std::move(c.path), l.dir, l.month, c.fp});
        for (auto& c : l.changes.touch) w.touch.push_back({std::move(c.path), c.fp});
        for (auto& g : l.changes.gone) w.gone.push_back(std::move(g));
        w.dirs.push_back({l.dir, l.month, l.mtime});
        w.rescanned.insert(std::move(l.dir));
        w.folders_done = at + 1;
        w.folders = total;
        if (w.parse.size() >= kWriteEvery) {  // bounded memory on a first run: write as we go
          apply(f, w);
          w.clear();
        }
        if (progress_)
          progress_(
              {"建立索引", f.folder, w.folders_done, w.folders, kMonthFolders, w.parsed, false});
      });
  for (auto& g : sync.gone) w.gone_dirs.push_back(std::move(g));
  for (auto& e : sync.unreadable) {
    int month = 0;
    auto parts = e.file().substr(std::min(e.file().size(), f.folder.size() + 1));
    if (parts.size() == 7 && parts[4] == '/')
      month = std::atoi(parts.c_str()) * 100 + std::atoi(parts.c_str() + 5);
    unreadable_[f.folder].push_back({month, std::move(e)});
  }
}

std::vector<std::string> RecordIndex::scope_keys(const IndexedFolder& f,
                                                 const IndexScope& s) const {
  std::vector<std::string> keys;
  if (s.open_only) {
    keys.push_back(f.folder + " open");
  } else if (!f.by_month || (!s.from && !s.to)) {
    keys.push_back(f.folder + " all");
  } else if (auto w = window_of(s); s.from && s.to && w.to - w.from < 10000) {
    for (YearMonth m = *s.from; m <= *s.to; m = m.next())
      keys.push_back(fmt::format("{} {}", f.folder, m.str()));
  } else {
    keys.push_back(fmt::format("{} {}-{}", f.folder, w.from, w.to));
  }
  if (verified_.count(f.folder + " all") ||
      std::all_of(keys.begin(), keys.end(), [&](const auto& k) { return verified_.count(k); }))
    keys.clear();  // stat-ed already by this command
  return keys;
}

void RecordIndex::take(std::string_view path, std::string_view dir, int month, const Verdict& v,
                       Work& w) {
  switch (v.what) {
    case Verdict::same:
      break;
    case Verdict::parse:
      w.parse.push_back({std::string(path), std::string(dir), month, v.fp});
      break;
    case Verdict::touch:
      w.touch.push_back({std::string(path), v.fp});
      break;
    case Verdict::gone:
      w.gone.emplace_back(path);
      break;
    case Verdict::unreadable:
      w.unreadable.emplace_back(std::string(path), 0, 0, "无法查看文件：" + errno_zh(v.error));
      break;
  }
}

/// stamps(): per unit or month, a fold of the path and content hash of each file, in path order.
struct RecordIndex::Fold {
  explicit Fold(StampBy b) : by(b) {}
  StampBy by;
  std::map<std::string, uint64_t, std::less<>> folds;
  bool problem = false;  // a file in scope does not parse

  void add(std::string_view unit, int64_t yyyymm, std::string_view path, int64_t hash,
           bool unparsed) {
    if (unparsed) problem = true;
    if (by == StampBy::month) {
      if (!last_ || yyyymm != last_month_) {  // rows come month by month
        last_ = &folds.try_emplace(std::to_string(yyyymm), kFnvBasis).first->second;
        last_month_ = yyyymm;
      }
      mix(*last_, path, hash);
      return;
    }
    auto it = folds.find(unit);
    if (it == folds.end()) it = folds.emplace(std::string(unit), kFnvBasis).first;
    mix(it->second, path, hash);
  }

 private:
  static constexpr uint64_t kFnvBasis = 1469598103934665603ull;
  static void mix(uint64_t& h, std::string_view path, int64_t hash) {
    h = (h ^ content_hash(path)) * 1099511628211ull;
    h = (h ^ static_cast<uint64_t>(hash)) * 1099511628211ull;
  }
  uint64_t* last_ = nullptr;
  int64_t last_month_ = 0;
};

bool RecordIndex::verify_scope(const IndexedFolder& f, const IndexScope& s, Work& w, Fold* fold) {
  auto keys = scope_keys(f, s);
  if (keys.empty()) return false;
  // Ten years of a kind is some 100,000 rows: they are stat-ed in batches by worker threads
  // while the query goes on.
  StatPipeline stats(dir_.files());
  db_->fresh_rows(
      f.folder, window_of(s), s.open_only, fold != nullptr, [&](const IndexDb::FreshRow& r) {
        if (fold) fold->add(r.unit, r.month, r.path, r.known.hash, r.problem);
        if (!w.rescanned.empty() && w.rescanned.count(std::string(r.path.substr(0, r.dir_size))))
          return;
        stats.add(r.path, {0, 0, r.dir_size, r.month, r.known});
      });
  stats.finish();
  DiskScan scan(dir_.files(), kBulkLimit);
  for (const auto& batch : stats.batches()) {
    for (size_t i = 0; i < batch->rows.size(); ++i) {
      const auto& r = batch->rows[i];
      auto path = batch->path(r);
      auto v = judge(&r.known, batch->now[i], path, scan);
      if (v.what == Verdict::same) continue;
      if (v.what == Verdict::unreadable && fold) fold->problem = true;
      take(path, path.substr(0, r.dir_size), r.month, v, w);
    }
  }
  for (auto& k : keys) verified_.insert(std::move(k));
  return true;
}

void RecordIndex::apply(const IndexedFolder& f, Work& w) {
  for (auto& e : w.unreadable) unreadable_files_.insert_or_assign(e.file(), std::move(e));
  w.unreadable.clear();
  db_->write(f.folder, w, [&](const IndexWrite::Parse* first, size_t n) {
    return digest_files(dir_, f.digest, f.limit, first, n);
  });
  w.parsed += w.parse.size();
}

void RecordIndex::report_end(const IndexedFolder& f, const Work& w) {
  if (progress_)
    progress_({"建立索引", f.folder, w.folders_done, w.folders, kMonthFolders, w.parsed, true});
}

std::optional<std::vector<IndexRow>> RecordIndex::select(const IndexedFolder& f,
                                                         const IndexScope& s) {
  try {
    return select_rows(f, s);
  } catch (const DbError&) {
    return std::nullopt;  // busy past the timeout, disk full…: the caller reads the files
  }
}

bool RecordIndex::bring_up_to_date(const IndexedFolder& f, const IndexScope& s, Fold* fold) {
  Work w;
  if (!synced_.count(f.folder)) sync_folder(f, w);
  bool checked = verify_scope(f, s, w, fold);
  bool unchanged = w.parse.empty() && w.gone.empty() && w.gone_dirs.empty();
  apply(f, w);
  report_end(f, w);
  synced_.insert(f.folder);
  return checked && unchanged;
}

std::optional<std::vector<std::pair<std::string, SealState>>> RecordIndex::unsealed(
    const IndexedFolder& f, const IndexScope& s) try {
  bring_up_to_date(f, s);
  return db_->unsealed(f.folder, window_of(s));
} catch (const DbError&) {
  return std::nullopt;
}

std::optional<std::map<std::string, uint64_t>> RecordIndex::stamps(const IndexedFolder& f,
                                                                   const IndexScope& s,
                                                                   StampBy by) try {
  // The rows are folded as they are checked; read again only if some file had changed.
  Fold fold(by);
  Fold* as_checked = s.unit.empty() ? &fold : nullptr;  // else every unit's rows are checked
  bool folded = bring_up_to_date(f, s, as_checked) && as_checked;
  if (!folded) {
    fold = Fold(by);
    db_->hash_rows(f.folder, window_of(s), s.unit,
                   [&](std::string_view unit, int month, std::string_view path, int64_t hash,
                       bool problem) { fold.add(unit, month, path, hash, problem); });
  }
  if (fold.problem) return std::nullopt;
  return std::map<std::string, uint64_t>(fold.folds.begin(), fold.folds.end());
} catch (const DbError&) {
  return std::nullopt;
}

std::optional<std::string> RecordIndex::sealed_body(const std::string& path) try {
  return db_->sealed_body(path);
} catch (const DbError&) {
  return std::nullopt;
}

std::vector<IndexRow> RecordIndex::select_rows(const IndexedFolder& f, const IndexScope& s) {
  if (!s.unit.empty()) {
    // Every row in scope is checked, whatever its unit (an edit may have changed it).
    bring_up_to_date(f, s);
  } else if (!synced_.count(f.folder)) {
    Work w;
    sync_folder(f, w);
    apply(f, w);
    synced_.insert(f.folder);
    rescanned_ = std::move(w.rescanned);
  }
  // Read and checked in one pass: each row's fingerprint beside its body.
  auto keys = s.unit.empty() ? scope_keys(f, s) : std::vector<std::string>{};
  std::vector<IndexRow> out;
  Work w;
  DiskScan scan(dir_.files(), kBulkLimit);
  db_->rows(f.folder, window_of(s), s.open_only, s.unit, [&](IndexDb::Row&& row) {
    IndexRow r;
    r.name = std::move(row.path);
    if (!keys.empty() && !rescanned_.count(row.dir))
      take(r.name, row.dir, row.month, judge(&row.known, scan.stat(row.dir, r.name), r.name, scan),
           w);
    r.path = dir_.root() / r.name;
    r.seal = row.seal;
    if (!w.unreadable.empty() && w.unreadable.back().file() == r.name)
      unreadable_files_.insert_or_assign(r.name, w.unreadable.back());
    if (auto it = unreadable_files_.find(r.name); it != unreadable_files_.end()) {
      r.problem = it->second;  // not looked at: neither served as it was nor dropped
    } else if (row.problem) {
      r.problem = std::move(row.problem);
    } else {
      r.body = std::move(row.body);
      r.extra = std::move(row.extra);
    }
    out.push_back(std::move(r));
  });
  for (auto& k : keys) verified_.insert(std::move(k));
  // Folders in scope that could not be listed.
  auto window = window_of(s);
  if (auto it = unreadable_.find(f.folder); it != unreadable_.end())
    for (const auto& [month, e] : it->second)
      if (month == 0 || (month >= window.from && month <= window.to)) {
        IndexRow r;
        r.name = e.file();
        r.path = dir_.root() / r.name;
        r.problem = e;
        out.push_back(std::move(r));
      }
  if (w.empty()) return out;
  // Some files changed since they were indexed: index them, and read the scope again.
  apply(f, w);
  return select_rows(f, s);
}

void RecordIndex::refresh(const std::vector<IndexedFolder>& folders) try {
  for (const auto& f : folders) {
    Work w;
    if (!synced_.count(f.folder)) sync_folder(f, w);
    IndexScope open;
    open.open_only = true;
    verify_scope(f, open, w);
    apply(f, w);
    report_end(f, w);
    synced_.insert(f.folder);
  }
} catch (const DbError& e) {
  throw StoreError(dir_.rel(path_of(dir_)), 0, 0, std::string("索引无法写入：") + e.what());
}

size_t RecordIndex::rebuild(const std::vector<IndexedFolder>& folders) try {
  db_->clear();
  synced_.clear();
  verified_.clear();
  size_t files = 0;
  for (const auto& f : folders) {
    Work w;
    sync_folder(f, w);
    apply(f, w);
    report_end(f, w);
    files += w.parsed;
    synced_.insert(f.folder);
    verified_.insert(f.folder + " all");
  }
  return files;
} catch (const DbError& e) {
  throw StoreError(dir_.rel(path_of(dir_)), 0, 0, std::string("索引无法写入：") + e.what());
}

std::vector<StoreError> RecordIndex::verify(const std::vector<IndexedFolder>& folders) try {
  std::vector<StoreError> out;
  auto index_name = dir_.rel(path_of(dir_));
  const auto& files = dir_.files();
  DiskScan scan(files, kBulkLimit);
  for (const auto& f : folders) {
    auto rows = db_->hashes(f.folder);
    std::vector<StoreError> unreadable;
    auto dirs = month_folders(scan, f.folder, f.by_month, unreadable);
    ProgressStep step{"核对索引", f.folder, 0, dirs.size(), kMonthFolders, 0, false};
    for (const auto& [d, month] : dirs) {
      if (progress_) progress_(step);
      ++step.done;
      auto listing = scan.list(d);
      for (const auto& p : listing.problems)
        if (p.file().starts_with(d + "/")) rows.erase(p.file());  // reported by the scan
      for (const auto& name : listing.files) {
        auto file = d + "/" + name;
        auto it = rows.find(file);
        if (it == rows.end()) {
          out.emplace_back(index_name, 0, 0, "索引缺少记录文件 " + file + "，请运行 kefu reindex");
          continue;
        }
        try {
          ++step.files_read;
          auto bytes = files.read(file, f.limit);
          if (bytes && static_cast<int64_t>(content_hash(*bytes)) != it->second)
            out.emplace_back(index_name, 0, 0,
                             "索引中 " + file + " 的内容已过时，请运行 kefu reindex");
        } catch (const StoreError&) {
          // The scan of the files reports it.
        }
        rows.erase(it);
      }
    }
    if (progress_) {
      step.end = true;
      progress_(step);
    }
    for (const auto& row : rows) {
      const auto& file = row.first;
      bool hidden = std::any_of(unreadable.begin(), unreadable.end(), [&](const StoreError& e) {
        return file.starts_with(e.file() + "/");
      });
      if (!hidden)
        out.emplace_back(index_name, 0, 0,
                         "索引中的 " + file + " 已不在磁盘上，请运行 kefu reindex");
    }
  }
  return out;
} catch (const DbError& e) {
  throw StoreError(dir_.rel(path_of(dir_)), 0, 0, std::string("索引无法读取：") + e.what());
}

}  // namespace kefu
