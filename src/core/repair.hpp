/// Repairs (报修, R7, R8): the work order, its deadlines and its lifecycle.
///
/// log → dispatch (team, technician) → done (completion, materials, charge, signature) →
/// callback → closed; `rework` (返修) sends a completed repair back to work, and so does an
/// unsatisfied callback. Deadlines are derived, never stored: the on-site and fix deadlines
/// run from the receipt, or from the latest rework when there is one (a new round of work has
/// its own deadline); the callback falls due `callback_days` after the completion.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/time.hpp"

namespace kefu {

/// One 返修: when, who sent it back, why, and whether a callback or a staff member did.
struct ReworkEntry {
  DateTime at{};
  std::string by;
  std::string reason;
  std::string source;                    // "callback" (不满意回访) or "manual" (repair rework)
  std::optional<DateTime> completed_at;  // the completion that failed (kept for the KPIs)
  bool operator==(const ReworkEntry&) const = default;
};
template <class V>
void members(V& v, ReworkEntry& x) {
  v("at", x.at, field::required), v("by", x.by), v("reason", x.reason);
  v("source", x.source, field::Fallback{"manual"}), v("completed_at", x.completed_at);
}

struct Repair {
  std::string id;  // BX-2026-11-0001
  RepairStatus status = RepairStatus::logged;
  DateTime received_at{};
  Channel channel = Channel::phone;
  Urgency urgency = Urgency::normal;
  std::string unit;   // a home repair (户内维修), or
  std::string place;  // a public facility (公共设施设备) with its place; may refine a unit
  Person requester;
  std::string fault;
  std::string owner;  // 首问负责制: who logged it
  std::string team;
  std::string technician;  // staff id
  std::optional<DateTime> dispatched_at;
  std::optional<DateTime> arrived_at;
  std::optional<DateTime> completed_at;
  std::string materials;
  int64_t charge_fen = 0;  // 特约服务 (R7): a paid service's charge, in fen
  std::string signed_by;   // who signed the completed work order
  std::string result;      // what was done
  std::vector<ReworkEntry> reworks;
  std::vector<CallbackRecord> callbacks;
  std::vector<HistoryEntry> history;
  std::string special;  // converted into this special service (TY-…): not a repair any more
  std::string visit;    // the owner visit (ZF-…) where it was raised
  std::string patrol;   // the patrol finding it came from (XS-2026-11-0003#2)

  bool is_public() const { return unit.empty(); }
  /// Its kind as the register and the forms name it, and its category in the call analysis.
  const char* kind_zh() const { return is_public() ? "公共设施设备" : "户内维修"; }
  bool is_paid() const { return charge_fen > 0; }
  /// Converted into a special service: out of the repair KPIs, the register's repairs and the
  /// daily check's (the special service stands for it).
  bool is_converted() const { return !special.empty(); }
  bool operator==(const Repair&) const = default;
};
/// The members of a repair order, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Repair& x) {
  using namespace field;
  v("id", x.id, required), v("status", x.status, required);
  v("received_at", x.received_at, required), v("channel", x.channel, required);
  v("urgency", x.urgency, required), v("unit", x.unit), v("place", x.place);
  v("requester", x.requester), v("fault", x.fault), v("owner", x.owner, required);
  v("team", x.team), v("technician", x.technician), v("dispatched_at", x.dispatched_at);
  v("arrived_at", x.arrived_at), v("completed_at", x.completed_at);
  v("materials", x.materials), v("charge_fen", x.charge_fen, fen), v("signed_by", x.signed_by);
  v("result", x.result), v("reworks", x.reworks), v("callbacks", x.callbacks);
  v("history", x.history), v("special", x.special, omit_empty);
  v("visit", x.visit, omit_empty);
  v("patrol", x.patrol, omit_empty);
}

struct RepairDeadlines {
  std::optional<DateTime> arrive_due;    // on site (urgent: 30 minutes by default)
  DateTime fix_due{};                    // fixed (urgent 24 h, normal 1 working day)
  std::optional<DateTime> callback_due;  // end of the day callback_days after completion
};

/// A span added to a start: minutes as clock time; working days to the end of the Nth working
/// day after the start's day (that day not counted); calendar days to the end of the Nth day
/// after it.
DateTime sla_deadline(DateTime start, const SlaSpan& span, const WorkingCalendar& cal);

RepairDeadlines repair_deadlines(const Repair& r, const RepairSla& sla, const WorkingCalendar& cal);

struct RepairOverdue {
  bool arrival = false;   // not on site by the on-site deadline, work not finished
  bool fix = false;       // not completed by the fix deadline
  bool callback = false;  // completed, callback not made by its due date
  bool any() const { return arrival || fix || callback; }
};

RepairOverdue repair_overdue(const Repair& r, const RepairDeadlines& d, DateTime now);
bool repair_callback_pending(const Repair& r);
/// When the current round of work started: the receipt, or the latest rework.
DateTime repair_work_started(const Repair& r);
/// The latest completion, also of a round later reworked (for the payment notice).
std::optional<DateTime> repair_last_completed(const Repair& r);

struct NewRepair {
  Channel channel = Channel::phone;
  Urgency urgency = Urgency::normal;
  std::string unit;
  std::string place;
  Person requester;
  std::string fault;
};

struct RepairCompletion {
  DateTime at{};
  std::string materials;              // empty: keep what an earlier round recorded
  std::optional<int64_t> charge_fen;  // unset: keep the charge of an earlier round
  std::string signed_by;
  std::string result;
};

/// The lifecycle: each step changes the record and appends one history entry, or throws
/// RefusedError saying why, leaving the record as it was.
Repair log_repair(std::string id, const NewRepair& n, const std::string& by, DateTime now);
/// `technician` is the staff id stored; `technician_name` is how the history names them.
void dispatch_repair(Repair& r, const std::string& team, const std::string& technician,
                     const std::string& technician_name, DateTime at,
                     std::optional<DateTime> arrived, const std::string& by, DateTime now);
/// The technician's arrival on site, recorded when it is reported (after the dispatch); an
/// arrival already recorded is changed only by `kefu correct`.
void record_arrival(Repair& r, DateTime at, const std::string& by, DateTime now);
void complete_repair(Repair& r, const RepairCompletion& c, const std::string& by, DateTime now);
void rework_repair(Repair& r, const std::string& reason, const std::string& by, DateTime now);
/// A callback on a completed repair: 满意/基本满意 close it, 不满意 sends it back to work as a
/// rework.
void callback_repair(Repair& r, const CallbackRecord& cb);

}  // namespace kefu
