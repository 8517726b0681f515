/// The monthly report's figures worked out by hand: a month's part (the five case KPIs, cases
/// and special services carried over, completed and still open), the year walk, the contact
/// analysis and the fee and key lines.
#include <doctest/doctest.h>

#include "core/chart.hpp"
#include "core/report.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

/// 2026 with no holidays: Monday to Friday are working days.
WorkingCalendar weekdays_2026() {
  WorkingCalendar cal;
  cal.add_year(2026);
  return cal;
}

Config rules() {
  Config cfg;  // SLA as the defaults: general complaint 3 working days, normal repair 1
  cfg.targets["complaint_timely"] = {9000, false};
  cfg.targets["repair_timely"] = {9000, false};
  cfg.targets["repair_callback"] = {9500, false};
  cfg.targets["rework"] = {200, true};
  cfg.targets["satisfaction"] = {9000, false};
  return cfg;
}

Complaint complaint(const char* id, const char* received, std::optional<const char*> closed) {
  Complaint c;
  c.id = id;
  c.received_at = t(received);
  c.owner = "zhangmin";
  c.unit = "1-1-101";
  c.category = "噪音";
  c.history.push_back({c.received_at, "zhangmin", "open", "", {}});
  if (closed) {
    c.history.push_back({t(*closed), "zhangmin", "close", "", {}});
    c.resolved_at = t(*closed);
  }
  return c;
}

Repair repair(const char* id, const char* received) {
  Repair r;
  r.id = id;
  r.received_at = t(received);
  r.owner = "lili";
  r.unit = "2-1-301";
  r.fault = "水龙头漏水";
  r.history.push_back({r.received_at, "lili", "open", "", {}});
  return r;
}

void done(Repair& r, const char* at) {
  r.history.push_back({t(at), "liugong", "done", "", {}});
  r.completed_at = t(at);
}

/// A special service ordered at `received`, done at `done_at` when given.
SpecialService special(const char* id, const char* received, std::optional<const char*> done_at) {
  SpecialService s;
  s.id = id;
  s.received_at = t(received);
  s.owner = "zhangmin";
  s.unit = "3-2-502";
  s.what = "疏通下水道";
  s.price_fen = 5000;
  s.history.push_back({s.received_at, "zhangmin", "open", "", {}});
  if (done_at) {
    s.status = SpecialStatus::done;
    s.done_by = "liugong";
    s.done_at = t(*done_at);
    s.history.push_back({t(*done_at), "zhangmin", "done", "", {}});
  }
  return s;
}

CallbackRecord callback(const char* at, CallbackResult result) {
  return {t(at), "zhangmin", result, "", "", ""};
}

const Kpi& kpi(const MonthPart& p, const std::string& key) {
  for (const auto& k : p.kpis)
    if (k.key == key) return k;
  FAIL("no KPI " << key);
  return p.kpis.front();
}

/// November 2026 (1 Nov a Sunday), reported on 5 December.
struct November {
  std::vector<Complaint> complaints;
  std::vector<Repair> repairs;
  November() {
    // C1: Mon 2 Nov, due end of Thu 5 Nov (3 working days); closed Wed 4 Nov: on time.
    complaints.push_back(complaint("TS-2026-11-0001", "2026-11-02T09:00", "2026-11-04T10:00"));
    complaints.back().callbacks.push_back(callback("2026-11-06T10:00", CallbackResult::satisfied));
    // C2: Mon 9 Nov, due end of Thu 12 Nov; closed Fri 13 Nov: late.
    complaints.push_back(complaint("TS-2026-11-0002", "2026-11-09T09:00", "2026-11-13T10:00"));
    complaints.back().callbacks.push_back(
        callback("2026-11-14T10:00", CallbackResult::basically_satisfied));
    // C3: Mon 30 Nov, due end of Thu 3 Dec; still open on 5 Dec: past its deadline.
    complaints.push_back(complaint("TS-2026-11-0003", "2026-11-30T09:00", std::nullopt));
    // R1: Tue 3 Nov, due end of Wed 4 Nov (1 working day); done the same day; called back
    // (unsatisfied).
    repairs.push_back(repair("BX-2026-11-0001", "2026-11-03T09:00"));
    done(repairs.back(), "2026-11-03T15:00");
    repairs.back().callbacks.push_back(callback("2026-11-05T10:00", CallbackResult::unsatisfied));
    // R2: Tue 10 Nov, due end of Wed 11 Nov; first done Thu 12 Nov (late), reworked on 13 Nov and
    // done again that afternoon; never called back.
    repairs.push_back(repair("BX-2026-11-0002", "2026-11-10T09:00"));
    done(repairs.back(), "2026-11-12T10:00");
    repairs.back().history.push_back({t("2026-11-13T09:00"), "lili", "rework", "", {}});
    repairs.back().reworks.push_back(
        {t("2026-11-13T09:00"), "lili", "水管仍漏", "manual", t("2026-11-12T10:00")});
    done(repairs.back(), "2026-11-13T16:00");
  }
};

}  // namespace

TEST_CASE("a month's part: the five case KPIs of its cohort, worked by hand") {
  November n;
  auto cal = weekdays_2026();
  YearMonth nov{2026, 11};
  auto p =
      month_part(nov, nov, t("2026-12-05T12:00"), true, n.complaints, n.repairs, {}, rules(), cal);
  REQUIRE(p.kpis.size() == 5);
  CHECK(p.kpis[0].key == "complaint_timely");
  CHECK(p.kpis[4].key == "satisfaction");

  // 投诉处理及时率: C1 on time; C2 resolved late; C3 unresolved past its deadline → 1/3.
  const auto& ct = kpi(p, "complaint_timely");
  CHECK(ct.numerator == 1);
  CHECK(ct.denominator == 3);
  CHECK(ct.rate() == doctest::Approx(0.3333));
  CHECK(ct.met() == false);  // 1/3 < 90%
  REQUIRE(ct.misses.size() == 2);
  CHECK(ct.misses[0].id == "TS-2026-11-0002");
  CHECK(ct.misses[0].why == "超时限解决（2026-11-13T10:00）");
  CHECK(ct.misses[1].id == "TS-2026-11-0003");
  CHECK(ct.misses[1].why == "逾期未解决");

  // 报修处理及时率: R1 done before its deadline, R2's first completion after it → 1/2.
  const auto& rt = kpi(p, "repair_timely");
  CHECK(rt.numerator == 1);
  CHECK(rt.denominator == 2);
  REQUIRE(rt.misses.size() == 1);
  CHECK(rt.misses[0].id == "BX-2026-11-0002");
  // 报修回访率: both completed, only R1 called back → 1/2.
  const auto& rc = kpi(p, "repair_callback");
  CHECK(rc.numerator == 1);
  CHECK(rc.denominator == 2);
  // 返工/返修率: R2 reworked → 1/2, above the 2% ceiling.
  const auto& rw = kpi(p, "rework");
  CHECK(rw.numerator == 1);
  CHECK(rw.denominator == 2);
  CHECK(rw.met() == false);
  // 顾客满意率: three callbacks, R1's unsatisfied → 2/3.
  const auto& sat = kpi(p, "satisfaction");
  CHECK(sat.numerator == 2);
  CHECK(sat.denominator == 3);
  REQUIRE(sat.misses.size() == 1);
  CHECK(sat.misses[0].why == "回访不满意（2026-11-05T10:00）");

  // 来电来访: all five are new in November; C1, C2, R1 and R2 completed in it; C3 open at its end.
  CHECK(total_flow(p.flows) == Flow{0, 5, 4, 1});
  REQUIRE(p.open.size() == 1);
  CHECK(p.open[0].id == "TS-2026-11-0003");
  CHECK(p.open[0].kind == "complaint");
  CHECK(p.open[0].subject == "1-1-101 噪音");
  // The latest time anything records or falls due: C3's deadline, end of 3 December.
  CHECK(format_datetime(p.settled) == "2026-12-03T23:59:59");
}

TEST_CASE("a month's part for the trend shows rates only") {
  November n;
  auto cal = weekdays_2026();
  auto p = month_part({2026, 11}, {2026, 12}, t("2026-12-05T12:00"), true, n.complaints, n.repairs,
                      {}, rules(), cal);
  CHECK(kpi(p, "complaint_timely").denominator == 3);
  for (const auto& k : p.kpis) CHECK(k.misses.empty());
}

TEST_CASE("an earlier month's part: cases carried over into the report month") {
  auto cal = weekdays_2026();
  std::vector<Complaint> october{
      // Received 28 Oct, resolved 3 Nov: carried over and completed in November.
      complaint("TS-2026-10-0001", "2026-10-28T09:00", "2026-11-03T10:00"),
      // Resolved 22 Oct: settled before November began, not counted at all.
      complaint("TS-2026-10-0002", "2026-10-20T09:00", "2026-10-22T10:00"),
      // Received 29 Oct, never resolved: carried over and still open.
      complaint("TS-2026-10-0003", "2026-10-29T09:00", std::nullopt),
  };
  auto p = month_part({2026, 10}, {2026, 11}, t("2026-12-05T12:00"), false, october, {}, {},
                      rules(), cal);
  CHECK(p.kpis.empty());
  CHECK(total_flow(p.flows) == Flow{2, 0, 1, 1});
  REQUIRE(p.open.size() == 1);
  CHECK(p.open[0].id == "TS-2026-10-0003");
}

TEST_CASE("the year walk adds thirteen months and appends 收费率 to the trend") {
  YearMonth nov{2026, 11};
  // One unit billed ¥100.00 for November, ¥40.00 paid: 收费率 4000/10000.
  Bill bill{"1-1-101",
            nov,
            {{"management", "物业管理费", {}, {}, 10000, t("2026-11-01T09:00"), "lili", ""}}};
  Payment pay{"JF-2026-11-0001",
              "1-1-101",
              t("2026-11-20T10:00"),
              4000,
              PayMethod::cash,
              "",
              std::nullopt,
              "lili",
              "",
              ""};
  std::vector<Ledger> ledgers{compute_ledger("1-1-101", {bill}, {pay})};
  std::vector<std::pair<YearMonth, bool>> asked;
  auto y = walk_year(
      nov, t("2026-12-05T12:00"), ledgers, {9500, false}, [&](YearMonth k, bool in_trend) {
        asked.emplace_back(k, in_trend);
        MonthPart p;
        // One case carried over from each month, still open.
        add_flow(p.flows, "complaint", "其他", {1, 0, 0, 1});
        if (k == YearMonth{2026, 10})
          p.open.push_back(
              {"BX-2026-10-0009", "repair", t("2026-10-29T09:00"), "lili", "2-1-301 漏水"});
        if (k == nov) {
          add_flow(p.flows, "repair", "维修", {0, 5, 4, 1});
          p.open.push_back(
              {"TS-2026-11-0003", "complaint", t("2026-11-30T09:00"), "zhangmin", "1-1-101 噪音"});
          p.unsealed_complaints = {"TS-2026-11-0003"};
        }
        return p;
      });
  // 2025-11 … 2026-11: thirteen months asked, the first one outside the trend.
  REQUIRE(asked.size() == 13);
  CHECK(asked.front() == std::pair{YearMonth{2025, 11}, false});
  CHECK(asked[1] == std::pair{YearMonth{2025, 12}, true});
  CHECK(asked.back() == std::pair{nov, true});
  REQUIRE(y.trend.size() == 12);
  CHECK(y.trend.front().first == YearMonth{2025, 12});
  CHECK(y.trend.back().first == nov);
  REQUIRE(y.trend.back().second.size() == 1);
  const auto& fee = y.trend.back().second[0];
  CHECK(fee.key == "fee_collection");
  CHECK(fee.numerator == 4000);
  CHECK(fee.denominator == 10000);
  CHECK(fee.met() == false);                          // 40% < 95%
  CHECK(y.trend.front().second[0].denominator == 0);  // nothing billed in December 2025
  // The thirteen months' rows added up, row by row.
  REQUIRE(y.flows.size() == 2);
  CHECK(y.flows[0].type == "complaint");
  CHECK(y.flows[0].flow == Flow{13, 0, 0, 13});
  CHECK(y.flows[1].flow == Flow{0, 5, 4, 1});
  CHECK(y.unsealed_complaints == std::vector<std::string>{"TS-2026-11-0003"});
  // Oldest first; ages at the end of November: 29 Oct → 30 Nov is 32 days, 30 Nov → 0.
  REQUIRE(y.open.size() == 2);
  CHECK(y.open[0].c.id == "BX-2026-10-0009");
  CHECK(y.open[0].age_days == 32);
  CHECK(y.open[1].c.id == "TS-2026-11-0003");
  CHECK(y.open[1].age_days == 0);
}

TEST_CASE("a case's flow in a month: carried or new, completed or still open") {
  DateTime start = t("2026-11-01T00:00"), end = t("2026-11-30T23:59:59");
  auto flow = [&](const char* received, std::optional<const char*> before,
                  std::optional<const char*> at_end) {
    auto opt = [](std::optional<const char*> x) {
      return x ? std::optional<DateTime>(t(*x)) : std::nullopt;
    };
    return case_flow(t(received), opt(before), opt(at_end), start, end);
  };
  CHECK(flow("2026-11-03T09:00", std::nullopt, "2026-11-04T09:00") == Flow{0, 1, 1, 0});
  CHECK(flow("2026-11-03T09:00", std::nullopt, std::nullopt) == Flow{0, 1, 0, 1});
  CHECK(flow("2026-10-03T09:00", std::nullopt, "2026-11-04T09:00") == Flow{1, 0, 1, 0});
  CHECK(flow("2026-10-03T09:00", std::nullopt, std::nullopt) == Flow{1, 0, 0, 1});
  // Completed in October and untouched since: not in November at all.
  CHECK(!flow("2026-10-03T09:00", "2026-10-05T09:00", "2026-10-05T09:00"));
  // Completed in October, reopened in November: carried over, open or completed again.
  CHECK(flow("2026-10-03T09:00", "2026-10-05T09:00", std::nullopt) == Flow{1, 0, 0, 1});
  CHECK(flow("2026-10-03T09:00", "2026-10-05T09:00", "2026-11-09T09:00") == Flow{1, 0, 1, 0});
  // Received after the end (the month still running): not yet known.
  CHECK(!flow("2026-12-01T09:00", std::nullopt, std::nullopt));
  // A call or visit is completed when logged; one of October is no part of November.
  CHECK(contact_flow(t("2026-11-03T09:00"), start, end) == Flow{0, 1, 1, 0});
  CHECK(!contact_flow(t("2026-10-31T23:00"), start, end));
}

TEST_CASE("categories: one list, aliases, and 其他 for the rest") {
  Config cfg = default_config();
  CHECK(analysis_category(cfg, "收费") == "收费");
  CHECK(analysis_category(cfg, "收费问题") == "收费");      // a complaint category, aliased
  CHECK(analysis_category(cfg, "公共设施设备") == "维修");  // a repair's kind
  CHECK(analysis_category(cfg, "停车管理") == "停车管理");  // in both lists
  CHECK(analysis_category(cfg, "水电") == "其他");          // no list knows it
  CHECK(analysis_category(cfg, "") == "其他");
  cfg.contact_categories = {"收费", "维修"};  // no 其他 in the list: appended as the last row
  CHECK(analysis_categories(cfg) == std::vector<std::string>{"收费", "维修", "其他"});
  CHECK(analysis_category(cfg, "噪音扰民") == "其他");  // aliased to 安全秩序, not listed
  cfg.category_aliases = {{"物业费", "收费"}};
  CHECK(analysis_category(cfg, "物业费") == "收费");
  CHECK(analysis_category(cfg, "收费问题") == "其他");
}

TEST_CASE("the contact analysis: every row balances, by type and by category") {
  YearMonth nov{2026, 11};
  Config cfg = default_config();
  auto line = [](const char* at, const char* kind, const char* type, const char* channel,
                 const char* cat) {
    RegisterLine l;
    l.at = t(at);
    l.kind = kind;
    l.type = type;
    l.channel = channel;
    l.category = cat;
    return l;
  };
  std::vector<RegisterLine> lines{
      line("2026-11-02T09:00", "contact", "inquiry", "phone", "收费"),
      line("2026-11-03T09:00", "contact", "inquiry", "visit", "停车管理"),
      line("2026-11-04T09:00", "contact", "suggestion", "phone", "环境卫生"),
      line("2026-11-05T09:00", "contact", "praise", "visit", ""),      // no category: 其他
      line("2026-11-06T09:00", "contact", "report", "phone", "水电"),  // not listed: 其他
      line("2026-11-07T09:00", "complaint", "complaint", "phone", "收费问题"),
      line("2026-11-08T09:00", "repair", "repair", "fax", "户内维修"),  // unknown channel
      line("2026-11-25T09:00", "contact", "inquiry", "phone", "收费"),  // after now
      // A special service: its flow comes from the year's cases, its line counts in its channel.
      line("2026-11-09T09:00", "special", "special", "phone", "有偿服务"),
  };
  // The year's cases as walk_year adds them up: complaints in 收费 (one carried over and
  // completed, the new one still open) and 安全秩序 (carried, still open); repairs in 维修
  // (two carried: one completed; the new one completed); special services, under 维修 by the
  // default alias (one ordered in October and done in November, the new one still open).
  YearOfCases y;
  add_flow(y.flows, "complaint", "收费", {1, 1, 1, 1});
  add_flow(y.flows, "complaint", "安全秩序", {1, 0, 0, 1});
  add_flow(y.flows, "repair", "维修", {2, 1, 2, 1});
  add_flow(y.flows, "special", analysis_category(cfg, "特约服务"), {1, 1, 1, 1});
  auto a = contact_analysis(lines, nov, t("2026-11-20T12:00"), y, cfg);

  // Totals: carried 5; new 5 contacts + 1 complaint + 1 repair + 1 special service = 8;
  // completed 5 + 1 + 2 + 1 = 9; still open 2 + 1 + 1 = 4. 5 + 8 − 9 = 4.
  CHECK(a.total == Flow{5, 8, 9, 4});
  CHECK(a.total.balances());

  REQUIRE(a.by_type.size() == 7);  // 其他 has nothing: left out
  auto type_row = [&](const char* name) {
    for (const auto& r : a.by_type)
      if (r.name == name) return r.flow;
    FAIL("no row " << name);
    return Flow{};
  };
  CHECK(a.by_type[0].name == "咨询");
  CHECK(type_row("咨询") == Flow{0, 2, 2, 0});
  CHECK(type_row("建议") == Flow{0, 1, 1, 0});
  CHECK(type_row("表扬") == Flow{0, 1, 1, 0});
  CHECK(type_row("报事") == Flow{0, 1, 1, 0});
  CHECK(type_row("投诉") == Flow{2, 1, 1, 2});
  CHECK(type_row("报修") == Flow{2, 1, 2, 1});
  CHECK(a.by_type.back().name == "特约服务");  // after 报修
  CHECK(type_row("特约服务") == Flow{1, 1, 1, 1});

  // By category: every configured one, in kefu.yaml's order, zeros included.
  REQUIRE(a.by_category.size() == cfg.contact_categories.size());
  auto cat_row = [&](const char* name) {
    for (const auto& r : a.by_category)
      if (r.name == name) return r.flow;
    FAIL("no row " << name);
    return Flow{};
  };
  CHECK(a.by_category.front().name == "物业服务");
  CHECK(cat_row("物业服务") == Flow{});
  CHECK(cat_row("收费") == Flow{1, 2, 2, 1});  // inquiry + complaints (收费问题 counted here)
  CHECK(cat_row("停车管理") == Flow{0, 1, 1, 0});
  CHECK(cat_row("环境卫生") == Flow{0, 1, 1, 0});
  CHECK(cat_row("安全秩序") == Flow{1, 0, 0, 1});
  CHECK(cat_row("维修") == Flow{3, 2, 3, 2});  // repairs + special services
  CHECK(cat_row("其他") == Flow{0, 2, 2, 0});  // the praise and the report

  // Every row balances, and each table adds up to the total.
  Flow types, cats;
  for (const auto& r : a.by_type) {
    CHECK_MESSAGE(r.flow.balances(), r.name);
    types += r.flow;
  }
  for (const auto& r : a.by_category) {
    CHECK_MESSAGE(r.flow.balances(), r.name);
    cats += r.flow;
  }
  CHECK(types == a.total);
  CHECK(cats == a.total);

  // The report's tallies of new ones, from the same rows.
  auto by_cat = fresh_tally(a.by_category);
  REQUIRE(by_cat.size() == 5);
  CHECK(by_cat[0].name == "维修");  // kefu.yaml's order
  CHECK(by_cat[0].count == 2);
  CHECK(by_cat[1].name == "收费");
  CHECK(by_cat[1].count == 2);
  // By channel name in byte order: "fax" before 来访 (U+6765) before 电话 (U+7535), the special
  // service among the calls; they add up to the new ones of the total.
  REQUIRE(a.by_channel.size() == 3);
  CHECK(a.by_channel[0].name == "fax");
  CHECK(a.by_channel[1].name == "来访");
  CHECK(a.by_channel[1].count == 2);
  CHECK(a.by_channel[2].name == "电话");
  CHECK(a.by_channel[2].count == 5);
  int by_channel = 0;
  for (const auto& c : a.by_channel) by_channel += c.count;
  CHECK(by_channel == a.total.fresh);
}

TEST_CASE("special services in a month's part: their own row, carried, completed or still open") {
  auto cal = weekdays_2026();
  Config cfg = default_config();
  YearMonth oct{2026, 10}, nov{2026, 11};
  DateTime now = t("2026-12-05T12:00");
  std::vector<SpecialService> october{
      // Ordered 28 Oct, done 3 Nov: carried over and completed in November.
      special("TY-2026-10-0001", "2026-10-28T09:00", "2026-11-03T10:00"),
      // Done 22 Oct: settled before November began, not counted at all.
      special("TY-2026-10-0002", "2026-10-20T09:00", "2026-10-22T10:00"),
      // Ordered 29 Oct, never done: carried over and still open.
      special("TY-2026-10-0003", "2026-10-29T09:00", std::nullopt),
  };
  auto p = month_part(oct, nov, now, false, {}, {}, october, cfg, cal);
  REQUIRE(p.flows.size() == 1);
  CHECK(p.flows[0].type == "special");
  CHECK(p.flows[0].category == "维修");  // default_config: 特约服务 → 维修
  CHECK(p.flows[0].flow == Flow{2, 0, 1, 1});
  REQUIRE(p.open.size() == 1);
  CHECK(p.open[0].id == "TY-2026-10-0003");
  CHECK(p.open[0].kind == "special");
  CHECK(p.open[0].subject == "3-2-502 疏通下水道");

  // November's own: ordered and done in it (closed after its callback: still completed once
  // done), and one still open; beside the complaints and repairs, whose KPIs they leave alone.
  November n;
  std::vector<SpecialService> november{
      special("TY-2026-11-0001", "2026-11-04T09:00", "2026-11-05T10:00"),
      special("TY-2026-11-0002", "2026-11-26T09:00", std::nullopt),
  };
  november[0].callbacks.push_back(callback("2026-11-06T10:00", CallbackResult::satisfied));
  november[0].status = SpecialStatus::closed;
  auto with = month_part(nov, nov, now, true, n.complaints, n.repairs, november, rules(), cal);
  auto without = month_part(nov, nov, now, true, n.complaints, n.repairs, {}, rules(), cal);
  REQUIRE(with.kpis.size() == without.kpis.size());
  for (size_t i = 0; i < with.kpis.size(); ++i) {
    CHECK(with.kpis[i].numerator == without.kpis[i].numerator);
    CHECK(with.kpis[i].denominator == without.kpis[i].denominator);
  }
  Flow special_row;
  for (const auto& f : with.flows) {
    CHECK_MESSAGE(f.flow.balances(), f.type);
    if (f.type == "special") special_row += f.flow;
  }
  CHECK(special_row == Flow{0, 2, 1, 1});
  CHECK(total_flow(with.flows) == Flow{0, 7, 5, 2});
  // Still open at the end: C3 and the special service, as many as the rows say.
  REQUIRE(with.open.size() == 2);
  CHECK(with.open[1].id == "TY-2026-11-0002");
  CHECK(with.open.size() == static_cast<size_t>(total_flow(with.flows).still_open));

  // A done step recorded after `now` is not yet known: while the month runs, still open.
  std::vector<SpecialService> late{
      special("TY-2026-11-0003", "2026-11-02T09:00", "2026-11-25T10:00")};
  auto running = month_part(nov, nov, t("2026-11-20T12:00"), false, {}, {}, late, cfg, cal);
  REQUIRE(running.flows.size() == 1);
  CHECK(running.flows[0].flow == Flow{0, 1, 0, 1});
  CHECK(running.open.size() == 1);
  auto after = month_part(nov, nov, now, false, {}, {}, late, cfg, cal);
  CHECK(after.flows[0].flow == Flow{0, 1, 1, 0});
  CHECK(after.open.empty());
  CHECK(format_datetime(after.settled) == "2026-11-25T10:00");
}

TEST_CASE("a special service's completion as known at a moment") {
  auto s = special("TY-2026-11-0001", "2026-11-02T09:00", "2026-11-03T10:00");
  CHECK(!special_completed_as_of(s, t("2026-11-03T09:59")));
  CHECK(special_completed_as_of(s, t("2026-11-03T10:00")) == t("2026-11-03T10:00"));
  CHECK(!special_completed_as_of(special("TY-2026-11-0002", "2026-11-02T09:00", std::nullopt),
                                 t("2026-12-01T00:00")));
  // Converted on 1 Nov from a repair received 27 Oct and done 28 Oct: it stands for the repair,
  // done from the repair's completion; so not part of November at all.
  SpecialService c;
  c.id = "TY-2026-10-0002";
  c.status = SpecialStatus::done;
  c.received_at = t("2026-10-27T09:00");
  c.done_at = t("2026-10-28T18:00");
  c.from_repair = "BX-2026-10-0034";
  c.history.push_back({t("2026-11-01T09:00"), "zhangmin", "convert", "", {}});
  CHECK(special_completed_as_of(c, t("2026-10-31T23:59")) == t("2026-10-28T18:00"));
  CHECK(!special_completed_as_of(c, t("2026-10-28T17:00")));
  auto cal = weekdays_2026();
  auto p = month_part({2026, 10}, {2026, 11}, t("2026-12-05T12:00"), false, {}, {}, {c},
                      default_config(), cal);
  CHECK(p.flows.empty());
  CHECK(p.open.empty());
  // Written by hand: done_at and no step.
  SpecialService h = c;
  h.history.clear();
  CHECK(special_completed_as_of(h, t("2026-10-29T00:00")) == t("2026-10-28T18:00"));
  h.status = SpecialStatus::ordered;
  CHECK(!special_completed_as_of(h, t("2026-10-29T00:00")));
}

TEST_CASE("the cases of a month's part are rowed by their one category") {
  auto cal = weekdays_2026();
  Config cfg = rules();
  cfg.contact_categories = {"收费", "维修", "其他"};
  cfg.category_aliases = {{"收费问题", "收费"}, {"户内维修", "维修"}};
  auto c1 = complaint("TS-2026-11-0001", "2026-11-02T09:00", "2026-11-03T09:00");
  c1.category = "收费问题";
  auto c2 = complaint("TS-2026-11-0002", "2026-11-04T09:00", std::nullopt);
  c2.category = "收费";
  auto c3 = complaint("TS-2026-11-0003", "2026-11-05T09:00", std::nullopt);  // 噪音: 其他
  auto r1 = repair("BX-2026-11-0001", "2026-11-06T09:00");
  done(r1, "2026-11-06T15:00");
  auto p = month_part({2026, 11}, {2026, 11}, t("2026-12-05T12:00"), false, {c1, c2, c3}, {r1}, {},
                      cfg, cal);
  REQUIRE(p.flows.size() == 3);
  CHECK(p.flows[0].type == "complaint");
  CHECK(p.flows[0].category == "收费");
  CHECK(p.flows[0].flow == Flow{0, 2, 1, 1});
  CHECK(p.flows[1].category == "其他");
  CHECK(p.flows[1].flow == Flow{0, 1, 0, 1});
  CHECK(p.flows[2].type == "repair");
  CHECK(p.flows[2].category == "维修");
  CHECK(p.flows[2].flow == Flow{0, 1, 1, 0});
  // Still open at the end: the two open complaints, as many as the rows say.
  CHECK(p.open.size() == static_cast<size_t>(total_flow(p.flows).still_open));
}

TEST_CASE("the report's fee line: amounts, households and prior years recovered") {
  YearMonth nov{2026, 11};
  auto bill = [](const char* unit, YearMonth p, int64_t fen, const char* at) {
    return Bill{unit, p, {{"management", "物业管理费", {}, {}, fen, t(at), "lili", ""}}};
  };
  auto pay = [](const char* id, const char* unit, const char* at, int64_t fen) {
    return Payment{id, unit, t(at), fen, PayMethod::cash, "", std::nullopt, "lili", "", ""};
  };
  std::vector<Bill> bills{bill("1-1-101", nov, 10000, "2026-11-01T09:00"),
                          bill("1-1-102", {2025, 10}, 20000, "2025-10-01T09:00"),
                          bill("1-1-103", nov, 10000, "2026-11-01T09:00")};
  std::vector<Payment> pays{pay("JF-2026-11-0001", "1-1-102", "2026-11-15T10:00", 5000),
                            pay("JF-2026-11-0002", "1-1-103", "2026-11-20T10:00", 10000)};
  std::vector<Ledger> ledgers;
  for (auto& [_, L] : unit_ledgers(bills, pays, t("2026-12-10T12:00")))
    ledgers.push_back(std::move(L));
  auto f = fee_summary(ledgers, nov);
  // November: 101 billed ¥100 unpaid, 103 billed ¥100 paid; 102 has no November bill.
  CHECK(f.collection.billed == 20000);
  CHECK(f.collection.paid == 10000);
  CHECK(f.collection.households_billed == 2);
  CHECK(f.collection.households_paid == 1);
  CHECK(f.household_rate == doctest::Approx(0.5));
  // 102's ¥50 paid in November went to its 2025-10 bill: a prior year's arrears recovered.
  CHECK(f.collection.prior_year_recovered == 5000);
  // Nothing billed in December: no household rate.
  CHECK_FALSE(fee_summary(ledgers, {2026, 12}).household_rate);
}

TEST_CASE("an estate group's KPIs add numerators and denominators, not rates") {
  auto kpi = [](const char* key, int64_t n, int64_t d) {
    Kpi k;
    k.key = key;
    k.numerator = n;
    k.denominator = d;
    return k;
  };
  // Estate A: 9/10 timely complaints, no repairs. Estate B: 1/2 timely complaints, 3/4 repairs.
  std::vector<std::vector<Kpi>> estates{
      {kpi("complaint_timely", 9, 10), kpi("repair_timely", 0, 0)},
      {kpi("complaint_timely", 1, 2), kpi("repair_timely", 3, 4), kpi("rework", 1, 4)}};
  auto group = group_kpis(estates, rules());
  REQUIRE(group.size() == kpi_names().size());
  for (size_t i = 0; i < group.size(); ++i) CHECK(group[i].key == kpi_names()[i].first);
  CHECK(group[0].key == "complaint_timely");
  CHECK(group[0].name_zh == kpi_names()[0].second);
  CHECK(group[0].numerator == 10);
  CHECK(group[0].denominator == 12);
  CHECK(*group[0].met() == false);  // 10/12 = 83.3% < 90%, though the mean of rates is 70%
  auto find = [&](const char* key) {
    return *std::find_if(group.begin(), group.end(), [&](const Kpi& k) { return k.key == key; });
  };
  CHECK(find("repair_timely").numerator == 3);
  CHECK(find("repair_timely").denominator == 4);
  CHECK(find("rework").target.at_most);
  CHECK(find("rework").target.basis_points == 200);
  CHECK_FALSE(find("satisfaction").rate().has_value());  // nothing counts: no rate
  CHECK_FALSE(find("fee_collection").met().has_value());
}

TEST_CASE("a trend chart's axis fits its data: no month is drawn at a clamp") {
  // Within the usual axes: 0–5% for rework, 50–100% for the other rates.
  CHECK(chart_scale({0.01, 0.02, 0.0}, 0.01, true) == ChartScale{0.0, 0.05});
  CHECK(chart_scale({0.92, 0.97, 1.0}, 0.9, false) == ChartScale{0.5, 1.0});
  // Rework of 8.8% and 11.1%: up to 15% (steps of 5%); 8.8% alone: up to 10%.
  auto rework = chart_scale({0.02, 0.088, 0.111}, 0.01, true);
  CHECK(rework.lo == 0.0);
  CHECK(rework.hi == doctest::Approx(0.15));
  CHECK(chart_scale({0.088}, 0.01, true).hi == doctest::Approx(0.10));
  // A month at 25%: down to 20% (steps of 20%); one at 45%: down to 40%.
  CHECK(chart_scale({0.9, 0.25}, 0.85, false).lo == doctest::Approx(0.2));
  CHECK(chart_scale({0.45, 0.95}, 0.85, false).lo == doctest::Approx(0.4));
  CHECK(chart_scale({0.0}, 0.85, false).lo == 0.0);
  // A target above the values counts too.
  CHECK(chart_scale({0.01}, 0.08, true).hi == doctest::Approx(0.08));
}
