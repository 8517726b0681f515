/// How a 巡视 record maps to its YAML file and JSON output.
#pragma once

#include "core/patrol.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kPatrolKind{"patrols", "XS", "巡视"};

template <>
struct RecordTraits<Patrol> {
  static const RecordKind& kind() { return kPatrolKind; }
  static Patrol from_yaml(const YamlReader& r);
  static Json to_json(const Patrol& x);
  static const std::string& id(const Patrol& x) { return x.id; }
  static DateTime received_at(const Patrol& x) { return x.received_at; }
  static bool is_open(const Patrol& x) { return x.open(); }
  static const std::string& unit(const Patrol&) {
    static const std::string none;
    return none;
  }
};

using PatrolRepository = Repository<Patrol>;

}  // namespace kefu
