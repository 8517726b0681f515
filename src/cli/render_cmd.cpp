/// kefu render FORM TARGET — the forms of the manual, from templates/.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

#include "cli/commands.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "forms/print.hpp"
#include "forms/render.hpp"
#include "store/atomic_file.hpp"
#include "store/opinion_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {
namespace {

Json complaint_form_data(Context& ctx, const std::string& id) {
  auto c = ComplaintRepository(ctx.store()).get(id).record;
  auto v = complaint_view(ctx, c);
  std::string involved;
  for (const auto& p : c.involved) involved += (involved.empty() ? "" : "、") + p;
  Json callbacks = Json::array();
  for (const auto& cb : c.callbacks)
    callbacks.push_back(Json{{"at", format_datetime(cb.at)},
                             {"result", to_zh(cb.result)},
                             {"signed_by", cb.signed_by},
                             {"by_phone", cb.by_phone()},
                             {"phone_called", ctx.phone(cb.phone)},
                             {"by", ctx.staff_name(cb.by)},
                             {"note", cb.note}});
  Json history = Json::array();
  for (const auto& h : c.history)
    history.push_back(Json{{"at", format_datetime(h.at)},
                           {"by", ctx.staff_name(h.by)},
                           {"action", action_zh(h.action)},
                           {"note", h.note}});
  bool late =
      c.resolved_at && *c.resolved_at > *parse_datetime(v["resolution_due"].get<std::string>());
  return Json{{"site", site_json(ctx.dir())},
              {"id", c.id},
              {"received_at", format_datetime(c.received_at)},
              {"weekday", weekday_zh(date_of(c.received_at))},
              {"channel", to_zh(c.channel)},
              {"complainant", c.complainant.name},
              {"phone", ctx.phone(c.complainant.phone)},
              {"unit", c.unit},
              {"place", c.place},
              {"involved", involved},
              {"category", c.category},
              {"severity", to_zh(c.severity)},
              {"status", to_zh(c.status)},
              {"description", c.description},
              {"owner", ctx.staff_name(c.owner)},
              {"assigned_to", ctx.staff_name(c.assigned_to)},
              {"response_due", opt_time(v["response_due"])},
              {"acknowledged_at", opt_time(v["acknowledged_at"])},
              {"resolution_due", opt_time(v["resolution_due"])},
              {"resolved_at", opt_time(v["resolved_at"])},
              {"late", late},
              {"resolution", c.resolution},
              {"callback_due", opt_time(v["callback_due"])},
              {"callbacks", callbacks},
              {"history", history}};
}

Json register_form_data(Context& ctx, const std::string& target) {
  std::vector<RegisterLine> lines;
  std::string period;
  if (auto month = read_month(target)) {
    lines = register_lines(ctx, *month, "");
    period = fmt::format("{}年{}月", month->year, month->month);
  } else {
    lines = register_lines(ctx, std::nullopt, target);
    period = target;
  }
  Json rows = Json::array();
  int no = 0;
  for (const auto& l : lines)
    rows.push_back(Json{
        {"no", std::to_string(++no)},
        {"at", format_short(l.at)},
        {"channel", to_zh(*parse_enum<Channel>(l.channel))},
        {"type", l.type_zh},
        {"name", l.name},
        {"unit", truncate_to(l.unit, 16)},
        {"phone", ctx.phone(l.phone)},
        {"id", l.id},
        {"staff", ctx.staff_name(l.owner)},
        {"result", l.status},
        {"subject", (l.category.empty() ? "" : l.category + "：") + truncate_to(l.subject, 40)}});
  Json heading = pad_columns(rows, {{"no", "序号"},
                                    {"at", "时间"},
                                    {"channel", "方式"},
                                    {"type", "类型"},
                                    {"name", "客户"},
                                    {"unit", "户号/地点"},
                                    {"phone", "电话"},
                                    {"id", "编号"},
                                    {"staff", "接待人"},
                                    {"result", "处理情况"}});
  heading["subject"] = "事由";
  return Json{{"site", site_json(ctx.dir())},
              {"period", period},
              {"heading", heading},
              {"rows", rows},
              {"count", std::to_string(lines.size())}};
}

Json history_json(Context& ctx, const std::vector<HistoryEntry>& history) {
  Json out = Json::array();
  for (const auto& h : history)
    out.push_back(Json{{"at", format_datetime(h.at)},
                       {"by", ctx.staff_name(h.by)},
                       {"action", action_zh(h.action)},
                       {"note", h.note}});
  return out;
}

Json callbacks_json(Context& ctx, const std::vector<CallbackRecord>& callbacks) {
  Json out = Json::array();
  int no = 0;
  for (const auto& cb : callbacks)
    out.push_back(Json{{"no", std::to_string(++no)},
                       {"at", format_datetime(cb.at)},
                       {"result", to_zh(cb.result)},
                       {"signed_by", cb.signed_by},
                       {"by_phone", cb.by_phone()},
                       {"phone_called", ctx.phone(cb.phone)},
                       {"by", ctx.staff_name(cb.by)},
                       {"note", cb.note}});
  return out;
}

Json repair_form_data(Context& ctx, const std::string& id) {
  auto r = RepairRepository(ctx.store()).get(id).record;
  auto v = repair_view(ctx, r);
  Json reworks = Json::array();
  for (const auto& w : r.reworks)
    reworks.push_back(Json{{"at", format_datetime(w.at)}, {"reason", w.reason}});
  bool late = r.completed_at && *r.completed_at > *parse_datetime(v["fix_due"].get<std::string>());
  return Json{{"site", site_json(ctx.dir())},
              {"id", r.id},
              {"kind", r.kind_zh()},
              {"received_at", format_datetime(r.received_at)},
              {"weekday", weekday_zh(date_of(r.received_at))},
              {"channel", to_zh(r.channel)},
              {"urgency", to_zh(r.urgency)},
              {"status", to_zh(r.status)},
              {"requester", r.requester.name},
              {"phone", ctx.phone(r.requester.phone)},
              {"unit", r.unit},
              {"place", r.place},
              {"fault", r.fault},
              {"owner", ctx.staff_name(r.owner)},
              {"team", r.team},
              {"technician", ctx.staff_name(r.technician)},
              {"dispatched_at", opt_time(v["dispatched_at"])},
              {"arrive_due", opt_time(v["arrive_due"])},
              {"arrived_at", opt_time(v["arrived_at"])},
              {"fix_due", opt_time(v["fix_due"])},
              {"completed_at", opt_time(v["completed_at"])},
              {"late", late},
              {"result", r.result},
              {"materials", r.materials},
              {"paid", r.is_paid()},
              {"charge", format_money(r.charge_fen)},
              {"signed_by", r.signed_by},
              {"reworks", reworks},
              {"callbacks", callbacks_json(ctx, r.callbacks)},
              {"history", history_json(ctx, r.history)}};
}

/// The 回访记录表 of a complaint (TS-…), a repair (BX-…) or an opinion (YJ-…).
Json callback_form_data(Context& ctx, const std::string& id) {
  Json data{{"site", site_json(ctx.dir())}, {"id", id}};
  if (id.starts_with(std::string(kComplaintKind.prefix) + "-")) {
    auto c = ComplaintRepository(ctx.store()).get(id).record;
    auto v = complaint_view(ctx, c);
    data["kind"] = "投诉";
    data["customer"] = c.complainant.name;
    data["phone"] = ctx.phone(c.complainant.phone);
    data["where"] = c.unit.empty() ? c.place : c.unit;
    data["subject"] = c.category + "：" + c.description;
    data["handling"] = c.resolution;
    data["resolved_at"] = opt_time(v["resolved_at"]);
    data["callback_due"] = opt_time(v["callback_due"]);
    data["owner"] = ctx.staff_name(c.owner);
    data["callbacks"] = callbacks_json(ctx, c.callbacks);
  } else if (id.starts_with(std::string(kRepairKind.prefix) + "-")) {
    auto r = RepairRepository(ctx.store()).get(id).record;
    auto v = repair_view(ctx, r);
    data["kind"] = "报修";
    data["customer"] = r.requester.name;
    data["phone"] = ctx.phone(r.requester.phone);
    data["where"] = r.unit.empty() ? r.place : r.unit;
    data["subject"] = r.fault;
    data["handling"] = r.result.empty() ? std::string(to_zh(r.status)) : r.result;
    data["resolved_at"] = opt_time(v["completed_at"]);
    data["callback_due"] = opt_time(v["callback_due"]);
    data["owner"] = ctx.staff_name(r.owner);
    data["callbacks"] = callbacks_json(ctx, r.callbacks);
  } else if (id.starts_with(std::string(kOpinionKind.prefix) + "-")) {
    auto o = OpinionRepository(ctx.store()).get(id).record;
    auto v = opinion_view(ctx, o);
    data["kind"] = "意见";
    data["customer"] = o.person.name;
    data["phone"] = ctx.phone(o.person.phone);
    data["where"] = o.unit;
    data["subject"] = o.text;
    data["handling"] = o.rectification.empty() ? o.measures : o.rectification;
    data["resolved_at"] = opt_time(v["rectified_at"]);
    data["callback_due"] = opt_time(v["callback_due"]);
    data["owner"] = ctx.staff_name(o.owner);
    data["callbacks"] = callbacks_json(ctx, o.callbacks);
  } else if (id.starts_with(std::string(kSpecialKind.prefix) + "-")) {
    auto r = SpecialRepository(ctx.store()).get(id).record;
    auto v = special_view(ctx, r);
    data["kind"] = "特约服务";
    data["customer"] = r.requester.name;
    data["phone"] = ctx.phone(r.requester.phone);
    data["where"] = r.unit;
    data["subject"] = r.what;
    data["handling"] = r.result.empty() ? std::string(to_zh(r.status)) : r.result;
    data["resolved_at"] = opt_time(v["done_at"]);
    data["callback_due"] = opt_time(v["callback_due"]);
    data["owner"] = ctx.staff_name(r.owner);
    data["callbacks"] = callbacks_json(ctx, r.callbacks);
    data["by_phone_only"] = true;
  } else {
    throw RefusedError(
        "回访记录表须对投诉（TS-…）、报修（BX-…）、意见（YJ-…）或特约服务（TY-"
        "…）编号生成，而不是「" +
        id + "」");
  }
  return data;
}

/// The 缴费通知单 of a paid special service (特约服务, R7).
Json payment_form_data(Context& ctx, const std::string& id) {
  if (id.starts_with(std::string(kSpecialKind.prefix) + "-"))
    return special_payment_form_data(ctx, id);
  auto r = RepairRepository(ctx.store()).get(id).record;
  auto completed = repair_last_completed(r);
  if (!r.is_paid() || !completed)
    throw RefusedError("报修 " + id +
                       " 没有特约服务收费（完工时用 repair done --charge 记录），无需缴费通知单");
  return Json{{"site", site_json(ctx.dir())},
              {"id", r.id},
              {"id_label", "报修单号"},
              {"customer", r.requester.name},
              {"where", r.unit.empty() ? r.place : r.unit},
              {"fault", r.fault},
              {"result", r.result},
              {"materials", r.materials},
              {"completed_at", format_datetime(*completed)},
              {"worker_label", "维修人员"},
              {"technician", ctx.staff_name(r.technician)},
              {"charge", format_money(r.charge_fen)},
              {"date", format_date(date_of(ctx.now()))}};
}

/// The 来电来访数据分析表 of a month: rows by type and by category, each with its total row.
Json analysis_form_data(Context& ctx, const std::string& target) {
  auto month = read_month(target);
  if (!month)
    throw RefusedError("来电来访数据分析表须对月份（如 2026-11）生成，而不是「" + target + "」");
  auto a = month_contact_analysis(ctx, *month);
  auto table = [&](const std::vector<AnalysisRow>& rows, const char* first) {
    Json out = Json::array();
    auto row = [&](const std::string& name, const Flow& f) {
      out.push_back(Json{{"name", name},
                         {"carried", std::to_string(f.carried)},
                         {"fresh", std::to_string(f.fresh)},
                         {"completed", std::to_string(f.completed)},
                         {"still_open", std::to_string(f.still_open)}});
    };
    for (const auto& r : rows) row(r.name, r.flow);
    row("合计", a.total);
    Json heading = pad_columns(out, {{"name", first},
                                     {"carried", "上月结转"},
                                     {"fresh", "本月新增"},
                                     {"completed", "本月办结"}});
    heading["still_open"] = "月末未结";
    return Json{{"heading", heading}, {"rows", out}};
  };
  std::string channels;
  for (const auto& t : a.by_channel)
    channels += fmt::format("{}{} {}", channels.empty() ? "" : "  ", t.name, t.count);
  return Json{{"site", site_json(ctx.dir())},
              {"period", fmt::format("{}年{}月", month->year, month->month)},
              {"as_of", format_datetime(report_end(*month, ctx.now()))},
              {"by_type", table(a.by_type, "类型")},
              {"by_category", table(a.by_category, "类别")},
              {"channels", channels.empty() ? std::string("无") : channels}};
}

struct Form {
  std::string_view key;
  std::string_view zh;
  std::string_view template_name;
  std::string_view target;  // what TARGET names, for --help
  Json (*data)(Context&, const std::string&);
};

const Form kForms[] = {
    {"complaint", "投诉处理记录", "complaint_record.txt", "投诉编号", complaint_form_data},
    {"register", "客户来电来访登记表", "contact_register.txt", "月份（2026-11）或记录编号",
     register_form_data},
    {"analysis", "来电来访数据分析表", "call_analysis.txt", "月份（2026-11）", analysis_form_data},
    {"repair", "公共设施设备报修单", "repair_order.txt", "报修编号", repair_form_data},
    {"callback", "回访记录表", "callback_record.txt", "投诉、报修、意见或特约服务编号",
     callback_form_data},
    {"payment", "缴费通知单", "payment_notice.txt", "特约服务编号，或有收费的报修编号",
     payment_form_data},
    {"dun_notice", "催费通知书", "dun_notice.txt", "户号", dun_notice_form_data},
    {"receipt_sheet", "文件签收表", "receipt_sheet.txt", "日期（当日发出的催费通知书）",
     receipt_sheet_form_data},
    {"dun_log", "催费记录表", "dun_log.txt", "户号", dun_log_form_data},
    {"keys", "借用钥匙登记表", "key_register.txt", "月份（2026-11）、钥匙编号或借用登记编号",
     key_register_form_data},
    {"daily", "每日受理情况检查表", "daily_check.txt", "日期（2026-11-25）", daily_form_data},
    {"opinion", "顾客意见整改反馈表", "opinion_feedback.txt", "意见编号", opinion_form_data},
    {"survey", "顾客满意度调查汇总表", "survey_summary.txt", "调查编号", survey_form_data},
    {"renovation_application", "装修申请表", "renovation_application.txt", "装修编号",
     renovation_form_data},
    {"renovation_permit", "装修许可证", "renovation_permit.txt", "装修编号", renovation_form_data},
    {"renovation_passes", "装修施工人员出入证办理登记表", "renovation_passes.txt", "装修编号",
     renovation_form_data},
    {"renovation_inspection", "装修现场巡查记录表", "renovation_inspection.txt", "装修编号",
     renovation_form_data},
    {"renovation_notice", "装修施工/验收整改通知书", "renovation_notice.txt",
     "装修编号/通知书号（ZX-2026-09-0001/01）", renovation_form_data},
    {"renovation_hotwork", "装修施工动火备案表", "renovation_hotwork.txt", "装修编号",
     renovation_form_data},
    {"renovation_acceptance", "装修工程验收表", "renovation_acceptance.txt", "装修编号",
     renovation_form_data},
    {"renovation_refund", "退款通知书", "renovation_refund.txt", "装修编号", renovation_form_data},
    {"release", "物品放行条", "release_slip.txt", "迁出编号（最近一张），或 编号/张号",
     move_release_form_data},
    {"settlement", "客户搬迁结算表", "move_settlement.txt", "迁出编号", move_settlement_form_data},
    {"moves", "客户迁入、迁出统计表", "move_stats.txt", "月份（2026-11）", move_stats_form_data},
    {"customer_record", "客户情况登记表", "customer_record.txt", "户号", customer_record_form_data},
    {"visits", "走访记录表", "visit_record.txt", "月份（2026-11）或走访编号", visit_form_data},
    {"handover", "大堂交接班记录表", "handover_sheet.txt",
     "值班编号（ZB-…）或 日期/班次（2026-12-01/早班）", handover_form_data},
    {"visitors", "来访登记表", "visitor_register.txt", "日期（2026-12-01）、月份或来访编号",
     visitor_form_data},
    {"loans", "物品借用登记表", "item_loan_register.txt", "月份（2026-12）或借用编号",
     item_loan_form_data},
    {"patrol_sheet", "公共区域现场巡视表", "patrol_sheet.txt",
     "日期（2026-11-25）、期间（2026-11-23..2026-11-29）、月份或巡视编号", patrol_sheet_form_data},
    {"vacant_check", "空置物业统计及周检记录", "vacant_check.txt",
     "日期、期间（2026-11-23..2026-11-29）或月份", vacant_check_form_data},
    {"lost", "拾遗物品登记表", "lost_register.txt", "月份（2026-11）或拾遗物品编号",
     lost_register_form_data},
};

/// The browser that prints a PDF: $KEFU_CHROMIUM, else the first of chromium,
/// chromium-browser, google-chrome on PATH.
std::string find_chromium() {
  if (const char* env = std::getenv("KEFU_CHROMIUM"); env && *env) return env;
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    size_t from = 0;
    while (from <= dirs.size()) {
      size_t to = dirs.find(':', from);
      if (to == std::string::npos) to = dirs.size();
      auto candidate = std::filesystem::path(dirs.substr(from, to - from)) / name;
      if (to > from && access(candidate.c_str(), X_OK) == 0) return candidate.string();
      from = to + 1;
    }
  }
  throw RefusedError(
      "生成 PDF 需要 Chromium（Debian 软件包 chromium），未找到；可设 KEFU_CHROMIUM "
      "指向浏览器，或用 --format html 生成网页后在浏览器中打印");
}

/// The HTML printed to PDF by headless Chromium: A4 as the page's CSS says, no header or footer.
std::string print_pdf(const std::string& html) {
  std::string browser = find_chromium();
  std::string tmpl = (std::filesystem::temp_directory_path() / "kefu-pdf-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("无法建立临时目录");
  std::filesystem::path tmp(tmpl);
  struct Cleanup {
    std::filesystem::path p;
    ~Cleanup() {
      std::error_code ec;
      std::filesystem::remove_all(p, ec);
    }
  } cleanup{tmp};
  {
    std::ofstream f(tmp / "form.html", std::ios::binary);
    f << html;
  }
  std::string out = (tmp / "form.pdf").string();
  std::vector<std::string> args = {browser,
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--no-pdf-header-footer",
                                   "--user-data-dir=" + (tmp / "profile").string(),
                                   "--print-to-pdf=" + out,
                                   "file://" + (tmp / "form.html").string()};
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("无法启动 Chromium");
  if (pid == 0) {
    setpgid(0, 0);
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0), dup2(null, 1), dup2(null, 2);
    close_range(3, ~0U, 0);
    setenv("HOME", tmp.c_str(), 1);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(browser.c_str(), argv.data());
    _exit(127);
  }
  setpgid(pid, pid);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int status = 0;
  bool done = false;
  while (!done) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid)
      done = true;
    else if (r < 0 && errno != EINTR)
      break;
    else if (std::chrono::steady_clock::now() >= deadline)
      break;
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(-pid, SIGKILL);  // what the browser left running
  if (!done) {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    throw RefusedError("Chromium 两分钟内未生成 PDF（" + browser + "）");
  }
  std::ifstream f(out, std::ios::binary);
  std::string pdf((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (!pdf.starts_with("%PDF"))
    throw RefusedError("Chromium 未能生成 PDF（" + browser + "，退出状态 " +
                       std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + "）");
  return pdf;
}

const Form& find_form(const std::string& name) {
  for (const auto& f : kForms)
    if (name == f.key || name == f.zh) return f;
  std::string list;
  for (const auto& f : kForms) list += fmt::format("\n  {:<24}{}（{}）", f.key, f.zh, f.target);
  throw RefusedError("没有表单「" + name + "」；可用的表单：" + list);
}

}  // namespace

void add_out_options(CLI::App* cmd, std::string& out, bool& force, const std::string& where) {
  cmd->add_option("-o,--out", out, where + "；文件已存在时不覆盖");
  cmd->add_flag("--force", force, "-o 的文件已存在时覆盖它");
}

void emit_form(Context& ctx, std::string_view form_zh, const std::string& template_name,
               const Json& data, const std::string& out, bool force) {
  auto text = render_form(ctx.dir(), template_name, data);
  if (out.empty()) {
    ctx.out << text;
    return;
  }
  // The form keeps its text, shown as it would be on a terminal: no raw control characters
  // for a printer or a `cat` to act on, ID numbers masked.
  write_output_file(ctx, out, safe_text(text, LineBreaks::keep, ctx.opts.reveal), force);
  ctx.err << "已生成 " << form_zh << "：" << out << '\n';
}

void add_render_command(CLI::App& app, Context& ctx) {
  struct Args {
    std::string form, target, out, format, pdf;
    bool force = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd =
      app.add_subcommand("render", "按模板生成手册中的表单（可打印的纯文本，或 A4 网页、PDF）");
  cmd->add_option("FORM", args->form, "表单名（英文或中文）")->required();
  cmd->add_option("TARGET", args->target, "记录编号、户号、日期或月份")->required();
  add_out_options(cmd, args->out, args->force,
                  "写入文件（原子写入），默认打印到标准输出；不写入数据目录的记录文件夹");
  cmd->add_option("--format", args->format,
                  "text（默认，纯文本）、html（可打印网页，A4）或 pdf（须 -o，经 Chromium 打印）");
  cmd->add_option("--pdf", args->pdf, "另存为 PDF 文件（A4，经无界面 Chromium 打印）");
  std::string footer = "表单：";
  for (const auto& f : kForms)
    footer += fmt::format("\n  {:<14}{}，TARGET 为{}；模板 templates/{}{}", f.key, f.zh, f.target,
                          f.template_name, form_landscape(f.template_name) ? "（A4 横向）" : "");
  footer +=
      "\n文本表单适合 A4 打印：纵向每行不超过 80 列，标注 A4 横向的不超过 120 列（汉字占两列），"
      "\n过长的内容在本栏内折行。--format html 生成带打印样式的网页（A4，表格带框线）；"
      "\n--pdf 文件 或 --format pdf -o 文件 经 Chromium（或 $KEFU_CHROMIUM）生成 PDF。"
      "\n数据目录下的 templates/ "
      "中同名文件优先于内置模板，可按本处格式修改。电话默认打码，--reveal 显示全号。"
      "\n例：kefu render keys 2026-11 --pdf 钥匙登记表.pdf";
  cmd->footer(footer);
  cmd->callback([&ctx, args] {
    std::string format = args->format.empty() ? ctx.opts.format : args->format;
    if (format == "table") format = "text";
    if (format != "text" && format != "html" && format != "pdf")
      throw RefusedError("render 生成的是可打印的表单（text、html、pdf），没有 --format " + format +
                         " 的形式；要供脚本读取的数据请用各命令的 list、show 加 --format");
    if (format == "pdf" && args->pdf.empty()) {
      if (args->out.empty()) throw RefusedError("--format pdf 请用 -o 文件名.pdf 指定输出文件");
      args->pdf = args->out;
      args->out.clear();
    }
    if (!args->pdf.empty()) check_output_path(ctx, args->pdf);
    const auto& form = find_form(args->form);
    std::string name(form.template_name);
    auto data = form.data(ctx, args->target);
    if (format == "text" && args->pdf.empty())
      return emit_form(ctx, form.zh, name, data, args->out, args->force);
    // The text as it would print, unwrapped: the browser lays the table out on the page.
    auto text = safe_text(render_mustache(name, ctx.dir().template_text(name), data),
                          LineBreaks::keep, ctx.opts.reveal);
    auto html = form_html(text, form_landscape(name));
    if (format == "html") {
      if (args->out.empty())
        ctx.out << html;
      else {
        write_output_file(ctx, args->out, html, args->force);
        ctx.err << "已生成 " << form.zh << "（HTML）：" << args->out << '\n';
      }
    } else if (format == "text") {
      emit_form(ctx, form.zh, name, data, args->out, args->force);
    }
    if (!args->pdf.empty()) {
      write_output_file(ctx, args->pdf, print_pdf(html), args->force);
      ctx.err << "已生成 " << form.zh << "（PDF，A4" << (form_landscape(name) ? "横向" : "纵向")
              << "）：" << args->pdf << '\n';
    }
  });
}

}  // namespace kefu
