/// kefu calendar — the working-day calendar (calendar.yaml): which years it covers, what a
/// year's holidays and make-up working days are, and a new year's arrangement added as the
/// State Council's notice gives it, so that no one edits YAML by hand for it.
#include "cli/calendar_cmd.hpp"

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/calendar_edit.hpp"
#include "core/text.hpp"
#include "store/datadir.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace {

constexpr const char* kFile = "calendar.yaml";

int year_arg(const std::string& text) {
  auto y = calendar_year(trim(text));
  if (!y || *y < 2000 || *y > 2100) throw RefusedError("年份「" + text + "」无效，应如 2027");
  return *y;
}

/// "元旦=2027-01-01..2027-01-03" or "元旦=2027-01-01".
HolidayRange holiday_arg(const std::string& text, DateTime now) {
  auto eq = text.find('=');
  if (eq == std::string::npos)
    throw RefusedError(
        "--holiday「" + text +
        "」应写作 名称=起..止，如 元旦=2027-01-01..2027-01-03（一天的写 名称=日期）");
  HolidayRange h;
  h.name = trim(text.substr(0, eq));
  auto span = text.substr(eq + 1);
  auto dots = span.find("..");
  h.from = date_arg(trim(span.substr(0, dots)), now, "假日「" + h.name + "」的起日");
  h.to = dots == std::string::npos
             ? h.from
             : date_arg(trim(span.substr(dots + 2)), now, "假日「" + h.name + "」的止日");
  return h;
}

std::string read_calendar_text(Context& ctx) {
  auto text = ctx.dir().files().read(kFile, kRecordLimit);
  if (!text) throw StoreError(kFile, 0, 0, "数据目录中没有 calendar.yaml");
  return *text;
}

const CalendarYear* year_in(const CalendarFile& file, int year) {
  for (const auto& [key, y] : file)
    if (calendar_year(key) == year) return &y;
  return nullptr;
}

void calendar_show(Context& ctx, const std::string& year_text) {
  auto file = read_calendar_file(kFile, read_calendar_text(ctx));
  int this_year = year_of(date_of(ctx.now()));
  if (year_text.empty()) {
    for (const auto& [key, y] : file)
      if (auto year = calendar_year(key))
        ctx.out << fmt::format("{} 年  已收录：假日 {} 个，调休上班 {} 天\n", *year,
                               y.holidays.size(), y.makeup_workdays.size());
    for (int year : {this_year, this_year + 1})
      if (!year_in(file, year))
        ctx.out << fmt::format(
            "{} 年  未收录：该年的时限只按周末推算；国务院办公厅公布安排后用 kefu calendar add "
            "{} --holiday 名称=起..止 … --workday 日期 … 补入\n",
            year, year);
    return;
  }
  int year = year_arg(year_text);
  const auto* y = year_in(file, year);
  if (!y) {
    ctx.err << fmt::format("calendar.yaml 未收录 {} 年；公布后用 kefu calendar add {} 补入\n", year,
                           year);
    ctx.raise_status(1);
    return;
  }
  for (const auto& h : y->holidays) {
    Date to = h.to ? *h.to : h.from;
    ctx.out << fmt::format("{}  {} 至 {}  {} 天\n", pad_right(h.name, 14), format_date(h.from),
                           format_date(to), (to - h.from).count() + 1);
  }
  std::string days;
  for (Date d : y->makeup_workdays)
    days += (days.empty() ? "" : "、") + format_date(d) + weekday_zh(d);
  ctx.out << "调休上班：" << (days.empty() ? "无" : days) << '\n';
}

struct AddArgs {
  std::string year;
  std::vector<std::string> holidays, workdays;
};

void calendar_add(Context& ctx, const AddArgs& a) {
  ctx.actor();  // on the roster
  int year = year_arg(a.year);
  DateTime now = ctx.now();
  CalendarYear y;
  for (const auto& h : a.holidays) y.holidays.push_back(holiday_arg(h, now));
  for (const auto& d : a.workdays)
    y.makeup_workdays.push_back(date_arg(trim(d), now, "调休上班日"));
  check_calendar_year(year, y);
  auto guard = ctx.store().lock();
  std::string text = read_calendar_text(ctx);
  auto file = read_calendar_file(kFile, text);
  if (year_in(file, year))
    throw RefusedError("calendar.yaml 已收录 " + std::to_string(year) +
                       " 年；要更正请编辑 calendar.yaml（kefu calendar show " +
                       std::to_string(year) + " 显示现有安排）");
  // The file as it is, less the seal of an earlier add: the write seals it again.
  std::string content;
  for (size_t at = 0; at < text.size();) {
    auto end = text.find('\n', at);
    auto line = text.substr(at, end == std::string::npos ? std::string::npos : end - at + 1);
    if (!line.starts_with("seal: sha256:")) content += line;
    at = end == std::string::npos ? text.size() : end + 1;
  }
  if (!content.empty() && content.back() != '\n') content += '\n';
  content += calendar_year_yaml(year, y);
  read_calendar_file(kFile, content);  // what is written reads back
  Transaction t(ctx.dir().files());
  t.replace(kFile, text, content);
  t.commit();
  ctx.err << fmt::format(
      "已把 {} 年的放假安排写入 calendar.yaml：假日 {} 个，调休上班 {} "
      "天；该年的时限从此按此计算\n",
      year, y.holidays.size(), y.makeup_workdays.size());
}

}  // namespace

void add_calendar_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("calendar",
                                 "工作日日历（calendar.yaml）：已收录的年份，补入新一年的放假安排");
  cmd->require_subcommand(1);
  auto year = std::make_shared<std::string>();
  auto* s = cmd->add_subcommand(
      "show", "列出已收录的年份（及今明两年是否收录）；给出年份则列出该年的假日与调休上班日");
  s->add_option("YEAR", *year, "年份，如 2026");
  s->callback([&ctx, year] { calendar_show(ctx, *year); });
  auto add = std::make_shared<AddArgs>();
  auto* a = cmd->add_subcommand("add", "按国务院办公厅的通知补入一年的放假安排与调休上班日");
  a->add_option("YEAR", add->year, "年份，如 2027")->required();
  a->add_option("--holiday", add->holidays, "假日：名称=起..止（含两端），可重复")->required();
  a->add_option("--workday", add->workdays, "调休上班的周六或周日，可重复");
  a->footer(
      "例：kefu --by wangqiang calendar add 2027 --holiday 元旦=2027-01-01..2027-01-03 "
      "--holiday 春节=起..止 … --workday 调休上班日 …（照通知逐项写）\n"
      "已收录的年份不能再添加（要更正请编辑 calendar.yaml）；写入前整体核对，有误则什么也不写。");
  a->callback([&ctx, add] { calendar_add(ctx, *add); });
}

}  // namespace kefu
