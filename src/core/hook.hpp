/// Hooks: what happened, as the executables of a data directory's hooks/ are told of it. Which
/// events a command produces is decided here, from the records and lines it made; running the
/// hooks is cli/hooks.cpp's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/complaint.hpp"
#include "core/due.hpp"
#include "core/repair.hpp"
#include "core/time.hpp"

namespace kefu {

/// One event, as a hook reads it on standard input (one JSON object, hook_event_json in
/// cli/hooks.cpp). `event` is also the name of the hook run for it: hooks/case-opened.
struct HookEvent {
  std::string event;  // case-opened, major-complaint, overdue, callback-due, key-overdue, dun-level
  std::string id;     // the record (a unit for dun-level)
  std::string kind;   // complaint, repair, opinion, special, key, fee …
  std::string unit;   // the unit concerned, when there is one
  std::string category;  // a complaint's category, a repair's 户内维修/公共设施设备; empty else
  std::string staff;    // who owes it: the 首问负责人, or the owner of a line of `kefu due`
  DateTime time{};      // when it happened (opened), or when it was or is due
  std::string summary;  // one line in Chinese for a person
  std::string reason;   // for the events of `kefu due`: its line's reason (fix_overdue …)
  bool operator==(const HookEvent&) const = default;
};

/// Every event name, in the order the documentation lists them.
const std::vector<std::string_view>& hook_event_names();

/// A complaint just recorded: case-opened, and major-complaint too when it is major (§3.7.3).
std::vector<HookEvent> opened_events(const Complaint& c);
/// A repair just logged: case-opened.
std::vector<HookEvent> opened_events(const Repair& r);

/// The events of the lines of `kefu due`: a callback due or overdue → callback-due; a key not
/// back → key-overdue; a dun level reached → dun-level; any other step past its deadline
/// (…_overdue, a major complaint's late step) → overdue. Other lines (patrols, unsealed
/// records, a major complaint's standing line) make none.
std::vector<HookEvent> due_events(const std::vector<DueItem>& items);

/// What identifies an event of `kefu due` for a day: "2026-11-26 overdue TS-2026-11-0007
/// resolution_overdue". The same line, the same day, is told once.
std::string hook_sent_key(const HookEvent& e, Date day);

/// The events not yet told `day` (their key not in `sent`), and the lines to keep: those of
/// `sent` of `day` (earlier days dropped) and the new ones.
struct UnsentEvents {
  std::vector<HookEvent> events;
  std::vector<std::string> keep;
};
UnsentEvents unsent_events(const std::vector<HookEvent>& events,
                           const std::vector<std::string>& sent, Date day);

}  // namespace kefu
