/// Logging a call or visit.
#include "core/contact.hpp"

#include "core/errors.hpp"

namespace kefu {

Contact log_contact(std::string id, const NewContact& n, const std::string& by, DateTime now) {
  if (n.content.empty()) throw RefusedError("来电来访内容（--content）不能为空");
  if (n.unit.empty() && n.person.name.empty())
    throw RefusedError("请写明来电来访人：户号（--unit）或姓名（--name）");
  Contact c;
  c.id = std::move(id);
  c.received_at = now;
  c.type = n.type;
  c.channel = n.channel;
  c.category = n.category;
  c.unit = n.unit;
  c.person = n.person;
  c.content = n.content;
  c.reply = n.reply;
  c.owner = by;
  add_history(c.history, now, by, "open", std::string("登记") + std::string(to_zh(n.type)));
  return c;
}

}  // namespace kefu
