/// Money as integer fen (分): parsing what people type, formatting as yuan with two decimals.
/// No floating point anywhere on the money path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

/// "1234.5", "1234.50", "¥1,234.50", "1234" → fen. Refuses (nullopt) anything ambiguous:
/// three or more decimals, misplaced thousands commas, letters, an empty or negative amount.
std::optional<int64_t> parse_money(std::string_view text);

/// 123450 → "1234.50"; negative as "-12.30".
std::string format_money(int64_t fen);
/// 人民币大写 as a receipt or refund notice writes it: 2500.50 → 贰仟伍佰元伍角, 10005 →
/// 壹万零伍元整, 0 → 零元整. Not for negative amounts.
std::string money_upper_zh(int64_t fen);

/// A unit price or rate with up to four decimals (2.5, 0.6835), in ten-thousandths of a yuan
/// (1 = 0.0001 元 = 0.01 分). Same refusals as parse_money, except up to four decimals.
std::optional<int64_t> parse_rate(std::string_view text);
/// 25000 → "2.50"; 6835 → "0.6835" (at least two decimals, trailing zeros beyond cut).
std::string format_rate(int64_t ten_thousandths);

/// A non-negative decimal with up to `decimals` decimals, scaled by 10^decimals
/// ("0.0005", 6 → 500): for rates such as a daily late-fee rate.
std::optional<int64_t> parse_fixed(std::string_view text, int decimals);

/// `a * b / divisor` rounded half up (away from zero at exactly one half), for non-negative
/// or negative products alike; integer arithmetic only.
int64_t mul_div_round(int64_t a, int64_t b, int64_t divisor);

/// The charge of a rate (ten-thousandths of a yuan per unit) for a quantity in hundredths of
/// a unit (area in 0.01 m², use in 0.01 m³ or 0.01 kWh, spaces × 100), rounded half up to the
/// fen: 2.50 元/m² × 89.50 m² = 223.75 元; 0.6835 元/kWh × 100.50 kWh = 68.69 元 (68.69175).
int64_t charge_fen(int64_t rate, int64_t quantity_centi);

}  // namespace kefu
