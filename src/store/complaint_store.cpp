/// The YAML/JSON mapping of complaints and of the parts other records share.
#include "store/complaint_store.hpp"

namespace kefu {

Json history_to_json(const std::vector<HistoryEntry>& history) {
  Json a = Json::array();
  for (const auto& h : history) {
    Json e{{"at", format_datetime(h.at)}, {"by", h.by}, {"action", h.action}, {"note", h.note}};
    if (!h.changes.empty()) {
      Json changes = Json::array();
      for (const auto& c : h.changes)
        changes.push_back(Json{{"field", c.field}, {"from", c.from}, {"to", c.to}});
      e["changes"] = changes;
    }
    a.push_back(std::move(e));
  }
  return a;
}

std::vector<HistoryEntry> history_from_yaml(const YamlReader& r) {
  std::vector<HistoryEntry> out;
  if (!r.has("history")) return out;
  auto list = r.node("history");
  if (!list.IsSequence()) r.fail(list, "history 应为列表");
  for (const auto& item : list) {
    auto h = r.sub(item);
    HistoryEntry e{h.datetime("at"), h.str_or("by"), h.str("action"), h.str_or("note"), {}};
    if (h.has("changes")) {
      auto changes = h.node("changes");
      if (!changes.IsSequence()) h.fail(changes, "changes 应为列表");
      for (const auto& c : changes) {
        auto x = h.sub(c);
        e.changes.push_back({x.str("field"), x.str_or("from"), x.str_or("to")});
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

Json person_to_json(const Person& p) {
  return Json{{"name", p.name}, {"phone", p.phone}};
}

Person person_from_yaml(const YamlReader& r, const char* key) {
  if (!r.has(key)) return {};
  auto p = r.sub(r.node(key));
  return {p.str_or("name"), p.str_or("phone")};
}

Complaint RecordTraits<Complaint>::from_yaml(const YamlReader& r) {
  Complaint c;
  c.id = r.str("id");
  c.status = r.enumeration<ComplaintStatus>("status");
  c.received_at = r.datetime("received_at");
  c.channel = r.enumeration<Channel>("channel");
  c.unit = r.str_or("unit");
  c.place = r.str_or("place");
  c.complainant = person_from_yaml(r, "complainant");
  c.involved = r.str_list("involved");
  c.category = r.str_or("category");
  c.severity = r.enumeration<Severity>("severity");
  c.description = r.str_or("description");
  c.owner = r.str("owner");
  c.assigned_to = r.str_or("assigned_to");
  c.acknowledged_at = r.opt_datetime("acknowledged_at");
  c.resolved_at = r.opt_datetime("resolved_at");
  c.resolution = r.str_or("resolution");
  if (r.has("callbacks")) {
    auto list = r.node("callbacks");
    if (!list.IsSequence()) r.fail(list, "callbacks 应为列表");
    for (const auto& item : list) {
      auto cb = r.sub(item);
      c.callbacks.push_back({cb.datetime("at"), cb.str_or("by"),
                             cb.enumeration<CallbackResult>("result"), cb.str_or("signed_by"),
                             cb.str_or("note")});
    }
  }
  c.history = history_from_yaml(r);
  return c;
}

Json RecordTraits<Complaint>::to_json(const Complaint& c) {
  Json callbacks = Json::array();
  for (const auto& cb : c.callbacks)
    callbacks.push_back(Json{{"at", format_datetime(cb.at)},
                             {"by", cb.by},
                             {"result", to_key(cb.result)},
                             {"signed_by", cb.signed_by},
                             {"note", cb.note}});
  return Json{{"id", c.id},
              {"status", to_key(c.status)},
              {"received_at", format_datetime(c.received_at)},
              {"channel", to_key(c.channel)},
              {"unit", c.unit},
              {"place", c.place},
              {"complainant", person_to_json(c.complainant)},
              {"involved", c.involved},
              {"category", c.category},
              {"severity", to_key(c.severity)},
              {"description", c.description},
              {"owner", c.owner},
              {"assigned_to", c.assigned_to},
              {"acknowledged_at", json_time(c.acknowledged_at)},
              {"resolved_at", json_time(c.resolved_at)},
              {"resolution", c.resolution},
              {"callbacks", callbacks},
              {"history", history_to_json(c.history)}};
}

}  // namespace kefu
