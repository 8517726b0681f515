/// Items that need someone: the lines of `kefu due`, from every kind of record.
#pragma once

#include <string>
#include <vector>

#include "core/complaint.hpp"

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

/// Soonest first, then by ID, so the list reads the same on every run.
void sort_due_items(std::vector<DueItem>& items);

}  // namespace kefu
