/// Command-line arguments turned into values: enums, times, months, units. Each refuses what it
/// cannot read with a RefusedError naming the argument, in the same words for every command.
#pragma once

#include <optional>
#include <string>

#include "cli/context.hpp"
#include "core/enums.hpp"
#include "core/errors.hpp"
#include "core/key_rules.hpp"
#include "core/time.hpp"
#include "core/typed_time.hpp"
#include "core/unit.hpp"

namespace kefu {

/// An enumerated value from the command line, in Chinese or English; RefusedError naming `what`.
template <class E>
E enum_arg(const std::string& text, const std::string& what) {
  auto v = parse_enum<E>(text);
  if (!v) throw RefusedError(what + "「" + text + "」无效，可选：" + enum_choices<E>());
  return *v;
}

/// How a date may be typed, for messages: every date and time argument is read by
/// read_date / read_datetime / read_month (core/time.hpp), in the year of `now` when the
/// text has none.
inline constexpr const char* kDateForms = "2026-11-26、2026/11/26、2026年11月26日 或 11-26（今年）";
inline constexpr const char* kMonthForms = "2026-11、2026/11 或 2026年11月";

/// `--at 2026-11-26T09:30` (or "2026/11/26 09:30", a date alone is its midnight) for a step
/// done earlier than it is recorded; `now` when empty.
DateTime time_arg(const std::string& text, DateTime now, const std::string& what);

/// A date argument (any form of kDateForms); RefusedError naming `what`.
Date date_arg(const std::string& text, DateTime now, const std::string& what);

/// `--until 2026-11-28` means the key cut-off of that day; with a time, that time.
DateTime until_arg(const std::string& text, DateTime now, const KeyRules& rules);

/// `--month 2026-11` (or 2026/11, 2026年11月) → YearMonth; RefusedError otherwise.
YearMonth month_arg(const std::string& text);

/// `--day 2026-11-25`: a day up to today; yesterday (of `now`) when empty. RefusedError for
/// a date that is not one, or a day after today.
Date day_arg(const std::string& text, DateTime now);

/// The unit a `--unit` or UNIT argument names, from units/; RefusedError when it is not there.
Unit unit_arg(Context& ctx, const std::string& id);

/// A time of a record's JSON view ("2026-11-26T09:30" or null) as printed; empty for null.
std::string opt_time(const Json& j);

}  // namespace kefu
