/// KPI arithmetic: exact counts, integer comparison with targets.
#include "core/report.hpp"

#include <algorithm>
#include <cmath>
#include <map>

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

std::optional<DateTime> special_completed_as_of(const SpecialService& s, DateTime now) {
  std::optional<DateTime> done;
  bool stepped = false;
  for (const auto& h : s.history) {
    if (h.action == "done") {
      stepped = true;
      if (h.at <= now && (!done || h.at > *done)) done = h.at;
    } else if (h.action == "convert") {
      // Converted from a repair: completed when the repair's work was done, as that recorded.
      stepped = true;
      if (s.done_at && *s.done_at <= now) done = s.done_at;
    }
  }
  // Records written by hand may carry done_at without a history line.
  if (!stepped && s.status != SpecialStatus::ordered && s.done_at && *s.done_at <= now)
    done = s.done_at;
  return done;
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

KpiTarget kpi_target(const Config& cfg, const std::string& key) {
  auto it = cfg.targets.find(key);
  return it == cfg.targets.end() ? KpiTarget{} : it->second;
}

std::vector<Kpi> group_kpis(const std::vector<std::vector<Kpi>>& estates, const Config& cfg) {
  std::vector<Kpi> out;
  for (const auto& [key, name] : kpi_names()) {
    Kpi sum{key, name, 0, 0, kpi_target(cfg, key), {}};
    for (const auto& estate : estates)
      for (const auto& k : estate)
        if (k.key == key) sum.numerator += k.numerator, sum.denominator += k.denominator;
    out.push_back(std::move(sum));
  }
  return out;
}

Flow& Flow::operator+=(const Flow& o) {
  carried += o.carried;
  fresh += o.fresh;
  completed += o.completed;
  still_open += o.still_open;
  return *this;
}

std::optional<Flow> case_flow(DateTime received, std::optional<DateTime> done_before_start,
                              std::optional<DateTime> done_at_end, DateTime start, DateTime end) {
  if (received > end) return std::nullopt;  // not yet known
  bool is_new = received >= start;
  // Completed before the month and not reopened since: no part of it.
  if (!is_new && done_before_start && done_at_end && *done_at_end == *done_before_start)
    return std::nullopt;
  Flow f;
  (is_new ? f.fresh : f.carried) = 1;
  (done_at_end ? f.completed : f.still_open) = 1;
  return f;
}

std::optional<Flow> contact_flow(DateTime received, DateTime start, DateTime end) {
  if (received < start || received > end) return std::nullopt;
  return Flow{0, 1, 1, 0};
}

void add_flow(std::vector<FlowRow>& rows, const std::string& type, const std::string& category,
              const Flow& f) {
  for (auto& r : rows)
    if (r.type == type && r.category == category) {
      r.flow += f;
      return;
    }
  rows.push_back({type, category, f});
}

Flow total_flow(const std::vector<FlowRow>& rows) {
  Flow t;
  for (const auto& r : rows) t += r.flow;
  return t;
}

DateTime report_end(YearMonth m, DateTime now) {
  return std::min(now, end_of_day(m.last_day()));
}

namespace {

template <class Record>
DateTime latest_event(const Record& r, DateTime t) {
  t = std::max(t, r.received_at);
  for (const auto& h : r.history) t = std::max(t, h.at);
  for (const auto& c : r.callbacks) t = std::max(t, c.at);
  return t;
}

}  // namespace

MonthPart month_part(YearMonth k, YearMonth m, DateTime now, bool in_trend,
                     const std::vector<Complaint>& complaints,
                     const std::vector<Repair>& all_repairs,
                     const std::vector<SpecialService>& specials, const Config& cfg,
                     const WorkingCalendar& cal) {
  // A repair converted into a special service (R7) is not a repair: no KPI, flow or open case;
  // its special service stands for it in the flows and open cases.
  std::vector<Repair> repairs;
  for (const auto& r : all_repairs)
    if (!r.is_converted()) repairs.push_back(r);
  MonthPart p;
  if (in_trend) {
    p.kpis.push_back(complaint_timely_kpi(complaints, cfg.complaint_sla, cal, now,
                                          kpi_target(cfg, "complaint_timely")));
    for (auto& x : repair_kpis(repairs, cfg.repair_sla, cal, now, kpi_target(cfg, "repair_timely"),
                               kpi_target(cfg, "repair_callback"), kpi_target(cfg, "rework")))
      p.kpis.push_back(std::move(x));
    Kpi satisfaction{"satisfaction", "顾客满意率", 0, 0, kpi_target(cfg, "satisfaction"), {}};
    for (const auto& c : complaints) count_callbacks(c.id, c.owner, c.callbacks, now, satisfaction);
    for (const auto& r : repairs) count_callbacks(r.id, r.owner, r.callbacks, now, satisfaction);
    p.kpis.push_back(std::move(satisfaction));
    if (k != m)
      for (auto& x : p.kpis) x.misses.clear();  // the trend shows rates only
  }
  DateTime start = start_of_day(m.first_day());
  DateTime end = report_end(m, now);
  auto follow = [&](const char* type, const std::string& category, DateTime received,
                    std::optional<DateTime> before, std::optional<DateTime> at_end) {
    if (auto f = case_flow(received, before, at_end, start, end))
      add_flow(p.flows, type, analysis_category(cfg, category), *f);
  };
  for (const auto& c : complaints) {
    p.settled = std::max({latest_event(c, p.settled), c.resolved_at.value_or(DateTime{}),
                          c.acknowledged_at.value_or(DateTime{}),
                          complaint_deadlines(c, cfg.complaint_sla, cal).resolution_due});
    if (c.received_at > end) continue;
    auto at_end = complaint_resolved_as_of(c, end);
    follow("complaint", c.category, c.received_at,
           complaint_resolved_as_of(c, start - std::chrono::seconds{1}), at_end);
    if (!at_end)
      p.open.push_back({c.id, "complaint", c.received_at, c.owner,
                        (c.unit.empty() ? c.place : c.unit) + " " + c.category});
  }
  for (const auto& r : repairs) {
    Repair first_round = r;
    first_round.reworks.clear();
    p.settled = std::max({latest_event(r, p.settled), r.completed_at.value_or(DateTime{}),
                          repair_deadlines(first_round, cfg.repair_sla, cal).fix_due});
    for (const auto& w : r.reworks)
      p.settled = std::max({p.settled, w.at, w.completed_at.value_or(DateTime{})});
    if (r.received_at > end) continue;
    auto at_end = repair_completed_as_of(r, end);
    follow("repair", r.kind_zh(), r.received_at,
           repair_completed_as_of(r, start - std::chrono::seconds{1}), at_end);
    if (!at_end)
      p.open.push_back({r.id, "repair", r.received_at, r.owner,
                        (r.unit.empty() ? r.place : r.unit) + " " + r.fault});
  }
  // Special services (R7): in the flows and the open cases, never in the KPIs above. One is
  // completed when the work is done; the payment notice and the callback that follow are not
  // what the caller waits for.
  for (const auto& s : specials) {
    p.settled = std::max({latest_event(s, p.settled), s.done_at.value_or(DateTime{}),
                          s.delivered_at.value_or(DateTime{})});
    if (s.received_at > end) continue;
    auto at_end = special_completed_as_of(s, end);
    follow("special", "特约服务", s.received_at,
           special_completed_as_of(s, start - std::chrono::seconds{1}), at_end);
    if (!at_end) p.open.push_back({s.id, "special", s.received_at, s.owner, s.unit + " " + s.what});
  }
  return p;
}

Kpi fee_collection_kpi(const std::vector<Ledger>& ledgers, YearMonth k, KpiTarget target) {
  auto fees = period_collection(ledgers, k);
  return {"fee_collection", "收费率", fees.paid, fees.billed, target, {}};
}

YearOfCases walk_year(YearMonth m, DateTime now, const std::vector<Ledger>& ledgers,
                      KpiTarget fee_target,
                      const std::function<MonthPart(YearMonth k, bool in_trend)>& part_of) {
  YearOfCases y;
  DateTime end = report_end(m, now);
  YearMonth first = m;
  for (int i = 0; i < 11; ++i) first = first.prev();
  std::vector<OpenCase> open;
  for (YearMonth k{m.year - 1, m.month}; k <= m; k = k.next()) {
    auto part = part_of(k, k >= first);
    if (k >= first) {
      part.kpis.push_back(fee_collection_kpi(ledgers, k, fee_target));
      y.trend.emplace_back(k, std::move(part.kpis));
    }
    if (k == m) {
      y.unsealed_complaints = part.unsealed_complaints;
      y.unsealed_repairs = part.unsealed_repairs;
    }
    for (const auto& f : part.flows) add_flow(y.flows, f.type, f.category, f.flow);
    for (auto& c : part.open) open.push_back(std::move(c));
  }
  // Oldest first; a complaint before a repair before a special service received the same minute.
  std::stable_sort(open.begin(), open.end(), [](const OpenCase& a, const OpenCase& b) {
    return format_datetime(a.received) < format_datetime(b.received);
  });
  for (auto& c : open) {
    int age = age_days(c.received, end);
    y.open.push_back({std::move(c), age});
  }
  return y;
}

namespace {

std::vector<Tally> tally_rows(const std::map<std::string, int>& counts) {
  std::vector<Tally> rows;
  for (const auto& [name, n] : counts) rows.push_back({name, n});
  return rows;
}

}  // namespace

ContactAnalysis contact_analysis(const std::vector<RegisterLine>& lines, YearMonth m, DateTime now,
                                 const YearOfCases& y, const Config& cfg) {
  DateTime start = start_of_day(m.first_day());
  DateTime end = report_end(m, now);
  std::vector<FlowRow> flows = y.flows;
  std::map<std::string, int> channel;  // name → fresh count
  for (const auto& line : lines) {
    // Every line counts in its channel, so that the channels add up to the month's new ones.
    if (line.at > end) continue;
    auto ch = parse_enum<Channel>(line.channel);
    ++channel[ch ? std::string(to_zh(*ch)) : line.channel];
    if (line.kind != "contact") continue;  // cases: from the year's flows
    if (auto f = contact_flow(line.at, start, end))
      add_flow(flows, line.type, analysis_category(cfg, line.category), *f);
  }
  ContactAnalysis a;
  a.total = total_flow(flows);
  // By type: the contact types in their order (其他 only when it has any), then the cases.
  std::vector<std::pair<std::string, std::string>> types;
  for (const auto& e : enum_names<ContactType>())
    types.emplace_back(std::string(e.key), std::string(e.zh));
  types.emplace_back("complaint", "投诉");
  types.emplace_back("repair", "报修");
  types.emplace_back("special", "特约服务");
  for (const auto& [key, zh] : types) {
    AnalysisRow row{zh, {}};
    for (const auto& f : flows)
      if (f.type == key) row.flow += f.flow;
    if (key == "other" && row.flow == Flow{}) continue;
    a.by_type.push_back(std::move(row));
  }
  for (const auto& name : analysis_categories(cfg)) {
    AnalysisRow row{name, {}};
    for (const auto& f : flows)
      if (f.category == name) row.flow += f.flow;
    a.by_category.push_back(std::move(row));
  }
  a.by_channel = tally_rows(channel);
  return a;
}

std::vector<Tally> fresh_tally(const std::vector<AnalysisRow>& rows) {
  std::vector<Tally> out;
  for (const auto& r : rows)
    if (r.flow.fresh > 0) out.push_back({r.name, r.flow.fresh});
  return out;
}

KeySummary key_summary(const std::vector<KeyLoan>& loans, YearMonth m, DateTime now) {
  auto s = key_month_stats(loans, m, now);
  KeySummary k;
  k.loans = s.loans;
  k.late = static_cast<int>(s.late.size());
  k.damaged = static_cast<int>(s.damaged.size());
  k.lost = static_cast<int>(s.lost.size());
  k.spare_used = static_cast<int>(s.spare_used.size());
  std::map<std::string, int> by_name;
  for (const auto& [kind, n] : s.by_kind)
    if (n > 0) by_name[std::string(to_zh(kind))] = n;
  k.by_kind = tally_rows(by_name);
  return k;
}

FeeSummary fee_summary(const std::vector<Ledger>& ledgers, YearMonth m) {
  FeeSummary f{period_collection(ledgers, m), std::nullopt};
  Kpi households{"", "", f.collection.households_paid, f.collection.households_billed, {}, {}};
  f.household_rate = households.rate();
  return f;
}

OpinionSummary opinion_summary(const std::vector<Opinion>& cohort, const OpinionSla& sla,
                               const WorkingCalendar& cal, DateTime now) {
  OpinionSummary out;
  for (const auto& o : cohort) {
    if (o.collected_at > now) continue;
    ++out.collected;
    auto t = opinion_timeliness(o, sla, cal, now);
    std::string why;
    bool any = false;
    auto count = [&](StepTimeliness s, StepCount& c, const char* late_zh) {
      if (s == StepTimeliness::not_yet) return;
      any = true;
      if (s == StepTimeliness::on_time) {
        ++c.on_time;
        return;
      }
      ++c.late;
      why += (why.empty() ? "" : "、") + std::string(late_zh);
    };
    count(t.send, out.send, "送达超时");
    count(t.measures, out.measures, "整改措施反馈超时");
    count(t.callback, out.callback, "回访超时");
    if (!any) continue;
    ++out.counted;
    if (why.empty())
      ++out.timely;
    else
      out.late.push_back({o.id, o.owner, why});
  }
  return out;
}

}  // namespace kefu
