/// CLI11 in Chinese: its parse errors, its help's headings and type names, and what a
/// mistyped command or option was probably meant to be.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

namespace kefu {

/// A CLI11 parse error said in Chinese (without "kefu: " and the hint to --help).
std::string usage_error_zh(const CLI::Error& e);

/// "；您是想用 --category 吗？" for a mistyped option of `at` (its own or one that falls
/// through to a parent), "；是否想输入「list」？" for a mistyped subcommand; empty when
/// nothing is close.
std::string suggestion_for(const CLI::App& at, std::string_view word);

/// Help in Chinese, padded by display width: headings, type names and requirement notes. Set
/// on the root before subcommands are added (they inherit the formatter and option group).
void chinese_help(CLI::App& app);

/// The failure message CLI11 prints through App::exit, the same words as run_cli's.
std::string failure_message_zh(const CLI::App* app, const CLI::Error& e);

}  // namespace kefu
