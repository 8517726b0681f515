/// §3.7.3 (R17): a major complaint, an emergency key use and a late step of a major case are
/// reported to the next level at once, and head `kefu due`.
#include <doctest/doctest.h>

#include "core/due.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

/// A major complaint on the eve of National Day 2026: to be answered by 2026-10-01T16:00.
Complaint major_on_the_eve() {
  Complaint c;
  c.id = "TS-2026-09-0002";
  c.unit = "2-1-302";
  c.category = "安全秩序";
  c.severity = Severity::major;
  c.owner = "zhangmin";
  c.received_at = t("2026-09-30T16:00");
  return c;
}

std::vector<DueItem> lines_at(const Complaint& c, const char* now) {
  auto cal = parse_calendar("calendar.yaml", official_calendar_yaml());
  auto d = complaint_deadlines(c, ComplaintSla{}, cal);
  return complaint_due_items(c, d, t(now));
}

}  // namespace

TEST_CASE("a major complaint is reported from the moment it is recorded until it is resolved") {
  auto c = major_on_the_eve();
  auto up =
      complaint_escalations(c, lines_at(c, "2026-09-30T16:00"), "wangjl", t("2026-09-30T16:00"));
  REQUIRE(up.size() == 1);
  CHECK(up[0].owner == "wangjl");
  CHECK(up[0].kind == "complaint");
  CHECK(up[0].id == "TS-2026-09-0002");
  CHECK(up[0].reason == "major_complaint");
  CHECK(up[0].reason_zh == "重大投诉");
  CHECK(up[0].due == t("2026-09-30T16:00"));
  CHECK(up[0].subject == "2-1-302 安全秩序");

  c.resolved_at = t("2026-09-30T18:00");
  CHECK(complaint_escalations(c, {}, "wangjl", t("2026-09-30T18:00")).empty());

  auto general = major_on_the_eve();
  general.severity = Severity::general;
  CHECK(complaint_escalations(general, lines_at(general, "2026-10-09T09:00"), "wangjl",
                              t("2026-10-09T09:00"))
            .empty());
}

TEST_CASE("each late step of a major complaint is reported too, and only once it is late") {
  auto c = major_on_the_eve();
  // 2026-10-01T15:59: a minute before the 24 hours run out, nothing is late yet.
  auto before =
      complaint_escalations(c, lines_at(c, "2026-10-01T15:59"), "wangjl", t("2026-10-01T15:59"));
  REQUIRE(before.size() == 1);
  CHECK(before[0].reason == "major_complaint");

  auto after =
      complaint_escalations(c, lines_at(c, "2026-10-01T16:01"), "wangjl", t("2026-10-01T16:01"));
  REQUIRE(after.size() == 2);
  CHECK(after[1].reason == "major_late");
  CHECK(after[1].reason_zh == "重大投诉逾期：超24小时未响应");
  CHECK(after[1].due == t("2026-10-01T16:00"));
  CHECK(after[1].owner == "wangjl");

  // Past the resolution deadline (the end of 2026-10-08, after the holiday) as well.
  auto later =
      complaint_escalations(c, lines_at(c, "2026-10-09T09:00"), "wangjl", t("2026-10-09T09:00"));
  REQUIRE(later.size() == 3);
  CHECK(later[2].reason_zh == "重大投诉逾期：超处理时限未解决");
  CHECK(later[2].due == t("2026-10-08T23:59:59"));
}

TEST_CASE("an owner's spare key used in an emergency is reported until it is back") {
  KeyLoan l;
  l.id = "JY-2026-11-0003";
  l.key = "BY-1-1-102";
  l.key_name = "1-1-102 备用钥匙";
  l.borrower.name = "王保安";
  l.lent_at = t("2026-11-26T02:10");
  l.lent_by = "zhangmin";
  CHECK_FALSE(key_escalation(l, "wangjl"));
  l.emergency = true;
  auto up = key_escalation(l, "wangjl");
  REQUIRE(up);
  CHECK(up->owner == "wangjl");
  CHECK(up->reason == "emergency_key");
  CHECK(up->due == t("2026-11-26T02:10"));
  CHECK(up->subject == "BY-1-1-102 1-1-102 备用钥匙 借用人 王保安");
  l.returned_at = t("2026-11-26T03:00");
  CHECK_FALSE(key_escalation(l, "wangjl"));
}

TEST_CASE("escalations head the list, whatever their time") {
  std::vector<DueItem> items = {
      {"zhangmin", "complaint", "TS-1", "response_overdue", "", t("2026-11-01T09:00"), ""},
      {"wangjl", "key", "JY-1", "emergency_key", "", t("2026-11-20T09:00"), ""},
      {"zhangmin", "repair", "BX-1", "fix_overdue", "", t("2026-10-01T09:00"), ""},
      {"wangjl", "complaint", "TS-2", "major_complaint", "", t("2026-11-10T09:00"), ""}};
  sort_due_items(items);
  CHECK(items[0].id == "TS-2");
  CHECK(items[1].id == "JY-1");
  CHECK(items[2].id == "BX-1");
  CHECK(items[3].id == "TS-1");
}
