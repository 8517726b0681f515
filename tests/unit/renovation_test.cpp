/// Renovations (装修, §3.8.1): the review deadline on the working-day calendar, the permit's
/// period and the 3-day return window, extinguishers by area, the deposit apart from income and
/// its settlement to the fen, and steps refused out of order.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "core/fee.hpp"
#include "core/money.hpp"
#include "core/renovation.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Date d(const char* text) {
  return *parse_date(text);
}

/// 2026 as the State Council set it: 国庆节 10/1–10/7, made up on Sunday 9/20 and Saturday 10/10.
WorkingCalendar official() {
  return parse_calendar("calendar.yaml", official_calendar_yaml());
}

Renovation applied(const char* at = "2026-09-28T10:00", const char* start = "2026-10-12") {
  NewRenovation n;
  n.unit = "1-1-101";
  n.applicant = {"高平", "18982890590"};
  n.contractor = "家美装饰";
  n.scope = "厨卫翻新";
  n.planned_start = d(start);
  n.area_centi_m2 = 9825;
  return apply_renovation("ZX-2026-09-0001", n, "zhangmin", t(at));
}

Payment deposit(const char* id, int64_t fen, PayMethod m = PayMethod::cash) {
  Payment p;
  p.id = id;
  p.unit = "1-1-101";
  p.at = t("2026-09-28T11:00");
  p.amount = fen;
  p.method = m;
  p.by = "zhoukj";
  p.deposit = "ZX-2026-09-0001";
  return p;
}

/// A case through to its permit, starting on `start`.
Renovation permitted(const char* start = "2026-10-12") {
  auto c = default_renovation_config();
  auto r = applied();
  charge_renovation(r, c.deposit_fen, c.waste_fen, c.water_fen, {2026, 9}, "zhangmin",
                    t("2026-09-28T10:10"));
  receive_drawings(r, {"平面图", "水电平面布置图", "改建图"}, c.drawings, "zhangmin",
                   t("2026-09-28T10:20"));
  review_renovation(r, true, "刘工", "", "zhangmin", t("2026-10-09T15:00"));
  check_renovation(r, c.deposit_fen, "zhangmin", t("2026-10-09T16:00"));
  approve_renovation(r, true, "zhaojl", std::nullopt, c, "zhangmin", t("2026-10-09T16:30"));
  issue_permit(r, d(start), "zhangmin", t("2026-10-12T09:00"));
  return r;
}

}  // namespace

TEST_CASE("the engineering review is due 5 working days after the drawings, across National Day") {
  auto c = default_renovation_config();
  auto r = applied();
  charge_renovation(r, c.deposit_fen, c.waste_fen, c.water_fen, {2026, 9}, "zhangmin",
                    t("2026-09-28T10:10"));
  receive_drawings(r, {"平面图"}, c.drawings, "zhangmin", t("2026-09-28T10:20"));
  CHECK(r.status == RenovationStatus::charged);
  CHECK_FALSE(review_due(r, c, official()));
  receive_drawings(r, {"水电平面布置图", "改建图"}, c.drawings, "zhangmin", t("2026-09-28T11:00"));
  CHECK(r.status == RenovationStatus::drawings);
  // 9/29, 9/30, (10/1–10/7 off), 10/8, 10/9, Saturday 10/10 made up: the fifth.
  CHECK(*review_due(r, c, official()) == end_of_day(d("2026-10-10")));
  CHECK_FALSE(renovation_late(r, c, official(), t("2026-10-10T23:59")).review);
  CHECK(renovation_late(r, c, official(), t("2026-10-11T08:00")).review);
  // Over an ordinary weekend: Friday 11/20 → Mon 23 … Fri 27.
  auto w = applied("2026-11-20T10:00", "2026-12-01");
  charge_renovation(w, 0, 0, 0, {2026, 11}, "zhangmin", t("2026-11-20T10:00"));
  receive_drawings(w, c.drawings, c.drawings, "zhangmin", t("2026-11-20T16:00"));
  CHECK(*review_due(w, c, official()) == end_of_day(d("2026-11-27")));
}

TEST_CASE("steps out of order are refused and leave the case as it was") {
  auto c = default_renovation_config();
  auto r = applied();
  auto before = r;
  CHECK_THROWS_AS(receive_drawings(r, {"平面图"}, c.drawings, "z", t("2026-09-28T11:00")),
                  RefusedError);
  CHECK_THROWS_AS(issue_permit(r, d("2026-10-12"), "z", t("2026-09-28T11:00")), RefusedError);
  CHECK(r == before);
  charge_renovation(r, c.deposit_fen, c.waste_fen, c.water_fen, {2026, 9}, "z",
                    t("2026-09-28T10:10"));
  receive_drawings(r, c.drawings, c.drawings, "z", t("2026-09-28T10:20"));
  review_renovation(r, true, "刘工", "", "z", t("2026-10-09T15:00"));
  before = r;
  // The deposit short by a fen: the centre does not pass the file.
  CHECK_THROWS_AS(check_renovation(r, c.deposit_fen - 1, "z", t("2026-10-09T16:00")), RefusedError);
  CHECK(r == before);
  check_renovation(r, c.deposit_fen, "z", t("2026-10-09T16:00"));
  before = r;
  CHECK_THROWS_AS(
      approve_renovation(r, false, "wangqiang", std::nullopt, c, "z", t("2026-10-09T16:30")),
      RefusedError);
  // A period of its own only for a large project.
  CHECK_THROWS_AS(approve_renovation(r, true, "zhaojl", 90, c, "z", t("2026-10-09T16:30")),
                  RefusedError);
  CHECK(r == before);
  // A tenant's renovation needs the owner's confirmation letter.
  NewRenovation n;
  n.unit = "1-1-101";
  n.applicant = {"陈租户", ""};
  n.tenant = true;
  n.contractor = "家美装饰";
  n.scope = "刷墙";
  n.planned_start = d("2026-10-12");
  CHECK_THROWS_AS(apply_renovation("ZX-2026-09-0002", n, "z", t("2026-09-28T10:00")), RefusedError);
}

TEST_CASE("the permit runs 45 days counting its first; extensions only before it ends") {
  CHECK(permit_end_for(d("2026-10-12"), 45) == d("2026-11-25"));
  auto c = default_renovation_config();
  auto r = permitted();
  CHECK(*r.permit_end == d("2026-11-25"));
  CHECK(*return_by(r, c) == d("2026-11-28"));
  // Within 3 days of its end: from 11-22 (3 days left).
  CHECK_FALSE(renovation_late(r, c, official(), t("2026-11-21T09:00")).expiring);
  CHECK(renovation_late(r, c, official(), t("2026-11-22T09:00")).expiring);
  CHECK(renovation_late(r, c, official(), t("2026-11-25T17:00")).expiring);
  CHECK_FALSE(works_stopped(r, d("2026-11-25")));
  CHECK(works_stopped(r, d("2026-11-26")));
  auto l = renovation_late(r, c, official(), t("2026-11-26T09:00"));
  CHECK(l.stopped);
  CHECK_FALSE(l.expiring);
  CHECK_FALSE(l.not_returned);
  CHECK(renovation_late(r, c, official(), t("2026-11-29T09:00")).not_returned);
  // Late: refused, nothing changed, works stand stopped.
  auto late = r;
  CHECK_THROWS_AS(extend_permit(late, d("2026-12-10"), "瓷砖未到", "z", t("2026-11-26T09:00")),
                  RefusedError);
  CHECK(late == r);
  // On the last day: allowed, and the passes run to the new end.
  issue_pass(r, "李四", {"身份证", "123X", false}, c.pass_fee_fen, "z", t("2026-10-12T09:10"));
  extend_permit(r, d("2026-12-10"), "瓷砖未到", "z", t("2026-11-25T17:00"));
  CHECK(*r.permit_end == d("2026-12-10"));
  CHECK_FALSE(works_stopped(r, d("2026-11-26")));
  CHECK(passes_out(r) == 1);
  // Permit and passes out 3 days after the end: overdue until returned.
  accept_renovation(r, "", "z", t("2026-12-10T10:00"));
  CHECK(renovation_late(r, c, official(), t("2026-12-13T23:00")).not_returned == false);
  CHECK(renovation_late(r, c, official(), t("2026-12-14T08:00")).not_returned);
  return_permit(r, "z", t("2026-12-14T09:00"));
  CHECK(passes_out(r) == 0);
  CHECK_FALSE(renovation_late(r, c, official(), t("2026-12-14T10:00")).not_returned);
}

TEST_CASE("fire extinguishers: 2 for every 50 m² or part of it") {
  CHECK(extinguishers_required(0) == 0);
  CHECK(extinguishers_required(1) == 2);
  CHECK(extinguishers_required(5000) == 2);
  CHECK(extinguishers_required(5001) == 4);
  CHECK(extinguishers_required(9825) == 4);
  CHECK(extinguishers_required(14380) == 6);
  CHECK(extinguishers_required(14380, 3) == 9);
  auto r = permitted();
  // The first inspection must count them; too few is a finding of its own.
  CHECK_THROWS_AS(inspect_site(r, {}, std::nullopt, 2, "", "lili", t("2026-10-13T10:00")),
                  RefusedError);
  inspect_site(r, {}, 3, 2, "", "lili", t("2026-10-13T10:00"));
  REQUIRE(r.inspections.size() == 1);
  CHECK(r.inspections[0].findings == std::vector<std::string>{"灭火器不足：现有 3 具，应有 4 具"});
  inspect_site(r, {"垃圾堆放楼道"}, std::nullopt, 2, "", "lili", t("2026-10-20T10:00"));
  CHECK(r.inspections[1].findings.size() == 1);
}

TEST_CASE("the deposit is kept apart from income and settled to the fen") {
  // The deposit paid in: not billed, not paid, not a credit; held under its case.
  std::vector<Bill> bills{
      {"1-1-101",
       {2026, 9},
       {{"management", "物业管理费", {}, {}, 24563, t("2026-09-01T09:00"), "lili", ""}}}};
  std::vector<Payment> pays{deposit("JF-2026-09-0001", 200000)};
  auto L = compute_ledger("1-1-101", bills, pays);
  CHECK(L.billed == 24563);
  CHECK(L.paid == 0);
  CHECK(L.credit == 0);
  CHECK(L.balance() == 24563);
  REQUIRE(L.deposits.size() == 1);
  CHECK(L.deposits[0].held == 200000);
  CHECK(deposit_held(pays, "ZX-2026-09-0001") == 200000);
  // Settlement: a deduction of ¥350.55 for a damaged wall, the unpaid ¥245.63 from the deposit.
  CHECK(refund_after(200000, {{"损坏公共墙面", 35055, false}, {"抵扣所欠费用", 24563, true}}) ==
        140382);
  CHECK_THROWS_AS(refund_after(200000, {{"x", 200001, false}}), RefusedError);
  CHECK_THROWS_AS(refund_after(200000, {{"x", 0, false}}), RefusedError);
  bills.push_back({"1-1-101",
                   {2026, 12},
                   {{"renovation_deduction",
                     "装修押金扣款：损坏公共墙面",
                     {},
                     {},
                     35055,
                     t("2026-12-02T10:00"),
                     "lili",
                     "ZX-2026-09-0001"}}});
  Payment used = deposit("JF-2026-12-0001", 35055 + 24563, PayMethod::deposit);
  used.at = t("2026-12-02T10:00");
  used.period = YearMonth{2026, 12};
  Payment refund = deposit("JF-2026-12-0002", -140382, PayMethod::bank_transfer);
  refund.at = t("2026-12-02T10:00");
  pays.push_back(used);
  pays.push_back(refund);
  L = compute_ledger("1-1-101", bills, pays);
  CHECK(L.balance() == 0);
  CHECK(L.paid == 35055 + 24563);
  CHECK(L.deposits[0].received == 200000);
  CHECK(L.deposits[0].held == 0);
  CHECK(deposit_held(pays, "ZX-2026-09-0001") == 0);
  // Income of the month is the deduction, not the deposit.
  auto c = period_collection({L}, {2026, 12});
  CHECK(c.billed == 35055);
  CHECK(c.paid == 35055);
}

TEST_CASE("a refund notice writes the amount in capitals") {
  CHECK(money_upper_zh(0) == "零元整");
  CHECK(money_upper_zh(50) == "伍角");
  CHECK(money_upper_zh(7) == "柒分");
  CHECK(money_upper_zh(140382) == "壹仟肆佰零叁元捌角贰分");
  CHECK(money_upper_zh(164950) == "壹仟陆佰肆拾玖元伍角");
  CHECK(money_upper_zh(1000500) == "壹万零伍元整");
  CHECK(money_upper_zh(200000) == "贰仟元整");
  CHECK(money_upper_zh(100000001) == "壹佰万元零壹分");
  CHECK(money_upper_zh(1001000000) == "壹仟零壹万元整");
}

TEST_CASE("the month's renovations for the report") {
  auto c = default_renovation_config();
  auto r = permitted();
  std::vector<Payment> pays{deposit("JF-2026-09-0001", 200000)};
  auto sep = renovation_month({r}, pays, {2026, 9}, c, official());
  CHECK(sep.applied == 1);
  CHECK(sep.in_progress == 0);
  CHECK(sep.deposits_held_fen == 200000);
  auto oct = renovation_month({r}, pays, {2026, 10}, c, official());
  CHECK(oct.applied == 0);
  CHECK(oct.approved == 1);
  CHECK(oct.permits == 1);
  CHECK(oct.in_progress == 1);
  CHECK(oct.stopped == 0);
  // November ends past the permit's 11/25 with no extension: stopped.
  auto nov = renovation_month({r}, pays, {2026, 11}, c, official());
  CHECK(nov.in_progress == 1);
  CHECK(nov.stopped == 1);
}
