/// The lists' --grep, --phone, --from and --to.
#include <doctest/doctest.h>

#include "core/filter.hpp"

using namespace kefu;

namespace {

DateTime at(const char* text) {
  return *parse_datetime(text);
}

}  // namespace

TEST_CASE("--grep finds a piece of any free text, ASCII in any case") {
  ListFilter f;
  f.grep = "漏水";
  CHECK(filter_keeps(f, at("2026-11-26T09:00"), {"厨房", "楼上漏水"}, {}));
  CHECK_FALSE(filter_keeps(f, at("2026-11-26T09:00"), {"厨房", "噪音"}, {}));
  f.grep = "led";
  CHECK(filter_keeps(f, at("2026-11-26T09:00"), {"更换 LED 灯"}, {}));
}

TEST_CASE("--phone matches a stored phone whole or by its last digits") {
  CHECK(phone_digits("138 1234 5678") == "13812345678");
  CHECK(phone_digits("+86 138-1234-5678") == "13812345678");
  CHECK(phone_digits("5678") == "5678");
  CHECK_FALSE(phone_digits("567"));
  CHECK_FALSE(phone_digits("5678a"));
  ListFilter f;
  f.phone = "5678";
  CHECK(filter_keeps(f, at("2026-11-26T09:00"), {}, {"138-1234-5678"}));
  CHECK(filter_keeps(f, at("2026-11-26T09:00"), {}, {"", "13812345678"}));
  CHECK_FALSE(filter_keeps(f, at("2026-11-26T09:00"), {}, {"13812345670"}));
  CHECK_FALSE(filter_keeps(f, at("2026-11-26T09:00"), {}, {""}));
  f.phone = "13812345678";
  CHECK(filter_keeps(f, at("2026-11-26T09:00"), {}, {"+8613812345678"}));
}

TEST_CASE("--from and --to include both days") {
  ListFilter f;
  f.from = *parse_date("2026-11-10");
  f.to = *parse_date("2026-11-20");
  CHECK(filter_keeps(f, at("2026-11-10T00:00"), {}, {}));
  CHECK(filter_keeps(f, at("2026-11-20T23:59"), {}, {}));
  CHECK_FALSE(filter_keeps(f, at("2026-11-09T23:59"), {}, {}));
  CHECK_FALSE(filter_keeps(f, at("2026-11-21T00:00"), {}, {}));
  f.to = *parse_date("2027-01-05");
  auto [from, to] = filter_months(f, at("2026-12-01T09:00"));
  CHECK(from.str() == "2026-11");
  CHECK(to.str() == "2027-01");
  ListFilter only_from;
  only_from.from = *parse_date("2026-10-03");
  CHECK(filter_months(only_from, at("2026-12-01T09:00")).second.str() == "2026-12");
}
