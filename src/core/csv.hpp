/// CSV files staff import (fee readings, ready-made bill items): the bytes to rows.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kefu {

/// Rows of cells (trimmed), each with the line number it starts on; blank rows are left out.
using CsvRows = std::vector<std::pair<int, std::vector<std::string>>>;

/// RFC 4180 rows of `text`. RefusedError, naming the file `name`, when a quote is left open.
CsvRows parse_csv(const std::string& text, const std::string& name);

/// The rows of an import file's bytes: a UTF-8 BOM is dropped; RefusedError when the text is
/// not UTF-8 (saying so when it looks like GBK, as Excel saves it) or a quote is left open.
CsvRows parse_import_csv(std::string text, const std::string& name);

}  // namespace kefu
