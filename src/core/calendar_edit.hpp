/// A year's arrangement of holidays and make-up working days as the desk types it from the
/// State Council's notice (国务院办公厅关于某年部分节假日安排的通知), checked and written as
/// calendar.yaml holds the years kefu init ships.
#pragma once

#include <string>

#include "core/calendar.hpp"

namespace kefu {

/// Refuses (RefusedError) an arrangement that cannot be right: no holiday, a holiday without a
/// name, a range backwards or outside `year`, two holidays that overlap, a make-up working day
/// outside `year`, on a weekday (only a weekend is made a working day), within a holiday, or
/// given twice.
void check_calendar_year(int year, const CalendarYear& y);

/// The YAML of `year`, to append to calendar.yaml:
/// "2027:\n  holidays:\n    - {name: 元旦, from: 2027-01-01, to: 2027-01-01}\n  makeup_workdays:
/// [...]\n". Holidays and make-up days in date order.
std::string calendar_year_yaml(int year, CalendarYear y);

}  // namespace kefu
