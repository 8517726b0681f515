/// The times staff give for a step of a record (`--at`), checked the same way for every kind.
#pragma once

#include <string_view>

#include "core/time.hpp"

namespace kefu {

/// Refuses (RefusedError) a step at `at` later than `now`: "完工时间 2026-11-27T10:00 晚于当前时间
/// 2026-11-26T09:30", `what` naming the step's time.
void refuse_if_future(DateTime at, DateTime now, std::string_view what);

/// Refuses a step at `at` earlier than `earlier`, the time of what it follows: "时间 … 早于报修
/// BX-2026-11-0001 的受理时间 …", with `what` "时间", `record` "报修 BX-2026-11-0001" and
/// `earlier_what` "受理时间".
void refuse_if_before(DateTime at, DateTime earlier, std::string_view what, std::string_view record,
                      std::string_view earlier_what);

}  // namespace kefu
