/// How a renovation case (装修) maps to its YAML file and JSON output.
#pragma once

#include "core/renovation.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kRenovationKind{"renovations", "ZX", "装修"};

template <>
struct RecordTraits<Renovation> {
  static const RecordKind& kind() { return kRenovationKind; }
  static Renovation from_yaml(const YamlReader& r);
  static Json to_json(const Renovation& x);
  static const std::string& id(const Renovation& x) { return x.id; }
  static DateTime received_at(const Renovation& x) { return x.received_at; }
  static bool is_open(const Renovation& x) { return renovation_open(x); }
  static const std::string& unit(const Renovation& x) { return x.unit; }
};

using RenovationRepository = Repository<Renovation>;

}  // namespace kefu
