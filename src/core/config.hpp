/// The site's configuration as read from kefu.yaml: site, staff roster, SLA rules, targets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/fee.hpp"
#include "core/key_rules.hpp"
#include "core/members.hpp"

namespace kefu {

struct Site {
  std::string name;
  std::string address;
  std::string phone;
  std::string office;  // the issuing office on notices, e.g. 翠湖花园管理处
  bool operator==(const Site&) const = default;
};
/// The members of kefu.yaml's parts. parse_config reads the file, whose shape (nested SLA
/// pairs, spans as "30m", defaults from default_config()) is its own; these lists serve the
/// parse cache in .kefu/parsed/ (store/codec.hpp) and the round-trip tests.
template <class V>
void members(V& v, Site& x) {
  v("name", x.name), v("address", x.address), v("phone", x.phone), v("office", x.office);
}

struct StaffMember {
  std::string id;  // stable, used in records: zhangmin
  std::string name;
  Role role = Role::assistant;
  std::string phone;
  bool operator==(const StaffMember&) const = default;
};
template <class V>
void members(V& v, StaffMember& x) {
  v("id", x.id), v("name", x.name), v("role", x.role), v("phone", x.phone);
}

/// R3–R5: response within 24 hours, resolution within N working days, callback within N days.
struct ComplaintSla {
  int response_hours = 24;
  int resolve_working_days_major = 1;
  int resolve_working_days_general = 3;
  int callback_days_major = 7;
  int callback_days_general = 14;
  bool operator==(const ComplaintSla&) const = default;
};
template <class V>
void members(V& v, ComplaintSla& x) {
  v("response_hours", x.response_hours);
  v("resolve_working_days_major", x.resolve_working_days_major);
  v("resolve_working_days_general", x.resolve_working_days_general);
  v("callback_days_major", x.callback_days_major);
  v("callback_days_general", x.callback_days_general);
}

/// A span of an SLA as kefu.yaml writes it: "30m", "24h" (clock time, nights and holidays
/// included: 急修不过夜) or "1wd" (working days: by the end of the Nth working day after the
/// day of receipt, that day not counted, as R4).
struct SlaSpan {
  enum class Unit { minutes, working_days };
  Unit unit = Unit::minutes;
  int amount = 0;

  static SlaSpan minutes(int n) { return {Unit::minutes, n}; }
  static SlaSpan hours(int n) { return {Unit::minutes, n * 60}; }
  static SlaSpan working_days(int n) { return {Unit::working_days, n}; }
  bool operator==(const SlaSpan&) const = default;
};
template <class V>
void members(V& v, SlaSpan& x) {
  v("unit", x.unit), v("amount", x.amount);
}

/// "30m" / "24h" / "1wd"; nullopt for anything else.
std::optional<SlaSpan> parse_sla_span(std::string_view text);
/// Back to the kefu.yaml spelling, or in Chinese for people ("24小时", "1个工作日").
std::string format_sla_span(const SlaSpan& s);
std::string format_sla_span_zh(const SlaSpan& s);

/// R8: each urgency class has an optional on-site promise and a fix deadline; callbacks fall
/// due `callback_days` calendar days after completion.
struct RepairSla {
  std::optional<SlaSpan> arrive_urgent = SlaSpan::minutes(30);
  SlaSpan fix_urgent = SlaSpan::hours(24);
  std::optional<SlaSpan> arrive_normal;
  SlaSpan fix_normal = SlaSpan::working_days(1);
  int callback_days = 7;
  bool operator==(const RepairSla&) const = default;
};
template <class V>
void members(V& v, RepairSla& x) {
  v("arrive_urgent", x.arrive_urgent), v("fix_urgent", x.fix_urgent);
  v("arrive_normal", x.arrive_normal), v("fix_normal", x.fix_normal);
  v("callback_days", x.callback_days);
}

/// A KPI target in basis points of a rate (92% = 9200), so configs compare exactly.
struct KpiTarget {
  int basis_points = 0;
  bool at_most = false;  // met when rate ≤ target (rework), else rate ≥ target
  bool operator==(const KpiTarget&) const = default;
};
template <class V>
void members(V& v, KpiTarget& x) {
  v("basis_points", x.basis_points), v("at_most", x.at_most);
}

struct Config {
  Site site;
  std::vector<StaffMember> staff;
  std::vector<std::string> departments;
  std::vector<std::string> complaint_categories;
  ComplaintSla complaint_sla;
  RepairSla repair_sla;
  std::vector<std::string> contact_categories;
  std::map<std::string, KpiTarget> targets;
  FeeConfig fees;  // `fees:` and `dun_levels:`
  KeyRules keys;   // kefu.yaml keys: (§3.4)

  /// By id or by name.
  const StaffMember* find_staff(std::string_view id_or_name) const;
  bool is_department(std::string_view name) const;
  bool operator==(const Config&) const = default;
};
template <class V>
void members(V& v, Config& x) {
  v("site", x.site), v("staff", x.staff), v("departments", x.departments);
  v("complaint_categories", x.complaint_categories), v("complaint_sla", x.complaint_sla);
  v("repair_sla", x.repair_sla), v("contact_categories", x.contact_categories);
  v("targets", x.targets), v("fees", x.fees), v("keys", x.keys);
}

/// The defaults of a new site (also used for keys a kefu.yaml leaves out).
Config default_config();

}  // namespace kefu
