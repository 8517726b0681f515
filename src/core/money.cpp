/// Exact money: parsing, formatting and rounding in integer fen.
#include "core/money.hpp"

#include <fmt/format.h>

#include <vector>

namespace kefu {
namespace {

/// Digits with optional thousands commas (every group of three, the first of 1–3 digits),
/// then optionally a point and 1..max_decimals digits. Returns the value scaled by
/// 10^max_decimals.
std::optional<int64_t> parse_decimal(std::string_view s, int max_decimals) {
  // Leading currency sign and surrounding spaces are accepted; a minus sign is not.
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  for (std::string_view sign : {"¥", "￥", "RMB", "CNY"})
    if (s.starts_with(sign)) {
      s.remove_prefix(sign.size());
      break;
    }
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  if (s.ends_with("元")) s.remove_suffix(std::string_view("元").size());
  if (s.empty()) return std::nullopt;
  auto point = s.find('.');
  std::string_view whole = s.substr(0, point);
  std::string_view frac =
      point == std::string_view::npos ? std::string_view() : s.substr(point + 1);
  if (whole.empty()) return std::nullopt;
  if (point != std::string_view::npos && (frac.empty() || frac.size() > size_t(max_decimals)))
    return std::nullopt;
  int64_t value = 0;
  bool commas = whole.find(',') != std::string_view::npos;
  if (commas) {
    // 1,234,567: first group 1–3 digits, then groups of exactly three.
    size_t first = whole.find(',');
    if (first == 0 || first > 3) return std::nullopt;
    for (size_t i = first; i < whole.size(); i += 4)
      if (whole[i] != ',' || i + 4 > whole.size()) return std::nullopt;
  }
  int digits = 0;
  for (char c : whole) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    if (++digits > 13) return std::nullopt;  // beyond a trillion yuan: not a fee
    value = value * 10 + (c - '0');
  }
  int64_t scaled = value;
  for (int i = 0; i < max_decimals; ++i) {
    int64_t d = 0;
    if (size_t(i) < frac.size()) {
      char c = frac[size_t(i)];
      if (c < '0' || c > '9') return std::nullopt;
      d = c - '0';
    }
    scaled = scaled * 10 + d;
  }
  return scaled;
}

}  // namespace

std::optional<int64_t> parse_money(std::string_view text) {
  return parse_decimal(text, 2);
}

std::string format_money(int64_t fen) {
  bool negative = fen < 0;
  uint64_t abs = negative ? uint64_t(0) - uint64_t(fen) : uint64_t(fen);
  return fmt::format("{}{}.{:02}", negative ? "-" : "", abs / 100, abs % 100);
}

std::optional<int64_t> parse_rate(std::string_view text) {
  return parse_decimal(text, 4);
}

std::optional<int64_t> parse_fixed(std::string_view text, int decimals) {
  return parse_decimal(text, decimals);
}

std::string format_rate(int64_t v) {
  bool negative = v < 0;
  uint64_t abs = negative ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  std::string frac = fmt::format("{:04}", abs % 10000);
  while (frac.size() > 2 && frac.back() == '0') frac.pop_back();
  return fmt::format("{}{}.{}", negative ? "-" : "", abs / 10000, frac);
}

__extension__ typedef __int128 i128;

int64_t mul_div_round(int64_t a, int64_t b, int64_t divisor) {
  i128 p = static_cast<i128>(a) * b;
  bool negative = (p < 0) != (divisor < 0);
  if (p < 0) p = -p;
  i128 d = divisor < 0 ? -static_cast<i128>(divisor) : divisor;
  i128 q = (p + d / 2) / d;  // half up, on the magnitude
  return static_cast<int64_t>(negative ? -q : q);
}

int64_t charge_fen(int64_t rate, int64_t quantity_centi) {
  // rate in 0.0001 元 × quantity in 0.01 → 0.000001 元; one fen is 10,000 of those.
  return mul_div_round(rate, quantity_centi, 10000);
}

std::string money_upper_zh(int64_t fen) {
  static const char* const kDigit[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
  static const char* const kPlace[] = {"", "拾", "佰", "仟"};
  static const char* const kGroup[] = {"", "万", "亿", "万亿"};
  int64_t yuan = fen / 100;
  int jiao = int(fen / 10 % 10), cents = int(fen % 10);
  std::vector<int> groups;  // of four digits, lowest first
  for (int64_t n = yuan; n > 0; n /= 10000) groups.push_back(int(n % 10000));
  std::string out;
  bool zero_pending = false;
  for (size_t g = groups.size(); g-- > 0;) {
    int v = groups[g];
    if (v == 0) {
      zero_pending = !out.empty();
      continue;
    }
    if (!out.empty() && (zero_pending || v < 1000)) out += kDigit[0];
    zero_pending = false;
    std::string part;
    bool zero = false;
    for (int p = 3, div = 1000; p >= 0; --p, div /= 10) {
      int d = v / div % 10;
      if (d == 0) {
        zero = !part.empty();
        continue;
      }
      if (zero) part += kDigit[0];
      zero = false;
      part += kDigit[d];
      part += kPlace[p];
    }
    out += part + kGroup[g];
  }
  if (!out.empty()) out += "元";
  if (jiao == 0 && cents == 0) return out.empty() ? "零元整" : out + "整";
  if (jiao > 0) out += std::string(kDigit[jiao]) + "角";
  if (cents > 0) {
    if (jiao == 0 && !out.empty()) out += kDigit[0];
    out += std::string(kDigit[cents]) + "分";
  }
  return out;
}

}  // namespace kefu
