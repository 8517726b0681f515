/// kefu render FORM TARGET — the forms of the manual, from templates/.
#include <fmt/format.h>

#include <fstream>

#include "cli/commands.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/atomic_file.hpp"
#include "store/complaint_store.hpp"

namespace kefu {
namespace {

std::string opt_time(const Json& j) {
  return j.is_null() ? std::string() : format_datetime(*parse_datetime(j.get<std::string>()));
}

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
                             {"by", ctx.staff_name(cb.by)},
                             {"note", cb.note}});
  Json history = Json::array();
  for (const auto& h : c.history)
    history.push_back(Json{{"at", format_datetime(h.at)},
                           {"by", ctx.staff_name(h.by)},
                           {"action", action_zh(h.action)},
                           {"note", h.note}});
  bool late = c.resolved_at && *c.resolved_at > *parse_datetime(v["resolution_due"].get<std::string>());
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

/// One line of the 客户来电来访登记表.
struct RegisterLine {
  DateTime at;
  std::string channel, type, name, unit, phone, id, staff, result, subject;
};

void complaint_register_lines(Context& ctx, const CaseQuery& q, const std::string& only_id,
                              std::vector<RegisterLine>& lines) {
  ComplaintRepository repo(ctx.store());
  std::vector<Complaint> found;
  if (!only_id.empty()) {
    found.push_back(repo.get(only_id).record);
  } else {
    auto result = repo.query(q);
    ctx.report_problems(result.problems);
    for (auto& item : result.items) found.push_back(std::move(item.record));
  }
  for (const auto& c : found)
    lines.push_back({c.received_at, std::string(to_zh(c.channel)), "投诉", c.complainant.name,
                     c.unit.empty() ? c.place : c.unit, ctx.phone(c.complainant.phone), c.id,
                     ctx.staff_name(c.owner), std::string(to_zh(c.status)),
                     c.category + "：" + truncate_to(c.description, 40)});
}

Json register_form_data(Context& ctx, const std::string& target) {
  std::vector<RegisterLine> lines;
  std::string period;
  if (auto month = parse_month(target)) {
    CaseQuery q;
    q.from = q.to = *month;
    complaint_register_lines(ctx, q, "", lines);
    period = fmt::format("{}年{}月", month->year, month->month);
  } else {
    complaint_register_lines(ctx, {}, target, lines);
    period = target;
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const RegisterLine& a, const RegisterLine& b) { return a.at < b.at; });
  Json rows = Json::array();
  int no = 0;
  for (const auto& l : lines)
    rows.push_back(Json{{"no", std::to_string(++no)},
                        {"at", format_short(l.at)},
                        {"channel", l.channel},
                        {"type", l.type},
                        {"name", l.name},
                        {"unit", l.unit},
                        {"phone", l.phone},
                        {"id", l.id},
                        {"staff", l.staff},
                        {"result", l.result},
                        {"subject", l.subject}});
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
    {"keys", "借用钥匙登记表", "key_register.txt", "月份（2026-11）、钥匙编号或借用登记编号",
     key_register_form_data},
};

const Form& find_form(const std::string& name) {
  for (const auto& f : kForms)
    if (name == f.key || name == f.zh) return f;
  std::string list;
  for (const auto& f : kForms)
    list += fmt::format("\n  {:<12}{}（{}）", f.key, f.zh, f.target);
  throw RefusedError("没有表单「" + name + "」；可用的表单：" + list);
}

}  // namespace

void add_render_command(CLI::App& app, Context& ctx) {
  struct Args {
    std::string form, target, out;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("render", "按模板生成手册中的表单（可打印的纯文本）");
  cmd->add_option("FORM", args->form, "表单名（英文或中文）")->required();
  cmd->add_option("TARGET", args->target, "记录编号或月份")->required();
  cmd->add_option("-o,--out", args->out, "写入文件（原子写入），默认打印到标准输出");
  std::string footer = "表单：";
  for (const auto& f : kForms)
    footer += fmt::format("\n  {:<12}{}，TARGET 为{}；模板 templates/{}", f.key, f.zh, f.target,
                          f.template_name);
  footer += "\n数据目录下的 templates/ 中同名文件优先于内置模板，可按本处格式修改。电话默认打码，--reveal 显示全号。";
  cmd->footer(footer);
  cmd->callback([&ctx, args] {
    const auto& form = find_form(args->form);
    auto text = render_form(ctx.dir(), std::string(form.template_name), form.data(ctx, args->target));
    if (args->out.empty()) {
      ctx.out << text;
    } else {
      write_file_atomic(args->out, text);
      ctx.err << "已生成 " << form.zh << "：" << args->out << '\n';
    }
  });
}

}  // namespace kefu
