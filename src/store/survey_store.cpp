/// The YAML/JSON mapping of survey rounds: their member list (core/survey.hpp) read and written by
/// store/members_io.hpp.
#include "store/survey_store.hpp"

#include <algorithm>
#include <set>

#include "store/members_io.hpp"

namespace kefu {

/// A round's answers, as kefu never writes them: a unit answering twice, or rating an item the
/// round does not ask (a hand edit); refused at that answer, as its figures would be wrong.
void check_read(const YamlReader& r, Survey& s) {
  std::set<std::string> units;
  size_t i = 0;
  for (const auto& node : r.node("answers")) {
    if (i >= s.answers.size()) break;
    const auto& a = s.answers[i++];
    if (!units.insert(a.unit).second) r.fail(node, "户号 " + a.unit + " 的答卷出现了两次");
    for (const auto& [item, rating] : a.ratings)
      if (std::find(s.items.begin(), s.items.end(), item) == s.items.end())
        r.fail(node, "户号 " + a.unit + " 的答卷评价了本次调查没有的项目「" + item + "」");
  }
}

Survey RecordTraits<Survey>::from_yaml(const YamlReader& r) {
  return read_record<Survey>(r);
}

Json RecordTraits<Survey>::to_json(const Survey& x) {
  return members_json(x);
}

}  // namespace kefu
