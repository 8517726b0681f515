/// The YAML/JSON mapping of 拾遗物品 records: their member list (core/lost.hpp) read and written by
/// store/members_io.hpp.
#include "store/lost_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

LostItem RecordTraits<LostItem>::from_yaml(const YamlReader& r) {
  return read_record<LostItem>(r);
}

Json RecordTraits<LostItem>::to_json(const LostItem& x) {
  return members_json(x);
}

}  // namespace kefu
