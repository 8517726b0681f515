/// Dates, times and months as people type them (read_date, read_datetime, read_month).
#include <doctest/doctest.h>

#include "core/time.hpp"
#include "core/typed_time.hpp"

using namespace kefu;

namespace {

const Date kToday = *parse_date("2026-12-01");

std::string date(const char* text) {
  auto d = read_date(text, kToday);
  return d ? format_date(*d) : "-";
}

std::string at(const char* text) {
  auto t = read_datetime(text, kToday);
  return t ? format_datetime(t->at) + (t->has_time ? "" : " (date)") : "-";
}

std::string month(const char* text) {
  auto m = read_month(text);
  return m ? m->str() : "-";
}

}  // namespace

TEST_CASE("a date is read in the forms staff type it") {
  CHECK(date("2026-11-26") == "2026-11-26");
  CHECK(date("2026/11/26") == "2026-11-26");
  CHECK(date("2026.11.26") == "2026-11-26");
  CHECK(date("2026年11月26日") == "2026-11-26");
  CHECK(date("2026年11月26号") == "2026-11-26");
  CHECK(date("2026年1月5日") == "2026-01-05");
  CHECK(date("2026/1/5") == "2026-01-05");
  CHECK(date(" 2026-11-26 ") == "2026-11-26");
}

TEST_CASE("a date without its year is in the year of today") {
  CHECK(date("11-26") == "2026-11-26");
  CHECK(date("11/26") == "2026-11-26");
  CHECK(date("1-5") == "2026-01-05");
  CHECK(date("11月26日") == "2026-11-26");
  CHECK(date("2月29日") == "-");  // 2026 is not a leap year
  CHECK(read_date("2-29", *parse_date("2028-06-01")).has_value());
}

TEST_CASE("what is not a date is refused") {
  CHECK(date("") == "-");
  CHECK(date("2026-11") == "-");
  CHECK(date("2026-11-31") == "-");
  CHECK(date("2026/11-26") == "-");  // separators must agree
  CHECK(date("2026年11-26") == "-");
  CHECK(date("26-11-2026") == "-");
  CHECK(date("2026-111-26") == "-");
  CHECK(date("20261126") == "-");
  CHECK(date("2026-11-26x") == "-");
  CHECK(date("13-01") == "-");
  CHECK(date("２０２６-11-26") == "-");  // full-width digits are not read
}

TEST_CASE("a time after a date: T or spaces, seconds optional") {
  CHECK(at("2026-11-26T09:25") == "2026-11-26T09:25");
  CHECK(at("2026-11-26 09:25") == "2026-11-26T09:25");
  CHECK(at("2026/11/26 09:25") == "2026-11-26T09:25");
  CHECK(at("2026/11/26 9:25") == "2026-11-26T09:25");
  CHECK(at("2026年11月26日 09:25:30") == "2026-11-26T09:25:30");
  CHECK(at("2026年11月26日9:25") == "2026-11-26T09:25");
  CHECK(at("11-26 09:25") == "2026-11-26T09:25");
  CHECK(at("2026/11/26") == "2026-11-26T00:00 (date)");
  CHECK(at("2026-11-2609:25") == "-");
  CHECK(at("2026-11-26T24:00") == "-");
  CHECK(at("2026-11-26T09:60") == "-");
  CHECK(at("2026-11-26T09") == "-");
  CHECK(at("2026-11-26T09:25Z") == "-");
}

TEST_CASE("a month: 2026-11, 2026/11, 2026年11月") {
  CHECK(month("2026-11") == "2026-11");
  CHECK(month("2026/11") == "2026-11");
  CHECK(month("2026.11") == "2026-11");
  CHECK(month("2026年11月") == "2026-11");
  CHECK(month("2026年3月") == "2026-03");
  CHECK(month("2026-3") == "2026-03");
  CHECK(month("2026-13") == "-");
  CHECK(month("2026年11") == "-");
  CHECK(month("2026-11-26") == "-");
  CHECK(month("11") == "-");
}

TEST_CASE("files keep ISO only") {
  CHECK_FALSE(parse_date("2026/11/26"));
  CHECK_FALSE(parse_month("2026年11月"));
}
