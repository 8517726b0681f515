/// The opinion chain's deadlines and steps (R6).
#include "core/opinion.hpp"

#include "core/errors.hpp"
#include "core/repair.hpp"
#include "core/step_time.hpp"

namespace kefu {
namespace {

std::string state_zh(const Opinion& o) {
  return "「" + std::string(to_zh(o.status)) + "」";
}

/// A step's time: not after `now`, not before the step it follows.
void check_step_time(const Opinion& o, DateTime at, DateTime now, DateTime previous,
                     const char* what, const char* previous_what) {
  refuse_if_future(at, now, what);
  refuse_if_before(at, previous, what, "意见 " + o.id, previous_what);
}

StepTimeliness judge(std::optional<DateTime> done, std::optional<DateTime> due, DateTime now) {
  if (!due) return StepTimeliness::not_yet;
  if (done && *done <= now) return *done <= *due ? StepTimeliness::on_time : StepTimeliness::late;
  return now > *due ? StepTimeliness::late : StepTimeliness::not_yet;
}

/// A step known at `now`: recorded at or before it.
std::optional<DateTime> known(std::optional<DateTime> t, DateTime now) {
  return t && *t <= now ? t : std::nullopt;
}

}  // namespace

OpinionDeadlines opinion_deadlines(const Opinion& o, const OpinionSla& sla,
                                   const WorkingCalendar& cal) {
  OpinionDeadlines d;
  d.send_due = sla_deadline(o.collected_at, sla.send, cal);
  if (o.sent_at) d.measures_due = sla_deadline(*o.sent_at, sla.measures, cal);
  if (o.rectified_at) d.callback_due = sla_deadline(*o.rectified_at, sla.callback, cal);
  return d;
}

bool opinion_callback_pending(const Opinion& o) {
  return o.status == OpinionStatus::rectified;
}

OpinionOverdue opinion_overdue(const Opinion& o, const OpinionDeadlines& d, DateTime now) {
  OpinionOverdue out;
  out.send = o.status == OpinionStatus::collected && now > d.send_due;
  out.measures = o.status == OpinionStatus::sent && d.measures_due && now > *d.measures_due;
  out.callback = opinion_callback_pending(o) && d.callback_due && now > *d.callback_due;
  return out;
}

OpinionChainTimeliness opinion_timeliness(const Opinion& o, const OpinionSla& sla,
                                          const WorkingCalendar& cal, DateTime now) {
  OpinionChainTimeliness t;
  auto sent = known(o.sent_at, now);
  t.send = judge(sent, sla_deadline(o.collected_at, sla.send, cal), now);
  if (sent)
    t.measures = judge(known(o.measures_at, now), sla_deadline(*sent, sla.measures, cal), now);
  // The callback is judged on the first rectification: an unsatisfied callback and a second
  // round of work do not make a late first callback timely.
  std::optional<DateTime> rectified = known(o.rectified_at, now);
  for (const auto& h : o.history)
    if (h.action == "rectify" && h.at <= now && (!rectified || h.at < *rectified)) rectified = h.at;
  if (rectified) {
    std::optional<DateTime> called;
    for (const auto& cb : o.callbacks)
      if (cb.at >= *rectified && cb.at <= now) {
        called = cb.at;
        break;
      }
    t.callback = judge(called, sla_deadline(*rectified, sla.callback, cal), now);
  }
  return t;
}

Opinion collect_opinion(std::string id, const NewOpinion& n, const std::string& by, DateTime now) {
  if (n.text.empty()) throw RefusedError("意见内容（--text）不能为空");
  if (n.department.empty()) throw RefusedError("请用 --dept 指明责任部门");
  if (n.unit.empty() && n.person.name.empty())
    throw RefusedError("请写明提出意见的顾客：户号（--unit）或姓名（--name），整改后须向其回访");
  if (n.collected_at > now)
    throw RefusedError("收集时间 " + format_datetime(n.collected_at) + " 晚于当前时间 " +
                       format_datetime(now));
  Opinion o;
  o.id = std::move(id);
  o.collected_at = n.collected_at;
  o.source = n.source;
  o.source_id = n.source_id;
  o.unit = n.unit;
  o.person = n.person;
  o.text = n.text;
  o.department = n.department;
  o.owner = by;
  std::string note = "收集意见（" + std::string(to_zh(n.source)) +
                     (n.source_id.empty() ? "" : " " + n.source_id) + "），责任部门 " +
                     n.department;
  add_history(o.history, n.collected_at, by, "collect", note);
  return o;
}

void send_opinion(Opinion& o, const std::string& to, DateTime at, const std::string& by,
                  DateTime now) {
  if (o.status != OpinionStatus::collected)
    throw RefusedError("意见 " + o.id + " 已于 " + format_datetime(*o.sent_at) + " 送达" +
                       o.department + "（当前为" + state_zh(o) + "），不能重复送达");
  check_step_time(o, at, now, o.collected_at, "送达时间", "收集时间");
  o.sent_at = at;
  o.sent_to = to;
  o.status = OpinionStatus::sent;
  add_history(o.history, at, by, "send",
              "送达" + o.department + (to.empty() ? "" : "（" + to + " 签收）"));
}

void record_measures(Opinion& o, const std::string& measures, const std::string& from, DateTime at,
                     const std::string& by, DateTime now) {
  if (o.status == OpinionStatus::collected)
    throw RefusedError("意见 " + o.id + " 尚未送达责任部门，请先 opinion sent");
  if (o.status != OpinionStatus::sent)
    throw RefusedError("意见 " + o.id + " 已于 " + format_datetime(*o.measures_at) +
                       " 收到整改措施（当前为" + state_zh(o) + "），不能重复登记");
  if (measures.empty()) throw RefusedError("整改措施（--text）不能为空：须为责任部门的书面反馈");
  check_step_time(o, at, now, *o.sent_at, "反馈时间", "送达时间");
  o.measures_at = at;
  o.measures = measures;
  o.measures_from = from;
  o.status = OpinionStatus::measures;
  add_history(o.history, at, by, "measures",
              o.department + "书面反馈整改措施" + (from.empty() ? "" : "（" + from + "）") + "：" +
                  measures);
}

void rectify_opinion(Opinion& o, const std::string& what, DateTime at, const std::string& by,
                     DateTime now) {
  if (o.status == OpinionStatus::collected)
    throw RefusedError("意见 " + o.id + " 尚未送达责任部门，请先 opinion sent");
  if (o.status == OpinionStatus::sent)
    throw RefusedError("意见 " + o.id + " 尚未收到" + o.department +
                       "的书面整改措施，请先 opinion measures");
  if (o.status != OpinionStatus::measures)
    throw RefusedError("意见 " + o.id + " 当前为" + state_zh(o) + "，已整改，不能重复登记");
  DateTime previous = *o.measures_at;
  if (!o.callbacks.empty() && o.callbacks.back().at > previous) previous = o.callbacks.back().at;
  check_step_time(o, at, now, previous, "整改完成时间",
                  previous == *o.measures_at ? "整改措施反馈时间" : "上次回访时间");
  o.rectified_at = at;
  o.rectification = what;
  o.status = OpinionStatus::rectified;
  add_history(o.history, at, by, "rectify", "整改完成" + (what.empty() ? "" : "：" + what));
}

void callback_opinion(Opinion& o, const CallbackRecord& cb) {
  if (o.status != OpinionStatus::rectified)
    throw RefusedError("意见 " + o.id + " 当前为" + state_zh(o) +
                       "，只有整改完成待回访的意见才能回访");
  if (cb.at < *o.rectified_at)
    throw RefusedError("回访时间 " + format_datetime(cb.at) + " 早于意见 " + o.id +
                       " 的整改完成时间 " + format_datetime(*o.rectified_at));
  require_callback_proof(cb);
  o.callbacks.push_back(cb);
  std::string note = "回访整改效果：" + std::string(to_zh(cb.result)) + callback_proof_zh(cb);
  if (!cb.note.empty()) note += "；" + cb.note;
  if (cb.result == CallbackResult::unsatisfied) {
    note += "；不满意，转回" + o.department + "继续整改";
    o.status = OpinionStatus::measures;
  } else {
    o.status = OpinionStatus::closed;
  }
  add_history(o.history, cb.at, cb.by, "callback", note);
}

}  // namespace kefu
