/// Items that need someone: the lines of `kefu due`, from every kind of record.
#pragma once

#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/repair.hpp"

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

/// A pending callback, for `kefu callback due`: what is owed, by whom, by when.
struct CallbackDue {
  std::string kind;  // complaint, repair
  std::string id;
  std::string owner;
  std::string where;  // unit or place
  Person customer;
  DateTime resolved_at{};
  DateTime due{};
  std::string subject;
};

/// Soonest first, then by ID, so the list reads the same on every run.
void sort_due_items(std::vector<DueItem>& items);

}  // namespace kefu
