/// `kefu completion bash|zsh`: a shell's completion script, written from the command tree.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace kefu {

/// Adds `completion`. Its script walks the whole tree `app` holds when the command runs, so
/// it is added after every family.
void add_completion_command(CLI::App& app, Context& ctx);

}  // namespace kefu
