/// Display width, padding and masking of UTF-8 text.
#include "core/text.hpp"

#include <iconv.h>
#include <utf8proc.h>

#include <cerrno>
#include <utility>
#include <vector>

namespace kefu {
namespace {

/// Decodes one code point at `i`, advancing it; invalid bytes count as one column each.
char32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

/// Columns one code point takes, from utf8proc's tables of the Unicode standard (East Asian
/// Width, emoji presentation, combining marks): 2 for CJK, full-width forms and emoji, 0 for
/// combining accents and other marks of zero width, 1 otherwise.
int columns_of(char32_t cp) {
  if (cp < 0x80) return 1;
  if (!utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(cp))) return 1;
  int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return w < 0 ? 1 : w;
}

std::vector<std::string_view> split_code_points(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    next_code_point(s, i);
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

int display_width(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    auto cp = decode_utf8(s, i);
    if (!cp) {  // a byte that is not UTF-8: one column, as escape_controls shows it
      i = start + 1;
      w += 1;
      continue;
    }
    w += columns_of(*cp);
  }
  return w;
}

std::string pad_right(std::string_view s, int width) {
  std::string out(s);
  int w = display_width(s);
  if (w < width) out.append(static_cast<size_t>(width - w), ' ');
  return out;
}

std::string truncate_to(std::string_view s, int width) {
  if (display_width(s) <= width) return std::string(s);
  std::string out;
  int w = 0;
  auto cps = split_code_points(s);
  size_t kept = 0;
  for (; kept < cps.size(); ++kept) {
    int cw = display_width(cps[kept]);
    if (w + cw > width - 1) break;
    out += cps[kept];
    w += cw;
  }
  // Never cut a number: the first fourteen digits of an ID number, cut short, would escape
  // the masking of whole ID numbers (mask_id_numbers). It goes whole.
  auto digit = [](std::string_view cp) {
    return cp.size() == 1 && ((cp[0] >= '0' && cp[0] <= '9') || cp[0] == 'X' || cp[0] == 'x');
  };
  if (kept < cps.size() && digit(cps[kept]))
    while (!out.empty() && digit(std::string_view(out).substr(out.size() - 1))) out.pop_back();
  return out + "…";
}

std::string mask_phone(std::string_view phone) {
  std::string p(phone);
  if (p.size() >= 11) return p.substr(0, 3) + "****" + p.substr(p.size() - 4);
  if (p.size() >= 5)
    return p.substr(0, 2) + std::string(p.size() - 4, '*') + p.substr(p.size() - 2);
  return std::string(p.size(), '*');
}

std::string mask_name(std::string_view name) {
  auto cps = split_code_points(name);
  if (cps.empty()) return {};
  std::string out(cps[0]);
  for (size_t i = 1; i < cps.size(); ++i) out += "*";
  if (cps.size() == 1) out += "*";
  return out;
}

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

int two_digits(std::string_view s, size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

/// A 身份证 number's birth date, at `at` in `digits`: YYYYMMDD (18) or YYMMDD (15).
bool plausible_birth_date(std::string_view digits, size_t at, bool four_digit_year) {
  if (four_digit_year) {
    int century = two_digits(digits, at);
    if (century < 18 || century > 20) return false;
    at += 2;
  }
  int month = two_digits(digits, at + 2), day = two_digits(digits, at + 4);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

namespace {

/// The next 身份证-like number in `s` at or after `from`: its start and length (18 or 15).
std::optional<std::pair<size_t, size_t>> find_id_number(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    size_t digits = end - i, length = 0;
    bool x_follows = end < s.size() && (s[end] == 'X' || s[end] == 'x');
    if (digits == 17 && x_follows)
      length = 18;
    else if ((digits == 18 || digits == 15) && !x_follows)
      length = digits;
    size_t after = i + length;
    bool letter_after = after < s.size() && ((s[after] >= 'A' && s[after] <= 'Z') ||
                                             (s[after] >= 'a' && s[after] <= 'z'));
    if (length && !letter_after && s[i] != '0' &&
        plausible_birth_date(s.substr(i, 17), 6, length == 18))
      return std::pair{i, length};
    i = end;
  }
  return std::nullopt;
}

}  // namespace

std::string mask_id_numbers(std::string_view s) {
  auto found = find_id_number(s, 0);
  if (!found) return std::string(s);
  std::string out;
  size_t copied = 0;
  for (; found; found = find_id_number(s, copied)) {
    auto [at, length] = *found;
    out.append(s.substr(copied, at - copied));
    out.append(length - 4, '*');
    out.append(s.substr(at + length - 4, 4));
    copied = at + length;
  }
  out.append(s.substr(copied));
  return out;
}

bool contains_id_number(std::string_view s) {
  return find_id_number(s, 0).has_value();
}

std::optional<char32_t> decode_utf8(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return s[i++];
  size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return std::nullopt;
  char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kLeast[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  i += len;
  return cp;
}

size_t invalid_utf8_at(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (!decode_utf8(s, i)) return i;
  return std::string_view::npos;
}

bool is_terminal_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

std::optional<std::string> convert_to_utf8(std::string_view text, const char* from,
                                           size_t* bad_at) {
  iconv_t cd = ::iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    if (bad_at) *bad_at = 0;
    return std::nullopt;
  }
  std::string out(text.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(text.data());
  size_t in_left = text.size();
  char* o = out.data();
  size_t out_left = out.size();
  bool ok = true;
  while (in_left > 0) {
    if (::iconv(cd, &in, &in_left, &o, &out_left) == static_cast<size_t>(-1)) {
      if (errno == E2BIG) {
        size_t used = out.size() - out_left;
        out.resize(out.size() * 2);
        o = out.data() + used;
        out_left = out.size() - used;
        continue;
      }
      ok = false;
      break;
    }
  }
  ::iconv_close(cd);
  if (!ok) {
    if (bad_at) *bad_at = static_cast<size_t>(in - text.data());
    return std::nullopt;
  }
  out.resize(out.size() - out_left);
  return out;
}

std::optional<std::string> from_gb18030(std::string_view text, size_t* bad_at) {
  return convert_to_utf8(text, "GB18030", bad_at);
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r'))
    --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace kefu
