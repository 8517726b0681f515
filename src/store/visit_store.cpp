/// The YAML/JSON mapping of owner visits: their member list (core/visit.hpp) read and written
/// by store/members_io.hpp.
#include "store/visit_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Visit RecordTraits<Visit>::from_yaml(const YamlReader& r) {
  return read_record<Visit>(r);
}

Json RecordTraits<Visit>::to_json(const Visit& x) {
  return members_json(x);
}

}  // namespace kefu
