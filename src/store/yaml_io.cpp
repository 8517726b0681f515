/// YAML parsing with positions, and YAML emission from JSON values.
#include "store/yaml_io.hpp"

#include <algorithm>

namespace kefu {

YamlDoc parse_yaml(const std::string& name, const std::string& text) {
  try {
    return {name, YAML::Load(text)};
  } catch (const YAML::Exception& e) {
    throw StoreError(name, e.mark.line + 1, e.mark.column + 1, "YAML 格式错误：" + e.msg);
  }
}

YamlReader::YamlReader(const std::string& file, const YAML::Node& map) : file_(file), map_(map) {
  if (!map_.IsMap()) fail(map_, "此处应为键值映射（key: value）");
}

void YamlReader::fail(const YAML::Node& at, const std::string& why) const {
  YAML::Mark m = at.IsDefined() ? at.Mark() : map_.Mark();
  if (m.is_null()) throw StoreError(file_, 0, 0, why);
  throw StoreError(file_, m.line + 1, m.column + 1, why);
}

void YamlReader::fail_missing(const char* key) const {
  fail(map_, std::string("缺少必填字段 ") + key);
}

bool YamlReader::has(const char* key) const {
  auto n = map_[key];
  return n.IsDefined() && !n.IsNull();
}

std::string YamlReader::scalar(const YAML::Node& n, const char* key) const {
  if (!n.IsScalar()) fail(n, std::string(key) + " 应为单个值");
  return n.Scalar();
}

std::string YamlReader::str(const char* key) const {
  if (!has(key)) fail_missing(key);
  return scalar(map_[key], key);
}

std::string YamlReader::str_or(const char* key, const std::string& fallback) const {
  return has(key) ? scalar(map_[key], key) : fallback;
}

int YamlReader::int_or(const char* key, int fallback) const {
  if (!has(key)) return fallback;
  auto n = map_[key];
  const std::string s = scalar(n, key);
  try {
    size_t used = 0;
    int v = std::stoi(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  fail(n, std::string(key) + " 应为整数，而不是「" + s + "」");
}

DateTime YamlReader::datetime(const char* key) const {
  if (!has(key)) fail_missing(key);
  auto t = opt_datetime(key);
  return *t;
}

std::optional<DateTime> YamlReader::opt_datetime(const char* key) const {
  if (!has(key)) return std::nullopt;
  auto n = map_[key];
  auto t = parse_datetime(scalar(n, key));
  if (!t)
    fail(n, std::string(key) + " 不是有效的时间「" + n.Scalar() + "」，应如 2026-11-26T09:30");
  return t;
}

std::optional<Date> YamlReader::opt_date(const char* key) const {
  if (!has(key)) return std::nullopt;
  auto n = map_[key];
  auto d = parse_date(scalar(n, key));
  if (!d) fail(n, std::string(key) + " 不是有效的日期「" + n.Scalar() + "」，应如 2026-11-26");
  return d;
}

std::vector<std::string> YamlReader::str_list(const char* key) const {
  std::vector<std::string> out;
  if (!has(key)) return out;
  auto n = map_[key];
  if (n.IsScalar()) return {n.Scalar()};
  if (!n.IsSequence()) fail(n, std::string(key) + " 应为列表");
  for (const auto& item : n) out.push_back(scalar(item, key));
  return out;
}

Json YamlReader::unknown_keys(std::initializer_list<const char*> known) const {
  Json extra = Json::object();
  for (const auto& kv : map_) {
    const std::string k = kv.first.Scalar();
    bool is_known = std::any_of(known.begin(), known.end(), [&](const char* x) { return k == x; });
    if (!is_known) extra[k] = yaml_to_json(kv.second);
  }
  return extra;
}

Json yaml_to_json(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Scalar:
      return n.Scalar();
    case YAML::NodeType::Sequence: {
      Json a = Json::array();
      for (const auto& item : n) a.push_back(yaml_to_json(item));
      return a;
    }
    case YAML::NodeType::Map: {
      Json o = Json::object();
      for (const auto& kv : n) o[kv.first.Scalar()] = yaml_to_json(kv.second);
      return o;
    }
    default:
      return nullptr;
  }
}

namespace {

/// Strings another YAML reader would take for a number, boolean or null (a phone number,
/// "yes") are quoted, so the file says plainly that they are text.
bool looks_like_non_string(const std::string& s) {
  if (s.empty()) return false;
  static const char* words[] = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"};
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const char* w : words)
    if (lower == w) return true;
  size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if ((s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != '_' && s[i] != 'e' && s[i] != 'E')
      return false;
  return true;
}

void emit(YAML::Emitter& out, const Json& v) {
  switch (v.type()) {
    case Json::value_t::object:
      if (v.empty()) {
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        break;
      }
      out << YAML::BeginMap;
      for (const auto& [k, item] : v.items()) {
        out << YAML::Key << k << YAML::Value;
        emit(out, item);
      }
      out << YAML::EndMap;
      break;
    case Json::value_t::array:
      if (v.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        break;
      }
      out << YAML::BeginSeq;
      for (const auto& item : v) emit(out, item);
      out << YAML::EndSeq;
      break;
    case Json::value_t::string: {
      const auto& s = v.get_ref<const std::string&>();
      if (s.find('\n') != std::string::npos)
        out << YAML::Literal;
      else if (looks_like_non_string(s))
        out << YAML::DoubleQuoted;
      out << s;
      break;
    }
    case Json::value_t::boolean:
      out << v.get<bool>();
      break;
    case Json::value_t::number_integer:
      out << v.get<long long>();
      break;
    case Json::value_t::number_unsigned:
      out << v.get<unsigned long long>();
      break;
    case Json::value_t::number_float:
      out << v.get<double>();
      break;
    default:
      out << YAML::Null;
  }
}

}  // namespace

std::string emit_yaml(const Json& value) {
  YAML::Emitter out;
  out.SetIndent(2);
  out.SetBoolFormat(YAML::TrueFalseBool);
  out.SetNullFormat(YAML::TildeNull);
  emit(out, value);
  std::string s = out.c_str();
  s += '\n';
  return s;
}

}  // namespace kefu
