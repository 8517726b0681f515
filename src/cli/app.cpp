/// Command tree, global options and the one place errors become exit statuses.
#include "cli/app.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string_view>

#include "cli/calendar_cmd.hpp"
#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/csv_style.hpp"
#include "cli/hooks.hpp"
#include "cli/terminal.hpp"
#include "cli/usage_zh.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

/// The deepest subcommand that was given: where a stray word was meant.
const CLI::App* deepest(const CLI::App& app) {
  const CLI::App* at = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const auto* sub : at->get_subcommands())
      if (sub->parsed()) {
        at = sub;
        deeper = true;
        break;
      }
  }
  return at;
}

std::string suggestion(const CLI::App& app, const std::vector<std::string>& extras) {
  if (extras.empty()) return "";
  return suggestion_for(*deepest(app), extras.front());
}

/// Every subcommand listed under 子命令, at every level.
void name_groups(CLI::App& app) {
  for (auto* sub : app.get_subcommands({})) {
    sub->group("子命令");
    if (auto* help = sub->get_help_ptr()) help->group("选项");
    name_groups(*sub);
  }
}

/// The command families, in the order `kefu --help` lists them.
struct Family {
  std::string_view name;
  void (*add)(CLI::App&, Context&);
};
constexpr Family kFamilies[] = {
    {"init", add_init_command},          {"complaint", add_complaint_commands},
    {"fee", add_fee_commands},           {"repair", add_repair_commands},
    {"special", add_special_commands},   {"callback", add_callback_commands},
    {"contact", add_contact_commands},   {"opinion", add_opinion_commands},
    {"survey", add_survey_commands},     {"renovation", add_renovation_commands},
    {"key", add_key_commands},           {"due", add_due_command},
    {"daily", add_daily_command},        {"render", add_render_command},
    {"report", add_report_commands},     {"check", add_check_command},
    {"correct", add_correct_command},    {"reindex", add_reindex_command},
    {"move", add_move_commands},         {"duty", add_duty_commands},
    {"handover", add_handover_commands}, {"visitor", add_visitor_commands},
    {"lend", add_lend_commands},         {"unit", add_unit_commands},
    {"visit", add_visit_commands},       {"patrol", add_patrol_commands},
    {"lost", add_lost_commands},         {"calendar", add_calendar_commands},
};

/// How to name argument `i` in a message, and the text it carries: the value of the option it
/// belongs to ("--desc 值" or "--desc=值"), else the argument at its position.
std::pair<std::string, std::string_view> named_argument(int argc, char** argv, int i) {
  std::string_view a = argv[i];
  auto eq = a.find('=');
  if (a.starts_with("-") && eq != std::string_view::npos)
    return {"参数 " + escape_controls(a.substr(0, eq)) + " 的值", a.substr(eq + 1)};
  std::string_view before = i > 1 && i < argc ? argv[i - 1] : "";
  if (before.starts_with("-") && before != "--" && before.find('=') == std::string_view::npos)
    return {"参数 " + escape_controls(before) + " 的值", a};
  return {"第 " + std::to_string(i) + " 个参数", a};
}

/// What is wrong with `text` as command-line text: not UTF-8, or a control character other than
/// tab and newline; nullopt when nothing is.
std::optional<std::string> text_problem(std::string_view text) {
  if (size_t bad = invalid_utf8_at(text); bad != std::string_view::npos)
    return fmt::format(
        "不是 UTF-8 文本（第 {} 个字节 0x{:02x} 无效）；终端可能使用 GBK 编码，请把终端改为 "
        "UTF-8（如 export LANG=zh_CN.UTF-8）后重新输入",
        bad + 1, static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
  for (size_t at = 0; at < text.size();) {
    size_t start = at;
    char32_t cp = *decode_utf8(text, at);
    if (cp != '\t' && cp != '\n' && is_terminal_control(cp))
      return "含有控制字符 " + escape_controls(text.substr(start, at - start)) +
             "（只可含制表符和换行），请删去后重新输入";
  }
  return std::nullopt;
}

/// Refuses a command line kefu would store or show wrong: an argument that is not UTF-8 (typed
/// in a GBK terminal, it would be written to the records as bytes no one can read back), or
/// that holds a control character other than tab and newline (an ESC in a description would
/// act on the terminal of whoever lists it).
void check_arguments(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    auto [name, value] = named_argument(argc, argv, i);
    auto problem = text_problem(value);
    if (!problem && (problem = text_problem(argv[i]))) {  // in the option's name, before '='
      name = "第 " + std::to_string(i) + " 个参数";
      value = argv[i];
    }
    if (problem)
      throw RefusedError(name + "「" + escape_controls(value) + "」" + *problem +
                         "；未写入任何内容");
  }
}

/// The family the command line asks for: its first word that is neither a global option nor
/// a global option's value. nullptr when there is none or it names no family (`kefu --help`,
/// a typo): then every family is built, for the help and the suggestion.
const Family* asked_family(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--data" || a == "--now" || a == "--by" || a == "--format" || a == "--color") {
      ++i;  // its value
      continue;
    }
    if (a.starts_with("-")) continue;  // --reveal, --data=DIR, --help …
    for (const auto& f : kFamilies)
      if (f.name == a) return &f;
    return nullptr;
  }
  return nullptr;
}

/// The hooks of what the command did, after it: a hook that cannot be run is said, never a
/// failure of the command.
void run_hooks_after(Context& ctx) {
  try {
    run_hooks(ctx);
  } catch (const std::exception& e) {
    ctx.err << "kefu: 钩子未能运行：" << e.what() << '\n';
  }
}

/// Whether the command line asks for a list people read through a pager: a `list`, `show` or
/// `due`, without --help.
bool pages(int argc, char** argv) {
  bool list = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--help" || a == "-h" || a == "--version") return false;
    if (a == "list" || a == "show" || a == "due") list = true;
  }
  return list;
}

}  // namespace

int exit_status_of_failure(std::ostream& err) {
  try {
    throw;
  } catch (const RefusedError& e) {
    err << "kefu: " << e.what() << '\n';
    return 2;
  } catch (const StoreError& e) {
    err << "kefu: " << e.where_and_why() << '\n';
    return 3;
  } catch (const std::filesystem::filesystem_error& e) {
    err << "kefu: 文件操作失败：" << e.what() << '\n';
    return 3;
  } catch (const std::exception& e) {
    err << "kefu: 内部错误（kefu 自身的缺陷，不是数据或输入的问题）：" << e.what()
        << "\n请把这条消息和所运行的命令报告给 kefu 的维护人员\n";
    return 4;
  } catch (...) {
    err << "kefu: 内部错误（kefu 自身的缺陷，不是数据或输入的问题）：未知异常"
        << "\n请把这条消息和所运行的命令报告给 kefu 的维护人员\n";
    return 4;
  }
}

int run_cli(int argc, char** argv, std::ostream& raw_out, std::ostream& raw_err) {
  // Everything people read passes through SafeTextBuf; the script formats switch it off
  // while they print (RawOutput). Standard output is passed on first at the end.
  // A list on a terminal goes through a pager, as git's do; it is closed (and waited for)
  // after everything printed has been passed on, this guard being destroyed last.
  struct PagerGuard {
    std::ostream& out;
    ~PagerGuard() {
      out.flush();
      finish_pager();
    }
  } pager_guard{raw_out};
  if (&raw_out == &std::cout && pages(argc, argv)) {
    table_width();  // the terminal's, before standard output becomes the pager's pipe
    start_pager();
  }
  SafeTextBuf err_buf(raw_err.rdbuf()), out_buf(raw_out.rdbuf());
  std::ostream out(&out_buf), err(&err_buf);
  err.tie(&out);  // as std::cerr is tied to std::cout: a message follows what was printed
  err.setf(std::ios::unitbuf);
  Context ctx(out, err);
  out_buf.reveal_when(&ctx.opts.reveal);
  err_buf.reveal_when(&ctx.opts.reveal);
  CLI::App app{
      "kefu（客服）：物业客户服务中心的登记与处理工具——投诉、报修、回访、钥匙、收费与月度质量报告",
      "kefu"};
  chinese_help(app);
  app.set_help_flag("-h,--help", "显示帮助");
  app.set_version_flag("--version", "kefu 0.1.0", "显示版本");
  app.fallthrough();
  app.require_subcommand(1);
  app.add_option("--data", ctx.opts.data, "数据目录（默认：$KEFU_DATA，或向上查找 kefu.yaml）");
  app.add_option("--now", ctx.opts.now,
                 "把当前时间固定为此刻，如 2026-11-26T09:30（或 $KEFU_NOW）");
  app.add_option("--by", ctx.opts.by, "经办人，花名册中的编号或姓名（或 $KEFU_USER）");
  app.add_option("--format", ctx.opts.format, "输出格式：table json csv yaml")
      ->capture_default_str();
  // The CSV style, kept here: every CSV is printed within this call.
  std::string csv_encoding, csv_headers;
  app.add_option("--encoding", csv_encoding,
                 "CSV 的编码：utf-8（带 BOM，默认）或 gbk（中文版 Excel 直接打开；按 GB18030 "
                 "写出，任何字都不丢）")
      ->each([](const std::string& v) {
        if (!parse_csv_encoding(v))
          throw RefusedError("--encoding 应为 utf-8 或 gbk，而不是「" + v + "」");
      });
  app.add_option("--headers", csv_headers,
                 "CSV 的表头与取值：en（英文键与代码，默认）或 zh（中文表头，状态等写中文）")
      ->each([](const std::string& v) {
        if (!parse_csv_headers(v))
          throw RefusedError("--headers 应为 en 或 zh，而不是「" + v + "」");
      });
  set_csv_style([&] {
    CsvStyle style;
    if (!csv_encoding.empty()) style.gbk = *parse_csv_encoding(csv_encoding);
    if (!csv_headers.empty()) style.zh = *parse_csv_headers(csv_headers);
    return style;
  });
  struct CsvStyleReset {  // what the style reads lives no longer than this call
    ~CsvStyleReset() { set_csv_style(nullptr); }
  } csv_style_reset;
  app.add_option_function<std::string>(
         "--color",
         [](const std::string& v) {
           auto mode = parse_colour_mode(v);
           if (!mode) throw RefusedError("--color「" + v + "」无效，可选：auto always never");
           set_colour_mode(*mode);
         },
         "颜色：auto（默认：终端上着色，设置了 NO_COLOR "
         "时不着色）、always、never；逾期标红，警告标黄")
      ->type_name("auto|always|never");
  app.add_flag("--reveal", ctx.opts.reveal,
               "显示完整电话号码与证件号码（默认打码，如 138****5678、**************123X）");
  app.footer(
      "退出状态：0 成功；1 有需要处理的事项（如 due 有逾期）；2 用法错误或输入被拒绝；3 "
      "数据目录有误；4 kefu 自身的内部错误。\n"
      "各子命令的用法：kefu 子命令 --help；完整说明：man kefu，数据文件格式：man 5 kefu-data。");

  // Only the family asked for is built: all of them, with every option and its help text,
  // took about 0.8 ms of each command's start.
  if (const auto* family = asked_family(argc, argv))
    family->add(app, ctx);
  else
    for (const auto& f : kFamilies) f.add(app, ctx);
  add_completion_command(app, ctx);  // after the families: it walks the tree they make
  name_groups(app);

  try {
    check_arguments(argc, argv);
    app.parse(argc, argv);
    ctx.finish();
    run_hooks_after(ctx);
    return ctx.status();
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, out, err);
    std::string help = "--help";
    for (const CLI::App* at = deepest(app); at; at = at->get_parent())
      help = at->get_name() + " " + help;
    auto stray = app.remaining(true);
    if (!stray.empty()) {
      err << "kefu: 无法识别的参数：";
      for (const auto& x : stray) err << x << ' ';
      err << suggestion(app, stray) << "\n运行 " << help << " 查看用法\n";
      return 2;
    }
    err << "kefu: 用法错误：" << usage_error_zh(e) << "\n运行 " << help << " 查看用法\n";
    return 2;
  } catch (...) {
    int status = exit_status_of_failure(err);
    run_hooks_after(ctx);  // what was written before the failure is told all the same
    return status;
  }
}

}  // namespace kefu
