/// Kept results: values computed from records and kept in .kefu/kept/ for later — whole months
/// of `complaint list` / `repair list` as printed, each month's part of a monthly report, each
/// building's ledgers. One mechanism serves them all:
///
///   * a key naming the result, and a stamp of its inputs (a fold of the content hashes of the
///     record files it read, kefu.yaml and calendar.yaml), so that it is used again only while
///     they are unchanged;
///   * the span of `now` in which computing it again would give the same (`Validity`): a view
///     depends on the time only through which of its deadlines have passed, a settled month
///     not at all from the time it settled;
///   * the calendar warnings computing it gave, replayed when it is used instead;
///   * a checksum of its bytes: a kept file that is not what was kept is computed again,
///     never served.
///
/// Like the index it is derived, never the truth: any failure to read or write a kept file
/// only means the result is computed again, and KEFU_INDEX=off leaves them alone.
#pragma once

#include <sys/stat.h>

#include <map>

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "core/calendar.hpp"
#include "core/time.hpp"
#include "store/codec.hpp"

namespace kefu {

class StoreFiles;

/// When a kept result is what computing it again would give: for `now` in (after, until].
struct Validity {
  int64_t after = std::numeric_limits<int64_t>::min();
  int64_t until = std::numeric_limits<int64_t>::max();
  std::set<int> uncovered_years;  // calendar years its computation warned about

  /// The result compared `now` with `t`: it holds until the side of `t` that `now` is on ends.
  void depends_on(DateTime t, DateTime now);
  /// The result is the same at every time from `t` on.
  void settled_at(DateTime t);
  /// The result may differ at any other time: not kept.
  void only_now();
  bool covers(DateTime now) const;
};

/// A checksum of kept bytes (not a content hash: fast, for telling damage).
class Checksum {
 public:
  /// Every call but the last must be given a multiple of 32 bytes.
  void add(std::string_view bytes);
  uint64_t value() const;

 private:
  uint64_t lanes_[4] = {0x9e3779b97f4a7c15ull, 0xc2b2ae3d27d4eb4full, 0x165667b19e3779f9ull,
                        0x27d4eb2f165667c5ull};
  uint64_t length_ = 0;
};
uint64_t checksum(std::string_view bytes);

class Memo {
 public:
  explicit Memo(const StoreFiles& files) : files_(files) {}
  /// Writes down the kept files whose checksums this process found good (see recall()).
  ~Memo();
  Memo(const Memo&) = delete;
  Memo& operator=(const Memo&) = delete;

  /// A kept result found whole, with its stamp and valid now: open, with where its bytes lie,
  /// so that they can go to the output without passing through the process.
  class Kept {
   public:
    Kept(int fd, std::string name, uint64_t offset, uint64_t length)
        : fd_(fd), name_(std::move(name)), offset_(offset), length_(length) {}
    Kept(Kept&& o) noexcept
        : fd_(std::exchange(o.fd_, -1)),
          name_(std::move(o.name_)),
          offset_(o.offset_),
          length_(o.length_) {}
    Kept& operator=(Kept&&) = delete;
    ~Kept();
    int fd() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }
    const std::string& name() const { return name_; }  // relative to the data directory
    uint64_t offset() const { return offset_; }
    uint64_t length() const { return length_; }
    /// The bytes themselves; nullopt when the file was cut short meanwhile.
    std::optional<std::string> read() const;

   private:
    int fd_;
    std::string name_;
    uint64_t offset_, length_;
  };

  /// The result kept under `key`, when it was kept with `stamp`, its validity covers `now`
  /// and its bytes pass their checksum; its calendar warnings are then noted on `cal`.
  std::optional<Kept> recall(const std::string& key, const std::string& stamp, DateTime now,
                             const WorkingCalendar* cal) const;
  /// Kept when `valid` covers `now`; written whole or not at all, and a failure only means
  /// it is computed again next time.
  void keep(const std::string& key, const std::string& stamp, const Validity& valid, DateTime now,
            std::string_view bytes) const;

 private:
  /// Whether the kept file `path`, as fstat describes it now, was checked before: its inode,
  /// size and ctime are those it had when its checksum was last found good. Nobody can write
  /// to a file without moving its ctime, so such a file is not read through again; any other
  /// is, and noted once it is good (when its ctime is two seconds old, so that a write in the
  /// same clock tick cannot pass for it).
  bool checked_before(const std::string& path, const struct stat& st) const;
  void note_checked(const std::string& path, const struct stat& st) const;

  const StoreFiles& files_;
  mutable std::optional<std::map<std::string, std::string>> checked_;
  mutable bool checked_changed_ = false;
};

/// The whole pattern for a value the codec can hold: recalled when kept and valid, else
/// computed — `compute(Validity&)` returns it (nullopt: nothing to return, nothing kept) and
/// narrows the validity — with the calendar's warnings taken, and kept. Without a memo, only
/// computed.
template <class T, class Compute>
std::optional<T> remember(const Memo* memo, const std::string& key, const std::string& stamp,
                          DateTime now, const WorkingCalendar* cal, Compute&& compute) {
  if (memo)
    if (auto kept = memo->recall(key, stamp, now, cal))
      if (auto bytes = kept->read()) try {
          return decode<T>(*bytes);
        } catch (const CodecError&) {
          // Kept by another build of the same format: computed again below, and replaced.
        }
  Validity valid;
  std::optional<T> out;
  if (cal)
    valid.uncovered_years = cal->uncovered_years_of([&] { out = compute(valid); });
  else
    out = compute(valid);
  if (memo && out) memo->keep(key, stamp, valid, now, encode(*out));
  return out;
}

}  // namespace kefu
