/// Running the executables of a data directory's hooks/ (named by event, as git's are) once a
/// command is done: the event as JSON on standard input, their output to standard error, each
/// in a process group of its own killed at kefu.yaml hooks.timeout. A hook never changes what
/// the command did or its exit status; what went wrong with one is said on standard error.
#pragma once

#include <vector>

#include "cli/context.hpp"
#include "core/due.hpp"
#include "core/hook.hpp"

namespace kefu {

/// The event as a hook reads it: {"event", "id", "kind", "unit", "category", "staff", "time",
/// "summary"}, with "reason" for the events of `kefu due`.
Json hook_event_json(const HookEvent& e);

/// Events for the hooks, run once the command is done and its writes are in (run_hooks, from
/// run_cli), whatever its exit status.
void notify(const std::vector<HookEvent>& events);

/// Runs the hooks of the events notified, in order, and forgets them.
void run_hooks(Context& ctx);

/// kefu.yaml `hooks: {timeout: 10}`: the seconds a hook may run (1 to 3600; 10 when absent).
/// A value it cannot mean is said on standard error and the default kept: the hooks run after
/// the command's work is done, which a fault of theirs never undoes.
int hooks_timeout(Context& ctx);

/// `kefu due`'s lines as events, minus those already told today (.kefu/hooks.sent), queued.
void notify_due(Context& ctx, const std::vector<DueItem>& items);

}  // namespace kefu
