/// Text forms on A4: each form's orientation and width, lines wrapped to it, and the printable
/// HTML of a rendered form.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

/// The columns a text form may take on A4: 120 for the registers printed landscape
/// (form_landscape), 80 for the other forms, printed portrait; 0 for a template that is not a
/// text form (monthly_report.md, .html).
int form_columns(std::string_view template_name);
bool form_landscape(std::string_view template_name);

/// `text` with every line wider than `width` display columns wrapped. In a table (a line of
/// three or more columns two spaces apart, and the lines under it) a row is cut at the heading's
/// last column that fits, and what follows goes on under it: in that last column when it is the
/// free-text one, else from the second column; other lines break between their cells (two or
/// more spaces apart) or, a cell itself too wide, between characters, preferably after a space
/// or a Chinese comma, never inside a number or a word.
std::string fit_columns(std::string_view text, int width);

/// A rendered text form as a printable HTML page: its first line the site, its second the
/// title, each table (as fit_columns knows them) a bordered <table>, the rest paragraphs; print
/// CSS for A4 in the form's orientation, a CJK font stack. All text escaped.
std::string form_html(std::string_view text, bool landscape);

/// `s` with & < > " as HTML entities.
std::string html_escape(std::string_view s);

}  // namespace kefu
