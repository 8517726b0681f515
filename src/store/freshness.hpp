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
///     row neither trusted nor dropped; a file without a row is parsed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

/// The files as the index sees them.
class FileScan {
 public:
  virtual ~FileScan() = default;
  /// The file `path` (relative), inside the relative folder `dir`.
  virtual Seen stat(std::string_view dir, std::string_view path) = 0;
  /// content_hash() of the file's bytes now; nullopt when it cannot be read.
  virtual std::optional<uint64_t> hash(std::string_view path) = 0;
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

}  // namespace kefu
