/// The YAML/JSON mapping of survey rounds: their member list (core/survey.hpp) read and written by
/// store/members_io.hpp.
#include "store/survey_store.hpp"

#include "store/members_io.hpp"

namespace kefu {

Survey RecordTraits<Survey>::from_yaml(const YamlReader& r) {
  return read_record<Survey>(r);
}

Json RecordTraits<Survey>::to_json(const Survey& x) {
  return members_json(x);
}

}  // namespace kefu
