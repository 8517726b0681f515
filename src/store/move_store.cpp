/// The YAML/JSON mapping of moves: their member list (core/move.hpp) read and written by
/// store/members_io.hpp.
#include "store/move_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Move RecordTraits<Move>::from_yaml(const YamlReader& r) {
  return read_record<Move>(r);
}

Json RecordTraits<Move>::to_json(const Move& x) {
  return members_json(x);
}

}  // namespace kefu
