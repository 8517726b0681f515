/// The derived index in SQLite; see index.hpp for the freshness rules.
#include "store/index.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "store/codec.hpp"
#include "store/derived.hpp"
#include "store/files.hpp"
#include "store/freshness.hpp"
#include "store/record_store.hpp"
#include "store/seal.hpp"

namespace kefu {
namespace fs = std::filesystem;

namespace {

/// Files parsed per batch: bounds memory on a first run over a million files (a fee file
/// holds a building's month, some 100 KB).
constexpr size_t kBatch = 512;

/// Failures of SQLite itself: the index is then set aside and the files are read instead.
struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace

namespace {

int64_t ns(const struct timespec& t) {
  return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

Fingerprint fingerprint_of(const struct stat& st) {
  return Fingerprint{ns(st.st_mtim), ns(st.st_ctim), static_cast<int64_t>(st.st_size),
                     static_cast<int64_t>(st.st_ino)};
}

}  // namespace

/// Stats files folder by folder through an open folder, so each stat resolves one name.
class DirStat {
 public:
  explicit DirStat(const StoreFiles& files) : root_(files.fd()) {}
  ~DirStat() {
    if (fd_ >= 0) ::close(fd_);
  }
  DirStat(const DirStat&) = delete;
  DirStat& operator=(const DirStat&) = delete;

  /// The file `path` (relative, inside the relative folder `dir`). Whatever is there under
  /// that name counts: a link or FIFO put in a record's place is a change, read and reported.
  Seen operator()(std::string_view dir, std::string_view path) {
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

 private:
  int root_;
  std::string dir_, name_;
  int fd_ = -1;
  int dir_error_ = 0;
};

/// The files of a data directory, as the freshness rules see them.
class DiskScan : public FileScan {
 public:
  explicit DiskScan(const StoreFiles& files) : files_(files), stat_(files) {}
  Seen stat(std::string_view dir, std::string_view path) override { return stat_(dir, path); }
  std::optional<uint64_t> hash(std::string_view path) override {
    try {
      if (auto bytes = files_.read(path, kBulkLimit)) return content_hash(*bytes);
    } catch (const StoreError&) {
    }
    return std::nullopt;
  }

 private:
  const StoreFiles& files_;
  DirStat stat_;
};

namespace {

/// A row of the index as verify_scope() checks it against its file.
struct KnownRow {
  size_t at = 0;  // its path, in its batch's `paths`
  uint32_t size = 0, dir_size = 0;
  int month = 0;
  KnownFile known;
};

/// Rows stat-ed a batch at a time by worker threads, while the caller goes on adding rows
/// from its query: on two cores the SQLite read and the stats then overlap. A scope of a
/// few thousand files is stat-ed by the caller alone.
class StatPipeline {
 public:
  struct Batch {
    std::string paths;  // end to end
    std::vector<KnownRow> rows;
    std::vector<Seen> now;
    std::string_view path(const KnownRow& r) const {
      return std::string_view(paths).substr(r.at, r.size);
    }
  };

  explicit StatPipeline(const StoreFiles& files) : files_(files) {}
  ~StatPipeline() { finish(); }
  StatPipeline(const StatPipeline&) = delete;
  StatPipeline& operator=(const StatPipeline&) = delete;

  void add(std::string_view path, KnownRow row) {
    if (!open_) open_ = std::make_unique<Batch>();
    row.at = open_->paths.size();
    row.size = static_cast<uint32_t>(path.size());
    open_->paths += path;
    open_->rows.push_back(row);
    if (open_->rows.size() == kRows) publish();
  }

  /// Stats what is left, with the workers, and waits for them.
  void finish() {
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

  /// Every batch, in the order of the rows; each row's stat in `now`.
  const std::vector<std::unique_ptr<Batch>>& batches() const { return batches_; }

 private:
  static constexpr size_t kRows = 2048;

  void publish() {
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

  void work() {
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

  const StoreFiles& files_;
  std::unique_ptr<Batch> open_;
  std::vector<std::unique_ptr<Batch>> batches_;
  size_t taken_ = 0;
  bool done_ = false;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::thread> workers_;
};

/// The real clock, used only to judge file timestamps (never as the time of a record).
int64_t wall_ns() {
  struct timespec t {};
  clock_gettime(CLOCK_REALTIME, &t);
  return ns(t);
}

bool all_digits(const std::string& s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The folders of `f` on disk, relative to the data directory, each with its month as yyyymm
/// (a flat folder such as fees/dun: itself, month 0). A folder that cannot be listed goes to
/// `unreadable` with why, its month folders neither seen nor taken for gone.
std::vector<std::pair<std::string, int>> month_folders(const StoreFiles& files,
                                                       const IndexedFolder& f,
                                                       std::vector<StoreError>& unreadable) {
  std::vector<std::pair<std::string, int>> out;
  auto take = [&](FolderListing l) {
    for (auto& p : l.problems)
      if (l.dirs.empty() && l.files.empty()) unreadable.push_back(std::move(p));
    return l;
  };
  if (!f.by_month) {
    auto st = files.stat(f.folder);
    if (st.is == PathStat::Is::other && S_ISDIR(st.st.st_mode))
      out.emplace_back(f.folder, 0);
    else if (st.is == PathStat::Is::unreadable)
      unreadable.emplace_back(f.folder, 0, 0, "无法读取文件夹：" + errno_zh(st.error));
    return out;
  }
  for (const auto& y : take(files.list(f.folder)).dirs) {
    if (!all_digits(y, 4)) continue;
    for (const auto& m : take(files.list(f.folder + "/" + y)).dirs)
      if (all_digits(m, 2))
        out.emplace_back(f.folder + "/" + y + "/" + m, std::stoi(y) * 100 + std::stoi(m));
  }
  return out;
}

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK)
      throw DbError(sqlite3_errmsg(db));
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind_blob(int i, const std::string& v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind_null(int i) {
    sqlite3_bind_null(s_, i);
    return *this;
  }
  /// true while there is a row.
  bool step() {
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw DbError(sqlite3_errmsg(db_));
  }
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  int64_t i64(int c) const { return sqlite3_column_int64(s_, c); }
  bool null(int c) const { return sqlite3_column_type(s_, c) == SQLITE_NULL; }
  /// Valid until the next step.
  std::string_view view(int c) const {
    auto* p = static_cast<const char*>(sqlite3_column_blob(s_, c));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s_, c)))
             : std::string_view();
  }
  std::string text(int c) const {
    auto* p = static_cast<const char*>(sqlite3_column_blob(s_, c));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, c))) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err ? err : "sqlite";
    sqlite3_free(err);
    throw DbError(why);
  }
}

const char* const kCreate = R"(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS dirs(path TEXT PRIMARY KEY, folder TEXT NOT NULL, month INT NOT NULL,
  mtime INT NOT NULL, racy INT NOT NULL);
CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, folder TEXT NOT NULL, dir TEXT NOT NULL,
  month INT NOT NULL, unit TEXT NOT NULL, open INT NOT NULL,
  mtime INT NOT NULL, ctime INT NOT NULL, size INT NOT NULL, ino INT NOT NULL,
  hash INT NOT NULL, racy INT NOT NULL, body BLOB, extra TEXT NOT NULL,
  p_line INT, p_col INT, p_msg TEXT, seal INT NOT NULL DEFAULT 2, sealed_body BLOB);
CREATE INDEX IF NOT EXISTS files_dir ON files(dir);
CREATE INDEX IF NOT EXISTS files_month ON files(folder, month);
DROP INDEX IF EXISTS files_open;
CREATE INDEX IF NOT EXISTS files_open_month ON files(folder, open, month);
CREATE INDEX IF NOT EXISTS files_fresh ON files(folder, month, path, dir, unit, mtime, ctime, size,
  ino, hash, racy, p_line);
)";

sqlite3* open_db(const fs::path& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(
          path.c_str(), &db,
          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW,
          nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 60000);
  return db;
}

/// Ready to use: tables present and written by this version. Throws DbError otherwise.
void prepare(sqlite3* db) {
  exec(db, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000; PRAGMA temp_store=MEMORY;");
  exec(db, "BEGIN IMMEDIATE");
  try {
    exec(db, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);");
    std::string have;
    {
      Stmt get(db, "SELECT value FROM meta WHERE key='version'");
      have = get.step() ? get.text(0) : "";
    }
    if (have != derived::format_tag()) {
      // Another version's tables, columns and all, are dropped and made anew (`derived` held
      // kept results before they were files in .kefu/kept/).
      exec(db,
           "DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS dirs; DROP TABLE IF EXISTS derived;");
      Stmt put(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('version', ?)");
      put.bind(1, derived::format_tag()).run();
    }
    exec(db, kCreate);
    exec(db, "COMMIT");
  } catch (...) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

/// 2026-11 → 202611, as the month column holds it.
int yyyymm(YearMonth m) {
  return m.year * 100 + static_cast<int>(m.month);
}

/// The scope's months as SQL; an unset end does not restrict (flat folders are month 0).
std::string month_window(const IndexScope& s) {
  return fmt::format(" AND month BETWEEN {} AND {}", s.from ? yyyymm(*s.from) : 0,
                     s.to ? yyyymm(*s.to) : 999999);
}

}  // namespace

/// What a command found changed, applied in one transaction.
struct RecordIndex::Work {
  int64_t started = wall_ns();
  struct Parse {
    std::string rel, dir;
    int month = 0;
    Fingerprint fp;
  };
  struct Touch {
    std::string rel;
    Fingerprint fp;
  };
  struct Dir {
    std::string rel;
    int month = 0;
    int64_t mtime = 0;
  };
  std::vector<Parse> parse;  // new or changed: parse again
  std::vector<Touch> touch;  // same bytes, new fingerprint
  std::vector<std::string> gone, gone_dirs;
  std::vector<Dir> dirs;
  std::vector<StoreError> unreadable;  // files that could not be looked at
  std::set<std::string> rescanned;     // folders listed again: their files compared already
  size_t parsed = 0;                   // files parsed so far by this command

  void clear_pending() {
    parse.clear();
    touch.clear();
    gone.clear();
    gone_dirs.clear();
    dirs.clear();
  }

  bool racy(int64_t mtime) const { return is_racy(started, mtime); }
  bool empty() const {
    return parse.empty() && touch.empty() && gone.empty() && gone_dirs.empty() && dirs.empty();
  }
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
    sqlite3* db = open_db(path);
    if (!db) return nullptr;
    try {
      prepare(db);
      // SQLite makes a new database 0644 less the umask; in a data directory shared by a group,
      // every member must be able to write it.
      struct stat db_st {};
      const std::string index(derived::kIndex);
      if (::fstatat(dir.files().fd(), index.c_str(), &db_st, AT_SYMLINK_NOFOLLOW) == 0 &&
          db_st.st_uid == ::geteuid() && (db_st.st_mode & 0777) != dir.files().file_mode())
        ::fchmodat(dir.files().fd(), index.c_str(), dir.files().file_mode(), 0);
      return std::unique_ptr<RecordIndex>(new RecordIndex(dir, db));
    } catch (const DbError&) {
      // Not a database, or damaged: it is only a cache, so start a new one.
      sqlite3_close(db);
      std::error_code ec;
      fs::remove(path, ec);
      fs::remove(path.string() + "-journal", ec);
    }
  }
  return nullptr;
}

RecordIndex::RecordIndex(const DataDir& dir, sqlite3* db) : dir_(dir), db_(db) {}

RecordIndex::~RecordIndex() {
  sqlite3_close(db_);
}

void RecordIndex::sync_folder(const IndexedFolder& f, Work& w) {
  std::map<std::string, KnownFile> known_dirs;
  {
    Stmt q(db_, "SELECT path, mtime, racy FROM dirs WHERE folder=?");
    q.bind(1, f.folder);
    while (q.step()) known_dirs[q.text(0)] = KnownFile{{q.i64(1), 0, 0, 0}, 0, q.i64(2) != 0};
  }
  const auto& files = dir_.files();
  std::vector<StoreError> unreadable;
  auto on_disk = month_folders(files, f, unreadable);
  DiskScan scan(files);
  std::set<std::string> present;
  bool shown = false;
  for (size_t at = 0; at < on_disk.size(); ++at) {
    const auto& [rel, month] = on_disk[at];
    present.insert(rel);
    auto st = files.stat(rel);  // before listing: a later change moves it on
    if (st.is != PathStat::Is::other || !S_ISDIR(st.st.st_mode)) continue;
    int64_t mtime = ns(st.st.st_mtim);
    auto it = known_dirs.find(rel);
    if (it != known_dirs.end() && it->second.fp.mtime == mtime && !it->second.racy) continue;

    auto listing = files.list(rel);
    if (listing.files.empty() && listing.dirs.empty() && !listing.problems.empty() &&
        listing.problems.front().file() == rel) {
      // The folder cannot be read: reported, and its rows neither served nor dropped, so that
      // everything is there again once it can be read.
      unreadable.push_back(listing.problems.front());
      continue;
    }
    // Listed again: compare every file with its row. What is named like a record but is not a
    // regular file (a link, a FIFO, a folder) is kept as a problem, as a file that does not
    // parse is.
    std::map<std::string, KnownFile> rows;
    Stmt q(db_, "SELECT path, mtime, ctime, size, ino, hash, racy FROM files WHERE dir=?");
    q.bind(1, rel);
    while (q.step())
      rows[q.text(0)] =
          KnownFile{{q.i64(1), q.i64(2), q.i64(3), q.i64(4)}, q.i64(5), q.i64(6) != 0};
    std::vector<std::string> listed;
    for (const auto& name : listing.files) listed.push_back(rel + "/" + name);
    for (const auto& p : listing.problems)
      if (p.file().size() > rel.size() && p.file().starts_with(rel + "/"))
        listed.push_back(p.file());
    auto changes = compare_folder(rel, rows, listed, scan);
    // A file that could not be looked at is left as it is (its row neither served nor dropped).
    for (auto& c : changes.parse) w.parse.push_back({std::move(c.path), rel, month, c.fp});
    for (auto& c : changes.touch) w.touch.push_back({std::move(c.path), c.fp});
    for (auto& g : changes.gone) w.gone.push_back(std::move(g));
    w.dirs.push_back({rel, month, mtime});
    w.rescanned.insert(rel);
    if (w.parse.size() >= kBatch * 4) {  // bounded memory on a first run: write as we go
      w.parsed += w.parse.size();
      apply(f, w);
      w.clear_pending();
    }
    if (progress_ && w.parsed + w.parse.size() >= 2000) {
      progress_(at + 1, on_disk.size());
      shown = at + 1 < on_disk.size();
    }
  }
  if (shown) progress_(on_disk.size(), on_disk.size());
  for (const auto& known : known_dirs) {
    const auto& rel = known.first;
    if (present.count(rel)) continue;
    // Under a folder that could not be listed: not gone, only out of sight for now.
    bool hidden = std::any_of(unreadable.begin(), unreadable.end(), [&](const StoreError& e) {
      return rel == e.file() || rel.starts_with(e.file() + "/");
    });
    if (!hidden) w.gone_dirs.push_back(rel);
  }
  for (auto& e : unreadable) {
    int month = 0;
    auto parts = e.file().substr(std::min(e.file().size(), f.folder.size() + 1));
    if (parts.size() == 7 && parts[4] == '/')
      month = std::atoi(parts.c_str()) * 100 + std::atoi(parts.c_str() + 5);
    unreadable_[f.folder].push_back({month, std::move(e)});
  }
}

std::vector<std::string> RecordIndex::scope_keys(const IndexedFolder& f, const IndexScope& s,
                                                 std::string& where) const {
  std::vector<std::string> keys;
  if (s.open_only) {
    where = " AND open=1";
    keys.push_back(f.folder + " open");
  } else {
    int from = s.from ? yyyymm(*s.from) : 0;
    int to = s.to ? yyyymm(*s.to) : 999999;
    where = month_window(s);
    if (!f.by_month || (!s.from && !s.to)) {
      keys.push_back(f.folder + " all");
    } else if (s.from && s.to && to - from < 10000) {
      for (YearMonth m = *s.from; m <= *s.to; m = m.next())
        keys.push_back(fmt::format("{} {}", f.folder, m.str()));
    } else {
      keys.push_back(fmt::format("{} {}-{}", f.folder, from, to));
    }
  }
  if (verified_.count(f.folder + " all") ||
      std::all_of(keys.begin(), keys.end(), [&](const auto& k) { return verified_.count(k); }))
    keys.clear();  // stat-ed already by this command
  return keys;
}

/// What judge() said of a file, as this command's work.
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
  std::string where;
  auto keys = scope_keys(f, s, where);
  if (keys.empty()) return false;
  // Answered from the files_fresh index alone: a row's body is never read here.
  std::string sql = "SELECT path, length(dir), month, mtime, ctime, size, ino, hash, racy" +
                    std::string(fold ? ", unit, p_line IS NOT NULL" : "") +
                    " FROM files WHERE folder=?" + where + (fold ? " ORDER BY month, path" : "");
  Stmt q(db_, sql.c_str());
  q.bind(1, f.folder);
  // Ten years of a kind is some 100,000 rows: they are stat-ed in batches by worker threads
  // while the query goes on.
  StatPipeline stats(dir_.files());
  while (q.step()) {
    auto path = q.view(0);
    auto dir_size = static_cast<uint32_t>(q.i64(1));
    if (fold) fold->add(q.view(9), q.i64(2), path, q.i64(7), q.i64(10) != 0);
    if (!w.rescanned.empty() && w.rescanned.count(std::string(path.substr(0, dir_size)))) continue;
    stats.add(path, {0, 0, dir_size, static_cast<int>(q.i64(2)),
                     KnownFile{Fingerprint{q.i64(3), q.i64(4), q.i64(5), q.i64(6)}, q.i64(7),
                               q.i64(8) != 0}});
  }
  stats.finish();
  DiskScan scan(dir_.files());
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
  if (w.empty()) return;
  exec(db_, "BEGIN IMMEDIATE");
  try {
    Stmt del(db_, "DELETE FROM files WHERE path=?");
    for (const auto& g : w.gone) del.bind(1, g).run();
    Stmt del_dir(db_, "DELETE FROM dirs WHERE path=?");
    Stmt del_files(db_, "DELETE FROM files WHERE dir=?");
    for (const auto& g : w.gone_dirs) {
      del_dir.bind(1, g).run();
      del_files.bind(1, g).run();
    }
    Stmt touch(db_, "UPDATE files SET mtime=?, ctime=?, size=?, ino=?, racy=? WHERE path=?");
    for (const auto& t : w.touch)
      touch.bind(1, t.fp.mtime)
          .bind(2, t.fp.ctime)
          .bind(3, t.fp.size)
          .bind(4, t.fp.ino)
          .bind(5, w.racy(t.fp.mtime) ? 1 : 0)
          .bind(6, t.rel)
          .run();

    Stmt put(db_,
             // The body of the file as kefu last sealed it is kept while its seal is broken, so
             // that `kefu correct --accept` can say what a hand edit changed.
             "INSERT INTO files(path, folder, dir, month, unit, open, mtime, ctime, "
             "size, ino, hash, racy, body, extra, p_line, p_col, p_msg, seal) "
             "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
             "ON CONFLICT(path) DO UPDATE SET folder=excluded.folder, dir=excluded.dir, "
             "month=excluded.month, unit=excluded.unit, open=excluded.open, mtime=excluded.mtime, "
             "ctime=excluded.ctime, size=excluded.size, ino=excluded.ino, hash=excluded.hash, "
             "racy=excluded.racy, body=excluded.body, extra=excluded.extra, "
             "p_line=excluded.p_line, p_col=excluded.p_col, p_msg=excluded.p_msg, "
             "sealed_body=CASE WHEN excluded.seal=0 THEN NULL WHEN files.seal=0 AND files.p_msg "
             "IS NULL THEN files.body ELSE files.sealed_body END, seal=excluded.seal");
    struct Parsed {
      uint64_t hash = 0;
      SealState seal = SealState::missing;
      std::optional<IndexEntry> entry;
      std::optional<StoreError> problem;
    };
    size_t total = w.parse.size();
    unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    for (size_t start = 0; start < total; start += kBatch) {
      size_t n = std::min(kBatch, total - start);
      std::vector<Parsed> out(n);
      std::atomic<size_t> next{0};
      auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < n;) {
          const auto& p = w.parse[start + i];
          auto& o = out[i];
          try {
            auto bytes = dir_.files().read(p.rel, f.limit);
            if (!bytes) throw StoreError(p.rel, 0, 0, "文件在读取时消失了");
            o.hash = content_hash(*bytes);
            o.seal = seal_state(*bytes);
            StoredFile file{dir_.root() / p.rel, p.rel, std::move(*bytes), o.seal};
            o.entry = f.digest(file);
          } catch (const StoreError& e) {
            o.problem = e;
          } catch (const std::exception& e) {
            o.problem = StoreError(p.rel, 0, 0, e.what());
          }
        }
      };
      if (n < 64 || threads == 1) {
        worker();
      } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
        for (auto& t : pool) t.join();
      }
      for (size_t i = 0; i < n; ++i) {
        const auto& p = w.parse[start + i];
        const auto& o = out[i];
        put.bind(1, p.rel).bind(2, f.folder).bind(3, p.dir).bind(4, p.month);
        put.bind(7, p.fp.mtime).bind(8, p.fp.ctime).bind(9, p.fp.size).bind(10, p.fp.ino);
        put.bind(11, static_cast<int64_t>(o.hash)).bind(12, w.racy(p.fp.mtime) ? 1 : 0);
        put.bind(18, static_cast<int64_t>(o.seal));
        if (o.entry) {
          put.bind(5, o.entry->unit).bind(6, o.entry->open ? 1 : 0);
          put.bind_blob(13, o.entry->body).bind(14, o.entry->extra);
          put.bind_null(15).bind_null(16).bind_null(17);
        } else {
          // Kept as a problem so every query that covers it reports it; open so that the
          // open-case queries do too.
          put.bind(5, std::string()).bind(6, 1).bind_null(13).bind(14, std::string());
          put.bind(15, o.problem->line()).bind(16, o.problem->column());
          put.bind(17, std::string(o.problem->what()));
        }
        put.run();
      }
    }
    Stmt dir(db_,
             "INSERT OR REPLACE INTO dirs(path, folder, month, mtime, racy) VALUES(?,?,?,?,?)");
    for (const auto& d : w.dirs)
      dir.bind(1, d.rel)
          .bind(2, f.folder)
          .bind(3, d.month)
          .bind(4, d.mtime)
          .bind(5, w.racy(d.mtime) ? 1 : 0)
          .run();
    exec(db_, "COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
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
  synced_.insert(f.folder);
  return checked && unchanged;
}

std::optional<std::vector<std::pair<std::string, SealState>>> RecordIndex::unsealed(
    const IndexedFolder& f, const IndexScope& s) try {
  bring_up_to_date(f, s);
  std::string sql = "SELECT path, seal FROM files WHERE folder=? AND seal != 0 AND p_msg IS NULL";
  sql += month_window(s);
  sql += " ORDER BY month, path";
  Stmt q(db_, sql.c_str());
  q.bind(1, f.folder);
  std::vector<std::pair<std::string, SealState>> out;
  while (q.step()) out.emplace_back(q.text(0), static_cast<SealState>(q.i64(1)));
  return out;
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
    std::string sql =
        "SELECT unit, path, hash, p_line IS NOT NULL, month FROM files WHERE folder=?";
    sql += month_window(s);
    if (!s.unit.empty()) sql += " AND (unit=? OR p_line IS NOT NULL)";
    sql += " ORDER BY month, path";  // from the files_fresh index, in its order
    Stmt q(db_, sql.c_str());
    q.bind(1, f.folder);
    if (!s.unit.empty()) q.bind(2, s.unit);
    while (q.step()) fold.add(q.view(0), q.i64(4), q.view(1), q.i64(2), q.i64(3) != 0);
  }
  if (fold.problem) return std::nullopt;
  return std::map<std::string, uint64_t>(fold.folds.begin(), fold.folds.end());
} catch (const DbError&) {
  return std::nullopt;
}

std::optional<std::string> RecordIndex::sealed_body(const std::string& path) try {
  Stmt q(db_,
         "SELECT CASE WHEN seal=0 AND p_msg IS NULL THEN body ELSE sealed_body END FROM files "
         "WHERE path=?");
  q.bind(1, path);
  if (q.step() && !q.null(0)) return q.text(0);
  return std::nullopt;
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
  std::string where;
  auto keys = s.unit.empty() ? scope_keys(f, s, where) : std::vector<std::string>{};
  std::string sql =
      "SELECT path, body, extra, p_line, p_col, p_msg, dir, month, mtime, ctime, size, ino, hash, "
      "racy, seal FROM files WHERE folder=?";
  sql += month_window(s);
  if (s.open_only) sql += " AND open=1";
  if (!s.unit.empty()) sql += " AND (unit=? OR p_msg IS NOT NULL)";
  // ID order: TS-2026-11-10000 after TS-2026-11-9999; a flat folder (keys/, fees/dun/) by name.
  sql += " ORDER BY month, CASE WHEN month = 0 THEN 0 ELSE length(path) END, path";
  Stmt q(db_, sql.c_str());
  q.bind(1, f.folder);
  if (!s.unit.empty()) q.bind(2, s.unit);
  std::vector<IndexRow> out;
  Work w;
  DiskScan scan(dir_.files());
  while (q.step()) {
    IndexRow r;
    r.name = q.text(0);
    if (!keys.empty()) {
      auto dir = q.text(6);
      if (!rescanned_.count(dir)) {
        KnownFile known{Fingerprint{q.i64(8), q.i64(9), q.i64(10), q.i64(11)}, q.i64(12),
                        q.i64(13) != 0};
        take(r.name, dir, static_cast<int>(q.i64(7)),
             judge(&known, scan.stat(dir, r.name), r.name, scan), w);
      }
    }
    r.path = dir_.root() / r.name;
    r.seal = static_cast<SealState>(q.i64(14));
    if (!w.unreadable.empty() && w.unreadable.back().file() == r.name)
      unreadable_files_.insert_or_assign(r.name, w.unreadable.back());
    if (auto it = unreadable_files_.find(r.name); it != unreadable_files_.end()) {
      r.problem = it->second;  // not looked at: neither served as it was nor dropped
    } else if (!q.null(5)) {
      r.problem =
          StoreError(r.name, static_cast<int>(q.i64(3)), static_cast<int>(q.i64(4)), q.text(5));
    } else {
      r.body = q.text(1);
      r.extra = q.text(2);
    }
    out.push_back(std::move(r));
  }
  for (auto& k : keys) verified_.insert(std::move(k));
  // Folders in scope that could not be listed.
  int from = s.from ? yyyymm(*s.from) : 0, to = s.to ? yyyymm(*s.to) : 999999;
  if (auto it = unreadable_.find(f.folder); it != unreadable_.end())
    for (const auto& [month, e] : it->second)
      if (month == 0 || (month >= from && month <= to)) {
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
    synced_.insert(f.folder);
  }
} catch (const DbError& e) {
  throw StoreError(dir_.rel(path_of(dir_)), 0, 0, std::string("索引无法写入：") + e.what());
}

size_t RecordIndex::rebuild(const std::vector<IndexedFolder>& folders) try {
  exec(db_, "BEGIN IMMEDIATE; DELETE FROM files; DELETE FROM dirs; COMMIT;");
  synced_.clear();
  verified_.clear();
  size_t files = 0;
  for (const auto& f : folders) {
    Work w;
    sync_folder(f, w);
    files += w.parsed + w.parse.size();
    apply(f, w);
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
  for (const auto& f : folders) {
    std::unordered_map<std::string, int64_t> rows;
    Stmt q(db_, "SELECT path, hash FROM files WHERE folder=?");
    q.bind(1, f.folder);
    while (q.step()) rows[q.text(0)] = q.i64(1);
    std::vector<StoreError> unreadable;
    for (const auto& [d, month] : month_folders(files, f, unreadable)) {
      auto listing = files.list(d);
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
