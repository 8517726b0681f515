/// The YAML/JSON mapping of survey rounds: their member list (core/survey.hpp) read and written by
/// store/members_io.hpp.
#include "store/survey_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

/// A round's answers as kefu never writes them (core's answers_problem) are refused at the
/// answer, as its figures would be wrong.
void check_read(const YamlReader& r, Survey& s) {
  auto problem = answers_problem(s);
  if (!problem) return;
  size_t i = 0;
  for (const auto& node : r.node("answers"))
    if (i++ == problem->first) r.fail(node, problem->second);
  r.fail(r.node("answers"), problem->second);
}

Survey RecordTraits<Survey>::from_yaml(const YamlReader& r) {
  return read_record<Survey>(r);
}

Json RecordTraits<Survey>::to_json(const Survey& x) {
  return members_json(x);
}

}  // namespace kefu
