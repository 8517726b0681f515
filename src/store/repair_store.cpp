/// The YAML/JSON mapping of repair orders and of calls and visits: their member lists
/// (core/repair.hpp, core/contact.hpp) read and written by store/members_io.hpp.
#include "store/repair_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Json callbacks_to_json(const std::vector<CallbackRecord>& callbacks) {
  return members_json(callbacks);
}

std::vector<CallbackRecord> callbacks_from_yaml(const YamlReader& r) {
  std::vector<CallbackRecord> out;
  YamlIn in(r);
  in("callbacks", out);
  return out;
}

Repair RecordTraits<Repair>::from_yaml(const YamlReader& r) {
  return read_record<Repair>(r);
}

Json RecordTraits<Repair>::to_json(const Repair& x) {
  return members_json(x);
}

Contact RecordTraits<Contact>::from_yaml(const YamlReader& r) {
  return read_record<Contact>(r);
}

Json RecordTraits<Contact>::to_json(const Contact& x) {
  return members_json(x);
}

}  // namespace kefu
