/// Output formats.
#include "cli/output.hpp"

#include <fmt/format.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/csv_style.hpp"
#include "cli/terminal.hpp"
#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/labels.hpp"
#include "core/text.hpp"

namespace kefu {

Progress progress_line() {
  if (!::isatty(STDERR_FILENO)) return nullptr;
  auto line = std::make_shared<ProgressLine>(ProgressLine::Clock::now());
  return [line](const ProgressStep& step) {
    auto out = line->update(step, ProgressLine::Clock::now());
    if (out.empty()) return;
    auto n = ::write(STDERR_FILENO, out.data(), out.size());
    (void)n;
  };
}

// ---- text people read -----------------------------------------------------------------------

namespace {

void append_escape(std::string& out, char32_t cp) {
  if (cp == '\n')
    out += "\\n";
  else if (cp == '\t')
    out += "\\t";
  else if (cp == '\r')
    out += "\\r";
  else if (cp < 0x80)
    out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
  else
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
}

/// Where a byte is not UTF-8: \xNN, so that a terminal never sees a stray byte it could take
/// for an 8-bit control (0x9b is CSI to some).
void append_byte_escape(std::string& out, char byte) {
  out += fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(byte)));
}

/// The bytes of `held` that can be passed on at a flush: not a UTF-8 sequence cut short, nor a
/// run of digits that may be the start of an ID number still being written.
size_t complete_prefix(const std::string& held) {
  size_t end = held.size();
  for (size_t back = 1; back <= 3 && back <= end; ++back) {
    auto c = static_cast<unsigned char>(held[end - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  size_t digits = end;
  while (digits > 0 && ((held[digits - 1] >= '0' && held[digits - 1] <= '9') ||
                        held[digits - 1] == 'X' || held[digits - 1] == 'x'))
    --digits;
  if (digits < end && end - digits <= 18) end = digits;
  return end;
}

}  // namespace

std::string escape_controls(std::string_view s, LineBreaks breaks) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    auto cp = decode_utf8(s, i);
    if (!cp) {
      append_byte_escape(out, s[i++]);
    } else if (!is_terminal_control(*cp) ||
               (breaks == LineBreaks::keep && (*cp == '\n' || *cp == '\t'))) {
      out.append(s.substr(start, i - start));
    } else {
      append_escape(out, *cp);
    }
  }
  return out;
}

std::string safe_text(std::string_view text, LineBreaks breaks, bool reveal) {
  std::string shown = escape_controls(text, breaks);
  return reveal ? shown : mask_id_numbers(shown);
}

SafeTextBuf::~SafeTextBuf() {
  pass_on(held_.size());
  target_->pubsync();
}

void SafeTextBuf::set_raw(bool raw) {
  if (!raw_) pass_on(held_.size());
  raw_ = raw;
}

void SafeTextBuf::pass_on(size_t end) {
  if (end == 0) return;
  std::string shown =
      safe_text(std::string_view(held_).substr(0, end), LineBreaks::keep, revealing());
  target_->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
  held_.erase(0, end);
}

SafeTextBuf::int_type SafeTextBuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  if (raw_) return target_->sputc(traits_type::to_char_type(c));
  held_ += traits_type::to_char_type(c);
  if (c == '\n') pass_on(held_.size());
  return c;
}

std::streamsize SafeTextBuf::xsputn(const char* s, std::streamsize n) {
  if (raw_) return target_->sputn(s, n);
  held_.append(s, static_cast<size_t>(n));
  auto line_end = held_.rfind('\n');
  if (line_end != std::string::npos) pass_on(line_end + 1);
  return n;
}

int SafeTextBuf::sync() {
  if (!raw_) pass_on(complete_prefix(held_));
  return target_->pubsync();
}

namespace {

/// True when `out` is people's output or the script output of a command, through a SafeTextBuf
/// that masks ID numbers (no --reveal).
bool masks_ids(std::ostream& out) {
  auto* buf = dynamic_cast<SafeTextBuf*>(out.rdbuf());
  return buf && !buf->revealing();
}

bool any_id_number(const Json& v) {
  if (v.is_string()) return contains_id_number(v.get_ref<const std::string&>());
  if (v.is_structured())
    for (const auto& item : v)
      if (any_id_number(item)) return true;
  return false;
}

void mask_id_strings(Json& v) {
  if (v.is_string()) {
    if (contains_id_number(v.get_ref<const std::string&>()))
      v = mask_id_numbers(v.get_ref<const std::string&>());
  } else if (v.is_structured()) {
    for (auto& item : v) mask_id_strings(item);
  }
}

/// Calls `print` with `value`, or with a copy whose ID numbers are masked when `out` masks them
/// and there are any: a script format says no more than a table would.
template <class F>
void with_ids_masked(std::ostream& out, const Json& value, F print) {
  if (masks_ids(out) && any_id_number(value)) {
    Json masked = value;
    mask_id_strings(masked);
    print(masked);
  } else {
    print(value);
  }
}

}  // namespace

RawOutput::RawOutput(std::ostream& out) {
  for (auto* buf = dynamic_cast<SafeTextBuf*>(out.rdbuf()); buf;
       buf = dynamic_cast<SafeTextBuf*>(buf->target())) {
    was_.emplace_back(buf, buf->raw());
    buf->set_raw(true);
  }
}

RawOutput::~RawOutput() {
  for (auto it = was_.rbegin(); it != was_.rend(); ++it) it->first->set_raw(it->second);
}

Format parse_format(const std::string& text) {
  if (text == "table" || text == "表格") return Format::table;
  if (text == "json") return Format::json;
  if (text == "csv") return Format::csv;
  if (text == "yaml") return Format::yaml;
  throw RefusedError("不支持的输出格式「" + text + "」，可选：table、json、csv、yaml");
}

void print_table(std::ostream& out, const Table& shown) {
  Table t;
  for (const auto& h : shown.headings) t.headings.push_back(escape_controls(h, LineBreaks::escape));
  for (const auto& row : shown.rows) {
    t.rows.emplace_back();
    for (const auto& cell : row) t.rows.back().push_back(escape_controls(cell, LineBreaks::escape));
  }
  std::vector<int> widths(t.headings.size(), 0);
  std::vector<bool> ascii(t.headings.size(), true);
  for (size_t i = 0; i < t.headings.size(); ++i) widths[i] = display_width(t.headings[i]);
  for (const auto& row : t.rows)
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      int w = display_width(row[i]);
      widths[i] = std::max(widths[i], w);
      if (static_cast<size_t>(w) != row[i].size()) ascii[i] = false;
    }
  // On a terminal (or with COLUMNS set) the text columns give way so that a line fits.
  auto fit = fit_columns(t.headings, widths, ascii, table_width());
  if (fit.widths != widths) {
    for (size_t i = 0; i < t.headings.size(); ++i)
      if (display_width(t.headings[i]) > fit.widths[i])
        t.headings[i] = truncate_to(t.headings[i], fit.widths[i]);
    for (auto& row : t.rows)
      for (size_t i = 0; i < row.size() && i < fit.widths.size(); ++i)
        if (display_width(row[i]) > fit.widths[i]) row[i] = truncate_to(row[i], fit.widths[i]);
    widths = fit.widths;
  }
  const std::string gap(static_cast<size_t>(fit.gap), ' ');
  // A row with something in its 逾期 column is overdue: red on a terminal (colour_stdout).
  size_t overdue = t.headings.size();
  for (size_t i = 0; i < t.headings.size(); ++i)
    if (t.headings[i] == "逾期") overdue = i;
  bool colour = overdue < t.headings.size() && colour_stdout();
  auto line = [&](const std::vector<std::string>& cells, bool paint) {
    std::string s;
    for (size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = i < cells.size() ? cells[i] : "";
      s += i + 1 == widths.size() ? cell : pad_right(cell, widths[i]) + gap;
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    write_painted(out, Paint::alert, s, paint);
    out << '\n';
  };
  line(t.headings, false);
  std::vector<std::string> rule;
  for (int w : widths) rule.push_back(std::string(static_cast<size_t>(w), '-'));
  line(rule, false);
  for (const auto& row : t.rows) line(row, colour && overdue < row.size() && !row[overdue].empty());
}

void print_json(std::ostream& out, const Json& value) {
  RawOutput raw(out);
  with_ids_masked(out, value, [&](const Json& v) { out << v.dump(2) << '\n'; });
}

void JsonArrayPrinter::add(const Json& element) {
  std::string text;
  with_ids_masked(out_, element, [&](const Json& v) { append(text, v); });
  add_text(text);
}

void JsonArrayPrinter::add_text(std::string_view elements) {
  if (elements.empty()) return;
  RawOutput raw(out_);
  out_ << (any_ ? ",\n  " : "[\n  ");
  any_ = true;
  out_.write(elements.data(), static_cast<std::streamsize>(elements.size()));
}

bool JsonArrayPrinter::add_file(int fd, uint64_t offset, uint64_t length) {
  if (length == 0) return true;
  RawOutput raw(out_);
  out_ << (any_ ? ",\n  " : "[\n  ");
  any_ = true;
  return copy_file(out_, fd, offset, length);
}

bool copy_file(std::ostream& out, int fd, uint64_t offset, uint64_t length) {
  RawOutput raw(out);
  auto at = static_cast<off_t>(offset);
  auto left = length;
  std::streambuf* to = out.rdbuf();
  while (auto* safe = dynamic_cast<SafeTextBuf*>(to)) to = safe->target();
  if (to == std::cout.rdbuf()) {
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
  RawOutput raw(out_);
  out_ << (any_ ? "\n]\n" : "[]\n");
}

namespace {

/// -3, 12.50, -12.50: what a spreadsheet reads as a number, never as a formula.
bool plain_number(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  size_t digits = 0, i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t decimals = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++decimals;
    if (decimals == 0) return false;
  }
  return digits > 0 && i == s.size();
}

bool starts_formula(std::string_view s) {
  if (s.empty()) return false;
  if (std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) return true;
  for (std::string_view wide : {"＝", "＋", "－", "＠"})
    if (s.starts_with(wide)) return true;
  return false;
}

std::string csv_cell(const Json& v) {
  std::string s = v.is_string() ? csv_text(v.get_ref<const std::string&>())
                  : v.is_null() ? ""
                                : escape_controls(v.dump());
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

}  // namespace

std::string csv_text(std::string_view text) {
  std::string cell = starts_formula(text) && !plain_number(text) ? "'" : "";
  return cell + escape_controls(text);
}

namespace {

std::function<CsvStyle()>& csv_style_source() {
  static std::function<CsvStyle()> source;
  return source;
}

/// `keys` and `rows` as CSV text, in the style given.
void print_csv_styled(std::ostream& out, const std::vector<std::string>& keys, const Json& rows,
                      const CsvStyle& style);

}  // namespace

std::optional<bool> parse_csv_encoding(std::string_view text) {
  if (text == "utf-8" || text == "UTF-8" || text == "utf8" || text == "UTF8") return false;
  if (text == "gbk" || text == "GBK") return true;
  return std::nullopt;
}

std::optional<bool> parse_csv_headers(std::string_view text) {
  if (text == "en" || text == "英文") return false;
  if (text == "zh" || text == "中文") return true;
  return std::nullopt;
}

void set_csv_style(std::function<CsvStyle()> style) {
  csv_style_source() = std::move(style);
}

CsvStyle csv_style() {
  const auto& source = csv_style_source();
  return source ? source() : CsvStyle{};
}

void print_csv(std::ostream& out, const std::vector<std::string>& keys, const Json& rows) {
  print_csv_styled(out, keys, rows, csv_style());
}

namespace {

void print_csv_styled(std::ostream& out, const std::vector<std::string>& keys, const Json& rows,
                      const CsvStyle& style) {
  RawOutput raw(out);
  if (masks_ids(out) && any_id_number(rows)) {
    Json masked = rows;
    mask_id_strings(masked);
    return print_csv_styled(out, keys, masked, style);
  }
  bool zh = style.zh;
  std::string text;
  for (size_t i = 0; i < keys.size(); ++i)
    text += (i ? "," : "") + csv_cell(zh ? std::string(csv_heading_zh(keys[i])) : keys[i]);
  text += "\r\n";
  for (const auto& row : rows) {
    std::string id =
        row.contains("id") && row["id"].is_string() ? row["id"].get<std::string>() : "";
    for (size_t i = 0; i < keys.size(); ++i) {
      Json v = row.contains(keys[i]) ? row[keys[i]] : Json();
      if (zh && (v.is_string() || v.is_boolean()))
        v = csv_value_zh(keys[i], v.is_string() ? v.get<std::string>() : v.dump(), id);
      text += (i ? "," : "") + csv_cell(v);
    }
    text += "\r\n";
  }
  if (style.gbk)
    out << utf8_to_gb18030(text);
  else
    out << "\xEF\xBB\xBF" << text;
}

}  // namespace

namespace {

/// yaml-cpp writes a string holding a C0 or C1 control double-quoted, with each escaped; DEL,
/// the bidi controls and bytes that are not UTF-8 it writes raw. Those are shown here as text.
void escape_for_yaml(Json& value) {
  if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
      size_t start = i;
      auto cp = decode_utf8(s, i);
      if (!cp) {
        append_byte_escape(out, s[i++]);
        changed = true;
      } else if (*cp == 0x7F || (*cp > 0x9F && is_terminal_control(*cp))) {
        append_escape(out, *cp);
        changed = true;
      } else {
        out.append(s, start, i - start);
      }
    }
    if (changed) value = out;
  } else if (value.is_structured()) {
    for (auto& item : value) escape_for_yaml(item);
  }
}

}  // namespace

void print_yaml(std::ostream& out, const Json& value) {
  RawOutput raw(out);
  Json shown = value;
  if (masks_ids(out)) mask_id_strings(shown);
  escape_for_yaml(shown);
  out << emit_yaml(shown);
}

void mask_phones(Json& value) {
  if (value.is_string()) {
    mask_id_strings(value);
  } else if (value.is_array()) {
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
