/// `kefu calendar show|add`: the years calendar.yaml covers, and a new year's arrangement added
/// when the State Council publishes it.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace kefu {

void add_calendar_commands(CLI::App& app, Context& ctx);

}  // namespace kefu
