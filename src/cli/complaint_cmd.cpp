/// kefu complaint open|list|show|assign|note|close|reopen — the complaint register (R1–R5).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/hooks.hpp"
#include "cli/list_filter.hpp"
#include "cli/month_list.hpp"
#include "core/due.hpp"
#include "core/text.hpp"
#include "store/complaint_store.hpp"

namespace kefu {
namespace {

/// The overdue keys of a complaint view in Chinese: 未响应、超时限 (or the long wording).
std::string complaint_overdue_zh(const Json& keys, bool long_form) {
  std::string s;
  for (const auto& o : keys) {
    s += (s.empty() ? "" : "、") + std::string(kefu::overdue_zh(o.get<std::string>(), long_form));
  }
  return s;
}

struct ComplaintOpenOptions {
  std::string channel = "phone", unit, place, name, phone, category, severity = "general", desc;
  std::vector<std::string> involved;
};

struct ComplaintListOptions {
  std::vector<std::string> status;
  bool overdue = false, all = false;
  std::string month, owner, unit;
  FilterArgs filter;
};

void complaint_open(Context& ctx, const ComplaintOpenOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewComplaint n;
  n.channel = enum_arg<Channel>(o.channel, "来源渠道");
  n.severity = enum_arg<Severity>(o.severity, "投诉级别");
  n.unit = o.unit;
  n.place = o.place;
  n.complainant = {o.name, o.phone};
  n.involved = o.involved;
  n.description = trim(o.desc);
  const auto& cats = ctx.config().complaint_categories;
  if (std::find(cats.begin(), cats.end(), o.category) == cats.end()) {
    std::string list;
    for (const auto& c : cats) list += (list.empty() ? "" : "、") + c;
    throw RefusedError("投诉类别「" + o.category +
                       "」不在 kefu.yaml 的 complaint_categories 中；可选：" + list);
  }
  n.category = o.category;
  if (!o.unit.empty()) {
    auto unit = unit_arg(ctx, o.unit);
    if (n.complainant.name.empty()) n.complainant.name = unit.owner;
    if (n.complainant.phone.empty()) n.complainant.phone = unit.phone;
  }
  ComplaintRepository repo(ctx.store());
  Complaint created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = open_complaint(new_id, n, by.id, now);
    return created;
  });
  auto d = complaint_deadlines(created, ctx.config().complaint_sla, ctx.dir().calendar());
  ctx.out << id << '\n';
  ctx.err << fmt::format("已受理投诉 {}（{}），首问负责人 {}；须于 {} 前响应，{} 前处理完毕\n", id,
                         to_zh(n.severity), by.name, format_datetime(d.response_due),
                         format_datetime(d.resolution_due));
  for (const auto& up : complaint_escalations(created, {}, next_level(ctx), now))
    announce_escalation(ctx, up);
  notify(opened_events(created));
}

Table complaint_table(Context& ctx, const std::vector<Json>& views) {
  Table t{{"编号", "受理时间", "户号/地点", "类别", "级别", "状态", "首问负责人", "处理人",
           "处理时限", "逾期"},
          {}};
  for (const auto& v : views) {
    std::string where = v["unit"].get<std::string>();
    if (where.empty()) where = truncate_to(v["place"].get<std::string>(), 16);
    auto status = parse_enum<ComplaintStatus>(v["status"].get<std::string>());
    auto sev = parse_enum<Severity>(v["severity"].get<std::string>());
    std::string assigned = v["assigned_to"].get<std::string>();
    t.rows.push_back({v["id"], format_short(*parse_datetime(v["received_at"].get<std::string>())),
                      where, v["category"], std::string(to_zh(*sev)), std::string(to_zh(*status)),
                      ctx.staff_name(v["owner"]), ctx.staff_name(assigned),
                      format_short(*parse_datetime(v["resolution_due"].get<std::string>())),
                      complaint_overdue_zh(v["overdue"], false)});
  }
  return t;
}

const std::vector<std::string> kComplaintCsvKeys = {
    "id",           "status",     "received_at",  "channel",
    "unit",         "place",      "category",     "severity",
    "description",  "owner",      "assigned_to",  "acknowledged_at",
    "resolved_at",  "resolution", "response_due", "resolution_due",
    "callback_due", "overdue"};

void complaint_list(Context& ctx, const ComplaintListOptions& o) {
  CaseQuery q;
  std::vector<ComplaintStatus> statuses;
  for (const auto& s : o.status) statuses.push_back(enum_arg<ComplaintStatus>(s, "状态"));
  if (!o.month.empty()) q.from = q.to = month_arg(o.month);
  ListFilter filter = filter_arg(o.filter, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  // Without a month, dates, a status or --all, the working list: every case not yet closed.
  q.open_only = !o.all && o.month.empty() && !filter.dated() && statuses.empty();
  if (!o.unit.empty()) q.unit = o.unit;
  std::string owner = o.owner.empty() ? "" : ctx.staff(o.owner, "责任人").id;
  bool filtered = !filter.grep.empty() || !filter.phone.empty() || filter.dated();
  bool whole_months = (o.all || q.from) && statuses.empty() && owner.empty() && q.unit.empty() &&
                      !o.overdue && !filtered && ctx.format() == Format::json;
  if (whole_months && print_month_lists<Complaint>(ctx, q.from, "complaints",
                                                   [&](const Complaint& c, Validity& valid) {
                                                     return complaint_view(ctx, c, &valid);
                                                   }))
    return;
  ComplaintRepository repo(ctx.store());
  auto result = repo.query(q);
  std::vector<Json> views;
  // JSON is printed as it is made: --all over ten years is 100,000 records.
  bool stream = ctx.format() == Format::json;
  JsonArrayPrinter printer(ctx.out);
  for (const auto& item : result.items) {
    const auto& c = item.record;
    if (!statuses.empty() &&
        std::find(statuses.begin(), statuses.end(), c.status) == statuses.end())
      continue;
    if (!owner.empty() && c.owner != owner) continue;
    if (filtered) {
      std::vector<std::string_view> texts{c.description, c.place, c.resolution, c.complainant.name};
      for (const auto& x : c.involved) texts.push_back(x);
      std::vector<std::string_view> phones{c.complainant.phone};
      add_case_trail(c, texts, phones);
      if (!filter_keeps(filter, c.received_at, texts, phones)) continue;
    }
    auto v = complaint_view(ctx, c);
    if (o.overdue && v["overdue"].empty()) continue;
    if (stream) {
      ctx.protect(v);
      printer.add(v);
    } else {
      ctx.protect(v);
      views.push_back(std::move(v));
    }
  }
  if (stream)
    printer.finish();
  else
    print_case_list(
        ctx.out, ctx.err, ctx.format(), views, kComplaintCsvKeys,
        [&](const std::vector<Json>& vs) { return complaint_table(ctx, vs); }, "投诉");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const Complaint& c) {
  auto v = complaint_view(ctx, c);
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  auto t = [](const Json& j) {
    return j.is_null() ? std::string() : format_datetime(*parse_datetime(j.get<std::string>()));
  };
  line("投诉编号", c.id);
  line("状态", std::string(to_zh(c.status)));
  line("受理时间", format_datetime(c.received_at) + " " + weekday_zh(date_of(c.received_at)));
  line("来源渠道", std::string(to_zh(c.channel)));
  line("户号", c.unit);
  line("公共场所", c.place);
  line("投诉人", c.complainant.name);
  line("联系电话", ctx.phone(c.complainant.phone));
  std::string involved;
  for (const auto& p : c.involved) involved += (involved.empty() ? "" : "、") + p;
  line("涉及人员", involved);
  line("类别", c.category);
  line("级别", std::string(to_zh(c.severity)));
  line("投诉内容", c.description);
  line("首问负责人", ctx.staff_name(c.owner));
  line("处理人", ctx.staff_name(c.assigned_to));
  line("响应时限", t(v["response_due"]));
  line("响应时间", t(v["acknowledged_at"]));
  line("处理时限", t(v["resolution_due"]));
  line("解决时间", t(v["resolved_at"]));
  line("处理结果", c.resolution);
  line("关联装修", c.renovation);
  line("来源巡视", c.patrol);
  line("回访期限", t(v["callback_due"]));
  line("逾期", complaint_overdue_zh(v["overdue"], true));
  for (const auto& cb : c.callbacks)
    line("回访记录", format_datetime(cb.at) + " " + std::string(to_zh(cb.result)) +
                         callback_proof_zh(cb) + (cb.note.empty() ? "" : " " + cb.note));
  print_history(ctx, c.history);
}

void complaint_show(Context& ctx, const std::string& id) {
  ComplaintRepository repo(ctx.store());
  auto loaded = repo.get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = complaint_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, v, kComplaintCsvKeys);
}

/// Runs one lifecycle step on a stored complaint and says what happened on stderr.
void update(Context& ctx, const std::string& id,
            const std::function<void(Complaint&, const StaffMember&, DateTime)>& step,
            const std::function<std::string(const Complaint&)>& message) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  ComplaintRepository repo(ctx.store());
  auto c = repo.update(id, [&](Complaint& rec) { step(rec, by, now); });
  ctx.err << message(c) << '\n';
}

}  // namespace

Json complaint_view(Context& ctx, const Complaint& c, Validity* valid) {
  const DateTime now = ctx.now();
  auto d = complaint_deadlines(c, ctx.config().complaint_sla, ctx.dir().calendar());
  if (valid) {
    valid->depends_on(d.response_due, now);
    valid->depends_on(d.resolution_due, now);
    if (d.callback_due) valid->depends_on(*d.callback_due, now);
  }
  auto o = complaint_overdue(c, d, now);
  Json overdue = Json::array();
  if (o.response) overdue.push_back("response");
  if (o.resolution) overdue.push_back("resolution");
  if (o.callback) overdue.push_back("callback");
  Json j = RecordTraits<Complaint>::to_json(c);
  Json v = Json::object();
  for (const auto& [k, x] : j.items()) {
    if (k == "callbacks") {
      v["response_due"] = format_datetime(d.response_due);
      v["resolution_due"] = format_datetime(d.resolution_due);
      v["callback_due"] = json_time(d.callback_due);
      v["overdue"] = overdue;
    }
    v[k] = x;
  }
  return v;
}

void add_complaint_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("complaint", "投诉登记与处理（受理、派单、结案、重开）");
  cmd->require_subcommand(1);

  auto open = std::make_shared<ComplaintOpenOptions>();
  auto* o = cmd->add_subcommand("open", "受理一宗投诉，经办人即首问负责人；在标准输出打印新编号");
  o->add_option("--channel", open->channel,
                "来源：电话 来访 邮件 信函 在线（phone visit email letter online）")
      ->capture_default_str();
  o->add_option("--unit", open->unit, "涉及户号，如 3-2-1102（与 --place 二选一）");
  o->add_option("--place", open->place, "涉及的公共场所，如 3栋大堂");
  o->add_option("--name", open->name, "投诉人姓名（默认为该户业主）");
  o->add_option("--phone", open->phone, "投诉人电话（默认为该户登记电话）");
  o->add_option("--involved", open->involved, "其他涉及人员，可重复");
  o->add_option("--category", open->category, "类别，取自 kefu.yaml 的 complaint_categories")
      ->required();
  o->add_option("--severity", open->severity, "级别：重大(major) 一般(general)")
      ->capture_default_str();
  o->add_option("--desc", open->desc, "投诉内容")->required();
  o->footer(
      "例：kefu --by zhangmin complaint open --unit 3-2-1102 --category 噪音扰民 \\\n"
      "       --severity 一般 --desc \"楼上夜间装修噪音\"");
  o->callback([&ctx, open] { complaint_open(ctx, *open); });

  auto list = std::make_shared<ComplaintListOptions>();
  auto* l = cmd->add_subcommand("list", "列出投诉；默认列出未结案的投诉");
  l->add_option("--status", list->status,
                "按状态：待响应 处理中 待回访 已结案（open processing resolved closed），可重复");
  l->add_flag("--overdue", list->overdue, "只列逾期的（未响应、超时限、回访逾期）");
  l->add_option("--month", list->month, "受理月份，如 2026-11（含已结案）");
  l->add_option("--owner", list->owner, "首问负责人");
  l->add_option("--unit", list->unit, "户号");
  l->add_flag("--all", list->all, "包括已结案的全部投诉");
  add_filter_options(l, list->filter, "投诉内容、地点、处理结果、投诉人、备注与回访记录");
  l->callback([&ctx, list] { complaint_list(ctx, *list); });

  auto show_id = std::make_shared<std::string>();
  auto* s = cmd->add_subcommand("show", "显示一宗投诉的全部内容与处理经过");
  s->add_option("ID", *show_id, "投诉编号，如 TS-2026-11-0007")->required();
  s->callback([&ctx, show_id] { complaint_show(ctx, *show_id); });

  struct Step {
    std::string id, to, note, text, resolution, reason;
    bool reply = false;
  };
  auto step = std::make_shared<Step>();

  auto* a = cmd->add_subcommand("assign", "派单给部门或人员（首次派单即为响应）");
  a->add_option("ID", step->id, "投诉编号")->required();
  a->add_option("--to", step->to, "部门（kefu.yaml 的 departments）或花名册人员")->required();
  a->add_option("--note", step->note, "派单说明");
  a->callback([&ctx, step] {
    std::string to = step->to;
    if (!ctx.config().is_department(to)) to = ctx.staff(to, "派单对象").id;
    update(
        ctx, step->id,
        [&](Complaint& c, const StaffMember& by, DateTime now) {
          assign_complaint(c, to, by.id, now, step->note);
        },
        [&](const Complaint& c) { return "已将 " + c.id + " 派给 " + ctx.staff_name(to); });
  });

  auto* n = cmd->add_subcommand("note", "追加处理记录（记录只增不改）");
  n->add_option("ID", step->id, "投诉编号")->required();
  n->add_option("TEXT", step->text, "记录内容")->required();
  n->add_flag("--reply", step->reply, "已答复客户（计为响应）");
  n->callback([&ctx, step] {
    update(
        ctx, step->id,
        [&](Complaint& c, const StaffMember& by, DateTime now) {
          note_complaint(c, trim(step->text), step->reply, by.id, now);
        },
        [](const Complaint& c) { return "已记录于 " + c.id; });
  });

  auto* c = cmd->add_subcommand("close", "结案：写明处理结果，并按 R5 排定回访日期");
  c->add_option("ID", step->id, "投诉编号")->required();
  c->add_option("--resolution", step->resolution, "处理结果")->required();
  c->callback([&ctx, step] {
    update(
        ctx, step->id,
        [&](Complaint& rec, const StaffMember& by, DateTime now) {
          close_complaint(rec, trim(step->resolution), by.id, now);
        },
        [&](const Complaint& rec) {
          auto d = complaint_deadlines(rec, ctx.config().complaint_sla, ctx.dir().calendar());
          bool late = *rec.resolved_at > d.resolution_due;
          return fmt::format("{} 已办结{}，待回访；请于 {} 前回访", rec.id,
                             late ? "（已超处理时限）" : "", format_date(date_of(*d.callback_due)));
        });
  });

  auto* r = cmd->add_subcommand("reopen", "重开已结案的投诉，转回处理中");
  r->add_option("ID", step->id, "投诉编号")->required();
  r->add_option("--reason", step->reason, "重开原因")->required();
  r->callback([&ctx, step] {
    update(
        ctx, step->id,
        [&](Complaint& rec, const StaffMember& by, DateTime now) {
          reopen_complaint(rec, trim(step->reason), by.id, now);
        },
        [](const Complaint& rec) { return rec.id + " 已重开，转回处理中"; });
  });
  // Set last: subcommands created earlier would inherit it.
  cmd->footer(
      "流程：open 受理 → assign 派单（计为24小时内响应）→ close 结案（排定回访日期）→ "
      "callback done 回访；不满意或复发可 reopen。");
}

void print_history(Context& ctx, const std::vector<HistoryEntry>& history) {
  ctx.out << "处理经过：\n";
  for (const auto& h : history)
    ctx.out << "  " << format_datetime(h.at) << "  " << pad_right(ctx.staff_name(h.by), 8) << " "
            << pad_right(action_zh(h.action), 4) << "  " << h.note << '\n';
}

}  // namespace kefu
