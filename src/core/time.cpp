/// Parsing and formatting of dates, times and months.
#include "core/time.hpp"

#include "core/typed_time.hpp"

#include <fmt/format.h>

#include <charconv>

namespace kefu {
namespace {

using namespace std::chrono;

bool read_int(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  for (size_t i = pos; i < pos + len; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + len, out);
  return true;
}

std::optional<Date> make_date(int y, int m, int d) {
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < 1900 || y > 2999) return std::nullopt;
  return sys_days{ymd};
}

}  // namespace

YearMonth YearMonth::next() const {
  return month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1};
}
YearMonth YearMonth::prev() const {
  return month == 1 ? YearMonth{year - 1, 12} : YearMonth{year, month - 1};
}
Date YearMonth::first_day() const {
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / 1};
}
Date YearMonth::last_day() const {
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last};
}
std::string YearMonth::str() const {
  return fmt::format("{:04}-{:02}", year, month);
}

std::optional<Date> parse_date(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!read_int(s, 0, 4, y) || !read_int(s, 5, 2, m) || !read_int(s, 8, 2, d)) return std::nullopt;
  return make_date(y, m, d);
}

std::optional<DateTime> parse_datetime(std::string_view s) {
  auto date = parse_date(s.substr(0, 10));
  if (!date) return std::nullopt;
  if (s.size() == 10) return DateTime{*date};
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int hh, mm, ss = 0;
  if (s.size() != 16 && s.size() != 19) return std::nullopt;
  if (!read_int(s, 11, 2, hh) || s[13] != ':' || !read_int(s, 14, 2, mm)) return std::nullopt;
  if (s.size() == 19 && (s[16] != ':' || !read_int(s, 17, 2, ss))) return std::nullopt;
  if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
  return DateTime{*date} + hours{hh} + minutes{mm} + seconds{ss};
}

std::optional<YearMonth> parse_month(std::string_view s) {
  int y, m;
  if (s.size() != 7 || s[4] != '-' || !read_int(s, 0, 4, y) || !read_int(s, 5, 2, m))
    return std::nullopt;
  if (m < 1 || m > 12 || y < 1900 || y > 2999) return std::nullopt;
  return YearMonth{y, static_cast<unsigned>(m)};
}

namespace {

/// Reads what people type, a piece at a time.
struct Typed {
  std::string_view s;
  size_t at = 0;

  bool done() const { return at == s.size(); }
  bool eat(std::string_view what) {
    if (s.substr(at).starts_with(what)) {
      at += what.size();
      return true;
    }
    return false;
  }
  /// `min`..`max` ASCII digits.
  std::optional<int> number(size_t min, size_t max) {
    size_t n = 0;
    while (at + n < s.size() && n < max && s[at + n] >= '0' && s[at + n] <= '9') ++n;
    if (n < min || (at + n < s.size() && s[at + n] >= '0' && s[at + n] <= '9')) return std::nullopt;
    int v = 0;
    std::from_chars(s.data() + at, s.data() + at + n, v);
    at += n;
    return v;
  }
  void skip_spaces() {
    while (at < s.size() && s[at] == ' ') ++at;
  }
};

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// A month's separator after the year: '-', '/', '.' or 年; the one expected after it ("" for
/// 年, whose month ends in 月).
std::optional<char> year_separator(Typed& t) {
  for (char c : {'-', '/', '.'})
    if (t.eat(std::string_view(&c, 1))) return c;
  if (t.eat("年")) return '\0';
  return std::nullopt;
}

/// A date at the start of `t`; the year of `today` when the text has none.
std::optional<Date> typed_date(Typed& t, Date today) {
  size_t start = t.at;
  int y = year_of(today);
  std::optional<char> sep;
  if (auto four = t.number(4, 4)) {
    y = *four;
    sep = year_separator(t);
    if (!sep) return std::nullopt;
  } else {
    t.at = start;
  }
  auto m = t.number(1, 2);
  if (!m) return std::nullopt;
  if (!sep) {  // no year: 11-26, 11/26, 11.26, 11月26日
    for (char c : {'-', '/', '.'})
      if (t.eat(std::string_view(&c, 1))) sep = c;
    if (!sep && t.eat("月")) sep = '\0';
    if (!sep) return std::nullopt;
  } else if (*sep == '\0') {
    if (!t.eat("月")) return std::nullopt;
  } else if (!t.eat(std::string_view(&*sep, 1))) {
    return std::nullopt;
  }
  auto d = t.number(1, 2);
  if (!d) return std::nullopt;
  if (*sep == '\0' && !t.eat("日")) t.eat("号");
  return make_date(y, *m, *d);
}

}  // namespace

std::optional<Date> read_date(std::string_view text, Date today) {
  Typed t{trimmed(text)};
  auto d = typed_date(t, today);
  return d && t.done() ? d : std::nullopt;
}

std::optional<TypedTime> read_datetime(std::string_view text, Date today) {
  Typed t{trimmed(text)};
  auto d = typed_date(t, today);
  if (!d) return std::nullopt;
  if (t.done()) return TypedTime{DateTime{*d}, false};
  bool after_ri = t.s.substr(0, t.at).ends_with("日") || t.s.substr(0, t.at).ends_with("号");
  size_t before = t.at;
  if (!t.eat("T")) t.skip_spaces();
  if (t.at == before && !after_ri) return std::nullopt;  // 2026-11-2609:25
  auto hh = t.number(1, 2);
  if (!hh || !t.eat(":")) return std::nullopt;
  auto mm = t.number(2, 2);
  if (!mm) return std::nullopt;
  int ss = 0;
  if (t.eat(":")) {
    auto s = t.number(2, 2);
    if (!s) return std::nullopt;
    ss = *s;
  }
  if (!t.done() || *hh > 23 || *mm > 59 || ss > 59) return std::nullopt;
  return TypedTime{DateTime{*d} + hours{*hh} + minutes{*mm} + seconds{ss}, true};
}

std::optional<YearMonth> read_month(std::string_view text) {
  Typed t{trimmed(text)};
  auto y = t.number(4, 4);
  if (!y) return std::nullopt;
  auto sep = year_separator(t);
  if (!sep) return std::nullopt;
  auto m = t.number(1, 2);
  if (!m || (*sep == '\0' && !t.eat("月")) || !t.done()) return std::nullopt;
  if (*m < 1 || *m > 12 || *y < 1900 || *y > 2999) return std::nullopt;
  return YearMonth{*y, static_cast<unsigned>(*m)};
}

Date date_of(DateTime t) {
  return floor<days>(t);
}

YearMonth month_of(DateTime t) {
  year_month_day ymd{date_of(t)};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month())};
}

int year_of(Date d) {
  return static_cast<int>(year_month_day{d}.year());
}

DateTime end_of_day(Date d) {
  return DateTime{d} + hours{23} + minutes{59} + seconds{59};
}
DateTime start_of_day(Date d) {
  return DateTime{d};
}

unsigned iso_weekday(Date d) {
  return weekday{d}.iso_encoding();
}

std::string weekday_zh(Date d) {
  static const char* names[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  return names[iso_weekday(d) - 1];
}

std::string format_date(Date d) {
  year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string format_datetime(DateTime t) {
  auto d = date_of(t);
  hh_mm_ss hms{t - DateTime{d}};
  auto out =
      fmt::format("{}T{:02}:{:02}", format_date(d), hms.hours().count(), hms.minutes().count());
  if (hms.seconds().count() != 0) out += fmt::format(":{:02}", hms.seconds().count());
  return out;
}

std::string format_short(DateTime t) {
  auto d = date_of(t);
  year_month_day ymd{d};
  hh_mm_ss hms{t - DateTime{d}};
  return fmt::format("{:02}-{:02} {:02}:{:02}", static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()), hms.hours().count(), hms.minutes().count());
}

}  // namespace kefu
