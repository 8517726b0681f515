/// The index's freshness rules; see freshness.hpp.
#include "store/freshness.hpp"

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

}  // namespace kefu
