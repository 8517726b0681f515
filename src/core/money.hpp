/// Money (R10): integer fen, never floating point. Parsing what staff type, printing yuan.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

/// "120", "120.5", "120.50", "¥1,234.50", "￥80", "80元" → fen (12000, 12050, 12050, 123450 …).
/// Thousands separators must group by three; at most two decimals; no sign. nullopt otherwise.
std::optional<int64_t> parse_money(std::string_view text);

/// Fen as yuan with two decimals: 123450 → "1234.50", -5 → "-0.05".
std::string format_money(int64_t fen);

}  // namespace kefu
