/// Case lists over whole months (`list --all`, `list --month`) as JSON, a month at a time,
/// with each settled month printed from the text kept for it.
///
/// A case's view depends on its file, kefu.yaml and calendar.yaml, and on `now` only through
/// which of its deadlines have passed. So a month's JSON, as printed, is kept in .kefu/kept/
/// under a stamp of the three, with the span of time around `now` in which no deadline of
/// the month falls; it is printed from there while the stamp is the same and `now` is in that
/// span (for a month whose deadlines have all passed, from then on). Ten years of complaints
/// are then a stat of each file (the freshness rule for what a command covers) and a read
/// of 120 files, not 100,000 records decoded and printed.
#pragma once

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/context.hpp"
#include "cli/output.hpp"
#include "store/record_store.hpp"

namespace kefu {

/// Bumped with any change to what a kept month holds or how its views are made.
inline constexpr int kKeptListVersion = 2;

/// The times at which a month's views would change while its files stay as they are: its
/// cases' deadlines. Views made at `now` are the same for any time in (after, until].
struct ViewsValid {
  long long after = std::numeric_limits<long long>::min();
  long long until = std::numeric_limits<long long>::max();
  std::set<int> uncovered_years;  // calendar years the views warned about

  void add(DateTime deadline, DateTime now) {
    long long t = deadline.time_since_epoch().count();
    if (deadline < now)
      after = std::max(after, t);
    else
      until = std::min(until, t);
  }
  bool covers(DateTime now) const {
    long long t = now.time_since_epoch().count();
    return after < t && t <= until;
  }
  std::string note() const {
    std::string n = fmt::format("valid {} {}", after, until);
    for (int y : uncovered_years) n += fmt::format(" {}", y);
    return n;
  }
  static std::optional<ViewsValid> parse(std::string_view note) {
    constexpr std::string_view head = "valid ";
    if (!note.starts_with(head)) return std::nullopt;
    note.remove_prefix(head.size());
    std::vector<long long> numbers;
    while (!note.empty()) {
      long long n = 0;
      auto [end, ec] = std::from_chars(note.data(), note.data() + note.size(), n);
      if (ec != std::errc()) return std::nullopt;
      numbers.push_back(n);
      note.remove_prefix(static_cast<size_t>(end - note.data()));
      if (!note.empty() && note.front() == ' ') note.remove_prefix(1);
    }
    if (numbers.size() < 2) return std::nullopt;
    ViewsValid v;
    v.after = numbers[0];
    v.until = numbers[1];
    for (size_t i = 2; i < numbers.size(); ++i)
      v.uncovered_years.insert(static_cast<int>(numbers[i]));
    return v;
  }
};

/// Prints, as one JSON array, the views of every case received in `month` (every month when
/// unset), in ID order. `view` makes a case's view as of ctx.now(); `deadlines` lists the times
/// it compares `now` with. `kind` names the list in the kept files ("complaints").
/// Returns false, having printed nothing, when there is no index to stamp the months with.
template <class T>
bool print_month_lists(Context& ctx, std::optional<YearMonth> month, std::string_view kind,
                       const std::function<Json(const T&)>& view,
                       const std::function<std::vector<DateTime>(const T&)>& deadlines) {
  auto* index = ctx.store().index();
  if (!index) return false;
  Repository<T> repo(ctx.store());
  auto months = repo.month_stamps(month, month);
  if (!months) return false;
  const auto& cal = ctx.dir().calendar();
  const DateTime now = ctx.now();
  JsonArrayPrinter printer(ctx.out);
  std::string text;  // a month, printed afresh
  std::vector<StoreError> problems;
  for (const auto& [m, files] : *months) {
    auto key =
        fmt::format("list {} {} json {}", kind, m.str(), ctx.opts.reveal ? "shown" : "masked");
    auto stamp = fmt::format("{} {:016x} {:016x}", kKeptListVersion, files, ctx.dir().rules_hash());
    if (auto kept = index->kept_text(key, stamp)) {
      auto valid = ViewsValid::parse(kept->note());
      if (valid && valid->covers(now)) {
        cal.note_uncovered_years(valid->uncovered_years);
        if (!printer.add_file(kept->fd(), kept->offset(), kept->length()))
          throw StoreError(kept->name(), 0, 0, "保存的列表在输出时被截短，请重新运行");
        continue;
      }
    }
    CaseQuery q;
    q.from = q.to = m;
    auto result = repo.query(q);
    ViewsValid valid;
    text.clear();
    valid.uncovered_years = cal.uncovered_years_of([&] {
      for (const auto& item : result.items) {
        auto v = view(item.record);
        ctx.protect(v);
        JsonArrayPrinter::append(text, v);
        for (auto d : deadlines(item.record)) valid.add(d, now);
      }
    });
    printer.add_text(text);
    if (result.problems.empty()) index->keep_text(key, stamp, valid.note(), text);
    problems.insert(problems.end(), result.problems.begin(), result.problems.end());
  }
  printer.finish();
  ctx.report_problems(problems);
  return true;
}

}  // namespace kefu
