/// Look-ups in the configuration and its defaults.
#include "core/config.hpp"

#include <algorithm>

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

Config default_config() {
  Config c;
  c.departments = {"客户服务中心", "工程部", "安管部", "保洁部", "绿化部", "财务部"};
  c.complaint_categories = {"服务态度", "维修质量", "环境卫生", "安全秩序", "噪音扰民",
                            "停车管理", "收费问题", "设施设备", "装修管理", "其他"};
  c.targets = {
      {"complaint_timely", {10000, false}}, {"repair_timely", {10000, false}},
      {"repair_callback", {8500, false}},   {"rework", {100, true}},
      {"satisfaction", {9000, false}},      {"fee_collection", {9200, false}},
  };
  c.fees = default_fee_config();
  return c;
}

}  // namespace kefu
