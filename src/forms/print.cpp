/// Text forms on A4; see print.hpp.
#include "forms/print.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/text.hpp"

namespace kefu {
namespace {

/// A line's characters with the display column each starts at.
struct Glyph {
  size_t byte = 0, len = 0;
  int col = 0, width = 0;
};

std::vector<Glyph> glyphs(std::string_view line) {
  std::vector<Glyph> out;
  int col = 0;
  for (size_t i = 0; i < line.size();) {
    size_t at = i;
    if (!decode_utf8(line, i)) i = at + 1;
    int w = display_width(line.substr(at, i - at));
    out.push_back({at, i - at, col, w});
    col += w;
  }
  return out;
}

std::string_view rstrip(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// The display columns where a line's cells start: where a non-space follows the start of the
/// line or two or more spaces.
std::vector<int> cell_starts(std::string_view line) {
  std::vector<int> starts;
  auto g = glyphs(line);
  int spaces = 0;
  for (size_t i = 0; i < g.size(); ++i) {
    bool space = line[g[i].byte] == ' ';
    if (!space && (i == 0 || spaces >= 2)) starts.push_back(g[i].col);
    spaces = space ? spaces + 1 : 0;
  }
  return starts;
}

int leading_spaces(std::string_view line) {
  int n = 0;
  while (n < int(line.size()) && line[n] == ' ') ++n;
  return n;
}

/// The byte offset at display column `col` (the first glyph starting at or after it).
size_t byte_at(std::string_view line, int col) {
  for (const auto& g : glyphs(line))
    if (g.col >= col) return g.byte;
  return line.size();
}

bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
         c == '-' || c == ':' || c == '*' || c == '_';
}

/// Whether a break may come after this glyph: a space or Chinese punctuation.
bool break_after(std::string_view text, const Glyph& g) {
  static constexpr std::array<std::string_view, 6> kMarks = {"、", "，", "；", "。", "：", "）"};
  auto s = text.substr(g.byte, g.len);
  if (s == " ") return true;
  return std::find(kMarks.begin(), kMarks.end(), s) != kMarks.end();
}

bool is_closing(std::string_view s) {
  static constexpr std::array<std::string_view, 8> kClosing = {"）", "、", "，", "。",
                                                               "；", "：", "」", ")"};
  return std::find(kClosing.begin(), kClosing.end(), s) != kClosing.end();
}

/// `text` in lines of at most `width` columns, the first at `first_indent`, the others at
/// `indent` (both included in the width).
void wrap_text(std::string_view text, int first_indent, int indent, int width, std::string& out) {
  text = rstrip(text);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  int at = first_indent;
  while (!text.empty()) {
    int room = std::max(width - at, 8);
    auto g = glyphs(text);
    size_t n = 0;  // glyphs that fit
    while (n < g.size() && g[n].col + g[n].width <= room) ++n;
    if (n == g.size()) {
      out += std::string(at, ' ') + std::string(text) + '\n';
      return;
    }
    if (n == 0) n = 1;
    // Prefer a break after Chinese punctuation in the last third, else after a space that does
    // not part a number from its measure word (2 个月); never inside a word or number.
    size_t cut = n;
    for (int pass = 0; pass < 2 && cut == n; ++pass)
      for (size_t k = n; k > n * 2 / 3 && k > 0; --k) {
        auto s = text.substr(g[k - 1].byte, g[k - 1].len);
        bool space = s == " ";
        if (pass == 0 ? (!space && break_after(text, g[k - 1]))
                      : (space && k > 1 &&
                         !std::isdigit(static_cast<unsigned char>(text[g[k - 2].byte])))) {
          cut = k;
          break;
        }
      }
    if (cut == n && is_word(text[g[n].byte]) && is_word(text[g[n - 1].byte])) {
      size_t k = n;
      while (k > 0 && is_word(text[g[k - 1].byte])) --k;
      if (k > 0) cut = k;
    }
    // No line starts with a closing mark: it stays with the character before it.
    while (cut > 1 && cut < g.size() && is_closing(text.substr(g[cut].byte, g[cut].len))) --cut;
    size_t end = cut < g.size() ? g[cut].byte : text.size();
    out += std::string(at, ' ') + std::string(rstrip(text.substr(0, end))) + '\n';
    text.remove_prefix(end);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    at = indent;
  }
}

/// A line that is no table's row: cells packed on lines as they fit, a cell wider than a line
/// wrapped; continuation lines at the line's own indent.
void fit_plain(std::string_view line, int width, std::string& out) {
  int lead = leading_spaces(line);
  auto starts = cell_starts(line);
  std::string current;  // the line being filled, its indent included
  auto flush = [&] {
    if (!rstrip(current).empty()) out += std::string(rstrip(current)) + '\n';
    current.clear();
  };
  for (size_t i = 0; i < starts.size(); ++i) {
    size_t from = byte_at(line, starts[i]);
    size_t to = i + 1 < starts.size() ? byte_at(line, starts[i + 1]) : line.size();
    auto cell = line.substr(from, to - from);  // with the spaces after it
    int need = display_width(rstrip(cell));
    if (!current.empty() && display_width(current) + need <= width) {
      current += std::string(cell);
      continue;
    }
    flush();
    if (lead + need <= width)
      current = std::string(lead, ' ') + std::string(cell);
    else
      wrap_text(cell, lead, lead, width, out);
  }
  flush();
}

/// A row of a table whose heading's cells start at `starts`.
constexpr int kRoom = 24;     // a free-text column narrower than that goes on under the row
constexpr int kMaxLines = 3;  // as one longer than that in some row of its table

/// Whether the free-text last column of a table whose heading's cells start at `starts` wraps
/// in its place for every one of its `rows` (else each row's goes on under it).
bool wraps_in_place(const std::vector<std::string_view>& rows, const std::vector<int>& starts,
                    int width) {
  int cut = starts.empty() ? 0 : starts.back();
  if (cut == 0 || cut - 2 > width || width - cut < kRoom) return false;
  for (auto row : rows) {
    if (display_width(rstrip(row)) <= width) continue;
    std::string wrapped;
    wrap_text(row.substr(byte_at(row, cut)), cut, cut, width, wrapped);
    if (std::count(wrapped.begin(), wrapped.end(), '\n') > kMaxLines) return false;
  }
  return true;
}

void fit_row(std::string_view line, const std::vector<int>& starts, bool in_place, int width,
             std::string& out) {
  // The last heading column whose start fits: the columns before it are padded, so what is
  // before it takes at most its start less the two spaces between columns. The same for every
  // line of the table, so that its rows are cut alike.
  int cut = 0;
  for (int s : starts)
    if (s > 0 && s - 2 <= width) cut = s;
  if (cut == 0) return fit_plain(line, width, out);
  size_t at = byte_at(line, cut);
  auto head = rstrip(line.substr(0, at));
  auto tail = line.substr(at);
  if (cut == starts.back() && (in_place || starts.size() < 2)) {
    // The free-text column wraps in its place.
    std::string wrapped;
    wrap_text(tail, cut, cut, width, wrapped);
    out += pad_right(head, cut) + wrapped.substr(size_t(cut));
    return;
  }
  out += std::string(head) + '\n';
  bool last_column = cut == starts.back();
  int indent = starts.size() > 1 ? starts[1] : 4;
  if (!last_column && indent + display_width(rstrip(tail)) > width) {
    // The columns after the cut, themselves cut again.
    std::vector<int> rest;
    for (int s : starts)
      if (s >= cut) rest.push_back(s - cut + indent);
    return fit_row(std::string(indent, ' ') + std::string(rstrip(tail)), rest, false, width, out);
  }
  wrap_text(tail, indent, indent, width, out);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    auto nl = text.find('\n');
    lines.push_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return lines;
}

/// A table's heading: three or more cells, two or more spaces apart.
bool is_heading(std::string_view line) {
  return cell_starts(line).size() >= 3;
}

/// Whether a line is a row of the table whose heading's cells start at `starts`: two or more
/// cells, each starting at one of the heading's columns.
bool is_row(std::string_view line, const std::vector<int>& starts) {
  auto own = cell_starts(line);
  return own.size() >= 2 && std::all_of(own.begin(), own.end(), [&](int c) {
           return std::find(starts.begin(), starts.end(), c) != starts.end();
         });
}

constexpr std::string_view kLandscape[] = {
    "contact_register.txt",   "call_analysis.txt", "key_register.txt",   "daily_check.txt",
    "survey_summary.txt",     "move_stats.txt",    "handover_sheet.txt", "visitor_register.txt",
    "item_loan_register.txt", "patrol_sheet.txt",  "lost_register.txt",  "visit_record.txt",
};

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool form_landscape(std::string_view template_name) {
  return std::find(std::begin(kLandscape), std::end(kLandscape), template_name) !=
         std::end(kLandscape);
}

int form_columns(std::string_view template_name) {
  if (!template_name.ends_with(".txt")) return 0;
  return form_landscape(template_name) ? 120 : 80;
}

std::string fit_columns(std::string_view text, int width) {
  std::string out;
  std::vector<int> table;  // the starts of the heading of the table under way
  bool in_place = false;   // whether its free-text column wraps in its place
  auto lines = split_lines(text);
  for (size_t n = 0; n < lines.size(); ++n) {
    auto line = lines[n];
    if (rstrip(line).empty()) {
      table.clear();
    } else if (table.empty() && is_heading(line)) {
      table = cell_starts(line);
      std::vector<std::string_view> rows;
      for (size_t m = n; m < lines.size() && !rstrip(lines[m]).empty(); ++m)
        if (is_row(lines[m], table)) rows.push_back(lines[m]);
      in_place = wraps_in_place(rows, table, width);
    }
    if (display_width(line) <= width) {
      out += std::string(line) + '\n';
      continue;
    }
    if (display_width(rstrip(line)) <= width) {
      out += std::string(rstrip(line)) + '\n';
      continue;
    }
    if (!table.empty() && is_row(line, table))
      fit_row(line, table, in_place, width, out);
    else
      fit_plain(line, width, out);
  }
  if (!text.empty() && text.back() != '\n' && !out.empty()) out.pop_back();
  return out;
}

std::string form_html(std::string_view text, bool landscape) {
  auto lines = split_lines(text);
  std::string title = lines.size() > 1 ? std::string(lines[1]) : "";
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      html_escape(title) +
      "</title>\n<style>\n"
      "@page { size: A4 " +
      std::string(landscape ? "landscape" : "portrait") +
      "; margin: 12mm; }\n"
      "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro "
      "Hei\", \"Microsoft YaHei\", \"PingFang SC\", \"SimSun\", sans-serif; font-size: 10pt; "
      "color: #000; margin: 0; }\n"
      "p { margin: 0 0 2pt 0; white-space: pre-wrap; }\n"
      "p.site { font-size: 11pt; }\n"
      "h1 { font-size: 15pt; margin: 2pt 0 8pt 0; }\n"
      "table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }\n"
      "th, td { border: 0.75pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: "
      "top; font-size: 9pt; }\n"
      "th { background: #eee; white-space: nowrap; }\n"
      "tr { break-inside: avoid; }\n"
      "thead { display: table-header-group; }\n"
      "@media screen { body { margin: 12mm; max-width: " +
      std::string(landscape ? "273mm" : "186mm") +
      "; } }\n"
      "</style>\n</head>\n<body class=\"" +
      std::string(landscape ? "landscape" : "portrait") + "\">\n";
  std::vector<int> starts;
  bool in_table = false, open_row = false;
  auto close_table = [&] {
    if (in_table) html += "</tbody></table>\n";
    in_table = false, open_row = false;
    starts.clear();
  };
  auto cells_of = [&](std::string_view line) {
    std::vector<std::string> cells;
    for (size_t i = 0; i < starts.size(); ++i) {
      size_t from = byte_at(line, starts[i]);
      size_t to = i + 1 < starts.size() ? byte_at(line, starts[i + 1]) : line.size();
      auto cell = line.substr(from, to - from);
      while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
      cells.push_back(std::string(rstrip(cell)));
    }
    return cells;
  };
  for (size_t n = 0; n < lines.size(); ++n) {
    auto line = lines[n];
    if (n == 0) {
      html += "<p class=\"site\">" + html_escape(line) + "</p>\n";
      continue;
    }
    if (n == 1) {
      html += "<h1>" + html_escape(line) + "</h1>\n";
      continue;
    }
    if (rstrip(line).empty()) {
      close_table();
      continue;
    }
    if (!in_table && is_heading(line)) {
      starts = cell_starts(line);
      in_table = true;
      html += "<table>\n<thead><tr>";
      for (const auto& c : cells_of(line)) html += "<th>" + html_escape(c) + "</th>";
      html += "</tr></thead>\n<tbody>\n";
      continue;
    }
    if (in_table) {
      // A row starts at the first column; a line indented past it goes on the row above.
      if (leading_spaces(line) > 0 && open_row) {
        html.insert(html.size() - std::string_view("</td></tr>\n").size(),
                    "<br>" + html_escape(rstrip(line.substr(leading_spaces(line)))));
        continue;
      }
      html += "<tr>";
      for (const auto& c : cells_of(line)) html += "<td>" + html_escape(c) + "</td>";
      html += "</tr>\n";
      open_row = !starts.empty();
      continue;
    }
    html += "<p>" + html_escape(rstrip(line)) + "</p>\n";
  }
  close_table();
  return html + "</body>\n</html>\n";
}

}  // namespace kefu
