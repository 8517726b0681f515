/// The Chinese spelling of what kefu's CSV writes (--headers zh, kefu.yaml csv.headers): a
/// heading for each column key, a label for each enumerated value. JSON and YAML keep the
/// English keys and codes; this is the one table of their Chinese forms in a spreadsheet.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

/// The Chinese heading of the CSV column `key` ("received_at" → 受理时间); the key itself when
/// the table has none (a heading already Chinese, as the report's).
std::string_view csv_heading_zh(std::string_view key);

/// The value `value` of column `key` as people read it: an enumerated code as its Chinese
/// label (enums.hpp and the records' own enums), a status by the kind of record its row's
/// `id` names (TS- a complaint's 待回访, BX- a repair's …), overdue reasons joined by ";" as
/// their labels joined by 、, true/false as 是/否. Anything else (names, dates, amounts, text) as
/// it is.
std::string csv_value_zh(std::string_view key, std::string_view value, std::string_view id);

/// Whether the heading table is in key order (its lookup is a binary search).
bool csv_headings_sorted();

}  // namespace kefu
