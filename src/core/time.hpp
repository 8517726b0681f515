/// Dates, local wall-clock times and months as kefu reads and writes them.
///
/// The estate lives in one time zone, so times are local wall-clock times held in a
/// sys_seconds (no zone conversion is ever done). Written as 2026-11-26T09:30 (seconds
/// only when not zero); read also as "2026-11-26 09:30" or a bare date (midnight).
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

using Date = std::chrono::sys_days;
using DateTime = std::chrono::sys_seconds;

struct YearMonth {
  int year = 0;
  unsigned month = 0;

  auto operator<=>(const YearMonth&) const = default;
  YearMonth next() const;
  YearMonth prev() const;
  Date first_day() const;
  Date last_day() const;
  std::string str() const;  // "2026-11"
};

std::optional<DateTime> parse_datetime(std::string_view text);
std::optional<Date> parse_date(std::string_view text);
std::optional<YearMonth> parse_month(std::string_view text);

std::string format_datetime(DateTime t);  // 2026-11-26T09:30 or 2026-11-26T09:30:15
std::string format_date(Date d);          // 2026-11-26
/// A compact form for tables: "11-26 09:30".
std::string format_short(DateTime t);

Date date_of(DateTime t);
YearMonth month_of(DateTime t);
int year_of(Date d);
/// The last second of a day: a deadline "by the end of" that day.
DateTime end_of_day(Date d);
DateTime start_of_day(Date d);
/// 1 = Monday … 7 = Sunday.
unsigned iso_weekday(Date d);
/// Chinese weekday name: 周一 … 周日.
std::string weekday_zh(Date d);

}  // namespace kefu
