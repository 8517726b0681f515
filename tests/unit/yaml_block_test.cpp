// read_block_yaml (store/yaml_block.hpp) must give yaml-cpp's events, marks included, for
// every text it reads, and leave to yaml-cpp every text outside kefu's block subset.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/yaml_events.hpp"
#include "store/yaml_io.hpp"

using namespace kefu;
using kefu::testing::block_events;
using kefu::testing::yaml_cpp_events;

namespace {

/// Read by lines, the events are yaml-cpp's; false when the text was left to yaml-cpp.
bool read_alike(std::string_view text) {
  auto fast = block_events(text);
  if (!fast) return false;
  auto slow = yaml_cpp_events(text);
  REQUIRE_MESSAGE(slow.has_value(), text);
  CHECK_MESSAGE(*fast == *slow, text);
  return true;
}

}  // namespace

TEST_CASE("block YAML: what kefu writes reads by lines, as yaml-cpp reads it") {
  const char* texts[] = {
      "id: TS-2026-11-0001\nstatus: open\n",
      "a: 1\nb:\n  c: 2\n  d:\n    - x\n    - y\ne: ~\n",
      "callbacks: []\nextra: {}\nnote: null\n",
      "history:\n  - at: 2026-11-23T12:45\n    by: chenjing\n    action: open\n  - at: x\n",
      "bills:\n  - unit: 4-1-1001\n    items:\n      - item: management\n        amount: "
      "\"359.50\"\n",
      "- a\n- b: 1\n  c: 2\n- \"q\"\n- ~\n",
      "phone: \"13627530424\"\nunit: \"\"\n",
      "s: \"tab\\there \\\"quoted\\\" back\\\\slash\\nnewline\"\n",
      "place: 4栋天台，电梯经常停在半层\n名称: 值\n",
      "time: 12:45\nurl: http://example.com/a#b\nit: it's fine\nlist: a, b [c] {d}\n",
      "k: \"a: b # c\"\nk2: a:b\nk3: -1\nk4: -x\nk5: ?x\n",
      "seal: sha256:9b7e0a9e5204e9978df49b10293af9dd8451274b5537940a1354baf99e57094c\n",
      "a:\n  - b:\n      - c: 1\n        d: []\n  - {}\n",
  };
  for (const char* t : texts) CHECK_MESSAGE(read_alike(t), t);
}

TEST_CASE("block YAML: anything else is left to yaml-cpp") {
  const char* texts[] = {
      "",
      "a: 1",                     // no newline at the end
      "# comment\na: 1\n",        //
      "a: 1 # comment\n",         //
      "a: 1\n\nb: 2\n",           // a blank line
      "a: |\n  two\n  lines\n",   // a literal block
      "a: >\n  folded\n",         //
      "a:\n\t- x\n",              // a tab
      "a: \"x\ty\"\n",            //
      "a:value\n",                //
      "a: {b: 1}\n",              // flow
      "a: [1, 2]\n",              //
      "a: &x 1\nb: *x\n",         // anchor and alias
      "a: !tag 1\n",              //
      "---\na: 1\n",              // markers
      "a: 1\n...\n",              //
      "a:\n   b: 1\n",            // three spaces
      "a:\n- x\n",                // a sequence not indented
      " a: 1\n",                  //
      "\"a\": 1\n",               // a quoted key
      "a: 'single'\n",            //
      "a: first\n  continued\n",  // a plain text going on
      "a:\n",                     // nothing after the key
      "- - a\n",                  // a sequence in a sequence's item
      "a: \"\\u00e9\"\n",         // escapes kefu does not write
      "a: \"unclosed\n",          //
      "a: \"x\" y\n",             //
      "a: b: c\n",                //
      "a:  two spaces\n",         //
      "a: trailing \n",           //
      "~: 1\n",                   // a key that is null
      "? a\n: 1\n",               //
      "just text\n",              // not a mapping
      "%YAML 1.2\n---\na: 1\n",   //
      "a: 1\n  b: 2\n",           // more indented
      "a:\n  b: 1\n c: 2\n",      // between two levels
  };
  for (const char* t : texts) CHECK_MESSAGE(!block_events(t), t);
}

TEST_CASE("block YAML: nesting past kMaxDepth is left to yaml-cpp, which parse_yaml refuses") {
  std::string deep;
  for (int i = 0; i <= kMaxDepth; ++i)
    deep += std::string(static_cast<size_t>(2 * i), ' ') + "a:\n";
  deep += std::string(static_cast<size_t>(2 * kMaxDepth + 2), ' ') + "b: 1\n";
  CHECK_FALSE(block_events(deep));
  CHECK_THROWS_AS(parse_yaml("deep.yaml", deep), StoreError);
}

TEST_CASE("block YAML: a duplicate key is reported where yaml-cpp's reading reports it") {
  try {
    parse_yaml("dup.yaml", "a: 1\nb:\n  c: 2\n  c: 3\n");
    FAIL("not refused");
  } catch (const StoreError& e) {
    CHECK(e.where_and_why().starts_with("dup.yaml:4:3: 键 c 重复出现"));
  }
}

TEST_CASE(
    "block YAML: what emit_yaml writes reads by lines, unless it quoted a key or wrote a "
    "literal block") {
  Json v = {{"text", "a \"quoted\" \\ text"},
            {"number", 42},
            {"ja", "yes"},
            {"phone", "13800000000"},
            {"empty", ""},
            {"none", nullptr},
            {"list", {"a", "~", "null", {{"k", "v"}, {"m", Json::array()}}}},
            {"map", {{"x", Json::object()}, {"z", {1, 2}}}},
            {"tab", "a\tb"}};
  CHECK(read_alike(emit_yaml(v)));
  CHECK_FALSE(block_events(emit_yaml(Json{{"yes", 1}})));  // "yes": 1
  Json lines = {{"note", "two\nlines"}};
  CHECK_FALSE(block_events(emit_yaml(lines)));
  CHECK(parse_yaml("n.yaml", emit_yaml(lines)).root["note"].Scalar() == "two\nlines");
}

TEST_CASE("block YAML: every file of the demo estate reads alike; every record file by lines") {
  // kefu.yaml, calendar.yaml and units/ are written by hand, with comments and flow mappings.
  namespace fs = std::filesystem;
  int files = 0, by_lines = 0, records = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(KEFU_SOURCE_DIR) / "data")) {
    if (!e.is_regular_file() || e.path().extension() != ".yaml") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    ++files;
    bool read = read_alike(buf.str());
    by_lines += read;
    auto name = e.path().filename().string();
    if (name != "kefu.yaml" && name != "calendar.yaml" &&
        e.path().parent_path().filename() != "units") {
      ++records;
      CHECK_MESSAGE(read, e.path().string());
    }
  }
  CHECK(files > 100);
  CHECK(by_lines >= records);
  MESSAGE(files << " files, " << by_lines << " read by lines");
}
