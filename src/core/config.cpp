/// Look-ups in the configuration and its defaults.
#include "core/config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "core/unit.hpp"

namespace kefu {

const StaffMember* Config::find_staff(std::string_view id_or_name) const {
  for (const auto& s : staff)
    if (s.id == id_or_name) return &s;
  for (const auto& s : staff)
    if (s.name == id_or_name) return &s;
  return nullptr;
}

const SpecialServiceItem* Config::find_special_service(std::string_view key_or_name) const {
  for (const auto& i : special_services)
    if (i.key == key_or_name || i.name == key_or_name) return &i;
  return nullptr;
}

bool Config::is_department(std::string_view name) const {
  return std::find(departments.begin(), departments.end(), name) != departments.end();
}

std::optional<SlaSpan> parse_sla_span(std::string_view text) {
  SlaSpan::Unit unit;
  int scale = 1;
  if (text.ends_with("wd")) {
    unit = SlaSpan::Unit::working_days;
    text.remove_suffix(2);
  } else if (text.ends_with("d")) {
    unit = SlaSpan::Unit::calendar_days;
    text.remove_suffix(1);
  } else if (text.ends_with("w")) {
    unit = SlaSpan::Unit::calendar_days;
    scale = 7;
    text.remove_suffix(1);
  } else if (text.ends_with("h")) {
    unit = SlaSpan::Unit::minutes;
    scale = 60;
    text.remove_suffix(1);
  } else if (text.ends_with("m")) {
    unit = SlaSpan::Unit::minutes;
    text.remove_suffix(1);
  } else {
    return std::nullopt;
  }
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || n <= 0 || n > 100000)
    return std::nullopt;
  return SlaSpan{unit, n * scale};
}

std::string format_sla_span(const SlaSpan& s) {
  if (s.unit == SlaSpan::Unit::working_days) return fmt::format("{}wd", s.amount);
  if (s.unit == SlaSpan::Unit::calendar_days)
    return s.amount % 7 == 0 ? fmt::format("{}w", s.amount / 7) : fmt::format("{}d", s.amount);
  if (s.amount % 60 == 0) return fmt::format("{}h", s.amount / 60);
  return fmt::format("{}m", s.amount);
}

const char* read_sla_span(std::string_view text, SlaSpan& x) {
  auto span = parse_sla_span(text);
  if (!span)
    return " 应为时长：分钟如 30m，小时如 24h（连续计时，含夜间与节假日），工作日如 1wd，日历日如 "
           "2d，周如 2w";
  x = *span;
  return nullptr;
}

const char* read_kpi_target(std::string_view text, KpiTarget& x) {
  bool percent = text.ends_with('%');
  if (percent) text.remove_suffix(1);
  // Exact decimal: "92", "92.5%" or "0.925" → basis points.
  auto centi = parse_area(text);
  if (!centi) return " 应为百分数，如 92% 或 0.92";
  int64_t bp = percent || *centi > 100 ? *centi : *centi * 100;
  if (bp > 10000) return " 超过 100%";
  x.basis_points = static_cast<int>(bp);
  return nullptr;
}

std::string format_kpi_target(const KpiTarget& x) {
  return format_area(x.basis_points) + "%";
}

std::string format_sla_span_zh(const SlaSpan& s) {
  if (s.unit == SlaSpan::Unit::working_days) return fmt::format("{}个工作日", s.amount);
  if (s.unit == SlaSpan::Unit::calendar_days)
    return s.amount % 7 == 0 ? fmt::format("{}周", s.amount / 7) : fmt::format("{}天", s.amount);
  if (s.amount % 60 == 0) return fmt::format("{}小时", s.amount / 60);
  return fmt::format("{}分钟", s.amount);
}

std::vector<std::string> analysis_categories(const Config& cfg) {
  auto rows = cfg.contact_categories;
  if (std::find(rows.begin(), rows.end(), "其他") == rows.end()) rows.push_back("其他");
  return rows;
}

std::string analysis_category(const Config& cfg, std::string_view category) {
  const auto& list = cfg.contact_categories;
  auto listed = [&](std::string_view c) {
    return std::find(list.begin(), list.end(), c) != list.end();
  };
  if (listed(category)) return std::string(category);
  auto alias = cfg.category_aliases.find(std::string(category));
  if (alias != cfg.category_aliases.end() && listed(alias->second)) return alias->second;
  return "其他";
}

Config default_config() {
  Config c;
  c.departments = {"客户服务中心", "工程部", "安管部", "保洁部", "绿化部", "财务部"};
  c.complaint_categories = {"服务态度", "维修质量", "环境卫生", "安全秩序", "噪音扰民",
                            "停车管理", "收费问题", "设施设备", "装修管理", "其他"};
  c.contact_categories = {"物业服务", "维修",     "收费",     "安全秩序", "环境卫生",
                          "停车管理", "装修管理", "社区活动", "其他"};
  // The default complaint categories, the two kinds of repair and the special services (特约服务,
  // the category the analysis rows them under), under the contact categories.
  c.category_aliases = {
      {"服务态度", "物业服务"}, {"维修质量", "维修"}, {"噪音扰民", "安全秩序"},
      {"收费问题", "收费"},     {"设施设备", "维修"}, {"户内维修", "维修"},
      {"公共设施设备", "维修"}, {"特约服务", "维修"},
  };
  c.targets = {
      {"complaint_timely", {10000, false}}, {"repair_timely", {10000, false}},
      {"repair_callback", {8500, false}},   {"rework", {100, true}},
      {"satisfaction", {9000, false}},      {"fee_collection", {9200, false}},
  };
  c.fees = default_fee_config();
  c.renovation = default_renovation_config();
  c.patrols = default_patrol_config();
  c.survey_items = {"客户服务", "工程维修", "秩序维护", "保洁服务", "绿化养护", "收费服务"};
  c.move_checklist = {"钥匙交接", "水表读数", "电表读数", "燃气表读数",
                      "入伙资料（业主手册、管理规约）"};
  c.shifts = default_shifts();
  return c;
}

}  // namespace kefu
