/// Paid special services (特约服务, R7, §3.5.3): a service an owner orders and pays for — not a
/// repair, and not counted in the repair KPIs.
///
/// open (what, at what price: the price list's, or one agreed) → done (who did it, when; the
/// charge enters the unit's bill of the month it is recorded in, so the fee ledger, arrears and
/// dunning see it like any bill) → the 缴费通知单 is delivered (who, when, to whom) → a phone
/// callback (§3.5.3.2: 通过电话进行回访, no signature) closes it; an unsatisfied callback keeps
/// it open for the follow-up. A repair already completed with a charge becomes one without
/// retyping (`special_from_repair`), and the repair is marked as converted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/fee.hpp"
#include "core/repair.hpp"
#include "core/time.hpp"

namespace kefu {

struct SpecialService {
  std::string id;  // TY-2026-11-0001
  SpecialStatus status = SpecialStatus::ordered;
  DateTime received_at{};
  Channel channel = Channel::phone;
  std::string unit;  // the unit whose ledger the charge enters
  Person requester;
  std::string service;       // key of kefu.yaml's special_services, empty when not on the list
  std::string what;          // 服务内容
  int64_t price_fen = 0;     // the charge
  std::string price_source;  // "list" (the price list's) or "agreed" (agreed with the owner)
  std::string owner;         // 首问负责制: who took the order
  std::string done_by;       // staff id of who did the work
  std::optional<DateTime> done_at;
  std::string result;
  std::optional<YearMonth> billed_period;  // the bill the charge entered
  std::optional<DateTime> delivered_at;    // 缴费通知单 delivered
  std::string delivered_by;                // staff id
  std::string delivered_to;                // who received it
  std::string from_repair;                 // the repair (BX-…) it was converted from
  std::vector<CallbackRecord> callbacks;
  std::vector<HistoryEntry> history;

  bool delivered() const { return delivered_at.has_value(); }
  bool operator==(const SpecialService&) const = default;
};
/// The members of a special service, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, SpecialService& x) {
  using namespace field;
  v("id", x.id, required), v("status", x.status, required);
  v("received_at", x.received_at, required), v("channel", x.channel, required);
  v("unit", x.unit, required), v("requester", x.requester), v("service", x.service);
  v("what", x.what, required), v("price_fen", x.price_fen, fen, required);
  v("price_source", x.price_source, Fallback{"agreed"}), v("owner", x.owner, required);
  v("done_by", x.done_by), v("done_at", x.done_at), v("result", x.result);
  v("billed_period", x.billed_period, omit_empty), v("delivered_at", x.delivered_at);
  v("delivered_by", x.delivered_by), v("delivered_to", x.delivered_to);
  v("from_repair", x.from_repair, omit_empty), v("callbacks", x.callbacks);
  v("history", x.history);
}

/// What was ordered and at what price, once the price list is consulted.
struct SpecialPrice {
  std::string service;  // the list's key, empty when not on the list
  std::string what;
  int64_t price_fen = 0;
  std::string source;  // list or agreed
};

/// The price of an order: `key_or_name` names an item of the price list (its price unless
/// `agreed_fen` is given); without one, `what` says the service and `agreed_fen` is required.
/// RefusedError for an item not on the list, a service with no price, a price not above zero.
SpecialPrice special_price(const std::vector<SpecialServiceItem>& list,
                           const std::string& key_or_name, const std::string& what,
                           std::optional<int64_t> agreed_fen);

struct NewSpecial {
  Channel channel = Channel::phone;
  std::string unit;
  Person requester;
  SpecialPrice price;
};

/// The deadlines of a special service once it is done, derived from its completion, kefu.yaml's
/// sla.special and the calendar; both unset before it is done.
struct SpecialDeadlines {
  std::optional<DateTime> notice_due;    // done + sla.special.notice: 缴费通知单 delivered
  std::optional<DateTime> callback_due;  // done + sla.special.callback: the phone callback
};

SpecialDeadlines special_deadlines(const SpecialService& s, const SpecialSla& sla,
                                   const WorkingCalendar& cal);

/// What is late about a special service at a given moment: the step it waits for, past its
/// deadline. Only an open one is late: a closed service owes nothing.
struct SpecialOverdue {
  bool notice = false;    // done, the payment notice not delivered in time
  bool callback = false;  // done, no satisfied callback in time
  bool any() const { return notice || callback; }
};

SpecialOverdue special_overdue(const SpecialService& s, const SpecialDeadlines& d, DateTime now);

/// Done and open, its payment notice not yet delivered.
bool special_notice_pending(const SpecialService& s);
/// Done and open: a callback is owed (again, after an unsatisfied one).
bool special_callback_pending(const SpecialService& s);

/// The lifecycle: each step changes the record and appends one history entry, or throws
/// RefusedError saying why, leaving the record as it was.
SpecialService open_special(std::string id, const NewSpecial& n, const std::string& by,
                            DateTime now);
/// `done_by` is the staff id stored, `done_by_name` how the history names them; `period` is
/// the bill the charge enters (the month it is recorded in).
void complete_special(SpecialService& s, const std::string& done_by,
                      const std::string& done_by_name, DateTime at, const std::string& result,
                      YearMonth period, const std::string& by, DateTime now);
void deliver_special_notice(SpecialService& s, const std::string& to,
                            const std::string& delivered_by, const std::string& delivered_by_name,
                            DateTime at, const std::string& by, DateTime now);
/// The callback, by phone only (cb.phone names the number called): 满意/基本满意 close it;
/// 不满意 leaves it waiting for the follow-up and another callback.
void callback_special(SpecialService& s, const CallbackRecord& cb);

/// The charge as an item of the unit's bill of its period: item `special_service`, named after
/// the service, the record's ID as its note.
BillItem special_bill_item(const SpecialService& s, const std::string& by, DateTime now);
/// Adds the charge to `bill` (the unit's bill of s.billed_period); refused when it holds it
/// already (the record's ID as an item's note).
void add_special_charge(Bill& bill, const SpecialService& s, const std::string& by, DateTime now);

/// A completed repair with a charge as a special service done: same unit, requester, work,
/// worker, completion and charge (agreed), received when the repair was. `service` may name
/// the price-list item it was. RefusedError for a repair not completed, without a charge, of
/// a public facility, or converted already.
SpecialService special_from_repair(std::string id, const Repair& r, const std::string& service,
                                   YearMonth period, const std::string& by, DateTime now);
/// Marks the repair as converted: closed, `special` naming the new record, out of the repair
/// KPIs and lists of work to do.
void mark_repair_converted(Repair& r, const std::string& special_id, const std::string& by,
                           DateTime now);

}  // namespace kefu
