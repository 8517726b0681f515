/// The supervisor's daily check: lines of each kind, the day's selection and its counts.
#include "core/daily.hpp"

#include <algorithm>

#include "core/due.hpp"

namespace kefu {
namespace {

void flag(DailyLine& l, bool late, const char* key) {
  if (!late) return;
  l.overdue.emplace_back(key);
  l.overdue_zh.emplace_back(overdue_zh(key));
}

void count(DailyCount& c, const DailyLine& l) {
  ++c.received;
  if (l.open) ++c.open;
  if (!l.overdue.empty()) ++c.overdue;
}

}  // namespace

DailyLine daily_line(const Complaint& c, const ComplaintDeadlines& d, DateTime now) {
  DailyLine l;
  l.kind = "complaint";
  l.id = c.id;
  l.received_at = c.received_at;
  l.type = "complaint";
  l.type_zh = "投诉";
  l.where = c.unit.empty() ? c.place : c.unit;
  l.customer = c.complainant;
  l.category = c.category + (c.severity == Severity::major ? "（重大）" : "");
  l.subject = c.description;
  l.owner = c.owner;
  l.status = to_key(c.status);
  l.status_zh = to_zh(c.status);
  l.open = c.status != ComplaintStatus::closed;
  auto o = complaint_overdue(c, d, now);
  flag(l, o.response, "response");
  flag(l, o.resolution, "resolution");
  flag(l, o.callback, "callback");
  return l;
}

DailyLine daily_line(const Repair& r, const RepairDeadlines& d, DateTime now) {
  DailyLine l;
  l.kind = "repair";
  l.id = r.id;
  l.received_at = r.received_at;
  l.type = "repair";
  l.type_zh = "报修";
  l.where = r.unit.empty() ? r.place : r.unit;
  l.customer = r.requester;
  l.category = std::string(r.is_public() ? "公共设施设备" : "户内维修") +
               (r.urgency == Urgency::urgent ? "（急修）" : "");
  l.subject = r.fault;
  l.owner = r.owner;
  l.status = to_key(r.status);
  l.status_zh = to_zh(r.status);
  l.open = r.status != RepairStatus::closed;
  auto o = repair_overdue(r, d, now);
  flag(l, o.arrival, "arrival");
  flag(l, o.fix, "fix");
  flag(l, o.callback, "callback");
  l.paid = r.is_paid();
  l.charge_fen = r.charge_fen;
  return l;
}

DailyLine daily_line(const SpecialService& s, const SpecialDeadlines& d, DateTime now) {
  DailyLine l;
  l.kind = "special";
  l.id = s.id;
  l.received_at = s.received_at;
  l.type = "special";
  l.type_zh = "特约服务";
  l.where = s.unit;
  l.customer = s.requester;
  l.category = "有偿服务";
  l.subject = s.what;
  l.owner = s.owner;
  l.status = to_key(s.status);
  l.status_zh = to_zh(s.status);
  l.open = s.status != SpecialStatus::closed;
  auto o = special_overdue(s, d, now);
  flag(l, o.notice, "notice");
  flag(l, o.callback, "callback");
  l.paid = true;
  l.charge_fen = s.price_fen;
  return l;
}

DailyLine daily_line(const Contact& c) {
  DailyLine l;
  l.kind = "contact";
  l.id = c.id;
  l.received_at = c.received_at;
  l.type = to_key(c.type);
  l.type_zh = to_zh(c.type);
  l.where = c.unit;
  l.customer = c.person;
  l.category = c.category;
  l.subject = c.content;
  l.owner = c.owner;
  // A call or visit is logged, not worked on: what the customer was told is its state.
  l.status = c.reply.empty() ? "logged" : "answered";
  l.status_zh = c.reply.empty() ? "未记录答复" : "已答复";
  return l;
}

bool received_on(DateTime t, Date day) {
  return date_of(t) == day;
}

std::vector<const DailyLine*> DailyCheck::still_open() const {
  std::vector<const DailyLine*> out;
  for (const auto& l : lines)
    if (l.open) out.push_back(&l);
  return out;
}

DailyCheck daily_check(Date day, DateTime now, std::vector<DailyLine> lines) {
  DailyCheck check;
  check.day = day;
  check.at = now;
  std::erase_if(lines, [&](const DailyLine& l) { return !received_on(l.received_at, day); });
  std::stable_sort(lines.begin(), lines.end(), [](const DailyLine& a, const DailyLine& b) {
    return a.received_at != b.received_at ? a.received_at < b.received_at : a.id < b.id;
  });
  auto& s = check.summary;
  for (const auto& l : lines) {
    if (l.kind == "complaint") {
      count(s.complaints, l);
    } else if (l.kind == "repair") {
      count(s.repairs, l);
    } else if (l.kind == "special") {
      count(s.specials, l);
    } else {
      count(s.contacts, l);
      auto it = std::find_if(s.contact_types.begin(), s.contact_types.end(),
                             [&](const auto& p) { return p.first == l.type_zh; });
      if (it == s.contact_types.end())
        s.contact_types.emplace_back(l.type_zh, 1);
      else
        ++it->second;
      if (l.status == "logged") ++s.unanswered;
    }
    if (l.paid) {
      ++s.paid;
      s.paid_fen += l.charge_fen;
    }
  }
  check.lines = std::move(lines);
  return check;
}

}  // namespace kefu
