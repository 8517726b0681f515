/// Record files: paths, numbering, reading and safe writing.
#include "store/record_store.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "store/derived.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace fs = std::filesystem;
namespace {

/// "TS-2026-11-0007" → {2026-11, 7} when the prefix matches.
std::optional<std::pair<YearMonth, int>> split_id(const RecordKind& kind, const std::string& id) {
  auto prefix = std::string(kind.prefix) + "-";
  if (!id.starts_with(prefix) || id.size() < prefix.size() + 10) return std::nullopt;
  auto month = parse_month(std::string_view(id).substr(prefix.size(), 7));
  if (!month || id[prefix.size() + 7] != '-') return std::nullopt;
  auto digits = std::string_view(id).substr(prefix.size() + 8);
  int n = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc{} || p != digits.data() + digits.size() || n <= 0) return std::nullopt;
  return std::make_pair(*month, n);
}

std::string fmt_year(YearMonth m) {
  return fmt::format("{:04}", m.year);
}
std::string fmt_month(YearMonth m) {
  return fmt::format("{:02}", m.month);
}

std::chrono::milliseconds lock_timeout() {
  const char* env = std::getenv("KEFU_LOCK_TIMEOUT");
  int seconds = env ? std::atoi(env) : 10;
  return std::chrono::milliseconds(std::max(seconds, 0) * 1000);
}

bool all_digits(const std::string& s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

fs::path RecordStore::path_for(const RecordKind& kind, const std::string& id) const {
  return dir_.root() / rel_path_for(kind, id);
}

std::string RecordStore::rel_path_for(const RecordKind& kind, const std::string& id) {
  auto parts = split_id(kind, id);
  if (!parts)
    throw RefusedError("「" + id + "」不是有效的" + std::string(kind.zh) + "编号，应如 " +
                       std::string(kind.prefix) + "-2026-11-0007");
  auto [month, n] = *parts;
  return fmt::format("{}/{}/{}/{}.yaml", kind.folder, fmt_year(month), fmt_month(month), id);
}

bool RecordStore::valid_id(const RecordKind& kind, const std::string& id) {
  return split_id(kind, id).has_value();
}

std::optional<std::string> RecordStore::id_mismatch(const RecordKind& kind, const std::string& id,
                                                    const fs::path& path) {
  auto parts = split_id(kind, id);
  if (!parts)
    return "编号「" + id + "」不是有效的" + std::string(kind.zh) + "编号，应如 " +
           std::string(kind.prefix) + "-2026-11-0007";
  if (path.filename() != id + ".yaml")
    return "编号 " + id + " 与文件名 " + path.filename().string() + " 不符；编号应与文件名一致";
  auto month = path.parent_path().filename().string();
  auto year = path.parent_path().parent_path().filename().string();
  if (year != fmt_year(parts->first) || month != fmt_month(parts->first))
    return "编号 " + id + " 不应在 " + year + "/" + month + " 文件夹中";
  return std::nullopt;
}

std::vector<fs::path> RecordStore::files(const RecordKind& kind, std::optional<YearMonth> from,
                                         std::optional<YearMonth> to,
                                         std::vector<StoreError>& problems) const {
  std::vector<fs::path> out;
  const auto& files = dir_.files();
  auto take = [&](FolderListing l) {
    for (auto& p : l.problems) problems.push_back(std::move(p));
    return l;
  };
  const std::string top(kind.folder);
  for (const auto& y : take(files.list(top)).dirs) {
    if (!all_digits(y, 4)) continue;
    for (const auto& m : take(files.list(top + "/" + y)).dirs) {
      auto month = parse_month(y + "-" + m);
      if (!month || !all_digits(m, 2)) continue;
      if ((from && *month < *from) || (to && *month > *to)) continue;
      auto rel = top + "/" + y + "/" + m;
      auto names = take(files.list(rel)).files;
      // Numeric order: TS-2026-11-10000 after TS-2026-11-9999.
      std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a.size() < b.size();
      });
      for (const auto& n : names) out.push_back(dir_.root() / rel / n);
    }
  }
  return out;
}

std::optional<StoredFile> RecordStore::read_if_exists(const fs::path& path, size_t limit) const {
  auto name = dir_.files().rel(path);
  auto bytes = dir_.files().read(name, limit);
  if (!bytes) return std::nullopt;
  auto seal = seal_state(*bytes);
  return StoredFile{path, std::move(name), std::move(*bytes), seal};
}

StoredFile RecordStore::read(const fs::path& path) const {
  auto file = read_if_exists(path);
  if (!file) throw StoreError(dir_.rel(path), 0, 0, "文件不存在");
  return std::move(*file);
}

std::unique_ptr<StoreLock> RecordStore::lock() const {
  auto lock = std::make_unique<StoreLock>(dir_.files(), lock_timeout());
  for (auto& p : recover(dir_.files(), &cleaned_)) recovery_problems_.push_back(std::move(p));
  return lock;
}

void RecordStore::settle() const {
  if (has_intent(dir_.files())) lock();
}

namespace {

/// .kefu/numbers: per month folder, "<folder> <mtime in ns> <highest number>" as this store
/// last left it. Only a shortcut: anything wrong with it means the folder is listed.
constexpr std::string_view kNumbers = derived::kNumbers;

std::map<std::string, std::pair<int64_t, int>> read_numbers(const StoreFiles& files) {
  std::map<std::string, std::pair<int64_t, int>> out;
  std::optional<std::string> text;
  try {
    text = files.read(kNumbers, kRecordLimit);
  } catch (const StoreError&) {
  }
  if (!text) return out;
  std::istringstream in(*text);
  std::string folder;
  int64_t mtime = 0;
  int highest = 0;
  while (in >> folder >> mtime >> highest) out[folder] = {mtime, highest};
  return out;
}

std::optional<int64_t> mtime_of(const StoreFiles& files, const std::string& rel) {
  auto st = files.stat(rel);
  if (st.is != PathStat::Is::other || !S_ISDIR(st.st.st_mode)) return std::nullopt;
  return static_cast<int64_t>(st.st.st_mtim.tv_sec) * 1'000'000'000 + st.st.st_mtim.tv_nsec;
}

/// The highest number among the folder's records.
int highest_listed(const StoreFiles& files, const std::string& rel, std::string_view prefix) {
  constexpr std::string_view ext = ".yaml";
  int highest = 0;
  auto l = files.list(rel);
  if (!l.problems.empty()) throw l.problems.front();  // never number past what cannot be seen
  for (const auto& f : l.files) {
    std::string_view name(f);
    if (!name.starts_with(prefix) || !name.ends_with(ext)) continue;
    auto digits = name.substr(prefix.size(), name.size() - prefix.size() - ext.size());
    int n = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec == std::errc{} && p == digits.data() + digits.size() && n > 0)
      highest = std::max(highest, n);
  }
  return highest;
}

}  // namespace

std::string RecordStore::next_id(const RecordKind& kind, YearMonth month) const {
  // Runs under the store lock on every `open`; listing a busy month's thousand files took
  // longer than the rest of the numbering.
  const auto& files = dir_.files();
  auto rel = fmt::format("{}/{}/{}", kind.folder, fmt_year(month), fmt_month(month));
  const auto prefix = fmt::format("{}-{}-", kind.prefix, month.str());
  auto format = [&](int n) { return fmt::format("{}{:04}", prefix, n); };
  if (!derived::off()) {
    auto known = read_numbers(files);
    auto it = known.find(rel);
    auto mtime = mtime_of(files, rel);
    if (it != known.end() && mtime && it->second.first == *mtime) {
      int n = it->second.second + 1;
      if (files.stat(rel + "/" + format(n) + ".yaml").is == PathStat::Is::absent) {
        numbered_ = dir_.root() / rel / (format(n) + ".yaml");
        number_ = n;
        return format(n);
      }
    }
  }
  int n = highest_listed(files, rel, prefix) + 1;
  numbered_ = dir_.root() / rel / (format(n) + ".yaml");
  number_ = n;
  return format(n);
}

void RecordStore::create(const fs::path& path, const std::string& content) const {
  const auto& files = dir_.files();
  Transaction t(files);
  auto rel = files.rel(path);
  t.create(rel, content);
  t.commit();
  if (path != numbered_ || derived::off()) return;
  // Remembered with the folder's mtime as this write left it; not synced: if lost, the folder
  // is listed next time.
  try {
    auto folder = rel.substr(0, rel.rfind('/'));
    auto mtime = mtime_of(files, folder);
    if (!mtime) return;
    auto known = read_numbers(files);
    known[folder] = {*mtime, number_};
    std::string text;
    for (const auto& [f, v] : known) text += fmt::format("{} {} {}\n", f, v.first, v.second);
    files.put(kNumbers, text, false);
  } catch (const std::exception&) {
    // Only a shortcut.
  }
  numbered_.clear();
}

void RecordStore::replace(const StoredFile& as_read, const std::string& content) const {
  Transaction t(dir_.files());
  t.replace(as_read.name, as_read.bytes, content);
  t.commit();
}

RecordIndex* RecordStore::index() const {
  if (!index_opened_) {
    index_opened_ = true;
    index_ = RecordIndex::open(dir_);
    if (index_ && progress_) index_->set_progress(progress_);
  }
  return index_.get();
}

}  // namespace kefu
