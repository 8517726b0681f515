/// kefu.yaml and calendar.yaml, read through their member lists (core/config.hpp,
/// core/calendar.hpp), and the rules those lists cannot say, checked once what they concern is
/// read, with the position of what breaks them.
#include <algorithm>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/config.hpp"
#include "core/errors.hpp"
#include "store/datadir.hpp"
#include "store/members_io.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

// ---- kefu.yaml ------------------------------------------------------------------------------

void check_read(const YamlReader& r, Site& s) {
  if (!r.has("office")) s.office = s.name + "管理处";
}

void check_read(const YamlReader& r, StaffMember& m) {
  if (!r.has("name")) m.name = m.id;
}

void check_item(const YamlReader& r, std::vector<StaffMember>& staff) {
  // An id may not be another's id, nor another's name: find_staff takes either.
  const auto& m = staff.back();
  for (size_t i = 0; i + 1 < staff.size(); ++i)
    if (staff[i].id == m.id || staff[i].name == m.id)
      r.fail(r.node("id"), "人员编号 " + m.id + " 重复");
}

void check_read(const YamlReader& r, RepairSla& sla) {
  if (sla.callback_days < 0) r.fail(r.node("callback_days"), "callback_days 不能为负数");
}

void check_read(const YamlReader& r, FeeItemConfig& i) {
  if (!r.has("name")) i.name = i.key;
  if (i.basis != FeeBasis::fixed && !r.has("rate")) r.fail_missing("rate");
  if (!r.has("measure")) i.measure = i.basis == FeeBasis::area ? "m²" : "";
}

void check_item(const YamlReader& r, std::vector<FeeItemConfig>& items) {
  // Nor may a key be another item's key or name: find_item takes either.
  const auto& item = items.back();
  for (size_t i = 0; i + 1 < items.size(); ++i)
    if (items[i].key == item.key || items[i].name == item.key)
      r.fail(r.node("key"), "收费项目 " + item.key + " 重复");
}

void check_read(const YamlReader& r, SpecialServiceItem& i) {
  if (!r.has("name")) i.name = i.key;
  if (i.price_fen <= 0) r.fail(r.node("price"), "特约服务 " + i.key + " 的价格 price 应大于零");
}

void check_item(const YamlReader& r, std::vector<SpecialServiceItem>& items) {
  // find_special_service takes a key or a name: neither may be another item's key.
  const auto& item = items.back();
  for (size_t i = 0; i + 1 < items.size(); ++i)
    if (items[i].key == item.key || items[i].name == item.key || items[i].key == item.name)
      r.fail(r.node("key"), "特约服务 " + item.key + " 重复");
}

void check_read(const YamlReader& r, DunLevel& l) {
  if (!r.has("name")) l.name = std::string(to_zh(l.method));
  if (l.after_months < 1) r.fail(r.map(), "after_months（欠费满几个月达到此级）应为正整数");
}

void check_item(const YamlReader& r, std::vector<DunLevel>& levels) {
  auto& l = levels.back();
  const DunLevel* before = levels.size() > 1 ? &levels[levels.size() - 2] : nullptr;
  const int last_level = before ? before->level : 0;
  const int last_months = before ? before->after_months : -1;
  if (!r.has("level")) l.level = last_level + 1;
  if (l.level <= last_level || l.after_months <= last_months)
    r.fail(r.map(), "催缴级别应按 level 与 after_months 递增排列");
}

void check_read(const YamlReader& r, RenovationConfig& c) {
  if (auto problem = renovation_config_problem(c); !problem.empty()) r.fail(r.map(), problem);
}

void check_read(const YamlReader& r, Config& c) {
  // A special service's callback falls due as a repair's unless the site says otherwise.
  if (!r.node("sla")["special"]["callback"].IsDefined())
    c.special_sla.callback = SlaSpan::calendar_days(c.repair_sla.callback_days);
  if (r.has("category_aliases")) {
    auto rows = analysis_categories(c);
    for (const auto& [from, to] : c.category_aliases)
      if (std::find(rows.begin(), rows.end(), to) == rows.end())
        r.fail(r.node("category_aliases")[from],
               "category_aliases 的「" + from + "」应归入 contact_categories 中的类别，而不是「" +
                   to + "」");
  }
  if (!c.renovation.owner.empty() && !c.find_staff(c.renovation.owner))
    r.fail(r.node("renovation")["owner"],
           "renovation.owner「" + c.renovation.owner + "」不在人员花名册中");
  // Checked here, with the whole file: a check_read of their own would not be seen by every
  // instantiation of the member reader (members_io.hpp declares the overloads it knows).
  if (auto problem = patrol_config_problem(c.patrols); !problem.empty())
    r.fail(r.node("patrols"), problem);
  if (c.lost_property.keep_days <= 0)
    r.fail(r.node("lost_property")["keep_days"], "lost_property.keep_days 应为大于 0 的天数");
  for (size_t i = 0; i < c.patrols.rounds.size(); ++i) {
    const auto& owner = c.patrols.rounds[i].owner;
    if (!owner.empty() && !c.find_staff(owner))
      r.fail(r.node("patrols")["rounds"],
             "patrols.rounds 的 owner「" + owner + "」不在人员花名册中");
  }
  if (!c.fees.owner.empty() && !c.find_staff(c.fees.owner))
    r.fail(r.node("fees")["owner"], "fees.owner「" + c.fees.owner + "」不在人员花名册中");
}

Config parse_config(const std::string& name, const std::string& text) {
  auto doc = parse_yaml(name, text);
  if (!doc.root.IsDefined() || doc.root.IsNull()) throw StoreError(name, 1, 1, "文件为空");
  Config c = default_config();
  read_members(YamlReader(name, doc.root), c);
  return c;
}

// ---- calendar.yaml --------------------------------------------------------------------------

void check_key(const YamlReader& r, const YamlNode& key, CalendarFile&) {
  if (!calendar_year(key.Scalar())) r.fail(key, "calendar.yaml 的顶层键应为年份，如 2026");
}

void check_read(const YamlReader& r, HolidayRange& h) {
  if (h.to && *h.to < h.from) r.fail(r.node("to"), "假期结束日期早于开始日期");
}

CalendarFile read_calendar_file(const std::string& name, const std::string& text) {
  auto doc = parse_yaml(name, text);
  CalendarFile file;
  if (!doc.root.IsDefined() || doc.root.IsNull()) return file;
  YamlReader top(name, doc.root);
  YamlIn(top).read(name.c_str(), doc.root, file);
  return file;
}

WorkingCalendar parse_calendar(const std::string& name, const std::string& text) {
  return WorkingCalendar(read_calendar_file(name, text));
}

}  // namespace kefu
