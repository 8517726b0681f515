/// The CSV of `fee import`: encodings, quoting, line numbers.
#include <doctest/doctest.h>

#include "core/csv.hpp"
#include "core/errors.hpp"

using namespace kefu;

TEST_CASE("import CSV: BOM dropped, quotes, blank rows left out, each row's first line") {
  auto rows = parse_import_csv(
      "\xEF\xBB\xBF户号,金额,备注\r\n1-1-101, 31.50 "
      ",\"两行\n备注，\"\"引号\"\"\"\r\n\r\n,,\n1-1-102,1,",
      "a.csv");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == CsvRows::value_type{1, {"户号", "金额", "备注"}});
  CHECK(rows[1] == CsvRows::value_type{2, {"1-1-101", "31.50", "两行\n备注，\"引号\""}});
  CHECK(rows[2] == CsvRows::value_type{6, {"1-1-102", "1", ""}});
}

TEST_CASE("import CSV refuses GBK, other non-UTF-8 text and an open quote") {
  CHECK_THROWS_WITH_AS(parse_import_csv("\xBB\xA7\xBA\xC5,\xBD\xF0\xB6\xEE\n", "gbk.csv"),
                       doctest::Contains("GBK"), RefusedError);
  CHECK_THROWS_WITH_AS(parse_import_csv("a\xFF\n", "x.csv"), doctest::Contains("UTF-8"),
                       RefusedError);
  CHECK_THROWS_WITH_AS(parse_import_csv("a,\"b\nc\n", "q.csv"), doctest::Contains("第1行"),
                       RefusedError);
}
