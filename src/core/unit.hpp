/// A unit (户) of the estate: its owner, phone and floor area.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/complaint.hpp"

namespace kefu {

struct Unit {
  std::string id;        // 3-2-1102: building-entrance-room
  std::string building;  // 3
  std::string owner;
  std::string phone;
  int64_t area_centi_m2 = 0;  // floor area in hundredths of a square metre, exact
  int parking_spaces = 0;
  Person emergency_contact;
  /// The baseline occupancy before any move record (absent: owner-occupied).
  std::optional<Occupancy> occupancy;
  bool operator==(const Unit&) const = default;
};
/// The members of a unit, in the order of a units file's entries (see core/members.hpp).
/// Without a building of its own, a unit takes its file's (parse_units).
template <class V>
void members(V& v, Unit& x) {
  using namespace field;
  v("id", x.id, required), v("building", x.building), v("owner", x.owner);
  v("phone", x.phone);
  v("area", x.area_centi_m2, centi, Says{"面积应为最多两位小数的平方米数，如 89.50"});
  v("parking_spaces", x.parking_spaces), v("emergency_contact", x.emergency_contact);
  v("occupancy", x.occupancy, omit_empty);
}

/// "89.5" or "89.50" → 8950; nullopt for anything else (negative, three decimals, text).
std::optional<int64_t> parse_area(std::string_view text);
std::string format_area(int64_t centi);

}  // namespace kefu
