/// The monthly report's figures worked out by hand: a month's part (the five case KPIs, cases
/// carried over, completed and still open), the year walk, the contact analysis and the fee and
/// key lines.
#include <doctest/doctest.h>

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

CallbackRecord callback(const char* at, CallbackResult result) {
  return {t(at), "zhangmin", result, "", ""};
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
  auto p = month_part(nov, nov, t("2026-12-05T12:00"), true, n.complaints, n.repairs, rules(), cal);
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
  CHECK(p.carried == 0);
  CHECK(p.completed == 4);
  CHECK(p.still_open == 1);
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
                      rules(), cal);
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
  auto p =
      month_part({2026, 10}, {2026, 11}, t("2026-12-05T12:00"), false, october, {}, rules(), cal);
  CHECK(p.kpis.empty());
  CHECK(p.carried == 2);
  CHECK(p.completed == 1);
  CHECK(p.still_open == 1);
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
              ""};
  std::vector<Ledger> ledgers{compute_ledger("1-1-101", {bill}, {pay})};
  std::vector<std::pair<YearMonth, bool>> asked;
  auto y = walk_year(
      nov, t("2026-12-05T12:00"), ledgers, {9500, false}, [&](YearMonth k, bool in_trend) {
        asked.emplace_back(k, in_trend);
        MonthPart p;
        p.carried = 1;  // one case carried over from each month
        if (k == YearMonth{2026, 10})
          p.open.push_back(
              {"BX-2026-10-0009", "repair", t("2026-10-29T09:00"), "lili", "2-1-301 漏水"});
        if (k == nov) {
          p.completed = 4;
          p.still_open = 1;
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
  CHECK(y.carried == 13);
  CHECK(y.completed == 4);
  CHECK(y.still_open == 1);
  CHECK(y.unsealed_complaints == std::vector<std::string>{"TS-2026-11-0003"});
  // Oldest first; ages at the end of November: 29 Oct → 30 Nov is 32 days, 30 Nov → 0.
  REQUIRE(y.open.size() == 2);
  CHECK(y.open[0].c.id == "BX-2026-10-0009");
  CHECK(y.open[0].age_days == 32);
  CHECK(y.open[1].c.id == "TS-2026-11-0003");
  CHECK(y.open[1].age_days == 0);
}

TEST_CASE("the contact analysis tallies the month's calls and visits known by now") {
  YearMonth nov{2026, 11};
  auto line = [](const char* at, const char* channel, const char* type_zh, const char* cat) {
    RegisterLine l;
    l.at = t(at);
    l.channel = channel;
    l.type_zh = type_zh;
    l.category = cat;
    return l;
  };
  std::vector<RegisterLine> lines{
      line("2026-11-02T09:00", "phone", "咨询", "停车"),
      line("2026-11-05T09:00", "phone", "投诉", ""),  // no category: 其他
      line("2026-11-10T09:00", "visit", "报修", "水电"),
      line("2026-11-12T09:00", "fax", "咨询", "停车"),    // not a known channel: as written
      line("2026-11-25T09:00", "phone", "咨询", "停车"),  // after `now`: not yet known
  };
  YearOfCases y;
  y.carried = 2;
  y.completed = 1;
  y.still_open = 3;
  auto a = contact_analysis(lines, nov, t("2026-11-20T12:00"), y);
  CHECK(a.fresh == 4);
  CHECK(a.carried_over == 2);
  CHECK(a.completed == 1);
  CHECK(a.still_open == 3);
  // By name in byte order: "fax" before the Chinese names; 来访 (U+6765) before 电话 (U+7535).
  REQUIRE(a.by_channel.size() == 3);
  CHECK(a.by_channel[0].name == "fax");
  CHECK(a.by_channel[1].name == "来访");
  CHECK(a.by_channel[1].count == 1);
  CHECK(a.by_channel[2].name == "电话");
  CHECK(a.by_channel[2].count == 2);
  // 咨询 2, 投诉 1, 报修 1.
  int consult = 0;
  for (const auto& x : a.by_type)
    if (x.name == "咨询") consult = x.count;
  CHECK(consult == 2);
  CHECK(a.by_type.size() == 3);
  // 停车 2, 水电 1, 其他 1.
  REQUIRE(a.by_category.size() == 3);
  int parking = 0, other = 0;
  for (const auto& x : a.by_category) {
    if (x.name == "停车") parking = x.count;
    if (x.name == "其他") other = x.count;
  }
  CHECK(parking == 2);
  CHECK(other == 1);
}

TEST_CASE("the report's fee line: amounts, households and prior years recovered") {
  YearMonth nov{2026, 11};
  auto bill = [](const char* unit, YearMonth p, int64_t fen, const char* at) {
    return Bill{unit, p, {{"management", "物业管理费", {}, {}, fen, t(at), "lili", ""}}};
  };
  auto pay = [](const char* id, const char* unit, const char* at, int64_t fen) {
    return Payment{id, unit, t(at), fen, PayMethod::cash, "", std::nullopt, "lili", ""};
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
