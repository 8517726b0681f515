/// How a move (入伙、迁入迁出) maps to its YAML file and JSON output.
#pragma once

#include "core/move.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kMoveKind{"moves", "BQ", "迁入迁出"};

template <>
struct RecordTraits<Move> {
  static const RecordKind& kind() { return kMoveKind; }
  static Move from_yaml(const YamlReader& r);
  static Json to_json(const Move& x);
  static const std::string& id(const Move& x) { return x.id; }
  static DateTime received_at(const Move& x) { return x.received_at; }
  static bool is_open(const Move& x) { return x.open(); }
  static const std::string& unit(const Move& x) { return x.unit; }
};

using MoveRepository = Repository<Move>;

}  // namespace kefu
