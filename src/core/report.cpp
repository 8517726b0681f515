/// KPI arithmetic: exact counts, integer comparison with targets.
#include "core/report.hpp"

#include <algorithm>
#include <cmath>

namespace kefu {

std::optional<double> Kpi::rate() const {
  if (denominator == 0) return std::nullopt;
  // Four decimals, so JSON and tables print the same figure on every machine.
  return std::round(static_cast<double>(numerator) * 10000.0 / static_cast<double>(denominator)) /
         10000.0;
}

std::optional<bool> Kpi::met() const {
  if (denominator == 0) return std::nullopt;
  int64_t lhs = numerator * 10000;
  int64_t rhs = static_cast<int64_t>(target.basis_points) * denominator;
  return target.at_most ? lhs <= rhs : lhs >= rhs;
}

const std::vector<std::pair<std::string, std::string>>& kpi_names() {
  static const std::vector<std::pair<std::string, std::string>> names = {
      {"complaint_timely", "投诉处理及时率"}, {"repair_timely", "报修处理及时率"},
      {"repair_callback", "报修回访率"},      {"rework", "返工/返修率"},
      {"satisfaction", "顾客满意率"},         {"fee_collection", "收费率"},
  };
  return names;
}

std::optional<DateTime> complaint_resolved_as_of(const Complaint& c, DateTime now) {
  // Events in time order: close resolves; reopen and an unsatisfied callback undo it.
  struct Event {
    DateTime at;
    bool resolves;
  };
  std::vector<Event> events;
  for (const auto& h : c.history) {
    if (h.action == "close") events.push_back({h.at, true});
    if (h.action == "reopen") events.push_back({h.at, false});
  }
  for (const auto& cb : c.callbacks)
    if (cb.result == CallbackResult::unsatisfied) events.push_back({cb.at, false});
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.at < b.at; });
  std::optional<DateTime> resolved;
  for (const auto& e : events) {
    if (e.at > now) break;
    if (e.resolves)
      resolved = e.at;
    else
      resolved.reset();
  }
  // Records written by hand may carry resolved_at without a history line.
  if (!resolved && events.empty() && c.resolved_at && *c.resolved_at <= now)
    resolved = c.resolved_at;
  return resolved;
}

std::optional<DateTime> repair_completed_as_of(const Repair& r, DateTime now) {
  std::optional<DateTime> done;
  for (const auto& h : r.history) {  // history is in time order: appended as it happens
    if (h.at > now) break;
    if (h.action == "done") done = h.at;
    if (h.action == "rework") done.reset();
  }
  return done;
}

std::optional<DateTime> repair_first_completed(const Repair& r, DateTime now) {
  for (const auto& h : r.history)
    if (h.action == "done" && h.at <= now) return h.at;
  return std::nullopt;
}

std::vector<Kpi> repair_kpis(const std::vector<Repair>& cohort, const RepairSla& sla,
                             const WorkingCalendar& cal, DateTime now, KpiTarget timely,
                             KpiTarget callback, KpiTarget rework) {
  Kpi t{"repair_timely", "报修处理及时率", 0, 0, timely, {}};
  Kpi c{"repair_callback", "报修回访率", 0, 0, callback, {}};
  Kpi w{"rework", "返工/返修率", 0, 0, rework, {}};
  for (const auto& r : cohort) {
    // Timeliness is judged on the first round of work against the deadline from receipt.
    Repair first_round = r;
    first_round.reworks.clear();
    auto due = repair_deadlines(first_round, sla, cal).fix_due;
    auto first = repair_first_completed(r, now);
    if (first) {
      ++t.denominator;
      if (*first <= due)
        ++t.numerator;
      else
        t.misses.push_back({r.id, r.owner, "超时限完工（" + format_datetime(*first) + "）"});
    } else if (now > due) {
      ++t.denominator;
      t.misses.push_back({r.id, r.owner, "逾期未完工"});
    }
    if (!first) continue;
    ++c.denominator;
    ++w.denominator;
    bool called = std::any_of(r.callbacks.begin(), r.callbacks.end(),
                              [&](const CallbackRecord& cb) { return cb.at <= now; });
    if (called)
      ++c.numerator;
    else
      c.misses.push_back({r.id, r.owner, "已完工未回访"});
    bool reworked = std::any_of(r.reworks.begin(), r.reworks.end(),
                                [&](const ReworkEntry& e) { return e.at <= now; });
    if (reworked) {
      ++w.numerator;
      w.misses.push_back({r.id, r.owner, "返修"});
    }
  }
  return {t, c, w};
}

Kpi complaint_timely_kpi(const std::vector<Complaint>& cohort, const ComplaintSla& sla,
                         const WorkingCalendar& cal, DateTime now, KpiTarget target) {
  Kpi k{"complaint_timely", "投诉处理及时率", 0, 0, target, {}};
  for (const auto& c : cohort) {
    auto due = complaint_deadlines(c, sla, cal).resolution_due;
    auto resolved = complaint_resolved_as_of(c, now);
    if (resolved) {
      ++k.denominator;
      if (*resolved <= due)
        ++k.numerator;
      else
        k.misses.push_back({c.id, c.owner, "超时限解决（" + format_datetime(*resolved) + "）"});
    } else if (now > due) {
      ++k.denominator;
      k.misses.push_back({c.id, c.owner, "逾期未解决"});
    }
  }
  return k;
}

void count_callbacks(const std::string& id, const std::string& owner,
                     const std::vector<CallbackRecord>& callbacks, DateTime now,
                     Kpi& satisfaction) {
  for (const auto& cb : callbacks) {
    if (cb.at > now) continue;
    ++satisfaction.denominator;
    if (cb.result != CallbackResult::unsatisfied)
      ++satisfaction.numerator;
    else
      satisfaction.misses.push_back({id, owner, "回访不满意（" + format_datetime(cb.at) + "）"});
  }
}

int age_days(DateTime received, DateTime at) {
  return static_cast<int>((date_of(at) - date_of(received)).count());
}

}  // namespace kefu
