/// The desk's shifts (kefu.yaml `shifts:`, §3.7), kept apart so config.hpp stays small.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/members.hpp"

namespace kefu {

/// One shift of the day: 早班 08:00–16:00. Minutes from midnight; `end` may be 24:00 (1440),
/// and an end at or before the start means the shift runs past midnight (22:00–06:00).
struct Shift {
  std::string name;
  int start = 0;
  int end = 0;
  bool operator==(const Shift&) const = default;
};
/// A time of day as kefu.yaml writes it, "08:00"; "24:00" is the end of the day.
const char* read_clock(std::string_view text, int& minutes);
std::string format_clock(const int& minutes);
inline constexpr field::Spelled<int> clock_text{&read_clock, &format_clock};

template <class V>
void members(V& v, Shift& x) {
  using namespace field;
  constexpr Prefix shifts{"shifts."};
  v("name", x.name, required), v("start", x.start, clock_text, shifts);
  v("end", x.end, clock_text, shifts);
}

/// 早班 08:00–16:00, 中班 16:00–24:00, 夜班 00:00–08:00.
std::vector<Shift> default_shifts();

}  // namespace kefu
