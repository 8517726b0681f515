/// Reading YAML with positions for error messages, and writing YAML from typed JSON values.
///
/// kefu reads only what it can keep: one document of mappings, sequences and texts in UTF-8,
/// without anchors, aliases, tags, duplicate keys, control characters (tab and newline
/// aside) or nesting deeper than kMaxDepth. Anything else is refused as file:line:column, so a
/// hand edit that kefu would silently lose or misread is reported instead. kefu's own files are
/// read by lines (store/yaml_block.hpp), anything else by yaml-cpp's parser; the tree their
/// events describe is built here, with those checks, into YamlNode.
///
/// Records are written from an nlohmann::ordered_json value, the same one that `--format
/// json` prints, so a file's keys and the JSON keys never drift apart. The writer is kefu's
/// own: whatever the reader accepts, it writes back so that it reads the same (a property
/// the fuzz tests check). Comments are not kept on rewrite: free text belongs in fields such
/// as `note:`. Keys kefu does not know are kept and written back unchanged.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/errors.hpp"
#include "core/time.hpp"

namespace kefu {

using Json = nlohmann::ordered_json;

/// How deep mappings and sequences may nest; kefu's own files need five levels.
inline constexpr int kMaxDepth = 32;
/// Longer keys are refused: YAML's implicit keys stop at 1024 characters, and no key of
/// kefu's is longer than a few words.
inline constexpr size_t kMaxKey = 256;

enum class YamlType { undefined, null, scalar, sequence, map };

/// A position in a file, 0-based as yaml-cpp counts; line < 0 when unknown.
struct YamlMark {
  int line = -1, column = -1;
  bool is_null() const { return line < 0; }
};

struct YamlTree;
class YamlItem;

/// A node of a parsed document: a handle into the document's tree, valid while the YamlDoc
/// lives. Its interface follows yaml-cpp's Node, so that readers read the same.
class YamlNode {
 public:
  YamlNode() = default;
  YamlNode(const YamlTree* tree, uint32_t index) : tree_(tree), index_(index) {}

  YamlType Type() const;
  bool IsDefined() const { return Type() != YamlType::undefined; }
  bool IsNull() const { return Type() == YamlType::null; }
  bool IsScalar() const { return Type() == YamlType::scalar; }
  bool IsSequence() const { return Type() == YamlType::sequence; }
  bool IsMap() const { return Type() == YamlType::map; }
  /// The text of a scalar; empty for anything else.
  const std::string& Scalar() const;
  YamlMark Mark() const;
  /// The value under `key` of a mapping; undefined when absent or not a mapping.
  YamlNode operator[](std::string_view key) const;
  /// Items of a sequence, or key/value pairs of a mapping.
  size_t size() const;

  class iterator;
  iterator begin() const;
  iterator end() const;

 private:
  const YamlTree* tree_ = nullptr;
  uint32_t index_ = 0;
};

/// What iterating a node gives: the item itself for a sequence, `first` (the key) and
/// `second` (the value) for a mapping.
class YamlItem : public YamlNode {
 public:
  YamlItem() = default;
  YamlItem(YamlNode self, YamlNode key, YamlNode value)
      : YamlNode(self), first(key), second(value) {}
  YamlNode first, second;
};

class YamlNode::iterator {
 public:
  iterator(const YamlTree* tree, const uint32_t* at, bool pairs)
      : tree_(tree), at_(at), pairs_(pairs) {}
  YamlItem operator*() const;
  iterator& operator++() {
    at_ += pairs_ ? 2 : 1;
    return *this;
  }
  bool operator==(const iterator& o) const { return at_ == o.at_; }
  bool operator!=(const iterator& o) const { return at_ != o.at_; }

 private:
  const YamlTree* tree_;
  const uint32_t* at_;
  bool pairs_;
};

/// A YAML document with the name to show in messages (a path relative to the data directory).
struct YamlDoc {
  std::string name;
  std::shared_ptr<const YamlTree> tree;
  YamlNode root;  // undefined for an empty file
};

/// Parses text as kefu reads it (see above); every refusal is a StoreError at
/// name:line:column. A top-level `seal:` (see store/seal.hpp) is not part of the document.
YamlDoc parse_yaml(const std::string& name, std::string_view text);

/// Typed access to a mapping node; every failure names the file, line and column.
class YamlReader {
 public:
  YamlReader(const std::string& file, const YamlNode& map);

  [[noreturn]] void fail(const YamlNode& at, const std::string& why) const;
  [[noreturn]] void fail_missing(const char* key) const;

  bool has(const char* key) const;
  YamlNode node(const char* key) const { return map_[key]; }
  const YamlNode& map() const { return map_; }
  const std::string& file() const { return file_; }

  std::string str(const char* key) const;  // required
  std::string str_or(const char* key, const std::string& fallback = "") const;
  int int_or(const char* key, int fallback) const;
  DateTime datetime(const char* key) const;
  std::optional<DateTime> opt_datetime(const char* key) const;
  std::optional<Date> opt_date(const char* key) const;
  std::vector<std::string> str_list(const char* key) const;

  template <class E>
  E enumeration(const char* key) const {
    auto n = map_[key];
    if (!n.IsDefined() || n.IsNull()) fail_missing(key);
    auto v = parse_enum<E>(scalar(n, key));
    if (!v)
      fail(n, std::string(key) + " 的值「" + n.Scalar() + "」无效，可选：" + enum_choices<E>());
    return *v;
  }

  /// A nested mapping (or sequence element) read with the same file name.
  YamlReader sub(const YamlNode& n) const { return YamlReader(file_, n); }

  /// Keys of this mapping not in `known`: kept so a rewrite loses nothing.
  Json unknown_keys(std::initializer_list<const char*> known) const;

  /// The text of `n`, the value of `key`; refused unless it is a single value.
  std::string scalar(const YamlNode& n, const char* key) const;

 private:
  std::string file_;
  YamlNode map_;
};

/// YAML text of a JSON value: block style, UTF-8 as is, multi-line strings as literals, any
/// text another reader could take for something else quoted.
std::string emit_yaml(const Json& value);
/// A YAML node as JSON (scalars become strings), for keys kept verbatim.
Json yaml_to_json(const YamlNode& n);

/// Whether `text` is UTF-8 without control characters other than tab and newline: what a
/// record's text may hold. When it is not, `why` says what was found and where (byte offset).
bool is_clean_text(std::string_view text, std::string* why = nullptr, size_t* at = nullptr);

/// Helpers for building JSON from optional values.
inline Json json_time(const std::optional<DateTime>& t) {
  return t ? Json(format_datetime(*t)) : Json(nullptr);
}

}  // namespace kefu
