/// CSV import: encoding checks and RFC 4180 rows.
#include "core/csv.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

/// Every lead byte followed by as many continuation bytes as it announces.
bool valid_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + size_t(n) >= s.size() + (n == 0 ? 1 : 0)) return false;
    for (int k = 1; k <= n; ++k)
      if (i + size_t(k) >= s.size() || (static_cast<unsigned char>(s[i + size_t(k)]) >> 6) != 2)
        return false;
    i += size_t(n) + 1;
  }
  return true;
}

/// Only pairs of bytes in GBK's ranges besides ASCII, and at least one: what Excel saves.
bool looks_gbk(const std::string& s) {
  size_t i = 0, pairs = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c < 0x81 || c > 0xFE || i + 1 >= s.size()) return false;
    unsigned char t = static_cast<unsigned char>(s[i + 1]);
    if (t < 0x40 || t > 0xFE || t == 0x7F) return false;
    i += 2;
    ++pairs;
  }
  return pairs > 0;
}

}  // namespace

CsvRows parse_csv(const std::string& text, const std::string& name) {
  CsvRows rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, any = false;
  int line = 1, row_line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        cell += '"', ++i;
      else if (c == '"')
        quoted = false;
      else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && cell.empty())
      quoted = any = true;
    else if (c == ',')
      row.push_back(trim(cell)), cell.clear(), any = true;
    else if (c == '\r')
      continue;
    else if (c == '\n') {
      row.push_back(trim(cell));
      cell.clear();
      bool blank =
          std::all_of(row.begin(), row.end(), [](const std::string& x) { return x.empty(); });
      if (!blank) rows.emplace_back(row_line, row);
      row.clear();
      any = false;
      row_line = ++line;
    } else
      cell += c, any = true;
  }
  if (quoted) throw RefusedError(fmt::format("{} 第{}行：引号未闭合", name, row_line));
  if (any || !cell.empty()) {
    row.push_back(trim(cell));
    bool blank =
        std::all_of(row.begin(), row.end(), [](const std::string& x) { return x.empty(); });
    if (!blank) rows.emplace_back(row_line, row);
  }
  return rows;
}

CsvRows parse_import_csv(std::string text, const std::string& name) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (!valid_utf8(text)) {
    if (looks_gbk(text))
      throw RefusedError(
          name +
          " 是 GBK 编码，未导入任何内容；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入");
    throw RefusedError(name + " 不是 UTF-8 编码的文本文件，未导入任何内容");
  }
  return parse_csv(text, name);
}

}  // namespace kefu
