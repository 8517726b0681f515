/// How an opinion (R6) maps to its YAML file and JSON output.
#pragma once

#include "core/opinion.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kOpinionKind{"opinions", "YJ", "意见"};

template <>
struct RecordTraits<Opinion> {
  static const RecordKind& kind() { return kOpinionKind; }
  static Opinion from_yaml(const YamlReader& r);
  static Json to_json(const Opinion& x);
  static const std::string& id(const Opinion& x) { return x.id; }
  static DateTime received_at(const Opinion& x) { return x.collected_at; }
  static bool is_open(const Opinion& x) { return x.status != OpinionStatus::closed; }
  static const std::string& unit(const Opinion& x) { return x.unit; }
};

using OpinionRepository = Repository<Opinion>;

}  // namespace kefu
