/// The YAML/JSON mapping of opinions: their member list (core/opinion.hpp) read and written by
/// store/members_io.hpp.
#include "store/opinion_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Opinion RecordTraits<Opinion>::from_yaml(const YamlReader& r) {
  return read_record<Opinion>(r);
}

Json RecordTraits<Opinion>::to_json(const Opinion& x) {
  return members_json(x);
}

}  // namespace kefu
