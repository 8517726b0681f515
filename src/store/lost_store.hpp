/// How a 拾遗物品 record maps to its YAML file and JSON output.
#pragma once

#include "core/lost.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kLostKind{"lost", "SW", "拾遗物品"};

template <>
struct RecordTraits<LostItem> {
  static const RecordKind& kind() { return kLostKind; }
  static LostItem from_yaml(const YamlReader& r);
  static Json to_json(const LostItem& x);
  static const std::string& id(const LostItem& x) { return x.id; }
  static DateTime received_at(const LostItem& x) { return x.received_at; }
  static bool is_open(const LostItem& x) { return x.open(); }
  static const std::string& unit(const LostItem&) {
    static const std::string none;
    return none;
  }
};

using LostRepository = Repository<LostItem>;

}  // namespace kefu
