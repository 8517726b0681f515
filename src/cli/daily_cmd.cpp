/// kefu daily — the supervisor's daily check of what the desk received (§3.2.3 每日检查业主
/// 投诉、问询及有偿服务受理情况): options in, the day's records from the store, core/daily.*
/// for their lines and counts, printed as a table, for scripts, or as a form to sign.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.hpp"
#include "core/daily.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {
namespace {

/// The records of `T` received on `day`, each made a line by `line_of`. Every kind of the
/// check is read this way.
template <class T, class LineOf>
void gather(Context& ctx, Date day, std::vector<DailyLine>& lines, LineOf line_of) {
  CaseQuery q;
  q.from = q.to = month_of(DateTime{day});
  auto result = Repository<T>(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  for (const auto& item : result.items) {
    if constexpr (std::is_same_v<T, Repair>)
      if (item.record.is_converted()) continue;  // its special service stands for it
    if (received_on(item.record.received_at, day)) lines.push_back(line_of(item.record));
  }
}

DailyCheck load_check(Context& ctx, Date day) {
  DateTime now = ctx.now();
  const auto& cal = ctx.dir().calendar();
  std::vector<DailyLine> lines;
  gather<Complaint>(ctx, day, lines, [&](const Complaint& c) {
    return daily_line(c, complaint_deadlines(c, ctx.config().complaint_sla, cal), now);
  });
  gather<Repair>(ctx, day, lines, [&](const Repair& r) {
    return daily_line(r, repair_deadlines(r, ctx.config().repair_sla, cal), now);
  });
  gather<SpecialService>(ctx, day, lines, [&](const SpecialService& s) {
    return daily_line(s, special_deadlines(s, ctx.config().special_sla, cal), now);
  });
  gather<Contact>(ctx, day, lines, [](const Contact& c) { return daily_line(c); });
  return daily_check(day, now, std::move(lines));
}

std::string paid_zh(const DailyLine& l) {
  return l.paid ? "有偿 " + format_money(l.charge_fen) : "";
}

std::string day_zh(Date day) {
  return format_date(day) + "（" + weekday_zh(day) + "）";
}

/// The day's figures in one sentence: 受理 3 件：投诉 1 件（未结 1，逾期 0）…
std::string summary_zh(const DailySummary& s) {
  auto kind = [](const char* zh, const char* unit, const DailyCount& c) {
    return fmt::format("{} {} {}（未结 {}，逾期 {}）", zh, c.received, unit, c.open, c.overdue);
  };
  std::string types;
  for (const auto& [zh, n] : s.contact_types)
    types += fmt::format("{}{} {}", types.empty() ? "" : "、", zh, n);
  std::string contacts = fmt::format("来电来访 {} 次", s.contacts.received);
  if (!types.empty()) contacts += "（" + types + "）";
  std::string specials =
      s.specials.received ? "；" + kind("特约服务", "件", s.specials) : std::string();
  std::string out = fmt::format("受理 {} 件：{}；{}{}；{}；有偿服务 {} 件", s.total(),
                                kind("投诉", "件", s.complaints), kind("报修", "件", s.repairs),
                                specials, contacts, s.paid);
  if (s.paid) out += "，收费 " + format_money(s.paid_fen) + " 元";
  if (s.unanswered) out += fmt::format("；{} 次来电来访未记录答复", s.unanswered);
  return out;
}

std::string open_zh(Context& ctx, const DailyCheck& check) {
  auto open = check.still_open();
  if (open.empty()) return check.lines.empty() ? "尚未办结 0 件" : "当日受理的均已办结";
  std::vector<std::string> parts;
  for (const auto* l : open) {
    std::string part = l->id + " " + l->status_zh;
    if (!l->overdue_zh.empty()) part += "·" + fmt::format("{}", fmt::join(l->overdue_zh, "·"));
    part += "（" + ctx.staff_name(l->owner) + "）";
    parts.push_back(part);
  }
  return fmt::format("尚未办结 {} 件，其中逾期 {} 件：{}", open.size(), check.summary.overdue(),
                     fmt::format("{}", fmt::join(parts, "；")));
}

Json check_json(Context& ctx, const DailyCheck& check) {
  Json lines = Json::array();
  for (const auto& l : check.lines)
    lines.push_back(Json{{"id", l.id},
                         {"kind", l.kind},
                         {"type", l.type},
                         {"type_zh", l.type_zh},
                         {"received_at", format_datetime(l.received_at)},
                         {"unit", l.where},
                         {"customer", l.customer.name},
                         {"phone", l.customer.phone},
                         {"category", l.category},
                         {"subject", l.subject},
                         {"owner", l.owner},
                         {"owner_name", ctx.staff_name(l.owner)},
                         {"status", l.status},
                         {"status_zh", l.status_zh},
                         {"open", l.open},
                         {"overdue", l.overdue},
                         {"paid", l.paid},
                         {"charge", format_money(l.charge_fen)}});
  const auto& s = check.summary;
  auto counts = [](const DailyCount& c) {
    return Json{{"received", c.received}, {"open", c.open}, {"overdue", c.overdue}};
  };
  Json types = Json::object();
  for (const auto& [zh, n] : s.contact_types) types[zh] = n;
  Json open = Json::array();
  for (const auto* l : check.still_open()) open.push_back(l->id);
  Json out{{"day", format_date(check.day)},
           {"as_of", format_datetime(check.at)},
           {"lines", lines},
           {"summary",
            {{"received", s.total()},
             {"open", s.open()},
             {"overdue", s.overdue()},
             {"complaints", counts(s.complaints)},
             {"repairs", counts(s.repairs)},
             {"specials", counts(s.specials)},
             {"contacts", counts(s.contacts)},
             {"contact_types", types},
             {"unanswered", s.unanswered},
             {"paid", s.paid},
             {"paid_total", format_money(s.paid_fen)},
             {"still_open", open}}}};
  ctx.protect(out);
  return out;
}

/// The lines as people read them, for the table and the form alike.
Json people_rows(Context& ctx, const DailyCheck& check) {
  Json rows = Json::array();
  int no = 0;
  for (const auto& l : check.lines)
    rows.push_back(Json{{"no", std::to_string(++no)},
                        {"at", format_short(l.received_at)},
                        {"type", l.type_zh},
                        {"id", l.id},
                        {"where", truncate_to(l.where, 16)},
                        {"category", l.category},
                        {"staff", ctx.staff_name(l.owner)},
                        {"status", l.status_zh},
                        {"overdue", fmt::format("{}", fmt::join(l.overdue_zh, "、"))},
                        {"paid", paid_zh(l)},
                        {"subject", truncate_to(l.subject, 30)}});
  return rows;
}

const std::vector<std::pair<std::string, std::string>> kDailyColumns = {
    {"no", "序号"},         {"at", "受理时间"},   {"type", "类型"},    {"id", "编号"},
    {"where", "户号/地点"}, {"category", "类别"}, {"staff", "接待人"}, {"status", "目前状态"},
    {"overdue", "逾期"},    {"paid", "有偿"}};

std::string nothing_zh(const DailyCheck& check) {
  return day_zh(check.day) + " 没有受理任何投诉、报修、特约服务或来电来访";
}

struct DailyOptions {
  std::string day, out;
  bool form = false, force = false;
};

void run_daily(Context& ctx, const DailyOptions& o) {
  Date day = day_arg(o.day, ctx.now());
  auto f = ctx.format();
  if (o.form) {
    if (f != Format::table)
      throw RefusedError("--form 生成的是可打印的文本表单，不能与 --format " + ctx.opts.format +
                         " 同用");
    emit_form(ctx, "每日受理情况检查表", "daily_check.txt", daily_form_data(ctx, format_date(day)),
              o.out, o.force);
    return;
  }
  if (!o.out.empty()) throw RefusedError("-o 只用于 --form 生成的表单");
  auto check = load_check(ctx, day);
  if (f == Format::csv) {
    Json lines = check_json(ctx, check)["lines"];
    for (auto& l : lines)
      l["overdue"] =
          fmt::format("{}", fmt::join(l["overdue"].get<std::vector<std::string>>(), ";"));
    print_rows(ctx.out, f, lines,
               {"id", "kind", "type", "type_zh", "received_at", "unit", "customer", "phone",
                "category", "subject", "owner", "owner_name", "status", "status_zh", "open",
                "overdue", "paid", "charge"});
    return;
  }
  if (f != Format::table) {
    print_rows(ctx.out, f, check_json(ctx, check), {});
    return;
  }
  if (check.lines.empty()) {
    ctx.err << nothing_zh(check) << "（状态截至 " << format_datetime(check.at) << "）\n";
    return;
  }
  ctx.out << "每日受理情况  " << day_zh(check.day) << "  状态截至 " << format_datetime(check.at)
          << '\n';
  Table t;
  for (const auto& [key, heading] : kDailyColumns) t.headings.push_back(heading);
  t.headings.push_back("事由");
  for (const auto& row : people_rows(ctx, check)) {
    std::vector<std::string> cells;
    for (const auto& [key, heading] : kDailyColumns) cells.push_back(row[key].get<std::string>());
    cells.push_back(row["subject"].get<std::string>());
    t.rows.push_back(std::move(cells));
  }
  print_table(ctx.out, t);
  ctx.out << '\n' << summary_zh(check.summary) << '\n' << open_zh(ctx, check) << '\n';
}

}  // namespace

Json daily_form_data(Context& ctx, const std::string& day_text) {
  auto check = load_check(ctx, day_arg(day_text, ctx.now()));
  Json rows = people_rows(ctx, check);
  Json heading = pad_columns(rows, kDailyColumns);
  heading["subject"] = "事由";
  return Json{{"site", site_json(ctx.dir())},
              {"date", day_zh(check.day)},
              {"as_of", format_datetime(check.at)},
              {"any", !check.lines.empty()},
              {"nothing", nothing_zh(check)},
              {"heading", heading},
              {"rows", rows},
              {"summary", summary_zh(check.summary)},
              {"open", open_zh(ctx, check)}};
}

void add_daily_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<DailyOptions>();
  auto* cmd = app.add_subcommand(
      "daily", "客户主管每日检查：某一天受理的投诉、报修、来电来访（咨询、建议等）及有偿服务");
  cmd->add_option("--day", o->day, "要检查的日期，如 2026-11-25（默认昨天，按 --now 计）");
  cmd->add_flag("--form", o->form, "生成可打印、供主管签字的《每日受理情况检查表》");
  add_out_options(cmd, o->out, o->force,
                  "与 --form 同用：表单写入此文件（原子写入），默认打印到标准输出");
  cmd->footer(
      "按手册 §3.2.3，客户主管每日检查业主投诉、问询及有偿服务的受理情况。本命令列出指定日期\n"
      "受理的每一件投诉（TS-）、报修（BX-）、特约服务（TY-）和来电来访（LD-，含咨询、建议、\n"
      "表扬、报事）：编号、受理时间、户号或地点、类别、事由、接待人，以及它现在（--now 时刻）\n"
      "的状态和逾期情况；特约服务与收费的报修即有偿服务，标为「有偿」并注明金额（已转为特约\n"
      "服务的报修只列其特约服务）。最后是小结：各类件数、\n"
      "尚未办结的有哪些、谁负责。只读，不改变任何文件。\n"
      "\n"
      "当日无受理时在标准错误说明，退出状态 0；日期无效或晚于今天时拒绝（退出状态 2）；\n"
      "记录文件有误时列出文件:行:列（退出状态 3）。电话号码默认打码，--reveal 显示全号。\n"
      "\n"
      "例：\n"
      "  kefu daily                                  # 昨天的受理情况（表格）\n"
      "  kefu daily --day 2026-11-24                 # 指定日期\n"
      "  kefu --format json daily --day 2026-11-24   # 供脚本读取（也可 csv、yaml）\n"
      "  kefu daily --form -o 每日检查.txt           # 打印后由客户主管签字存档\n"
      "  kefu render daily 2026-11-24                # 同一张表，经 render 生成");
  cmd->callback([&ctx, o] { run_daily(ctx, *o); });
}

}  // namespace kefu
