/// Step times (see step_time.hpp).
#include "core/step_time.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"

namespace kefu {

void refuse_if_future(DateTime at, DateTime now, std::string_view what) {
  if (at > now)
    throw RefusedError(
        fmt::format("{} {} 晚于当前时间 {}", what, format_datetime(at), format_datetime(now)));
}

void refuse_if_before(DateTime at, DateTime earlier, std::string_view what, std::string_view record,
                      std::string_view earlier_what) {
  if (at < earlier)
    throw RefusedError(fmt::format("{} {} 早于{} 的{} {}", what, format_datetime(at), record,
                                   earlier_what, format_datetime(earlier)));
}

}  // namespace kefu
