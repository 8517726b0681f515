/// The data directory's files, reached only through its open folder.
///
/// Every path kefu reads or writes in a data directory goes through StoreFiles: it is taken
/// relative to the folder opened when the command started, refused when it would leave it
/// (an absolute path, a `..`, a symbolic link anywhere on the way), and opened so that what
/// is not a regular file (a FIFO, a device, a folder, a link) is reported rather than read,
/// and what is too large is refused before it is read. A file or folder that cannot be read
/// is a StoreError naming it and the reason, never "nothing there".
///
/// Writes go through a temporary file in .kefu/tmp/ that is written, synced and then linked
/// (a new record: never over an existing one), exchanged (a changed record: the file displaced
/// is checked to be the one read, and put back if it is not) or renamed (a document) into
/// place. Files are 0600 in 0700 folders, or 0660 in setgid 2770 folders when the data
/// directory is shared by a group (see shared()).
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"

namespace kefu {

/// How large a file kefu reads may be: a record (a complaint, a key, a dun log) is a few KB;
/// a file of many records (a building's bills of a month, its units) some hundred KB; a survey
/// round holding the answers of 5,000 units about 1.5 MB. kBulkLimit is for units and fee files.
inline constexpr size_t kRecordLimit = size_t{8} << 20;
inline constexpr size_t kBulkLimit = size_t{32} << 20;

/// A folder's contents as kefu sees it.
struct FolderListing {
  bool missing = false;            // the folder is not there (not a problem)
  std::vector<std::string> files;  // regular files with the suffix asked for, sorted
  std::vector<std::string> dirs;   // sub-folders, sorted
  /// Entries that should be records and are not regular files (a link, a folder, a FIFO), and
  /// the folder itself when it cannot be read.
  std::vector<StoreError> problems;
  /// Temporary files an earlier version of kefu left beside the records when it was killed.
  std::vector<std::string> leftovers;
};

/// What lstat says of a path beneath the root, or why it could not say.
struct PathStat {
  enum class Is { absent, file, other, unreadable } is = Is::absent;
  struct stat st {};
  int error = 0;  // for unreadable
};

/// An open file descriptor, closed when it goes.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& o) noexcept : fd_(o.release()) {}
  Fd& operator=(Fd&& o) noexcept;
  ~Fd();
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_ = -1;
};

class StoreFiles {
 public:
  /// Opens the data directory; StoreError when it cannot be opened.
  explicit StoreFiles(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }
  /// The folder kefu opened, for *at() calls.
  int fd() const { return fd_.get(); }
  /// Shared by a Unix group: the data directory is setgid and group-writable. Then folders
  /// are made 2770 and files 0660, so every member of the group can read and write them.
  bool shared() const { return shared_; }
  mode_t file_mode() const { return shared_ ? 0660 : 0600; }
  mode_t folder_mode() const { return shared_ ? 02770 : 0700; }

  /// `p` (a path under root(), or already relative) as the relative path every other call
  /// takes; StoreError when it is not beneath the data directory.
  std::string rel(const std::filesystem::path& p) const;

  /// The file's bytes; nullopt when it does not exist. StoreError naming `rel` when it is not a
  /// regular file, is larger than `limit`, or cannot be read.
  std::optional<std::string> read(std::string_view rel, size_t limit) const;
  /// The same, and what fstat said of the file read.
  std::optional<std::string> read(std::string_view rel, size_t limit, struct stat& st) const;
  /// The folder's regular files ending in `suffix` and its sub-folders (names not starting
  /// with a dot), with what is wrong in it.
  FolderListing list(std::string_view rel, std::string_view suffix = ".yaml") const;
  PathStat stat(std::string_view rel) const;
  /// Opens a folder beneath the root for reading (O_DIRECTORY); an empty Fd when it is
  /// missing; StoreError when it cannot be opened.
  Fd open_folder(std::string_view rel) const;

  /// Creates the folder and its parents (mode per shared()).
  void make_folders(std::string_view rel) const;

  /// Writes a new file; false (and nothing written) when `rel` exists already.
  bool create(std::string_view rel, std::string_view content) const;
  /// Replaces the file, which must still hold exactly `expected`: StoreError (and the file as
  /// someone left it) when it was changed, deleted or renamed since it was read.
  void replace(std::string_view rel, std::string_view expected, std::string_view content) const;
  /// Writes the file whatever is there (a document kefu made, or a derived file).
  void put(std::string_view rel, std::string_view content, bool sync = true) const;
  /// Removes the file, if there; StoreError if it cannot.
  void remove(std::string_view rel) const;

  /// Removes what a killed writer left in .kefu/tmp/ (the caller holds the lock); returns how
  /// many files it removed.
  size_t clear_temporaries() const;
  /// The names in .kefu/tmp/ (for kefu check).
  std::vector<std::string> temporaries() const;

 private:
  std::filesystem::path root_;
  Fd fd_;
  bool shared_ = false;
};

/// Whether `rel` stays beneath its root: relative, no `..`, no empty name, no NUL.
bool is_beneath(std::string_view rel);

/// Opens `rel` beneath the folder `dirfd` with `flags`, following no symbolic link.
int open_beneath(int dirfd, std::string_view rel, int flags, mode_t mode = 0);

/// Why an errno stopped kefu, in Chinese, for messages.
std::string errno_zh(int error);

}  // namespace kefu
