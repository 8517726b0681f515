/// Money is exact: integer fen, parsed from what staff type, printed as yuan.
#include <doctest/doctest.h>

#include "core/money.hpp"

using namespace kefu;

TEST_CASE("amounts parse exactly into fen") {
  CHECK(parse_money("120") == 12000);
  CHECK(parse_money("120.5") == 12050);
  CHECK(parse_money("120.50") == 12050);
  CHECK(parse_money("0.01") == 1);
  CHECK(parse_money("¥1,234.50") == 123450);
  CHECK(parse_money("￥80") == 8000);
  CHECK(parse_money("80元") == 8000);
  CHECK(parse_money(" 1,000,000 ") == 100000000);
  // 0.1 + 0.2 style trouble cannot happen: 19.99 is 1999 fen, not 1998.
  CHECK(parse_money("19.99") == 1999);
}

TEST_CASE("anything else is refused") {
  for (const char* bad : {"", "¥", "abc", "-5", "+5", "1.234", "1.", ".5", "12,34", "1,2345",
                          "1,,234", ",123", "1 234", "1e3", "99999999999999999999"})
    CHECK_MESSAGE(!parse_money(bad), bad);
}

TEST_CASE("fen print as yuan with two decimals") {
  CHECK(format_money(0) == "0.00");
  CHECK(format_money(5) == "0.05");
  CHECK(format_money(12050) == "120.50");
  CHECK(format_money(123450) == "1234.50");
  CHECK(format_money(-5) == "-0.05");
}
