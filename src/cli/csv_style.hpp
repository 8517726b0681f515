/// How the CSV kefu writes is spelt (--encoding, --headers): set once for a command by
/// run_cli, consulted by print_csv (cli/output.*) whenever it prints.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

namespace kefu {

struct CsvStyle {
  /// GBK, as Chinese Excel opens it: written as GB18030, GBK's superset, so that no character
  /// is lost; no byte-order mark. Else UTF-8 with a byte-order mark.
  bool gbk = false;
  /// Chinese headings and enumerated values (core/labels.hpp); else the JSON's English keys.
  bool zh = false;
};

/// "utf-8" (also UTF-8, utf8) → false, "gbk" (GBK) → true; nullopt for anything else.
std::optional<bool> parse_csv_encoding(std::string_view text);
/// "en" (英文) → false, "zh" (中文) → true; nullopt for anything else.
std::optional<bool> parse_csv_headers(std::string_view text);

/// Where print_csv learns its style (unset: UTF-8, English keys).
void set_csv_style(std::function<CsvStyle()> style);
CsvStyle csv_style();

}  // namespace kefu
