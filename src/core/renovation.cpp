/// Renovation rules: the steps of §3.8.1 in their order, the periods and what is late.
#include "core/renovation.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/repair.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

constexpr const char* kWasteItem = "renovation_waste";
constexpr const char* kWaterItem = "renovation_water";
constexpr const char* kPassItem = "renovation_pass";

std::string state_zh(const Renovation& r) {
  return "「" + std::string(to_zh(r.status)) + "」";
}

[[noreturn]] void refuse_state(const Renovation& r, const std::string& step,
                               const std::string& needs) {
  throw RefusedError(fmt::format("装修 {} 现为{}，不能{}：{}", r.id, state_zh(r), step, needs));
}

void refuse_if_closed(const Renovation& r, const std::string& step) {
  if (r.status == RenovationStatus::closed)
    throw RefusedError(fmt::format("装修 {} 已结案，不能{}", r.id, step));
}

std::string two(size_t n) {
  return fmt::format("{:02}", n);
}

bool under_permit(const Renovation& r) {
  return r.permit_end && r.status == RenovationStatus::permitted;
}

}  // namespace

RenovationConfig default_renovation_config() {
  RenovationConfig c;
  c.drawings = {"平面图", "水电平面布置图", "改建图"};
  return c;
}

std::string renovation_config_problem(const RenovationConfig& c) {
  if (c.permit_days < 1) return "renovation.permit_days 应为正整数";
  if (c.review_working_days < 1) return "renovation.review_working_days 应为正整数";
  if (c.return_days < 0 || c.expiry_warn_days < 0 || c.refund_days < 0)
    return "renovation 的 return_days、expiry_warn_days、refund_days 不应为负数";
  if (c.extinguishers_per_50m2 < 0) return "renovation.extinguishers_per_50m2 不应为负数";
  if (c.deposit_fen < 0 || c.waste_fen < 0 || c.water_fen < 0 || c.pass_fee_fen < 0)
    return "renovation 的费用不应为负数";
  return {};
}

int extinguishers_required(int64_t area_centi_m2, int per_50) {
  if (area_centi_m2 <= 0) return 0;
  constexpr int64_t k50 = 5000;  // 50 m² in hundredths
  return int((area_centi_m2 + k50 - 1) / k50) * per_50;
}

std::optional<DateTime> review_due(const Renovation& r, const RenovationConfig& c,
                                   const WorkingCalendar& cal) {
  if (!r.drawings_complete_at) return std::nullopt;
  return sla_deadline(*r.drawings_complete_at, SlaSpan::working_days(c.review_working_days), cal);
}

Date permit_end_for(Date start, int days) {
  return start + std::chrono::days{days - 1};
}

std::optional<Date> return_by(const Renovation& r, const RenovationConfig& c) {
  if (!r.permit_end) return std::nullopt;
  return *r.permit_end + std::chrono::days{c.return_days};
}

bool works_stopped(const Renovation& r, Date today) {
  return under_permit(r) && today > *r.permit_end;
}

int passes_out(const Renovation& r) {
  return int(std::count_if(r.passes.begin(), r.passes.end(),
                           [](const WorkerPass& p) { return !p.returned_at; }));
}

int64_t deposit_held(const std::vector<Payment>& payments, const std::string& case_id) {
  int64_t held = 0;
  for (const auto& p : payments)
    if (p.deposit == case_id) held += deposit_change(p);
  return held;
}

int64_t deposit_received(const std::vector<Payment>& payments, const std::string& case_id) {
  int64_t in = 0;
  for (const auto& p : payments)
    if (p.deposit == case_id && deposit_movement(p) && p.amount > 0) in += p.amount;
  return in;
}

int64_t refund_after(int64_t held, const std::vector<Deduction>& deductions) {
  int64_t total = 0;
  for (const auto& d : deductions) {
    if (d.amount_fen <= 0) throw RefusedError("扣款「" + d.what + "」的金额应大于零");
    total += d.amount_fen;
  }
  if (total > held)
    throw RefusedError(fmt::format("扣款合计 {} 元超过所收押金 {} 元；超出部分应另行收费",
                                   format_money(total), format_money(held)));
  return held - total;
}

bool renovation_open(const Renovation& r) {
  return r.status != RenovationStatus::closed;
}

bool under_works(const Renovation& r) {
  return r.status == RenovationStatus::permitted;
}

Renovation apply_renovation(std::string id, const NewRenovation& n, const std::string& by,
                            DateTime now) {
  if (n.applicant.name.empty()) throw RefusedError("请用 --applicant 写明申请人（业主或租户）");
  if (n.tenant && n.owner_confirmation.empty())
    throw RefusedError(
        "租户装修须有业主签署的《租户装修确认函》（手册 §3.8.1.1(2)）：请用 "
        "--owner-confirmation 写明签署确认函的业主");
  if (n.contractor.empty()) throw RefusedError("请用 --contractor 写明装修公司（或施工队）");
  if (n.scope.empty()) throw RefusedError("请用 --scope 写明装修项目");
  if (n.planned_start < date_of(now))
    throw RefusedError(fmt::format("计划开工日期 {} 早于申请日 {}", format_date(n.planned_start),
                                   format_date(date_of(now))));
  Renovation r;
  r.id = std::move(id);
  r.received_at = now;
  r.unit = n.unit;
  r.applicant = n.applicant;
  r.tenant = n.tenant;
  r.owner_confirmation = n.owner_confirmation;
  r.contractor = n.contractor;
  r.site_manager = n.site_manager;
  r.scope = n.scope;
  r.planned_start = n.planned_start;
  r.large = n.large;
  r.special_items = n.special_items;
  r.area_centi_m2 = n.area_centi_m2;
  r.owner = by;
  add_history(r.history, now, by, "apply",
              (n.tenant ? "租户" : "业主") + std::string("申请：") + n.scope);
  return r;
}

void charge_renovation(Renovation& r, int64_t deposit, int64_t waste, int64_t water,
                       YearMonth period, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::applied)
    refuse_state(
        r, "再开费用",
        "装修费用只开一次（" + (r.billed_period ? r.billed_period->str() + " 账期" : "") + "）");
  if (deposit < 0 || waste < 0 || water < 0) throw RefusedError("装修费用不应为负数");
  r.deposit_fen = deposit;
  r.waste_fen = waste;
  r.water_fen = water;
  r.billed_period = period;
  r.status = RenovationStatus::charged;
  add_history(
      r.history, now, by, "charge",
      fmt::format("押金 {} 元（fee pay --deposit 收取，退还，不计收入）；垃圾清运费 {} "
                  "元、临时用水费 {} 元计入 {} 账单",
                  format_money(deposit), format_money(waste), format_money(water), period.str()));
}

std::vector<BillItem> renovation_bill_items(const Renovation& r, const std::string& by,
                                            DateTime now) {
  std::vector<BillItem> out;
  if (r.waste_fen > 0)
    out.push_back({kWasteItem, "装修垃圾清运费", {}, {}, r.waste_fen, now, by, r.id});
  if (r.water_fen > 0)
    out.push_back({kWaterItem, "装修临时用水费", {}, {}, r.water_fen, now, by, r.id});
  return out;
}

void receive_drawings(Renovation& r, const std::vector<std::string>& names,
                      const std::vector<std::string>& required, const std::string& by,
                      DateTime now) {
  if (r.status == RenovationStatus::applied)
    refuse_state(r, "收图纸",
                 "先开装修费用（renovation charge），业主交费后再提交图纸（§3.8.1.1）");
  if (r.status != RenovationStatus::charged)
    refuse_state(r, "收图纸", "图纸已收齐（审核未通过时由工程组退回后重交）");
  if (names.empty()) throw RefusedError("请用 --drawing 写明收到的图纸，如 --drawing 平面图");
  std::string added;
  for (const auto& n : names) {
    if (std::find(r.drawings.begin(), r.drawings.end(), n) != r.drawings.end()) continue;
    r.drawings.push_back(n);
    added += (added.empty() ? "" : "、") + n;
  }
  if (added.empty()) throw RefusedError("这些图纸已登记收到");
  std::string missing;
  for (const auto& q : required)
    if (std::find(r.drawings.begin(), r.drawings.end(), q) == r.drawings.end())
      missing += (missing.empty() ? "" : "、") + q;
  if (missing.empty()) {
    r.drawings_complete_at = now;
    r.status = RenovationStatus::drawings;
  }
  add_history(r.history, now, by, "drawings",
              "收到" + added + (missing.empty() ? "；图纸已齐，送工程组审核" : "；尚缺" + missing));
}

void review_renovation(Renovation& r, bool passed, const std::string& reviewer,
                       const std::string& note, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::drawings)
    refuse_state(r, "登记工程审核",
                 r.status < RenovationStatus::drawings ? "图纸尚未收齐（renovation drawings）"
                                                       : "工程组已审核通过");
  if (reviewer.empty()) throw RefusedError("请用 --reviewer 写明工程组审核人");
  if (!passed && note.empty()) throw RefusedError("审核不通过时请用 --note 写明原因与修改要求");
  if (passed) {
    r.reviewed_at = now;
    r.reviewed_by = reviewer;
    r.review_note = note;
    r.status = RenovationStatus::reviewed;
    add_history(r.history, now, by, "review",
                "工程组 " + reviewer + " 审核通过" + (note.empty() ? "" : "：" + note));
  } else {
    r.drawings.clear();
    r.drawings_complete_at.reset();
    r.status = RenovationStatus::charged;
    add_history(r.history, now, by, "review_failed",
                "工程组 " + reviewer + " 审核未通过，图纸退回重交：" + note);
  }
}

void check_renovation(Renovation& r, int64_t held, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::reviewed)
    refuse_state(r, "登记客服中心审核",
                 r.status < RenovationStatus::reviewed ? "须先经工程组审核通过（renovation review）"
                                                       : "客服中心已审核");
  if (held < r.deposit_fen)
    throw RefusedError(fmt::format(
        "装修 {} 的押金 {} 元尚未交齐（已收 {} 元）：请财务用 kefu fee pay {} {} --deposit {} "
        "收取",
        r.id, format_money(r.deposit_fen), format_money(held), r.unit,
        format_money(r.deposit_fen - held), r.id));
  r.checked_at = now;
  r.checked_by = by;
  r.status = RenovationStatus::checked;
  add_history(r.history, now, by, "centre_check", "客服中心审核资料合格");
}

void approve_renovation(Renovation& r, bool manager_role, const std::string& manager,
                        std::optional<int> days, const RenovationConfig& c, const std::string& by,
                        DateTime now) {
  if (r.status != RenovationStatus::checked)
    refuse_state(r, "审批",
                 r.status < RenovationStatus::checked
                     ? "须先经客服中心审核资料合格（renovation check）"
                     : "已经审批");
  if (!manager_role)
    throw RefusedError("装修须经管理处经理审批（手册 §3.8.1.1）：" + manager + " 不是管理处经理");
  if (days && !r.large)
    throw RefusedError(
        "只有大型装修项目可由经理酌定施工期（§3.8.1.1(3)）：申请时未标为大型项目（--large）");
  if (days && *days < 1) throw RefusedError("施工期应为正整数天");
  r.approved_at = now;
  r.approved_by = manager;
  r.permit_days = days ? *days : c.permit_days;
  r.status = RenovationStatus::approved;
  add_history(r.history, now, by, "approve",
              fmt::format("管理处经理批准，施工期 {} 天", r.permit_days));
}

void issue_permit(Renovation& r, Date start, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::approved)
    refuse_state(r, "发放装修许可证",
                 r.status < RenovationStatus::approved ? "须经管理处经理审批（renovation approve）"
                                                       : "许可证已发放");
  if (start < date_of(now))
    throw RefusedError(
        fmt::format("开工日期 {} 早于今天 {}", format_date(start), format_date(date_of(now))));
  r.permit_issued_at = now;
  r.permit_start = start;
  r.permit_end = permit_end_for(start, r.permit_days);
  r.status = RenovationStatus::permitted;
  add_history(r.history, now, by, "permit",
              fmt::format("发放装修许可证，有效期 {} 至 {}（{} 天）", format_date(start),
                          format_date(*r.permit_end), r.permit_days));
}

WorkerPass& issue_pass(Renovation& r, const std::string& name, const IdCheck& id, int64_t fee_fen,
                       const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(r, "办理施工人员出入证",
                 r.status < RenovationStatus::permitted ? "须先发放装修许可证（renovation permit）"
                                                        : "工程已验收");
  if (date_of(now) > *r.permit_end)
    throw RefusedError(fmt::format("装修许可证已于 {} 到期，须先办理延期，不能再办出入证",
                                   format_date(*r.permit_end)));
  if (name.empty()) throw RefusedError("请用 --worker 写明施工人员姓名");
  if (id.type.empty() || id.last4.empty())
    throw RefusedError("请用 --id-doc 与 --id-number 写明证件类型与号码（只记录后四位）");
  for (const auto& p : r.passes)
    if (p.name == name && !p.returned_at)
      throw RefusedError(fmt::format("{} 已有未退的出入证 {} 号", name, p.no));
  WorkerPass p;
  p.no = two(r.passes.size() + 1);
  p.name = name;
  p.id_check = id;
  p.issued_at = now;
  p.by = by;
  p.fee_fen = fee_fen;
  r.passes.push_back(p);
  add_history(r.history, now, by, "pass",
              fmt::format("出入证 {} 号：{}（{}），工本费 {} 元，有效至 {}", p.no, name,
                          id_check_zh(id), format_money(fee_fen), format_date(*r.permit_end)));
  return r.passes.back();
}

BillItem pass_bill_item(const Renovation& r, const WorkerPass& p, const std::string& by,
                        DateTime now) {
  return {kPassItem, "装修施工人员出入证工本费", {}, {}, p.fee_fen, now, by, r.id + " " + p.no};
}

void return_pass(Renovation& r, const std::string& no, bool lost, const std::string& by,
                 DateTime now) {
  refuse_if_closed(r, "退证");
  auto it = std::find_if(r.passes.begin(), r.passes.end(),
                         [&](const WorkerPass& p) { return p.no == no; });
  if (it == r.passes.end()) throw RefusedError("装修 " + r.id + " 没有 " + no + " 号出入证");
  if (it->returned_at)
    throw RefusedError(fmt::format("{} 号出入证已于 {} {}", no, format_datetime(*it->returned_at),
                                   it->lost ? "登记遗失" : "退回"));
  it->returned_at = now;
  it->lost = lost;
  it->returned_by = by;
  add_history(r.history, now, by, lost ? "pass_lost" : "pass_return",
              fmt::format("{} 号出入证（{}）{}", no, it->name, lost ? "遗失" : "退回"));
}

void extend_permit(Renovation& r, Date to, const std::string& reason, const std::string& by,
                   DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(r, "办理延期",
                 r.status < RenovationStatus::permitted ? "尚未发放装修许可证" : "工程已验收");
  if (reason.empty()) throw RefusedError("延期须有书面延期申请：请用 --reason 写明延期原因");
  if (date_of(now) > *r.permit_end)
    throw RefusedError(fmt::format(
        "装修许可证已于 {} 到期，延期须于到期日前办理（手册 §3.8.1.1(3)）；过期未办理延期，"
        "物业管理处有权限令停工：请先停工，经管理处经理同意后重新申请",
        format_date(*r.permit_end)));
  if (to <= *r.permit_end)
    throw RefusedError(fmt::format("延期至 {} 不晚于现在的到期日 {}", format_date(to),
                                   format_date(*r.permit_end)));
  r.extensions.push_back({now, by, *r.permit_end, to, reason});
  add_history(
      r.history, now, by, "extend",
      fmt::format("延期：{} → {}，{}", format_date(*r.permit_end), format_date(to), reason));
  r.permit_end = to;
}

void inspect_site(Renovation& r, std::vector<std::string> findings,
                  std::optional<int> extinguishers, int per_50, const std::string& note,
                  const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(
        r, "登记现场巡查",
        r.status < RenovationStatus::permitted ? "尚未发放装修许可证，未进场施工" : "工程已验收");
  if (r.inspections.empty() && !extinguishers)
    throw RefusedError(
        fmt::format("首次现场巡查须清点灭火器（每50平方米2具，本户 {} 平方米应有 {} 具）：请用 "
                    "--extinguishers 写明现场数量",
                    format_area(r.area_centi_m2), extinguishers_required(r.area_centi_m2, per_50)));
  if (extinguishers && *extinguishers < 0) throw RefusedError("灭火器数量不应为负数");
  int need = extinguishers_required(r.area_centi_m2, per_50);
  if (extinguishers && *extinguishers < need)
    findings.push_back(fmt::format("灭火器不足：现有 {} 具，应有 {} 具", *extinguishers, need));
  r.inspections.push_back({now, by, findings, extinguishers, note});
  std::string text;
  for (const auto& f : findings) text += (text.empty() ? "" : "；") + f;
  add_history(r.history, now, by, "inspect", findings.empty() ? "现场巡查，未见问题" : text);
}

RectificationNotice& issue_notice(Renovation& r, const std::string& issue, Date due,
                                  bool at_acceptance, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(r, "发整改通知书",
                 r.status < RenovationStatus::permitted ? "尚未发放装修许可证" : "工程已验收");
  if (issue.empty()) throw RefusedError("请用 --issue 写明须整改的问题");
  if (due < date_of(now)) throw RefusedError(fmt::format("整改期限 {} 早于今天", format_date(due)));
  RectificationNotice n;
  n.no = two(r.notices.size() + 1);
  n.at = now;
  n.by = by;
  n.issue = issue;
  n.due = due;
  n.at_acceptance = at_acceptance;
  r.notices.push_back(n);
  add_history(r.history, now, by, "notice",
              fmt::format("{}整改通知书 {} 号：{}，限 {} 前整改", at_acceptance ? "验收" : "施工",
                          n.no, issue, format_date(due)));
  return r.notices.back();
}

void close_notice(Renovation& r, const std::string& no, const std::string& note,
                  const std::string& by, DateTime now) {
  refuse_if_closed(r, "登记整改");
  auto it = std::find_if(r.notices.begin(), r.notices.end(),
                         [&](const RectificationNotice& n) { return n.no == no; });
  if (it == r.notices.end()) throw RefusedError("装修 " + r.id + " 没有 " + no + " 号整改通知书");
  if (it->done_at)
    throw RefusedError(
        fmt::format("{} 号整改通知书已于 {} 整改完毕", no, format_datetime(*it->done_at)));
  it->done_at = now;
  it->done_by = by;
  it->note = note;
  add_history(r.history, now, by, "rectified",
              fmt::format("{} 号整改通知书已整改{}", no, note.empty() ? "" : "：" + note));
}

void record_hot_work(Renovation& r, HotWorkPermit p, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(r, "动火备案", "只在施工期间（已发许可证、未验收）办理");
  if (p.approved_by.empty())
    throw RefusedError("动火须经工程部事先批准（§3.8.1.1(6)）：请用 --approved-by 写明批准人");
  if (p.welder.empty() || p.certificate.empty())
    throw RefusedError("电焊工须持证上岗：请用 --welder 与 --certificate 写明焊工及其证号");
  if (p.days.empty()) throw RefusedError("请用 --day 写明动火日期，可重复");
  std::sort(p.days.begin(), p.days.end());
  for (auto d : p.days)
    if (d < *r.permit_start || d > *r.permit_end)
      throw RefusedError(fmt::format("动火日期 {} 不在许可证有效期 {} 至 {} 内", format_date(d),
                                     format_date(*r.permit_start), format_date(*r.permit_end)));
  p.at = now;
  p.by = by;
  std::string days;
  for (auto d : p.days) days += (days.empty() ? "" : "、") + format_date(d);
  add_history(r.history, now, by, "hot_work",
              "动火备案：" + days + "，焊工 " + p.welder + "，工程部 " + p.approved_by + " 批准");
  r.hot_work.push_back(std::move(p));
}

void record_stay(Renovation& r, SiteStay s, const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(r, s.kind == "overtime" ? "登记加班" : "登记留宿",
                 "只在施工期间（已发许可证、未验收）登记");
  if (s.people.empty()) throw RefusedError("请用 --person 写明人员，可重复");
  if (s.kind == "overtime" && s.hours.empty())
    throw RefusedError("请用 --hours 写明加班时段，如 18:00-21:00");
  s.at = now;
  s.by = by;
  std::string people;
  for (const auto& p : s.people) people += (people.empty() ? "" : "、") + p;
  add_history(r.history, now, by, s.kind,
              fmt::format("{} {}{}：{}{}", s.kind == "overtime" ? "加班" : "留宿",
                          format_date(s.date), s.hours.empty() ? "" : " " + s.hours, people,
                          s.reason.empty() ? "" : "，" + s.reason));
  r.stays.push_back(std::move(s));
}

void accept_renovation(Renovation& r, const std::string& note, const std::string& by,
                       DateTime now) {
  if (r.status != RenovationStatus::permitted)
    refuse_state(r, "验收",
                 r.status < RenovationStatus::permitted ? "尚未发放装修许可证" : "工程已验收");
  std::string open;
  for (const auto& n : r.notices)
    if (!n.done_at) open += (open.empty() ? "" : "、") + n.no;
  if (!open.empty())
    throw RefusedError("整改通知书 " + open +
                       " 号尚未整改完毕，不能验收：整改后用 renovation rectified 登记");
  r.accepted_at = now;
  r.accepted_by = by;
  r.acceptance_note = note;
  r.status = RenovationStatus::accepted;
  add_history(r.history, now, by, "accept",
              "装修工程验收合格" + (note.empty() ? std::string() : "：" + note));
}

void settle_renovation(Renovation& r, int64_t held, std::vector<Deduction> deductions,
                       const std::string& by, DateTime now) {
  if (r.status != RenovationStatus::accepted)
    refuse_state(r, "结算押金",
                 r.status < RenovationStatus::accepted
                     ? "押金在装修工程验收合格后结算（renovation accept）"
                     : "押金已结算");
  int64_t refund = refund_after(held, deductions);
  r.deductions = std::move(deductions);
  r.refund_fen = refund;
  r.settled_at = now;
  r.settled_by = by;
  r.status = r.permit_returned_at ? RenovationStatus::closed : RenovationStatus::settled;
  std::string text;
  for (const auto& d : r.deductions)
    text += fmt::format("{}{} {} 元", text.empty() ? "" : "、", d.what, format_money(d.amount_fen));
  add_history(r.history, now, by, "settle",
              fmt::format("押金 {} 元：{}退还 {} 元", format_money(held),
                          text.empty() ? "" : "扣除" + text + "，", format_money(refund)));
}

void return_permit(Renovation& r, const std::string& by, DateTime now) {
  if (r.status < RenovationStatus::permitted) refuse_state(r, "退证", "尚未发放装修许可证");
  if (r.permit_returned_at)
    throw RefusedError("装修许可证已于 " + format_datetime(*r.permit_returned_at) + " 退回");
  if (r.status == RenovationStatus::permitted && date_of(now) <= *r.permit_end)
    throw RefusedError(
        fmt::format("工程未验收，许可证有效至 {}：施工期间不退证（验收后或到期后办理退证）",
                    format_date(*r.permit_end)));
  std::string passes;
  for (auto& p : r.passes)
    if (!p.returned_at) {
      p.returned_at = now;
      p.returned_by = by;
      passes += (passes.empty() ? "" : "、") + p.no;
    }
  r.permit_returned_at = now;
  if (r.status == RenovationStatus::settled) r.status = RenovationStatus::closed;
  add_history(
      r.history, now, by, "return",
      "装修许可证退回" + (passes.empty() ? std::string() : "，出入证 " + passes + " 号一并退回"));
}

void link_complaint(Renovation& r, const std::string& complaint_id, const std::string& by,
                    DateTime now) {
  if (std::find(r.complaints.begin(), r.complaints.end(), complaint_id) != r.complaints.end())
    throw RefusedError("投诉 " + complaint_id + " 已关联装修 " + r.id);
  r.complaints.push_back(complaint_id);
  add_history(r.history, now, by, "link", "关联投诉 " + complaint_id);
}

RenovationLate renovation_late(const Renovation& r, const RenovationConfig& c,
                               const WorkingCalendar& cal, DateTime now) {
  RenovationLate l;
  Date today = date_of(now);
  if (r.status == RenovationStatus::drawings) {
    auto due = review_due(r, c, cal);
    l.review = due && now > *due;
  }
  if (r.status == RenovationStatus::permitted) {
    l.stopped = today > *r.permit_end;
    l.expiring = !l.stopped && (*r.permit_end - today).count() <= c.expiry_warn_days;
    for (const auto& n : r.notices)
      if (!n.done_at && today > n.due) ++l.notices_late;
  }
  if (r.permit_end && !r.permit_returned_at && r.status >= RenovationStatus::permitted) {
    auto by = return_by(r, c);
    l.not_returned = today > *by;
  }
  if (r.status == RenovationStatus::accepted && r.accepted_at)
    l.refund = today > date_of(*r.accepted_at) + std::chrono::days{c.refund_days};
  return l;
}

RenovationMonth renovation_month(const std::vector<Renovation>& cases,
                                 const std::vector<Payment>& payments, YearMonth m,
                                 const RenovationConfig& c, const WorkingCalendar& cal) {
  RenovationMonth out;
  DateTime end = end_of_day(m.last_day());
  auto in_m = [&](const std::optional<DateTime>& t) { return t && month_of(*t) == m; };
  for (const auto& r : cases) {
    if (month_of(r.received_at) == m) ++out.applied;
    if (in_m(r.approved_at)) ++out.approved;
    if (in_m(r.permit_issued_at)) ++out.permits;
    if (in_m(r.accepted_at)) ++out.accepted;
    if (in_m(r.settled_at)) {
      ++out.settled;
      out.refunded_fen += r.refund_fen;
      for (const auto& d : r.deductions) out.deducted_fen += d.amount_fen;
    }
    // The case as it stood at the month's end: under works when permitted by then and not
    // yet accepted.
    if (r.received_at > end) continue;
    bool permitted = r.permit_issued_at && *r.permit_issued_at <= end;
    bool accepted = r.accepted_at && *r.accepted_at <= end;
    if (permitted && !accepted) {
      ++out.in_progress;
      // The permit's end as it stood then: extensions asked later do not count.
      Date last = *r.permit_end;
      for (auto it = r.extensions.rbegin(); it != r.extensions.rend(); ++it)
        if (it->at > end) last = it->from;
      if (m.last_day() > last) ++out.stopped;
    }
    if (renovation_late(r, c, cal, end).any() && !(r.settled_at && *r.settled_at <= end))
      ++out.overdue;
  }
  for (const auto& p : payments)
    if (p.at <= end) out.deposits_held_fen += deposit_change(p);
  return out;
}

}  // namespace kefu
