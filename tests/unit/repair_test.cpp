/// Repair deadlines (R8) in hours and working days, and the repair lifecycle with rework.
#include <doctest/doctest.h>

#include "core/due.hpp"
#include "core/errors.hpp"
#include "core/repair.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

WorkingCalendar official() {
  return parse_calendar("calendar.yaml", official_calendar_yaml());
}
DateTime t(const char* text) {
  return *parse_datetime(text);
}

Repair received(const char* at, Urgency u) {
  Repair r;
  r.id = "BX-2026-01-0001";
  r.received_at = t(at);
  r.urgency = u;
  r.unit = "1-1-101";
  return r;
}

CallbackRecord callback(const char* at, CallbackResult result) {
  return {t(at), "zhangmin", result, "陈建国", "", ""};
}

}  // namespace

TEST_CASE("SLA spans in kefu.yaml") {
  CHECK(parse_sla_span("30m") == SlaSpan::minutes(30));
  CHECK(parse_sla_span("24h") == SlaSpan::hours(24));
  CHECK(parse_sla_span("1wd") == SlaSpan::working_days(1));
  CHECK(!parse_sla_span("24"));
  CHECK(!parse_sla_span("0h"));
  CHECK(!parse_sla_span("h"));
  CHECK(!parse_sla_span("1.5h"));
  CHECK(format_sla_span(SlaSpan::hours(24)) == "24h");
  CHECK(format_sla_span_zh(SlaSpan::working_days(2)) == "2个工作日");
}

TEST_CASE("an urgent repair runs on clock hours, across the night") {
  auto cal = official();
  RepairSla sla;
  auto d = repair_deadlines(received("2026-11-26T21:40", Urgency::urgent), sla, cal);
  CHECK(format_datetime(*d.arrive_due) == "2026-11-26T22:10");
  CHECK(format_datetime(d.fix_due) == "2026-11-27T21:40");  // 急修不过夜: 24 h, night included
}

TEST_CASE("an urgent repair runs on clock hours, through a holiday") {
  auto cal = official();
  RepairSla sla;
  // Eve of National Day: the holiday does not stop the clock.
  auto d = repair_deadlines(received("2026-09-30T23:50", Urgency::urgent), sla, cal);
  CHECK(format_datetime(*d.arrive_due) == "2026-10-01T00:20");
  CHECK(format_datetime(d.fix_due) == "2026-10-01T23:50");
  // A 36-hour setting across Spring Festival's first days.
  sla.fix_urgent = SlaSpan::hours(36);
  d = repair_deadlines(received("2026-02-14T18:00", Urgency::urgent), sla, cal);
  CHECK(format_datetime(d.fix_due) == "2026-02-16T06:00");
}

TEST_CASE("a normal repair is due by the end of the next working day") {
  auto cal = official();
  RepairSla sla;
  auto d = repair_deadlines(received("2026-11-26T09:30", Urgency::normal), sla, cal);
  CHECK(!d.arrive_due);
  CHECK(format_datetime(d.fix_due) == "2026-11-27T23:59:59");
  // Friday evening → Monday.
  d = repair_deadlines(received("2026-11-27T18:00", Urgency::normal), sla, cal);
  CHECK(format_datetime(d.fix_due) == "2026-11-30T23:59:59");
  // Eve of National Day: the first working day after the holiday is Thursday 8 October.
  d = repair_deadlines(received("2026-09-30T10:00", Urgency::normal), sla, cal);
  CHECK(format_datetime(d.fix_due) == "2026-10-08T23:59:59");
  // Before the Spring Festival: Friday 13 → make-up Saturday 14 February.
  d = repair_deadlines(received("2026-02-13T10:00", Urgency::normal), sla, cal);
  CHECK(format_datetime(d.fix_due) == "2026-02-14T23:59:59");
  // Configured in working days for urgent too.
  sla.fix_urgent = SlaSpan::working_days(2);
  d = repair_deadlines(received("2026-02-13T10:00", Urgency::urgent), sla, cal);
  CHECK(format_datetime(d.fix_due) == "2026-02-24T23:59:59");
}

TEST_CASE("repair lifecycle: done, unsatisfied callback, rework, done, satisfied") {
  auto cal = official();
  RepairSla sla;
  NewRepair n;
  n.unit = "1-1-101";
  n.fault = "厨房水管漏水";
  n.urgency = Urgency::urgent;
  auto r = log_repair("BX-2026-11-0001", n, "zhangmin", t("2026-11-26T09:00"));
  CHECK(r.status == RepairStatus::logged);
  CHECK_THROWS_AS(callback_repair(r, callback("2026-11-26T09:05", CallbackResult::satisfied)),
                  RefusedError);
  RepairCompletion done{t("2026-11-26T11:00"), "水管接头", 4550, "陈建国", "更换接头"};
  CHECK_THROWS_AS(complete_repair(r, done, "zhangmin", t("2026-11-26T11:00")), RefusedError);

  dispatch_repair(r, "工程部", "liugong", "刘工", t("2026-11-26T09:05"), t("2026-11-26T09:25"),
                  "zhangmin", t("2026-11-26T09:30"));
  auto d = repair_deadlines(r, sla, cal);
  CHECK(!repair_overdue(r, d, t("2026-11-26T10:00")).any());
  complete_repair(r, done, "zhangmin", t("2026-11-26T11:30"));
  CHECK(r.status == RepairStatus::done);
  d = repair_deadlines(r, sla, cal);
  CHECK(format_datetime(*d.callback_due) == "2026-12-03T23:59:59");

  callback_repair(r, callback("2026-11-27T10:00", CallbackResult::unsatisfied));
  CHECK(r.status == RepairStatus::dispatched);
  REQUIRE(r.reworks.size() == 1);
  CHECK(r.reworks[0].source == "callback");
  CHECK(format_datetime(*r.reworks[0].completed_at) == "2026-11-26T11:00");
  CHECK(!r.completed_at);
  // The new round has its own deadline, from the rework.
  d = repair_deadlines(r, sla, cal);
  CHECK(format_datetime(d.fix_due) == "2026-11-28T10:00");

  done.at = t("2026-11-27T15:00");
  done.charge_fen.reset();
  complete_repair(r, done, "zhangmin", t("2026-11-27T15:10"));
  CHECK(r.charge_fen == 4550);  // the paid service's charge survives the rework
  callback_repair(r, callback("2026-11-28T10:00", CallbackResult::satisfied));
  CHECK(r.status == RepairStatus::closed);
  CHECK(r.callbacks.size() == 2);
  CHECK_THROWS_AS(callback_repair(r, callback("2026-11-28T11:00", CallbackResult::satisfied)),
                  RefusedError);

  // A closed repair that fails again is reworked by hand.
  rework_repair(r, "又漏水", "lili", t("2026-12-02T09:00"));
  CHECK(r.reworks.size() == 2);
  CHECK(r.reworks[1].source == "manual");
  CHECK(r.status == RepairStatus::dispatched);
}

TEST_CASE("repair due lines: arrival, fix and callback") {
  auto cal = official();
  RepairSla sla;
  auto r = received("2026-11-26T21:40", Urgency::urgent);
  r.owner = "zhangmin";
  r.fault = "停电";
  auto d = repair_deadlines(r, sla, cal);
  CHECK(repair_due_items(r, d, t("2026-11-26T22:00")).empty());
  auto items = repair_due_items(r, d, t("2026-11-26T22:11"));
  REQUIRE(items.size() == 1);
  CHECK(items[0].reason == "arrival_overdue");
  items = repair_due_items(r, d, t("2026-11-27T22:00"));
  CHECK(items.size() == 2);
}

TEST_CASE("callbacks owed: resolved complaints and finished repairs, soonest first") {
  Config cfg = default_config();  // general complaint: 14 days; repair: 7 days
  WorkingCalendar cal;
  cal.add_year(2026);
  Complaint resolved;
  resolved.id = "TS-2026-11-0002";
  resolved.unit = "1-1-101";
  resolved.category = "噪音";
  resolved.description = "楼上装修噪音";
  resolved.received_at = t("2026-11-02T09:00");
  resolved.resolved_at = t("2026-11-03T16:00");  // due by the end of 17 November
  resolved.status = ComplaintStatus::resolved;
  Complaint open = resolved;
  open.id = "TS-2026-11-0001";
  open.status = ComplaintStatus::processing;  // not resolved: no callback yet
  Repair done = received("2026-11-09T08:00", Urgency::normal);
  done.id = "BX-2026-11-0001";
  done.unit.clear();
  done.place = "3号楼大堂";
  done.fault = "大堂灯不亮";
  done.completed_at = t("2026-11-10T11:00");  // due by the end of 17 November
  done.status = RepairStatus::done;
  Repair earlier = done;
  earlier.id = "BX-2026-11-0002";
  earlier.completed_at = t("2026-11-06T11:00");  // due by the end of 13 November
  auto all = pending_callbacks({open, resolved}, {done, earlier}, cfg, cal);
  REQUIRE(all.size() == 3);
  CHECK(all[0].id == "BX-2026-11-0002");
  CHECK(format_datetime(all[0].due) == "2026-11-13T23:59:59");
  CHECK(all[1].id == "BX-2026-11-0001");  // same due time as the complaint: by ID
  CHECK(all[1].where == "3号楼大堂");
  CHECK(all[2].id == "TS-2026-11-0002");
  CHECK(all[2].kind == "complaint");
  CHECK(all[2].subject == "噪音：楼上装修噪音");

  auto now = t("2026-11-15T10:00");
  CHECK(callback_state_zh(all[0], now) == "逾期2天");
  CHECK(callback_state_zh(all[1], now) == "剩2天");
  CHECK(callback_state_zh(all[1], t("2026-11-17T23:00")) == "今日到期");
  CHECK(callbacks_due(all, now, std::nullopt, true).size() == 1);
  CHECK(callbacks_due(all, now, *parse_date("2026-11-16"), false).size() == 1);
  CHECK(callbacks_due(all, now, *parse_date("2026-11-17"), false).size() == 3);
}
