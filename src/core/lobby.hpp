/// The lobby desk's registers (§3.3, §3.7, procedure 020, R15): the duty log and handover of
/// each shift (大堂交接班记录表), the visitor book (来访登记表) and the book of items lent
/// (物品借用登记表).
///
/// A shift is a window [start, end) of kefu.yaml `shifts:` on a date (the date it starts on);
/// an event at the very end belongs to the next shift. A duty record (ZB-…) holds the entries
/// typed at the desk during one shift and its handover: the outgoing staff member gives it
/// with every item still open at the shift's end carried over, each with a reason (§3.7.7:
/// "一般情况不得把本班未解决问题遗交下班"), and the incoming one accepts it (name and time).
/// What happened in a shift and what is open at its end are computed from the other records
/// (shift_events, open_at), never typed twice.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/contact.hpp"
#include "core/due.hpp"
#include "core/key.hpp"
#include "core/lost.hpp"
#include "core/members.hpp"
#include "core/repair.hpp"
#include "core/time.hpp"

namespace kefu {

// ---- shifts ------------------------------------------------------------------------------

/// One shift on one date: 早班 of 2026-12-01 is [2026-12-01T08:00, 2026-12-01T16:00).
struct ShiftWindow {
  std::string name;
  Date date{};  // the date the shift starts on
  DateTime start{}, end{};
  bool contains(DateTime t) const { return start <= t && t < end; }
  bool operator==(const ShiftWindow&) const = default;
};
/// The window of `shift` starting on `date` (a shift ending at or before its start ends the
/// next day).
ShiftWindow shift_window(const Shift& shift, Date date);
/// The shift `t` falls in. RefusedError when kefu.yaml's shifts leave it uncovered.
ShiftWindow shift_at(const std::vector<Shift>& shifts, DateTime t);
/// The shift after / before a window: the one its end (its start, less a second) falls in.
ShiftWindow next_shift(const std::vector<Shift>& shifts, const ShiftWindow& w);
ShiftWindow previous_shift(const std::vector<Shift>& shifts, const ShiftWindow& w);
/// The latest window of the shift named `name` that starts at or before `t`. RefusedError for
/// a name kefu.yaml does not list.
ShiftWindow latest_shift(const std::vector<Shift>& shifts, const std::string& name, DateTime t);
/// The window of the shift named `name` on `date`. RefusedError for an unknown name.
ShiftWindow named_shift(const std::vector<Shift>& shifts, const std::string& name, Date date);
/// Why a list of shifts cannot serve (empty, a name twice, two overlapping, an hour of the day
/// no shift covers); nullopt when it can.
std::optional<std::string> shifts_problem(const std::vector<Shift>& shifts);

// ---- the duty log and the handover --------------------------------------------------------

enum class DutyEntryKind { phone, event, instruction, other };
template <>
std::span<const EnumName<DutyEntryKind>> enum_names<DutyEntryKind>();

/// A line of the duty log typed at the desk: a phone call (电话记录), an event, an instruction
/// received from a superior (指示).
struct DutyEntry {
  DateTime at{};
  DutyEntryKind kind = DutyEntryKind::event;
  std::string text;
  std::string by;  // staff id
  bool operator==(const DutyEntry&) const = default;
};
template <class V>
void members(V& v, DutyEntry& x) {
  using namespace field;
  v("at", x.at, required), v("kind", x.kind, required), v("text", x.text, required);
  v("by", x.by);
}

/// Something still open at a shift's end. `kind`: key (a key not back), item (an item lent not
/// back), visitor (not signed out), complaint (not acknowledged), callback (due by the end of
/// the day the shift ends on). Further registers add kinds of their own.
struct OpenItem {
  std::string kind;
  std::string id;       // the record: JY-…, JW-…, FK-…, TS-…, BX-…
  std::string subject;  // what and who, for a person to recognise it
  DateTime since{};     // lent, came in, received, resolved
  std::string owner;    // staff id responsible, when the record names one
  bool operator==(const OpenItem&) const = default;
};
/// "钥匙未还", "借用物品未还", "访客未离开", "投诉未响应", "回访到期" …
std::string open_kind_zh(const std::string& kind);

/// An open item handed to the next shift, with the reason it was not settled.
struct CarriedItem {
  std::string kind;
  std::string id;
  std::string subject;
  DateTime since{};
  std::string reason;
  bool operator==(const CarriedItem&) const = default;
};
template <class V>
void members(V& v, CarriedItem& x) {
  using namespace field;
  v("kind", x.kind, required), v("id", x.id, required), v("subject", x.subject);
  v("since", x.since), v("reason", x.reason, required);
}

/// The handover of a shift: given by the outgoing member, accepted by the incoming one.
struct Handover {
  DateTime given_at{};
  std::string given_by;  // staff id
  std::string to;        // staff id of the incoming member
  std::vector<CarriedItem> carried;
  std::string note;
  std::optional<DateTime> accepted_at;
  std::string accepted_by;  // staff id
  bool operator==(const Handover&) const = default;
};
template <class V>
void members(V& v, Handover& x) {
  using namespace field;
  v("given_at", x.given_at, required), v("given_by", x.given_by, required);
  v("to", x.to, required), v("carried", x.carried), v("note", x.note, omit_empty);
  v("accepted_at", x.accepted_at), v("accepted_by", x.accepted_by);
}

/// One shift's duty record: shifts/yyyy/mm/ZB-yyyy-mm-NNNN.yaml, by the month it starts in.
struct Duty {
  std::string id;
  std::string shift;  // its name in kefu.yaml
  DateTime start{}, end{};
  std::vector<DutyEntry> log;
  std::optional<Handover> handover;
  std::string owner;  // staff id who opened it (the first to log or hand over)
  std::vector<HistoryEntry> history;
  /// Until its handover is accepted.
  bool open() const { return !handover || !handover->accepted_at; }
  ShiftWindow window() const { return {shift, date_of(start), start, end}; }
  bool operator==(const Duty&) const = default;
};
template <class V>
void members(V& v, Duty& x) {
  using namespace field;
  v("id", x.id, required), v("shift", x.shift, required), v("start", x.start, required);
  v("end", x.end, required), v("log", x.log), v("handover", x.handover);
  v("owner", x.owner, required), v("history", x.history);
}

/// A new duty record for a shift.
Duty open_duty(std::string id, const ShiftWindow& w, const std::string& by, DateTime now);
/// Adds an entry to the duty log. Refused for an empty text, a time outside the shift, a time
/// after now, and once the handover is given (a later entry belongs to the next shift).
void log_duty(Duty& d, const DutyEntry& e, DateTime now);

struct HandoverRequest {
  std::string to;                              // staff id of the incoming member
  std::map<std::string, std::string> reasons;  // record ID → reason
  std::string reason_for_all;                  // for every item without its own
  std::string note;
};
/// Records the handover with every item of `open` carried over with its reason. Refused
/// (nothing changed) when the shift has not begun, the handover was given already, it is given
/// to the giver, a reason names an ID that is not open, or any open item has no reason — the
/// message lists those items.
void give_handover(Duty& d, const std::vector<OpenItem>& open, const HandoverRequest& r,
                   const std::string& by, DateTime now);
/// The incoming member accepts. Refused before it is given, once accepted, or by anyone but
/// the member it was given to.
void accept_handover(Duty& d, const std::string& by, DateTime now);

// ---- visitors ----------------------------------------------------------------------------

/// A line of the 来访登记表: visitors/yyyy/mm/FK-yyyy-mm-NNNN.yaml.
struct Visitor {
  std::string id;
  std::string name;
  std::string phone;
  int people = 1;    // how many came together
  std::string unit;  // whom they visit: a unit, or
  std::string host;  // a person or office (管理处, 工程部 …)
  std::string purpose;
  std::optional<IdCheck> id_checked;  // type and last four only, document handed back
  DateTime in_at{};
  std::string registered_by;  // staff id
  std::optional<DateTime> out_at;
  std::string out_by;  // staff id who saw them out
  std::string note;
  std::vector<HistoryEntry> history;
  bool open() const { return !out_at; }
  bool operator==(const Visitor&) const = default;
};
template <class V>
void members(V& v, Visitor& x) {
  using namespace field;
  v("id", x.id, required), v("name", x.name, required), v("phone", x.phone);
  v("people", x.people), v("unit", x.unit), v("host", x.host), v("purpose", x.purpose);
  v("id_checked", x.id_checked), v("in_at", x.in_at, required);
  v("registered_by", x.registered_by, required), v("out_at", x.out_at), v("out_by", x.out_by);
  v("note", x.note), v("history", x.history);
}

struct NewVisitor {
  std::string name, phone, unit, host, purpose, note;
  int people = 1;
  std::optional<IdCheck> id_check;
  DateTime in_at{};
};
/// Refused without a name, without whom they visit, without a purpose, with fewer than one
/// person, or a time after now.
Visitor visitor_in(std::string id, const NewVisitor& n, const std::string& by, DateTime now);
/// Signs a visitor out at `at`. Refused once out, or before they came in, or after now.
void visitor_out(Visitor& v, DateTime at, const std::string& by, DateTime now);

// ---- items lent --------------------------------------------------------------------------

/// A line of the 物品借用登记表: loans/yyyy/mm/JW-yyyy-mm-NNNN.yaml.
struct ItemLoan {
  std::string id;
  std::string item;  // 梯子, 手推车, 工具箱 …
  int quantity = 1;
  Person borrower;
  std::string unit;  // the borrower's unit, when a resident
  std::string purpose;
  DateTime lent_at{};
  std::string lent_by;  // staff id
  DateTime due_at{};
  std::optional<DateTime> returned_at;
  std::string returned_by;  // who brought it back
  std::string received_by;  // staff id
  std::string condition;    // as found when returned: 完好, 损坏 …
  std::string note;
  std::vector<HistoryEntry> history;
  bool open() const { return !returned_at; }
  bool operator==(const ItemLoan&) const = default;
};
template <class V>
void members(V& v, ItemLoan& x) {
  using namespace field;
  v("id", x.id, required), v("item", x.item, required), v("quantity", x.quantity);
  v("borrower", x.borrower), v("unit", x.unit), v("purpose", x.purpose);
  v("lent_at", x.lent_at, required), v("lent_by", x.lent_by, required);
  v("due_at", x.due_at, required), v("returned_at", x.returned_at);
  v("returned_by", x.returned_by), v("received_by", x.received_by);
  v("condition", x.condition), v("note", x.note), v("history", x.history);
}

struct NewItemLoan {
  std::string item, unit, purpose, note;
  int quantity = 1;
  Person borrower;
  DateTime lent_at{};
  DateTime due_at{};
};
/// Refused without an item or a borrower, with a quantity below one, a due time not after the
/// lending, a time after now.
ItemLoan lend_item(std::string id, const NewItemLoan& n, const std::string& by, DateTime now);
struct ItemReturn {
  DateTime at{};
  std::string returned_by;  // empty: the borrower
  std::string condition;    // empty: 完好
  std::string note;
};
/// Refused once returned, or for a time before the lending or after now.
void return_item(ItemLoan& l, const ItemReturn& r, const std::string& by, DateTime now);
/// Not back and past its due time.
bool item_overdue(const ItemLoan& l, DateTime now);

// ---- what happened in a shift, what is open at its end ------------------------------------

/// The records a shift's sheet is computed from. Another register joins by adding its records
/// here and its lines to shift_events and open_at.
struct DeskRecords {
  std::vector<Complaint> complaints;
  std::vector<Repair> repairs;
  std::vector<Contact> contacts;
  std::vector<KeyLoan> key_loans;
  std::vector<ItemLoan> item_loans;
  std::vector<Visitor> visitors;
  std::vector<LostItem> lost;
  /// The callbacks owed now (pending_callbacks): a callback is open at T when its case was
  /// resolved before T and it falls due by the end of the day T ends.
  std::vector<CallbackDue> callbacks;
};

/// Something kefu recorded in a shift: 受理投诉, 投诉办结, 报修登记, 维修完工, 钥匙借出 …
struct ShiftEvent {
  DateTime at{};
  std::string kind;  // complaint, repair, contact, key, item, visitor, lost
  std::string id;
  std::string what;  // in Chinese
  std::string subject;
  bool operator==(const ShiftEvent&) const = default;
};
/// Every event of the records with its time in [start, end), by time then ID.
std::vector<ShiftEvent> shift_events(const DeskRecords& r, DateTime start, DateTime end);
/// Every item open at `t` (after every event before `t`, none at or after it): keys and items
/// lent before t and not returned before t, visitors in before t and not out before t,
/// lost property recorded before t and not reported to the supervisor (acknowledged), returned
/// or handed over before t (§3.3.6: "必须及时报告上级处理"), complaints received before t and
/// neither acknowledged nor resolved before t, callbacks as DeskRecords says. By kind (key,
/// item, visitor, lost, complaint, callback), then since, then ID.
std::vector<OpenItem> open_at(const DeskRecords& r, DateTime t);

/// A `kefu due` line for a duty record at `now`: its shift ended and no handover given
/// ("handover_missing", the record's owner), or a handover given and not accepted
/// ("handover_unaccepted", the incoming member); nullopt otherwise.
std::optional<DueItem> handover_due_item(const Duty& d, DateTime now);

}  // namespace kefu
