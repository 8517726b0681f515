/// The site's configuration as read from kefu.yaml: site, staff roster, SLA rules, targets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/key_rules.hpp"

namespace kefu {

struct Site {
  std::string name;
  std::string address;
  std::string phone;
  std::string office;  // the issuing office on notices, e.g. 翠湖花园管理处
};

struct StaffMember {
  std::string id;  // stable, used in records: zhangmin
  std::string name;
  Role role = Role::assistant;
  std::string phone;
};

/// R3–R5: response within 24 hours, resolution within N working days, callback within N days.
struct ComplaintSla {
  int response_hours = 24;
  int resolve_working_days_major = 1;
  int resolve_working_days_general = 3;
  int callback_days_major = 7;
  int callback_days_general = 14;
};

/// A KPI target in basis points of a rate (92% = 9200), so configs compare exactly.
struct KpiTarget {
  int basis_points = 0;
  bool at_most = false;  // met when rate ≤ target (rework), else rate ≥ target
};

struct Config {
  Site site;
  std::vector<StaffMember> staff;
  std::vector<std::string> departments;
  std::vector<std::string> complaint_categories;
  ComplaintSla complaint_sla;
  std::map<std::string, KpiTarget> targets;
  KeyRules keys;  // kefu.yaml keys: (§3.4)

  /// By id or by name.
  const StaffMember* find_staff(std::string_view id_or_name) const;
  bool is_department(std::string_view name) const;
};

/// The defaults of a new site (also used for keys a kefu.yaml leaves out).
Config default_config();

}  // namespace kefu
