/// The hooks of a data directory; see hooks.hpp.
#include "cli/hooks.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <iostream>
#include <sstream>
#include <thread>

#include "core/text.hpp"
#include "store/files.hpp"

namespace kefu {
namespace {

/// What `kefu due` has told the hooks today: one line per event and item, dated, so that a
/// run every hour from cron tells each overdue item once a day. Beside the store's machinery
/// in .kefu/; deleting it only means today's lines are told again.
constexpr std::string_view kHooksSent = ".kefu/hooks.sent";

std::vector<HookEvent>& pending() {
  static std::vector<HookEvent> events;
  return events;
}

/// What became of a hook.
struct HookOutcome {
  bool timed_out = false;
  int status = 0;  // waitpid's
};

/// Runs `path` in a process group of its own, in the data directory, `input` on its standard
/// input and its standard output sent to standard error; no other descriptor of kefu's (the
/// lock's above all) is passed on. Killed with its group after `timeout_s` seconds.
HookOutcome run_one(const std::string& path, const std::string& root, const std::string& input,
                    int timeout_s) {
  int in[2];
  if (pipe2(in, O_CLOEXEC) != 0) return {false, -1};
  pid_t pid = fork();
  if (pid < 0) {
    close(in[0]), close(in[1]);
    return {false, -1};
  }
  if (pid == 0) {
    setpgid(0, 0);
    signal(SIGPIPE, SIG_DFL);
    if (dup2(in[0], 0) < 0 || dup2(2, 1) < 0) _exit(126);
    close_range(3, ~0U, 0);
    if (chdir(root.c_str()) != 0) _exit(126);
    setenv("KEFU_DATA", root.c_str(), 1);
    execl(path.c_str(), path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  setpgid(pid, pid);  // also here: the group exists before it may have to be killed
  close(in[0]);
  // The event is a few hundred bytes, within the pipe's buffer: written without waiting, and a
  // hook that does not read it or is gone already changes nothing.
  fcntl(in[1], F_SETFL, O_NONBLOCK);
  auto old = signal(SIGPIPE, SIG_IGN);
  [[maybe_unused]] auto n = write(in[1], input.data(), input.size());
  close(in[1]);
  signal(SIGPIPE, old);

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return {false, status};
    if (r < 0 && errno != EINTR) return {false, -1};
    if (std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(-pid, SIGKILL);
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return {true, status};
}

/// Whether hooks/<event> is a hook: a regular file with an execute bit (hooks/*.sample, a link
/// or a folder of that name are not).
bool is_hook(const StoreFiles& files, const FolderListing& hooks, const std::string& event) {
  if (std::find(hooks.files.begin(), hooks.files.end(), event) == hooks.files.end()) return false;
  auto st = files.stat("hooks/" + event);
  return st.is == PathStat::Is::file && S_ISREG(st.st.st_mode) && (st.st.st_mode & 0111);
}

std::vector<std::string> read_sent(const StoreFiles& files) {
  std::vector<std::string> lines;
  try {
    if (auto text = files.read(kHooksSent, kRecordLimit)) {
      std::istringstream in(*text);
      for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    }
  } catch (const StoreError&) {
    // Only a memory of what was told: without it, today's lines are told again.
  }
  return lines;
}

}  // namespace

Json hook_event_json(const HookEvent& e) {
  Json j{{"event", e.event},
         {"id", e.id},
         {"kind", e.kind},
         {"unit", e.unit},
         {"category", e.category},
         {"staff", e.staff},
         {"time", format_datetime(e.time)},
         {"summary", mask_id_numbers(e.summary)}};
  if (!e.reason.empty()) j["reason"] = e.reason;
  return j;
}

void notify_due(Context& ctx, const std::vector<DueItem>& items) {
  auto events = due_events(items);
  if (events.empty()) return;
  const auto& files = ctx.dir().files();
  auto hooks = files.list("hooks", "");
  if (hooks.missing) return;
  // Only what a hook is there for is told, and remembered as told.
  std::erase_if(events, [&](const HookEvent& e) { return !is_hook(files, hooks, e.event); });
  if (events.empty()) return;
  Date today = date_of(ctx.now());
  auto unsent = unsent_events(events, read_sent(files), today);
  if (unsent.events.empty()) return;
  std::string text;
  for (const auto& line : unsent.keep) text += line + '\n';
  try {
    files.put(kHooksSent, text, false);
  } catch (const std::exception&) {
    // Told all the same; a later run today tells them again.
  }
  notify(unsent.events);
}

void notify(const std::vector<HookEvent>& events) {
  pending().insert(pending().end(), events.begin(), events.end());
}

int hooks_timeout(Context& ctx) {
  constexpr int kDefault = 10;
  const auto& files = ctx.dir().files();
  auto text = files.read("kefu.yaml", kRecordLimit);
  if (!text) return kDefault;
  auto doc = parse_yaml("kefu.yaml", *text);
  auto node = doc.root["hooks"]["timeout"];
  if (!node.IsDefined()) return kDefault;
  int seconds = 0;
  const auto& v = node.Scalar();
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
  if (ec == std::errc{} && end == v.data() + v.size() && seconds >= 1 && seconds <= 3600)
    return seconds;
  auto mark = node.Mark();
  ctx.err << fmt::format(
      "kefu: kefu.yaml:{}:{}: hooks.timeout「{}」应为 1 到 3600 之间的秒数，按 {} 秒运行钩子\n",
      mark.line + 1, mark.column + 1, v, kDefault);
  return kDefault;
}

void run_hooks(Context& ctx) {
  if (pending().empty()) return;
  auto events = std::move(pending());
  pending().clear();
  const auto& files = ctx.dir().files();
  auto hooks = files.list("hooks", "");
  if (hooks.missing) return;
  // Only the events some hook is there for need the timeout: an executable of that name.
  std::vector<std::pair<HookEvent, std::string>> runs;
  for (const auto& e : events)
    if (is_hook(files, hooks, e.event)) runs.emplace_back(e, "hooks/" + e.event);
  if (runs.empty()) return;
  int timeout = hooks_timeout(ctx);
  std::string root = files.root().string();
  for (const auto& [e, rel] : runs) {
    ctx.out.flush(), ctx.err.flush(), std::cout.flush(), std::cerr.flush();
    auto outcome = run_one(root + "/" + rel, root, hook_event_json(e).dump() + "\n", timeout);
    std::string about = fmt::format("（事件 {} {}；kefu 的操作已完成，不受影响）", e.event, e.id);
    if (outcome.timed_out)
      ctx.err << fmt::format("kefu: 钩子 {} 超过 {} 秒未结束，已终止{}\n", rel, timeout, about);
    else if (outcome.status < 0)
      ctx.err << fmt::format("kefu: 钩子 {} 无法启动{}\n", rel, about);
    else if (WIFSIGNALED(outcome.status))
      ctx.err << fmt::format("kefu: 钩子 {} 被信号 {} 终止{}\n", rel, WTERMSIG(outcome.status),
                             about);
    else if (WEXITSTATUS(outcome.status) == 127)
      ctx.err << fmt::format("kefu: 钩子 {} 无法执行（退出状态 127）{}\n", rel, about);
    else if (WEXITSTATUS(outcome.status) != 0)
      ctx.err << fmt::format("kefu: 钩子 {} 失败，退出状态 {}{}\n", rel,
                             WEXITSTATUS(outcome.status), about);
  }
  ctx.err.flush();
}

}  // namespace kefu
