/// Record files: paths, numbering, reading and safe writing.
#include "store/record_store.hpp"

#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <map>

#include <fmt/format.h>

#include "store/atomic_file.hpp"

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

std::vector<fs::path> sorted_entries(const fs::path& dir, bool dirs) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    bool is_dir = it->is_directory(ec);
    if (dirs ? is_dir
             : (!is_dir && it->path().extension() == ".yaml" &&
                !it->path().filename().string().starts_with(".")))
      out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

fs::path RecordStore::path_for(const RecordKind& kind, const std::string& id) const {
  auto parts = split_id(kind, id);
  if (!parts)
    throw RefusedError("「" + id + "」不是有效的" + std::string(kind.zh) + "编号，应如 " +
                       std::string(kind.prefix) + "-2026-11-0007");
  auto [month, n] = *parts;
  return dir_.root() / kind.folder / fmt_year(month) / fmt_month(month) / (id + ".yaml");
}

std::vector<fs::path> RecordStore::files(const RecordKind& kind, std::optional<YearMonth> from,
                                         std::optional<YearMonth> to) const {
  std::vector<fs::path> out;
  for (const auto& ydir : sorted_entries(dir_.root() / kind.folder, true)) {
    for (const auto& mdir : sorted_entries(ydir, true)) {
      auto month = parse_month(ydir.filename().string() + "-" + mdir.filename().string());
      if (!month) continue;
      if ((from && *month < *from) || (to && *month > *to)) continue;
      auto files = sorted_entries(mdir, false);
      // Numeric order: TS-2026-11-10000 after TS-2026-11-9999.
      std::stable_sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        return a.filename().string().size() < b.filename().string().size();
      });
      out.insert(out.end(), files.begin(), files.end());
    }
  }
  return out;
}

StoredFile RecordStore::read(const fs::path& path) const {
  auto name = dir_.rel(path);
  return {path, name, read_file(path, name)};
}

std::unique_ptr<StoreLock> RecordStore::lock() const {
  return std::make_unique<StoreLock>(dir_.root(), lock_timeout());
}

namespace {

/// .kefu/numbers: per month folder, "<folder> <mtime in ns> <highest number>" as this store
/// last left it. Only a shortcut: anything wrong with it means the folder is listed.
fs::path numbers_file(const DataDir& dir) {
  return dir.root() / ".kefu" / "numbers";
}

std::map<std::string, std::pair<int64_t, int>> read_numbers(const DataDir& dir) {
  std::map<std::string, std::pair<int64_t, int>> out;
  std::ifstream in(numbers_file(dir));
  std::string folder;
  int64_t mtime = 0;
  int highest = 0;
  while (in >> folder >> mtime >> highest) out[folder] = {mtime, highest};
  return out;
}

/// The highest number among the folder's files, from one pass of readdir: no paths built, no
/// sort, no stat.
int highest_listed(const fs::path& dir, std::string_view prefix) {
  constexpr std::string_view ext = ".yaml";
  int highest = 0;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (const dirent* e = ::readdir(d)) {
      std::string_view name(e->d_name);
      if (!name.starts_with(prefix) || !name.ends_with(ext)) continue;
      auto digits = name.substr(prefix.size(), name.size() - prefix.size() - ext.size());
      int n = 0;
      auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
      if (ec == std::errc{} && p == digits.data() + digits.size() && n > 0)
        highest = std::max(highest, n);
    }
    ::closedir(d);
  }
  return highest;
}

}  // namespace

std::string RecordStore::next_id(const RecordKind& kind, YearMonth month) const {
  // Runs under the store lock on every `open`; listing a busy month's thousand files took
  // longer than the rest of the numbering.
  auto dir = dir_.root() / kind.folder / fmt_year(month) / fmt_month(month);
  const auto prefix = fmt::format("{}-{}-", kind.prefix, month.str());
  auto format = [&](int n) { return fmt::format("{}{:04}", prefix, n); };
  if (!derived_off()) {
    auto known = read_numbers(dir_);
    auto it = known.find(dir_.rel(dir));
    auto mtime = folder_mtime(dir);
    if (it != known.end() && mtime && it->second.first == *mtime) {
      int n = it->second.second + 1;
      auto path = dir / (format(n) + ".yaml");
      std::error_code ec;
      if (!fs::exists(path, ec) && !ec) {
        numbered_ = path;
        number_ = n;
        return format(n);
      }
    }
  }
  int n = highest_listed(dir, prefix) + 1;
  numbered_ = dir / (format(n) + ".yaml");
  number_ = n;
  return format(n);
}

void RecordStore::create(const fs::path& path, const std::string& content) const {
  if (!create_file_atomic(path, content))
    throw StoreError(dir_.rel(path), 0, 0, "记录文件已存在，未覆盖");
  if (path != numbered_ || derived_off()) return;
  // Remembered with the folder's mtime as this write left it; not synced: if lost, the folder
  // is listed next time.
  try {
    auto folder = path.parent_path();
    auto mtime = folder_mtime(folder);
    if (!mtime) return;
    auto known = read_numbers(dir_);
    known[dir_.rel(folder)] = {*mtime, number_};
    std::string text;
    for (const auto& [f, v] : known) text += fmt::format("{} {} {}\n", f, v.first, v.second);
    auto file = numbers_file(dir_);
    auto tmp = file;
    tmp += fmt::format(".tmp-{}", ::getpid());
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      out << text;
      if (!out.flush()) return;
    }
    fs::rename(tmp, file);
  } catch (const std::exception&) {
    // Only a shortcut.
  }
  numbered_.clear();
}

void RecordStore::replace(const StoredFile& as_read, const std::string& content) const {
  std::error_code ec;
  if (!fs::exists(as_read.path, ec))
    throw StoreError(as_read.name, 0, 0, "记录文件在读取后被删除或改名，未写入");
  if (read_file(as_read.path, as_read.name) != as_read.bytes)
    throw StoreError(as_read.name, 0, 0,
                     "记录文件在读取后被他人修改（可能正在编辑器中保存），为免覆盖其修改，本次操作"
                     "未写入；请重新执行");
  write_file_atomic(as_read.path, content);
}

RecordIndex* RecordStore::index() const {
  if (!index_opened_) {
    index_opened_ = true;
    index_ = RecordIndex::open(dir_);
  }
  return index_.get();
}

}  // namespace kefu
