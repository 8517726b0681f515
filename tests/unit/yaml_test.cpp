/// The reader refuses what it cannot keep, each at its place; the writer writes back what the
/// reader accepts so that it reads the same; the seal tells kefu's bytes from an edit.
#include <doctest/doctest.h>

#include <string>

#include "store/complaint_store.hpp"
#include "store/seal.hpp"
#include "store/yaml_io.hpp"

using namespace kefu;

namespace {

/// "line:column: why" of the refusal, or "accepted".
std::string refusal(const std::string& text) {
  try {
    parse_yaml("f.yaml", text);
    return "accepted";
  } catch (const StoreError& e) {
    return std::to_string(e.line()) + ":" + std::to_string(e.column()) + ": " + e.what();
  }
}

bool refused_at(const std::string& text, const std::string& where, const std::string& says) {
  auto r = refusal(text);
  bool ok = r.starts_with(where + ": ") && r.find(says) != std::string::npos;
  if (!ok) MESSAGE(r);
  return ok;
}

/// The text of `value` after a write and a read.
Json round_trip(const Json& value) {
  auto text = emit_yaml(Json{{"v", value}});
  return yaml_to_json(parse_yaml("f.yaml", text).root["v"]);
}

}  // namespace

TEST_CASE("what the reader cannot keep is refused where it is") {
  CHECK(refused_at("status: open\nowner: a\nstatus: closed\n", "3:1", "键 status 重复出现"));
  CHECK(refused_at("a: 1\n---\nb: 2\n", "2:1", "只能有一个 YAML 文档"));
  CHECK(refused_at("a: &x 1\nb: *x\n", "1:4", "锚点"));
  CHECK(
      refusal("a: [1]\nb: *x\n").starts_with("2:4: "));  // an alias names an anchor, refused first
  CHECK(refused_at("a: !!binary aGVsbG8=\n", "1:4", "标签"));
  CHECK(refused_at("a: b\ndescription: \"第一行\\n第二行\\0尾\"\n", "2:14", "U+0000（NUL）"));
  CHECK(refused_at("a: \"\\e[31m\"\n", "1:4", "U+001B（ESC）"));
  CHECK(refused_at("a: x\x07y\n", "1:5", "U+0007（BEL）"));
  CHECK(refused_at("a: \"\\x85\"\n", "1:4", "U+0085"));
  CHECK(refused_at("a: caf\xe9\n", "1:7", "不是 UTF-8 编码的字节 0xE9"));
  CHECK(refused_at("? [a, b]\n: c\n", "1:3", "键应为一段文字"));
  CHECK(refused_at("~: c\n", "1:1", "键应为一段文字"));
  CHECK(refused_at("a: b\nc: [1, 2\n", "3:1", "YAML 格式错误"));
  std::string deep(40, '[');
  CHECK(refused_at("a: " + deep + "\n", "1:20", "嵌套超过 32 层"));
  std::string very_deep(100000, '[');
  CHECK(refusal("a: " + very_deep + "\n").find("嵌套超过") != std::string::npos);
}

TEST_CASE("a GBK file is named as such") {
  // 投诉 in GBK: CD B6 CB DF (CD B6 happens to be UTF-8 too; CB DF is not).
  auto r = refusal("category: \xCD\xB6\xCB\xDF\n");
  CHECK(r.starts_with("1:13: 有不是 UTF-8 编码的字节 0xCB"));
  CHECK(r.find("GBK/GB18030") != std::string::npos);
  CHECK(r.find("iconv -f GB18030 -t UTF-8") != std::string::npos);
  // A Latin-1 byte is not taken for GBK.
  CHECK(refusal("a: caf\xe9\n").find("GBK") == std::string::npos);
}

TEST_CASE("the alias bomb is refused at its first anchor, whatever its size") {
  std::string bomb = "a0: &a0 [x]\n";
  for (int i = 1; i < 10; ++i) {
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 9; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
    bomb += "]\n";
  }
  CHECK(refused_at(bomb, "1:5", "锚点"));
}

TEST_CASE("a byte-order mark, CRLF line ends and UTF-16 are read as they are meant") {
  auto plain = parse_yaml("f.yaml", "a: 投诉\nb: x\n");
  for (std::string text : {std::string("\xEF\xBB\xBF"
                                       "a: 投诉\nb: x\n"),
                           std::string("a: 投诉\r\nb: x\r\n")}) {
    auto doc = parse_yaml("f.yaml", text);
    CHECK(doc.root["a"].Scalar() == "投诉");
    CHECK(doc.root["b"].Scalar() == "x");
  }
  // UTF-16LE with its mark: "a: 投\n".
  std::string u16(
      "\xFF\xFE"
      "a\0:\0 \0\x95\x62\n\0",
      12);
  CHECK(parse_yaml("f.yaml", u16).root["a"].Scalar() == "投");
  // A CRLF file's errors keep their places.
  CHECK(refused_at("a: 1\r\nb: \"\\0\"\r\n", "2:4", "NUL"));
}

TEST_CASE("the seal line is not part of the record") {
  auto doc = parse_yaml("f.yaml", "a: 1\nseal: sha256:00\n");
  CHECK(doc.root.size() == 1);
  CHECK(!doc.root["seal"].IsDefined());
  // Nested, `seal` is an ordinary key.
  CHECK(parse_yaml("f.yaml", "a:\n  seal: x\n").root["a"]["seal"].Scalar() == "x");
}

TEST_CASE("every text the reader accepts is written back to read the same") {
  const char* texts[] = {
      "",
      "a",
      "a\nb",
      "a\nb\n",
      "a\n\n\n",
      "\n",
      "\n\n",
      "\na",
      " a",
      "a ",
      "  a\nb\n",
      "a\n b",
      "a\tb",
      "\ta\nb",
      "a: b",
      "a #b",
      "#a",
      "- a",
      "-a",
      "? a",
      ":a",
      "a:",
      "---",
      "...",
      "--- a",
      "&a",
      "*a",
      "!a",
      "%a",
      "@a",
      "`a",
      "'a'",
      "\"a\"",
      "[a]",
      "{a}",
      "a,b",
      "~",
      "null",
      "Null",
      "true",
      "yes",
      "no",
      "on",
      "12",
      "-3",
      "1.5",
      "1e3",
      "0x1F",
      "0o17",
      ".inf",
      ".nan",
      "12:30",
      "2026-11-26",
      "a\\b",
      "a\"b",
      "投诉\n第二行",
      "\xE2\x80\xA8",
      "a\xE2\x80\xA9",
      "\xEF\xBB\xBF"
      "a",
      "a&b",
      "a|b",
      "|",
      ">",
      "a\n\tb\n",
      "a  \nb",
      "a\n\nb",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    CHECK(round_trip(t) == Json(t));
  }
  // Keys too, and values of every JSON type the records hold.
  Json odd{{"a: b", "x"},
           {"yes", "y"},
           {"", "empty key"},
           {"- k", 1},
           {"k", true},
           {"n", nullptr},
           {"l", Json::array({"x", Json::array({"y"}), Json::object({{"z", "w"}})})},
           {"e", Json::array()},
           {"m", Json::object()}};
  auto text = emit_yaml(odd);
  CHECK(yaml_to_json(parse_yaml("f.yaml", text).root) ==
        Json{{"a: b", "x"},
             {"yes", "y"},
             {"", "empty key"},
             {"- k", "1"},
             {"k", "true"},
             {"n", nullptr},
             {"l", Json::array({"x", Json::array({"y"}), Json::object({{"z", "w"}})})},
             {"e", Json::array()},
             {"m", Json::object()}});
  CHECK(emit_yaml(yaml_to_json(parse_yaml("f.yaml", text).root)) != "");
}

TEST_CASE("literal blocks say how their line ends are kept") {
  CHECK(emit_yaml(Json{{"d", "a\nb"}}) == "d: |-\n  a\n  b\n");
  CHECK(emit_yaml(Json{{"d", "a\nb\n"}}) == "d: |\n  a\n  b\n");
  CHECK(emit_yaml(Json{{"d", "a\n\n"}}) == "d: |+\n  a\n\n");
  CHECK(emit_yaml(Json{{"d", " a\nb"}}) == "d: \" a\\nb\"\n");
  CHECK(emit_yaml(Json{{"d", "a\r\nb"}}) == "d: \"a\\r\\nb\"\n");
}

TEST_CASE("a seal tells kefu's bytes from an edit") {
  auto text = sealed("id: TS-2026-11-0001\nstatus: open\n");
  CHECK(text.starts_with("id: TS-2026-11-0001\nstatus: open\nseal: sha256:"));
  CHECK(seal_state(text) == SealState::intact);
  auto edited = text;
  edited.replace(edited.find("open"), 4, "shut");
  CHECK(seal_state(edited) == SealState::broken);
  CHECK(seal_state(text + "owner: x\n") == SealState::broken);
  CHECK(seal_state("id: TS-2026-11-0001\n") == SealState::missing);
  CHECK(seal_hash(edited) == seal_hash(text));
  // The hash is SHA-256 of everything before the seal line.
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
