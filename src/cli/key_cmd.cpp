/// kefu key add|lend|return|list|report — the key register (钥匙管理, §3.4, R9).
#include <fmt/format.h>

#include <map>

#include "cli/commands.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/key_store.hpp"

namespace kefu {
namespace {

struct KeyAddOptions {
  std::string code, name, kind = "public_area", unit, location, note;
  int copies = 1;
};

void key_add(Context& ctx, const KeyAddOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewKey n;
  n.code = trim(o.code);
  n.name = trim(o.name);
  n.kind = enum_arg<KeyKind>(o.kind, "钥匙类别");
  n.unit = trim(o.unit);
  n.copies = o.copies;
  n.location = trim(o.location);
  n.note = trim(o.note);
  if (!n.unit.empty()) unit_arg(ctx, n.unit);
  Key k = add_key(n, by.id, now);
  KeyRegister(ctx.store()).add(k);
  ctx.out << k.code << '\n';
  ctx.err << fmt::format("已登记钥匙 {}：{}（{}{}），{} 把{}\n", k.code, k.name, to_zh(k.kind),
                         k.unit.empty() ? "" : " " + k.unit, k.copies,
                         k.location.empty() ? "" : "，存放于 " + k.location);
}

struct KeyLendOptions {
  std::string key, to, phone, purpose, category, consent_by, approved_by, id_doc, id_number, cash,
      until, notified, notify_note;
  bool emergency = false;
};

void key_lend(Context& ctx, const KeyLendOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  const auto& rules = ctx.config().keys;
  LendRequest r;
  r.borrower = {trim(o.to), trim(o.phone)};
  if (const auto* staff = ctx.config().find_staff(r.borrower.name)) {
    r.borrower_is_staff = true;
    r.borrower.name = staff->name;
    if (r.borrower.phone.empty()) r.borrower.phone = staff->phone;
  }
  r.purpose = trim(o.purpose);
  if (!o.category.empty()) r.category = enum_arg<KeyPurpose>(o.category, "用途类别");
  if (!o.consent_by.empty()) r.consent_by = &ctx.staff(o.consent_by, "同意人（--consent-by）");
  if (!o.approved_by.empty()) r.approved_by = &ctx.staff(o.approved_by, "批准人（--approved-by）");
  r.id_check = id_check_from(o.id_doc, o.id_number);
  if (!o.cash.empty()) {
    r.deposit.cash_fen = parse_money(trim(o.cash));
    if (!r.deposit.cash_fen)
      throw RefusedError("押金金额「" + o.cash + "」无效，应如 100 或 100.00");
  }
  if (!o.until.empty()) r.until = until_arg(o.until, ctx.now(), rules);
  r.emergency = o.emergency;
  if (!o.notified.empty())
    r.notified = enum_arg<NotifiedParty>(o.notified, "已通知的一方（--notified）");
  r.notify_note = trim(o.notify_note);

  KeyRegister reg(ctx.store());
  bool was_damaged = false;
  auto loan = reg.lend(o.key, now, [&](Key& k, const std::string& id) {
    if (k.kind == KeyKind::spare) r.unit = ctx.dir().find_unit(k.unit);
    was_damaged = k.state == KeyState::damaged;
    return lend_key(k, id, r, rules, by.id, now);
  });
  ctx.out << loan.id << '\n';
  if (was_damaged) ctx.err << "kefu: 注意：钥匙 " << loan.key << " 登记为损坏\n";
  ctx.err << fmt::format("已将钥匙 {}（{}）借给 {}，登记 {}；应于 {} 前归还\n", loan.key,
                         loan.key_name, loan.borrower.name, loan.id, format_datetime(loan.due_at));
  if (auto up = key_escalation(loan, next_level(ctx))) announce_escalation(ctx, *up);
}

struct KeyReturnOptions {
  std::string key, returned_by, condition = "good", note;
  bool keep_deposit = false;
};

void key_return(Context& ctx, const KeyReturnOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  ReturnRequest r;
  r.returned_by = trim(o.returned_by);
  if (const auto* staff = ctx.config().find_staff(r.returned_by)) r.returned_by = staff->name;
  r.condition = enum_arg<KeyCondition>(o.condition, "钥匙状况（--condition）");
  r.keep_deposit = o.keep_deposit;
  r.note = trim(o.note);
  std::string code = o.key;
  if (code.starts_with(std::string(kKeyLoanKind.prefix) + "-"))  // a loan ID names its key
    code = KeyLoanRepository(ctx.store()).get(code).record.key;
  auto loan = KeyRegister(ctx.store()).give_back(code, [&](Key& k, KeyLoan& l) {
    return_key(k, l, r, by.id, now);
  });
  std::string msg = fmt::format("钥匙 {}（{}）{}，登记 {}，状况：{}", loan.key, loan.key_name,
                                r.condition == KeyCondition::lost ? "报失" : "已归还", loan.id,
                                to_zh(r.condition));
  if (loan.returned_by != loan.borrower.name)
    msg += "；由 " + loan.returned_by + " 代还（借用人 " + loan.borrower.name + "）";
  if (loan.late) msg += "；逾期（应于 " + format_datetime(loan.due_at) + " 前归还）";
  if (loan.deposit_refunded)
    msg += (*loan.deposit_refunded ? "；请退还押金：" : "；押金暂扣：") + deposit_zh(loan.deposit);
  if (loan.id_checked && loan.id_checked->held)
    msg += "；请当即把借出时所押证件（" + id_check_zh(*loan.id_checked) +
           "）退还借用人：《居民身份证法》第十五条禁止扣押居民身份证";
  ctx.err << msg << '\n';
}

// ---- list --------------------------------------------------------------------------------

struct KeyRow {
  Key key;
  std::optional<KeyLoan> loan;
};

std::vector<KeyRow> load_keys(Context& ctx) {
  KeyRegister reg(ctx.store());
  auto list = reg.all();
  std::vector<KeyRow> rows;
  for (auto& item : list.items) {
    KeyRow row{item.record, std::nullopt};
    if (row.key.state == KeyState::out) {
      try {
        row.loan = reg.open_loan(item).record;
      } catch (const StoreError& e) {
        list.problems.push_back(e);
      }
    }
    rows.push_back(std::move(row));
  }
  ctx.report_problems(list.problems);
  return rows;
}

Json key_view(Context& ctx, const KeyRow& row) {
  Json v = RecordTraits<Key>::to_json(row.key);
  v.erase("history");
  Json loan = nullptr;
  if (row.loan)
    loan = Json{{"id", row.loan->id},           {"borrower", person_to_json(row.loan->borrower)},
                {"purpose", row.loan->purpose}, {"lent_at", format_datetime(row.loan->lent_at)},
                {"lent_by", row.loan->lent_by}, {"due_at", format_datetime(row.loan->due_at)}};
  v["current_loan"] = loan;
  v["overdue"] = row.loan && loan_overdue(*row.loan, ctx.now());
  return v;
}

void key_list(Context& ctx, bool out_only, bool overdue_only, const std::string& kind_text) {
  std::optional<KeyKind> kind;
  if (!kind_text.empty()) kind = enum_arg<KeyKind>(kind_text, "钥匙类别");
  DateTime now = ctx.now();
  std::vector<KeyRow> rows;
  for (auto& row : load_keys(ctx)) {
    if (kind && row.key.kind != *kind) continue;
    if (out_only && row.key.state != KeyState::out) continue;
    if (overdue_only && !(row.loan && loan_overdue(*row.loan, now))) continue;
    rows.push_back(std::move(row));
  }
  auto f = ctx.format();
  if (f != Format::table) {
    Json views = Json::array();
    for (const auto& row : rows) views.push_back(key_view(ctx, row));
    ctx.protect(views);
    if (f == Format::json)
      print_json(ctx.out, views);
    else if (f == Format::yaml)
      print_yaml(ctx.out, views);
    else {
      Json flat = Json::array();
      for (auto v : views) {
        // A copy: adding keys to `v` moves its members, so a reference into it would dangle.
        const Json l = v["current_loan"];
        v["loan_borrower"] = l.is_null() ? "" : l["borrower"]["name"].get<std::string>();
        v["loan_due_at"] = l.is_null() ? "" : l["due_at"].get<std::string>();
        flat.push_back(v);
      }
      print_csv(ctx.out,
                {"code", "name", "kind", "unit", "copies", "location", "state", "loan",
                 "loan_borrower", "loan_due_at", "overdue", "note"},
                flat);
    }
    return;
  }
  if (rows.empty()) {
    ctx.err << "没有符合条件的钥匙\n";
    return;
  }
  Table t{{"编号", "名称", "类别", "户号", "数量", "存放位置", "状态", "借用人", "借出时间",
           "经手人", "应还时间", "逾期"},
          {}};
  for (const auto& row : rows) {
    const auto& k = row.key;
    std::vector<std::string> cells{k.code,
                                   truncate_to(k.name, 20),
                                   std::string(to_zh(k.kind)),
                                   k.unit,
                                   std::to_string(k.copies),
                                   truncate_to(k.location, 16),
                                   std::string(to_zh(k.state))};
    if (row.loan) {
      const auto& l = *row.loan;
      cells.insert(cells.end(),
                   {l.borrower.name, format_short(l.lent_at), ctx.staff_name(l.lent_by),
                    format_short(l.due_at), loan_overdue(l, now) ? "逾期未还" : ""});
    }
    t.rows.push_back(std::move(cells));
  }
  print_table(ctx.out, t);
  size_t out = 0;
  for (const auto& row : rows) out += row.key.state == KeyState::out;
  ctx.err << "共 " << rows.size() << " 把，借出 " << out << " 把\n";
}

// ---- report ------------------------------------------------------------------------------

std::string loan_line(Context& ctx, const KeyLoan& l, DateTime now) {
  std::string s = fmt::format("{}  {} {}  借用人 {}  借出 {}  应还 {}", l.id, l.key, l.key_name,
                              l.borrower.name, format_short(l.lent_at), format_short(l.due_at));
  if (l.returned_at)
    s += "  归还 " + format_short(*l.returned_at);
  else if (loan_overdue(l, now))
    s += "  至今未还";
  (void)ctx;
  return s;
}

Json loan_brief(Context& ctx, const KeyLoan& l, DateTime now) {
  Json j{{"id", l.id},
         {"key", l.key},
         {"key_name", l.key_name},
         {"key_kind", to_key(l.key_kind)},
         {"borrower", l.borrower.name},
         {"purpose", l.purpose},
         {"category", to_key(l.category)},
         {"lent_at", format_datetime(l.lent_at)},
         {"lent_by", l.lent_by},
         {"due_at", format_datetime(l.due_at)},
         {"returned_at", json_time(l.returned_at)},
         {"returned_by", l.returned_by},
         {"condition", l.condition ? Json(to_key(*l.condition)) : Json(nullptr)},
         {"late", l.late},
         {"overdue", loan_overdue(l, now)}};
  if (l.notice)
    j["notified"] = Json{{"party", to_key(l.notice->party)},
                         {"name", l.notice->name},
                         {"phone", ctx.phone(l.notice->phone)},
                         {"note", l.notice->note}};
  return j;
}

void key_report(Context& ctx, const std::string& month_text) {
  DateTime now = ctx.now();
  YearMonth month = month_text.empty() ? month_of(now) : month_arg(month_text);
  CaseQuery q;
  q.from = q.to = month;
  auto result = KeyLoanRepository(ctx.store()).query(q);
  std::vector<KeyLoan> loans;
  for (auto& item : result.items) loans.push_back(std::move(item.record));
  const auto stats = key_month_stats(loans, month, now);

  Json by_kind = Json::object(), by_category = Json::object();
  for (const auto& [kind, n] : stats.by_kind) by_kind[std::string(to_key(kind))] = n;
  for (const auto& [purpose, n] : stats.by_category) by_category[std::string(to_key(purpose))] = n;
  auto briefs = [&](const std::vector<const KeyLoan*>& list) {
    Json out = Json::array();
    for (const auto* l : list) out.push_back(loan_brief(ctx, *l, now));
    return out;
  };
  Json late = briefs(stats.late), damaged = briefs(stats.damaged), lost = briefs(stats.lost),
       emergency = briefs(stats.spare_used);

  Json missing = Json::array();
  std::vector<KeyRow> bad_keys;
  for (auto& row : load_keys(ctx))
    if (row.key.state == KeyState::lost || row.key.state == KeyState::damaged) {
      missing.push_back(Json{{"code", row.key.code},
                             {"name", row.key.name},
                             {"kind", to_key(row.key.kind)},
                             {"state", to_key(row.key.state)}});
      bad_keys.push_back(row);
    }
  ctx.report_problems(result.problems);

  auto f = ctx.format();
  if (f == Format::json || f == Format::yaml || f == Format::csv) {
    Json doc{{"month", month.str()},
             {"loans", stats.loans},
             {"returned", stats.returned},
             {"out", stats.still_out()},
             {"returned_by_other", stats.returned_by_other},
             {"by_kind", by_kind},
             {"by_category", by_category},
             {"late", late},
             {"damaged", damaged},
             {"lost", lost},
             {"emergency", emergency},
             {"keys_lost_or_damaged", missing}};
    if (f == Format::yaml)
      print_yaml(ctx.out, doc);
    else if (f == Format::json)
      print_json(ctx.out, doc);
    else {
      Json rows = Json::array();
      for (const auto& [k, v] : by_kind.items())
        rows.push_back(Json{{"group", "kind"}, {"key", k}, {"count", v}});
      for (const auto& [k, v] : by_category.items())
        rows.push_back(Json{{"group", "category"}, {"key", k}, {"count", v}});
      rows.push_back(Json{{"group", "late"}, {"key", ""}, {"count", late.size()}});
      rows.push_back(Json{{"group", "damaged"}, {"key", ""}, {"count", damaged.size()}});
      rows.push_back(Json{{"group", "lost"}, {"key", ""}, {"count", lost.size()}});
      rows.push_back(Json{{"group", "emergency"}, {"key", ""}, {"count", emergency.size()}});
      print_csv(ctx.out, {"group", "key", "count"}, rows);
    }
    return;
  }
  auto counts = [](const Json& obj, auto names) {
    std::string s;
    for (const auto& n : names) {
      int c = obj[std::string(n.key)].template get<int>();
      if (c) s += (s.empty() ? "" : "、") + std::string(n.zh) + " " + std::to_string(c);
    }
    return s.empty() ? std::string("无") : s;
  };
  auto& o = ctx.out;
  o << fmt::format("{} 钥匙使用与缺损月报  {}年{}月\n", ctx.config().site.name, month.year,
                   month.month);
  o << fmt::format("借出 {} 次，已归还 {} 次（其中非借用人代还 {} 次），未还 {} 次\n", stats.loans,
                   stats.returned, stats.returned_by_other, stats.still_out());
  o << "按钥匙类别：" << counts(by_kind, enum_names<KeyKind>()) << '\n';
  o << "按用途：" << counts(by_category, enum_names<KeyPurpose>()) << '\n';
  auto section = [&](const std::string& title, const std::vector<const KeyLoan*>& list) {
    o << title << "：" << list.size() << " 次\n";
    for (const auto* l : list) o << "  " << loan_line(ctx, *l, now) << '\n';
  };
  section("逾期归还或未还", stats.late);
  section("归还时损坏", stats.damaged);
  section("丢失", stats.lost);
  o << "动用业主备用钥匙：" << stats.spare_used.size() << " 次\n";
  for (const auto* l : stats.spare_used) {
    o << "  " << loan_line(ctx, *l, now) << '\n';
    if (l->notice)
      o << fmt::format("    事先通知{} {}（{}）{}\n", to_zh(l->notice->party), l->notice->name,
                       ctx.phone(l->notice->phone),
                       l->notice->note.empty() ? "" : "：" + l->notice->note);
  }
  o << "登记册中现为遗失或损坏的钥匙：" << bad_keys.size() << " 把\n";
  for (const auto& row : bad_keys)
    o << fmt::format("  {} {}（{}）{}\n", row.key.code, row.key.name, to_zh(row.key.kind),
                     to_zh(row.key.state));
}

}  // namespace

void add_key_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("key", "钥匙管理：登记、借出、归还、清单与月报（手册 §3.4）");
  cmd->require_subcommand(1);
  cmd->footer(
      "公共区域钥匙（设备房、部门库房除外）须经客户主管或管理处经理同意、管理处经理批准方可借出；\n"
      "钥匙须当日在截止时间（kefu.yaml keys.cutoff，默认 18:00）前归还，不得过夜，工程维修除外；\n"
      "业主备用钥匙仅在紧急情况下动用，须事先通知业主或其紧急联系人。");

  auto add = std::make_shared<KeyAddOptions>();
  auto* a = cmd->add_subcommand("add", "登记一把钥匙（建档）；在标准输出打印钥匙编号");
  a->add_option("CODE", add->code, "钥匙编号，英文字母、数字、- 和 _，如 GG-01")->required();
  a->add_option("--name", add->name, "开启何处，如 3栋天台门")->required();
  a->add_option(
       "--kind", add->kind,
       "类别：公共区域 设备房 部门库房 备用钥匙（public_area equipment_room storeroom spare）")
      ->capture_default_str();
  a->add_option("--unit", add->unit, "业主备用钥匙所属户号");
  a->add_option("--copies", add->copies, "把数")->capture_default_str();
  a->add_option("--location", add->location, "存放位置，如 钥匙柜A-03");
  a->add_option("--note", add->note, "备注");
  a->footer(
      "例：kefu --by wangqiang key add GG-01 --name 3栋天台门 --kind 公共区域 --location "
      "钥匙柜A-01\n"
      "    kefu --by wangqiang key add BY-1-1-102 --name 1-1-102备用钥匙 --kind 备用钥匙 --unit "
      "1-1-102");
  a->callback([&ctx, add] { key_add(ctx, *add); });

  auto lend = std::make_shared<KeyLendOptions>();
  auto* l = cmd->add_subcommand("lend", "借出钥匙，填写借用钥匙登记表；在标准输出打印登记编号");
  l->add_option("KEY", lend->key, "钥匙编号")->required();
  l->add_option("--to", lend->to, "借用人姓名（本处员工可写花名册编号）")->required();
  l->add_option("--phone", lend->phone, "借用人电话");
  l->add_option("--purpose", lend->purpose, "借用事由")->required();
  l->add_option(
      "--category", lend->category,
      "用途类别：工程维修 巡查检查 保洁绿化 装修施工 紧急情况 其他；不写时按事由开头判断");
  l->add_option("--consent-by", lend->consent_by, "同意的管理人员（客户主管或管理处经理）");
  l->add_option("--approved-by", lend->approved_by, "批准的管理处经理");
  l->add_option(
      "--id-doc", lend->id_doc,
      "核验的证件类型，如 身份证、护照；证件当场交还，不得扣押（《居民身份证法》第十五条）");
  l->add_option("--id-number", lend->id_number,
                "所核验证件的号码或其末四位；18 位身份证号按 GB 11643 校验位核对，只保存末四位");
  l->add_option("--cash", lend->cash, "现金押金金额，如 100 或 100.00");
  l->add_option("--until", lend->until,
                "约定归还时间（仅工程维修可跨夜），如 2026-11-28T17:00；只写日期即当日截止时间");
  l->add_flag("--emergency", lend->emergency, "紧急情况（着火、跑水等）动用业主备用钥匙");
  l->add_option("--notified", lend->notified,
                "事先已通知：业主(owner) 或 紧急联系人(emergency_contact)");
  l->add_option("--notify-note", lend->notify_note, "通知情况的详细记录");
  l->footer(
      "例：kefu --by zhangmin key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose "
      "更换天台灯管 \\\n"
      "       --consent-by wangqiang --approved-by zhaojl --id-doc 身份证 --id-number 123X\n"
      "    kefu --by zhangmin key lend SB-01 --to liugong --purpose 工程维修：更换水泵 --until "
      "2026-11-28\n"
      "    kefu --by zhangmin key lend BY-1-1-102 --to 王保安 --purpose 厨房跑水 --emergency \\\n"
      "       --notified 紧急联系人 --notify-note \"业主电话无人接听\"");
  l->callback([&ctx, lend] { key_lend(ctx, *lend); });

  auto ret = std::make_shared<KeyReturnOptions>();
  auto* r = cmd->add_subcommand("return", "归还钥匙（或报失）");
  r->add_option("KEY", ret->key, "钥匙编号（或借用登记编号 JY-…）")->required();
  r->add_option("--returned-by", ret->returned_by, "交还人（默认借用人本人；非本人时记明）");
  r->add_option("--condition", ret->condition, "钥匙状况：好 损坏 丢失（good damaged lost）")
      ->capture_default_str();
  r->add_flag("--keep-deposit", ret->keep_deposit, "暂扣现金押金（默认退还）");
  r->add_option("--note", ret->note, "备注");
  r->footer(
      "例：kefu --by zhangmin key return GG-01\n"
      "    kefu --by zhangmin key return GG-01 --returned-by 刘师傅同事小陈 --condition 损坏");
  r->callback([&ctx, ret] { key_return(ctx, *ret); });

  struct ListArgs {
    bool out = false, overdue = false;
    std::string kind;
  };
  auto list = std::make_shared<ListArgs>();
  auto* li = cmd->add_subcommand("list", "钥匙清单：全部钥匙及其状态、借用人、应还时间");
  li->add_flag("--out", list->out, "只列借出未还的");
  li->add_flag("--overdue", list->overdue, "只列逾期未还的");
  li->add_option("--kind", list->kind, "按类别");
  li->callback([&ctx, list] { key_list(ctx, list->out, list->overdue, list->kind); });

  auto month = std::make_shared<std::string>();
  auto* rep = cmd->add_subcommand("report", "钥匙使用与缺损月报（手册 §3.4.6）");
  rep->add_option("--month", *month, "月份，如 2026-11（默认本月）");
  rep->footer(
      "统计当月借出的钥匙：按类别与用途的次数，逾期归还或未还、损坏、丢失，紧急动用备用钥匙，\n"
      "以及登记册中现为遗失或损坏的钥匙。--format json 供脚本使用。");
  rep->callback([&ctx, month] { key_report(ctx, *month); });
}

}  // namespace kefu

namespace kefu {

Json key_register_form_data(Context& ctx, const std::string& target) {
  DateTime now = ctx.now();
  KeyLoanRepository repo(ctx.store());
  std::vector<KeyLoan> loans;
  std::string period;
  if (auto month = read_month(target)) {
    CaseQuery q;
    q.from = q.to = *month;
    auto result = repo.query(q);
    ctx.report_problems(result.problems);
    for (auto& item : result.items) loans.push_back(std::move(item.record));
    period = fmt::format("{}年{}月", month->year, month->month);
  } else if (target.starts_with(std::string(kKeyLoanKind.prefix) + "-")) {
    loans.push_back(repo.get(target).record);
    period = "借用登记 " + target;
  } else {
    auto key = KeyRegister(ctx.store()).get(target).record;  // refuses an unknown key
    auto result = repo.query({});
    ctx.report_problems(result.problems);
    for (auto& item : result.items)
      if (item.record.key == target) loans.push_back(std::move(item.record));
    period = "钥匙 " + key.code + " " + key.name;
  }
  std::stable_sort(loans.begin(), loans.end(),
                   [](const KeyLoan& a, const KeyLoan& b) { return a.lent_at < b.lent_at; });
  Json rows = Json::array();
  int no = 0;
  for (const auto& l : loans) {
    std::vector<std::string> remark;
    if (l.late)
      remark.push_back("逾期归还");
    else if (loan_overdue(l, now))
      remark.push_back("逾期未还");
    if (l.returned_at && l.returned_by != l.borrower.name)
      remark.push_back("非本人归还（借用人 " + l.borrower.name + "）");
    if (l.category == KeyPurpose::engineering &&
        l.due_at > key_cutoff(date_of(l.lent_at), ctx.config().keys))
      remark.push_back("工程维修跨夜");
    if (l.notice)
      remark.push_back("紧急动用，事先通知" + std::string(to_zh(l.notice->party)) + " " +
                       l.notice->name + (l.notice->note.empty() ? "" : "：" + l.notice->note));
    if (l.deposit_refunded) remark.push_back(*l.deposit_refunded ? "押金已退" : "押金暂扣");
    if (l.id_checked && l.id_checked->held)
      remark.push_back(l.returned_at ? "借出时押证件，已退还" : "借出时押证件，须当即退还");
    if (!l.return_note.empty()) remark.push_back(l.return_note);
    std::string remark_text;
    for (const auto& r : remark) remark_text += (remark_text.empty() ? "" : "；") + r;
    std::string deposit = deposit_zh(l.deposit);
    if (l.deposit.none()) deposit = l.borrower_is_staff ? "员工免押" : "无";
    rows.push_back(Json{{"no", std::to_string(++no)},
                        {"lent_at", format_short(l.lent_at)},
                        {"key", l.key},
                        {"key_name", l.key_name},
                        {"borrower", l.borrower.name},
                        {"phone", ctx.phone(l.borrower.phone)},
                        {"purpose", l.purpose},
                        {"id_check", l.id_checked ? id_check_zh(*l.id_checked) : ""},
                        {"deposit", deposit},
                        {"consent", ctx.staff_name(l.consent_by)},
                        {"approved", ctx.staff_name(l.approved_by)},
                        {"lent_by", ctx.staff_name(l.lent_by)},
                        {"due", format_short(l.due_at)},
                        {"returned_at", l.returned_at ? format_short(*l.returned_at) : ""},
                        {"returned_by", l.returned_by},
                        {"received_by", ctx.staff_name(l.received_by)},
                        {"condition", l.condition ? std::string(to_zh(*l.condition)) : ""},
                        {"remark", remark_text}});
  }
  Json heading = pad_columns(rows, {{"no", "序号"},
                                    {"lent_at", "借出时间"},
                                    {"key", "钥匙编号"},
                                    {"key_name", "钥匙名称"},
                                    {"borrower", "借用人"},
                                    {"phone", "电话"},
                                    {"purpose", "事由"},
                                    {"id_check", "核验证件"},
                                    {"deposit", "押金"},
                                    {"consent", "同意人"},
                                    {"approved", "批准人"},
                                    {"lent_by", "经手人"},
                                    {"due", "应还时间"},
                                    {"returned_at", "归还时间"},
                                    {"returned_by", "交还人"},
                                    {"received_by", "接收人"},
                                    {"condition", "状况"}});
  heading["remark"] = "备注";
  heading["purpose"] = "事由";  // the last column of the register's first part
  int cut = ctx.config().keys.cutoff_minutes;
  auto stats = key_loan_stats(loans, now);
  return Json{{"site", site_json(ctx.dir())},
              {"period", period},
              {"heading", heading},
              {"rows", rows},
              {"count", std::to_string(loans.size())},
              {"returned", std::to_string(stats.returned)},
              {"late", std::to_string(stats.late.size())},
              {"damaged", std::to_string(stats.damaged.size())},
              {"lost", std::to_string(stats.lost.size())},
              {"cutoff", fmt::format("{:02}:{:02}", cut / 60, cut % 60)}};
}

}  // namespace kefu
