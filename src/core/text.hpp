/// Text helpers for a Chinese terminal: display width of CJK text, padding, masking.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kefu {

/// Columns the text occupies in a terminal: 2 for CJK and full-width characters, 1 otherwise.
int display_width(std::string_view utf8);
/// Pads with spaces on the right up to `width` display columns.
std::string pad_right(std::string_view utf8, int width);
/// Cuts to at most `width` display columns, ending in "…" when cut; a number is never cut in
/// two (dropped whole instead), so that no part of an ID number escapes mask_id_numbers.
std::string truncate_to(std::string_view utf8, int width);

/// 13812345678 → 138****5678; shorter numbers keep their first and last two digits.
std::string mask_phone(std::string_view phone);
/// 张三丰 → 张**: for anything posted publicly.
std::string mask_name(std::string_view name);
/// Every 身份证-like number in `text` (18 characters: 17 digits and a digit or X; or the 15
/// digits of a first-generation card; each with a plausible birth date, not part of a longer
/// run of digits) with all but its last four characters starred:
/// 44030119900101123X → **************123X (R12: ID numbers are masked like phones).
std::string mask_id_numbers(std::string_view text);
/// True when mask_id_numbers would change `text`.
bool contains_id_number(std::string_view text);

/// The code point of the well-formed UTF-8 sequence at `i` (no overlong forms, surrogates or
/// values past U+10FFFF), advancing `i` past it; nullopt, with `i` unchanged, when the bytes at
/// `i` are not one.
std::optional<char32_t> decode_utf8(std::string_view s, size_t& i);
/// The offset of the first byte of `s` that does not begin a well-formed UTF-8 sequence, or
/// npos when all of `s` is UTF-8.
size_t invalid_utf8_at(std::string_view s);
/// True for what a terminal may act on rather than show: the C0 controls, DEL, the C1
/// controls (U+0080–U+009F) and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which can reorder what is seen. Tab and newline are C0 controls too.
bool is_terminal_control(char32_t cp);

/// `text` converted from the encoding iconv calls `from` ("GB18030", "UTF-16LE" …) to UTF-8;
/// nullopt when it does not convert whole, with `bad_at` (when given) set to the offset of the
/// first byte that does not convert (a character cut short at the end included).
std::optional<std::string> convert_to_utf8(std::string_view text, const char* from,
                                           size_t* bad_at = nullptr);
/// GB18030 text (a superset of GBK and GB2312, what Chinese Windows and Excel save) as UTF-8;
/// nullopt, with `bad_at` as convert_to_utf8's, when it is not GB18030.
std::optional<std::string> from_gb18030(std::string_view text, size_t* bad_at = nullptr);

/// Removes leading and trailing ASCII whitespace.
std::string trim(std::string_view s);

}  // namespace kefu
