/// Lost property (拾遗物品, §3.3.6 拾获顾客遗留物品必须及时报告上级处理): one record per item
/// found — what, where, when, who found it, where it is kept. It is reported to the 客户主管 at
/// once: until one (or the manager) acknowledges it, it heads their `kefu due`. It leaves the
/// desk returned to a claimant who proves it is theirs (name, the type and last four characters
/// of an ID document, how they proved it, their signature), or, unclaimed after kefu.yaml
/// `lost_property.keep_days`, handed to the police or disposed of on a supervisor's or the
/// manager's decision (before then only with a reason).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/key.hpp"
#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

enum class LostDisposal { police, disposed };
enum class LostState { reported, kept, returned, police, disposed };
template <>
std::span<const EnumName<LostDisposal>> enum_names<LostDisposal>();
template <>
std::span<const EnumName<LostState>> enum_names<LostState>();

/// The claimant an item went back to (认领).
struct LostReturn {
  DateTime at{};
  std::string claimant;
  std::string phone;
  IdCheck id;             // type and last four only
  std::string proof;      // how they proved it theirs: described the contents, a photo …
  std::string signature;  // the name they signed
  std::string by;         // staff id who handed it over
  bool operator==(const LostReturn&) const = default;
};
template <class V>
void members(V& v, LostReturn& x) {
  using namespace field;
  v("at", x.at, required), v("claimant", x.claimant, required), v("phone", x.phone);
  v("id", x.id), v("proof", x.proof, required), v("signature", x.signature, required);
  v("by", x.by);
}

/// Handed to the police or disposed of, and who decided.
struct LostDisposalRecord {
  DateTime at{};
  LostDisposal how = LostDisposal::police;
  std::string decided_by;  // staff id: a 客户主管 or the manager
  std::string receiver;    // the police station and officer, or how it was disposed of
  std::string reason;      // required before the keeping period is over
  std::string by;          // staff id who recorded it
  bool operator==(const LostDisposalRecord&) const = default;
};
template <class V>
void members(V& v, LostDisposalRecord& x) {
  using namespace field;
  v("at", x.at, required), v("how", x.how, required), v("decided_by", x.decided_by, required);
  v("receiver", x.receiver), v("reason", x.reason, omit_empty), v("by", x.by);
}

struct LostItem {
  std::string id;          // SW-2026-11-0001
  DateTime received_at{};  // when it was recorded
  DateTime found_at{};
  std::string item;      // what: 黑色钱包（内有现金若干）
  std::string place;     // where it was found
  std::string found_by;  // who found it (a name: staff, cleaner, resident)
  std::string kept_at;   // where it is kept
  std::string owner;     // staff id who recorded it
  std::optional<DateTime> acknowledged_at;
  std::string acknowledged_by;
  std::optional<LostReturn> returned;
  std::optional<LostDisposalRecord> disposal;
  std::string note;
  std::vector<HistoryEntry> history;

  /// Still at the desk: neither returned nor handed over.
  bool open() const { return !returned && !disposal; }
  bool operator==(const LostItem&) const = default;
};
template <class V>
void members(V& v, LostItem& x) {
  using namespace field;
  v("id", x.id, required), v("received_at", x.received_at, required);
  v("found_at", x.found_at, required), v("item", x.item, required);
  v("place", x.place, required), v("found_by", x.found_by), v("kept_at", x.kept_at, required);
  v("owner", x.owner, required), v("acknowledged_at", x.acknowledged_at);
  v("acknowledged_by", x.acknowledged_by), v("returned", x.returned, omit_empty);
  v("disposal", x.disposal, omit_empty), v("note", x.note), v("history", x.history);
}

struct NewLostItem {
  std::string item, place, found_by, kept_at, note;
  DateTime found_at{};
};
/// Records an item found. Refused: no item, place or keeping place; found after now.
LostItem record_found(std::string id, const NewLostItem& n, const std::string& by, DateTime now);
/// The supervisor acknowledges the report. Refused: `by` neither 客户主管 nor 管理处经理, an
/// item acknowledged already.
void acknowledge_lost(LostItem& x, const StaffMember& by, DateTime now);
/// Returned to its claimant. Refused: an item no longer held, not yet acknowledged, a claimant
/// without a name, an ID document, a proof or a signature.
void return_lost(LostItem& x, LostReturn r, DateTime now);
/// From when an unclaimed item may go to the police or be disposed of: the start of the day
/// keep_days after the day it was found.
DateTime keep_until(const LostItem& x, const LostPropertyConfig& c);
/// Handed to the police or disposed of. Refused: an item no longer held or not acknowledged,
/// a decision by anyone but a 客户主管 or the manager, before keep_until without a reason.
void dispose_lost(LostItem& x, LostDisposalRecord d, const StaffMember& decided_by,
                  const LostPropertyConfig& c, DateTime now);
LostState lost_state(const LostItem& x);
/// Whether the item was at the desk at `t`: found by then, and neither returned nor handed
/// over by then.
bool lost_open_at(const LostItem& x, DateTime t);
/// The items at the desk at `t` (for a handover sheet), by when they were found.
std::vector<LostItem> lost_property_open_at(const std::vector<LostItem>& items, DateTime t);

}  // namespace kefu
