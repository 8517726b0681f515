/// The monthly quality report (月度服务质量报告, manual §2.1, SPEC §5): the six KPIs of a
/// month's cohort as known at a moment, and what lies behind each figure.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/contact.hpp"
#include "core/fee.hpp"
#include "core/key.hpp"
#include "core/opinion.hpp"
#include "core/repair.hpp"
#include "core/special.hpp"

namespace kefu {

/// A case that missed a target, so the supervisor can act.
struct KpiMiss {
  std::string id;
  std::string owner;
  std::string why;
};

struct Kpi {
  std::string key;      // complaint_timely …
  std::string name_zh;  // 投诉处理及时率 …
  int64_t numerator = 0;
  int64_t denominator = 0;
  KpiTarget target;
  std::vector<KpiMiss> misses;

  /// numerator / denominator; nullopt when nothing counts.
  std::optional<double> rate() const;
  /// Exact comparison in integers: n / d ≥ t (or ≤ t for rework); nullopt when d = 0.
  std::optional<bool> met() const;
};

/// The KPI keys in report order, with their Chinese names.
const std::vector<std::pair<std::string, std::string>>& kpi_names();

/// An estate group's KPIs: each estate's numerators and denominators added up, every KPI of
/// kpi_names() in its order, against the targets of `cfg` (the group's kefu.yaml).
std::vector<Kpi> group_kpis(const std::vector<std::vector<Kpi>>& estates, const Config& cfg);

/// When a complaint was resolved as known at `now` (replaying its history, so a later
/// reopen or unsatisfied callback is not yet known); nullopt when unresolved at `now`.
std::optional<DateTime> complaint_resolved_as_of(const Complaint& c, DateTime now);

/// When a repair was completed as known at `now`: the latest "done" not undone by a later
/// rework; nullopt when not complete at `now`.
std::optional<DateTime> repair_completed_as_of(const Repair& r, DateTime now);
/// The first completion at or before `now` (the one timeliness is judged on).
std::optional<DateTime> repair_first_completed(const Repair& r, DateTime now);

/// When a special service was completed as known at `now`: its "done" step at or before `now`.
/// One converted from a repair stands for that repair from its receipt, so it is completed from
/// the repair's completion (its done_at). A record written by hand with done_at and no step
/// says so itself. nullopt when not done at `now`.
std::optional<DateTime> special_completed_as_of(const SpecialService& s, DateTime now);

/// 报修处理及时率, 报修回访率 and 返工/返修率 of a cohort of repairs, in that order.
std::vector<Kpi> repair_kpis(const std::vector<Repair>& cohort, const RepairSla& sla,
                             const WorkingCalendar& cal, DateTime now, KpiTarget timely,
                             KpiTarget callback, KpiTarget rework);

/// 投诉处理及时率 of a cohort: resolved at or before the deadline ÷ resolved or past it.
Kpi complaint_timely_kpi(const std::vector<Complaint>& cohort, const ComplaintSla& sla,
                         const WorkingCalendar& cal, DateTime now, KpiTarget target);

/// Callbacks (any kind) recorded by `now`, for 顾客满意率.
void count_callbacks(const std::string& id, const std::string& owner,
                     const std::vector<CallbackRecord>& callbacks, DateTime now, Kpi& satisfaction);

/// Age in whole days of a case open at `at`.
int age_days(DateTime received, DateTime at);

/// kefu.yaml's target for a KPI key (complaint_timely …); the default target when it sets none.
KpiTarget kpi_target(const Config& cfg, const std::string& key);

/// The end of the report of month `m` as known at `now`: the month's last second, or `now`
/// while the month is still running.
DateTime report_end(YearMonth m, DateTime now);

// ---- the monthly report, a month of cases at a time ---------------------------------------

/// How the calls, visits and cases of a row of the 来电来访数据分析表 move in a month:
/// carried + fresh − completed = still_open, for every row and for the totals.
struct Flow {
  int carried = 0;    // 上月结转: received earlier, open at the month's start or reopened in it
  int fresh = 0;      // 本月新增: received in the month, up to its end (or now)
  int completed = 0;  // 本月办结: of those, completed in the month
  int still_open = 0;  // 月末未结: of those, open at its end
  Flow& operator+=(const Flow& o);
  bool balances() const { return carried + fresh - completed == still_open; }
  bool operator==(const Flow&) const = default;
};

/// A row's flow: `type` is a ContactType key (inquiry …), complaint, repair or special; `category`
/// is one of analysis_categories() (see analysis_category).
struct FlowRow {
  std::string type;
  std::string category;
  Flow flow;
};

/// How a case received at `received` moves in the month [start, end], given when it was
/// completed as known just before `start` and at `end`: nullopt when it is not in the month
/// (received after `end`, or completed before `start` and not reopened since). A case is
/// carried or fresh, and completed or still open: so its flow balances.
std::optional<Flow> case_flow(DateTime received, std::optional<DateTime> done_before_start,
                              std::optional<DateTime> done_at_end, DateTime start, DateTime end);

/// A call or visit of the register (contacts) is completed when it is logged: the reply is
/// given or the matter passed on then, and a contact holds no state after it. So one logged in
/// [start, end] is fresh and completed; one logged earlier is not in the month.
std::optional<Flow> contact_flow(DateTime received, DateTime start, DateTime end);

/// Adds `f` to the row (type, category) of `rows`, appending the row when new.
void add_flow(std::vector<FlowRow>& rows, const std::string& type, const std::string& category,
              const Flow& f);

/// The sum of the rows' flows.
Flow total_flow(const std::vector<FlowRow>& rows);

/// A case open at the end of the report's month.
struct OpenCase {
  std::string id;
  std::string kind;  // complaint, repair, special
  DateTime received{};
  std::string owner;
  std::string subject;
};

/// What the cases received in month `k` give the report of month `m`: their KPIs (for the
/// trend) and how they stand at the start and the end of `m` (来电来访数据分析表).
struct MonthPart {
  std::vector<Kpi> kpis;       // the five case KPIs, when `k` is in the trend
  std::vector<FlowRow> flows;  // how its cases move in `m`, by type and category
  std::vector<OpenCase> open;
  /// The latest time any of these cases records or falls due. From then on the part no longer
  /// depends on `now`, so it may be kept and used again while the cases' files are unchanged.
  DateTime settled{};
  /// Calendar years its deadlines fell in that calendar.yaml does not cover: warned about
  /// again when the part is used from a kept copy.
  std::set<int> uncovered_years;
  /// Its complaints and repairs changed by hand (or never sealed): the figures they enter are
  /// marked (R12). Filled by whoever read the files.
  std::vector<std::string> unsealed_complaints, unsealed_repairs;
};

/// Month `k`'s part of the report of month `m` (k ≤ m) from the complaints, repairs and special
/// services received in `k`, as known at `now`. With `in_trend` it carries the five case KPIs,
/// in report order (their misses only when k = m), of the complaints and repairs only (R7: a
/// special service is not a repair); the carried / completed / still-open counts and open cases
/// of all three always. A special service is rowed under category 特约服务 (analysis_category).
MonthPart month_part(YearMonth k, YearMonth m, DateTime now, bool in_trend,
                     const std::vector<Complaint>& complaints, const std::vector<Repair>& repairs,
                     const std::vector<SpecialService>& specials, const Config& cfg,
                     const WorkingCalendar& cal);

/// 收费率 of period `k`: paid ÷ billed in fen, as the ledgers know it.
Kpi fee_collection_kpi(const std::vector<Ledger>& ledgers, YearMonth k, KpiTarget target);

/// A case open at the end of the report's month, with its age then.
struct OpenAtEnd {
  OpenCase c;
  int age_days = 0;
};

/// What the report needs of the cases received in the twelve months before `m` and in `m`.
struct YearOfCases {
  /// The twelve months up to `m`, oldest first: the six KPIs of each (收费率 last).
  std::vector<std::pair<YearMonth, std::vector<Kpi>>> trend;
  std::vector<FlowRow> flows;  // the year's cases in `m`, by type and category (来电来访数据分析表)
  std::vector<OpenAtEnd> open;  // open at the end of `m`: oldest first, complaints first
  std::vector<std::string> unsealed_complaints, unsealed_repairs;  // received in `m`
};

/// Walks the thirteen months from a year before `m` to `m`, asking `part_of(k, in_trend)` for
/// each month's part (so a year of cases is never in memory at once), and adds them up.
YearOfCases walk_year(YearMonth m, DateTime now, const std::vector<Ledger>& ledgers,
                      KpiTarget fee_target,
                      const std::function<MonthPart(YearMonth k, bool in_trend)>& part_of);

/// One row of a tally: a name and how many.
struct Tally {
  std::string name;
  int count = 0;
};

/// A named row of the 来电来访数据分析表 and its flow.
struct AnalysisRow {
  std::string name;
  Flow flow;
};

/// 来电来访数据分析表: the month's calls and visits (contacts, complaints, repairs, special
/// services) and the cases of the year before it still moving in it. Every row balances, and so
/// does the total; the rows by type and the rows by category each add up to the total.
struct ContactAnalysis {
  Flow total;
  std::vector<AnalysisRow> by_type;  // 咨询 建议 表扬 报事 (其他 when any) 投诉 报修 特约服务
  std::vector<AnalysisRow> by_category;  // analysis_categories(), every one
  std::vector<Tally> by_channel;         // the fresh ones, by channel name in byte order
};

/// From the register lines of month `m` (register_lines: only the contacts' lines enter the
/// flows, and every line the channel tally) and the year's case flows (walk_year); lines after
/// `now` are not yet known.
ContactAnalysis contact_analysis(const std::vector<RegisterLine>& lines, YearMonth m, DateTime now,
                                 const YearOfCases& y, const Config& cfg);

/// The rows of `rows` with calls or visits in the month, as a tally of the fresh ones.
std::vector<Tally> fresh_tally(const std::vector<AnalysisRow>& rows);

/// §3.4.6 as the monthly report shows it: key_month_stats, with the kinds lent by Chinese name.
struct KeySummary {
  int loans = 0, late = 0, damaged = 0, lost = 0;
  int spare_used = 0;          // 紧急动用备用钥匙: spare_key_used
  std::vector<Tally> by_kind;  // kinds lent at least once, by Chinese name
};
KeySummary key_summary(const std::vector<KeyLoan>& loans, YearMonth m, DateTime now);

/// The chain's timeliness (R6) of the opinions collected in a month, as known at a moment: each
/// step's count of on-time and late, and 意见处理及时率 — the opinions whose every step done
/// or due was on time, of those with any step done or due.
struct StepCount {
  int on_time = 0, late = 0;
};
struct OpinionSummary {
  int collected = 0;
  StepCount send, measures, callback;
  int timely = 0;             // every step done or due so far was on time
  int counted = 0;            // at least one step done or due
  std::vector<KpiMiss> late;  // the opinions with a late step, and which
};
OpinionSummary opinion_summary(const std::vector<Opinion>& cohort, const OpinionSla& sla,
                               const WorkingCalendar& cal, DateTime now);

/// The report's fee line: period_collection of `m` and its household rate (nullopt when no
/// household was billed).
struct FeeSummary {
  PeriodCollection collection;
  std::optional<double> household_rate;
};
FeeSummary fee_summary(const std::vector<Ledger>& ledgers, YearMonth m);

}  // namespace kefu
