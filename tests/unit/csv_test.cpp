/// The CSV of `fee import`: encodings, quoting, line numbers.
#include <doctest/doctest.h>

#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

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

TEST_CASE("import CSV converts GBK, refuses other text that is neither and an open quote") {
  std::string encoding;
  auto rows = parse_import_csv("\xBB\xA7\xBA\xC5,\xBD\xF0\xB6\xEE\n", "gbk.csv", &encoding);
  CHECK(encoding == "GB18030");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].second == std::vector<std::string>{"户号", "金额"});
  CHECK(encoding_note("gbk.csv", encoding) == "读取 gbk.csv：GBK（GB18030）编码，已转换\n");
  CHECK(encoding_note("a.csv", "UTF-8").empty());
  parse_import_csv("户号\n", "u.csv", &encoding);
  CHECK(encoding == "UTF-8");
  CHECK_THROWS_WITH_AS(parse_import_csv("a\xFF\n", "x.csv"), doctest::Contains("UTF-8"),
                       RefusedError);
  CHECK_THROWS_WITH_AS(parse_import_csv("a,\"b\nc\n", "q.csv"), doctest::Contains("第1行"),
                       RefusedError);
}

TEST_CASE("UTF-8 to GB18030: GBK's bytes where GBK has the character, four bytes otherwise") {
  CHECK(utf8_to_gb18030("户号,金额\r\n") == "\xBB\xA7\xBA\xC5,\xBD\xF0\xB6\xEE\r\n");
  auto rare = utf8_to_gb18030("𠀀€");
  CHECK(from_gb18030(rare) == "𠀀€");
  CHECK(utf8_to_gb18030("a\xFF"
                        "b") == "a?b");
  std::string big(100000, 'x');
  CHECK(utf8_to_gb18030(big + "户") == big + "\xBB\xA7");
}
