/// The command families, one file each; app.cpp puts them together.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "core/complaint.hpp"

namespace kefu {

void add_init_command(CLI::App& app, Context& ctx);
void add_complaint_commands(CLI::App& app, Context& ctx);
void add_key_commands(CLI::App& app, Context& ctx);
void add_due_command(CLI::App& app, Context& ctx);
void add_render_command(CLI::App& app, Context& ctx);
void add_check_command(CLI::App& app, Context& ctx);

/// A complaint as JSON with its derived deadlines and overdue flags, phones as stored.
Json complaint_view(Context& ctx, const Complaint& c);

/// The 借用钥匙登记表 of a month (2026-11), a key code or a loan ID.
Json key_register_form_data(Context& ctx, const std::string& target);

/// `--month 2026-11` → YearMonth; RefusedError otherwise.
YearMonth month_arg(const std::string& text);

}  // namespace kefu
