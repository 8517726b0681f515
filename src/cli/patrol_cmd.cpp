/// kefu patrol log|list|show|rounds|repair|complaint|fixed — patrols (巡视, §3.2, procedures
/// 011 and 012), and the forms 公共区域现场巡视表 and 空置物业统计及周检记录.
#include <fmt/format.h>

#include <algorithm>

#include "cli/commands.hpp"
#include "core/move.hpp"
#include "core/patrol.hpp"
#include "core/renovation.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/complaint_store.hpp"
#include "store/move_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace {

/// The units vacant now (core/move.hpp occupancy_of), in unit order.
std::vector<std::string> vacant_units(Context& ctx) {
  auto moves = all_moves(ctx, "");
  CaseQuery q;
  q.open_only = true;
  auto renovations = RenovationRepository(ctx.store()).query(q);
  ctx.report_problems(renovations.problems);
  std::vector<std::string> out;
  for (const auto& u : ctx.dir().all_units()) {
    bool works =
        std::any_of(renovations.items.begin(), renovations.items.end(),
                    [&](const auto& i) { return i.record.unit == u.id && under_works(i.record); });
    std::vector<Move> mine;
    for (const auto& m : moves)
      if (m.unit == u.id) mine.push_back(m);
    if (occupancy_of(u, mine, works) == Occupancy::vacant) out.push_back(u.id);
  }
  return out;
}

const PatrolRound& round_arg(Context& ctx, const std::string& text) {
  const auto& cfg = ctx.config().patrols;
  if (const auto* r = cfg.find_round(trim(text))) return *r;
  std::string list;
  for (const auto& r : cfg.rounds)
    list += (list.empty() ? "" : "、") + r.key + (r.name.empty() ? "" : "（" + r.name + "）");
  throw RefusedError("kefu.yaml 的 patrols.rounds 中没有巡视「" + text + "」；可选：" +
                     (list.empty() ? "（无）" : list));
}

std::string round_name(Context& ctx, const std::string& key) {
  const auto* r = ctx.config().patrols.find_round(key);
  return r && !r->name.empty() ? r->name : key;
}

struct PatrolLogOptions {
  std::string round, at, note;
  std::vector<std::string> areas, walkers, findings;
};

void patrol_log(Context& ctx, const PatrolLogOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  const auto& round = round_arg(ctx, o.round);
  NewPatrol n;
  n.round = round.key;
  n.checkpoints = round_checkpoints(
      ctx.config().patrols, round,
      round.vacant_units ? vacant_units(ctx) : std::vector<std::string>{}, o.areas);
  for (const auto& w : o.walkers) n.walkers.push_back(ctx.staff(w, "巡视人员（--with）").id);
  for (const auto& f : o.findings) n.findings.push_back(parse_finding(f));
  n.started_at = time_arg(o.at, now, "巡视开始时间");
  n.note = trim(o.note);
  PatrolRepository repo(ctx.store());
  Patrol created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = log_patrol(new_id, n, by.id, now);
    return created;
  });
  ctx.out << id << '\n';
  int abnormal = 0;
  for (const auto& r : created.results) abnormal += r.result == CheckResult::abnormal;
  ctx.err << fmt::format("已登记{} {}：{} 个检查点，异常 {} 个，发现问题 {} 项",
                         round_name(ctx, round.key), id, created.results.size(), abnormal,
                         created.findings.size());
  if (!created.findings.empty())
    ctx.err << fmt::format("；逐项处理：patrol repair|complaint|fixed {}#序号", id);
  ctx.err << '\n';
}

std::string walkers_text(Context& ctx, const Patrol& p) {
  std::string s;
  for (const auto& w : p.walkers) s += (s.empty() ? "" : "、") + ctx.staff_name(w);
  return s;
}

Json patrol_view(Context& ctx, const Patrol& p) {
  Json v = RecordTraits<Patrol>::to_json(p);
  v["round_name"] = round_name(ctx, p.round);
  int abnormal = 0, pending = 0;
  for (const auto& r : p.results) abnormal += r.result == CheckResult::abnormal;
  for (const auto& f : p.findings) pending += f.open();
  v["abnormal"] = abnormal;
  v["pending"] = pending;
  return v;
}

Table patrol_table(Context& ctx, const std::vector<Patrol>& patrols) {
  Table t{{"编号", "巡视", "开始", "结束", "巡视人", "检查点", "异常", "问题", "待处理"}, {}};
  for (const auto& p : patrols) {
    int abnormal = 0, pending = 0;
    for (const auto& r : p.results) abnormal += r.result == CheckResult::abnormal;
    for (const auto& f : p.findings) pending += f.open();
    t.rows.push_back({p.id, round_name(ctx, p.round), format_short(p.started_at),
                      format_short(p.finished_at), truncate_to(walkers_text(ctx, p), 12),
                      std::to_string(p.results.size()), std::to_string(abnormal),
                      std::to_string(p.findings.size()), std::to_string(pending)});
  }
  return t;
}

const std::vector<std::string> kPatrolCsvKeys = {"id",          "round", "round_name", "started_at",
                                                 "finished_at", "owner", "abnormal",   "pending"};

void patrol_list(Context& ctx, const std::string& month, const std::string& round, bool all) {
  CaseQuery q;
  if (!month.empty()) q.from = q.to = month_arg(month);
  q.open_only = !all && month.empty();
  std::string key = round.empty() ? "" : round_arg(ctx, round).key;
  auto result = PatrolRepository(ctx.store()).query(q);
  std::vector<Patrol> patrols;
  std::vector<Json> views;
  for (auto& item : result.items) {
    if (!key.empty() && item.record.round != key) continue;
    auto v = patrol_view(ctx, item.record);
    ctx.protect(v);
    views.push_back(std::move(v));
    patrols.push_back(std::move(item.record));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kPatrolCsvKeys,
      [&](const std::vector<Json>&) { return patrol_table(ctx, patrols); }, "巡视记录");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const Patrol& p) {
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  line("编号", p.id);
  line("巡视", round_name(ctx, p.round) + "（" + p.round + "）");
  line("时间", format_datetime(p.started_at) + " 至 " + format_datetime(p.finished_at));
  line("巡视人", walkers_text(ctx, p));
  line("备注", p.note);
  ctx.out << "检查点：\n";
  for (const auto& r : p.results)
    ctx.out << fmt::format("  {} {}{}\n", pad_right(r.checkpoint, 28), to_zh(r.result),
                           r.note.empty() ? "" : "：" + r.note);
  if (!p.findings.empty()) {
    ctx.out << "发现的问题：\n";
    for (const auto& f : p.findings)
      ctx.out << fmt::format("  #{} {}：{} —— {}{}\n", f.no, f.place, f.description,
                             finding_state_zh(f),
                             f.fixed_at ? fmt::format("（{} {}：{}）", format_datetime(*f.fixed_at),
                                                      ctx.staff_name(f.fixed_by), f.note)
                                        : std::string());
  }
  print_history(ctx, p.history);
}

void patrol_show(Context& ctx, const std::string& id) {
  auto loaded = PatrolRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = patrol_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, v, kPatrolCsvKeys);
}

/// The rounds of kefu.yaml and whether each was walked in its current period.
void patrol_rounds(Context& ctx) {
  const auto& cfg = ctx.config().patrols;
  auto result = PatrolRepository(ctx.store()).query({});
  ctx.report_problems(result.problems);
  auto patrols = result.records();
  auto missing = missing_rounds(cfg, patrols, ctx.now());
  Json rows = Json::array();
  Table t{{"巡视", "名称", "频次", "本期", "本期状态", "最近一次"}, {}};
  Date today = date_of(ctx.now());
  for (const auto& r : cfg.rounds) {
    auto period = patrol_period(r.frequency, today);
    std::string last;
    for (const auto& p : patrols)
      if (p.round == r.key && p.started_at <= ctx.now() &&
          (last.empty() || format_datetime(p.started_at) > last))
        last = format_datetime(p.started_at);
    bool done = false;
    for (const auto& p : patrols)
      if (p.round == r.key && date_of(p.started_at) >= period.from &&
          date_of(p.started_at) <= period.to && p.started_at <= ctx.now())
        done = true;
    std::string state = done ? "已巡视" : last.empty() ? "尚无记录" : "未巡视";
    for (const auto& m : missing)
      if (m.round == r.key && m.late) state += "（上期未巡视）";
    rows.push_back({{"key", r.key},
                    {"name", r.name},
                    {"frequency", to_key(r.frequency)},
                    {"period", period_text(period)},
                    {"done", done},
                    {"last", last}});
    t.rows.push_back({r.key, r.name, std::string(to_zh(r.frequency)), period_text(period), state,
                      last.empty() ? "—" : last});
  }
  auto f = ctx.format();
  if (f != Format::table)
    return print_rows(ctx.out, f, rows, {"key", "name", "frequency", "period", "done", "last"});
  print_table(ctx.out, t);
}

/// A finding becomes a repair order or a complaint: the new record and the patrol, or neither.
void patrol_convert(Context& ctx, const std::string& ref, bool to_repair,
                    const std::string& urgency, const std::string& category,
                    const std::string& severity) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto [id, no] = parse_finding_ref(ref);
  NewRepair nr;
  NewComplaint nc;
  if (to_repair) {
    nr.urgency = enum_arg<Urgency>(urgency, "紧急程度");
    nr.channel = Channel::visit;
    nr.requester = {by.name, by.phone};
  } else {
    const auto& cats = ctx.config().complaint_categories;
    if (std::find(cats.begin(), cats.end(), category) == cats.end()) {
      std::string list;
      for (const auto& c : cats) list += (list.empty() ? "" : "、") + c;
      throw RefusedError("投诉类别「" + category +
                         "」不在 kefu.yaml 的 complaint_categories 中；可选：" + list);
    }
    nc.category = category;
    nc.severity = enum_arg<Severity>(severity, "投诉级别");
    nc.channel = Channel::visit;
    nc.complainant = {by.name, by.phone};
  }
  PatrolRepository patrols(ctx.store());
  auto guard = ctx.store().lock();
  auto patrol = patrols.get(id);
  auto& f = finding_of(patrol.record, no);
  std::string link = finding_ref(patrol.record, f);
  Transaction t(ctx.dir().files());
  std::string new_id;
  std::optional<Complaint> complaint;
  if (to_repair) {
    new_id = ctx.store().next_id(kRepairKind, month_of(now));
    nr.place = f.place;
    nr.fault = f.description;
    finding_to_repair(patrol.record, no, new_id, by.id, now);
    auto r = log_repair(new_id, nr, by.id, now);
    r.patrol = link;
    t.create(ctx.dir().rel(ctx.store().path_for(kRepairKind, new_id)),
             emit_yaml(RecordTraits<Repair>::to_json(r)));
  } else {
    new_id = ctx.store().next_id(kComplaintKind, month_of(now));
    nc.place = f.place;
    nc.description = f.description;
    finding_to_complaint(patrol.record, no, new_id, by.id, now);
    complaint = open_complaint(new_id, nc, by.id, now);
    complaint->patrol = link;
    t.create(ctx.dir().rel(ctx.store().path_for(kComplaintKind, new_id)),
             emit_yaml(RecordTraits<Complaint>::to_json(*complaint)));
  }
  t.replace(patrol.file.name, patrol.file.bytes, PatrolRepository::serialize(patrol));
  t.commit();
  ctx.out << new_id << '\n';
  ctx.err << fmt::format("巡视问题 {} 已转为{} {}（{}）\n", link, to_repair ? "报修" : "投诉",
                         new_id, f.place);
  if (complaint)
    for (const auto& up : complaint_escalations(*complaint, {}, next_level(ctx), now))
      announce_escalation(ctx, up);
}

}  // namespace

namespace {

/// `2026-11-25`, `2026-11-23..2026-11-29`, `2026-11` or one patrol (XS-…): its days and, for
/// one patrol, its ID.
struct SheetTarget {
  Date from{}, to{};
  std::string id;
  std::string text;
};

SheetTarget sheet_target(Context& ctx, const std::string& target) {
  SheetTarget s;
  if (target.starts_with(std::string(kPatrolKind.prefix) + "-")) {
    auto p = PatrolRepository(ctx.store()).get(target).record;
    s.id = p.id;
    s.from = s.to = date_of(p.started_at);
    s.text = p.id;
    return s;
  }
  auto dots = target.find("..");
  if (dots != std::string::npos) {
    s.from = day_arg(target.substr(0, dots), ctx.now());
    s.to = day_arg(target.substr(dots + 2), ctx.now());
    if (s.to < s.from) throw RefusedError("期间「" + target + "」的结束日早于开始日");
  } else if (auto month = read_month(target)) {
    auto m = *month;
    s.from = m.first_day();
    s.to = m.last_day();
  } else {
    s.from = s.to = day_arg(target, ctx.now());
  }
  s.text = s.from == s.to ? format_date(s.from) : format_date(s.from) + " 至 " + format_date(s.to);
  return s;
}

std::vector<Patrol> sheet_patrols(Context& ctx, const SheetTarget& s,
                                  const std::function<bool(const PatrolRound*)>& keep) {
  CaseQuery q;
  q.from = month_of(start_of_day(s.from));
  q.to = month_of(start_of_day(s.to));
  auto result = PatrolRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  std::vector<Patrol> out;
  for (auto& item : result.items) {
    const auto& p = item.record;
    if (!s.id.empty() ? p.id != s.id
                      : date_of(p.started_at) < s.from || date_of(p.started_at) > s.to)
      continue;
    if (!keep(ctx.config().patrols.find_round(p.round))) continue;
    out.push_back(std::move(item.record));
  }
  std::sort(out.begin(), out.end(), [](const Patrol& a, const Patrol& b) {
    return a.started_at != b.started_at ? a.started_at < b.started_at : a.id < b.id;
  });
  return out;
}

Json findings_json(const std::vector<Patrol>& patrols) {
  Json rows = Json::array();
  for (const auto& p : patrols)
    for (const auto& f : p.findings)
      rows.push_back({{"ref", finding_ref(p, f)},
                      {"place", f.place},
                      {"description", f.description},
                      {"state", finding_state_zh(f)},
                      {"note", f.note}});
  return rows;
}

}  // namespace

Json patrol_sheet_form_data(Context& ctx, const std::string& target) {
  auto s = sheet_target(ctx, target);
  auto patrols = sheet_patrols(ctx, s, [](const PatrolRound* r) { return !r || !r->vacant_units; });
  Json rows = Json::array();
  for (const auto& p : patrols)
    for (const auto& r : p.results)
      rows.push_back({{"time", format_short(p.started_at)},
                      {"round", round_name(ctx, p.round)},
                      {"checkpoint", r.checkpoint},
                      {"result", to_zh(r.result)},
                      {"walkers", walkers_text(ctx, p)},
                      {"note", r.note}});
  auto heading = pad_columns(rows, {{"time", "时间"},
                                    {"round", "巡视"},
                                    {"checkpoint", "区域/检查点"},
                                    {"result", "结果"},
                                    {"walkers", "巡视人"}});
  auto findings = findings_json(patrols);
  auto fheading = pad_columns(findings, {{"ref", "编号"}, {"place", "地点"}, {"state", "处理"}});
  return Json{{"site", site_json(ctx.dir())},
              {"period", s.text},
              {"heading", heading},
              {"rows", rows},
              {"none", rows.empty()},
              {"patrols", patrols.size()},
              {"fheading", fheading},
              {"findings", findings},
              {"no_findings", findings.empty()}};
}

Json vacant_check_form_data(Context& ctx, const std::string& target) {
  auto s = sheet_target(ctx, target);
  auto patrols = sheet_patrols(ctx, s, [](const PatrolRound* r) { return r && r->vacant_units; });
  auto vacant = vacant_units(ctx);
  Json units = Json::array();
  for (const auto& u : vacant) {
    auto unit = unit_arg(ctx, u);
    std::string checks;
    for (const auto& p : patrols)
      for (const auto& r : p.results)
        if (r.checkpoint == u)
          checks += (checks.empty() ? "" : "；") + format_date(date_of(p.started_at)) + " " +
                    std::string(to_zh(r.result)) + (r.note.empty() ? "" : " " + r.note);
    units.push_back(
        {{"unit", u}, {"owner", unit.owner}, {"checks", checks.empty() ? "未检查" : checks}});
  }
  auto heading = pad_columns(units, {{"unit", "单元"}, {"owner", "业主"}});
  Json walks = Json::array();
  for (const auto& p : patrols) {
    int abnormal = 0;
    for (const auto& r : p.results) abnormal += r.result == CheckResult::abnormal;
    walks.push_back({{"id", p.id},
                     {"at", format_datetime(p.started_at)},
                     {"walkers", walkers_text(ctx, p)},
                     {"count", p.results.size()},
                     {"abnormal", abnormal}});
  }
  auto findings = findings_json(patrols);
  auto fheading = pad_columns(findings, {{"ref", "编号"}, {"place", "地点"}, {"state", "处理"}});
  return Json{{"site", site_json(ctx.dir())},
              {"period", s.text},
              {"date", format_date(date_of(ctx.now()))},
              {"vacant_count", vacant.size()},
              {"heading", heading},
              {"units", units},
              {"no_units", units.empty()},
              {"walks", walks},
              {"no_walks", walks.empty()},
              {"fheading", fheading},
              {"findings", findings},
              {"no_findings", findings.empty()}};
}

namespace {

Patrol update(Context& ctx, const std::string& id,
              const std::function<void(Patrol&, const StaffMember&, DateTime)>& step) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  return PatrolRepository(ctx.store()).update(id, [&](Patrol& p) { step(p, by, now); });
}

}  // namespace

void add_patrol_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "patrol",
      "巡视：每日抽查各区域、每周检查标识广告与公用设施、空置单元周检；发现的问题转报修或投诉");
  cmd->require_subcommand(1);
  cmd->footer(
      "巡视及其区域、检查点与频次在 kefu.yaml 的 patrols 中设定（kefu patrol rounds 查看）。\n"
      "一次巡视用一条命令登记：检查点默认为正常，--finding '地点:描述' 登记发现的问题，地点为\n"
      "某检查点（如 大堂/照明，或不重复时只写 照明）时该检查点记为异常。问题逐项处理：\n"
      "patrol repair 转报修单、patrol complaint 转投诉（双向关联），patrol fixed 现场已纠正。\n"
      "某巡视当期（每日、每周一至周日）未做，列入 kefu due。\n"
      "表单：kefu render patrol_sheet 2026-11-23..2026-11-29（公共区域现场巡视表），\n"
      "      kefu render vacant_check 2026-11（空置物业统计及周检记录）。\n"
      "例：kefu --by zhangmin patrol log --round daily --finding '3栋大堂/照明:两盏筒灯不亮'\n"
      "    kefu --by zhangmin patrol repair XS-2026-11-0001#1");

  auto log = std::make_shared<PatrolLogOptions>();
  auto* lg = cmd->add_subcommand("log", "登记一次巡视：巡视人、时间、各检查点结果与发现的问题");
  lg->add_option("--round", log->round, "巡视：kefu.yaml patrols.rounds 的 key 或名称，如 daily")
      ->required();
  lg->add_option("--area", log->areas, "只巡视这些区域（可重复）；默认为该巡视的全部区域");
  lg->add_option("--with", log->walkers, "同行的巡视人员（可重复）");
  lg->add_option("--finding", log->findings, "发现的问题：'地点:描述'，可重复");
  lg->add_option("--at", log->at,
                 "开始时间（默认为当前时间），如 2026-11-26T09:30；结束时间为登记时");
  lg->add_option("--note", log->note, "备注");
  lg->footer(
      "例：kefu --by zhangmin patrol log --round daily --at 2026-11-26T09:00 \\\n"
      "         --finding '大堂/照明:两盏筒灯不亮' --finding '5栋门口:共享单车乱停'\n"
      "    kefu --by zhangmin patrol log --round vacant --finding '2-1-302:窗户未关，雨水进入'\n"
      "空置单元周检的检查点为此刻空置的单元（kefu move unit "
      "查看入住状态）。在标准输出打印新编号。");
  lg->callback([&ctx, log] { patrol_log(ctx, *log); });

  struct Step {
    std::string ref, note, urgency = "normal", category, severity = "general";
  };
  auto step = std::make_shared<Step>();
  auto* rp = cmd->add_subcommand("repair", "把巡视发现的问题转为公共设施设备报修单（双向关联）");
  rp->add_option("REF", step->ref, "巡视编号#问题序号，如 XS-2026-11-0001#2")->required();
  rp->add_option("--urgency", step->urgency, "紧急程度：一般 急修（normal urgent）")
      ->capture_default_str();
  rp->footer(
      "报修单的位置与故障取自该问题，报修人为登记人；报修单记下来源巡视（patrol: XS-…#N），\n"
      "问题记下报修单号。例：kefu --by zhangmin patrol repair XS-2026-11-0001#2 --urgency 急修\n"
      "在标准输出打印报修编号（BX-…）。");
  rp->callback([&ctx, step] { patrol_convert(ctx, step->ref, true, step->urgency, "", ""); });

  auto* cp = cmd->add_subcommand("complaint", "把巡视发现的问题转为投诉（如岗位失职、服务不到位）");
  cp->add_option("REF", step->ref, "巡视编号#问题序号")->required();
  cp->add_option("--category", step->category, "投诉类别（kefu.yaml complaint_categories）")
      ->required();
  cp->add_option("--severity", step->severity, "投诉级别：一般 重大（general major）")
      ->capture_default_str();
  cp->footer(
      "例：kefu --by zhangmin patrol complaint XS-2026-11-0001#1 --category 环境卫生\n"
      "在标准输出打印投诉编号（TS-…）。");
  cp->callback(
      [&ctx, step] { patrol_convert(ctx, step->ref, false, "", step->category, step->severity); });

  auto* fx = cmd->add_subcommand("fixed", "巡视发现的问题已现场纠正：写明如何纠正后关闭");
  fx->add_option("REF", step->ref, "巡视编号#问题序号")->required();
  fx->add_option("--note", step->note, "如何纠正")->required();
  fx->footer("例：kefu --by zhangmin patrol fixed XS-2026-11-0001#3 --note 已通知保洁当场清理");
  fx->callback([&ctx, step] {
    auto [id, no] = parse_finding_ref(step->ref);
    auto p = update(ctx, id, [&, no = no](Patrol& r, const StaffMember& by, DateTime now) {
      finding_fixed(r, no, step->note, by.id, now);
    });
    ctx.err << fmt::format("已关闭 {}#{}：现场已纠正\n", p.id, no);
  });

  auto show_id = std::make_shared<std::string>();
  auto* sh = cmd->add_subcommand("show", "显示一次巡视：各检查点结果、发现的问题及其处理");
  sh->add_option("ID", *show_id, "巡视编号，如 XS-2026-11-0001")->required();
  sh->footer("例：kefu patrol show XS-2026-11-0001 --format json");
  sh->callback([&ctx, show_id] { patrol_show(ctx, *show_id); });

  struct ListArgs {
    std::string month, round;
    bool all = false;
  };
  auto list = std::make_shared<ListArgs>();
  auto* ls = cmd->add_subcommand("list", "列出巡视记录；默认列出尚有问题未处理的");
  ls->add_option("--month", list->month, "巡视登记的月份，如 2026-11（该月全部）");
  ls->add_option("--round", list->round, "只列此巡视，如 weekly");
  ls->add_flag("--all", list->all, "全部巡视记录");
  ls->footer("例：kefu patrol list --month 2026-11 --round daily");
  ls->callback([&ctx, list] { patrol_list(ctx, list->month, list->round, list->all); });

  auto* rd = cmd->add_subcommand("rounds", "kefu.yaml 设定的巡视、频次与本期是否已巡视");
  rd->footer("例：kefu patrol rounds；未巡视的也列入 kefu due。");
  rd->callback([&ctx] { patrol_rounds(ctx); });
}

}  // namespace kefu
