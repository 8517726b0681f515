/// Complaints (投诉, R1–R5, R12): the record, its deadlines and its lifecycle.
///
/// receive → (assign / answer: acknowledged) → resolve (close) → callback → closed.
/// Deadlines are never stored: they are derived from the receipt time, the SLA and the
/// calendar, so a corrected calendar moves the deadlines of cases still open.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

/// One line of a record's append-only history (R12: a correction is a new entry).
/// A field a correction changed (R12: who, when, why, and from what to what).
struct FieldChange {
  std::string field;  // its key in the record's file: severity, callbacks.0.result
  std::string from, to;
  bool operator==(const FieldChange&) const = default;
};
template <class V>
void members(V& v, FieldChange& x) {
  v("field", x.field, field::required), v("from", x.from), v("to", x.to);
}

struct HistoryEntry {
  DateTime at{};
  std::string by;      // staff id
  std::string action;  // open, assign, note, reply, close, reopen, callback, correct …
  std::string note;
  std::vector<FieldChange> changes;  // of a correction
  bool operator==(const HistoryEntry&) const = default;
};
/// Adds a step at the end of a record's history, which is only ever appended to (R12).
inline void add_history(std::vector<HistoryEntry>& history, DateTime at, const std::string& by,
                        std::string action, std::string note) {
  history.push_back({at, by, std::move(action), std::move(note), {}});
}
template <class V>
void members(V& v, HistoryEntry& x) {
  v("at", x.at, field::required), v("by", x.by), v("action", x.action, field::required);
  v("note", x.note), v("changes", x.changes, field::omit_empty);
}

struct Person {
  std::string name;
  std::string phone;
  bool operator==(const Person&) const = default;
};
template <class V>
void members(V& v, Person& x) {
  v("name", x.name), v("phone", x.phone);
}

/// A 回访记录表 entry (R5): the customer's verdict, and who signed it (§3.5.1.3).
struct CallbackRecord {
  DateTime at{};
  std::string by;
  CallbackResult result = CallbackResult::satisfied;
  std::string signed_by;
  std::string note;
  std::string phone;  // a phone callback: the number called (no signature)
  bool by_phone() const { return !phone.empty(); }
  bool operator==(const CallbackRecord&) const = default;
};
template <class V>
void members(V& v, CallbackRecord& x) {
  v("at", x.at, field::required), v("by", x.by), v("result", x.result, field::required);
  v("signed_by", x.signed_by), v("note", x.note), v("phone", x.phone, field::omit_empty);
}
/// How a callback was confirmed, for the history: "（张三 签字）" or "（电话回访）".
std::string callback_proof_zh(const CallbackRecord& cb);
/// Refuses a callback neither signed nor made by phone.
void require_callback_proof(const CallbackRecord& cb);

struct Complaint {
  std::string id;  // TS-2026-11-0007
  ComplaintStatus status = ComplaintStatus::open;
  DateTime received_at{};
  Channel channel = Channel::phone;
  std::string unit;   // a unit of the estate, or
  std::string place;  // a public place
  Person complainant;
  std::vector<std::string> involved;  // other people concerned
  std::string category;
  Severity severity = Severity::general;
  std::string description;
  std::string owner;        // 首问负责制: the staff member who received it
  std::string assigned_to;  // department or staff member handling it
  std::optional<DateTime> acknowledged_at;
  std::optional<DateTime> resolved_at;
  std::string resolution;
  std::string renovation;  // the renovation (ZX-…) it is about: noise, rubbish, hours
  std::string patrol;      // the patrol finding it came from (XS-2026-11-0003#2)
  std::string visit;       // the owner visit (ZF-…) where it was raised
  std::vector<CallbackRecord> callbacks;
  std::vector<HistoryEntry> history;
  bool operator==(const Complaint&) const = default;
};
/// The members of a complaint, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Complaint& x) {
  using namespace field;
  v("id", x.id, required), v("status", x.status, required);
  v("received_at", x.received_at, required), v("channel", x.channel, required);
  v("unit", x.unit), v("place", x.place), v("complainant", x.complainant);
  v("involved", x.involved), v("category", x.category), v("severity", x.severity, required);
  v("description", x.description), v("owner", x.owner, required);
  v("assigned_to", x.assigned_to), v("acknowledged_at", x.acknowledged_at);
  v("resolved_at", x.resolved_at), v("resolution", x.resolution);
  v("renovation", x.renovation, omit_empty), v("patrol", x.patrol, omit_empty);
  v("visit", x.visit, omit_empty), v("callbacks", x.callbacks), v("history", x.history);
}

struct ComplaintDeadlines {
  DateTime response_due{};               // R3: received + 24 h
  DateTime resolution_due{};             // R4: end of the Nth working day after receipt
  std::optional<DateTime> callback_due;  // R5: end of the day N days after resolution
};

ComplaintDeadlines complaint_deadlines(const Complaint& c, const ComplaintSla& sla,
                                       const WorkingCalendar& cal);

/// What is late about a complaint at a given moment.
struct ComplaintOverdue {
  bool response = false;    // not acknowledged within 24 h
  bool resolution = false;  // not resolved by its deadline
  bool callback = false;    // resolved, callback not made by its due date
  bool any() const { return response || resolution || callback; }
};

ComplaintOverdue complaint_overdue(const Complaint& c, const ComplaintDeadlines& d, DateTime now);

/// True when a callback is owed on the current resolution.
bool complaint_callback_pending(const Complaint& c);

/// A history action in Chinese for people: open → 受理, assign → 派单 …
std::string action_zh(const std::string& action);

/// Everything `complaint open` needs; validated against the roster and units by the caller.
struct NewComplaint {
  Channel channel = Channel::phone;
  std::string unit;
  std::string place;
  Person complainant;
  std::vector<std::string> involved;
  std::string category;
  Severity severity = Severity::general;
  std::string description;
};

/// The lifecycle. Each either changes the record and appends one history entry, or throws
/// RefusedError saying why, leaving the record as it was.
Complaint open_complaint(std::string id, const NewComplaint& n, const std::string& by,
                         DateTime now);
void assign_complaint(Complaint& c, const std::string& to, const std::string& by, DateTime now,
                      const std::string& note);
void note_complaint(Complaint& c, const std::string& text, bool answered_customer,
                    const std::string& by, DateTime now);
void close_complaint(Complaint& c, const std::string& resolution, const std::string& by,
                     DateTime now);
void reopen_complaint(Complaint& c, const std::string& reason, const std::string& by, DateTime now);
/// A callback on a resolved complaint: 满意/基本满意 close it, 不满意 sends it back to processing.
void callback_complaint(Complaint& c, const CallbackRecord& cb);
/// Links the complaint to the renovation (ZX-…) it is about; refused when linked to another.
void link_complaint_renovation(Complaint& c, const std::string& renovation, const std::string& by,
                               DateTime now);

}  // namespace kefu
