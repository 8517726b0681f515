/// Chinese headings and values for CSV.
#include "core/labels.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "core/due.hpp"
#include "core/enums.hpp"
#include "core/fee.hpp"
#include "core/key.hpp"
#include "core/lost.hpp"
#include "core/move.hpp"
#include "core/patrol.hpp"
#include "core/patrol_rules.hpp"

namespace kefu {
namespace {

// Sorted by key (checked by a unit test), so a lookup is a binary search.
constexpr std::pair<std::string_view, std::string_view> kHeadings[] = {
    {"abnormal", "异常"},
    {"accepted_at", "验收时间"},
    {"account", "科目"},
    {"acknowledged_at", "响应时间"},
    {"age_months", "欠费月数"},
    {"amount", "金额"},
    {"answered", "已答"},
    {"approved_by", "批准人"},
    {"area", "面积"},
    {"arrive_due", "到场时限"},
    {"arrived_at", "到场时间"},
    {"assigned_to", "处理部门"},
    {"at", "时间"},
    {"basically_satisfied", "基本满意"},
    {"billed_period", "计费账期"},
    {"borrower_name", "借用人"},
    {"borrower_phone", "借用人电话"},
    {"building", "楼栋"},
    {"by", "经办人"},
    {"callback_due", "回访时限"},
    {"category", "类别"},
    {"channel", "渠道"},
    {"charge", "收费"},
    {"code", "编号"},
    {"collected_at", "收集时间"},
    {"complaint", "投诉单"},
    {"completed_at", "完成时间"},
    {"condition", "状况"},
    {"contractor", "施工单位"},
    {"copies", "份数"},
    {"count", "数量"},
    {"customer", "客户"},
    {"date", "日期"},
    {"days_left", "剩余天数"},
    {"delivered_at", "送达时间"},
    {"delivered_by", "送达人"},
    {"delivered_to", "送达对象"},
    {"department", "部门"},
    {"deposit", "押金"},
    {"deposit_held", "押金余额"},
    {"description", "内容"},
    {"dispatched_at", "派工时间"},
    {"done", "已完成"},
    {"done_at", "完成时间"},
    {"done_by", "完成人"},
    {"due", "期限"},
    {"due_at", "应还时间"},
    {"end", "结束"},
    {"fault", "故障"},
    {"finished_at", "结束时间"},
    {"fix_due", "修复时限"},
    {"follow_up", "跟进"},
    {"found_at", "拾获时间"},
    {"found_by", "拾获人"},
    {"frequency", "频次"},
    {"from", "起"},
    {"from_repair", "来自报修单"},
    {"group", "分组"},
    {"host", "被访人"},
    {"id", "编号"},
    {"id_checked", "证件查验"},
    {"in", "迁入"},
    {"in_at", "进入时间"},
    {"in_owner", "迁入（业主）"},
    {"in_tenant", "迁入（租户）"},
    {"item", "项目"},
    {"keep_until", "保管至"},
    {"kept_at", "保管处"},
    {"key", "代码"},
    {"kind", "种类"},
    {"kind_zh", "类型名称"},
    {"last", "最近"},
    {"lent_at", "借出时间"},
    {"lent_by", "借出经办人"},
    {"level_due", "应达催缴级别"},
    {"level_recorded", "已记催缴级别"},
    {"loan", "借用单"},
    {"loan_borrower", "借用人"},
    {"loan_due_at", "应还时间"},
    {"location", "位置"},
    {"materials", "材料"},
    {"measures", "整改措施"},
    {"measures_at", "措施反馈时间"},
    {"measures_due", "措施反馈时限"},
    {"method", "方式"},
    {"moved_at", "迁入迁出时间"},
    {"name", "姓名"},
    {"note", "备注"},
    {"notice_due", "通知时限"},
    {"occupancy", "居住状况"},
    {"occupant", "住户类型"},
    {"oldest", "最早欠费"},
    {"open", "未结"},
    {"opinion", "意见"},
    {"out", "迁出"},
    {"out_at", "离开时间"},
    {"out_by", "离开经办人"},
    {"out_owner", "迁出（业主）"},
    {"out_tenant", "迁出（租户）"},
    {"outstanding", "欠费"},
    {"overdue", "逾期"},
    {"overrides", "手工改动"},
    {"owed", "欠费"},
    {"owner", "负责人"},
    {"owner_name", "负责人姓名"},
    {"paid", "已缴"},
    {"paid_at", "缴费时间"},
    {"passes_out", "未收回出入证"},
    {"pending", "待办"},
    {"people", "人数"},
    {"period", "账期"},
    {"permit_end", "许可证止"},
    {"permit_start", "许可证起"},
    {"person_name", "走访对象"},
    {"phone", "电话"},
    {"place", "地点"},
    {"planned_start", "计划开工"},
    {"population", "户数"},
    {"previous_rate", "上期比率"},
    {"price", "价格"},
    {"price_source", "价格来源"},
    {"purpose", "事由"},
    {"quantity", "数量"},
    {"raised", "提出"},
    {"rate", "比率"},
    {"reason", "原因"},
    {"reason_zh", "原因说明"},
    {"receipt", "收据号"},
    {"received_at", "受理时间"},
    {"received_by", "受理人"},
    {"rectification", "整改通知"},
    {"rectified_at", "整改完成时间"},
    {"registered_by", "登记人"},
    {"release_slips", "放行条"},
    {"repair", "报修单"},
    {"resolution", "处理结果"},
    {"resolution_due", "处理时限"},
    {"resolved_at", "处理完成时间"},
    {"response_due", "响应时限"},
    {"result", "结果"},
    {"return_by", "应还日期"},
    {"returned_at", "归还时间"},
    {"returned_by", "归还经办人"},
    {"review_due", "审核时限"},
    {"rework_count", "返修次数"},
    {"round", "巡视路线"},
    {"round_name", "路线名称"},
    {"satisfied", "满意"},
    {"scope", "范围"},
    {"send_due", "送达时限"},
    {"sent_at", "送达时间"},
    {"sent_to", "送达部门"},
    {"service", "服务项目"},
    {"settled_at", "结算时间"},
    {"severity", "级别"},
    {"shift", "班次"},
    {"signed_by", "签收人"},
    {"since", "起始"},
    {"source", "来源"},
    {"source_id", "来源编号"},
    {"start", "开始"},
    {"started_at", "开始时间"},
    {"state", "状态"},
    {"status", "状态"},
    {"status_zh", "状态名称"},
    {"subject", "事项"},
    {"team", "班组"},
    {"technician", "维修人员"},
    {"tenant", "租户"},
    {"text", "内容"},
    {"to", "止"},
    {"total", "合计"},
    {"type", "类型"},
    {"type_zh", "类型名称"},
    {"unit", "户号"},
    {"unsatisfied", "不满意"},
    {"urgency", "缓急"},
    {"visited_at", "走访时间"},
    {"what", "事项"},
    {"where", "地点"},
};

template <class E>
std::optional<std::string> label(std::string_view value) {
  for (const auto& n : enum_names<E>())
    if (n.key == value) return std::string(n.zh);
  return std::nullopt;
}

/// The kinds of record a list mixes (kefu due, contact list): complaint → 投诉 …
std::optional<std::string> record_kind(std::string_view value) {
  static constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
      {"callback", "回访"},    {"complaint", "投诉"},    {"contact", "来电来访"},
      {"fee", "收费"},         {"key", "钥匙"},          {"loan", "借用"},
      {"lost", "拾遗物品"},    {"move", "迁入迁出"},     {"opinion", "意见"},
      {"patrol", "巡视"},      {"renovation", "装修"},   {"repair", "报修"},
      {"special", "特约服务"}, {"survey", "满意度调查"}, {"visit", "走访"},
      {"visitor", "来访"},
  };
  for (const auto& [k, zh] : kKinds)
    if (k == value) return std::string(zh);
  return std::nullopt;
}

/// A status code by the kind of record an ID's prefix names.
std::optional<std::string> status_label(std::string_view value, std::string_view id) {
  auto prefix = id.substr(0, id.find('-'));
  if (prefix == "TS") return label<ComplaintStatus>(value);
  if (prefix == "BX") return label<RepairStatus>(value);
  if (prefix == "TY") return label<SpecialStatus>(value);
  if (prefix == "YJ") return label<OpinionStatus>(value);
  if (prefix == "DC") return label<SurveyStatus>(value);
  if (prefix == "ZX") return label<RenovationStatus>(value);
  return std::nullopt;
}

std::optional<std::string> value_label(std::string_view key, std::string_view value,
                                       std::string_view id) {
  if (value == "true") return "是";
  if (value == "false") return "否";
  if (key == "status") return status_label(value, id);
  if (key == "channel") return label<Channel>(value);
  if (key == "severity") return label<Severity>(value);
  if (key == "urgency") return label<Urgency>(value);
  if (key == "result") {
    if (auto r = label<CallbackResult>(value)) return r;
    return label<CheckResult>(value);
  }
  if (key == "occupancy") return label<Occupancy>(value);
  if (key == "occupant") return label<OccupantType>(value);
  if (key == "source") return label<OpinionSource>(value);
  if (key == "frequency") return label<PatrolFrequency>(value);
  if (key == "method") return label<PayMethod>(value);
  if (key == "purpose") return label<KeyPurpose>(value);
  if (key == "condition") return label<KeyCondition>(value);
  if (key == "type" || key == "kind") {
    if (key == "kind" && id.starts_with("BQ-")) return label<MoveKind>(value);
    if (auto k = key == "kind" ? label<KeyKind>(value) : label<ContactType>(value)) return k;
    return record_kind(value);
  }
  if (key == "state") {
    if (id.starts_with("SW-")) return label<LostState>(value);
    return label<KeyState>(value);
  }
  if (key == "overdue") {
    std::string out;
    for (size_t at = 0; at <= value.size();) {
      auto end = std::min(value.find(';', at), value.size());
      auto part = value.substr(at, end - at);
      const char* zh = overdue_zh(part);
      out += (out.empty() ? "" : "、") + std::string(zh && *zh ? zh : part);
      at = end + 1;
    }
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::string_view csv_heading_zh(std::string_view key) {
  auto it = std::lower_bound(std::begin(kHeadings), std::end(kHeadings), key,
                             [](const auto& entry, std::string_view k) { return entry.first < k; });
  return it != std::end(kHeadings) && it->first == key ? it->second : key;
}

std::string csv_value_zh(std::string_view key, std::string_view value, std::string_view id) {
  if (value.empty()) return std::string(value);
  if (auto zh = value_label(key, value, id)) return *zh;
  return std::string(value);
}

bool csv_headings_sorted() {
  return std::is_sorted(std::begin(kHeadings), std::end(kHeadings),
                        [](const auto& a, const auto& b) { return a.first < b.first; });
}

}  // namespace kefu
