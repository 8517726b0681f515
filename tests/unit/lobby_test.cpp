/// The lobby desk's registers: shift windows (midnight included), what happened in a shift and
/// what is open at its end, handovers refused without reasons, and their `kefu due` lines.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "core/lobby.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Date d(const char* text) {
  return *parse_date(text);
}

KeyLoan key_loan(const char* id, const char* lent, std::optional<const char*> back) {
  KeyLoan l;
  l.id = id;
  l.key = "GG-01";
  l.key_name = "3栋天台门";
  l.borrower = {"刘师傅", "13711112222"};
  l.lent_at = t(lent);
  l.lent_by = "zhangmin";
  l.due_at = t("2026-12-01T18:00");
  if (back) l.returned_at = t(*back);
  return l;
}

ItemLoan item_loan(const char* id, const char* lent, const char* due,
                   std::optional<const char*> back) {
  ItemLoan l;
  l.id = id;
  l.item = "梯子";
  l.borrower = {"王伟", "13800138000"};
  l.unit = "1-1-101";
  l.lent_at = t(lent);
  l.lent_by = "zhangmin";
  l.due_at = t(due);
  if (back) l.returned_at = t(*back);
  return l;
}

Visitor visitor(const char* id, const char* in, std::optional<const char*> out) {
  Visitor v;
  v.id = id;
  v.name = "陈先生";
  v.unit = "1-1-101";
  v.purpose = "探亲";
  v.in_at = t(in);
  v.registered_by = "zhangmin";
  if (out) v.out_at = t(*out);
  return v;
}

Complaint complaint(const char* id, const char* received, std::optional<const char*> ack) {
  Complaint c;
  c.id = id;
  c.received_at = t(received);
  c.unit = "2-1-301";
  c.category = "噪音扰民";
  c.description = "楼上夜间噪音";
  c.owner = "zhangmin";
  if (ack) c.acknowledged_at = t(*ack);
  return c;
}

std::vector<std::string> ids(const std::vector<OpenItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.id);
  return out;
}

}  // namespace

TEST_CASE("shift windows: the day's three shifts, and a shift across midnight") {
  auto shifts = default_shifts();
  CHECK_FALSE(shifts_problem(shifts));
  auto early = shift_at(shifts, t("2026-12-01T08:00"));
  CHECK(early.name == "早班");
  CHECK(early.date == d("2026-12-01"));
  CHECK(early.start == t("2026-12-01T08:00"));
  CHECK(early.end == t("2026-12-01T16:00"));
  CHECK(shift_at(shifts, t("2026-12-01T15:59:59")).name == "早班");
  auto middle = shift_at(shifts, t("2026-12-01T16:00"));
  CHECK(middle.name == "中班");
  CHECK(middle.end == t("2026-12-02T00:00"));  // 24:00 is the next day's midnight
  CHECK(shift_at(shifts, t("2026-12-01T23:59:59")) == middle);
  auto night = shift_at(shifts, t("2026-12-02T00:00"));
  CHECK(night.name == "夜班");
  CHECK(night.date == d("2026-12-02"));
  CHECK(next_shift(shifts, early) == middle);
  CHECK(next_shift(shifts, middle) == night);
  CHECK(next_shift(shifts, night).start == t("2026-12-02T08:00"));
  CHECK(previous_shift(shifts, night) == middle);
  CHECK(latest_shift(shifts, "早班", t("2026-12-01T17:00")) == early);
  CHECK(latest_shift(shifts, "早班", t("2026-12-01T07:00")).date == d("2026-11-30"));
  CHECK(named_shift(shifts, "夜班", d("2026-12-02")) == night);
  CHECK_THROWS_AS(named_shift(shifts, "午班", d("2026-12-02")), RefusedError);

  // Two twelve-hour shifts, the night one from 20:00 to 08:00 the next morning.
  std::vector<Shift> two{{"白班", 8 * 60, 20 * 60}, {"夜班", 20 * 60, 8 * 60}};
  CHECK_FALSE(shifts_problem(two));
  auto late = shift_at(two, t("2026-12-02T03:00"));
  CHECK(late.name == "夜班");
  CHECK(late.date == d("2026-12-01"));
  CHECK(late.start == t("2026-12-01T20:00"));
  CHECK(late.end == t("2026-12-02T08:00"));
  CHECK(shift_at(two, t("2026-12-01T20:00")) == late);
  CHECK(shift_at(two, t("2026-12-02T08:00")).name == "白班");
  CHECK(latest_shift(two, "夜班", t("2026-12-02T09:00")) == late);

  CHECK(shifts_problem({}) == "kefu.yaml 没有班次（shifts）");
  CHECK(shifts_problem({{"早班", 8 * 60, 16 * 60}}) == "班次未覆盖 00:00 起的时间");
  CHECK(shifts_problem({{"早班", 8 * 60, 17 * 60}, {"晚班", 16 * 60, 8 * 60}}) ==
        "班次在 16:00 重叠");
  CHECK(shifts_problem({{"班", 0, 24 * 60}, {"班", 0, 0}}) == "班次「班」重复");
  std::vector<Shift> gap{{"早班", 8 * 60, 16 * 60}, {"晚班", 17 * 60, 8 * 60}};
  CHECK_THROWS_AS(shift_at(gap, t("2026-12-01T16:30")), RefusedError);

  int m = 0;
  CHECK(read_clock("24:00", m) == nullptr);
  CHECK(m == 1440);
  CHECK(read_clock("07:30", m) == nullptr);
  CHECK(m == 450);
  CHECK(read_clock("7:30", m) != nullptr);
  CHECK(read_clock("25:00", m) != nullptr);
  CHECK(format_clock(1440) == "24:00");
}

TEST_CASE("open at a shift's end: exact to the second, events at the end belong to the next") {
  DeskRecords r;
  r.key_loans = {key_loan("JY-1", "2026-12-01T09:00", "2026-12-01T15:00"),  // back in the shift
                 key_loan("JY-2", "2026-12-01T10:00", std::nullopt),        // still out
                 key_loan("JY-3", "2026-12-01T11:00", "2026-12-01T16:00"),  // back at the end
                 key_loan("JY-4", "2026-12-01T16:00", std::nullopt)};       // lent at the end
  r.item_loans = {item_loan("JW-1", "2026-12-01T09:30", "2026-12-01T18:00", std::nullopt),
                  item_loan("JW-2", "2026-11-30T09:30", "2026-11-30T18:00", "2026-12-01T08:30")};
  r.visitors = {visitor("FK-1", "2026-12-01T14:00", std::nullopt),
                visitor("FK-2", "2026-12-01T14:10", "2026-12-01T15:59:59")};
  r.complaints = {complaint("TS-1", "2026-12-01T10:00", std::nullopt),
                  complaint("TS-2", "2026-12-01T10:05", "2026-12-01T11:00"),
                  complaint("TS-3", "2026-12-01T15:00", "2026-12-01T16:00")};
  CallbackDue cb;
  cb.kind = "repair";
  cb.id = "BX-1";
  cb.where = "1-2-502";
  cb.subject = "水龙头漏水";
  cb.resolved_at = t("2026-11-29T10:00");
  cb.due = t("2026-12-01T23:59:59");
  CallbackDue later = cb;
  later.id = "BX-2";
  later.due = t("2026-12-03T23:59:59");
  r.callbacks = {cb, later};

  auto open = open_at(r, t("2026-12-01T16:00"));
  CHECK(ids(open) ==
        std::vector<std::string>{"JY-2", "JY-3", "JW-1", "FK-1", "TS-1", "TS-3", "BX-1"});
  CHECK(open[0].kind == "key");
  CHECK(open[0].subject == "GG-01 3栋天台门 借用人 刘师傅");
  CHECK(open[2].subject == "梯子 借用人 王伟（1-1-101）");
  CHECK(open[3].subject == "陈先生 访 1-1-101 探亲");
  CHECK(open[6].subject == "1-2-502 水龙头漏水（应于 12-01 23:59 前回访）");
  // The next shift's end: JY-3 and TS-3 were settled at 16:00, JY-4 was lent at 16:00.
  auto next = open_at(r, t("2026-12-02T00:00"));
  CHECK(ids(next) == std::vector<std::string>{"JY-2", "JY-4", "JW-1", "FK-1", "TS-1", "BX-1"});
  // The night shift ends on 12-02: BX-1 is overdue by then, BX-2 not yet due that day.
  CHECK(ids(open_at(r, t("2026-12-02T08:00"))).back() == "BX-1");

  // In time order, ties by ID; JY-3's return and JY-4's lending at 16:00 are the next shift's.
  auto events = shift_events(r, t("2026-12-01T08:00"), t("2026-12-01T16:00"));
  std::vector<std::string> whats;
  for (const auto& e : events) whats.push_back(e.id + " " + e.what);
  CHECK(whats == std::vector<std::string>{"JW-2 物品归还", "JY-1 钥匙借出", "JW-1 物品借出",
                                          "JY-2 钥匙借出", "TS-1 受理投诉", "TS-2 受理投诉",
                                          "JY-3 钥匙借出", "FK-1 访客来访", "FK-2 访客来访",
                                          "JY-1 钥匙归还", "TS-3 受理投诉", "FK-2 访客离开"});
}

TEST_CASE("open at a shift's end: lost property until the supervisor has it reported") {
  auto found = [](const char* id, const char* at) {
    LostItem x;
    x.id = id;
    x.received_at = t(at);
    x.found_at = t(at);
    x.item = "黑色钱包";
    x.place = "1栋大堂";
    x.kept_at = "前台保险柜";
    x.owner = "lili";
    return x;
  };
  DeskRecords r;
  auto acked = found("SW-1", "2026-12-01T09:00");
  acked.acknowledged_at = t("2026-12-01T09:20");
  auto unreported = found("SW-2", "2026-12-01T10:00");
  auto returned = found("SW-3", "2026-12-01T11:00");
  returned.returned = LostReturn{t("2026-12-01T15:00"), "陈女士", "", {}, "", "陈女士", "lili"};
  auto acked_at_end = found("SW-4", "2026-12-01T15:30");
  acked_at_end.acknowledged_at = t("2026-12-01T16:00");
  r.lost = {acked, unreported, returned, acked_at_end};
  r.complaints = {complaint("TS-1", "2026-12-01T10:00", std::nullopt)};

  auto open = open_at(r, t("2026-12-01T16:00"));
  // Lost property comes after visitors and before complaints; reported at 16:00 is the next
  // shift's doing.
  CHECK(ids(open) == std::vector<std::string>{"SW-2", "SW-4", "TS-1"});
  CHECK(open[0].kind == "lost");
  CHECK(open[0].owner == "lili");
  CHECK(open[0].subject == "黑色钱包（1栋大堂拾获，存放于前台保险柜）");
  CHECK(open_kind_zh("lost") == "拾遗未报主管");
  CHECK(ids(open_at(r, t("2026-12-01T16:00:01"))) == std::vector<std::string>{"SW-2", "TS-1"});

  std::vector<std::string> whats;
  for (const auto& e : shift_events(r, t("2026-12-01T08:00"), t("2026-12-01T16:00")))
    whats.push_back(e.id + " " + e.what);
  CHECK(whats == std::vector<std::string>{"SW-1 拾遗登记", "SW-1 报告主管", "SW-2 拾遗登记",
                                          "TS-1 受理投诉", "SW-3 拾遗登记", "SW-3 失物认领",
                                          "SW-4 拾遗登记"});
}

TEST_CASE("handover: every open item needs a reason, refused otherwise with nothing changed") {
  auto w = named_shift(default_shifts(), "早班", d("2026-12-01"));
  Duty duty = open_duty("ZB-2026-12-0001", w, "zhangmin", t("2026-12-01T08:10"));
  log_duty(duty, {t("2026-12-01T09:00"), DutyEntryKind::phone, "来电询问停水", "zhangmin"},
           t("2026-12-01T09:01"));
  CHECK_THROWS_AS(log_duty(duty, {t("2026-12-01T16:00"), DutyEntryKind::event, "x", "zhangmin"},
                           t("2026-12-01T16:30")),
                  RefusedError);
  CHECK_THROWS_AS(log_duty(duty, {t("2026-12-01T10:00"), DutyEntryKind::event, " ", "zhangmin"},
                           t("2026-12-01T10:30")),
                  RefusedError);
  std::vector<OpenItem> open{{"key", "JY-2", "GG-01", t("2026-12-01T10:00"), "zhangmin"},
                             {"visitor", "FK-1", "陈先生", t("2026-12-01T14:00"), "zhangmin"}};
  HandoverRequest r;
  r.to = "lina";
  r.reasons = {{"JY-2", "工程部加班"}};
  const Duty before = duty;
  try {
    give_handover(duty, open, r, "zhangmin", t("2026-12-01T15:55"));
    FAIL("a handover with an item lacking a reason was accepted");
  } catch (const RefusedError& e) {
    CHECK(std::string(e.what()).find("FK-1  访客未离开  陈先生") != std::string::npos);
    CHECK(std::string(e.what()).find("JY-2") == std::string::npos);
  }
  CHECK(duty == before);
  r.reasons["TS-9"] = "不在清单";
  CHECK_THROWS_AS(give_handover(duty, open, r, "zhangmin", t("2026-12-01T15:55")), RefusedError);
  r.reasons.erase("TS-9");
  r.to = "zhangmin";
  CHECK_THROWS_AS(give_handover(duty, open, r, "zhangmin", t("2026-12-01T15:55")), RefusedError);
  r.to = "lina";
  r.reason_for_all = "访客仍在 1-1-101";
  CHECK_FALSE(handover_due_item(duty, t("2026-12-01T15:55")));
  CHECK(handover_due_item(duty, t("2026-12-01T16:00"))->reason == "handover_missing");
  give_handover(duty, open, r, "zhangmin", t("2026-12-01T15:55"));
  REQUIRE(duty.handover);
  CHECK(duty.handover->carried.size() == 2);
  CHECK(duty.handover->carried[0].reason == "工程部加班");
  CHECK(duty.handover->carried[1].reason == "访客仍在 1-1-101");
  CHECK_THROWS_AS(give_handover(duty, open, r, "zhangmin", t("2026-12-01T15:56")), RefusedError);
  CHECK_THROWS_AS(log_duty(duty, {t("2026-12-01T15:57"), DutyEntryKind::event, "x", "zhangmin"},
                           t("2026-12-01T15:58")),
                  RefusedError);
  auto line = handover_due_item(duty, t("2026-12-01T15:56"));
  REQUIRE(line);
  CHECK(line->owner == "lina");
  CHECK(line->reason == "handover_unaccepted");
  CHECK(line->due == t("2026-12-01T16:00"));
  CHECK(duty.open());
  CHECK_THROWS_AS(accept_handover(duty, "wangqiang", t("2026-12-01T16:01")), RefusedError);
  accept_handover(duty, "lina", t("2026-12-01T16:01"));
  CHECK_FALSE(duty.open());
  CHECK_FALSE(handover_due_item(duty, t("2026-12-01T16:02")));
  CHECK_THROWS_AS(accept_handover(duty, "lina", t("2026-12-01T16:02")), RefusedError);

  // Nothing open: no reason needed.
  Duty quiet = open_duty("ZB-2026-12-0002", w, "zhangmin", t("2026-12-01T08:10"));
  give_handover(quiet, {}, {"lina", {}, "", ""}, "zhangmin", t("2026-12-01T16:00"));
  CHECK(quiet.handover->carried.empty());
  Duty early = open_duty("ZB-2026-12-0003", w, "zhangmin", t("2026-12-01T07:00"));
  CHECK_THROWS_AS(give_handover(early, {}, {"lina", {}, "", ""}, "zhangmin", t("2026-12-01T07:30")),
                  RefusedError);
}

TEST_CASE("visitors and items lent") {
  NewVisitor n;
  n.name = "陈先生";
  n.unit = "1-1-101";
  n.purpose = "探亲";
  n.in_at = t("2026-12-01T10:00");
  auto v = visitor_in("FK-1", n, "zhangmin", t("2026-12-01T10:00"));
  CHECK(v.open());
  CHECK_THROWS_AS(visitor_out(v, t("2026-12-01T09:00"), "lina", t("2026-12-01T11:00")),
                  RefusedError);
  visitor_out(v, t("2026-12-01T11:00"), "lina", t("2026-12-01T11:00"));
  CHECK_FALSE(v.open());
  CHECK_THROWS_AS(visitor_out(v, t("2026-12-01T11:00"), "lina", t("2026-12-01T11:00")),
                  RefusedError);
  NewVisitor nobody = n;
  nobody.unit.clear();
  CHECK_THROWS_AS(visitor_in("FK-2", nobody, "zhangmin", t("2026-12-01T10:00")), RefusedError);

  NewItemLoan l;
  l.item = "梯子";
  l.borrower = {"王伟", ""};
  l.lent_at = t("2026-12-01T10:00");
  l.due_at = t("2026-12-01T18:00");
  auto loan = lend_item("JW-1", l, "zhangmin", t("2026-12-01T10:00"));
  CHECK_FALSE(item_overdue(loan, t("2026-12-01T18:00")));
  CHECK(item_overdue(loan, t("2026-12-01T18:00:01")));
  return_item(loan, {t("2026-12-01T19:00"), "", "", ""}, "lina", t("2026-12-01T19:00"));
  CHECK(loan.returned_by == "王伟");
  CHECK(loan.condition == "完好");
  CHECK_FALSE(item_overdue(loan, t("2026-12-02T00:00")));
  l.due_at = l.lent_at;
  CHECK_THROWS_AS(lend_item("JW-2", l, "zhangmin", t("2026-12-01T10:00")), RefusedError);
}
