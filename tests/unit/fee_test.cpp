/// Money parsing and formatting, rounding, the ledger's allocation and credit, arrears rules.
#include <doctest/doctest.h>

#include "core/fee.hpp"
#include "core/money.hpp"

using namespace kefu;

TEST_CASE("money is parsed exactly and ambiguous amounts are refused") {
  CHECK(parse_money("1234.5") == 123450);
  CHECK(parse_money("1234.50") == 123450);
  CHECK(parse_money("¥1,234.50") == 123450);
  CHECK(parse_money("￥1,234,567.05") == 123456705);
  CHECK(parse_money("1234") == 123400);
  CHECK(parse_money("0.01") == 1);
  CHECK(parse_money(" 12.30 ") == 1230);
  CHECK_FALSE(parse_money("1234.567"));
  CHECK_FALSE(parse_money("12,34.50"));
  CHECK_FALSE(parse_money("1,2345"));
  CHECK_FALSE(parse_money(",123"));
  CHECK_FALSE(parse_money("1234,"));
  CHECK_FALSE(parse_money("12a4"));
  CHECK_FALSE(parse_money("-12.30"));
  CHECK_FALSE(parse_money(""));
  CHECK_FALSE(parse_money("."));
  CHECK_FALSE(parse_money("12."));
  CHECK_FALSE(parse_money(".5"));
  CHECK_FALSE(parse_money("1e3"));
}

TEST_CASE("money is formatted as yuan with two decimals") {
  CHECK(format_money(123450) == "1234.50");
  CHECK(format_money(0) == "0.00");
  CHECK(format_money(5) == "0.05");
  CHECK(format_money(-1230) == "-12.30");
  CHECK(format_money(-5) == "-0.05");
}

TEST_CASE("rates and charges round half up to the fen") {
  CHECK(parse_rate("2.5") == 25000);
  CHECK(parse_rate("0.6835") == 6835);
  CHECK_FALSE(parse_rate("0.68351"));
  CHECK(format_rate(25000) == "2.50");
  CHECK(format_rate(6835) == "0.6835");
  CHECK(charge_fen(25000, 8950) == 22375);   // 2.50 × 89.50 = 223.75
  CHECK(charge_fen(2500, 8950) == 2238);     // 0.25 × 89.50 = 22.375 → 22.38
  CHECK(charge_fen(2500, 7640) == 1910);     // 0.25 × 76.40 = 19.10
  CHECK(charge_fen(6835, 10050) == 6869);    // 68.69175 → 68.69
  CHECK(charge_fen(1500000, 100) == 15000);  // 150.00 × 1 space
  CHECK(mul_div_round(5, 1, 10) == 1);       // 0.5 → 1
  CHECK(mul_div_round(4, 1, 10) == 0);
  CHECK(mul_div_round(-5, 1, 10) == -1);  // half away from zero
  CHECK(parse_fixed("0.0003", 6) == 300);
}

namespace {

DateTime at(const char* s) {
  return *parse_datetime(s);
}
YearMonth ym(const char* s) {
  return *parse_month(s);
}

Bill bill(const char* period, int64_t fen, const char* when) {
  Bill b{"1-1-101", ym(period), {}};
  b.items.push_back(
      {"management", "物业管理费", std::nullopt, std::nullopt, fen, at(when), "x", ""});
  return b;
}

Payment pay(const char* id, int64_t fen, const char* when, const char* period = nullptr) {
  Payment p;
  p.id = id;
  p.unit = "1-1-101";
  p.amount = fen;
  p.at = at(when);
  if (period) p.period = ym(period);
  return p;
}

}  // namespace

TEST_CASE("payments settle the oldest unpaid period first") {
  std::vector<Bill> bills = {bill("2026-09", 30000, "2026-09-03"),
                             bill("2026-10", 30000, "2026-10-03"),
                             bill("2026-11", 30000, "2026-11-03")};
  auto L = compute_ledger("1-1-101", bills, {pay("JF-1", 45000, "2026-11-20")});
  REQUIRE(L.periods.size() == 3);
  CHECK(L.periods[0].paid == 30000);
  CHECK(L.periods[1].paid == 15000);
  CHECK(L.periods[2].paid == 0);
  CHECK(L.balance() == 45000);
  CHECK(L.credit == 0);
  REQUIRE(L.allocations.size() == 2);
  CHECK(L.allocations[1].period == ym("2026-10"));
  CHECK(L.allocations[1].amount == 15000);
}

TEST_CASE("a named period is settled first, the rest oldest first") {
  std::vector<Bill> bills = {bill("2026-09", 30000, "2026-09-03"),
                             bill("2026-10", 30000, "2026-10-03"),
                             bill("2026-11", 30000, "2026-11-03")};
  auto L = compute_ledger("1-1-101", bills, {pay("JF-1", 40000, "2026-11-20", "2026-11")});
  CHECK(L.find(ym("2026-11"))->paid == 30000);
  CHECK(L.find(ym("2026-09"))->paid == 10000);
  CHECK(L.find(ym("2026-10"))->paid == 0);
}

TEST_CASE("an overpayment is a credit that the next bill uses") {
  std::vector<Bill> bills = {bill("2026-09", 30000, "2026-09-03"),
                             bill("2026-10", 30000, "2026-10-03")};
  auto L = compute_ledger("1-1-101", bills, {pay("JF-1", 50000, "2026-09-10")});
  CHECK(L.find(ym("2026-09"))->paid == 30000);
  CHECK(L.find(ym("2026-10"))->paid == 20000);
  CHECK(L.credit == 0);
  REQUIRE(L.allocations.size() == 2);
  CHECK(L.allocations[1].from_credit);
  CHECK(L.allocations[1].at == at("2026-10-03"));
  // As known before the October bill, the 200.00 is still a credit.
  auto before =
      compute_ledger("1-1-101", bills, {pay("JF-1", 50000, "2026-09-10")}, at("2026-09-30"));
  CHECK(before.credit == 20000);
  CHECK(before.balance() == -20000);
}

TEST_CASE("arrears age, aging buckets, dun levels and limitation") {
  FeeConfig cfg = default_fee_config();
  Date today = *parse_date("2026-12-25");
  CHECK(age_months(ym("2026-11"), today) == 1);
  CHECK(age_months(ym("2026-12"), today) == 0);
  CHECK(age_months(ym("2025-12"), today) == 12);
  CHECK(aging_bucket(3) == 0);
  CHECK(aging_bucket(4) == 1);
  CHECK(aging_bucket(12) == 2);
  CHECK(aging_bucket(13) == 3);
  CHECK(level_for_age(0, cfg) == 0);
  CHECK(level_for_age(2, cfg) == 2);
  CHECK(level_for_age(5, cfg) == 3);
  CHECK(level_for_age(12, cfg) == 5);

  std::vector<Bill> bills = {bill("2023-11", 30000, "2023-11-03"),
                             bill("2026-12", 30000, "2026-12-03")};
  auto L = compute_ledger("1-1-101", bills, {});
  auto a = unit_arrears(L, today, cfg);
  REQUIRE(a);
  CHECK(a->owed == 30000);  // the current month is not yet in arrears
  CHECK(a->oldest == ym("2023-11"));
  CHECK(a->age == 37);
  // Due 2023-11-30, lapses 2026-11-30: already past, flagged.
  DunLog log{"1-1-101", {}, {}};
  auto w = limitation_warnings(*a, log, today, cfg);
  REQUIRE(w.size() == 1);
  CHECK(w[0].days_left == -25);
  // A written demand naming the period restarts the three years.
  DunEntry e;
  e.at = at("2025-06-01T09:00");
  e.level = 2;
  e.periods = {ym("2023-11")};
  log.entries.push_back(e);
  CHECK(limitation_warnings(*a, log, today, cfg).empty());
  CHECK(recorded_level(log, ym("2023-11")) == 2);
  CHECK(recorded_level(log, ym("2025-07")) == 0);
}

TEST_CASE("late fee only when a daily rate is set") {
  FeeConfig cfg = default_fee_config();
  std::vector<Bill> bills = {bill("2026-10", 100000, "2026-10-03")};
  auto L = compute_ledger("1-1-101", bills, {});
  Date today = *parse_date("2026-12-01");
  CHECK(unit_arrears(L, today, cfg)->late_fee == 0);
  cfg.late_fee_daily_ppm = 300;  // 万分之三 per day, 31 days past 2026-10-31
  CHECK(unit_arrears(L, today, cfg)->late_fee == 930);
}

TEST_CASE("period collection figures for the monthly report") {
  std::vector<Bill> bills = {bill("2025-12", 30000, "2025-12-03"),
                             bill("2026-01", 30000, "2026-01-03")};
  std::vector<Ledger> ls;
  ls.push_back(compute_ledger("1-1-101", bills, {pay("JF-1", 40000, "2026-01-20")}));
  auto c = period_collection(ls, ym("2026-01"));
  CHECK(c.billed == 30000);
  CHECK(c.paid == 10000);
  CHECK(c.households_billed == 1);
  CHECK(c.households_paid == 0);
  CHECK(c.prior_year_recovered == 30000);
}
