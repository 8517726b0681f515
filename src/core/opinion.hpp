/// Opinions (顾客意见, R6, §3.5.2): the record of one opinion and its chain.
///
/// collected → sent to the responsible department (within 2 days) → the department's written
/// measures (整改措施) back (within 3 days of receipt) → rectified → callback on the effect
/// (within 2 weeks of the rectification) → closed. An unsatisfied callback sends the opinion
/// back to rectification. Deadlines are derived, never stored: from the time of each step, the
/// spans of kefu.yaml's sla.opinion and the calendar.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/members.hpp"
#include "core/time.hpp"

namespace kefu {

struct Opinion {
  std::string id;  // YJ-2026-11-0001
  OpinionStatus status = OpinionStatus::collected;
  DateTime collected_at{};
  OpinionSource source = OpinionSource::other;
  std::string source_id;  // the record it came from: a suggestion's LD-…, later a survey's
  std::string unit;
  Person person;  // who gave it
  std::string text;
  std::string department;  // responsible department (kefu.yaml departments)
  std::string owner;       // 首问负责制: who collected it
  std::optional<DateTime> sent_at;
  std::string sent_to;  // who at the department received it
  std::optional<DateTime> measures_at;
  std::string measures;       // the department's written corrective measures (整改措施)
  std::string measures_from;  // who wrote them
  std::optional<DateTime> rectified_at;
  std::string rectification;  // what was done
  std::vector<CallbackRecord> callbacks;
  std::vector<HistoryEntry> history;
  bool operator==(const Opinion&) const = default;
};
/// The members of an opinion, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Opinion& x) {
  using namespace field;
  v("id", x.id, required), v("status", x.status, required);
  v("collected_at", x.collected_at, required), v("source", x.source, required);
  v("source_id", x.source_id), v("unit", x.unit), v("person", x.person);
  v("text", x.text), v("department", x.department), v("owner", x.owner, required);
  v("sent_at", x.sent_at), v("sent_to", x.sent_to), v("measures_at", x.measures_at);
  v("measures", x.measures), v("measures_from", x.measures_from);
  v("rectified_at", x.rectified_at), v("rectification", x.rectification);
  v("callbacks", x.callbacks), v("history", x.history);
}

struct OpinionDeadlines {
  DateTime send_due{};                   // collected + sla.opinion.send
  std::optional<DateTime> measures_due;  // sent + sla.opinion.measures, once sent
  std::optional<DateTime> callback_due;  // rectified + sla.opinion.callback, once rectified
};

OpinionDeadlines opinion_deadlines(const Opinion& o, const OpinionSla& sla,
                                   const WorkingCalendar& cal);

/// What is late about an opinion at a given moment: the step it waits for, past its deadline.
struct OpinionOverdue {
  bool send = false;      // not sent to the department in time
  bool measures = false;  // sent, no written measures back in time
  bool callback = false;  // rectified, no callback in time
  bool any() const { return send || measures || callback; }
};

OpinionOverdue opinion_overdue(const Opinion& o, const OpinionDeadlines& d, DateTime now);

/// True when a callback on the current rectification is owed.
bool opinion_callback_pending(const Opinion& o);

/// How each step of the chain stands, for the monthly report: done by its deadline, late
/// (done after it, or not done and past it), or neither yet.
enum class StepTimeliness { not_yet, on_time, late };

struct OpinionChainTimeliness {
  StepTimeliness send = StepTimeliness::not_yet;
  StepTimeliness measures = StepTimeliness::not_yet;
  StepTimeliness callback = StepTimeliness::not_yet;
};

/// The steps of one opinion as known at `now` (a step recorded after `now` is not yet done);
/// the callback is the first after the first rectification.
OpinionChainTimeliness opinion_timeliness(const Opinion& o, const OpinionSla& sla,
                                          const WorkingCalendar& cal, DateTime now);

/// Everything `opinion add` needs; the department and unit checked by the caller.
struct NewOpinion {
  DateTime collected_at{};
  OpinionSource source = OpinionSource::other;
  std::string source_id;
  std::string unit;
  Person person;
  std::string text;
  std::string department;
};

/// The chain. Each step changes the record and appends one history entry, or throws
/// RefusedError saying why (a step out of order, a time before the previous step or after
/// `now`), leaving the record as it was.
Opinion collect_opinion(std::string id, const NewOpinion& n, const std::string& by, DateTime now);
void send_opinion(Opinion& o, const std::string& to, DateTime at, const std::string& by,
                  DateTime now);
void record_measures(Opinion& o, const std::string& measures, const std::string& from, DateTime at,
                     const std::string& by, DateTime now);
void rectify_opinion(Opinion& o, const std::string& what, DateTime at, const std::string& by,
                     DateTime now);
/// The callback on the effect: 满意/基本满意 close it, 不满意 sends it back to rectification.
void callback_opinion(Opinion& o, const CallbackRecord& cb);

}  // namespace kefu
