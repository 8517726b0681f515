/// The index's tables in SQLite (.kefu/index.sqlite): what is written to them and what is
/// asked of them. Which rows are fresh is decided elsewhere (freshness.hpp, index.cpp); this
/// file holds every SQL statement of the index and nothing else.
///
///   files: a row per record file — its folder, month folder and month (yyyymm, 0 in a flat
///          folder), unit, open or not, fingerprint, content hash, racy or not, the record in
///          the codec's form (or where it failed to parse), its seal, and the body as last
///          sealed while a hand edit breaks the seal;
///   dirs:  a row per month folder, with the mtime it was listed at.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/freshness.hpp"
#include "store/seal.hpp"

struct sqlite3;

namespace kefu {

/// What the index keeps of one record file.
struct IndexEntry {
  std::string unit;   // the unit (fee files: the building)
  bool open = false;  // listed by open-case queries
  std::string body;   // the parsed record, codec.hpp
  std::string extra;  // keys kefu does not know, as JSON text ("" when none)
};

/// Months as the month column holds them: yyyymm, from and to included. A flat folder's rows
/// are month 0, so the whole window takes them too.
struct MonthWindow {
  int from = 0, to = 999999;
};

/// What a command found changed in one kind's files, written in one transaction.
struct IndexWrite {
  int64_t started = 0;  // when the command began looking (ns): decides what is racy
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
  std::vector<Dir> dirs;  // folders listed: the mtime they were listed at

  bool racy(int64_t mtime) const { return is_racy(started, mtime); }
  bool empty() const {
    return parse.empty() && touch.empty() && gone.empty() && gone_dirs.empty() && dirs.empty();
  }
  void clear() {
    parse.clear();
    touch.clear();
    gone.clear();
    gone_dirs.clear();
    dirs.clear();
  }
};

/// A file parsed for the index.
struct Digested {
  uint64_t hash = 0;
  SealState seal = SealState::missing;
  std::optional<IndexEntry> entry;
  std::optional<StoreError> problem;  // it does not parse: kept so every query reports it
};

class IndexDb {
 public:
  /// Opens the database at `path` and makes its tables ready, dropping another version's;
  /// nullptr when it cannot be opened. Throws sql::DbError when it is not a usable database.
  static std::unique_ptr<IndexDb> open(const std::filesystem::path& path);
  ~IndexDb();
  IndexDb(const IndexDb&) = delete;
  IndexDb& operator=(const IndexDb&) = delete;

  /// Parses a batch of files.
  using Digest = std::function<std::vector<Digested>(const IndexWrite::Parse* first, size_t n)>;
  /// Writes `w` for `folder` in one transaction, the files to parse digested a batch at a
  /// time.
  void write(const std::string& folder, const IndexWrite& w, const Digest& digest);
  /// Forgets every row.
  void clear();

  /// The month folders of `folder` known, with the mtime each was listed at.
  std::map<std::string, KnownFile> known_dirs(const std::string& folder);
  /// The rows of the files in month folder `dir`.
  std::map<std::string, KnownFile> rows_in_dir(const std::string& dir);
  /// Path → content hash of every row of `folder`.
  std::unordered_map<std::string, int64_t> hashes(const std::string& folder);

  /// A row as the freshness check sees it, from the covering index alone (no body read).
  struct FreshRow {
    std::string_view path, unit;
    uint32_t dir_size = 0;
    int month = 0;
    KnownFile known;
    bool problem = false;  // did not parse
  };
  /// The rows of `folder` in `window` (only the open ones when `open_only`), in month and path
  /// order when `ordered`.
  void fresh_rows(const std::string& folder, MonthWindow window, bool open_only, bool ordered,
                  const std::function<void(const FreshRow&)>& each);

  /// A row with its record.
  struct Row {
    std::string path, dir, body, extra;
    int month = 0;
    KnownFile known;
    SealState seal = SealState::missing;
    std::optional<StoreError> problem;  // did not parse (body empty)
  };
  /// The rows of `folder` in `window` (open ones only when `open_only`; of `unit` and every
  /// one that did not parse when `unit` is not empty), in ID order.
  void rows(const std::string& folder, MonthWindow window, bool open_only, const std::string& unit,
            const std::function<void(Row&&)>& each);

  /// Each row's unit, month, path, hash and whether it did not parse, in month and path order
  /// (of `unit` and every one that did not parse when `unit` is not empty).
  void hash_rows(const std::string& folder, MonthWindow window, const std::string& unit,
                 const std::function<void(std::string_view unit, int month, std::string_view path,
                                          int64_t hash, bool problem)>& each);

  /// The rows in `window` that parsed and whose seal is not intact, in month and path order.
  std::vector<std::pair<std::string, SealState>> unsealed(const std::string& folder,
                                                          MonthWindow window);
  /// The record at `path` as last sealed, in the codec's form.
  std::optional<std::string> sealed_body(const std::string& path);

 private:
  explicit IndexDb(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace kefu
