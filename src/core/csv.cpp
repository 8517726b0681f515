/// CSV import: encoding checks and RFC 4180 rows.
#include "core/csv.hpp"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

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

ImportText decode_import_text(std::string bytes, const std::string& name) {
  bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (bom) bytes.erase(0, 3);
  size_t bad = invalid_utf8_at(bytes);
  if (bad == std::string::npos) return {std::move(bytes), "UTF-8"};
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    throw RefusedError(name +
                       " 是 UTF-16 编码的文本（Excel 的“Unicode 文本”），未导入任何内容；请在 "
                       "Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入");
  // A UTF-8 byte-order mark says what the text was meant to be: a bad byte is just that.
  size_t gb_bad = 0;
  if (!bom) {
    if (auto text = from_gb18030(bytes, &gb_bad)) {
      if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);  // GB18030's own mark
      return {std::move(*text), "GB18030"};
    }
  }
  // The encoding that read further is the file's: where it stopped is the byte to name.
  size_t at = std::min(std::max(bad, gb_bad), bytes.size() - 1);
  long line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<long>(at), '\n');
  throw RefusedError(fmt::format(
      "{} 第{}行有无法识别的字节 0x{:02X}（文件的第{}个字节），既不是 UTF-8 也不是 "
      "GBK/GB18030 编码，未导入任何内容；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入",
      name, line, static_cast<unsigned char>(bytes[at]) + 0u, at + 1 + (bom ? 3 : 0)));
}

std::string encoding_note(const std::string& name, const std::string& encoding) {
  if (encoding == "UTF-8" || encoding.empty()) return "";
  return "读取 " + name + "：" + (encoding == "GB18030" ? "GBK（GB18030）" : encoding + " ") +
         "编码，已转换\n";
}

std::string utf8_to_gb18030(std::string_view text) {
  iconv_t cd = ::iconv_open("GB18030", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv: 没有 GB18030 编码");
  std::string out(text.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(text.data());
  size_t in_left = text.size();
  char* o = out.data();
  size_t out_left = out.size();
  while (in_left > 0) {
    if (::iconv(cd, &in, &in_left, &o, &out_left) != static_cast<size_t>(-1)) continue;
    if (errno == E2BIG || out_left == 0) {
      size_t used = out.size() - out_left;
      out.resize(out.size() * 2);
      o = out.data() + used;
      out_left = out.size() - used;
    } else {  // not UTF-8 here (GB18030 itself encodes every character)
      *o++ = '?', --out_left;
      ++in, --in_left;
    }
  }
  ::iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

CsvRows parse_import_csv(std::string bytes, const std::string& name, std::string* encoding) {
  auto decoded = decode_import_text(std::move(bytes), name);
  if (encoding) *encoding = decoded.encoding;
  return parse_csv(decoded.text, name);
}

}  // namespace kefu
