/// How an owner visit (走访, ZF-…) maps to its YAML file and JSON output.
#pragma once

#include "core/visit.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kVisitKind{"visits", "ZF", "走访"};

template <>
struct RecordTraits<Visit> {
  static const RecordKind& kind() { return kVisitKind; }
  static Visit from_yaml(const YamlReader& r);
  static Json to_json(const Visit& x);
  static const std::string& id(const Visit& x) { return x.id; }
  static DateTime received_at(const Visit& x) { return x.visited_at; }
  static bool is_open(const Visit& x) { return x.open(); }
  static const std::string& unit(const Visit& x) { return x.unit; }
};

using VisitRepository = Repository<Visit>;

}  // namespace kefu
