/// Form rendering: values as written, and no partials.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "forms/render.hpp"

using namespace kefu;

TEST_CASE("values are inserted as written, and text in the data is never read as a template") {
  Json data{{"a", "{{>a}} & <b>"}, {"b", "{{>b}}{{>b}}"}, {"empty", ""}};
  CHECK(render_mustache("t.txt", "[{{a}}]", data) == "[{{>a}} & <b>]");
  // A partial would render the string of that name as a template: {{>a}} would recurse
  // without end, {{>b}} double the output at each level. Forms have none.
  CHECK(render_mustache("t.txt", "[{{>a}}{{>b}}]", data) == "[]");
  CHECK(render_mustache("t.txt", "{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}", data) == "none");
  CHECK_THROWS_AS(render_mustache("t.txt", "{{#a}}", data), StoreError);
}
