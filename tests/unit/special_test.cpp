/// Special services (特约服务, R7): the price from the price list or agreed, the lifecycle, the
/// charge in fen on the unit's bill and in its ledger, the phone callback, a repair converted.
#include <doctest/doctest.h>

#include "core/daily.hpp"
#include "core/due.hpp"
#include "core/errors.hpp"
#include "core/fee.hpp"
#include "core/special.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

/// 2026 as the State Council set it: 国庆节 10/1–10/7, made up on Sunday 9/20 and Saturday 10/10.
WorkingCalendar official() {
  return parse_calendar("calendar.yaml", official_calendar_yaml());
}

const std::vector<SpecialServiceItem> kPrices = {{"unclog", "管道疏通", 8000},
                                                 {"ac_clean", "空调清洗", 12050}};

SpecialService ordered() {
  NewSpecial n;
  n.unit = "1-1-101";
  n.requester = {"陈建国", "13800138000"};
  n.price = special_price(kPrices, "unclog", "", std::nullopt);
  return open_special("TY-2026-11-0001", n, "zhangmin", t("2026-11-26T09:00"));
}

/// An order taken on `at` and done at `done`, by 刘工, billed in the month it was done.
SpecialService done_at(const char* at, const char* done) {
  NewSpecial n;
  n.unit = "1-1-101";
  n.requester = {"陈建国", "13800138000"};
  n.price = special_price(kPrices, "unclog", "", std::nullopt);
  auto s = open_special("TY-2026-09-0001", n, "zhangmin", t(at));
  complete_special(s, "liugong", "刘工", t(done), "", month_of(t(done)), "zhangmin", t(done));
  return s;
}

CallbackRecord phone_callback(const char* at, CallbackResult result) {
  CallbackRecord cb{t(at), "lili", result, "", "", "13800138000"};
  return cb;
}

}  // namespace

TEST_CASE("the price comes from the price list, or is agreed") {
  auto p = special_price(kPrices, "unclog", "", std::nullopt);
  CHECK(p.service == "unclog");
  CHECK(p.what == "管道疏通");
  CHECK(p.price_fen == 8000);
  CHECK(p.source == "list");

  // By name too, with a note on what exactly.
  p = special_price(kPrices, "空调清洗", "客厅挂机", std::nullopt);
  CHECK(p.service == "ac_clean");
  CHECK(p.what == "空调清洗：客厅挂机");
  CHECK(p.price_fen == 12050);

  // A price agreed with the owner replaces the list's.
  p = special_price(kPrices, "unclog", "", 9550);
  CHECK(p.price_fen == 9550);
  CHECK(p.source == "agreed");
  CHECK(special_price(kPrices, "unclog", "", 8000).source == "list");

  // A service not on the list needs its price.
  p = special_price(kPrices, "", "窗帘安装", 12000);
  CHECK(p.service.empty());
  CHECK(p.what == "窗帘安装");
  CHECK(p.source == "agreed");
  CHECK_THROWS_AS(special_price(kPrices, "", "窗帘安装", std::nullopt), RefusedError);
  CHECK_THROWS_AS(special_price(kPrices, "", "", 100), RefusedError);
  CHECK_THROWS_AS(special_price(kPrices, "window", "", std::nullopt), RefusedError);
  CHECK_THROWS_AS(special_price(kPrices, "", "窗帘安装", 0), RefusedError);
  CHECK_THROWS_AS(special_price({}, "unclog", "", std::nullopt), RefusedError);
}

TEST_CASE("special service: ordered → done → notice delivered → phone callback → closed") {
  auto s = ordered();
  CHECK(s.status == SpecialStatus::ordered);
  CHECK(s.owner == "zhangmin");
  CHECK(s.price_fen == 8000);
  CHECK(s.history.size() == 1);

  // Nothing to deliver nor to call back before it is done.
  CHECK_THROWS_AS(deliver_special_notice(s, "陈建国", "lili", "李丽", t("2026-11-26T10:00"), "lili",
                                         t("2026-11-26T10:00")),
                  RefusedError);
  CHECK_THROWS_AS(
      callback_special(s, phone_callback("2026-11-26T10:00", CallbackResult::satisfied)),
      RefusedError);
  // Done needs who did it, not in the future, not before the order.
  CHECK_THROWS_AS(complete_special(s, "", "", t("2026-11-26T10:00"), "", {2026, 11}, "lili",
                                   t("2026-11-26T11:00")),
                  RefusedError);
  CHECK_THROWS_AS(complete_special(s, "liugong", "刘工", t("2026-11-26T12:00"), "", {2026, 11},
                                   "lili", t("2026-11-26T11:00")),
                  RefusedError);
  CHECK_THROWS_AS(complete_special(s, "liugong", "刘工", t("2026-11-25T12:00"), "", {2026, 11},
                                   "lili", t("2026-11-26T11:00")),
                  RefusedError);
  auto before = s;
  complete_special(s, "liugong", "刘工", t("2026-11-26T10:30"), "已疏通", {2026, 11}, "lili",
                   t("2026-11-26T11:00"));
  CHECK(s.status == SpecialStatus::done);
  CHECK(s.billed_period == YearMonth{2026, 11});
  CHECK(special_callback_pending(s));
  auto d = special_deadlines(s, SpecialSla{}, official());
  CHECK(d.callback_due == t("2026-12-03T23:59:59"));
  CHECK(d.notice_due == t("2026-11-30T23:59:59"));  // Thursday: Friday, then Monday
  CHECK_FALSE(special_overdue(s, d, t("2026-12-03T23:59:59")).callback);
  CHECK(special_overdue(s, d, t("2026-12-04T00:00")).callback);
  // Not twice.
  auto twice = s;
  CHECK_THROWS_AS(complete_special(twice, "liugong", "刘工", t("2026-11-26T10:30"), "", {2026, 11},
                                   "lili", t("2026-11-26T11:00")),
                  RefusedError);
  CHECK(twice == s);
  CHECK(before != s);

  // The notice: to whom is required, once, not before the work.
  CHECK_THROWS_AS(deliver_special_notice(s, "", "lili", "李丽", t("2026-11-26T15:00"), "lili",
                                         t("2026-11-26T15:00")),
                  RefusedError);
  CHECK_THROWS_AS(deliver_special_notice(s, "陈建国", "lili", "李丽", t("2026-11-26T10:00"), "lili",
                                         t("2026-11-26T15:00")),
                  RefusedError);
  deliver_special_notice(s, "陈建国", "lili", "李丽", t("2026-11-26T15:00"), "lili",
                         t("2026-11-26T15:00"));
  CHECK(s.delivered());
  CHECK(s.delivered_to == "陈建国");
  CHECK_THROWS_AS(deliver_special_notice(s, "陈建国", "lili", "李丽", t("2026-11-26T15:00"), "lili",
                                         t("2026-11-26T15:00")),
                  RefusedError);

  // The callback is by phone: a signature alone is refused.
  CallbackRecord signed_only{
      t("2026-11-27T10:00"), "lili", CallbackResult::satisfied, "陈建国", "", ""};
  CHECK_THROWS_AS(callback_special(s, signed_only), RefusedError);
  // Unsatisfied: still waiting for the follow-up and another callback.
  callback_special(s, phone_callback("2026-11-27T10:00", CallbackResult::unsatisfied));
  CHECK(s.status == SpecialStatus::done);
  CHECK(s.callbacks.size() == 1);
  callback_special(s, phone_callback("2026-11-29T10:00", CallbackResult::satisfied));
  CHECK(s.status == SpecialStatus::closed);
  CHECK(s.history.back().note == "回访：满意（电话回访）");
  CHECK_FALSE(special_callback_pending(s));
}

TEST_CASE("the charge enters the unit's bill in fen, and its ledger like any bill") {
  auto s = ordered();
  s.price_fen = 12345;  // ¥123.45
  complete_special(s, "liugong", "刘工", t("2026-11-26T10:30"), "", {2026, 11}, "lili",
                   t("2026-11-26T11:00"));
  Bill bill{"1-1-101", {2026, 11}, {}};
  bill.items.push_back(
      {"management", "物业管理费", 8950, 25000, 22375, t("2026-11-01T08:00"), "system", ""});
  add_special_charge(bill, s, "lili", t("2026-11-26T11:00"));
  REQUIRE(bill.items.size() == 2);
  CHECK(bill.items[1].item == "special_service");
  CHECK(bill.items[1].name == "特约服务：管道疏通");
  CHECK(bill.items[1].amount == 12345);
  CHECK(bill.items[1].note == "TY-2026-11-0001");
  CHECK(bill.total() == 22375 + 12345);
  // Never twice on a bill, never on another unit's.
  CHECK_THROWS_AS(add_special_charge(bill, s, "lili", t("2026-11-26T11:00")), RefusedError);
  Bill other{"1-1-102", {2026, 11}, {}};
  CHECK_THROWS_AS(add_special_charge(other, s, "lili", t("2026-11-26T11:00")), RefusedError);

  // In the ledger: owed to the fen, settled by a payment, in arrears when unpaid.
  auto ledger = compute_ledger("1-1-101", {bill}, {});
  CHECK(ledger.billed == 34720);
  auto arrears = unit_arrears(ledger, Date{std::chrono::year{2026} / 12 / 5}, FeeConfig{});
  REQUIRE(arrears);
  CHECK(arrears->owed == 34720);
  Payment p{"JF-2026-12-0001",
            "1-1-101",
            t("2026-12-05T10:00"),
            34720,
            PayMethod::cash,
            "",
            std::nullopt,
            "lili",
            "",
            ""};
  ledger = compute_ledger("1-1-101", {bill}, {p});
  CHECK(ledger.balance() == 0);
}

TEST_CASE("a completed repair with a charge becomes a special service without retyping") {
  Repair r;
  r.id = "BX-2026-11-0003";
  r.status = RepairStatus::done;
  r.received_at = t("2026-11-26T09:00");
  r.channel = Channel::visit;
  r.unit = "1-1-101";
  r.requester = {"陈建国", "13800138000"};
  r.fault = "更换水龙头";
  r.owner = "zhangmin";
  r.technician = "liugong";
  r.completed_at = t("2026-11-26T11:00");
  r.charge_fen = 4550;
  r.result = "已更换";

  auto s = special_from_repair("TY-2026-11-0002", r, "", {2026, 11}, "lili", t("2026-11-27T09:00"));
  CHECK(s.status == SpecialStatus::done);
  CHECK(s.received_at == r.received_at);
  CHECK(s.unit == "1-1-101");
  CHECK(s.requester.name == "陈建国");
  CHECK(s.what == "更换水龙头");
  CHECK(s.price_fen == 4550);
  CHECK(s.price_source == "agreed");
  CHECK(s.done_by == "liugong");
  CHECK(s.done_at == r.completed_at);
  CHECK(s.owner == "zhangmin");
  CHECK(s.from_repair == "BX-2026-11-0003");
  CHECK(s.billed_period == YearMonth{2026, 11});
  CHECK(special_callback_pending(s));

  mark_repair_converted(r, s.id, "lili", t("2026-11-27T09:00"));
  CHECK(r.is_converted());
  CHECK(r.status == RepairStatus::closed);
  CHECK_FALSE(repair_callback_pending(r));
  // Not twice.
  CHECK_THROWS_AS(
      special_from_repair("TY-2026-11-0003", r, "", {2026, 11}, "lili", t("2026-11-27T09:00")),
      RefusedError);

  // Refused: no charge, not completed, a public facility.
  Repair free = r;
  free.special.clear();
  free.charge_fen = 0;
  CHECK_THROWS_AS(
      special_from_repair("TY-2026-11-0003", free, "", {2026, 11}, "lili", t("2026-11-27T09:00")),
      RefusedError);
  Repair working = r;
  working.special.clear();
  working.status = RepairStatus::dispatched;
  working.completed_at.reset();
  CHECK_THROWS_AS(special_from_repair("TY-2026-11-0003", working, "", {2026, 11}, "lili",
                                      t("2026-11-27T09:00")),
                  RefusedError);
  Repair lift = r;
  lift.special.clear();
  lift.unit.clear();
  lift.place = "2栋电梯";
  CHECK_THROWS_AS(
      special_from_repair("TY-2026-11-0003", lift, "", {2026, 11}, "lili", t("2026-11-27T09:00")),
      RefusedError);
}

TEST_CASE("phone callbacks are accepted for every kind of callback") {
  Complaint c;
  c.id = "TS-2026-11-0001";
  c.status = ComplaintStatus::resolved;
  c.received_at = t("2026-11-20T09:00");
  c.resolved_at = t("2026-11-21T09:00");
  CallbackRecord none{t("2026-11-22T09:00"), "lili", CallbackResult::satisfied, "", "", ""};
  CHECK_THROWS_AS(callback_complaint(c, none), RefusedError);
  callback_complaint(c, phone_callback("2026-11-22T09:00", CallbackResult::satisfied));
  CHECK(c.status == ComplaintStatus::closed);
  CHECK(c.callbacks.back().by_phone());
  CHECK(c.history.back().note == "回访：满意（电话回访）");
}

TEST_CASE("special services in due lists and callbacks due") {
  auto s = ordered();
  complete_special(s, "liugong", "刘工", t("2026-11-26T10:30"), "", {2026, 11}, "lili",
                   t("2026-11-26T11:00"));
  deliver_special_notice(s, "陈建国", "lili", "李丽", t("2026-11-27T10:00"), "lili",
                         t("2026-11-27T10:00"));
  auto d = special_deadlines(s, SpecialSla{}, official());
  CHECK(special_due_items(s, d, t("2026-12-02T09:00")).empty());
  auto lines = special_due_items(s, d, t("2026-12-04T09:00"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].reason == "callback_overdue");
  CHECK(lines[0].owner == "zhangmin");
  auto cbs = pending_callbacks({}, {}, default_config(), WorkingCalendar{}, {}, {s});
  REQUIRE(cbs.size() == 1);
  CHECK(cbs[0].kind == "special");
  CHECK(cbs[0].due == t("2026-12-03T23:59:59"));
}

TEST_CASE("the daily check counts special services among the paid services") {
  auto s = ordered();
  DailyLine open =
      daily_line(s, special_deadlines(s, SpecialSla{}, official()), t("2026-11-27T09:00"));
  CHECK(open.kind == "special");
  CHECK(open.type_zh == "特约服务");
  CHECK(open.paid);
  CHECK(open.charge_fen == 8000);
  CHECK(open.open);
  complete_special(s, "liugong", "刘工", t("2026-11-26T10:30"), "", {2026, 11}, "lili",
                   t("2026-11-26T11:00"));
  DailyLine late =
      daily_line(s, special_deadlines(s, SpecialSla{}, official()), t("2026-12-04T09:00"));
  CHECK(late.overdue == std::vector<std::string>{"notice", "callback"});
  auto check = daily_check(Date{std::chrono::year{2026} / 11 / 26}, t("2026-12-04T09:00"), {late});
  CHECK(check.summary.specials == DailyCount{1, 1, 1});
  CHECK(check.summary.paid == 1);
  CHECK(check.summary.paid_fen == 8000);
  CHECK(check.summary.total() == 1);
  CHECK(check.summary.overdue() == 1);
}

TEST_CASE("the payment notice and the callback fall due after the work, on the calendar") {
  auto cal = official();
  SpecialSla sla;  // notice 2wd, callback 7d
  // Before it is done, nothing falls due.
  auto d = special_deadlines(ordered(), sla, cal);
  CHECK_FALSE(d.notice_due);
  CHECK_FALSE(d.callback_due);

  // Done on Friday 9/18: the make-up Sunday 9/20 is the first working day, Monday the second.
  d = special_deadlines(done_at("2026-09-17T10:00", "2026-09-18T16:00"), sla, cal);
  CHECK(d.notice_due == t("2026-09-21T23:59:59"));
  CHECK(d.callback_due == t("2026-09-25T23:59:59"));
  // Done on Friday 9/25, the last before the holiday: Monday and Tuesday.
  d = special_deadlines(done_at("2026-09-24T10:00", "2026-09-25T17:00"), sla, cal);
  CHECK(d.notice_due == t("2026-09-29T23:59:59"));
  // Done on the eve of National Day: the seven days off do not count, the callback's do.
  d = special_deadlines(done_at("2026-09-29T10:00", "2026-09-30T10:00"), sla, cal);
  CHECK(d.notice_due == t("2026-10-09T23:59:59"));
  CHECK(d.callback_due == t("2026-10-07T23:59:59"));
  // Done on Friday 10/9: the make-up Saturday 10/10, then Monday.
  d = special_deadlines(done_at("2026-10-08T10:00", "2026-10-09T15:00"), sla, cal);
  CHECK(d.notice_due == t("2026-10-12T23:59:59"));
  // Clock time: 24h after the work, holidays included.
  SpecialSla hours_sla{SlaSpan::hours(24), SlaSpan::hours(48)};
  d = special_deadlines(done_at("2026-09-29T10:00", "2026-09-30T10:00"), hours_sla, cal);
  CHECK(d.notice_due == t("2026-10-01T10:00"));
  CHECK(d.callback_due == t("2026-10-02T10:00"));
}

TEST_CASE("a notice delivered late, and the callback: what is overdue and in kefu due") {
  auto cal = official();
  SpecialSla sla;
  auto s = done_at("2026-09-29T10:00", "2026-09-30T10:00");
  auto d = special_deadlines(s, sla, cal);  // notice by 10/9, callback by 10/7
  // On time until the end of the deadline's day.
  CHECK_FALSE(special_overdue(s, d, t("2026-10-07T23:59:59")).any());
  auto late = special_overdue(s, d, t("2026-10-08T09:00"));
  CHECK_FALSE(late.notice);
  CHECK(late.callback);
  late = special_overdue(s, d, t("2026-10-10T09:00"));
  CHECK(late.notice);
  CHECK(late.callback);
  // kefu due: both lines under the one who took the order.
  auto lines = special_due_items(s, d, t("2026-10-10T09:00"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].reason == "notice_overdue");
  CHECK(lines[0].reason_zh == "缴费通知单未送达");
  CHECK(lines[0].kind == "special");
  CHECK(lines[0].owner == "zhangmin");
  CHECK(lines[0].due == t("2026-10-09T23:59:59"));
  CHECK(lines[0].subject == "1-1-101 特约服务 管道疏通");
  CHECK(lines[1].reason == "callback_overdue");
  CHECK(lines[1].reason_zh == "电话回访逾期");
  CHECK(lines[1].due == t("2026-10-07T23:59:59"));
  // The callback due today: 今日须电话回访.
  lines = special_due_items(s, d, t("2026-10-07T09:00"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].reason == "callback_due");
  CHECK(lines[0].reason_zh == "今日须电话回访");

  // Delivered late, on the make-up Saturday: no longer owed, the callback still is.
  deliver_special_notice(s, "陈建国", "lili", "李丽", t("2026-10-10T10:00"), "lili",
                         t("2026-10-10T10:00"));
  late = special_overdue(s, d, t("2026-10-10T11:00"));
  CHECK_FALSE(late.notice);
  CHECK(late.callback);
  lines = special_due_items(s, d, t("2026-10-10T11:00"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].reason == "callback_overdue");
  auto cbs = pending_callbacks({}, {}, default_config(), cal, {}, {s});
  REQUIRE(cbs.size() == 1);
  CHECK(cbs[0].due == t("2026-10-07T23:59:59"));

  // An unsatisfied callback keeps it owed; a satisfied one closes it: nothing more.
  callback_special(s, phone_callback("2026-10-10T15:00", CallbackResult::unsatisfied));
  CHECK(special_overdue(s, d, t("2026-10-10T16:00")).callback);
  callback_special(s, phone_callback("2026-10-12T10:00", CallbackResult::satisfied));
  CHECK_FALSE(special_overdue(s, d, t("2026-10-12T11:00")).any());
  CHECK(special_due_items(s, d, t("2026-10-12T11:00")).empty());

  // A closed service owes nothing, even when no delivery was recorded.
  auto undelivered = done_at("2026-09-29T10:00", "2026-09-30T10:00");
  undelivered.status = SpecialStatus::closed;
  CHECK_FALSE(special_overdue(undelivered, d, t("2026-10-12T11:00")).any());
}
