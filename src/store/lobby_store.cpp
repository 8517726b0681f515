/// The YAML/JSON mapping of the lobby desk's registers: their member lists (core/lobby.hpp)
/// read and written by store/members_io.hpp.
#include "store/lobby_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Duty RecordTraits<Duty>::from_yaml(const YamlReader& r) {
  return read_record<Duty>(r);
}
Json RecordTraits<Duty>::to_json(const Duty& x) {
  return members_json(x);
}

Visitor RecordTraits<Visitor>::from_yaml(const YamlReader& r) {
  return read_record<Visitor>(r);
}
Json RecordTraits<Visitor>::to_json(const Visitor& x) {
  return members_json(x);
}

ItemLoan RecordTraits<ItemLoan>::from_yaml(const YamlReader& r) {
  return read_record<ItemLoan>(r);
}
Json RecordTraits<ItemLoan>::to_json(const ItemLoan& x) {
  return members_json(x);
}

}  // namespace kefu
