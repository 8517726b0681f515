/// Dates, times and months as people type them on the command line or in a spreadsheet
/// cell, as opposed to what files hold (parse_date, parse_datetime, parse_month: ISO only).
/// The one reader of every date, time and month argument (cli/args.* and the commands'
/// targets).
#pragma once

#include <optional>
#include <string_view>

#include "core/time.hpp"

namespace kefu {

/// Dates:
/// 2026-11-26, 2026/11/26, 2026.11.26, 2026年11月26日 (month and day of one or two digits),
/// or without the year — 11-26, 11/26, 11月26日 — in the year of `today`.
std::optional<Date> read_date(std::string_view text, Date today);
/// A date as read_date, alone (midnight) or followed by a time after 'T' or spaces:
/// 2026-11-26T09:25, "2026/11/26 09:25", "2026年11月26日 9:25:30".
struct TypedTime {
  DateTime at;
  bool has_time = false;  // false: a date alone
};
std::optional<TypedTime> read_datetime(std::string_view text, Date today);
/// Months: 2026-11, 2026/11, 2026.11, 2026年11月 (month of one or two digits).
std::optional<YearMonth> read_month(std::string_view text);

}  // namespace kefu
