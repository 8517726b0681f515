/// Lost property: see lost.hpp.
#include "core/lost.hpp"

#include <algorithm>
#include <chrono>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

template <>
std::span<const EnumName<LostDisposal>> enum_names<LostDisposal>() {
  static constexpr EnumName<LostDisposal> names[] = {
      {LostDisposal::police, "police", "移交派出所"},
      {LostDisposal::disposed, "disposed", "处理"},
  };
  return names;
}

template <>
std::span<const EnumName<LostState>> enum_names<LostState>() {
  static constexpr EnumName<LostState> names[] = {
      {LostState::reported, "reported", "待主管确认"},
      {LostState::kept, "kept", "保管中"},
      {LostState::returned, "returned", "已认领"},
      {LostState::police, "police", "已移交派出所"},
      {LostState::disposed, "disposed", "已处理"},
  };
  return names;
}

namespace {

bool may_decide(const StaffMember& m) {
  return m.role == Role::supervisor || m.role == Role::manager;
}

void refuse_closed(const LostItem& x) {
  if (!x.open())
    throw RefusedError(x.id + " 已" + std::string(to_zh(lost_state(x))) + "，不在前台保管");
}

}  // namespace

LostItem record_found(std::string id, const NewLostItem& n, const std::string& by, DateTime now) {
  if (trim(n.item).empty()) throw RefusedError("请用 --item 写明拾获的物品");
  if (trim(n.place).empty()) throw RefusedError("请用 --place 写明拾获地点");
  if (trim(n.kept_at).empty()) throw RefusedError("请用 --kept-at 写明物品存放处");
  if (n.found_at > now) throw RefusedError("拾获时间不能晚于现在");
  LostItem x;
  x.id = std::move(id);
  x.received_at = now;
  x.found_at = n.found_at;
  x.item = trim(n.item);
  x.place = trim(n.place);
  x.found_by = trim(n.found_by);
  x.kept_at = trim(n.kept_at);
  x.owner = by;
  x.note = trim(n.note);
  add_history(x.history, now, by, "open", "登记拾遗物品，报告客户主管");
  return x;
}

void acknowledge_lost(LostItem& x, const StaffMember& by, DateTime now) {
  if (!may_decide(by))
    throw RefusedError("拾遗物品须由客户主管或管理处经理确认；" + by.name + " 是" +
                       std::string(to_zh(by.role)));
  if (x.acknowledged_at)
    throw RefusedError(x.id + " 已由主管确认（" + format_datetime(*x.acknowledged_at) + "）");
  if (now < x.received_at) throw RefusedError("确认时间不能早于登记时间");
  x.acknowledged_at = now;
  x.acknowledged_by = by.id;
  add_history(x.history, now, by.id, "acknowledge", "主管已知悉");
}

void return_lost(LostItem& x, LostReturn r, DateTime now) {
  refuse_closed(x);
  if (!x.acknowledged_at)
    throw RefusedError(x.id + " 尚未报告主管确认（kefu lost ack " + x.id + "），不能交还");
  r.claimant = trim(r.claimant);
  r.proof = trim(r.proof);
  r.signature = trim(r.signature);
  if (r.claimant.empty()) throw RefusedError("请用 --claimant 写明认领人姓名");
  if (r.id.type.empty() || r.id.last4.empty())
    throw RefusedError("请核对认领人的证件：--id-doc 证件类型 --id-number 号码或末四位");
  if (r.proof.empty()) throw RefusedError("请用 --proof 写明认领人如何证明物品属于本人");
  if (r.signature.empty()) throw RefusedError("认领人须签名确认：--signature 签名人姓名");
  if (now < x.found_at) throw RefusedError("交还时间不能早于拾获时间");
  r.at = now;
  std::string who = r.claimant;
  x.returned = std::move(r);
  add_history(x.history, now, x.returned->by, "return", "交还认领人 " + who);
}

DateTime keep_until(const LostItem& x, const LostPropertyConfig& c) {
  return start_of_day(date_of(x.found_at) + std::chrono::days(c.keep_days));
}

void dispose_lost(LostItem& x, LostDisposalRecord d, const StaffMember& decided_by,
                  const LostPropertyConfig& c, DateTime now) {
  refuse_closed(x);
  if (!x.acknowledged_at)
    throw RefusedError(x.id + " 尚未报告主管确认（kefu lost ack " + x.id + "）");
  if (!may_decide(decided_by))
    throw RefusedError("移交或处理拾遗物品须由客户主管或管理处经理决定；" + decided_by.name +
                       " 是" + std::string(to_zh(decided_by.role)));
  d.reason = trim(d.reason);
  if (now < keep_until(x, c) && d.reason.empty())
    throw RefusedError(x.id + " 保管期（" + std::to_string(c.keep_days) + " 天）至 " +
                       format_datetime(keep_until(x, c)) +
                       " 才满；提前移交或处理须用 --reason 写明理由");
  d.at = now;
  d.decided_by = decided_by.id;
  auto how = d.how;
  x.disposal = std::move(d);
  add_history(x.history, now, x.disposal->by, "dispose", std::string(to_zh(how)));
}

LostState lost_state(const LostItem& x) {
  if (x.returned) return LostState::returned;
  if (x.disposal)
    return x.disposal->how == LostDisposal::police ? LostState::police : LostState::disposed;
  return x.acknowledged_at ? LostState::kept : LostState::reported;
}

bool lost_open_at(const LostItem& x, DateTime t) {
  if (x.found_at > t || x.received_at > t) return false;
  if (x.returned && x.returned->at <= t) return false;
  if (x.disposal && x.disposal->at <= t) return false;
  return true;
}

std::vector<LostItem> lost_property_open_at(const std::vector<LostItem>& items, DateTime t) {
  std::vector<LostItem> out;
  for (const auto& x : items)
    if (lost_open_at(x, t)) out.push_back(x);
  std::sort(out.begin(), out.end(), [](const LostItem& a, const LostItem& b) {
    return a.found_at != b.found_at ? a.found_at < b.found_at : a.id < b.id;
  });
  return out;
}

}  // namespace kefu
