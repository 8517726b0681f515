/// A year's arrangement as the desk types it (kefu calendar add): checked, and written so that
/// calendar.yaml reads it back the same.
#include <doctest/doctest.h>

#include "core/calendar_edit.hpp"
#include "core/errors.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

Date d(const char* text) {
  return *parse_date(text);
}
HolidayRange h(const char* name, const char* from, const char* to) {
  return HolidayRange{d(from), d(to), name};
}
CalendarYear year_2027() {
  CalendarYear y;
  y.holidays = {h("元旦", "2027-01-01", "2027-01-03"), h("劳动节", "2027-05-01", "2027-05-05")};
  y.makeup_workdays = {d("2027-04-25")};
  return y;
}

}  // namespace

TEST_CASE("the official 2026 arrangement written again reads back the same") {
  auto file = read_calendar_file("calendar.yaml", official_calendar_yaml());
  const auto& y2026 = file.at("2026");
  CHECK_NOTHROW(check_calendar_year(2026, y2026));
  auto text = calendar_year_yaml(2026, y2026);
  auto again = read_calendar_file("calendar.yaml", text);
  CHECK(again.at("2026") == y2026);
}

TEST_CASE("a year is written in date order, as kefu init writes its years") {
  auto y = year_2027();
  std::swap(y.holidays[0], y.holidays[1]);
  CHECK(calendar_year_yaml(2027, y) ==
        "2027:\n"
        "  holidays:\n"
        "    - {name: 元旦, from: 2027-01-01, to: 2027-01-03}\n"
        "    - {name: 劳动节, from: 2027-05-01, to: 2027-05-05}\n"
        "  makeup_workdays: [2027-04-25]\n");
  auto parsed = parse_calendar("calendar.yaml", calendar_year_yaml(2027, y));
  CHECK(parsed.covers(2027));
  CHECK_FALSE(parsed.is_working_day(d("2027-01-01")));
  CHECK(parsed.is_working_day(d("2027-04-25")));  // a Sunday worked
  CHECK(parsed.holiday_name(d("2027-05-03")) == "劳动节");
}

TEST_CASE("an arrangement that cannot be right is refused") {
  CHECK_NOTHROW(check_calendar_year(2027, year_2027()));
  auto refused = [](CalendarYear y) {
    CHECK_THROWS_AS(check_calendar_year(2027, y), RefusedError);
  };
  CalendarYear none;
  refused(none);
  auto y = year_2027();
  y.holidays[0].name = "";
  refused(y);
  y = year_2027();
  y.holidays[0].name = "元旦, 春节";  // would break the YAML line
  refused(y);
  y = year_2027();
  y.holidays[0].to = d("2026-12-31");  // backwards
  refused(y);
  y = year_2027();
  y.holidays[1] = h("跨年", "2027-12-31", "2028-01-01");
  refused(y);
  y = year_2027();
  y.holidays[1] = h("重叠", "2027-01-03", "2027-01-04");
  refused(y);
  y = year_2027();
  y.makeup_workdays = {d("2027-04-26")};  // a Monday
  refused(y);
  y = year_2027();
  y.makeup_workdays = {d("2027-01-02")};  // a Saturday within 元旦
  refused(y);
  y = year_2027();
  y.makeup_workdays = {d("2027-04-25"), d("2027-04-25")};
  refused(y);
  y = year_2027();
  y.makeup_workdays = {d("2026-12-27")};
  refused(y);
}
