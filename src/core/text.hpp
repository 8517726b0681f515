/// Text helpers for a Chinese terminal: display width of CJK text, padding, masking.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

/// Columns the text occupies in a terminal: 2 for CJK and full-width characters, 1 otherwise.
int display_width(std::string_view utf8);
/// Pads with spaces on the right up to `width` display columns.
std::string pad_right(std::string_view utf8, int width);
/// Cuts to at most `width` display columns, ending in "…" when cut.
std::string truncate_to(std::string_view utf8, int width);

/// 13812345678 → 138****5678; shorter numbers keep their first and last two digits.
std::string mask_phone(std::string_view phone);
/// 张三丰 → 张**: for anything posted publicly.
std::string mask_name(std::string_view name);

/// Removes leading and trailing ASCII whitespace.
std::string trim(std::string_view s);

}  // namespace kefu
