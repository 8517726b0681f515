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
#include "core/patrol_rules.hpp"
#include "core/renovation_rules.hpp"
#include "core/shift_rules.hpp"

namespace kefu {

/// kefu.yaml's members, as the file has them (store/site_files.cpp reads it through them, the
/// parse cache in .kefu/parsed/ keeps it by them). What no member list can say is a rule read
/// after it: a staff member's name is the id, the office the site's name + 管理处, unless
/// given; a fee item is named by its key; dun levels rise; fees.owner is on the roster.
/// Absent keys keep default_config()'s values. The members of a list come in the order
/// kefu.yaml has always been read in, so that of two faults the same is reported.
struct Site {
  std::string name;
  std::string address;
  std::string phone;
  std::string office;  // the issuing office on notices, e.g. 翠湖花园管理处
  bool operator==(const Site&) const = default;
};
template <class V>
void members(V& v, Site& x) {
  v("name", x.name, field::required), v("address", x.address), v("phone", x.phone);
  v("office", x.office);
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
  v("id", x.id, field::required), v("name", x.name), v("role", x.role, field::required);
  v("phone", x.phone);
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
/// sla.complaint: the days as {major: 1, general: 3}.
template <class V>
void members(V& v, ComplaintSla& x) {
  v("response_hours", x.response_hours);
  auto resolve = field::nested([&](auto& g) {
    g("major", x.resolve_working_days_major), g("general", x.resolve_working_days_general);
  });
  auto callback = field::nested(
      [&](auto& g) { g("major", x.callback_days_major), g("general", x.callback_days_general); });
  v("resolve_working_days", resolve), v("callback_days", callback);
}

/// A span of an SLA as kefu.yaml writes it: "30m", "24h" (clock time, nights and holidays
/// included: 急修不过夜), "1wd" (working days: by the end of the Nth working day after the
/// day of receipt, that day not counted, as R4) or "2d", "2w" (calendar days and weeks: by the
/// end of the Nth day after the day of receipt, that day not counted; a week is 7 days).
struct SlaSpan {
  enum class Unit { minutes, working_days, calendar_days };
  Unit unit = Unit::minutes;
  int amount = 0;

  static SlaSpan minutes(int n) { return {Unit::minutes, n}; }
  static SlaSpan hours(int n) { return {Unit::minutes, n * 60}; }
  static SlaSpan working_days(int n) { return {Unit::working_days, n}; }
  static SlaSpan calendar_days(int n) { return {Unit::calendar_days, n}; }
  bool operator==(const SlaSpan&) const = default;
};
/// Its index form (store/codec.hpp); files spell it (sla_span_text).
template <class A>
void fields(A& a, SlaSpan& x) {
  a(x.unit), a(x.amount);
}

/// "30m" / "24h" / "1wd" / "2d" / "2w"; nullopt for anything else.
std::optional<SlaSpan> parse_sla_span(std::string_view text);
/// Back to the kefu.yaml spelling, or in Chinese for people ("24小时", "1个工作日").
std::string format_sla_span(const SlaSpan& s);
std::string format_sla_span_zh(const SlaSpan& s);
/// parse_sla_span as a member's spelling.
const char* read_sla_span(std::string_view text, SlaSpan& x);
inline constexpr field::Spelled<SlaSpan> sla_span_text{&read_sla_span, &format_sla_span};

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
/// sla.repair: {urgent: {arrive, fix}, normal: {arrive, fix}, callback_days}, not negative.
template <class V>
void members(V& v, RepairSla& x) {
  auto urgent = field::nested([&](auto& g) {
    g("arrive", x.arrive_urgent, sla_span_text), g("fix", x.fix_urgent, sla_span_text);
  });
  auto normal = field::nested([&](auto& g) {
    g("arrive", x.arrive_normal, sla_span_text), g("fix", x.fix_normal, sla_span_text);
  });
  v("urgent", urgent), v("normal", normal), v("callback_days", x.callback_days);
}

/// R6 (§3.5.2): an opinion reaches its department within `send` of being collected, the
/// department's written measures come back within `measures` of receipt, and the customer is
/// called back within `callback` of the rectification. Calendar days unless the site writes
/// working days ("2wd").
struct OpinionSla {
  SlaSpan send = SlaSpan::calendar_days(2);
  SlaSpan measures = SlaSpan::calendar_days(3);
  SlaSpan callback = SlaSpan::calendar_days(14);
  bool operator==(const OpinionSla&) const = default;
};
/// sla.opinion: {send: 2d, measures: 3d, callback: 2w}.
template <class V>
void members(V& v, OpinionSla& x) {
  v("send", x.send, sla_span_text), v("measures", x.measures, sla_span_text);
  v("callback", x.callback, sla_span_text);
}

/// R7 (§3.5.3): once a special service is done, its payment notice (缴费通知单) is delivered
/// within `notice` and the customer called back by phone within `callback`, both counted from
/// the completion. The callback's default is the repair callback's (sla.repair.callback_days
/// as days): a kefu.yaml without sla.special.callback keeps its repairs' days (site_files.cpp).
struct SpecialSla {
  SlaSpan notice = SlaSpan::working_days(2);
  SlaSpan callback = SlaSpan::calendar_days(7);
  bool operator==(const SpecialSla&) const = default;
};
/// sla.special: {notice: 2wd, callback: 7d}.
template <class V>
void members(V& v, SpecialSla& x) {
  v("notice", x.notice, sla_span_text), v("callback", x.callback, sla_span_text);
}

/// A KPI target in basis points of a rate (92% = 9200), so configs compare exactly.
struct KpiTarget {
  int basis_points = 0;
  bool at_most = false;  // met when rate ≤ target (rework), else rate ≥ target
  bool operator==(const KpiTarget&) const = default;
};
/// Its index form; kefu.yaml writes only the rate (kpi_target_text), the KPI says at_most.
template <class A>
void fields(A& a, KpiTarget& x) {
  a(x.basis_points), a(x.at_most);
}
/// "92%", "92.5%" or "0.92" (exactly) to the target's basis points, at_most left as it is.
const char* read_kpi_target(std::string_view text, KpiTarget& x);
std::string format_kpi_target(const KpiTarget& x);
inline constexpr field::Spelled<KpiTarget> kpi_target_text{&read_kpi_target, &format_kpi_target};

/// An item of the price list of paid special services (特约服务, R7): kefu.yaml's
/// special_services entries. Read after it: the name defaults to the key, the price is above
/// zero, neither key nor name repeats another's key.
struct SpecialServiceItem {
  std::string key;   // unclog
  std::string name;  // 管道疏通
  int64_t price_fen = 0;
  bool operator==(const SpecialServiceItem&) const = default;
};
template <class V>
void members(V& v, SpecialServiceItem& x) {
  using namespace field;
  v("key", x.key, required), v("name", x.name);
  v("price", x.price_fen, money, required,
    Says{"价格 price 应为最多两位小数的元数，如 80 或 45.50"});
}

/// kefu.yaml resident_cards: what a resident card (住户卡) costs when first issued and when
/// reissued after a loss (§1.3.2.3); 0: free. Charged on the unit's bill of the month.
struct ResidentCardFees {
  int64_t issue_fen = 0;
  int64_t reissue_fen = 0;
  bool operator==(const ResidentCardFees&) const = default;
};
template <class V>
void members(V& v, ResidentCardFees& x) {
  using namespace field;
  v("issue_fee", x.issue_fen, money, Says{"住户卡工本费 issue_fee 应为元数，如 0 或 20"});
  v("reissue_fee", x.reissue_fen, money, Says{"住户卡补办费 reissue_fee 应为元数，如 20"});
}

struct Config {
  Site site;
  std::vector<StaffMember> staff;
  std::vector<std::string> departments;
  std::vector<std::string> complaint_categories;
  std::vector<std::string> contact_categories;
  /// A category written elsewhere (a complaint category, a repair's kind, an older spelling)
  /// → the contact category it is counted under in the 来电来访数据分析表.
  std::map<std::string, std::string> category_aliases;
  ComplaintSla complaint_sla;
  RepairSla repair_sla;
  OpinionSla opinion_sla;
  SpecialSla special_sla;
  FeeConfig fees;               // `fees:` and `dun_levels:`
  KeyRules keys;                // kefu.yaml keys: (§3.4)
  RenovationConfig renovation;  // kefu.yaml renovation: (§3.8.1)
  std::map<std::string, KpiTarget> targets;
  std::vector<SpecialServiceItem> special_services;  // the price list of 特约服务
  std::vector<std::string> survey_items;  // the questionnaire's items (顾客满意度调查)
  /// What the monthly report's 顾客满意率 is: callbacks, the latest survey round, or both side
  /// by side (the KPI then the callbacks', the survey's next to it).
  SatisfactionMeasure satisfaction_measure = SatisfactionMeasure::callbacks;
  std::vector<std::string> move_checklist;  // a move-in's handover checklist (入伙交接)
  ResidentCardFees resident_cards;          // kefu.yaml resident_cards: (住户卡)
  std::vector<Shift> shifts;                // the desk's shifts (值班、交接班, §3.7)
  PatrolConfig patrols;                     // kefu.yaml patrols: (§3.2)
  LostPropertyConfig lost_property;         // kefu.yaml lost_property: (§3.3.6)

  /// By id or by name.
  const StaffMember* find_staff(std::string_view id_or_name) const;
  /// A price-list item by key or by name.
  const SpecialServiceItem* find_special_service(std::string_view key_or_name) const;
  bool is_department(std::string_view name) const;
  bool operator==(const Config&) const = default;
};
/// kefu.yaml: `sla:` holds complaint_sla, repair_sla, opinion_sla and special_sla; `fees:`
/// FeeConfig but its dun levels, which are `dun_levels:` at the top.
template <class V>
void members(V& v, Config& x) {
  using namespace field;
  v("site", x.site, required), v("staff", x.staff, Says{"staff 应为人员列表"});
  v("departments", x.departments), v("complaint_categories", x.complaint_categories);
  v("contact_categories", x.contact_categories), v("category_aliases", x.category_aliases);
  auto sla = nested([&](auto& g) {
    g("complaint", x.complaint_sla), g("repair", x.repair_sla), g("opinion", x.opinion_sla);
    g("special", x.special_sla);
  });
  v("sla", sla);
  auto fees = nested([&](auto& g) {
    g("items", x.fees.items, Says{"fees.items 应为收费项目列表"});
    g("late_fee_daily", x.fees.late_fee_daily_ppm, daily_rate_text, Prefix{"滞纳金日费率 "});
    g("pay_within_days", x.fees.pay_within_days);
    g("limitation_warn_days", x.fees.limitation_warn_days), g("owner", x.fees.owner);
  });
  v("fees", fees), v("dun_levels", x.fees.dun_levels, Says{"dun_levels 应为催缴级别列表"});
  v("keys", x.keys), v("renovation", x.renovation),
      v("targets", x.targets, known_keys, kpi_target_text, Prefix{"目标值 "});
  v("special_services", x.special_services, Says{"special_services 应为特约服务价目列表"});
  v("survey_items", x.survey_items, Says{"survey_items 应为问卷项目列表"});
  v("satisfaction_measure", x.satisfaction_measure);
  v("move_checklist", x.move_checklist, Says{"move_checklist 应为入伙交接项目列表"});
  v("resident_cards", x.resident_cards);
  v("shifts", x.shifts, Says{"shifts 应为班次列表"});
  v("patrols", x.patrols), v("lost_property", x.lost_property);
}

/// The rows of the 来电来访数据分析表 by category: contact_categories in their order, and 其他
/// last when the list lacks it.
std::vector<std::string> analysis_categories(const Config& cfg);

/// The one category a record is counted under: itself when it is one of contact_categories,
/// else its category_aliases entry when that names one of them, else 其他 (so 收费问题 and 收费
/// are one row, and a category no list knows is never a row of its own).
std::string analysis_category(const Config& cfg, std::string_view category);

/// The defaults of a new site (also used for keys a kefu.yaml leaves out).
Config default_config();

}  // namespace kefu
