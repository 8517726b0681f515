/// What people see: terminal controls shown as escapes, ID numbers masked, CSV cells that a
/// spreadsheet would evaluate neutralised.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/output.hpp"

using namespace kefu;

TEST_CASE("escape_controls shows C0, DEL, C1 and bidi controls as escapes") {
  CHECK(escape_controls("楼上\x1b[2J装修") == "楼上\\x1b[2J装修");
  CHECK(escape_controls("响铃\a") == "响铃\\x07");
  CHECK(escape_controls("删除\x7f") == "删除\\x7f");
  CHECK(escape_controls("a\rb") == "a\\rb");
  CHECK(escape_controls(std::string("nul\0!", 5)) == "nul\\x00!");
  // U+009B, the one-character CSI of 8-bit terminals, encoded as UTF-8.
  CHECK(escape_controls("c1 \xC2\x9B"
                        "31m") == "c1 \\u009b31m");
  CHECK(escape_controls("\xC2\x80\xC2\x9F") == "\\u0080\\u009f");
  // The bidi overrides and isolates reorder a line as shown: U+202E, U+2066, U+2069.
  CHECK(escape_controls("付款 \xE2\x80\xAE"
                        "0001") == "付款 \\u202e0001");
  CHECK(escape_controls("\xE2\x80\xAA\xE2\x81\xA6\xE2\x81\xA9") == "\\u202a\\u2066\\u2069");
  // Neighbours that are ordinary text are left alone: U+00A0, U+2029 is not in the list, U+2070.
  CHECK(escape_controls("\xC2\xA0\xE2\x81\xB0") == "\xC2\xA0\xE2\x81\xB0");
  // Bytes that are not UTF-8 (GBK 中 is D6 D0; a lone E9; an overlong '/'; a surrogate).
  CHECK(escape_controls("caf\xE9") == "caf\\xe9");
  CHECK(escape_controls("\xD6\xD0") == "\\xd6\\xd0");
  CHECK(escape_controls("\xC0\xAF") == "\\xc0\\xaf");
  CHECK(escape_controls("\xED\xA0\x80") == "\\xed\\xa0\\x80");
  CHECK(escape_controls("投诉内容，全角＝号") == "投诉内容，全角＝号");
}

TEST_CASE("newline and tab are kept in running text and escaped in a table cell") {
  CHECK(escape_controls("第一行\n\t第二行") == "第一行\n\t第二行");
  CHECK(escape_controls("第一行\n\t第二行", LineBreaks::escape) == "第一行\\n\\t第二行");
}

TEST_CASE("safe_text masks ID numbers unless revealed") {
  CHECK(safe_text("证件 440301199001011234\x1b", LineBreaks::keep, false) ==
        "证件 **************1234\\x1b");
  CHECK(safe_text("证件 440301199001011234", LineBreaks::keep, true) == "证件 440301199001011234");
}

namespace {

/// Writes `pieces` one by one through a SafeTextBuf into a string.
std::string through_filter(std::initializer_list<std::string_view> pieces, bool reveal = false,
                           bool flush_each = false) {
  std::ostringstream sink;
  {
    SafeTextBuf buf(sink.rdbuf());
    buf.reveal_when(&reveal);
    std::ostream out(&buf);
    for (auto p : pieces) {
      out << p;
      if (flush_each) out.flush();
    }
  }
  return sink.str();
}

}  // namespace

TEST_CASE("SafeTextBuf filters what passes, whole lines and sequences at a time") {
  CHECK(through_filter({"描述：\x1b]0;pwned\x07", "\n"}) == "描述：\\x1b]0;pwned\\x07\n");
  // A UTF-8 sequence and an ID number split over two writes and a flush are seen whole.
  CHECK(through_filter({"\xE2\x80", "\xAE", "\n"}, false, true) == "\\u202e\n");
  CHECK(through_filter({"号码 4403011990", "01011234 完\n"}, false, true) ==
        "号码 **************1234 完\n");
  CHECK(through_filter({"号码 440301199001011234\n"}, true) == "号码 440301199001011234\n");
  // Without a final newline, what is held is passed on at the end.
  CHECK(through_filter({"共 3"}) == "共 3");
}

TEST_CASE("RawOutput lets the script formats through untouched, then filters again") {
  std::ostringstream sink;
  {
    SafeTextBuf outer(sink.rdbuf());
    SafeTextBuf inner(&outer);  // a Context inside another, as a group report makes
    std::ostream out(&inner);
    out << "表\x1b\n";
    {
      RawOutput raw(out);
      out << "{\"a\": \"\x1b\"}\n";
      {
        RawOutput nested(out);
        out << "\x07";
      }
      out << "\x07\n";
      CHECK(inner.raw());
      CHECK(outer.raw());
    }
    CHECK_FALSE(inner.raw());
    CHECK_FALSE(outer.raw());
    out << "后\x1b\n";
  }
  CHECK(sink.str() == "表\\x1b\n{\"a\": \"\x1b\"}\n\x07\x07\n后\\x1b\n");
}

TEST_CASE("print_table escapes each cell on one line, and aligns by what is shown") {
  std::ostringstream out;
  print_table(out, Table{{"编号", "内容"}, {{"A", "x\ty\x1b"}, {"B", "z"}}});
  CHECK(out.str() ==
        "编号  内容\n"
        "----  --------\n"
        "A     x\\ty\\x1b\n"
        "B     z\n");
}

TEST_CASE("csv_text neutralises what a spreadsheet would evaluate, and leaves numbers") {
  CHECK(csv_text("=HYPERLINK(\"http://x\",\"点此\")") == "'=HYPERLINK(\"http://x\",\"点此\")");
  CHECK(csv_text("+1+2") == "'+1+2");
  CHECK(csv_text("-2+3") == "'-2+3");
  CHECK(csv_text("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text("\t=1") == "'\t=1");
  CHECK(csv_text("\r=1") == "'\\r=1");
  CHECK(csv_text("＝1+1") == "'＝1+1");
  CHECK(csv_text("＋1") == "'＋1");
  CHECK(csv_text("－1") == "'－1");
  CHECK(csv_text("＠A1") == "'＠A1");
  CHECK(csv_text("-") == "'-");
  CHECK(csv_text("-12.50") == "-12.50");
  CHECK(csv_text("-3") == "-3");
  CHECK(csv_text("+5") == "+5");
  CHECK(csv_text("12.50") == "12.50");
  CHECK(csv_text("-12.") == "'-12.");
  CHECK(csv_text("1+1") == "1+1");
  CHECK(csv_text("楼上=装修") == "楼上=装修");
  CHECK(csv_text("") == "");
  CHECK(csv_text("a\x1b"
                 "b") == "a\\x1bb");
}

TEST_CASE("print_csv writes neutralised cells, numbers as they are") {
  std::ostringstream out;
  Json rows = Json::array({Json{{"a", "=1+1"}, {"b", "-12.50"}, {"c", -3}},
                           Json{{"a", "x,\"y\""}, {"b", "@x"}, {"c", nullptr}}});
  print_csv(out, {"a", "b", "c"}, rows);
  CHECK(out.str() ==
        "\xEF\xBB\xBF"
        "a,b,c\r\n'=1+1,-12.50,-3\r\n\"x,\"\"y\"\"\",'@x,\r\n");
}

TEST_CASE("print_yaml never writes a terminal control raw") {
  std::ostringstream out;
  print_yaml(out, Json{{"a", "x\x1by"},
                       {"b", "del\x7f"},
                       {"c",
                        "\xE2\x80\xAE"
                        "rtl"},
                       {"d", "c1\xC2\x9B"},
                       {"e", "gbk\xD6\xD0"},
                       {"f", "普通"}});
  CHECK(out.str() ==
        "a: \"x\\x1by\"\n"
        "b: del\\x7f\n"
        "c: \\u202ertl\n"
        "d: \"c1\\x9b\"\n"
        "e: gbk\\xd6\\xd0\n"
        "f: 普通\n");
}

TEST_CASE("mask_phones masks phones by key and ID numbers in every string") {
  Json v{{"phone", "13812345678"},
         {"history", Json::array({Json{{"note", "押金：证件：身份证 440301199001011234"}}})},
         {"description", "身份证号44030119900101999X，电话另见"}};
  mask_phones(v);
  CHECK(v["phone"] == "138****5678");
  CHECK(v["history"][0]["note"] == "押金：证件：身份证 **************1234");
  CHECK(v["description"] == "身份证号**************999X，电话另见");
}

TEST_CASE("the script formats mask ID numbers too when printed for a command, unless revealed") {
  Json v{{"subject", "业主身份证 440301199001011234"}, {"amount", "-12.50"}};
  for (bool reveal : {false, true}) {
    std::ostringstream json, csv, yaml;
    {
      SafeTextBuf json_buf(json.rdbuf()), csv_buf(csv.rdbuf()), yaml_buf(yaml.rdbuf());
      for (auto* b : {&json_buf, &csv_buf, &yaml_buf}) b->reveal_when(&reveal);
      std::ostream json_out(&json_buf), csv_out(&csv_buf), yaml_out(&yaml_buf);
      print_json(json_out, v);
      print_csv(csv_out, {"subject", "amount"}, Json::array({v}));
      print_yaml(yaml_out, v);
    }
    std::string id = reveal ? "440301199001011234" : "**************1234";
    CHECK(json.str() ==
          "{\n  \"subject\": \"业主身份证 " + id + "\",\n  \"amount\": \"-12.50\"\n}\n");
    CHECK(csv.str() == "\xEF\xBB\xBFsubject,amount\r\n业主身份证 " + id + ",-12.50\r\n");
    CHECK(yaml.str() == "subject: 业主身份证 " + id + "\namount: \"-12.50\"\n");
  }
}
