/// How a survey round (R6) maps to its YAML file and JSON output.
#pragma once

#include "core/survey.hpp"
#include "store/complaint_store.hpp"

namespace kefu {

inline constexpr RecordKind kSurveyKind{"surveys", "DC", "满意度调查"};

template <>
struct RecordTraits<Survey> {
  static const RecordKind& kind() { return kSurveyKind; }
  static Survey from_yaml(const YamlReader& r);
  static Json to_json(const Survey& x);
  static const std::string& id(const Survey& x) { return x.id; }
  static DateTime received_at(const Survey& x) { return x.opened_at; }
  static bool is_open(const Survey& x) { return x.status != SurveyStatus::closed; }
  static const std::string& unit(const Survey&) {
    static const std::string none;
    return none;
  }
};

using SurveyRepository = Repository<Survey>;

}  // namespace kefu
