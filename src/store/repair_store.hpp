/// How a repair order and a call/visit map to their YAML files and JSON output.
#pragma once

#include "core/contact.hpp"
#include "core/repair.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kRepairKind{"repairs", "BX", "报修"};
inline constexpr RecordKind kContactKind{"contacts", "LD", "来电来访"};

Json callbacks_to_json(const std::vector<CallbackRecord>& callbacks);
std::vector<CallbackRecord> callbacks_from_yaml(const YamlReader& r);

template <>
struct RecordTraits<Repair> {
  static const RecordKind& kind() { return kRepairKind; }
  static Repair from_yaml(const YamlReader& r);
  static Json to_json(const Repair& x);
  static const std::string& id(const Repair& x) { return x.id; }
  static DateTime received_at(const Repair& x) { return x.received_at; }
  static bool is_open(const Repair& x) { return x.status != RepairStatus::closed; }
  static const std::string& unit(const Repair& x) { return x.unit; }
};

template <>
struct RecordTraits<Contact> {
  static const RecordKind& kind() { return kContactKind; }
  static Contact from_yaml(const YamlReader& r);
  static Json to_json(const Contact& x);
  static const std::string& id(const Contact& x) { return x.id; }
  static DateTime received_at(const Contact& x) { return x.received_at; }
  static bool is_open(const Contact&) { return false; }  // a call is logged, not worked on
  static const std::string& unit(const Contact& x) { return x.unit; }
};

using RepairRepository = Repository<Repair>;
using ContactRepository = Repository<Contact>;

}  // namespace kefu
