/// Formatting of store errors.
#include "core/errors.hpp"

namespace kefu {

std::string StoreError::where_and_why() const {
  if (file_.empty()) return what();
  std::string out = file_;
  if (line_ > 0) out += ":" + std::to_string(line_) + ":" + std::to_string(column_);
  return out + ": " + what();
}

}  // namespace kefu
