/// Repair deadlines and lifecycle rules.
#include "core/repair.hpp"

#include "core/errors.hpp"
#include "core/step_time.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

void refuse_if_before_receipt(const Repair& r, DateTime at) {
  refuse_if_before(at, r.received_at, "时间", "报修 " + r.id, "受理时间");
}

std::string state_zh(const Repair& r) {
  return "「" + std::string(to_zh(r.status)) + "」";
}

/// Back to work for another round: the technician stays assigned unless none was.
void send_back(Repair& r, DateTime at, const std::string& by, const std::string& reason,
               const std::string& source) {
  r.reworks.push_back({at, by, reason, source, r.completed_at});
  r.status = r.technician.empty() ? RepairStatus::logged : RepairStatus::dispatched;
  r.completed_at.reset();
  r.arrived_at.reset();
  r.signed_by.clear();
  r.result.clear();  // the earlier completion stays in the history
}

}  // namespace

DateTime sla_deadline(DateTime start, const SlaSpan& span, const WorkingCalendar& cal) {
  if (span.unit == SlaSpan::Unit::minutes) return start + std::chrono::minutes{span.amount};
  if (span.unit == SlaSpan::Unit::calendar_days)
    return end_of_day(date_of(start) + std::chrono::days{span.amount});
  return end_of_day(cal.add_working_days(date_of(start), span.amount));
}

DateTime repair_work_started(const Repair& r) {
  return r.reworks.empty() ? r.received_at : r.reworks.back().at;
}

std::optional<DateTime> repair_last_completed(const Repair& r) {
  if (r.completed_at) return r.completed_at;
  for (auto it = r.reworks.rbegin(); it != r.reworks.rend(); ++it)
    if (it->completed_at) return it->completed_at;
  return std::nullopt;
}

RepairDeadlines repair_deadlines(const Repair& r, const RepairSla& sla,
                                 const WorkingCalendar& cal) {
  RepairDeadlines d;
  DateTime start = repair_work_started(r);
  bool urgent = r.urgency == Urgency::urgent;
  auto arrive = urgent ? sla.arrive_urgent : sla.arrive_normal;
  if (arrive) d.arrive_due = sla_deadline(start, *arrive, cal);
  d.fix_due = sla_deadline(start, urgent ? sla.fix_urgent : sla.fix_normal, cal);
  if (r.completed_at)
    d.callback_due = end_of_day(date_of(*r.completed_at) + std::chrono::days{sla.callback_days});
  return d;
}

bool repair_callback_pending(const Repair& r) {
  return r.status == RepairStatus::done;
}

RepairOverdue repair_overdue(const Repair& r, const RepairDeadlines& d, DateTime now) {
  RepairOverdue o;
  bool working = r.status == RepairStatus::logged || r.status == RepairStatus::dispatched;
  o.arrival = working && d.arrive_due && !r.arrived_at && now > *d.arrive_due;
  o.fix = working && now > d.fix_due;
  o.callback = repair_callback_pending(r) && d.callback_due && now > *d.callback_due;
  return o;
}

Repair log_repair(std::string id, const NewRepair& n, const std::string& by, DateTime now) {
  if (n.unit.empty() && n.place.empty())
    throw RefusedError("请指明报修的户号（--unit，户内维修）或公共设施所在位置（--place）");
  if (n.fault.empty()) throw RefusedError("故障描述（--fault）不能为空");
  Repair r;
  r.id = std::move(id);
  r.received_at = now;
  r.channel = n.channel;
  r.urgency = n.urgency;
  r.unit = n.unit;
  r.place = n.place;
  r.requester = n.requester;
  r.fault = n.fault;
  r.owner = by;
  add_history(r.history, now, by, "open",
              std::string("受理报修（") + std::string(to_zh(n.urgency)) + "）");
  return r;
}

void dispatch_repair(Repair& r, const std::string& team, const std::string& technician,
                     const std::string& technician_name, DateTime at,
                     std::optional<DateTime> arrived, const std::string& by, DateTime now) {
  refuse_if_before_receipt(r, at);
  refuse_if_future(at, now, "派工时间");
  if (r.status == RepairStatus::done || r.status == RepairStatus::closed)
    throw RefusedError("报修 " + r.id + " 已完工（当前为" + state_zh(r) +
                       "），不能再派工；如需返修请用 repair rework");
  if (technician.empty()) throw RefusedError("请用 --tech 指明维修人员");
  if (arrived) {
    if (*arrived < at)
      throw RefusedError("到场时间 " + format_datetime(*arrived) + " 早于派工时间 " +
                         format_datetime(at) +
                         "（派工时间默认为当前时间）：请用 --at 写明派工时间，或派工后到场时用 "
                         "repair arrive " +
                         r.id + " 记录");
    refuse_if_future(*arrived, now, "到场时间");
  }
  bool again = r.status == RepairStatus::dispatched;
  r.team = team;
  r.technician = technician;
  r.dispatched_at = at;
  if (arrived) r.arrived_at = arrived;
  r.status = RepairStatus::dispatched;
  std::string note = (again ? "改派 " : "派工 ") + (team.empty() ? "" : team + " ") +
                     (technician_name.empty() ? technician : technician_name);
  if (arrived) note += "，" + format_datetime(*arrived) + " 到场";
  add_history(r.history, at, by, "dispatch", note);
}

void record_arrival(Repair& r, DateTime at, const std::string& by, DateTime now) {
  refuse_if_before_receipt(r, at);
  refuse_if_future(at, now, "到场时间");
  if (r.status == RepairStatus::logged)
    throw RefusedError("报修 " + r.id +
                       " 尚未派工，请先 repair dispatch（可同时用 --arrived 记录到场）");
  if (r.status != RepairStatus::dispatched)
    throw RefusedError("报修 " + r.id + " 已完工（当前为" + state_zh(r) + "），不能再记录到场");
  if (r.arrived_at)
    throw RefusedError("报修 " + r.id + " 已记录 " + format_datetime(*r.arrived_at) +
                       " 到场；如记错请用 kefu correct " + r.id +
                       " --set arrived_at=时间 --why 原因 更正");
  if (r.dispatched_at && at < *r.dispatched_at)
    throw RefusedError("到场时间 " + format_datetime(at) + " 早于派工时间 " +
                       format_datetime(*r.dispatched_at) + "；请用 --at 写明实际到场时间");
  r.arrived_at = at;
  add_history(r.history, at, by, "arrive", "到场");
}

void complete_repair(Repair& r, const RepairCompletion& c, const std::string& by, DateTime now) {
  refuse_if_before_receipt(r, c.at);
  refuse_if_future(c.at, now, "完工时间");
  if (r.status == RepairStatus::done || r.status == RepairStatus::closed)
    throw RefusedError("报修 " + r.id + " 已完工（当前为" + state_zh(r) + "），不能重复完工");
  if (r.status == RepairStatus::logged)
    throw RefusedError("报修 " + r.id + " 尚未派工，请先 repair dispatch");
  if (r.dispatched_at && c.at < *r.dispatched_at)
    throw RefusedError("完工时间 " + format_datetime(c.at) + " 早于派工时间 " +
                       format_datetime(*r.dispatched_at));
  if (c.signed_by.empty())
    throw RefusedError("完工须由业主（报修人）签字确认，请用 --signed-by 写明签字人");
  if (c.charge_fen && *c.charge_fen < 0) throw RefusedError("收费金额不能为负数");
  r.completed_at = c.at;
  if (!c.materials.empty()) r.materials = c.materials;
  if (c.charge_fen) r.charge_fen = *c.charge_fen;
  r.signed_by = c.signed_by;
  r.result = c.result;
  r.status = RepairStatus::done;
  std::string note = "完工（" + c.signed_by + " 签字）";
  if (!c.result.empty()) note += "：" + c.result;
  add_history(r.history, c.at, by, "done", note);
}

void rework_repair(Repair& r, const std::string& reason, const std::string& by, DateTime now) {
  refuse_if_before_receipt(r, now);
  if (r.status != RepairStatus::done && r.status != RepairStatus::closed)
    throw RefusedError("报修 " + r.id + " 当前为" + state_zh(r) + "，只有已完工的报修才能返修");
  if (reason.empty()) throw RefusedError("请用 --reason 写明返修原因");
  send_back(r, now, by, reason, "manual");
  add_history(r.history, now, by, "rework", "返修：" + reason);
}

void callback_repair(Repair& r, const CallbackRecord& cb) {
  refuse_if_before_receipt(r, cb.at);
  if (r.status != RepairStatus::done)
    throw RefusedError("报修 " + r.id + " 当前为" + state_zh(r) +
                       "，只有已完工待回访的报修才能回访");
  require_callback_proof(cb);
  r.callbacks.push_back(cb);
  std::string note = "回访：" + std::string(to_zh(cb.result)) + callback_proof_zh(cb);
  if (!cb.note.empty()) note += "；" + cb.note;
  if (cb.result == CallbackResult::unsatisfied) {
    note += "；不满意，转返修";
    add_history(r.history, cb.at, cb.by, "callback", note);
    send_back(r, cb.at, cb.by, cb.note.empty() ? "回访不满意" : "回访不满意：" + cb.note,
              "callback");
  } else {
    r.status = RepairStatus::closed;
    add_history(r.history, cb.at, cb.by, "callback", note);
  }
}

}  // namespace kefu
