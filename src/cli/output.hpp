/// Printing results: aligned tables for people, JSON/CSV/YAML for scripts.
#pragma once

#include <ostream>
#include <string>
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
  void finish();

 private:
  std::ostream& out_;
  bool any_ = false;
};
/// CSV for Excel on a Chinese Windows PC: UTF-8 with BOM, RFC 4180 quoting, CRLF line ends.
/// Columns are `keys`; nested values are written as compact JSON.
void print_csv(std::ostream& out, const std::vector<std::string>& keys, const Json& rows);
void print_yaml(std::ostream& out, const Json& value);

/// Masks every string under a key named "phone" or ending in "_phone" (R12).
void mask_phones(Json& value);

}  // namespace kefu
