/// The SQLite wrapper; see sqlite.hpp.
#include "store/sqlite.hpp"

#include <sqlite3.h>

namespace kefu::sql {

Stmt::Stmt(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK) throw DbError(sqlite3_errmsg(db));
}

Stmt::~Stmt() {
  sqlite3_finalize(s_);
}

Stmt& Stmt::bind(int i, int64_t v) {
  sqlite3_bind_int64(s_, i, v);
  return *this;
}

Stmt& Stmt::bind(int i, const std::string& v) {
  sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::bind_blob(int i, const std::string& v) {
  sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::bind_null(int i) {
  sqlite3_bind_null(s_, i);
  return *this;
}

bool Stmt::step() {
  int rc = sqlite3_step(s_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw DbError(sqlite3_errmsg(db_));
}

void Stmt::run() {
  step();
  reset();
}

void Stmt::reset() {
  sqlite3_reset(s_);
  sqlite3_clear_bindings(s_);
}

int64_t Stmt::i64(int c) const {
  return sqlite3_column_int64(s_, c);
}

bool Stmt::null(int c) const {
  return sqlite3_column_type(s_, c) == SQLITE_NULL;
}

std::string_view Stmt::view(int c) const {
  auto* p = static_cast<const char*>(sqlite3_column_blob(s_, c));
  return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s_, c)))
           : std::string_view();
}

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err ? err : "sqlite";
    sqlite3_free(err);
    throw DbError(why);
  }
}

void rollback(sqlite3* db) {
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

sqlite3* open(const std::filesystem::path& path) {
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

void close(sqlite3* db) {
  sqlite3_close(db);
}

}  // namespace kefu::sql
