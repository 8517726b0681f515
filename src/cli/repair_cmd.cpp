/// kefu repair log|list|show|dispatch|done|rework|to-special — repair work orders (R7, R8).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/hooks.hpp"
#include "cli/list_filter.hpp"
#include "cli/month_list.hpp"
#include "core/due.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "store/fee_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace {

std::string repair_overdue_zh(const Json& keys) {
  std::string s;
  for (const auto& o : keys) {
    s += (s.empty() ? "" : "、") + std::string(kefu::overdue_zh(o.get<std::string>()));
  }
  return s;
}

struct RepairLogOptions {
  std::string channel = "phone", unit, place, name, phone, fault, urgency = "normal";
};

struct RepairListOptions {
  std::vector<std::string> status;
  bool overdue = false, all = false;
  std::string month, owner, unit, tech, urgency;
  FilterArgs filter;
};

void repair_log(Context& ctx, const RepairLogOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewRepair n;
  n.channel = enum_arg<Channel>(o.channel, "来源渠道");
  n.urgency = enum_arg<Urgency>(o.urgency, "紧急程度");
  n.unit = o.unit;
  n.place = trim(o.place);
  n.requester = {o.name, o.phone};
  n.fault = trim(o.fault);
  if (!o.unit.empty()) {
    auto unit = unit_arg(ctx, o.unit);
    if (n.requester.name.empty()) n.requester.name = unit.owner;
    if (n.requester.phone.empty()) n.requester.phone = unit.phone;
  }
  RepairRepository repo(ctx.store());
  Repair created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = log_repair(new_id, n, by.id, now);
    return created;
  });
  auto d = repair_deadlines(created, ctx.config().repair_sla, ctx.dir().calendar());
  ctx.out << id << '\n';
  std::string arrive = d.arrive_due ? format_datetime(*d.arrive_due) + " 前到场，" : "";
  ctx.err << fmt::format("已受理报修 {}（{}{}），首问负责人 {}；须于 {}{} 前完工\n", id,
                         created.is_public() ? "公共设施，" : "", to_zh(n.urgency), by.name, arrive,
                         format_datetime(d.fix_due));
  notify(opened_events(created));
}

Table repair_table(Context& ctx, const std::vector<Json>& views) {
  Table t{{"编号", "受理时间", "户号/地点", "故障", "紧急", "状态", "首问负责人", "维修人",
           "完工时限", "返修", "逾期"},
          {}};
  for (const auto& v : views) {
    std::string where = v["unit"].get<std::string>();
    if (where.empty()) where = truncate_to(v["place"].get<std::string>(), 16);
    auto status = parse_enum<RepairStatus>(v["status"].get<std::string>());
    auto urgency = parse_enum<Urgency>(v["urgency"].get<std::string>());
    int reworks = v["rework_count"].get<int>();
    t.rows.push_back({v["id"], format_short(*parse_datetime(v["received_at"].get<std::string>())),
                      where, truncate_to(v["fault"].get<std::string>(), 20),
                      std::string(to_zh(*urgency)), std::string(to_zh(*status)),
                      ctx.staff_name(v["owner"]), ctx.staff_name(v["technician"]),
                      format_short(*parse_datetime(v["fix_due"].get<std::string>())),
                      reworks ? std::to_string(reworks) : "", repair_overdue_zh(v["overdue"])});
  }
  return t;
}

const std::vector<std::string> kRepairCsvKeys = {
    "id",         "status",       "received_at",  "channel",      "urgency",    "unit",
    "place",      "fault",        "owner",        "team",         "technician", "dispatched_at",
    "arrived_at", "completed_at", "materials",    "charge",       "signed_by",  "result",
    "arrive_due", "fix_due",      "callback_due", "rework_count", "overdue"};

void repair_list(Context& ctx, const RepairListOptions& o) {
  CaseQuery q;
  std::vector<RepairStatus> statuses;
  for (const auto& s : o.status) statuses.push_back(enum_arg<RepairStatus>(s, "状态"));
  std::optional<Urgency> urgency;
  if (!o.urgency.empty()) urgency = enum_arg<Urgency>(o.urgency, "紧急程度");
  if (!o.month.empty()) q.from = q.to = month_arg(o.month);
  ListFilter filter = filter_arg(o.filter, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  q.open_only = !o.all && o.month.empty() && !filter.dated() && statuses.empty();
  bool filtered = !filter.grep.empty() || !filter.phone.empty() || filter.dated();
  if (!o.unit.empty()) q.unit = o.unit;
  std::string owner = o.owner.empty() ? "" : ctx.staff(o.owner, "责任人").id;
  std::string tech = o.tech.empty() ? "" : ctx.staff(o.tech, "维修人员").id;
  bool whole_months = (o.all || q.from) && statuses.empty() && owner.empty() && tech.empty() &&
                      !urgency && q.unit.empty() && !o.overdue && !filtered &&
                      ctx.format() == Format::json;
  if (whole_months &&
      print_month_lists<Repair>(ctx, q.from, "repairs", [&](const Repair& r, Validity& valid) {
        return repair_view(ctx, r, &valid);
      }))
    return;
  RepairRepository repo(ctx.store());
  auto result = repo.query(q);
  std::vector<Json> views;
  for (const auto& item : result.items) {
    const auto& r = item.record;
    if (!statuses.empty() &&
        std::find(statuses.begin(), statuses.end(), r.status) == statuses.end())
      continue;
    if (!owner.empty() && r.owner != owner) continue;
    if (!tech.empty() && r.technician != tech) continue;
    if (urgency && r.urgency != *urgency) continue;
    if (filtered) {
      std::vector<std::string_view> texts{r.fault, r.place, r.result, r.materials,
                                          r.requester.name};
      std::vector<std::string_view> phones{r.requester.phone};
      for (const auto& w : r.reworks) texts.push_back(w.reason);
      add_case_trail(r, texts, phones);
      if (!filter_keeps(filter, r.received_at, texts, phones)) continue;
    }
    auto v = repair_view(ctx, r);
    if (o.overdue && v["overdue"].empty()) continue;
    ctx.protect(v);
    views.push_back(std::move(v));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kRepairCsvKeys,
      [&](const std::vector<Json>& vs) { return repair_table(ctx, vs); }, "报修");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const Repair& r) {
  auto v = repair_view(ctx, r);
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  line("报修编号", r.id);
  line("状态", std::string(to_zh(r.status)));
  line("类型", r.kind_zh());
  line("受理时间", format_datetime(r.received_at) + " " + weekday_zh(date_of(r.received_at)));
  line("来源渠道", std::string(to_zh(r.channel)));
  line("户号", r.unit);
  line("位置", r.place);
  line("报修人", r.requester.name);
  line("联系电话", ctx.phone(r.requester.phone));
  line("故障", r.fault);
  line("来源巡视", r.patrol);
  line("紧急程度", std::string(to_zh(r.urgency)));
  line("首问负责人", ctx.staff_name(r.owner));
  line("维修班组", r.team);
  line("维修人员", ctx.staff_name(r.technician));
  line("派工时间", opt_time(v["dispatched_at"]));
  line("到场时限", opt_time(v["arrive_due"]));
  line("到场时间", opt_time(v["arrived_at"]));
  line("完工时限", opt_time(v["fix_due"]));
  line("完工时间", opt_time(v["completed_at"]));
  line("维修结果", r.result);
  line("材料", r.materials);
  if (r.is_paid()) line("特约收费", format_money(r.charge_fen) + " 元");
  line("业主签字", r.signed_by);
  line("回访期限", opt_time(v["callback_due"]));
  if (r.is_converted()) line("特约服务", r.special);
  line("逾期", repair_overdue_zh(v["overdue"]));
  for (const auto& w : r.reworks) line("返修记录", format_datetime(w.at) + " " + w.reason);
  for (const auto& cb : r.callbacks)
    line("回访记录", format_datetime(cb.at) + " " + std::string(to_zh(cb.result)) +
                         callback_proof_zh(cb) + (cb.note.empty() ? "" : " " + cb.note));
  print_history(ctx, r.history);
}

void repair_show(Context& ctx, const std::string& id) {
  RepairRepository repo(ctx.store());
  auto loaded = repo.get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = repair_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, f == Format::csv ? csv_case_row(v) : v, kRepairCsvKeys);
}

void update(Context& ctx, const std::string& id,
            const std::function<void(Repair&, const StaffMember&, DateTime)>& step,
            const std::function<std::string(const Repair&)>& message) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  RepairRepository repo(ctx.store());
  auto r = repo.update(id, [&](Repair& rec) { step(rec, by, now); });
  ctx.err << message(r) << '\n';
}

/// The repair becomes a special service, its charge enters the unit's bill of this month, and
/// the repair is marked converted: the three files, or none.
void repair_to_special(Context& ctx, const std::string& id, const std::string& service_text) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  std::string service;
  if (!service_text.empty()) {
    const auto* item = ctx.config().find_special_service(trim(service_text));
    if (!item)
      throw RefusedError("特约服务价目表（kefu.yaml 的 special_services）中没有「" + service_text +
                         "」");
    service = item->key;
  }
  RepairRepository repairs(ctx.store());
  FeeStore fees(ctx.store());
  auto guard = ctx.store().lock();
  auto repair = repairs.get(id);
  auto new_id = ctx.store().next_id(kSpecialKind, month_of(repair.record.received_at));
  auto special = special_from_repair(new_id, repair.record, service, month_of(now), by.id, now);
  mark_repair_converted(repair.record, new_id, by.id, now);
  Transaction t(ctx.dir().files());
  t.create(ctx.dir().rel(ctx.store().path_for(kSpecialKind, new_id)),
           emit_yaml(RecordTraits<SpecialService>::to_json(special)));
  t.replace(repair.file.name, repair.file.bytes, RepairRepository::serialize(repair));
  write_special_charge(ctx, fees, t, special, by.id, now);
  t.commit();
  ctx.out << new_id << '\n';
  std::string msg = fmt::format(
      "报修 {} 已转为特约服务 {}，不再计入报修统计；收费 {} 元已计入 {} {} 账单", id, new_id,
      format_money(special.price_fen), special.unit, special.billed_period->str());
  if (special.status == SpecialStatus::done)
    msg += fmt::format("；请于 {} 前电话回访",
                       format_date(date_of(*special_deadlines(special, ctx.config().special_sla,
                                                              ctx.dir().calendar())
                                                .callback_due)));
  ctx.err << msg << '\n';
}

}  // namespace

Json repair_view(Context& ctx, const Repair& r, Validity* valid) {
  const DateTime now = ctx.now();
  auto d = repair_deadlines(r, ctx.config().repair_sla, ctx.dir().calendar());
  if (valid) {
    valid->depends_on(d.fix_due, now);
    if (d.arrive_due) valid->depends_on(*d.arrive_due, now);
    if (d.callback_due) valid->depends_on(*d.callback_due, now);
  }
  auto o = repair_overdue(r, d, now);
  Json overdue = Json::array();
  if (o.arrival) overdue.push_back("arrival");
  if (o.fix) overdue.push_back("fix");
  if (o.callback) overdue.push_back("callback");
  Json j = RecordTraits<Repair>::to_json(r);
  Json v = Json::object();
  for (const auto& [k, x] : j.items()) {
    if (k == "reworks") {
      v["arrive_due"] = json_time(d.arrive_due);
      v["fix_due"] = format_datetime(d.fix_due);
      v["callback_due"] = json_time(d.callback_due);
      v["rework_count"] = r.reworks.size();
      v["overdue"] = overdue;
    }
    v[k] = x;
    if (k == "charge_fen") v["charge"] = format_money(r.charge_fen);
  }
  return v;
}

void add_repair_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("repair", "报修登记与派工（户内维修、公共设施设备、急修）");
  cmd->require_subcommand(1);
  cmd->footer(
      "流程：log 受理 → dispatch 派工 → done 完工（业主签字，特约服务记收费）→ callback done "
      "回访；\n"
      "完工后复发用 rework 返修，回访不满意亦转返修；记录了收费的可用 to-special 转为特约服务。\n"
      "时限取自 kefu.yaml 的 sla.repair：\n"
      "默认急修30分钟到场、24小时内修复（连续计时），一般报修1个工作日内修复。");

  auto log = std::make_shared<RepairLogOptions>();
  auto* l = cmd->add_subcommand("log", "受理一宗报修，经办人即首问负责人；在标准输出打印新编号");
  l->add_option("--unit", log->unit, "户号（户内维修），如 3-2-1102");
  l->add_option("--place", log->place, "公共设施设备所在位置，如 3栋2单元电梯；户内可写具体部位");
  l->add_option("--name", log->name, "报修人（默认为该户业主）");
  l->add_option("--phone", log->phone, "联系电话（默认为该户登记电话）");
  l->add_option("--fault", log->fault, "故障描述")->required();
  l->add_option("--urgency", log->urgency, "紧急程度：急修(urgent) 一般(normal)")
      ->capture_default_str();
  l->add_option("--channel", log->channel, "来源：电话 来访 邮件 信函 在线")->capture_default_str();
  l->footer("例：kefu --by zhangmin repair log --unit 1-1-101 --fault 厨房水管爆裂 --urgency 急修");
  l->callback([&ctx, log] { repair_log(ctx, *log); });

  auto list = std::make_shared<RepairListOptions>();
  auto* ls = cmd->add_subcommand("list", "列出报修；默认列出未完成（未回访）的报修");
  ls->add_option("--status", list->status,
                 "按状态：待派工 维修中 待回访 已完成（logged dispatched done closed），可重复");
  ls->add_flag("--overdue", list->overdue, "只列逾期的（未到场、超时限、回访逾期）");
  ls->add_option("--month", list->month, "受理月份，如 2026-11（含已完成）");
  ls->add_option("--owner", list->owner, "首问负责人");
  ls->add_option("--tech", list->tech, "维修人员");
  ls->add_option("--unit", list->unit, "户号");
  ls->add_option("--urgency", list->urgency, "急修 或 一般");
  ls->add_flag("--all", list->all, "包括已完成的全部报修");
  add_filter_options(ls, list->filter, "故障、地点、维修结果、材料、报修人、备注与回访记录");
  ls->callback([&ctx, list] { repair_list(ctx, *list); });

  auto show_id = std::make_shared<std::string>();
  auto* s = cmd->add_subcommand("show", "显示一张报修单的全部内容与处理经过");
  s->add_option("ID", *show_id, "报修编号，如 BX-2026-11-0001")->required();
  s->callback([&ctx, show_id] { repair_show(ctx, *show_id); });

  struct Step {
    std::string id, team, tech, at, arrived, materials, charge, signed_by, result, reason;
  };
  auto step = std::make_shared<Step>();

  auto* d = cmd->add_subcommand("dispatch", "派工给维修人员（已派工的可改派）");
  d->add_option("ID", step->id, "报修编号")->required();
  d->add_option("--tech", step->tech, "维修人员（花名册编号或姓名）")->required();
  d->add_option("--team", step->team, "维修班组或部门（默认 工程部）");
  d->add_option("--at", step->at, "派工时间（默认为当前时间）");
  d->add_option("--arrived", step->arrived, "到场时间（急修到场时限据此判断）");
  d->callback([&ctx, step] {
    auto tech = ctx.staff(step->tech, "维修人员").id;
    std::string team = step->team;
    if (team.empty() && ctx.config().is_department("工程部")) team = "工程部";
    if (!team.empty() && !ctx.config().is_department(team))
      throw RefusedError("班组「" + team + "」不在 kefu.yaml 的 departments 中");
    DateTime now = ctx.now();
    DateTime at = time_arg(step->at, now, "派工时间");
    std::optional<DateTime> arrived;
    if (!step->arrived.empty()) arrived = time_arg(step->arrived, now, "到场时间");
    update(
        ctx, step->id,
        [&](Repair& r, const StaffMember& by, DateTime n) {
          dispatch_repair(r, team, tech, ctx.staff_name(tech), at, arrived, by.id, n);
        },
        [&](const Repair& r) { return "已将 " + r.id + " 派给 " + ctx.staff_name(tech); });
  });

  auto* a = cmd->add_subcommand("arrive", "记录维修人员到场（急修到场时限据此判断）");
  a->add_option("ID", step->id, "报修编号")->required();
  a->add_option("--at", step->at, "到场时间（默认为当前时间）");
  a->footer("例：kefu repair arrive BX-2026-11-0001 --at 2026-11-26T09:25");
  a->callback([&ctx, step] {
    DateTime at = time_arg(step->at, ctx.now(), "到场时间");
    update(
        ctx, step->id,
        [&](Repair& r, const StaffMember& by, DateTime n) { record_arrival(r, at, by.id, n); },
        [&](const Repair& r) { return "已记录 " + r.id + " 于 " + format_datetime(at) + " 到场"; });
  });

  auto* c = cmd->add_subcommand("done", "完工：记录完工时间、材料、收费与业主签字，并排定回访日期");
  c->add_option("ID", step->id, "报修编号")->required();
  c->add_option("--signed-by", step->signed_by, "在报修单上签字确认的业主（报修人）")->required();
  c->add_option("--at", step->at, "完工时间（默认为当前时间）");
  c->add_option("--result", step->result, "维修结果");
  c->add_option("--materials", step->materials, "所用材料");
  c->add_option("--charge", step->charge,
                "收费（元），如 120 或 120.50；有偿服务随后用 to-special 转为特约服务");
  c->callback([&ctx, step] {
    DateTime now = ctx.now();
    RepairCompletion done;
    done.at = time_arg(step->at, now, "完工时间");
    done.materials = trim(step->materials);
    done.result = trim(step->result);
    done.signed_by = trim(step->signed_by);
    if (!step->charge.empty()) {
      auto fen = parse_money(step->charge);
      if (!fen)
        throw RefusedError("收费金额「" + step->charge + "」无效，应如 120、120.5 或 ¥1,234.50");
      done.charge_fen = *fen;
    }
    update(
        ctx, step->id,
        [&](Repair& r, const StaffMember& by, DateTime n) { complete_repair(r, done, by.id, n); },
        [&](const Repair& r) {
          auto dl = repair_deadlines(r, ctx.config().repair_sla, ctx.dir().calendar());
          bool late = *r.completed_at > dl.fix_due;
          std::string msg =
              fmt::format("{} 已完工{}；请于 {} 前回访", r.id, late ? "（已超完工时限）" : "",
                          format_date(date_of(*dl.callback_due)));
          if (r.is_paid())
            msg += fmt::format(
                "；特约服务收费 {} 元：用 kefu repair to-special {} 转为特约服务，收费计入该户账单",
                format_money(r.charge_fen), r.id);
          return msg;
        });
  });

  auto* ts = cmd->add_subcommand(
      "to-special", "把已完工并记录收费的户内报修转为特约服务（不再计入报修指标），不必重新录入");
  ts->add_option("ID", step->id, "报修编号")->required();
  ts->add_option("--service", step->team,
                 "价目表中对应的服务（键或名称），仅作记录；收费仍按报修所记");
  ts->footer(
      "新的特约服务沿用报修的户号、报修人、内容、维修人员、完工时间与收费；收费计入该户当月账单，\n"
      "报修标为已转换并结束。在标准输出打印新的特约服务编号。");
  ts->callback([&ctx, step] { repair_to_special(ctx, step->id, step->team); });

  auto* w = cmd->add_subcommand("rework", "返修：已完工的报修又出故障，转回维修并计一次返修");
  w->add_option("ID", step->id, "报修编号")->required();
  w->add_option("--reason", step->reason, "返修原因")->required();
  w->callback([&ctx, step] {
    update(
        ctx, step->id,
        [&](Repair& r, const StaffMember& by, DateTime now) {
          rework_repair(r, trim(step->reason), by.id, now);
        },
        [&](const Repair& r) {
          auto dl = repair_deadlines(r, ctx.config().repair_sla, ctx.dir().calendar());
          return fmt::format("{} 已转返修（第 {} 次），须于 {} 前完工", r.id, r.reworks.size(),
                             format_datetime(dl.fix_due));
        });
  });
}

}  // namespace kefu
