/// Owner visits and what they became; see visit.hpp.
#include "core/visit.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

bool Visit::open() const {
  return !raised.empty() && follow_up.empty() && opinion.empty() && complaint.empty() &&
         repair.empty();
}

Visit log_visit(std::string id, const NewVisit& n, const std::string& by, DateTime now) {
  if (n.unit.empty()) throw RefusedError("请用 --unit 写明走访的户号");
  if (n.person.name.empty()) throw RefusedError("请用 --person 写明走访对象（姓名/电话）");
  if (n.visited_at > now)
    throw RefusedError("走访时间 " + format_datetime(n.visited_at) + " 晚于当前时间 " +
                       format_datetime(now) + "，不能预先登记");
  Visit v;
  v.id = std::move(id);
  v.visited_at = n.visited_at;
  v.unit = n.unit;
  v.person = n.person;
  v.by = by;
  v.purpose = n.purpose;
  v.raised = n.raised;
  v.follow_up = n.follow_up;
  add_history(v.history, now, by, "add", "登记走访");
  return v;
}

void follow_up_visit(Visit& v, const std::string& text, const std::string& by, DateTime now) {
  auto t = trim(text);
  if (t.empty()) throw RefusedError("跟进情况不能为空");
  v.follow_up = v.follow_up.empty() ? t : v.follow_up + "；" + t;
  add_history(v.history, now, by, "note", "跟进：" + t);
}

const char* visit_outcome_zh(VisitOutcome o) {
  switch (o) {
    case VisitOutcome::opinion:
      return "顾客意见";
    case VisitOutcome::complaint:
      return "投诉";
    case VisitOutcome::repair:
      return "报修";
  }
  return "?";
}

namespace {
std::string& link_of(Visit& v, VisitOutcome o) {
  switch (o) {
    case VisitOutcome::opinion:
      return v.opinion;
    case VisitOutcome::complaint:
      return v.complaint;
    case VisitOutcome::repair:
      break;
  }
  return v.repair;
}
}  // namespace

void check_visit_can_become(const Visit& v, VisitOutcome o) {
  if (v.raised.empty())
    throw RefusedError("走访 " + v.id + " 没有记录反映的问题（--raised），无可转交的内容");
  auto& link = link_of(const_cast<Visit&>(v), o);
  if (!link.empty())
    throw RefusedError("走访 " + v.id + " 已转为" + visit_outcome_zh(o) + " " + link +
                       "，不能重复转换");
}

void link_visit(Visit& v, VisitOutcome o, const std::string& id, const std::string& by,
                DateTime now) {
  check_visit_can_become(v, o);
  link_of(v, o) = id;
  add_history(v.history, now, by, "convert", std::string("转为") + visit_outcome_zh(o) + " " + id);
}

}  // namespace kefu
