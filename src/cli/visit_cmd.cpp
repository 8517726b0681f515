/// kefu visit log|list|show|follow|opinion|complaint|repair — owner visits (走访, procedure 017)
/// and the cases what was raised becomes, linked both ways.
#include <fmt/format.h>

#include <algorithm>

#include "cli/commands.hpp"
#include "cli/list_filter.hpp"
#include "core/text.hpp"
#include "core/visit.hpp"
#include "forms/render.hpp"
#include "store/complaint_store.hpp"
#include "store/opinion_store.hpp"
#include "store/repair_store.hpp"
#include "store/transaction.hpp"
#include "store/visit_store.hpp"

namespace kefu {
namespace {

const std::vector<std::string> kVisitCsvKeys = {"id",      "visited_at", "unit",   "person_name",
                                                "by",      "purpose",    "raised", "follow_up",
                                                "opinion", "complaint",  "repair"};

Json visit_view(Context& ctx, const Visit& v) {
  Json j = RecordTraits<Visit>::to_json(v);
  j["person_name"] = v.person.name;
  j["by_name"] = ctx.staff_name(v.by);
  j["open"] = v.open();
  ctx.protect(j);
  return j;
}

Person person_arg(const std::string& text) {
  auto slash = text.find('/');
  Person p{trim(text.substr(0, slash)), ""};
  if (slash != std::string::npos) p.phone = trim(text.substr(slash + 1));
  return p;
}

std::string became(const Visit& v) {
  std::string out;
  auto add = [&](const char* what, const std::string& id) {
    if (!id.empty()) out += (out.empty() ? "" : "，") + std::string(what) + " " + id;
  };
  add("意见", v.opinion), add("投诉", v.complaint), add("报修", v.repair);
  return out;
}

struct VisitLogOptions {
  std::string unit, person, at, purpose = "例行走访", raised, follow_up;
};

void visit_log(Context& ctx, const VisitLogOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewVisit n;
  n.visited_at = time_arg(o.at, now, "走访时间");
  auto unit = unit_arg(ctx, o.unit);
  n.unit = unit.id;
  n.person = o.person.empty() ? Person{unit.owner, unit.phone} : person_arg(o.person);
  n.purpose = trim(o.purpose);
  n.raised = trim(o.raised);
  n.follow_up = trim(o.follow_up);
  auto id = VisitRepository(ctx.store()).create(n.visited_at, [&](const std::string& new_id) {
    return log_visit(new_id, n, by.id, now);
  });
  ctx.out << id << '\n';
  ctx.err << "已登记走访 " << n.unit << " " << n.person.name
          << (n.raised.empty()
                  ? ""
                  : "；反映的问题可用 kefu visit repair|complaint|opinion " + id + " 转交处理")
          << '\n';
}

std::vector<Visit> visits_of(Context& ctx, const std::string& month, const std::string& unit,
                             const FilterArgs& filter_args = {}) {
  CaseQuery q;
  if (!month.empty()) q.from = q.to = month_arg(month);
  ListFilter filter = filter_arg(filter_args, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  if (!unit.empty()) q.unit = unit_arg(ctx, unit).id;
  auto result = VisitRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  std::vector<Visit> out;
  for (auto& i : result.items) {
    const auto& v = i.record;
    std::vector<std::string_view> texts{v.person.name, v.purpose, v.raised, v.follow_up};
    for (const auto& h : v.history) texts.push_back(h.note);
    if (!filter_keeps(filter, v.visited_at, texts, {v.person.phone})) continue;
    out.push_back(std::move(i.record));
  }
  std::sort(out.begin(), out.end(), [](const Visit& a, const Visit& b) {
    return a.visited_at != b.visited_at ? a.visited_at < b.visited_at : a.id < b.id;
  });
  return out;
}

void visit_list(Context& ctx, const std::string& month, const std::string& unit,
                const FilterArgs& filter) {
  auto visits = visits_of(ctx, month, unit, filter);
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& v : visits) rows.push_back(visit_view(ctx, v));
    print_rows(ctx.out, f, rows, kVisitCsvKeys);
    return;
  }
  if (visits.empty()) {
    ctx.err << "没有走访记录\n";
    return;
  }
  Table t{{"编号", "走访时间", "户号", "走访对象", "走访人", "反映问题", "转交"}, {}};
  for (const auto& v : visits)
    t.rows.push_back({v.id, format_datetime(v.visited_at), v.unit, v.person.name,
                      ctx.staff_name(v.by), v.raised.empty() ? "—" : v.raised,
                      became(v).empty() ? (v.open() ? "待跟进" : "—") : became(v)});
  print_table(ctx.out, t);
  ctx.err << "共 " << visits.size() << " 次走访\n";
}

void visit_show(Context& ctx, const std::string& id) {
  auto loaded = VisitRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  const auto& v = loaded.record;
  auto f = ctx.format();
  if (f != Format::table) {
    auto j = visit_view(ctx, v);
    for (const auto& [k, x] : loaded.extra.items()) j[k] = x;
    print_rows(ctx.out, f, j, kVisitCsvKeys);
    return;
  }
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  line("编号", v.id);
  line("走访时间", format_datetime(v.visited_at));
  line("户号", v.unit);
  line("走访对象", v.person.name + (v.person.phone.empty() ? "" : " " + ctx.phone(v.person.phone)));
  line("走访人", ctx.staff_name(v.by));
  line("走访目的", v.purpose);
  line("反映问题", v.raised.empty() ? "无" : v.raised);
  line("跟进情况", v.follow_up);
  line("转交", became(v));
  print_history(ctx, v.history);
}

/// What raised becomes: the new case written with the visit, both files or neither.
struct VisitConvertOptions {
  std::string id, category, severity = "general", urgency = "normal", dept, text;
};

void visit_convert(Context& ctx, const VisitConvertOptions& o, VisitOutcome what) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  VisitRepository visits(ctx.store());
  auto guard = ctx.store().lock();
  auto visit = visits.get(o.id);
  auto& v = visit.record;
  check_visit_can_become(v, what);
  auto text = o.text.empty() ? v.raised : trim(o.text);
  Transaction t(ctx.dir().files());
  std::string new_id;
  if (what == VisitOutcome::repair) {
    NewRepair n;
    n.channel = Channel::visit;
    n.urgency = enum_arg<Urgency>(o.urgency, "紧急程度");
    n.unit = v.unit;
    n.requester = v.person;
    n.fault = text;
    new_id = ctx.store().next_id(kRepairKind, month_of(now));
    auto r = log_repair(new_id, n, by.id, now);
    r.visit = v.id;
    t.create(ctx.dir().rel(ctx.store().path_for(kRepairKind, new_id)),
             emit_yaml(RecordTraits<Repair>::to_json(r)));
  } else if (what == VisitOutcome::complaint) {
    const auto& cats = ctx.config().complaint_categories;
    if (std::find(cats.begin(), cats.end(), trim(o.category)) == cats.end()) {
      std::string list;
      for (const auto& c : cats) list += (list.empty() ? "" : "、") + c;
      throw RefusedError("请用 --category 写明投诉类别，取自 kefu.yaml 的 complaint_categories：" +
                         list);
    }
    NewComplaint n;
    n.channel = Channel::visit;
    n.unit = v.unit;
    n.complainant = v.person;
    n.category = trim(o.category);
    n.severity = enum_arg<Severity>(o.severity, "严重程度");
    n.description = text;
    new_id = ctx.store().next_id(kComplaintKind, month_of(now));
    auto c = open_complaint(new_id, n, by.id, now);
    c.visit = v.id;
    t.create(ctx.dir().rel(ctx.store().path_for(kComplaintKind, new_id)),
             emit_yaml(RecordTraits<Complaint>::to_json(c)));
  } else {
    if (!ctx.config().is_department(trim(o.dept)))
      throw RefusedError("请用 --dept 指明责任部门，取自 kefu.yaml 的 departments");
    NewOpinion n;
    n.collected_at = v.visited_at;
    n.source = OpinionSource::visit;
    n.source_id = v.id;
    n.unit = v.unit;
    n.person = v.person;
    n.text = text;
    n.department = trim(o.dept);
    new_id = ctx.store().next_id(kOpinionKind, month_of(n.collected_at));
    auto op = collect_opinion(new_id, n, by.id, now);
    t.create(ctx.dir().rel(ctx.store().path_for(kOpinionKind, new_id)),
             emit_yaml(RecordTraits<Opinion>::to_json(op)));
  }
  link_visit(v, what, new_id, by.id, now);
  t.replace(visit.file.name, visit.file.bytes, VisitRepository::serialize(visit));
  t.commit();
  ctx.out << new_id << '\n';
  ctx.err << fmt::format("走访 {} 反映的问题已转为{} {}\n", v.id, visit_outcome_zh(what), new_id);
}

}  // namespace

Json visit_form_data(Context& ctx, const std::string& id_or_month) {
  std::vector<Visit> visits;
  std::string title;
  if (auto month = read_month(id_or_month)) {
    visits = visits_of(ctx, id_or_month, "");
    title = month->str();
  } else {
    visits.push_back(VisitRepository(ctx.store()).get(id_or_month).record);
    title = visits.front().id;
  }
  Json rows = Json::array();
  int n = 0;
  for (const auto& v : visits)
    rows.push_back({{"no", ++n},
                    {"id", v.id},
                    {"date", format_datetime(v.visited_at)},
                    {"unit", v.unit},
                    {"person", v.person.name},
                    {"phone", ctx.phone(v.person.phone)},
                    {"by", ctx.staff_name(v.by)},
                    {"purpose", v.purpose},
                    {"raised", v.raised.empty() ? "无" : v.raised},
                    {"follow_up", v.follow_up.empty() ? "—" : v.follow_up},
                    {"became", became(v).empty() ? "—" : became(v)}});
  return Json{{"site", site_json(ctx.dir())},
              {"title", title},
              {"visits", rows},
              {"count", rows.size()},
              {"printed", format_date(date_of(ctx.now()))}};
}

void add_visit_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "visit", "走访（业主走访记录）：登记、查看，并把反映的问题转为意见、投诉或报修");
  cmd->require_subcommand(1);
  cmd->footer(
      "走访记录保存在 visits/YYYY/MM/ZF-….yaml：走访对象、时间、走访人、目的、反映的问题与跟进。\n"
      "反映的问题可一步转为顾客意见（visit opinion）、投诉（visit complaint）或报修（visit "
      "repair），\n两边互相记录编号。表单：kefu render visits 2026-11（走访记录表）。\n"
      "例：kefu --by zhangmin visit log --unit 3-2-1102 --raised 卫生间顶棚渗水\n"
      "    kefu --by zhangmin visit repair ZF-2026-11-0001");

  auto log = std::make_shared<VisitLogOptions>();
  auto* lg = cmd->add_subcommand("log", "登记一次走访");
  lg->add_option("--unit", log->unit, "户号")->required();
  lg->add_option("--person", log->person, "走访对象：姓名/电话（默认为业主）");
  lg->add_option("--at", log->at, "走访时间（默认为当前时间），如 2026-11-26T15:00");
  lg->add_option("--purpose", log->purpose, "走访目的")->capture_default_str();
  lg->add_option("--raised", log->raised, "住户反映的问题或意见");
  lg->add_option("--follow-up", log->follow_up, "跟进情况");
  lg->footer(
      "例：kefu --by zhangmin visit log --unit 3-2-1102 --person 李四/13912345678 \\\n"
      "         --raised 卫生间顶棚渗水 --at 2026-11-26T15:00\n在标准输出打印新编号（ZF-…）。");
  lg->callback([&ctx, log] { visit_log(ctx, *log); });

  struct ListArgs {
    std::string month, unit;
    FilterArgs filter;
  };
  auto q = std::make_shared<ListArgs>();
  auto* ls = cmd->add_subcommand("list", "列出走访记录");
  ls->add_option("--month", q->month, "月份，如 2026-11");
  ls->add_option("--unit", q->unit, "户号");
  add_filter_options(ls, q->filter, "走访对象、目的、反映的问题、跟进情况与备注");
  ls->footer("例：kefu visit list --month 2026-11；kefu visit list --grep 渗水 --from 10-01");
  ls->callback([&ctx, q] { visit_list(ctx, q->month, q->unit, q->filter); });

  auto id = std::make_shared<std::pair<std::string, std::string>>();
  auto* sh = cmd->add_subcommand("show", "查看一次走访");
  sh->add_option("ID", id->first, "走访编号，如 ZF-2026-11-0001")->required();
  sh->footer("例：kefu visit show ZF-2026-11-0001");
  sh->callback([&ctx, id] { visit_show(ctx, id->first); });

  auto* fu = cmd->add_subcommand("follow", "记录跟进情况");
  fu->add_option("ID", id->first, "走访编号")->required();
  fu->add_option("--text", id->second, "跟进情况")->required();
  fu->footer("例：kefu --by zhangmin visit follow ZF-2026-11-0001 --text 已电话告知处理结果");
  fu->callback([&ctx, id] {
    const auto& by = ctx.actor();
    DateTime now = ctx.now();
    VisitRepository(ctx.store()).update(id->first, [&](Visit& v) {
      follow_up_visit(v, id->second, by.id, now);
    });
    ctx.err << "已记录跟进情况\n";
  });

  auto conv = std::make_shared<VisitConvertOptions>();
  auto* op = cmd->add_subcommand("opinion", "把走访中反映的意见转为顾客意见（YJ-…）");
  op->add_option("ID", conv->id, "走访编号")->required();
  op->add_option("--dept", conv->dept, "责任部门，取自 kefu.yaml 的 departments")->required();
  op->add_option("--text", conv->text, "意见内容（默认为走访记录的反映问题）");
  op->footer(
      "例：kefu --by zhangmin visit opinion ZF-2026-11-0001 --dept 保洁部\n"
      "在标准输出打印意见编号。");
  op->callback([&ctx, conv] { visit_convert(ctx, *conv, VisitOutcome::opinion); });

  auto* cp = cmd->add_subcommand("complaint", "把走访中反映的问题转为投诉（TS-…）");
  cp->add_option("ID", conv->id, "走访编号")->required();
  cp->add_option("--category", conv->category, "投诉类别，取自 kefu.yaml 的 complaint_categories")
      ->required();
  cp->add_option("--severity", conv->severity, "严重程度：重大 一般（major general）")
      ->capture_default_str();
  cp->add_option("--desc", conv->text, "投诉内容（默认为走访记录的反映问题）");
  cp->footer(
      "例：kefu --by zhangmin visit complaint ZF-2026-11-0001 --category 噪音扰民\n"
      "在标准输出打印投诉编号。");
  cp->callback([&ctx, conv] { visit_convert(ctx, *conv, VisitOutcome::complaint); });

  auto* rp = cmd->add_subcommand("repair", "把走访中反映的问题转为报修（BX-…）");
  rp->add_option("ID", conv->id, "走访编号")->required();
  rp->add_option("--urgency", conv->urgency, "紧急程度：紧急 一般（urgent normal）")
      ->capture_default_str();
  rp->add_option("--fault", conv->text, "故障描述（默认为走访记录的反映问题）");
  rp->footer("例：kefu --by zhangmin visit repair ZF-2026-11-0001\n在标准输出打印报修编号。");
  rp->callback([&ctx, conv] { visit_convert(ctx, *conv, VisitOutcome::repair); });
}

}  // namespace kefu
