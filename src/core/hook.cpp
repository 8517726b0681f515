/// Which events a command produces, and which of `kefu due`'s were told today; see hook.hpp.
#include "core/hook.hpp"

#include <algorithm>

#include "core/enums.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

/// The unit a line of `kefu due` is about: the fee lines' ID is the unit; a case's subject
/// starts with its unit (1-2-301) or place (会所泳池); a key's, with the key's code.
std::string unit_of(const DueItem& i) {
  if (i.kind == "fee") return i.id;
  if (i.kind == "key") return "";
  std::string first = i.subject.substr(0, i.subject.find(' '));
  bool digit = false;
  for (unsigned char ch : first) {
    if (ch >= 0x80) return "";  // a place, in Chinese
    if (ch >= '0' && ch <= '9') digit = true;
  }
  return digit && first.find('-') != std::string::npos ? first : "";
}

std::string where(const std::string& unit, const std::string& place) {
  return unit.empty() ? place : unit;
}

}  // namespace

const std::vector<std::string_view>& hook_event_names() {
  static const std::vector<std::string_view> names = {
      "case-opened", "major-complaint", "overdue", "callback-due", "key-overdue", "dun-level"};
  return names;
}

std::vector<HookEvent> opened_events(const Complaint& c) {
  std::vector<HookEvent> out;
  std::string about = where(c.unit, c.place) + " " + c.category;
  out.push_back({"case-opened", c.id, "complaint", c.unit, c.category, c.owner, c.received_at,
                 "新投诉 " + c.id + "（" + std::string(to_zh(c.severity)) + "）：" + about + "——" +
                     truncate_to(c.description, 40),
                 ""});
  if (c.severity == Severity::major)
    out.push_back({"major-complaint", c.id, "complaint", c.unit, c.category, c.owner, c.received_at,
                   "重大投诉 " + c.id + "：" + about + "，须立即报告上一级领导（手册 §3.7.3）",
                   ""});
  return out;
}

std::vector<HookEvent> opened_events(const Repair& r) {
  return {{"case-opened", r.id, "repair", r.unit, r.kind_zh(), r.owner, r.received_at,
           "新报修 " + r.id + "（" + std::string(to_zh(r.urgency)) + "）：" +
               where(r.unit, r.place) + " " + r.kind_zh() + "——" + truncate_to(r.fault, 40),
           ""}};
}

std::vector<HookEvent> due_events(const std::vector<DueItem>& items) {
  std::vector<HookEvent> out;
  for (const auto& i : items) {
    std::string event;
    if (i.reason == "callback_due" || i.reason == "callback_overdue")
      event = "callback-due";
    else if (i.reason == "key_overdue")
      event = "key-overdue";
    else if (i.reason == "dun_level_due")
      event = "dun-level";
    else if (i.reason.ends_with("_overdue") || i.reason == "major_late")
      event = "overdue";
    else
      continue;
    out.push_back({event, i.id, i.kind, unit_of(i), "", i.owner, i.due,
                   i.reason_zh + "：" + i.id + " " + i.subject, i.reason});
  }
  return out;
}

std::string hook_sent_key(const HookEvent& e, Date day) {
  return format_date(day) + " " + e.event + " " + e.id + " " + e.reason;
}

UnsentEvents unsent_events(const std::vector<HookEvent>& events,
                           const std::vector<std::string>& sent, Date day) {
  UnsentEvents r;
  std::string today = format_date(day) + " ";
  for (const auto& line : sent)
    if (line.starts_with(today)) r.keep.push_back(line);
  for (const auto& e : events) {
    auto key = hook_sent_key(e, day);
    if (std::find(r.keep.begin(), r.keep.end(), key) != r.keep.end()) continue;
    r.keep.push_back(key);
    r.events.push_back(e);
  }
  return r;
}

}  // namespace kefu
