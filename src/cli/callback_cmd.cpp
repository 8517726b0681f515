/// kefu callback due|done — callbacks (回访, R5, R7, R8) of complaints, repairs and special
/// services; signed by the customer, or made by phone.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/due.hpp"
#include "core/text.hpp"
#include "store/opinion_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {
namespace {

/// "3d" or "3" → 3 days.
int days_arg(const std::string& text) {
  std::string s = text;
  if (!s.empty() && (s.back() == 'd' || s.back() == 'D')) s.pop_back();
  if (s.ends_with("天")) s.resize(s.size() - std::string("天").size());
  if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos)
    throw RefusedError("天数「" + text + "」无效，应如 3d");
  return std::stoi(s);
}

/// The callbacks owed on the open cases, soonest first; unreadable files are reported.
std::vector<CallbackDue> pending_callbacks(Context& ctx) {
  CaseQuery q;
  q.open_only = true;
  auto complaints = ComplaintRepository(ctx.store()).query(q);
  auto repairs = RepairRepository(ctx.store()).query(q);
  auto opinions = OpinionRepository(ctx.store()).query(q);
  auto specials = SpecialRepository(ctx.store()).query(q);
  ctx.report_problems(complaints.problems);
  ctx.report_problems(repairs.problems);
  ctx.report_problems(opinions.problems);
  ctx.report_problems(specials.problems);
  return kefu::pending_callbacks(complaints.records(), repairs.records(), ctx.config(),
                                 ctx.dir().calendar(), opinions.records(), specials.records());
}

void callback_due(Context& ctx, const std::string& within, bool overdue_only) {
  DateTime now = ctx.now();
  std::optional<Date> until;
  if (!within.empty()) until = date_of(now) + std::chrono::days{days_arg(within)};
  auto items = callbacks_due(pending_callbacks(ctx), now, until, overdue_only);
  if (items.empty()) return;  // cron mails only output
  ctx.raise_status(1);
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& c : items) {
      auto days = (date_of(c.due) - date_of(now)).count();
      Json row{{"kind", c.kind},
               {"id", c.id},
               {"owner", c.owner},
               {"where", c.where},
               {"name", c.customer.name},
               {"phone", c.customer.phone},
               {"resolved_at", format_datetime(c.resolved_at)},
               {"callback_due", format_datetime(c.due)},
               {"days_left", days},
               {"overdue", now > c.due},
               {"subject", c.subject}};
      ctx.protect(row);
      rows.push_back(row);
    }
    print_rows(ctx.out, f, rows,
               {"kind", "id", "owner", "where", "name", "phone", "resolved_at", "callback_due",
                "days_left", "overdue", "subject"});
    return;
  }
  Table t{{"回访期限", "情况", "编号", "类型", "户号/地点", "客户", "电话", "首问负责人",
           "完成时间", "事由"},
          {}};
  for (const auto& c : items)
    t.rows.push_back({format_date(date_of(c.due)), callback_state_zh(c, now), c.id,
                      c.kind == "complaint" ? "投诉"
                      : c.kind == "repair"  ? "报修"
                      : c.kind == "opinion" ? "意见"
                                            : "特约服务",
                      truncate_to(c.where, 16), c.customer.name, ctx.phone(c.customer.phone),
                      ctx.staff_name(c.owner), format_short(c.resolved_at), c.subject});
  print_table(ctx.out, t);
}

struct CallbackDoneOptions {
  std::string id, result, signed_by, note, phone;
};

void callback_done(Context& ctx, const CallbackDoneOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  CallbackRecord cb;
  cb.at = now;
  cb.by = by.id;
  cb.result = enum_arg<CallbackResult>(o.result, "回访结果");
  cb.signed_by = trim(o.signed_by);
  cb.note = trim(o.note);
  cb.phone = trim(o.phone);
  if (o.id.starts_with(std::string(kComplaintKind.prefix) + "-")) {
    auto c = ComplaintRepository(ctx.store()).update(o.id, [&](Complaint& rec) {
      callback_complaint(rec, cb);
    });
    if (c.status == ComplaintStatus::closed)
      ctx.err << fmt::format("已记录 {} 的回访（{}），投诉结案\n", c.id, to_zh(cb.result));
    else
      ctx.err << fmt::format("已记录 {} 的回访（不满意），投诉转回处理中，请 {} 继续跟进\n", c.id,
                             ctx.staff_name(c.owner));
  } else if (o.id.starts_with(std::string(kRepairKind.prefix) + "-")) {
    auto r =
        RepairRepository(ctx.store()).update(o.id, [&](Repair& rec) { callback_repair(rec, cb); });
    if (r.status == RepairStatus::closed) {
      ctx.err << fmt::format("已记录 {} 的回访（{}），报修完成\n", r.id, to_zh(cb.result));
    } else {
      auto d = repair_deadlines(r, ctx.config().repair_sla, ctx.dir().calendar());
      ctx.err << fmt::format("已记录 {} 的回访（不满意），转返修（第 {} 次），须于 {} 前完工\n",
                             r.id, r.reworks.size(), format_datetime(d.fix_due));
    }
  } else if (o.id.starts_with(std::string(kOpinionKind.prefix) + "-")) {
    auto op = OpinionRepository(ctx.store()).update(o.id, [&](Opinion& rec) {
      callback_opinion(rec, cb);
    });
    if (op.status == OpinionStatus::closed)
      ctx.err << fmt::format("已记录 {} 的整改效果回访（{}），意见处理完毕\n", op.id,
                             to_zh(cb.result));
    else
      ctx.err << fmt::format("已记录 {} 的整改效果回访（不满意），转回{}继续整改\n", op.id,
                             op.department);
  } else if (o.id.starts_with(std::string(kSpecialKind.prefix) + "-")) {
    auto s = SpecialRepository(ctx.store()).update(o.id, [&](SpecialService& rec) {
      callback_special(rec, cb);
    });
    if (s.status == SpecialStatus::closed)
      ctx.err << fmt::format("已记录 {} 的电话回访（{}），特约服务完成\n", s.id, to_zh(cb.result));
    else
      ctx.err << fmt::format(
          "已记录 {} 的电话回访（不满意），请 {} 通知相关人员继续跟进，跟进后再回访\n", s.id,
          ctx.staff_name(s.owner));
  } else {
    throw RefusedError("编号「" + o.id +
                       "」不是投诉（TS-…）、报修（BX-…）、意见（YJ-…）或特约服务（TY-…）的编号");
  }
}

}  // namespace

void add_callback_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "callback", "回访：投诉、报修与特约服务完成后、意见整改后的回访（回访记录表）");
  cmd->require_subcommand(1);

  struct DueArgs {
    std::string within;
    bool overdue = false;
  };
  auto due = std::make_shared<DueArgs>();
  auto* d = cmd->add_subcommand(
      "due", "待回访的投诉、报修、意见与特约服务，期限最近的在前（含首问负责人与打码电话）");
  d->add_option("--within", due->within, "只列期限在今后 N 天内（及已逾期）的，如 3d");
  d->add_flag("--overdue", due->overdue, "只列已逾期的");
  d->footer(
      "期限：重大投诉解决后7天、一般投诉14天内；报修完工后 sla.repair.callback_days "
      "天内（默认7天）；\n"
      "特约服务完成后 sla.special.callback 内（默认同报修）；意见整改后 sla.opinion.callback "
      "内（默认两周）。\n"
      "无事项时不输出并以 0 退出；有事项时以 1 退出。");
  d->callback([&ctx, due] { callback_due(ctx, due->within, due->overdue); });

  auto done = std::make_shared<CallbackDoneOptions>();
  auto* c = cmd->add_subcommand(
      "done", "记录一次回访（回访记录表）：由客户签字确认，或电话回访（记所拨电话与回访人）");
  c->add_option("ID", done->id,
                "投诉编号（TS-…）、报修编号（BX-…）、意见编号（YJ-…）或特约服务编号（TY-…）")
      ->required();
  c->add_option("--result", done->result, "回访结果：满意 基本满意 不满意")->required();
  c->add_option("--signed-by", done->signed_by, "签字确认的客户（当面回访）");
  c->add_option("--phone", done->phone,
                "电话回访：所拨打的电话号码（无需签字，回访人为 --by）；特约服务须电话回访");
  c->add_option("--note", done->note, "客户意见");
  c->footer(
      "须有 --signed-by（客户签字）或 --phone（电话回访）之一；记录与回访记录表上标明电话回访。\n"
      "满意、基本满意：结案。不满意：投诉转回处理中，报修转返修，意见转回责任部门继续整改，\n"
      "特约服务通知相关人员继续跟进；再次解决后重新排定回访。只有已解决（投诉已结案待回访、\n"
      "报修已完工待回访、意见已整改待回访、特约服务已完成待回访）的才能回访。");
  c->callback([&ctx, done] { callback_done(ctx, *done); });
}

}  // namespace kefu
