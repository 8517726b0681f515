/// Money parsing and the key-loan rules: approvals, the cut-off, overnight loans, spare keys.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "core/key.hpp"
#include "core/money.hpp"

using namespace kefu;

TEST_CASE("parse_money takes exact amounts and nothing else") {
  CHECK(parse_money("100") == 10000);
  CHECK(parse_money("100.5") == 10050);
  CHECK(parse_money("100.50") == 10050);
  CHECK(parse_money("¥1,234.50") == 123450);
  CHECK(parse_money("1,234,567") == 123456700);
  CHECK(parse_money("0.01") == 1);
  CHECK_FALSE(parse_money(""));
  CHECK_FALSE(parse_money("-5"));
  CHECK_FALSE(parse_money("1.234"));
  CHECK_FALSE(parse_money("1,23"));
  CHECK_FALSE(parse_money(",123"));
  CHECK_FALSE(parse_money("12,3456"));
  CHECK_FALSE(parse_money("100."));
  CHECK_FALSE(parse_money(".5"));
  CHECK_FALSE(parse_money("一百"));
  CHECK_FALSE(parse_money("99999999999999999999"));
  CHECK(format_money(123450) == "1234.50");
  CHECK(format_money(5) == "0.05");
  CHECK(format_money(0) == "0.00");
  CHECK(format_money(-150) == "-1.50");
}

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Key key(KeyKind kind, const char* unit = "") {
  NewKey n;
  n.code = "K-1";
  n.name = "测试钥匙";
  n.kind = kind;
  n.unit = unit;
  return add_key(n, "wangqiang", t("2026-11-01T08:00"));
}

const StaffMember supervisor{"wangqiang", "王强", Role::supervisor, ""};
const StaffMember manager{"zhaojl", "赵经理", Role::manager, ""};
const StaffMember assistant{"lili", "李丽", Role::assistant, ""};

LendRequest request() {
  LendRequest r;
  r.borrower = {"刘师傅", ""};
  r.purpose = "更换灯管";
  r.deposit.id_document = "身份证";
  return r;
}

}  // namespace

TEST_CASE("a public-area key needs consent by a supervisor or manager and the manager's approval") {
  KeyRules rules;
  auto k = key(KeyKind::public_area);
  auto r = request();
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.consent_by = &assistant;
  r.approved_by = &manager;
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.consent_by = &supervisor;
  r.approved_by = &supervisor;
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  CHECK(k.state == KeyState::in);
  CHECK(k.history.size() == 1);
  r.approved_by = &manager;
  auto l = lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00"));
  CHECK(k.state == KeyState::out);
  CHECK(k.loan == "JY-2026-11-0001");
  CHECK(l.due_at == t("2026-11-26T18:00"));
  CHECK(l.consent_by == "wangqiang");
  CHECK(l.approved_by == "zhaojl");
}

TEST_CASE("equipment-room and storeroom keys are exempt from approval") {
  KeyRules rules;
  for (auto kind : {KeyKind::equipment_room, KeyKind::storeroom}) {
    auto k = key(kind);
    CHECK_NOTHROW(
        lend_key(k, "JY-2026-11-0001", request(), rules, "zhangmin", t("2026-11-26T09:00")));
  }
}

TEST_CASE("the cut-off: 18:00 exactly is on time, lending at the cut-off is refused") {
  KeyRules rules;
  auto k = key(KeyKind::storeroom);
  auto l = lend_key(k, "JY-2026-11-0001", request(), rules, "zhangmin", t("2026-11-26T09:00"));
  CHECK_FALSE(loan_overdue(l, t("2026-11-26T18:00")));
  CHECK(loan_overdue(l, t("2026-11-26T18:01")));
  auto on_time = l;
  auto k2 = k;
  return_key(k2, on_time, {}, "zhangmin", t("2026-11-26T18:00"));
  CHECK_FALSE(on_time.late);
  CHECK(k2.state == KeyState::in);
  return_key(k, l, {}, "zhangmin", t("2026-11-26T18:01"));
  CHECK(l.late);
  CHECK_THROWS_AS(
      lend_key(k, "JY-2026-11-0002", request(), rules, "zhangmin", t("2026-11-26T18:00")),
      RefusedError);
  CHECK_NOTHROW(
      lend_key(k, "JY-2026-11-0002", request(), rules, "zhangmin", t("2026-11-26T17:59")));
}

TEST_CASE("only engineering repair may stay out overnight, with an explicit return time") {
  KeyRules rules;
  auto k = key(KeyKind::equipment_room);
  auto r = request();
  r.until = t("2026-11-28T18:00");
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.purpose = "工程维修：更换水泵";
  auto l = lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00"));
  CHECK(l.category == KeyPurpose::engineering);
  CHECK(l.due_at == t("2026-11-28T18:00"));
  CHECK_FALSE(loan_overdue(l, t("2026-11-27T23:00")));
}

TEST_CASE("an owner's spare key only in an emergency, after notifying owner or contact") {
  KeyRules rules;
  Unit u;
  u.id = "1-1-101";
  u.owner = "陈建国";
  u.phone = "13812345678";
  auto k = key(KeyKind::spare, "1-1-101");
  auto r = request();
  r.unit = u;
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T22:00")),
                  RefusedError);
  r.emergency = true;
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T22:00")),
                  RefusedError);
  r.notified = NotifiedParty::emergency_contact;  // none registered for this unit
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T22:00")),
                  RefusedError);
  r.notified = NotifiedParty::owner;
  auto l = lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T22:00"));
  REQUIRE(l.notice);
  CHECK(l.notice->name == "陈建国");
  CHECK(l.category == KeyPurpose::emergency);
  CHECK(l.due_at == end_of_day(date_of(t("2026-11-26T22:00"))));
}

TEST_CASE("deposits: non-staff borrowers leave one, cash at least the site's amount") {
  KeyRules rules;
  auto k = key(KeyKind::storeroom);
  auto r = request();
  r.deposit = {};
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.deposit.cash_fen = 9999;
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.deposit = {};
  r.borrower_is_staff = true;
  CHECK_NOTHROW(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")));
}

TEST_CASE("a key out or lost cannot be lent; a lost return marks the key lost") {
  KeyRules rules;
  auto k = key(KeyKind::storeroom);
  auto l = lend_key(k, "JY-2026-11-0001", request(), rules, "zhangmin", t("2026-11-26T09:00"));
  CHECK_THROWS_AS(
      lend_key(k, "JY-2026-11-0002", request(), rules, "zhangmin", t("2026-11-26T10:00")),
      RefusedError);
  ReturnRequest rr;
  rr.condition = KeyCondition::lost;
  rr.returned_by = "刘师傅同事";
  return_key(k, l, rr, "lili", t("2026-11-26T17:00"));
  CHECK(k.state == KeyState::lost);
  CHECK(k.loan.empty());
  CHECK(l.returned_by == "刘师傅同事");
  CHECK(l.deposit_refunded == true);
  CHECK_THROWS_AS(
      lend_key(k, "JY-2026-11-0002", request(), rules, "zhangmin", t("2026-11-26T17:10")),
      RefusedError);
  CHECK_THROWS_AS(return_key(k, l, {}, "lili", t("2026-11-26T17:30")), RefusedError);
}
