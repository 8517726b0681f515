/// kefu fee bill|import|pay|statement|arrears|dun|journal|payments — fees and dunning (费用收缴,
/// R10), and their export for the accounts.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli/commands.hpp"
#include "core/csv.hpp"
#include "core/journal.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/atomic_file.hpp"
#include "store/fee_store.hpp"

namespace kefu {
namespace {

std::string month_zh(YearMonth m) {
  return fmt::format("{}年{}月", m.year, m.month);
}

std::string periods_text(const std::vector<YearMonth>& ps) {
  std::string s;
  for (const auto& p : ps) s += (s.empty() ? "" : "、") + p.str();
  return s;
}

/// Every unit's ledger, as of now, from the bills and payments of one building (or all).
struct FeeView {
  FeeData data;
  std::map<std::string, Ledger> ledgers;  // by unit, in unit order
};

/// Bills, payments and dun logs of a building (empty: all) with every unit's ledger as of
/// `as_of`. Without `with_records` only the ledgers and dun logs are wanted, and they come from
/// the index's per-building ledgers when it has them.
FeeView load_view(Context& ctx, const std::string& building, std::optional<DateTime> as_of,
                  bool with_records = true) {
  FeeView v;
  if (!with_records) {
    FeeStore fees(ctx.store());
    if (auto ledgers = fees.ledgers(building, as_of)) {
      v.ledgers = std::move(*ledgers);
      for (auto& l : fees.dun_logs(v.data.problems))
        if (building.empty() || building_of(ctx.dir(), l.unit) == building)
          v.data.dun_logs.push_back(std::move(l));
      return v;
    }
  }
  v.data = FeeStore(ctx.store()).load(building);
  v.ledgers = unit_ledgers(v.data.bills, v.data.payments, as_of);
  return v;
}

/// The acting staff member if one is named, else (for cron) the fee owner.
std::string acting_or_owner(Context& ctx) {
  if (!ctx.opts.by.empty() || std::getenv("KEFU_USER")) return ctx.actor().id;
  return fee_owner(ctx.config());
}

void print_rows(Context& ctx, const Json& rows, const std::vector<std::string>& csv_keys) {
  print_rows(ctx.out, ctx.format(), rows, csv_keys);
}

// ---- fee bill ---------------------------------------------------------------------------------

void fee_bill(Context& ctx, const std::string& period_text, const std::string& building) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  YearMonth period = month_arg(period_text);
  const auto& cfg = ctx.config().fees;
  if (cfg.items.empty())
    throw RefusedError("kefu.yaml 未配置收费项目（fees: items:），无法开具账单");
  std::map<std::string, std::vector<Unit>> by_building;
  for (auto& u : ctx.dir().all_units())
    if (building.empty() || u.building == building) by_building[u.building].push_back(u);
  if (by_building.empty())
    throw RefusedError("没有可开账单的住户" +
                       (building.empty() ? "" : "（楼栋 " + building + "）"));

  FeeStore fees(ctx.store());
  auto guard = ctx.store().lock();
  std::vector<BillFile> changed;
  int units_billed = 0, items_added = 0;
  int64_t total = 0;
  for (auto& [b, units] : by_building) {
    BillFile f = fees.read_bills(period, b);
    bool dirty = false;
    for (const auto& u : units) {
      auto it = std::find_if(f.records.begin(), f.records.end(),
                             [&](const Bill& x) { return x.unit == u.id; });
      if (it == f.records.end()) {
        f.records.push_back({u.id, period, {}});
        it = f.records.end() - 1;
      }
      auto added = bill_standing_items(*it, u, cfg.items, now, by.id);
      if (added.items > 0) {
        ++units_billed;
        items_added += added.items;
        total += added.amount;
        dirty = true;
      }
      if (it->items.empty()) f.records.erase(it);
    }
    if (dirty) {
      std::sort(f.records.begin(), f.records.end(),
                [](const Bill& a, const Bill& c) { return a.unit < c.unit; });
      changed.push_back(std::move(f));
    }
  }
  Transaction t(ctx.dir().files());  // every building's bills, or none
  for (const auto& f : changed) fees.write(t, f);
  t.commit();
  if (items_added == 0)
    ctx.err << fmt::format("{} 的账单已全部开具，本次未新增任何项目\n", period.str());
  else
    ctx.err << fmt::format("已开具 {} 账单：{} 户，{} 项，合计 {} 元\n", period.str(), units_billed,
                           items_added, format_money(total));
}

// ---- fee import -------------------------------------------------------------------------------

void fee_import(Context& ctx, const std::string& path, const std::string& default_period) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  const auto& cfg = ctx.config().fees;
  std::string name = std::filesystem::path(path).filename().string();
  std::string text;
  try {
    text = read_file(path, path);
  } catch (const StoreError&) {
    throw RefusedError("无法读取文件 " + path);
  }
  std::string encoding;
  auto rows = parse_import_csv(std::move(text), name, &encoding);
  ctx.err << encoding_note(name, encoding);
  if (rows.empty()) throw RefusedError(name + " 是空文件，未导入任何内容");

  // Columns by heading, English or Chinese.
  const std::vector<std::pair<std::string, std::vector<std::string>>> kColumns = {
      {"unit", {"unit", "户号", "房号"}},     {"period", {"period", "账期", "月份"}},
      {"item", {"item", "项目", "收费项目"}}, {"previous", {"previous", "上期读数"}},
      {"current", {"current", "本期读数"}},   {"quantity", {"quantity", "用量", "数量"}},
      {"amount", {"amount", "金额"}},         {"note", {"note", "备注"}}};
  std::map<std::string, size_t> col;
  const auto& head = rows.front().second;
  for (size_t i = 0; i < head.size(); ++i) {
    bool known = false;
    for (const auto& [key, names] : kColumns)
      if (std::find(names.begin(), names.end(), head[i]) != names.end()) col[key] = i, known = true;
    if (!known)
      throw RefusedError(
          fmt::format("{} 第{}行：不认识的列名「{}」；可用：户号(unit) 账期(period) "
                      "项目(item) 上期读数(previous) 本期读数(current) 用量(quantity) "
                      "金额(amount) 备注(note)",
                      name, rows.front().first, head[i]));
  }
  for (const char* need : {"unit", "item"})
    if (!col.count(need))
      throw RefusedError(fmt::format("{} 第{}行：缺少「{}」列", name, rows.front().first,
                                     std::string(need) == "unit" ? "户号" : "项目"));
  if (!col.count("amount") && !col.count("quantity") &&
      !(col.count("previous") && col.count("current")))
    throw RefusedError(name +
                       " 第1行：应有「金额」列，或「用量」列，或「上期读数」与「本期读数」两列");
  if (!col.count("period") && default_period.empty())
    throw RefusedError(name + " 没有「账期」列，请用 --period 指明账期，如 --period 2026-11");

  struct Row {
    int line;
    std::string unit, building;
    YearMonth period;
    BillItem item;
  };
  std::vector<Row> good;
  std::vector<std::string> errors;
  std::set<std::tuple<std::string, YearMonth, std::string>> seen;
  FeeStore fees(ctx.store());
  std::map<std::pair<YearMonth, std::string>, BillFile> files;
  auto bill_file = [&](YearMonth p, const std::string& b) -> BillFile& {
    auto key = std::make_pair(p, b);
    auto it = files.find(key);
    if (it == files.end()) it = files.emplace(key, fees.read_bills(p, b)).first;
    return it->second;
  };
  auto guard = ctx.store().lock();
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& [line, cells] = rows[r];
    auto cell = [&](const char* key) -> std::string {
      auto it = col.find(key);
      return it == col.end() || it->second >= cells.size() ? std::string() : cells[it->second];
    };
    auto bad = [&](const std::string& why) {
      errors.push_back(fmt::format("{} 第{}行：{}", name, line, why));
    };
    Row row{line, cell("unit"), "", {}, {}};
    auto unit = ctx.dir().find_unit(row.unit);
    if (row.unit.empty()) {
      bad("户号为空");
      continue;
    }
    if (!unit) {
      bad("户号「" + row.unit + "」不在 units/ 的住户资料中");
      continue;
    }
    row.building = unit->building;
    std::string ptext = cell("period").empty() ? default_period : cell("period");
    auto period = parse_month(ptext);
    if (!period) {
      bad("账期「" + ptext + "」无效，应如 2026-11");
      continue;
    }
    row.period = *period;
    const auto* item = cfg.find_item(cell("item"));
    if (!item) {
      bad("收费项目「" + cell("item") + "」不在 kefu.yaml 的 fees.items 中");
      continue;
    }
    std::optional<int64_t> qty;
    if (!cell("quantity").empty()) {
      qty = parse_area(cell("quantity"));
      if (!qty) {
        bad("用量「" + cell("quantity") + "」应为不小于零、最多两位小数的数");
        continue;
      }
    } else if (!cell("previous").empty() || !cell("current").empty()) {
      auto prev = parse_area(cell("previous")), cur = parse_area(cell("current"));
      if (!prev || !cur) {
        bad("上期读数与本期读数应为不小于零、最多两位小数的数");
        continue;
      }
      if (*cur < *prev) {
        bad("本期读数 " + cell("current") + " 小于上期读数 " + cell("previous"));
        continue;
      }
      qty = *cur - *prev;
    }
    int64_t amount = 0;
    std::optional<int64_t> rate;
    if (!cell("amount").empty()) {
      auto a = parse_money(cell("amount"));
      if (!a) {
        bad("金额「" + cell("amount") + "」无效，应如 1234.50");
        continue;
      }
      amount = *a;
    } else if (qty) {
      rate = item->rate;
      amount = charge_fen(item->rate, *qty);
    } else {
      bad("既无金额也无用量");
      continue;
    }
    auto key = std::make_tuple(row.unit, row.period, item->key);
    if (!seen.insert(key).second) {
      bad(fmt::format("{} {} 的{}在本文件中重复", row.unit, row.period.str(), item->name));
      continue;
    }
    auto& f = bill_file(row.period, row.building);
    auto existing = std::find_if(f.records.begin(), f.records.end(),
                                 [&](const Bill& b) { return b.unit == row.unit; });
    if (existing != f.records.end()) {
      if (const auto* old = existing->find(item->key)) {
        bad(fmt::format("{} {} 的{}已入账（{} 元），未重复导入", row.unit, row.period.str(),
                        item->name, format_money(old->amount)));
        continue;
      }
    }
    row.item = BillItem{item->key, item->name, qty, rate, amount, now, by.id, cell("note")};
    good.push_back(std::move(row));
  }
  if (!errors.empty()) {
    std::string msg;
    for (size_t i = 0; i < errors.size() && i < 20; ++i) msg += (i ? "\n" : "") + errors[i];
    if (errors.size() > 20) msg += fmt::format("\n……共 {} 处错误", errors.size());
    throw RefusedError(msg + "\n未导入任何内容");
  }
  if (good.empty()) throw RefusedError(name + " 没有数据行，未导入任何内容");
  int64_t total = 0;
  for (auto& row : good) {
    auto& f = bill_file(row.period, row.building);
    auto it = std::find_if(f.records.begin(), f.records.end(),
                           [&](const Bill& b) { return b.unit == row.unit; });
    if (it == f.records.end()) {
      f.records.push_back({row.unit, row.period, {}});
      it = f.records.end() - 1;
    }
    total += row.item.amount;
    it->items.push_back(row.item);
  }
  Transaction t(ctx.dir().files());  // every file the spreadsheet touches, or none
  for (auto& [key, f] : files) {
    std::sort(f.records.begin(), f.records.end(),
              [](const Bill& a, const Bill& b) { return a.unit < b.unit; });
    fees.write(t, f);
  }
  t.commit();
  ctx.err << fmt::format("已从 {} 导入 {} 行，合计 {} 元\n", name, good.size(),
                         format_money(total));
}

// ---- fee pay ------------------------------------------------------------------------------------

std::string allocations_text(const std::vector<Allocation>& as) {
  std::string s;
  for (const auto& a : as)
    s += (s.empty() ? "" : "，") + a.period.str() + " " + format_money(a.amount);
  return s;
}

void fee_pay(Context& ctx, const std::string& unit_id, const std::string& amount_text,
             const std::string& method_text, const std::string& receipt,
             const std::string& period_text, const std::string& note,
             const std::string& deposit_case) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  const Unit unit = unit_arg(ctx, unit_id);
  auto amount = parse_money(amount_text);
  if (!amount || *amount <= 0)
    throw RefusedError("金额「" + amount_text +
                       "」无效：应为大于零、最多两位小数的元数，如 1234.50 或 ¥1,234.50");
  auto method = enum_arg<PayMethod>(method_text, "缴费方式");
  if (method == PayMethod::deposit)
    throw RefusedError("押金抵扣由 kefu renovation settle 在结算装修押金时记录，不能直接登记");
  std::optional<YearMonth> period;
  if (!period_text.empty()) period = month_arg(period_text);
  if (!deposit_case.empty() && period)
    throw RefusedError("--deposit 收的是装修押金，不冲抵账单，不能与 --period 同用");

  FeeStore fees(ctx.store());
  auto guard = ctx.store().lock();
  auto view = load_view(ctx, unit.building, now);
  const Ledger* before = view.ledgers.count(unit.id) ? &view.ledgers[unit.id] : nullptr;
  if (!deposit_case.empty())
    check_deposit_payment(ctx, unit.id, deposit_case, *amount, view.data.payments);
  if (period) {
    const auto* pb = before ? before->find(*period) : nullptr;
    if (!pb) throw RefusedError(unit.id + " 没有 " + period->str() + " 的账单");
    if (pb->outstanding() <= 0)
      throw RefusedError(unit.id + " 的 " + period->str() + " 账单已缴清");
  }
  Payment p{fees.next_payment_id(month_of(now)),
            unit.id,
            now,
            *amount,
            method,
            receipt,
            period,
            by.id,
            note,
            deposit_case};
  auto file = fees.read_payments(month_of(now), unit.building);
  file.records.push_back(p);
  Transaction t(ctx.dir().files());
  fees.write(t, file);
  t.commit();

  std::vector<Bill> bills;
  std::vector<Payment> pays;
  for (const auto& b : view.data.bills)
    if (b.unit == unit.id) bills.push_back(b);
  for (const auto& x : view.data.payments)
    if (x.unit == unit.id) pays.push_back(x);
  pays.push_back(p);
  auto after = compute_ledger(unit.id, bills, pays, now);
  auto as = allocations_of(after, p.id);
  ctx.out << p.id << '\n';
  if (!deposit_case.empty()) {
    ctx.err << fmt::format("已收 {} 装修押金 {} 元（{}，{}），押金不计入收费，验收后结算退还\n",
                           unit.id, format_money(p.amount), deposit_case, to_zh(method));
    return;
  }
  std::string msg =
      fmt::format("已收 {} 缴费 {} 元（{}）", unit.id, format_money(p.amount), to_zh(method));
  if (!as.empty()) msg += "，冲抵 " + allocations_text(as);
  if (after.balance() > 0)
    msg += fmt::format("；尚欠 {} 元", format_money(after.balance()));
  else if (after.balance() < 0)
    msg += fmt::format("；预存余额 {} 元，将抵扣以后的账单", format_money(-after.balance()));
  else
    msg += "；已全部缴清";
  ctx.err << msg << '\n';
}

// ---- fee statement ------------------------------------------------------------------------------

Json deposits_json(const Ledger& L) {
  Json out = Json::array();
  for (const auto& d : L.deposits)
    out.push_back(Json{{"case", d.case_id},
                       {"received", format_money(d.received)},
                       {"held", format_money(d.held)}});
  return out;
}

void fee_statement(Context& ctx, const std::string& unit_id) {
  const Unit unit = unit_arg(ctx, unit_id);
  DateTime now = ctx.now();
  auto view = load_view(ctx, unit.building, now);
  ctx.report_problems(view.data.problems);
  Ledger L = view.ledgers.count(unit.id) ? view.ledgers[unit.id] : compute_ledger(unit.id, {}, {});
  std::vector<const Bill*> bills;
  for (const auto& b : view.data.bills)
    if (b.unit == unit.id) bills.push_back(&b);
  std::vector<const Payment*> pays;
  for (const auto& p : view.data.payments)
    if (p.unit == unit.id && p.at <= now) pays.push_back(&p);
  std::sort(pays.begin(), pays.end(), [](auto* a, auto* b) { return a->at < b->at; });

  if (ctx.format() != Format::table) {
    Json jb = Json::array();
    for (const auto* b : bills) {
      Json j = bill_to_json(*b);
      const auto* pb = L.find(b->period);
      Json out{{"period", b->period.str()}};
      for (const auto& [k, x] : j.items()) out[k] = x;
      out["total"] = format_money(b->total());
      out["paid"] = format_money(pb ? pb->paid : 0);
      out["outstanding"] = format_money(pb ? pb->outstanding() : b->total());
      jb.push_back(out);
    }
    Json jp = Json::array();
    for (const auto* p : pays) jp.push_back(payment_to_json(*p));
    Json ja = Json::array();
    for (const auto& a : L.allocations)
      ja.push_back(Json{{"payment", a.payment},
                        {"period", a.period.str()},
                        {"amount", format_money(a.amount)},
                        {"at", format_datetime(a.at)},
                        {"from_credit", a.from_credit}});
    Json doc{{"unit", unit.id},
             {"owner", unit.owner},
             {"as_of", format_datetime(now)},
             {"bills", jb},
             {"payments", jp},
             {"allocations", ja},
             {"billed", format_money(L.billed)},
             {"paid", format_money(L.paid)},
             {"credit", format_money(L.credit)},
             {"balance", format_money(L.balance())},
             {"deposits", deposits_json(L)}};
    if (ctx.format() == Format::csv) {
      print_csv(ctx.out, {"period", "unit", "total", "paid", "outstanding"}, jb);
      return;
    }
    print_rows(ctx, doc, {});
    return;
  }
  ctx.out << fmt::format("户号 {}  业主 {}  建筑面积 {} m²  车位 {}  截至 {}\n", unit.id,
                         unit.owner, format_area(unit.area_centi_m2), unit.parking_spaces,
                         format_datetime(now));
  ctx.out << "\n账单：\n";
  Table tb{{"账期", "项目", "数量", "单价", "金额", "开具"}, {}};
  for (const auto* b : bills)
    for (const auto& i : b->items)
      tb.rows.push_back({b->period.str(), i.name, i.quantity ? format_area(*i.quantity) : "",
                         i.rate ? format_rate(*i.rate) : "", format_money(i.amount),
                         format_date(date_of(i.at))});
  print_table(ctx.out, tb);
  ctx.out << "\n缴费：\n";
  Table tp{{"编号", "时间", "金额", "方式", "收据号", "冲抵"}, {}};
  for (const auto* p : pays) {
    std::string alloc;
    for (const auto& a : L.allocations)
      if (a.payment == p->id)
        alloc += (alloc.empty() ? "" : "，") + a.period.str() + " " + format_money(a.amount) +
                 (a.from_credit ? "（预存抵扣，" + format_date(date_of(a.at)) + "）" : "");
    tp.rows.push_back({p->id, format_short(p->at), format_money(p->amount),
                       std::string(to_zh(p->method)), p->receipt, alloc});
  }
  print_table(ctx.out, tp);
  ctx.out << "\n各期结欠：\n";
  Table ts{{"账期", "应收", "已收", "未收"}, {}};
  for (const auto& pb : L.periods)
    ts.rows.push_back({pb.period.str(), format_money(pb.billed), format_money(pb.paid),
                       format_money(pb.outstanding())});
  print_table(ctx.out, ts);
  ctx.out << fmt::format("\n合计应收 {} 元，已缴 {} 元，", format_money(L.billed),
                         format_money(L.paid));
  if (L.balance() > 0)
    ctx.out << fmt::format("尚欠 {} 元\n", format_money(L.balance()));
  else if (L.balance() < 0)
    ctx.out << fmt::format("预存余额 {} 元\n", format_money(-L.balance()));
  else
    ctx.out << "已结清\n";
  for (const auto& d : L.deposits)
    ctx.out << fmt::format("装修押金 {}：已收 {} 元，现存 {} 元（不计入应收与已缴）\n", d.case_id,
                           format_money(d.received), format_money(d.held));
}

// ---- fee arrears --------------------------------------------------------------------------------

/// The units of the view in arrears on `today`, with their owners' names from units/.
std::vector<ArrearsLine> arrears_lines(Context& ctx, const FeeView& view, Date today) {
  auto lines = arrears_lines(view.ledgers, view.data.dun_logs, today, ctx.config().fees);
  for (auto& line : lines) {
    auto u = ctx.dir().find_unit(line.a.unit);
    line.owner = u ? u->owner : "";
  }
  return lines;
}

std::string level_zh(const FeeConfig& cfg, int level) {
  if (level == 0) return "—";
  const auto* l = cfg.find_level(level);
  return fmt::format("{}级{}", level, l ? l->name : "");
}

void fee_arrears(Context& ctx, const std::string& building, int min_age, bool public_list) {
  DateTime now = ctx.now();
  Date today = date_of(now);
  const auto& cfg = ctx.config().fees;
  auto view = load_view(ctx, building, now, false);
  auto lines = arrears_lines(ctx, view, today);
  std::erase_if(lines, [&](const ArrearsLine& l) { return l.a.age < min_age; });
  ctx.report_problems(view.data.problems);
  auto f = ctx.format();
  if (public_list) {
    // For posting (R12): unit and masked owner name only.
    if (f == Format::table) {
      ctx.out << fmt::format("{} 欠费户公示（截至 {}）\n", ctx.config().site.name,
                             format_date(today));
      Table t{{"户号", "业主"}, {}};
      for (const auto& l : lines) t.rows.push_back({l.a.unit, mask_name(l.owner)});
      print_table(ctx.out, t);
      ctx.out << fmt::format("共 {} 户。请尽快到{}缴纳，谢谢配合。\n", lines.size(),
                             ctx.config().site.office);
    } else {
      Json rows = Json::array();
      for (const auto& l : lines)
        rows.push_back(Json{{"unit", l.a.unit}, {"owner", mask_name(l.owner)}});
      print_rows(ctx, rows, {"unit", "owner"});
    }
    return;
  }
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& l : lines) {
      Json periods = Json::array();
      for (const auto& pb : l.a.unpaid)
        periods.push_back(Json{{"period", pb.period.str()},
                               {"billed", format_money(pb.billed)},
                               {"paid", format_money(pb.paid)},
                               {"outstanding", format_money(pb.outstanding())}});
      Json lim = Json::array();
      for (const auto& w : l.warnings)
        lim.push_back(Json{
            {"period", w.period.str()},
            {"lapses", format_date(w.lapses)},
            {"days_left", w.days_left},
            {"last_written_demand",
             w.last_written_demand ? Json(format_date(*w.last_written_demand)) : Json(nullptr)}});
      Json row{{"unit", l.a.unit},
               {"owner", l.owner},
               {"owed", format_money(l.a.owed)},
               {"oldest", l.a.oldest.str()},
               {"age_months", l.a.age},
               {"level_due", l.level_due},
               {"level_recorded", l.level_recorded}};
      if (cfg.late_fee_daily_ppm > 0) row["late_fee"] = format_money(l.a.late_fee);
      row["periods"] = periods;
      row["limitation"] = lim;
      rows.push_back(row);
    }
    print_rows(ctx, rows,
               {"unit", "owner", "owed", "oldest", "age_months", "level_due", "level_recorded"});
    return;
  }
  if (lines.empty()) {
    ctx.err << fmt::format("截至 {} 没有欠费户\n", format_date(today));
    return;
  }
  bool late = cfg.late_fee_daily_ppm > 0;
  Table t{{"户号", "业主", "欠费金额", "欠费账期", "最早欠费", "账龄(月)", "已催缴", "应催缴"}, {}};
  if (late) t.headings.push_back("滞纳金");
  for (const auto& l : lines) {
    std::vector<std::string> row{l.a.unit,
                                 l.owner,
                                 format_money(l.a.owed),
                                 std::to_string(l.a.unpaid.size()),
                                 l.a.oldest.str(),
                                 std::to_string(l.a.age),
                                 level_zh(cfg, l.level_recorded),
                                 l.dun_due() ? level_zh(cfg, l.level_due) : ""};
    if (late) row.push_back(format_money(l.a.late_fee));
    t.rows.push_back(row);
  }
  auto ageing = arrears_ageing(lines, today);
  ctx.out << fmt::format("欠费明细（截至 {}）\n", format_date(today));
  print_table(ctx.out, t);
  ctx.out << fmt::format("合计 {} 户，欠费 {} 元", lines.size(), format_money(ageing.owed));
  if (late) ctx.out << fmt::format("，滞纳金 {} 元", format_money(ageing.late_fee));
  ctx.out << "\n\n账龄分析（金额按各期账龄，户数按最早欠费）：\n";
  Table ag{{"账龄", "户数", "金额"}, {}};
  for (int i = 0; i < 4; ++i)
    ag.rows.push_back(
        {kAgingBucketsZh[i], std::to_string(ageing.units[i]), format_money(ageing.amount[i])});
  ag.rows.push_back({"合计", std::to_string(lines.size()), format_money(ageing.owed)});
  print_table(ctx.out, ag);
  std::vector<const LimitationWarning*> warns;
  for (const auto& l : lines)
    for (const auto& w : l.warnings) warns.push_back(&w);
  if (!warns.empty()) {
    ctx.out << fmt::format("\n诉讼时效预警（3年，不足 {} 天）：\n", cfg.limitation_warn_days);
    Table wt{{"户号", "账期", "时效届满", "剩余天数", "书面催缴"}, {}};
    for (const auto* w : warns)
      wt.rows.push_back({w->unit, w->period.str(), format_date(w->lapses),
                         w->days_left < 0 ? "已届满" : std::to_string(w->days_left),
                         w->last_written_demand ? format_date(*w->last_written_demand) : "无"});
    print_table(ctx.out, wt);
    ctx.out << "请尽快发出书面催缴（催费通知书、律师函）并保留签收记录，以中断诉讼时效。\n";
  }
}

// ---- fee dun ------------------------------------------------------------------------------------

Json notice_data(Context& ctx, const ArrearsLine& l, const FeeView& view, int level, Date today) {
  const auto& cfg = ctx.config().fees;
  Json rows = Json::array();
  for (const auto& pb : l.a.unpaid) {
    std::string items;
    for (const auto& b : view.data.bills)
      if (b.unit == l.a.unit && b.period == pb.period)
        for (const auto& i : b.items)
          items += (items.empty() ? "" : "、") + i.name + " " + format_money(i.amount);
    rows.push_back(Json{{"period", pb.period.str()},
                        {"items", items},
                        {"billed", format_money(pb.billed)},
                        {"paid", format_money(pb.paid)},
                        {"outstanding", format_money(pb.outstanding())}});
  }
  Json heading = pad_columns(
      rows, {{"period", "账期"}, {"billed", "应缴"}, {"paid", "已缴"}, {"outstanding", "欠缴"}});
  heading["items"] = "收费项目";
  const auto* lv = cfg.find_level(level);
  std::string date = fmt::format("{}年{}月{}日", year_of(today),
                                 unsigned(std::chrono::year_month_day(today).month()),
                                 unsigned(std::chrono::year_month_day(today).day()));
  Json j{
      {"site", site_json(ctx.dir())},
      {"unit", l.a.unit},
      {"owner", mask_name(l.owner)},
      {"level", level},
      {"level_name", lv ? lv->name : ""},
      {"method", lv ? std::string(to_zh(lv->method)) : ""},
      {"heading", heading},
      {"rows", rows},
      {"periods", periods_text([&] {
         std::vector<YearMonth> ps;
         for (const auto& pb : l.a.unpaid) ps.push_back(pb.period);
         return ps;
       }())},
      {"oldest", month_zh(l.a.oldest)},
      {"age", l.a.age},
      {"total", format_money(l.a.owed)},
      {"late_fee", cfg.late_fee_daily_ppm > 0 ? Json(format_money(l.a.late_fee)) : Json(nullptr)},
      {"pay_by", format_date(notice_pay_by(today, cfg))},
      {"date", date},
      {"contact", ctx.config().site.phone}};
  return j;
}

void fee_dun(Context& ctx, const std::string& out_dir, bool dry_run) {
  DateTime now = ctx.now();
  Date today = date_of(now);
  const auto& cfg = ctx.config().fees;
  std::string by = acting_or_owner(ctx);
  FeeStore fees(ctx.store());
  std::unique_ptr<StoreLock> guard;
  if (!dry_run) guard = ctx.store().lock();
  auto view = load_view(ctx, "", now);
  ctx.report_problems(view.data.problems);
  if (!view.data.problems.empty()) throw StoreError("数据文件有误，未发出任何催费通知");
  auto lines = arrears_lines(ctx, view, today);
  // Notices go beside the records (fees/notices/<date>/), or to a folder of the user's.
  const bool inside = out_dir.empty();
  std::filesystem::path dir = inside ? ctx.dir().root() / "fees" / "notices" / format_date(today)
                                     : std::filesystem::path(out_dir);
  if (!inside && !dry_run) check_output_folder(ctx, dir);
  Transaction writes(ctx.dir().files());  // every notice and dun-log entry, or none
  std::vector<std::pair<std::filesystem::path, std::string>> outside;
  Table t{{"户号", "业主", "欠费金额", "最早欠费", "账龄(月)", "催缴级别", "方式", "通知书"}, {}};
  for (const auto& l : lines) {
    if (!l.dun_due()) continue;
    const auto* lv = cfg.find_level(l.level_due);
    auto notice_path = dir / (l.a.unit + ".txt");
    if (!dry_run) {
      auto text =
          render_form(ctx.dir(), "dun_notice.txt", notice_data(ctx, l, view, l.level_due, today));
      if (inside)
        writes.put(ctx.dir().rel(notice_path), text);
      else
        outside.emplace_back(notice_path, text);
      std::optional<StoredFile> as_read;
      auto log = fees.read_dun(l.a.unit, &as_read);
      DunEntry e;
      e.at = now;
      e.level = l.level_due;
      e.method = lv->method;
      for (const auto& pb : l.a.unpaid) e.periods.push_back(pb.period);
      e.amount = l.a.owed;
      e.notice = inside ? ctx.dir().rel(notice_path) : notice_path.string();
      e.by = by;
      log.entries.push_back(e);
      fees.write(writes, log, as_read);
    }
    t.rows.push_back({l.a.unit, mask_name(l.owner), format_money(l.a.owed), l.a.oldest.str(),
                      std::to_string(l.a.age), level_zh(cfg, l.level_due),
                      std::string(to_zh(lv->method)), ctx.dir().rel(notice_path)});
  }
  for (const auto& [path, text] : outside) write_file_atomic(path, text);
  writes.commit();
  if (t.rows.empty()) return;  // cron: nothing new, nothing printed
  print_table(ctx.out, t);
  if (dry_run)
    ctx.err << fmt::format("演练：将发出 {} 份催费通知书并记入催费记录；未写入任何文件\n",
                           t.rows.size());
  else
    ctx.err << fmt::format("已发出 {} 份催费通知书，已记入催费记录；通知书在 {}\n", t.rows.size(),
                           ctx.dir().rel(dir));
}

void fee_dun_record(Context& ctx, const std::string& unit_id, const std::string& result,
                    const std::string& promised_text, const std::string& method_text) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  const Unit unit = unit_arg(ctx, unit_id);
  if (trim(result).empty()) throw RefusedError("请用 --result 写明催缴结果");
  std::optional<Date> promised;
  if (!promised_text.empty()) {
    promised = date_arg(promised_text, now, "承诺缴费日期");
  }
  std::optional<DunMethod> method;
  if (!method_text.empty()) method = enum_arg<DunMethod>(method_text, "催缴方式");
  FeeStore fees(ctx.store());
  auto guard = ctx.store().lock();
  std::optional<StoredFile> as_read;
  auto log = fees.read_dun(unit.id, &as_read);
  if (log.entries.empty()) throw RefusedError(unit.id + " 还没有催费记录；请先运行 kefu fee dun");
  auto& last = log.entries.back();
  bool fill = last.result.empty() && (!method || *method == last.method);
  if (fill) {
    last.result = trim(result);
    last.promised = promised;
    last.result_at = now;
    last.result_by = by.id;
  } else {
    // A follow-up: a new entry, the record above it stays as written (R12).
    DunEntry e;
    e.at = now;
    e.level = last.level;
    e.method = method.value_or(last.method);
    e.periods = last.periods;
    e.amount = last.amount;
    e.by = by.id;
    e.result = trim(result);
    e.promised = promised;
    e.result_at = now;
    e.result_by = by.id;
    log.entries.push_back(e);
  }
  Transaction t(ctx.dir().files());
  fees.write(t, log, as_read);
  t.commit();
  ctx.err << fmt::format("已记录 {} 的催缴结果{}\n", unit.id,
                         promised ? "，承诺于 " + format_date(*promised) + " 前缴费" : "");
}

}  // namespace

// ---- for due, render and check ------------------------------------------------------------------

void collect_fee_due(Context& ctx, std::vector<DueItem>& items) {
  const auto& cfg = ctx.config().fees;
  if (cfg.dun_levels.empty()) return;
  DateTime now = ctx.now();
  auto view = load_view(ctx, "", now, false);
  ctx.report_problems(view.data.problems);
  std::string owner = fee_owner(ctx.config());
  for (const auto& l : arrears_lines(ctx, view, date_of(now))) {
    if (!l.dun_due()) continue;
    const auto* lv = cfg.find_level(l.level_due);
    YearMonth reached = l.a.oldest;
    for (int i = 0; i < lv->after_months; ++i) reached = reached.next();
    items.push_back({owner, "fee", l.a.unit, "dun_level_due",
                     fmt::format("应催缴：{}", level_zh(cfg, l.level_due)),
                     start_of_day(reached.first_day()),
                     fmt::format("欠费 {} 元，最早 {}", format_money(l.a.owed), l.a.oldest.str())});
  }
}

Json dun_notice_form_data(Context& ctx, const std::string& unit_id) {
  const Unit unit = unit_arg(ctx, unit_id);
  DateTime now = ctx.now();
  auto view = load_view(ctx, unit.building, now);
  for (const auto& l : arrears_lines(ctx, view, date_of(now)))
    if (l.a.unit == unit.id)
      return notice_data(ctx, l, view, std::max(l.level_due, l.level_recorded), date_of(now));
  throw RefusedError(unit.id + " 截至 " + format_date(date_of(now)) + " 没有欠费");
}

Json receipt_sheet_form_data(Context& ctx, const std::string& date_text) {
  auto day = read_date(date_text, date_of(ctx.now()));
  if (!day)
    throw RefusedError("日期「" + date_text + "」无效，应如 " + kDateForms +
                       "（当日发出的催费通知书）");
  std::vector<StoreError> problems;
  auto logs = FeeStore(ctx.store()).dun_logs(problems);
  ctx.report_problems(problems);
  Json rows = Json::array();
  int no = 0;
  for (const auto& log : logs)
    for (const auto& e : log.entries) {
      if (date_of(e.at) != *day || e.notice.empty()) continue;
      auto u = ctx.dir().find_unit(log.unit);
      const auto* lv = ctx.config().fees.find_level(e.level);
      rows.push_back(
          Json{{"no", std::to_string(++no)},
               {"unit", log.unit},
               {"owner", mask_name(u ? u->owner : "")},
               {"document", "催费通知书（" + (lv ? lv->name : std::to_string(e.level)) + "）"},
               {"amount", format_money(e.amount)}});
    }
  Json heading = pad_columns(rows, {{"no", "序号"},
                                    {"unit", "户号"},
                                    {"owner", "业主"},
                                    {"document", "文件名称"},
                                    {"amount", "欠费金额"}});
  return Json{{"site", site_json(ctx.dir())},
              {"date", format_date(*day)},
              {"heading", heading},
              {"rows", rows},
              {"count", std::to_string(rows.size())}};
}

Json dun_log_form_data(Context& ctx, const std::string& unit_id) {
  const Unit unit = unit_arg(ctx, unit_id);
  auto log = FeeStore(ctx.store()).read_dun(unit.id);
  Json rows = Json::array();
  for (const auto& e : log.entries) {
    rows.push_back(Json{{"at", format_date(date_of(e.at))},
                        {"level", level_zh(ctx.config().fees, e.level)},
                        {"method", std::string(to_zh(e.method))},
                        {"amount", format_money(e.amount)},
                        {"periods", periods_text(e.periods)},
                        {"result", e.result.empty() ? "（待填）" : e.result},
                        {"promised", e.promised ? format_date(*e.promised) : ""},
                        {"by", ctx.staff_name(e.by)}});
  }
  return Json{{"site", site_json(ctx.dir())},
              {"unit", unit.id},
              {"owner", unit.owner},
              {"phone", ctx.phone(unit.phone)},
              {"area", format_area(unit.area_centi_m2)},
              {"rows", rows}};
}

size_t check_fee_files(Context& ctx, std::vector<StoreError>& problems,
                       std::vector<std::pair<std::string, SealState>>& unsealed) {
  auto data = FeeStore(ctx.store()).load("");
  problems.insert(problems.end(), data.problems.begin(), data.problems.end());
  unsealed.insert(unsealed.end(), data.unsealed.begin(), data.unsealed.end());
  std::set<std::string> ids;
  for (const auto& p : data.payments)
    if (!ids.insert(p.id).second)
      problems.emplace_back("fees/payments", 0, 0, "缴费编号 " + p.id + " 重复");
  size_t files = 0;
  const auto& store = ctx.dir().files();
  for (const char* kind : {"bills", "payments"}) {
    auto top = std::string("fees/") + kind;
    for (const auto& y : store.list(top).dirs)
      for (const auto& m : store.list(top + "/" + y).dirs)
        files += store.list(top + "/" + y + "/" + m).files.size();
  }
  return files + store.list("fees/dun").files.size();
}

// ---- fee journal, fee payments ---------------------------------------------------------------

struct ExportRange {
  std::optional<Date> from, to;
};

ExportRange export_range(Context& ctx, const std::string& from, const std::string& to) {
  DateTime now = ctx.now();
  ExportRange r;
  if (!from.empty()) r.from = day_arg(from, now);
  if (!to.empty()) r.to = day_arg(to, now);
  if (r.from && r.to && *r.to < *r.from)
    throw RefusedError("--to " + format_date(*r.to) + " 早于 --from " + format_date(*r.from));
  return r;
}

void fee_journal(Context& ctx, const std::string& from, const std::string& to,
                 const std::string& building, const std::string& out, bool force) {
  auto range = export_range(ctx, from, to);
  // Never past now: what has not happened yet is not in the accounts.
  Date today = date_of(ctx.now());
  if (!range.to || *range.to > today) range.to = today;
  auto data = FeeStore(ctx.store()).load(building, std::nullopt, true, false);
  ctx.report_problems(data.problems);
  auto text = fee_journal(data.bills, data.payments, range.from, range.to);
  if (out.empty()) {
    RawOutput raw(ctx.out);
    ctx.out << text;
  } else {
    write_output_file(ctx, out, text, force);
    ctx.err << "已写出 " << out << '\n';
  }
}

void fee_payments(Context& ctx, const std::string& from, const std::string& to,
                  const std::string& building) {
  auto range = export_range(ctx, from, to);
  auto data = FeeStore(ctx.store()).load(building, std::nullopt, true, false);
  ctx.report_problems(data.problems);
  std::vector<const Payment*> shown;
  for (const auto& p : data.payments) {
    Date day = date_of(p.at);
    if ((range.from && day < *range.from) || (range.to && day > *range.to)) continue;
    shown.push_back(&p);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const Payment* a, const Payment* b) {
    return a->at != b->at ? a->at < b->at : a->id < b->id;
  });
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto* p : shown) {
      rows.push_back(payment_to_json(*p));
    }
    print_rows(
        ctx, rows,
        {"id", "at", "unit", "amount", "method", "receipt", "period", "by", "note", "deposit"});
    return;
  }
  if (shown.empty()) {
    ctx.err << "没有符合条件的缴费\n";
    return;
  }
  Table t{{"编号", "时间", "户号", "金额", "方式", "收据号", "经办", "押金"}, {}};
  int64_t total = 0;
  for (const auto* p : shown) {
    total += p->amount;
    t.rows.push_back({p->id, format_datetime(p->at), p->unit, format_money(p->amount),
                      std::string(to_zh(p->method)), p->receipt, ctx.staff_name(p->by),
                      p->deposit});
  }
  print_table(ctx.out, t);
  ctx.err << fmt::format("共 {} 笔，合计 {} 元\n", shown.size(), format_money(total));
}

void add_fee_commands(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("fee", "费用收缴：开账单、导入抄表、收费、对账单、欠费与催缴、记账导出");
  cmd->require_subcommand(1);
  cmd->footer(
      "金额一律按分精确计算，显示为元（两位小数）。账单于账期当月月底到期；次月起计为欠费，账龄按月"
      "计。\n"
      "催缴按欠费账龄逐级升级：电话 → 书面通知 → 上门 → 律师函 → 诉讼（kefu.yaml 的 dun_levels）；"
      "停水停电等做法违法（民法典第944条），kefu 不提供。");

  struct Args {
    std::string period, building, file, unit, amount, method = "cash", receipt, note, deposit, out,
                                                      result, promised, dun_method, record;
    int min_age = 1;
    bool public_list = false, dry_run = false;
  };
  auto a = std::make_shared<Args>();

  auto* b = cmd->add_subcommand(
      "bill", "开具某账期全部住户的账单（按面积、车位、固定额；用量类由 import 导入）");
  b->add_option("--period", a->period, "账期，如 2026-11")->required();
  b->add_option("--building", a->building, "只开此楼栋");
  b->footer(
      "重复运行不会重复开具：已开的项目跳过，并提示本次未新增。\n例：kefu --by lili fee bill "
      "--period 2026-11");
  b->callback([&ctx, a] { fee_bill(ctx, a->period, a->building); });

  auto* i = cmd->add_subcommand(
      "import", "从 CSV 导入抄表用量或现成账单项（UTF-8 或 GBK/GB18030，自动转换）");
  i->add_option("FILE", a->file, "CSV 文件")->required();
  i->add_option("--period", a->period, "文件无「账期」列时的账期");
  i->footer(
      "列名（首行，中英文均可）：户号(unit) 账期(period) 项目(item)，以及 金额(amount)，或 "
      "用量(quantity)，\n"
      "或 上期读数(previous)+本期读数(current)；可选 备注(note)。按用量时金额 = 用量 × kefu.yaml "
      "中该项单价，四舍五入到分。\n"
      "任何一行有误即列出行号、全部不导入。GBK/GB18030 编码（中文版 Excel 的默认）自动转换，"
      "并在标准错误上说明。\n"
      "例：kefu --by lili fee import 2026-11水表.csv");
  i->callback([&ctx, a] { fee_import(ctx, a->file, a->period); });

  auto* p = cmd->add_subcommand(
      "pay", "登记一笔缴费：默认先冲抵最早的欠费，多缴部分留作预存；在标准输出打印缴费编号");
  p->add_option("UNIT", a->unit, "户号")->required();
  p->add_option("AMOUNT", a->amount, "金额（元），如 1234.50 或 ¥1,234.50")->required();
  p->add_option("--method", a->method, "方式：现金 微信 支付宝 银行转账 刷卡")
      ->capture_default_str();
  p->add_option("--receipt", a->receipt, "收据号");
  p->add_option("--period", a->period, "先冲抵此账期");
  p->add_option("--note", a->note, "备注");
  p->add_option("--deposit", a->deposit,
                "收装修押金：写装修编号（ZX-…）；押金不冲抵账单、不计入收费，验收后结算退还");
  p->footer(
      "例：kefu --by lili fee pay 1-1-101 500 --method 微信 --receipt 0012345\n"
      "    kefu --by lili fee pay 1-1-101 2000 --deposit ZX-2026-09-0001 --receipt 0012346");
  p->callback([&ctx, a] {
    fee_pay(ctx, a->unit, a->amount, a->method, a->receipt, a->period, a->note, a->deposit);
  });

  auto* s = cmd->add_subcommand("statement", "一户的对账单：账单、缴费、冲抵明细与余额");
  s->add_option("UNIT", a->unit, "户号")->required();
  s->footer("例：kefu fee statement 1-1-101 --format json");
  s->callback([&ctx, a] { fee_statement(ctx, a->unit); });

  auto* ar = cmd->add_subcommand("arrears",
                                 "欠费户清单：金额、最早欠费账期、账龄、账龄分析与诉讼时效预警");
  ar->add_option("--building", a->building, "只列此楼栋");
  ar->add_option("--min-age", a->min_age, "只列最早欠费账龄不少于 N 个月的")->capture_default_str();
  ar->add_flag("--public", a->public_list, "公示用：只列户号与打码的业主姓名");
  ar->footer(
      "例：kefu --now 2026-12-25 fee arrears --min-age 3\n    kefu fee arrears --public > "
      "欠费公示.txt");
  ar->callback([&ctx, a] { fee_arrears(ctx, a->building, a->min_age, a->public_list); });

  struct ExportArgs {
    std::string from, to, building, out;
    bool force = false;
  };
  auto x = std::make_shared<ExportArgs>();
  auto* j = cmd->add_subcommand(
      "journal", "把账单、缴费、预存冲抵与退款导出为 hledger / ledger 可读的复式记账日记账");
  j->add_option("--from", x->from, "起始日期（含），如 2026-11-01；给出时首笔为期初余额");
  j->add_option("--to", x->to, "截止日期（含），默认今天");
  j->add_option("--building", x->building, "只导出此楼栋");
  add_out_options(j, x->out, x->force, "写入此文件（默认打印到标准输出）");
  j->footer(
      "科目：应收账款:业主:户号:账期（开账单记借方，缴费冲抵记贷方）、收入:收费项目名、"
      "资产:现金/微信/支付宝/银行转账/刷卡、\n"
      "负债:预收账款:户号（多缴留存，开新账单时冲抵）、负债:装修押金:户号（不计收入）。金额为元，"
      "两位小数，币种 CNY。\n"
      "应收账款:业主 的余额即各户各账期未缴金额；截至月底导出，与次月 1 日 0 时的 "
      "fee arrears 合计相同。\n"
      "例：kefu fee journal --from 2026-11-01 --to 2026-11-30 -o 2026-11.journal\n"
      "    hledger -f 2026-11.journal balance 应收账款\n"
      "    ledger -f 2026-11.journal balance 应收账款");
  j->callback([&ctx, x] { fee_journal(ctx, x->from, x->to, x->building, x->out, x->force); });

  auto* pl = cmd->add_subcommand("payments", "一段时间内的缴费明细（供财务对账；可导出 CSV）");
  pl->add_option("--from", x->from, "起始日期（含），如 2026-11-01");
  pl->add_option("--to", x->to, "截止日期（含）");
  pl->add_option("--building", x->building, "只列此楼栋");
  pl->footer(
      "负数金额为退款；写了 deposit 的是装修押金的收取、退还或抵扣。\n"
      "例：kefu fee payments --from 2026-11-01 --to 2026-11-30\n"
      "    kefu --format csv --encoding gbk --headers zh fee payments --from 2026-11-01 > "
      "11月缴费.csv");
  pl->callback([&ctx, x] { fee_payments(ctx, x->from, x->to, x->building); });

  auto* d = cmd->add_subcommand(
      "dun", "催缴：为升到新级别的欠费户生成催费通知书并记入催费记录（供 cron 每日运行）");
  d->add_option("--out", a->out, "通知书输出目录（默认 数据目录/fees/notices/日期/）");
  d->add_flag("--dry-run", a->dry_run, "只显示将要做什么，不写任何文件");
  d->add_option("--record", a->record, "改为登记此户电话或上门催缴的结果");
  d->add_option("--result", a->result, "催缴结果（与 --record 同用）");
  d->add_option("--promised", a->promised, "业主承诺的缴费日期，如 2026-12-31（与 --record 同用）");
  d->add_option("--method", a->dun_method,
                "催缴方式（与 --record 同用）：电话 书面通知 上门 律师函 诉讼");
  d->footer(
      "同一天重复运行不会重复发通知或记录；无新事项时不输出任何内容。\n"
      "签收表：kefu render receipt_sheet 2026-12-25；催费记录表：kefu render dun_log 1-1-101。\n"
      "例：kefu --now 2026-12-25T09:00 fee dun\n"
      "    kefu --by lili fee dun --record 1-1-101 --result 业主答应月底前缴清 --promised "
      "2026-12-31");
  d->callback([&ctx, a] {
    if (!a->record.empty())
      return fee_dun_record(ctx, a->record, a->result, a->promised, a->dun_method);
    if (!a->result.empty() || !a->promised.empty())
      throw RefusedError("--result 与 --promised 须与 --record 户号同用");
    fee_dun(ctx, a->out, a->dry_run);
  });
}

}  // namespace kefu
