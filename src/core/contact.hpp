/// Calls and visits that are not cases (客户来电来访登记): inquiries, suggestions, praise,
/// reports. Complaints and repairs are contacts too; the register puts all three together.
#pragma once

#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/enums.hpp"
#include "core/time.hpp"

namespace kefu {

struct Contact {
  std::string id;  // LD-2026-11-0001
  DateTime received_at{};
  ContactType type = ContactType::inquiry;
  Channel channel = Channel::phone;
  std::string category;
  std::string unit;
  Person person;
  std::string content;
  std::string reply;  // what the customer was told, or whom it was passed to
  std::string owner;  // who received the call or visit
  std::vector<HistoryEntry> history;
  bool operator==(const Contact&) const = default;
};
/// The members of a contact, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Contact& x) {
  using namespace field;
  v("id", x.id, required), v("received_at", x.received_at, required);
  v("type", x.type, required), v("channel", x.channel, required);
  v("category", x.category), v("unit", x.unit), v("person", x.person);
  v("content", x.content), v("reply", x.reply), v("owner", x.owner, required);
  v("history", x.history);
}

struct NewContact {
  ContactType type = ContactType::inquiry;
  Channel channel = Channel::phone;
  std::string category;
  std::string unit;
  Person person;
  std::string content;
  std::string reply;
};

Contact log_contact(std::string id, const NewContact& n, const std::string& by, DateTime now);

/// One line of the 客户来电来访登记表: a call or visit, a complaint or a repair.
struct RegisterLine {
  DateTime at{};
  std::string id;
  std::string kind;     // contact, complaint, repair, special
  std::string type;     // inquiry … for contacts; complaint; repair
  std::string type_zh;  // 咨询 … 投诉 报修
  std::string channel;  // key
  std::string category;
  std::string name;
  std::string unit;    // unit or place
  std::string phone;   // as stored; mask when printing
  std::string owner;   // staff id who received it
  std::string status;  // in Chinese
  std::string subject;
};

}  // namespace kefu
