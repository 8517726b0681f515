#include "core/calendar_edit.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace kefu {

namespace {

Date last_day(const HolidayRange& h) {
  return h.to ? *h.to : h.from;
}

}  // namespace

void check_calendar_year(int year, const CalendarYear& y) {
  const std::string in_year = "不在 " + std::to_string(year) + " 年内";
  if (y.holidays.empty()) throw RefusedError("请用 --holiday 名称=起..止 逐项写明该年的放假安排");
  for (const auto& h : y.holidays) {
    if (h.name.empty()) throw RefusedError("假日须有名称，如 元旦=2027-01-01..2027-01-03");
    bool plain = h.name.find_first_of(",{}[]:#\"'&*!|>%@`\\") == std::string::npos &&
                 std::none_of(h.name.begin(), h.name.end(),
                              [](char c) { return static_cast<unsigned char>(c) < 0x20; }) &&
                 h.name.front() != ' ' && h.name.front() != '-' && h.name.back() != ' ';
    if (!plain) throw RefusedError("假日名称「" + h.name + "」只能是文字，如 国庆节、中秋节");
    if (last_day(h) < h.from)
      throw RefusedError("假日「" + h.name + "」的止日 " + format_date(last_day(h)) + " 早于起日 " +
                         format_date(h.from));
    if (year_of(h.from) != year || year_of(last_day(h)) != year)
      throw RefusedError("假日「" + h.name + "」" + format_date(h.from) + ".." +
                         format_date(last_day(h)) + in_year);
  }
  auto sorted = y.holidays;
  std::sort(sorted.begin(), sorted.end(),
            [](const HolidayRange& a, const HolidayRange& b) { return a.from < b.from; });
  for (size_t i = 1; i < sorted.size(); ++i)
    if (sorted[i].from <= last_day(sorted[i - 1]))
      throw RefusedError("假日「" + sorted[i - 1].name + "」与「" + sorted[i].name + "」日期重叠");
  std::vector<Date> seen;
  for (Date d : y.makeup_workdays) {
    if (year_of(d) != year) throw RefusedError("调休上班日 " + format_date(d) + in_year);
    if (iso_weekday(d) < 6)
      throw RefusedError("调休上班日 " + format_date(d) + " 是" + weekday_zh(d) +
                         "，本来就是工作日；调休上班日应为周六或周日");
    for (const auto& h : y.holidays)
      if (h.from <= d && d <= last_day(h))
        throw RefusedError("调休上班日 " + format_date(d) + " 在假日「" + h.name + "」之内");
    if (std::find(seen.begin(), seen.end(), d) != seen.end())
      throw RefusedError("调休上班日 " + format_date(d) + " 写了两次");
    seen.push_back(d);
  }
}

std::string calendar_year_yaml(int year, CalendarYear y) {
  std::sort(y.holidays.begin(), y.holidays.end(),
            [](const HolidayRange& a, const HolidayRange& b) { return a.from < b.from; });
  std::sort(y.makeup_workdays.begin(), y.makeup_workdays.end());
  std::string out = std::to_string(year) + ":\n  holidays:\n";
  for (const auto& h : y.holidays)
    out += "    - {name: " + h.name + ", from: " + format_date(h.from) +
           ", to: " + format_date(last_day(h)) + "}\n";
  out += "  makeup_workdays: [";
  for (size_t i = 0; i < y.makeup_workdays.size(); ++i)
    out += (i ? ", " : "") + format_date(y.makeup_workdays[i]);
  out += "]\n";
  return out;
}

}  // namespace kefu
