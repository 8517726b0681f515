/// How a special service (特约服务) maps to its YAML file and JSON output.
#pragma once

#include "core/special.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kSpecialKind{"specials", "TY", "特约服务"};

template <>
struct RecordTraits<SpecialService> {
  static const RecordKind& kind() { return kSpecialKind; }
  static SpecialService from_yaml(const YamlReader& r);
  static Json to_json(const SpecialService& x);
  static const std::string& id(const SpecialService& x) { return x.id; }
  static DateTime received_at(const SpecialService& x) { return x.received_at; }
  static bool is_open(const SpecialService& x) { return x.status != SpecialStatus::closed; }
  static const std::string& unit(const SpecialService& x) { return x.unit; }
};

using SpecialRepository = Repository<SpecialService>;

}  // namespace kefu
