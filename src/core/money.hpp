/// Money as integer fen (分), never floating point (R10).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

/// "100", "100.5", "100.50", "¥1,234.50" → fen; nullopt for anything else (negative, three
/// decimals, misplaced commas, text, overflow).
std::optional<int64_t> parse_money(std::string_view text);

/// 123450 → "1234.50"; negative amounts get a leading "-".
std::string format_money(int64_t fen);

}  // namespace kefu
