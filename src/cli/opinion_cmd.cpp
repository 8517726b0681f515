/// kefu opinion add|list|show|sent|measures|rectified — customers' opinions and their chain (R6).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/list_filter.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/opinion_store.hpp"
#include "store/repair_store.hpp"
#include "store/survey_store.hpp"

namespace kefu {
namespace {

struct OpinionAddOptions {
  std::string unit, name, phone, text, dept, source = "other", collected;
};

struct OpinionListOptions {
  bool overdue = false, all = false;
  std::string month, dept, unit;
  FilterArgs filter;
};

/// `--source 建议:LD-2026-11-0003` → (suggestion, LD-2026-11-0003); the ID is optional.
std::pair<OpinionSource, std::string> source_arg(const std::string& text) {
  auto colon = text.find(':');
  std::string kind = text.substr(0, colon);
  std::string id = colon == std::string::npos ? "" : trim(text.substr(colon + 1));
  auto source = enum_arg<OpinionSource>(kind, "意见来源");
  if (colon != std::string::npos && id.empty())
    throw RefusedError("意见来源「" + text + "」缺少编号，应如 suggestion:LD-2026-11-0003");
  if (!id.empty() && source != OpinionSource::suggestion && source != OpinionSource::survey)
    throw RefusedError(
        "只有来自建议或满意度调查的意见可以引用记录编号（suggestion:LD-…、"
        "survey:DC-…）；" +
        std::string(to_zh(source)) + "的意见请直接写明内容");
  return {source, id};
}

/// The opinion already made from the record `source_id` of `source` (for a survey round, from
/// the answer of `unit`); nullopt when there is none.
std::optional<std::string> opinion_made_from(Context& ctx, OpinionSource source,
                                             const std::string& source_id,
                                             const std::string& unit = "") {
  for (const auto& item : OpinionRepository(ctx.store()).query(CaseQuery{}).items) {
    const auto& x = item.record;
    if (x.source == source && x.source_id == source_id && (unit.empty() || x.unit == unit))
      return x.id;
  }
  return std::nullopt;
}

void opinion_add(Context& ctx, const OpinionAddOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewOpinion n;
  std::tie(n.source, n.source_id) = source_arg(o.source);
  n.collected_at = time_arg(o.collected, now, "收集时间");
  n.unit = o.unit;
  n.person = {o.name, o.phone};
  n.text = trim(o.text);
  if (n.source == OpinionSource::survey && !n.source_id.empty()) {
    // An answer of a survey round with an opinion in the unit's own words.
    auto survey = SurveyRepository(ctx.store()).get(n.source_id).record;
    if (o.unit.empty())
      throw RefusedError("请用 --unit 指明是哪一户答卷中的意见（kefu survey opinions " + survey.id +
                         " 列出）");
    auto answer = std::find_if(survey.answers.begin(), survey.answers.end(),
                               [&](const SurveyAnswer& x) { return x.unit == o.unit; });
    if (answer == survey.answers.end())
      throw RefusedError("调查 " + survey.id + " 中没有 " + o.unit + " 的答卷");
    if (auto made = opinion_made_from(ctx, OpinionSource::survey, survey.id, o.unit))
      throw RefusedError(o.unit + " 在调查 " + survey.id + " 中的意见已登记为 " + *made);
    if (n.text.empty()) n.text = trim(answer->opinion);
    if (n.text.empty())
      throw RefusedError(o.unit + " 的答卷没有写意见或建议；请用 --text 写明意见内容");
    // Collected when the answers are summarised (§3.5.2.1 "汇总后两日内送达"): when it is
    // registered, unless told; never before the answer.
    if (n.collected_at < answer->at)
      throw RefusedError("收集时间 " + format_datetime(n.collected_at) + " 早于 " + o.unit +
                         " 的答卷时间 " + format_datetime(answer->at));
  } else if (!n.source_id.empty()) {
    // A suggestion logged with `contact log --type 建议` becomes an opinion without retyping.
    auto contact = ContactRepository(ctx.store()).get(n.source_id).record;
    if (contact.type != ContactType::suggestion)
      throw RefusedError(contact.id + " 是" + std::string(to_zh(contact.type)) +
                         "，不是建议；只有建议（contact log --type 建议）可转为意见");
    if (auto made = opinion_made_from(ctx, OpinionSource::suggestion, contact.id))
      throw RefusedError("建议 " + contact.id + " 已转为意见 " + *made);
    if (n.unit.empty()) n.unit = contact.unit;
    if (n.person.name.empty()) n.person.name = contact.person.name;
    if (n.person.phone.empty()) n.person.phone = contact.person.phone;
    if (n.text.empty()) n.text = contact.content;
    if (o.collected.empty()) n.collected_at = contact.received_at;
  }
  if (!ctx.config().is_department(o.dept)) {
    std::string list;
    for (const auto& d : ctx.config().departments) list += (list.empty() ? "" : "、") + d;
    throw RefusedError("责任部门「" + o.dept + "」不在 kefu.yaml 的 departments 中；可选：" + list);
  }
  n.department = o.dept;
  if (!n.unit.empty()) {
    auto unit = unit_arg(ctx, n.unit);
    if (n.person.name.empty()) n.person.name = unit.owner;
    if (n.person.phone.empty()) n.person.phone = unit.phone;
  }
  Opinion created;
  auto id = OpinionRepository(ctx.store()).create(n.collected_at, [&](const std::string& new_id) {
    created = collect_opinion(new_id, n, by.id, now);
    return created;
  });
  auto d = opinion_deadlines(created, ctx.config().opinion_sla, ctx.dir().calendar());
  ctx.out << id << '\n';
  ctx.err << fmt::format("已登记意见 {}（{}），责任部门 {}；须于 {} 前送达{}\n", id,
                         to_zh(n.source), n.department, format_datetime(d.send_due),
                         now > d.send_due ? "（已超时）" : "");
}

Table opinion_table(Context& ctx, const std::vector<Json>& views) {
  Table t{{"编号", "收集时间", "户号", "收集人", "责任部门", "状态", "下一期限", "逾期", "内容"},
          {}};
  for (const auto& v : views) {
    auto status = *parse_enum<OpinionStatus>(v["status"].get<std::string>());
    std::string next;
    if (status == OpinionStatus::collected) next = v["send_due"];
    if (status == OpinionStatus::sent) next = v["measures_due"];
    if (status == OpinionStatus::rectified) next = v["callback_due"];
    t.rows.push_back(
        {v["id"], format_short(*parse_datetime(v["collected_at"].get<std::string>())), v["unit"],
         ctx.staff_name(v["owner"]), v["department"], std::string(to_zh(status)),
         next.empty() ? "" : format_short(*parse_datetime(next)), overdue_text(v["overdue"], false),
         truncate_to(v["text"].get<std::string>(), 24)});
  }
  return t;
}

const std::vector<std::string> kOpinionCsvKeys = {
    "id",       "status",       "collected_at", "source",       "source_id",
    "unit",     "text",         "department",   "owner",        "sent_at",
    "sent_to",  "measures_at",  "measures",     "rectified_at", "rectification",
    "send_due", "measures_due", "callback_due", "overdue"};

void opinion_list(Context& ctx, const OpinionListOptions& o) {
  CaseQuery q;
  if (!o.month.empty()) q.from = q.to = month_arg(o.month);
  ListFilter filter = filter_arg(o.filter, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  q.open_only = !o.all && o.month.empty() && !filter.dated();
  q.unit = o.unit;
  if (!o.dept.empty() && !ctx.config().is_department(o.dept))
    throw RefusedError("责任部门「" + o.dept + "」不在 kefu.yaml 的 departments 中");
  auto result = OpinionRepository(ctx.store()).query(q);
  std::vector<Json> views;
  for (const auto& item : result.items) {
    const auto& r = item.record;
    if (!o.dept.empty() && r.department != o.dept) continue;
    std::vector<std::string_view> texts{r.text, r.person.name, r.measures, r.rectification,
                                        r.sent_to};
    std::vector<std::string_view> phones{r.person.phone};
    add_case_trail(r, texts, phones);
    if (!filter_keeps(filter, r.collected_at, texts, phones)) continue;
    auto v = opinion_view(ctx, item.record);
    if (o.overdue && v["overdue"].empty()) continue;
    ctx.protect(v);
    views.push_back(std::move(v));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kOpinionCsvKeys,
      [&](const std::vector<Json>& vs) { return opinion_table(ctx, vs); }, "意见");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const Opinion& o) {
  auto v = opinion_view(ctx, o);
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 14) << value << '\n';
  };
  line("意见编号", o.id);
  line("状态", std::string(to_zh(o.status)));
  line("收集时间", format_datetime(o.collected_at) + " " + weekday_zh(date_of(o.collected_at)));
  line("来源", std::string(to_zh(o.source)) + (o.source_id.empty() ? "" : " " + o.source_id));
  line("户号", o.unit);
  line("顾客", o.person.name);
  line("联系电话", ctx.phone(o.person.phone));
  line("意见内容", o.text);
  line("责任部门", o.department);
  line("收集人", ctx.staff_name(o.owner));
  line("送达期限", opt_time(v["send_due"]));
  line("送达时间",
       opt_time(v["sent_at"]) + (o.sent_to.empty() ? "" : "（" + o.sent_to + " 签收）"));
  line("措施反馈期限", opt_time(v["measures_due"]));
  line("措施反馈时间", opt_time(v["measures_at"]));
  line("整改措施", o.measures + (o.measures_from.empty() ? "" : "（" + o.measures_from + "）"));
  line("整改完成时间", opt_time(v["rectified_at"]));
  line("整改情况", o.rectification);
  line("回访期限", opt_time(v["callback_due"]));
  line("逾期", overdue_text(v["overdue"], true));
  for (const auto& cb : o.callbacks)
    line("回访记录", format_datetime(cb.at) + " " + std::string(to_zh(cb.result)) +
                         callback_proof_zh(cb) + (cb.note.empty() ? "" : " " + cb.note));
  print_history(ctx, o.history);
}

void opinion_show(Context& ctx, const std::string& id) {
  auto loaded = OpinionRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = opinion_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, v, kOpinionCsvKeys);
}

/// " （已超时，期限 2026-11-27T23:59:59）" when a step was done after its deadline.
std::string late_note(DateTime at, std::optional<DateTime> due) {
  if (!due || at <= *due) return "";
  return "（已超过期限 " + format_datetime(*due) + "）";
}

struct OpinionStepOptions {
  std::string id, to, from, text, at;
};

/// Runs one step of the chain on a stored opinion; the message is made from the result.
void step(Context& ctx, const std::string& id,
          const std::function<void(Opinion&, const StaffMember&, DateTime)>& change,
          const std::function<std::string(const Opinion&, const OpinionDeadlines&)>& message) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto o = OpinionRepository(ctx.store()).update(id, [&](Opinion& rec) { change(rec, by, now); });
  auto d = opinion_deadlines(o, ctx.config().opinion_sla, ctx.dir().calendar());
  ctx.err << message(o, d) << '\n';
}

}  // namespace

Json opinion_view(Context& ctx, const Opinion& o) {
  const DateTime now = ctx.now();
  auto d = opinion_deadlines(o, ctx.config().opinion_sla, ctx.dir().calendar());
  auto late = opinion_overdue(o, d, now);
  Json overdue = Json::array();
  if (late.send) overdue.push_back("send");
  if (late.measures) overdue.push_back("measures");
  if (late.callback) overdue.push_back("callback");
  Json j = RecordTraits<Opinion>::to_json(o);
  Json v = Json::object();
  for (const auto& [k, x] : j.items()) {
    if (k == "callbacks") {
      v["send_due"] = format_datetime(d.send_due);
      v["measures_due"] = json_time(d.measures_due);
      v["callback_due"] = json_time(d.callback_due);
      v["overdue"] = overdue;
    }
    v[k] = x;
  }
  return v;
}

Json opinion_form_data(Context& ctx, const std::string& id) {
  auto o = OpinionRepository(ctx.store()).get(id).record;
  auto v = opinion_view(ctx, o);
  auto d = opinion_deadlines(o, ctx.config().opinion_sla, ctx.dir().calendar());
  Json callbacks = Json::array();
  int no = 0;
  for (const auto& cb : o.callbacks)
    callbacks.push_back(Json{
        {"no", std::to_string(++no)},
        {"at", format_datetime(cb.at)},
        {"result", to_zh(cb.result)},
        {"signed_by", cb.by_phone() ? "电话回访（" + ctx.phone(cb.phone) + "）" : cb.signed_by},
        {"by", ctx.staff_name(cb.by)},
        {"note", cb.note}});
  auto when = [](std::optional<DateTime> t, std::optional<DateTime> due) {
    return t ? format_datetime(*t) + late_note(*t, due) : std::string();
  };
  return Json{
      {"site", site_json(ctx.dir())},
      {"id", o.id},
      {"collected_at", format_datetime(o.collected_at)},
      {"source", std::string(to_zh(o.source)) + (o.source_id.empty() ? "" : " " + o.source_id)},
      {"customer", o.person.name},
      {"phone", ctx.phone(o.person.phone)},
      {"unit", o.unit},
      {"text", o.text},
      {"department", o.department},
      {"owner", ctx.staff_name(o.owner)},
      {"status", to_zh(o.status)},
      {"send_due", opt_time(v["send_due"])},
      {"sent_at", when(o.sent_at, d.send_due)},
      {"sent_to", o.sent_to},
      {"measures_due", opt_time(v["measures_due"])},
      {"measures_at", when(o.measures_at, d.measures_due)},
      {"measures", o.measures},
      {"measures_from", o.measures_from},
      {"rectified_at", opt_time(v["rectified_at"])},
      {"rectification", o.rectification},
      {"callback_due", opt_time(v["callback_due"])},
      {"callbacks", callbacks}};
}

void add_opinion_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "opinion", "顾客意见（满意度调查、建议、座谈会）：送达责任部门、整改措施、整改、回访");
  cmd->require_subcommand(1);

  auto add = std::make_shared<OpinionAddOptions>();
  auto* a = cmd->add_subcommand("add", "登记一条顾客意见，经办人即收集人；在标准输出打印新编号");
  a->add_option("--unit", add->unit, "提出意见的住户户号，如 3-2-1102");
  a->add_option("--name", add->name, "顾客姓名（默认为该户业主）");
  a->add_option("--phone", add->phone, "顾客电话（默认为该户登记电话）");
  a->add_option("--text", add->text, "意见内容（由建议转来时默认为建议内容）");
  a->add_option("--dept", add->dept, "责任部门，取自 kefu.yaml 的 departments")->required();
  a->add_option("--source", add->source,
                "来源：满意度调查 建议 座谈会 其他（survey suggestion meeting other）；"
                "由已登记的建议转来时写 suggestion:LD-…，由调查答卷转来时写 survey:DC-…"
                "（并用 --unit 指明答卷的户号）")
      ->capture_default_str();
  a->add_option("--collected", add->collected,
                "收集时间，如 2026-11-20T10:00（默认为当前时间；由建议转来时为建议的登记时间）");
  a->footer(
      "例：kefu --by zhangmin opinion add --source 建议:LD-2026-11-0003 --dept 安管部\n"
      "    kefu --by zhangmin opinion add --source survey:DC-2026-10-0001 --unit 1-1-101 "
      "--dept 工程部\n"
      "    kefu --by zhangmin opinion add --unit 3-2-1102 --source 座谈会 --dept 保洁部 \\\n"
      "         --text \"垃圾桶清运不及时\"");
  a->callback([&ctx, add] { opinion_add(ctx, *add); });

  auto list = std::make_shared<OpinionListOptions>();
  auto* l = cmd->add_subcommand("list", "列出意见；默认列出未完成的意见");
  l->add_option("--month", list->month, "收集月份，如 2026-11（含已完成）");
  l->add_option("--dept", list->dept, "责任部门");
  l->add_option("--unit", list->unit, "户号");
  l->add_flag("--overdue", list->overdue, "只列逾期的（未送达、未反馈措施、回访逾期）");
  l->add_flag("--all", list->all, "包括已完成的全部意见");
  add_filter_options(l, list->filter, "意见内容、顾客、整改措施与情况、签收人、备注与回访记录");
  l->callback([&ctx, list] { opinion_list(ctx, *list); });

  auto show_id = std::make_shared<std::string>();
  auto* s = cmd->add_subcommand("show", "显示一条意见的全部内容与处理经过");
  s->add_option("ID", *show_id, "意见编号，如 YJ-2026-11-0001")->required();
  s->callback([&ctx, show_id] { opinion_show(ctx, *show_id); });

  auto o = std::make_shared<OpinionStepOptions>();
  const char* at_help = "完成时间，如 2026-11-21T15:00（默认为当前时间；事后补记时用）";

  auto* se = cmd->add_subcommand("sent", "意见已送达责任部门（§3.5.2.1：收集后两日内）");
  se->add_option("ID", o->id, "意见编号")->required();
  se->add_option("--to", o->to, "责任部门的签收人");
  se->add_option("--at", o->at, at_help);
  se->callback([&ctx, o] {
    step(
        ctx, o->id,
        [&](Opinion& rec, const StaffMember& by, DateTime now) {
          send_opinion(rec, trim(o->to), time_arg(o->at, now, "送达时间"), by.id, now);
        },
        [](const Opinion& rec, const OpinionDeadlines& d) {
          return fmt::format("{} 已送达{}{}；{}须于 {} 前书面反馈整改措施", rec.id, rec.department,
                             late_note(*rec.sent_at, d.send_due), rec.department,
                             format_datetime(*d.measures_due));
        });
  });

  auto* me = cmd->add_subcommand("measures",
                                 "登记责任部门书面反馈的整改措施（§3.5.2.1：接到意见后三日内）");
  me->add_option("ID", o->id, "意见编号")->required();
  me->add_option("--text", o->text, "整改措施")->required();
  me->add_option("--from", o->from, "反馈人（责任部门的经办人）");
  me->add_option("--at", o->at, at_help);
  me->callback([&ctx, o] {
    step(
        ctx, o->id,
        [&](Opinion& rec, const StaffMember& by, DateTime now) {
          record_measures(rec, trim(o->text), trim(o->from), time_arg(o->at, now, "反馈时间"),
                          by.id, now);
        },
        [](const Opinion& rec, const OpinionDeadlines& d) {
          return fmt::format("已登记 {} 的整改措施{}；整改完成后请 opinion rectified", rec.id,
                             late_note(*rec.measures_at, d.measures_due));
        });
  });

  auto* re = cmd->add_subcommand("rectified", "整改完成，并按 §3.5.2.2 排定回访日期");
  re->add_option("ID", o->id, "意见编号")->required();
  re->add_option("--text", o->text, "整改情况");
  re->add_option("--at", o->at, at_help);
  re->callback([&ctx, o] {
    step(
        ctx, o->id,
        [&](Opinion& rec, const StaffMember& by, DateTime now) {
          rectify_opinion(rec, trim(o->text), time_arg(o->at, now, "整改完成时间"), by.id, now);
        },
        [](const Opinion& rec, const OpinionDeadlines& d) {
          return fmt::format("{} 已整改完成；请于 {} 前就整改效果回访（callback done）", rec.id,
                             format_date(date_of(*d.callback_due)));
        });
  });
  // Set last: subcommands created earlier would inherit it.
  cmd->footer(
      "流程：add 登记 → sent 送达责任部门（两日内）→ measures 书面整改措施（接到后三日内）→ "
      "rectified 整改完成 → callback done 回访整改效果（两周内）；不满意则转回继续整改。\n"
      "时限在 kefu.yaml 的 sla.opinion 中设置（默认 send: 2d, measures: 3d, callback: 2w；"
      "写作 2wd 即为工作日）。");
}

}  // namespace kefu
