/// The monthly quality report (月度服务质量报告, manual §2.1, SPEC §5): the six KPIs of a
/// month's cohort as known at a moment, and what lies behind each figure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/repair.hpp"

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

/// When a complaint was resolved as known at `now` (replaying its history, so a later
/// reopen or unsatisfied callback is not yet known); nullopt when unresolved at `now`.
std::optional<DateTime> complaint_resolved_as_of(const Complaint& c, DateTime now);

/// When a repair was completed as known at `now`: the latest "done" not undone by a later
/// rework; nullopt when not complete at `now`.
std::optional<DateTime> repair_completed_as_of(const Repair& r, DateTime now);
/// The first completion at or before `now` (the one timeliness is judged on).
std::optional<DateTime> repair_first_completed(const Repair& r, DateTime now);

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

}  // namespace kefu
