/// A unit (户) of the estate: its owner, phone and floor area, the people living in it, their
/// vehicles and resident cards (住户卡), and the history of every change made by kefu.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/enums.hpp"

namespace kefu {

enum class ResidentRelation { owner, tenant, household };
/// A resident card (住户卡, §1.3.2.3): in use, or reported lost (挂失).
enum class CardState { active, lost };

template <>
std::span<const EnumName<ResidentRelation>> enum_names<ResidentRelation>();
template <>
std::span<const EnumName<CardState>> enum_names<CardState>();

/// A person living in a unit (or moving in or out): the owner, a tenant or a household member.
struct Resident {
  std::string name;
  ResidentRelation relation = ResidentRelation::owner;
  std::string phone;
  bool operator==(const Resident&) const = default;
};
template <class V>
void members(V& v, Resident& x) {
  v("name", x.name, field::required), v("relation", x.relation), v("phone", x.phone);
}

/// A resident's vehicle and the parking space it uses.
struct Vehicle {
  std::string plate;  // 粤B12345
  std::string space;  // B1-023; empty: none of its own
  bool operator==(const Vehicle&) const = default;
};
template <class V>
void members(V& v, Vehicle& x) {
  v("plate", x.plate, field::required), v("space", x.space, field::omit_empty);
}

/// A resident card: issued, maybe reported lost, and a reissued card naming the one it replaces.
struct ResidentCard {
  std::string number;  // 1-1-101-1: the unit and a running number
  std::string holder;  // whose card
  CardState state = CardState::active;
  DateTime issued_at{};
  std::string issued_by;  // staff id
  int64_t fee_fen = 0;    // charged on the unit's bill when issued
  std::optional<DateTime> lost_at;
  std::string lost_by;   // staff id who recorded the report
  std::string replaces;  // the lost card this one replaces
  bool operator==(const ResidentCard&) const = default;
};
template <class V>
void members(V& v, ResidentCard& x) {
  using namespace field;
  v("number", x.number, required), v("holder", x.holder), v("state", x.state);
  v("issued_at", x.issued_at, required), v("issued_by", x.issued_by);
  v("fee_fen", x.fee_fen, fen), v("lost_at", x.lost_at, omit_empty);
  v("lost_by", x.lost_by, omit_empty), v("replaces", x.replaces, omit_empty);
}

/// One change of a unit's details (R12: nothing is overwritten silently): the field as people
/// read it, the value before and after.
struct UnitChange {
  DateTime at{};
  std::string by;     // staff id
  std::string field;  // 业主, 电话, 住户, 车辆 …
  std::string old_value;
  std::string new_value;
  std::string note;  // why: 房屋过户, 花名册导入 …
  bool operator==(const UnitChange&) const = default;
};
template <class V>
void members(V& v, UnitChange& x) {
  using namespace field;
  v("at", x.at, required), v("by", x.by), v("field", x.field, required);
  v("old", x.old_value), v("new", x.new_value), v("note", x.note, omit_empty);
}

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
  std::vector<Resident> residents;
  std::vector<Vehicle> vehicles;
  std::vector<ResidentCard> cards;
  std::vector<UnitChange> history;
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
  v("occupancy", x.occupancy, omit_empty), v("residents", x.residents, omit_empty);
  v("vehicles", x.vehicles, omit_empty), v("cards", x.cards, omit_empty);
  v("history", x.history, omit_empty);
}

/// A resident as one line of text: "张三（租户）13800138000".
std::string resident_text(const Resident& r);
/// A card as one line of text: "1-1-101-1 张三 在用".
std::string card_text(const ResidentCard& c);

/// The changes that take `before` to `after`, a field at a time as people read it (业主, 电话,
/// 面积, 车位, 紧急联系人, 入住状态; a resident, vehicle or card added, removed or changed), each
/// with its old and new value. History itself is not compared.
std::vector<UnitChange> unit_changes(const Unit& before, const Unit& after);
/// Appends to after.history the changes from `before`, stamped with who, when and why.
/// RefusedError when nothing changed: kefu writes no change that changes nothing.
void record_unit_changes(const Unit& before, Unit& after, const std::string& by, DateTime at,
                         const std::string& note);

/// Adds a resident; refused when one of that name lives there already, or when a second
/// owner is added.
void add_resident(Unit& u, Resident r);
/// Removes the resident named `name`; refused when there is none.
void remove_resident(Unit& u, const std::string& name);
/// Adds a vehicle; refused when its plate is there already.
void add_vehicle(Unit& u, Vehicle v);
void remove_vehicle(Unit& u, const std::string& plate);

/// The next card number of a unit: its id and a running number (1-1-101-3).
std::string next_card_number(const Unit& u);
/// Issues a card to `holder` (the owner or a resident; refused for anyone else, or when the
/// holder has a card in use already), number from next_card_number unless given.
const ResidentCard& issue_card(Unit& u, const std::string& holder, std::string number,
                               int64_t fee_fen, const std::string& by, DateTime now);
/// Reports the card `number` lost (挂失); refused when it is not in use.
const ResidentCard& report_card_lost(Unit& u, const std::string& number, const std::string& by,
                                     DateTime now);
/// A new card in place of the lost card `lost_number` (补办), for the same holder; refused
/// unless that card was reported lost and has not been replaced yet.
const ResidentCard& reissue_card(Unit& u, const std::string& lost_number, std::string number,
                                 int64_t fee_fen, const std::string& by, DateTime now);

/// "89.5" or "89.50" → 8950; nullopt for anything else (negative, three decimals, text).
std::optional<int64_t> parse_area(std::string_view text);
std::string format_area(int64_t centi);

}  // namespace kefu
