#include "core/lobby.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

// ---- shifts ------------------------------------------------------------------------------

const char* read_clock(std::string_view text, int& m) {
  if (text == "24:00") {
    m = 24 * 60;
    return nullptr;
  }
  auto t = parse_datetime("2000-01-01T" + std::string(text));
  if (!t || text.size() != 5) return " 应为时刻，如 \"08:00\"（一天结束写 \"24:00\"）";
  m = static_cast<int>((*t - DateTime{date_of(*t)}).count() / 60);
  return nullptr;
}

std::string format_clock(const int& m) {
  return fmt::format("{:02}:{:02}", m / 60, m % 60);
}

std::vector<Shift> default_shifts() {
  return {{"早班", 8 * 60, 16 * 60}, {"中班", 16 * 60, 24 * 60}, {"夜班", 0, 8 * 60}};
}

ShiftWindow shift_window(const Shift& s, Date date) {
  DateTime start = start_of_day(date) + std::chrono::minutes{s.start};
  DateTime end = start_of_day(date) + std::chrono::minutes{s.end};
  if (s.end <= s.start) end += std::chrono::days{1};
  return {s.name, date, start, end};
}

ShiftWindow shift_at(const std::vector<Shift>& shifts, DateTime t) {
  Date d = date_of(t);
  for (Date day : {d, d - std::chrono::days{1}})
    for (const auto& s : shifts)
      if (auto w = shift_window(s, day); w.contains(t)) return w;
  throw RefusedError("kefu.yaml 的班次（shifts）未覆盖 " + format_datetime(t) +
                     "，请补全班次后再登记");
}

ShiftWindow next_shift(const std::vector<Shift>& shifts, const ShiftWindow& w) {
  return shift_at(shifts, w.end);
}

ShiftWindow previous_shift(const std::vector<Shift>& shifts, const ShiftWindow& w) {
  return shift_at(shifts, w.start - std::chrono::seconds{1});
}

namespace {
const Shift& find_shift(const std::vector<Shift>& shifts, const std::string& name) {
  for (const auto& s : shifts)
    if (s.name == name) return s;
  std::string names;
  for (const auto& s : shifts) names += (names.empty() ? "" : " ") + s.name;
  throw RefusedError("没有名为「" + name + "」的班次，kefu.yaml 中的班次：" + names);
}
}  // namespace

ShiftWindow latest_shift(const std::vector<Shift>& shifts, const std::string& name, DateTime t) {
  const Shift& s = find_shift(shifts, name);
  auto w = shift_window(s, date_of(t));
  if (w.start > t) w = shift_window(s, date_of(t) - std::chrono::days{1});
  return w;
}

ShiftWindow named_shift(const std::vector<Shift>& shifts, const std::string& name, Date date) {
  return shift_window(find_shift(shifts, name), date);
}

std::optional<std::string> shifts_problem(const std::vector<Shift>& shifts) {
  if (shifts.empty()) return "kefu.yaml 没有班次（shifts）";
  std::set<std::string> names;
  for (const auto& s : shifts) {
    if (!names.insert(s.name).second) return "班次「" + s.name + "」重复";
    if (s.start >= 24 * 60) return "班次「" + s.name + "」的开始时刻应早于 24:00";
  }
  // Each minute of a day, counted over the windows of that day and the day before.
  Date d{};
  for (int m = 0; m < 24 * 60; ++m) {
    DateTime t = start_of_day(d + std::chrono::days{1}) + std::chrono::minutes{m};
    int n = 0;
    for (const auto& s : shifts)
      for (Date day : {d, d + std::chrono::days{1}}) n += shift_window(s, day).contains(t);
    if (n == 0) return "班次未覆盖 " + format_clock(m) + " 起的时间";
    if (n > 1) return "班次在 " + format_clock(m) + " 重叠";
  }
  return std::nullopt;
}

// ---- the duty log and the handover --------------------------------------------------------

template <>
std::span<const EnumName<DutyEntryKind>> enum_names<DutyEntryKind>() {
  static constexpr EnumName<DutyEntryKind> names[] = {
      {DutyEntryKind::phone, "phone", "电话"},
      {DutyEntryKind::event, "event", "事件"},
      {DutyEntryKind::instruction, "instruction", "指示"},
      {DutyEntryKind::other, "other", "其他"},
  };
  return names;
}

std::string open_kind_zh(const std::string& kind) {
  if (kind == "key") return "钥匙未还";
  if (kind == "item") return "借用物品未还";
  if (kind == "visitor") return "访客未离开";
  if (kind == "lost") return "拾遗未报主管";
  if (kind == "complaint") return "投诉未响应";
  if (kind == "callback") return "回访到期";
  return kind;
}

Duty open_duty(std::string id, const ShiftWindow& w, const std::string& by, DateTime now) {
  Duty d;
  d.id = std::move(id);
  d.shift = w.name;
  d.start = w.start;
  d.end = w.end;
  d.owner = by;
  add_history(d.history, now, by, "open", format_date(w.date) + " " + w.name);
  return d;
}

void log_duty(Duty& d, const DutyEntry& e, DateTime now) {
  if (trim(e.text).empty()) throw RefusedError("值班记录内容（--text）不能为空");
  if (e.at > now) throw RefusedError("记录时间 " + format_datetime(e.at) + " 晚于当前时间");
  if (e.at < d.start || e.at >= d.end)
    throw RefusedError(fmt::format("记录时间 {} 不在 {} {}（{} 至 {}）内", format_datetime(e.at),
                                   format_date(date_of(d.start)), d.shift, format_short(d.start),
                                   format_short(d.end)));
  if (d.handover)
    throw RefusedError(d.id + " 已于 " + format_datetime(d.handover->given_at) +
                       " 交班，之后的记录请记入下一班");
  d.log.push_back(e);
}

void give_handover(Duty& d, const std::vector<OpenItem>& open, const HandoverRequest& r,
                   const std::string& by, DateTime now) {
  if (now < d.start) throw RefusedError(d.id + " 的班次尚未开始，不能交班");
  if (d.handover)
    throw RefusedError(d.id + " 已于 " + format_datetime(d.handover->given_at) + " 由 " +
                       d.handover->given_by + " 交班");
  if (r.to.empty()) throw RefusedError("请用 --to 写明接班人");
  if (r.to == by) throw RefusedError("接班人不能是交班人本人");
  std::set<std::string> ids;
  for (const auto& o : open) ids.insert(o.id);
  std::vector<std::string> unknown;
  for (const auto& [id, reason] : r.reasons)
    if (!ids.count(id)) unknown.push_back(id);
  if (!unknown.empty()) {
    std::string list;
    for (const auto& id : unknown) list += (list.empty() ? "" : "、") + id;
    throw RefusedError("以下编号不是本班结束时未了的事项，不能写遗留原因：" + list);
  }
  std::vector<CarriedItem> carried;
  std::string lacking;
  for (const auto& o : open) {
    std::string reason;
    if (auto it = r.reasons.find(o.id); it != r.reasons.end()) reason = trim(it->second);
    if (reason.empty()) reason = trim(r.reason_for_all);
    if (reason.empty())
      lacking += fmt::format("\n  {}  {}  {}", o.id, open_kind_zh(o.kind), o.subject);
    carried.push_back({o.kind, o.id, o.subject, o.since, reason});
  }
  if (!lacking.empty())
    throw RefusedError(
        "本班未解决的事项不得无故遗交下班（手册 §3.7.7），以下事项须写明遗留原因"
        "（--reason 编号=原因，或 --reason-all 原因）：" +
        lacking);
  Handover h;
  h.given_at = now;
  h.given_by = by;
  h.to = r.to;
  h.carried = std::move(carried);
  h.note = trim(r.note);
  d.handover = std::move(h);
  add_history(d.history, now, by, "handover",
              fmt::format("交班给 {}，遗留 {} 项", r.to, d.handover->carried.size()));
}

void accept_handover(Duty& d, const std::string& by, DateTime now) {
  if (!d.handover) throw RefusedError(d.id + " 尚未交班，不能接班");
  if (d.handover->accepted_at)
    throw RefusedError(d.id + " 已于 " + format_datetime(*d.handover->accepted_at) + " 由 " +
                       d.handover->accepted_by + " 接班");
  if (by != d.handover->to)
    throw RefusedError(d.id + " 交给 " + d.handover->to + "，须由其本人接班");
  d.handover->accepted_at = now;
  d.handover->accepted_by = by;
  add_history(d.history, now, by, "accept", "接班");
}

// ---- visitors ----------------------------------------------------------------------------

Visitor visitor_in(std::string id, const NewVisitor& n, const std::string& by, DateTime now) {
  if (trim(n.name).empty()) throw RefusedError("请写明访客姓名（--name）");
  if (trim(n.unit).empty() && trim(n.host).empty())
    throw RefusedError("请写明被访户号（--unit）或被访人、部门（--host）");
  if (trim(n.purpose).empty()) throw RefusedError("请写明来访事由（--purpose）");
  if (n.people < 1) throw RefusedError("来访人数应至少为 1");
  if (n.in_at > now) throw RefusedError("来访时间 " + format_datetime(n.in_at) + " 晚于当前时间");
  Visitor v;
  v.id = std::move(id);
  v.name = trim(n.name);
  v.phone = trim(n.phone);
  v.people = n.people;
  v.unit = trim(n.unit);
  v.host = trim(n.host);
  v.purpose = trim(n.purpose);
  v.id_checked = n.id_check;
  v.in_at = n.in_at;
  v.registered_by = by;
  v.note = trim(n.note);
  add_history(v.history, now, by, "in", "");
  return v;
}

void visitor_out(Visitor& v, DateTime at, const std::string& by, DateTime now) {
  if (v.out_at) throw RefusedError(v.id + " 已于 " + format_datetime(*v.out_at) + " 离开");
  if (at > now) throw RefusedError("离开时间 " + format_datetime(at) + " 晚于当前时间");
  if (at < v.in_at)
    throw RefusedError("离开时间 " + format_datetime(at) + " 早于来访时间 " +
                       format_datetime(v.in_at));
  v.out_at = at;
  v.out_by = by;
  add_history(v.history, now, by, "out", "");
}

// ---- items lent --------------------------------------------------------------------------

ItemLoan lend_item(std::string id, const NewItemLoan& n, const std::string& by, DateTime now) {
  if (trim(n.item).empty()) throw RefusedError("请写明借用物品（--item）");
  if (trim(n.borrower.name).empty()) throw RefusedError("请写明借用人（--to）");
  if (n.quantity < 1) throw RefusedError("借用数量应至少为 1");
  if (n.lent_at > now)
    throw RefusedError("借出时间 " + format_datetime(n.lent_at) + " 晚于当前时间");
  if (n.due_at <= n.lent_at)
    throw RefusedError("应还时间 " + format_datetime(n.due_at) + " 应晚于借出时间 " +
                       format_datetime(n.lent_at));
  ItemLoan l;
  l.id = std::move(id);
  l.item = trim(n.item);
  l.quantity = n.quantity;
  l.borrower = {trim(n.borrower.name), trim(n.borrower.phone)};
  l.unit = trim(n.unit);
  l.purpose = trim(n.purpose);
  l.lent_at = n.lent_at;
  l.lent_by = by;
  l.due_at = n.due_at;
  l.note = trim(n.note);
  add_history(l.history, now, by, "lend", "");
  return l;
}

void return_item(ItemLoan& l, const ItemReturn& r, const std::string& by, DateTime now) {
  if (l.returned_at)
    throw RefusedError(l.id + " 已于 " + format_datetime(*l.returned_at) + " 归还");
  if (r.at > now) throw RefusedError("归还时间 " + format_datetime(r.at) + " 晚于当前时间");
  if (r.at < l.lent_at)
    throw RefusedError("归还时间 " + format_datetime(r.at) + " 早于借出时间 " +
                       format_datetime(l.lent_at));
  l.returned_at = r.at;
  l.returned_by = trim(r.returned_by).empty() ? l.borrower.name : trim(r.returned_by);
  l.received_by = by;
  l.condition = trim(r.condition).empty() ? "完好" : trim(r.condition);
  if (!trim(r.note).empty()) l.note += (l.note.empty() ? "" : "；") + trim(r.note);
  add_history(l.history, now, by, "return", r.at > l.due_at ? "逾期归还" : "");
}

bool item_overdue(const ItemLoan& l, DateTime now) {
  return !l.returned_at && now > l.due_at;
}

// ---- what happened in a shift, what is open at its end ------------------------------------

namespace {

std::string where(const std::string& unit, const std::string& place) {
  if (unit.empty()) return place;
  if (place.empty()) return unit;
  return unit + " " + place;
}

std::string complaint_subject(const Complaint& c) {
  return where(c.unit, c.place) + " " + c.category + " " + truncate_to(c.description, 24);
}

std::string key_subject(const KeyLoan& l) {
  return l.key + " " + l.key_name + " 借用人 " + l.borrower.name;
}

std::string item_subject(const ItemLoan& l) {
  return l.item + (l.quantity > 1 ? fmt::format(" ×{}", l.quantity) : "") + " 借用人 " +
         l.borrower.name + (l.unit.empty() ? "" : "（" + l.unit + "）");
}

std::string visitor_subject(const Visitor& v) {
  std::string whom = where(v.unit, v.host);
  return v.name + (v.people > 1 ? fmt::format(" 等{}人", v.people) : "") + " 访 " + whom + " " +
         v.purpose;
}

std::string lost_subject(const LostItem& x) {
  return truncate_to(x.item, 24) + "（" + x.place + "拾获，存放于" + x.kept_at + "）";
}

int kind_rank(const std::string& kind) {
  static const char* order[] = {"key", "item", "visitor", "lost", "complaint", "callback"};
  for (int i = 0; i < 6; ++i)
    if (kind == order[i]) return i;
  return 6;
}

}  // namespace

std::vector<ShiftEvent> shift_events(const DeskRecords& r, DateTime start, DateTime end) {
  std::vector<ShiftEvent> out;
  auto add = [&](std::optional<DateTime> at, const char* kind, const std::string& id,
                 const char* what, const std::string& subject) {
    if (at && start <= *at && *at < end) out.push_back({*at, kind, id, what, subject});
  };
  for (const auto& c : r.complaints) {
    add(c.received_at, "complaint", c.id, "受理投诉", complaint_subject(c));
    add(c.resolved_at, "complaint", c.id, "投诉处理完毕", complaint_subject(c));
  }
  for (const auto& x : r.repairs) {
    std::string s = where(x.unit, x.place) + " " + truncate_to(x.fault, 30);
    add(x.received_at, "repair", x.id, "报修登记", s);
    add(x.completed_at, "repair", x.id, "维修完工", s);
  }
  for (const auto& c : r.contacts)
    add(c.received_at, "contact", c.id, "来电来访登记",
        where(c.unit, "") + (c.unit.empty() ? "" : " ") + c.person.name + " " +
            truncate_to(c.content, 24));
  for (const auto& l : r.key_loans) {
    add(l.lent_at, "key", l.id, "钥匙借出", key_subject(l));
    add(l.returned_at, "key", l.id, "钥匙归还", key_subject(l));
  }
  for (const auto& l : r.item_loans) {
    add(l.lent_at, "item", l.id, "物品借出", item_subject(l));
    add(l.returned_at, "item", l.id, "物品归还", item_subject(l));
  }
  for (const auto& v : r.visitors) {
    add(v.in_at, "visitor", v.id, "访客来访", visitor_subject(v));
    add(v.out_at, "visitor", v.id, "访客离开", visitor_subject(v));
  }
  for (const auto& x : r.lost) {
    add(x.received_at, "lost", x.id, "拾遗登记", lost_subject(x));
    add(x.acknowledged_at, "lost", x.id, "报告主管", lost_subject(x));
    if (x.returned) add(x.returned->at, "lost", x.id, "失物认领", lost_subject(x));
    if (x.disposal) add(x.disposal->at, "lost", x.id, "拾遗移交", lost_subject(x));
  }
  std::stable_sort(out.begin(), out.end(), [](const ShiftEvent& a, const ShiftEvent& b) {
    return std::tie(a.at, a.id) < std::tie(b.at, b.id);
  });
  return out;
}

std::vector<OpenItem> open_at(const DeskRecords& r, DateTime t) {
  std::vector<OpenItem> out;
  auto before = [&](std::optional<DateTime> at) { return at && *at < t; };
  for (const auto& l : r.key_loans)
    if (l.lent_at < t && !before(l.returned_at))
      out.push_back({"key", l.id, key_subject(l), l.lent_at, l.lent_by});
  for (const auto& l : r.item_loans)
    if (l.lent_at < t && !before(l.returned_at))
      out.push_back({"item", l.id, item_subject(l), l.lent_at, l.lent_by});
  for (const auto& v : r.visitors)
    if (v.in_at < t && !before(v.out_at))
      out.push_back({"visitor", v.id, visitor_subject(v), v.in_at, v.registered_by});
  for (const auto& x : r.lost)
    if (x.received_at < t && !before(x.acknowledged_at) &&
        !before(x.returned ? std::optional(x.returned->at) : std::nullopt) &&
        !before(x.disposal ? std::optional(x.disposal->at) : std::nullopt))
      out.push_back({"lost", x.id, lost_subject(x), x.received_at, x.owner});
  for (const auto& c : r.complaints)
    if (c.received_at < t && !before(c.acknowledged_at) && !before(c.resolved_at))
      out.push_back({"complaint", c.id, complaint_subject(c), c.received_at, c.owner});
  Date last_day = date_of(t - std::chrono::seconds{1});
  for (const auto& c : r.callbacks)
    if (c.resolved_at < t && date_of(c.due) <= last_day)
      out.push_back({"callback", c.id,
                     where(c.where, c.subject) + "（应于 " + format_short(c.due) + " 前回访）",
                     c.resolved_at, c.owner});
  std::stable_sort(out.begin(), out.end(), [](const OpenItem& a, const OpenItem& b) {
    return std::tuple(kind_rank(a.kind), a.since, a.id) <
           std::tuple(kind_rank(b.kind), b.since, b.id);
  });
  return out;
}

std::optional<DueItem> handover_due_item(const Duty& d, DateTime now) {
  std::string subject = format_date(date_of(d.start)) + " " + d.shift + "（" +
                        format_short(d.start) + " 至 " + format_short(d.end) + "）";
  if (!d.handover) {
    if (now < d.end) return std::nullopt;
    return DueItem{d.owner, "handover", d.id, "handover_missing", "未交班", d.end, subject};
  }
  if (d.handover->accepted_at) return std::nullopt;
  return DueItem{d.handover->to, "handover", d.id,   "handover_unaccepted",
                 "交班未接班",   d.end,      subject};
}

}  // namespace kefu
