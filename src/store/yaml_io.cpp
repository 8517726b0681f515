/// YAML reading as kefu keeps it (yaml-cpp's parser, kefu's tree and checks), and writing.
#include "store/yaml_io.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_set>

#include <fmt/format.h>

#include "core/text.hpp"
#include "store/yaml_block.hpp"

namespace kefu {

struct YamlTree {
  struct Node {
    YamlType type = YamlType::null;
    int line = -1, column = -1;
    std::string text;
    uint32_t kids = 0, count = 0;  // into `kids`; a mapping's are key, value, key, value …
  };
  std::vector<Node> nodes;
  std::vector<uint32_t> kids;
};

namespace {

const std::string kEmpty;

/// Documents past this many nodes are refused: with no aliases, memory stays proportional to
/// the file, and this bounds it for the largest files kefu reads.
constexpr size_t kMaxNodes = 1'000'000;

/// Characters no text of a record may hold: controls (tab and newline aside), DEL, C1.
bool is_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
}

std::string code_point(char32_t c) {
  static const char* const names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                      "BS",  "HT",  "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                      "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                      "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  auto s = fmt::format("U+{:04X}", static_cast<uint32_t>(c));
  if (c < 0x20) s += std::string("（") + names[c] + "）";
  if (c == 0x7F) s += "（DEL）";
  return s;
}

[[noreturn]] void fail_at(const std::string& name, std::string_view text, size_t at,
                          const std::string& why) {
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i < at && i < text.size(); ++i)
    if (text[i] == '\n') ++line, start = i + 1;
  throw StoreError(name, line, static_cast<int>(at - start) + 1, why);
}

/// The text as UTF-8 without a byte-order mark: UTF-16 and UTF-32 with a mark are converted;
/// anything else must be UTF-8 already, without control characters.
std::string to_clean_utf8(const std::string& name, std::string_view text) {
  std::string converted;
  auto starts = [&](std::string_view bom) { return text.starts_with(bom); };
  using namespace std::string_view_literals;
  const char* from = nullptr;
  if (starts("\xFF\xFE\x00\x00"sv))
    from = "UTF-32LE";
  else if (starts("\x00\x00\xFE\xFF"sv))
    from = "UTF-32BE";
  else if (starts("\xFF\xFE"sv))
    from = "UTF-16LE";
  else if (starts("\xFE\xFF"sv))
    from = "UTF-16BE";
  if (from) {
    size_t bom = std::string_view(from).starts_with("UTF-32") ? 4 : 2;
    auto c = convert_to_utf8(text.substr(bom), from);
    if (!c)
      throw StoreError(name, 0, 0,
                       std::string("文件以 ") + from + " 字节序标记开头，但内容无法按此编码读取");
    converted = std::move(*c);
    text = converted;
  } else if (starts("\xEF\xBB\xBF"sv)) {
    text.remove_prefix(3);
  }
  // CRLF line ends (a file saved on Windows) read as LF; positions stay the same.
  std::string lf;
  if (text.find('\r') != std::string_view::npos) {
    lf.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i)
      if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) lf += text[i];
    text = lf;
  }
  std::string why;
  size_t at = 0;
  if (!is_clean_text(text, &why, &at)) {
    if (why.find("UTF-8") != std::string::npos) {
      if (auto gbk = from_gb18030(text); gbk && is_clean_text(*gbk))
        why +=
            "；文件看来是 GBK/GB18030 编码（中文 Windows 记事本、Excel 的默认编码），请另存为 "
            "UTF-8，或执行 iconv -f GB18030 -t UTF-8 原文件 > 新文件";
    }
    fail_at(name, text, at, why);
  }
  return std::string(text);
}

class Builder : public YAML::EventHandler {
 public:
  Builder(const std::string& name, YamlTree& tree) : name_(name), t_(tree) {}

  uint32_t root() const { return root_; }
  bool has_root() const { return has_root_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1)
      fail(mark, "一个文件只能有一个 YAML 文档，此处的 --- 开始了第二个；kefu 不会读取它");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    no_anchor(mark, anchor);
    add(node(YamlType::null, mark));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, "kefu 不读取 YAML 别名（*名称）：请把所指的内容直接写在这里");
  }
  void OnAnchor(const YAML::Mark& mark, const std::string&) override {
    fail(mark, "kefu 不读取 YAML 锚点（&名称）：请删去它，内容照写");
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    no_anchor(mark, anchor);
    no_tag(mark, tag);
    std::string why;
    if (!is_clean_text(value, &why)) fail(mark, "值中" + why);
    auto i = node(YamlType::scalar, mark);
    t_.nodes[i].text = value;
    add(i);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YamlType::sequence, mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YamlType::map, mark, tag, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    uint32_t node;
    std::vector<uint32_t> kids;
    std::unordered_set<std::string> keys;  // once a mapping has many
  };

  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& why) const {
    throw StoreError(name_, mark.line + 1, mark.column + 1, why);
  }
  void no_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) const {
    if (anchor != YAML::NullAnchor)
      fail(mark, "kefu 不读取 YAML 锚点（&名称）：请删去它，内容照写");
  }
  void no_tag(const YAML::Mark& mark, const std::string& tag) const {
    if (!tag.empty() && tag != "?" && tag != "!")
      fail(mark, "kefu 不读取 YAML 标签（" + tag + "）：请删去它，值照写");
  }

  uint32_t node(YamlType type, const YAML::Mark& mark) {
    if (t_.nodes.size() >= kMaxNodes)
      fail(mark, fmt::format("文件中的条目超过 {} 个，kefu 不读取它", kMaxNodes));
    YamlTree::Node n;
    n.type = type;
    n.line = mark.line;
    n.column = mark.column;
    t_.nodes.push_back(std::move(n));
    return static_cast<uint32_t>(t_.nodes.size() - 1);
  }

  void open(YamlType type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    no_anchor(mark, anchor);
    no_tag(mark, tag);
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
      fail(mark, fmt::format("嵌套超过 {} 层，kefu 不读取它", kMaxDepth));
    stack_.push_back({node(type, mark), {}, {}});
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    auto& n = t_.nodes[f.node];
    n.kids = static_cast<uint32_t>(t_.kids.size());
    bool top_map = stack_.empty() && n.type == YamlType::map;
    for (size_t i = 0; i < f.kids.size(); ++i) {
      // The seal (store/seal.hpp) is about the file, not part of what it records.
      if (top_map && i % 2 == 0 && t_.nodes[f.kids[i]].text == "seal") {
        ++i;
        continue;
      }
      t_.kids.push_back(f.kids[i]);
    }
    n.count = static_cast<uint32_t>(t_.kids.size()) - n.kids;
    add(f.node);
  }

  void add(uint32_t i) {
    if (stack_.empty()) {
      root_ = i;
      has_root_ = true;
      return;
    }
    auto& f = stack_.back();
    f.kids.push_back(i);
    if (t_.nodes[f.node].type != YamlType::map || f.kids.size() % 2 == 0) return;
    // A mapping's key: one line of text, once.
    const auto& k = t_.nodes[i];
    YAML::Mark mark;
    mark.line = k.line;
    mark.column = k.column;
    if (k.type != YamlType::scalar) fail(mark, "键应为一段文字（不能为空、列表或映射）");
    if (k.text.size() > kMaxKey) fail(mark, fmt::format("键过长（超过 {} 字节）", kMaxKey));
    if (k.text.find('\n') != std::string::npos) fail(mark, "键不能跨行");
    bool seen = false;
    if (f.kids.size() <= 33) {
      for (size_t j = 0; j + 1 < f.kids.size() && !seen; j += 2)
        seen = t_.nodes[f.kids[j]].text == k.text;
      if (f.kids.size() == 33)
        for (size_t j = 0; j + 1 < f.kids.size(); j += 2) f.keys.insert(t_.nodes[f.kids[j]].text);
    } else {
      seen = !f.keys.insert(k.text).second;
    }
    if (seen)
      fail(mark,
           "键 " + k.text + " 重复出现：YAML 只认其中一个，另一个会被悄悄丢掉；请删去多余的一个");
  }

  const std::string& name_;
  YamlTree& t_;
  std::vector<Frame> stack_;
  uint32_t root_ = 0;
  bool has_root_ = false;
  int documents_ = 0;
};

}  // namespace

bool is_clean_text(std::string_view text, std::string* why, size_t* at) {
  for (size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    size_t start = i;
    auto c = decode_utf8(text, i);
    if (!c) {
      if (why) *why = fmt::format("有不是 UTF-8 编码的字节 0x{:02X}", b);
      if (at) *at = i;
      return false;
    }
    if (is_control(*c)) {
      if (why) *why = "有控制字符 " + code_point(*c) + "，kefu 不保存这类不可见字符";
      if (at) *at = start;
      return false;
    }
  }
  return true;
}

YamlDoc parse_yaml(const std::string& name, std::string_view raw) {
  auto text = to_clean_utf8(name, raw);
  auto tree = std::make_shared<YamlTree>();
  {
    // kefu's own files, read by lines; anything else (or a refusal) is read again below.
    Builder builder(name, *tree);
    bool read = false;
    try {
      read = read_block_yaml(text, builder);
    } catch (const StoreError&) {
    }
    if (read) return {name, tree, YamlNode(tree.get(), builder.root())};
    *tree = {};
  }
  Builder builder(name, *tree);
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    if (parser.HandleNextDocument(builder)) parser.HandleNextDocument(builder);
  } catch (const YAML::Exception& e) {
    throw StoreError(name, e.mark.line + 1, e.mark.column + 1, "YAML 格式错误：" + e.msg);
  }
  YamlDoc doc{name, tree, {}};
  if (builder.has_root()) doc.root = YamlNode(tree.get(), builder.root());
  return doc;
}

// ---- YamlNode -------------------------------------------------------------------------------

YamlType YamlNode::Type() const {
  return tree_ ? tree_->nodes[index_].type : YamlType::undefined;
}

const std::string& YamlNode::Scalar() const {
  return IsScalar() ? tree_->nodes[index_].text : kEmpty;
}

YamlMark YamlNode::Mark() const {
  if (!tree_) return {};
  const auto& n = tree_->nodes[index_];
  return {n.line, n.column};
}

YamlNode YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return {};
  const auto& n = tree_->nodes[index_];
  for (uint32_t i = 0; i + 1 < n.count; i += 2) {
    uint32_t k = tree_->kids[n.kids + i];
    if (tree_->nodes[k].text == key) return YamlNode(tree_, tree_->kids[n.kids + i + 1]);
  }
  return {};
}

size_t YamlNode::size() const {
  if (!IsMap() && !IsSequence()) return 0;
  const auto& n = tree_->nodes[index_];
  return IsMap() ? n.count / 2 : n.count;
}

YamlNode::iterator YamlNode::begin() const {
  if (!IsMap() && !IsSequence()) return iterator(tree_, nullptr, false);
  const auto& n = tree_->nodes[index_];
  return iterator(tree_, tree_->kids.data() + n.kids, IsMap());
}

YamlNode::iterator YamlNode::end() const {
  if (!IsMap() && !IsSequence()) return iterator(tree_, nullptr, false);
  const auto& n = tree_->nodes[index_];
  return iterator(tree_, tree_->kids.data() + n.kids + n.count, IsMap());
}

YamlItem YamlNode::iterator::operator*() const {
  if (pairs_) return YamlItem({}, YamlNode(tree_, at_[0]), YamlNode(tree_, at_[1]));
  return YamlItem(YamlNode(tree_, at_[0]), {}, {});
}

// ---- YamlReader -----------------------------------------------------------------------------

YamlReader::YamlReader(const std::string& file, const YamlNode& map) : file_(file), map_(map) {
  if (!map_.IsMap()) fail(map_, "此处应为键值映射（key: value）");
}

void YamlReader::fail(const YamlNode& at, const std::string& why) const {
  YamlMark m = at.IsDefined() ? at.Mark() : map_.Mark();
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

std::string YamlReader::scalar(const YamlNode& n, const char* key) const {
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
    const std::string& k = kv.first.Scalar();
    bool is_known = std::any_of(known.begin(), known.end(), [&](const char* x) { return k == x; });
    if (!is_known) extra[k] = yaml_to_json(kv.second);
  }
  return extra;
}

Json yaml_to_json(const YamlNode& n) {
  switch (n.Type()) {
    case YamlType::scalar:
      return n.Scalar();
    case YamlType::sequence: {
      Json a = Json::array();
      for (const auto& item : n) a.push_back(yaml_to_json(item));
      return a;
    }
    case YamlType::map: {
      Json o = Json::object();
      for (const auto& kv : n) o[kv.first.Scalar()] = yaml_to_json(kv.second);
      return o;
    }
    default:
      return nullptr;
  }
}

// ---- Writing --------------------------------------------------------------------------------

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
  if (lower == ".inf" || lower == "-.inf" || lower == "+.inf" || lower == ".nan") return true;
  size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (i == s.size() || s.find_first_of("0123456789") == std::string::npos) return false;
  for (; i < s.size(); ++i)
    if ((s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != '_' && s[i] != 'e' && s[i] != 'E' &&
        s[i] != 'x' && s[i] != 'o' && s[i] != ':')
      return false;
  return true;
}

bool any_escape(std::string_view s, bool allow_newline_tab) {
  for (size_t i = 0; i < s.size();) {
    auto c = decode_utf8(s, i);
    if (!c) return true;
    if (needs_escape(*c) && !(allow_newline_tab && (*c == '\n' || *c == '\t'))) return true;
  }
  return false;
}

/// Whether `s` (holding a newline) can be written as a literal block and read back the same.
bool literal_ok(const std::string& s) {
  if (s.empty() || s.front() == ' ' || s.front() == '\t' || s.front() == '\n') return false;
  if (s.find('\r') != std::string::npos) return false;
  if (s.find_first_not_of('\n') == std::string::npos) return false;
  return !any_escape(s, true);
}

std::string double_quoted(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    auto code = decode_utf8(s, i);
    if (!code) {  // never from the reader; kept visible rather than dropped
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    char32_t c = *code;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (needs_escape(c))
          out += c < 0x100 ? fmt::format("\\x{:02x}", static_cast<uint32_t>(c))
                           : fmt::format("\\u{:04x}", static_cast<uint32_t>(c));
        else
          out.append(s.substr(start, i - start));
    }
  }
  return out + "\"";
}

void write_key(std::string& out, const std::string& k) {
  if (plain_ok(k) && !looks_like_non_string(k))
    out += k;
  else
    out += double_quoted(k);
}

/// A string value after "key:" or "- ", at a block whose content lines are indented by
/// `indent` spaces.
void write_string(std::string& out, const std::string& s, int indent) {
  if (s.find('\n') != std::string::npos && literal_ok(s)) {
    size_t trailing = s.size() - s.find_last_not_of('\n') - 1;
    out += trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
    std::string body = s.substr(0, s.size() - trailing);
    size_t start = 0;
    for (;;) {
      auto nl = body.find('\n', start);
      auto line =
          std::string_view(body).substr(start, nl == std::string::npos ? body.npos : nl - start);
      out += '\n';
      if (!line.empty()) out.append(static_cast<size_t>(indent), ' ').append(line);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    for (size_t i = 1; i < trailing; ++i) out += '\n';
    return;
  }
  if (plain_ok(s) && !looks_like_non_string(s))
    out += s;
  else
    out += double_quoted(s);
}

void write_scalar(std::string& out, const Json& v, int indent) {
  switch (v.type()) {
    case Json::value_t::string:
      write_string(out, v.get_ref<const std::string&>(), indent);
      break;
    case Json::value_t::boolean:
      out += v.get<bool>() ? "true" : "false";
      break;
    case Json::value_t::number_integer:
      out += std::to_string(v.get<long long>());
      break;
    case Json::value_t::number_unsigned:
      out += std::to_string(v.get<unsigned long long>());
      break;
    case Json::value_t::number_float:
      out += v.dump();
      break;
    case Json::value_t::object:
      out += "{}";
      break;
    case Json::value_t::array:
      out += "[]";
      break;
    default:
      out += "~";
  }
}

bool is_block(const Json& v) {
  return (v.is_object() || v.is_array()) && !v.empty();
}

void write_node(std::string& out, const Json& v, int indent, bool inline_first);

/// A mapping's entries at `indent`; the first on the current line when `inline_first` (after
/// "- ").
void write_map(std::string& out, const Json& v, int indent, bool inline_first) {
  bool first = true;
  for (const auto& [k, item] : v.items()) {
    if (!(first && inline_first)) out.append(static_cast<size_t>(indent), ' ');
    first = false;
    write_key(out, k);
    out += ':';
    if (is_block(item)) {
      out += '\n';
      write_node(out, item, indent + 2, false);
    } else {
      out += ' ';
      write_scalar(out, item, indent + 2);
      out += '\n';
    }
  }
}

void write_seq(std::string& out, const Json& v, int indent, bool inline_first) {
  bool first = true;
  for (const auto& item : v) {
    if (!(first && inline_first)) out.append(static_cast<size_t>(indent), ' ');
    first = false;
    out += "- ";
    if (is_block(item)) {
      write_node(out, item, indent + 2, true);
    } else {
      write_scalar(out, item, indent + 2);
      out += '\n';
    }
  }
}

void write_node(std::string& out, const Json& v, int indent, bool inline_first) {
  if (v.is_object())
    write_map(out, v, indent, inline_first);
  else
    write_seq(out, v, indent, inline_first);
}

}  // namespace

std::string emit_yaml(const Json& value) {
  std::string out;
  if (is_block(value)) {
    write_node(out, value, 0, false);
  } else {
    write_scalar(out, value, 2);
    out += '\n';
  }
  return out;
}

}  // namespace kefu
