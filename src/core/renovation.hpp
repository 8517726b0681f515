/// Renovation permits (装修管理, §3.8.1 and procedure 010): one case per renovation of a unit.
///
/// The manual's order, each step a function below that refuses a step out of order:
/// application (owner, or tenant with the owner's 租户装修确认函) → fees charged to the unit's
/// ledger (waste removal and temporary water on its bill; the deposit, money to be refunded, is
/// paid with `fee pay --deposit` and never counted as income) → drawings received (a checklist)
/// → engineering review, due 5 working days after the drawings are complete → the centre's
/// review (the deposit must be in) → the manager's approval → the permit, 45 days counting its
/// first day unless the manager sets a large project's period → works (worker passes at ¥5 each,
/// extensions asked before the permit ends, site inspections, rectification notices with their
/// own deadline, hot-work permits, overtime and people staying overnight) → acceptance →
/// settlement of the deposit (deductions, the rest refunded) → permit and passes returned,
/// within 3 days of the permit's end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/enums.hpp"
#include "core/fee.hpp"
#include "core/key.hpp"
#include "core/members.hpp"
#include "core/renovation_rules.hpp"
#include "core/time.hpp"

namespace kefu {

struct WorkerPass {
  std::string no;  // 01, 02 … within the case
  std::string name;
  IdCheck id_check;  // type and last four characters only (居民身份证法 §15)
  DateTime issued_at{};
  std::string by;
  int64_t fee_fen = 0;
  std::optional<DateTime> returned_at;
  bool lost = false;  // reported lost rather than returned
  std::string returned_by;
  bool operator==(const WorkerPass&) const = default;
};
template <class V>
void members(V& v, WorkerPass& x) {
  using namespace field;
  v("number", x.no, required), v("name", x.name, required), v("id_check", x.id_check);
  v("issued_at", x.issued_at, required), v("by", x.by), v("fee_fen", x.fee_fen, fen);
  v("returned_at", x.returned_at), v("lost", x.lost, omit_empty);
  v("returned_by", x.returned_by, omit_empty);
}

struct PermitExtension {
  DateTime at{};
  std::string by;
  Date from{};  // the permit's end before
  Date to{};    // after
  std::string reason;
  bool operator==(const PermitExtension&) const = default;
};
template <class V>
void members(V& v, PermitExtension& x) {
  using namespace field;
  v("at", x.at, required), v("by", x.by), v("from", x.from, required), v("to", x.to, required);
  v("reason", x.reason);
}

/// 装修现场巡查记录表: one visit.
struct SiteInspection {
  DateTime at{};
  std::string by;
  std::vector<std::string> findings;  // empty: nothing wrong
  std::optional<int> extinguishers;   // counted on site (required at the first)
  std::string note;
  bool operator==(const SiteInspection&) const = default;
};
template <class V>
void members(V& v, SiteInspection& x) {
  using namespace field;
  v("at", x.at, required), v("by", x.by), v("findings", x.findings);
  v("extinguishers", x.extinguishers), v("note", x.note, omit_empty);
}

/// 装修施工/验收整改通知书: what must be put right, by when.
struct RectificationNotice {
  std::string no;  // 01, 02 …
  DateTime at{};
  std::string by;
  std::string issue;
  Date due{};
  bool at_acceptance = false;  // issued by a failed acceptance (验收整改)
  std::optional<DateTime> done_at;
  std::string done_by;
  std::string note;
  bool operator==(const RectificationNotice&) const = default;
};
template <class V>
void members(V& v, RectificationNotice& x) {
  using namespace field;
  v("number", x.no, required), v("at", x.at, required), v("by", x.by);
  v("issue", x.issue, required), v("due", x.due, required);
  v("at_acceptance", x.at_acceptance, omit_empty), v("done_at", x.done_at);
  v("done_by", x.done_by, omit_empty), v("note", x.note, omit_empty);
}

/// 装修施工动火备案表: hot work approved by engineering for named days, by a certified welder.
struct HotWorkPermit {
  DateTime at{};
  std::string by;
  std::string approved_by;  // the engineering staff member who approved it
  std::vector<Date> days;
  std::string welder;
  std::string certificate;  // the welder's certificate number
  bool operator==(const HotWorkPermit&) const = default;
};
template <class V>
void members(V& v, HotWorkPermit& x) {
  using namespace field;
  v("at", x.at, required), v("by", x.by), v("approved_by", x.approved_by, required);
  v("days", x.days, required), v("welder", x.welder, required);
  v("certificate", x.certificate, required);
}

/// 装修加班申请 or 装修期间留宿人员登记: who is on site outside working hours.
struct SiteStay {
  std::string kind;  // overtime, overnight
  DateTime at{};
  std::string by;
  Date date{};
  std::string hours;  // "18:00-21:00" for overtime
  std::vector<std::string> people;
  std::string reason;
  bool operator==(const SiteStay&) const = default;
};
template <class V>
void members(V& v, SiteStay& x) {
  using namespace field;
  v("kind", x.kind, required), v("at", x.at, required), v("by", x.by);
  v("date", x.date, required), v("hours", x.hours, omit_empty), v("people", x.people);
  v("reason", x.reason, omit_empty);
}

struct Deduction {
  std::string what;
  int64_t amount_fen = 0;
  bool arrears = false;  // the unit's unpaid fees, settled from the deposit (no charge of its own)
  bool operator==(const Deduction&) const = default;
};
template <class V>
void members(V& v, Deduction& x) {
  using namespace field;
  v("what", x.what, required), v("amount_fen", x.amount_fen, fen, required);
  v("arrears", x.arrears, omit_empty);
}

struct Renovation {
  std::string id;  // ZX-2026-09-0001
  RenovationStatus status = RenovationStatus::applied;
  DateTime received_at{};
  std::string unit;
  Person applicant;
  bool tenant = false;             // a tenant's renovation (§3.8.1.1(2))
  std::string owner_confirmation;  // 租户装修确认函: the owner who signed it
  std::string contractor;          // 装修公司
  Person site_manager;             // 现场负责人
  std::string scope;               // 装修项目
  Date planned_start{};
  bool large = false;                      // 大型装修项目: the manager sets its period
  std::vector<std::string> special_items;  // items needing special approval (动火, 改动水电 …)
  int64_t area_centi_m2 = 0;               // floor area for the extinguishers (the unit's)
  std::string owner;                       // 首问负责人: who took the application
  std::optional<YearMonth> billed_period;  // the bill the fees entered
  int64_t deposit_fen = 0;                 // to be paid with fee pay --deposit
  int64_t waste_fen = 0, water_fen = 0;    // charged on the bill
  std::vector<std::string> drawings;       // received so far
  std::optional<DateTime> drawings_complete_at;
  std::optional<DateTime> reviewed_at;  // engineering review passed
  std::string reviewed_by;              // engineering's reviewer (name)
  std::string review_note;
  std::optional<DateTime> checked_at;  // the centre's review
  std::string checked_by;
  std::optional<DateTime> approved_at;  // the manager's approval
  std::string approved_by;
  int permit_days = 0;  // the period approved
  std::optional<DateTime> permit_issued_at;
  std::optional<Date> permit_start, permit_end;  // permit_end: as extended
  std::vector<PermitExtension> extensions;
  std::vector<WorkerPass> passes;
  std::vector<SiteInspection> inspections;
  std::vector<RectificationNotice> notices;
  std::vector<HotWorkPermit> hot_work;
  std::vector<SiteStay> stays;
  std::optional<DateTime> accepted_at;  // 装修工程验收 passed
  std::string accepted_by;
  std::string acceptance_note;
  std::vector<Deduction> deductions;
  int64_t refund_fen = 0;
  std::optional<DateTime> settled_at;  // deposit settled (退款通知书)
  std::string settled_by;
  std::optional<DateTime> permit_returned_at;  // the permit handed back
  std::vector<std::string> complaints;         // linked complaints (noise …)
  std::vector<HistoryEntry> history;
  bool operator==(const Renovation&) const = default;
};
template <class V>
void members(V& v, Renovation& x) {
  using namespace field;
  v("id", x.id, required), v("status", x.status, required);
  v("received_at", x.received_at, required), v("unit", x.unit, required);
  v("applicant", x.applicant), v("tenant", x.tenant, omit_empty);
  v("owner_confirmation", x.owner_confirmation, omit_empty), v("contractor", x.contractor);
  v("site_manager", x.site_manager), v("scope", x.scope);
  v("planned_start", x.planned_start, required), v("large", x.large, omit_empty);
  v("special_items", x.special_items, omit_empty), v("area", x.area_centi_m2, centi);
  v("owner", x.owner, required), v("billed_period", x.billed_period, omit_empty);
  v("deposit_fen", x.deposit_fen, fen), v("waste_fen", x.waste_fen, fen);
  v("water_fen", x.water_fen, fen), v("drawings", x.drawings);
  v("drawings_complete_at", x.drawings_complete_at), v("reviewed_at", x.reviewed_at);
  v("reviewed_by", x.reviewed_by), v("review_note", x.review_note, omit_empty);
  v("checked_at", x.checked_at), v("checked_by", x.checked_by);
  v("approved_at", x.approved_at), v("approved_by", x.approved_by);
  v("permit_days", x.permit_days), v("permit_issued_at", x.permit_issued_at);
  v("permit_start", x.permit_start), v("permit_end", x.permit_end);
  v("extensions", x.extensions, omit_empty), v("passes", x.passes, omit_empty);
  v("inspections", x.inspections, omit_empty), v("notices", x.notices, omit_empty);
  v("hot_work", x.hot_work, omit_empty), v("stays", x.stays, omit_empty);
  v("accepted_at", x.accepted_at), v("accepted_by", x.accepted_by);
  v("acceptance_note", x.acceptance_note, omit_empty), v("deductions", x.deductions, omit_empty);
  v("refund_fen", x.refund_fen, fen), v("settled_at", x.settled_at);
  v("settled_by", x.settled_by), v("permit_returned_at", x.permit_returned_at);
  v("complaints", x.complaints, omit_empty), v("history", x.history);
}

// ---- rules ---------------------------------------------------------------------------------

/// §3.8.1.1(5): `per_50` extinguishers for every 50 m² or part of it (89.5 m² → 4).
int extinguishers_required(int64_t area_centi_m2, int per_50 = 2);
/// The engineering review's deadline: the end of the `working_days`-th working day after the
/// day the drawings were complete (that day not counted).
std::optional<DateTime> review_due(const Renovation& r, const RenovationConfig& c,
                                   const WorkingCalendar& cal);
/// The permit's last day for a period of `days` counting the first: start + days − 1.
Date permit_end_for(Date start, int days);
/// The end of the 3 days after the permit's end within which permit and passes are returned.
std::optional<Date> return_by(const Renovation& r, const RenovationConfig& c);
/// Whether works stand stopped (限令停工): the permit ended, works not accepted, no extension.
bool works_stopped(const Renovation& r, Date today);
/// Passes neither returned nor reported lost.
int passes_out(const Renovation& r);
/// The deposit received and not yet settled, from the unit's payments (fee pay --deposit).
int64_t deposit_held(const std::vector<Payment>& payments, const std::string& case_id);
int64_t deposit_received(const std::vector<Payment>& payments, const std::string& case_id);
/// The deposit's settlement: deductions (each above zero) from what is held, the rest refunded.
/// RefusedError when they come to more than is held.
int64_t refund_after(int64_t held, const std::vector<Deduction>& deductions);
/// Open: not closed (closed once settled and the permit returned).
bool renovation_open(const Renovation& r);
/// Under works: a permit issued and the works not accepted.
bool under_works(const Renovation& r);

// ---- the lifecycle (each step appends one history entry or throws RefusedError) -----------

struct NewRenovation {
  std::string unit;
  Person applicant;
  bool tenant = false;
  std::string owner_confirmation;
  std::string contractor;
  Person site_manager;
  std::string scope;
  Date planned_start{};
  bool large = false;
  std::vector<std::string> special_items;
  int64_t area_centi_m2 = 0;
};
/// RefusedError for a tenant without the owner's confirmation, a missing contractor or scope,
/// a start before the day of application.
Renovation apply_renovation(std::string id, const NewRenovation& n, const std::string& by,
                            DateTime now);
/// The fees: deposit, waste removal, temporary water (each overridable), billed in `period`.
void charge_renovation(Renovation& r, int64_t deposit, int64_t waste, int64_t water,
                       YearMonth period, const std::string& by, DateTime now);
/// The bill items of the charge (waste removal, temporary water), the case ID as their note.
std::vector<BillItem> renovation_bill_items(const Renovation& r, const std::string& by,
                                            DateTime now);
/// Drawings received (names of `required`, or others); complete once all `required` are in.
void receive_drawings(Renovation& r, const std::vector<std::string>& names,
                      const std::vector<std::string>& required, const std::string& by,
                      DateTime now);
/// Engineering's review: passed, or failed (the drawings to be submitted again).
void review_renovation(Renovation& r, bool passed, const std::string& reviewer,
                       const std::string& note, const std::string& by, DateTime now);
/// The centre's review; refused until the deposit is received in full (`held`).
void check_renovation(Renovation& r, int64_t held, const std::string& by, DateTime now);
/// The manager's approval (`manager_role` true when the roster says 管理处经理) with the
/// permit's period: `days` for a large project, else the site's.
void approve_renovation(Renovation& r, bool manager_role, const std::string& manager,
                        std::optional<int> days, const RenovationConfig& c, const std::string& by,
                        DateTime now);
/// The permit issued, from `start` (not before today) for the approved period.
void issue_permit(Renovation& r, Date start, const std::string& by, DateTime now);
/// A worker pass: name and ID type with the last four characters only. Refused after the permit
/// ended or before it was issued.
WorkerPass& issue_pass(Renovation& r, const std::string& name, const IdCheck& id, int64_t fee_fen,
                       const std::string& by, DateTime now);
/// The bill item of a pass's fee.
BillItem pass_bill_item(const Renovation& r, const WorkerPass& p, const std::string& by,
                        DateTime now);
void return_pass(Renovation& r, const std::string& no, bool lost, const std::string& by,
                 DateTime now);
/// An extension to `to`, asked by the permit's last day; a late one is refused (限令停工).
void extend_permit(Renovation& r, Date to, const std::string& reason, const std::string& by,
                   DateTime now);
/// A site inspection; the first must count the extinguishers. Findings below the required
/// number of extinguishers add one of their own.
void inspect_site(Renovation& r, std::vector<std::string> findings,
                  std::optional<int> extinguishers, int per_50, const std::string& note,
                  const std::string& by, DateTime now);
RectificationNotice& issue_notice(Renovation& r, const std::string& issue, Date due,
                                  bool at_acceptance, const std::string& by, DateTime now);
void close_notice(Renovation& r, const std::string& no, const std::string& note,
                  const std::string& by, DateTime now);
void record_hot_work(Renovation& r, HotWorkPermit p, const std::string& by, DateTime now);
void record_stay(Renovation& r, SiteStay s, const std::string& by, DateTime now);
/// Acceptance: refused before the permit, or while a rectification notice is open.
void accept_renovation(Renovation& r, const std::string& note, const std::string& by, DateTime now);
/// The deposit settled: refused before acceptance or twice.
void settle_renovation(Renovation& r, int64_t held, std::vector<Deduction> deductions,
                       const std::string& by, DateTime now);
/// The permit handed back (and with it the end of the passes still out: returned, unless lost).
void return_permit(Renovation& r, const std::string& by, DateTime now);
/// A complaint linked (noise …); refused twice.
void link_complaint(Renovation& r, const std::string& complaint_id, const std::string& by,
                    DateTime now);

/// What a renovation owes at `now` (the lines of `kefu due`).
struct RenovationLate {
  bool review = false;        // engineering review past its deadline
  bool expiring = false;      // permit ends within expiry_warn_days, no later extension
  bool stopped = false;       // permit ended, works not accepted (限令停工)
  bool not_returned = false;  // permit or passes out past return_by
  int notices_late = 0;       // rectification notices past their deadline
  bool refund = false;        // not settled refund_days after acceptance
  bool any() const {
    return review || expiring || stopped || not_returned || notices_late > 0 || refund;
  }
};
RenovationLate renovation_late(const Renovation& r, const RenovationConfig& c,
                               const WorkingCalendar& cal, DateTime now);

/// The monthly report's renovation section for month `m`, from every case (and the deposits
/// held at the month's end, from the payments).
struct RenovationMonth {
  int applied = 0;                             // applications received in the month
  int approved = 0;                            // approved in the month
  int permits = 0;                             // permits issued in the month
  int in_progress = 0;                         // under works at the month's end
  int stopped = 0;                             // of which the permit ended without extension
  int overdue = 0;                             // cases with anything late at the month's end
  int accepted = 0;                            // accepted in the month
  int settled = 0;                             // deposits settled in the month
  int64_t refunded_fen = 0, deducted_fen = 0;  // in the month
  int64_t deposits_held_fen = 0;               // at the month's end
  bool operator==(const RenovationMonth&) const = default;
};
RenovationMonth renovation_month(const std::vector<Renovation>& cases,
                                 const std::vector<Payment>& payments, YearMonth m,
                                 const RenovationConfig& c, const WorkingCalendar& cal);

}  // namespace kefu
