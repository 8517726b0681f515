/// Exact floor-area parsing; a unit's residents, vehicles, resident cards and the history of
/// its changes.
#include "core/unit.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/errors.hpp"

namespace kefu {

template <>
std::span<const EnumName<CardState>> enum_names<CardState>() {
  static constexpr EnumName<CardState> names[] = {
      {CardState::active, "active", "在用"},
      {CardState::lost, "lost", "已挂失"},
  };
  return names;
}

std::string resident_text(const Resident& r) {
  return r.name + "（" + std::string(to_zh(r.relation)) + "）" + r.phone;
}

std::string card_text(const ResidentCard& c) {
  return c.number + " " + c.holder + " " + std::string(to_zh(c.state));
}

namespace {

std::string person_text(const Person& p) {
  if (p.name.empty() && p.phone.empty()) return "";
  return p.phone.empty() ? p.name : p.name + " " + p.phone;
}

std::string vehicle_text(const Vehicle& v) {
  return v.space.empty() ? v.plate : v.plate + "（车位 " + v.space + "）";
}

/// Items of two lists matched by key: removed, added and changed ones, each a change.
template <class T, class Key, class Text>
void list_changes(std::vector<UnitChange>& out, const char* field, const std::vector<T>& before,
                  const std::vector<T>& after, Key key, Text text) {
  for (const auto& b : before) {
    auto it =
        std::find_if(after.begin(), after.end(), [&](const T& a) { return key(a) == key(b); });
    if (it == after.end())
      out.push_back({{}, "", field, text(b), "", ""});
    else if (!(*it == b))
      out.push_back({{}, "", field, text(b), text(*it), ""});
  }
  for (const auto& a : after)
    if (std::none_of(before.begin(), before.end(), [&](const T& b) { return key(a) == key(b); }))
      out.push_back({{}, "", field, "", text(a), ""});
}

}  // namespace

std::vector<UnitChange> unit_changes(const Unit& before, const Unit& after) {
  std::vector<UnitChange> out;
  auto plain = [&](const char* field, const std::string& a, const std::string& b) {
    if (a != b) out.push_back({{}, "", field, a, b, ""});
  };
  plain("业主", before.owner, after.owner);
  plain("电话", before.phone, after.phone);
  if (before.area_centi_m2 != after.area_centi_m2)
    plain("面积", format_area(before.area_centi_m2), format_area(after.area_centi_m2));
  plain("车位", std::to_string(before.parking_spaces), std::to_string(after.parking_spaces));
  plain("紧急联系人", person_text(before.emergency_contact), person_text(after.emergency_contact));
  auto occ = [](const std::optional<Occupancy>& o) {
    return o ? std::string(to_zh(*o)) : std::string();
  };
  plain("入住状态", occ(before.occupancy), occ(after.occupancy));
  list_changes(
      out, "住户", before.residents, after.residents, [](const Resident& r) { return r.name; },
      resident_text);
  list_changes(
      out, "车辆", before.vehicles, after.vehicles, [](const Vehicle& v) { return v.plate; },
      vehicle_text);
  list_changes(
      out, "住户卡", before.cards, after.cards, [](const ResidentCard& c) { return c.number; },
      card_text);
  return out;
}

void record_unit_changes(const Unit& before, Unit& after, const std::string& by, DateTime at,
                         const std::string& note) {
  auto changes = unit_changes(before, after);
  if (changes.empty()) throw RefusedError(after.id + " 的资料没有变化，未写入");
  for (auto& c : changes) {
    c.at = at;
    c.by = by;
    c.note = note;
    after.history.push_back(std::move(c));
  }
}

void add_resident(Unit& u, Resident r) {
  if (r.name.empty()) throw RefusedError("住户姓名不能为空");
  for (const auto& x : u.residents) {
    if (x.name == r.name)
      throw RefusedError(u.id + " 已登记住户 " + r.name + "；如需更改请先 resident remove");
    if (r.relation == ResidentRelation::owner && x.relation == ResidentRelation::owner)
      throw RefusedError(u.id + " 已登记业主住户 " + x.name +
                         "；业主本人只登记一次，更换业主请用 kefu unit set --owner");
  }
  u.residents.push_back(std::move(r));
}

void remove_resident(Unit& u, const std::string& name) {
  auto it = std::find_if(u.residents.begin(), u.residents.end(),
                         [&](const Resident& r) { return r.name == name; });
  if (it == u.residents.end()) throw RefusedError(u.id + " 没有登记住户 " + name);
  u.residents.erase(it);
}

void add_vehicle(Unit& u, Vehicle v) {
  if (v.plate.empty()) throw RefusedError("车牌号不能为空");
  for (const auto& x : u.vehicles)
    if (x.plate == v.plate) throw RefusedError(u.id + " 已登记车辆 " + v.plate);
  u.vehicles.push_back(std::move(v));
}

void remove_vehicle(Unit& u, const std::string& plate) {
  auto it = std::find_if(u.vehicles.begin(), u.vehicles.end(),
                         [&](const Vehicle& v) { return v.plate == plate; });
  if (it == u.vehicles.end()) throw RefusedError(u.id + " 没有登记车辆 " + plate);
  u.vehicles.erase(it);
}

std::string next_card_number(const Unit& u) {
  for (size_t n = u.cards.size() + 1;; ++n) {
    auto number = u.id + "-" + std::to_string(n);
    if (std::none_of(u.cards.begin(), u.cards.end(),
                     [&](const ResidentCard& c) { return c.number == number; }))
      return number;
  }
}

namespace {

ResidentCard* find_card(Unit& u, const std::string& number) {
  for (auto& c : u.cards)
    if (c.number == number) return &c;
  return nullptr;
}

const ResidentCard& new_card(Unit& u, const std::string& holder, std::string number,
                             int64_t fee_fen, const std::string& by, DateTime now) {
  if (number.empty()) number = next_card_number(u);
  if (find_card(u, number)) throw RefusedError(u.id + " 已有卡号 " + number + " 的住户卡");
  ResidentCard c;
  c.number = std::move(number);
  c.holder = holder;
  c.issued_at = now;
  c.issued_by = by;
  c.fee_fen = fee_fen;
  u.cards.push_back(std::move(c));
  return u.cards.back();
}

}  // namespace

const ResidentCard& issue_card(Unit& u, const std::string& holder, std::string number,
                               int64_t fee_fen, const std::string& by, DateTime now) {
  bool known =
      holder == u.owner || std::any_of(u.residents.begin(), u.residents.end(),
                                       [&](const Resident& r) { return r.name == holder; });
  if (!known)
    throw RefusedError(holder + " 不是 " + u.id +
                       " 的业主或登记住户；请先用 kefu unit resident add " + u.id + " 登记");
  for (const auto& c : u.cards)
    if (c.holder == holder && c.state == CardState::active)
      throw RefusedError(holder + " 已有在用的住户卡 " + c.number + "；丢失请先挂失再补办");
  return new_card(u, holder, std::move(number), fee_fen, by, now);
}

const ResidentCard& report_card_lost(Unit& u, const std::string& number, const std::string& by,
                                     DateTime now) {
  auto* c = find_card(u, number);
  if (!c) throw RefusedError(u.id + " 没有卡号 " + number + " 的住户卡");
  if (c->state != CardState::active)
    throw RefusedError("住户卡 " + number + " 已于 " + format_datetime(*c->lost_at) + " 挂失");
  c->state = CardState::lost;
  c->lost_at = now;
  c->lost_by = by;
  return *c;
}

const ResidentCard& reissue_card(Unit& u, const std::string& lost_number, std::string number,
                                 int64_t fee_fen, const std::string& by, DateTime now) {
  auto* c = find_card(u, lost_number);
  if (!c) throw RefusedError(u.id + " 没有卡号 " + lost_number + " 的住户卡");
  if (c->state != CardState::lost)
    throw RefusedError("住户卡 " + lost_number + " 未挂失，不能补办；请先 kefu unit card lost " +
                       u.id + " " + lost_number);
  for (const auto& x : u.cards)
    if (x.replaces == lost_number)
      throw RefusedError("住户卡 " + lost_number + " 已补办为 " + x.number);
  auto holder = c->holder;
  auto& out = const_cast<ResidentCard&>(new_card(u, holder, std::move(number), fee_fen, by, now));
  out.replaces = lost_number;
  return out;
}

std::optional<int64_t> parse_area(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int64_t whole = 0;
  size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    if (s[i] < '0' || s[i] > '9' || whole > 1'000'000'000) return std::nullopt;
    whole = whole * 10 + (s[i] - '0');
  }
  if (i == 0) return std::nullopt;
  int64_t frac = 0;
  int digits = 0;
  if (i < s.size()) {
    for (++i; i < s.size(); ++i, ++digits) {
      if (s[i] < '0' || s[i] > '9' || digits >= 2) return std::nullopt;
      frac = frac * 10 + (s[i] - '0');
    }
    if (digits == 0) return std::nullopt;
  }
  if (digits == 1) frac *= 10;
  return whole * 100 + frac;
}

std::string format_area(int64_t centi) {
  return fmt::format("{}.{:02}", centi / 100, centi % 100);
}

}  // namespace kefu
