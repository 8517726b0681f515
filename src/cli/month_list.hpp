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

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/context.hpp"
#include "cli/output.hpp"
#include "store/memo.hpp"
#include "store/record_store.hpp"

namespace kefu {

/// Prints, as one JSON array, the views of every case received in `month` (every month when
/// unset), in ID order. `view` makes a case's view as of ctx.now() and narrows the validity
/// by the times it compared `now` with. `kind` names the list in the kept files
/// ("complaints"). Returns false, having printed nothing, when there is no index to stamp the
/// months with.
template <class T>
bool print_month_lists(Context& ctx, std::optional<YearMonth> month, std::string_view kind,
                       const std::function<Json(const T&, Validity&)>& view) {
  const Memo* memo = ctx.store().memo();
  if (!memo) return false;
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
    auto stamp = fmt::format("{:016x} {:016x}", files, ctx.dir().rules_hash());
    if (auto kept = memo->recall(key, stamp, now, &cal)) {
      if (!printer.add_file(kept->fd(), kept->offset(), kept->length()))
        throw StoreError(kept->name(), 0, 0, "保存的列表在输出时被截短，请重新运行");
      continue;
    }
    CaseQuery q;
    q.from = q.to = m;
    auto result = repo.query(q);
    Validity valid;
    text.clear();
    valid.uncovered_years = cal.uncovered_years_of([&] {
      for (const auto& item : result.items) {
        auto v = view(item.record, valid);
        ctx.protect(v);
        JsonArrayPrinter::append(text, v);
      }
    });
    printer.add_text(text);
    if (result.problems.empty()) memo->keep(key, stamp, valid, now, text);
    problems.insert(problems.end(), result.problems.begin(), result.problems.end());
  }
  printer.finish();
  ctx.report_problems(problems);
  return true;
}

}  // namespace kefu
