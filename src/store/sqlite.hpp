/// A thin wrapper of SQLite for the derived index: prepared statements that throw DbError,
/// and opening a database file. Nothing here knows what the index holds.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kefu::sql {

/// Failures of SQLite itself: the index is then set aside and the files are read instead.
struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, int64_t v);
  Stmt& bind(int i, const std::string& v);
  Stmt& bind_blob(int i, const std::string& v);
  Stmt& bind_null(int i);
  /// true while there is a row.
  bool step();
  /// Steps once and resets, for a statement that gives no rows.
  void run();
  void reset();
  int64_t i64(int c) const;
  bool null(int c) const;
  /// Valid until the next step.
  std::string_view view(int c) const;
  std::string text(int c) const { return std::string(view(c)); }

 private:
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

/// Runs one or more statements that give no rows.
void exec(sqlite3* db, const char* sql);
/// Rolls back an open transaction, ignoring any error (used while another is thrown).
void rollback(sqlite3* db);
/// Opens (or makes) the database file `path`, not following a link; nullptr when it cannot.
sqlite3* open(const std::filesystem::path& path);
void close(sqlite3* db);

/// A transaction that is rolled back unless commit() is called.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (db_) rollback(db_);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    exec(db_, "COMMIT");
    db_ = nullptr;
  }

 private:
  sqlite3* db_;
};

}  // namespace kefu::sql
