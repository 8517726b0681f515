/// Special-service rules: the price, the lifecycle, the charge on the bill, a repair converted.
#include "core/special.hpp"

#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/step_time.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

std::string state_zh(const SpecialService& s) {
  return "「" + std::string(to_zh(s.status)) + "」";
}

void refuse_if_before_receipt(const SpecialService& s, DateTime at) {
  refuse_if_before(at, s.received_at, "时间", "特约服务 " + s.id, "受理时间");
}

constexpr const char* kBillItem = "special_service";

}  // namespace

SpecialPrice special_price(const std::vector<SpecialServiceItem>& list,
                           const std::string& key_or_name, const std::string& what,
                           std::optional<int64_t> agreed_fen) {
  SpecialPrice p;
  if (!key_or_name.empty()) {
    const SpecialServiceItem* item = nullptr;
    for (const auto& i : list)
      if (i.key == key_or_name || i.name == key_or_name) item = &i;
    if (!item) {
      std::string known;
      for (const auto& i : list) known += (known.empty() ? "" : "、") + i.name + "(" + i.key + ")";
      throw RefusedError("特约服务价目表（kefu.yaml 的 special_services）中没有「" + key_or_name +
                         "」" +
                         (known.empty() ? "，价目表为空；请用 --what 与 --price 写明服务与议定价格"
                                        : "；可选：" + known));
    }
    p.service = item->key;
    p.what = what.empty() ? item->name : item->name + "：" + what;
    p.price_fen = agreed_fen ? *agreed_fen : item->price_fen;
    p.source = agreed_fen && *agreed_fen != item->price_fen ? "agreed" : "list";
  } else {
    if (what.empty())
      throw RefusedError("请用 --service 指明价目表中的服务，或用 --what 写明服务内容");
    if (!agreed_fen)
      throw RefusedError("「" + what + "」不在特约服务价目表中，请用 --price 写明与业主议定的价格");
    p.what = what;
    p.price_fen = *agreed_fen;
    p.source = "agreed";
  }
  if (p.price_fen <= 0) throw RefusedError("特约服务是有偿服务，价格应大于零");
  return p;
}

SpecialDeadlines special_deadlines(const SpecialService& s, const SpecialSla& sla,
                                   const WorkingCalendar& cal) {
  SpecialDeadlines d;
  if (!s.done_at) return d;
  d.notice_due = sla_deadline(*s.done_at, sla.notice, cal);
  d.callback_due = sla_deadline(*s.done_at, sla.callback, cal);
  return d;
}

bool special_notice_pending(const SpecialService& s) {
  return s.status == SpecialStatus::done && !s.delivered();
}

bool special_callback_pending(const SpecialService& s) {
  return s.status == SpecialStatus::done;
}

SpecialOverdue special_overdue(const SpecialService& s, const SpecialDeadlines& d, DateTime now) {
  SpecialOverdue out;
  out.notice = special_notice_pending(s) && d.notice_due && now > *d.notice_due;
  out.callback = special_callback_pending(s) && d.callback_due && now > *d.callback_due;
  return out;
}

SpecialService open_special(std::string id, const NewSpecial& n, const std::string& by,
                            DateTime now) {
  if (n.unit.empty()) throw RefusedError("请用 --unit 指明接受特约服务的户号（费用计入该户账目）");
  if (n.price.what.empty()) throw RefusedError("服务内容不能为空");
  if (n.price.price_fen <= 0) throw RefusedError("特约服务是有偿服务，价格应大于零");
  SpecialService s;
  s.id = std::move(id);
  s.received_at = now;
  s.channel = n.channel;
  s.unit = n.unit;
  s.requester = n.requester;
  s.service = n.price.service;
  s.what = n.price.what;
  s.price_fen = n.price.price_fen;
  s.price_source = n.price.source;
  s.owner = by;
  add_history(s.history, now, by, "open",
              "受理特约服务：" + s.what + "，" + format_money(s.price_fen) + " 元（" +
                  (s.price_source == "list" ? "价目表" : "议定") + "）");
  return s;
}

void complete_special(SpecialService& s, const std::string& done_by,
                      const std::string& done_by_name, DateTime at, const std::string& result,
                      YearMonth period, const std::string& by, DateTime now) {
  refuse_if_before_receipt(s, at);
  refuse_if_future(at, now, "完成时间");
  if (s.status != SpecialStatus::ordered)
    throw RefusedError("特约服务 " + s.id + " 已完成（当前为" + state_zh(s) + "），不能重复完成");
  if (done_by.empty()) throw RefusedError("请用 --worker 写明提供服务的人员");
  s.status = SpecialStatus::done;
  s.done_by = done_by;
  s.done_at = at;
  s.result = result;
  s.billed_period = period;
  std::string note = "完成，服务人员 " + (done_by_name.empty() ? done_by : done_by_name) +
                     "；收费 " + format_money(s.price_fen) + " 元计入 " + period.str() + " 账单";
  if (!result.empty()) note += "；" + result;
  add_history(s.history, at, by, "done", note);
}

void deliver_special_notice(SpecialService& s, const std::string& to,
                            const std::string& delivered_by, const std::string& delivered_by_name,
                            DateTime at, const std::string& by, DateTime now) {
  refuse_if_future(at, now, "送达时间");
  if (s.status == SpecialStatus::ordered)
    throw RefusedError("特约服务 " + s.id + " 尚未完成，还没有缴费通知单可送达；请先 special done");
  if (s.done_at && at < *s.done_at)
    throw RefusedError("送达时间 " + format_datetime(at) + " 早于服务完成时间 " +
                       format_datetime(*s.done_at));
  if (s.delivered())
    throw RefusedError("特约服务 " + s.id + " 的缴费通知单已于 " +
                       format_datetime(*s.delivered_at) + " 送达 " + s.delivered_to +
                       "，不能重复登记");
  if (to.empty()) throw RefusedError("请用 --to 写明签收缴费通知单的人");
  s.delivered_at = at;
  s.delivered_by = delivered_by;
  s.delivered_to = to;
  add_history(s.history, at, by, "deliver",
              "缴费通知单由 " + (delivered_by_name.empty() ? delivered_by : delivered_by_name) +
                  " 送达 " + to);
}

void callback_special(SpecialService& s, const CallbackRecord& cb) {
  refuse_if_before_receipt(s, cb.at);
  if (s.status != SpecialStatus::done)
    throw RefusedError("特约服务 " + s.id + " 当前为" + state_zh(s) +
                       "，只有已完成待回访的特约服务才能回访");
  if (!cb.by_phone())
    throw RefusedError("特约服务的满意情况通过电话回访（§3.5.3.2），请用 --phone 写明所拨电话");
  s.callbacks.push_back(cb);
  std::string note = "回访：" + std::string(to_zh(cb.result)) + callback_proof_zh(cb);
  if (!cb.note.empty()) note += "；" + cb.note;
  if (cb.result == CallbackResult::unsatisfied)
    note += "；不满意，请通知相关人员继续跟进，跟进后再回访";
  else
    s.status = SpecialStatus::closed;
  add_history(s.history, cb.at, cb.by, "callback", note);
}

BillItem special_bill_item(const SpecialService& s, const std::string& by, DateTime now) {
  BillItem i;
  i.item = kBillItem;
  i.name = "特约服务：" + s.what;
  i.amount = s.price_fen;
  i.at = now;
  i.by = by;
  i.note = s.id;
  return i;
}

void add_special_charge(Bill& bill, const SpecialService& s, const std::string& by, DateTime now) {
  if (bill.unit != s.unit)
    throw RefusedError("特约服务 " + s.id + " 属于 " + s.unit + "，不能计入 " + bill.unit +
                       " 的账单");
  for (const auto& i : bill.items)
    if (i.item == kBillItem && i.note == s.id)
      throw RefusedError("特约服务 " + s.id + " 的收费已在 " + bill.period.str() + " 账单中");
  bill.items.push_back(special_bill_item(s, by, now));
}

SpecialService special_from_repair(std::string id, const Repair& r, const std::string& service,
                                   YearMonth period, const std::string& by, DateTime now) {
  if (r.is_converted())
    throw RefusedError("报修 " + r.id + " 已转为特约服务 " + r.special + "，不能重复转换");
  if (r.is_public())
    throw RefusedError("报修 " + r.id + " 是公共设施报修，没有可计费的住户，不能转为特约服务");
  auto completed = repair_last_completed(r);
  if (!completed || (r.status != RepairStatus::done && r.status != RepairStatus::closed))
    throw RefusedError("报修 " + r.id + " 尚未完工（当前为「" + std::string(to_zh(r.status)) +
                       "」），完工并记录收费后才能转为特约服务");
  if (!r.is_paid())
    throw RefusedError("报修 " + r.id +
                       " 没有记录收费（repair done --charge），不是有偿服务，不能转为特约服务");
  SpecialService s;
  s.id = std::move(id);
  s.status = SpecialStatus::done;
  s.received_at = r.received_at;
  s.channel = r.channel;
  s.unit = r.unit;
  s.requester = r.requester;
  s.service = service;
  s.what = r.fault;
  s.price_fen = r.charge_fen;
  s.price_source = "agreed";
  s.owner = r.owner;
  s.done_by = r.technician;
  s.done_at = completed;
  s.result = r.result;
  s.billed_period = period;
  s.from_repair = r.id;
  if (r.status == RepairStatus::closed) {  // called back already: that callback stands
    s.callbacks = r.callbacks;
    s.status = SpecialStatus::closed;
  }
  add_history(s.history, now, by, "convert",
              "由报修 " + r.id + " 转为特约服务；收费 " + format_money(s.price_fen) + " 元计入 " +
                  period.str() + " 账单");
  return s;
}

void mark_repair_converted(Repair& r, const std::string& special_id, const std::string& by,
                           DateTime now) {
  r.special = special_id;
  r.status = RepairStatus::closed;
  add_history(r.history, now, by, "convert", "转为特约服务 " + special_id + "，不再计入报修统计");
}

}  // namespace kefu
