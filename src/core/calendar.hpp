/// The working-day calendar: Monday to Friday, minus statutory holidays, plus make-up
/// working days (调休上班), as listed year by year in the data directory's calendar.yaml.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

/// calendar.yaml as it is written: each year a key, `2026: {holidays: [{name, from, to}],
/// makeup_workdays: [dates]}`. Read after it: a year's key is an integer (read as std::stoi
/// reads it), a holiday's `to` defaults to `from` and is not before it.
struct HolidayRange {
  Date from{};
  std::optional<Date> to;  // the last day off; the first when unset
  std::string name;
  bool operator==(const HolidayRange&) const = default;
};
/// In the order the file has always been read in, so that of two faults the same is reported.
template <class V>
void members(V& v, HolidayRange& x) {
  v("from", x.from, field::required), v("to", x.to), v("name", x.name, field::required);
}

struct CalendarYear {
  std::vector<HolidayRange> holidays;
  std::vector<Date> makeup_workdays;  // weekends worked (调休上班)
  bool operator==(const CalendarYear&) const = default;
};
template <class V>
void members(V& v, CalendarYear& x) {
  v("holidays", x.holidays), v("makeup_workdays", x.makeup_workdays);
}

/// The whole file: each year's key as written ("2026") to its arrangement (empty when null).
using CalendarFile = std::map<std::string, CalendarYear>;

/// The year a key of calendar.yaml names, as std::stoi reads it ("2026", "2026年"), if any.
std::optional<int> calendar_year(const std::string& key);

class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  /// The calendar calendar.yaml describes (keys not years are passed over: see calendar_year).
  explicit WorkingCalendar(const CalendarFile& file);

  /// Declares that the arrangement of `year` is known (even if it has no holidays).
  void add_year(int year);
  void add_holiday(Date d, std::string name);
  void add_makeup_workday(Date d);

  bool covers(int year) const { return years_.count(year) != 0; }
  bool is_working_day(Date d) const;
  /// The holiday's name (春节 …) or empty.
  std::string holiday_name(Date d) const;

  /// The Nth working day after `from` (`from` itself not counted). N = 0 gives `from`.
  Date add_working_days(Date from, int n) const;
  /// The first working day at or after `d`.
  Date next_working_day_from(Date d) const;

  /// Years a computation touched that the calendar does not cover; there kefu falls back
  /// to weekends alone, and the command line warns about each one.
  const std::set<int>& uncovered_years_seen() const { return uncovered_seen_; }
  /// Runs `compute` and returns the uncovered years it touched (warned about all the same),
  /// for a result kept for later to note.
  template <class F>
  std::set<int> uncovered_years_of(F&& compute) const {
    auto earlier = std::exchange(uncovered_seen_, {});
    try {
      compute();
    } catch (...) {
      note_uncovered_years(earlier);
      throw;
    }
    auto touched = std::exchange(uncovered_seen_, std::move(earlier));
    note_uncovered_years(touched);
    return touched;
  }
  /// Years a kept result noted, warned about as if its computation had run again.
  void note_uncovered_years(const std::set<int>& years) const {
    uncovered_seen_.insert(years.begin(), years.end());
  }

  /// The years seen are not the calendar's: they say what computations touched.
  bool operator==(const WorkingCalendar& o) const {
    return years_ == o.years_ && holidays_ == o.holidays_ && makeup_workdays_ == o.makeup_workdays_;
  }

 private:
  void note_year(Date d) const;

  std::set<int> years_;
  std::map<Date, std::string> holidays_;
  std::set<Date> makeup_workdays_;
  mutable std::set<int> uncovered_seen_;
};

}  // namespace kefu
