/// Every member of every record type survives its file, its JSON and the index form: one
/// record of each type with every member set away from its default goes YAML → record → YAML,
/// record → codec → record and record → JSON; so do kefu.yaml and calendar.yaml. And each
/// member list names every member of its struct: the list's members, laid out in order, must
/// make up the struct exactly, so a member added to a struct and not to its list (or left out
/// of a list) fails here.
#include <doctest/doctest.h>

#include <string>
#include <typeinfo>
#include <vector>

#include "store/codec.hpp"
#include "store/complaint_store.hpp"
#include "store/datadir.hpp"
#include "store/fee_store.hpp"
#include "store/init.hpp"
#include "store/key_store.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/members_io.hpp"
#include "store/move_store.hpp"
#include "store/opinion_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"
#include "store/survey_store.hpp"
#include "store/visit_store.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

/// Walks a member list and checks that its members, at the offsets the struct gives them, are
/// its members in declaration order with nothing between them but alignment padding.
struct Layout {
  const char* base = nullptr;
  size_t next = 0;  // where the next member starts if nothing was skipped
  size_t count = 0;
  std::string gaps;

  template <class M, class... H>
  void operator()(const char* key, M& m, const H&...) {
    if constexpr (field::is_nested<M>) {
      m.each(*this);  // a mapping of the file: its members are the struct's, in turn
      return;
    }
    next = (next + alignof(M) - 1) / alignof(M) * alignof(M);
    auto at = static_cast<size_t>(reinterpret_cast<const char*>(&m) - base);
    if (at != next) gaps += std::string(" before ") + key;
    next = at + sizeof(M);
    ++count;
  }
};

/// The members a list visits; the struct's size minus `left_out` bytes must be theirs.
template <class T>
size_t check_layout(size_t left_out = 0) {
  T x{};
  Layout l;
  l.base = reinterpret_cast<const char*>(&x);
  members(l, x);
  size_t end = (l.next + alignof(T) - 1) / alignof(T) * alignof(T);
  INFO("type: " << typeid(T).name());
  CHECK(l.gaps == "");
  CHECK(end == sizeof(T) - left_out);
  return l.count;
}

template <class T>
T codec_round_trip(const T& x) {
  return decode<T>(encode(x));
}

template <class T>
void check_json_keys(const T& x) {
  Json j = RecordTraits<T>::to_json(x);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == file_keys<T>());
}

/// The file of a record, read back as kefu reads it.
template <class T>
T file_round_trip(const T& x) {
  auto text = emit_yaml(RecordTraits<T>::to_json(x));
  auto doc = parse_yaml("r.yaml", text);
  T back = RecordTraits<T>::from_yaml(YamlReader("r.yaml", doc.root));
  CHECK(emit_yaml(RecordTraits<T>::to_json(back)) == text);
  return back;
}

HistoryEntry history_entry() {
  return {t("2026-11-26T09:31"), "lili", "correct", "更正", {{"severity", "general", "major"}}};
}

Person person(const char* name) {
  return {name, "13800138000"};
}

CallbackRecord callback() {
  return {t("2026-11-28T10:00"), "lili", CallbackResult::unsatisfied, "王伟", "再处理",
          "13800138000"};
}

Complaint full_complaint() {
  Complaint c;
  c.id = "TS-2026-11-0001";
  c.status = ComplaintStatus::resolved;
  c.received_at = t("2026-11-26T09:30");
  c.channel = Channel::visit;
  c.unit = "1-1-101";
  c.place = "3栋大堂";
  c.complainant = person("王伟");
  c.involved = {"保安甲", "保洁乙"};
  c.category = "噪音扰民";
  c.severity = Severity::major;
  c.description = "楼上装修\n第二行";
  c.owner = "zhangmin";
  c.assigned_to = "工程部";
  c.acknowledged_at = t("2026-11-26T10:00");
  c.resolved_at = t("2026-11-27T16:00:05");
  c.resolution = "已协调";
  c.renovation = "ZX-2026-11-0001";
  c.visit = "ZF-2026-11-0001";
  c.patrol = "XS-2026-11-0001#1";
  c.callbacks = {callback()};
  c.history = {history_entry(), history_entry()};
  return c;
}

Renovation full_renovation() {
  Renovation r;
  r.id = "ZX-2026-09-0001";
  r.status = RenovationStatus::settled;
  r.received_at = t("2026-09-28T10:00");
  r.unit = "1-1-101";
  r.applicant = person("陈租户");
  r.tenant = true;
  r.owner_confirmation = "高平";
  r.contractor = "家美装饰";
  r.site_manager = person("周工");
  r.scope = "厨卫翻新";
  r.planned_start = Date{std::chrono::days{20738}};
  r.large = true;
  r.special_items = {"动火", "改动水电"};
  r.area_centi_m2 = 9825;
  r.owner = "zhangmin";
  r.billed_period = YearMonth{2026, 9};
  r.deposit_fen = 200000;
  r.waste_fen = 30000;
  r.water_fen = 10050;
  r.drawings = {"平面图", "改建图"};
  r.drawings_complete_at = t("2026-09-29T09:00");
  r.reviewed_at = t("2026-10-09T16:00");
  r.reviewed_by = "刘工";
  r.review_note = "同意";
  r.checked_at = t("2026-10-10T09:00");
  r.checked_by = "zhangmin";
  r.approved_at = t("2026-10-10T11:00");
  r.approved_by = "zhaojl";
  r.permit_days = 60;
  r.permit_issued_at = t("2026-10-12T09:00");
  r.permit_start = Date{std::chrono::days{20738}};
  r.permit_end = Date{std::chrono::days{20797}};
  r.extensions = {{t("2026-12-01T09:00"), "zhangmin", Date{std::chrono::days{20797}},
                   Date{std::chrono::days{20807}}, "瓷砖未到"}};
  r.passes = {{"01",
               "李四",
               {"身份证", "123X", false},
               t("2026-10-12T09:30"),
               "zhangmin",
               500,
               t("2026-12-20T09:00"),
               true,
               "lili"}};
  r.inspections = {{t("2026-10-13T10:00"), "lili", {"灭火器不足"}, 2, "已提醒"}};
  r.notices = {{"01", t("2026-10-13T10:05"), "lili", "补足灭火器", Date{std::chrono::days{20740}},
                true, t("2026-10-14T10:00"), "lili", "已补"}};
  r.hot_work = {{t("2026-10-15T09:00"),
                 "lili",
                 "刘工",
                 {Date{std::chrono::days{20741}}, Date{std::chrono::days{20742}}},
                 "王焊",
                 "T123"}};
  r.stays = {{"overtime",
              t("2026-10-16T17:00"),
              "lili",
              Date{std::chrono::days{20742}},
              "18:00-21:00",
              {"李四", "王五"},
              "赶工"}};
  r.accepted_at = t("2026-12-10T10:00");
  r.accepted_by = "lili";
  r.acceptance_note = "合格";
  r.deductions = {{"损坏公共墙面", 50000, false}, {"抵扣所欠费用", 1234, true}};
  r.refund_fen = 148766;
  r.settled_at = t("2026-12-11T10:00");
  r.settled_by = "lili";
  r.permit_returned_at = t("2026-12-12T10:00");
  r.complaints = {"TS-2026-10-0003"};
  r.history = {history_entry()};
  return r;
}

Repair full_repair() {
  Repair r;
  r.id = "BX-2026-11-0002";
  r.status = RepairStatus::done;
  r.received_at = t("2026-11-20T08:00");
  r.channel = Channel::online;
  r.urgency = Urgency::urgent;
  r.unit = "1-1-102";
  r.place = "厨房";
  r.requester = person("林芳");
  r.fault = "漏水";
  r.owner = "lili";
  r.team = "水电组";
  r.technician = "wanggong";
  r.dispatched_at = t("2026-11-20T08:05");
  r.arrived_at = t("2026-11-20T08:30");
  r.completed_at = t("2026-11-20T11:00");
  r.materials = "阀门";
  r.charge_fen = 12345;
  r.signed_by = "林芳";
  r.result = "更换阀门";
  r.reworks = {{t("2026-11-21T09:00"), "lili", "仍漏", "callback", t("2026-11-20T11:00")}};
  r.callbacks = {callback()};
  r.history = {history_entry()};
  r.special = "TY-2026-11-0001";
  r.visit = "ZF-2026-11-0001";
  r.patrol = "XS-2026-11-0001#2";
  return r;
}

SpecialService full_special() {
  SpecialService s;
  s.id = "TY-2026-11-0004";
  s.status = SpecialStatus::done;
  s.received_at = t("2026-11-20T08:00");
  s.channel = Channel::visit;
  s.unit = "1-1-102";
  s.requester = person("林芳");
  s.service = "unclog";
  s.what = "管道疏通";
  s.price_fen = 8050;
  s.price_source = "list";
  s.owner = "lili";
  s.done_by = "wanggong";
  s.done_at = t("2026-11-20T11:00");
  s.result = "已疏通";
  s.billed_period = YearMonth{2026, 11};
  s.delivered_at = t("2026-11-20T15:00");
  s.delivered_by = "lili";
  s.delivered_to = "林芳";
  s.from_repair = "BX-2026-11-0002";
  s.callbacks = {callback()};
  s.history = {history_entry()};
  return s;
}

Contact full_contact() {
  Contact c;
  c.id = "LD-2026-11-0003";
  c.received_at = t("2026-11-22T14:00");
  c.type = ContactType::praise;
  c.channel = Channel::letter;
  c.category = "物业服务";
  c.unit = "2-1-201";
  c.person = person("陈静");
  c.content = "感谢保安";
  c.reply = "已转达";
  c.owner = "lili";
  c.history = {history_entry()};
  return c;
}

Opinion full_opinion() {
  Opinion o;
  o.id = "YJ-2026-11-0002";
  o.status = OpinionStatus::rectified;
  o.collected_at = t("2026-11-20T10:00");
  o.source = OpinionSource::suggestion;
  o.source_id = "LD-2026-11-0003";
  o.unit = "2-1-201";
  o.person = person("陈静");
  o.text = "车库照明不足";
  o.department = "工程部";
  o.owner = "lili";
  o.sent_at = t("2026-11-21T09:00");
  o.sent_to = "李工";
  o.measures_at = t("2026-11-23T16:00");
  o.measures = "加装灯具";
  o.measures_from = "工程部 李工";
  o.rectified_at = t("2026-11-26T11:00");
  o.rectification = "已加装 12 盏";
  o.callbacks = {callback()};
  o.history = {history_entry()};
  return o;
}

Survey full_survey() {
  Survey s;
  s.id = "DC-2026-10-0001";
  s.status = SurveyStatus::closed;
  s.name = "2026年第四季度顾客满意度调查";
  s.from = *parse_date("2026-10-08");
  s.to = *parse_date("2026-10-31");
  s.opened_at = t("2026-10-08T09:00");
  s.owner = "lili";
  s.items = {"客户服务", "工程维修"};
  s.buildings = {"1", "2"};
  s.population = 120;
  SurveyAnswer a;
  a.unit = "1-1-101";
  a.building = "1";
  a.at = t("2026-10-09T10:00");
  a.by = "lili";
  a.file = "第四季度.xlsx";
  a.ratings = {{"客户服务", CallbackResult::satisfied},
               {"工程维修", CallbackResult::basically_satisfied}};
  a.opinion = "地库照明太暗";
  s.answers = {a};
  s.history = {history_entry()};
  return s;
}

Key full_key() {
  Key k;
  k.code = "GG-01";
  k.name = "3栋天台门";
  k.kind = KeyKind::spare;
  k.unit = "3-2-1102";
  k.copies = 3;
  k.location = "钥匙柜A-03";
  k.state = KeyState::out;
  k.loan = "JY-2026-11-0004";
  k.note = "备用";
  k.history = {history_entry()};
  return k;
}

KeyLoan full_loan() {
  KeyLoan l;
  l.id = "JY-2026-11-0004";
  l.key = "GG-01";
  l.key_name = "3栋天台门";
  l.key_kind = KeyKind::spare;
  l.unit = "3-2-1102";
  l.borrower = person("赵强");
  l.borrower_is_staff = true;
  l.purpose = "工程维修：更换水泵";
  l.category = KeyPurpose::engineering;
  l.lent_at = t("2026-11-26T09:00");
  l.lent_by = "lili";
  l.due_at = t("2026-11-26T18:00");
  l.consent_by = "wangjl";
  l.approved_by = "zhaojl";
  l.id_checked = IdCheck{"身份证", "123X", true};
  l.deposit.cash_fen = 10050;
  l.emergency = true;
  l.notice = EmergencyNotice{NotifiedParty::emergency_contact, "赵强", "13700137000", "已告知"};
  l.returned_at = t("2026-11-26T19:00");
  l.returned_by = "赵强之子";
  l.received_by = "zhangmin";
  l.condition = KeyCondition::damaged;
  l.late = true;
  l.deposit_refunded = false;
  l.return_note = "门锁损坏";
  l.history = {history_entry()};
  return l;
}

Bill full_bill() {
  return {"1-1-101",
          {2026, 11},
          {{"water", "水费", 1250, 35000, 4375, t("2026-11-01T00:00"), "lili", "抄表"},
           {"management", "物业管理费", 8950, 25000, 22375, t("2026-11-01T00:00"), "lili", "x"}}};
}

Payment full_payment() {
  return {"JF-2026-11-0001",
          "1-1-101",
          t("2026-11-05T10:00"),
          26750,
          PayMethod::wechat,
          "R001",
          YearMonth{2026, 10},
          "lili",
          "预存",
          "ZX-2026-09-0001"};
}

DunEntry full_dun_entry() {
  return {t("2026-11-10T10:00"),
          2,
          DunMethod::written_notice,
          {{2026, 9}, {2026, 10}},
          53500,
          "notices/x.txt",
          "lili",
          "答应月底缴清",
          Date{std::chrono::days{20800}},
          t("2026-11-11T09:00"),
          "zhangmin"};
}

Unit full_unit() {
  return {"1-1-101",
          "1",
          "王伟",
          "13800138000",
          8950,
          2,
          person("王芳"),
          Occupancy::rented,
          {{"王伟", ResidentRelation::owner, "13800138000"}},
          {{"粤B12345", "B1-023"}},
          {{"1-1-101-2", "王伟", CardState::lost, t("2026-11-10T09:00"), "lili", 2000,
            t("2026-11-12T10:00"), "lili", "1-1-101-1"}},
          {{t("2026-11-10T09:00"), "lili", "业主", "王强", "王伟", "房屋过户"}}};
}

Visit full_visit() {
  Visit v;
  v.id = "ZF-2026-11-0001";
  v.visited_at = t("2026-11-20T15:00");
  v.unit = "1-1-101";
  v.person = person("王伟");
  v.by = "lili";
  v.purpose = "例行走访";
  v.raised = "卫生间渗水";
  v.follow_up = "已安排维修";
  v.opinion = "YJ-2026-11-0001";
  v.complaint = "TS-2026-11-0001";
  v.repair = "BX-2026-11-0001";
  v.history = {history_entry()};
  return v;
}

Move full_move() {
  Move m;
  m.id = "BQ-2026-11-0002";
  m.kind = MoveKind::move_out;
  m.received_at = t("2026-11-20T08:00");
  m.moved_at = t("2026-11-21T09:00");
  m.unit = "1-1-102";
  m.occupant = OccupantType::tenant;
  m.people = {{"李四", ResidentRelation::tenant, "13912345678"}};
  m.emergency_contact = person("李父");
  m.checklist = {{"钥匙交接", true, "2 把"}};
  m.consent = OwnerConsent{"林芳", ConsentMethod::phone, t("2026-11-20T10:00"), "lili", "同意"};
  m.settlement = Settlement{
      t("2026-11-20T11:00"), "lili", {{{2026, 10}, 30000, 10000, 20000}}, 20000, 50, 19950};
  m.releases = {
      {1, t("2026-11-21T09:30"), "家具", 12, "粤B12345", "lili", 19950, "wangjing", "承诺缴清"}};
  m.owner = "lili";
  m.note = "提前退租";
  m.history = {history_entry()};
  return m;
}

Duty full_duty() {
  Duty d;
  d.id = "ZB-2026-11-0003";
  d.shift = "中班";
  d.start = t("2026-11-20T16:00");
  d.end = t("2026-11-21T00:00");
  d.log = {{t("2026-11-20T17:05"), DutyEntryKind::phone, "3-2-801 来电询问停水", "lili"}};
  d.handover = Handover{t("2026-11-20T23:55"),
                        "lili",
                        "zhangmin",
                        {{"key", "JY-2026-11-0001", "GG-01 天台门", t("2026-11-20T15:00"), "加班"}},
                        "夜间注意",
                        t("2026-11-21T00:05"),
                        "zhangmin"};
  d.owner = "lili";
  d.history = {history_entry()};
  return d;
}

Visitor full_visitor() {
  Visitor v;
  v.id = "FK-2026-11-0001";
  v.name = "陈先生";
  v.phone = "13912345678";
  v.people = 2;
  v.unit = "1-1-101";
  v.host = "王伟";
  v.purpose = "探亲";
  v.id_checked = IdCheck{"身份证", "123X", false};
  v.in_at = t("2026-11-20T10:00");
  v.registered_by = "lili";
  v.out_at = t("2026-11-20T11:00");
  v.out_by = "zhangmin";
  v.note = "带礼品";
  v.history = {history_entry()};
  return v;
}

ItemLoan full_item_loan() {
  ItemLoan l;
  l.id = "JW-2026-11-0001";
  l.item = "梯子";
  l.quantity = 2;
  l.borrower = person("王伟");
  l.unit = "1-1-101";
  l.purpose = "换灯泡";
  l.lent_at = t("2026-11-20T10:00");
  l.lent_by = "lili";
  l.due_at = t("2026-11-20T18:00");
  l.returned_at = t("2026-11-20T17:00");
  l.returned_by = "王芳";
  l.received_by = "zhangmin";
  l.condition = "完好";
  l.note = "押身份证复印件";
  l.history = {history_entry()};
  return l;
}

Patrol full_patrol() {
  Patrol p;
  p.id = "XS-2026-11-0003";
  p.round = "weekly";
  p.received_at = t("2026-11-20T10:05");
  p.started_at = t("2026-11-20T09:00");
  p.finished_at = t("2026-11-20T10:00");
  p.walkers = {"lili", "zhangmin"};
  p.results = {{"大堂/乱贴乱画", CheckResult::abnormal, "电梯厅小广告"}};
  p.findings = {{1, "大堂/乱贴乱画", "电梯厅小广告", "BX-2026-11-0004", "TS-2026-11-0002",
                 t("2026-11-20T11:00"), "zhangmin", "已清除"}};
  p.owner = "lili";
  p.note = "雨天";
  p.history = {history_entry()};
  return p;
}

LostItem full_lost() {
  LostItem x;
  x.id = "SW-2026-11-0001";
  x.received_at = t("2026-11-20T09:10");
  x.found_at = t("2026-11-20T08:40");
  x.item = "黑色钱包";
  x.place = "3栋大堂";
  x.found_by = "刘芳";
  x.kept_at = "前台保险柜";
  x.owner = "zhangmin";
  x.acknowledged_at = t("2026-11-20T09:30");
  x.acknowledged_by = "lili";
  x.returned =
      LostReturn{t("2026-11-21T10:00"), "王伟", "13800138000", IdCheck{"身份证", "123X", true},
                 "说出卡内户名",        "王伟", "zhangmin"};
  x.disposal = LostDisposalRecord{
      t("2026-12-21T10:00"), LostDisposal::disposed, "lili", "园区派出所", "易腐", "zhangmin"};
  x.note = "内有现金";
  x.history = {history_entry()};
  return x;
}

Config full_config() {
  Config c = default_config();
  c.site = {"翠湖花园", "湖滨路1号", "0755-1234567", "翠湖物业处"};
  c.staff = {{"lili", "李丽", Role::supervisor, "13600136000"}};
  c.departments = {"工程部"};
  c.complaint_categories = {"噪音扰民"};
  c.complaint_sla = {12, 2, 4, 5, 10};
  c.repair_sla = {SlaSpan::minutes(20), SlaSpan::hours(12), SlaSpan::hours(2),
                  SlaSpan::working_days(2), 5};
  c.opinion_sla = {SlaSpan::working_days(2), SlaSpan::working_days(3), SlaSpan::calendar_days(10)};
  c.special_sla = {SlaSpan::working_days(3), SlaSpan::hours(48)};
  c.contact_categories = {"其他"};
  c.category_aliases = {{"收费问题", "其他"}};
  c.targets = {{"complaint_timely", {9500, false}}, {"repair_timely", {9000, false}},
               {"repair_callback", {8000, false}},  {"rework", {250, true}},
               {"satisfaction", {9250, false}},     {"fee_collection", {8800, false}}};
  c.fees.items = {{"water", "水费", FeeBasis::metered, 35000, "吨"}};
  c.fees.dun_levels = {{2, "上门催缴", DunMethod::home_visit, 2}};
  c.fees.late_fee_daily_ppm = 300;
  c.fees.pay_within_days = 10;
  c.fees.owner = "lili";
  c.fees.limitation_warn_days = 60;
  c.keys = {17 * 60 + 30, false, true, 20000};
  c.renovation = {300000, 40000, 15000, 1000, 60, 7, 5, 2, 45, 4, {"平面图", "效果图"}, "lili"};
  c.special_services = {{"unclog", "管道疏通", 8000}};
  c.survey_items = {"客户服务", "保洁服务"};
  c.satisfaction_measure = SatisfactionMeasure::both;
  c.move_checklist = {"钥匙交接"};
  c.resident_cards = {1000, 2000};
  c.shifts = {{"白班", 7 * 60, 19 * 60}, {"夜班", 19 * 60, 7 * 60}};
  c.patrols.areas = {{"会所", {"泳池"}}};
  c.patrols.rounds = {{"night", "夜巡", PatrolFrequency::weekly, {"会所"}, {"门窗"}, true, "lili"}};
  c.lost_property.keep_days = 60;
  return c;
}

CalendarFile full_calendar() {
  return {{"2026",
           {{{*parse_date("2026-10-01"), *parse_date("2026-10-07"), "国庆节"},
             {*parse_date("2026-12-31"), std::nullopt, "元旦"}},
            {*parse_date("2026-09-27"), *parse_date("2026-10-10")}}},
          {"2027年", {{{*parse_date("2027-01-01"), std::nullopt, "元旦"}}, {}}}};
}

/// Every value of `j` that is not an object differs from its counterpart in `base`.
void check_all_differ(const Json& j, const Json& base, const std::string& at = "") {
  for (auto it = j.begin(); it != j.end(); ++it) {
    INFO("member: " << at << "." << it.key());
    REQUIRE(base.contains(it.key()));
    if (it.value().is_object())
      check_all_differ(it.value(), base[it.key()], at + "." + it.key());
    else
      CHECK(it.value() != base[it.key()]);
  }
}

}  // namespace

TEST_CASE("each member list names every member of its struct, in order") {
  // The counts say what the layout check found; a new member changes both.
  CHECK(check_layout<FieldChange>() == 3);
  CHECK(check_layout<HistoryEntry>() == 5);
  CHECK(check_layout<Person>() == 2);
  CHECK(check_layout<CallbackRecord>() == 6);
  CHECK(check_layout<Complaint>() == 21);
  CHECK(check_layout<ReworkEntry>() == 5);
  CHECK(check_layout<Repair>() == 25);
  CHECK(check_layout<SpecialService>() == 21);
  CHECK(check_layout<SpecialServiceItem>() == 3);
  CHECK(check_layout<Contact>() == 11);
  CHECK(check_layout<Key>() == 10);
  CHECK(check_layout<Deposit>() == 1);
  CHECK(check_layout<IdCheck>() == 3);
  CHECK(check_layout<EmergencyNotice>() == 4);
  CHECK(check_layout<KeyLoan>() == 26);
  CHECK(check_layout<BillItem>() == 8);
  CHECK(check_layout<Bill>() == 3);
  CHECK(check_layout<Payment>() == 10);
  CHECK(check_layout<DunEntry>() == 11);
  CHECK(check_layout<DunLog>() == 3);
  CHECK(check_layout<Allocation>() == 5);
  CHECK(check_layout<PeriodBalance>() == 3);
  CHECK(check_layout<Ledger>() == 7);
  CHECK(check_layout<Unit>() == 12);
  CHECK(check_layout<Vehicle>() == 2);
  CHECK(check_layout<ResidentCard>() == 9);
  CHECK(check_layout<UnitChange>() == 6);
  CHECK(check_layout<Visit>() == 12);
  CHECK(check_layout<ResidentCardFees>() == 2);
  CHECK(check_layout<Site>() == 4);
  CHECK(check_layout<StaffMember>() == 4);
  CHECK(check_layout<ComplaintSla>() == 5);
  CHECK(check_layout<RepairSla>() == 5);
  CHECK(check_layout<FeeItemConfig>() == 5);
  CHECK(check_layout<DunLevel>() == 4);
  CHECK(check_layout<KeyRules>() == 4);
  // FeeConfig's members are named in Config's list (`fees:` and `dun_levels:`).
  CHECK(check_layout<OpinionSla>() == 3);
  CHECK(check_layout<SpecialSla>() == 2);
  CHECK(check_layout<Opinion>() == 19);
  CHECK(check_layout<Survey>() == 12);
  CHECK(check_layout<SurveyAnswer>() == 7);
  CHECK(check_layout<Config>() == 27);
  CHECK(check_layout<RenovationConfig>() == 12);
  CHECK(check_layout<Renovation>() == 48);
  CHECK(check_layout<WorkerPass>() == 9);
  CHECK(check_layout<PermitExtension>() == 5);
  CHECK(check_layout<SiteInspection>() == 5);
  CHECK(check_layout<RectificationNotice>() == 9);
  CHECK(check_layout<HotWorkPermit>() == 6);
  CHECK(check_layout<SiteStay>() == 7);
  CHECK(check_layout<Deduction>() == 3);
  CHECK(check_layout<DepositHeld>() == 3);
  CHECK(check_layout<Resident>() == 3);
  CHECK(check_layout<ChecklistItem>() == 3);
  CHECK(check_layout<OwnerConsent>() == 5);
  CHECK(check_layout<SettlementLine>() == 4);
  CHECK(check_layout<Settlement>() == 6);
  CHECK(check_layout<ReleaseSlip>() == 9);
  CHECK(check_layout<Move>() == 15);
  CHECK(check_layout<Shift>() == 3);
  CHECK(check_layout<DutyEntry>() == 4);
  CHECK(check_layout<CarriedItem>() == 5);
  CHECK(check_layout<Handover>() == 7);
  CHECK(check_layout<Duty>() == 8);
  CHECK(check_layout<Visitor>() == 14);
  CHECK(check_layout<ItemLoan>() == 15);
  CHECK(check_layout<PatrolArea>() == 2);
  CHECK(check_layout<PatrolRound>() == 7);
  CHECK(check_layout<PatrolConfig>() == 2);
  CHECK(check_layout<LostPropertyConfig>() == 1);
  CHECK(check_layout<CheckpointResult>() == 3);
  CHECK(check_layout<Finding>() == 8);
  CHECK(check_layout<Patrol>() == 11);
  CHECK(check_layout<LostReturn>() == 7);
  CHECK(check_layout<LostDisposalRecord>() == 6);
  CHECK(check_layout<LostItem>() == 14);
  CHECK(check_layout<HolidayRange>() == 3);
  CHECK(check_layout<CalendarYear>() == 2);
}

TEST_CASE("complaints, repairs, contacts, keys and loans: file, JSON and index form") {
  auto c = full_complaint();
  CHECK(file_round_trip(c) == c);
  CHECK(codec_round_trip(c) == c);
  check_json_keys(c);

  auto r = full_repair();
  CHECK(file_round_trip(r) == r);
  CHECK(codec_round_trip(r) == r);
  check_json_keys(r);

  auto sp = full_special();
  CHECK(file_round_trip(sp) == sp);
  CHECK(codec_round_trip(sp) == sp);
  check_json_keys(sp);

  auto x = full_contact();
  CHECK(file_round_trip(x) == x);
  CHECK(codec_round_trip(x) == x);
  check_json_keys(x);

  auto o = full_opinion();
  CHECK(file_round_trip(o) == o);
  CHECK(codec_round_trip(o) == o);
  check_json_keys(o);

  auto zx = full_renovation();
  CHECK(file_round_trip(zx) == zx);
  CHECK(codec_round_trip(zx) == zx);
  check_json_keys(zx);
  auto zf = full_visit();
  CHECK(file_round_trip(zf) == zf);
  CHECK(codec_round_trip(zf) == zf);
  check_json_keys(zf);
  auto mv = full_move();
  CHECK(file_round_trip(mv) == mv);
  CHECK(codec_round_trip(mv) == mv);
  check_json_keys(mv);
  auto xs = full_patrol();
  CHECK(file_round_trip(xs) == xs);
  CHECK(codec_round_trip(xs) == xs);
  check_json_keys(xs);
  auto sw = full_lost();
  CHECK(file_round_trip(sw) == sw);
  CHECK(codec_round_trip(sw) == sw);
  check_json_keys(sw);

  auto zb = full_duty();
  CHECK(file_round_trip(zb) == zb);
  CHECK(codec_round_trip(zb) == zb);
  check_json_keys(zb);
  zb.handover.reset();
  CHECK(file_round_trip(zb) == zb);

  auto fk = full_visitor();
  CHECK(file_round_trip(fk) == fk);
  CHECK(codec_round_trip(fk) == fk);
  check_json_keys(fk);

  auto jw = full_item_loan();
  CHECK(file_round_trip(jw) == jw);
  CHECK(codec_round_trip(jw) == jw);
  check_json_keys(jw);

  auto sv = full_survey();
  CHECK(file_round_trip(sv) == sv);
  CHECK(codec_round_trip(sv) == sv);
  check_json_keys(sv);

  auto k = full_key();
  CHECK(file_round_trip(k) == k);
  CHECK(codec_round_trip(k) == k);
  check_json_keys(k);

  auto l = full_loan();
  CHECK(file_round_trip(l) == l);
  CHECK(codec_round_trip(l) == l);
  check_json_keys(l);
  // What is written only when set is not written unset, and reads back unset.
  l.id_checked.reset();
  l.notice.reset();
  l.condition.reset();
  l.deposit_refunded.reset();
  l.deposit.cash_fen.reset();
  CHECK(file_round_trip(l) == l);
  CHECK(codec_round_trip(l) == l);
}

TEST_CASE("bills, payments and dun logs: file, JSON and index form") {
  BillFile bills;
  bills.month = {2026, 11};
  bills.building = "1";
  bills.records = {full_bill(), full_bill()};
  auto text = bill_file_yaml(bills);
  auto back = FeeStore::parse_bills(
      {"/d/fees/bills/2026/11/1.yaml", "fees/bills/2026/11/1.yaml", text, SealState::missing});
  CHECK(back.records == bills.records);
  CHECK(bill_file_yaml(back) == text);
  CHECK(codec_round_trip(bills.records) == bills.records);
  CHECK(bill_to_json(full_bill()).size() == file_keys<Bill>().size());

  PaymentFile pays;
  pays.month = {2026, 11};
  pays.building = "1";
  pays.records = {full_payment()};
  text = payment_file_yaml(pays);
  auto pback = FeeStore::parse_payments({"/d/fees/payments/2026/11/1.yaml",
                                         "fees/payments/2026/11/1.yaml", text, SealState::missing});
  CHECK(pback.records == pays.records);
  CHECK(payment_file_yaml(pback) == text);
  CHECK(codec_round_trip(full_payment()) == full_payment());
  CHECK(payment_to_json(full_payment()).size() == file_keys<Payment>().size());

  DunLog log{"1-1-101", {full_dun_entry(), full_dun_entry()}, R"({"corrections":["x"]})"};
  text = dun_file_yaml(log);
  auto dback = FeeStore::parse_dun({"/d/fees/dun/1-1-101.yaml", "fees/dun/1-1-101.yaml", text, {}});
  CHECK(dback == log);
  CHECK(dun_file_yaml(dback) == text);
  CHECK(codec_round_trip(log) == log);
  CHECK(dun_entry_to_json(full_dun_entry()).size() == file_keys<DunEntry>().size());

  Ledger ledger{"1-1-101",
                {{{2026, 10}, 100, 50}},
                {{"JF-2026-11-0001", {2026, 10}, 50, t("2026-11-05T10:00"), true}},
                100,
                150,
                100,
                {{"ZX-2026-09-0001", 200000, 150000}}};
  CHECK(codec_round_trip(ledger) == ledger);
}

TEST_CASE("units: file and parse cache") {
  auto u = full_unit();
  Unit other = u;
  other.id = "1-1-102";
  other.building = "9";
  Json without = members_json(other);
  without.erase("building");  // takes the file's
  Json units{{"building", "1"}, {"units", Json::array({members_json(u), without})}};
  auto parsed = parse_units("units/1.yaml", emit_yaml(units));
  other.building = "1";
  CHECK(parsed == std::vector<Unit>{u, other});
  CHECK(codec_round_trip(parsed) == parsed);
}

TEST_CASE("kefu.yaml: file, JSON and parse cache") {
  auto c = full_config();
  check_all_differ(members_json(c), members_json(default_config()));
  auto text = emit_yaml(members_json(c));
  auto back = parse_config("kefu.yaml", text);
  CHECK(back == c);
  CHECK(emit_yaml(members_json(back)) == text);
  CHECK(codec_round_trip(c) == c);
  // kefu.yaml's top-level keys, in the order they have always been read.
  CHECK(file_keys<Config>() == std::vector<std::string>{"site",
                                                        "staff",
                                                        "departments",
                                                        "complaint_categories",
                                                        "contact_categories",
                                                        "category_aliases",
                                                        "sla",
                                                        "fees",
                                                        "dun_levels",
                                                        "keys",
                                                        "renovation",
                                                        "targets",
                                                        "special_services",
                                                        "survey_items",
                                                        "satisfaction_measure",
                                                        "move_checklist",
                                                        "resident_cards",
                                                        "shifts",
                                                        "patrols",
                                                        "lost_property"});
  Json j = members_json(c);
  CHECK(j["sla"]["complaint"]["resolve_working_days"] == Json{{"major", 2}, {"general", 4}});
  CHECK(j["sla"]["repair"]["urgent"] == Json{{"arrive", "20m"}, {"fix", "12h"}});
  CHECK(j["sla"]["opinion"] == Json{{"send", "2wd"}, {"measures", "3wd"}, {"callback", "10d"}});
  CHECK(members_json(default_config())["sla"]["opinion"] ==
        Json{{"send", "2d"}, {"measures", "3d"}, {"callback", "2w"}});
  CHECK(j["sla"]["special"] == Json{{"notice", "3wd"}, {"callback", "48h"}});
  CHECK(members_json(default_config())["sla"]["special"] ==
        Json{{"notice", "2wd"}, {"callback", "1w"}});
  CHECK(j["fees"]["late_fee_daily"] == "0.0003");
  CHECK(j["fees"].contains("dun_levels") == false);
  CHECK(j["keys"] == Json{{"cutoff", "17:30"},
                          {"id_check_required", false},
                          {"cash_deposit_required", true},
                          {"cash_deposit", "200.00"}});
  CHECK(j["targets"]["satisfaction"] == "92.50%");
  CHECK(j["shifts"][1] == Json{{"name", "夜班"}, {"start", "19:00"}, {"end", "07:00"}});
  CHECK(members_json(default_config())["shifts"][1] ==
        Json{{"name", "中班"}, {"start", "16:00"}, {"end", "24:00"}});
  // The starter file reads back as the defaults it writes.
  StarterSite site;
  site.name = "翠湖花园";
  auto starter = parse_config("kefu.yaml", starter_config_yaml(site));
  CHECK(starter.fees.items.size() == 5);
  CHECK(starter.special_services.size() == 4);
  CHECK(starter.find_special_service("unclog")->price_fen == 8000);
  starter.staff.clear();
  starter.fees.items.clear();
  starter.special_services.clear();
  Config want = default_config();
  want.site = {"翠湖花园", "", "", "翠湖花园管理处"};
  CHECK(starter == want);
}

TEST_CASE("calendar.yaml: file, JSON and parse cache") {
  auto f = full_calendar();
  auto text = emit_yaml(members_json(f));
  auto back = read_calendar_file("calendar.yaml", text);
  CHECK(back == f);
  CHECK(emit_yaml(members_json(back)) == text);
  CHECK(codec_round_trip(f) == f);
  CHECK(codec_round_trip(read_calendar_file("calendar.yaml", official_calendar_yaml())) ==
        read_calendar_file("calendar.yaml", official_calendar_yaml()));

  WorkingCalendar cal;
  cal.add_year(2026);
  cal.add_holiday(*parse_date("2026-10-01"), "国庆节");
  cal.add_holiday(*parse_date("2026-10-02"), "国庆节");
  cal.add_makeup_workday(*parse_date("2026-10-10"));
  auto read = parse_calendar("calendar.yaml", R"(2026:
  holidays:
    - {name: 国庆节, from: 2026-10-01, to: 2026-10-02}
  makeup_workdays: [2026-10-10]
)");
  CHECK(read == cal);
  CHECK(WorkingCalendar(f) == parse_calendar("calendar.yaml", text));
}
