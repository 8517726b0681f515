/// The working-day calendar and complaint deadlines (R3, R4) on the official 2026 arrangement.
#include <doctest/doctest.h>

#include "core/complaint.hpp"
#include "core/errors.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

WorkingCalendar official() {
  return parse_calendar("calendar.yaml", official_calendar_yaml());
}
Date d(const char* text) {
  return *parse_date(text);
}
DateTime t(const char* text) {
  return *parse_datetime(text);
}

Complaint received(const char* at, Severity s) {
  Complaint c;
  c.id = "TS-2026-01-0001";
  c.received_at = t(at);
  c.severity = s;
  return c;
}

}  // namespace

TEST_CASE("the 2026 Spring Festival week and its make-up Saturdays") {
  auto cal = official();
  CHECK(cal.is_working_day(d("2026-02-13")));  // Friday
  CHECK(cal.is_working_day(d("2026-02-14")));  // Saturday, make-up working day
  for (const char* day : {"2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                          "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"}) {
    CAPTURE(day);
    CHECK_FALSE(cal.is_working_day(d(day)));
    CHECK(cal.holiday_name(d(day)) == "春节");
  }
  CHECK(cal.is_working_day(d("2026-02-24")));
  CHECK(cal.is_working_day(d("2026-02-28")));        // Saturday, make-up
  CHECK_FALSE(cal.is_working_day(d("2026-03-01")));  // ordinary Sunday
  CHECK(cal.is_working_day(d("2026-01-04")));        // Sunday, make-up after 元旦
  CHECK(cal.is_working_day(d("2026-09-20")));        // Sunday, make-up before 国庆
  CHECK(cal.is_working_day(d("2026-10-10")));        // Saturday, make-up after 国庆
  CHECK_FALSE(cal.is_working_day(d("2026-10-07")));
  CHECK(cal.uncovered_years_seen().empty());
}

TEST_CASE("the 2025 arrangement") {
  auto cal = official();
  CHECK_FALSE(cal.is_working_day(d("2025-01-28")));
  CHECK(cal.is_working_day(d("2025-01-26")));  // Sunday make-up
  CHECK(cal.is_working_day(d("2025-02-08")));
  CHECK_FALSE(cal.is_working_day(d("2025-10-08")));
  CHECK(cal.is_working_day(d("2025-10-11")));
}

TEST_CASE("adding working days does not count the starting day") {
  auto cal = official();
  CHECK(cal.add_working_days(d("2026-11-27"), 1) == d("2026-11-30"));  // Fri → Mon
  CHECK(cal.add_working_days(d("2026-11-28"), 1) == d("2026-11-30"));  // Sat → Mon
  CHECK(cal.add_working_days(d("2026-11-27"), 3) == d("2026-12-02"));
  CHECK(cal.add_working_days(d("2026-02-13"), 3) == d("2026-02-25"));  // via make-up Sat 14th
  CHECK(cal.add_working_days(d("2026-09-30"), 1) == d("2026-10-08"));
  CHECK(cal.add_working_days(d("2026-11-27"), 0) == d("2026-11-27"));
}

TEST_CASE("R4: a complaint received on a Friday evening or a Saturday") {
  auto cal = official();
  ComplaintSla sla;
  auto fri_general = complaint_deadlines(received("2026-11-27T19:45", Severity::general), sla, cal);
  CHECK(format_datetime(fri_general.resolution_due) == "2026-12-02T23:59:59");
  CHECK(format_datetime(fri_general.response_due) == "2026-11-28T19:45");
  auto fri_major = complaint_deadlines(received("2026-11-27T19:45", Severity::major), sla, cal);
  CHECK(format_datetime(fri_major.resolution_due) == "2026-11-30T23:59:59");
  auto sat_major = complaint_deadlines(received("2026-11-28T08:00", Severity::major), sla, cal);
  CHECK(format_datetime(sat_major.resolution_due) == "2026-11-30T23:59:59");
  auto before_holiday =
      complaint_deadlines(received("2026-02-14T10:00", Severity::major), sla, cal);
  CHECK(format_datetime(before_holiday.resolution_due) == "2026-02-24T23:59:59");
}

TEST_CASE("R3: overdue for response only while unacknowledged and unresolved") {
  auto cal = official();
  ComplaintSla sla;
  auto c = received("2026-11-26T09:30", Severity::general);
  auto dl = complaint_deadlines(c, sla, cal);
  CHECK_FALSE(complaint_overdue(c, dl, t("2026-11-27T09:30")).response);  // exactly 24 h
  CHECK(complaint_overdue(c, dl, t("2026-11-27T09:31")).response);
  assign_complaint(c, "工程部", "wangqiang", t("2026-11-27T09:40"), "");
  CHECK_FALSE(complaint_overdue(c, dl, t("2026-11-27T09:41")).response);
  CHECK(*c.acknowledged_at == t("2026-11-27T09:40"));
}

TEST_CASE("R5: the callback is due 7 or 14 calendar days after resolution") {
  auto cal = official();
  ComplaintSla sla;
  auto major = received("2026-09-29T09:00", Severity::major);
  close_complaint(major, "已修复", "zhangmin", t("2026-09-30T15:00"));
  CHECK(format_datetime(*complaint_deadlines(major, sla, cal).callback_due) ==
        "2026-10-07T23:59:59");  // calendar days, holidays included
  auto general = received("2026-09-29T09:00", Severity::general);
  close_complaint(general, "已处理", "zhangmin", t("2026-09-30T15:00"));
  CHECK(format_datetime(*complaint_deadlines(general, sla, cal).callback_due) ==
        "2026-10-14T23:59:59");
}

TEST_CASE("a year the calendar does not cover falls back to weekends and is remembered") {
  auto cal = official();
  CHECK(cal.add_working_days(d("2026-12-30"), 3) == d("2027-01-04"));
  CHECK(cal.uncovered_years_seen() == std::set<int>{2027});
}

TEST_CASE("calendar.yaml errors carry line and column") {
  try {
    parse_calendar("calendar.yaml", "2026:\n  holidays:\n    - {name: 元旦, from: 2026-13-01}\n");
    FAIL("expected an error");
  } catch (const StoreError& e) {
    CHECK(e.where_and_why() ==
          "calendar.yaml:3:28: from 不是有效的日期「2026-13-01」，应如 2026-11-26");
  }
}
