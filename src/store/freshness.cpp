/// The index's freshness rules; see freshness.hpp.
#include "store/freshness.hpp"

#include <algorithm>
#include <set>

#include "store/files.hpp"

namespace kefu {

Verdict judge(const KnownFile* known, const Seen& now, std::string_view path, FileScan& scan) {
  Verdict v;
  v.fp = now.fp;
  if (now.is == Seen::gone) {
    v.what = known ? Verdict::gone : Verdict::same;
    return v;
  }
  if (now.is == Seen::unreadable) {
    v.what = Verdict::unreadable;
    v.error = now.error;
    return v;
  }
  if (!known) {
    v.what = Verdict::parse;
    return v;
  }
  if (now.fp == known->fp && !known->racy) return v;
  // Changed, or racy: the content decides.
  auto hash = scan.hash(path);
  v.what = hash && static_cast<int64_t>(*hash) == known->hash ? Verdict::touch : Verdict::parse;
  return v;
}

void Changes::add(std::string_view path, const Verdict& v) {
  switch (v.what) {
    case Verdict::same:
      break;
    case Verdict::parse:
      parse.push_back({std::string(path), v.fp});
      break;
    case Verdict::touch:
      touch.push_back({std::string(path), v.fp});
      break;
    case Verdict::gone:
      gone.emplace_back(path);
      break;
    case Verdict::unreadable:
      unreadable.emplace_back(path, v.error);
      break;
  }
}

Changes compare_folder(std::string_view dir, const std::map<std::string, KnownFile>& rows,
                       const std::vector<std::string>& listed, FileScan& scan) {
  Changes out;
  std::map<std::string, bool> seen;  // rows whose file the listing holds
  for (const auto& path : listed) {
    auto now = scan.stat(dir, path);
    if (now.is == Seen::gone) continue;  // went between the listing and the stat
    auto r = rows.find(path);
    if (r != rows.end()) seen[path] = true;
    out.add(path, judge(r == rows.end() ? nullptr : &r->second, now, path, scan));
  }
  for (const auto& [path, _] : rows)
    if (!seen.count(path)) out.gone.push_back(path);
  return out;
}

namespace {

bool all_digits(const std::string& s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<std::pair<std::string, int>> month_folders(FileScan& scan, const std::string& folder,
                                                       bool by_month,
                                                       std::vector<StoreError>& unreadable) {
  std::vector<std::pair<std::string, int>> out;
  if (!by_month) {
    auto st = scan.stat_folder(folder);
    if (st.is == Seen::file)
      out.emplace_back(folder, 0);
    else if (st.is == Seen::unreadable)
      unreadable.emplace_back(folder, 0, 0, "无法读取文件夹：" + errno_zh(st.error));
    return out;
  }
  auto take = [&](Listing l) {
    for (auto& p : l.problems)
      if (l.dirs.empty() && l.files.empty()) unreadable.push_back(std::move(p));
    return l;
  };
  for (const auto& y : take(scan.list(folder)).dirs) {
    if (!all_digits(y, 4)) continue;
    for (const auto& m : take(scan.list(folder + "/" + y)).dirs)
      if (all_digits(m, 2))
        out.emplace_back(folder + "/" + y + "/" + m, std::stoi(y) * 100 + std::stoi(m));
  }
  return out;
}

FolderSync sync_folders(
    const std::string& folder, bool by_month, const std::map<std::string, KnownFile>& known,
    FileScan& scan,
    const std::function<std::map<std::string, KnownFile>(const std::string&)>& rows_of,
    const std::function<void(ListedFolder&&, size_t at, size_t total)>& listed) {
  FolderSync out;
  auto on_disk = month_folders(scan, folder, by_month, out.unreadable);
  std::set<std::string> present;
  for (size_t at = 0; at < on_disk.size(); ++at) {
    const auto& [rel, month] = on_disk[at];
    present.insert(rel);
    auto st = scan.stat_folder(rel);  // before listing: a later change moves it on
    if (st.is != Seen::file) continue;
    auto it = known.find(rel);
    if (it != known.end() && it->second.fp.mtime == st.fp.mtime && !it->second.racy) continue;
    auto listing = scan.list(rel);
    if (listing.unreadable(rel)) {
      // Reported, and its rows neither served nor dropped, so that everything is there again
      // once it can be read.
      out.unreadable.push_back(listing.problems.front());
      continue;
    }
    // Every file compared with its row. What is named like a record but is not a regular file
    // (a link, a FIFO, a folder) is parsed, and so kept as a problem, as a file that does not
    // parse is.
    std::vector<std::string> names;
    for (const auto& name : listing.files) names.push_back(rel + "/" + name);
    for (const auto& p : listing.problems)
      if (p.file().size() > rel.size() && p.file().starts_with(rel + "/"))
        names.push_back(p.file());
    ListedFolder l{rel, month, st.fp.mtime, compare_folder(rel, rows_of(rel), names, scan)};
    listed(std::move(l), at, on_disk.size());
  }
  for (const auto& row : known) {
    const std::string& rel = row.first;
    if (present.count(rel)) continue;
    // Under a folder that could not be listed: not gone, only out of sight for now.
    bool hidden = std::any_of(
        out.unreadable.begin(), out.unreadable.end(),
        [&](const StoreError& e) { return rel == e.file() || rel.starts_with(e.file() + "/"); });
    if (!hidden) out.gone.push_back(rel);
  }
  return out;
}

}  // namespace kefu
