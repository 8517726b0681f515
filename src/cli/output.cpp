/// Output formats.
#include "cli/output.hpp"

#include <sys/sendfile.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

Format parse_format(const std::string& text) {
  if (text == "table" || text == "表格") return Format::table;
  if (text == "json") return Format::json;
  if (text == "csv") return Format::csv;
  if (text == "yaml") return Format::yaml;
  throw RefusedError("不支持的输出格式「" + text + "」，可选：table、json、csv、yaml");
}

void print_table(std::ostream& out, const Table& t) {
  std::vector<int> widths(t.headings.size(), 0);
  for (size_t i = 0; i < t.headings.size(); ++i) widths[i] = display_width(t.headings[i]);
  for (const auto& row : t.rows)
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = i < cells.size() ? cells[i] : "";
      s += i + 1 == widths.size() ? cell : pad_right(cell, widths[i]) + "  ";
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  line(t.headings);
  std::vector<std::string> rule;
  for (int w : widths) rule.push_back(std::string(static_cast<size_t>(w), '-'));
  line(rule);
  for (const auto& row : t.rows) line(row);
}

void print_json(std::ostream& out, const Json& value) {
  out << value.dump(2) << '\n';
}

void JsonArrayPrinter::add(const Json& element) {
  std::string text;
  append(text, element);
  add_text(text);
}

void JsonArrayPrinter::add_text(std::string_view elements) {
  if (elements.empty()) return;
  out_ << (any_ ? ",\n  " : "[\n  ");
  any_ = true;
  out_.write(elements.data(), static_cast<std::streamsize>(elements.size()));
}

bool JsonArrayPrinter::add_file(int fd, uint64_t offset, uint64_t length) {
  if (length == 0) return true;
  out_ << (any_ ? ",\n  " : "[\n  ");
  any_ = true;
  return copy_file(out_, fd, offset, length);
}

bool copy_file(std::ostream& out, int fd, uint64_t offset, uint64_t length) {
  auto at = static_cast<off_t>(offset);
  auto left = length;
  if (&out == &std::cout) {
    // File to file in the kernel: the bytes never pass through this process.
    out.flush();
    while (left > 0) {
      ssize_t n = ::sendfile(STDOUT_FILENO, fd, &at, left);
      if (n <= 0) break;  // not supported here (or the file ended): copied below
      left -= static_cast<uint64_t>(n);
    }
  }
  std::string buffer;
  while (left > 0) {
    buffer.resize(std::min<uint64_t>(left, 1 << 20));
    ssize_t n = ::pread(fd, buffer.data(), buffer.size(), at);
    if (n <= 0) return false;
    out.write(buffer.data(), n);
    at += n;
    left -= static_cast<uint64_t>(n);
  }
  return true;
}

void JsonArrayPrinter::append(std::string& elements, const Json& element) {
  if (!elements.empty()) elements += ",\n  ";
  // One level deeper than on its own: strings hold no raw newline (JSON escapes it).
  std::string text = element.dump(2);
  elements.reserve(elements.size() + text.size() + text.size() / 8);
  for (char c : text) {
    elements += c;
    if (c == '\n') elements += "  ";
  }
}

void print_rows(std::ostream& out, Format f, const Json& value,
                const std::vector<std::string>& csv_keys) {
  if (f == Format::json)
    print_json(out, value);
  else if (f == Format::yaml)
    print_yaml(out, value);
  else
    print_csv(out, csv_keys, value.is_array() ? value : Json::array({value}));
}

Json csv_case_row(Json view) {
  std::string overdue;
  for (const auto& o : view["overdue"])
    overdue += (overdue.empty() ? "" : ";") + o.get<std::string>();
  view["overdue"] = overdue;
  return view;
}

void print_case_list(std::ostream& out, std::ostream& err, Format f, const std::vector<Json>& views,
                     const std::vector<std::string>& csv_keys,
                     const std::function<Table(const std::vector<Json>&)>& table,
                     std::string_view kind_zh) {
  if (f == Format::table) {
    if (views.empty()) {
      err << "没有符合条件的" << kind_zh << "\n";
      return;
    }
    print_table(out, table(views));
    err << "共 " << views.size() << " 条\n";
  } else if (f == Format::csv) {
    Json rows = Json::array();
    for (const auto& v : views) rows.push_back(csv_case_row(v));
    print_csv(out, csv_keys, rows);
  } else {
    print_rows(out, f, Json(views), csv_keys);
  }
}

void JsonArrayPrinter::finish() {
  out_ << (any_ ? "\n]\n" : "[]\n");
}

namespace {

std::string csv_cell(const Json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : v.is_null() ? "" : v.dump();
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

}  // namespace

void print_csv(std::ostream& out, const std::vector<std::string>& keys, const Json& rows) {
  out << "\xEF\xBB\xBF";
  for (size_t i = 0; i < keys.size(); ++i) out << (i ? "," : "") << keys[i];
  out << "\r\n";
  for (const auto& row : rows) {
    for (size_t i = 0; i < keys.size(); ++i)
      out << (i ? "," : "") << csv_cell(row.contains(keys[i]) ? row[keys[i]] : Json());
    out << "\r\n";
  }
}

void print_yaml(std::ostream& out, const Json& value) {
  out << emit_yaml(value);
}

void mask_phones(Json& value) {
  if (value.is_array()) {
    for (auto& item : value) mask_phones(item);
  } else if (value.is_object()) {
    for (auto& [k, v] : value.items()) {
      bool phone_key = k == "phone" || (k.size() > 6 && k.ends_with("_phone"));
      if (phone_key && v.is_string() && !v.get<std::string>().empty())
        v = mask_phone(v.get<std::string>());
      else
        mask_phones(v);
    }
  }
}

}  // namespace kefu
