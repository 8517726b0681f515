/// Display width, masking, times and exact areas.
#include <doctest/doctest.h>

#include "core/text.hpp"
#include "core/time.hpp"
#include "core/unit.hpp"

using namespace kefu;

TEST_CASE("display width counts CJK as two columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("投诉") == 4);
  CHECK(display_width("3栋大堂") == 7);
  CHECK(display_width("（）") == 4);
  CHECK(pad_right("投诉", 6) == "投诉  ");
  CHECK(truncate_to("楼上每晚十点后装修", 9) == "楼上每晚…");
  CHECK(truncate_to("身份证 440301199001011234 来访", 16) == "身份证 …");
  CHECK(truncate_to("房号 1102 楼上漏水", 12) == "房号 1102 …");
}

TEST_CASE("phones and names are masked") {
  CHECK(mask_phone("13812345678") == "138****5678");
  CHECK(mask_phone("0755-86000000") == "075****0000");
  CHECK(mask_phone("86000") == "86*00");
  CHECK(mask_name("陈建国") == "陈**");
  CHECK(mask_name("林") == "林*");
}

TEST_CASE("ID numbers are masked to their last four wherever they stand in a text") {
  CHECK(mask_id_numbers("44030119900101123X") == "**************123X");
  CHECK(mask_id_numbers("44030119900101123x") == "**************123x");
  CHECK(mask_id_numbers("身份证 440301199001011234") == "身份证 **************1234");
  CHECK(mask_id_numbers("证件：身份证440301199001011234；") == "证件：身份证**************1234；");
  CHECK(mask_id_numbers("a 440301900101123 b") == "a ***********1123 b");  // 15 digits
  CHECK(mask_id_numbers("440301199001011234,11010519491231002X") ==
        "**************1234,**************002X");
  // Not an ID number: longer or shorter runs, an impossible birth date, a leading zero,
  // phone numbers, record IDs, money.
  CHECK(mask_id_numbers("4403011990010112345") == "4403011990010112345");
  CHECK(mask_id_numbers("44030119900101123") == "44030119900101123");
  CHECK(mask_id_numbers("440301199013011234") == "440301199013011234");
  CHECK(mask_id_numbers("440301199001321234") == "440301199001321234");
  CHECK(mask_id_numbers("040301199001011234") == "040301199001011234");
  CHECK(mask_id_numbers("440301199001011234X") == "440301199001011234X");
  CHECK(mask_id_numbers("13812345678 TS-2026-11-0007 ¥1234.50") ==
        "13812345678 TS-2026-11-0007 ¥1234.50");
  CHECK(mask_id_numbers("") == "");
}

TEST_CASE("UTF-8 is decoded strictly") {
  CHECK(invalid_utf8_at("投诉 ok") == std::string_view::npos);
  CHECK(invalid_utf8_at("caf\xE9") == 3);
  CHECK(invalid_utf8_at("\xD6\xD0") == 0);          // GBK 中
  CHECK(invalid_utf8_at("ab\xC0\xAF") == 2);        // overlong '/'
  CHECK(invalid_utf8_at("\xED\xA0\x80") == 0);      // a surrogate
  CHECK(invalid_utf8_at("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
  CHECK(invalid_utf8_at("\xE4\xB8") == 0);          // cut short
  size_t i = 0;
  CHECK(decode_utf8("\xE2\x80\xAE", i) == U'\u202E');
  CHECK(i == 3);
  CHECK(is_terminal_control(0x1B));
  CHECK(is_terminal_control(0x7F));
  CHECK(is_terminal_control(0x85));
  CHECK(is_terminal_control(0x2068));
  CHECK_FALSE(is_terminal_control(0xA0));
  CHECK_FALSE(is_terminal_control(U'投'));
}

TEST_CASE("times parse in the accepted forms and print canonically") {
  CHECK(format_datetime(*parse_datetime("2026-11-26T09:30")) == "2026-11-26T09:30");
  CHECK(format_datetime(*parse_datetime("2026-11-26 09:30:15")) == "2026-11-26T09:30:15");
  CHECK(format_datetime(*parse_datetime("2026-11-26")) == "2026-11-26T00:00");
  CHECK_FALSE(parse_datetime("2026-02-30T09:00"));
  CHECK_FALSE(parse_datetime("2026-11-26T24:00"));
  CHECK_FALSE(parse_datetime("26/11/2026"));
  CHECK(parse_month("2026-11")->str() == "2026-11");
  CHECK_FALSE(parse_month("2026-13"));
  CHECK(weekday_zh(*parse_date("2026-11-26")) == "周四");
}

TEST_CASE("areas are exact hundredths") {
  CHECK(parse_area("89.5") == 8950);
  CHECK(parse_area("89.50") == 8950);
  CHECK(parse_area("120") == 12000);
  CHECK_FALSE(parse_area("89.505"));
  CHECK_FALSE(parse_area("-1"));
  CHECK_FALSE(parse_area("1e3"));
  CHECK(format_area(8950) == "89.50");
}

TEST_CASE("GB18030 converts to UTF-8, or says at which byte it stops") {
  CHECK(from_gb18030("\xBB\xA7\xBA\xC5,a") == "户号,a");
  CHECK(from_gb18030("\x95\x32\x82\x36") == "𠀀");  // four bytes: outside GBK
  size_t at = 99;
  CHECK_FALSE(from_gb18030("\xBB\xA7\xFF\xBA\xC5", &at));
  CHECK(at == 2);
  CHECK_FALSE(from_gb18030("ab\xBB", &at));  // cut short inside a character
  CHECK(at == 2);
  CHECK(convert_to_utf8(std::string_view("a\0\x37\x62", 4), "UTF-16LE") == "a户");
  CHECK(convert_to_utf8("abc", "UTF-16LE") == std::nullopt);  // an odd byte left over
  CHECK(convert_to_utf8("abc", "no-such-encoding") == std::nullopt);
}

TEST_CASE("display width from Unicode's tables: emoji two, combining accents none") {
  CHECK(display_width("😀") == 2);
  CHECK(display_width("王😀") == 4);
  CHECK(display_width("e\xCC\x81") == 1);        // e + U+0301 COMBINING ACUTE ACCENT
  CHECK(display_width("Jose\xCC\x81 李") == 7);  // José 李
  CHECK(display_width("ｶ") == 1);                // half-width katakana
  CHECK(display_width("Ａ") == 2);               // full-width Latin
  CHECK(display_width("\xff") == 1);             // not UTF-8: one column, as shown
  CHECK(pad_right("😀", 4) == "😀  ");
  CHECK(truncate_to("e\xCC\x81\xCC\x81tait un 😀", 6) == "e\xCC\x81\xCC\x81tait…");
}
