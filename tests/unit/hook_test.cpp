/// Hooks: the events a complaint, a repair and the lines of `kefu due` produce, and which of
/// `due`'s are told again on the same day.
#include <doctest/doctest.h>

#include "core/hook.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Complaint complaint(Severity severity) {
  Complaint c;
  c.id = "TS-2026-11-0007";
  c.received_at = t("2026-11-26T09:30");
  c.unit = "1-1-101";
  c.category = "噪音扰民";
  c.severity = severity;
  c.description = "楼上深夜装修";
  c.owner = "zhangmin";
  return c;
}

}  // namespace

TEST_CASE("a complaint opens a case; a major one is reported as such too") {
  auto general = opened_events(complaint(Severity::general));
  REQUIRE(general.size() == 1);
  CHECK(general[0] == HookEvent{"case-opened", "TS-2026-11-0007", "complaint", "1-1-101",
                                "噪音扰民", "zhangmin", t("2026-11-26T09:30"),
                                "新投诉 TS-2026-11-0007（一般）：1-1-101 噪音扰民——楼上深夜装修",
                                ""});
  auto major = opened_events(complaint(Severity::major));
  REQUIRE(major.size() == 2);
  CHECK(major[0].event == "case-opened");
  CHECK(major[1].event == "major-complaint");
  CHECK(major[1].summary ==
        "重大投诉 TS-2026-11-0007：1-1-101 噪音扰民，须立即报告上一级领导（手册 §3.7.3）");
}

TEST_CASE("a repair opens a case: its unit or its place, and its kind as the category") {
  Repair r;
  r.id = "BX-2026-11-0003";
  r.received_at = t("2026-11-26T10:00");
  r.urgency = Urgency::urgent;
  r.place = "3栋大堂";
  r.fault = "感应门不开";
  r.owner = "wangqiang";
  auto e = opened_events(r);
  REQUIRE(e.size() == 1);
  CHECK(e[0].event == "case-opened");
  CHECK(e[0].kind == "repair");
  CHECK(e[0].unit.empty());
  CHECK(e[0].category == "公共设施设备");
  CHECK(e[0].summary == "新报修 BX-2026-11-0003（急修）：3栋大堂 公共设施设备——感应门不开");
}

TEST_CASE("the lines of kefu due: which become events, and of which name") {
  std::vector<DueItem> items = {
      {"zhangmin", "complaint", "TS-2026-11-0007", "resolution_overdue", "超处理时限",
       t("2026-11-25T18:00"), "1-1-101 噪音扰民"},
      {"zhangmin", "repair", "BX-2026-11-0003", "callback_due", "回访今日到期",
       t("2026-11-26T23:59"), "3栋大堂 感应门不开"},
      {"lili", "key", "YS-2026-11-0002", "key_overdue", "钥匙逾期未还", t("2026-11-25T18:00"),
       "GG-01 配电房 借用人 王工"},
      {"cuijing", "fee", "2-1-502", "dun_level_due", "应催缴：书面催缴", t("2026-11-01T00:00"),
       "欠费 1200.00 元，最早 2026-08"},
      {"lili", "patrol", "night", "patrol_due", "本期尚未巡视", t("2026-11-26T23:59"), "夜巡"},
      {"manager", "complaint", "TS-2026-11-0008", "major_complaint", "重大投诉，须即报上级",
       t("2026-11-26T09:00"), "会所 服务态度"},
      {"manager", "complaint", "TS-2026-11-0008", "major_late", "重大投诉逾期：超处理时限",
       t("2026-11-26T09:00"), "会所 服务态度"},
  };
  auto e = due_events(items);
  REQUIRE(e.size() == 5);
  CHECK(e[0] == HookEvent{"overdue", "TS-2026-11-0007", "complaint", "1-1-101", "", "zhangmin",
                          t("2026-11-25T18:00"), "超处理时限：TS-2026-11-0007 1-1-101 噪音扰民",
                          "resolution_overdue"});
  CHECK(e[1].event == "callback-due");
  CHECK(e[1].unit.empty());  // a place
  CHECK(e[2].event == "key-overdue");
  CHECK(e[2].unit.empty());
  CHECK(e[3].event == "dun-level");
  CHECK(e[3].unit == "2-1-502");
  CHECK(e[4].event == "overdue");
  CHECK(e[4].reason == "major_late");
}

TEST_CASE("an event of kefu due is told once a day") {
  HookEvent a{"overdue", "TS-2026-11-0007", "complaint", "", "", "", {}, "", "fix_overdue"};
  HookEvent b{"key-overdue", "YS-2026-11-0002", "key", "", "", "", {}, "", "key_overdue"};
  Date day = date_of(t("2026-11-26T09:30"));
  CHECK(hook_sent_key(a, day) == "2026-11-26 overdue TS-2026-11-0007 fix_overdue");
  auto first = unsent_events({a}, {"2026-11-25 key-overdue YS-2026-11-0002 key_overdue"}, day);
  CHECK(first.events == std::vector<HookEvent>{a});
  CHECK(first.keep == std::vector<std::string>{"2026-11-26 overdue TS-2026-11-0007 fix_overdue"});
  auto again = unsent_events({a, b}, first.keep, day);
  CHECK(again.events == std::vector<HookEvent>{b});
  CHECK(again.keep.size() == 2);
  auto next_day = unsent_events({a, b}, again.keep, day + std::chrono::days(1));
  CHECK(next_day.events.size() == 2);
  CHECK(next_day.keep.size() == 2);
  CHECK(next_day.keep[0].starts_with("2026-11-27 "));
}
