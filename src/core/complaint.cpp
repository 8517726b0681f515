/// Complaint deadlines and lifecycle rules.
#include "core/complaint.hpp"

#include "core/errors.hpp"
#include "core/step_time.hpp"

namespace kefu {
namespace {

void refuse_if_before_receipt(const Complaint& c, DateTime now) {
  refuse_if_before(now, c.received_at, "操作时间", "投诉 " + c.id, "受理时间");
}

}  // namespace

std::string action_zh(const std::string& action) {
  static const std::pair<const char*, const char*> names[] = {
      {"open", "受理"},
      {"assign", "派单"},
      {"note", "记录"},
      {"reply", "答复"},
      {"close", "结案"},
      {"reopen", "重开"},
      {"callback", "回访"},
      {"dispatch", "派工"},
      {"arrive", "到场"},
      {"done", "完工"},
      {"rework", "返修"},
      {"lend", "借出"},
      {"return", "归还"},
      {"add", "登记"},
      {"collect", "收集"},
      {"send", "送达"},
      {"measures", "措施"},
      {"rectify", "整改"},
      {"deliver", "送达"},
      {"convert", "转换"},
      // renovations
      {"apply", "申请"},
      {"charge", "开费"},
      {"drawings", "收图"},
      {"review", "工审"},
      {"review_failed", "退图"},
      {"approve", "审批"},
      {"permit", "发证"},
      {"pass", "办证"},
      {"pass_return", "退证"},
      {"pass_lost", "遗失"},
      {"extend", "延期"},
      {"inspect", "巡查"},
      {"notice", "整改单"},
      {"rectified", "已整改"},
      {"hot_work", "动火"},
      {"overtime", "加班"},
      {"overnight", "留宿"},
      {"accept", "验收"},
      {"settle", "结算"},
      {"link", "关联"},
      {"centre_check", "客审"},
      // moves
      {"check", "交接"},
      {"consent", "同意"},
      {"release", "放行"},
      // patrols and lost property
      {"repair", "转报修"},
      {"complaint", "转投诉"},
      {"fixed", "现场整改"},
      {"acknowledge", "主管确认"},
      {"dispose", "移交处理"},
  };
  for (const auto& [key, zh] : names)
    if (action == key) return zh;
  return action;
}

std::string callback_proof_zh(const CallbackRecord& cb) {
  if (cb.by_phone())
    return cb.signed_by.empty() ? "（电话回访）" : "（电话回访，" + cb.signed_by + "）";
  return "（" + cb.signed_by + " 签字）";
}

void require_callback_proof(const CallbackRecord& cb) {
  if (cb.signed_by.empty() && !cb.by_phone())
    throw RefusedError(
        "回访须由客户签字确认（--signed-by 写明签字人），或为电话回访（--phone 写明所拨电话）");
}

ComplaintDeadlines complaint_deadlines(const Complaint& c, const ComplaintSla& sla,
                                       const WorkingCalendar& cal) {
  ComplaintDeadlines d;
  d.response_due = c.received_at + std::chrono::hours{sla.response_hours};
  int days = c.severity == Severity::major ? sla.resolve_working_days_major
                                           : sla.resolve_working_days_general;
  d.resolution_due = end_of_day(cal.add_working_days(date_of(c.received_at), days));
  if (c.resolved_at) {
    int cb = c.severity == Severity::major ? sla.callback_days_major : sla.callback_days_general;
    d.callback_due = end_of_day(date_of(*c.resolved_at) + std::chrono::days{cb});
  }
  return d;
}

bool complaint_callback_pending(const Complaint& c) {
  return c.status == ComplaintStatus::resolved;
}

ComplaintOverdue complaint_overdue(const Complaint& c, const ComplaintDeadlines& d, DateTime now) {
  ComplaintOverdue o;
  bool unresolved = c.status == ComplaintStatus::open || c.status == ComplaintStatus::processing;
  o.response = !c.acknowledged_at && unresolved && now > d.response_due;
  o.resolution = unresolved && now > d.resolution_due;
  o.callback = complaint_callback_pending(c) && d.callback_due && now > *d.callback_due;
  return o;
}

Complaint open_complaint(std::string id, const NewComplaint& n, const std::string& by,
                         DateTime now) {
  if (n.unit.empty() == n.place.empty())
    throw RefusedError("请指明投诉涉及的户号（--unit）或公共场所（--place），二者取其一");
  if (n.description.empty()) throw RefusedError("投诉内容（--desc）不能为空");
  Complaint c;
  c.id = std::move(id);
  c.status = ComplaintStatus::open;
  c.received_at = now;
  c.channel = n.channel;
  c.unit = n.unit;
  c.place = n.place;
  c.complainant = n.complainant;
  c.involved = n.involved;
  c.category = n.category;
  c.severity = n.severity;
  c.description = n.description;
  c.owner = by;
  add_history(c.history, now, by, "open", "受理投诉");
  return c;
}

void assign_complaint(Complaint& c, const std::string& to, const std::string& by, DateTime now,
                      const std::string& note) {
  refuse_if_before_receipt(c, now);
  if (c.status == ComplaintStatus::resolved || c.status == ComplaintStatus::closed)
    throw RefusedError("投诉 " + c.id + " 已结案（当前为「" + std::string(to_zh(c.status)) +
                       "」），不能再派单；如需继续处理请先 reopen");
  c.assigned_to = to;
  if (!c.acknowledged_at) c.acknowledged_at = now;
  c.status = ComplaintStatus::processing;
  add_history(c.history, now, by, "assign",
              note.empty() ? "派单至 " + to : "派单至 " + to + "：" + note);
}

void note_complaint(Complaint& c, const std::string& text, bool answered_customer,
                    const std::string& by, DateTime now) {
  refuse_if_before_receipt(c, now);
  if (text.empty()) throw RefusedError("备注内容不能为空");
  if (answered_customer) {
    if (c.status == ComplaintStatus::closed)
      throw RefusedError("投诉 " + c.id + " 已结案，答复客户请先 reopen");
    if (!c.acknowledged_at) c.acknowledged_at = now;
    if (c.status == ComplaintStatus::open) c.status = ComplaintStatus::processing;
  }
  add_history(c.history, now, by, answered_customer ? "reply" : "note", text);
}

void close_complaint(Complaint& c, const std::string& resolution, const std::string& by,
                     DateTime now) {
  refuse_if_before_receipt(c, now);
  if (c.status == ComplaintStatus::resolved || c.status == ComplaintStatus::closed)
    throw RefusedError("投诉 " + c.id + " 已结案（当前为「" + std::string(to_zh(c.status)) +
                       "」），不能重复结案");
  if (resolution.empty()) throw RefusedError("请用 --resolution 写明处理结果");
  if (!c.acknowledged_at) c.acknowledged_at = now;
  c.resolved_at = now;
  c.resolution = resolution;
  c.status = ComplaintStatus::resolved;
  add_history(c.history, now, by, "close", resolution);
}

void reopen_complaint(Complaint& c, const std::string& reason, const std::string& by,
                      DateTime now) {
  refuse_if_before_receipt(c, now);
  if (c.status != ComplaintStatus::resolved && c.status != ComplaintStatus::closed)
    throw RefusedError("投诉 " + c.id + " 仍在" + std::string(to_zh(c.status)) + "，无需重开");
  if (reason.empty()) throw RefusedError("请用 --reason 写明重开原因");
  c.status = ComplaintStatus::processing;
  c.resolved_at.reset();
  c.resolution.clear();  // the earlier resolution stays in the history
  add_history(c.history, now, by, "reopen", reason);
}

void callback_complaint(Complaint& c, const CallbackRecord& cb) {
  refuse_if_before_receipt(c, cb.at);
  if (c.status != ComplaintStatus::resolved)
    throw RefusedError("投诉 " + c.id + " 当前为「" + std::string(to_zh(c.status)) +
                       "」，只有已解决待回访的投诉才能回访");
  require_callback_proof(cb);
  c.callbacks.push_back(cb);
  std::string note = "回访：" + std::string(to_zh(cb.result)) + callback_proof_zh(cb);
  if (!cb.note.empty()) note += "；" + cb.note;
  if (cb.result == CallbackResult::unsatisfied) {
    c.status = ComplaintStatus::processing;
    c.resolved_at.reset();
    c.resolution.clear();
    note += "；不满意，转回继续处理";
  } else {
    c.status = ComplaintStatus::closed;
  }
  add_history(c.history, cb.at, cb.by, "callback", note);
}

void link_complaint_renovation(Complaint& c, const std::string& renovation, const std::string& by,
                               DateTime now) {
  if (!c.renovation.empty()) throw RefusedError("投诉 " + c.id + " 已关联装修 " + c.renovation);
  c.renovation = renovation;
  add_history(c.history, now, by, "link", "关联装修 " + renovation);
}

}  // namespace kefu
