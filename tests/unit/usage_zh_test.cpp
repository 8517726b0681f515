/// CLI11's errors, help and suggestions in Chinese.
#include <doctest/doctest.h>

#include "cli/usage_zh.hpp"

using namespace kefu;

namespace {

/// What parsing `args` with `app` says, in Chinese; "" when it parses.
std::string parse_message(CLI::App& app, std::vector<std::string> args) {
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return usage_error_zh(e);
  }
  return "";
}

}  // namespace

TEST_CASE("CLI11's parse errors are said in Chinese") {
  CLI::App app{"测试", "kefu"};
  chinese_help(app);
  std::string by, category;
  int count = 0;
  app.add_option("--by", by, "经办人");
  auto* sub = app.add_subcommand("list", "列出");
  sub->add_option("--category", category, "类别")->required();
  sub->add_option("--count", count, "条数");
  app.require_subcommand(1);

  CHECK(parse_message(app, {"--by"}) == "--by 缺少取值（需要 1 个文本），如 --by 值");
  CHECK(parse_message(app, {}) == "缺少子命令");
  CHECK(parse_message(app, {"list"}) == "缺少必填参数 --category");
  CHECK(parse_message(app, {"list", "--category", "x", "--count", "多"}) ==
        "--count 的值「多」无效");
  CHECK(parse_message(app, {"list", "--category", "x", "extra"}) == "无法识别的参数：extra");
  CHECK(usage_error_zh(CLI::ExcludesError("--a", "--b")) == "--a 不能与 --b 同用");
  CHECK(usage_error_zh(CLI::RequiresError("--a", "--b")) == "--a 须与 --b 同用");
  CHECK(usage_error_zh(CLI::ArgumentMismatch("--x", 2, 1)) == "--x 需要 2 个值，实际给了 1 个");
  CHECK(usage_error_zh(CLI::ArgumentMismatch::AtMost("--x", 1, 2)) ==
        "--x 最多只能有 1 个值，实际给了 2 个");
  CHECK(usage_error_zh(CLI::ConversionError::TooManyInputsFlag("--open")) ==
        "--open 是开关，不能带值");
  CHECK(usage_error_zh(CLI::ValidationError("--n", "Value 9 not in range [1 - 5]")) ==
        "--n 的值无效：「9」不在范围 [1 - 5] 之内");
  CHECK(usage_error_zh(CLI::RequiredError::Option(1, 1, 0, "--a, --b")) ==
        "须在 [--a, --b] 中恰好用一个");
  CHECK(failure_message_zh(sub, CLI::RequiredError("--category")) ==
        "kefu: 用法错误：缺少必填参数 --category\n运行 kefu list --help 查看用法\n");
}

TEST_CASE("a mistyped option or command has a suggestion") {
  CLI::App app{"测试", "kefu"};
  chinese_help(app);
  app.fallthrough();
  std::string s;
  app.add_option("--format", s, "格式");
  auto* complaint = app.add_subcommand("complaint", "投诉");
  auto* list = complaint->add_subcommand("list", "列出");
  list->fallthrough();
  complaint->fallthrough();
  list->add_option("--category", s, "类别");
  CHECK(suggestion_for(*list, "--categroy") == "；您是想用 --category 吗？");
  CHECK(suggestion_for(*list, "--categroy=x") == "；您是想用 --category 吗？");
  CHECK(suggestion_for(*list, "--fromat") == "；您是想用 --format 吗？");
  CHECK(suggestion_for(*list, "--zzz") == "");
  CHECK(suggestion_for(*complaint, "lsit") == "；是否想输入「list」？");
}

TEST_CASE("help headings and type names are Chinese") {
  CLI::App app{"测试", "kefu"};
  chinese_help(app);
  app.set_help_flag("-h,--help", "显示帮助");
  std::string s;
  int n = 0;
  auto* sub = app.add_subcommand("open", "登记");
  sub->add_option("ID", s, "编号")->required();
  sub->add_option("--count", n, "条数");
  auto* group = sub->add_option_group("范围", "按范围");
  group->add_option("--from", s, "开始");
  sub->get_help_ptr()->group("选项");  // as app.cpp's name_groups does
  std::string help = sub->help();
  for (const char* english : {"Usage", "Positionals", "Options", "OPTIONS", "REQUIRED", "TEXT",
                              "INT", "Option Group", "Subcommands"})
    CHECK_MESSAGE(help.find(english) == std::string::npos, english, "\n", help);
  CHECK(help.find("用法") != std::string::npos);
  CHECK(help.find("位置参数") != std::string::npos);
}
