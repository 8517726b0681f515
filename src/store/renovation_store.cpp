/// The YAML/JSON mapping of renovation cases: their member list (core/renovation.hpp) read and
/// written by store/members_io.hpp.
#include "store/renovation_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Renovation RecordTraits<Renovation>::from_yaml(const YamlReader& r) {
  return read_record<Renovation>(r);
}

Json RecordTraits<Renovation>::to_json(const Renovation& x) {
  return members_json(x);
}

}  // namespace kefu
