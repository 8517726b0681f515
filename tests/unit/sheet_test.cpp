/// Import spreadsheets (core/sheet.hpp): real xlsx files written with libxlsxwriter, zips built
/// part by part with minizip, CSV in UTF-8 and GB18030, and what is refused.
#include "core/sheet.hpp"

#include <doctest/doctest.h>
#include <iconv.h>
#include <minizip/zip.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "forms/xlsx.hpp"

using namespace kefu;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "kefu-sheet-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A survey as staff get it: a heading, answers (Chinese text, numbers, a date, a date and
/// time), a blank row and a second sheet that is not read.
std::string survey_xlsx(const fs::path& dir) {
  const auto& x = xlsx_api();
  std::string path = (dir / "survey.xlsx").string();
  lxw_workbook* wb = x.workbook_new(path.c_str());
  REQUIRE(wb);
  lxw_format* date = x.workbook_add_format(wb);
  x.format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
  lxw_format* stamp = x.workbook_add_format(wb);
  x.format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
  lxw_format* money = x.workbook_add_format(wb);
  x.format_set_num_format(money, "#,##0.00_);[Red](#,##0.00)");
  lxw_worksheet* ws = x.workbook_add_worksheet(wb, "问卷");
  x.worksheet_write_string(ws, 0, 0, "户号", nullptr);
  x.worksheet_write_string(ws, 0, 1, "满意度", nullptr);
  x.worksheet_write_string(ws, 0, 2, "回访日期", nullptr);
  x.worksheet_write_string(ws, 0, 3, "意见", nullptr);
  x.worksheet_write_string(ws, 1, 0, "1-1-101", nullptr);
  x.worksheet_write_number(ws, 1, 1, 5, nullptr);
  x.worksheet_write_number(ws, 1, 2, 46304, date);
  x.worksheet_write_string(ws, 1, 3, "  保洁很及时，谢谢！ ", nullptr);
  // Row 3 left blank; row 4 holds a formatted empty string only, which is blank too.
  x.worksheet_write_string(ws, 3, 2, "   ", nullptr);
  x.worksheet_write_number(ws, 4, 0, 13812345678, nullptr);
  x.worksheet_write_number(ws, 4, 1, 3.5, money);
  x.worksheet_write_number(ws, 4, 2, 46304.6041666667, stamp);
  lxw_worksheet* other = x.workbook_add_worksheet(wb, "说明");
  x.worksheet_write_string(other, 0, 0, "不应读到", nullptr);
  REQUIRE(x.workbook_close(wb) == LXW_NO_ERROR);
  return slurp(path);
}

const CsvRows kSurveyRows = {
    {1, {"户号", "满意度", "回访日期", "意见"}},
    {2, {"1-1-101", "5", "2026-10-09", "保洁很及时，谢谢！"}},
    {5, {"13812345678", "3.5", "2026-10-09T14:30"}},
};

/// A zip of these parts, written with minizip.
std::string make_zip(const fs::path& dir,
                     const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string path = (dir / "parts.zip").string();
  zipFile z = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  REQUIRE(z);
  for (const auto& [part, text] : parts) {
    zip_fileinfo info{};
    REQUIRE(zipOpenNewFileInZip64(z, part.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK);
    REQUIRE(zipWriteInFileInZip(z, text.data(), static_cast<unsigned>(text.size())) == ZIP_OK);
    REQUIRE(zipCloseFileInZip(z) == ZIP_OK);
  }
  REQUIRE(zipClose(z, nullptr) == ZIP_OK);
  return slurp(path);
}

const std::string kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>)";
const std::string kSharedStrings =
    R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>户号</t></si><si><r><t>满意</t></r><r><t xml:space="preserve">度</t></r><rPh><t>マンゾク</t></rPh></si></sst>)";

std::string sheet_xml(const std::string& rows) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>)" +
         rows + "</x:sheetData></x:worksheet>";
}

/// A workbook of one sheet with these rows, shared strings 0 "户号" and 1 "满意度".
std::string hand_xlsx(const fs::path& dir, const std::string& rows) {
  return make_zip(dir, {{"xl/workbook.xml", kWorkbook},
                        {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                        {"xl/sharedStrings.xml", kSharedStrings},
                        {"xl/worksheets/sheet1.xml", sheet_xml(rows)}});
}

std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = ::iconv_open("GB18030", "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 2 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size(), out_left = out.size();
  char* o = out.data();
  REQUIRE(::iconv(cd, &in, &in_left, &o, &out_left) != static_cast<size_t>(-1));
  ::iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

TEST_CASE("xlsx from libxlsxwriter: shared strings, numbers, dates, blank rows, first sheet") {
  TempDir dir;
  auto sheet = read_import_sheet(survey_xlsx(dir.path), "survey.xlsx");
  CHECK(sheet.format == "xlsx");
  CHECK(sheet.encoding == "UTF-8");
  CHECK(sheet.rows == kSurveyRows);
}

TEST_CASE("xlsx by hand: inline strings, runs, phonetic guides, cells placed by reference") {
  TempDir dir;
  auto bytes = hand_xlsx(dir.path, R"(<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c>
<x:c r="C2" t="s"><x:v> 1 </x:v></x:c></x:row>
<x:row r="7"><x:c r="B7" t="inlineStr"><x:is><x:t> 王先生_x000D_
</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>物业</x:t></x:r><x:r><x:t>_x005F_x0041_好</x:t></x:r></x:is></x:c>
<x:c r="E7" t="b"><x:v>1</x:v></x:c><x:c r="F7" t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c>
<x:c r="G7" t="e"><x:v>#N/A</x:v></x:c><x:c r="H7"><x:v>1.5E+3</x:v></x:c>
<x:c r="I7"><x:v>0.30000000000000004</x:v></x:c><x:c r="Z7" s="3"/></x:row>
<x:row r="8"><x:c r="A8" t="inlineStr"><x:is><x:t>  </x:t></x:is></x:c></x:row>)");
  auto sheet = read_import_sheet(bytes, "hand.xlsx");
  CHECK(sheet.rows ==
        CsvRows{{2, {"户号", "", "满意度"}},
                {7, {"", "王先生", "物业_x0041_好", "", "TRUE", "公式", "#N/A", "1500", "0.3"}}});
}

TEST_CASE("xlsx: the first worksheet in workbook order, resolved through its relationships") {
  TempDir dir;
  std::string workbook =
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/>
<sheets><sheet name="图" sheetId="3" r:id="rId9"/><sheet name="乙" sheetId="2" r:id="rId5"/><sheet name="甲" sheetId="1" r:id="rId4"/></sheets></workbook>)";
  std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/sheet2.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";
  std::string styles =
      R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="h:mm"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="31"/></cellXfs></styleSheet>)";
  auto bytes = make_zip(
      dir.path,
      {{"xl/workbook.xml", workbook},
       {"xl/_rels/workbook.xml.rels", rels},
       {"xl/styles.xml", styles},
       {"xl/worksheets/sheet1.xml", sheet_xml(R"(<x:row r="1"><x:c><x:v>1</x:v></x:c></x:row>)")},
       {"xl/worksheets/sheet2.xml",
        sheet_xml(
            R"(<x:row r="3"><x:c s="1"><x:v>44842</x:v></x:c><x:c s="2"><x:v>0.5</x:v></x:c>)"
            R"(<x:c s="0"><x:v>44842</x:v></x:c><x:c s="3"><x:v>44842.75</x:v></x:c></x:row>)")}});
  auto sheet = read_import_sheet(bytes, "order.xlsx");
  CHECK(sheet.rows == CsvRows{{3, {"2026-10-09", "12:00", "44842", "2026-10-09T18:00"}}});
}

TEST_CASE("CSV in UTF-8, with a BOM, and in GB18030 give the same rows") {
  const std::string text =
      "户号,满意度,意见\r\n1-1-101,5,\"保洁及时，\"\"很好\"\"\"\r\n\r\n1-1-102, 3 ,\n";
  const CsvRows rows = {{1, {"户号", "满意度", "意见"}},
                        {2, {"1-1-101", "5", "保洁及时，\"很好\""}},
                        {4, {"1-1-102", "3", ""}}};
  auto utf8 = read_import_sheet(text, "a.csv");
  CHECK(utf8.format == "csv");
  CHECK(utf8.encoding == "UTF-8");
  CHECK(utf8.rows == rows);
  auto bom = read_import_sheet("\xEF\xBB\xBF" + text, "b.csv");
  CHECK(bom.encoding == "UTF-8");
  CHECK(bom.rows == rows);
  auto gbk = to_gb18030(text);
  REQUIRE(gbk != text);
  auto gb = read_import_sheet(gbk, "c.csv");
  CHECK(gb.format == "csv");
  CHECK(gb.encoding == "GB18030");
  CHECK(gb.rows == rows);
  // A character only GB18030's four-byte form holds (outside GBK) converts too.
  auto rare = read_import_sheet(to_gb18030("户号,𠀀\n"), "d.csv");
  CHECK(rare.rows == CsvRows{{1, {"户号", "𠀀"}}});
  CHECK(read_import_sheet("", "e.csv").rows.empty());
}

TEST_CASE("CSV neither UTF-8 nor GB18030 is refused, naming the file, line and byte") {
  CHECK_THROWS_WITH_AS(read_import_sheet("户号,意见\n1-1-101,\xFF\n", "bad.csv"),
                       "bad.csv 第2行有无法识别的字节 0xFF（文件的第23个字节），既不是 UTF-8 "
                       "也不是 GBK/GB18030 编码，未导入任何内容；请在 Excel 中“另存为 CSV "
                       "UTF-8（逗号分隔）”后再导入",
                       RefusedError);
  // GBK text that goes wrong further on: the bad byte is the one GB18030 stopped at.
  CHECK_THROWS_WITH_AS(read_import_sheet(to_gb18030("户号\n意见\n") + "\x80\n", "gbk.csv"),
                       doctest::Contains("gbk.csv 第3行有无法识别的字节 0x80"), RefusedError);
  const std::string utf16 = {'\xFF', '\xFE', 'a', 0, '\t', 0, 'b', 0};  // Excel's "Unicode text"
  CHECK_THROWS_WITH_AS(read_import_sheet(utf16, "u16.txt"),
                       doctest::Contains("u16.txt 是 UTF-16 编码的文本"), RefusedError);
  // With a UTF-8 mark the file is UTF-8 with a bad byte, not GBK.
  CHECK_THROWS_WITH_AS(read_import_sheet("\xEF\xBB\xBF\xBB\xA7\n", "bom.csv"),
                       doctest::Contains("bom.csv 第1行有无法识别的字节 0xBB（文件的第4个字节）"),
                       RefusedError);
}

TEST_CASE("what is not a readable xlsx is refused, naming the file") {
  TempDir dir;
  auto refused = [](const std::string& bytes, const std::string& says) {
    CAPTURE(says);
    CHECK_THROWS_WITH_AS(read_import_sheet(bytes, "问卷.xlsx"), doctest::Contains("问卷.xlsx"),
                         RefusedError);
    CHECK_THROWS_WITH_AS(read_import_sheet(bytes, "问卷.xlsx"), doctest::Contains(says.c_str()),
                         RefusedError);
  };
  std::string random = "PK\x03\x04";
  for (int i = 0; i < 300; ++i) random += static_cast<char>((i * 7919 + 13) % 251);
  refused(random, "已损坏");
  auto good = survey_xlsx(dir.path);
  refused(good.substr(0, good.size() / 2), "压缩包不完整或已损坏");
  refused(good.substr(0, good.size() - 22), "压缩包不完整或已损坏");  // no end record
  refused(good.substr(0, good.size() - 100), "压缩包不完整或已损坏");
  refused(make_zip(dir.path, {{"readme.txt", "hello"}}), "没有工作表");
  refused(make_zip(dir.path, {{"xl/workbook.xml", kWorkbook}}), "没有工作表");
  refused(hand_xlsx(dir.path, R"(<x:row r="1"><x:c r="A1"><x:v>1</x:c></x:row>)"),
          "xl/worksheets/sheet1.xml 第2行的 XML 有误：mismatched tag");
  refused(hand_xlsx(dir.path, R"(<x:row r="1"><x:c r="B1" t="s"><x:v>2</x:v></x:c></x:row>)"),
          "单元格 B1 引用的共享字符串编号 2 超出范围（共 2 个）");
  refused(hand_xlsx(dir.path, R"(<x:row r="1"><x:c r="ALN1" t="s"><x:v>0</x:v></x:c></x:row>)"),
          "单元格 ALN1 有内容，超过了 1000 列");
  refused(hand_xlsx(dir.path, R"(<x:row r="2"/><x:row r="1"/>)"), "第1行出现在第2行之后");
  refused(
      make_zip(dir.path, {{"xl/workbook.xml", "<!DOCTYPE workbook [<!ENTITY a \"aaaa\">]>" +
                                                  kWorkbook.substr(kWorkbook.find("<workbook"))}}),
      "文档类型声明");
  refused("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(500, '\0'), "旧版 Excel");

  // A flipped bit of compressed data: the part does not inflate or fails its check.
  std::string flipped = good;
  size_t name_at = flipped.find("xl/worksheets/sheet1.xml");  // in the local header
  REQUIRE(name_at != std::string::npos);
  REQUIRE(name_at >= 30);
  size_t extra = static_cast<unsigned char>(flipped[name_at - 2]) +
                 256u * static_cast<unsigned char>(flipped[name_at - 1]);
  size_t data_at = name_at + 24 + extra + 10;
  flipped[data_at] = static_cast<char>(flipped[data_at] ^ 0x55);
  refused(flipped, "已损坏");

  // An encrypted part: the flag bit of every central-directory entry set.
  std::string encrypted = good;
  for (size_t at = encrypted.find("PK\x01\x02"); at != std::string::npos;
       at = encrypted.find("PK\x01\x02", at + 4))
    encrypted[at + 8] = static_cast<char>(encrypted[at + 8] | 1);
  refused(encrypted, "已加密");

  // A zip bomb: a worksheet of spaces that inflates past the limit.
  refused(hand_xlsx(dir.path, std::string(101 << 20, ' ')), "解压后超过 100 MB");
}
