/// Parsing and formatting of dates, times and months.
#include "core/time.hpp"

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
