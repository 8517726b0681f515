/// Due lines of complaints, and their order.
#include "core/due.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace kefu {

std::vector<DueItem> complaint_due_items(const Complaint& c, const ComplaintDeadlines& d,
                                         DateTime now) {
  std::vector<DueItem> out;
  auto o = complaint_overdue(c, d, now);
  std::string subject = (c.unit.empty() ? c.place : c.unit) + " " + c.category;
  if (o.response)
    out.push_back({c.owner, "complaint", c.id, "response_overdue", "超24小时未响应", d.response_due,
                   subject});
  if (o.resolution)
    out.push_back({c.owner, "complaint", c.id, "resolution_overdue", "超处理时限未解决",
                   d.resolution_due, subject});
  if (complaint_callback_pending(c) && d.callback_due && date_of(*d.callback_due) <= date_of(now)) {
    bool late = now > *d.callback_due;
    out.push_back({c.owner, "callback", c.id, late ? "callback_overdue" : "callback_due",
                   late ? "回访逾期" : "今日须回访", *d.callback_due, subject});
  }
  return out;
}

std::vector<DueItem> repair_due_items(const Repair& r, const RepairDeadlines& d, DateTime now) {
  std::vector<DueItem> out;
  auto o = repair_overdue(r, d, now);
  std::string subject = (r.unit.empty() ? r.place : r.unit) + " " + truncate_to(r.fault, 30);
  if (o.arrival)
    out.push_back(
        {r.owner, "repair", r.id, "arrival_overdue", "急修超时未到场", *d.arrive_due, subject});
  if (o.fix)
    out.push_back({r.owner, "repair", r.id, "fix_overdue", "报修超时未完工", d.fix_due, subject});
  if (repair_callback_pending(r) && d.callback_due && date_of(*d.callback_due) <= date_of(now)) {
    bool late = now > *d.callback_due;
    out.push_back({r.owner, "callback", r.id, late ? "callback_overdue" : "callback_due",
                   late ? "回访逾期" : "今日须回访", *d.callback_due, subject});
  }
  return out;
}

void sort_due_items(std::vector<DueItem>& items) {
  std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    if (a.due != b.due) return a.due < b.due;
    if (a.id != b.id) return a.id < b.id;
    return a.reason < b.reason;
  });
}

}  // namespace kefu
