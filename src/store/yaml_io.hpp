/// Reading YAML with positions for error messages, and writing YAML from typed JSON values.
///
/// Records are read from yaml-cpp nodes (which keep line and column), and written from an
/// nlohmann::ordered_json value, the same one that `--format json` prints, so a file's keys and
/// the JSON keys never drift apart. yaml-cpp drops comments on rewrite: free text belongs in
/// fields such as `note:`. Keys kefu does not know are kept and written back unchanged.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/enums.hpp"
#include "core/errors.hpp"
#include "core/time.hpp"

namespace kefu {

using Json = nlohmann::ordered_json;

/// A YAML document with the name to show in messages (a path relative to the data directory).
struct YamlDoc {
  std::string name;
  YAML::Node root;
};

/// Parses text; a syntax error becomes a StoreError at name:line:column.
YamlDoc parse_yaml(const std::string& name, const std::string& text);

/// Typed access to a mapping node; every failure names the file, line and column.
class YamlReader {
 public:
  YamlReader(const std::string& file, const YAML::Node& map);

  [[noreturn]] void fail(const YAML::Node& at, const std::string& why) const;
  [[noreturn]] void fail_missing(const char* key) const;

  bool has(const char* key) const;
  YAML::Node node(const char* key) const { return map_[key]; }
  const YAML::Node& map() const { return map_; }
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
  YamlReader sub(const YAML::Node& n) const { return YamlReader(file_, n); }

  /// Keys of this mapping not in `known`: kept so a rewrite loses nothing.
  Json unknown_keys(std::initializer_list<const char*> known) const;

 private:
  std::string scalar(const YAML::Node& n, const char* key) const;

  std::string file_;
  YAML::Node map_;
};

/// YAML text of a JSON value: block style, UTF-8 as is, multi-line strings as literals.
std::string emit_yaml(const Json& value);
/// A YAML node as JSON (scalars become strings), for keys kept verbatim.
Json yaml_to_json(const YAML::Node& n);

/// Helpers for building JSON from optional values.
inline Json json_time(const std::optional<DateTime>& t) {
  return t ? Json(format_datetime(*t)) : Json(nullptr);
}

}  // namespace kefu
