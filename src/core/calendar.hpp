/// The working-day calendar: Monday to Friday, minus statutory holidays, plus make-up
/// working days (调休上班), as listed year by year in the data directory's calendar.yaml.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>

#include "core/time.hpp"

namespace kefu {

class WorkingCalendar {
 public:
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

  /// Every member but the years seen (see core/members.hpp). calendar.yaml writes a year a
  /// key, its holidays as ranges: parse_calendar reads it; the list serves the parse cache.
  template <class V>
  friend void members(V& v, WorkingCalendar& x) {
    v("years", x.years_), v("holidays", x.holidays_), v("makeup_workdays", x.makeup_workdays_);
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
