/// `kefu completion bash|zsh`: completion scripts written from the command tree as built, so
/// that every command and option kefu accepts is completed and none it does not.
#include <string>
#include <vector>

#include "cli/completion.hpp"
#include "cli/output.hpp"

namespace kefu {
namespace {

struct OptionInfo {
  std::vector<std::string> names;  // --long and -s, as typed
  bool takes_value = false;
  std::vector<std::string> values;  // the only values it accepts, when CLI11 knows them
  std::string help;
};

struct CommandInfo {
  std::string path;  // "complaint open"; "" for kefu itself
  std::vector<std::pair<std::string, std::string>> subcommands;  // name, help
  std::vector<OptionInfo> options;
  std::vector<std::string> positional_values;  // what its first positional accepts, if known
};

/// The values a validator such as CLI::IsMember lists in its description: {a,b,c}.
std::vector<std::string> listed_values(CLI::Option* opt) {
  std::vector<std::string> out;
  for (int i = 0;; ++i) {
    CLI::Validator* v = nullptr;
    try {
      v = opt->get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      break;
    }
    std::string desc = v->get_description();
    if (desc.size() < 2 || desc.front() != '{' || desc.back() != '}') continue;
    std::string item;
    for (char c : desc.substr(1, desc.size() - 2) + ",") {
      if (c == ',') {
        if (!item.empty()) out.push_back(item);
        item.clear();
      } else if (c != ' ') {
        item += c;
      }
    }
    if (!out.empty()) break;
  }
  return out;
}

/// The first line of a help text.
std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

void walk(CLI::App& app, const std::string& path, std::vector<CommandInfo>& out) {
  CommandInfo info;
  info.path = path;
  for (auto* sub : app.get_subcommands({}))
    info.subcommands.emplace_back(sub->get_name(), first_line(sub->get_description()));
  for (auto* opt : app.get_options({})) {
    if (!opt->nonpositional()) {
      if (info.positional_values.empty()) info.positional_values = listed_values(opt);
      continue;
    }
    OptionInfo o;
    for (const auto& l : opt->get_lnames()) o.names.push_back("--" + l);
    for (const auto& s : opt->get_snames()) o.names.push_back("-" + s);
    o.takes_value = opt->get_items_expected_max() > 0;  // flags expect none
    o.values = listed_values(opt);
    o.help = first_line(opt->get_description());
    info.options.push_back(std::move(o));
  }
  out.push_back(std::move(info));
  for (auto* sub : app.get_subcommands({}))
    walk(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

/// `text` in single quotes for a shell.
std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// The options of `c` and of kefu itself (accepted at every level: the global options).
std::vector<OptionInfo> options_at(const CommandInfo& c, const CommandInfo& root) {
  std::vector<OptionInfo> all = c.options;
  if (&c != &root)
    for (const auto& o : root.options)
      if (o.names.front() != "--help" && o.names.front() != "--version") all.push_back(o);
  return all;
}

std::string bash_script(const std::vector<CommandInfo>& tree) {
  const CommandInfo& root = tree.front();
  std::string s =
      "# bash completion for kefu. Written by `kefu completion bash` from kefu's command tree.\n"
      "# Load it with: source <(kefu completion bash)\n\n"
      "# The subcommands, options and options taking a value of command path $1.\n"
      "_kefu_words() {\n"
      "  case \"$1\" in\n";
  for (const auto& c : tree) {
    std::vector<std::string> subs, opts, valued;
    for (const auto& [name, help] : c.subcommands) subs.push_back(name);
    for (const auto& o : options_at(c, root))
      for (const auto& n : o.names) {
        opts.push_back(n);
        if (o.takes_value) valued.push_back(n);
      }
    s += "    " + quoted(c.path) + ")\n      _kefu_subs=" + quoted(join(subs)) +
         "\n      _kefu_opts=" + quoted(join(opts)) +
         "\n      _kefu_valued=" + quoted(join(valued)) +
         "\n      _kefu_args=" + quoted(join(c.positional_values)) + " ;;\n";
  }
  s += "  esac\n}\n\n"
       "# The values option $2 of command path $1 accepts, when kefu knows them.\n"
       "_kefu_values() {\n"
       "  case \"$1|$2\" in\n";
  for (const auto& c : tree)
    for (const auto& o : options_at(c, root))
      if (!o.values.empty())
        for (const auto& n : o.names)
          s += "    " + quoted(c.path + "|" + n) + ") echo " + quoted(join(o.values)) + " ;;\n";
  s += "  esac\n}\n\n"
       "_kefu() {\n"
       "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" cmdpath=\"\" w i values\n"
       "  local _kefu_subs _kefu_opts _kefu_valued _kefu_args\n"
       "  _kefu_words \"\"\n"
       "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
       "    w=\"${COMP_WORDS[i]}\"\n"
       "    if [[ $w == -* ]]; then\n"
       "      if [[ $w != *=* && \" $_kefu_valued \" == *\" $w \"* ]]; then\n"
       "        ((i++))\n"
       "        [[ $i -eq $COMP_CWORD ]] && prev=\"$w\"\n"
       "      fi\n"
       "    elif [[ \" $_kefu_subs \" == *\" $w \"* ]]; then\n"
       "      cmdpath=\"${cmdpath:+$cmdpath }$w\"\n"
       "      _kefu_words \"$cmdpath\"\n"
       "    fi\n"
       "  done\n"
       "  COMPREPLY=()\n"
       "  if [[ -n $prev ]]; then\n"
       "    values=\"$(_kefu_values \"$cmdpath\" \"$prev\")\"\n"
       "    [[ -n $values ]] && COMPREPLY=($(compgen -W \"$values\" -- \"$cur\"))\n"
       "    return 0\n"
       "  fi\n"
       "  if [[ $cur == -* ]]; then\n"
       "    COMPREPLY=($(compgen -W \"$_kefu_opts\" -- \"$cur\"))\n"
       "  elif [[ -n $_kefu_subs ]]; then\n"
       "    COMPREPLY=($(compgen -W \"$_kefu_subs\" -- \"$cur\"))\n"
       "  elif [[ -n $_kefu_args ]]; then\n"
       "    COMPREPLY=($(compgen -W \"$_kefu_args\" -- \"$cur\"))\n"
       "  fi\n"
       "  return 0\n"
       "}\n"
       "complete -o default -F _kefu kefu\n";
  return s;
}

/// `name:help` for zsh's _describe, the colons of the name escaped.
std::string described(const std::string& name, const std::string& help) {
  std::string n;
  for (char c : name) n += c == ':' ? std::string("\\:") : std::string(1, c);
  return quoted(n + ":" + help);
}

std::string zsh_script(const std::vector<CommandInfo>& tree) {
  const CommandInfo& root = tree.front();
  std::string s =
      "#compdef kefu\n"
      "# zsh completion for kefu. Written by `kefu completion zsh` from kefu's command tree.\n"
      "# Install it as _kefu in a folder of $fpath, or load it with: source <(kefu completion "
      "zsh)\n\n"
      "# The subcommands ('name:help'), options ('name:help') and options taking a value of\n"
      "# command path $1.\n"
      "_kefu_words() {\n"
      "  case \"$1\" in\n";
  for (const auto& c : tree) {
    std::string subs, opts;
    std::vector<std::string> valued;
    for (const auto& [name, help] : c.subcommands) subs += " " + described(name, help);
    for (const auto& o : options_at(c, root))
      for (const auto& n : o.names) {
        opts += " " + described(n, o.help);
        if (o.takes_value) valued.push_back(n);
      }
    s += "    " + quoted(c.path) + ")\n      _kefu_subs=(" + subs + " )\n      _kefu_opts=(" +
         opts + " )\n      _kefu_valued=(" + join(valued) + ")\n      _kefu_args=(" +
         join(c.positional_values) + ") ;;\n";
  }
  s += "  esac\n}\n\n"
       "# The values option $2 of command path $1 accepts, when kefu knows them.\n"
       "_kefu_values() {\n"
       "  case \"$1|$2\" in\n";
  for (const auto& c : tree)
    for (const auto& o : options_at(c, root))
      if (!o.values.empty())
        for (const auto& n : o.names)
          s += "    " + quoted(c.path + "|" + n) + ") _kefu_vals=(" + join(o.values) + ") ;;\n";
  s += "  esac\n}\n\n"
       "_kefu() {\n"
       "  local cmdpath='' prev='' w i\n"
       "  local -a _kefu_subs _kefu_opts _kefu_valued _kefu_args _kefu_vals\n"
       "  _kefu_words ''\n"
       "  for ((i = 2; i < CURRENT; i++)); do\n"
       "    w=${words[i]}\n"
       "    if [[ $w == -* ]]; then\n"
       "      if [[ $w != *=* && ${_kefu_valued[(Ie)$w]} -gt 0 ]]; then\n"
       "        ((i++))\n"
       "        ((i == CURRENT)) && prev=$w\n"
       "      fi\n"
       "    elif (( ${_kefu_subs[(I)${w}:*]} )); then\n"
       "      cmdpath=${cmdpath:+$cmdpath }$w\n"
       "      _kefu_words \"$cmdpath\"\n"
       "    fi\n"
       "  done\n"
       "  if [[ -n $prev ]]; then\n"
       "    _kefu_values \"$cmdpath\" \"$prev\"\n"
       "    if (( ${#_kefu_vals} )); then compadd -a _kefu_vals; else _files; fi\n"
       "    return\n"
       "  fi\n"
       "  if [[ ${words[CURRENT]} == -* ]]; then\n"
       "    _describe -t options 'kefu 选项' _kefu_opts\n"
       "  elif (( ${#_kefu_subs} )); then\n"
       "    _describe -t commands 'kefu 子命令' _kefu_subs\n"
       "  elif (( ${#_kefu_args} )); then\n"
       "    compadd -a _kefu_args\n"
       "  else\n"
       "    _files\n"
       "  fi\n"
       "}\n\n"
       "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
       "  _kefu \"$@\"\n"
       "else\n"
       "  compdef _kefu kefu\n"
       "fi\n";
  return s;
}

}  // namespace

void add_completion_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("completion", "打印 bash 或 zsh 的命令补全脚本");
  static std::string shell;
  cmd->add_option("shell", shell, "bash 或 zsh")
      ->required()
      ->check(CLI::Validator(
          [](std::string& s) { return s == "bash" || s == "zsh" ? "" : "应为 bash 或 zsh"; },
          "{bash,zsh}"));
  cmd->footer(
      "补全脚本由 kefu 的命令树生成，列出每个子命令和选项，随 kefu 更新。\n"
      "当前 shell 中启用：source <(kefu completion bash)\n"
      "长期启用（bash）：kefu completion bash > ~/.local/share/bash-completion/completions/kefu\n"
      "长期启用（zsh）：kefu completion zsh > ~/.zfunc/_kefu（~/.zfunc 须在 fpath 中）\n"
      "从 .deb 安装时两个脚本已装好，无需再做。");
  cmd->callback([&ctx, cmd] {
    CLI::App* root = cmd;
    while (root->get_parent()) root = root->get_parent();
    std::vector<CommandInfo> tree;
    walk(*root, "", tree);
    RawOutput raw(ctx.out);
    ctx.out << (shell == "zsh" ? zsh_script(tree) : bash_script(tree));
  });
}

}  // namespace kefu
