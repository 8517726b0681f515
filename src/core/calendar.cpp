/// Working-day arithmetic.
#include "core/calendar.hpp"

#include <stdexcept>

namespace kefu {

std::optional<int> calendar_year(const std::string& key) {
  try {
    return std::stoi(key);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

WorkingCalendar::WorkingCalendar(const CalendarFile& file) {
  for (const auto& [key, year] : file) {
    auto y = calendar_year(key);
    if (!y) continue;
    add_year(*y);
    for (const auto& h : year.holidays)
      for (Date d = h.from; d <= h.to.value_or(h.from); d += std::chrono::days{1})
        add_holiday(d, h.name);
    for (Date d : year.makeup_workdays) add_makeup_workday(d);
  }
}

void WorkingCalendar::add_year(int year) {
  years_.insert(year);
}

void WorkingCalendar::add_holiday(Date d, std::string name) {
  holidays_[d] = std::move(name);
  years_.insert(year_of(d));
}

void WorkingCalendar::add_makeup_workday(Date d) {
  makeup_workdays_.insert(d);
  years_.insert(year_of(d));
}

void WorkingCalendar::note_year(Date d) const {
  int y = year_of(d);
  if (!covers(y)) uncovered_seen_.insert(y);
}

bool WorkingCalendar::is_working_day(Date d) const {
  note_year(d);
  if (makeup_workdays_.count(d)) return true;
  if (holidays_.count(d)) return false;
  return iso_weekday(d) <= 5;
}

std::string WorkingCalendar::holiday_name(Date d) const {
  auto it = holidays_.find(d);
  return it == holidays_.end() ? std::string{} : it->second;
}

Date WorkingCalendar::add_working_days(Date from, int n) const {
  Date d = from;
  while (n > 0) {
    d += std::chrono::days{1};
    if (is_working_day(d)) --n;
  }
  return d;
}

Date WorkingCalendar::next_working_day_from(Date d) const {
  while (!is_working_day(d)) d += std::chrono::days{1};
  return d;
}

}  // namespace kefu
