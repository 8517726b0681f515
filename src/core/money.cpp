/// Exact parsing and formatting of amounts of money.
#include "core/money.hpp"

#include <limits>

namespace kefu {

std::optional<int64_t> parse_money(std::string_view s) {
  for (std::string_view sign : {"¥", "￥"})
    if (s.starts_with(sign)) {
      s.remove_prefix(sign.size());
      break;
    }
  auto dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (whole.empty()) return std::nullopt;
  if (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  // Thousands separators, when used, must group by three: 1,234,567.
  if (whole.find(',') != std::string_view::npos) {
    size_t group = 0, groups = 0;
    for (size_t i = whole.size(); i-- > 0;) {
      if (whole[i] == ',') {
        if (group != 3) return std::nullopt;
        group = 0;
        ++groups;
      } else {
        ++group;
      }
    }
    if (group == 0 || group > 3 || groups == 0) return std::nullopt;
  }
  constexpr int64_t max = std::numeric_limits<int64_t>::max() / 100 - 1;
  int64_t yuan = 0;
  for (char c : whole) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    if (yuan > (max - (c - '0')) / 10) return std::nullopt;
    yuan = yuan * 10 + (c - '0');
  }
  int64_t fen = 0;
  for (size_t i = 0; i < 2; ++i) {
    fen *= 10;
    if (i < frac.size()) {
      if (frac[i] < '0' || frac[i] > '9') return std::nullopt;
      fen += frac[i] - '0';
    }
  }
  return yuan * 100 + fen;
}

std::string format_money(int64_t fen) {
  bool negative = fen < 0;
  // Work in unsigned so the most negative value does not overflow.
  uint64_t u = negative ? 0 - static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  std::string cents = std::to_string(u % 100);
  if (cents.size() < 2) cents = "0" + cents;
  return (negative ? "-" : "") + std::to_string(u / 100) + "." + cents;
}

}  // namespace kefu
