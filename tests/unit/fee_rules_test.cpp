/// Billing, the arrears list and its ageing, worked out by hand in fen.
#include <doctest/doctest.h>

#include "core/config.hpp"
#include "core/fee.hpp"
#include "core/unit.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Bill bill(const char* unit, YearMonth p, int64_t fen) {
  // Billed at 09:00 on the first day of its period.
  return Bill{unit,
              p,
              {{"management",
                "物业管理费",
                {},
                {},
                fen,
                start_of_day(p.first_day()) + std::chrono::hours(9),
                "lili",
                ""}}};
}

DunEntry demand(const char* at, int level, DunMethod method, YearMonth period, int64_t fen) {
  DunEntry e;
  e.at = t(at);
  e.level = level;
  e.method = method;
  e.periods = {period};
  e.amount = fen;
  return e;
}

Payment pay(const char* id, const char* unit, const char* at, int64_t fen) {
  return Payment{id, unit, t(at), fen, PayMethod::cash, "", std::nullopt, "lili", "", ""};
}

}  // namespace

TEST_CASE("billing adds each standing item once, by area, space or fixed") {
  std::vector<FeeItemConfig> items{
      {"management", "物业管理费", FeeBasis::area, 25000, ""},  // ¥2.50 per m²
      {"parking", "车位管理费", FeeBasis::space, 1500000, ""},  // ¥150.00 per space
      {"water", "水费", FeeBasis::metered, 35000, "吨"},        // by import only
      {"rubbish", "垃圾清运费", FeeBasis::fixed, 100000, ""},   // ¥10.00 a month
  };
  Unit u{"1-1-101", "1", "陈建国", "", 10000, 1, {}, {}, {}, {}, {}, {}};  // 100.00 m², one space
  Bill b{u.id, {2026, 11}, {}};
  auto added = bill_standing_items(b, u, items, t("2026-11-01T09:00"), "lili");
  // 100.00 m² × ¥2.50 = ¥250.00; 1 × ¥150.00; fixed ¥10.00 → 3 items, ¥410.00.
  CHECK(added.items == 3);
  CHECK(added.amount == 41000);
  REQUIRE(b.items.size() == 3);
  CHECK(b.items[0].amount == 25000);
  CHECK(b.items[0].quantity == 10000);
  CHECK(b.items[1].amount == 15000);
  CHECK(b.items[1].quantity == 100);
  CHECK(b.items[2].amount == 1000);
  CHECK_FALSE(b.items[2].quantity);
  CHECK(b.total() == 41000);
  // Billed again: nothing new.
  auto again = bill_standing_items(b, u, items, t("2026-11-02T09:00"), "lili");
  CHECK(again.items == 0);
  CHECK(again.amount == 0);
  CHECK(b.items.size() == 3);

  // No parking space: that item comes to nothing and is left out. 88.50 m² × ¥2.50 = ¥221.25.
  Unit v{"1-1-102", "1", "林小红", "", 8850, 0, {}, {}, {}, {}, {}, {}};
  Bill c{v.id, {2026, 11}, {}};
  auto second = bill_standing_items(c, v, items, t("2026-11-01T09:00"), "lili");
  CHECK(second.items == 2);
  CHECK(second.amount == 22125 + 1000);
}

TEST_CASE("the arrears list and its ageing on 10 December 2026") {
  Date today = date_of(t("2026-12-10T12:00"));
  FeeConfig cfg = default_fee_config();  // levels after 1, 2, 3, 6 and 12 months
  std::vector<Bill> bills{               // 101: ¥100.00 in June, September, November and December.
                          bill("1-1-101", {2026, 6}, 10000), bill("1-1-101", {2026, 9}, 10000),
                          bill("1-1-101", {2026, 11}, 10000), bill("1-1-101", {2026, 12}, 10000),
                          // 102: ¥100.00 in October 2023 and ¥200.00 in October 2025.
                          bill("1-1-102", {2023, 10}, 10000), bill("1-1-102", {2025, 10}, 20000),
                          // 103: ¥100.00 in November, paid.
                          bill("1-1-103", {2026, 11}, 10000)};
  std::vector<Payment> pays{
      pay("JF-2026-07-0001", "1-1-101", "2026-07-01T10:00", 5000),  // half of June
      pay("JF-2026-11-0001", "1-1-102", "2026-11-15T10:00", 5000),  // half of October 2023
      pay("JF-2026-11-0002", "1-1-103", "2026-11-20T10:00", 10000)};
  auto ledgers = unit_ledgers(bills, pays, t("2026-12-10T12:00"));
  REQUIRE(ledgers.size() == 3);
  CHECK(ledgers.at("1-1-101").balance() == 40000 - 5000);
  CHECK(ledgers.at("1-1-103").balance() == 0);

  // 101 has a phone call (level 1) in July and a written notice naming June (level 2) in August.
  DunLog log{"1-1-101", {}, ""};
  log.entries.push_back(demand("2026-07-05T10:00", 1, DunMethod::phone, {2026, 6}, 5000));
  log.entries.push_back(demand("2026-08-10T10:00", 2, DunMethod::written_notice, {2026, 6}, 5000));

  auto lines = arrears_lines(ledgers, {log}, today, cfg);
  REQUIRE(lines.size() == 2);  // 103 owes nothing; 101's December bill is not yet due

  // 101: June ¥50.00 (6 months old), September ¥100.00 (3), November ¥100.00 (1) → ¥250.00.
  const auto& a = lines[0];
  CHECK(a.a.unit == "1-1-101");
  CHECK(a.a.owed == 25000);
  CHECK(a.a.oldest == YearMonth{2026, 6});
  CHECK(a.a.age == 6);
  CHECK(a.a.unpaid.size() == 3);
  CHECK(a.level_due == 4);       // 6 months: 律师函
  CHECK(a.level_recorded == 2);  // the written notice of August
  CHECK(a.dun_due());
  CHECK(a.warnings.empty());  // June's 3 years run from the August notice: 2029-08-10

  // 102: October 2023 ¥50.00 left (38 months old), October 2025 ¥200.00 (14) → ¥250.00.
  const auto& b = lines[1];
  CHECK(b.a.unit == "1-1-102");
  CHECK(b.a.owed == 25000);
  CHECK(b.a.oldest == YearMonth{2023, 10});
  CHECK(b.a.age == 38);
  CHECK(b.level_due == 5);  // 12 months or more: 诉讼
  CHECK(b.level_recorded == 0);
  CHECK(b.dun_due());
  // October 2023 was due 31 October 2023, never demanded in writing: it lapsed on
  // 31 October 2026, 40 days before today (30 days of November and 10 of December).
  REQUIRE(b.warnings.size() == 1);
  CHECK(b.warnings[0].period == YearMonth{2023, 10});
  CHECK(format_date(b.warnings[0].lapses) == "2026-10-31");
  CHECK(b.warnings[0].days_left == -40);

  auto g = arrears_ageing(lines, today);
  CHECK(g.owed == 50000);
  CHECK(g.late_fee == 0);  // no daily rate set
  // Households by their oldest debt: 101 (6 months) in 4–6, 102 (38) in >12.
  CHECK(g.units[0] == 0);
  CHECK(g.units[1] == 1);
  CHECK(g.units[2] == 0);
  CHECK(g.units[3] == 1);
  // Amounts by each period's age: 1–3: 101's September and November, ¥200.00; 4–6: 101's
  // June, ¥50.00; 7–12: none; >12: 102's ¥50.00 + ¥200.00.
  CHECK(g.amount[0] == 20000);
  CHECK(g.amount[1] == 5000);
  CHECK(g.amount[2] == 0);
  CHECK(g.amount[3] == 25000);

  // Once the lawyer's letter (level 4) is recorded, nothing more is due for 101.
  log.entries.push_back(demand("2026-12-10T10:00", 4, DunMethod::lawyer_letter, {2026, 6}, 25000));
  auto after = arrears_lines(ledgers, {log}, today, cfg);
  CHECK(after[0].level_recorded == 4);
  CHECK_FALSE(after[0].dun_due());
}

TEST_CASE("who chases arrears") {
  Config cfg;
  CHECK(fee_owner(cfg) == "");  // nobody on the roster
  cfg.staff = {{"zhangmin", "张敏", Role::assistant, ""}};
  CHECK(fee_owner(cfg) == "zhangmin");  // no finance, supervisor or manager: the first
  cfg.staff.push_back({"zhaojl", "赵经理", Role::manager, ""});
  CHECK(fee_owner(cfg) == "zhaojl");
  cfg.staff.push_back({"wangqiang", "王强", Role::supervisor, ""});
  CHECK(fee_owner(cfg) == "wangqiang");  // a 客户主管 before the manager
  cfg.staff.push_back({"sunli", "孙莉", Role::finance, ""});
  CHECK(fee_owner(cfg) == "sunli");  // 财务 first
  cfg.fees.owner = "王强";           // kefu.yaml fees.owner, by id or by name
  CHECK(fee_owner(cfg) == "wangqiang");
}

TEST_CASE("a dun notice's pay-by date: pay_within_days calendar days after it is written") {
  FeeConfig cfg;
  CHECK(format_date(notice_pay_by(*parse_date("2026-12-01"), cfg)) == "2026-12-16");  // 15 days
  cfg.pay_within_days = 31;
  CHECK(format_date(notice_pay_by(*parse_date("2026-12-01"), cfg)) == "2027-01-01");
  cfg.pay_within_days = 0;
  CHECK(format_date(notice_pay_by(*parse_date("2026-02-28"), cfg)) == "2026-02-28");
}
