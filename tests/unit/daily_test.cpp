/// The supervisor's daily check (§3.2.3): the day's lines, their state at the time of the check
/// and the counts, worked out by hand.
#include <doctest/doctest.h>

#include "core/daily.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}
Date d(const char* text) {
  return *parse_date(text);
}

/// 2026 with no holidays: Monday to Friday are working days. 2026-11-25 is a Wednesday.
WorkingCalendar weekdays_2026() {
  WorkingCalendar cal;
  cal.add_year(2026);
  return cal;
}

Complaint complaint(const char* id, const char* received) {
  Complaint c;
  c.id = id;
  c.received_at = t(received);
  c.owner = "zhangmin";
  c.unit = "1-1-101";
  c.complainant = {"陈建国", "13812345678"};
  c.category = "噪音扰民";
  c.description = "楼上装修噪音";
  return c;
}

Repair repair(const char* id, const char* received, Urgency u) {
  Repair r;
  r.id = id;
  r.received_at = t(received);
  r.urgency = u;
  r.owner = "lili";
  r.unit = "2-1-301";
  r.fault = "水龙头漏水";
  return r;
}

Contact contact(const char* id, const char* received, ContactType type, const char* reply) {
  Contact c;
  c.id = id;
  c.received_at = t(received);
  c.type = type;
  c.category = "收费";
  c.unit = "3-2-1102";
  c.content = "询问物业费标准";
  c.reply = reply;
  c.owner = "chenjing";
  return c;
}

}  // namespace

TEST_CASE("daily check: a day's received records, as they stand at the check") {
  const auto cal = weekdays_2026();
  const ComplaintSla csla;  // response 24 h; general 3 working days, major 1
  const RepairSla rsla;     // urgent: on site 30 min, fixed 24 h; normal: 1 working day
  const DateTime now = t("2026-11-26T09:30");
  std::vector<DailyLine> lines;
  auto add_c = [&](const Complaint& c) {
    lines.push_back(daily_line(c, complaint_deadlines(c, csla, cal), now));
  };
  auto add_r = [&](const Repair& r) {
    lines.push_back(daily_line(r, repair_deadlines(r, rsla, cal), now));
  };

  // TS-A: never acknowledged; response due 11-26 08:00, passed at 09:30 → 未响应. Resolution
  // due at the end of the 3rd working day after Wed 11-25: Mon 11-30, not passed.
  add_c(complaint("TS-2026-11-0001", "2026-11-25T08:00"));
  // TS-B: major, acknowledged; resolution due at the end of Thu 11-26: not passed.
  auto b = complaint("TS-2026-11-0002", "2026-11-25T14:00");
  b.severity = Severity::major;
  b.status = ComplaintStatus::processing;
  b.acknowledged_at = t("2026-11-25T14:30");
  add_c(b);
  // The day before, one second before midnight: not the day's.
  add_c(complaint("TS-2026-11-0003", "2026-11-24T23:59:59"));

  // BX-A: urgent, nobody on site: on site by 09:30 on 11-25 and fixed by 09:00 on 11-26, both
  // passed → 未到场、超时限.
  add_r(repair("BX-2026-11-0001", "2026-11-25T09:00", Urgency::urgent));
  // BX-B: normal, done at 15:00 with a charge of 45.50; callback due 12-02: open, not late.
  auto rb = repair("BX-2026-11-0002", "2026-11-25T10:00", Urgency::normal);
  rb.status = RepairStatus::done;
  rb.completed_at = t("2026-11-25T15:00");
  rb.charge_fen = 4550;
  add_r(rb);
  // BX-C: a public facility, closed, charged 12.00.
  auto rc = repair("BX-2026-11-0003", "2026-11-25T11:00", Urgency::normal);
  rc.unit.clear();
  rc.place = "3栋电梯厅";
  rc.status = RepairStatus::closed;
  rc.completed_at = t("2026-11-25T12:00");
  rc.charge_fen = 1200;
  add_r(rc);

  lines.push_back(
      daily_line(contact("LD-2026-11-0001", "2026-11-25T16:00", ContactType::inquiry, "已告知")));
  lines.push_back(
      daily_line(contact("LD-2026-11-0002", "2026-11-25T17:00", ContactType::suggestion, "")));
  lines.push_back(daily_line(
      contact("LD-2026-11-0003", "2026-11-26T08:00", ContactType::inquiry, "已告知")));  // next day
  lines.push_back(daily_line(
      contact("LD-2026-11-0004", "2026-11-25T00:00", ContactType::inquiry, "已告知")));  // midnight

  auto check = daily_check(d("2026-11-25"), now, lines);
  CHECK(check.day == d("2026-11-25"));
  CHECK(check.at == now);

  // Eight of the ten, in time order.
  std::vector<std::string> ids;
  for (const auto& l : check.lines) ids.push_back(l.id);
  CHECK(ids == std::vector<std::string>{"LD-2026-11-0004", "TS-2026-11-0001", "BX-2026-11-0001",
                                        "BX-2026-11-0002", "BX-2026-11-0003", "TS-2026-11-0002",
                                        "LD-2026-11-0001", "LD-2026-11-0002"});

  const auto& ta = check.lines[1];
  CHECK(ta.kind == "complaint");
  CHECK(ta.type_zh == "投诉");
  CHECK(ta.where == "1-1-101");
  CHECK(ta.customer.phone == "13812345678");  // as stored: the printer masks it
  CHECK(ta.owner == "zhangmin");
  CHECK(ta.open);
  CHECK(ta.overdue == std::vector<std::string>{"response"});
  CHECK(ta.overdue_zh == std::vector<std::string>{"未响应"});

  const auto& tb = check.lines[5];
  CHECK(tb.category == "噪音扰民（重大）");
  CHECK(tb.status == "processing");
  CHECK(tb.open);
  CHECK(tb.overdue.empty());

  const auto& ba = check.lines[2];
  CHECK(ba.category == "户内维修（急修）");
  CHECK(ba.overdue == std::vector<std::string>{"arrival", "fix"});
  CHECK(ba.overdue_zh == std::vector<std::string>{"未到场", "超时限"});
  CHECK_FALSE(ba.paid);

  const auto& bb = check.lines[3];
  CHECK(bb.open);  // done, its callback still owed
  CHECK(bb.overdue.empty());
  CHECK(bb.paid);
  CHECK(bb.charge_fen == 4550);

  const auto& bc = check.lines[4];
  CHECK(bc.where == "3栋电梯厅");
  CHECK(bc.category == "公共设施设备");
  CHECK_FALSE(bc.open);
  CHECK(bc.status_zh == "已完成");

  CHECK(check.lines[6].status == "answered");
  CHECK(check.lines[6].status_zh == "已答复");
  CHECK(check.lines[7].status == "logged");
  CHECK(check.lines[7].type_zh == "建议");
  CHECK_FALSE(check.lines[7].open);  // a call is logged, never open

  const auto& s = check.summary;
  CHECK(s.complaints == DailyCount{2, 2, 1});
  CHECK(s.repairs == DailyCount{3, 2, 1});
  CHECK(s.contacts == DailyCount{3, 0, 0});
  CHECK(s.contact_types ==
        std::vector<std::pair<std::string, int>>{{"咨询", 2}, {"建议", 1}});  // first seen first
  CHECK(s.unanswered == 1);
  CHECK(s.paid == 2);
  CHECK(s.paid_fen == 5750);  // 45.50 + 12.00
  CHECK(s.total() == 8);
  CHECK(s.open() == 4);
  CHECK(s.overdue() == 2);

  std::vector<std::string> open;
  for (const auto* l : check.still_open()) open.push_back(l->id);
  CHECK(open == std::vector<std::string>{"TS-2026-11-0001", "BX-2026-11-0001", "BX-2026-11-0002",
                                         "TS-2026-11-0002"});
}

TEST_CASE("daily check: the state is the one at the time of the check") {
  const auto cal = weekdays_2026();
  auto c = complaint("TS-2026-11-0001", "2026-11-25T08:00");
  auto dl = complaint_deadlines(c, ComplaintSla{}, cal);
  // Response due 11-26 08:00: at 07:59 nothing is late yet, at 08:01 it is.
  CHECK(daily_line(c, dl, t("2026-11-26T07:59")).overdue.empty());
  CHECK(daily_line(c, dl, t("2026-11-26T08:01")).overdue_zh == std::vector<std::string>{"未响应"});
  // Past the end of Mon 11-30 the resolution is late too.
  CHECK(daily_line(c, dl, t("2026-12-01T00:00")).overdue ==
        std::vector<std::string>{"response", "resolution"});
}

TEST_CASE("daily check: a day with nothing received") {
  std::vector<DailyLine> lines{
      daily_line(contact("LD-2026-11-0001", "2026-11-24T10:00", ContactType::praise, "已转达"))};
  auto check = daily_check(d("2026-11-25"), t("2026-11-26T09:30"), lines);
  CHECK(check.lines.empty());
  CHECK(check.summary.total() == 0);
  CHECK(check.summary.open() == 0);
  CHECK(check.summary.contact_types.empty());
  CHECK(check.still_open().empty());
}

TEST_CASE("received_on: from midnight to the day's last second") {
  CHECK(received_on(t("2026-11-25T00:00"), d("2026-11-25")));
  CHECK(received_on(t("2026-11-25T23:59:59"), d("2026-11-25")));
  CHECK_FALSE(received_on(t("2026-11-26T00:00"), d("2026-11-25")));
  CHECK_FALSE(received_on(t("2026-11-24T23:59:59"), d("2026-11-25")));
}
