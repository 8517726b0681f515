/// kefu renovation … — renovation permits (装修管理, §3.8.1, procedure 010): each step of the
/// manual a subcommand, the fees on the unit's ledger, the deposit settled at the end.
#include <fmt/format.h>

#include <algorithm>

#include "cli/commands.hpp"
#include "cli/list_filter.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/complaint_store.hpp"
#include "store/fee_store.hpp"
#include "store/renovation_store.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace {

int64_t money_arg(const std::string& text, const std::string& what) {
  auto fen = parse_money(text);
  if (!fen || *fen < 0) throw RefusedError(what + "「" + text + "」无效，应如 2000 或 ¥1,234.50");
  return *fen;
}

/// The unit's payments (the building's files read).
std::vector<Payment> unit_payments(Context& ctx, const std::string& unit) {
  auto data = FeeStore(ctx.store()).load(building_of(ctx.dir(), unit), std::nullopt, true, false);
  ctx.report_problems(data.problems);
  std::vector<Payment> out;
  for (auto& p : data.payments)
    if (p.unit == unit) out.push_back(std::move(p));
  return out;
}

/// What a step writes besides the case: bill items of this month, payments of this month.
struct Extra {
  std::vector<BillItem> bill_items;
  std::vector<Payment> payments;
};

/// Changes a case (and writes what the step adds to the unit's ledger): all files, or none.
Renovation update(Context& ctx, const std::string& id,
                  const std::function<Extra(Renovation&, const StaffMember&, DateTime)>& step) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  RenovationRepository repo(ctx.store());
  FeeStore fees(ctx.store());
  auto guard = ctx.store().lock();
  auto loaded = repo.get(id);
  Extra extra = step(loaded.record, by, now);  // may refuse: nothing written yet
  Transaction t(ctx.dir().files());
  t.replace(loaded.file.name, loaded.file.bytes, RenovationRepository::serialize(loaded));
  if (!extra.bill_items.empty())
    write_bill_change(ctx, fees, t, loaded.record.unit, month_of(now), [&](Bill& b) {
      b.items.insert(b.items.end(), extra.bill_items.begin(), extra.bill_items.end());
    });
  if (!extra.payments.empty()) {
    auto file = fees.read_payments(month_of(now), building_of(ctx.dir(), loaded.record.unit));
    file.records.insert(file.records.end(), extra.payments.begin(), extra.payments.end());
    fees.write(t, file);
  }
  t.commit();
  return loaded.record;
}

std::string opt_date(const std::optional<Date>& d) {
  return d ? format_date(*d) : "";
}

Json late_json(const RenovationLate& l) {
  Json a = Json::array();
  if (l.review) a.push_back("review");
  if (l.expiring) a.push_back("expiring");
  if (l.stopped) a.push_back("stopped");
  if (l.not_returned) a.push_back("not_returned");
  if (l.notices_late) a.push_back("notice");
  if (l.refund) a.push_back("refund");
  return a;
}

std::string late_zh(const RenovationLate& l) {
  std::vector<std::string> parts;
  if (l.review) parts.push_back("工程审核超期");
  if (l.expiring) parts.push_back("许可证即将到期");
  if (l.stopped) parts.push_back("许可证已过期未延期（限令停工）");
  if (l.not_returned) parts.push_back("证件逾期未退");
  if (l.notices_late) parts.push_back(fmt::format("{} 份整改逾期", l.notices_late));
  if (l.refund) parts.push_back("押金逾期未结算");
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : "；") + p;
  return s;
}

}  // namespace

Json renovation_view(Context& ctx, const Renovation& r, const std::vector<Payment>& payments) {
  const auto& c = ctx.config().renovation;
  auto late = renovation_late(r, c, ctx.dir().calendar(), ctx.now());
  Json v = RecordTraits<Renovation>::to_json(r);
  v["review_due"] = json_time(review_due(r, c, ctx.dir().calendar()));
  v["return_by"] = opt_date(return_by(r, c));
  v["stopped"] = works_stopped(r, date_of(ctx.now()));
  v["extinguishers_required"] = extinguishers_required(r.area_centi_m2, c.extinguishers_per_50m2);
  v["passes_out"] = passes_out(r);
  v["deposit"] = format_money(r.deposit_fen);
  v["deposit_received"] = format_money(deposit_received(payments, r.id));
  v["deposit_held"] = format_money(deposit_held(payments, r.id));
  v["overdue"] = late_json(late);
  return v;
}

void check_deposit_payment(Context& ctx, const std::string& unit, const std::string& case_id,
                           int64_t amount, const std::vector<Payment>& payments) {
  auto r = RenovationRepository(ctx.store()).get(case_id).record;
  if (r.unit != unit)
    throw RefusedError("装修 " + case_id + " 是 " + r.unit + " 的，不是 " + unit + " 的");
  if (r.status == RenovationStatus::applied)
    throw RefusedError("装修 " + case_id + " 尚未开费用（renovation charge），不知应收押金多少");
  if (r.status >= RenovationStatus::settled)
    throw RefusedError("装修 " + case_id + " 的押金已结算，不再收取");
  int64_t in = deposit_held(payments, case_id);
  if (in + amount > r.deposit_fen)
    throw RefusedError(fmt::format("装修 {} 的押金为 {} 元，已收 {} 元，本次最多收 {} 元", case_id,
                                   format_money(r.deposit_fen), format_money(in),
                                   format_money(std::max<int64_t>(0, r.deposit_fen - in))));
}

namespace {

struct RenovationApplyOptions {
  std::string unit, applicant, phone, owner_confirmation, contractor, manager, manager_phone, scope,
      start, area;
  std::vector<std::string> special;
  bool tenant = false, large = false;
};

void renovation_apply(Context& ctx, const RenovationApplyOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto unit = unit_arg(ctx, o.unit);
  NewRenovation n;
  n.unit = unit.id;
  n.tenant = o.tenant;
  n.applicant = {o.applicant.empty() && !o.tenant ? unit.owner : trim(o.applicant),
                 o.phone.empty() && !o.tenant ? unit.phone : o.phone};
  n.owner_confirmation = trim(o.owner_confirmation);
  n.contractor = trim(o.contractor);
  n.site_manager = {trim(o.manager), o.manager_phone};
  n.scope = trim(o.scope);
  n.planned_start = o.start.empty() ? date_of(now) : date_arg(o.start, ctx.now(), "计划开工日期");
  n.large = o.large;
  for (const auto& s : o.special)
    if (!trim(s).empty()) n.special_items.push_back(trim(s));
  n.area_centi_m2 = unit.area_centi_m2;
  if (!o.area.empty()) {
    auto a = parse_area(o.area);
    if (!a || *a <= 0) throw RefusedError("面积「" + o.area + "」无效，应如 89.50");
    n.area_centi_m2 = *a;
  }
  RenovationRepository repo(ctx.store());
  Renovation created;
  auto id = repo.create(now, [&](const std::string& new_id) {
    created = apply_renovation(new_id, n, by.id, now);
    return created;
  });
  ctx.out << id << '\n';
  ctx.err << fmt::format(
      "已登记装修申请 {}（{} {}，{}），首问负责人 {}；下一步：kefu renovation charge {} 开费用\n",
      id, n.unit, n.tenant ? "租户" : "业主", n.scope, by.name, id);
}

Table renovation_table(Context& ctx, const std::vector<Json>& views) {
  Table t{{"编号", "申请日", "户号", "装修项目", "状态", "许可证有效期", "出入证", "首问负责人",
           "逾期"},
          {}};
  for (const auto& v : views) {
    auto status = parse_enum<RenovationStatus>(v["status"].get<std::string>());
    std::string permit;
    if (v.contains("permit_start") && !v["permit_start"].is_null())
      permit = v["permit_start"].get<std::string>().substr(5) + "~" +
               v["permit_end"].get<std::string>().substr(5);
    std::string late;
    for (const auto& k : v["overdue"]) {
      static const std::map<std::string, std::string> zh = {
          {"review", "审核"},         {"expiring", "将到期"}, {"stopped", "停工"},
          {"not_returned", "未退证"}, {"notice", "整改"},     {"refund", "押金"}};
      late += (late.empty() ? "" : "、") + zh.at(k.get<std::string>());
    }
    t.rows.push_back(
        {v["id"], v["received_at"].get<std::string>().substr(0, 10), v["unit"],
         truncate_to(v["scope"].get<std::string>(), 16), std::string(to_zh(*status)), permit,
         v["passes_out"].get<int>() ? std::to_string(v["passes_out"].get<int>()) + " 张未退" : "",
         ctx.staff_name(v["owner"]), late});
  }
  return t;
}

const std::vector<std::string> kRenovationCsvKeys = {
    "id",           "status",      "received_at",   "unit",       "tenant",
    "contractor",   "scope",       "planned_start", "review_due", "approved_by",
    "permit_start", "permit_end",  "return_by",     "passes_out", "deposit",
    "deposit_held", "accepted_at", "settled_at",    "owner",      "overdue"};

struct RenovationListOptions {
  std::vector<std::string> status;
  bool all = false;
  std::string month, unit;
  FilterArgs filter;
};

void renovation_list(Context& ctx, const RenovationListOptions& o) {
  CaseQuery q;
  std::vector<RenovationStatus> statuses;
  for (const auto& s : o.status) statuses.push_back(enum_arg<RenovationStatus>(s, "状态"));
  if (!o.month.empty()) q.from = q.to = month_arg(o.month);
  ListFilter filter = filter_arg(o.filter, ctx.now());
  if (filter.dated()) std::tie(q.from, q.to) = filter_months(filter, ctx.now());
  q.open_only = !o.all && o.month.empty() && !filter.dated() && statuses.empty();
  if (!o.unit.empty()) q.unit = unit_arg(ctx, o.unit).id;
  auto result = RenovationRepository(ctx.store()).query(q);
  auto data = FeeStore(ctx.store()).load("", std::nullopt, true, false);
  ctx.report_problems(data.problems);
  std::vector<Json> views;
  for (const auto& item : result.items) {
    const auto& r = item.record;
    if (!statuses.empty() &&
        std::find(statuses.begin(), statuses.end(), r.status) == statuses.end())
      continue;
    std::vector<std::string_view> texts{
        r.applicant.name, r.contractor,      r.site_manager.name, r.scope,
        r.review_note,    r.acceptance_note, r.owner_confirmation};
    for (const auto& h : r.history) texts.push_back(h.note);
    if (!filter_keeps(filter, r.received_at, texts, {r.applicant.phone, r.site_manager.phone}))
      continue;
    auto v = renovation_view(ctx, r, data.payments);
    ctx.protect(v);
    views.push_back(std::move(v));
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, kRenovationCsvKeys,
      [&](const std::vector<Json>& vs) { return renovation_table(ctx, vs); }, "装修");
  ctx.report_problems(result.problems);
}

void print_detail(Context& ctx, const Renovation& r, const Json& v) {
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 14) << value << '\n';
  };
  const auto& c = ctx.config().renovation;
  line("装修编号", r.id);
  line("状态", std::string(to_zh(r.status)) +
                   (v["stopped"].get<bool>() ? "（许可证已过期未延期：限令停工）" : ""));
  line("申请时间", format_datetime(r.received_at));
  line("户号", r.unit);
  line("申请人", r.applicant.name + (r.tenant ? "（租户）" : "（业主）"));
  line("联系电话", ctx.phone(r.applicant.phone));
  if (r.tenant) line("租户装修确认函", "业主 " + r.owner_confirmation + " 签署");
  line("装修公司", r.contractor);
  line("现场负责人",
       r.site_manager.name +
           (r.site_manager.phone.empty() ? "" : " " + ctx.phone(r.site_manager.phone)));
  line("装修项目", r.scope + (r.large ? "（大型装修项目）" : ""));
  std::string special;
  for (const auto& s : r.special_items) special += (special.empty() ? "" : "、") + s;
  line("须特别审批", special);
  line("计划开工", format_date(r.planned_start));
  line("面积",
       format_area(r.area_centi_m2) + " m²，灭火器应配 " +
           std::to_string(extinguishers_required(r.area_centi_m2, c.extinguishers_per_50m2)) +
           " 具");
  line("首问负责人", ctx.staff_name(r.owner));
  if (r.billed_period)
    line("费用", fmt::format("押金 {} 元（已收 {}，现存 {}）；垃圾清运费 {} 元、临时用水费 {} "
                             "元计入 {} 账单",
                             format_money(r.deposit_fen), v["deposit_received"].get<std::string>(),
                             v["deposit_held"].get<std::string>(), format_money(r.waste_fen),
                             format_money(r.water_fen), r.billed_period->str()));
  std::string drawings;
  for (const auto& d : r.drawings) drawings += (drawings.empty() ? "" : "、") + d;
  line("已收图纸", drawings);
  if (r.status == RenovationStatus::drawings) line("工程审核期限", opt_time(v["review_due"]));
  if (r.reviewed_at)
    line("工程审核", format_datetime(*r.reviewed_at) + " " + r.reviewed_by + " 通过" +
                         (r.review_note.empty() ? "" : "：" + r.review_note));
  if (r.checked_at)
    line("客服中心审核", format_datetime(*r.checked_at) + " " + ctx.staff_name(r.checked_by));
  if (r.approved_at)
    line("经理审批", format_datetime(*r.approved_at) + " " + ctx.staff_name(r.approved_by) +
                         fmt::format("，施工期 {} 天", r.permit_days));
  if (r.permit_start)
    line("装修许可证",
         format_date(*r.permit_start) + " 至 " + format_date(*r.permit_end) +
             (r.permit_returned_at ? "，" + format_datetime(*r.permit_returned_at) + " 退回"
                                   : "，须于 " + v["return_by"].get<std::string>() + " 前退证"));
  for (const auto& e : r.extensions)
    line("延期", format_date(e.from) + " → " + format_date(e.to) + "（" + format_datetime(e.at) +
                     "，" + e.reason + "）");
  for (const auto& p : r.passes)
    line("出入证",
         p.no + " " + p.name + " " + id_check_zh(p.id_check) + " " + format_money(p.fee_fen) +
             " 元" +
             (p.returned_at ? (p.lost ? " 遗失 " : " 已退 ") + format_date(date_of(*p.returned_at))
                            : " 未退"));
  for (const auto& i : r.inspections) {
    std::string f;
    for (const auto& x : i.findings) f += (f.empty() ? "" : "；") + x;
    line("现场巡查", format_datetime(i.at) + " " + ctx.staff_name(i.by) +
                         (i.extinguishers ? fmt::format(" 灭火器 {} 具", *i.extinguishers) : "") +
                         " " + (f.empty() ? "未见问题" : f));
  }
  for (const auto& n : r.notices)
    line("整改通知书",
         n.no + " " + n.issue + "，限 " + format_date(n.due) +
             (n.done_at ? "，" + format_date(date_of(*n.done_at)) + " 已整改" : "，未整改"));
  for (const auto& h : r.hot_work) {
    std::string days;
    for (auto d : h.days) days += (days.empty() ? "" : "、") + format_date(d);
    line("动火备案",
         days + " 焊工 " + h.welder + "（证号 " + h.certificate + "），" + h.approved_by + " 批准");
  }
  for (const auto& s : r.stays) {
    std::string people;
    for (const auto& p : s.people) people += (people.empty() ? "" : "、") + p;
    line(s.kind == "overtime" ? "加班" : "留宿",
         format_date(s.date) + (s.hours.empty() ? "" : " " + s.hours) + " " + people +
             (s.reason.empty() ? "" : "，" + s.reason));
  }
  if (r.accepted_at)
    line("验收", format_datetime(*r.accepted_at) + " " + ctx.staff_name(r.accepted_by) + " 合格" +
                     (r.acceptance_note.empty() ? "" : "：" + r.acceptance_note));
  for (const auto& d : r.deductions)
    line("押金扣款", d.what + " " + format_money(d.amount_fen) + " 元");
  if (r.settled_at)
    line("押金退还", format_money(r.refund_fen) + " 元（" + format_datetime(*r.settled_at) + "）");
  std::string complaints;
  for (const auto& x : r.complaints) complaints += (complaints.empty() ? "" : "、") + x;
  line("关联投诉", complaints);
  auto late = renovation_late(r, c, ctx.dir().calendar(), ctx.now());
  line("逾期", late_zh(late));
  print_history(ctx, r.history);
}

void renovation_show(Context& ctx, const std::string& id) {
  auto loaded = RenovationRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  auto v = renovation_view(ctx, loaded.record, unit_payments(ctx, loaded.record.unit));
  auto f = ctx.format();
  if (f == Format::table) return print_detail(ctx, loaded.record, v);
  for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
  v["seal"] = seal_key(loaded.file.seal);
  ctx.protect(v);
  print_rows(ctx.out, f, f == Format::csv ? csv_case_row(v) : v, kRenovationCsvKeys);
}

/// "损坏公共墙面=500" → a deduction of ¥500.
Deduction deduction_arg(const std::string& text) {
  auto eq = text.rfind('=');
  if (eq == std::string::npos || trim(text.substr(0, eq)).empty())
    throw RefusedError("扣款「" + text + "」应写作 项目=金额，如 损坏公共墙面=500");
  return {trim(text.substr(0, eq)), money_arg(text.substr(eq + 1), "扣款金额"), false};
}

}  // namespace

void collect_renovation_due(Context& ctx, std::vector<DueItem>& items) {
  const auto& cfg = ctx.config();
  const auto& c = cfg.renovation;
  std::string engineer = c.owner;
  for (const auto& s : cfg.staff)
    if (engineer.empty() && s.role == Role::engineer) engineer = s.id;
  std::string finance = fee_owner(cfg);
  CaseQuery q;
  q.open_only = true;
  auto result = RenovationRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  DateTime now = ctx.now();
  for (const auto& item : result.items) {
    const auto& r = item.record;
    auto l = renovation_late(r, c, ctx.dir().calendar(), now);
    std::string subject = r.unit + " " + r.scope;
    auto add = [&](const std::string& owner, const char* reason, std::string zh, DateTime due) {
      items.push_back({owner.empty() ? r.owner : owner, "renovation", r.id, reason, std::move(zh),
                       due, subject});
    };
    if (l.review)
      add(engineer, "review_overdue", "工程审核超5个工作日",
          *review_due(r, c, ctx.dir().calendar()));
    if (l.expiring)
      add(r.owner, "permit_expiring", "许可证即将到期，未办延期", end_of_day(*r.permit_end));
    if (l.stopped)
      add(r.owner, "permit_expired", "许可证已过期未验收（限令停工）", end_of_day(*r.permit_end));
    if (l.not_returned)
      add(r.owner, "not_returned", fmt::format("许可证或出入证到期{}天未退", c.return_days),
          end_of_day(*return_by(r, c)));
    for (const auto& n : r.notices)
      if (!n.done_at && date_of(now) > n.due)
        add(r.owner, "notice_overdue", "整改通知书 " + n.no + " 号逾期未整改", end_of_day(n.due));
    if (l.refund)
      add(finance, "refund_overdue", fmt::format("验收后{}天押金未结算", c.refund_days),
          end_of_day(date_of(*r.accepted_at) + std::chrono::days{c.refund_days}));
  }
}

RenovationMonth month_renovations(Context& ctx, YearMonth m) {
  CaseQuery q;
  q.to = m;
  auto result = RenovationRepository(ctx.store()).query(q);
  ctx.report_problems(result.problems);
  std::vector<Renovation> cases;
  for (auto& i : result.items) cases.push_back(std::move(i.record));
  auto data = FeeStore(ctx.store()).load("", std::nullopt, true, false);
  ctx.report_problems(data.problems);
  std::vector<Payment> deposits;
  for (auto& p : data.payments)
    if (!p.deposit.empty()) deposits.push_back(std::move(p));
  return renovation_month(cases, deposits, m, ctx.config().renovation, ctx.dir().calendar());
}

Json renovation_form_data(Context& ctx, const std::string& target) {
  std::string id = target, no;
  if (auto slash = target.find('/'); slash != std::string::npos) {
    id = target.substr(0, slash);
    no = target.substr(slash + 1);
  }
  auto r = RenovationRepository(ctx.store()).get(id).record;
  auto payments = unit_payments(ctx, r.unit);
  auto v = renovation_view(ctx, r, payments);
  const auto& c = ctx.config().renovation;
  auto unit = ctx.dir().find_unit(r.unit);
  Json d{{"site", site_json(ctx.dir())},
         {"id", r.id},
         {"unit", r.unit},
         {"owner_name", unit ? unit->owner : ""},
         {"applicant", r.applicant.name},
         {"applicant_type", r.tenant ? "租户" : "业主"},
         {"tenant", r.tenant},
         {"owner_confirmation", r.owner_confirmation},
         {"phone", ctx.phone(r.applicant.phone)},
         {"contractor", r.contractor},
         {"site_manager", r.site_manager.name},
         {"site_manager_phone", ctx.phone(r.site_manager.phone)},
         {"scope", r.scope},
         {"large", r.large},
         {"area", format_area(r.area_centi_m2)},
         {"extinguishers_required", v["extinguishers_required"]},
         {"planned_start", format_date(r.planned_start)},
         {"received_at", format_datetime(r.received_at)},
         {"deposit", format_money(r.deposit_fen)},
         {"waste", format_money(r.waste_fen)},
         {"water", format_money(r.water_fen)},
         {"deposit_held", v["deposit_held"]},
         {"deposit_received", v["deposit_received"]},
         {"reviewed_by", r.reviewed_by},
         {"reviewed_at", r.reviewed_at ? format_date(date_of(*r.reviewed_at)) : ""},
         {"checked_by", ctx.staff_name(r.checked_by)},
         {"checked_at", r.checked_at ? format_date(date_of(*r.checked_at)) : ""},
         {"approved_by", ctx.staff_name(r.approved_by)},
         {"approved_at", r.approved_at ? format_date(date_of(*r.approved_at)) : ""},
         {"permit_days", r.permit_days},
         {"permit_start", opt_date(r.permit_start)},
         {"permit_end", opt_date(r.permit_end)},
         {"return_by", v["return_by"]},
         {"accepted", r.accepted_at.has_value()},
         {"accepted_at", r.accepted_at ? format_date(date_of(*r.accepted_at)) : ""},
         {"accepted_by", ctx.staff_name(r.accepted_by)},
         {"acceptance_note", r.acceptance_note},
         {"refund", format_money(r.refund_fen)},
         {"settled", r.settled_at.has_value()},
         {"settled_at", r.settled_at ? format_date(date_of(*r.settled_at)) : ""},
         {"date", format_date(date_of(ctx.now()))}};
  Json special = Json::array();
  for (const auto& s : r.special_items) special.push_back(s);
  d["special_items"] = special;
  Json drawings = Json::array();
  for (const auto& s : c.drawings)
    drawings.push_back(
        Json{{"name", s},
             {"received", std::find(r.drawings.begin(), r.drawings.end(), s) != r.drawings.end()}});
  d["drawings"] = drawings;
  Json passes = Json::array();
  for (const auto& p : r.passes)
    passes.push_back(Json{{"no", p.no},
                          {"name", p.name},
                          {"id_check", id_check_zh(p.id_check)},
                          {"issued", format_date(date_of(p.issued_at))},
                          {"fee", format_money(p.fee_fen)},
                          {"valid_to", opt_date(r.permit_end)},
                          {"returned", p.returned_at ? format_date(date_of(*p.returned_at)) +
                                                           (p.lost ? " 遗失" : " 退回")
                                                     : ""}});
  d["passes_heading"] = pad_columns(passes, {{"no", "证号"},
                                             {"name", "姓名"},
                                             {"id_check", "证件（只记末四位）"},
                                             {"issued", "办证日期"},
                                             {"fee", "工本费"},
                                             {"valid_to", "有效期至"}});
  d["passes"] = passes;
  Json inspections = Json::array();
  for (const auto& i : r.inspections) {
    std::string f;
    for (const auto& x : i.findings) f += (f.empty() ? "" : "；") + x;
    inspections.push_back(Json{
        {"at", format_short(i.at)},
        {"by", ctx.staff_name(i.by)},
        {"extinguishers", i.extinguishers ? std::to_string(*i.extinguishers) : std::string("—")},
        {"findings", f.empty() ? "未见问题" : f},
        {"note", i.note}});
  }
  d["inspections_heading"] =
      pad_columns(inspections, {{"at", "巡查时间"}, {"by", "巡查人"}, {"extinguishers", "灭火器"}});
  d["inspections"] = inspections;
  Json notices = Json::array();
  for (const auto& n : r.notices)
    if (no.empty() || n.no == no)
      notices.push_back(Json{{"no", n.no},
                             {"kind", n.at_acceptance ? "验收整改" : "施工整改"},
                             {"issued", format_date(date_of(n.at))},
                             {"by", ctx.staff_name(n.by)},
                             {"issue", n.issue},
                             {"due", format_date(n.due)},
                             {"done", n.done_at ? format_date(date_of(*n.done_at)) : ""}});
  if (!no.empty() && notices.empty())
    throw RefusedError("装修 " + id + " 没有 " + no + " 号整改通知书");
  d["notices"] = notices;
  Json hot = Json::array();
  for (const auto& h : r.hot_work) {
    std::string days;
    for (auto x : h.days) days += (days.empty() ? "" : "、") + format_date(x);
    hot.push_back(Json{{"days", days},
                       {"welder", h.welder},
                       {"certificate", h.certificate},
                       {"approved_by", h.approved_by},
                       {"recorded", format_date(date_of(h.at))}});
  }
  d["hot_work"] = hot;
  Json deductions = Json::array();
  int64_t deducted = 0;
  for (const auto& x : r.deductions) {
    deductions.push_back(Json{{"what", x.what}, {"amount", format_money(x.amount_fen)}});
    deducted += x.amount_fen;
  }
  d["deductions_heading"] = pad_columns(deductions, {{"what", "扣款项目"}});
  d["deductions"] = deductions;
  d["deducted"] = format_money(deducted);
  d["refund_upper"] = money_upper_zh(r.refund_fen);
  return d;
}

void add_renovation_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "renovation",
      "装修管理（§3.8.1、程序010）：申请、交费、图纸、审核、审批、许可证、出入证、"
      "巡查、整改、动火、延期、验收、押金结算与退证");
  cmd->require_subcommand(1);
  cmd->footer(
      "流程（每一步一条命令，顺序不对的拒绝办理，什么也不写）：\n"
      "  apply 申请 → charge 开费用（押金、垃圾清运费、临时用水费；后两项计入该户当月账单）\n"
      "  → 财务收押金：kefu fee pay 户号 金额 --deposit 装修编号（押金不计收入）\n"
      "  → drawings 收图纸（齐后工程组5个工作日内审核）→ review 工程组审核 → check 客服中心审核\n"
      "  → approve 管理处经理审批 → permit 发装修许可证（45天，含开工当日）\n"
      "  → 施工期间：pass 出入证（每证5元）、inspect 巡查、notice 整改通知书、hotwork 动火、\n"
      "    overtime 加班、overnight 留宿、extend 延期（须在到期日前）、link 关联投诉\n"
      "  → accept 验收 → settle 押金结算（扣款、退款）→ return 退证（到期后3天内）。\n"
      "费用与期限：kefu.yaml 的 renovation。逾期事项列入 kefu due；表单：kefu render "
      "renovation_application 等（kefu render --help）。");

  auto apply = std::make_shared<RenovationApplyOptions>();
  auto* a = cmd->add_subcommand("apply", "登记装修申请（《装修申请表》）；在标准输出打印新编号");
  a->add_option("--unit", apply->unit, "户号")->required();
  a->add_option("--applicant", apply->applicant, "申请人（业主申请时默认为登记的业主）");
  a->add_option("--phone", apply->phone, "申请人电话（业主申请时默认为登记电话）");
  a->add_flag("--tenant", apply->tenant, "租户装修（须有业主签署的《租户装修确认函》）");
  a->add_option("--owner-confirmation", apply->owner_confirmation,
                "签署《租户装修确认函》的业主姓名（租户装修必填）");
  a->add_option("--contractor", apply->contractor, "装修公司（或施工队）")->required();
  a->add_option("--site-manager", apply->manager, "现场负责人");
  a->add_option("--site-manager-phone", apply->manager_phone, "现场负责人电话");
  a->add_option("--scope", apply->scope, "装修项目，如 厨卫翻新、水电改造")->required();
  a->add_option("--start", apply->start, "计划开工日期，如 2026-10-12（默认今天）");
  a->add_option("--special", apply->special, "须特别审批的项目，如 动火、拆改墙体，可重复");
  a->add_flag("--large", apply->large, "大型装修项目（施工期由管理处经理酌定）");
  a->add_option("--area", apply->area, "装修面积（平方米，默认为该户建筑面积），用于核定灭火器");
  a->footer(
      "例：kefu --by zhangmin renovation apply --unit 1-1-101 --contractor 家美装饰 "
      "--scope 厨卫翻新 --start 2026-10-12\n"
      "    kefu --by zhangmin renovation apply --unit 2-1-302 --tenant --applicant 陈租户 "
      "--phone 13800000000 --owner-confirmation 何霞 --contractor 家美装饰 --scope 刷墙");
  a->callback([&ctx, apply] { renovation_apply(ctx, *apply); });

  auto list = std::make_shared<RenovationListOptions>();
  auto* ls = cmd->add_subcommand("list", "列出装修；默认列出未结案的");
  ls->add_option("--status", list->status,
                 "按状态（可重复）：已申请 已开费用 图纸已齐 工程已审 客服已审 经理已批 施工中 "
                 "已验收 押金已结 已结案");
  ls->add_option("--month", list->month, "申请月份，如 2026-09（含已结案）");
  ls->add_option("--unit", list->unit, "户号");
  ls->add_flag("--all", list->all, "包括已结案的全部装修");
  add_filter_options(ls, list->filter,
                     "申请人、装修公司、现场负责人、装修项目、审核与验收意见、备注");
  ls->callback([&ctx, list] { renovation_list(ctx, *list); });

  auto show_id = std::make_shared<std::string>();
  auto* sh = cmd->add_subcommand("show", "显示一宗装修的全部内容、期限与处理经过");
  sh->add_option("ID", *show_id, "装修编号，如 ZX-2026-09-0001")->required();
  sh->callback([&ctx, show_id] { renovation_show(ctx, *show_id); });

  struct Step {
    std::string id, deposit, waste, water, reviewer, note, approved_by, start, worker, id_doc,
        id_number, no, to, reason, issue, within, by_date, welder, certificate, date, hours,
        method = "cash", receipt, complaint, days;
    std::vector<std::string> drawings, findings, days_list, people, deducts;
    int extinguishers = -1;
    bool fail = false, lost = false, arrears = false;
  };
  auto s = std::make_shared<Step>();
  auto id_opt = [&](CLI::App* c) { c->add_option("ID", s->id, "装修编号")->required(); };
  auto done = [&ctx](const Renovation& r, const std::string& what) {
    ctx.err << r.id << " " << what << "（现为" << to_zh(r.status) << "）\n";
  };

  auto* ch = cmd->add_subcommand(
      "charge",
      "开装修费用：押金（财务用 fee pay --deposit 收取）；垃圾清运费、临时用水费计入"
      "该户当月账单");
  id_opt(ch);
  ch->add_option("--deposit", s->deposit, "押金（元），默认 kefu.yaml renovation.deposit");
  ch->add_option("--waste", s->waste, "垃圾清运费（元），默认 renovation.waste_removal");
  ch->add_option("--water", s->water, "临时用水费（元），默认 renovation.temporary_water");
  ch->callback([&ctx, s, done] {
    const auto& c = ctx.config().renovation;
    int64_t dep = s->deposit.empty() ? c.deposit_fen : money_arg(s->deposit, "押金");
    int64_t waste = s->waste.empty() ? c.waste_fen : money_arg(s->waste, "垃圾清运费");
    int64_t water = s->water.empty() ? c.water_fen : money_arg(s->water, "临时用水费");
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      charge_renovation(x, dep, waste, water, month_of(now), by.id, now);
      return Extra{renovation_bill_items(x, by.id, now), {}};
    });
    ctx.err << fmt::format(
        "{} 已开费用：垃圾清运费 {} 元、临时用水费 {} 元计入 {} {} 账单；押金 {} 元请财务收取："
        "kefu fee pay {} {} --deposit {}\n",
        r.id, format_money(waste), format_money(water), r.unit, r.billed_period->str(),
        format_money(dep), r.unit, format_money(dep), r.id);
  });

  auto* dr = cmd->add_subcommand("drawings", "登记收到的装修图纸；收齐后工程组须在5个工作日内审核");
  id_opt(dr);
  dr->add_option(
        "--drawing", s->drawings,
        "收到的图纸（可重复）：平面图 水电平面布置图 改建图（kefu.yaml renovation.drawings）")
      ->required();
  dr->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      std::vector<std::string> names;
      for (const auto& d : s->drawings) names.push_back(trim(d));
      receive_drawings(x, names, ctx.config().renovation.drawings, by.id, now);
      return Extra{};
    });
    done(r, "已登记图纸");
    if (auto due = review_due(r, ctx.config().renovation, ctx.dir().calendar()))
      ctx.err << "图纸已齐，工程组审核期限：" << format_datetime(*due) << "\n";
  });

  auto* rv = cmd->add_subcommand("review", "登记工程组审核结果（通过，或 --fail 退回图纸重交）");
  id_opt(rv);
  rv->add_option("--reviewer", s->reviewer, "工程组审核人")->required();
  rv->add_flag("--fail", s->fail, "审核不通过：图纸退回，须重新提交");
  rv->add_option("--note", s->note, "审核意见（不通过时必填）");
  rv->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      review_renovation(x, !s->fail, trim(s->reviewer), trim(s->note), by.id, now);
      return Extra{};
    });
    done(r, s->fail ? "工程审核未通过，图纸退回" : "工程审核通过");
  });

  auto* ck = cmd->add_subcommand("check", "客服中心审核资料合格（押金须已交齐）");
  id_opt(ck);
  ck->callback([&ctx, s, done] {
    std::vector<Payment> pays;
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      pays = unit_payments(ctx, x.unit);
      check_renovation(x, deposit_held(pays, x.id), by.id, now);
      return Extra{};
    });
    done(r, "客服中心审核合格，待管理处经理审批");
  });

  auto* ap = cmd->add_subcommand("approve", "管理处经理审批（大型装修项目可用 --days 酌定施工期）");
  id_opt(ap);
  ap->add_option("--approved-by", s->approved_by, "审批的管理处经理（花名册编号或姓名）")
      ->required();
  ap->add_option("--days", s->days, "大型装修项目的施工期（天）");
  ap->callback([&ctx, s, done] {
    const auto& m = ctx.staff(s->approved_by, "审批人（--approved-by）");
    std::optional<int> days;
    if (!s->days.empty()) {
      try {
        days = std::stoi(s->days);
      } catch (...) {
        throw RefusedError("施工期「" + s->days + "」应为天数");
      }
    }
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      approve_renovation(x, m.role == Role::manager, m.id, days, ctx.config().renovation, by.id,
                         now);
      return Extra{};
    });
    done(r, "已审批");
  });

  auto* pm =
      cmd->add_subcommand("permit", "发放《装修许可证》：有效期自开工日起（默认45天，含当日）");
  id_opt(pm);
  pm->add_option("--start", s->start, "开工日期（默认今天）");
  pm->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      issue_permit(x, s->start.empty() ? date_of(now) : date_arg(s->start, ctx.now(), "开工日期"),
                   by.id, now);
      return Extra{};
    });
    ctx.err << fmt::format(
        "{} 已发放装修许可证，有效期 {} 至 {}；打印：kefu render "
        "renovation_permit {}\n",
        r.id, format_date(*r.permit_start), format_date(*r.permit_end), r.id);
  });

  auto* ps = cmd->add_subcommand(
      "pass", "办理施工人员临时出入证：一人一证，每证工本费计入该户当月账单，有效至许可证到期");
  id_opt(ps);
  ps->add_option("--worker", s->worker, "施工人员姓名")->required();
  ps->add_option("--id-doc", s->id_doc, "证件类型，如 身份证")->required();
  ps->add_option("--id-number", s->id_number, "证件号码（只核对、只记录后四位，不留存证件）")
      ->required();
  ps->callback([&ctx, s] {
    auto id = id_check_from(s->id_doc, s->id_number);
    if (!id) throw RefusedError("请用 --id-doc 与 --id-number 写明证件");
    std::string no;
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      auto& p =
          issue_pass(x, trim(s->worker), *id, ctx.config().renovation.pass_fee_fen, by.id, now);
      no = p.no;
      return Extra{{pass_bill_item(x, p, by.id, now)}, {}};
    });
    ctx.err << fmt::format("{} 已办出入证 {} 号：{}，有效至 {}\n", r.id, no, trim(s->worker),
                           format_date(*r.permit_end));
  });

  auto* pr = cmd->add_subcommand("pass-return", "登记出入证退回（或 --lost 遗失）");
  id_opt(pr);
  pr->add_option("NO", s->no, "出入证号，如 01")->required();
  pr->add_flag("--lost", s->lost, "出入证遗失");
  pr->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      return_pass(x, trim(s->no), s->lost, by.id, now);
      return Extra{};
    });
    done(r, s->no + " 号出入证" + (s->lost ? "已登记遗失" : "已退回"));
  });

  auto* ex = cmd->add_subcommand("extend", "办理延期（须在许可证到期日前提交书面延期申请）");
  id_opt(ex);
  ex->add_option("--to", s->to, "延期至，如 2026-12-10")->required();
  ex->add_option("--reason", s->reason, "延期原因（书面申请）")->required();
  ex->callback([&ctx, s, done] {
    Date to = date_arg(s->to, ctx.now(), "延期至");
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      extend_permit(x, to, trim(s->reason), by.id, now);
      return Extra{};
    });
    done(r, "已延期至 " + format_date(*r.permit_end));
  });

  auto* in = cmd->add_subcommand("inspect", "登记装修现场巡查（首次须清点灭火器）");
  id_opt(in);
  in->add_option("--finding", s->findings, "发现的问题，可重复；不写表示未见问题");
  in->add_option("--extinguishers", s->extinguishers, "现场灭火器数量（每50平方米2具）");
  in->add_option("--note", s->note, "备注");
  in->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      std::vector<std::string> f;
      for (const auto& x2 : s->findings)
        if (!trim(x2).empty()) f.push_back(trim(x2));
      inspect_site(x, f,
                   s->extinguishers >= 0 ? std::optional<int>(s->extinguishers) : std::nullopt,
                   ctx.config().renovation.extinguishers_per_50m2, trim(s->note), by.id, now);
      return Extra{};
    });
    const auto& last = r.inspections.back();
    done(r, last.findings.empty() ? "已登记巡查，未见问题"
                                  : fmt::format("已登记巡查，发现 {} 个问题；须整改的请用 "
                                                "renovation notice 发整改通知书",
                                                last.findings.size()));
  });

  auto* nt = cmd->add_subcommand("notice", "发《装修施工/验收整改通知书》，写明整改期限");
  id_opt(nt);
  nt->add_option("--issue", s->issue, "须整改的问题")->required();
  nt->add_option("--by-date", s->by_date, "整改期限，如 2026-10-20")->required();
  nt->add_flag("--acceptance", s->fail, "验收整改（验收不合格时）");
  nt->callback([&ctx, s] {
    Date due = date_arg(s->by_date, ctx.now(), "整改期限");
    std::string no;
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      no = issue_notice(x, trim(s->issue), due, s->fail, by.id, now).no;
      return Extra{};
    });
    ctx.err << fmt::format(
        "{} 已发整改通知书 {} 号，限 {} 前整改；打印：kefu render "
        "renovation_notice {}/{}\n",
        r.id, no, format_date(due), r.id, no);
  });

  auto* rf = cmd->add_subcommand("rectified", "登记整改通知书已整改完毕");
  id_opt(rf);
  rf->add_option("NO", s->no, "整改通知书号，如 01")->required();
  rf->add_option("--note", s->note, "复查情况");
  rf->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      close_notice(x, trim(s->no), trim(s->note), by.id, now);
      return Extra{};
    });
    done(r, s->no + " 号整改通知书已整改");
  });

  auto* hw = cmd->add_subcommand("hotwork", "装修施工动火备案：工程部事先批准、指定日期、持证焊工");
  id_opt(hw);
  hw->add_option("--approved-by", s->approved_by, "批准动火的工程部人员")->required();
  hw->add_option("--day", s->days_list, "动火日期，可重复")->required();
  hw->add_option("--welder", s->welder, "焊工姓名")->required();
  hw->add_option("--certificate", s->certificate, "焊工证号")->required();
  hw->callback([&ctx, s, done] {
    HotWorkPermit p;
    p.approved_by = trim(s->approved_by);
    for (const auto& d : s->days_list) p.days.push_back(date_arg(d, ctx.now(), "动火日期"));
    p.welder = trim(s->welder);
    p.certificate = trim(s->certificate);
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      record_hot_work(x, p, by.id, now);
      return Extra{};
    });
    done(r, "已动火备案");
  });

  for (const char* kind : {"overtime", "overnight"}) {
    bool ot = std::string(kind) == "overtime";
    auto* st =
        cmd->add_subcommand(kind, ot ? "登记装修加班（时段、人员、原因）" : "登记装修期间留宿人员");
    id_opt(st);
    st->add_option("--date", s->date, "日期")->required();
    if (ot) st->add_option("--hours", s->hours, "时段，如 18:00-21:00")->required();
    st->add_option("--person", s->people, "人员，可重复")->required();
    st->add_option("--reason", s->reason, "原因");
    st->callback([&ctx, s, done, ot] {
      SiteStay x;
      x.kind = ot ? "overtime" : "overnight";
      x.date = date_arg(s->date, ctx.now(), "日期");
      x.hours = trim(s->hours);
      for (const auto& p : s->people)
        if (!trim(p).empty()) x.people.push_back(trim(p));
      x.reason = trim(s->reason);
      auto r = update(ctx, s->id, [&](Renovation& rr, const StaffMember& by, DateTime now) {
        record_stay(rr, x, by.id, now);
        return Extra{};
      });
      done(r, ot ? "已登记加班" : "已登记留宿");
    });
  }

  auto* ac = cmd->add_subcommand("accept", "装修工程验收合格（整改通知书须已全部整改）");
  id_opt(ac);
  ac->add_option("--note", s->note, "验收意见");
  ac->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      accept_renovation(x, trim(s->note), by.id, now);
      return Extra{};
    });
    done(r, "验收合格；押金结算：kefu renovation settle " + r.id);
  });

  auto* se = cmd->add_subcommand(
      "settle", "结算装修押金：扣款计入该户当月账单并从押金抵扣，其余退还（《退款通知书》）");
  id_opt(se);
  se->add_option("--deduct", s->deducts, "扣款 项目=金额，如 损坏公共墙面=500，可重复");
  se->add_flag("--arrears", s->arrears, "用押金抵扣该户所欠费用");
  se->add_option("--method", s->method, "退款方式：现金 微信 支付宝 银行转账 刷卡")
      ->capture_default_str();
  se->add_option("--receipt", s->receipt, "退款凭证号");
  se->footer(
      "例：kefu --by lili renovation settle ZX-2026-09-0001 --deduct 损坏公共墙面=500 "
      "--method 银行转账");
  se->callback([&ctx, s] {
    auto method = enum_arg<PayMethod>(s->method, "退款方式");
    if (method == PayMethod::deposit) throw RefusedError("退款方式不能是押金抵扣");
    std::vector<Deduction> deductions;
    for (const auto& d : s->deducts) deductions.push_back(deduction_arg(d));
    FeeStore fees(ctx.store());
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      auto data = fees.load(building_of(ctx.dir(), x.unit), std::nullopt, true, false);
      if (!data.problems.empty()) throw data.problems.front();
      std::vector<Payment> pays;
      std::vector<Bill> bills;
      for (auto& p : data.payments)
        if (p.unit == x.unit) pays.push_back(p);
      for (auto& b : data.bills)
        if (b.unit == x.unit) bills.push_back(b);
      int64_t held = deposit_held(pays, x.id);
      if (s->arrears) {
        auto L = compute_ledger(x.unit, bills, pays, now);
        if (L.balance() <= 0) throw RefusedError(x.unit + " 没有欠费，无须用押金抵扣");
        // Arrears take what the other deductions leave of the deposit, no more.
        int64_t left = held;
        for (const auto& d : deductions) left -= d.amount_fen;
        if (left > 0) deductions.push_back({"抵扣所欠费用", std::min(L.balance(), left), true});
      }
      settle_renovation(x, held, deductions, by.id, now);
      Extra e;
      // What the deposit pays: the deductions billed now, in their period; then any arrears,
      // oldest first (--arrears).
      int64_t billed = 0, arrears = 0;
      for (const auto& d : x.deductions) {
        (d.arrears ? arrears : billed) += d.amount_fen;
        if (!d.arrears)
          e.bill_items.push_back({"renovation_deduction",
                                  "装修押金扣款：" + d.what,
                                  {},
                                  {},
                                  d.amount_fen,
                                  now,
                                  by.id,
                                  x.id});
      }
      auto next = fees.next_payment_id(month_of(now));
      int n = std::atoi(next.c_str() + next.rfind('-') + 1);
      auto id_at = [&](int k) { return fmt::format("JF-{}-{:04}", month_of(now).str(), n + k); };
      if (billed > 0)
        e.payments.push_back({id_at(0), x.unit, now, billed, PayMethod::deposit, "", month_of(now),
                              by.id, "装修押金抵扣", x.id});
      if (arrears > 0)
        e.payments.push_back({id_at(int(e.payments.size())),
                              x.unit,
                              now,
                              arrears,
                              PayMethod::deposit,
                              "",
                              {},
                              by.id,
                              "装修押金抵扣欠费",
                              x.id});
      if (x.refund_fen > 0)
        e.payments.push_back({id_at(int(e.payments.size())),
                              x.unit,
                              now,
                              -x.refund_fen,
                              method,
                              trim(s->receipt),
                              {},
                              by.id,
                              "装修押金退款",
                              x.id});
      return e;
    });
    ctx.err << fmt::format(
        "{} 押金已结算：退还 {} 元；退款通知书：kefu render renovation_refund {}\n", r.id,
        format_money(r.refund_fen), r.id);
  });

  auto* rt = cmd->add_subcommand("return", "登记装修许可证退回（未退的出入证一并退回）");
  id_opt(rt);
  rt->callback([&ctx, s, done] {
    auto r = update(ctx, s->id, [&](Renovation& x, const StaffMember& by, DateTime now) {
      return_permit(x, by.id, now);
      return Extra{};
    });
    done(r, "许可证已退回");
  });

  auto* lk = cmd->add_subcommand("link", "把一宗投诉（如装修噪音）关联到这宗装修，两边都显示");
  id_opt(lk);
  lk->add_option("COMPLAINT", s->complaint, "投诉编号，如 TS-2026-10-0003")->required();
  lk->callback([&ctx, s, done] {
    const auto& by = ctx.actor();
    DateTime now = ctx.now();
    RenovationRepository repo(ctx.store());
    ComplaintRepository complaints(ctx.store());
    auto guard = ctx.store().lock();
    auto loaded = repo.get(s->id);
    auto c = complaints.get(s->complaint);
    link_complaint(loaded.record, c.record.id, by.id, now);
    if (!renovation_open(loaded.record))
      throw RefusedError("装修 " + s->id + " 已结案，不能再关联投诉");
    link_complaint_renovation(c.record, loaded.record.id, by.id, now);
    Transaction t(ctx.dir().files());
    t.replace(loaded.file.name, loaded.file.bytes, RenovationRepository::serialize(loaded));
    t.replace(c.file.name, c.file.bytes, ComplaintRepository::serialize(c));
    t.commit();
    done(loaded.record, "已关联投诉 " + c.record.id);
  });
}

}  // namespace kefu
