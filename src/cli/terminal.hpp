/// What kefu asks of the terminal it prints to: how wide a table may be. The decisions are
/// pure functions of what the environment says, so they are tested without a terminal.
#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/progress.hpp"

namespace kefu {

/// Columns a table may take, 0 for no limit. COLUMNS, when set in the environment to a
/// positive number, applies whether or not standard output is a terminal (so a script or a
/// test can ask for a width); otherwise the terminal's own width when standard output is one
/// (`tty_columns`, from TIOCGWINSZ, 0 when unknown); otherwise no limit, so that what is
/// piped or redirected keeps whole values.
int table_width_for(const char* columns_env, bool stdout_is_terminal, int tty_columns);

/// table_width_for with this process's environment and standard output; read once.
int table_width();

/// A table's column widths and the spaces between columns.
struct TableFit {
  std::vector<int> widths;
  int gap = 2;
  bool operator==(const TableFit&) const = default;
};
/// The widths of a table's columns cut down so that a line fits `limit` columns (0: no
/// limit). Free-text columns (事由, 内容, 处理情况 … see the list in terminal.cpp) give way
/// first, the widest first, down to 10 columns or their heading; then other columns holding
/// text that is not ASCII (names, places, categories), down to their heading; then columns
/// are one space apart instead of two; then the text columns go below their heading (cut
/// too) down to 4; then 状态 and 逾期 down to 4; at the very last the other ASCII columns
/// (times, phones, amounts) down to 5. 编号 is never cut; a table that cannot fit even so
/// stays wider than `limit`. `ascii_only[i]`: column i holds ASCII alone.
TableFit fit_columns(const std::vector<std::string>& headings, std::vector<int> widths,
                     const std::vector<bool>& ascii_only, int limit);

// ---- colour ----------------------------------------------------------------------------------

/// --color: auto (the default), always, never.
enum class ColourMode { automatic, always, never };
/// "auto|always|never"; nullopt otherwise.
std::optional<ColourMode> parse_colour_mode(std::string_view text);
/// Whether to colour what goes to a stream: never and always as they say; auto only on a
/// terminal, and not when NO_COLOR is set in the environment (to any value).
bool colour_for(ColourMode mode, bool no_color_set, bool is_terminal);

/// The mode of this process (--color); read by colour_stdout and colour_stderr.
void set_colour_mode(ColourMode mode);
bool colour_stdout();
bool colour_stderr();

enum class Paint { alert, warning };  // red, yellow
/// `text` written to `out` between the escapes of `paint` when `on`, else as it is; the
/// escapes pass the stream's SafeTextBuf untouched, `text` through it as any other text.
void write_painted(std::ostream& out, Paint paint, std::string_view text, bool on);

// ---- pager -------------------------------------------------------------------------------------

/// The pager to run, as git chooses it: KEFU_PAGER, else PAGER, else "less"; none (empty)
/// when standard output is not a terminal, or the chosen one is empty or "cat".
std::string pager_for(const char* kefu_pager, const char* pager, bool stdout_is_terminal);

/// Starts the pager (pager_for of this process) with standard output sent to it, LESS=FRX
/// unless LESS is set (quit when one screen, keep colours, leave the screen as it was);
/// nothing when there is none or it cannot be started. Returns whether it was started.
bool start_pager();
/// Closes the pager's input and waits for it: call before exiting.
void finish_pager();

// ---- progress ---------------------------------------------------------------------------------

/// The line on standard error that shows long work (ProgressStep) on a terminal:
///
///   建立索引 complaints/ [########            ]  48/120 个月份文件夹，已读 5821 个文件
///   检查 repairs/ [##                  ] 1204/11830 个文件
///
/// A folder's line is drawn once the command has run `delay` (a second) and that folder's work
/// a tenth of one, then at most ten times a second, each time over the last; at the folder's
/// end, if it was drawn, its last state is drawn and the line ended. Work that ends sooner
/// shows nothing. The times come in, the text to write comes out, so it is tested without a
/// clock or a terminal.
class ProgressLine {
 public:
  using Clock = std::chrono::steady_clock;
  explicit ProgressLine(Clock::time_point started, Clock::duration delay = std::chrono::seconds(1))
      : started_(started), delay_(delay) {}
  /// What to write for `step` at `now` (carriage return, the line, erase to its end, and a
  /// newline at the end); empty for nothing.
  std::string update(const ProgressStep& step, Clock::time_point now);
  /// The line itself for `step`, without the carriage return and the erase.
  static std::string text(const ProgressStep& step);

 private:
  Clock::time_point started_;
  Clock::duration delay_;
  std::string folder_;  // the folder whose work is under way
  Clock::time_point folder_started_{};
  Clock::time_point drawn_at_{};
  bool drawn_ = false;  // this folder's line is on the screen
};

}  // namespace kefu
