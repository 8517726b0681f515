/// How the lobby desk's registers map to their YAML files and JSON output: duty records
/// (ZB-…, shifts/), visitors (FK-…, visitors/) and items lent (JW-…, loans/).
#pragma once

#include "core/lobby.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kDutyKind{"shifts", "ZB", "值班"};
inline constexpr RecordKind kVisitorKind{"visitors", "FK", "来访"};
inline constexpr RecordKind kItemLoanKind{"loans", "JW", "物品借用"};

inline const std::string& no_unit() {
  static const std::string none;
  return none;
}

template <>
struct RecordTraits<Duty> {
  static const RecordKind& kind() { return kDutyKind; }
  static Duty from_yaml(const YamlReader& r);
  static Json to_json(const Duty& x);
  static const std::string& id(const Duty& x) { return x.id; }
  static DateTime received_at(const Duty& x) { return x.start; }
  static bool is_open(const Duty& x) { return x.open(); }
  static const std::string& unit(const Duty&) { return no_unit(); }
};

template <>
struct RecordTraits<Visitor> {
  static const RecordKind& kind() { return kVisitorKind; }
  static Visitor from_yaml(const YamlReader& r);
  static Json to_json(const Visitor& x);
  static const std::string& id(const Visitor& x) { return x.id; }
  static DateTime received_at(const Visitor& x) { return x.in_at; }
  static bool is_open(const Visitor& x) { return x.open(); }
  static const std::string& unit(const Visitor& x) { return x.unit; }
};

template <>
struct RecordTraits<ItemLoan> {
  static const RecordKind& kind() { return kItemLoanKind; }
  static ItemLoan from_yaml(const YamlReader& r);
  static Json to_json(const ItemLoan& x);
  static const std::string& id(const ItemLoan& x) { return x.id; }
  static DateTime received_at(const ItemLoan& x) { return x.lent_at; }
  static bool is_open(const ItemLoan& x) { return x.open(); }
  static const std::string& unit(const ItemLoan& x) { return x.unit; }
};

using DutyRepository = Repository<Duty>;
using VisitorRepository = Repository<Visitor>;
using ItemLoanRepository = Repository<ItemLoan>;

}  // namespace kefu
