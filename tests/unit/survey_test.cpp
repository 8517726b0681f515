/// Satisfaction survey rounds (§2.2.6, R6): answers checked against their round, the figures
/// worked out by hand, the round before, and the satisfaction KPI as kefu.yaml sets it.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "core/survey.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}
Date d(const char* text) {
  return *parse_date(text);
}

Survey round(const char* id, const char* from, const char* to) {
  NewSurvey n;
  n.name = std::string("调查 ") + id;
  n.from = d(from);
  n.to = d(to);
  n.items = {"客户服务", "工程维修", "保洁服务"};
  n.buildings = {"1", "2"};
  n.population = 10;
  return open_survey(id, n, "lili", t(from));
}

SurveyAnswer answer(const char* unit, const char* building, const char* at,
                    std::map<std::string, CallbackResult> ratings, std::string opinion = "") {
  SurveyAnswer a;
  a.unit = unit;
  a.building = building;
  a.at = t(at);
  a.by = "lili";
  a.ratings = std::move(ratings);
  a.opinion = std::move(opinion);
  return a;
}

constexpr auto S = CallbackResult::satisfied;
constexpr auto B = CallbackResult::basically_satisfied;
constexpr auto U = CallbackResult::unsatisfied;

std::string why(const std::function<void()>& f) {
  try {
    f();
  } catch (const RefusedError& e) {
    return e.what();
  }
  return "";
}

/// Four answers; the fourth dated after the moment the figures are taken at.
Survey answered() {
  auto s = round("DC-2026-10-0001", "2026-10-08", "2026-10-31");
  add_answers(s,
              {answer("1-1-101", "1", "2026-10-09T10:00",
                      {{"客户服务", S}, {"工程维修", B}, {"保洁服务", U}}, "地库照明太暗"),
               answer("1-1-102", "1", "2026-10-10T10:00", {{"客户服务", S}, {"工程维修", S}}),
               answer("2-1-101", "2", "2026-10-12T10:00",
                      {{"客户服务", U}, {"工程维修", U}, {"保洁服务", B}}, "  "),
               answer("2-1-102", "2", "2026-10-20T10:00", {{"客户服务", S}})},
              "lili", t("2026-10-25T09:00"));
  return s;
}

}  // namespace

TEST_CASE("a round's figures, worked out by hand") {
  auto s = answered();
  CHECK(s.history.back().note == "录入 4 份答卷");
  auto r = survey_result(s, t("2026-10-15T00:00"));  // the fourth not yet known
  CHECK(r.population == 10);
  CHECK(r.responses == 3);
  CHECK(*r.response_rate() == doctest::Approx(0.3));
  REQUIRE(r.by_item.size() == 3);
  CHECK(r.by_item[0].name == "客户服务");
  CHECK(r.by_item[0].count == RatingCount{2, 0, 1});
  CHECK(r.by_item[1].count == RatingCount{1, 1, 1});
  CHECK(r.by_item[2].count == RatingCount{0, 1, 1});  // 1-1-102 left it blank
  CHECK(*r.by_item[2].count.rate() == doctest::Approx(0.5));
  CHECK(r.overall == RatingCount{3, 2, 3});  // 5 of 8 items answered
  CHECK(*r.overall.rate() == doctest::Approx(0.625));
  REQUIRE(r.by_building.size() == 2);
  CHECK(r.by_building[0].name == "1");
  CHECK(r.by_building[0].count == RatingCount{3, 1, 1});  // 4 of 5
  CHECK(r.by_building[1].count == RatingCount{0, 1, 2});  // 1 of 3
  CHECK(r.opinions == 1);                                 // a blank opinion is none

  auto all = survey_result(s, t("2026-10-25T09:00"));
  CHECK(all.responses == 4);
  CHECK(all.overall == RatingCount{4, 2, 3});
}

TEST_CASE("answers a round refuses") {
  auto s = answered();
  DateTime now = t("2026-10-25T09:00");
  auto problem = [&](const SurveyAnswer& a) { return answer_problem(s, a, now).value_or(""); };
  CHECK(problem(answer("1-1-101", "1", "2026-10-21T10:00", {{"客户服务", S}})) ==
        "1-1-101 已有答卷（2026-10-09 录入）");
  CHECK(problem(answer("3-1-101", "3", "2026-10-21T10:00", {{"客户服务", S}})) ==
        "3-1-101 不在本次调查的楼栋（1、2）内");
  CHECK(problem(answer("1-2-101", "1", "2026-10-07T10:00", {{"客户服务", S}})) ==
        "答卷日期 2026-10-07 不在调查期 2026-10-08 至 2026-10-31 内");
  CHECK(problem(answer("1-2-101", "1", "2026-10-26T10:00", {{"客户服务", S}})) ==
        "答卷日期 2026-10-26T10:00 晚于当前时间 2026-10-25T09:00");
  CHECK(problem(answer("1-2-101", "1", "2026-10-21T10:00", {{"绿化养护", S}})) ==
        "本次调查没有「绿化养护」这一项；项目为：客户服务、工程维修、保洁服务");
  CHECK(problem(answer("1-2-101", "1", "2026-10-21T10:00", {})) == "答卷没有任何评价");
  CHECK(problem(answer("1-2-101", "1", "2026-10-21T10:00", {}, "只写了意见")) == "");

  // One bad answer of several: none is added.
  auto before = s;
  CHECK(why([&] {
          add_answers(s,
                      {answer("1-2-101", "1", "2026-10-21T10:00", {{"客户服务", S}}),
                       answer("1-2-101", "1", "2026-10-21T11:00", {{"客户服务", B}})},
                      "lili", now);
        }) == "1-2-101 已有答卷（2026-10-21 录入）");
  CHECK(s == before);

  // The same two faults written into a file by hand: the round as a whole says where.
  CHECK_FALSE(answers_problem(s).has_value());
  auto twice = s;
  twice.answers.push_back(twice.answers[1]);
  CHECK(answers_problem(twice) ==
        std::pair<size_t, std::string>{4, "户号 1-1-102 的答卷出现了两次"});
  auto unasked = s;
  unasked.answers[2].ratings["绿化养护"] = S;
  CHECK(
      answers_problem(unasked) ==
      std::pair<size_t, std::string>{2, "户号 2-1-101 的答卷评价了本次调查没有的项目「绿化养护」"});

  close_survey(s, "lili", now);
  CHECK(s.status == SurveyStatus::closed);
  CHECK(problem(answer("1-2-102", "1", "2026-10-21T10:00", {{"客户服务", S}})) ==
        "调查 DC-2026-10-0001 已结束，不再录入答卷");
  CHECK(why([&] { close_survey(s, "lili", now); }) == "调查 DC-2026-10-0001 已结束");
}

TEST_CASE("opening a round") {
  NewSurvey n;
  n.name = "第四季度";
  n.from = d("2026-10-08");
  n.to = d("2026-10-31");
  CHECK(why([&] {
          open_survey("DC-2026-10-0001", n, "lili", t("2026-10-08T09:00"));
        }).starts_with("调查没有项目"));
  n.items = {"客户服务", "客户服务"};
  CHECK(why([&] { open_survey("DC-2026-10-0001", n, "lili", t("2026-10-08T09:00")); }) ==
        "调查项目「客户服务」重复");
  n.items = {"客户服务"};
  n.to = d("2026-10-01");
  CHECK(why([&] { open_survey("DC-2026-10-0001", n, "lili", t("2026-10-08T09:00")); }) ==
        "调查的结束日期 2026-10-01 早于开始日期 2026-10-08");
  n.to = d("2026-10-31");
  n.name = "  ";
  CHECK(why([&] {
          open_survey("DC-2026-10-0001", n, "lili", t("2026-10-08T09:00"));
        }).starts_with("请用 --name"));
}

TEST_CASE("the round before, the latest ended, and the report's satisfaction") {
  auto q2 = round("DC-2026-04-0001", "2026-04-08", "2026-04-30");
  add_answers(q2, {answer("1-1-101", "1", "2026-04-09T10:00", {{"客户服务", S}, {"工程维修", U}})},
              "lili", t("2026-04-30T12:00"));
  auto q4 = answered();
  auto q4b = round("DC-2026-10-0002", "2026-10-01", "2026-10-31");  // same end, higher ID
  std::vector<Survey> rounds{q4, q2, q4b};
  CHECK(previous_round(rounds, q4)->id == "DC-2026-04-0001");
  CHECK(previous_round(rounds, q2) == nullptr);
  CHECK(latest_round_by(rounds, d("2026-10-30"))->id == "DC-2026-04-0001");
  CHECK(latest_round_by(rounds, d("2026-10-31"))->id == "DC-2026-10-0002");
  CHECK(latest_round_by(rounds, d("2026-04-29")) == nullptr);
  rounds = {q4, q2};

  DateTime now = t("2026-11-26T09:30");
  KpiTarget target{9000, false};
  Kpi callbacks{"satisfaction", "顾客满意率", 7, 8, target, {}};
  Kpi other{"rework", "返工/返修率", 0, 3, {100, true}, {}};
  auto trend = [&] {
    return std::vector<std::pair<YearMonth, std::vector<Kpi>>>{{{2026, 3}, {callbacks, other}},
                                                               {{2026, 5}, {callbacks, other}},
                                                               {{2026, 11}, {callbacks, other}}};
  };

  auto same = trend();
  apply_satisfaction_measure(same, SatisfactionMeasure::callbacks, rounds, now, target);
  CHECK(same[2].second[0].numerator == 7);
  CHECK(same[2].second.size() == 2);

  auto survey = trend();
  apply_satisfaction_measure(survey, SatisfactionMeasure::survey, rounds, now, target);
  CHECK(survey[0].second[0].denominator == 0);  // March: no round ended yet
  CHECK_FALSE(survey[0].second[0].rate().has_value());
  CHECK(survey[1].second[0].numerator == 1);  // May: the April round, 1 of 2
  CHECK(survey[1].second[0].denominator == 2);
  CHECK(survey[2].second[0].key == "satisfaction");
  CHECK(survey[2].second[0].numerator == 6);  // November: the October round, 6 of 9
  CHECK(survey[2].second[0].denominator == 9);
  CHECK(survey[2].second[0].met() == false);
  CHECK(survey[2].second[1].key == "rework");

  auto both = trend();
  apply_satisfaction_measure(both, SatisfactionMeasure::both, rounds, now, target);
  REQUIRE(both[2].second.size() == 3);
  CHECK(both[2].second[0].numerator == 7);
  CHECK(both[2].second[1].key == "satisfaction_survey");
  CHECK(both[2].second[1].name_zh == "顾客满意率（问卷调查）");
  CHECK(both[2].second[1].numerator == 6);
  CHECK(both[2].second[2].key == "rework");

  // Within the month a round ends in, it counts from its last day on.
  auto october = std::vector<std::pair<YearMonth, std::vector<Kpi>>>{{{2026, 10}, {callbacks}}};
  apply_satisfaction_measure(october, SatisfactionMeasure::survey, rounds, t("2026-10-30T12:00"),
                             target);
  CHECK(october[0].second[0].denominator == 2);  // still the April round
}
