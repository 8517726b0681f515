/// Exact parsing and printing of amounts of money.
#include "core/money.hpp"

#include <fmt/format.h>

namespace kefu {

std::optional<int64_t> parse_money(std::string_view s) {
  auto strip_prefix = [&](std::string_view p) {
    if (s.starts_with(p)) s.remove_prefix(p.size());
  };
  auto strip_suffix = [&](std::string_view p) {
    if (s.ends_with(p)) s.remove_suffix(p.size());
  };
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  strip_prefix("¥");
  strip_prefix("￥");
  strip_suffix("元");
  if (s.empty()) return std::nullopt;

  constexpr int64_t kMaxYuan = 1'000'000'000'000;  // far above any bill, far below overflow
  int64_t yuan = 0;
  size_t i = 0, digits = 0, group = 0;
  bool grouped = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    char c = s[i];
    if (c == ',') {
      // 1,234 — a separator needs 1–3 digits before the first one and exactly 3 between.
      if (digits == 0 || (grouped ? group != 3 : group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    yuan = yuan * 10 + (c - '0');
    if (yuan > kMaxYuan) return std::nullopt;
    ++digits;
    ++group;
  }
  if (digits == 0 || (grouped && group != 3)) return std::nullopt;
  int64_t fen = 0;
  if (i < s.size()) {
    size_t decimals = 0;
    for (++i; i < s.size(); ++i, ++decimals) {
      if (s[i] < '0' || s[i] > '9' || decimals >= 2) return std::nullopt;
      fen = fen * 10 + (s[i] - '0');
    }
    if (decimals == 0) return std::nullopt;
    if (decimals == 1) fen *= 10;
  }
  return yuan * 100 + fen;
}

std::string format_money(int64_t fen) {
  const char* sign = fen < 0 ? "-" : "";
  uint64_t abs = fen < 0 ? 0 - static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  return fmt::format("{}{}.{:02}", sign, abs / 100, abs % 100);
}

}  // namespace kefu
