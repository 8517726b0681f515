/// The command families, one file each; app.cpp puts them together.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "core/complaint.hpp"
#include "core/due.hpp"

namespace kefu {

void add_init_command(CLI::App& app, Context& ctx);
void add_complaint_commands(CLI::App& app, Context& ctx);
void add_due_command(CLI::App& app, Context& ctx);
void add_render_command(CLI::App& app, Context& ctx);
void add_check_command(CLI::App& app, Context& ctx);
void add_fee_commands(CLI::App& app, Context& ctx);

/// Fee lines of `kefu due`: units whose arrears reached a dun level not yet recorded.
void collect_fee_due(Context& ctx, std::vector<DueItem>& items);
/// Form data: 催费通知书 for a unit, 文件签收表 for a day's notices, 催费记录表 for a unit.
Json dun_notice_form_data(Context& ctx, const std::string& unit);
Json receipt_sheet_form_data(Context& ctx, const std::string& date);
Json dun_log_form_data(Context& ctx, const std::string& unit);
/// Reads every fee file for `kefu check`; returns how many records were read.
size_t check_fee_files(Context& ctx, std::vector<StoreError>& problems);

/// A complaint as JSON with its derived deadlines and overdue flags, phones as stored.
Json complaint_view(Context& ctx, const Complaint& c);

/// `--month 2026-11` → YearMonth; RefusedError otherwise.
YearMonth month_arg(const std::string& text);

}  // namespace kefu
