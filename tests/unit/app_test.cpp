/// The one place a failure becomes an exit status and a message.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "cli/app.hpp"
#include "core/errors.hpp"

using namespace kefu;

namespace {

template <class E>
std::pair<int, std::string> status_of(const E& error) {
  std::ostringstream err;
  try {
    throw error;
  } catch (...) {
    int status = exit_status_of_failure(err);
    return {status, err.str()};
  }
}

}  // namespace

TEST_CASE("a failure's exit status: refused 2, the store 3, a defect of kefu 4") {
  CHECK(status_of(RefusedError("不行")) == std::pair<int, std::string>{2, "kefu: 不行\n"});
  CHECK(status_of(StoreError("a.yaml", 3, 4, "坏了")) ==
        std::pair<int, std::string>{3, "kefu: a.yaml:3:4: 坏了\n"});
  CHECK(status_of(std::filesystem::filesystem_error("x", std::error_code())).first == 3);
  auto internal = status_of(std::logic_error("vector::_M_range_check"));
  CHECK(internal.first == 4);
  CHECK(internal.second ==
        "kefu: 内部错误（kefu 自身的缺陷，不是数据或输入的问题）：vector::_M_range_check\n"
        "请把这条消息和所运行的命令报告给 kefu 的维护人员\n");
  CHECK(status_of(42).first == 4);
}
