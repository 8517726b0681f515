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
  r.id_check = IdCheck{"身份证", "123X", false};
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

TEST_CASE("non-staff borrowers show an ID document; a cash deposit where the site sets one") {
  KeyRules rules;  // the defaults: an ID check, no cash deposit required
  auto k = key(KeyKind::storeroom);
  auto r = request();
  r.id_check.reset();
  CHECK_THROWS_WITH_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                       "借用人 刘师傅 不是本处员工，须出示证件核验（--id-doc 证件类型 --id-number "
                       "号码或末四位；只登记末四位，证件当场交还，不得扣押）",
                       RefusedError);
  r.deposit.cash_fen = 20000;  // cash is no substitute for the check
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.id_check = IdCheck{"护照", "5678", false};
  r.deposit.cash_fen = 9999;  // less than the site's amount
  CHECK_THROWS_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  r.deposit = {};
  auto l = lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00"));
  CHECK(l.id_checked->type == "护照");
  CHECK(l.id_checked->last4 == "5678");
  CHECK_FALSE(l.id_checked->held);
  CHECK(l.history.back().note ==
        "借给 刘师傅，事由：更换灯管；核验证件：护照 尾号5678（已交还）；押金：无；应于 "
        "2026-11-26T18:00 前归还");

  rules.cash_deposit_required = true;
  k = key(KeyKind::storeroom);
  CHECK_THROWS_WITH_AS(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")),
                       "借用人 刘师傅 不是本处员工，须交现金押金 ¥100.00（--cash）", RefusedError);
  rules.id_check_required = false;
  r.id_check.reset();
  r.deposit.cash_fen = 10000;
  CHECK_NOTHROW(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")));

  k = key(KeyKind::storeroom);
  r.deposit = {};
  r.borrower_is_staff = true;
  rules.id_check_required = true;
  CHECK_NOTHROW(lend_key(k, "JY-2026-11-0001", r, rules, "zhangmin", t("2026-11-26T09:00")));
}

TEST_CASE("only a cash deposit can be kept back; an ID document once held is handed back") {
  KeyRules rules;
  auto k = key(KeyKind::storeroom);
  auto l = lend_key(k, "JY-2026-11-0001", request(), rules, "zhangmin", t("2026-11-26T09:00"));
  ReturnRequest keep;
  keep.keep_deposit = true;
  CHECK_THROWS_AS(return_key(k, l, keep, "lili", t("2026-11-26T10:00")), RefusedError);
  CHECK_FALSE(l.returned_at);
  // A loan from before: its ID card was taken as the deposit.
  l.id_checked = id_check_from_held_document("身份证 440301199001011234");
  return_key(k, l, {}, "lili", t("2026-11-26T10:00"));
  CHECK_FALSE(l.deposit_refunded);
  CHECK(l.history.back().note ==
        "归还，钥匙状况：好；借出时所押证件（身份证 尾号1234）已退还借用人");
}

TEST_CASE("the 身份证 check character of GB 11643") {
  CHECK(id_card_check_char("11010519491231002") == 'X');
  CHECK(id_card_check_char("44030119900101123") == '4');
  CHECK(valid_id_card_number("11010519491231002X"));
  CHECK(valid_id_card_number("440301199001011234"));
  CHECK(valid_id_card_number("44030119900101999X"));
  CHECK_FALSE(valid_id_card_number("440301199001011235"));
  CHECK_FALSE(valid_id_card_number("11010519491231002x"));  // id_check_from makes x upper case
  CHECK_FALSE(valid_id_card_number("44030119900101123"));
  CHECK_FALSE(valid_id_card_number("4403011990010112A4"));
}

TEST_CASE("the ID check keeps the type and the last four characters only") {
  CHECK_FALSE(id_check_from("", ""));
  auto c = id_check_from("身份证", "11010519491231002x");
  CHECK(c->type == "身份证");
  CHECK(c->last4 == "002X");
  CHECK_FALSE(c->held);
  CHECK(id_check_from("身份证", "123X")->last4 == "123X");
  CHECK(id_check_from("", "1234")->type == "身份证");
  CHECK(id_check_from("身份证 440301199001011234", "")->last4 == "1234");  // the old form
  CHECK(id_check_from("440301199001011234", "")->type == "身份证");        // a number as the type
  CHECK(id_check_from("440301199001011234", "")->last4 == "1234");
  CHECK(id_check_from("护照", "E12345678")->last4 == "5678");
  CHECK(id_check_zh(*id_check_from("护照", "E12345678")) == "护照 尾号5678");
  CHECK_THROWS_WITH_AS(id_check_from("身份证", "440301199001011235"),
                       "身份证号码的校验位不符（GB 11643）：按前 17 位末位应为 4，输入的是 5；"
                       "请核对证件后重新输入，或只写末四位",
                       RefusedError);
  CHECK_THROWS_AS(id_check_from("身份证", ""), RefusedError);
  CHECK_THROWS_AS(id_check_from("身份证", "12345"), RefusedError);
  CHECK_THROWS_AS(id_check_from("身份证", "440301900101123"), RefusedError);  // 15 digits
  CHECK_THROWS_AS(id_check_from("身份证", "12X4"), RefusedError);
  CHECK_THROWS_AS(id_check_from("身份证", "4403011990010112A4"), RefusedError);
  CHECK_THROWS_AS(id_check_from("护照", "E1"), RefusedError);
  CHECK_THROWS_AS(id_check_from("护照", "E123-4567"), RefusedError);
  CHECK_THROWS_AS(id_check_from("身份证 440301199001011234", "1234"), RefusedError);
}

TEST_CASE("an old deposit.id_document keeps its type and last four, marked as held") {
  auto c = id_check_from_held_document("身份证 440301199001011234");
  CHECK(c.type == "身份证");
  CHECK(c.last4 == "1234");
  CHECK(c.held);
  CHECK(id_check_from_held_document("身份证").last4 == "");
  CHECK(id_check_from_held_document("身份证").type == "身份证");
  CHECK(id_check_from_held_document("44030119900101999X").type == "身份证");
  CHECK(id_check_from_held_document("44030119900101999X").last4 == "999X");
}

TEST_CASE("a key out or lost cannot be lent; a lost return marks the key lost") {
  KeyRules rules;
  auto k = key(KeyKind::storeroom);
  auto with_cash = request();
  with_cash.deposit.cash_fen = 10000;
  auto l = lend_key(k, "JY-2026-11-0001", with_cash, rules, "zhangmin", t("2026-11-26T09:00"));
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
