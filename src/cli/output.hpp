/// Printing results: aligned tables for people, JSON/CSV/YAML for scripts, and the one filter
/// that keeps record text from acting on the terminal it is shown on.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/index.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

enum class Format { table, json, csv, yaml };

/// "table|json|csv|yaml" (also 表格); RefusedError otherwise.
Format parse_format(const std::string& text);

struct Table {
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> rows;
};

// ---- text people read -----------------------------------------------------------------------
//
// Record text comes from anyone: a --desc typed at the desk, a file edited by hand. Shown raw,
// an ESC in it could recolour, move or rewrite what the terminal shows, BEL ring, and a bidi
// override reverse a line. Everything meant for people passes through safe_text: standard
// error always, standard output except while a script format is printed (RawOutput), the cells
// of every table, the forms kefu writes to a file.

/// How safe_text treats newline and tab: kept where text runs over several lines (forms,
/// messages); shown as \n and \t in a table cell, which must stay on one line.
enum class LineBreaks { keep, escape };

/// `text` with each terminal control (is_terminal_control) and each byte that is not UTF-8
/// shown as a visible escape: \x1b, \x7f, \u0085, \u202e, \r (and \n, \t unless kept).
std::string escape_controls(std::string_view text, LineBreaks breaks = LineBreaks::keep);
/// escape_controls, and unless `reveal` the 身份证 numbers masked (mask_id_numbers).
std::string safe_text(std::string_view text, LineBreaks breaks, bool reveal);

/// A stream buffer in front of another (standard output or error) that passes on safe_text
/// of what is written, a line at a time so that neither a UTF-8 sequence nor an ID number is
/// cut in two; a flush passes on the part line too. While raw, bytes pass untouched.
class SafeTextBuf : public std::streambuf {
 public:
  explicit SafeTextBuf(std::streambuf* target) : target_(target) {}
  ~SafeTextBuf() override;
  SafeTextBuf(const SafeTextBuf&) = delete;
  SafeTextBuf& operator=(const SafeTextBuf&) = delete;

  std::streambuf* target() const { return target_; }
  /// ID numbers are shown in full while `*reveal` is true (--reveal); read as text passes.
  void reveal_when(const bool* reveal) { reveal_ = reveal; }
  bool revealing() const { return reveal_ && *reveal_; }
  bool raw() const { return raw_; }
  /// Passes on what is held, then lets bytes through untouched (raw) or filtered.
  void set_raw(bool raw);

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  /// Filters and passes on the held text up to `end`.
  void pass_on(size_t end);
  std::streambuf* target_;
  const bool* reveal_ = nullptr;
  bool raw_ = false;
  std::string held_;
};

/// While alive, what is written to `out` passes through every SafeTextBuf in front of it
/// untouched: JSON, CSV and YAML for scripts, which escape for themselves. The printers of
/// those formats mask the ID numbers in the strings they print to such a stream themselves,
/// unless it reveals them.
class RawOutput {
 public:
  explicit RawOutput(std::ostream& out);
  ~RawOutput();
  RawOutput(const RawOutput&) = delete;
  RawOutput& operator=(const RawOutput&) = delete;

 private:
  std::vector<std::pair<SafeTextBuf*, bool>> was_;
};

/// Columns padded by display width, so CJK text lines up; each cell shown by escape_controls,
/// on one line.
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
/// How long work (the index's, `kefu check`'s) shows where it stands: ProgressLine
/// (terminal.hpp) on standard error when it is a terminal, else nothing. Each call starts its
/// own clock: make it when the command starts.
Progress progress_line();
/// Writes `length` bytes of the open file `fd` from `offset` to `out`, straight from file to
/// file when `out` is standard output; false when the file ended early.
bool copy_file(std::ostream& out, int fd, uint64_t offset, uint64_t length);
/// CSV for Excel as csv_style() says (UTF-8 with BOM or GBK; keys or Chinese headings), RFC
/// 4180 quoting, CRLF line ends. Nested values are written as compact JSON; text via csv_text.
void print_csv(std::ostream& out, const std::vector<std::string>& keys, const Json& rows);
/// A text cell as a spreadsheet must take it (OWASP "CSV injection"): a cell Excel would
/// evaluate as a formula — beginning with = + - @ (or their full-width forms ＝＋－＠), a tab or
/// a carriage return — gets a leading ' so it shows as text; a plain number (-12.50, -3) stays
/// a number. Then escape_controls, keeping newline and tab.
std::string csv_text(std::string_view text);
/// YAML that never carries a terminal control raw: the C0 and C1 controls as the escapes of a
/// double-quoted scalar ("\x1b", "\x9b"), which read back the same; DEL, the bidi controls and
/// bytes that are not UTF-8 as the visible escapes of escape_controls.
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

/// Masks every string under a key named "phone" or ending in "_phone", and the 身份证 numbers
/// in every string (R12).
void mask_phones(Json& value);

}  // namespace kefu
