/// The derived index: .kefu/index.sqlite, a cache of every record file in parsed form.
///
/// The record files are the only truth. The index keeps, per file, what a query needs (month,
/// unit, open or not), the record in the compact form of codec.hpp, and the file's fingerprint
/// (mtime and ctime in nanoseconds, size, inode) taken *before* it was read. Before answering,
/// it brings itself up to date without a stat of every file:
///
///   * every month folder is stat-ed (120 a kind for ten years); a folder whose mtime moved has
///     had a file added, removed or renamed — kefu's own writes rename into place, so they move
///     it too — and is listed again and compared with its rows;
///   * every file the query covers (the months asked for, or the open cases) is stat-ed, which
///     catches an editor saving in place, as nano does;
///   * a file or folder changed within two seconds of being indexed is "racy" (a second change
///     in the same clock tick would leave the same mtime) and is re-read and compared by
///     content until it is older than that.
///
/// A crash between a record write and the index update cannot leave it stale: the rows carry
/// the fingerprint of what they describe, so the record wins at the next command. Deleting the
/// index is always safe; a missing, corrupt or outdated one is rebuilt.
///
/// The parts, each in its own file: the rules that say what changed (freshness.*, with the
/// disk behind the FileScan interface so that they are tested on a fake), the disk itself
/// (disk_scan.*: stats on worker threads, listings), parsing files in parallel (digest.*), the
/// tables and every SQL statement (index_db.*, over the wrapper sqlite.*). This file puts them
/// together: which folders and files a query must check, once a command.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "core/time.hpp"
#include "store/datadir.hpp"
#include "store/digest.hpp"
#include "store/index_db.hpp"
#include "store/progress.hpp"
#include "store/seal.hpp"

namespace kefu {

/// A folder of record files the index covers: complaints/yyyy/mm/*.yaml, or flat (fees/dun).
struct IndexedFolder {
  std::string folder;  // "complaints", "fees/bills"
  bool by_month = true;
  /// Parses a file; throws StoreError (kept as the file's problem, reported by every query).
  DigestFn digest;
  size_t limit = kRecordLimit;  // the largest file it holds that kefu reads
};

/// What a query covers; empty fields do not restrict.
struct IndexScope {
  std::optional<YearMonth> from, to;
  bool open_only = false;
  std::string unit;
};

struct IndexRow {
  std::filesystem::path path;
  std::string name;  // relative to the data directory
  std::string body;
  std::string extra;
  std::optional<StoreError> problem;  // the file does not parse; body is empty
  SealState seal = SealState::missing;
};

class RecordIndex {
 public:
  /// Opens or creates the index; nullptr when it cannot be used (KEFU_INDEX=off, or a store
  /// kefu may not write), in which case callers read the files themselves.
  static std::unique_ptr<RecordIndex> open(const DataDir& dir);
  static std::filesystem::path path_of(const DataDir& dir);
  ~RecordIndex();
  RecordIndex(const RecordIndex&) = delete;
  RecordIndex& operator=(const RecordIndex&) = delete;

  /// The rows of `f` in scope, in ID order, after bringing them up to date; nullopt when
  /// SQLite fails (then the caller reads the files).
  std::optional<std::vector<IndexRow>> select(const IndexedFolder& f, const IndexScope& s);

  /// Forgets everything and indexes every file of `folders` again; returns the file count.
  size_t rebuild(const std::vector<IndexedFolder>& folders);
  /// What stamps() folds separately: each unit (building) or each month (yyyymm).
  enum class StampBy { unit, month };
  /// After the same checks as select(): per unit or per month, a fold of the path and content
  /// hash of every file in scope — it changes whenever one of them does. nullopt when a file
  /// in scope does not parse, or SQLite fails.
  std::optional<std::map<std::string, uint64_t>> stamps(const IndexedFolder& f, const IndexScope& s,
                                                        StampBy by = StampBy::unit);
  /// After the same checks as select(): the files in scope whose seal is not intact, without
  /// reading their bodies; nullopt when SQLite fails.
  std::optional<std::vector<std::pair<std::string, SealState>>> unsealed(const IndexedFolder& f,
                                                                         const IndexScope& s);
  /// The record at `path` (relative) as kefu last sealed it, in the codec's form, as the index
  /// last saw it, without bringing anything up to date; nullopt when it never saw it sealed.
  std::optional<std::string> sealed_body(const std::string& path);
  /// What every command does before it answers, for all of `folders`: folders compared,
  /// open cases stat-ed.
  void refresh(const std::vector<IndexedFolder>& folders);
  /// Compares every row with its file, read afresh; each difference is a StoreError.
  std::vector<StoreError> verify(const std::vector<IndexedFolder>& folders);

  /// Told how the work on each folder stands (a first run, `kefu reindex`, many hand edits;
  /// verify()'s reading of every file).
  void set_progress(Progress p) { progress_ = std::move(p); }

 private:
  RecordIndex(const DataDir& dir, std::unique_ptr<IndexDb> db);
  struct Work;
  struct Fold;
  /// The keys of `verified_` the scope covers; none when they are all there.
  std::vector<std::string> scope_keys(const IndexedFolder& f, const IndexScope& s) const;
  /// What judge() (freshness.hpp) said of a file, as this command's work.
  void take(std::string_view path, std::string_view dir, int month, const Verdict& v, Work& w);
  std::vector<IndexRow> select_rows(const IndexedFolder& f, const IndexScope& s);
  /// Folders compared and the scope's files stat-ed (each once a command), changes applied.
  /// true when the scope's rows were read and none had been added, changed or removed: then
  /// `fold` holds them all.
  bool bring_up_to_date(const IndexedFolder& f, const IndexScope& s, Fold* fold = nullptr);
  void sync_folder(const IndexedFolder& f, Work& w);
  /// Stats every file in scope not stat-ed yet by this command; returns whether it did, and
  /// then folds every row in scope into `fold` when there is one.
  bool verify_scope(const IndexedFolder& f, const IndexScope& s, Work& w, Fold* fold = nullptr);
  /// Writes what `w` found (reading the files to parse); counts them in w.parsed.
  void apply(const IndexedFolder& f, Work& w);
  /// The last report of the work on `f`, after its last apply().
  void report_end(const IndexedFolder& f, const Work& w);

  const DataDir& dir_;
  std::unique_ptr<IndexDb> db_;
  Progress progress_;
  std::set<std::string> synced_;     // folders whose folders were compared in this process
  std::set<std::string> verified_;   // "folder month" / "folder open": files stat-ed already
  std::set<std::string> rescanned_;  // month folders listed and compared by this command
  /// Folders that could not be listed (with their month, 0 for a flat one) and files that
  /// could not be looked at, in this command: reported by every query that covers them.
  std::map<std::string, std::vector<std::pair<int, StoreError>>> unreadable_;
  std::map<std::string, StoreError> unreadable_files_;
};

}  // namespace kefu
