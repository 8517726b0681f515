/// The YAML/JSON mapping of 巡视 records: their member list (core/patrol.hpp) read and written by
/// store/members_io.hpp.
#include "store/patrol_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Patrol RecordTraits<Patrol>::from_yaml(const YamlReader& r) {
  return read_record<Patrol>(r);
}

Json RecordTraits<Patrol>::to_json(const Patrol& x) {
  return members_json(x);
}

}  // namespace kefu
