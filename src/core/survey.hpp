/// Satisfaction surveys (顾客满意度调查, §2.2.6, R6): a round of the estate's questionnaire and the
/// answers of its units, and what they add up to.
///
/// A round has a name, a period, the items (questions) of the questionnaire as they were when
/// it opened (kefu.yaml's survey_items, so a later change of the questionnaire leaves past rounds
/// as they were asked), the buildings it covers and the number of units in them. Each unit
/// answers at most once: each item 满意, 基本满意 or 不满意 (or left blank), and an opinion in
/// its own words, which may become an opinion record (R6) with `opinion add --source survey`.
/// Satisfaction counts as SPEC §5 does: 满意 + 基本满意 of the items answered.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/enums.hpp"
#include "core/members.hpp"
#include "core/report.hpp"
#include "core/time.hpp"

namespace kefu {

/// One unit's answer sheet.
struct SurveyAnswer {
  std::string unit;
  std::string building;  // the unit's building when the answer was entered
  DateTime at{};         // when the unit answered (the sheet's date)
  std::string by;        // who entered it
  std::string file;      // the spreadsheet it was imported from; empty when entered at the desk
  std::map<std::string, CallbackResult> ratings;  // item → rating; an item left blank is absent
  std::string opinion;                            // 意见或建议, in the unit's words
  bool operator==(const SurveyAnswer&) const = default;
};
template <class V>
void members(V& v, SurveyAnswer& x) {
  using namespace field;
  v("unit", x.unit, required), v("building", x.building), v("at", x.at, required);
  v("by", x.by), v("file", x.file, omit_empty), v("ratings", x.ratings);
  v("opinion", x.opinion, omit_empty);
}

struct Survey {
  std::string id;  // DC-2026-10-0001
  SurveyStatus status = SurveyStatus::open;
  std::string name;   // 2026年第四季度顾客满意度调查
  Date from{}, to{};  // the period answers are collected in
  DateTime opened_at{};
  std::string owner;                   // who opened it
  std::vector<std::string> items;      // the questionnaire's items, in order
  std::vector<std::string> buildings;  // the buildings it covers; empty: the whole estate
  int population = 0;                  // units in those buildings when it opened
  std::vector<SurveyAnswer> answers;
  std::vector<HistoryEntry> history;
  bool operator==(const Survey&) const = default;
};
/// The members of a survey round, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Survey& x) {
  using namespace field;
  v("id", x.id, required), v("status", x.status, required), v("name", x.name, required);
  v("from", x.from, required), v("to", x.to, required), v("opened_at", x.opened_at, required);
  v("owner", x.owner, required), v("items", x.items), v("buildings", x.buildings);
  v("population", x.population), v("answers", x.answers), v("history", x.history);
}

/// Everything `survey open` needs; the items and buildings checked by the caller.
struct NewSurvey {
  std::string name;
  Date from{}, to{};
  std::vector<std::string> items;
  std::vector<std::string> buildings;
  int population = 0;
};

/// A new round; RefusedError for no name, no items, an item named twice, or a period that ends
/// before it starts.
Survey open_survey(std::string id, const NewSurvey& n, const std::string& by, DateTime now);

/// Checks one answer against the round as it stands: open, the unit not answered already (nor
/// twice in `more`, the answers added with it), in the round's buildings, its date within the
/// period and not after `now`, every rating for an item of the round, at least one rating.
/// Returns why not, in Chinese; nullopt when it is fine.
std::optional<std::string> answer_problem(const Survey& s, const SurveyAnswer& a, DateTime now);

/// What is wrong with a round's answers together, as kefu never writes them (a hand edit): a
/// unit answering twice, or rating an item the round does not ask. The index of the first such
/// answer and why; nullopt when there is none.
std::optional<std::pair<size_t, std::string>> answers_problem(const Survey& s);

/// Adds answers checked with answer_problem, each against the round with those before it, and
/// one history entry saying how many and from where; RefusedError at the first that is not
/// fine, the round left as it was.
void add_answers(Survey& s, std::vector<SurveyAnswer> answers, const std::string& by, DateTime now);

/// Closes the round: no more answers. RefusedError when it is closed already.
void close_survey(Survey& s, const std::string& by, DateTime now);

/// 满意, 基本满意 and 不满意 counted together.
struct RatingCount {
  int satisfied = 0, basic = 0, unsatisfied = 0;
  int answered() const { return satisfied + basic + unsatisfied; }
  int good() const { return satisfied + basic; }  // SPEC §5: 满意 + 基本满意
  std::optional<double> rate() const;
  void add(CallbackResult r);
  RatingCount& operator+=(const RatingCount& o);
  bool operator==(const RatingCount&) const = default;
};

struct NamedCount {
  std::string name;
  RatingCount count;
};

/// What a round adds up to, as known at a moment (answers dated after it are not yet known).
struct SurveyResult {
  int population = 0;
  int responses = 0;  // units that answered
  std::optional<double> response_rate() const;
  std::vector<NamedCount> by_item;      // the round's items, in its order
  std::vector<NamedCount> by_building;  // buildings with answers, in the round's or name order
  RatingCount overall;                  // every item answered by every unit
  int opinions = 0;                     // answers with an opinion in their own words
};
SurveyResult survey_result(const Survey& s, DateTime now);

/// The round before `s`: of `rounds`, the latest whose period ended before `s`'s began (ties by
/// ID); nullptr when none.
const Survey* previous_round(const std::vector<Survey>& rounds, const Survey& s);

/// The latest round whose period ended on or before `day` (ties by ID); nullptr when none.
const Survey* latest_round_by(const std::vector<Survey>& rounds, Date day);

/// 顾客满意率 from a round, as the monthly report counts it when kefu.yaml's
/// satisfaction_measure says survey: every item answered that is 满意 or 基本满意, of every item
/// answered, as known at `now`; no round gives an empty KPI.
Kpi survey_satisfaction_kpi(const Survey* round, DateTime now, KpiTarget target);

/// The monthly report's 顾客满意率 as kefu.yaml's satisfaction_measure sets it, in each month of
/// `trend` (the KPIs of walk_year): callbacks leaves the callbacks' KPI; survey puts in its place
/// the KPI of the latest round ended by the month's end (as known at `now`); both keeps the
/// callbacks' and adds the survey's after it, keyed satisfaction_survey.
void apply_satisfaction_measure(std::vector<std::pair<YearMonth, std::vector<Kpi>>>& trend,
                                SatisfactionMeasure measure, const std::vector<Survey>& rounds,
                                DateTime now, KpiTarget target);

/// The round the report of month `m` rests on: the latest ended by its end, as known at `now`.
const Survey* report_round(const std::vector<Survey>& rounds, YearMonth m, DateTime now);

}  // namespace kefu
