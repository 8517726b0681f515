/// libFuzzer target: the spreadsheets of a survey import (core/sheet.hpp), CSV or xlsx, from
/// bytes to rows. Refusing is fine (RefusedError); a crash, a hang, a blow-up or any other
/// exception is not, and neither are rows out of order, blank rows, untrimmed cells, text that
/// is not UTF-8 or an xlsx row wider than the limit.
///
/// An input starting with "parts\n" is the XML of a workbook's parts, separated by NUL bytes
/// (workbook.xml, its relationships, shared strings, styles, the first worksheet), put into a
/// zip here, stored, with right checksums: so mutations reach the XML readers instead of
/// breaking the zip. Anything else is the file's bytes.
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "common.hpp"
#include "core/errors.hpp"
#include "core/sheet.hpp"
#include "core/text.hpp"

namespace kefu::fuzz {
namespace {

void put16(std::string& out, uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

/// A zip of these parts, stored (not compressed).
std::string stored_zip(const std::vector<std::pair<std::string, std::string_view>>& parts) {
  std::string out, directory;
  for (const auto& [part_name, data] : parts) {
    uint32_t crc = static_cast<uint32_t>(
        ::crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    auto size = static_cast<uint32_t>(data.size());
    auto offset = static_cast<uint32_t>(out.size());
    put32(out, 0x04034b50);
    put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0x21);
    put32(out, crc), put32(out, size), put32(out, size);
    put16(out, static_cast<uint32_t>(part_name.size())), put16(out, 0);
    out += part_name;
    out += data;
    put32(directory, 0x02014b50);
    put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
    put16(directory, 0), put16(directory, 0x21);
    put32(directory, crc), put32(directory, size), put32(directory, size);
    put16(directory, static_cast<uint32_t>(part_name.size()));
    put16(directory, 0), put16(directory, 0), put16(directory, 0), put16(directory, 0);
    put32(directory, 0), put32(directory, offset);
    directory += part_name;
  }
  auto at = static_cast<uint32_t>(out.size());
  out += directory;
  put32(out, 0x06054b50);
  put16(out, 0), put16(out, 0);
  put16(out, static_cast<uint32_t>(parts.size())), put16(out, static_cast<uint32_t>(parts.size()));
  put32(out, static_cast<uint32_t>(directory.size())), put32(out, at);
  put16(out, 0);
  return out;
}

std::string file_of(const std::string& input) {
  if (!input.starts_with("parts\n")) return input;
  static const char* const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                      "xl/sharedStrings.xml", "xl/styles.xml",
                                      "xl/worksheets/sheet1.xml"};
  std::vector<std::pair<std::string, std::string_view>> parts;
  std::string_view rest = std::string_view(input).substr(6);
  for (const char* part_name : names) {
    size_t nul = rest.find('\0');
    parts.emplace_back(part_name, rest.substr(0, nul));
    if (nul == std::string_view::npos) break;
    rest.remove_prefix(nul + 1);
  }
  return stored_zip(parts);
}

[[noreturn]] void fail(const char* kind, const std::string& input) {
  report(kind);
  show("input", input);
  std::abort();
}

void check(const ImportSheet& sheet, const std::string& input) {
  if (sheet.format != "csv" && sheet.format != "xlsx") fail("an unknown format", input);
  if (sheet.encoding != "UTF-8" && !(sheet.format == "csv" && sheet.encoding == "GB18030"))
    fail("an unknown encoding", input);
  int previous = 0;
  for (const auto& [number, cells] : sheet.rows) {
    if (number <= previous) fail("rows out of order, or before the first", input);
    previous = number;
    bool blank = true;
    for (const auto& cell : cells) {
      if (trim(cell) != cell) fail("a cell not trimmed", input);
      if (invalid_utf8_at(cell) != std::string::npos) fail("a cell not UTF-8", input);
      blank = blank && cell.empty();
    }
    if (blank) fail("a blank row kept", input);
    if (sheet.format == "xlsx" && (cells.size() > 1000 || cells.back().empty()))
      fail("an xlsx row wider than its last cell or the limit", input);
  }
}

}  // namespace
}  // namespace kefu::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kefu;
  using namespace kefu::fuzz;
  const std::string input(reinterpret_cast<const char*>(data), size);
  try {
    check(read_import_sheet(file_of(input), "survey.xlsx"), input);
  } catch (const RefusedError&) {
  } catch (const std::exception& e) {
    report(std::string("an exception other than RefusedError escaped: ") + typeid(e).name());
    show("what", e.what());
    show("input", input);
    std::abort();
  } catch (...) {
    fail("something not a std::exception was thrown", input);
  }
  return 0;
}
