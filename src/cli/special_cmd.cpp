/// kefu special open|list|show|done|notice|delivered — paid special services (特约服务, R7).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/list_filter.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/fee_store.hpp"
#include "store/special_store.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace {

struct SpecialOpenOptions {
  std::string channel = "phone", unit, name, phone, service, what, price;
};

struct SpecialListOptions {
  std::vector<std::string> status;
  bool all = false;
  std::string month, unit;
  FilterArgs filter;
};

std::optional<int64_t> price_arg(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto fen = parse_money(text);
  if (!fen) throw RefusedError("价格「" + text + "」无效，应如 80、45.5 或 ¥1,234.50");
  return fen;
}

void special_open(Context& ctx, const SpecialOpenOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewSpecial n;
  n.channel = enum_arg<Channel>(o.channel, "来源渠道");
  if (o.unit.empty()) throw RefusedError("请用 --unit 指明接受特约服务的户号（费用计入该户账目）");
  auto unit = unit_arg(ctx, o.unit);
  n.unit = unit.id;
  n.requester = {o.name.empty() ? unit.owner : trim(o.name),
                 o.phone.empty() ? unit.phone : o.phone};
  n.price = special_price(ctx.config().special_services, trim(o.service), trim(o.what),
                          price_arg(o.price));
  SpecialRepository repo(ctx.store());
  SpecialService created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = open_special(new_id, n, by.id, now);
    return created;
  });
  ctx.out << id << '\n';
  ctx.err << fmt::format("已受理特约服务 {}（{} {}，{} 元，{}），首问负责人 {}\n", id, n.unit,
                         created.what, format_money(created.price_fen),
                         created.price_source == "list" ? "价目表价格" : "议定价格", by.name);
}

}  // namespace

Json special_view(Context& ctx, const SpecialService& s) {
  const DateTime now = ctx.now();
  auto d = special_deadlines(s, ctx.config().special_sla, ctx.dir().calendar());
  auto late = special_overdue(s, d, now);
  Json overdue = Json::array();
  if (late.notice) overdue.push_back("notice");
  if (late.callback) overdue.push_back("callback");
  Json j = RecordTraits<SpecialService>::to_json(s);
  Json v = Json::object();
  for (const auto& [k, x] : j.items()) {
    v[k] = x;
    if (k == "price_fen") v["price"] = format_money(s.price_fen);
    if (k == "delivered_to") {
      v["notice_due"] = json_time(d.notice_due);
      v["callback_due"] = json_time(d.callback_due);
      v["overdue"] = overdue;
    }
  }
  return v;
}

namespace {

Table special_table(Context& ctx, const std::vector<Json>& views) {
  Table t{{"编号", "受理时间", "户号", "服务内容", "金额", "状态", "首问负责人", "服务人员",
           "通知单", "回访期限", "逾期"},
          {}};
  for (const auto& v : views) {
    auto status = parse_enum<SpecialStatus>(v["status"].get<std::string>());
    std::string notice;
    if (!v["delivered_at"].is_null())
      notice = "已送达";
    else if (*status != SpecialStatus::ordered)
      notice = "未送达";
    std::string due = opt_time(v["callback_due"]);
    t.rows.push_back({v["id"], format_short(*parse_datetime(v["received_at"].get<std::string>())),
                      v["unit"], truncate_to(v["what"].get<std::string>(), 20), v["price"],
                      std::string(to_zh(*status)), ctx.staff_name(v["owner"]),
                      ctx.staff_name(v["done_by"]), notice,
                      due.empty() || *status == SpecialStatus::closed ? "" : due.substr(0, 10),
                      overdue_text(v["overdue"], false)});
  }
  return t;
}

const std::vector<std::string> kSpecialCsvKeys = {
    "id",         "status",        "received_at",  "channel",      "unit",         "service",
    "what",       "price",         "price_source", "owner",        "done_by",      "done_at",
    "result",     "billed_period", "delivered_at", "delivered_by", "delivered_to", "from_repair",
    "notice_due", "callback_due",  "overdue"};

void special_list(Context& ctx, const SpecialListOptions& o) {
  CaseQuery q;
  std::vector<SpecialStatus> statuses;
  for (const auto& s : o.status) statuses.push_back(enum_arg<SpecialStatus>(s, "状态"));
  if (!o.month.empty()) q.from = q.to = month_arg(o.month);
  ListFilter filter = filter_arg(o.filter, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  q.open_only = !o.all && o.month.empty() && !filter.dated() && statuses.empty();
  if (!o.unit.empty()) q.unit = unit_arg(ctx, o.unit).id;
  auto result = SpecialRepository(ctx.store()).query(q);
  std::vector<Json> views;
  for (const auto& item : result.items) {
    const auto& s = item.record;
    if (!statuses.empty() &&
        std::find(statuses.begin(), statuses.end(), s.status) == statuses.end())
      continue;
    std::vector<std::string_view> texts{s.what, s.result, s.requester.name, s.delivered_to};
    std::vector<std::string_view> phones{s.requester.phone};
    add_case_trail(s, texts, phones);
    if (!filter_keeps(filter, s.received_at, texts, phones)) continue;
    auto v = special_view(ctx, s);
    ctx.protect(v);
    views.push_back(std::move(v));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kSpecialCsvKeys,
      [&](const std::vector<Json>& vs) { return special_table(ctx, vs); }, "特约服务");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const SpecialService& s) {
  auto v = special_view(ctx, s);
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  line("服务单号", s.id);
  line("状态", std::string(to_zh(s.status)));
  line("受理时间", format_datetime(s.received_at) + " " + weekday_zh(date_of(s.received_at)));
  line("来源渠道", std::string(to_zh(s.channel)));
  line("户号", s.unit);
  line("客户", s.requester.name);
  line("联系电话", ctx.phone(s.requester.phone));
  line("服务内容", s.what);
  line("收费", format_money(s.price_fen) + " 元（" +
                   (s.price_source == "list" ? "价目表 " + s.service : std::string("议定")) + "）");
  line("首问负责人", ctx.staff_name(s.owner));
  line("服务人员", ctx.staff_name(s.done_by));
  line("完成时间", opt_time(v["done_at"]));
  line("服务结果", s.result);
  if (s.billed_period) line("计入账单", s.billed_period->str() + " 账期");
  if (s.delivered_at)
    line("通知单送达", format_datetime(*s.delivered_at) + " " + ctx.staff_name(s.delivered_by) +
                           " 送达 " + s.delivered_to);
  else if (s.status != SpecialStatus::ordered)
    line("通知单送达", "未送达，须于 " + opt_time(v["notice_due"]) +
                           " 前送达（kefu special notice " + s.id + " 生成缴费通知单）");
  line("原报修单", s.from_repair);
  if (s.status == SpecialStatus::done) line("回访期限", opt_time(v["callback_due"]));
  line("逾期", overdue_text(v["overdue"], true));
  for (const auto& cb : s.callbacks)
    line("回访记录", format_datetime(cb.at) + " " + std::string(to_zh(cb.result)) +
                         callback_proof_zh(cb) + (cb.by_phone() ? " " + ctx.phone(cb.phone) : "") +
                         (cb.note.empty() ? "" : " " + cb.note));
  print_history(ctx, s.history);
}

void special_show(Context& ctx, const std::string& id) {
  auto loaded = SpecialRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = special_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, f == Format::csv ? csv_case_row(v) : v, kSpecialCsvKeys);
}

/// Changes a special service and, when `charge` says so, adds its charge to its unit's bill of
/// the period the change names: both files, or neither.
SpecialService update(
    Context& ctx, const std::string& id,
    const std::function<void(SpecialService&, const StaffMember&, DateTime)>& step, bool charge) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  SpecialRepository repo(ctx.store());
  FeeStore fees(ctx.store());
  auto guard = ctx.store().lock();
  auto loaded = repo.get(id);
  step(loaded.record, by, now);  // may refuse: nothing written yet
  Transaction t(ctx.dir().files());
  t.replace(loaded.file.name, loaded.file.bytes, SpecialRepository::serialize(loaded));
  if (charge) write_special_charge(ctx, fees, t, loaded.record, by.id, now);
  t.commit();
  return loaded.record;
}

}  // namespace

void write_bill_change(Context& ctx, const FeeStore& fees, Transaction& t, const std::string& unit,
                       YearMonth period, const std::function<void(Bill&)>& change) {
  auto file = fees.read_bills(period, building_of(ctx.dir(), unit));
  auto it = std::find_if(file.records.begin(), file.records.end(),
                         [&](const Bill& b) { return b.unit == unit; });
  if (it == file.records.end()) {
    file.records.push_back({unit, period, {}});
    it = file.records.end() - 1;
  }
  change(*it);
  std::sort(file.records.begin(), file.records.end(),
            [](const Bill& a, const Bill& b) { return a.unit < b.unit; });
  fees.write(t, file);
}

void write_special_charge(Context& ctx, const FeeStore& fees, Transaction& t,
                          const SpecialService& s, const std::string& by, DateTime now) {
  write_bill_change(ctx, fees, t, s.unit, *s.billed_period,
                    [&](Bill& b) { add_special_charge(b, s, by, now); });
}

/// The 缴费通知单 of a special service.
Json special_payment_form_data(Context& ctx, const std::string& id) {
  auto s = SpecialRepository(ctx.store()).get(id).record;
  if (s.status == SpecialStatus::ordered || !s.done_at)
    throw RefusedError("特约服务 " + id +
                       " 尚未完成，还没有缴费通知单；完成后用 special done 记录");
  return Json{{"site", site_json(ctx.dir())},
              {"id", s.id},
              {"id_label", "特约服务单号"},
              {"customer", s.requester.name},
              {"where", s.unit},
              {"fault", s.what},
              {"result", s.result},
              {"materials", ""},
              {"completed_at", format_datetime(*s.done_at)},
              {"worker_label", "服务人员"},
              {"technician", ctx.staff_name(s.done_by)},
              {"charge", format_money(s.price_fen)},
              {"period", s.billed_period ? s.billed_period->str() : ""},
              {"delivered", s.delivered()},
              {"delivered_at", s.delivered_at ? format_datetime(*s.delivered_at) : ""},
              {"delivered_to", s.delivered_to},
              {"delivered_by", ctx.staff_name(s.delivered_by)},
              {"date", format_date(date_of(ctx.now()))}};
}

void add_special_commands(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("special", "特约服务（有偿服务）：受理、完成、缴费通知单送达与电话回访");
  cmd->require_subcommand(1);
  cmd->footer(
      "流程：open 受理（价目表价格或议定价格）→ done 完成（收费计入该户当月账单，\n"
      "fee statement / arrears / pay / dun 与其他账单一样处理）→ notice 生成缴费通知单 →\n"
      "delivered 登记送达 → callback done --phone 电话回访。特约服务不是报修，不计入报修指标。\n"
      "已完工并记录收费的报修可用 repair to-special 转为特约服务。价目表：kefu.yaml 的 "
      "special_services。\n"
      "时限：kefu.yaml 的 sla.special，自完成时起算：notice 内送达缴费通知单（默认 2wd），\n"
      "callback 内电话回访（默认同报修的 callback_days）；逾期的列入 kefu due。");

  auto open = std::make_shared<SpecialOpenOptions>();
  auto* o =
      cmd->add_subcommand("open", "受理一项特约服务，经办人即首问负责人；在标准输出打印新编号");
  o->add_option("--unit", open->unit, "户号，费用计入该户账目")->required();
  o->add_option("--service", open->service, "价目表中的服务（键或名称），价格取自价目表");
  o->add_option("--what", open->what, "服务内容：不在价目表中的服务，或对价目表服务的补充说明");
  o->add_option("--price", open->price, "议定价格（元），如 80 或 45.50；不在价目表中的服务必填");
  o->add_option("--name", open->name, "客户（默认为该户业主）");
  o->add_option("--phone", open->phone, "联系电话（默认为该户登记电话）");
  o->add_option("--channel", open->channel, "来源：电话 来访 邮件 信函 在线")
      ->capture_default_str();
  o->footer(
      "例：kefu --by zhangmin special open --unit 1-1-101 --service unclog\n"
      "    kefu --by zhangmin special open --unit 1-1-101 --what 窗帘安装 --price 120");
  o->callback([&ctx, open] { special_open(ctx, *open); });

  auto list = std::make_shared<SpecialListOptions>();
  auto* ls = cmd->add_subcommand("list", "列出特约服务；默认列出未完成（未回访）的");
  ls->add_option("--status", list->status,
                 "按状态：待服务 待回访 已完成（ordered done closed），可重复");
  ls->add_option("--month", list->month, "受理月份，如 2026-11（含已完成）");
  ls->add_option("--unit", list->unit, "户号");
  ls->add_flag("--all", list->all, "包括已完成的全部特约服务");
  add_filter_options(ls, list->filter, "服务内容、服务结果、客户、签收人、备注与回访记录");
  ls->callback([&ctx, list] { special_list(ctx, *list); });

  auto show_id = std::make_shared<std::string>();
  auto* sh = cmd->add_subcommand("show", "显示一项特约服务的全部内容与处理经过");
  sh->add_option("ID", *show_id, "特约服务编号，如 TY-2026-11-0001")->required();
  sh->callback([&ctx, show_id] { special_show(ctx, *show_id); });

  struct Step {
    std::string id, worker, at, result, to, deliverer, out;
    bool force = false;
  };
  auto step = std::make_shared<Step>();

  auto* d = cmd->add_subcommand(
      "done", "完成：记录服务人员与完成时间，收费计入该户当月（记录时所在月份）的账单");
  d->add_option("ID", step->id, "特约服务编号")->required();
  d->add_option("--worker", step->worker, "提供服务的人员（花名册编号或姓名）")->required();
  d->add_option("--at", step->at, "完成时间（默认为当前时间）");
  d->add_option("--result", step->result, "服务结果");
  d->callback([&ctx, step] {
    auto worker = ctx.staff(step->worker, "服务人员").id;
    DateTime now = ctx.now();
    DateTime at = time_arg(step->at, now, "完成时间");
    auto s = update(
        ctx, step->id,
        [&](SpecialService& r, const StaffMember& by, DateTime n) {
          complete_special(r, worker, ctx.staff_name(worker), at, trim(step->result), month_of(n),
                           by.id, n);
        },
        true);
    auto dl = special_deadlines(s, ctx.config().special_sla, ctx.dir().calendar());
    ctx.err << fmt::format(
        "{} 已完成；收费 {} 元已计入 {} {} 账单；缴费通知单：kefu special notice {}，于 {} "
        "前送达后用 "
        "special delivered 登记；请于 {} 前电话回访\n",
        s.id, format_money(s.price_fen), s.unit, s.billed_period->str(), s.id,
        *dl.notice_due == end_of_day(date_of(*dl.notice_due))
            ? format_date(date_of(*dl.notice_due))  // working or calendar days: by that day
            : format_datetime(*dl.notice_due),
        format_date(date_of(*dl.callback_due)));
  });

  auto* n = cmd->add_subcommand("notice", "生成缴费通知单（templates/payment_notice.txt）");
  n->add_option("ID", step->id, "特约服务编号")->required();
  n->add_option("-o,--out", step->out, "写入文件（原子写入），默认打印到标准输出");
  n->add_flag("--force", step->force, "-o 的文件已存在时覆盖它");
  n->footer("同 kefu render payment ID。通知单送达业主后用 special delivered 登记。");
  n->callback([&ctx, step] {
    if (ctx.format() != Format::table)
      throw RefusedError("缴费通知单是可打印的文本表单，没有 --format " + ctx.opts.format +
                         " 的形式；要供脚本读取的数据请用 special show --format");
    emit_form(ctx, "缴费通知单", "payment_notice.txt", special_payment_form_data(ctx, step->id),
              step->out, step->force);
  });

  auto* dl = cmd->add_subcommand("delivered", "登记缴费通知单已送达：谁送达、何时、交给谁");
  dl->add_option("ID", step->id, "特约服务编号")->required();
  dl->add_option("--to", step->to, "签收通知单的人（业主或其家人）")->required();
  dl->add_option("--deliverer", step->deliverer, "送达的工作人员（默认为 --by）");
  dl->add_option("--at", step->at, "送达时间（默认为当前时间）");
  dl->callback([&ctx, step] {
    DateTime now = ctx.now();
    DateTime at = time_arg(step->at, now, "送达时间");
    std::string deliverer =
        step->deliverer.empty() ? ctx.actor().id : ctx.staff(step->deliverer, "送达人").id;
    auto s = update(
        ctx, step->id,
        [&](SpecialService& r, const StaffMember& by, DateTime nw) {
          deliver_special_notice(r, trim(step->to), deliverer, ctx.staff_name(deliverer), at, by.id,
                                 nw);
        },
        false);
    ctx.err << fmt::format("已登记 {} 的缴费通知单送达：{} 由 {} 送达 {}\n", s.id,
                           format_datetime(*s.delivered_at), ctx.staff_name(s.delivered_by),
                           s.delivered_to);
  });
}

}  // namespace kefu
