/// CSV files staff import (fee readings, ready-made bill items): the bytes to rows.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kefu {

/// Rows of cells (trimmed), each with the line number it starts on; blank rows are left out.
using CsvRows = std::vector<std::pair<int, std::vector<std::string>>>;

/// RFC 4180 rows of `text`. RefusedError, naming the file `name`, when a quote is left open.
CsvRows parse_csv(const std::string& text, const std::string& name);

/// The text of a spreadsheet file staff import, and the encoding it was in.
struct ImportText {
  std::string text;      // UTF-8, without a byte-order mark
  std::string encoding;  // "UTF-8", or "GB18030" when converted (GBK is a part of it)
};

/// The one detector of an import file's encoding: valid UTF-8 (a BOM dropped) is UTF-8;
/// anything else is converted from GB18030 (a superset of GBK, what Chinese Excel saves) with
/// glibc's iconv when it converts whole; else RefusedError naming `name`, the line and the byte
/// (UTF-16, Excel's "Unicode text", refused as such; a bad byte after a UTF-8 BOM is not
/// taken for GB18030).
ImportText decode_import_text(std::string bytes, const std::string& name);

/// How an import reports the encoding it read (on standard error): "读取 名单.csv：GBK 编码，
/// 已转换" when decode_import_text converted it, else nothing.
std::string encoding_note(const std::string& name, const std::string& encoding);

/// UTF-8 text as GB18030, through glibc's iconv: the same bytes as GBK for every character GBK
/// has (what Chinese Excel opens), four-byte sequences for the rest, so that nothing is
/// unencodable. Bytes that are not UTF-8 become '?'.
std::string utf8_to_gb18030(std::string_view text);

/// The rows of an import file's bytes through decode_import_text (so GBK is converted), with
/// the encoding read in `encoding` when given; RefusedError when a quote is left open.
CsvRows parse_import_csv(std::string bytes, const std::string& name,
                         std::string* encoding = nullptr);

}  // namespace kefu
