/// Patrols (巡视, §3.2.1–3.2.4, procedures 011 and 012): one record per round walked — who
/// walked it, when, each checkpoint's result and what was found. A finding is corrected on the
/// spot (closed with a note) or becomes a repair order or a complaint, linked both ways
/// (the repair's or complaint's `patrol:` names the finding, the finding names it). A round is
/// owed once in each of its periods (a day, a week from Monday); one not walked in its period
/// is a `kefu due` line.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

enum class CheckResult { normal, abnormal };
template <>
std::span<const EnumName<CheckResult>> enum_names<CheckResult>();

/// One checkpoint of a round as walked: 大堂/照明, or a vacant unit.
struct CheckpointResult {
  std::string checkpoint;
  CheckResult result = CheckResult::normal;
  std::string note;
  bool operator==(const CheckpointResult&) const = default;
};
template <class V>
void members(V& v, CheckpointResult& x) {
  using namespace field;
  v("checkpoint", x.checkpoint, required), v("result", x.result, required);
  v("note", x.note, omit_empty);
}

/// What a round found (§3.2.4 发现问题及时纠正或整改) and what became of it.
struct Finding {
  int no = 0;  // 1, 2 … within the patrol: XS-2026-11-0003#2
  std::string place;
  std::string description;
  std::string repair;                // BX-… it became
  std::string complaint;             // TS-… it became
  std::optional<DateTime> fixed_at;  // corrected on the spot
  std::string fixed_by;
  std::string note;
  bool open() const { return repair.empty() && complaint.empty() && !fixed_at; }
  bool operator==(const Finding&) const = default;
};
template <class V>
void members(V& v, Finding& x) {
  using namespace field;
  v("number", x.no, required), v("place", x.place, required);
  v("description", x.description, required), v("repair", x.repair, omit_empty);
  v("complaint", x.complaint, omit_empty), v("fixed_at", x.fixed_at, omit_empty);
  v("fixed_by", x.fixed_by, omit_empty), v("note", x.note, omit_empty);
}

struct Patrol {
  std::string id;          // XS-2026-11-0001
  std::string round;       // its key in kefu.yaml patrols.rounds
  DateTime received_at{};  // when it was recorded
  DateTime started_at{};
  DateTime finished_at{};
  std::vector<std::string> walkers;  // staff ids, the one who recorded it first
  std::vector<CheckpointResult> results;
  std::vector<Finding> findings;
  std::string owner;  // staff id who recorded it
  std::string note;
  std::vector<HistoryEntry> history;

  /// A finding not yet corrected, nor made a repair or a complaint.
  bool open() const;
  bool operator==(const Patrol&) const = default;
};
template <class V>
void members(V& v, Patrol& x) {
  using namespace field;
  v("id", x.id, required), v("round", x.round, required);
  v("received_at", x.received_at, required), v("started_at", x.started_at, required);
  v("finished_at", x.finished_at, required), v("walkers", x.walkers);
  v("results", x.results), v("findings", x.findings), v("owner", x.owner, required);
  v("note", x.note), v("history", x.history);
}

/// The checkpoints of a round (see PatrolRound), `vacant` being the units vacant now;
/// restricted to `only_areas` when not empty (refused: an area the round does not walk).
std::vector<std::string> round_checkpoints(const PatrolConfig& cfg, const PatrolRound& round,
                                           const std::vector<std::string>& vacant,
                                           const std::vector<std::string>& only_areas = {});

struct NewFinding {
  std::string place, description;
};
/// `地点:描述` (or full-width ：) as typed; RefusedError when either side is empty.
NewFinding parse_finding(const std::string& text);

struct NewPatrol {
  std::string round;
  std::vector<std::string> checkpoints;  // round_checkpoints
  std::vector<std::string> walkers;      // others who walked it (staff ids)
  std::vector<NewFinding> findings;
  DateTime started_at{};
  std::string note;
};
/// Records a patrol: every checkpoint normal but those a finding's place names (the checkpoint
/// itself, or its area/checkpoint ending) which are abnormal. Refused: a start after now, a
/// round without a checkpoint, a walker named twice.
Patrol log_patrol(std::string id, const NewPatrol& n, const std::string& by, DateTime now);

/// `XS-2026-11-0003#2` → the patrol's ID and the finding's number; RefusedError otherwise.
std::pair<std::string, int> parse_finding_ref(const std::string& ref);
std::string finding_ref(const Patrol& p, const Finding& f);
/// The finding numbered `no`; RefusedError when there is none.
Finding& finding_of(Patrol& p, int no);
/// The finding becomes a repair order or a complaint (`id`), or is closed as corrected on the
/// spot with a note. Refused for a finding already dealt with, and a note that is empty.
void finding_to_repair(Patrol& p, int no, const std::string& repair, const std::string& by,
                       DateTime now);
void finding_to_complaint(Patrol& p, int no, const std::string& complaint, const std::string& by,
                          DateTime now);
void finding_fixed(Patrol& p, int no, const std::string& note, const std::string& by, DateTime now);
/// What a finding has become: 已整改 / 转报修 BX-… / 转投诉 TS-… / 待处理.
std::string finding_state_zh(const Finding& f);

/// A round's period holding `day`: that day; or the week from Monday to Sunday.
struct PatrolPeriod {
  Date from{}, to{};
  bool operator==(const PatrolPeriod&) const = default;
};
PatrolPeriod patrol_period(PatrolFrequency f, Date day);
/// "2026-11-25" or "2026-11-23—2026-11-29".
std::string period_text(const PatrolPeriod& p);

/// A round owed and not walked: in the period holding now (due at its end, not yet late) or
/// in the period before (late).
struct MissingRound {
  std::string round;
  PatrolPeriod period;
  DateTime due{};
  bool late = false;
  bool operator==(const MissingRound&) const = default;
};
/// The rounds of `cfg` not walked in the current and in the previous period, by the patrols'
/// start. A round is owed from the period of its first recorded patrol: before it, the
/// register had not started.
std::vector<MissingRound> missing_rounds(const PatrolConfig& cfg,
                                         const std::vector<Patrol>& patrols, DateTime now);

}  // namespace kefu
