/// The index's freshness rules, apart from SQLite and the disk: what a row of the index and its
/// file as a scan finds it now say must be done. Every check of a row against its file goes
/// through judge(); the disk is reached only through FileScan, so that the rules can be tested
/// with a file system and a clock held in memory (tests/unit/freshness_test.cpp).
///
///   * a file whose fingerprint (mtime, ctime, size, inode) is the one indexed is unchanged —
///     unless it was "racy": changed less than kRacyNs before it was indexed, when a second
///     change in the same clock tick would leave the same fingerprint;
///   * any other file, and every racy one, is read: the same content only moves the row's
///     fingerprint on ("touch"), other content is parsed again;
///   * a row whose file is gone is dropped; a file that cannot be looked at is reported, its
///     row neither trusted nor dropped; a file without a row is parsed;
///   * a month folder whose mtime is the one indexed, and was not racy, has had no file added,
///     removed or renamed, and is not listed; any other is listed and its files compared with
///     its rows (compare_folder); a folder gone is dropped with its rows, but one out of sight
///     below a folder that cannot be read is kept (sync_folders).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"

namespace kefu {

/// What a stat says of a file: a change of any part means it may have changed.
struct Fingerprint {
  int64_t mtime = 0, ctime = 0, size = 0, ino = 0;
  bool operator==(const Fingerprint&) const = default;
};

/// A file changed less than this before it was indexed may change again unseen in one tick.
inline constexpr int64_t kRacyNs = 2'000'000'000;
/// Whether a file or folder with this mtime, indexed at `indexed_at` (both in ns), is racy.
inline bool is_racy(int64_t indexed_at, int64_t mtime) {
  return indexed_at - mtime < kRacyNs;
}

/// What a stat of a record file found: its fingerprint, that it is gone, or that it could
/// not be looked at (a folder kefu may not enter).
struct Seen {
  enum { file, gone, unreadable } is = gone;
  Fingerprint fp;
  int error = 0;
};

/// What the index knows of a file.
struct KnownFile {
  Fingerprint fp;
  int64_t hash = 0;  // content_hash() of the bytes indexed
  bool racy = false;
};

/// A folder as a listing found it.
struct Listing {
  std::vector<std::string> files;  // names of record files in it, sorted
  std::vector<std::string> dirs;   // names of its sub-folders, sorted
  /// Entries named like records that are not regular files (a link, a FIFO, a folder), and
  /// the folder itself when it cannot be read (then alone).
  std::vector<StoreError> problems;
  bool unreadable(std::string_view dir) const {
    return files.empty() && dirs.empty() && !problems.empty() && problems.front().file() == dir;
  }
};

/// The files as the index sees them.
class FileScan {
 public:
  virtual ~FileScan() = default;
  /// The file `path` (relative), inside the relative folder `dir`.
  virtual Seen stat(std::string_view dir, std::string_view path) = 0;
  /// content_hash() of the file's bytes now; nullopt when it cannot be read.
  virtual std::optional<uint64_t> hash(std::string_view path) = 0;
  /// The folder `dir`: Seen::file with its mtime when it is a folder, gone when there is none
  /// (or something else has its name), or unreadable.
  virtual Seen stat_folder(std::string_view dir) = 0;
  virtual Listing list(std::string_view dir) = 0;
};

/// What to do about one file.
struct Verdict {
  enum What { same, parse, touch, gone, unreadable } what = same;
  Fingerprint fp;  // parse, touch: the fingerprint the row takes
  int error = 0;   // unreadable: why
};

/// One file against its row (`known` null: the index has none), `now` being its stat.
Verdict judge(const KnownFile* known, const Seen& now, std::string_view path, FileScan& scan);

/// What a command found changed in a set of files.
struct Changes {
  struct File {
    std::string path;
    Fingerprint fp;
  };
  std::vector<File> parse, touch;
  std::vector<std::string> gone;
  std::vector<std::pair<std::string, int>> unreadable;  // with errno

  void add(std::string_view path, const Verdict& v);
  bool empty() const { return parse.empty() && touch.empty() && gone.empty(); }
};

/// A folder listed again: every row of it against the files the listing found (names relative
/// to the data directory): a row without a file is gone, a file without a row is parsed.
Changes compare_folder(std::string_view dir, const std::map<std::string, KnownFile>& rows,
                       const std::vector<std::string>& listed, FileScan& scan);

/// The folders of a kind on disk, each with its month as yyyymm: folder/yyyy/mm, or the
/// folder itself, month 0, when it is flat (fees/dun). A folder that cannot be listed goes to
/// `unreadable`, its month folders neither seen nor taken for gone.
std::vector<std::pair<std::string, int>> month_folders(FileScan& scan, const std::string& folder,
                                                       bool by_month,
                                                       std::vector<StoreError>& unreadable);

/// A month folder listed again, and what was found changed in it.
struct ListedFolder {
  std::string dir;
  int month = 0;
  int64_t mtime = 0;  // as stat-ed before it was listed: a later change moves it on
  Changes changes;
};

/// What sync_folders() found beyond the folders it listed.
struct FolderSync {
  std::vector<std::string> gone;       // known folders that are no longer there
  std::vector<StoreError> unreadable;  // folders that could not be listed
};

/// A kind's month folders on disk against those the index knows (`known`, with the mtime
/// each was listed at and whether that was racy): each that must be listed is, its rows
/// (asked of `rows_of`) compared with its files, and handed to `listed` with its position
/// among the folders, so that the caller can write as it goes.
FolderSync sync_folders(
    const std::string& folder, bool by_month, const std::map<std::string, KnownFile>& known,
    FileScan& scan,
    const std::function<std::map<std::string, KnownFile>(const std::string&)>& rows_of,
    const std::function<void(ListedFolder&&, size_t at, size_t total)>& listed);

}  // namespace kefu
