/// Items that need someone: the lines of `kefu due`, from every kind of record.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/key.hpp"
#include "core/opinion.hpp"
#include "core/repair.hpp"
#include "core/special.hpp"

namespace kefu {

struct DueItem {
  std::string owner;      // staff id who must act (首问负责人 for cases)
  std::string kind;       // complaint, repair, opinion, special, callback, key, fee
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

/// §3.7.3 (R17): a major event is reported to the next level at once. The lines it adds to
/// `kefu due`, owed by `next_level` (the manager; the complaint's owner when it is empty, the
/// roster having no one above): a major complaint from the moment it is
/// recorded until it is resolved ("major_complaint"), and each of its lines already past due
/// (`its_lines`, from complaint_due_items: "major_late"). None for any other complaint.
std::vector<DueItem> complaint_escalations(const Complaint& c,
                                           const std::vector<DueItem>& its_lines,
                                           const std::string& next_level, DateTime now);

/// An owner's spare key used in an emergency is reported likewise, from its lending until it
/// is back ("emergency_key"), owed by `next_level` (whoever lent the key when it is empty);
/// nothing for any other loan.
std::optional<DueItem> key_escalation(const KeyLoan& l, const std::string& next_level);

/// Whether a line of `kefu due` is one of the above: they come first.
bool is_escalation(const DueItem& i);

/// An opinion's lines at `now` (R6): not sent to its department in time (its collector's
/// line), no written measures back in time (the department's line, under the department's
/// name), callback due by the end of today or overdue (its collector's line).
std::vector<DueItem> opinion_due_items(const Opinion& o, const OpinionDeadlines& d, DateTime now);

/// A special service's lines at `now` (R7), its owner's: done and its payment notice not
/// delivered in time ("notice_overdue"), the phone callback due by the end of today or overdue.
std::vector<DueItem> special_due_items(const SpecialService& s, const SpecialDeadlines& d,
                                       DateTime now);

/// A pending callback, for `kefu callback due`: what is owed, by whom, by when.
struct CallbackDue {
  std::string kind;  // complaint, repair, opinion, special
  std::string id;
  std::string owner;
  std::string where;  // unit or place
  Person customer;
  DateTime resolved_at{};
  DateTime due{};
  std::string subject;
};

/// The callbacks owed on these cases and opinions, soonest first, then by ID.
std::vector<CallbackDue> pending_callbacks(const std::vector<Complaint>& complaints,
                                           const std::vector<Repair>& repairs, const Config& cfg,
                                           const WorkingCalendar& cal,
                                           const std::vector<Opinion>& opinions = {},
                                           const std::vector<SpecialService>& specials = {});

/// `kefu callback due`'s choice at `now`: only the overdue ones when `overdue_only`; none due
/// after the end of `until` when it is given.
std::vector<CallbackDue> callbacks_due(std::vector<CallbackDue> all, DateTime now,
                                       std::optional<Date> until, bool overdue_only);

/// How a callback stands at `now`: "逾期3天", "今日到期", "剩2天" (calendar days).
std::string callback_state_zh(const CallbackDue& c, DateTime now);

/// An overdue key of a case (response, resolution, arrival, fix, send, measures, notice,
/// callback) in
/// Chinese, short ("未响应", "超时限") or, for a case's own view, long ("超24小时未响应",
/// "超处理时限").
const char* overdue_zh(std::string_view key, bool long_form = false);

/// Escalations first, then soonest first, then by ID, so the list reads the same on every run.
void sort_due_items(std::vector<DueItem>& items);

}  // namespace kefu
