/// Reading kefu's block YAML by lines (see yaml_block.hpp).
#include "store/yaml_block.hpp"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <vector>

#include "core/text.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

namespace {

/// Thrown, and caught in read_block_yaml, at the first thing outside the subset.
struct OutsideSubset {};

/// A text of the subset, one line at a time, giving a handler yaml-cpp's events.
class BlockReader {
 public:
  BlockReader(std::string_view text, YAML::EventHandler& h) : h_(h) {
    if (text.empty() || text.back() != '\n') throw OutsideSubset{};
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      auto line = text.substr(start, nl - start);
      size_t indent = line.find_first_not_of(' ');
      // A blank line, a comment or a tab where indentation ends.
      if (indent == std::string_view::npos || line[indent] == '#' || line[indent] == '\t')
        throw OutsideSubset{};
      lines_.push_back({line, static_cast<int>(indent), static_cast<int>(start)});
      start = nl + 1;
    }
  }

  void document() {
    if (lines_.front().indent != 0) throw OutsideSubset{};
    h_.OnDocumentStart(mark(0));
    if (is_item(0))
      sequence(0);
    else
      mapping(0);
    if (at_ != lines_.size()) throw OutsideSubset{};
    h_.OnDocumentEnd();
  }

 private:
  struct Line {
    std::string_view text;
    int indent, offset;
  };

  YAML::Mark mark(int column) const {
    YAML::Mark m;
    m.pos = lines_[at_].offset + column;
    m.line = static_cast<int>(at_);
    m.column = column;
    return m;
  }
  /// The current line from `column` on.
  std::string_view from(int column) const { return lines_[at_].text.substr(column); }
  /// Whether the current line holds a sequence item ("- …") at `column`.
  bool is_item(int column) const { return from(column).starts_with("- "); }

  /// Where the next line takes up the block at `column`: true when it continues it, false
  /// when the block has ended (a line less indented, or the end).
  bool continues(int column, bool items) const {
    if (at_ == lines_.size() || lines_[at_].indent < column) return false;
    if (lines_[at_].indent > column || is_item(column) != items) throw OutsideSubset{};
    return true;
  }

  void enter() {
    if (++depth_ > kMaxDepth) throw OutsideSubset{};
  }

  /// A block mapping whose first key is on the current line at `column`.
  void mapping(int column) {
    enter();
    h_.OnMapStart(mark(column), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
    do entry(column);
    while (continues(column, false));
    h_.OnMapEnd();
    --depth_;
  }

  /// One "key: value" or "key:" followed by a block two spaces further in.
  void entry(int column) {
    auto text = from(column);
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) throw OutsideSubset{};
    auto key = text.substr(0, colon);
    if (key.size() > kMaxKey || !plain_ok(key) || is_null_word(key)) throw OutsideSubset{};
    h_.OnScalar(mark(column), "?", YAML::NullAnchor, std::string(key));
    auto rest = text.substr(colon + 1);
    if (rest.empty()) {
      ++at_;
      int inner = column + 2;
      if (at_ == lines_.size() || lines_[at_].indent != inner) throw OutsideSubset{};
      block(inner);
      return;
    }
    if (rest.front() != ' ') throw OutsideSubset{};
    scalar(column + static_cast<int>(colon) + 2, rest.substr(1));
    ++at_;
  }

  /// A block sequence whose first item is on the current line at `column`.
  void sequence(int column) {
    enter();
    h_.OnSequenceStart(mark(column), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
    do {
      int inner = column + 2;
      auto item = from(inner);
      if (item.starts_with("- ") || item == "-") throw OutsideSubset{};
      if (starts_entry(item))
        mapping(inner);
      else {
        scalar(inner, item);
        ++at_;
      }
    } while (continues(column, true));
    h_.OnSequenceEnd();
    --depth_;
  }

  /// A mapping or sequence on the current line at `column`.
  void block(int column) {
    if (is_item(column))
      sequence(column);
    else
      mapping(column);
  }

  /// Whether `text` (a sequence item) begins a mapping: a ':' ends its first word.
  static bool starts_entry(std::string_view text) {
    if (text.starts_with('"')) return false;
    size_t colon = text.find(':');
    return colon != std::string_view::npos && (colon + 1 == text.size() || text[colon + 1] == ' ');
  }

  /// A value standing alone at `column` of the current line, to its end.
  void scalar(int column, std::string_view v) {
    auto m = mark(column);
    if (is_null_word(v)) {
      h_.OnNull(m, YAML::NullAnchor);
    } else if (v == "{}") {
      h_.OnMapStart(m, "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
      h_.OnMapEnd();
    } else if (v == "[]") {
      h_.OnSequenceStart(m, "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
      h_.OnSequenceEnd();
    } else if (v.starts_with('"')) {
      h_.OnScalar(m, "!", YAML::NullAnchor, double_quoted(v));
    } else if (plain_ok(v)) {
      h_.OnScalar(m, "?", YAML::NullAnchor, std::string(v));
    } else {
      throw OutsideSubset{};
    }
  }

  /// The text of "…" that is all of `v`, with only the escapes kefu's writer uses for tabs,
  /// newlines, quotes and backslashes.
  static std::string double_quoted(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (size_t i = 1; i < v.size(); ++i) {
      char c = v[i];
      if (c == '"') {
        if (i + 1 != v.size()) throw OutsideSubset{};
        return out;
      }
      if (c != '\\') {
        // What yaml-cpp might read otherwise: a control, a line separator, not UTF-8.
        size_t next = i;
        auto code = decode_utf8(v, next);
        if (!code || needs_escape(*code)) throw OutsideSubset{};
        out.append(v.substr(i, next - i));
        i = next - 1;
        continue;
      }
      if (++i == v.size()) throw OutsideSubset{};
      switch (v[i]) {
        case '"':
        case '\\':
          out += v[i];
          break;
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        default:
          throw OutsideSubset{};
      }
    }
    throw OutsideSubset{};
  }

  YAML::EventHandler& h_;
  std::vector<Line> lines_;
  size_t at_ = 0;
  int depth_ = 0;
};

}  // namespace

bool read_block_yaml(std::string_view text, YAML::EventHandler& handler) {
  try {
    BlockReader reader(text, handler);
    reader.document();
    return true;
  } catch (const OutsideSubset&) {
    return false;
  }
}

bool is_null_word(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

bool plain_ok(std::string_view s) {
  if (s.empty()) return false;
  static constexpr std::string_view kNoStart = " \t,[]{}#&*!|>'\"%@`";
  if (kNoStart.find(s.front()) != std::string_view::npos) return false;
  if ((s.front() == '-' || s.front() == '?' || s.front() == ':') &&
      (s.size() == 1 || s[1] == ' ' || s[1] == '\t'))
    return false;
  if (s.starts_with("---") || s.starts_with("...")) return false;
  if (s.back() == ' ' || s.back() == ':') return false;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos)
    return false;
  if (s.find('&') != std::string_view::npos)
    return false;  // as yaml-cpp's writer, which made
                   // the first files
  for (size_t i = 0; i < s.size();) {
    auto c = decode_utf8(s, i);
    if (!c || needs_escape(*c)) return false;
  }
  return true;
}

bool needs_escape(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

}  // namespace kefu
