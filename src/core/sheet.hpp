/// Spreadsheets staff import (survey answers and the like): CSV in UTF-8 or GB18030, or xlsx,
/// from the bytes to rows of cells.
#pragma once

#include <string>

#include "core/csv.hpp"

namespace kefu {

/// Rows of cells (trimmed), each with its 1-based row number (the CSV line a row starts on, or
/// the worksheet's row number); blank rows are left out.
struct ImportSheet {
  CsvRows rows;
  std::string format;    // "csv" or "xlsx"
  std::string encoding;  // "UTF-8", "GB18030" (converted) — for xlsx "UTF-8"
};

/// The bytes of an import file: xlsx when they start as a zip ("PK\x03\x04"), else CSV.
/// CSV: a UTF-8 BOM is dropped; text that is not UTF-8 is converted from GB18030 (a superset of
/// GBK, what Chinese Excel saves) when it converts cleanly, else RefusedError naming the byte
/// (UTF-16, Excel's "Unicode text", is refused as such).
/// xlsx: the first worksheet (by workbook.xml order, resolved through workbook.xml.rels), shared
/// strings, inline strings, numbers, booleans; a numeric cell whose style is a date/time format
/// becomes "2026-10-09" (or "2026-10-09T14:30" with a time part; "14:30" for a time of day
/// alone). Trailing empty cells of an xlsx row are left out.
/// RefusedError, naming `name`, for anything it cannot read: not a zip, a truncated or corrupt
/// archive, an encrypted entry, no worksheet, malformed XML, a shared-string index out of range,
/// entries that inflate past a limit (a zip bomb), more than a sane number of rows/columns.
ImportSheet read_import_sheet(std::string bytes, const std::string& name);

}  // namespace kefu
