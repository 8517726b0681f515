/// kefu report monthly — the monthly quality report in table, json, csv, md, html and xlsx.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "cli/commands.hpp"
#include "core/chart.hpp"
#include "core/fee.hpp"
#include "core/key.hpp"
#include "core/money.hpp"
#include "core/report.hpp"
#include "core/text.hpp"
#include "forms/print.hpp"
#include "forms/render.hpp"
#include "forms/xlsx.hpp"
#include "store/atomic_file.hpp"
#include "store/complaint_store.hpp"
#include "store/fee_store.hpp"
#include "store/key_store.hpp"
#include "store/memo.hpp"
#include "store/opinion_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {

Json rate_json(std::optional<double> rate) {
  return rate ? Json(*rate) : Json(nullptr);
}

std::string percent(const Json& rate) {
  if (rate.is_null()) return "—";
  return fmt::format("{:.2f}%", rate.get<double>() * 100.0);
}

namespace {

Json kpi_json(const Kpi& k, Context& ctx) {
  Json misses = Json::array();
  for (const auto& m : k.misses)
    misses.push_back(Json{
        {"id", m.id}, {"owner", m.owner}, {"owner_name", ctx.staff_name(m.owner)}, {"why", m.why}});
  auto rate = k.rate();
  auto met = k.met();
  return Json{{"name", k.name_zh},
              {"numerator", k.numerator},
              {"denominator", k.denominator},
              {"rate", rate_json(rate)},
              {"target", k.target.basis_points / 10000.0},
              {"met", met ? Json(*met) : Json(nullptr)},
              {"misses", misses}};
}

/// The records of kind T received in the months [from, to]; unreadable files are reported;
/// the IDs of those changed by hand (or never sealed) go to `unsealed`.
template <class T>
std::vector<T> received_in(Context& ctx, YearMonth from, YearMonth to,
                           std::vector<std::string>* unsealed = nullptr) {
  CaseQuery q;
  q.from = from;
  q.to = to;
  auto result = Repository<T>(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  std::vector<T> out;
  for (auto& item : result.items) {
    if (unsealed && item.file.seal != SealState::intact)
      unsealed->push_back(RecordTraits<T>::id(item.record));
    out.push_back(std::move(item.record));
  }
  return out;
}

std::vector<Complaint> complaints_of(Context& ctx, YearMonth from, YearMonth to,
                                     std::vector<std::string>* unsealed = nullptr) {
  return received_in<Complaint>(ctx, from, to, unsealed);
}

std::vector<Repair> repairs_of(Context& ctx, YearMonth from, YearMonth to,
                               std::vector<std::string>* unsealed = nullptr) {
  return received_in<Repair>(ctx, from, to, unsealed);
}

/// Every unit's ledger as known at `now`.
std::vector<Ledger> ledgers_as_of(Context& ctx, DateTime now) {
  if (auto kept = FeeStore(ctx.store()).ledgers("", now)) {
    std::vector<Ledger> out;
    for (auto& [_, L] : *kept) out.push_back(std::move(L));
    return out;
  }
  auto data = FeeStore(ctx.store()).load("");
  ctx.report_problems(data.problems);
  std::vector<Ledger> out;
  for (auto& [_, L] : unit_ledgers(data.bills, data.payments, now)) out.push_back(std::move(L));
  return out;
}

Json fee_json(const std::vector<Ledger>& ledgers, YearMonth m) {
  auto summary = fee_summary(ledgers, m);
  const auto& f = summary.collection;
  const auto& rate = summary.household_rate;
  return Json{{"billed", format_money(f.billed)},
              {"paid", format_money(f.paid)},
              {"households_billed", f.households_billed},
              {"households_paid", f.households_paid},
              {"household_rate", rate_json(rate)},
              {"prior_year_recovered", format_money(f.prior_year_recovered)}};
}

/// §3.4.6: the month's key loans, late returns, damaged and lost keys, spare keys used.
Json key_json(Context& ctx, YearMonth m, DateTime now) {
  CaseQuery q;
  q.from = q.to = m;
  auto result = KeyLoanRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  std::vector<KeyLoan> loans;
  for (auto& item : result.items) loans.push_back(std::move(item.record));
  auto k = key_summary(loans, m, now);
  Json kinds = Json::array();
  for (const auto& t : k.by_kind) kinds.push_back(Json{{"name", t.name}, {"count", t.count}});
  return Json{{"loans", k.loans},          {"late", k.late},
              {"damaged", k.damaged},      {"lost", k.lost},
              {"emergency", k.spare_used}, {"by_kind", kinds}};
}

/// §1.3.1.8: the month's move-ins and move-outs (客户迁入、迁出统计表 in total).
Json moves_json(Context& ctx, YearMonth m) {
  return move_stats_json(ctx, m)["total"];
}

/// The month's moves in a sentence, for the table, the markdown, the html and the workbook.
std::string moves_sentence(const Json& v) {
  return fmt::format(
      "迁入迁出：迁入 {} 户（业主 {}、租户 {}），迁出 {} 户（业主 {}、租户 {}）；开具物品放行条 "
      "{} 张，其中欠费经管理处经理批准放行 {} 张",
      v["in"].get<int>(), v["in_owner"].get<int>(), v["in_tenant"].get<int>(), v["out"].get<int>(),
      v["out_owner"].get<int>(), v["out_tenant"].get<int>(), v["release_slips"].get<int>(),
      v["overrides"].get<int>());
}

/// R6: the chain's timeliness of the opinions collected in the month.
Json opinion_json(Context& ctx, YearMonth m, DateTime now) {
  auto cohort = received_in<Opinion>(ctx, m, m);
  auto s = opinion_summary(cohort, ctx.config().opinion_sla, ctx.dir().calendar(), now);
  auto step = [](const StepCount& c) { return Json{{"on_time", c.on_time}, {"late", c.late}}; };
  Json late = Json::array();
  for (const auto& x : s.late)
    late.push_back(Json{
        {"id", x.id}, {"owner", x.owner}, {"owner_name", ctx.staff_name(x.owner)}, {"why", x.why}});
  return Json{{"collected", s.collected},
              {"send", step(s.send)},
              {"measures", step(s.measures)},
              {"callback", step(s.callback)},
              {"timely", s.timely},
              {"counted", s.counted},
              {"rate", rate_json(s.counted ? std::optional<double>(double(s.timely) / s.counted)
                                           : std::nullopt)},
              {"late", late}};
}

/// What the report's 顾客满意率 rests on, said so that the figure is never ambiguous.
Json measure_json(SatisfactionMeasure measure, const Survey* round) {
  std::string survey = round ? "满意度调查 " + round->id + "「" + round->name + "」（" +
                                   format_date(round->from) + " 至 " + format_date(round->to) + "）"
                             : std::string("满意度调查（尚无已结束的一轮）");
  std::string text;
  switch (measure) {
    case SatisfactionMeasure::callbacks:
      text = "顾客满意率按当月受理案件的回访结果计";
      break;
    case SatisfactionMeasure::survey:
      text = "顾客满意率按" + survey + "计";
      break;
    case SatisfactionMeasure::both:
      text = "顾客满意率按当月受理案件的回访结果计；“顾客满意率（问卷调查）”按" + survey + "计";
      break;
  }
  return Json{
      {"setting", to_key(measure)},
      {"survey", round ? Json(round->id) : Json(nullptr)},
      {"text", text + "（kefu.yaml satisfaction_measure: " + std::string(to_key(measure)) + "）"}};
}

/// The latest round ended by the report's end, with its response rate and satisfaction, and the
/// round before it; null when there is none.
Json survey_json(Context& ctx, const std::vector<Survey>& rounds, const Survey* round) {
  if (!round) return nullptr;
  Json j = survey_round_json(*round, survey_result(*round, ctx.now()));
  const Survey* prev = previous_round(rounds, *round);
  j["previous"] = prev ? survey_round_json(*prev, survey_result(*prev, ctx.now())) : Json(nullptr);
  return j;
}

}  // namespace

// Found by argument-dependent lookup from the codec, so in the namespace of the types.
template <class A>
void fields(A& a, KpiMiss& m) {
  a(m.id), a(m.owner), a(m.why);
}
template <class A>
void fields(A& a, Kpi& k) {
  a(k.key), a(k.name_zh), a(k.numerator), a(k.denominator), a(k.target), a(k.misses);
}

template <class A>
void fields(A& a, OpenCase& c) {
  a(c.id), a(c.kind), a(c.received), a(c.owner), a(c.subject);
}
template <class A>
void fields(A& a, Flow& f) {
  a(f.carried), a(f.fresh), a(f.completed), a(f.still_open);
}
template <class A>
void fields(A& a, FlowRow& r) {
  a(r.type), a(r.category), a(r.flow);
}
template <class A>
void fields(A& a, MonthPart& p) {
  a(p.kpis), a(p.flows), a(p.open), a(p.settled), a(p.uncovered_years), a(p.unsealed_complaints),
      a(p.unsealed_repairs);
}

namespace {

/// Month `k`'s part of the report of `m`: kept in the index once settled (`now` past every time
/// its cases record or fall due), and used again while its files, kefu.yaml and calendar.yaml
/// are unchanged. A past month's cases are then not read at all.
MonthPart month_part(Context& ctx, YearMonth k, YearMonth m, DateTime now, bool in_trend) {
  auto complaint_stamp = Repository<Complaint>(ctx.store()).stamp(k, k);
  auto repair_stamp = Repository<Repair>(ctx.store()).stamp(k, k);
  auto special_stamp = Repository<SpecialService>(ctx.store()).stamp(k, k);
  const Memo* memo =
      complaint_stamp && repair_stamp && special_stamp ? ctx.store().memo() : nullptr;
  // Whether the month ends at `now` changes what "at the end of the month" means.
  bool ends_now = now < end_of_day(m.last_day());
  auto key = fmt::format("report {} {} {}{}", k.str(), m.str(), ends_now ? "now" : "end",
                         in_trend ? " trend" : "");
  auto stamp = memo ? fmt::format("{:016x} {:016x} {:016x} {:016x}", *complaint_stamp,
                                  *repair_stamp, *special_stamp, ctx.dir().rules_hash())
                    : std::string();
  const auto& cal = ctx.dir().calendar();
  return *remember<MonthPart>(memo, key, stamp, now, &cal, [&](Validity& valid) {
    MonthPart part;
    std::vector<std::string> unsealed_complaints, unsealed_repairs;
    auto uncovered = cal.uncovered_years_of([&] {
      part = kefu::month_part(k, m, now, in_trend, complaints_of(ctx, k, k, &unsealed_complaints),
                              repairs_of(ctx, k, k, &unsealed_repairs),
                              received_in<SpecialService>(ctx, k, k), ctx.config(), cal);
    });
    part.unsealed_complaints = std::move(unsealed_complaints);
    part.unsealed_repairs = std::move(unsealed_repairs);
    part.uncovered_years = std::move(uncovered);
    // Settled, it is the same from then on; before, the next event may change it.
    if (now >= part.settled)
      valid.settled_at(part.settled);
    else
      valid.only_now();
    return std::optional<MonthPart>(std::move(part));
  });
}

Json open_rows(Context& ctx, const YearOfCases& y) {
  Json rows = Json::array();
  for (const auto& [c, age] : y.open)
    rows.push_back(Json{{"id", c.id},
                        {"kind", c.kind},
                        {"received_at", format_datetime(c.received)},
                        {"age_days", age},
                        {"owner", c.owner},
                        {"owner_name", ctx.staff_name(c.owner)},
                        {"subject", c.subject}});
  return rows;
}

Json tally_json(const std::vector<Tally>& rows) {
  Json out = Json::array();
  for (const auto& t : rows) out.push_back(Json{{"name", t.name}, {"count", t.count}});
  return out;
}

/// 来电来访数据分析表: the month's calls and visits, and the cases followed over the year.
Json contacts_json(Context& ctx, YearMonth m, DateTime now, const YearOfCases& y) {
  auto a = contact_analysis(register_lines(ctx, m, ""), m, now, y, ctx.config());
  return Json{{"carried_over", a.total.carried},
              {"new", a.total.fresh},
              {"completed", a.total.completed},
              {"still_open", a.total.still_open},
              {"by_channel", tally_json(a.by_channel)},
              {"by_type", tally_json(fresh_tally(a.by_type))},
              {"by_category", tally_json(fresh_tally(a.by_category))}};
}

/// The thirteen months of cases the report of `m` follows, as known at `now`.
YearOfCases year_of_cases(Context& ctx, YearMonth m, DateTime now,
                          const std::vector<Ledger>& ledgers) {
  return walk_year(
      m, now, ledgers, kpi_target(ctx.config(), "fee_collection"),
      [&](YearMonth k, bool in_trend) { return month_part(ctx, k, m, now, in_trend); });
}

/// The month's renovations (§1.3.1.8, §3.8): applications, approvals, permits, works in
/// progress at the month's end, overdue, accepted, deposits settled and held.
Json renovation_json(Context& ctx, YearMonth m) {
  auto x = month_renovations(ctx, m);
  return Json{{"applied", x.applied},
              {"approved", x.approved},
              {"permits", x.permits},
              {"in_progress", x.in_progress},
              {"stopped", x.stopped},
              {"overdue", x.overdue},
              {"accepted", x.accepted},
              {"settled", x.settled},
              {"refunded", format_money(x.refunded_fen)},
              {"deducted", format_money(x.deducted_fen)},
              {"deposits_held", format_money(x.deposits_held_fen)}};
}

/// The report's line on renovations.
std::string renovation_sentence(const Json& z) {
  return fmt::format(
      "装修：本月申请 {} 宗，审批 {} 宗，发证 {} 宗；月末在施工 {} 宗（其中许可证过期未延期 {} "
      "宗），有逾期事项 {} 宗；验收 {} 宗，结算押金 {} 宗（退还 {} 元，扣款 {} 元）；月末代管押金 "
      "{} 元",
      z["applied"].get<int>(), z["approved"].get<int>(), z["permits"].get<int>(),
      z["in_progress"].get<int>(), z["stopped"].get<int>(), z["overdue"].get<int>(),
      z["accepted"].get<int>(), z["settled"].get<int>(), z["refunded"].get<std::string>(),
      z["deducted"].get<std::string>(), z["deposits_held"].get<std::string>());
}

/// The report of `m` as JSON; the month's KPIs also to `month_kpis` when given.
Json build_report(Context& ctx, YearMonth m, std::vector<Kpi>* month_kpis = nullptr) {
  DateTime now = ctx.now();
  auto ledgers = ledgers_as_of(ctx, now);
  auto year = year_of_cases(ctx, m, now, ledgers);
  auto rounds = survey_rounds(ctx);
  const auto measure = ctx.config().satisfaction_measure;
  apply_satisfaction_measure(year.trend, measure, rounds, now,
                             kpi_target(ctx.config(), "satisfaction"));
  const Survey* round = report_round(rounds, m, now);
  Json kpis = Json::object();
  Json trend = Json::array();
  // The records each figure rests on that were changed by hand and not corrected (R12).
  Json complaints = year.unsealed_complaints, repairs = year.unsealed_repairs;
  Json both = complaints;
  for (const auto& r : repairs) both.push_back(r);
  Json fee_files = Json::array();
  for (const auto& [name, seal] : FeeStore(ctx.store()).unsealed_for(m)) fee_files.push_back(name);
  const std::map<std::string, Json> rests_on{
      {"complaint_timely", complaints},
      {"repair_timely", repairs},
      {"repair_callback", repairs},
      {"rework", repairs},
      {"satisfaction", measure == SatisfactionMeasure::survey ? Json::array() : both},
      {"fee_collection", fee_files}};
  for (const auto& [t, month] : year.trend) {  // the month itself last: its KPIs in full
    Json row{{"month", t.str()}};
    for (const auto& k : month) {
      row[k.key] = rate_json(k.rate());
      if (t == m) {
        if (month_kpis) month_kpis->push_back(k);
        kpis[k.key] = kpi_json(k, ctx);
        auto it = rests_on.find(k.key);
        kpis[k.key]["hand_edited"] = it == rests_on.end() ? Json::array() : it->second;
      }
    }
    trend.push_back(row);
  }
  return Json{{"site", site_json(ctx.dir())},
              {"month", m.str()},
              {"as_of", format_datetime(now)},
              {"kpis", kpis},
              {"fees", fee_json(ledgers, m)},
              {"contacts", contacts_json(ctx, m, now, year)},
              {"keys", key_json(ctx, m, now)},
              {"moves", moves_json(ctx, m)},
              {"opinions", opinion_json(ctx, m, now)},
              {"open_cases", open_rows(ctx, year)},
              {"trend", trend},
              {"satisfaction_measure", measure_json(measure, round)},
              {"survey", survey_json(ctx, rounds, round)},
              {"renovation", renovation_json(ctx, m)}};
}

}  // namespace

ContactAnalysis month_contact_analysis(Context& ctx, YearMonth m) {
  DateTime now = ctx.now();
  auto year = year_of_cases(ctx, m, now, {});
  return contact_analysis(register_lines(ctx, m, ""), m, now, year, ctx.config());
}

namespace {

// ---- formats --------------------------------------------------------------------------------

std::string met_zh(const Json& met) {
  if (met.is_null()) return "无数据";
  return met.get<bool>() ? "达标" : "未达标";
}

std::string target_text(const std::string& key, const Json& k) {
  return (key == "rework" ? "≤" : "≥") + percent(k["target"]);
}

/// A KPI's result, marked ※ when records it rests on were changed by hand (R12).
std::string result_text(const Json& k) {
  return met_zh(k["met"]) + (k["hand_edited"].empty() ? "" : " ※");
}

/// The note under the KPI table that says which records the ※ figures rest on; empty when none.
std::string hand_edited_note(const Json& r) {
  std::string lines;
  for (const auto& [key, k] : r["kpis"].items()) {
    if (k["hand_edited"].empty()) continue;
    std::string ids;
    for (const auto& id : k["hand_edited"])
      ids += (ids.empty() ? "" : "、") + id.get<std::string>();
    lines += "  " + k["name"].get<std::string>() + "：" + ids + "\n";
  }
  if (lines.empty()) return "";
  return "※ 以下指标所依据的记录在 kefu 之外被改动过而未登记更正（kefu check 列出，kefu correct "
         "登记），数字仅供参考：\n" +
         lines;
}

/// The report's line on the month's opinions (R6): each step of §3.5.2 on time or late (a step
/// neither done nor yet due is not counted), and 意见处理及时率.
std::string opinion_sentence(const Json& op) {
  auto step = [&](const char* name, const Json& s) {
    return fmt::format("{}及时 {} 逾期 {}", name, s["on_time"].get<int>(), s["late"].get<int>());
  };
  return fmt::format("意见：本月收集 {} 条；{}，{}，{}；意见处理及时率 {}（{}/{}）",
                     op["collected"].get<int>(), step("送达部门", op["send"]),
                     step("整改措施反馈", op["measures"]), step("整改后回访", op["callback"]),
                     percent(op["rate"]), op["timely"].get<int>(), op["counted"].get<int>());
}

/// The report's line on the latest survey round (§2.2.6).
std::string survey_sentence(const Json& s) {
  std::string prev = s["previous"].is_null()
                         ? std::string()
                         : "，上一轮 " + s["previous"]["id"].get<std::string>() + " " +
                               percent(s["previous"]["rate"]);
  return fmt::format(
      "满意度调查：{}「{}」（{} 至 {}）收回 {}/{} 户（回收率 {}），满意率 {}（{}/{}）{}",
      s["id"].get<std::string>(), s["name"].get<std::string>(), s["from"].get<std::string>(),
      s["to"].get<std::string>(), s["responses"].get<int>(), s["population"].get<int>(),
      percent(s["response_rate"]), percent(s["rate"]), s["good"].get<int>(),
      s["answered"].get<int>(), prev);
}

void print_report_table(Context& ctx, const Json& r) {
  ctx.out << fmt::format("{} 月度服务质量报告  {}（截至 {}）\n\n",
                         r["site"]["name"].get<std::string>(), r["month"].get<std::string>(),
                         r["as_of"].get<std::string>());
  Table t{{"质量目标", "分子", "分母", "实际", "目标", "结果"}, {}};
  for (const auto& [key, k] : r["kpis"].items())
    t.rows.push_back({k["name"], std::to_string(k["numerator"].get<int64_t>()),
                      std::to_string(k["denominator"].get<int64_t>()), percent(k["rate"]),
                      target_text(key, k), result_text(k)});
  print_table(ctx.out, t);
  ctx.out << r["satisfaction_measure"]["text"].get<std::string>() << '\n';
  ctx.out << hand_edited_note(r);
  for (const auto& [key, k] : r["kpis"].items()) {
    if (k["misses"].empty()) continue;
    ctx.out << fmt::format("\n{}未达标的案件：\n", k["name"].get<std::string>());
    Table m{{"编号", "责任人", "原因"}, {}};
    for (const auto& x : k["misses"]) m.rows.push_back({x["id"], x["owner_name"], x["why"]});
    print_table(ctx.out, m);
  }
  const auto& f = r["fees"];
  ctx.out << fmt::format(
      "\n收费：本月应收 {} 元，已收 {} 元；应缴 {} 户，已缴清 {} 户（户数收费率 {}）；"
      "本月收回往年欠费 {} 元\n",
      f["billed"].get<std::string>(), f["paid"].get<std::string>(),
      f["households_billed"].get<int>(), f["households_paid"].get<int>(),
      percent(f["household_rate"]), f["prior_year_recovered"].get<std::string>());
  const auto& k = r["keys"];
  std::string kinds;
  for (const auto& x : k["by_kind"])
    kinds += fmt::format(" {} {}", x["name"].get<std::string>(), x["count"].get<int>());
  ctx.out << fmt::format(
      "钥匙：借出 {} 次（{}），逾期 {} 次，损坏 {} 把，丢失 {} 把，紧急动用备用钥匙 {} 次\n",
      k["loans"].get<int>(), kinds.empty() ? "无" : kinds.substr(1), k["late"].get<int>(),
      k["damaged"].get<int>(), k["lost"].get<int>(), k["emergency"].get<int>());
  ctx.out << moves_sentence(r["moves"]) << '\n';
  if (!r["survey"].is_null()) ctx.out << survey_sentence(r["survey"]) << '\n';
  ctx.out << renovation_sentence(r["renovation"]) << '\n';
  if (r["opinions"]["collected"].get<int>() > 0) {
    ctx.out << opinion_sentence(r["opinions"]) << '\n';
    for (const auto& x : r["opinions"]["late"])
      ctx.out << fmt::format("  {} {}：{}\n", x["id"].get<std::string>(),
                             x["owner_name"].get<std::string>(), x["why"].get<std::string>());
  }
  const auto& c = r["contacts"];
  ctx.out << fmt::format("\n来电来访数据分析：上月结转 {}，本月新增 {}，本月办结 {}，月末未结 {}\n",
                         c["carried_over"].get<int>(), c["new"].get<int>(),
                         c["completed"].get<int>(), c["still_open"].get<int>());
  for (const auto& [dim, label] : std::vector<std::pair<std::string, std::string>>{
           {"by_channel", "按方式"}, {"by_type", "按类型"}, {"by_category", "按类别"}}) {
    std::string line;
    for (const auto& x : c[dim])
      line += fmt::format("  {} {}", x["name"].get<std::string>(), x["count"].get<int>());
    ctx.out << label << "：" << (line.empty() ? "  无" : line) << '\n';
  }
  if (!r["open_cases"].empty()) {
    ctx.out << "\n月末未结案件：\n";
    Table o{{"编号", "受理时间", "已历天数", "责任人", "内容"}, {}};
    for (const auto& x : r["open_cases"])
      o.rows.push_back({x["id"], x["received_at"], std::to_string(x["age_days"].get<int>()),
                        x["owner_name"], x["subject"]});
    print_table(ctx.out, o);
  }
}

void print_report_csv(Context& ctx, const Json& r) {
  Json rows = Json::array();
  for (const auto& [key, k] : r["kpis"].items())
    rows.push_back(Json{
        {"key", key},
        {"指标", k["name"]},
        {"分子", k["numerator"]},
        {"分母", k["denominator"]},
        {"实际", percent(k["rate"])},
        {"目标", target_text(key, k)},
        {"结果", met_zh(k["met"])},
        {"手工改动",
         fmt::format("{}", fmt::join(k["hand_edited"].get<std::vector<std::string>>(), ";"))}});
  print_csv(ctx.out, {"key", "指标", "分子", "分母", "实际", "目标", "结果", "手工改动"}, rows);
}

/// The data a template sees: the report plus ready-to-print strings.
Json template_data(const Json& r) {
  Json d = r;
  Json rows = Json::array();
  for (const auto& [key, k] : r["kpis"].items()) {
    Json misses = k["misses"];
    rows.push_back(Json{{"key", key},
                        {"name", k["name"]},
                        {"numerator", std::to_string(k["numerator"].get<int64_t>())},
                        {"denominator", std::to_string(k["denominator"].get<int64_t>())},
                        {"rate", percent(k["rate"])},
                        {"target", target_text(key, k)},
                        {"result", result_text(k)},
                        {"missed", k["met"].is_boolean() && !k["met"].get<bool>()},
                        {"has_misses", !misses.empty()},
                        {"misses", misses}});
  }
  d["kpi_rows"] = rows;
  d["hand_edited_note"] = hand_edited_note(r);
  // For the markdown: on a line of its own, set off by blank lines; nothing when empty.
  d["hand_edited_block"] = d["hand_edited_note"].get<std::string>().empty()
                               ? std::string()
                               : "\n" + d["hand_edited_note"].get<std::string>();
  for (auto& x : d["open_cases"]) x["age_days"] = std::to_string(x["age_days"].get<int>());
  for (const char* dim : {"by_channel", "by_type", "by_category"})
    for (auto& x : d["contacts"][dim]) x["count"] = std::to_string(x["count"].get<int>());
  for (const char* n : {"carried_over", "new", "completed", "still_open"})
    d["contacts"][n] = std::to_string(d["contacts"][n].get<int>());
  for (const char* n : {"loans", "late", "damaged", "lost", "emergency"})
    d["keys"][n] = std::to_string(d["keys"][n].get<int>());
  for (auto& x : d["keys"]["by_kind"]) x["count"] = std::to_string(x["count"].get<int>());
  for (const char* n : {"households_billed", "households_paid"})
    d["fees"][n] = std::to_string(d["fees"][n].get<int>());
  d["fees"]["household_rate"] = percent(r["fees"]["household_rate"]);
  // The opinions' section only in a month that has any, as the table has its line.
  d["has_opinions"] = r["opinions"]["collected"].get<int>() > 0;
  d["moves_text"] = moves_sentence(r["moves"]);
  d["opinion_text"] = opinion_sentence(r["opinions"]);
  d["has_survey"] = !r["survey"].is_null();
  d["survey_text"] = r["survey"].is_null() ? std::string() : survey_sentence(r["survey"]);
  d["renovation_text"] = renovation_sentence(r["renovation"]);
  return d;
}

/// A 12-month line chart of one KPI against its target, as inline SVG.
std::string trend_svg(const Json& r, const std::string& key) {
  const int w = 360, h = 150, left = 40, right = 10, top = 12, bottom = 28;
  const auto& trend = r["trend"];
  const auto& k = r["kpis"][key];
  double target = k["target"].get<double>();
  // Rework is a small rate, on 0–5%; the others on 50–100%; either wider when a month (or the
  // target) lies beyond, so that every point is drawn at its value (chart_scale).
  std::vector<double> values;
  for (const auto& m : trend)
    if (!m[key].is_null()) values.push_back(m[key].get<double>());
  auto scale = chart_scale(values, target, key == "rework");
  double lo = scale.lo, hi = scale.hi;
  auto y = [&](double v) { return top + (h - top - bottom) * (hi - v) / (hi - lo); };
  auto percent = [](double v) {
    auto text = fmt::format("{:.1f}", v * 100);
    return text.ends_with(".0") ? text.substr(0, text.size() - 2) : text;
  };
  size_t n = trend.size();
  auto x = [&](size_t i) {
    return left + (w - left - right) * (n > 1 ? double(i) / double(n - 1) : 0.5);
  };
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" data-kpi=\"{}\" width=\"{}\" "
      "height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{} 12个月趋势\">",
      key, w, h, w, h, k["name"].get<std::string>());
  svg += fmt::format(
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fafafa\" stroke=\"#ccc\"/>", left,
      top, w - left - right, h - top - bottom);
  for (double g : {lo, (lo + hi) / 2, hi})
    svg +=
        fmt::format("<text x=\"{}\" y=\"{:.1f}\" font-size=\"10\" text-anchor=\"end\">{}%</text>",
                    left - 4, y(g) + 3, percent(g));
  svg += fmt::format(
      "<line class=\"target\" x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#d33\" "
      "stroke-dasharray=\"4 3\"/>",
      left, w - right, y(target), y(target));
  std::string points;
  for (size_t i = 0; i < n; ++i) {
    const auto& v = trend[i][key];
    if (i % 2 == (n - 1) % 2)
      svg += fmt::format(
          "<text x=\"{:.1f}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{}</text>", x(i),
          h - 10, trend[i]["month"].get<std::string>().substr(2));
    if (v.is_null()) continue;
    points += fmt::format("{:.1f},{:.1f} ", x(i), y(v.get<double>()));
    svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"#1f5fa8\"/>", x(i),
                       y(v.get<double>()));
  }
  if (!points.empty())
    svg +=
        "<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"" + points + "\"/>";
  return svg + "</svg>";
}

/// Escapes every string of a JSON value for HTML, leaving keys as they are.
void escape_strings(Json& v) {
  if (v.is_string())
    v = html_escape(v.get<std::string>());
  else if (v.is_array() || v.is_object())
    for (auto& item : v) escape_strings(item);
}

std::string render_html(Context& ctx, const Json& r) {
  Json d = template_data(r);
  escape_strings(d);
  Json charts = Json::array();
  for (const auto& [key, name] : kpi_names())
    charts.push_back(Json{{"name", name}, {"svg", trend_svg(r, key)}});
  d["charts"] = charts;
  return render_form(ctx.dir(), "monthly_report.html", d);
}

/// A wall-clock time as Excel's serial number: days since 1899-12-30, the time of day as the
/// fraction (the 1900 date system every Excel opens).
double excel_serial(DateTime t) {
  using namespace std::chrono;
  constexpr auto kEpoch = sys_days(year{1899} / December / 30);
  return static_cast<double>((t - kEpoch).count()) / 86400.0;
}

void write_xlsx(Context& ctx, const Json& r, const std::string& path, bool force) {
  // Checked before the workbook is made; published by link (never over a file) or, with
  // --force, by rename.
  check_output_path(ctx, path);
  if (!force && std::filesystem::exists(std::filesystem::symlink_status(path)))
    throw RefusedError(path + " 已存在，未覆盖；确要覆盖请加 --force");
  const XlsxApi& xl = xlsx_api();
  // Record text only ever goes in as a string cell (worksheet_write_string; kefu binds no
  // formula writer), so "=HYPERLINK(…)" in a complaint stays text; controls are escaped, as XML
  // cannot hold them, and ID numbers masked as everywhere.
  auto text = [&](const Json& v) {
    return safe_text(v.get_ref<const std::string&>(), LineBreaks::keep, ctx.opts.reveal);
  };
  std::string tmp = path + ".tmp";
  lxw_workbook* wb = xl.workbook_new(tmp.c_str());
  if (!wb) throw StoreError(path, 0, 0, "无法创建 xlsx 文件");
  lxw_format* bold = xl.workbook_add_format(wb);
  xl.format_set_bold(bold);
  lxw_format* pct = xl.workbook_add_format(wb);
  xl.format_set_num_format(pct, "0.00%");
  // Money as yuan with two decimals (the fee KPI's figures are fen in the report's JSON), and
  // times as Excel's date serials, so that a spreadsheet sums, sorts and filters them.
  lxw_format* yuan = xl.workbook_add_format(wb);
  xl.format_set_num_format(yuan, "0.00");
  lxw_format* when = xl.workbook_add_format(wb);
  xl.format_set_num_format(when, "yyyy-mm-dd hh:mm");

  lxw_worksheet* s = xl.workbook_add_worksheet(wb, "质量目标");
  std::string title =
      r["site"]["name"].get<std::string>() + " 月度服务质量报告 " + r["month"].get<std::string>();
  xl.worksheet_write_string(s, 0, 0, text(title).c_str(), bold);
  const char* heads[] = {"指标", "key", "分子", "分母", "实际", "目标", "结果"};
  for (int i = 0; i < 7; ++i)
    xl.worksheet_write_string(s, 2, static_cast<lxw_col_t>(i), heads[i], bold);
  lxw_row_t row = 3;
  for (const auto& [key, k] : r["kpis"].items()) {
    xl.worksheet_write_string(s, row, 0, text(k["name"]).c_str(), nullptr);
    xl.worksheet_write_string(s, row, 1, key.c_str(), nullptr);
    bool money = key == "fee_collection";  // collected / due, in fen
    auto figure = [&](const Json& v) {
      auto n = static_cast<double>(v.get<int64_t>());
      return money ? n / 100 : n;
    };
    xl.worksheet_write_number(s, row, 2, figure(k["numerator"]), money ? yuan : nullptr);
    xl.worksheet_write_number(s, row, 3, figure(k["denominator"]), money ? yuan : nullptr);
    if (k["rate"].is_null())
      xl.worksheet_write_string(s, row, 4, "—", nullptr);
    else
      xl.worksheet_write_number(s, row, 4, k["rate"].get<double>(), pct);
    xl.worksheet_write_number(s, row, 5, k["target"].get<double>(), pct);
    xl.worksheet_write_string(s, row, 6, met_zh(k["met"]).c_str(), nullptr);
    ++row;
  }
  // What the figures rest on, and the month's survey and opinions, as the table says them.
  std::vector<std::string> notes{r["satisfaction_measure"]["text"].get<std::string>(),
                                 moves_sentence(r["moves"])};
  if (!r["survey"].is_null()) notes.push_back(survey_sentence(r["survey"]));
  notes.push_back(renovation_sentence(r["renovation"]));
  if (r["opinions"]["collected"].get<int>() > 0) notes.push_back(opinion_sentence(r["opinions"]));
  ++row;
  for (const auto& line : notes)
    xl.worksheet_write_string(s, row++, 0, text(line).c_str(), nullptr);
  xl.worksheet_set_column(s, 0, 0, 18, nullptr);
  xl.worksheet_set_column(s, 2, 3, 14, nullptr);

  lxw_worksheet* m = xl.workbook_add_worksheet(wb, "未达标案件");
  const char* mh[] = {"指标", "编号", "责任人", "原因"};
  for (int i = 0; i < 4; ++i)
    xl.worksheet_write_string(m, 0, static_cast<lxw_col_t>(i), mh[i], bold);
  row = 1;
  for (const auto& [key, k] : r["kpis"].items())
    for (const auto& x : k["misses"]) {
      xl.worksheet_write_string(m, row, 0, text(k["name"]).c_str(), nullptr);
      xl.worksheet_write_string(m, row, 1, text(x["id"]).c_str(), nullptr);
      xl.worksheet_write_string(m, row, 2, text(x["owner_name"]).c_str(), nullptr);
      xl.worksheet_write_string(m, row, 3, text(x["why"]).c_str(), nullptr);
      ++row;
    }

  lxw_worksheet* o = xl.workbook_add_worksheet(wb, "月末未结案件");
  const char* oh[] = {"编号", "受理时间", "已历天数", "责任人", "内容"};
  for (int i = 0; i < 5; ++i)
    xl.worksheet_write_string(o, 0, static_cast<lxw_col_t>(i), oh[i], bold);
  row = 1;
  for (const auto& x : r["open_cases"]) {
    xl.worksheet_write_string(o, row, 0, text(x["id"]).c_str(), nullptr);
    if (auto at = parse_datetime(x["received_at"].get<std::string>()))
      xl.worksheet_write_number(o, row, 1, excel_serial(*at), when);
    else
      xl.worksheet_write_string(o, row, 1, text(x["received_at"]).c_str(), nullptr);
    xl.worksheet_write_number(o, row, 2, x["age_days"].get<int>(), nullptr);
    xl.worksheet_write_string(o, row, 3, text(x["owner_name"]).c_str(), nullptr);
    xl.worksheet_write_string(o, row, 4, text(x["subject"]).c_str(), nullptr);
    ++row;
  }
  xl.worksheet_set_column(o, 1, 1, 17, nullptr);  // a date and time, never shown as ####
  if (xl.workbook_close(wb) != LXW_NO_ERROR) {
    std::remove(tmp.c_str());
    throw StoreError(path, 0, 0, "写入 xlsx 文件失败");
  }
  // libxlsxwriter writes the file itself; publish it whole.
  int rc = force ? std::rename(tmp.c_str(), path.c_str()) : ::link(tmp.c_str(), path.c_str());
  int saved = errno;
  if (!force) std::remove(tmp.c_str());
  if (rc != 0) {
    std::remove(tmp.c_str());
    if (saved == EEXIST) throw RefusedError(path + " 已存在，未覆盖；确要覆盖请加 --force");
    throw StoreError(path, 0, 0, "无法写入 xlsx 文件");
  }
}

struct ReportArgs {
  std::string month, out, format;
  std::vector<std::string> data;
  bool check = false;
  bool force = false;
};

/// Several estates added up: numerators and denominators summed, one column per estate.
Json group_report(Context& ctx, const ReportArgs& a, YearMonth m) {
  Json estates = Json::array();
  std::vector<std::vector<Kpi>> each;
  for (const auto& dir : a.data) {
    Context sub(ctx.out, ctx.err);
    sub.opts = ctx.opts;
    sub.opts.data = dir;
    Json r = build_report(sub, m, &each.emplace_back());
    ctx.raise_status(sub.status());
    Json col{{"site", r["site"]["name"]}, {"data", dir}, {"kpis", Json::object()}};
    for (const auto& [key, k] : r["kpis"].items())
      col["kpis"][key] = Json{{"numerator", k["numerator"]},
                              {"denominator", k["denominator"]},
                              {"rate", k["rate"]},
                              {"met", k["met"]}};
    estates.push_back(col);
  }
  Json kpis = Json::object();
  for (const auto& k : group_kpis(each, ctx.config())) {
    Json j = kpi_json(k, ctx);
    j.erase("misses");
    kpis[k.key] = j;
  }
  return Json{{"month", m.str()},
              {"as_of", format_datetime(ctx.now())},
              {"kpis", kpis},
              {"estates", estates}};
}

void print_group_table(Context& ctx, const Json& g) {
  ctx.out << fmt::format("集团月度服务质量汇总  {}（截至 {}）\n\n", g["month"].get<std::string>(),
                         g["as_of"].get<std::string>());
  Table t{{"质量目标"}, {}};
  for (const auto& e : g["estates"]) t.headings.push_back(e["site"]);
  t.headings.insert(t.headings.end(), {"合计", "目标", "结果"});
  for (const auto& [key, k] : g["kpis"].items()) {
    std::vector<std::string> row{k["name"]};
    for (const auto& e : g["estates"]) {
      const auto& x = e["kpis"][key];
      row.push_back(fmt::format("{} ({}/{})", percent(x["rate"]), x["numerator"].get<int64_t>(),
                                x["denominator"].get<int64_t>()));
    }
    row.push_back(fmt::format("{} ({}/{})", percent(k["rate"]), k["numerator"].get<int64_t>(),
                              k["denominator"].get<int64_t>()));
    row.push_back(target_text(key, k));
    row.push_back(met_zh(k["met"]));
    t.rows.push_back(row);
  }
  print_table(ctx.out, t);
}

bool any_missed(const Json& kpis) {
  for (const auto& [key, k] : kpis.items())
    if (k["met"].is_boolean() && !k["met"].get<bool>()) return true;
  return false;
}

void emit(Context& ctx, const std::string& format, const std::string& out, const std::string& text,
          bool force) {
  if (out.empty()) {
    ctx.out << text;
  } else {
    write_output_file(ctx, out, safe_text(text, LineBreaks::keep, ctx.opts.reveal), force);
    ctx.err << "已生成 " << format << " 报告：" << out << '\n';
  }
}

void report_monthly(Context& ctx, const ReportArgs& a) {
  if (a.data.size() == 1) ctx.opts.data = a.data.front();
  YearMonth m = a.month.empty() ? month_of(ctx.now()).prev() : month_arg(a.month);
  std::string format = a.format.empty() ? ctx.opts.format : a.format;
  if (!a.out.empty() && (format == "table" || format == "csv" || a.data.size() > 1))
    throw RefusedError("-o 只用于单个数据目录的 json、yaml、md、html、xlsx 报告；" + format +
                       " 格式请用重定向写入文件：kefu report monthly … > 文件");
  if (a.data.size() > 1) {
    Json g = group_report(ctx, a, m);
    if (format == "json")
      print_json(ctx.out, g);
    else if (format == "table")
      print_group_table(ctx, g);
    else
      throw RefusedError("多个数据目录的汇总报告只支持 table 与 json 格式");
    if (a.check && any_missed(g["kpis"])) ctx.raise_status(1);
    return;
  }
  Json r = build_report(ctx, m);
  if (format == "table") {
    print_report_table(ctx, r);
  } else if (format == "json" || format == "yaml") {
    std::ostringstream text;
    if (format == "json")
      print_json(text, r);
    else
      print_yaml(text, r);
    emit(ctx, format, a.out, text.str(), a.force);
  } else if (format == "csv") {
    print_report_csv(ctx, r);
  } else if (format == "md") {
    emit(ctx, format, a.out, render_form(ctx.dir(), "monthly_report.md", template_data(r)),
         a.force);
  } else if (format == "html") {
    emit(ctx, format, a.out, render_html(ctx, r), a.force);
  } else if (format == "xlsx") {
    if (a.out.empty()) throw RefusedError("xlsx 格式请用 -o 文件名.xlsx 指定输出文件");
    write_xlsx(ctx, r, a.out, a.force);
    ctx.err << "已生成 xlsx 报告：" << a.out << '\n';
  } else {
    throw RefusedError("不支持的报告格式「" + format +
                       "」，可选：table json csv yaml md html xlsx");
  }
  if (a.check && any_missed(r["kpis"])) ctx.raise_status(1);
}

}  // namespace

void add_report_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report", "报告（月度服务质量报告）");
  cmd->require_subcommand(1);
  auto args = std::make_shared<ReportArgs>();
  auto* m = cmd->add_subcommand("monthly", "月度服务质量报告：手册 §2.1 六项质量目标及明细");
  m->add_option("--month", args->month, "报告月份，如 2026-11（默认上个月）");
  m->add_option("--format", args->format, "格式：table json csv yaml md html xlsx（默认 table）");
  add_out_options(
      m, args->out, args->force,
      "写入文件（json、yaml、md、html、xlsx；xlsx 必须指定）；不写入数据目录的记录文件夹");
  m->add_option("--data", args->data, "数据目录；给出多个即为集团汇总（分子分母相加）");
  m->add_flag("--check", args->check, "有任何目标未达成时以 1 退出（供 cron 只在不达标时发邮件）");
  m->footer(
      "按 SPEC §5：当月受理的案件为统计口径，截至 --now 所知的情况计算。\n"
      "例：kefu report monthly --month 2026-11 --format html -o 2026-11.html\n"
      "    kefu report monthly --check --format json || mail -s 质量目标未达成 …\n"
      "    kefu report monthly --data /srv/a --data /srv/b");
  m->callback([&ctx, args] { report_monthly(ctx, *args); });
}

}  // namespace kefu
