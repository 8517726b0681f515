/// Exact floor-area parsing.
#include "core/unit.hpp"

#include <fmt/format.h>

namespace kefu {

std::optional<int64_t> parse_area(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int64_t whole = 0;
  size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    if (s[i] < '0' || s[i] > '9' || whole > 1'000'000'000) return std::nullopt;
    whole = whole * 10 + (s[i] - '0');
  }
  if (i == 0) return std::nullopt;
  int64_t frac = 0;
  int digits = 0;
  if (i < s.size()) {
    for (++i; i < s.size(); ++i, ++digits) {
      if (s[i] < '0' || s[i] > '9' || digits >= 2) return std::nullopt;
      frac = frac * 10 + (s[i] - '0');
    }
    if (digits == 0) return std::nullopt;
  }
  if (digits == 1) frac *= 10;
  return whole * 100 + frac;
}

std::string format_area(int64_t centi) {
  return fmt::format("{}.{:02}", centi / 100, centi % 100);
}

}  // namespace kefu
