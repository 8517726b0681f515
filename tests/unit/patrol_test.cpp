/// Patrols and lost property: a round's checkpoints, its periods and what is missing; findings
/// and what becomes of them; lost property's states, keeping period and what is open at a time.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "core/lost.hpp"
#include "core/patrol.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Patrol walked(const char* round, const char* at) {
  NewPatrol n;
  n.round = round;
  n.checkpoints = {"大堂/照明"};
  n.started_at = t(at);
  return log_patrol("XS-2026-11-0001", n, "zhangmin", t(at));
}

const StaffMember kSupervisor{"lili", "李丽", Role::supervisor, ""};
const StaffMember kAssistant{"zhangmin", "张敏", Role::assistant, ""};

}  // namespace

TEST_CASE("a round's checkpoints: areas' own, items in each area, items alone, vacant units") {
  auto cfg = default_patrol_config();
  CHECK(patrol_config_problem(cfg).empty());
  const auto& daily = *cfg.find_round("daily");
  auto all = round_checkpoints(cfg, daily, {});
  CHECK(all.size() == 15);
  CHECK(all.front() == "大堂/前台岗位");
  CHECK(round_checkpoints(cfg, daily, {}, {"电梯"}) ==
        std::vector<std::string>{"电梯/运行", "电梯/轿厢卫生"});
  CHECK_THROWS_AS(round_checkpoints(cfg, daily, {}, {"会所"}), RefusedError);
  const auto& weekly = *cfg.find_round("每周检查");
  CHECK(round_checkpoints(cfg, weekly, {}).size() == 4);
  CHECK_THROWS_AS(round_checkpoints(cfg, weekly, {}, {"大堂"}), RefusedError);
  const auto& vacant = *cfg.find_round("vacant");
  CHECK(round_checkpoints(cfg, vacant, {"1-1-101", "2-1-302"}) ==
        std::vector<std::string>{"1-1-101", "2-1-302"});
  PatrolRound r{"night", "", PatrolFrequency::daily, {"大堂", "电梯"}, {"门窗"}, false, ""};
  CHECK(round_checkpoints(cfg, r, {}) == std::vector<std::string>{"大堂/门窗", "电梯/门窗"});
  cfg.rounds.push_back({"x", "", PatrolFrequency::daily, {"会所"}, {}, false, ""});
  CHECK(!patrol_config_problem(cfg).empty());
}

TEST_CASE("a patrol: findings mark the checkpoint they name, then each is dealt with once") {
  NewPatrol n;
  n.round = "daily";
  n.checkpoints = {"大堂/照明", "大堂/地面卫生", "各楼层/照明", "电梯/运行"};
  n.findings = {parse_finding("大堂/照明:两盏筒灯不亮"), parse_finding("运行：3号梯异响"),
                parse_finding("照明:不唯一，不标记"), parse_finding("5栋门口:单车乱停")};
  n.started_at = t("2026-11-26T09:00");
  auto p = log_patrol("XS-2026-11-0001", n, "zhangmin", t("2026-11-26T09:40"));
  CHECK(p.owner == "zhangmin");
  CHECK(p.walkers == std::vector<std::string>{"zhangmin"});
  CHECK(p.results[0].result == CheckResult::abnormal);
  CHECK(p.results[0].note == "两盏筒灯不亮");
  CHECK(p.results[1].result == CheckResult::normal);
  CHECK(p.results[2].result == CheckResult::normal);  // 照明 names two checkpoints
  CHECK(p.results[3].result == CheckResult::abnormal);
  CHECK(p.findings.size() == 4);
  CHECK(p.open());
  CHECK_THROWS_AS(parse_finding("没有冒号"), RefusedError);
  CHECK_THROWS_AS(parse_finding(":无地点"), RefusedError);
  CHECK(parse_finding_ref("XS-2026-11-0001#2") ==
        std::pair<std::string, int>{"XS-2026-11-0001", 2});
  CHECK_THROWS_AS(parse_finding_ref("XS-2026-11-0001"), RefusedError);
  CHECK_THROWS_AS(parse_finding_ref("XS-2026-11-0001#x"), RefusedError);

  finding_to_repair(p, 1, "BX-2026-11-0009", "zhangmin", t("2026-11-26T10:00"));
  CHECK_THROWS_AS(finding_to_complaint(p, 1, "TS-2026-11-0001", "zhangmin", t("2026-11-26T10:00")),
                  RefusedError);
  finding_to_complaint(p, 2, "TS-2026-11-0001", "zhangmin", t("2026-11-26T10:00"));
  CHECK_THROWS_AS(finding_fixed(p, 3, " ", "zhangmin", t("2026-11-26T10:00")), RefusedError);
  finding_fixed(p, 3, "已通知电工", "zhangmin", t("2026-11-26T10:00"));
  CHECK(p.open());
  finding_fixed(p, 4, "已摆放整齐", "zhangmin", t("2026-11-26T10:05"));
  CHECK(!p.open());
  CHECK_THROWS_AS(finding_of(p, 5), RefusedError);
  CHECK(finding_state_zh(p.findings[0]) == "转报修 BX-2026-11-0009");
  CHECK(finding_state_zh(p.findings[3]) == "已整改");

  n.started_at = t("2026-11-26T10:00");
  CHECK_THROWS_AS(log_patrol("XS-2026-11-0002", n, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
  n.checkpoints.clear();
  n.started_at = t("2026-11-26T08:00");
  CHECK_THROWS_AS(log_patrol("XS-2026-11-0002", n, "zhangmin", t("2026-11-26T09:00")),
                  RefusedError);
}

TEST_CASE("round periods and the rounds missing from them") {
  // 2026-11-26 is a Thursday: its week runs from Monday 23 to Sunday 29.
  CHECK(patrol_period(PatrolFrequency::weekly, *parse_date("2026-11-26")) ==
        PatrolPeriod{*parse_date("2026-11-23"), *parse_date("2026-11-29")});
  CHECK(patrol_period(PatrolFrequency::weekly, *parse_date("2026-11-29")).from ==
        *parse_date("2026-11-23"));
  CHECK(patrol_period(PatrolFrequency::daily, *parse_date("2026-11-26")).to ==
        *parse_date("2026-11-26"));
  auto cfg = default_patrol_config();
  // Nothing is owed before a round's first patrol.
  CHECK(missing_rounds(cfg, {}, t("2026-11-26T12:00")).empty());

  std::vector<Patrol> ps = {walked("daily", "2026-11-24T09:00"),
                            walked("weekly", "2026-11-18T10:00")};
  auto m = missing_rounds(cfg, ps, t("2026-11-26T12:00"));
  REQUIRE(m.size() == 3);
  // daily: yesterday late, today still owed
  CHECK(m[0] == MissingRound{"daily",
                             {*parse_date("2026-11-25"), *parse_date("2026-11-25")},
                             t("2026-11-25T23:59:59"),
                             true});
  CHECK(m[1].round == "daily");
  CHECK(!m[1].late);
  CHECK(m[1].due == t("2026-11-26T23:59:59"));
  // weekly: walked last week, not this week
  CHECK(m[2].round == "weekly");
  CHECK(!m[2].late);
  CHECK(m[2].period.from == *parse_date("2026-11-23"));
  CHECK(m[2].due == t("2026-11-29T23:59:59"));

  ps.push_back(walked("daily", "2026-11-25T18:00"));
  ps.push_back(walked("daily", "2026-11-26T08:00"));
  ps.push_back(walked("weekly", "2026-11-23T08:00"));
  CHECK(missing_rounds(cfg, ps, t("2026-11-26T12:00")).empty());
  // A patrol starting after now does not count yet: at 07:00 on the 23rd no daily round has
  // been walked (none owed), and the week's weekly check is still to do.
  auto early = missing_rounds(cfg, ps, t("2026-11-23T07:00"));
  REQUIRE(early.size() == 1);
  CHECK(early[0].round == "weekly");
  // A week with no weekly round is late the week after.
  auto late = missing_rounds(cfg, {walked("weekly", "2026-11-10T10:00")}, t("2026-11-26T12:00"));
  REQUIRE(late.size() == 2);
  CHECK(late[0].late);
  CHECK(late[0].period.from == *parse_date("2026-11-16"));
}

TEST_CASE("lost property: reported, acknowledged, returned or handed over after its period") {
  LostPropertyConfig c;
  c.keep_days = 30;
  NewLostItem n{"黑色钱包", "3栋大堂", "刘芳", "前台保险柜", "", t("2026-11-20T08:40")};
  auto x = record_found("SW-2026-11-0001", n, "zhangmin", t("2026-11-20T09:00"));
  CHECK(lost_state(x) == LostState::reported);
  CHECK(x.open());
  CHECK_THROWS_AS(record_found("SW-2026-11-0002", n, "zhangmin", t("2026-11-20T08:00")),
                  RefusedError);
  auto empty = n;
  empty.kept_at = " ";
  CHECK_THROWS_AS(record_found("SW-2026-11-0002", empty, "zhangmin", t("2026-11-20T09:00")),
                  RefusedError);

  LostReturn r{{},     "王伟",    "", IdCheck{"身份证", "123X", false}, "说出卡内户名",
               "王伟", "zhangmin"};
  CHECK_THROWS_AS(return_lost(x, r, t("2026-11-20T10:00")), RefusedError);  // not acknowledged
  CHECK_THROWS_AS(acknowledge_lost(x, kAssistant, t("2026-11-20T09:10")), RefusedError);
  acknowledge_lost(x, kSupervisor, t("2026-11-20T09:10"));
  CHECK(lost_state(x) == LostState::kept);
  CHECK_THROWS_AS(acknowledge_lost(x, kSupervisor, t("2026-11-20T09:20")), RefusedError);

  auto no_proof = r;
  no_proof.proof = "";
  CHECK_THROWS_AS(return_lost(x, no_proof, t("2026-11-20T10:00")), RefusedError);
  auto no_id = r;
  no_id.id = {};
  CHECK_THROWS_AS(return_lost(x, no_id, t("2026-11-20T10:00")), RefusedError);
  auto unsigned_ = r;
  unsigned_.signature = "";
  CHECK_THROWS_AS(return_lost(x, unsigned_, t("2026-11-20T10:00")), RefusedError);

  // Open at a time: between its finding and its return.
  auto y = x;
  return_lost(y, r, t("2026-11-21T10:00"));
  CHECK(lost_state(y) == LostState::returned);
  CHECK(!lost_open_at(y, t("2026-11-20T08:00")));
  CHECK(lost_open_at(y, t("2026-11-20T12:00")));
  CHECK(!lost_open_at(y, t("2026-11-21T10:00")));
  CHECK(lost_property_open_at({y, x}, t("2026-11-22T00:00")).size() == 1);
  CHECK_THROWS_AS(return_lost(y, r, t("2026-11-21T11:00")), RefusedError);

  // Kept 30 days from the day after it was found.
  CHECK(keep_until(x, c) == t("2026-12-20T00:00"));
  LostDisposalRecord d;
  d.how = LostDisposal::police;
  CHECK_THROWS_AS(dispose_lost(x, d, kSupervisor, c, t("2026-12-19T10:00")), RefusedError);
  CHECK_THROWS_AS(dispose_lost(x, d, kAssistant, c, t("2026-12-21T10:00")), RefusedError);
  auto early = x;
  auto with_reason = d;
  with_reason.reason = "失主报警，派出所来取";
  dispose_lost(early, with_reason, kSupervisor, c, t("2026-11-25T10:00"));
  CHECK(lost_state(early) == LostState::police);
  dispose_lost(x, d, kSupervisor, c, t("2026-12-21T10:00"));
  CHECK(x.disposal->decided_by == "lili");
  CHECK(!x.open());
}
