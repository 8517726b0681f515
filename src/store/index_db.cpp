/// The index's tables; see index_db.hpp.
#include "store/index_db.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

#include "store/derived.hpp"
#include "store/sqlite.hpp"

namespace kefu {

using sql::Stmt;

namespace {

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

/// Ready to use: tables present and written by this version. Throws DbError otherwise.
void prepare(sqlite3* db) {
  sql::exec(db, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000; PRAGMA temp_store=MEMORY;");
  sql::Transaction t(db);
  sql::exec(db, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);");
  std::string have;
  {
    Stmt get(db, "SELECT value FROM meta WHERE key='version'");
    have = get.step() ? get.text(0) : "";
  }
  if (have != derived::format_tag()) {
    // Another version's tables, columns and all, are dropped and made anew (`derived` held
    // kept results before they were files in .kefu/kept/).
    sql::exec(
        db, "DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS dirs; DROP TABLE IF EXISTS derived;");
    Stmt put(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('version', ?)");
    put.bind(1, derived::format_tag()).run();
  }
  sql::exec(db, kCreate);
  t.commit();
}

/// The window as SQL.
std::string where(MonthWindow w) {
  return fmt::format(" AND month BETWEEN {} AND {}", w.from, w.to);
}

KnownFile known_at(const Stmt& q, int c) {
  return KnownFile{Fingerprint{q.i64(c), q.i64(c + 1), q.i64(c + 2), q.i64(c + 3)}, q.i64(c + 4),
                   q.i64(c + 5) != 0};
}

}  // namespace

std::unique_ptr<IndexDb> IndexDb::open(const std::filesystem::path& path) {
  sqlite3* db = sql::open(path);
  if (!db) return nullptr;
  try {
    prepare(db);
  } catch (...) {
    sql::close(db);
    throw;
  }
  return std::unique_ptr<IndexDb>(new IndexDb(db));
}

IndexDb::~IndexDb() {
  sql::close(db_);
}

void IndexDb::write(const std::string& folder, const IndexWrite& w, const Digest& digest) {
  if (w.empty()) return;
  sql::Transaction t(db_);
  Stmt del(db_, "DELETE FROM files WHERE path=?");
  for (const auto& g : w.gone) del.bind(1, g).run();
  Stmt del_dir(db_, "DELETE FROM dirs WHERE path=?");
  Stmt del_files(db_, "DELETE FROM files WHERE dir=?");
  for (const auto& g : w.gone_dirs) {
    del_dir.bind(1, g).run();
    del_files.bind(1, g).run();
  }
  Stmt touch(db_, "UPDATE files SET mtime=?, ctime=?, size=?, ino=?, racy=? WHERE path=?");
  for (const auto& c : w.touch)
    touch.bind(1, c.fp.mtime)
        .bind(2, c.fp.ctime)
        .bind(3, c.fp.size)
        .bind(4, c.fp.ino)
        .bind(5, w.racy(c.fp.mtime) ? 1 : 0)
        .bind(6, c.rel)
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
  // Parsed a batch at a time: bounds memory on a first run over a million files (a fee file
  // holds a building's month, some 100 KB).
  constexpr size_t kBatch = 512;
  for (size_t start = 0; start < w.parse.size(); start += kBatch) {
    size_t n = std::min(kBatch, w.parse.size() - start);
    auto out = digest(w.parse.data() + start, n);
    for (size_t i = 0; i < n; ++i) {
      const auto& p = w.parse[start + i];
      const auto& o = out[i];
      put.bind(1, p.rel).bind(2, folder).bind(3, p.dir).bind(4, p.month);
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
  Stmt dir(db_, "INSERT OR REPLACE INTO dirs(path, folder, month, mtime, racy) VALUES(?,?,?,?,?)");
  for (const auto& d : w.dirs)
    dir.bind(1, d.rel)
        .bind(2, folder)
        .bind(3, d.month)
        .bind(4, d.mtime)
        .bind(5, w.racy(d.mtime) ? 1 : 0)
        .run();
  t.commit();
}

void IndexDb::clear() {
  sql::exec(db_, "BEGIN IMMEDIATE; DELETE FROM files; DELETE FROM dirs; COMMIT;");
}

std::map<std::string, KnownFile> IndexDb::known_dirs(const std::string& folder) {
  std::map<std::string, KnownFile> out;
  Stmt q(db_, "SELECT path, mtime, racy FROM dirs WHERE folder=?");
  q.bind(1, folder);
  while (q.step()) out[q.text(0)] = KnownFile{{q.i64(1), 0, 0, 0}, 0, q.i64(2) != 0};
  return out;
}

std::map<std::string, KnownFile> IndexDb::rows_in_dir(const std::string& dir) {
  std::map<std::string, KnownFile> out;
  Stmt q(db_, "SELECT path, mtime, ctime, size, ino, hash, racy FROM files WHERE dir=?");
  q.bind(1, dir);
  while (q.step()) out[q.text(0)] = known_at(q, 1);
  return out;
}

std::unordered_map<std::string, int64_t> IndexDb::hashes(const std::string& folder) {
  std::unordered_map<std::string, int64_t> out;
  Stmt q(db_, "SELECT path, hash FROM files WHERE folder=?");
  q.bind(1, folder);
  while (q.step()) out[q.text(0)] = q.i64(1);
  return out;
}

void IndexDb::fresh_rows(const std::string& folder, MonthWindow window, bool open_only,
                         bool ordered, const std::function<void(const FreshRow&)>& each) {
  // Answered from the files_fresh index alone: a row's body is never read here.
  std::string sql =
      "SELECT path, length(dir), month, mtime, ctime, size, ino, hash, racy, unit, "
      "p_line IS NOT NULL FROM files WHERE folder=?" +
      (open_only ? std::string(" AND open=1") : where(window)) +
      (ordered ? " ORDER BY month, path" : "");
  Stmt q(db_, sql.c_str());
  q.bind(1, folder);
  while (q.step()) {
    FreshRow r;
    r.path = q.view(0);
    r.dir_size = static_cast<uint32_t>(q.i64(1));
    r.month = static_cast<int>(q.i64(2));
    r.known = known_at(q, 3);
    r.unit = q.view(9);
    r.problem = q.i64(10) != 0;
    each(r);
  }
}

void IndexDb::rows(const std::string& folder, MonthWindow window, bool open_only,
                   const std::string& unit, const std::function<void(Row&&)>& each) {
  std::string sql =
      "SELECT path, body, extra, p_line, p_col, p_msg, dir, month, mtime, ctime, size, ino, hash, "
      "racy, seal FROM files WHERE folder=?";
  sql += where(window);
  if (open_only) sql += " AND open=1";
  if (!unit.empty()) sql += " AND (unit=? OR p_msg IS NOT NULL)";
  // ID order: TS-2026-11-10000 after TS-2026-11-9999; a flat folder (keys/, fees/dun/) by name.
  sql += " ORDER BY month, CASE WHEN month = 0 THEN 0 ELSE length(path) END, path";
  Stmt q(db_, sql.c_str());
  q.bind(1, folder);
  if (!unit.empty()) q.bind(2, unit);
  while (q.step()) {
    Row r;
    r.path = q.text(0);
    r.dir = q.text(6);
    r.month = static_cast<int>(q.i64(7));
    r.known = known_at(q, 8);
    r.seal = static_cast<SealState>(q.i64(14));
    if (!q.null(5)) {
      r.problem =
          StoreError(r.path, static_cast<int>(q.i64(3)), static_cast<int>(q.i64(4)), q.text(5));
    } else {
      r.body = q.text(1);
      r.extra = q.text(2);
    }
    each(std::move(r));
  }
}

void IndexDb::hash_rows(
    const std::string& folder, MonthWindow window, const std::string& unit,
    const std::function<void(std::string_view, int, std::string_view, int64_t, bool)>& each) {
  std::string sql = "SELECT unit, path, hash, p_line IS NOT NULL, month FROM files WHERE folder=?";
  sql += where(window);
  if (!unit.empty()) sql += " AND (unit=? OR p_line IS NOT NULL)";
  sql += " ORDER BY month, path";  // from the files_fresh index, in its order
  Stmt q(db_, sql.c_str());
  q.bind(1, folder);
  if (!unit.empty()) q.bind(2, unit);
  while (q.step()) each(q.view(0), static_cast<int>(q.i64(4)), q.view(1), q.i64(2), q.i64(3) != 0);
}

std::vector<std::pair<std::string, SealState>> IndexDb::unsealed(const std::string& folder,
                                                                 MonthWindow window) {
  std::string sql = "SELECT path, seal FROM files WHERE folder=? AND seal != 0 AND p_msg IS NULL";
  sql += where(window);
  sql += " ORDER BY month, path";
  Stmt q(db_, sql.c_str());
  q.bind(1, folder);
  std::vector<std::pair<std::string, SealState>> out;
  while (q.step()) out.emplace_back(q.text(0), static_cast<SealState>(q.i64(1)));
  return out;
}

std::optional<std::string> IndexDb::sealed_body(const std::string& path) {
  Stmt q(db_,
         "SELECT CASE WHEN seal=0 AND p_msg IS NULL THEN body ELSE sealed_body END FROM files "
         "WHERE path=?");
  q.bind(1, path);
  if (q.step() && !q.null(0)) return q.text(0);
  return std::nullopt;
}

}  // namespace kefu
