/// How a complaint maps to its YAML file and JSON output.
#pragma once

#include "core/complaint.hpp"
#include "store/record_store.hpp"

namespace kefu {

inline constexpr RecordKind kComplaintKind{"complaints", "TS", "投诉"};

Json history_to_json(const std::vector<HistoryEntry>& history);
std::vector<HistoryEntry> history_from_yaml(const YamlReader& r);
Json person_to_json(const Person& p);
Person person_from_yaml(const YamlReader& r, const char* key);

template <>
struct RecordTraits<Complaint> {
  static const RecordKind& kind() { return kComplaintKind; }
  static Complaint from_yaml(const YamlReader& r);
  static Json to_json(const Complaint& c);
  static const std::string& id(const Complaint& c) { return c.id; }
  static DateTime received_at(const Complaint& c) { return c.received_at; }
  static bool is_open(const Complaint& c) { return c.status != ComplaintStatus::closed; }
  static const std::string& unit(const Complaint& c) { return c.unit; }
};

using ComplaintRepository = Repository<Complaint>;

}  // namespace kefu
