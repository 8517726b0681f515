/// The YAML/JSON mapping of repair orders and of calls and visits.
#include "store/repair_store.hpp"

#include "core/money.hpp"

namespace kefu {

Json callbacks_to_json(const std::vector<CallbackRecord>& callbacks) {
  Json a = Json::array();
  for (const auto& cb : callbacks)
    a.push_back(Json{{"at", format_datetime(cb.at)},
                     {"by", cb.by},
                     {"result", to_key(cb.result)},
                     {"signed_by", cb.signed_by},
                     {"note", cb.note}});
  return a;
}

std::vector<CallbackRecord> callbacks_from_yaml(const YamlReader& r) {
  std::vector<CallbackRecord> out;
  if (!r.has("callbacks")) return out;
  auto list = r.node("callbacks");
  if (!list.IsSequence()) r.fail(list, "callbacks 应为列表");
  for (const auto& item : list) {
    auto cb = r.sub(item);
    out.push_back({cb.datetime("at"), cb.str_or("by"), cb.enumeration<CallbackResult>("result"),
                   cb.str_or("signed_by"), cb.str_or("note")});
  }
  return out;
}

Repair RecordTraits<Repair>::from_yaml(const YamlReader& r) {
  Repair x;
  x.id = r.str("id");
  x.status = r.enumeration<RepairStatus>("status");
  x.received_at = r.datetime("received_at");
  x.channel = r.enumeration<Channel>("channel");
  x.urgency = r.enumeration<Urgency>("urgency");
  x.unit = r.str_or("unit");
  x.place = r.str_or("place");
  x.requester = person_from_yaml(r, "requester");
  x.fault = r.str_or("fault");
  x.owner = r.str("owner");
  x.team = r.str_or("team");
  x.technician = r.str_or("technician");
  x.dispatched_at = r.opt_datetime("dispatched_at");
  x.arrived_at = r.opt_datetime("arrived_at");
  x.completed_at = r.opt_datetime("completed_at");
  x.materials = r.str_or("materials");
  if (r.has("charge_fen")) {
    auto n = r.node("charge_fen");
    const std::string s = n.IsScalar() ? n.Scalar() : "";
    bool digits =
        !s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() <= 15;
    if (!digits) r.fail(n, "charge_fen 应为以分计的非负整数，如 12050（即 120.50 元）");
    x.charge_fen = std::stoll(s);
  }
  x.signed_by = r.str_or("signed_by");
  x.result = r.str_or("result");
  if (r.has("reworks")) {
    auto list = r.node("reworks");
    if (!list.IsSequence()) r.fail(list, "reworks 应为列表");
    for (const auto& item : list) {
      auto w = r.sub(item);
      x.reworks.push_back({w.datetime("at"), w.str_or("by"), w.str_or("reason"),
                           w.str_or("source", "manual"), w.opt_datetime("completed_at")});
    }
  }
  x.callbacks = callbacks_from_yaml(r);
  x.history = history_from_yaml(r);
  return x;
}

Json RecordTraits<Repair>::to_json(const Repair& x) {
  Json reworks = Json::array();
  for (const auto& w : x.reworks)
    reworks.push_back(Json{{"at", format_datetime(w.at)},
                           {"by", w.by},
                           {"reason", w.reason},
                           {"source", w.source},
                           {"completed_at", json_time(w.completed_at)}});
  return Json{{"id", x.id},
              {"status", to_key(x.status)},
              {"received_at", format_datetime(x.received_at)},
              {"channel", to_key(x.channel)},
              {"urgency", to_key(x.urgency)},
              {"unit", x.unit},
              {"place", x.place},
              {"requester", person_to_json(x.requester)},
              {"fault", x.fault},
              {"owner", x.owner},
              {"team", x.team},
              {"technician", x.technician},
              {"dispatched_at", json_time(x.dispatched_at)},
              {"arrived_at", json_time(x.arrived_at)},
              {"completed_at", json_time(x.completed_at)},
              {"materials", x.materials},
              {"charge_fen", x.charge_fen},
              {"signed_by", x.signed_by},
              {"result", x.result},
              {"reworks", reworks},
              {"callbacks", callbacks_to_json(x.callbacks)},
              {"history", history_to_json(x.history)}};
}

Contact RecordTraits<Contact>::from_yaml(const YamlReader& r) {
  Contact x;
  x.id = r.str("id");
  x.received_at = r.datetime("received_at");
  x.type = r.enumeration<ContactType>("type");
  x.channel = r.enumeration<Channel>("channel");
  x.category = r.str_or("category");
  x.unit = r.str_or("unit");
  x.person = person_from_yaml(r, "person");
  x.content = r.str_or("content");
  x.reply = r.str_or("reply");
  x.owner = r.str("owner");
  x.history = history_from_yaml(r);
  return x;
}

Json RecordTraits<Contact>::to_json(const Contact& x) {
  return Json{{"id", x.id},
              {"received_at", format_datetime(x.received_at)},
              {"type", to_key(x.type)},
              {"channel", to_key(x.channel)},
              {"category", x.category},
              {"unit", x.unit},
              {"person", person_to_json(x.person)},
              {"content", x.content},
              {"reply", x.reply},
              {"owner", x.owner},
              {"history", history_to_json(x.history)}};
}

}  // namespace kefu
