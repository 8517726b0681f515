/// kefu.yaml and calendar.yaml as parse_config and parse_calendar read them: every key of a
/// full file to its value, the defaults of what a file leaves out, and each kind of bad value
/// refused with its message at its file:line:column.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "store/datadir.hpp"

using namespace kefu;

namespace {

Date d(const char* text) {
  return *parse_date(text);
}

/// What reading the text says: "accepted", or the refusal as file:line:column: reason.
template <class Parse>
std::string refusal(Parse parse, const char* name, const std::string& text) {
  try {
    parse(name, text);
    return "accepted";
  } catch (const StoreError& e) {
    return e.where_and_why();
  }
}

const std::string S = "site: {name: A}\n";

const char* const kFullConfig = R"(site:
  name: 翠湖花园
  address: 湖滨路1号
  phone: 0755-1234567
  office: 翠湖物业处
staff:
  - {id: lili, name: 李丽, role: 客户主管, phone: "13600136000"}
  - {id: wanggong, role: 工程}
departments: [工程部, 财务部]
complaint_categories: [噪音扰民]
contact_categories: 其他
category_aliases: {物业费: 其他}
sla:
  complaint:
    response_hours: 12
    resolve_working_days: {major: 2, general: 4}
    callback_days: {major: 5, general: 10}
  repair:
    urgent: {arrive: 20m, fix: 12h}
    normal: {arrive: 2h, fix: 2wd}
    callback_days: 5
fees:
  items:
    - {key: water, name: 水费, basis: metered, rate: 3.5, measure: 吨}
    - {key: management, basis: area, rate: 2.5}
    - {key: flat, name: 固定费, basis: fixed}
  late_fee_daily: 0.0003
  pay_within_days: 10
  limitation_warn_days: 60
  owner: lili
dun_levels:
  - {level: 2, name: 上门, method: 上门, after_months: 2}
  - {method: 律师函, after_months: 4}
keys:
  cutoff: "17:30"
  id_check_required: false
  cash_deposit_required: true
  cash_deposit: "200.00"
targets:
  complaint_timely: 95%
  repair_timely: "0.9"
  repair_callback: 80
  rework: 2%
  satisfaction: 92.5%
  fee_collection: 88%
)";

}  // namespace

TEST_CASE("kefu.yaml: every key is read to its value") {
  auto c = parse_config("kefu.yaml", kFullConfig);
  CHECK(c.site == Site{"翠湖花园", "湖滨路1号", "0755-1234567", "翠湖物业处"});
  CHECK(c.staff == std::vector<StaffMember>{{"lili", "李丽", Role::supervisor, "13600136000"},
                                            {"wanggong", "wanggong", Role::engineer, ""}});
  CHECK(c.departments == std::vector<std::string>{"工程部", "财务部"});
  CHECK(c.complaint_categories == std::vector<std::string>{"噪音扰民"});
  CHECK(c.contact_categories == std::vector<std::string>{"其他"});
  CHECK(c.category_aliases == std::map<std::string, std::string>{{"物业费", "其他"}});
  CHECK(c.complaint_sla == ComplaintSla{12, 2, 4, 5, 10});
  CHECK(c.repair_sla == RepairSla{SlaSpan::minutes(20), SlaSpan::hours(12), SlaSpan::hours(2),
                                  SlaSpan::working_days(2), 5});
  // No sla.special.callback: a special service is called back within the repairs' days.
  CHECK(c.special_sla == SpecialSla{SlaSpan::working_days(2), SlaSpan::calendar_days(5)});
  CHECK(c.fees.items ==
        std::vector<FeeItemConfig>{{"water", "水费", FeeBasis::metered, 35000, "吨"},
                                   {"management", "management", FeeBasis::area, 25000, "m²"},
                                   {"flat", "固定费", FeeBasis::fixed, 0, ""}});
  CHECK(c.fees.late_fee_daily_ppm == 300);
  CHECK(c.fees.pay_within_days == 10);
  CHECK(c.fees.limitation_warn_days == 60);
  CHECK(c.fees.owner == "lili");
  CHECK(c.fees.dun_levels == std::vector<DunLevel>{{2, "上门", DunMethod::home_visit, 2},
                                                   {3, "律师函", DunMethod::lawyer_letter, 4}});
  CHECK(c.keys == KeyRules{17 * 60 + 30, false, true, 20000});
  CHECK(c.targets == std::map<std::string, KpiTarget>{{"complaint_timely", {9500, false}},
                                                      {"repair_timely", {9000, false}},
                                                      {"repair_callback", {8000, false}},
                                                      {"rework", {200, true}},
                                                      {"satisfaction", {9250, false}},
                                                      {"fee_collection", {8800, false}}});
}

TEST_CASE("kefu.yaml: what a file leaves out is default_config()'s") {
  auto c = parse_config("kefu.yaml", "site: {name: 翠湖花园}\n");
  Config want = default_config();
  want.site = {"翠湖花园", "", "", "翠湖花园管理处"};
  CHECK(c == want);
  // Null is absent; an empty mapping changes nothing.
  CHECK(parse_config("kefu.yaml",
                     "site: {name: 翠湖花园}\nstaff:\nsla: {complaint: {}, repair: {urgent: {}}}\n"
                     "fees: {}\ndun_levels:\nkeys: {}\ntargets: {}\n") == want);
  // An empty office is the file's, not the default.
  CHECK(parse_config("kefu.yaml", "site: {name: A, office: ''}\n").site.office == "");
  // A list written as one value.
  CHECK(parse_config("kefu.yaml", S + "departments: 工程部\n").departments ==
        std::vector<std::string>{"工程部"});
  // An empty list of dun levels is no levels.
  CHECK(parse_config("kefu.yaml", S + "dun_levels: []\n").fees.dun_levels.empty());
  // A target kefu does not know is left alone.
  CHECK(parse_config("kefu.yaml", S + "targets: {unknown: abc}\n").targets == want.targets);
  // A span of an urgency left out keeps its default; the other is set.
  auto r = parse_config("kefu.yaml", S + "sla: {repair: {urgent: {fix: 4h}}}\n").repair_sla;
  CHECK(r.arrive_urgent == SlaSpan::minutes(30));
  CHECK(r.fix_urgent == SlaSpan::hours(4));
  // sla.special: what it says; a callback left out follows sla.repair.callback_days.
  auto sp = [](const char* text) { return parse_config("kefu.yaml", S + text).special_sla; };
  CHECK(sp("sla: {special: {notice: 3wd, callback: 48h}}\n") ==
        SpecialSla{SlaSpan::working_days(3), SlaSpan::hours(48)});
  CHECK(sp("sla: {special: {notice: 1wd}}\n") ==
        SpecialSla{SlaSpan::working_days(1), SlaSpan::calendar_days(7)});
  CHECK(sp("sla: {repair: {callback_days: 3}, special: {notice: 1wd}}\n") ==
        SpecialSla{SlaSpan::working_days(1), SlaSpan::calendar_days(3)});
  CHECK(sp("sla: {repair: {callback_days: 3}, special: {callback: 7d}}\n").callback ==
        SlaSpan::calendar_days(7));
}

TEST_CASE("kefu.yaml: keys.deposit_required is read as id_check_required") {
  auto keys = [](const char* text) { return parse_config("kefu.yaml", S + text).keys; };
  CHECK(keys("keys: {deposit_required: false}\n").id_check_required == false);
  CHECK(keys("keys: {deposit_required: true}\n").id_check_required == true);
  CHECK(keys("keys: {deposit_required: false, id_check_required: true}\n").id_check_required);
  CHECK(keys("keys: {id_check_required: false, deposit_required: true}\n").id_check_required ==
        false);
}

TEST_CASE("kefu.yaml: bad values are refused at their line and column") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "kefu.yaml:1:1: 文件为空"},
      {"~\n", "kefu.yaml:1:1: 文件为空"},
      {"- a\n", "kefu.yaml:1:1: 此处应为键值映射（key: value）"},
      {"staff: []\n", "kefu.yaml:1:1: 缺少必填字段 site"},
      {"site: x\n", "kefu.yaml:1:7: 此处应为键值映射（key: value）"},
      {"site: {address: a}\n", "kefu.yaml:1:7: 缺少必填字段 name"},
      {"site: {name: [a]}\n", "kefu.yaml:1:14: name 应为单个值"},
      {"site: {name: A, office: [x]}\n", "kefu.yaml:1:25: office 应为单个值"},
      {S + "staff: x\n", "kefu.yaml:2:8: staff 应为人员列表"},
      {S + "staff: [x]\n", "kefu.yaml:2:9: 此处应为键值映射（key: value）"},
      {S + "staff:\n  - {name: a, role: 工程}\n", "kefu.yaml:3:5: 缺少必填字段 id"},
      {S + "staff:\n  - {id: a}\n", "kefu.yaml:3:5: 缺少必填字段 role"},
      {S + "staff:\n  - {id: a, role: 队长}\n",
       "kefu.yaml:3:19: role "
       "的值「队长」无效，可选：客户助理(assistant)、客户主管(supervisor)、管理处经理(manager)"
       "、工程(engineer)、护卫(security)、保洁(cleaner)、财务(finance)"},
      {S + "staff:\n  - {id: a, role: 工程}\n  - {id: a, role: 工程}\n",
       "kefu.yaml:4:10: 人员编号 a 重复"},
      {S + "staff:\n  - {id: a, name: b, role: 工程}\n  - {id: b, role: 工程}\n",
       "kefu.yaml:4:10: 人员编号 b 重复"},
      {S + "staff:\n  - {id: a, name: [b], role: 工程}\n", "kefu.yaml:3:19: name 应为单个值"},
      {S + "departments: {a: b}\n", "kefu.yaml:2:14: departments 应为列表"},
      {S + "departments: [[a]]\n", "kefu.yaml:2:15: departments 应为单个值"},
      {S + "complaint_categories: {a: b}\n", "kefu.yaml:2:23: complaint_categories 应为列表"},
      {S + "contact_categories: [{a: b}]\n", "kefu.yaml:2:22: contact_categories 应为单个值"},
      {S + "category_aliases: [a]\n", "kefu.yaml:2:19: 此处应为键值映射（key: value）"},
      {S + "contact_categories: [收费]\ncategory_aliases: {物业费: 费用}\n",
       "kefu.yaml:3:31: category_aliases 的「物业费」应归入 contact_categories "
       "中的类别，而不是「费用」"},
      {S + "sla: x\n", "kefu.yaml:2:6: 此处应为键值映射（key: value）"},
      {S + "sla:\n  complaint: x\n", "kefu.yaml:3:14: 此处应为键值映射（key: value）"},
      {S + "sla:\n  complaint:\n    response_hours: x\n",
       "kefu.yaml:4:21: response_hours 应为整数，而不是「x」"},
      {S + "sla:\n  complaint:\n    resolve_working_days: 3\n",
       "kefu.yaml:4:27: 此处应为键值映射（key: value）"},
      {S + "sla:\n  complaint:\n    resolve_working_days: {major: x}\n",
       "kefu.yaml:4:35: major 应为整数，而不是「x」"},
      {S + "sla:\n  complaint:\n    callback_days: {general: 1.5}\n",
       "kefu.yaml:4:30: general 应为整数，而不是「1.5」"},
      {S + "sla:\n  repair: x\n", "kefu.yaml:3:11: 此处应为键值映射（key: value）"},
      {S + "sla:\n  repair:\n    urgent: x\n", "kefu.yaml:4:13: 此处应为键值映射（key: value）"},
      {S + "sla:\n  repair:\n    urgent: {arrive: 30}\n",
       "kefu.yaml:4:22: arrive 应为时长：分钟如 30m，小时如 "
       "24h（连续计时，含夜间与节假日），工作日如 1wd，日历日如 2d，周如 2w"},
      {S + "sla:\n  repair:\n    normal: {fix: [a]}\n",
       "kefu.yaml:4:19: fix 应为时长：分钟如 30m，小时如 24h（连续计时，含夜间与节假日），工作日如 "
       "1wd，日历日如 2d，周如 2w"},
      {S + "sla:\n  repair:\n    urgent: {fix: 0h}\n",
       "kefu.yaml:4:19: fix 应为时长：分钟如 30m，小时如 24h（连续计时，含夜间与节假日），工作日如 "
       "1wd，日历日如 2d，周如 2w"},
      {S + "sla:\n  repair:\n    callback_days: -1\n", "kefu.yaml:4:20: callback_days 不能为负数"},
      {S + "sla:\n  repair:\n    callback_days: x\n",
       "kefu.yaml:4:20: callback_days 应为整数，而不是「x」"},
      {S + "fees: x\n", "kefu.yaml:2:7: 此处应为键值映射（key: value）"},
      {S + "fees:\n  items: x\n", "kefu.yaml:3:10: fees.items 应为收费项目列表"},
      {S + "fees:\n  items: [x]\n", "kefu.yaml:3:11: 此处应为键值映射（key: value）"},
      {S + "fees:\n  items:\n    - {basis: area, rate: 1}\n", "kefu.yaml:4:7: 缺少必填字段 key"},
      {S + "fees:\n  items:\n    - {key: a, rate: 1}\n", "kefu.yaml:4:7: 缺少必填字段 basis"},
      {S + "fees:\n  items:\n    - {key: a, basis: 面积, rate: 1}\n",
       "kefu.yaml:4:23: basis "
       "的值「面积」无效，可选：按面积(area)、按车位(space)、按用量(metered)、固定(fixed)"},
      {S + "fees:\n  items:\n    - {key: a, basis: area}\n", "kefu.yaml:4:7: 缺少必填字段 rate"},
      {S + "fees:\n  items:\n    - {key: a, basis: fixed, rate: x}\n",
       "kefu.yaml:4:36: 单价 rate 应为最多四位小数的元数，如 2.50"},
      {S + "fees:\n  items:\n    - {key: a, basis: area, rate: [1]}\n",
       "kefu.yaml:4:35: rate 应为单个值"},
      {S + "fees:\n  items:\n    - {key: a, basis: area, rate: 1}\n    - {key: a, basis: fixed}\n",
       "kefu.yaml:5:13: 收费项目 a 重复"},
      {S + "fees:\n  items:\n    - {key: a, name: b, basis: fixed}\n    - {key: b, basis: fixed}\n",
       "kefu.yaml:5:13: 收费项目 b 重复"},
      {S + "fees:\n  items:\n    - {key: a, basis: fixed, measure: [x]}\n",
       "kefu.yaml:4:39: measure 应为单个值"},
      {S + "fees:\n  late_fee_daily: 1\n",
       "kefu.yaml:3:19: 滞纳金日费率 late_fee_daily 应为小数，如 "
       "0.0003（万分之三）；不收滞纳金则写 0"},
      {S + "fees:\n  late_fee_daily: abc\n",
       "kefu.yaml:3:19: 滞纳金日费率 late_fee_daily 应为小数，如 "
       "0.0003（万分之三）；不收滞纳金则写 0"},
      {S + "fees:\n  late_fee_daily: [1]\n",
       "kefu.yaml:3:19: 滞纳金日费率 late_fee_daily 应为小数，如 "
       "0.0003（万分之三）；不收滞纳金则写 0"},
      {S + "fees:\n  pay_within_days: x\n",
       "kefu.yaml:3:20: pay_within_days 应为整数，而不是「x」"},
      {S + "fees:\n  limitation_warn_days: x\n",
       "kefu.yaml:3:25: limitation_warn_days 应为整数，而不是「x」"},
      {S + "fees:\n  owner: nobody\n", "kefu.yaml:3:10: fees.owner「nobody」不在人员花名册中"},
      {S + "fees:\n  owner: [a]\n", "kefu.yaml:3:10: owner 应为单个值"},
      {S + "dun_levels: x\n", "kefu.yaml:2:13: dun_levels 应为催缴级别列表"},
      {S + "dun_levels: [x]\n", "kefu.yaml:2:14: 此处应为键值映射（key: value）"},
      {S + "dun_levels:\n  - {level: 1, after_months: 1}\n", "kefu.yaml:3:5: 缺少必填字段 method"},
      {S + "dun_levels:\n  - {level: 1, method: 电话}\n",
       "kefu.yaml:3:5: after_months（欠费满几个月达到此级）应为正整数"},
      {S + "dun_levels:\n  - {level: 1, method: 电话, after_months: 0}\n",
       "kefu.yaml:3:5: after_months（欠费满几个月达到此级）应为正整数"},
      {S + "dun_levels:\n  - {level: 2, method: 电话, after_months: 1}\n  - {level: 1, method: "
           "上门, after_months: 2}\n",
       "kefu.yaml:4:5: 催缴级别应按 level 与 after_months 递增排列"},
      {S + "dun_levels:\n  - {method: 电话, after_months: 2}\n  - {method: 上门, after_months: "
           "2}\n",
       "kefu.yaml:4:5: 催缴级别应按 level 与 after_months 递增排列"},
      {S + "dun_levels:\n  - {method: 停水, after_months: 2}\n",
       "kefu.yaml:3:14: method "
       "的值「停水」无效，可选：电话(phone)、书面通知(written_notice)、上门(home_visit)、律师函("
       "lawyer_letter)、诉讼(lawsuit)"},
      {S + "dun_levels:\n  - {level: x, method: 电话, after_months: 2}\n",
       "kefu.yaml:3:13: level 应为整数，而不是「x」"},
      {S + "keys: x\n", "kefu.yaml:2:7: 此处应为键值映射（key: value）"},
      {S + "keys:\n  cutoff: 25:00\n",
       "kefu.yaml:3:11: keys.cutoff 应为当日归还时限，如 \"18:00\""},
      {S + "keys:\n  cutoff: [a]\n", "kefu.yaml:3:11: keys.cutoff 应为当日归还时限，如 \"18:00\""},
      {S + "keys:\n  id_check_required: yes\n",
       "kefu.yaml:3:22: keys.id_check_required 应为 true 或 false"},
      {S + "keys:\n  deposit_required: yes\n",
       "kefu.yaml:3:21: keys.deposit_required 应为 true 或 false"},
      {S + "keys:\n  deposit_required: yes\n  id_check_required: true\n",
       "kefu.yaml:3:21: keys.deposit_required 应为 true 或 false"},
      {S + "keys:\n  cash_deposit_required: 1\n",
       "kefu.yaml:3:26: keys.cash_deposit_required 应为 true 或 false"},
      {S + "keys:\n  cash_deposit: abc\n", "kefu.yaml:3:17: keys.cash_deposit 应为金额，如 100.00"},
      {S + "keys:\n  cash_deposit: [1]\n", "kefu.yaml:3:17: cash_deposit 应为单个值"},
      {S + "targets: x\n", "kefu.yaml:2:10: 此处应为键值映射（key: value）"},
      {S + "targets:\n  rework: abc\n", "kefu.yaml:3:11: 目标值 rework 应为百分数，如 92% 或 0.92"},
      {S + "targets:\n  satisfaction: 101%\n", "kefu.yaml:3:17: 目标值 satisfaction 超过 100%"},
      {S + "targets:\n  fee_collection: [1]\n",
       "kefu.yaml:3:19: 目标值 fee_collection 应为百分数，如 92% 或 0.92"},
  };
  for (const auto& [text, want] : cases) {
    INFO(text);
    CHECK(refusal(parse_config, "kefu.yaml", text) == want);
  }
}

TEST_CASE("calendar.yaml: every key is read") {
  auto cal = parse_calendar("calendar.yaml", R"(2025:
2026:
  holidays:
    - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
    - {name: 清明节, from: 2026-04-05}
  makeup_workdays: [2026-01-04]
2027年:
  makeup_workdays: [2027-02-07, 2027-02-20]
)");
  WorkingCalendar want;
  want.add_year(2025);
  want.add_year(2026);
  for (auto day : {"2026-01-01", "2026-01-02", "2026-01-03"}) want.add_holiday(d(day), "元旦");
  want.add_holiday(d("2026-04-05"), "清明节");
  want.add_makeup_workday(d("2026-01-04"));
  want.add_year(2027);
  want.add_makeup_workday(d("2027-02-07"));
  want.add_makeup_workday(d("2027-02-20"));
  CHECK(cal == want);
  CHECK(cal.covers(2025));
  CHECK_FALSE(cal.covers(2028));
  CHECK(cal.holiday_name(d("2026-01-02")) == "元旦");
  CHECK(cal.is_working_day(d("2026-01-04")));
  CHECK(parse_calendar("calendar.yaml", "") == WorkingCalendar{});
  CHECK(parse_calendar("calendar.yaml", "~\n") == WorkingCalendar{});
}

TEST_CASE("calendar.yaml: bad values are refused at their line and column") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"- a\n", "calendar.yaml:1:1: 此处应为键值映射（key: value）"},
      {"abc:\n  holidays: []\n", "calendar.yaml:1:1: calendar.yaml 的顶层键应为年份，如 2026"},
      {"2026: [a]\n", "calendar.yaml:1:7: 此处应为键值映射（key: value）"},
      {"2026:\n  holidays: x\n", "calendar.yaml:2:13: holidays 应为列表"},
      {"2026:\n  holidays: [x]\n", "calendar.yaml:2:14: 此处应为键值映射（key: value）"},
      {"2026:\n  holidays:\n    - {name: a}\n", "calendar.yaml:3:7: 缺少必填字段 from"},
      {"2026:\n  holidays:\n    - {name: a, from: x}\n",
       "calendar.yaml:3:23: from 不是有效的日期「x」，应如 2026-11-26"},
      {"2026:\n  holidays:\n    - {name: a, from: 2026-01-02, to: x}\n",
       "calendar.yaml:3:39: to 不是有效的日期「x」，应如 2026-11-26"},
      {"2026:\n  holidays:\n    - {name: a, from: 2026-01-02, to: 2026-01-01}\n",
       "calendar.yaml:3:39: 假期结束日期早于开始日期"},
      {"2026:\n  holidays:\n    - {from: 2026-01-02}\n", "calendar.yaml:3:7: 缺少必填字段 name"},
      {"2026:\n  holidays:\n    - {name: [a], from: 2026-01-02}\n",
       "calendar.yaml:3:14: name 应为单个值"},
      {"2026:\n  makeup_workdays: x\n", "calendar.yaml:2:20: makeup_workdays 应为日期列表"},
      {"2026:\n  makeup_workdays: {a: b}\n", "calendar.yaml:2:20: makeup_workdays 应为日期列表"},
      {"2026:\n  makeup_workdays: [x]\n", "calendar.yaml:2:21: 不是有效的日期「x」"},
      {"2026:\n  makeup_workdays: [[x]]\n", "calendar.yaml:2:21: 不是有效的日期「」"},
      {"2026:\n  holidays:\n    - {name: a, from: [2026-01-02]}\n",
       "calendar.yaml:3:23: from 应为单个值"},
      {"99999999999:\n", "calendar.yaml:1:1: calendar.yaml 的顶层键应为年份，如 2026"},
  };
  for (const auto& [text, want] : cases) {
    INFO(text);
    CHECK(refusal(parse_calendar, "calendar.yaml", text) == want);
  }
}
