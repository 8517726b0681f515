/// kefu unit show|set|resident|vehicle|card|import — owners' and residents' records (业主、住户
///资料, §1.3.2.9, §3.1.9, R12): every change kept in the unit's history, written through a
/// Transaction.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "cli/commands.hpp"
#include "core/money.hpp"
#include "core/move.hpp"
#include "core/roster.hpp"
#include "core/sheet.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/atomic_file.hpp"
#include "store/fee_store.hpp"
#include "store/move_store.hpp"
#include "store/unit_store.hpp"

namespace kefu {
namespace {

constexpr const char* kCardBillItem = "resident_card";

/// Every run of seven or more digits (a phone) masked as mask_phone does, unless --reveal.
std::string mask_digit_runs(Context& ctx, const std::string& text) {
  if (ctx.opts.reveal) return text;
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] >= '0' && text[i] <= '9') {
      size_t j = i;
      while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '-')) ++j;
      auto run = text.substr(i, j - i);
      size_t digits = std::count_if(run.begin(), run.end(), [](char c) { return c != '-'; });
      out += digits >= 7 ? mask_phone(run) : run;
      i = j;
    } else {
      out += text[i++];
    }
  }
  return out;
}

/// The unit's occupancy now, as `move unit` gives it: its moves and renovations under works.
Occupancy current_occupancy(Context& ctx, const Unit& unit) {
  return occupancy_now(ctx, unit, all_moves(ctx, unit.id));
}

/// A unit as JSON: its file's members, the occupancy now, phones in its history masked.
Json unit_view(Context& ctx, const Unit& u) {
  Json v = members_json(u);
  v["occupancy_now"] = std::string(to_key(current_occupancy(ctx, u)));
  if (!ctx.opts.reveal)
    for (auto& h : v["history"]) {
      h["old"] = mask_digit_runs(ctx, h.value("old", ""));
      h["new"] = mask_digit_runs(ctx, h.value("new", ""));
    }
  ctx.protect(v);
  return v;
}

void print_unit(Context& ctx, const Unit& u) {
  auto line = [&](const char* label, const std::string& value) {
    ctx.out << pad_right(label, 12) << (value.empty() ? "—" : value) << '\n';
  };
  line("户号", u.id);
  line("楼栋", u.building);
  line("业主", u.owner);
  line("电话", u.phone.empty() ? "" : ctx.phone(u.phone));
  line("面积", format_area(u.area_centi_m2) + " 平方米");
  line("车位", std::to_string(u.parking_spaces));
  line("紧急联系人", u.emergency_contact.name.empty() && u.emergency_contact.phone.empty()
                         ? ""
                         : u.emergency_contact.name + " " + ctx.phone(u.emergency_contact.phone));
  auto occ = current_occupancy(ctx, u);
  line("入住状态", std::string(to_zh(occ)));
  if (u.residents.empty()) {
    line("住户", "");
  } else {
    ctx.out << "住户：\n";
    for (const auto& r : u.residents)
      ctx.out << fmt::format("  {}（{}）{}\n", r.name, to_zh(r.relation),
                             r.phone.empty() ? "" : " " + ctx.phone(r.phone));
  }
  if (u.vehicles.empty()) {
    line("车辆", "");
  } else {
    ctx.out << "车辆：\n";
    for (const auto& v : u.vehicles)
      ctx.out << "  " << v.plate << (v.space.empty() ? "" : "  车位 " + v.space) << '\n';
  }
  if (u.cards.empty()) {
    line("住户卡", "");
  } else {
    ctx.out << "住户卡：\n";
    for (const auto& c : u.cards) {
      ctx.out << fmt::format("  {}  {}  {}  {} {} 发放", c.number, c.holder, to_zh(c.state),
                             format_datetime(c.issued_at), ctx.staff_name(c.issued_by));
      if (c.fee_fen) ctx.out << fmt::format("（收费 {} 元）", format_money(c.fee_fen));
      if (!c.replaces.empty()) ctx.out << "，补办自 " << c.replaces;
      if (c.lost_at)
        ctx.out << "，" << format_datetime(*c.lost_at) << " " << ctx.staff_name(c.lost_by)
                << " 登记挂失";
      ctx.out << '\n';
    }
  }
  if (u.history.empty()) return;
  ctx.out << "变更记录：\n";
  for (const auto& h : u.history)
    ctx.out << fmt::format("  {} {} {}：{} → {}{}\n", format_datetime(h.at), ctx.staff_name(h.by),
                           h.field,
                           h.old_value.empty() ? "（无）" : mask_digit_runs(ctx, h.old_value),
                           h.new_value.empty() ? "（无）" : mask_digit_runs(ctx, h.new_value),
                           h.note.empty() ? "" : "（" + h.note + "）");
}

UnitFile file_of(Context& ctx, const std::string& id) {
  ctx.store();  // a write a killed command left half done is finished first
  auto f = unit_file_of(ctx.dir(), trim(id));
  if (!f) throw RefusedError("没有户号 " + trim(id) + "（见 units/ 的住户资料）");
  return std::move(*f);
}

void unit_show(Context& ctx, const std::string& id) {
  auto f = file_of(ctx, id);
  const auto& u = *f.find(trim(id));
  auto fmt = ctx.format();
  if (fmt == Format::table) return print_unit(ctx, u);
  print_rows(ctx.out, fmt, unit_view(ctx, u), {"id", "building", "owner", "phone", "area"});
}

/// Changes a unit under the lock: `change` may refuse, and then nothing is written; the
/// changes go into its history, and `more` adds other files (a card's fee on the bill) to the
/// same transaction.
Unit change_unit(Context& ctx, const std::string& id, const std::string& note,
                 const std::function<void(Unit&, const std::string& by, DateTime now)>& change,
                 const std::function<void(Transaction&, const Unit&)>& more = {}) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto guard = ctx.store().lock();
  auto f = file_of(ctx, id);
  auto& u = *f.find(trim(id));
  Unit before = u;
  change(u, by.id, now);
  record_unit_changes(before, u, by.id, now, trim(note));
  Transaction t(ctx.dir().files());
  write_unit_file(t, f);
  if (more) more(t, u);
  t.commit();
  return u;
}

std::string phone_arg(const std::string& text, const char* what) {
  auto p = trim(text);
  std::string digits;
  for (char c : p)
    if (c != '-' && c != ' ') digits += c;
  if (digits.size() < 7 || digits.size() > 12 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw RefusedError(std::string(what) + "「" + p + "」不是电话号码（手机 11 位，固话带区号）");
  return p;
}

/// "姓名/电话" → Person.
Person person_arg(const std::string& text, const char* what) {
  auto slash = text.find('/');
  Person p{trim(text.substr(0, slash)), ""};
  if (slash != std::string::npos) p.phone = phone_arg(text.substr(slash + 1), what);
  if (p.name.empty()) throw RefusedError(std::string(what) + "应写作 姓名/电话");
  return p;
}

struct UnitSetOptions {
  std::string unit, owner, phone, area, emergency, occupancy, note;
  int parking = -1;
};

void unit_set(Context& ctx, const UnitSetOptions& o) {
  bool any = !o.owner.empty() || !o.phone.empty() || !o.area.empty() || !o.emergency.empty() ||
             !o.occupancy.empty() || o.parking >= 0;
  if (!any)
    throw RefusedError(
        "没有要更改的内容：请写 --owner、--phone、--area、--parking、--emergency 或 --occupancy");
  if (!o.owner.empty() && o.note.empty())
    throw RefusedError("更换业主须用 --note 写明原因（如 房屋过户，凭不动产权证）");
  Unit before_owner;
  auto u = change_unit(ctx, o.unit, o.note, [&](Unit& x, const std::string&, DateTime) {
    before_owner = x;
    if (!o.owner.empty()) {
      x.owner = trim(o.owner);
      // The former owner's own entry among the residents goes with them.
      std::erase_if(x.residents, [&](const Resident& r) {
        return r.relation == ResidentRelation::owner && r.name == before_owner.owner;
      });
    }
    if (!o.phone.empty()) x.phone = phone_arg(o.phone, "电话");
    if (!o.area.empty()) {
      auto a = parse_area(trim(o.area));
      if (!a || *a == 0) throw RefusedError("面积「" + o.area + "」应为平方米数，如 89.50");
      x.area_centi_m2 = *a;
    }
    if (o.parking >= 0) x.parking_spaces = o.parking;
    if (!o.emergency.empty()) x.emergency_contact = person_arg(o.emergency, "紧急联系人");
    if (!o.occupancy.empty()) x.occupancy = enum_arg<Occupancy>(o.occupancy, "入住状态");
  });
  ctx.err << "已更改 " << u.id << " 的资料，变更已记入其变更记录\n";
}

// ---- roster import ----------------------------------------------------------------------------

std::string unit_line(Context& ctx, const Unit& u) {
  return fmt::format("{} {} {} {} 平方米{}", u.id, u.owner, ctx.phone(u.phone),
                     format_area(u.area_centi_m2),
                     u.parking_spaces ? fmt::format(" 车位 {}", u.parking_spaces) : "");
}

void unit_import(Context& ctx, const std::string& path, bool dry_run) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  std::string name = std::filesystem::path(path).filename().string();
  std::string bytes;
  try {
    bytes = read_file(path, path);
  } catch (const StoreError&) {
    throw RefusedError("无法读取文件 " + path);
  }
  auto sheet = read_import_sheet(std::move(bytes), name);
  ctx.err << encoding_note(name, sheet.encoding);
  auto roster = parse_roster(sheet.rows);
  if (!roster.errors.empty()) {
    for (const auto& e : roster.errors)
      ctx.err << fmt::format("{}:{}: {}\n", name, e.line, mask_digit_runs(ctx, e.what));
    throw RefusedError(fmt::format("{} 有 {} 行有误，未导入任何内容；请改正后重新导入", name,
                                   roster.errors.size()));
  }
  auto guard = ctx.store().lock();
  auto files = all_unit_files(ctx.dir());
  std::vector<Unit> existing;
  for (const auto& f : files) existing.insert(existing.end(), f.units.begin(), f.units.end());
  auto plan = plan_roster(existing, roster, by.id, now, name);
  for (const auto& u : plan.added)
    if (!valid_unit_id(u.building))
      throw RefusedError("户号 " + u.id + " 的楼栋「" + u.building + "」不能用作文件名");

  ctx.err << fmt::format("{}（{}，{}）：{} 户；新增 {} 户，变更 {} 户，无变化 {} 户\n", name,
                         sheet.format, sheet.encoding, roster.units.size(), plan.added.size(),
                         plan.changed.size(), plan.unchanged);
  if (dry_run) {
    for (const auto& u : plan.added) ctx.out << "新增 " << unit_line(ctx, u) << '\n';
    for (const auto& [before, after] : plan.changed)
      for (size_t i = before.history.size(); i < after.history.size(); ++i) {
        const auto& h = after.history[i];
        ctx.out << fmt::format("变更 {} {}：{} → {}\n", after.id, h.field,
                               h.old_value.empty() ? "（无）" : mask_digit_runs(ctx, h.old_value),
                               h.new_value.empty() ? "（无）" : mask_digit_runs(ctx, h.new_value));
      }
    ctx.err << "（--dry-run：未写入任何文件）\n";
    return;
  }
  if (plan.added.empty() && plan.changed.empty()) {
    ctx.err << "住户资料与花名册一致，未写入\n";
    return;
  }
  std::map<std::string, UnitFile> touched;
  auto file_for = [&](const std::string& building) -> UnitFile& {
    auto it = touched.find(building);
    if (it != touched.end()) return it->second;
    for (auto& f : files)
      if (f.building == building) return touched[building] = f;
    return touched[building] = read_unit_file(ctx.dir().files(), building);
  };
  for (const auto& [before, after] : plan.changed)
    for (auto& f : files)
      if (f.find(after.id)) {
        auto& t = file_for(f.building);
        *t.find(after.id) = after;
      }
  for (const auto& u : plan.added) {
    auto& f = file_for(u.building);
    f.units.push_back(u);
  }
  Transaction t(ctx.dir().files());
  for (auto& [b, f] : touched) write_unit_file(t, f);
  t.commit();
  ctx.err << fmt::format("已导入：新增 {} 户，变更 {} 户（写入 {} 个住户资料文件）\n",
                         plan.added.size(), plan.changed.size(), touched.size());
}

}  // namespace

Json customer_record_form_data(Context& ctx, const std::string& id) {
  auto f = file_of(ctx, id);
  const auto& u = *f.find(trim(id));
  // Each list a line an item, or one line saying there is none.
  auto lines = [](std::vector<std::string> items, const char* none) {
    Json out = Json::array();
    if (items.empty()) items.push_back(none);
    for (auto& i : items) out.push_back({{"line", std::move(i)}});
    return out;
  };
  std::vector<std::string> residents, vehicles, cards, history;
  for (const auto& r : u.residents)
    residents.push_back(r.name + "（" + std::string(to_zh(r.relation)) + "）" +
                        (r.phone.empty() ? "" : "  " + ctx.phone(r.phone)));
  for (const auto& v : u.vehicles)
    vehicles.push_back(v.plate + (v.space.empty() ? "" : "  车位 " + v.space));
  for (const auto& c : u.cards)
    cards.push_back(fmt::format("{}  {}  {}  {} 发放{}", c.number, c.holder, to_zh(c.state),
                                format_date(date_of(c.issued_at)),
                                c.replaces.empty() ? "" : "（补办自 " + c.replaces + "）"));
  for (const auto& h : u.history)
    history.push_back(
        fmt::format("{}  {}  {}：{} → {}", format_date(date_of(h.at)), ctx.staff_name(h.by),
                    h.field, h.old_value.empty() ? "（无）" : mask_digit_runs(ctx, h.old_value),
                    h.new_value.empty() ? "（无）" : mask_digit_runs(ctx, h.new_value)));
  bool no_emergency = u.emergency_contact.name.empty() && u.emergency_contact.phone.empty();
  return Json{
      {"site", site_json(ctx.dir())},
      {"unit", u.id},
      {"building", u.building},
      {"owner", u.owner},
      {"phone", ctx.phone(u.phone)},
      {"area", format_area(u.area_centi_m2)},
      {"parking_spaces", u.parking_spaces},
      {"emergency",
       no_emergency ? "—" : u.emergency_contact.name + " " + ctx.phone(u.emergency_contact.phone)},
      {"occupancy", std::string(to_zh(current_occupancy(ctx, u)))},
      {"residents", lines(residents, "（未登记）")},
      {"vehicles", lines(vehicles, "（未登记）")},
      {"cards", lines(cards, "（未办理）")},
      {"history", lines(history, "（无）")},
      {"printed", format_date(date_of(ctx.now()))}};
}

void add_unit_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "unit", "业主、住户资料：查看与更改业主、电话、住户、车辆、紧急联系人、住户卡；导入花名册");
  cmd->require_subcommand(1);
  cmd->footer(
      "每一次更改都记入该户的变更记录（何时、何人、何项、原值 → 新值），不会无声覆盖；\n"
      "住户资料保存在 units/<楼栋>.yaml。电话号码除 --reveal 外一律部分隐藏。\n"
      "住户卡（§1.3.2.3）：card issue 发放、card lost 挂失、card reissue 补办；kefu.yaml 的\n"
      "resident_cards: {issue_fee, reissue_fee} 设有费用时，费用计入该户当月账单。\n"
      "表单：kefu render customer_record 3-2-1102（客户情况登记表）。\n"
      "例：kefu unit show 3-2-1102\n"
      "    kefu --by zhangmin unit set 3-2-1102 --owner 王五 --phone 13900001111 --note 房屋过户\n"
      "    kefu --by zhangmin unit resident add 3-2-1102 --name 李四 --relation 租户 --phone "
      "13912345678\n"
      "    kefu --by zhangmin unit card lost 3-2-1102 3-2-1102-1\n"
      "    kefu --by zhangmin unit import 花名册.csv --dry-run");

  auto id = std::make_shared<std::string>();
  auto* sh =
      cmd->add_subcommand("show", "查看一户的资料：业主、住户、车辆、住户卡、入住状态与变更记录");
  sh->add_option("UNIT", *id, "户号，如 3-2-1102")->required();
  sh->footer("例：kefu unit show 3-2-1102\n    kefu --reveal unit show 3-2-1102 --format json");
  sh->callback([&ctx, id] { unit_show(ctx, *id); });

  auto set = std::make_shared<UnitSetOptions>();
  auto* st = cmd->add_subcommand("set", "更改业主、电话、面积、车位、紧急联系人或入住状态");
  st->add_option("UNIT", set->unit, "户号")->required();
  st->add_option("--owner", set->owner, "新业主姓名（须同时写 --note 说明原因）");
  st->add_option("--phone", set->phone, "业主电话");
  st->add_option("--area", set->area, "建筑面积（平方米），如 89.50");
  st->add_option("--parking", set->parking, "车位数");
  st->add_option("--emergency", set->emergency, "紧急联系人：姓名/电话");
  st->add_option("--occupancy", set->occupancy, "入住状态：空置 业主自住 出租 装修中");
  st->add_option("--note", set->note, "原因：房屋过户、业主来电更正 …（记入变更记录）");
  st->footer(
      "例：kefu --by zhangmin unit set 3-2-1102 --owner 王五 --phone 13900001111 --note "
      "房屋过户\n    kefu --by zhangmin unit set 3-2-1102 --emergency 王母/13700001111");
  st->callback([&ctx, set] { unit_set(ctx, *set); });

  struct Item {
    std::string unit, name, relation = "household", phone, plate, space, holder, number, note;
  };
  auto item = std::make_shared<Item>();

  auto* rs = cmd->add_subcommand("resident", "登记或注销住户（业主、租户、家庭成员）");
  rs->require_subcommand(1);
  auto* ra = rs->add_subcommand("add", "登记一位住户");
  ra->add_option("UNIT", item->unit, "户号")->required();
  ra->add_option("--name", item->name, "姓名")->required();
  ra->add_option("--relation", item->relation, "关系：业主 租户 家庭成员（owner tenant household）")
      ->capture_default_str();
  ra->add_option("--phone", item->phone, "电话");
  ra->add_option("--note", item->note, "备注（记入变更记录）");
  ra->footer(
      "例：kefu --by zhangmin unit resident add 3-2-1102 --name 李四 --relation 租户 --phone "
      "13912345678");
  ra->callback([&ctx, item] {
    Resident r{trim(item->name), enum_arg<ResidentRelation>(item->relation, "关系"), ""};
    if (!item->phone.empty()) r.phone = phone_arg(item->phone, "电话");
    change_unit(ctx, item->unit, item->note,
                [&](Unit& u, const std::string&, DateTime) { add_resident(u, r); });
    ctx.err << "已登记住户 " << r.name << "（" << to_zh(r.relation) << "）\n";
  });
  auto* rr = rs->add_subcommand("remove", "注销一位住户（搬离）");
  rr->add_option("UNIT", item->unit, "户号")->required();
  rr->add_option("NAME", item->name, "姓名")->required();
  rr->add_option("--note", item->note, "原因（记入变更记录）");
  rr->footer("例：kefu --by zhangmin unit resident remove 3-2-1102 李四 --note 租约到期搬离");
  rr->callback([&ctx, item] {
    change_unit(ctx, item->unit, item->note, [&](Unit& u, const std::string&, DateTime) {
      remove_resident(u, trim(item->name));
    });
    ctx.err << "已注销住户 " << trim(item->name) << "\n";
  });

  auto* vh = cmd->add_subcommand("vehicle", "登记或注销车辆");
  vh->require_subcommand(1);
  auto* va = vh->add_subcommand("add", "登记一辆车");
  va->add_option("UNIT", item->unit, "户号")->required();
  va->add_option("--plate", item->plate, "车牌号")->required();
  va->add_option("--space", item->space, "车位号");
  va->add_option("--note", item->note, "备注（记入变更记录）");
  va->footer("例：kefu --by zhangmin unit vehicle add 3-2-1102 --plate 粤B12345 --space B1-023");
  va->callback([&ctx, item] {
    change_unit(ctx, item->unit, item->note, [&](Unit& u, const std::string&, DateTime) {
      add_vehicle(u, {trim(item->plate), trim(item->space)});
    });
    ctx.err << "已登记车辆 " << trim(item->plate) << "\n";
  });
  auto* vr = vh->add_subcommand("remove", "注销一辆车");
  vr->add_option("UNIT", item->unit, "户号")->required();
  vr->add_option("PLATE", item->plate, "车牌号")->required();
  vr->add_option("--note", item->note, "原因（记入变更记录）");
  vr->footer("例：kefu --by zhangmin unit vehicle remove 3-2-1102 粤B12345");
  vr->callback([&ctx, item] {
    change_unit(ctx, item->unit, item->note, [&](Unit& u, const std::string&, DateTime) {
      remove_vehicle(u, trim(item->plate));
    });
    ctx.err << "已注销车辆 " << trim(item->plate) << "\n";
  });

  auto* cd = cmd->add_subcommand("card", "住户卡：发放、挂失、补办（§1.3.2.3）");
  cd->require_subcommand(1);
  cd->footer(
      "费用取自 kefu.yaml 的 resident_cards: issue_fee（发放）、reissue_fee（补办），"
      "大于 0 时计入该户当月账单。");
  // A card's fee goes on the unit's bill of the month, in the same transaction.
  auto charge = [&ctx](int64_t fee, const char* what) {
    return [&ctx, fee, what](Transaction& t, const Unit& u) {
      if (fee <= 0) return;
      FeeStore fees(ctx.store());
      DateTime now = ctx.now();
      const auto& card = u.cards.back();
      write_bill_change(ctx, fees, t, u.id, month_of(now), [&](Bill& b) {
        BillItem i;
        i.item = kCardBillItem;
        i.name = what;
        i.amount = fee;
        i.at = now;
        i.by = card.issued_by;
        i.note = card.number;
        b.items.push_back(i);
      });
    };
  };
  auto said = [&ctx](const Unit& u, const char* what) {
    const auto& c = u.cards.back();
    ctx.out << c.number << '\n';
    ctx.err << fmt::format("已{}住户卡 {}（{}）", what, c.number, c.holder);
    if (c.fee_fen)
      ctx.err << fmt::format("，收费 {} 元已计入 {} 账单", format_money(c.fee_fen),
                             month_of(c.issued_at).str());
    ctx.err << '\n';
  };
  auto* ci = cd->add_subcommand("issue", "发放住户卡");
  ci->add_option("UNIT", item->unit, "户号")->required();
  ci->add_option("--holder", item->holder, "持卡人：业主或登记的住户（默认为业主）");
  ci->add_option("--number", item->number, "卡号（默认为 户号-序号）");
  ci->footer("例：kefu --by zhangmin unit card issue 3-2-1102 --holder 李四\n在标准输出打印卡号。");
  ci->callback([&ctx, item, charge, said] {
    int64_t fee = ctx.config().resident_cards.issue_fen;
    auto u = change_unit(
        ctx, item->unit, "发放住户卡",
        [&](Unit& x, const std::string& by, DateTime now) {
          auto holder = item->holder.empty() ? x.owner : trim(item->holder);
          issue_card(x, holder, trim(item->number), fee, by, now);
        },
        charge(fee, "住户卡工本费"));
    said(u, "发放");
  });
  auto* cl = cd->add_subcommand("lost", "住户卡挂失");
  cl->add_option("UNIT", item->unit, "户号")->required();
  cl->add_option("CARD", item->number, "卡号（见 unit show）")->required();
  cl->footer("例：kefu --by zhangmin unit card lost 3-2-1102 3-2-1102-1");
  cl->callback([&ctx, item] {
    change_unit(ctx, item->unit, "住户卡挂失", [&](Unit& x, const std::string& by, DateTime now) {
      report_card_lost(x, trim(item->number), by, now);
    });
    ctx.err << "已挂失住户卡 " << trim(item->number) << "；补办：kefu unit card reissue "
            << trim(item->unit) << " " << trim(item->number) << "\n";
  });
  auto* cr = cd->add_subcommand("reissue", "补办已挂失的住户卡");
  cr->add_option("UNIT", item->unit, "户号")->required();
  cr->add_option("CARD", item->holder, "已挂失的卡号")->required();
  cr->add_option("--number", item->number, "新卡号（默认为 户号-序号）");
  cr->footer(
      "例：kefu --by zhangmin unit card reissue 3-2-1102 3-2-1102-1\n在标准输出打印新卡号。");
  cr->callback([&ctx, item, charge, said] {
    int64_t fee = ctx.config().resident_cards.reissue_fen;
    auto u = change_unit(
        ctx, item->unit, "住户卡补办",
        [&](Unit& x, const std::string& by, DateTime now) {
          reissue_card(x, trim(item->holder), trim(item->number), fee, by, now);
        },
        charge(fee, "住户卡补办费"));
    said(u, "补办");
  });

  auto imp = std::make_shared<std::pair<std::string, bool>>();
  auto* im = cmd->add_subcommand(
      "import", "从花名册（CSV 或 xlsx，UTF-8 或 GBK）导入住户资料，新增或更新各户");
  im->add_option("ROSTER", imp->first, "花名册文件")->required();
  im->add_flag("--dry-run", imp->second, "只列出将新增和变更的内容，不写入");
  im->footer(
      "第一行为表头，按列名识别（同义列名均可）：\n"
      "  房号/户号/房间号（必填）  业主/业主姓名/户主（必填）  电话/联系电话/手机\n"
      "  面积/建筑面积  车位/车位数/车位号  车牌/车牌号  紧急联系人  紧急联系电话\n"
      "  楼栋/楼号（默认取房号第一段）  入住状态（空置 自住 出租 装修中）\n"
      "有任何一行有误时逐行列出（行号与原因），退出码 2，不写入任何内容。\n"
      "已有的户按花名册更新业主、电话、面积等，每项变更记入该户变更记录；住户、住户卡不变。\n"
      "全部文件在一次事务中写入。\n"
      "例：kefu --by zhangmin unit import 花名册.csv --dry-run\n"
      "    kefu --by zhangmin unit import 花名册.xlsx");
  im->callback([&ctx, imp] { unit_import(ctx, imp->first, imp->second); });
}

}  // namespace kefu
