/// CLI11's messages and help headings in Chinese.
#include "cli/usage_zh.hpp"

#include <algorithm>
#include <optional>
#include <sstream>
#include <vector>

#include "core/text.hpp"

namespace kefu {
namespace {

bool starts(std::string_view s, std::string_view p) {
  return s.starts_with(p);
}

/// The text after `prefix` when `s` starts with it.
std::optional<std::string> after(std::string_view s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return std::nullopt;
  return std::string(s.substr(prefix.size()));
}

/// "NAME: rest" split at the first ": " (option names hold no ": ").
std::pair<std::string, std::string> name_and_rest(std::string_view s) {
  auto at = s.find(": ");
  if (at == std::string_view::npos) return {"", std::string(s)};
  return {std::string(s.substr(0, at)), std::string(s.substr(at + 2))};
}

std::string type_zh(std::string_view t) {
  if (t == "TEXT") return "文本";
  if (t == "INT") return "整数";
  if (t == "UINT") return "非负整数";
  if (t == "FLOAT") return "数";
  if (t == "BOOLEAN") return "是/否";
  return std::string(t);
}

/// The word after "Requires at least N ..." style phrases: the number in it.
std::string number_in(std::string_view s) {
  std::string n;
  for (char c : s)
    if (c >= '0' && c <= '9')
      n += c;
    else if (!n.empty())
      break;
  return n;
}

std::string requirement_zh(const std::string& what) {
  // RequiredError: "NAME is required", "A subcommand is required", "Exactly 1 option from
  // [..] is required", "At least 1 option from [..] is required", "Requires at least …".
  const std::string required = " is required";
  if (what == "A subcommand is required") return "缺少子命令";
  if (auto list = after(what, "Exactly 1 option from ")) {
    auto end = list->find(']');
    std::string opts = list->substr(0, end == std::string::npos ? list->size() : end + 1);
    return "须在 " + opts + " 中恰好用一个";
  }
  if (auto list = after(what, "At least 1 option from ")) {
    auto end = list->find(']');
    return "须在 " + list->substr(0, end == std::string::npos ? list->size() : end + 1) +
           " 中至少用一个";
  }
  if (starts(what, "Requires at least ") && what.find("subcommands") != std::string::npos)
    return "至少需要 " + number_in(what) + " 个子命令";
  if (starts(what, "Requires at most ")) return "所给的选项太多：" + what;
  if (what.ends_with(required))
    return "缺少必填参数 " + what.substr(0, what.size() - required.size());
  return "缺少必填的内容：" + what;
}

std::string mismatch_zh(const std::string& what) {
  // "NAME: 1 required TEXT missing", "NAME: At least 2 required but received 1",
  // "NAME: At Most 1 required but received 2", "Expected exactly 2 arguments to NAME, got 1",
  // "NAME was given a disallowed flag override".
  if (what.ends_with(" was given a disallowed flag override"))
    return what.substr(0, what.find(" was given")) + " 是开关，不能带值";
  if (auto rest = after(what, "Expected exactly ")) {
    auto to = rest->find(" arguments to ");
    auto got = rest->rfind(", got ");
    if (to != std::string::npos && got != std::string::npos && got > to)
      return rest->substr(to + 14, got - to - 14) + " 需要 " + rest->substr(0, to) +
             " 个值，实际给了 " + rest->substr(got + 6) + " 个";
  }
  if (auto rest = after(what, "Expected at least ")) {
    auto to = rest->find(" arguments to ");
    auto got = rest->rfind(", got ");
    if (to != std::string::npos && got != std::string::npos && got > to)
      return rest->substr(to + 14, got - to - 14) + " 至少需要 " + rest->substr(0, to) +
             " 个值，实际给了 " + rest->substr(got + 6) + " 个";
  }
  auto [name, rest] = name_and_rest(what);
  if (!name.empty()) {
    if (rest.ends_with(" missing") && rest.find(" required ") != std::string::npos) {
      auto n = rest.substr(0, rest.find(' '));
      auto type = rest.substr(rest.find(" required ") + 10);
      type = type.substr(0, type.size() - 8);
      return name + " 缺少取值（需要 " + n + " 个" + type_zh(type) + "），如 " + name + " 值";
    }
    if (auto r = after(rest, "At least "))
      return name + " 至少需要 " + number_in(*r) + " 个值，实际给了 " +
             number_in(r->substr(r->find("received"))) + " 个";
    if (auto r = after(rest, "At Most "))
      return name + " 最多只能有 " + number_in(*r) + " 个值，实际给了 " +
             number_in(r->substr(r->find("received"))) + " 个";
  }
  return "参数个数不对：" + what;
}

std::string conversion_zh(const std::string& what) {
  if (auto rest = after(what, "Could not convert: ")) {
    auto eq = rest->find(" = ");
    if (eq != std::string::npos)
      return rest->substr(0, eq) + " 的值「" + rest->substr(eq + 3) + "」无效";
    return "参数值无效：" + *rest;
  }
  if (auto rest = after(what, "The value ")) {
    auto mid = rest->find(" is not an allowed value for ");
    if (mid != std::string::npos)
      return rest->substr(mid + 29) + " 不能取值「" + rest->substr(0, mid) + "」";
  }
  if (what.ends_with(": too many inputs for a flag"))
    return what.substr(0, what.find(": too many")) + " 是开关，不能带值";
  if (what.ends_with(": Should be true/false or a number"))
    return what.substr(0, what.find(": Should")) + " 的值应为 true/false 或数字";
  return "参数值无效：" + what;
}

std::string extras_zh(const std::string& what) {
  for (std::string_view p :
       {"The following arguments were not expected: ", "The following argument was not expected: "})
    if (auto rest = after(what, p)) return "无法识别的参数：" + *rest;
  return "无法识别的参数：" + what;
}

std::string validation_zh(const std::string& what) {
  auto [name, rest] = name_and_rest(what);
  std::string why = rest;
  if (auto r = after(rest, "Value ")) {
    if (auto at = r->find(" not in range "); at != std::string::npos)
      why = "「" + r->substr(0, at) + "」不在范围 " + r->substr(at + 14) + " 之内";
  } else if (rest.find("does not exist") != std::string::npos) {
    why = "文件或目录不存在：" + rest.substr(0, rest.find(" does not exist"))
                                     .substr(rest.starts_with("File ")   ? 5
                                             : rest.starts_with("Path ") ? 5
                                                                         : 0);
  } else if (rest.find(" not in ") != std::string::npos) {
    why = "「" + rest.substr(0, rest.find(" not in ")) + "」不是可选值之一：" +
          rest.substr(rest.find(" not in ") + 8);
  }
  return name.empty() ? "参数值无效：" + why : name + " 的值无效：" + why;
}

/// Edit distance, for "did you mean".
size_t distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

/// CLI11's formatter pads option names by bytes; this one pads by display width, so help
/// with Chinese type names and descriptions lines up, and says in Chinese what CLI11's says
/// in English.
class ChineseFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    int width = static_cast<int>(get_column_width());
    std::string out = pad_right(name, width);
    if (display_width(name) >= width) out += "\n" + std::string(static_cast<size_t>(width), ' ');
    std::string desc = make_option_desc(opt);
    for (char c : desc) {
      out += c;
      if (c == '\n') out += std::string(static_cast<size_t>(width), ' ');
    }
    return out + "\n";
  }

  std::string make_description(const CLI::App* app) const override {
    std::string desc = app->get_description();
    auto min = app->get_require_option_min();
    auto max = app->get_require_option_max();
    if (app->get_required()) desc += "（必填）";
    if (min > 0 && max == min)
      desc += "\n[下列选项须恰好用 " + std::to_string(min) + " 个]";
    else if (max > 0 && min > 0)
      desc += "\n[下列选项须用 " + std::to_string(min) + " 到 " + std::to_string(max) + " 个]";
    else if (max > 0)
      desc += "\n[下列选项最多用 " + std::to_string(max) + " 个]";
    else if (min > 0)
      desc += "\n[下列选项至少用 " + std::to_string(min) + " 个]";
    return desc.empty() ? std::string() : desc + "\n";
  }

  std::string make_expanded(const CLI::App* sub) const override {
    std::string out = CLI::Formatter::make_expanded(sub);
    const std::string english = "[Option Group: " + sub->get_group() + "]";
    if (sub->get_name().empty() && out.starts_with(english))
      out = "[选项组：" + sub->get_group() + "]" + out.substr(english.size());
    return out;
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    if (!sub->get_name().empty()) return CLI::Formatter::make_subcommand(sub);
    std::stringstream out;  // an unnamed option group: CLI11 says "[Option Group: …]"
    CLI::detail::format_help(out, "[选项组：" + sub->get_group() + "]", sub->get_description(),
                             get_column_width());
    return out.str();
  }
};

}  // namespace

std::string usage_error_zh(const CLI::Error& e) {
  const std::string what = e.what();
  // By type: an ExtrasError of a subcommand carries the subcommand's name, not its own.
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return requirement_zh(what);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return mismatch_zh(what);
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return conversion_zh(what);
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return extras_zh(what);
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return validation_zh(what);
  const std::string kind = e.get_name();
  if (kind == "RequiresError") {
    auto at = what.find(" requires ");
    if (at != std::string::npos)
      return what.substr(0, at) + " 须与 " + what.substr(at + 10) + " 同用";
  }
  if (kind == "ExcludesError") {
    auto at = what.find(" excludes ");
    if (at != std::string::npos)
      return what.substr(0, at) + " 不能与 " + what.substr(at + 10) + " 同用";
  }
  if (kind == "FileError") {
    auto at = what.find(" was not readable");
    if (at != std::string::npos) return "无法读取文件 " + what.substr(0, at) + "（不存在？）";
  }
  if (kind == "InvalidError") return "位置参数太多，无法解析";
  return "命令行无法解析（" + what + "）";
}

std::string suggestion_for(const CLI::App& at, std::string_view word) {
  if (word.starts_with("-")) {
    std::string_view typed = word.substr(0, word.find('='));
    std::string best;
    size_t best_d = typed.size() > 5 ? 3 : 2;
    for (const CLI::App* app = &at; app; app = app->get_parent()) {
      for (const auto* opt : app->get_options()) {
        for (const auto& name : opt->get_lnames()) {
          size_t d = distance(typed, "--" + name);
          if (d < best_d) best_d = d, best = "--" + name;
        }
      }
      if (!app->get_fallthrough()) break;
    }
    return best.empty() ? "" : "；您是想用 " + best + " 吗？";
  }
  std::string best;
  size_t best_d = 3;
  for (const auto* sub : at.get_subcommands({})) {
    size_t d = distance(word, sub->get_name());
    if (d < best_d) best_d = d, best = sub->get_name();
  }
  return best.empty() ? "" : "；是否想输入「" + best + "」？";
}

void chinese_help(CLI::App& app) {
  app.formatter(std::make_shared<ChineseFormatter>());
  app.option_defaults()->group("选项");
  auto fmt = app.get_formatter();
  fmt->label("Usage", "用法");
  fmt->label("OPTIONS", "选项");
  fmt->label("SUBCOMMAND", "子命令");
  fmt->label("SUBCOMMANDS", "子命令");
  fmt->label("POSITIONALS", "位置参数");
  fmt->label("Positionals", "位置参数");
  fmt->label("Subcommands", "子命令");
  fmt->label("REQUIRED", "必填");
  fmt->label("TEXT", "文本");
  fmt->label("INT", "整数");
  fmt->label("UINT", "非负整数");
  fmt->label("FLOAT", "数");
  fmt->label("BOOLEAN", "是/否");
  fmt->label("Env", "环境变量");
  fmt->label("Needs", "须同用");
  fmt->label("Excludes", "不可与之同用");
  fmt->column_width(34);
  app.failure_message(failure_message_zh);
}

std::string failure_message_zh(const CLI::App* app, const CLI::Error& e) {
  std::string help = "--help";
  for (const CLI::App* at = app; at; at = at->get_parent()) help = at->get_name() + " " + help;
  return "kefu: 用法错误：" + usage_error_zh(e) + "\n运行 " + help + " 查看用法\n";
}

}  // namespace kefu
