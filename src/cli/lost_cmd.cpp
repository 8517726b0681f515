/// kefu lost found|ack|return|dispose|list|show — lost property (拾遗物品, §3.3.6), and the
/// 拾遗物品登记表.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/list_filter.hpp"
#include "core/lost.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/lost_store.hpp"

namespace kefu {
namespace {

std::string first_supervisor(Context& ctx) {
  for (Role role : {Role::supervisor, Role::manager})
    for (const auto& m : ctx.config().staff)
      if (m.role == role) return m.name;
  return "客户主管";
}

struct LostFoundOptions {
  std::string item, place, found_by, kept_at, at, note;
};

void lost_found(Context& ctx, const LostFoundOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewLostItem n{o.item,    o.place, o.found_by.empty() ? by.name : o.found_by,
                o.kept_at, o.note,  time_arg(o.at, now, "拾获时间")};
  LostRepository repo(ctx.store());
  LostItem created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = record_found(new_id, n, by.id, now);
    return created;
  });
  ctx.out << id << '\n';
  ctx.err << fmt::format(
      "已登记拾遗物品 {}（{}，存放于 {}）；须立即报告客户主管 {}，由其确认：kefu lost ack {}\n", id,
      created.item, created.kept_at, first_supervisor(ctx), id);
}

Json lost_view(Context& ctx, const LostItem& x) {
  Json v = RecordTraits<LostItem>::to_json(x);
  v["state"] = to_key(lost_state(x));
  v["keep_until"] = format_datetime(keep_until(x, ctx.config().lost_property));
  return v;
}

std::string state_text(Context& ctx, const LostItem& x) {
  std::string s(to_zh(lost_state(x)));
  if (x.open() && keep_until(x, ctx.config().lost_property) <= ctx.now()) s += "（保管期满）";
  return s;
}

Table lost_table(Context& ctx, const std::vector<LostItem>& items) {
  Table t{{"编号", "拾获时间", "物品", "拾获地点", "拾获人", "存放处", "状态", "登记人"}, {}};
  for (const auto& x : items)
    t.rows.push_back({x.id, format_short(x.found_at), truncate_to(x.item, 20),
                      truncate_to(x.place, 14), x.found_by, truncate_to(x.kept_at, 12),
                      state_text(ctx, x), ctx.staff_name(x.owner)});
  return t;
}

const std::vector<std::string> kLostCsvKeys = {
    "id", "found_at", "item", "place", "found_by", "kept_at", "state", "owner", "keep_until"};

void lost_list(Context& ctx, const std::string& month, bool all, const FilterArgs& filter_args) {
  CaseQuery q;
  if (!month.empty()) q.from = q.to = month_arg(month);
  ListFilter filter = filter_arg(filter_args, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  q.open_only = !all && month.empty() && !filter.dated();
  auto result = LostRepository(ctx.store()).query(q);
  std::vector<LostItem> items;
  std::vector<Json> views;
  for (auto& item : result.items) {
    const auto& x = item.record;
    std::vector<std::string_view> texts{x.item, x.place, x.found_by, x.kept_at, x.note};
    std::vector<std::string_view> phones;
    if (x.returned) {
      texts.insert(texts.end(), {x.returned->claimant, x.returned->proof});
      phones.push_back(x.returned->phone);
    }
    if (x.disposal) texts.insert(texts.end(), {x.disposal->receiver, x.disposal->reason});
    for (const auto& h : x.history) texts.push_back(h.note);
    if (!filter_keeps(filter, x.received_at, texts, phones)) continue;
    auto v = lost_view(ctx, item.record);
    ctx.protect(v);
    views.push_back(std::move(v));
    items.push_back(std::move(item.record));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kLostCsvKeys,
      [&](const std::vector<Json>&) { return lost_table(ctx, items); }, "拾遗物品");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const LostItem& x) {
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  line("编号", x.id);
  line("状态", state_text(ctx, x));
  line("物品", x.item);
  line("拾获时间", format_datetime(x.found_at));
  line("拾获地点", x.place);
  line("拾获人", x.found_by);
  line("存放处", x.kept_at);
  line("登记人", ctx.staff_name(x.owner) + " " + format_datetime(x.received_at));
  line("主管确认", x.acknowledged_at ? format_datetime(*x.acknowledged_at) + " " +
                                           ctx.staff_name(x.acknowledged_by)
                                     : "尚未确认（kefu lost ack " + x.id + "）");
  if (x.open()) line("保管期满", format_datetime(keep_until(x, ctx.config().lost_property)));
  if (x.returned) {
    const auto& r = *x.returned;
    line("认领", fmt::format("{} {}（{}{}），{}", format_datetime(r.at), r.claimant,
                             id_check_zh(r.id), r.phone.empty() ? "" : " " + ctx.phone(r.phone),
                             ctx.staff_name(r.by) + " 交还"));
    line("认领依据", r.proof);
    line("认领人签名", r.signature);
  }
  if (x.disposal) {
    const auto& d = *x.disposal;
    line(d.how == LostDisposal::police ? "移交派出所" : "处理",
         fmt::format("{} {}决定{}{}", format_datetime(d.at), ctx.staff_name(d.decided_by),
                     d.receiver.empty() ? "" : "，" + d.receiver,
                     d.reason.empty() ? "" : "；提前理由：" + d.reason));
  }
  line("备注", x.note);
  print_history(ctx, x.history);
}

void lost_show(Context& ctx, const std::string& id) {
  auto loaded = LostRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = lost_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, v, kLostCsvKeys);
}

LostItem update(Context& ctx, const std::string& id,
                const std::function<void(LostItem&, const StaffMember&, DateTime)>& step) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  return LostRepository(ctx.store()).update(id, [&](LostItem& x) { step(x, by, now); });
}

}  // namespace

Json lost_register_form_data(Context& ctx, const std::string& target) {
  std::vector<LostItem> items;
  std::string period;
  if (target.starts_with(std::string(kLostKind.prefix) + "-")) {
    items.push_back(LostRepository(ctx.store()).get(target).record);
    period = target;
  } else {
    CaseQuery q;
    q.from = q.to = month_arg(target);
    auto result = LostRepository(ctx.store()).query(q);
    ctx.report_problems(result.problems);
    items = result.records();
    period = q.from->str();
  }
  Json rows = Json::array();
  int n = 0;
  for (const auto& x : items) {
    std::string outcome = "在保管";
    if (x.returned)
      outcome = fmt::format("{} 交还 {}（{}）依据：{} 签名：{}", format_short(x.returned->at),
                            x.returned->claimant, id_check_zh(x.returned->id), x.returned->proof,
                            x.returned->signature);
    else if (x.disposal)
      outcome = fmt::format("{} {}，{}决定{}", format_short(x.disposal->at), to_zh(x.disposal->how),
                            ctx.staff_name(x.disposal->decided_by),
                            x.disposal->receiver.empty() ? "" : "，" + x.disposal->receiver);
    rows.push_back(
        {{"no", std::to_string(++n)},
         {"found_at", format_short(x.found_at)},
         {"item", x.item},
         {"place", x.place},
         {"found_by", x.found_by},
         {"kept_at", x.kept_at},
         {"acknowledged", x.acknowledged_by.empty() ? "未确认" : ctx.staff_name(x.acknowledged_by)},
         {"outcome", outcome}});
  }
  auto heading = pad_columns(rows, {{"no", "序号"},
                                    {"found_at", "拾获时间"},
                                    {"item", "物品"},
                                    {"place", "拾获地点"},
                                    {"found_by", "拾获人"},
                                    {"kept_at", "存放处"},
                                    {"acknowledged", "主管确认"}});
  return Json{{"site", site_json(ctx.dir())}, {"period", period},
              {"heading", heading},           {"rows", rows},
              {"none", rows.empty()},         {"keep_days", ctx.config().lost_property.keep_days}};
}

void add_lost_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "lost", "拾遗物品：登记拾获、报告主管确认、认领交还、期满移交派出所或处理（手册 §3.3.6）");
  cmd->require_subcommand(1);
  cmd->footer(
      "拾获顾客遗留物品须及时报告上级：lost found 登记后，该物品列在客户主管 kefu due 的最前，\n"
      "直至客户主管或管理处经理 lost ack 确认。认领：lost return 核对认领人证件（只记类型与\n"
      "号码末四位）、认领依据并签名。无人认领满 kefu.yaml lost_property.keep_days "
      "天后，由客户主管\n"
      "或经理决定 lost dispose 移交派出所或处理；期满前须写明理由。表单：kefu render lost "
      "2026-11。\n"
      "例：kefu --by zhangmin lost found --item 黑色钱包 --place 3栋大堂沙发 --kept-at 前台保险柜\n"
      "    kefu --by lili lost ack SW-2026-11-0001");

  auto found = std::make_shared<LostFoundOptions>();
  auto* fd = cmd->add_subcommand("found", "登记拾获的物品（物品、地点、时间、拾获人、存放处）");
  fd->add_option("--item", found->item, "物品及特征，如 黑色钱包（内有现金若干）")->required();
  fd->add_option("--place", found->place, "拾获地点")->required();
  fd->add_option("--kept-at", found->kept_at, "存放处，如 前台保险柜")->required();
  fd->add_option("--found-by", found->found_by, "拾获人姓名（默认为登记人）");
  fd->add_option("--at", found->at, "拾获时间（默认为当前时间），如 2026-11-26T09:30");
  fd->add_option("--note", found->note, "备注");
  fd->footer(
      "例：kefu --by zhangmin lost found --item '黑色钱包（内有现金若干）' --place 3栋大堂沙发 \\\n"
      "         --kept-at 前台保险柜 --found-by 保洁员刘芳 --at 2026-11-26T08:40\n"
      "在标准输出打印新编号（SW-…）；随即报告客户主管确认（lost ack）。");
  fd->callback([&ctx, found] { lost_found(ctx, *found); });

  struct Step {
    std::string id, claimant, phone, id_doc, id_number, proof, signature, how, decided_by, receiver,
        reason;
  };
  auto step = std::make_shared<Step>();

  auto* ak = cmd->add_subcommand("ack", "客户主管或管理处经理确认已知悉拾遗物品");
  ak->add_option("ID", step->id, "拾遗物品编号，如 SW-2026-11-0001")->required();
  ak->footer("--by 须为客户主管或管理处经理。例：kefu --by lili lost ack SW-2026-11-0001");
  ak->callback([&ctx, step] {
    auto x = update(ctx, step->id, [&](LostItem& r, const StaffMember& by, DateTime now) {
      acknowledge_lost(r, by, now);
    });
    ctx.err << fmt::format("{} 已由 {} 确认\n", x.id, ctx.staff_name(x.acknowledged_by));
  });

  auto* rt = cmd->add_subcommand("return", "交还认领人：核对证件（只记末四位）、认领依据与签名");
  rt->add_option("ID", step->id, "拾遗物品编号")->required();
  rt->add_option("--claimant", step->claimant, "认领人姓名")->required();
  rt->add_option("--phone", step->phone, "认领人电话");
  rt->add_option("--id-doc", step->id_doc, "证件类型，如 身份证、护照")->required();
  rt->add_option("--id-number", step->id_number, "证件号码或其末四位（只保存末四位）")->required();
  rt->add_option("--proof", step->proof, "如何证明物品属于本人，如 说出钱包内证件姓名与现金数额")
      ->required();
  rt->add_option("--signature", step->signature, "认领人签名（签名人姓名）")->required();
  rt->footer(
      "例：kefu --by zhangmin lost return SW-2026-11-0001 --claimant 王伟 --id-doc 身份证 \\\n"
      "         --id-number 123X --proof 说出钱包内银行卡户名与现金数额 --signature 王伟");
  rt->callback([&ctx, step] {
    LostReturn r;
    r.claimant = step->claimant;
    r.phone = trim(step->phone);
    auto check = id_check_from(step->id_doc, step->id_number);
    if (check) r.id = *check;
    r.proof = step->proof;
    r.signature = step->signature;
    auto x = update(ctx, step->id, [&](LostItem& rec, const StaffMember& by, DateTime now) {
      r.by = by.id;
      return_lost(rec, r, now);
    });
    ctx.err << fmt::format("{} 已交还认领人 {}（{}）\n", x.id, x.returned->claimant,
                           id_check_zh(x.returned->id));
  });

  auto* dp = cmd->add_subcommand(
      "dispose", "无人认领的物品移交派出所或处理：由客户主管或经理决定，保管期满前须写理由");
  dp->add_option("ID", step->id, "拾遗物品编号")->required();
  dp->add_option("--how", step->how, "去向：移交派出所 处理（police disposed）")->required();
  dp->add_option("--decided-by", step->decided_by, "决定的客户主管或管理处经理（默认为 --by）");
  dp->add_option("--receiver", step->receiver, "接收的派出所及民警，或处理方式");
  dp->add_option("--reason", step->reason, "保管期满前移交或处理的理由");
  dp->footer(
      "例：kefu --by zhangmin lost dispose SW-2026-10-0002 --how 移交派出所 --decided-by lili \\\n"
      "         --receiver '园区派出所 陈警官'\n"
      "保管期为 kefu.yaml lost_property.keep_days 天，自拾获次日起算。");
  dp->callback([&ctx, step] {
    LostDisposalRecord d;
    d.how = enum_arg<LostDisposal>(step->how, "去向");
    d.receiver = trim(step->receiver);
    d.reason = step->reason;
    const auto& decider = step->decided_by.empty()
                              ? ctx.actor()
                              : ctx.staff(step->decided_by, "决定人（--decided-by）");
    auto x = update(ctx, step->id, [&](LostItem& rec, const StaffMember& by, DateTime now) {
      d.by = by.id;
      dispose_lost(rec, d, decider, ctx.config().lost_property, now);
    });
    ctx.err << fmt::format("{} 已{}，{} 决定\n", x.id, to_zh(x.disposal->how),
                           ctx.staff_name(x.disposal->decided_by));
  });

  auto show_id = std::make_shared<std::string>();
  auto* sh = cmd->add_subcommand("show", "显示一件拾遗物品的登记与处理经过");
  sh->add_option("ID", *show_id, "拾遗物品编号，如 SW-2026-11-0001")->required();
  sh->footer("例：kefu lost show SW-2026-11-0001");
  sh->callback([&ctx, show_id] { lost_show(ctx, *show_id); });

  struct ListArgs {
    std::string month;
    bool all = false;
    FilterArgs filter;
  };
  auto list = std::make_shared<ListArgs>();
  auto* ls = cmd->add_subcommand("list", "列出拾遗物品；默认列出仍在前台保管的");
  ls->add_option("--month", list->month, "登记月份，如 2026-11（该月全部）");
  ls->add_flag("--all", list->all, "全部拾遗物品");
  add_filter_options(ls, list->filter, "物品、地点、拾获人、存放处、认领人与凭据、去向、备注");
  ls->footer("例：kefu lost list --all --format csv；kefu lost list --grep 钥匙 --from 11-01");
  ls->callback([&ctx, list] { lost_list(ctx, list->month, list->all, list->filter); });
}

}  // namespace kefu
