/// The terminal's width, as the environment and standard output say it.
#include "cli/terminal.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "cli/output.hpp"
#include "core/text.hpp"

namespace kefu {

int table_width_for(const char* columns_env, bool stdout_is_terminal, int tty_columns) {
  if (columns_env && *columns_env) {
    std::string_view s(columns_env);
    int n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec == std::errc() && end == s.data() + s.size() && n > 0) return n;
  }
  if (stdout_is_terminal) return tty_columns > 0 ? tty_columns : 80;
  return 0;
}

namespace {

/// Headings of columns whose cells are free text someone typed: cut first.
bool free_text(const std::string& heading) {
  static const std::string_view kFree[] = {
      "事由",     "内容",       "处理情况", "处理结果", "结果",      "记录",
      "反映问题", "意见或建议", "服务内容", "装修项目", "物品",      "故障",
      "拾获地点", "存放位置",   "存放处",   "名称",     "户号/地点", "情况",
      "遗留",     "说明",       "备注",     "访客",     "被访",      "事项"};
  for (auto f : kFree)
    if (heading == f) return true;
  return false;
}

/// Columns never cut, whatever they hold.
bool keep_whole(const std::string& heading) {
  return heading.find("状态") != std::string::npos || heading.find("逾期") != std::string::npos ||
         heading == "编号";
}

}  // namespace

TableFit fit_columns(const std::vector<std::string>& headings, std::vector<int> widths,
                     const std::vector<bool>& ascii_only, int limit) {
  TableFit fit{std::move(widths), 2};
  auto& w = fit.widths;
  if (limit <= 0 || w.empty()) return fit;
  auto total = [&] {
    int t = fit.gap * static_cast<int>(w.size() - 1);
    for (int x : w) t += x;
    return t;
  };
  std::vector<int> least(w.size());
  for (int tier = 0; tier < 6 && total() > limit; ++tier) {
    if (tier == 2) {  // one space between columns
      fit.gap = 1;
      continue;
    }
    std::vector<size_t> cut;
    for (size_t i = 0; i < w.size(); ++i) {
      const std::string& h = i < headings.size() ? headings[i] : std::string();
      int heading_w = display_width(h);
      bool ascii = i < ascii_only.size() && ascii_only[i];
      if (h == "编号") continue;
      if (tier == 4) {  // 状态 and 逾期 last among text, down to 4
        if (ascii || !keep_whole(h)) continue;
        cut.push_back(i);
        least[i] = 4;
        continue;
      }
      if (tier == 5) {  // at the very last, other ASCII columns (times, amounts) down to 5
        if (!ascii || keep_whole(h)) continue;
        cut.push_back(i);
        least[i] = 5;
        continue;
      }
      if (keep_whole(h) || ascii) continue;
      if (tier == 0 && !free_text(h)) continue;
      cut.push_back(i);
      least[i] = tier == 0 ? std::max(heading_w, 10) : tier == 1 ? heading_w : 4;
    }
    // One column at a time, the widest that can still give.
    while (total() > limit) {
      size_t widest = w.size();
      for (size_t i : cut)
        if (w[i] > least[i] && (widest == w.size() || w[i] > w[widest])) widest = i;
      if (widest == w.size()) break;
      --w[widest];
    }
  }
  return fit;
}

std::optional<ColourMode> parse_colour_mode(std::string_view text) {
  if (text == "auto") return ColourMode::automatic;
  if (text == "always") return ColourMode::always;
  if (text == "never") return ColourMode::never;
  return std::nullopt;
}

bool colour_for(ColourMode mode, bool no_color_set, bool is_terminal) {
  if (mode == ColourMode::always) return true;
  if (mode == ColourMode::never) return false;
  return is_terminal && !no_color_set;
}

namespace {
ColourMode g_colour = ColourMode::automatic;
int g_stdout_terminal = -1;  // standard output before a pager took it: 1 a terminal
bool stdout_terminal() {
  if (g_stdout_terminal < 0) g_stdout_terminal = ::isatty(STDOUT_FILENO) == 1;
  return g_stdout_terminal == 1;
}
}  // namespace

void set_colour_mode(ColourMode mode) {
  g_colour = mode;
}
bool colour_stdout() {
  return colour_for(g_colour, std::getenv("NO_COLOR") != nullptr, stdout_terminal());
}
bool colour_stderr() {
  return colour_for(g_colour, std::getenv("NO_COLOR") != nullptr, ::isatty(STDERR_FILENO) == 1);
}

void write_painted(std::ostream& out, Paint paint, std::string_view text, bool on) {
  if (!on) {
    out << text;
    return;
  }
  {
    RawOutput raw(out);
    out << (paint == Paint::alert ? "\x1b[31m" : "\x1b[33m");
  }
  out << text;
  out.flush();  // the text passes its filter before the closing escape
  RawOutput raw(out);
  out << "\x1b[0m";
}

std::string pager_for(const char* kefu_pager, const char* pager, bool stdout_is_terminal) {
  if (!stdout_is_terminal) return "";
  std::string chosen = kefu_pager ? kefu_pager : pager ? pager : "less";
  std::string_view t = chosen;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  if (t.empty() || t == "cat") return "";
  return std::string(t);
}

namespace {
pid_t g_pager = 0;
}  // namespace

bool start_pager() {
  std::string cmd = pager_for(std::getenv("KEFU_PAGER"), std::getenv("PAGER"), stdout_terminal());
  if (cmd.empty()) return false;
  int fds[2];
  if (::pipe(fds) != 0) return false;
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return false;
  }
  if (pid == 0) {
    ::dup2(fds[0], STDIN_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::setenv("LESS", "FRX", 0);
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[0]);
  ::dup2(fds[1], STDOUT_FILENO);
  ::close(fds[1]);
  g_pager = pid;
  return true;
}

void finish_pager() {
  if (!g_pager) return;
  std::fflush(stdout);
  ::close(STDOUT_FILENO);
  int status = 0;
  while (::waitpid(g_pager, &status, 0) < 0 && errno == EINTR) {
  }
  g_pager = 0;
}

int table_width() {
  static const int width = [] {
    bool tty = stdout_terminal();
    int cols = 0;
    winsize ws{};
    if (tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) cols = ws.ws_col;
    return table_width_for(std::getenv("COLUMNS"), tty, cols);
  }();
  return width;
}

// ---- progress ---------------------------------------------------------------------------------

std::string ProgressLine::text(const ProgressStep& step) {
  constexpr size_t kBar = 20;
  size_t filled = step.total ? std::min(kBar, step.done * kBar / step.total) : 0;
  std::string bar(filled, '#');
  bar.resize(kBar, ' ');
  auto line = fmt::format("{} {}/ [{}] {:>3}/{} {}", step.task, step.folder, bar, step.done,
                          step.total, step.step);
  if (step.step != kFiles) line += fmt::format("，已读 {} 个文件", step.files_read);
  return line;
}

std::string ProgressLine::update(const ProgressStep& step, Clock::time_point now) {
  using std::chrono::milliseconds;
  if (step.folder != folder_) {  // the work on another folder begins
    folder_ = std::string(step.folder);
    folder_started_ = now;
    drawn_ = false;
  }
  std::string out;
  if (step.end) {
    if (drawn_) out = "\r" + text(step) + "\x1b[K\n";
    folder_.clear();
    drawn_ = false;
    return out;
  }
  if (now - started_ < delay_ || now - folder_started_ < milliseconds(100)) return out;
  if (drawn_ && now - drawn_at_ < milliseconds(100)) return out;
  drawn_ = true;
  drawn_at_ = now;
  return "\r" + text(step) + "\x1b[K";
}

}  // namespace kefu
