/// Printing results: aligned tables for people, JSON/CSV/YAML for scripts.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/yaml_io.hpp"

namespace kefu {

enum class Format { table, json, csv, yaml };

/// "table|json|csv|yaml" (also 表格); RefusedError otherwise.
Format parse_format(const std::string& text);

struct Table {
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> rows;
};

/// Columns padded by display width, so CJK text lines up.
void print_table(std::ostream& out, const Table& t);
/// One JSON document, two-space indented, UTF-8 as is.
void print_json(std::ostream& out, const Json& value);

/// A JSON array printed an element at a time, byte for byte as print_json prints the whole
/// array, so a list of 100,000 records never exists in memory as one value.
class JsonArrayPrinter {
 public:
  explicit JsonArrayPrinter(std::ostream& out) : out_(out) {}
  void add(const Json& element);
  /// Elements made by append(), printed as if each had been add()ed.
  void add_text(std::string_view elements);
  /// The same, as `length` bytes of the open file `fd` from `offset`; false when the file
  /// ended early.
  bool add_file(int fd, uint64_t offset, uint64_t length);
  /// Appends `element` to `elements` as add_text() takes them.
  static void append(std::string& elements, const Json& element);
  void finish();

 private:
  std::ostream& out_;
  bool any_ = false;
};
/// Writes `length` bytes of the open file `fd` from `offset` to `out`, straight from file to
/// file when `out` is standard output; false when the file ended early.
bool copy_file(std::ostream& out, int fd, uint64_t offset, uint64_t length);
/// CSV for Excel on a Chinese Windows PC: UTF-8 with BOM, RFC 4180 quoting, CRLF line ends.
/// Columns are `keys`; nested values are written as compact JSON.
void print_csv(std::ostream& out, const std::vector<std::string>& keys, const Json& rows);
void print_yaml(std::ostream& out, const Json& value);
/// `value` in a script format: JSON or YAML as it is, CSV with the columns `csv_keys` (a single
/// object is one row).
void print_rows(std::ostream& out, Format f, const Json& value,
                const std::vector<std::string>& csv_keys);

/// A case view (complaint, repair) as a CSV row: its "overdue" reasons joined by ";".
Json csv_case_row(Json view);
/// A list of case views, phones already masked: JSON or YAML as they are, CSV rows from
/// csv_case_row, or for people the table `table` makes, with the count (or that there is
/// none, naming `kind_zh`) on `err`.
void print_case_list(std::ostream& out, std::ostream& err, Format f, const std::vector<Json>& views,
                     const std::vector<std::string>& csv_keys,
                     const std::function<Table(const std::vector<Json>&)>& table,
                     std::string_view kind_zh);

/// Masks every string under a key named "phone" or ending in "_phone" (R12).
void mask_phones(Json& value);

}  // namespace kefu
