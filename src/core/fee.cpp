/// Fee rules: the ledger replay, arrears, dun levels, limitation, collection figures.
#include "core/fee.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/config.hpp"
#include "core/money.hpp"
#include "core/unit.hpp"

namespace kefu {

template <>
std::span<const EnumName<FeeBasis>> enum_names<FeeBasis>() {
  static constexpr EnumName<FeeBasis> names[] = {
      {FeeBasis::area, "area", "按面积"},
      {FeeBasis::space, "space", "按车位"},
      {FeeBasis::metered, "metered", "按用量"},
      {FeeBasis::fixed, "fixed", "固定"},
  };
  return names;
}

template <>
std::span<const EnumName<PayMethod>> enum_names<PayMethod>() {
  static constexpr EnumName<PayMethod> names[] = {
      {PayMethod::cash, "cash", "现金"},
      {PayMethod::wechat, "wechat", "微信"},
      {PayMethod::alipay, "alipay", "支付宝"},
      {PayMethod::bank_transfer, "bank_transfer", "银行转账"},
      {PayMethod::card, "card", "刷卡"},
      {PayMethod::deposit, "deposit", "押金抵扣"},
  };
  return names;
}

template <>
std::span<const EnumName<DunMethod>> enum_names<DunMethod>() {
  static constexpr EnumName<DunMethod> names[] = {
      {DunMethod::phone, "phone", "电话"},
      {DunMethod::written_notice, "written_notice", "书面通知"},
      {DunMethod::home_visit, "home_visit", "上门"},
      {DunMethod::lawyer_letter, "lawyer_letter", "律师函"},
      {DunMethod::lawsuit, "lawsuit", "诉讼"},
  };
  return names;
}

const FeeItemConfig* FeeConfig::find_item(std::string_view key_or_name) const {
  for (const auto& i : items)
    if (i.key == key_or_name || i.name == key_or_name) return &i;
  return nullptr;
}

const DunLevel* FeeConfig::find_level(int level) const {
  for (const auto& l : dun_levels)
    if (l.level == level) return &l;
  return nullptr;
}

const char* read_daily_rate(std::string_view text, int64_t& ppm) {
  auto v = parse_fixed(text, 6);
  if (!v || *v >= 1'000'000) return " 应为小数，如 0.0003（万分之三）；不收滞纳金则写 0";
  ppm = *v;
  return nullptr;
}

std::string format_daily_rate(const int64_t& ppm) {
  std::string frac = fmt::format("{:06}", ppm % 1'000'000);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return fmt::format("{}{}{}", ppm / 1'000'000, frac.empty() ? "" : ".", frac);
}

FeeConfig default_fee_config() {
  FeeConfig c;
  c.dun_levels = {
      {1, "电话催缴", DunMethod::phone, 1},      {2, "书面通知", DunMethod::written_notice, 2},
      {3, "上门催缴", DunMethod::home_visit, 3}, {4, "律师函", DunMethod::lawyer_letter, 6},
      {5, "诉讼", DunMethod::lawsuit, 12},
  };
  return c;
}

int64_t Bill::total() const {
  int64_t t = 0;
  for (const auto& i : items) t += i.amount;
  return t;
}

const BillItem* Bill::find(std::string_view item) const {
  for (const auto& i : items)
    if (i.item == item) return &i;
  return nullptr;
}

const PeriodBalance* Ledger::find(YearMonth p) const {
  // Periods are kept ascending: a binary search (a ten-year ledger has 120).
  auto it = std::lower_bound(periods.begin(), periods.end(), p,
                             [](const PeriodBalance& b, YearMonth x) { return b.period < x; });
  return it != periods.end() && it->period == p ? &*it : nullptr;
}

namespace {

struct Event {
  DateTime at;
  int order;  // charges before payments at the same instant, then input order
  size_t seq;
  // charge
  YearMonth period;
  int64_t amount = 0;
  const Payment* payment = nullptr;
};

struct Credit {
  std::string payment;
  int64_t left;
};

}  // namespace

Ledger compute_ledger(const std::string& unit, const std::vector<Bill>& bills,
                      const std::vector<Payment>& payments, std::optional<DateTime> as_of) {
  Ledger L;
  L.unit = unit;
  std::vector<Event> events;
  size_t seq = 0;
  for (const auto& b : bills) {
    if (b.unit != unit) continue;
    for (const auto& i : b.items) {
      if (as_of && i.at > *as_of) continue;
      events.push_back({i.at, 0, seq++, b.period, i.amount, nullptr});
    }
  }
  std::map<std::string, DepositHeld> deposits;
  for (const auto& p : payments) {
    if (p.unit != unit || (as_of && p.at > *as_of)) continue;
    if (!p.deposit.empty()) {
      auto& d = deposits[p.deposit];
      d.case_id = p.deposit;
      if (p.amount > 0 && deposit_movement(p)) d.received += p.amount;
      d.held += deposit_change(p);
      if (deposit_movement(p)) continue;
    }
    events.push_back({p.at, 1, seq++, {}, p.amount, &p});
  }
  for (auto& [id, d] : deposits) L.deposits.push_back(d);
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.at != b.at) return a.at < b.at;
    if (a.order != b.order) return a.order < b.order;
    return a.seq < b.seq;
  });

  std::map<YearMonth, PeriodBalance> per;
  std::vector<Credit> credits;
  auto settle = [&](PeriodBalance& pb, const std::string& pay, int64_t& left, DateTime at,
                    bool from_credit) {
    int64_t take = std::min(left, pb.outstanding());
    if (take <= 0) return;
    pb.paid += take;
    left -= take;
    L.allocations.push_back({pay, pb.period, take, at, from_credit});
  };
  auto settle_oldest = [&](const std::string& pay, int64_t& left, DateTime at, bool from_credit) {
    for (auto& [p, pb] : per) {
      if (left <= 0) break;
      settle(pb, pay, left, at, from_credit);
    }
  };
  for (const auto& e : events) {
    if (!e.payment) {
      auto& pb = per[e.period];
      pb.period = e.period;
      pb.billed += e.amount;
      L.billed += e.amount;
      // An earlier overpayment settles the new charge at once, oldest credit first.
      for (auto& c : credits) {
        if (c.left <= 0) continue;
        settle_oldest(c.payment, c.left, e.at, true);
      }
      std::erase_if(credits, [](const Credit& c) { return c.left <= 0; });
      continue;
    }
    const Payment& p = *e.payment;
    L.paid += p.amount;
    int64_t left = p.amount;
    if (p.period) {
      auto it = per.find(*p.period);
      if (it != per.end()) settle(it->second, p.id, left, p.at, false);
    }
    settle_oldest(p.id, left, p.at, false);
    if (left > 0) credits.push_back({p.id, left});
  }
  for (const auto& c : credits) L.credit += c.left;
  for (auto& [p, pb] : per) L.periods.push_back(pb);
  return L;
}

std::map<std::string, Ledger> unit_ledgers(const std::vector<Bill>& bills,
                                           const std::vector<Payment>& payments,
                                           std::optional<DateTime> as_of) {
  std::map<std::string, std::vector<Bill>> by_unit_bills;
  std::map<std::string, std::vector<Payment>> by_unit_payments;
  for (const auto& b : bills) by_unit_bills[b.unit].push_back(b);
  for (const auto& p : payments) by_unit_payments[p.unit].push_back(p);
  std::set<std::string> units;
  for (const auto& [u, _] : by_unit_bills) units.insert(u);
  for (const auto& [u, _] : by_unit_payments) units.insert(u);
  std::map<std::string, Ledger> out;
  for (const auto& u : units)
    out[u] = compute_ledger(u, by_unit_bills[u], by_unit_payments[u], as_of);
  return out;
}

std::vector<Allocation> allocations_of(const Ledger& ledger, const std::string& payment_id) {
  std::vector<Allocation> out;
  for (const auto& a : ledger.allocations)
    if (a.payment == payment_id) out.push_back(a);
  return out;
}

int age_months(YearMonth p, Date today) {
  auto m = month_of(DateTime(today));
  return (m.year - p.year) * 12 + int(m.month) - int(p.month);
}

Date due_date(YearMonth p) {
  return p.last_day();
}

std::optional<UnitArrears> unit_arrears(const Ledger& ledger, Date today, const FeeConfig& cfg) {
  UnitArrears a;
  a.unit = ledger.unit;
  for (const auto& pb : ledger.periods) {
    if (pb.outstanding() <= 0 || age_months(pb.period, today) < 1) continue;
    if (a.unpaid.empty()) {
      a.oldest = pb.period;
      a.age = age_months(pb.period, today);
    }
    a.unpaid.push_back(pb);
    a.owed += pb.outstanding();
    if (cfg.late_fee_daily_ppm > 0) {
      auto days = (today - due_date(pb.period)).count();
      if (days > 0)
        a.late_fee += mul_div_round(pb.outstanding() * days, cfg.late_fee_daily_ppm, 1'000'000);
    }
  }
  if (a.unpaid.empty()) return std::nullopt;
  return a;
}

const char* const kAgingBucketsZh[4] = {"1–3个月", "4–6个月", "7–12个月", "12个月以上"};

int aging_bucket(int age) {
  if (age <= 3) return 0;
  if (age <= 6) return 1;
  if (age <= 12) return 2;
  return 3;
}

int level_for_age(int age, const FeeConfig& cfg) {
  int level = 0;
  for (const auto& l : cfg.dun_levels)
    if (age >= l.after_months) level = std::max(level, l.level);
  return level;
}

Date notice_pay_by(Date today, const FeeConfig& cfg) {
  return today + std::chrono::days(cfg.pay_within_days);
}

int recorded_level(const DunLog& log, YearMonth since) {
  int level = 0;
  for (const auto& e : log.entries)
    if (e.at >= DateTime(since.first_day())) level = std::max(level, e.level);
  return level;
}

namespace {

/// The same day `years` later; 29 February becomes 28 February.
Date add_years(Date d, int years) {
  std::chrono::year_month_day ymd{d};
  auto y = ymd.year() + std::chrono::years(years);
  std::chrono::year_month_day out{y, ymd.month(), ymd.day()};
  if (!out.ok()) out = std::chrono::year_month_day{y, ymd.month(), std::chrono::day(28)};
  return Date(out);
}

}  // namespace

std::vector<LimitationWarning> limitation_warnings(const UnitArrears& a, const DunLog& log,
                                                   Date today, const FeeConfig& cfg) {
  std::vector<LimitationWarning> out;
  for (const auto& pb : a.unpaid) {
    std::optional<Date> demand;
    for (const auto& e : log.entries) {
      if (e.level < 2) continue;
      if (std::find(e.periods.begin(), e.periods.end(), pb.period) == e.periods.end()) continue;
      Date d = date_of(e.at);
      if (!demand || d > *demand) demand = d;
    }
    Date from = due_date(pb.period);
    if (demand && *demand > from) from = *demand;
    Date lapses = add_years(from, 3);
    int left = int((lapses - today).count());
    if (left < cfg.limitation_warn_days) out.push_back({a.unit, pb.period, lapses, left, demand});
  }
  return out;
}

Billed bill_standing_items(Bill& bill, const Unit& unit, const std::vector<FeeItemConfig>& items,
                           DateTime now, const std::string& by) {
  Billed added;
  for (const auto& item : items) {
    if (item.basis == FeeBasis::metered || bill.find(item.key)) continue;
    BillItem bi{item.key, item.name, std::nullopt, item.rate, 0, now, by, ""};
    if (item.basis == FeeBasis::area)
      bi.quantity = unit.area_centi_m2;
    else if (item.basis == FeeBasis::space)
      bi.quantity = int64_t(unit.parking_spaces) * 100;
    bi.amount = charge_fen(item.rate, bi.quantity.value_or(100));
    if (bi.amount <= 0) continue;
    added.amount += bi.amount;
    ++added.items;
    bill.items.push_back(std::move(bi));
  }
  return added;
}

std::string fee_owner(const Config& cfg) {
  if (!cfg.fees.owner.empty()) return cfg.find_staff(cfg.fees.owner)->id;
  for (Role r : {Role::finance, Role::supervisor, Role::manager})
    for (const auto& s : cfg.staff)
      if (s.role == r) return s.id;
  return cfg.staff.empty() ? "" : cfg.staff.front().id;
}

std::vector<ArrearsLine> arrears_lines(const std::map<std::string, Ledger>& ledgers,
                                       const std::vector<DunLog>& logs, Date today,
                                       const FeeConfig& cfg) {
  std::map<std::string, const DunLog*> log_of;
  for (const auto& l : logs) log_of.emplace(l.unit, &l);  // the first of a unit, as read
  static const DunLog no_log;
  std::vector<ArrearsLine> out;
  for (const auto& [unit, L] : ledgers) {
    auto a = unit_arrears(L, today, cfg);
    if (!a) continue;
    auto it = log_of.find(unit);
    const DunLog& log = it == log_of.end() ? no_log : *it->second;
    ArrearsLine line;
    line.level_due = level_for_age(a->age, cfg);
    line.level_recorded = recorded_level(log, a->oldest);
    line.warnings = limitation_warnings(*a, log, today, cfg);
    line.a = std::move(*a);
    out.push_back(std::move(line));
  }
  return out;
}

ArrearsAgeing arrears_ageing(const std::vector<ArrearsLine>& lines, Date today) {
  ArrearsAgeing g;
  for (const auto& l : lines) {
    g.owed += l.a.owed;
    g.late_fee += l.a.late_fee;
    ++g.units[aging_bucket(l.a.age)];
    for (const auto& pb : l.a.unpaid)
      g.amount[aging_bucket(age_months(pb.period, today))] += pb.outstanding();
  }
  return g;
}

PeriodCollection period_collection(const std::vector<Ledger>& ledgers, YearMonth m) {
  PeriodCollection c;
  c.period = m;
  DateTime from = start_of_day(m.first_day()), to = start_of_day(m.next().first_day());
  for (const auto& L : ledgers) {
    if (const auto* pb = L.find(m); pb && pb->billed > 0) {
      c.billed += pb->billed;
      c.paid += pb->paid;
      ++c.households_billed;
      if (pb->outstanding() <= 0) ++c.households_paid;
    }
    for (const auto& al : L.allocations)  // settled in month m, for a bill of an earlier year
      if (al.at >= from && al.at < to && al.period.year < m.year)
        c.prior_year_recovered += al.amount;
  }
  return c;
}

}  // namespace kefu
