/// Fees and dunning (费用收缴, R10): fee items, bills, payments, the unit ledger that settles
/// payments against bills, arrears and their age, dun levels and the 3-year limitation.
///
/// Money is integer fen. Rules kept here, in one place:
/// - A bill of period M is due by the last day of M. Its age on a date D is the number of
///   calendar months from M to D's month (the 2026-11 bill is 1 month old all December);
///   a bill is in arrears once its age is 1 or more and something of it is unpaid.
/// - Payments settle the oldest unpaid period first, unless a period is named (that period
///   first, the rest oldest first); what is left over is a credit, used by the next bill as
///   soon as it is issued. Allocations are derived by replaying the unit's bills and payments
///   in time order, never stored, so a corrected bill never leaves a stale allocation behind.
/// - Dun level: the highest configured level whose `after_months` the oldest debt's age has
///   reached. A unit "reached a new level" when that is above every level recorded in its
///   dun log since the oldest unpaid period began.
/// - Limitation (民法典 Art. 188): 3 years from the bill's due date, restarted by a written
///   demand (dun log entry of level 2 or more naming the period). Flagged when < 90 days left.
/// - Late fee only when the site sets a daily rate: outstanding × rate × days past due.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

enum class FeeBasis { area, space, metered, fixed };
/// `deposit`: paid out of a renovation deposit held (装修押金抵扣), never typed at the desk.
enum class PayMethod { cash, wechat, alipay, bank_transfer, card, deposit };
/// The means of each dun level. Cutting water, power, heat or gas is unlawful (民法典 944)
/// and deliberately not among them.
enum class DunMethod { phone, written_notice, home_visit, lawyer_letter, lawsuit };

template <>
std::span<const EnumName<FeeBasis>> enum_names<FeeBasis>();
template <>
std::span<const EnumName<PayMethod>> enum_names<PayMethod>();
template <>
std::span<const EnumName<DunMethod>> enum_names<DunMethod>();

struct FeeItemConfig {
  std::string key;   // management
  std::string name;  // 物业管理费
  FeeBasis basis = FeeBasis::area;
  int64_t rate = 0;     // ten-thousandths of a yuan per m² / space / metered unit / month
  std::string measure;  // 吨, 度: for metered items, shown on bills
  bool operator==(const FeeItemConfig&) const = default;
};
/// kefu.yaml's fees.items entries. Read after it: the name defaults to the key, the measure
/// of an item by area to m²; rate may be left out of a fixed item alone; keys are not repeated.
template <class V>
void members(V& v, FeeItemConfig& x) {
  using namespace field;
  v("key", x.key, required), v("name", x.name), v("basis", x.basis, required);
  v("rate", x.rate, rate, Says{"单价 rate 应为最多四位小数的元数，如 2.50"});
  v("measure", x.measure);
}

struct DunLevel {
  int level = 0;
  std::string name;  // 电话催缴
  DunMethod method = DunMethod::phone;
  int after_months = 0;  // reached when the oldest debt is this many months old
  bool operator==(const DunLevel&) const = default;
};
/// kefu.yaml's dun_levels entries. Read after it: the level defaults to the one before + 1, the
/// name to the method's; after_months is a positive number; both rise from level to level.
template <class V>
void members(V& v, DunLevel& x) {
  v("level", x.level), v("name", x.name), v("method", x.method, field::required);
  v("after_months", x.after_months);
}

/// kefu.yaml `fees:` and `dun_levels:`, whose members Config's list names (core/config.hpp):
/// the file keeps the dun levels apart, at the top.
struct FeeConfig {
  std::vector<FeeItemConfig> items;
  int64_t late_fee_daily_ppm = 0;  // parts per million per day; 0 = no late fee
  int pay_within_days = 15;        // pay-by date on a dun notice
  int limitation_warn_days = 90;
  std::string owner;  // staff id for the `kefu due` lines; empty = finance/supervisor
  std::vector<DunLevel> dun_levels;  // ascending level

  const FeeItemConfig* find_item(std::string_view key_or_name) const;
  const DunLevel* find_level(int level) const;
  bool operator==(const FeeConfig&) const = default;
};
/// fees.late_fee_daily, a daily rate below 1 ("0.0003", 万分之三), as parts per million.
const char* read_daily_rate(std::string_view text, int64_t& ppm);
std::string format_daily_rate(const int64_t& ppm);
inline constexpr field::Spelled<int64_t> daily_rate_text{&read_daily_rate, &format_daily_rate};

FeeConfig default_fee_config();

struct BillItem {
  std::string item;                 // key of the fee item
  std::string name;                 // its name when billed
  std::optional<int64_t> quantity;  // hundredths: m², spaces, m³, kWh
  std::optional<int64_t> rate;      // ten-thousandths of a yuan
  int64_t amount = 0;               // fen
  DateTime at{};                    // when it was billed
  std::string by;
  std::string note;
  bool operator==(const BillItem&) const = default;
};
/// Without a name of its own, an item is named by its key.
template <class V>
void members(V& v, BillItem& x) {
  using namespace field;
  v("item", x.item, required), v("name", x.name), v("quantity", x.quantity, centi, omit_empty);
  v("rate", x.rate, rate, omit_empty), v("amount", x.amount, money, required);
  v("at", x.at, required), v("by", x.by), v("note", x.note, omit_empty);
}

/// One unit's bill of one period; items may be added later (metered use imported).
struct Bill {
  std::string unit;
  YearMonth period;
  std::vector<BillItem> items;

  int64_t total() const;
  const BillItem* find(std::string_view item) const;
  bool operator==(const Bill&) const = default;
};
/// A bill's period is its file's (period: at the top, and the folder).
template <class V>
void members(V& v, Bill& x) {
  v("unit", x.unit, field::required), v("period", x.period, field::not_in_file);
  v("items", x.items);
}

struct Payment {
  std::string id;  // JF-2026-11-0001
  std::string unit;
  DateTime at{};
  int64_t amount = 0;
  PayMethod method = PayMethod::cash;
  std::string receipt;
  std::optional<YearMonth> period;  // settle this period first
  std::string by;
  std::string note;
  /// A renovation deposit's movement (the case's ID): received (above zero) or refunded (below)
  /// outside the unit's bills, never income; with method `deposit`, a payment out of the
  /// deposit held that settles the unit's bills like any payment.
  std::string deposit;
  bool operator==(const Payment&) const = default;
};
template <class V>
void members(V& v, Payment& x) {
  using namespace field;
  v("id", x.id, required), v("unit", x.unit, required), v("at", x.at, required);
  v("amount", x.amount, money, required), v("method", x.method, required);
  v("receipt", x.receipt), v("period", x.period, omit_empty), v("by", x.by);
  v("note", x.note, omit_empty), v("deposit", x.deposit, omit_empty);
}
/// A payment that moves deposit money in or out without touching the unit's bills.
inline bool deposit_movement(const Payment& p) {
  return !p.deposit.empty() && p.method != PayMethod::deposit;
}
/// What a payment naming a deposit does to the deposit held: a movement as it is (in above
/// zero, refunded below), a payment out of it (method `deposit`) as its opposite; 0 for any
/// other payment.
inline int64_t deposit_change(const Payment& p) {
  if (p.deposit.empty()) return 0;
  return deposit_movement(p) ? p.amount : -p.amount;
}

struct DunEntry {
  DateTime at{};
  int level = 0;
  DunMethod method = DunMethod::phone;
  std::vector<YearMonth> periods;  // the unpaid periods the demand names
  int64_t amount = 0;              // what was demanded
  std::string notice;              // the rendered notice, relative to the data directory
  std::string by;
  std::string result;            // to be filled after the call or visit
  std::optional<Date> promised;  // promised payment date
  std::optional<DateTime> result_at;
  std::string result_by;
  bool operator==(const DunEntry&) const = default;
};
template <class V>
void members(V& v, DunEntry& x) {
  using namespace field;
  v("at", x.at, required), v("level", x.level), v("method", x.method, required);
  v("periods", x.periods), v("amount", x.amount, money), v("notice", x.notice), v("by", x.by);
  v("result", x.result), v("promised", x.promised), v("result_at", x.result_at);
  v("result_by", x.result_by);
}

struct DunLog {
  std::string unit;
  std::vector<DunEntry> entries;
  std::string extra;  // top-level keys kefu does not know (a correction's note), as JSON text
  bool operator==(const DunLog&) const = default;
};
/// The unit is the file's name when the file does not say; `extra` is written back after.
template <class V>
void members(V& v, DunLog& x) {
  v("unit", x.unit), v("entries", x.entries), v("extra", x.extra, field::not_in_file);
}

// ---- the ledger -----------------------------------------------------------------------------

struct Allocation {
  std::string payment;  // payment ID
  YearMonth period;
  int64_t amount = 0;
  DateTime at{};             // when it settled: the payment, or the bill that used a credit
  bool from_credit = false;  // an earlier overpayment used by a later bill
  bool operator==(const Allocation&) const = default;
};
/// Ledgers are derived, never files: their lists serve the index's kept values alone.
template <class V>
void members(V& v, Allocation& x) {
  v("payment", x.payment), v("period", x.period), v("amount", x.amount), v("at", x.at);
  v("from_credit", x.from_credit);
}

struct PeriodBalance {
  YearMonth period;
  int64_t billed = 0;
  int64_t paid = 0;
  int64_t outstanding() const { return billed - paid; }
  bool operator==(const PeriodBalance&) const = default;
};
template <class V>
void members(V& v, PeriodBalance& x) {
  v("period", x.period), v("billed", x.billed), v("paid", x.paid);
}

/// A renovation deposit as the unit's ledger holds it.
struct DepositHeld {
  std::string case_id;
  int64_t received = 0;  // paid in
  int64_t held = 0;      // still held: received less refunds and what settled bills
  bool operator==(const DepositHeld&) const = default;
};
template <class V>
void members(V& v, DepositHeld& x) {
  v("case", x.case_id), v("received", x.received), v("held", x.held);
}

struct Ledger {
  std::string unit;
  std::vector<PeriodBalance> periods;   // ascending
  std::vector<Allocation> allocations;  // in the order they happened
  int64_t billed = 0;
  int64_t paid = 0;                   // sum of payments
  int64_t credit = 0;                 // paid but not yet used by any bill
  std::vector<DepositHeld> deposits;  // renovation deposits, by case: not in billed or paid

  /// What the unit owes (negative: in credit).
  int64_t balance() const { return billed - paid; }
  const PeriodBalance* find(YearMonth p) const;
  bool operator==(const Ledger&) const = default;
};
template <class V>
void members(V& v, Ledger& x) {
  v("unit", x.unit), v("periods", x.periods), v("allocations", x.allocations);
  v("billed", x.billed), v("paid", x.paid), v("credit", x.credit), v("deposits", x.deposits);
}

/// Replays the unit's bills and payments up to `as_of` (everything when unset).
Ledger compute_ledger(const std::string& unit, const std::vector<Bill>& bills,
                      const std::vector<Payment>& payments,
                      std::optional<DateTime> as_of = std::nullopt);

/// Every unit's ledger, by unit, from the bills and payments of any number of units.
std::map<std::string, Ledger> unit_ledgers(const std::vector<Bill>& bills,
                                           const std::vector<Payment>& payments,
                                           std::optional<DateTime> as_of = std::nullopt);

/// How a payment would settle now, before it is recorded: allocations of `payment` only.
std::vector<Allocation> allocations_of(const Ledger& ledger, const std::string& payment_id);

// ---- arrears ----------------------------------------------------------------------------------

/// Months from period `p` to the month of `today`.
int age_months(YearMonth p, Date today);
Date due_date(YearMonth p);

struct UnitArrears {
  std::string unit;
  int64_t owed = 0;                   // outstanding of bills at least 1 month old
  YearMonth oldest;                   // oldest unpaid period
  int age = 0;                        // its age in months
  std::vector<PeriodBalance> unpaid;  // ascending
  int64_t late_fee = 0;               // 0 unless the site sets a daily rate
};

std::optional<UnitArrears> unit_arrears(const Ledger& ledger, Date today, const FeeConfig& cfg);

/// 1–3, 4–6, 7–12, >12 months: bucket index 0..3 of an age ≥ 1.
int aging_bucket(int age);
extern const char* const kAgingBucketsZh[4];

/// The dun level an age has reached (0: none).
int level_for_age(int age, const FeeConfig& cfg);
/// The highest level recorded since `since` (the oldest unpaid period began), 0 if none.
/// The pay-by date of a dun notice written on `today`: fees.pay_within_days calendar days on.
Date notice_pay_by(Date today, const FeeConfig& cfg);
int recorded_level(const DunLog& log, YearMonth since);

struct LimitationWarning {
  std::string unit;
  YearMonth period;
  Date lapses{};      // 3 years after the due date or the last written demand
  int days_left = 0;  // negative: already lapsed
  std::optional<Date> last_written_demand;
};

/// Unpaid bills whose limitation lapses within cfg.limitation_warn_days of today.
std::vector<LimitationWarning> limitation_warnings(const UnitArrears& a, const DunLog& log,
                                                   Date today, const FeeConfig& cfg);

// ---- the monthly report's collection figures ------------------------------------------------

// ---- billing ---------------------------------------------------------------------------------

struct Unit;    // core/unit.hpp, which needs config.hpp, which needs this file
struct Config;  // core/config.hpp, which needs this file

/// What billing added to one unit's bill.
struct Billed {
  int items = 0;
  int64_t amount = 0;  // fen
};

/// Adds to `bill` (the unit's bill of its period) every standing item of `items` it does not
/// hold yet: by floor area, by parking space, or fixed; metered items come by import. An item
/// that comes to nothing (no parking space, a zero rate) is left out.
Billed bill_standing_items(Bill& bill, const Unit& unit, const std::vector<FeeItemConfig>& items,
                           DateTime now, const std::string& by);

/// Who chases arrears (the `kefu due` lines, a dun run from cron): fees.owner, else the first
/// 财务, else the first 客户主管, else the first 管理处经理, else the first on the roster; empty
/// with no staff at all.
std::string fee_owner(const Config& cfg);

// ---- the arrears list -------------------------------------------------------------------------

/// One unit in arrears, with the dun level its oldest debt has reached and the one last
/// recorded, and its limitation warnings.
struct ArrearsLine {
  UnitArrears a;
  std::string owner;  // the owner's name, filled from units/ by the caller
  int level_due = 0, level_recorded = 0;
  std::vector<LimitationWarning> warnings;
  /// A level reached and not yet recorded: a notice is due.
  bool dun_due() const { return level_due > level_recorded; }
};

/// The units of `ledgers` in arrears on `today`, in unit order; `logs` are their dun logs.
std::vector<ArrearsLine> arrears_lines(const std::map<std::string, Ledger>& ledgers,
                                       const std::vector<DunLog>& logs, Date today,
                                       const FeeConfig& cfg);

/// 账龄分析: households by the age of their oldest unpaid period, amounts by the age of each
/// unpaid period (buckets of aging_bucket).
struct ArrearsAgeing {
  int units[4] = {0, 0, 0, 0};
  int64_t amount[4] = {0, 0, 0, 0};
  int64_t owed = 0;      // all of it
  int64_t late_fee = 0;  // all of it
};
ArrearsAgeing arrears_ageing(const std::vector<ArrearsLine>& lines, Date today);

/// For period M as known at the ledgers' `as_of`: 收费率 = paid / billed, the household rate =
/// households_paid / households_billed, and prior-year arrears recovered during month M
/// (allocations dated in M to periods of an earlier year).
struct PeriodCollection {
  YearMonth period;
  int64_t billed = 0;
  int64_t paid = 0;
  int households_billed = 0;
  int households_paid = 0;  // billed > 0 and nothing left unpaid
  int64_t prior_year_recovered = 0;
};

PeriodCollection period_collection(const std::vector<Ledger>& ledgers, YearMonth m);

}  // namespace kefu
