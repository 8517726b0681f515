/// Survey rounds: opening, answers, closing, and what they add up to.
#include "core/survey.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

Survey open_survey(std::string id, const NewSurvey& n, const std::string& by, DateTime now) {
  if (trim(n.name).empty())
    throw RefusedError("请用 --name 写明调查的名称，如 2026年第四季度顾客满意度调查");
  if (n.items.empty())
    throw RefusedError(
        "调查没有项目：请在 kefu.yaml 的 survey_items 中列出问卷的项目，或用 --item 逐项写明");
  std::set<std::string> seen;
  for (const auto& item : n.items) {
    if (trim(item).empty()) throw RefusedError("调查项目不能为空");
    if (!seen.insert(item).second) throw RefusedError("调查项目「" + item + "」重复");
  }
  if (n.to < n.from)
    throw RefusedError("调查的结束日期 " + format_date(n.to) + " 早于开始日期 " +
                       format_date(n.from));
  Survey s;
  s.id = std::move(id);
  s.name = trim(n.name);
  s.from = n.from;
  s.to = n.to;
  s.opened_at = now;
  s.owner = by;
  s.items = n.items;
  s.buildings = n.buildings;
  s.population = n.population;
  add_history(s.history, now, by, "open",
              fmt::format("{} 至 {}，{} 个项目，{} 户", format_date(n.from), format_date(n.to),
                          n.items.size(), n.population));
  return s;
}

std::optional<std::string> answer_problem(const Survey& s, const SurveyAnswer& a, DateTime now) {
  if (s.status == SurveyStatus::closed) return "调查 " + s.id + " 已结束，不再录入答卷";
  if (a.unit.empty()) return std::string("户号为空");
  if (!s.buildings.empty() &&
      std::find(s.buildings.begin(), s.buildings.end(), a.building) == s.buildings.end())
    return fmt::format("{} 不在本次调查的楼栋（{}）内", a.unit, fmt::join(s.buildings, "、"));
  for (const auto& x : s.answers)
    if (x.unit == a.unit)
      return fmt::format("{} 已有答卷（{} 录入{}）", a.unit, format_date(date_of(x.at)),
                         x.file.empty() ? "" : "，来自 " + x.file);
  Date day = date_of(a.at);
  if (a.at > now)
    return "答卷日期 " + format_datetime(a.at) + " 晚于当前时间 " + format_datetime(now);
  if (day < s.from || day > s.to)
    return fmt::format("答卷日期 {} 不在调查期 {} 至 {} 内", format_date(day), format_date(s.from),
                       format_date(s.to));
  for (const auto& [item, rating] : a.ratings)
    if (std::find(s.items.begin(), s.items.end(), item) == s.items.end())
      return fmt::format("本次调查没有「{}」这一项；项目为：{}", item, fmt::join(s.items, "、"));
  if (a.ratings.empty() && trim(a.opinion).empty()) return std::string("答卷没有任何评价");
  return std::nullopt;
}

std::optional<std::pair<size_t, std::string>> answers_problem(const Survey& s) {
  std::set<std::string> units;
  for (size_t i = 0; i < s.answers.size(); ++i) {
    const auto& a = s.answers[i];
    if (!units.insert(a.unit).second) return std::pair{i, "户号 " + a.unit + " 的答卷出现了两次"};
    for (const auto& [item, rating] : a.ratings)
      if (std::find(s.items.begin(), s.items.end(), item) == s.items.end())
        return std::pair{i, "户号 " + a.unit + " 的答卷评价了本次调查没有的项目「" + item + "」"};
  }
  return std::nullopt;
}

void add_answers(Survey& s, std::vector<SurveyAnswer> answers, const std::string& by,
                 DateTime now) {
  std::string file;
  const size_t before = s.answers.size();
  for (auto& a : answers) {
    if (auto why = answer_problem(s, a, now)) {
      s.answers.resize(before);  // all or none
      throw RefusedError(*why);
    }
    file = a.file;
    s.answers.push_back(a);
  }
  if (answers.size() == 1 && file.empty())
    add_history(s.history, now, by, "answer", "录入 " + s.answers.back().unit + " 的答卷");
  else
    add_history(s.history, now, by, "import",
                fmt::format("{}{} 份答卷", file.empty() ? "录入 " : "自 " + file + " 导入 ",
                            answers.size()));
}

void close_survey(Survey& s, const std::string& by, DateTime now) {
  if (s.status == SurveyStatus::closed) throw RefusedError("调查 " + s.id + " 已结束");
  s.status = SurveyStatus::closed;
  add_history(s.history, now, by, "close", fmt::format("共收回 {} 份答卷", s.answers.size()));
}

std::optional<double> RatingCount::rate() const {
  if (answered() == 0) return std::nullopt;
  return double(good()) / answered();
}

void RatingCount::add(CallbackResult r) {
  if (r == CallbackResult::satisfied) ++satisfied;
  if (r == CallbackResult::basically_satisfied) ++basic;
  if (r == CallbackResult::unsatisfied) ++unsatisfied;
}

RatingCount& RatingCount::operator+=(const RatingCount& o) {
  satisfied += o.satisfied, basic += o.basic, unsatisfied += o.unsatisfied;
  return *this;
}

std::optional<double> SurveyResult::response_rate() const {
  if (population == 0) return std::nullopt;
  return double(responses) / population;
}

SurveyResult survey_result(const Survey& s, DateTime now) {
  SurveyResult r;
  r.population = s.population;
  for (const auto& item : s.items) r.by_item.push_back({item, {}});
  std::map<std::string, RatingCount> buildings;
  for (const auto& a : s.answers) {
    if (a.at > now) continue;
    ++r.responses;
    if (!trim(a.opinion).empty()) ++r.opinions;
    RatingCount unit;
    for (const auto& [item, rating] : a.ratings) {
      unit.add(rating);
      for (auto& x : r.by_item)
        if (x.name == item) x.count.add(rating);
    }
    r.overall += unit;
    buildings[a.building] += unit;
  }
  // The round's buildings in its order, then any other (a unit moved since) by name.
  for (const auto& b : s.buildings)
    if (auto it = buildings.find(b); it != buildings.end()) {
      r.by_building.push_back({b, it->second});
      buildings.erase(it);
    }
  for (const auto& [b, count] : buildings) r.by_building.push_back({b, count});
  return r;
}

namespace {

/// Whether round a comes after round b: by the end of its period, then by ID.
bool later(const Survey& a, const Survey& b) {
  return a.to != b.to ? a.to > b.to : a.id > b.id;
}

}  // namespace

const Survey* previous_round(const std::vector<Survey>& rounds, const Survey& s) {
  const Survey* best = nullptr;
  for (const auto& r : rounds)
    if (r.id != s.id && r.to < s.from && (!best || later(r, *best))) best = &r;
  return best;
}

const Survey* latest_round_by(const std::vector<Survey>& rounds, Date day) {
  const Survey* best = nullptr;
  for (const auto& r : rounds)
    if (r.to <= day && (!best || later(r, *best))) best = &r;
  return best;
}

Kpi survey_satisfaction_kpi(const Survey* round, DateTime now, KpiTarget target) {
  Kpi k{"satisfaction", "顾客满意率", 0, 0, target, {}};
  if (!round) return k;
  auto r = survey_result(*round, now);
  k.numerator = r.overall.good();
  k.denominator = r.overall.answered();
  return k;
}

const Survey* report_round(const std::vector<Survey>& rounds, YearMonth m, DateTime now) {
  return latest_round_by(rounds, date_of(report_end(m, now)));
}

void apply_satisfaction_measure(std::vector<std::pair<YearMonth, std::vector<Kpi>>>& trend,
                                SatisfactionMeasure measure, const std::vector<Survey>& rounds,
                                DateTime now, KpiTarget target) {
  if (measure == SatisfactionMeasure::callbacks) return;
  // Each round's figure once, however many months of the trend rest on it.
  std::map<const Survey*, Kpi> by_round;
  for (auto& [month, kpis] : trend) {
    const Survey* round = report_round(rounds, month, now);
    auto kept = by_round.find(round);
    if (kept == by_round.end())
      kept = by_round.emplace(round, survey_satisfaction_kpi(round, now, target)).first;
    Kpi survey = kept->second;
    auto it = std::find_if(kpis.begin(), kpis.end(),
                           [](const Kpi& k) { return k.key == "satisfaction"; });
    if (it == kpis.end()) continue;
    if (measure == SatisfactionMeasure::survey) {
      *it = std::move(survey);
    } else {
      survey.key = "satisfaction_survey";
      survey.name_zh = "顾客满意率（问卷调查）";
      kpis.insert(it + 1, std::move(survey));
    }
  }
}

}  // namespace kefu
