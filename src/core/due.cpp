/// Due lines of complaints, and their order.
#include "core/due.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace kefu {

namespace {

/// The callback line of a case whose callback is `pending` and falls due at `due`: from the
/// day it falls due ("今日须回访"), late once it has passed ("回访逾期"); `how` is "电话" for a
/// callback made by phone only.
void add_callback_line(std::vector<DueItem>& out, bool pending, std::optional<DateTime> due,
                       const std::string& owner, const std::string& id, DateTime now,
                       std::string subject, const std::string& how = "") {
  if (!pending || !due || date_of(*due) > date_of(now)) return;
  bool late = now > *due;
  out.push_back({owner, "callback", id, late ? "callback_overdue" : "callback_due",
                 late ? how + "回访逾期" : "今日须" + how + "回访", *due, std::move(subject)});
}

}  // namespace

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
  add_callback_line(out, complaint_callback_pending(c), d.callback_due, c.owner, c.id, now,
                    subject);
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
  add_callback_line(out, repair_callback_pending(r), d.callback_due, r.owner, r.id, now, subject);
  return out;
}

std::vector<DueItem> complaint_escalations(const Complaint& c,
                                           const std::vector<DueItem>& its_lines,
                                           const std::string& next_level, DateTime now) {
  std::vector<DueItem> out;
  if (c.severity != Severity::major) return out;
  const auto& to = next_level.empty() ? c.owner : next_level;
  auto where = c.unit.empty() ? c.place : c.unit;
  if (!c.resolved_at)
    out.push_back({to, "complaint", c.id, "major_complaint", "重大投诉", c.received_at,
                   where + " " + c.category});
  for (const auto& l : its_lines)
    if (l.due <= now && !is_escalation(l))
      out.push_back(
          {to, l.kind, l.id, "major_late", "重大投诉逾期：" + l.reason_zh, l.due, l.subject});
  return out;
}

std::optional<DueItem> key_escalation(const KeyLoan& l, const std::string& next_level) {
  if (!l.emergency || l.returned_at) return std::nullopt;
  return DueItem{next_level.empty() ? l.lent_by : next_level,
                 "key",
                 l.id,
                 "emergency_key",
                 "紧急动用业主备用钥匙",
                 l.lent_at,
                 l.key + " " + l.key_name + " 借用人 " + l.borrower.name};
}

bool is_escalation(const DueItem& i) {
  return i.reason == "major_complaint" || i.reason == "major_late" || i.reason == "emergency_key" ||
         i.reason == "lost_unacknowledged";
}

std::vector<DueItem> opinion_due_items(const Opinion& o, const OpinionDeadlines& d, DateTime now) {
  std::vector<DueItem> out;
  auto late = opinion_overdue(o, d, now);
  std::string subject = (o.unit.empty() ? o.person.name : o.unit) + " " + truncate_to(o.text, 30);
  if (late.send)
    out.push_back({o.owner, "opinion", o.id, "send_overdue", "意见超时未送达" + o.department,
                   d.send_due, subject});
  if (late.measures)
    out.push_back({o.department, "opinion", o.id, "measures_overdue", "超时未书面反馈整改措施",
                   *d.measures_due, subject});
  add_callback_line(out, opinion_callback_pending(o), d.callback_due, o.owner, o.id, now, subject);
  return out;
}

std::vector<DueItem> special_due_items(const SpecialService& s, const SpecialDeadlines& d,
                                       DateTime now) {
  std::vector<DueItem> out;
  auto late = special_overdue(s, d, now);
  std::string subject = s.unit + " 特约服务 " + truncate_to(s.what, 24);
  if (late.notice)
    out.push_back(
        {s.owner, "special", s.id, "notice_overdue", "缴费通知单未送达", *d.notice_due, subject});
  add_callback_line(out, special_callback_pending(s), d.callback_due, s.owner, s.id, now, subject,
                    "电话");
  return out;
}

void sort_due_items(std::vector<DueItem>& items) {
  std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    if (is_escalation(a) != is_escalation(b)) return is_escalation(a);
    if (a.due != b.due) return a.due < b.due;
    if (a.id != b.id) return a.id < b.id;
    return a.reason < b.reason;
  });
}

std::vector<CallbackDue> pending_callbacks(const std::vector<Complaint>& complaints,
                                           const std::vector<Repair>& repairs, const Config& cfg,
                                           const WorkingCalendar& cal,
                                           const std::vector<Opinion>& opinions,
                                           const std::vector<SpecialService>& specials) {
  std::vector<CallbackDue> out;
  for (const auto& c : complaints) {
    if (!complaint_callback_pending(c)) continue;
    auto d = complaint_deadlines(c, cfg.complaint_sla, cal);
    out.push_back({"complaint", c.id, c.owner, c.unit.empty() ? c.place : c.unit, c.complainant,
                   *c.resolved_at, *d.callback_due,
                   c.category + "：" + truncate_to(c.description, 24)});
  }
  for (const auto& r : repairs) {
    if (!repair_callback_pending(r)) continue;
    auto d = repair_deadlines(r, cfg.repair_sla, cal);
    out.push_back({"repair", r.id, r.owner, r.unit.empty() ? r.place : r.unit, r.requester,
                   *r.completed_at, *d.callback_due, truncate_to(r.fault, 30)});
  }
  for (const auto& o : opinions) {
    if (!opinion_callback_pending(o)) continue;
    auto d = opinion_deadlines(o, cfg.opinion_sla, cal);
    out.push_back({"opinion", o.id, o.owner, o.unit, o.person, *o.rectified_at, *d.callback_due,
                   truncate_to(o.text, 30)});
  }
  for (const auto& s : specials) {
    if (!special_callback_pending(s)) continue;
    out.push_back({"special", s.id, s.owner, s.unit, s.requester, *s.done_at,
                   *special_deadlines(s, cfg.special_sla, cal).callback_due,
                   "特约服务：" + truncate_to(s.what, 24)});
  }
  std::stable_sort(out.begin(), out.end(), [](const CallbackDue& a, const CallbackDue& b) {
    return a.due != b.due ? a.due < b.due : a.id < b.id;
  });
  return out;
}

std::vector<CallbackDue> callbacks_due(std::vector<CallbackDue> all, DateTime now,
                                       std::optional<Date> until, bool overdue_only) {
  std::vector<CallbackDue> out;
  for (auto& c : all) {
    if (overdue_only && !(now > c.due)) continue;
    if (until && date_of(c.due) > *until) continue;
    out.push_back(std::move(c));
  }
  return out;
}

std::string callback_state_zh(const CallbackDue& c, DateTime now) {
  auto today = date_of(now), due = date_of(c.due);
  if (now > c.due) return "逾期" + std::to_string((today - due).count()) + "天";
  if (due == today) return "今日到期";
  return "剩" + std::to_string((due - today).count()) + "天";
}

const char* overdue_zh(std::string_view key, bool long_form) {
  if (key == "response") return long_form ? "超24小时未响应" : "未响应";
  if (key == "resolution") return long_form ? "超处理时限" : "超时限";
  if (key == "arrival") return "未到场";
  if (key == "fix") return "超时限";
  if (key == "send") return long_form ? "超时未送达责任部门" : "未送达";
  if (key == "measures") return long_form ? "超时未书面反馈整改措施" : "未反馈措施";
  if (key == "notice") return long_form ? "缴费通知单超时未送达" : "通知单未送达";
  return "回访逾期";
}

}  // namespace kefu
