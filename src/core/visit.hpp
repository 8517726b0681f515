/// Owner visits (走访, procedure 017): whom the centre visited, when, who went, what was raised
/// and how it was followed up; what was raised may become an opinion, a complaint or a repair,
/// linked both ways (the case names the visit in its `visit:` or source_id).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

struct Visit {
  std::string id;  // ZF-2026-11-0001
  DateTime visited_at{};
  std::string unit;
  Person person;          // whom: the owner, a tenant or a household member
  std::string by;         // staff id who visited
  std::string purpose;    // 走访目的: 例行走访, 入住回访 …
  std::string raised;     // what the resident raised (反映的问题、意见)
  std::string follow_up;  // 跟进情况
  std::string opinion;    // became this opinion (YJ-…)
  std::string complaint;  // became this complaint (TS-…)
  std::string repair;     // became this repair (BX-…)
  std::vector<HistoryEntry> history;

  /// Something was raised and nothing has followed it yet: no follow-up, no case.
  bool open() const;
  bool operator==(const Visit&) const = default;
};
template <class V>
void members(V& v, Visit& x) {
  using namespace field;
  v("id", x.id, required), v("visited_at", x.visited_at, required);
  v("unit", x.unit, required), v("person", x.person), v("by", x.by, required);
  v("purpose", x.purpose), v("raised", x.raised), v("follow_up", x.follow_up);
  v("opinion", x.opinion, omit_empty), v("complaint", x.complaint, omit_empty);
  v("repair", x.repair, omit_empty), v("history", x.history);
}

struct NewVisit {
  DateTime visited_at{};
  std::string unit;
  Person person;
  std::string purpose;
  std::string raised;
  std::string follow_up;
};

/// A visit as logged by `by` at `now`; refused without a unit, a person, or a time after `now`.
Visit log_visit(std::string id, const NewVisit& n, const std::string& by, DateTime now);

/// Adds a follow-up note; refused when empty.
void follow_up_visit(Visit& v, const std::string& text, const std::string& by, DateTime now);

/// What a visit's concern can become.
enum class VisitOutcome { opinion, complaint, repair };
const char* visit_outcome_zh(VisitOutcome o);

/// Refused when nothing was raised, or the visit already became a case of this kind.
void check_visit_can_become(const Visit& v, VisitOutcome o);
/// Links the visit to the case `id` it became (after check_visit_can_become).
void link_visit(Visit& v, VisitOutcome o, const std::string& id, const std::string& by,
                DateTime now);

}  // namespace kefu
