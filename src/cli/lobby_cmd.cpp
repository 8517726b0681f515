/// kefu duty|handover|visitor|lend — the lobby desk's registers (§3.3, §3.7, procedure 020,
/// R15): the duty log and the handover of each shift (大堂交接班记录表), the visitor book
/// (来访登记表) and the book of items lent (物品借用登记表).
#include <fmt/format.h>

#include <functional>
#include <map>

#include "cli/commands.hpp"
#include "core/lobby.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/complaint_store.hpp"
#include "store/key_store.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/opinion_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {
namespace {

// ---- which shift -------------------------------------------------------------------------

/// How a command names a shift: a duty record (ZB-…), --date and --shift, --shift alone (its
/// latest window begun by now), or nothing (the shift `now` falls in).
struct ShiftChoice {
  std::string id, date, shift;
};

void add_shift_options(CLI::App* c, ShiftChoice& s) {
  c->add_option("ID", s.id, "值班编号 ZB-…（不写时按 --date、--shift，或当前时间所在的班次）");
  c->add_option("--date", s.date, "班次开始的日期，如 2026-12-01（须同时写 --shift）");
  c->add_option("--shift", s.shift, "班次名称，如 早班；不写 --date 时为已开始的最近一个该班次");
}

const std::vector<Shift>& shifts_of(Context& ctx) {
  const auto& shifts = ctx.config().shifts;
  if (auto why = shifts_problem(shifts)) throw RefusedError("kefu.yaml shifts：" + *why);
  return shifts;
}

/// The duty record of a window, if there is one (looked up in its month).
std::optional<Loaded<Duty>> find_duty(Context& ctx, const ShiftWindow& w) {
  CaseQuery q;
  q.from = q.to = month_of(w.start);
  auto result = DutyRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  for (auto& item : result.items)
    if (item.record.start == w.start && item.record.shift == w.name) return std::move(item);
  return std::nullopt;
}

ShiftWindow chosen_window(Context& ctx, const ShiftChoice& s) {
  if (!s.id.empty()) return DutyRepository(ctx.store()).get(s.id).record.window();
  const auto& shifts = shifts_of(ctx);
  DateTime now = ctx.now();
  if (!s.date.empty()) {
    if (s.shift.empty()) throw RefusedError("写了 --date 时请用 --shift 写明班次");
    return named_shift(shifts, s.shift, date_arg(s.date, now, "日期"));
  }
  if (!s.shift.empty()) return latest_shift(shifts, s.shift, now);
  return shift_at(shifts, now);
}

/// Changes the duty record of a window through `change`, or makes it (opened by `by`) with
/// the change in it when the shift has none: one write either way. `change` may refuse, and
/// then nothing is written.
Duty change_duty(Context& ctx, const ShiftWindow& w, const std::string& by, DateTime now,
                 const std::function<void(Duty&)>& change) {
  DutyRepository repo(ctx.store());
  if (auto found = find_duty(ctx, w)) return repo.update(found->record.id, change);
  Duty made;
  repo.create(w.start, [&](const std::string& id) {
    made = open_duty(id, w, by, now);
    change(made);
    return made;
  });
  return made;
}

std::string window_zh(const ShiftWindow& w) {
  return fmt::format("{} {}（{} 至 {}）", format_date(w.date), w.name, format_short(w.start),
                     format_short(w.end));
}

// ---- the records a sheet is computed from --------------------------------------------------

DeskRecords load_desk(Context& ctx, const ShiftWindow& w) {
  DeskRecords r;
  auto take = [&](auto result, auto& into) {
    ctx.report_problems(result.problems);
    into = result.records();
  };
  take(ComplaintRepository(ctx.store()).query({}), r.complaints);
  take(RepairRepository(ctx.store()).query({}), r.repairs);
  CaseQuery months;
  months.from = month_of(w.start);
  months.to = month_of(w.end);
  take(ContactRepository(ctx.store()).query(months), r.contacts);
  take(KeyLoanRepository(ctx.store()).query({}), r.key_loans);
  take(ItemLoanRepository(ctx.store()).query({}), r.item_loans);
  take(VisitorRepository(ctx.store()).query({}), r.visitors);
  take(LostRepository(ctx.store()).query({}), r.lost);
  CaseQuery open;
  open.open_only = true;
  auto opinions = OpinionRepository(ctx.store()).query(open);
  auto specials = SpecialRepository(ctx.store()).query(open);
  ctx.report_problems(opinions.problems);
  ctx.report_problems(specials.problems);
  std::vector<Complaint> open_complaints;
  for (const auto& c : r.complaints)
    if (c.status != ComplaintStatus::closed) open_complaints.push_back(c);
  std::vector<Repair> open_repairs;
  for (const auto& x : r.repairs)
    if (RecordTraits<Repair>::is_open(x)) open_repairs.push_back(x);
  r.callbacks = pending_callbacks(open_complaints, open_repairs, ctx.config(), ctx.dir().calendar(),
                                  opinions.records(), specials.records());
  return r;
}

// ---- the sheet ---------------------------------------------------------------------------

struct Sheet {
  ShiftWindow window;
  std::optional<Duty> duty;
  std::vector<ShiftEvent> events;
  std::vector<CarriedItem> carried;  // as given, or as open now at the shift's end
};

Sheet make_sheet(Context& ctx, const ShiftWindow& w) {
  Sheet s{w, std::nullopt, {}, {}};
  if (auto found = find_duty(ctx, w)) s.duty = found->record;
  auto desk = load_desk(ctx, w);
  s.events = shift_events(desk, w.start, w.end);
  if (s.duty && s.duty->handover)
    s.carried = s.duty->handover->carried;
  else
    for (const auto& o : open_at(desk, w.end))
      s.carried.push_back({o.kind, o.id, o.subject, o.since, ""});
  return s;
}

std::string handover_state_zh(const std::optional<Duty>& d) {
  if (!d || !d->handover) return "未交班";
  if (!d->handover->accepted_at) return "已交班，待接班";
  return "已交接";
}

Json sheet_json(Context& ctx, const Sheet& s) {
  Json log = Json::array();
  if (s.duty)
    for (const auto& e : s.duty->log)
      log.push_back(Json{
          {"at", format_datetime(e.at)}, {"kind", to_key(e.kind)}, {"text", e.text}, {"by", e.by}});
  Json events = Json::array();
  for (const auto& e : s.events)
    events.push_back(Json{{"at", format_datetime(e.at)},
                          {"kind", e.kind},
                          {"id", e.id},
                          {"what", e.what},
                          {"subject", e.subject}});
  Json carried = Json::array();
  for (const auto& c : s.carried)
    carried.push_back(Json{{"kind", c.kind},
                           {"kind_zh", open_kind_zh(c.kind)},
                           {"id", c.id},
                           {"subject", c.subject},
                           {"since", format_datetime(c.since)},
                           {"reason", c.reason}});
  Json handover = nullptr;
  if (s.duty && s.duty->handover) {
    const auto& h = *s.duty->handover;
    handover = Json{{"given_at", format_datetime(h.given_at)},
                    {"given_by", h.given_by},
                    {"to", h.to},
                    {"note", h.note},
                    {"accepted_at", json_time(h.accepted_at)},
                    {"accepted_by", h.accepted_by}};
  }
  Json out{{"id", s.duty ? Json(s.duty->id) : Json(nullptr)},
           {"shift", s.window.name},
           {"date", format_date(s.window.date)},
           {"start", format_datetime(s.window.start)},
           {"end", format_datetime(s.window.end)},
           {"state", handover_state_zh(s.duty)},
           {"log", log},
           {"events", events},
           {"carried", carried},
           {"handover", handover}};
  (void)ctx;
  return out;
}

void print_sheet(Context& ctx, const Sheet& s, bool log_only) {
  auto f = ctx.format();
  if (f != Format::table) {
    Json j = sheet_json(ctx, s);
    ctx.protect(j);
    if (f == Format::csv) {
      Json rows = Json::array();
      for (const auto& c : j["carried"]) rows.push_back(c);
      print_csv(ctx.out, {"kind", "kind_zh", "id", "subject", "since", "reason"}, rows);
    } else {
      print_rows(ctx.out, f, j, {});
    }
    return;
  }
  auto& o = ctx.out;
  o << fmt::format("{}  {}  {}\n", s.duty ? s.duty->id : "（尚无值班记录）", window_zh(s.window),
                   handover_state_zh(s.duty));
  o << "值班记录：\n";
  if (!s.duty || s.duty->log.empty()) o << "  无\n";
  if (s.duty)
    for (const auto& e : s.duty->log)
      o << fmt::format("  {}  {}  {}  {}\n", format_short(e.at), to_zh(e.kind),
                       ctx.staff_name(e.by), e.text);
  o << "本班登记：\n";
  if (s.events.empty()) o << "  无\n";
  for (const auto& e : s.events)
    o << fmt::format("  {}  {}  {}  {}\n", format_short(e.at), e.what, e.id, e.subject);
  if (log_only) return;
  bool given = s.duty && s.duty->handover;
  o << (given ? "遗留事项（已交接）：\n" : "遗留事项（本班结束时未了）：\n");
  if (s.carried.empty()) o << "  无\n";
  for (const auto& c : s.carried)
    o << fmt::format("  {}  {}  {}{}\n", c.id, open_kind_zh(c.kind), c.subject,
                     c.reason.empty() ? "" : "  原因：" + c.reason);
  if (given) {
    const auto& h = *s.duty->handover;
    o << fmt::format("交班：{} {}  接班人：{}", ctx.staff_name(h.given_by),
                     format_short(h.given_at), ctx.staff_name(h.to));
    if (h.accepted_at)
      o << fmt::format("  接班：{} {}", ctx.staff_name(h.accepted_by),
                       format_short(*h.accepted_at));
    o << '\n';
    if (!h.note.empty()) o << "备注：" << h.note << '\n';
  }
}

// ---- duty --------------------------------------------------------------------------------

struct LobbyLogOptions {
  ShiftChoice shift;
  std::string kind = "event", text, at;
};

void lobby_log(Context& ctx, const LobbyLogOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  DutyEntry e;
  e.at = time_arg(o.at, now, "记录时间（--at）");
  e.kind = enum_arg<DutyEntryKind>(o.kind, "记录类别（--kind）");
  e.text = trim(o.text);
  e.by = by.id;
  ShiftChoice choice = o.shift;
  ShiftWindow w = choice.id.empty() && choice.date.empty() && choice.shift.empty()
                      ? shift_at(shifts_of(ctx), e.at)
                      : chosen_window(ctx, choice);
  std::string id = change_duty(ctx, w, by.id, now, [&](Duty& d) { log_duty(d, e, now); }).id;
  ctx.out << id << '\n';
  ctx.err << fmt::format("已记入 {} {} 的值班记录：{} {}\n", id, window_zh(w), to_zh(e.kind),
                         truncate_to(e.text, 30));
}

void lobby_duty_show(Context& ctx, const ShiftChoice& c) {
  print_sheet(ctx, make_sheet(ctx, chosen_window(ctx, c)), true);
}

void lobby_duty_list(Context& ctx, const std::string& month_text) {
  YearMonth m = month_text.empty() ? month_of(ctx.now()) : month_arg(month_text);
  CaseQuery q;
  q.from = q.to = m;
  auto result = DutyRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& item : result.items) {
      Json j = RecordTraits<Duty>::to_json(item.record);
      j["state"] = handover_state_zh(item.record);
      rows.push_back(j);
    }
    ctx.protect(rows);
    print_rows(ctx.out, f, rows, {"id", "shift", "start", "end", "owner", "state"});
    return;
  }
  if (result.items.empty()) {
    ctx.err << "该月没有值班记录\n";
    return;
  }
  Table t{{"编号", "日期", "班次", "时间", "记录", "交班", "接班", "遗留", "状态"}, {}};
  for (const auto& item : result.items) {
    const auto& d = item.record;
    const auto* h = d.handover ? &*d.handover : nullptr;
    t.rows.push_back({d.id, format_date(date_of(d.start)), d.shift,
                      format_short(d.start).substr(6) + "–" + format_short(d.end).substr(6),
                      std::to_string(d.log.size()), h ? ctx.staff_name(h->given_by) : "",
                      h ? ctx.staff_name(h->accepted_by) : "",
                      h ? std::to_string(h->carried.size()) : "", handover_state_zh(d)});
  }
  print_table(ctx.out, t);
}

// ---- handover ----------------------------------------------------------------------------

/// How long after a shift begins a handover that names no shift is still the previous one's.
constexpr std::chrono::minutes kJustBegun{60};

struct LobbyGiveOptions {
  ShiftChoice shift;
  std::string to, reason_all, note;
  std::vector<std::string> reasons;
};

void lobby_give(Context& ctx, const LobbyGiveOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  ShiftWindow w = chosen_window(ctx, o.shift);
  const auto& c = o.shift;
  if (c.id.empty() && c.date.empty() && c.shift.empty() && now - w.start < kJustBegun) {
    // Handed over just after the change of shift: the shift that just ended, unless it was.
    auto before = previous_shift(shifts_of(ctx), w);
    auto found = find_duty(ctx, before);
    if (!found || !found->record.handover) w = before;
  }
  HandoverRequest r;
  if (o.to.empty()) throw RefusedError("请用 --to 写明接班人");
  r.to = ctx.staff(o.to, "接班人（--to）").id;
  for (const auto& text : o.reasons) {
    auto eq = text.find('=');
    if (eq == std::string::npos || trim(text.substr(0, eq)).empty())
      throw RefusedError("遗留原因「" + text + "」应写作 编号=原因，如 JY-2026-12-0003=借用人加班");
    std::string id = trim(text.substr(0, eq));
    if (r.reasons.count(id)) throw RefusedError("编号 " + id + " 的遗留原因写了两次");
    r.reasons[id] = text.substr(eq + 1);
  }
  r.reason_for_all = o.reason_all;
  r.note = o.note;
  std::vector<OpenItem> open = open_at(load_desk(ctx, w), w.end);
  auto d =
      change_duty(ctx, w, by.id, now, [&](Duty& rec) { give_handover(rec, open, r, by.id, now); });
  const std::string& id = d.id;
  ctx.out << id << '\n';
  ctx.err << fmt::format("{} {} 已交班给 {}，遗留 {} 项；待接班人 kefu handover accept\n", id,
                         window_zh(w), ctx.staff_name(r.to), d.handover->carried.size());
}

void lobby_accept(Context& ctx, const ShiftChoice& c) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  std::string id = c.id;
  if (id.empty() && (!c.date.empty() || !c.shift.empty())) {
    auto found = find_duty(ctx, chosen_window(ctx, c));
    if (!found) throw RefusedError("该班次尚无值班记录，未交班，不能接班");
    id = found->record.id;
  }
  if (id.empty()) {
    // The latest handover given to this member and not yet accepted.
    CaseQuery q;
    q.open_only = true;
    auto result = DutyRepository(ctx.store()).query(q);
    ctx.report_problems(result.problems);
    const Duty* best = nullptr;
    for (const auto& item : result.items) {
      const auto& d = item.record;
      if (d.handover && !d.handover->accepted_at && d.handover->to == by.id &&
          (!best || d.start > best->start))
        best = &d;
    }
    if (!best) throw RefusedError("没有交给 " + by.name + " 待接的班；可写值班编号");
    id = best->id;
  }
  auto d =
      DutyRepository(ctx.store()).update(id, [&](Duty& rec) { accept_handover(rec, by.id, now); });
  ctx.err << fmt::format("{} 接班：{} {}，承接遗留 {} 项\n", by.name, id, window_zh(d.window()),
                         d.handover->carried.size());
}

// ---- visitors ----------------------------------------------------------------------------

struct LobbyInOptions {
  std::string name, phone, unit, host, purpose, id_doc, id_number, at, note;
  int people = 1;
};

void lobby_in(Context& ctx, const LobbyInOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewVisitor n;
  n.name = o.name;
  n.phone = o.phone;
  n.unit = trim(o.unit);
  if (!n.unit.empty()) unit_arg(ctx, n.unit);
  n.host = o.host;
  n.purpose = o.purpose;
  n.people = o.people;
  n.note = o.note;
  n.id_check = id_check_from(o.id_doc, o.id_number);
  n.in_at = time_arg(o.at, now, "来访时间（--at）");
  visitor_in("", n, by.id, now);  // refuses before a number is taken
  auto id = VisitorRepository(ctx.store()).create(n.in_at, [&](const std::string& fk) {
    return visitor_in(fk, n, by.id, now);
  });
  ctx.out << id << '\n';
  ctx.err << fmt::format("已登记来访 {}：{} 访 {}，{}\n", id, trim(n.name),
                         n.unit.empty() ? trim(n.host) : n.unit, trim(n.purpose));
}

void lobby_out(Context& ctx, const std::string& id, const std::string& at) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  DateTime when = time_arg(at, now, "离开时间（--at）");
  auto v = VisitorRepository(ctx.store()).update(id, [&](Visitor& rec) {
    visitor_out(rec, when, by.id, now);
  });
  ctx.err << fmt::format("访客 {}（{}）已于 {} 离开\n", v.name, id, format_short(when));
}

Json visitor_view(Context& ctx, const Visitor& v) {
  Json j = RecordTraits<Visitor>::to_json(v);
  j.erase("history");
  ctx.protect(j);
  return j;
}

struct LobbyListOptions {
  std::string date, month;
  bool open = false, overdue = false;
};

/// Records of a day (by their time) or a month, or those still open; with none of these, the
/// current month's and any still open from before.
template <class T, class TimeOf>
std::vector<T> listed(Context& ctx, const LobbyListOptions& o, TimeOf time_of) {
  CaseQuery q;
  std::optional<Date> day;
  if (!o.date.empty()) {
    day = date_arg(o.date, ctx.now(), "日期");
    q.from = q.to = month_of(start_of_day(*day));
  } else if (!o.month.empty()) {
    q.from = q.to = month_arg(o.month);
  }
  if (o.open) q.open_only = true;
  Repository<T> repo(ctx.store());
  auto result = repo.query(q);
  ctx.report_problems(result.problems);
  std::vector<T> out;
  const bool default_scope = o.date.empty() && o.month.empty() && !o.open;
  YearMonth this_month = month_of(ctx.now());
  for (auto& item : result.items) {
    const T& r = item.record;
    if (day && date_of(time_of(r)) != *day) continue;
    if (default_scope && month_of(time_of(r)) != this_month && !RecordTraits<T>::is_open(r))
      continue;
    out.push_back(std::move(item.record));
  }
  return out;
}

void lobby_visitor_list(Context& ctx, const LobbyListOptions& o) {
  auto visitors = listed<Visitor>(ctx, o, [](const Visitor& v) { return v.in_at; });
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& v : visitors) rows.push_back(visitor_view(ctx, v));
    Json flat = rows;
    if (f == Format::csv)
      for (auto& r : flat)
        r["id_checked"] = r["id_checked"].is_null() ? "" : r["id_checked"].dump();
    print_rows(ctx.out, f, flat,
               {"id", "name", "phone", "people", "unit", "host", "purpose", "id_checked", "in_at",
                "registered_by", "out_at", "out_by", "note"});
    return;
  }
  if (visitors.empty()) {
    ctx.err << "没有符合条件的来访登记\n";
    return;
  }
  Table t{
      {"编号", "来访时间", "访客", "人数", "电话", "被访", "事由", "证件", "登记人", "离开时间"},
      {}};
  for (const auto& v : visitors)
    t.rows.push_back({v.id, format_short(v.in_at), v.name, std::to_string(v.people),
                      ctx.phone(v.phone), v.unit.empty() ? v.host : v.unit,
                      truncate_to(v.purpose, 20), v.id_checked ? id_check_zh(*v.id_checked) : "",
                      ctx.staff_name(v.registered_by),
                      v.out_at ? format_short(*v.out_at) : "未离开"});
  print_table(ctx.out, t);
  ctx.err << "共 " << visitors.size() << " 条\n";
}

template <class T>
void lobby_show(Context& ctx, const std::string& id) {
  auto loaded = Repository<T>(ctx.store()).get(id);
  if (loaded.file.seal != SealState::intact) ctx.warn_unsealed(loaded.file, id);
  Json j = RecordTraits<T>::to_json(loaded.record);
  ctx.protect(j);
  auto f = ctx.format();
  if (f == Format::table) f = Format::yaml;  // the record as its file reads, phones masked
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items())
    if (k != "history") keys.push_back(k);
  print_rows(ctx.out, f, j, keys);
}

// ---- items lent --------------------------------------------------------------------------

struct LobbyLendOptions {
  std::string item, to, phone, unit, purpose, until, at, note;
  int quantity = 1;
};

void lobby_lend(Context& ctx, const LobbyLendOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  const auto& rules = ctx.config().keys;
  NewItemLoan n;
  n.item = o.item;
  n.quantity = o.quantity;
  n.borrower = {o.to, o.phone};
  n.unit = trim(o.unit);
  if (!n.unit.empty()) unit_arg(ctx, n.unit);
  n.purpose = o.purpose;
  n.note = o.note;
  n.lent_at = time_arg(o.at, now, "借出时间（--at）");
  if (!o.until.empty()) {
    n.due_at = until_arg(o.until, now, rules);
  } else {
    // The day's cut-off of the key register, or the next day's when lent after it.
    n.due_at = key_cutoff(date_of(n.lent_at), rules);
    if (n.due_at <= n.lent_at)
      n.due_at = key_cutoff(date_of(n.lent_at) + std::chrono::days{1}, rules);
  }
  lend_item("", n, by.id, now);  // refuses before a number is taken
  auto id = ItemLoanRepository(ctx.store()).create(n.lent_at, [&](const std::string& jw) {
    return lend_item(jw, n, by.id, now);
  });
  ctx.out << id << '\n';
  ctx.err << fmt::format("已借出 {} 给 {}，登记 {}；应于 {} 前归还\n", trim(n.item),
                         trim(n.borrower.name), id, format_datetime(n.due_at));
}

struct LobbyItemReturnOptions {
  std::string id, returned_by, condition, note, at;
};

void lobby_item_return(Context& ctx, const LobbyItemReturnOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  ItemReturn r;
  r.at = time_arg(o.at, now, "归还时间（--at）");
  r.returned_by = o.returned_by;
  r.condition = o.condition;
  r.note = o.note;
  auto l = ItemLoanRepository(ctx.store()).update(o.id, [&](ItemLoan& rec) {
    return_item(rec, r, by.id, now);
  });
  ctx.err << fmt::format(
      "{} 已归还（{}），登记 {}，状况：{}{}\n", l.item, l.returned_by, l.id, l.condition,
      *l.returned_at > l.due_at ? "；逾期（应于 " + format_datetime(l.due_at) + " 前归还）" : "");
}

void lobby_lend_list(Context& ctx, const LobbyListOptions& o) {
  DateTime now = ctx.now();
  auto loans = listed<ItemLoan>(ctx, o, [](const ItemLoan& l) { return l.lent_at; });
  if (o.overdue) std::erase_if(loans, [&](const ItemLoan& l) { return !item_overdue(l, now); });
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& l : loans) {
      Json j = RecordTraits<ItemLoan>::to_json(l);
      j.erase("history");
      j["overdue"] = item_overdue(l, now);
      if (f == Format::csv) {
        j["borrower_name"] = l.borrower.name;
        j["borrower_phone"] = l.borrower.phone;
      }
      rows.push_back(j);
    }
    ctx.protect(rows);
    print_rows(ctx.out, f, rows,
               {"id", "item", "quantity", "borrower_name", "borrower_phone", "unit", "purpose",
                "lent_at", "lent_by", "due_at", "returned_at", "returned_by", "received_by",
                "condition", "overdue", "note"});
    return;
  }
  if (loans.empty()) {
    ctx.err << "没有符合条件的物品借用登记\n";
    return;
  }
  Table t{{"编号", "物品", "数量", "借用人", "户号", "电话", "借出", "应还", "归还", "状态"}, {}};
  for (const auto& l : loans)
    t.rows.push_back({l.id, l.item, std::to_string(l.quantity), l.borrower.name, l.unit,
                      ctx.phone(l.borrower.phone), format_short(l.lent_at), format_short(l.due_at),
                      l.returned_at ? format_short(*l.returned_at) : "",
                      item_overdue(l, now)                         ? "逾期未还"
                      : l.returned_at && *l.returned_at > l.due_at ? "逾期归还"
                      : l.returned_at                              ? "已还"
                                                                   : "借出"});
  print_table(ctx.out, t);
  ctx.err << "共 " << loans.size() << " 条\n";
}

}  // namespace

// ---- due ---------------------------------------------------------------------------------

void collect_lobby_due(Context& ctx, std::vector<DueItem>& items) {
  DateTime now = ctx.now();
  CaseQuery q;
  q.open_only = true;
  auto duties = DutyRepository(ctx.store()).query(q);
  ctx.report_problems(duties.problems);
  for (const auto& item : duties.items)
    if (auto line = handover_due_item(item.record, now)) {
      if (const auto& h = item.record.handover)
        line->subject += " 交班人 " + ctx.staff_name(h->given_by);
      items.push_back(*line);
    }
  auto loans = ItemLoanRepository(ctx.store()).query(q);
  ctx.report_problems(loans.problems);
  for (const auto& item : loans.items) {
    const auto& l = item.record;
    if (item_overdue(l, now))
      items.push_back(
          {l.lent_by, "loan", l.id, "loan_overdue", "借用物品逾期未还", l.due_at,
           l.item + " 借用人 " + l.borrower.name + (l.unit.empty() ? "" : "（" + l.unit + "）")});
  }
}

// ---- commands ----------------------------------------------------------------------------

void add_duty_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("duty", "值班记录：每班的电话记录、事件与指示（手册 §3.7）");
  cmd->require_subcommand(1);
  cmd->footer(
      "班次在 kefu.yaml shifts 中设定（默认 早班 08:00–16:00、中班 16:00–24:00、夜班 "
      "00:00–08:00）。\n"
      "每班一份值班记录（ZB-…），首次记录时建立；交接班见 kefu handover。");

  auto log = std::make_shared<LobbyLogOptions>();
  auto* l = cmd->add_subcommand("log", "记一条值班记录；在标准输出打印该班的值班编号");
  add_shift_options(l, log->shift);
  l->add_option("--kind", log->kind, "类别：电话 事件 指示 其他（phone event instruction other）")
      ->capture_default_str();
  l->add_option("--text", log->text, "记录内容")->required();
  l->add_option("--at", log->at, "发生时间（默认当前时间），如 2026-12-01T09:30");
  l->footer(
      "例：kefu --by zhangmin duty log --kind 电话 --text \"3-2-801 来电询问停水时间，已答复\"\n"
      "    kefu --by zhangmin duty log --kind 指示 --text \"经理：今晚消防检查，通知各岗\"");
  l->callback([&ctx, log] { lobby_log(ctx, *log); });

  auto show = std::make_shared<ShiftChoice>();
  auto* s = cmd->add_subcommand("show", "一班的值班记录，及 kefu 在该班登记的全部事项");
  add_shift_options(s, *show);
  s->footer(
      "例：kefu duty show\n"
      "    kefu duty show --date 2026-12-01 --shift 中班 --format json");
  s->callback([&ctx, show] { lobby_duty_show(ctx, *show); });

  auto month = std::make_shared<std::string>();
  auto* li = cmd->add_subcommand("list", "一个月的值班记录及交接状态");
  li->add_option("--month", *month, "月份，如 2026-12（默认本月）");
  li->footer("例：kefu duty list --month 2026-12");
  li->callback([&ctx, month] { lobby_duty_list(ctx, *month); });
}

void add_handover_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "handover", "交接班：大堂交接班记录表，列出本班所做与遗留事项（手册 §3.7.7、程序 020）");
  cmd->require_subcommand(0, 1);
  cmd->footer(
      "不带子命令时同 handover "
      "show（当前班次）。遗留事项为本班结束时未了的：未还的钥匙与借用物品、\n"
      "未离开的访客、未报主管的拾遗物品、未响应的投诉、当日到期的回访。\n"
      "交班时每项须写明遗留原因，否则拒绝交班；\n"
      "接班人接班前，kefu due 列出该班“交班未接班”（班次结束仍未交班的列为“未交班”）。");

  auto show = std::make_shared<ShiftChoice>();
  auto* s = cmd->add_subcommand("show", "大堂交接班记录表：本班所做事项与遗留事项");
  add_shift_options(s, *show);
  s->footer(
      "例：kefu handover show\n"
      "    kefu handover show --date 2026-12-01 --shift 早班 --format json\n"
      "    kefu render handover ZB-2026-12-0001");
  s->callback(
      [&ctx, show] { print_sheet(ctx, make_sheet(ctx, chosen_window(ctx, *show)), false); });

  auto give = std::make_shared<LobbyGiveOptions>();
  auto* g =
      cmd->add_subcommand("give", "交班：登记接班人与每项遗留事项的原因；在标准输出打印值班编号");
  add_shift_options(g, give->shift);
  g->add_option("--to", give->to, "接班人（花名册编号或姓名）")->required();
  g->add_option("--reason", give->reasons, "一项遗留事项的原因：编号=原因（可重复）");
  g->add_option("--reason-all", give->reason_all, "其余各项共同的遗留原因");
  g->add_option("--note", give->note, "交班备注");
  g->footer(
      "本班结束时未了的每一项都须有原因（手册 §3.7.7：一般情况不得把本班未解决问题遗交下班），\n"
      "缺原因时拒绝交班、不写入任何文件，并列出缺原因的事项。不指明班次时交当前班次；\n"
      "换班后 1 小时内交班、上一班尚未交班的，交上一班。\n"
      "例：kefu --by zhangmin handover give --to lili --reason "
      "\"JY-2026-12-0003=工程部加班维修，约定明早归还\"\n"
      "    kefu --by zhangmin handover give --shift 早班 --to lili --reason-all 已电话催还");
  g->callback([&ctx, give] { lobby_give(ctx, *give); });

  auto accept = std::make_shared<ShiftChoice>();
  auto* a = cmd->add_subcommand("accept", "接班：接班人确认接收（登记姓名与时间）");
  add_shift_options(a, *accept);
  a->footer(
      "不写编号时接交给 --by 本人、最近一份未接的班。\n"
      "例：kefu --by lili handover accept");
  a->callback([&ctx, accept] { lobby_accept(ctx, *accept); });

  cmd->callback([&ctx, cmd] {
    if (cmd->get_subcommands().empty())
      print_sheet(ctx, make_sheet(ctx, chosen_window(ctx, {})), false);
  });
}

void add_visitor_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("visitor", "来访登记表：访客来访、离开与清单（手册 §3.3.5）");
  cmd->require_subcommand(1);
  cmd->footer(
      "证件只作核验，登记类型及号码末四位，当场交还；电话在输出中遮蔽（--reveal 显示）。\n"
      "交班时仍未离开的访客列入交接班记录表的遗留事项。");

  auto in = std::make_shared<LobbyInOptions>();
  auto* i = cmd->add_subcommand("in", "登记来访；在标准输出打印来访编号");
  i->add_option("--name", in->name, "访客姓名")->required();
  i->add_option("--phone", in->phone, "访客电话");
  i->add_option("--people", in->people, "同行人数")->capture_default_str();
  i->add_option("--unit", in->unit, "被访户号");
  i->add_option("--host", in->host, "被访人或部门（不访住户时），如 管理处、工程部");
  i->add_option("--purpose", in->purpose, "来访事由")->required();
  i->add_option("--id-doc", in->id_doc, "核验的证件类型，如 身份证");
  i->add_option("--id-number", in->id_number, "证件号码或其末四位，只保存末四位");
  i->add_option("--at", in->at, "来访时间（默认当前时间）");
  i->add_option("--note", in->note, "备注");
  i->footer(
      "例：kefu --by zhangmin visitor in --name 陈先生 --phone 13912345678 --unit 1-1-101 "
      "--purpose 探亲\n"
      "    kefu --by zhangmin visitor in --name 李工 --host 工程部 --purpose 电梯年检 --id-doc "
      "身份证 --id-number 123X");
  i->callback([&ctx, in] { lobby_in(ctx, *in); });

  struct OutArgs {
    std::string id, at;
  };
  auto out = std::make_shared<OutArgs>();
  auto* o = cmd->add_subcommand("out", "登记访客离开");
  o->add_option("ID", out->id, "来访编号 FK-…")->required();
  o->add_option("--at", out->at, "离开时间（默认当前时间）");
  o->footer("例：kefu --by lili visitor out FK-2026-12-0001");
  o->callback([&ctx, out] { lobby_out(ctx, out->id, out->at); });

  auto list = std::make_shared<LobbyListOptions>();
  auto* l = cmd->add_subcommand("list", "来访清单（默认本月及此前仍未离开的）");
  l->add_option("--date", list->date, "某日的来访，如 2026-12-01");
  l->add_option("--month", list->month, "某月的来访，如 2026-12");
  l->add_flag("--in", list->open, "只列未离开的");
  l->footer("例：kefu visitor list --in\n    kefu visitor list --date 2026-12-01 --format csv");
  l->callback([&ctx, list] { lobby_visitor_list(ctx, *list); });

  auto id = std::make_shared<std::string>();
  auto* s = cmd->add_subcommand("show", "一条来访登记");
  s->add_option("ID", *id, "来访编号 FK-…")->required();
  s->footer("例：kefu visitor show FK-2026-12-0001 --format json");
  s->callback([&ctx, id] { lobby_show<Visitor>(ctx, *id); });
}

void add_lend_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "lend", "物品借用登记表：梯子、手推车、工具等借给住户，借出、归还与清单（程序 020）");
  cmd->require_subcommand(1);
  cmd->footer(
      "逾期未还的列入借出人的 kefu due；交班时未还的列入交接班记录表的遗留事项。\n"
      "电话在输出中遮蔽（--reveal 显示）。");

  auto lend = std::make_shared<LobbyLendOptions>();
  auto* o = cmd->add_subcommand("out", "借出物品；在标准输出打印借用编号");
  o->add_option("--item", lend->item, "物品，如 梯子、手推车、工具箱")->required();
  o->add_option("--quantity", lend->quantity, "数量")->capture_default_str();
  o->add_option("--to", lend->to, "借用人姓名")->required();
  o->add_option("--phone", lend->phone, "借用人电话");
  o->add_option("--unit", lend->unit, "借用人户号");
  o->add_option("--purpose", lend->purpose, "用途");
  o->add_option("--until", lend->until,
                "应还时间，如 2026-12-02T12:00；只写日期即当日截止时间（kefu.yaml keys.cutoff）；"
                "默认借出当日截止时间，已过则次日");
  o->add_option("--at", lend->at, "借出时间（默认当前时间）");
  o->add_option("--note", lend->note, "备注");
  o->footer(
      "例：kefu --by zhangmin lend out --item 梯子 --to 王伟 --unit 1-1-101 --phone 13800138000 "
      "--purpose 换灯泡\n"
      "    kefu --by zhangmin lend out --item 手推车 --quantity 2 --to 李娜 --until 2026-12-02");
  o->callback([&ctx, lend] { lobby_lend(ctx, *lend); });

  auto ret = std::make_shared<LobbyItemReturnOptions>();
  auto* r = cmd->add_subcommand("return", "归还物品");
  r->add_option("ID", ret->id, "借用编号 JW-…")->required();
  r->add_option("--returned-by", ret->returned_by, "交还人（默认借用人本人）");
  r->add_option("--condition", ret->condition, "归还时状况（默认 完好），如 损坏：梯脚断裂");
  r->add_option("--note", ret->note, "备注");
  r->add_option("--at", ret->at, "归还时间（默认当前时间）");
  r->footer("例：kefu --by lili lend return JW-2026-12-0001");
  r->callback([&ctx, ret] { lobby_item_return(ctx, *ret); });

  auto list = std::make_shared<LobbyListOptions>();
  auto* l = cmd->add_subcommand("list", "物品借用清单（默认本月及此前仍未归还的）");
  l->add_option("--date", list->date, "某日借出的，如 2026-12-01");
  l->add_option("--month", list->month, "某月借出的，如 2026-12");
  l->add_flag("--out", list->open, "只列未还的");
  l->add_flag("--overdue", list->overdue, "只列逾期未还的");
  l->footer("例：kefu lend list --out\n    kefu lend list --overdue --format json");
  l->callback([&ctx, list] { lobby_lend_list(ctx, *list); });

  auto id = std::make_shared<std::string>();
  auto* s = cmd->add_subcommand("show", "一条物品借用登记");
  s->add_option("ID", *id, "借用编号 JW-…")->required();
  s->footer("例：kefu lend show JW-2026-12-0001");
  s->callback([&ctx, id] { lobby_show<ItemLoan>(ctx, *id); });
}

// ---- forms -------------------------------------------------------------------------------

Json handover_form_data(Context& ctx, const std::string& target) {
  ShiftChoice c;
  if (auto slash = target.find('/'); slash != std::string::npos) {
    c.date = target.substr(0, slash);
    c.shift = target.substr(slash + 1);
  } else {
    c.id = target;
  }
  Sheet s = make_sheet(ctx, chosen_window(ctx, c));
  Json log = Json::array();
  if (s.duty)
    for (const auto& e : s.duty->log)
      log.push_back(Json{{"at", format_short(e.at).substr(6)},
                         {"kind", std::string(to_zh(e.kind))},
                         {"text", e.text},
                         {"by", ctx.staff_name(e.by)}});
  Json events = Json::array();
  for (const auto& e : s.events)
    events.push_back(Json{{"at", format_short(e.at).substr(6)},
                          {"what", e.what},
                          {"id", e.id},
                          {"subject", e.subject}});
  Json carried = Json::array();
  int no = 0;
  for (const auto& x : s.carried)
    carried.push_back(Json{{"no", std::to_string(++no)},
                           {"id", x.id},
                           {"kind", open_kind_zh(x.kind)},
                           {"subject", x.subject},
                           {"since", format_short(x.since)},
                           {"reason", x.reason.empty() ? "（未交班，原因待填）" : x.reason}});
  const Handover* h = s.duty && s.duty->handover ? &*s.duty->handover : nullptr;
  return Json{{"site", site_json(ctx.dir())},
              {"id", s.duty ? s.duty->id : ""},
              {"date", format_date(s.window.date)},
              {"shift", s.window.name},
              {"start", format_short(s.window.start)},
              {"end", format_short(s.window.end)},
              {"state", handover_state_zh(s.duty)},
              {"log", log},
              {"events", events},
              {"carried", carried},
              {"count", std::to_string(carried.size())},
              {"given_by", h ? ctx.staff_name(h->given_by) : ""},
              {"given_at", h ? format_short(h->given_at) : ""},
              {"to", h ? ctx.staff_name(h->to) : ""},
              {"accepted_by", h ? ctx.staff_name(h->accepted_by) : ""},
              {"accepted_at", h && h->accepted_at ? format_short(*h->accepted_at) : ""},
              {"note", h ? h->note : ""}};
}

Json visitor_form_data(Context& ctx, const std::string& target) {
  std::vector<Visitor> visitors;
  std::string period;
  if (target.starts_with(std::string(kVisitorKind.prefix) + "-")) {
    visitors.push_back(VisitorRepository(ctx.store()).get(target).record);
    period = "来访登记 " + target;
  } else {
    LobbyListOptions o;
    if (auto month = read_month(target)) {
      o.month = target;
      auto m = *month;
      period = fmt::format("{}年{}月", m.year, m.month);
    } else {
      o.date = target;
      period = target;
    }
    visitors = listed<Visitor>(ctx, o, [](const Visitor& v) { return v.in_at; });
  }
  Json rows = Json::array();
  int no = 0;
  for (const auto& v : visitors)
    rows.push_back(Json{{"no", std::to_string(++no)},
                        {"in_at", format_short(v.in_at)},
                        {"name", v.name},
                        {"people", std::to_string(v.people)},
                        {"phone", ctx.phone(v.phone)},
                        {"visiting", v.unit.empty() ? v.host : v.unit},
                        {"purpose", v.purpose},
                        {"id_check", v.id_checked ? id_check_zh(*v.id_checked) : ""},
                        {"registered_by", ctx.staff_name(v.registered_by)},
                        {"out_at", v.out_at ? format_short(*v.out_at) : "未离开"}});
  Json heading = pad_columns(rows, {{"no", "序号"},
                                    {"in_at", "来访时间"},
                                    {"name", "访客"},
                                    {"people", "人数"},
                                    {"phone", "电话"},
                                    {"visiting", "被访"},
                                    {"purpose", "事由"},
                                    {"id_check", "核验证件"},
                                    {"registered_by", "登记人"}});
  heading["out_at"] = "离开时间";
  return Json{{"site", site_json(ctx.dir())},
              {"period", period},
              {"heading", heading},
              {"rows", rows},
              {"count", std::to_string(visitors.size())}};
}

Json item_loan_form_data(Context& ctx, const std::string& target) {
  DateTime now = ctx.now();
  std::vector<ItemLoan> loans;
  std::string period;
  if (target.starts_with(std::string(kItemLoanKind.prefix) + "-")) {
    loans.push_back(ItemLoanRepository(ctx.store()).get(target).record);
    period = "借用登记 " + target;
  } else {
    LobbyListOptions o;
    o.month = target;
    auto m = month_arg(target);
    period = fmt::format("{}年{}月", m.year, m.month);
    loans = listed<ItemLoan>(ctx, o, [](const ItemLoan& l) { return l.lent_at; });
  }
  Json rows = Json::array();
  int no = 0, overdue = 0, returned = 0;
  for (const auto& l : loans) {
    std::string remark = item_overdue(l, now)                         ? "逾期未还"
                         : l.returned_at && *l.returned_at > l.due_at ? "逾期归还"
                                                                      : "";
    overdue += item_overdue(l, now);
    returned += l.returned_at.has_value();
    rows.push_back(Json{{"no", std::to_string(++no)},
                        {"lent_at", format_short(l.lent_at)},
                        {"item", l.item},
                        {"quantity", std::to_string(l.quantity)},
                        {"borrower", l.borrower.name},
                        {"unit", l.unit},
                        {"phone", ctx.phone(l.borrower.phone)},
                        {"purpose", l.purpose},
                        {"lent_by", ctx.staff_name(l.lent_by)},
                        {"due", format_short(l.due_at)},
                        {"returned_at", l.returned_at ? format_short(*l.returned_at) : ""},
                        {"received_by", ctx.staff_name(l.received_by)},
                        {"condition", l.condition},
                        {"remark", remark}});
  }
  Json heading = pad_columns(rows, {{"no", "序号"},
                                    {"lent_at", "借出时间"},
                                    {"item", "物品"},
                                    {"quantity", "数量"},
                                    {"borrower", "借用人"},
                                    {"unit", "户号"},
                                    {"phone", "电话"},
                                    {"purpose", "用途"},
                                    {"lent_by", "经手人"},
                                    {"due", "应还时间"},
                                    {"returned_at", "归还时间"},
                                    {"received_by", "接收人"},
                                    {"condition", "状况"}});
  heading["remark"] = "备注";
  return Json{{"site", site_json(ctx.dir())},
              {"period", period},
              {"heading", heading},
              {"rows", rows},
              {"count", std::to_string(loans.size())},
              {"returned", std::to_string(returned)},
              {"overdue", std::to_string(overdue)}};
}

}  // namespace kefu
