/// Kept results in .kefu/kept/; see memo.hpp.
#include "store/memo.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "store/derived.hpp"
#include "store/files.hpp"

namespace kefu {

void Validity::depends_on(DateTime t, DateTime now) {
  int64_t x = t.time_since_epoch().count();
  if (t < now)
    after = std::max(after, x);
  else
    until = std::min(until, x);
}

void Validity::settled_at(DateTime t) {
  int64_t x = t.time_since_epoch().count();
  if (x > std::numeric_limits<int64_t>::min()) after = std::max(after, x - 1);
}

void Validity::only_now() {
  after = std::numeric_limits<int64_t>::max();
  until = std::numeric_limits<int64_t>::min();
}

bool Validity::covers(DateTime now) const {
  int64_t t = now.time_since_epoch().count();
  return after < t && t <= until;
}

namespace {

constexpr uint64_t kPrime1 = 0x9e3779b185ebca87ull;
constexpr uint64_t kPrime2 = 0xc2b2ae3d27d4eb4full;

uint64_t rotl(uint64_t x, int r) {
  return (x << r) | (x >> (64 - r));
}

uint64_t round(uint64_t lane, uint64_t word) {
  return rotl(lane + word * kPrime2, 31) * kPrime1;
}

uint64_t word_at(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

}  // namespace

void Checksum::add(std::string_view bytes) {
  length_ += bytes.size();
  const char* p = bytes.data();
  size_t n = bytes.size();
  for (; n >= 32; p += 32, n -= 32)
    for (int i = 0; i < 4; ++i) lanes_[i] = round(lanes_[i], word_at(p + 8 * i));
  for (int i = 0; n > 0; i = (i + 1) % 4) {  // the tail: whole words, then bytes
    uint64_t w = 0;
    size_t k = std::min<size_t>(n, 8);
    std::memcpy(&w, p, k);
    lanes_[i] = round(lanes_[i], w ^ (static_cast<uint64_t>(k) << 56));
    p += k, n -= k;
  }
}

uint64_t Checksum::value() const {
  uint64_t h = length_ * kPrime1;
  for (uint64_t lane : lanes_) h = rotl(h ^ round(0, lane), 27) * kPrime1 + kPrime2;
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  return h;
}

uint64_t checksum(std::string_view bytes) {
  Checksum c;
  c.add(bytes);
  return c.value();
}

// A kept file: a head of four lines, then the bytes.
//   kefu kept <format tag>
//   <stamp>
//   <after> <until> [<uncovered year> …]
//   <length> <checksum, 16 hex digits>

namespace {

constexpr std::string_view kMagic = "kefu kept ";

struct Head {
  std::string_view stamp;
  Validity valid;
  uint64_t length = 0, sum = 0;
  size_t size = 0;  // of the head, in bytes
};

std::optional<std::vector<int64_t>> numbers(std::string_view line, int base = 10) {
  std::vector<int64_t> out;
  while (!line.empty()) {
    int64_t n = 0;
    auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), n, base);
    if (ec != std::errc()) return std::nullopt;
    out.push_back(n);
    line.remove_prefix(static_cast<size_t>(end - line.data()));
    if (!line.empty() && line.front() != ' ') return std::nullopt;
    if (!line.empty()) line.remove_prefix(1);
  }
  return out;
}

std::optional<Head> parse_head(std::string_view all) {
  Head h;
  const size_t total = all.size();
  std::string_view lines[4];
  for (auto& line : lines) {
    auto end = all.find('\n');
    if (end == std::string_view::npos) return std::nullopt;
    line = all.substr(0, end);
    all.remove_prefix(end + 1);
  }
  if (!lines[0].starts_with(kMagic) || lines[0].substr(kMagic.size()) != derived::format_tag())
    return std::nullopt;
  h.stamp = lines[1];
  auto span = numbers(lines[2]);
  if (!span || span->size() < 2) return std::nullopt;
  h.valid.after = (*span)[0];
  h.valid.until = (*span)[1];
  for (size_t i = 2; i < span->size(); ++i)
    h.valid.uncovered_years.insert(static_cast<int>((*span)[i]));
  auto sp = lines[3].find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  auto length = numbers(lines[3].substr(0, sp));
  auto sum = lines[3].substr(sp + 1);
  uint64_t s = 0;
  if (!length || length->size() != 1 || (*length)[0] < 0 || sum.size() != 16 ||
      std::from_chars(sum.data(), sum.data() + sum.size(), s, 16).ec != std::errc())
    return std::nullopt;
  h.length = static_cast<uint64_t>((*length)[0]);
  h.sum = s;
  h.size = total - all.size();
  return h;
}

/// The checksum of `length` bytes of `fd` from `offset`; nullopt when the file ends early.
std::optional<uint64_t> checksum_of(int fd, uint64_t offset, uint64_t length) {
  Checksum c;
  const auto size = static_cast<size_t>(std::min<uint64_t>(length, uint64_t{1} << 18));
  std::unique_ptr<char[]> buffer(new char[size]);  // not cleared: every byte is read into
  while (length > 0) {
    auto want = static_cast<size_t>(std::min<uint64_t>(length, size));
    ssize_t n = ::pread(fd, buffer.get(), want, static_cast<off_t>(offset));
    if (n != static_cast<ssize_t>(want)) return std::nullopt;  // (a short read: a cut file)
    c.add(std::string_view(buffer.get(), want));
    offset += want;
    length -= want;
  }
  return c.value();
}

}  // namespace

Memo::Kept::~Kept() {
  if (fd_ >= 0) ::close(fd_);
}

std::optional<std::string> Memo::Kept::read() const {
  std::string out(length_, '\0');
  if (length_ && ::pread(fd_, out.data(), length_, static_cast<off_t>(offset_)) !=
                     static_cast<ssize_t>(length_))
    return std::nullopt;
  return out;
}

std::optional<Memo::Kept> Memo::recall(const std::string& key, const std::string& stamp,
                                       DateTime now, const WorkingCalendar* cal) const {
  auto path = derived::kept(key);
  int fd = open_beneath(files_.fd(), path, O_RDONLY | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  Kept kept(fd, path, 0, 0);  // closes it unless handed on
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  char head[4096];
  ssize_t n = ::pread(fd, head, sizeof head, 0);
  if (n <= 0) return std::nullopt;
  auto h = parse_head(std::string_view(head, static_cast<size_t>(n)));
  if (!h || h->stamp != stamp || !h->valid.covers(now)) return std::nullopt;
  if (static_cast<uint64_t>(st.st_size) != h->size + h->length) return std::nullopt;
  // Read through once: a kept file that is not what was kept is computed again.
  if (!checked_before(path, st)) {
    if (checksum_of(fd, h->size, h->length) != h->sum) return std::nullopt;
    note_checked(path, st);
  }
  if (cal) cal->note_uncovered_years(h->valid.uncovered_years);
  return Kept(kept.release(), path, h->size, h->length);
}

namespace {

std::string signature(const struct stat& st) {
  return fmt::format("{} {} {}.{:09}", st.st_ino, st.st_size, st.st_ctim.tv_sec,
                     st.st_ctim.tv_nsec);
}

}  // namespace

bool Memo::checked_before(const std::string& path, const struct stat& st) const {
  if (!checked_) {
    checked_.emplace();
    try {
      // "<path> <inode> <size> <ctime>" a line; a line that is not is passed over.
      auto text = files_.read(derived::kKeptChecked, kBulkLimit);
      std::string_view rest = text ? std::string_view(*text) : std::string_view();
      while (!rest.empty()) {
        auto end = rest.find('\n');
        auto line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        auto space = line.find(' ');
        if (space == std::string_view::npos || space == 0) continue;
        (*checked_)[std::string(line.substr(0, space))] = std::string(line.substr(space + 1));
      }
    } catch (const std::exception&) {
      checked_->clear();  // unreadable: every kept file is checked again
    }
  }
  auto it = checked_->find(path);
  return it != checked_->end() && it->second == signature(st);
}

void Memo::note_checked(const std::string& path, const struct stat& st) const {
  struct timespec now {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  if (st.st_ctim.tv_sec + 2 > now.tv_sec) return;  // too fresh to tell from a write now
  if (!checked_) checked_.emplace();
  (*checked_)[path] = signature(st);
  checked_changed_ = true;
}

Memo::~Memo() {
  if (!checked_changed_ || !checked_) return;
  try {
    std::string text;
    for (const auto& [path, sig] : *checked_) text += path + " " + sig + "\n";
    files_.put(derived::kKeptChecked, text, false);
  } catch (...) {
    // Only a shortcut: without it, kept files are read through again.
  }
}

void Memo::keep(const std::string& key, const std::string& stamp, const Validity& valid,
                DateTime now, std::string_view bytes) const {
  if (!valid.covers(now) || stamp.find('\n') != std::string::npos) return;
  try {
    std::string file = fmt::format("{}{}\n{}\n{} {}", kMagic, derived::format_tag(), stamp,
                                   valid.after, valid.until);
    for (int y : valid.uncovered_years) file += fmt::format(" {}", y);
    file += fmt::format("\n{} {:016x}\n", bytes.size(), checksum(bytes));
    file.reserve(file.size() + bytes.size());
    file += bytes;
    files_.put(derived::kept(key), file, false);
  } catch (const std::exception&) {
    // A full disk, a read-only store: only a cache, computed again next time.
  }
}

}  // namespace kefu
