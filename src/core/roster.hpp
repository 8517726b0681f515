/// A unit roster (住户资料表) handed over by a developer or a previous manager: the rows of a
/// spreadsheet (core/sheet.hpp) to units, every bad line named, and what importing it would
/// change on an estate that has units already.
#pragma once

#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/unit.hpp"

namespace kefu {

/// A line of the roster that cannot be imported, and why.
struct RosterError {
  int line = 0;
  std::string what;
  bool operator==(const RosterError&) const = default;
};

struct Roster {
  std::vector<Unit> units;           // in the roster's order
  std::vector<RosterError> errors;   // every bad line; empty: the roster can be imported
  std::vector<std::string> columns;  // the columns recognised, by key (id, owner, phone …)
};

/// Reads the rows of a roster: a heading row naming columns by their Chinese (or English)
/// names, lenient on synonyms (房号/户号/房间号, 业主/业主姓名/户主, 电话/联系电话/手机 …),
/// then a unit a row. A row is refused with its line number for a missing or malformed unit
/// number, a unit number seen twice, no owner, a phone that is not one, an area that is not
/// square metres, a parking count that is not a number, an unknown occupancy.
Roster parse_roster(const CsvRows& rows);

/// What importing a roster would do to the estate's units.
struct RosterPlan {
  std::vector<Unit> added;                     // units not on the estate yet
  std::vector<std::pair<Unit, Unit>> changed;  // before, after (history appended)
  size_t unchanged = 0;
};
/// The plan of importing `roster` onto `existing`: a unit already there takes the roster's
/// owner, phone, area, parking spaces, emergency contact and occupancy where the roster has
/// the column (residents, vehicles, cards and history are kept), and the change goes into its
/// history as by `by` at `at` ("花名册导入 <file>").
RosterPlan plan_roster(const std::vector<Unit>& existing, const Roster& roster,
                       const std::string& by, DateTime at, const std::string& file);

}  // namespace kefu
