/// The YAML/JSON mapping of complaints and of the parts other records share.
#include "store/complaint_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Json history_to_json(const std::vector<HistoryEntry>& history) {
  return members_json(history);
}

std::vector<HistoryEntry> history_from_yaml(const YamlReader& r) {
  std::vector<HistoryEntry> out;
  YamlIn in(r);
  in("history", out);
  return out;
}

Json person_to_json(const Person& p) {
  return members_json(p);
}

Person person_from_yaml(const YamlReader& r, const char* key) {
  Person p;
  YamlIn in(r);
  in(key, p);
  return p;
}

Complaint RecordTraits<Complaint>::from_yaml(const YamlReader& r) {
  return read_record<Complaint>(r);
}

Json RecordTraits<Complaint>::to_json(const Complaint& c) {
  return members_json(c);
}

}  // namespace kefu
