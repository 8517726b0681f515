/// kefu move in|out|check|consent|settle|release|show|list|unit|stats — moving in and out
/// (入伙、迁入迁出, procedures 008 and 009).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/money.hpp"
#include "core/move.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/fee_store.hpp"
#include "store/move_store.hpp"
#include "store/renovation_store.hpp"

namespace kefu {

/// The unit's ledger as of now, from its building's bill and payment files.
Ledger unit_ledger_now(Context& ctx, const std::string& unit) {
  DateTime now = ctx.now();
  auto data = FeeStore(ctx.store()).load(building_of(ctx.dir(), unit), std::nullopt, true, false);
  ctx.report_problems(data.problems);
  std::vector<Bill> bills;
  std::vector<Payment> payments;
  for (auto& b : data.bills)
    if (b.unit == unit) bills.push_back(std::move(b));
  for (auto& p : data.payments)
    if (p.unit == unit) payments.push_back(std::move(p));
  return compute_ledger(unit, bills, payments, now);
}

std::vector<Move> all_moves(Context& ctx, const std::string& unit) {
  CaseQuery q;
  if (!unit.empty()) q.unit = unit;
  auto result = MoveRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  std::vector<Move> out;
  for (auto& item : result.items) out.push_back(std::move(item.record));
  std::sort(out.begin(), out.end(), [](const Move& a, const Move& b) {
    return a.moved_at != b.moved_at ? a.moved_at < b.moved_at : a.id < b.id;
  });
  return out;
}

Occupancy occupancy_now(Context& ctx, const Unit& unit, const std::vector<Move>& moves) {
  // Under renovation while one of its renovations has a permit and is not accepted.
  CaseQuery q;
  q.open_only = true;
  q.unit = unit.id;
  auto renovations = RenovationRepository(ctx.store()).query(q);
  ctx.report_problems(renovations.problems);
  bool works = std::any_of(renovations.items.begin(), renovations.items.end(),
                           [](const auto& i) { return under_works(i.record); });
  return occupancy_of(unit, moves, works);
}

namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out(1);
  for (char c : text)
    if (c == sep)
      out.emplace_back();
    else
      out.back() += c;
  return out;
}

/// `--person 姓名[/关系[/电话]]`: relation 业主 租户 家庭成员; the first person's defaults to the
/// occupant type, the others' to 家庭成员.
std::vector<Resident> people_arg(const std::vector<std::string>& args, OccupantType occupant) {
  std::vector<Resident> out;
  for (const auto& a : args) {
    auto parts = split(a, '/');
    Resident r;
    r.name = trim(parts.empty() ? a : parts[0]);
    if (r.name.empty())
      throw RefusedError("--person「" + a + "」缺少姓名，应如 李四/租户/13912345678");
    if (parts.size() > 1 && !trim(parts[1]).empty())
      r.relation = enum_arg<ResidentRelation>(trim(parts[1]), "关系");
    else
      r.relation = !out.empty()                       ? ResidentRelation::household
                   : occupant == OccupantType::tenant ? ResidentRelation::tenant
                                                      : ResidentRelation::owner;
    if (parts.size() > 2) r.phone = trim(parts[2]);
    if (parts.size() > 3) throw RefusedError("--person「" + a + "」应为 姓名/关系/电话");
    out.push_back(std::move(r));
  }
  return out;
}

Person contact_arg(const std::string& a) {
  if (a.empty()) return {};
  auto parts = split(a, '/');
  if (parts.size() > 2 || trim(parts[0]).empty())
    throw RefusedError("--emergency「" + a + "」应为 姓名/电话");
  return {trim(parts[0]), parts.size() > 1 ? trim(parts[1]) : ""};
}

struct MoveOpenOptions {
  std::string unit, occupant = "owner", emergency, at, note;
  std::vector<std::string> people, items;
};

void move_open(Context& ctx, const MoveOpenOptions& o, MoveKind kind) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto unit = unit_arg(ctx, o.unit);
  NewMove n;
  n.kind = kind;
  n.unit = unit.id;
  n.occupant = enum_arg<OccupantType>(o.occupant, "住户类型");
  n.people = people_arg(o.people, n.occupant);
  if (n.people.empty()) {
    if (n.occupant == OccupantType::owner) {
      n.people.push_back({unit.owner, ResidentRelation::owner, unit.phone});
    } else if (kind == MoveKind::move_out) {
      // A tenant leaving: those of the unit's latest move-in, when a tenant's.
      auto moves = all_moves(ctx, unit.id);
      for (const auto& r : residents_of(unit, moves))
        if (occupancy_of(unit, moves, false) == Occupancy::rented) n.people.push_back(r);
    }
    if (n.people.empty())
      throw RefusedError("请用 --person 登记租户（如 --person 李四/租户/13912345678）");
  }
  n.emergency_contact = o.emergency.empty() && kind == MoveKind::move_in ? unit.emergency_contact
                                                                         : contact_arg(o.emergency);
  if (kind == MoveKind::move_in)
    n.checklist = o.items.empty() ? ctx.config().move_checklist : o.items;
  else
    n.checklist = o.items;
  n.moved_at = time_arg(o.at, now, "搬迁时间");
  n.note = trim(o.note);
  MoveRepository repo(ctx.store());
  Move created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = open_move(new_id, n, by.id, now);
    return created;
  });
  ctx.out << id << '\n';
  if (kind == MoveKind::move_in)
    ctx.err << fmt::format(
        "已登记 {} {}迁入 {}；交接清单 {} 项，逐项完成后用 move check {} --item "
        "项目 --note 读数 登记\n",
        unit.id, to_zh(n.occupant), id, created.checklist.size(), id);
  else if (n.occupant == OccupantType::tenant)
    ctx.err << fmt::format(
        "已登记 {} 租户迁出 {}；放行前须取得业主同意（move consent {}）并结算"
        "（move settle {}）\n",
        unit.id, id, id, id);
  else
    ctx.err << fmt::format("已登记 {} 业主迁出 {}；放行前须结算（move settle {}）\n", unit.id, id,
                           id);
}

std::string people_text(Context& ctx, const std::vector<Resident>& people) {
  std::string s;
  for (const auto& p : people)
    s += (s.empty() ? "" : "、") + p.name + "（" + std::string(to_zh(p.relation)) +
         (p.phone.empty() ? "" : " " + ctx.phone(p.phone)) + "）";
  return s;
}

std::string move_state(const Move& m) {
  if (m.is_in()) return m.open() ? "交接中" : "已交接";
  if (!m.releases.empty()) return "已放行";
  if (m.occupant == OccupantType::tenant && !m.consent) return "待业主同意";
  if (!m.settlement) return "待结算";
  return "待放行";
}

Json move_view(Context& ctx, const Move& m) {
  Json v = RecordTraits<Move>::to_json(m);
  v["state"] = move_state(m);
  v["building"] = building_of(ctx.dir(), m.unit);
  return v;
}

Table move_table(Context& ctx, const std::vector<Move>& moves) {
  Table t{{"编号", "类型", "搬迁时间", "户号", "住户", "人员", "状态", "经办人"}, {}};
  for (const auto& m : moves) {
    std::string who;
    for (const auto& p : m.people) who += (who.empty() ? "" : "、") + p.name;
    t.rows.push_back({m.id, std::string(to_zh(m.kind)), format_short(m.moved_at), m.unit,
                      std::string(to_zh(m.occupant)), truncate_to(who, 16), move_state(m),
                      ctx.staff_name(m.owner)});
  }
  return t;
}

const std::vector<std::string> kMoveCsvKeys = {"id",   "kind",     "received_at", "moved_at",
                                               "unit", "occupant", "state",       "owner"};

void print_moves(Context& ctx, const std::vector<Move>& moves) {
  std::vector<Json> views;
  for (const auto& m : moves) {
    auto v = move_view(ctx, m);
    ctx.protect(v);
    views.push_back(std::move(v));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kMoveCsvKeys,
      [&](const std::vector<Json>&) { return move_table(ctx, moves); }, "迁入迁出记录");
}

void move_list(Context& ctx, const std::string& month, const std::string& unit, bool all) {
  CaseQuery q;
  if (!month.empty()) q.from = q.to = month_arg(month);
  q.open_only = !all && month.empty() && unit.empty();
  if (!unit.empty()) q.unit = unit_arg(ctx, unit).id;
  auto result = MoveRepository(ctx.store()).query(q);
  std::vector<Move> moves;
  for (auto& item : result.items) moves.push_back(std::move(item.record));
  print_moves(ctx, moves);
  ctx.report_problems(result.problems);
}

void print_settlement(Context& ctx, const Settlement& s) {
  for (const auto& l : s.lines)
    ctx.out << fmt::format("  {} 账期  应缴 {:>10}  已缴 {:>10}  欠缴 {:>10}\n", l.period.str(),
                           format_money(l.billed), format_money(l.paid), format_money(l.owed));
  ctx.out << fmt::format("  欠费合计 {} 元，预交余额 {} 元，应结 {} 元\n", format_money(s.owed),
                         format_money(s.credit), format_money(s.balance));
}

void print_detail(Context& ctx, const Move& m) {
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 12) << value << '\n';
  };
  line("编号", m.id);
  line("类型", std::string(to_zh(m.kind)) + "（" + std::string(to_zh(m.occupant)) + "）");
  line("状态", move_state(m));
  line("户号", m.unit);
  line("搬迁时间", format_datetime(m.moved_at));
  line("登记时间", format_datetime(m.received_at));
  line("人员", people_text(ctx, m.people));
  if (!m.emergency_contact.name.empty())
    line("紧急联系人", m.emergency_contact.name + " " + ctx.phone(m.emergency_contact.phone));
  line("经办人", ctx.staff_name(m.owner));
  line("备注", m.note);
  if (!m.checklist.empty()) {
    ctx.out << "交接清单：\n";
    for (size_t k = 0; k < m.checklist.size(); ++k) {
      const auto& i = m.checklist[k];
      ctx.out << fmt::format("  {}. [{}] {}{}\n", k + 1, i.done ? "✓" : " ", i.item,
                             i.note.empty() ? "" : "：" + i.note);
    }
  }
  if (m.consent)
    line("业主同意", fmt::format("{} {}同意（{}）{}", m.consent->name, to_zh(m.consent->method),
                                 format_datetime(m.consent->at),
                                 m.consent->note.empty() ? "" : " " + m.consent->note));
  else if (!m.is_in() && m.occupant == OccupantType::tenant)
    line("业主同意", "尚未取得（move consent " + m.id + "）");
  if (m.settlement) {
    ctx.out << "搬迁结算（" << format_datetime(m.settlement->at) << " "
            << ctx.staff_name(m.settlement->by) << "）：\n";
    print_settlement(ctx, *m.settlement);
  }
  for (const auto& r : m.releases)
    line("物品放行条",
         fmt::format("第 {} 号 {} {} {} 件{}，{} 开具{}", r.no, format_datetime(r.at), r.goods,
                     r.pieces, r.plate.empty() ? "" : "，车牌 " + r.plate,
                     ctx.staff_name(r.issued_by),
                     r.override_by.empty()
                         ? ""
                         : fmt::format("；欠费 {} 元经 {} 批准放行：{}", format_money(r.owed),
                                       ctx.staff_name(r.override_by), r.reason)));
  print_history(ctx, m.history);
}

void move_show(Context& ctx, const std::string& id) {
  auto loaded = MoveRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record);
  auto v = move_view(ctx, loaded.record);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, v, kMoveCsvKeys);
}

/// Changes a move under the lock: `step` may refuse, and then nothing is written.
Move update(Context& ctx, const std::string& id,
            const std::function<void(Move&, const StaffMember&, DateTime)>& step) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  return MoveRepository(ctx.store()).update(id, [&](Move& m) { step(m, by, now); });
}

void move_unit(Context& ctx, const std::string& id) {
  auto unit = unit_arg(ctx, id);
  auto moves = all_moves(ctx, unit.id);
  auto occ = occupancy_now(ctx, unit, moves);
  auto residents = residents_of(unit, moves);
  auto f = ctx.format();
  if (f != Format::table) {
    Json people = Json::array();
    for (const auto& r : residents)
      people.push_back({{"name", r.name}, {"relation", to_key(r.relation)}, {"phone", r.phone}});
    Json history = Json::array();
    for (const auto& m : moves) history.push_back(move_view(ctx, m));
    Json v{
        {"unit", unit.id}, {"occupancy", to_key(occ)}, {"residents", people}, {"moves", history}};
    ctx.protect(v);
    print_rows(ctx.out, f, v, {"unit", "occupancy"});
    return;
  }
  ctx.out << pad_right("户号", 12) << unit.id << '\n';
  ctx.out << pad_right("业主", 12) << unit.owner << '\n';
  ctx.out << pad_right("入住状态", 12) << to_zh(occ)
          << (moves.empty() ? (unit.occupancy ? "（户籍登记）" : "（无迁入迁出记录，默认）") : "")
          << '\n';
  ctx.out << pad_right("住户", 12) << (residents.empty() ? "—" : people_text(ctx, residents))
          << '\n';
  if (moves.empty()) return;
  ctx.out << "迁入迁出记录：\n";
  print_table(ctx.out, move_table(ctx, moves));
}

}  // namespace

Json move_stats_json(Context& ctx, YearMonth month) {
  auto moves = all_moves(ctx, "");
  auto s = move_month_stats(moves, month,
                            [&](const std::string& u) { return building_of(ctx.dir(), u); });
  auto counts = [](const MoveCounts& c) {
    return Json{{"in", c.moves_in()},       {"in_owner", c.in_owner},
                {"in_tenant", c.in_tenant}, {"out", c.moves_out()},
                {"out_owner", c.out_owner}, {"out_tenant", c.out_tenant},
                {"release_slips", c.slips}, {"overrides", c.overrides}};
  };
  Json buildings = Json::array();
  for (const auto& [b, c] : s.buildings) {
    auto j = counts(c);
    j["building"] = b;
    buildings.push_back(j);
  }
  auto total = counts(s.total);
  return Json{{"month", month.str()}, {"buildings", buildings}, {"total", total}};
}

Json move_stats_form_data(Context& ctx, const std::string& month) {
  auto m = month_arg(month);
  auto j = move_stats_json(ctx, m);
  auto cell = [](const Json& c) {
    Json out = c;
    for (auto& [k, v] : out.items())
      if (v.is_number()) v = fmt::format("{:>6}", v.get<int>());
    return out;
  };
  Json rows = Json::array();
  for (const auto& b : j["buildings"]) {
    auto r = cell(b);
    r["building"] = pad_right(b["building"].get<std::string>() + " 栋", 8);
    rows.push_back(r);
  }
  return Json{{"site", site_json(ctx.dir())},
              {"month", m.str()},
              {"rows", rows},
              {"total", cell(j["total"])},
              {"none", rows.empty()},
              {"date", format_date(date_of(ctx.now()))}};
}

Json move_settlement_form_data(Context& ctx, const std::string& id) {
  auto m = MoveRepository(ctx.store()).get(id).record;
  if (!m.settlement)
    throw RefusedError(id + " 尚未结算，还没有客户搬迁结算表；请先用 move settle " + id + " 结算");
  auto unit = unit_arg(ctx, m.unit);
  Json lines = Json::array();
  for (const auto& l : m.settlement->lines)
    lines.push_back({{"period", l.period.str()},
                     {"billed", fmt::format("{:>10}", format_money(l.billed))},
                     {"paid", fmt::format("{:>10}", format_money(l.paid))},
                     {"owed", fmt::format("{:>10}", format_money(l.owed))}});
  std::string who;
  for (const auto& p : m.people) who += (who.empty() ? "" : "、") + p.name;
  return Json{{"site", site_json(ctx.dir())},
              {"id", m.id},
              {"unit", m.unit},
              {"owner", unit.owner},
              {"occupant", to_zh(m.occupant)},
              {"people", who},
              {"moved_at", format_datetime(m.moved_at)},
              {"lines", lines},
              {"none", lines.empty()},
              {"owed", format_money(m.settlement->owed)},
              {"credit", format_money(m.settlement->credit)},
              {"balance", format_money(m.settlement->balance)},
              {"settled_at", format_datetime(m.settlement->at)},
              {"settled_by", ctx.staff_name(m.settlement->by)},
              {"consent", m.consent.has_value()},
              {"consent_text",
               m.consent ? fmt::format("{} {}同意（{}）", m.consent->name, to_zh(m.consent->method),
                                       format_datetime(m.consent->at))
                         : std::string()}};
}

/// `BQ-2026-11-0001` (its latest slip) or `BQ-2026-11-0001/2`.
Json move_release_form_data(Context& ctx, const std::string& target) {
  auto slash = target.find('/');
  std::string id = target.substr(0, slash);
  auto m = MoveRepository(ctx.store()).get(id).record;
  if (m.releases.empty())
    throw RefusedError(id + " 还没有开具物品放行条（move release " + id + "）");
  const ReleaseSlip* slip = &m.releases.back();
  if (slash != std::string::npos) {
    auto no = target.substr(slash + 1);
    slip = nullptr;
    for (const auto& r : m.releases)
      if (std::to_string(r.no) == no) slip = &r;
    if (!slip) throw RefusedError(id + " 没有第 " + no + " 号物品放行条");
  }
  std::string who;
  for (const auto& p : m.people) who += (who.empty() ? "" : "、") + p.name;
  return Json{{"site", site_json(ctx.dir())},
              {"id", m.id},
              {"no", slip->no},
              {"unit", m.unit},
              {"occupant", to_zh(m.occupant)},
              {"people", who},
              {"goods", slip->goods},
              {"pieces", slip->pieces},
              {"plate", slip->plate},
              {"date", format_date(date_of(slip->at))},
              {"at", format_datetime(slip->at)},
              {"issued_by", ctx.staff_name(slip->issued_by)},
              {"consent", m.consent.has_value()},
              {"consent_name", m.consent ? m.consent->name : ""},
              {"override", !slip->override_by.empty()},
              {"override_by", ctx.staff_name(slip->override_by)},
              {"owed", format_money(slip->owed)},
              {"reason", slip->reason}};
}

void add_move_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "move", "入伙、迁入迁出：登记迁入（交接清单）、迁出（业主同意、结算、物品放行条）");
  cmd->require_subcommand(1);
  cmd->footer(
      "迁入：move in 登记（业主或租户、人员、紧急联系人；交接清单取自 kefu.yaml 的 "
      "move_checklist，\n"
      "或用 --item 逐项列出）→ move check 逐项登记交接（钥匙、水电燃气表读数、资料）。\n"
      "迁出：move out 登记 → 租户迁出须 move consent 登记业主同意（业主同意搬离通知书）→\n"
      "move settle 按该户账目结算（客户搬迁结算表）→ move release 开具物品放行条：该户欠费时"
      "拒绝，\n"
      "缴清（fee pay）后可开，或由管理处经理 --override-by 批准并写明 --reason。\n"
      "move unit 查看一户的入住状态、住户与迁入迁出记录；move stats 月度迁入迁出统计。\n"
      "表单：kefu render release ID、render settlement ID、render moves 2026-11。\n"
      "例：kefu --by zhangmin move in --unit 1-1-101 --occupant 租户 --person "
      "李四/租户/13912345678\n"
      "    kefu --by zhangmin move out --unit 1-1-101 --occupant 租户\n"
      "    kefu --by zhangmin move release BQ-2026-11-0002 --goods 家具家电 --pieces 12 --plate "
      "粤B12345");

  auto open = std::make_shared<MoveOpenOptions>();
  auto add_open = [&](const char* name, const char* help, MoveKind kind) {
    auto* o = cmd->add_subcommand(name, help);
    o->add_option("--unit", open->unit, "户号")->required();
    o->add_option("--occupant", open->occupant, "住户类型：业主 租户（owner tenant）")
        ->capture_default_str();
    o->add_option("--person", open->people,
                  "人员：姓名/关系/电话，关系为 业主 租户 家庭成员，可重复；业主本人可省略"
                  "（取自户籍）");
    o->add_option("--at", open->at, "搬迁时间（默认为当前时间），如 2026-11-26T09:30");
    o->add_option("--note", open->note, "备注");
    if (kind == MoveKind::move_in) {
      o->add_option("--item", open->items,
                    "交接项目，可重复；不写则用 kefu.yaml 的 move_checklist");
      o->add_option("--emergency", open->emergency, "紧急联系人：姓名/电话（默认取自户籍）");
      o->footer(
          "例：kefu --by zhangmin move in --unit 1-1-101\n"
          "    kefu --by zhangmin move in --unit 1-1-101 --occupant 租户 --person "
          "李四/租户/13912345678 \\\n"
          "         --person 李小四/家庭成员 --emergency 李父/13700001111\n"
          "在标准输出打印新编号（BQ-…）。");
    } else {
      o->footer(
          "例：kefu --by zhangmin move out --unit 1-1-101 --occupant 租户\n"
          "租户迁出不写 --person 时取该户最近一次租户迁入的人员。在标准输出打印新编号。");
    }
    o->callback([&ctx, open, kind] { move_open(ctx, *open, kind); });
  };
  add_open("in", "登记迁入（入伙）：住户、人员、紧急联系人与交接清单", MoveKind::move_in);
  add_open("out", "登记迁出：住户与人员；之后办理业主同意、结算与物品放行", MoveKind::move_out);

  struct Step {
    std::string id, item, note, name, method = "written", at, goods, plate, override_by, reason;
    int pieces = 0;
  };
  auto step = std::make_shared<Step>();

  auto* ck = cmd->add_subcommand("check", "登记一项交接完成（钥匙、水电燃气表读数、资料）");
  ck->add_option("ID", step->id, "迁入编号，如 BQ-2026-11-0001")->required();
  ck->add_option("--item", step->item, "交接项目：名称或序号（见 move show）")->required();
  ck->add_option("--note", step->note, "说明：读数、钥匙把数等");
  ck->footer("例：kefu --by zhangmin move check BQ-2026-11-0001 --item 水表读数 --note 0123.4");
  ck->callback([&ctx, step] {
    auto m = update(ctx, step->id, [&](Move& r, const StaffMember& by, DateTime now) {
      tick_checklist(r, step->item, trim(step->note), by.id, now);
    });
    int left = 0;
    for (const auto& i : m.checklist) left += !i.done;
    ctx.err << (left ? fmt::format("已登记；{} 尚有 {} 项未交接\n", m.id, left)
                     : fmt::format("已登记；{} 交接清单已全部完成\n", m.id));
  });

  auto* cs = cmd->add_subcommand("consent", "登记业主同意租户搬离（业主同意搬离通知书）");
  cs->add_option("ID", step->id, "迁出编号")->required();
  cs->add_option("--name", step->name, "同意搬离的业主（默认为户籍登记的业主）");
  cs->add_option("--method", step->method, "方式：书面 电话（written phone）")
      ->capture_default_str();
  cs->add_option("--at", step->at, "同意时间（默认为当前时间）");
  cs->add_option("--note", step->note, "备注");
  cs->footer("例：kefu --by zhangmin move consent BQ-2026-11-0002 --method 电话");
  cs->callback([&ctx, step] {
    DateTime now = ctx.now();
    OwnerConsent c;
    c.method = enum_arg<ConsentMethod>(step->method, "同意方式");
    c.at = time_arg(step->at, now, "同意时间");
    c.note = trim(step->note);
    auto m = update(ctx, step->id, [&](Move& r, const StaffMember& by, DateTime n) {
      c.name = step->name.empty() ? unit_arg(ctx, r.unit).owner : trim(step->name);
      record_consent(r, c, by.id, n);
    });
    ctx.err << fmt::format("已登记 {} 业主 {} {}同意搬离\n", m.id, m.consent->name,
                           to_zh(m.consent->method));
  });

  auto* st =
      cmd->add_subcommand("settle", "搬迁结算：按该户此刻的账目记下欠费与预交（客户搬迁结算表）");
  st->add_option("ID", step->id, "迁出编号")->required();
  st->footer(
      "例：kefu --by zhangmin move settle BQ-2026-11-0002\n"
      "缴费后可再次结算，记下新的结算；开具物品放行条后不再结算。表单：kefu render settlement ID");
  st->callback([&ctx, step] {
    auto unit = MoveRepository(ctx.store()).get(step->id).record.unit;
    auto ledger = unit_ledger_now(ctx, unit);
    auto m = update(ctx, step->id, [&](Move& r, const StaffMember& by, DateTime now) {
      settle_move(r, ledger, by.id, now);
    });
    ctx.out << m.id << " 搬迁结算（" << m.unit << "）：\n";
    print_settlement(ctx, *m.settlement);
    if (m.settlement->balance > 0)
      ctx.err << fmt::format("{} 欠费 {} 元：缴清前不能开具物品放行条（kefu fee pay {} 金额）\n",
                             m.unit, format_money(m.settlement->balance), m.unit);
  });

  auto* rl = cmd->add_subcommand("release", "开具物品放行条：该户欠费时拒绝，经理批准者除外");
  rl->add_option("ID", step->id, "迁出编号")->required();
  rl->add_option("--goods", step->goods, "放行物品，如 家具家电")->required();
  rl->add_option("--pieces", step->pieces, "件数")->required();
  rl->add_option("--plate", step->plate, "车牌号");
  rl->add_option("--override-by", step->override_by, "欠费仍放行时，批准的管理处经理");
  rl->add_option("--reason", step->reason, "欠费放行的理由（与 --override-by 同用）");
  rl->footer(
      "例：kefu --by zhangmin move release BQ-2026-11-0002 --goods 家具家电 --pieces 12 --plate "
      "粤B12345\n"
      "    kefu --by zhangmin move release BQ-2026-11-0002 --goods 衣物 --pieces 3 \\\n"
      "         --override-by wangjing --reason 业主书面承诺月底前缴清\n"
      "租户迁出须先登记业主同意；须先结算；该户此刻仍欠费则拒绝。打印：kefu render release ID");
  rl->callback([&ctx, step] {
    ReleaseRequest r;
    r.goods = step->goods;
    r.pieces = step->pieces;
    r.plate = step->plate;
    r.reason = step->reason;
    if (!step->override_by.empty())
      r.override_by = &ctx.staff(step->override_by, "批准人（--override-by）");
    else if (!step->reason.empty())
      throw RefusedError("--reason 只与 --override-by 同用");
    auto unit = MoveRepository(ctx.store()).get(step->id).record.unit;
    int64_t owed = unit_ledger_now(ctx, unit).balance();
    auto m = update(ctx, step->id, [&](Move& rec, const StaffMember& by, DateTime now) {
      issue_release(rec, r, owed, by.id, now);
    });
    const auto& s = m.releases.back();
    ctx.err << fmt::format(
        "已开具 {} 第 {} 号物品放行条：{} {} 件{}；打印：kefu render release "
        "{}/{}\n",
        m.id, s.no, s.goods, s.pieces,
        s.override_by.empty() ? ""
                              : fmt::format("（欠费 {} 元，经 {} 批准）", format_money(s.owed),
                                            ctx.staff_name(s.override_by)),
        m.id, s.no);
  });

  auto show_id = std::make_shared<std::string>();
  auto* sh = cmd->add_subcommand("show", "显示一条迁入迁出记录的全部内容与处理经过");
  sh->add_option("ID", *show_id, "编号，如 BQ-2026-11-0001")->required();
  sh->callback([&ctx, show_id] { move_show(ctx, *show_id); });

  struct ListArgs {
    std::string month, unit;
    bool all = false;
  };
  auto list = std::make_shared<ListArgs>();
  auto* ls = cmd->add_subcommand("list", "列出迁入迁出记录；默认列出未办完的（交接中、待放行）");
  ls->add_option("--month", list->month, "登记月份，如 2026-11");
  ls->add_option("--unit", list->unit, "户号");
  ls->add_flag("--all", list->all, "包括已办完的全部记录");
  ls->callback([&ctx, list] { move_list(ctx, list->month, list->unit, list->all); });

  auto unit_id = std::make_shared<std::string>();
  auto* un =
      cmd->add_subcommand("unit", "一户的入住状态（空置、业主自住、出租）、住户与迁入迁出记录");
  un->add_option("UNIT", *unit_id, "户号，如 1-1-101")->required();
  un->footer("无迁入迁出记录的户，入住状态取自 units/ 中的 occupancy（未写为业主自住）。");
  un->callback([&ctx, unit_id] { move_unit(ctx, *unit_id); });

  auto stats_month = std::make_shared<std::string>();
  auto* ss = cmd->add_subcommand("stats", "客户迁入、迁出统计表：一个月按楼栋、业主/租户统计");
  ss->add_option("--month", *stats_month, "月份，如 2026-11")->required();
  ss->footer("例：kefu move stats --month 2026-11；可打印的表单：kefu render moves 2026-11");
  ss->callback([&ctx, stats_month] {
    auto j = move_stats_json(ctx, month_arg(*stats_month));
    auto f = ctx.format();
    if (f != Format::table) {
      Json rows = j["buildings"];
      auto t = j["total"];
      t["building"] = "合计";
      rows.push_back(t);
      return print_rows(ctx.out, f, f == Format::csv ? rows : j,
                        {"building", "in", "in_owner", "in_tenant", "out", "out_owner",
                         "out_tenant", "release_slips", "overrides"});
    }
    Table t{{"楼栋", "迁入", "业主", "租户", "迁出", "业主", "租户", "放行条", "欠费放行"}, {}};
    auto row = [&](const std::string& b, const Json& c) {
      t.rows.push_back(
          {b, std::to_string(c["in"].get<int>()), std::to_string(c["in_owner"].get<int>()),
           std::to_string(c["in_tenant"].get<int>()), std::to_string(c["out"].get<int>()),
           std::to_string(c["out_owner"].get<int>()), std::to_string(c["out_tenant"].get<int>()),
           std::to_string(c["release_slips"].get<int>()),
           std::to_string(c["overrides"].get<int>())});
    };
    for (const auto& b : j["buildings"]) row(b["building"].get<std::string>() + " 栋", b);
    row("合计", j["total"]);
    ctx.out << j["month"].get<std::string>() << " 客户迁入、迁出统计表\n";
    print_table(ctx.out, t);
  });
}

}  // namespace kefu
