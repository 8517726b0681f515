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
#include "core/unit.hpp"

namespace kefu {

/// An enumerated value from the command line, in Chinese or English; RefusedError naming `what`.
template <class E>
E enum_arg(const std::string& text, const std::string& what) {
  auto v = parse_enum<E>(text);
  if (!v) throw RefusedError(what + "「" + text + "」无效，可选：" + enum_choices<E>());
  return *v;
}

/// `--at 2026-11-26T09:30` for a step done earlier than it is recorded; `now` when empty.
DateTime time_arg(const std::string& text, DateTime now, const std::string& what);

/// `--until 2026-11-28` means the key cut-off of that day; with a time, that time.
DateTime until_arg(const std::string& text, const KeyRules& rules);

/// `--month 2026-11` → YearMonth; RefusedError otherwise.
YearMonth month_arg(const std::string& text);

/// `--day 2026-11-25`: a day up to today; yesterday (of `now`) when empty. RefusedError for
/// a date that is not one, or a day after today.
Date day_arg(const std::string& text, DateTime now);

/// The unit a `--unit` or UNIT argument names, from units/; RefusedError when it is not there.
Unit unit_arg(Context& ctx, const std::string& id);

/// A time of a record's JSON view ("2026-11-26T09:30" or null) as printed; empty for null.
std::string opt_time(const Json& j);

}  // namespace kefu
