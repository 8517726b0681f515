/// The YAML/JSON mapping of special services: their member list (core/special.hpp) read and
/// written by store/members_io.hpp.
#include "store/special_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

SpecialService RecordTraits<SpecialService>::from_yaml(const YamlReader& r) {
  return read_record<SpecialService>(r);
}

Json RecordTraits<SpecialService>::to_json(const SpecialService& x) {
  return members_json(x);
}

}  // namespace kefu
