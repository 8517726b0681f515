/// Look-ups in the configuration and its defaults.
#include "core/config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace kefu {

const StaffMember* Config::find_staff(std::string_view id_or_name) const {
  for (const auto& s : staff)
    if (s.id == id_or_name) return &s;
  for (const auto& s : staff)
    if (s.name == id_or_name) return &s;
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
  if (s.amount % 60 == 0) return fmt::format("{}h", s.amount / 60);
  return fmt::format("{}m", s.amount);
}

std::string format_sla_span_zh(const SlaSpan& s) {
  if (s.unit == SlaSpan::Unit::working_days) return fmt::format("{}个工作日", s.amount);
  if (s.amount % 60 == 0) return fmt::format("{}小时", s.amount / 60);
  return fmt::format("{}分钟", s.amount);
}

Config default_config() {
  Config c;
  c.departments = {"客户服务中心", "工程部", "安管部", "保洁部", "绿化部", "财务部"};
  c.complaint_categories = {"服务态度", "维修质量", "环境卫生", "安全秩序", "噪音扰民",
                            "停车管理", "收费问题", "设施设备", "装修管理", "其他"};
  c.contact_categories = {"物业服务", "维修",     "收费",     "安全秩序", "环境卫生",
                          "停车管理", "装修管理", "社区活动", "其他"};
  c.targets = {
      {"complaint_timely", {10000, false}}, {"repair_timely", {10000, false}},
      {"repair_callback", {8500, false}},   {"rework", {100, true}},
      {"satisfaction", {9000, false}},      {"fee_collection", {9200, false}},
  };
  c.fees = default_fee_config();
  return c;
}

}  // namespace kefu
