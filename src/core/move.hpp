/// Moving in and out (入伙、迁入迁出, procedures 008 and 009): one record per move, its steps,
/// the settlement of the unit's fees (客户搬迁结算表), the goods release slips (物品放行条),
/// a unit's occupancy and the monthly 客户迁入、迁出统计表.
///
/// A move-in records who moves in (owner or tenant, the people and their relation), the
/// handover checklist (keys, meter readings, documents: kefu.yaml `move_checklist`, or the
/// move's own) and an emergency contact; it is open until every item is ticked. A move-out
/// records who leaves; a tenant's goods leave only with the owner's consent (业主同意搬离通知书)
/// and after the settlement; a release slip is refused while the unit owes fees, unless the
/// estate manager overrides it (who, why: kept in the slip). A move-out is open until its
/// first release slip is issued.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/fee.hpp"
#include "core/members.hpp"
#include "core/time.hpp"
#include "core/unit.hpp"

namespace kefu {

enum class MoveKind { move_in, move_out };
enum class OccupantType { owner, tenant };
enum class ConsentMethod { written, phone };

template <>
std::span<const EnumName<MoveKind>> enum_names<MoveKind>();
template <>
std::span<const EnumName<OccupantType>> enum_names<OccupantType>();
template <>
std::span<const EnumName<ConsentMethod>> enum_names<ConsentMethod>();

/// One item of a move-in's handover checklist (交接清单).
struct ChecklistItem {
  std::string item;  // 钥匙交接, 水表读数 …
  bool done = false;
  std::string note;  // the reading, how many keys …
  bool operator==(const ChecklistItem&) const = default;
};
template <class V>
void members(V& v, ChecklistItem& x) {
  v("item", x.item, field::required), v("done", x.done, field::true_or_false);
  v("note", x.note, field::omit_empty);
}

/// The owner's consent to a tenant's leaving with their goods (业主同意搬离通知书).
struct OwnerConsent {
  std::string name;  // who consented: the owner, or whoever the owner named
  ConsentMethod method = ConsentMethod::written;
  DateTime at{};
  std::string by;  // staff id who recorded it
  std::string note;
  bool operator==(const OwnerConsent&) const = default;
};
template <class V>
void members(V& v, OwnerConsent& x) {
  using namespace field;
  v("name", x.name, required), v("method", x.method, required), v("at", x.at, required);
  v("by", x.by), v("note", x.note, omit_empty);
}

/// One unpaid period of a settlement.
struct SettlementLine {
  YearMonth period;
  int64_t billed = 0, paid = 0, owed = 0;  // fen
  bool operator==(const SettlementLine&) const = default;
};
template <class V>
void members(V& v, SettlementLine& x) {
  using namespace field;
  v("period", x.period, required), v("billed", x.billed, money), v("paid", x.paid, money);
  v("owed", x.owed, money);
}

/// The 客户搬迁结算表: the unit's ledger at the moment of settlement, kept as it was.
struct Settlement {
  DateTime at{};
  std::string by;                     // staff id
  std::vector<SettlementLine> lines;  // every period with something owed, ascending
  int64_t owed = 0;                   // sum of the lines
  int64_t credit = 0;                 // paid and not yet used by any bill
  int64_t balance = 0;                // owed - credit: what the unit must pay (negative: refund)
  bool operator==(const Settlement&) const = default;
};
template <class V>
void members(V& v, Settlement& x) {
  using namespace field;
  v("at", x.at, required), v("by", x.by), v("lines", x.lines), v("owed", x.owed, money);
  v("credit", x.credit, money), v("balance", x.balance, money);
}

/// One 物品放行条.
struct ReleaseSlip {
  int no = 0;  // 1, 2 … within the move
  DateTime at{};
  std::string goods;  // what leaves
  int pieces = 0;
  std::string plate;        // vehicle
  std::string issued_by;    // staff id
  int64_t owed = 0;         // the unit's balance when issued (above zero only with an override)
  std::string override_by;  // staff id of the manager who let it go despite arrears
  std::string reason;
  bool operator==(const ReleaseSlip&) const = default;
};
template <class V>
void members(V& v, ReleaseSlip& x) {
  using namespace field;
  v("number", x.no, required), v("at", x.at, required), v("goods", x.goods, required);
  v("pieces", x.pieces), v("plate", x.plate), v("issued_by", x.issued_by);
  v("owed", x.owed, money), v("override_by", x.override_by, omit_empty);
  v("reason", x.reason, omit_empty);
}

struct Move {
  std::string id;  // BQ-2026-11-0001
  MoveKind kind = MoveKind::move_in;
  DateTime received_at{};  // when it was recorded
  DateTime moved_at{};     // when the move takes place
  std::string unit;
  OccupantType occupant = OccupantType::owner;
  std::vector<Resident> people;
  Person emergency_contact;
  std::vector<ChecklistItem> checklist;  // a move-in's
  std::optional<OwnerConsent> consent;   // a tenant's move-out
  std::optional<Settlement> settlement;  // a move-out's, the latest
  std::vector<ReleaseSlip> releases;     // a move-out's
  std::string owner;                     // staff id who recorded it
  std::string note;
  std::vector<HistoryEntry> history;

  bool is_in() const { return kind == MoveKind::move_in; }
  /// A move-in with an unticked item; a move-out with no release slip yet.
  bool open() const;
  bool operator==(const Move&) const = default;
};
/// The members of a move, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Move& x) {
  using namespace field;
  v("id", x.id, required), v("kind", x.kind, required), v("received_at", x.received_at, required);
  v("moved_at", x.moved_at, required), v("unit", x.unit, required);
  v("occupant", x.occupant, required), v("people", x.people);
  v("emergency_contact", x.emergency_contact), v("checklist", x.checklist, omit_empty);
  v("consent", x.consent, omit_empty), v("settlement", x.settlement, omit_empty);
  v("releases", x.releases, omit_empty), v("owner", x.owner, required), v("note", x.note);
  v("history", x.history);
}

struct NewMove {
  MoveKind kind = MoveKind::move_in;
  std::string unit;
  OccupantType occupant = OccupantType::owner;
  std::vector<Resident> people;
  Person emergency_contact;
  std::vector<std::string> checklist;  // a move-in's items; empty: none
  DateTime moved_at{};
  std::string note;
};

/// Records a move. RefusedError for a move without anyone, a checklist on a move-out, a
/// move-in without a checklist, an item named twice.
Move open_move(std::string id, const NewMove& n, const std::string& by, DateTime now);
/// Ticks an item of a move-in's checklist (by its name or its number from 1), with a note
/// (the reading, how many keys). Refused for a move-out or an item the list does not hold.
void tick_checklist(Move& m, const std::string& item, const std::string& note,
                    const std::string& by, DateTime now);
/// The owner's consent to a tenant's move-out. Refused for a move-in, an owner's move-out,
/// a consent given already, a consent dated after now.
void record_consent(Move& m, const OwnerConsent& c, const std::string& by, DateTime now);
/// The settlement of a move-out from the unit's ledger as of now. Refused for a move-in, and
/// once a release slip is issued (the goods are gone: settle no more).
Settlement settlement_of(const Ledger& ledger, DateTime at, const std::string& by);
void settle_move(Move& m, const Ledger& ledger, const std::string& by, DateTime now);

struct ReleaseRequest {
  std::string goods;
  int pieces = 0;
  std::string plate;
  const StaffMember* override_by = nullptr;  // the manager who lets the goods go despite arrears
  std::string reason;
};
/// Issues a release slip: refused for a move-in, a tenant's move-out without the owner's
/// consent, a move-out not settled, and while `owed_now` (the unit's ledger balance as of now)
/// is above zero unless a manager overrides with a reason; an override by anyone else is
/// refused, and so is an override with nothing owed.
const ReleaseSlip& issue_release(Move& m, const ReleaseRequest& r, int64_t owed_now,
                                 const std::string& by, DateTime now);

/// A unit's occupancy (core/enums.hpp Occupancy): under renovation when `under_renovation`,
/// else by its latest move (by moved_at, then ID): a move-in makes it owner-occupied or rented
/// by occupant, a move-out vacant; with no move, the units file's `occupancy:` (absent:
/// owner-occupied). `moves` may hold other units' moves, which are ignored.
Occupancy occupancy_of(const Unit& unit, const std::vector<Move>& moves, bool under_renovation);
/// The people living in a unit by its moves: those of its latest move-in, unless a move-out
/// came after it; the owner from units/ when there is no move.
std::vector<Resident> residents_of(const Unit& unit, const std::vector<Move>& moves);

/// One building's line of the 客户迁入、迁出统计表.
struct MoveCounts {
  int in_owner = 0, in_tenant = 0, out_owner = 0, out_tenant = 0;
  int slips = 0, overrides = 0;  // release slips issued in the month, and of them overridden
  int moves_in() const { return in_owner + in_tenant; }
  int moves_out() const { return out_owner + out_tenant; }
  bool operator==(const MoveCounts&) const = default;
};
struct MoveMonthStats {
  YearMonth month;
  std::map<std::string, MoveCounts> buildings;  // by building
  MoveCounts total;
};
/// The moves of `month` (by moved_at) by building and occupant, and the release slips issued
/// in it (by their time). `building_of` gives a unit's building.
MoveMonthStats move_month_stats(const std::vector<Move>& moves, YearMonth month,
                                const std::function<std::string(const std::string&)>& building_of);

/// A tenant's move-out waiting for the owner's consent more than `days` days after it was
/// recorded: a `kefu due` line.
bool consent_overdue(const Move& m, DateTime now, int days);

}  // namespace kefu
