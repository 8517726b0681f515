/// How wide a table may be, and how its columns give way.
#include <doctest/doctest.h>

#include "cli/terminal.hpp"

using namespace kefu;

TEST_CASE("a table's width: COLUMNS when set, else the terminal's, else no limit") {
  CHECK(table_width_for(nullptr, false, 0) == 0);     // piped: whole values
  CHECK(table_width_for(nullptr, true, 132) == 132);  // a terminal
  CHECK(table_width_for(nullptr, true, 0) == 80);     // a terminal of unknown width
  CHECK(table_width_for("80", false, 0) == 80);       // COLUMNS applies when piped too
  CHECK(table_width_for("100", true, 132) == 100);
  CHECK(table_width_for("", true, 132) == 132);
  CHECK(table_width_for("abc", false, 0) == 0);
  CHECK(table_width_for("0", false, 0) == 0);
  CHECK(table_width_for("-5", true, 90) == 90);
}

TEST_CASE("free-text columns give way first, the widest first; IDs never") {
  std::vector<std::string> h{"编号", "户号/地点", "客户", "事由"};
  std::vector<bool> ascii{true, false, false, false};
  // 15 + 20 + 6 + 40 + 3×2 = 87
  auto fit = [&](int limit) { return fit_columns(h, {15, 20, 6, 40}, ascii, limit); };
  CHECK(fit(0) == TableFit{{15, 20, 6, 40}, 2});
  CHECK(fit(100) == TableFit{{15, 20, 6, 40}, 2});
  CHECK(fit(80) == TableFit{{15, 20, 6, 33}, 2});
  CHECK(fit(60) == TableFit{{15, 16, 6, 17}, 2});
  // then other text columns, down to their heading; 编号 stays whole
  CHECK(fit(40) == TableFit{{15, 9, 5, 5}, 2});
  // then one space apart, then the text columns below their heading down to 4
  CHECK(fit(34) == TableFit{{15, 8, 4, 4}, 1});
  CHECK(fit(10) == TableFit{{15, 4, 4, 4}, 1});
}

TEST_CASE("colour: on a terminal unless NO_COLOR; --color always and never as they say") {
  CHECK(colour_for(ColourMode::automatic, false, true));
  CHECK_FALSE(colour_for(ColourMode::automatic, true, true));    // NO_COLOR, any value
  CHECK_FALSE(colour_for(ColourMode::automatic, false, false));  // piped
  CHECK(colour_for(ColourMode::always, true, false));
  CHECK_FALSE(colour_for(ColourMode::never, false, true));
  CHECK(parse_colour_mode("auto") == ColourMode::automatic);
  CHECK(parse_colour_mode("always") == ColourMode::always);
  CHECK(parse_colour_mode("never") == ColourMode::never);
  CHECK_FALSE(parse_colour_mode("yes"));
}

TEST_CASE("the pager: KEFU_PAGER, then PAGER, then less; none when piped or cat") {
  CHECK(pager_for(nullptr, nullptr, true) == "less");
  CHECK(pager_for(nullptr, "more", true) == "more");
  CHECK(pager_for("most", "more", true) == "most");
  CHECK(pager_for("cat", "more", true) == "");
  CHECK(pager_for("", "more", true) == "");
  CHECK(pager_for(" cat ", nullptr, true) == "");
  CHECK(pager_for(nullptr, "cat", true) == "");
  CHECK(pager_for("most", "more", false) == "");
}

TEST_CASE(
    "the progress line: after a second, for a folder's work past a tenth, ten times a second") {
  using std::chrono::milliseconds;
  ProgressLine::Clock::time_point t0{};
  ProgressLine line(t0);
  ProgressStep s{"建立索引", "complaints", 1, 120, kMonthFolders, 0, false};
  // The first second shows nothing, whatever the work.
  CHECK(line.update(s, t0 + milliseconds(500)) == "");
  s.done = 60;
  s.files_read = 2048;
  CHECK(line.update(s, t0 + milliseconds(1000)) ==
        "\r建立索引 complaints/ [##########          ]  60/120 个月份文件夹，已读 2048 个文件"
        "\x1b[K");
  // Not again within a tenth of a second; then over the last.
  s.done = 61;
  CHECK(line.update(s, t0 + milliseconds(1050)) == "");
  s.done = 120;
  s.files_read = 12000;
  CHECK(line.update(s, t0 + milliseconds(1100)) ==
        "\r建立索引 complaints/ [####################] 120/120 个月份文件夹，已读 12000 个文件"
        "\x1b[K");
  // Its end: the last state, and the line ended.
  s.end = true;
  CHECK(line.update(s, t0 + milliseconds(1120)) ==
        "\r建立索引 complaints/ [####################] 120/120 个月份文件夹，已读 12000 个文件"
        "\x1b[K\n");
  // A folder whose work ends within a tenth of a second shows nothing, even after a second.
  ProgressStep quick{"建立索引", "staff", 1, 1, kMonthFolders, 0, false};
  CHECK(line.update(quick, t0 + milliseconds(2000)) == "");
  quick.end = true;
  CHECK(line.update(quick, t0 + milliseconds(2050)) == "");
  // One that takes longer shows from its tenth of a second on.
  ProgressStep slow{"建立索引", "repairs", 1, 120, kMonthFolders, 0, false};
  CHECK(line.update(slow, t0 + milliseconds(3000)) == "");
  slow.done = 3;
  CHECK(line.update(slow, t0 + milliseconds(3100)) ==
        "\r建立索引 repairs/ [                    ]   3/120 个月份文件夹，已读 0 个文件\x1b[K");
  // A command that ends within its first second never drew: its ends show nothing either.
  ProgressLine fast(t0);
  ProgressStep one{"建立索引", "complaints", 120, 120, kMonthFolders, 30000, false};
  CHECK(fast.update(one, t0 + milliseconds(900)) == "");
  one.end = true;
  CHECK(fast.update(one, t0 + milliseconds(990)) == "");
}

TEST_CASE("the progress line of `kefu check`: files read of the folder's files") {
  ProgressStep s{"检查", "repairs", 1204, 11830, kFiles, 1204, false};
  CHECK(ProgressLine::text(s) == "检查 repairs/ [##                  ] 1204/11830 个文件");
}
