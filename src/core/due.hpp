/// Items that need someone: the lines of `kefu due`, from every kind of record.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/repair.hpp"
#include "core/special.hpp"

namespace kefu {

struct DueItem {
  std::string owner;      // staff id who must act (首问负责人 for cases)
  std::string kind;       // complaint, repair, callback, key, fee
  std::string id;         // the record
  std::string reason;     // response_overdue, resolution_overdue, callback_due, …
  std::string reason_zh;  // 超24小时未响应 …
  DateTime due{};         // when it was or is due
  std::string subject;    // where and what, for a person to recognise it
};

/// A complaint's lines at `now`: unacknowledged past 24 h, unresolved past its deadline,
/// callback due by the end of today or overdue.
std::vector<DueItem> complaint_due_items(const Complaint& c, const ComplaintDeadlines& d,
                                         DateTime now);

/// A repair's lines at `now`: an urgent repair nobody reached by its on-site deadline, work
/// not finished by its fix deadline, callback due by the end of today or overdue.
std::vector<DueItem> repair_due_items(const Repair& r, const RepairDeadlines& d, DateTime now);

/// A special service's lines at `now`: the phone callback due by the end of today or overdue
/// (sla.repair.callback_days after it was done).
std::vector<DueItem> special_due_items(const SpecialService& s, int callback_days, DateTime now);

/// A pending callback, for `kefu callback due`: what is owed, by whom, by when.
struct CallbackDue {
  std::string kind;  // complaint, repair, special
  std::string id;
  std::string owner;
  std::string where;  // unit or place
  Person customer;
  DateTime resolved_at{};
  DateTime due{};
  std::string subject;
};

/// The callbacks owed on these cases, soonest first, then by ID.
std::vector<CallbackDue> pending_callbacks(const std::vector<Complaint>& complaints,
                                           const std::vector<Repair>& repairs, const Config& cfg,
                                           const WorkingCalendar& cal,
                                           const std::vector<SpecialService>& specials = {});

/// `kefu callback due`'s choice at `now`: only the overdue ones when `overdue_only`; none due
/// after the end of `until` when it is given.
std::vector<CallbackDue> callbacks_due(std::vector<CallbackDue> all, DateTime now,
                                       std::optional<Date> until, bool overdue_only);

/// How a callback stands at `now`: "逾期3天", "今日到期", "剩2天" (calendar days).
std::string callback_state_zh(const CallbackDue& c, DateTime now);

/// An overdue key of a case (response, resolution, arrival, fix, callback) in Chinese, short
/// ("未响应", "超时限") or, for a complaint's own view, long ("超24小时未响应", "超处理时限").
const char* overdue_zh(std::string_view key, bool long_form = false);

/// Soonest first, then by ID, so the list reads the same on every run.
void sort_due_items(std::vector<DueItem>& items);

}  // namespace kefu
