/// The command families, one file each; app.cpp puts them together.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/args.hpp"
#include "cli/context.hpp"
#include "core/complaint.hpp"
#include "core/contact.hpp"
#include "core/due.hpp"
#include "core/move.hpp"
#include "core/opinion.hpp"
#include "core/renovation.hpp"
#include "core/repair.hpp"
#include "core/report.hpp"
#include "core/special.hpp"
#include "core/survey.hpp"

namespace kefu {

struct Validity;
class FeeStore;
class Transaction;

void add_init_command(CLI::App& app, Context& ctx);
void add_complaint_commands(CLI::App& app, Context& ctx);
void add_key_commands(CLI::App& app, Context& ctx);
void add_due_command(CLI::App& app, Context& ctx);
void add_repair_commands(CLI::App& app, Context& ctx);
void add_callback_commands(CLI::App& app, Context& ctx);
void add_contact_commands(CLI::App& app, Context& ctx);
void add_render_command(CLI::App& app, Context& ctx);
void add_check_command(CLI::App& app, Context& ctx);
void add_reindex_command(CLI::App& app, Context& ctx);
void add_report_commands(CLI::App& app, Context& ctx);
void add_fee_commands(CLI::App& app, Context& ctx);
void add_correct_command(CLI::App& app, Context& ctx);
void add_daily_command(CLI::App& app, Context& ctx);
void add_special_commands(CLI::App& app, Context& ctx);
void add_opinion_commands(CLI::App& app, Context& ctx);
void add_survey_commands(CLI::App& app, Context& ctx);
void add_renovation_commands(CLI::App& app, Context& ctx);
void add_move_commands(CLI::App& app, Context& ctx);
void add_unit_commands(CLI::App& app, Context& ctx);
void add_visit_commands(CLI::App& app, Context& ctx);
void add_duty_commands(CLI::App& app, Context& ctx);
void add_handover_commands(CLI::App& app, Context& ctx);
void add_visitor_commands(CLI::App& app, Context& ctx);
void add_lend_commands(CLI::App& app, Context& ctx);
void add_patrol_commands(CLI::App& app, Context& ctx);
void add_lost_commands(CLI::App& app, Context& ctx);

/// `-o,--out FILE` (`where` says what is written there; an existing file is not overwritten)
/// and `--force` (it is), for a command that writes a form or a report to a file.
void add_out_options(CLI::App* cmd, std::string& out, bool& force, const std::string& where);

/// A form rendered from the template `template_name` with `data`: to standard output, or to
/// the file `out` (write_output_file, saying so on stderr as 已生成 `form_zh`).
void emit_form(Context& ctx, std::string_view form_zh, const std::string& template_name,
               const Json& data, const std::string& out, bool force);
/// The 每日受理情况检查表 of a day (2026-11-25), for `kefu render daily` and `kefu daily --form`.
Json daily_form_data(Context& ctx, const std::string& day);

/// §3.7.3: whom a major event is reported to at once: the first 经理 on the roster, else the
/// first 客户主管; empty when the roster has neither (the escalation then stays with the case's
/// own owner, see complaint_escalations).
std::string next_level(Context& ctx);
/// The overdue keys of a view (["send", "callback"]) in Chinese, joined by 、: the short
/// wording of a list's column (未送达、回访逾期) or the long one of a record's own view.
std::string overdue_text(const Json& keys, bool long_form);
/// Tells the desk on stderr that `item` (a line of complaint_escalations or key_escalation)
/// must be reported to the next level now, and that it heads their part of `kefu due`. This is
/// the one place where a record's escalation leaves kefu: a notification hook plugs in here.
void announce_escalation(Context& ctx, const DueItem& item);

/// Fee lines of `kefu due`: units whose arrears reached a dun level not yet recorded.
void collect_fee_due(Context& ctx, std::vector<DueItem>& items);
/// Form data: 催费通知书 for a unit, 文件签收表 for a day's notices, 催费记录表 for a unit.
Json dun_notice_form_data(Context& ctx, const std::string& unit);
Json receipt_sheet_form_data(Context& ctx, const std::string& date);
Json dun_log_form_data(Context& ctx, const std::string& unit);
/// Reads every fee file for `kefu check`; returns how many files were read. Those whose seal
/// is not intact go to `unsealed`.
size_t check_fee_files(Context& ctx, std::vector<StoreError>& problems,
                       std::vector<std::pair<std::string, SealState>>& unsealed);

/// A complaint as JSON with its derived deadlines and overdue flags, phones as stored. The
/// times it compares the time with — its view changes only as one passes — go to `valid`,
/// from the deadlines the view was made with.
Json complaint_view(Context& ctx, const Complaint& c, Validity* valid = nullptr);

/// A repair as JSON with its derived deadlines, overdue flags, rework count and the charge in
/// yuan; phones as stored. The times it compares the time with go to `valid`, as for
/// complaint_view.
Json repair_view(Context& ctx, const Repair& r, Validity* valid = nullptr);

/// A special service as JSON with its price in yuan, callback due date and overdue flags;
/// phones as stored.
Json special_view(Context& ctx, const SpecialService& s);
/// Changes the unit's bill of `period` (made when absent) by `change`, and adds its building's
/// bill file to `t`: a special service's charge, a renovation's fees.
void write_bill_change(Context& ctx, const FeeStore& fees, Transaction& t, const std::string& unit,
                       YearMonth period, const std::function<void(Bill&)>& change);
/// Adds a done special service's charge to its unit's bill of s.billed_period, in `t`.
void write_special_charge(Context& ctx, const FeeStore& fees, Transaction& t,
                          const SpecialService& s, const std::string& by, DateTime now);
/// The 缴费通知单 of a special service (TY-…), for `special notice` and `render payment`.
Json special_payment_form_data(Context& ctx, const std::string& id);

/// Every call and visit of a month (contacts, complaints and repairs), or the one record `id`,
/// in time order. Unreadable files are reported through ctx.
std::vector<RegisterLine> register_lines(Context& ctx, std::optional<YearMonth> month,
                                         const std::string& id);

/// A rate as JSON: the number, or null when nothing counts.
Json rate_json(std::optional<double> rate);
/// A rate of a report's JSON as people read it: "84.38%", or "—" for null.
std::string percent(const Json& rate);

/// How a record's history is shown under its details (`show`): 处理经过 and a line a step.
void print_history(Context& ctx, const std::vector<HistoryEntry>& history);

/// The 来电来访数据分析表 of month `m` as known at the context's time: the month's register
/// lines and the year of cases the monthly report follows (the same contact_analysis).
ContactAnalysis month_contact_analysis(Context& ctx, YearMonth m);

/// The 客户情况登记表 of a unit (procedure 009): owner, residents, vehicles, cards, history.
Json customer_record_form_data(Context& ctx, const std::string& unit);
/// The 走访记录表 (procedure 017): one visit (ZF-…), or every visit of a month (2026-11).
Json visit_form_data(Context& ctx, const std::string& id_or_month);

/// An opinion as JSON with its derived deadlines and overdue flags, phones as stored.
Json opinion_view(Context& ctx, const Opinion& o);
/// The 顾客意见整改反馈表 of an opinion (YJ-…).
Json opinion_form_data(Context& ctx, const std::string& id);

/// Every survey round, unreadable files reported through ctx.
std::vector<Survey> survey_rounds(Context& ctx);
/// A round at a glance from its result: id, name, from, to, status, population, responses,
/// response_rate, good (满意 + 基本满意), answered (items answered) and rate.
Json survey_round_json(const Survey& s, const SurveyResult& r);
/// The 顾客满意度调查汇总表 of a round (DC-…).
Json survey_form_data(Context& ctx, const std::string& id);

/// Renovations (装修, renovation_cmd.cpp): a case as JSON with its derived dates, deposit and
/// overdue flags; the check `fee pay --deposit` makes (the case is the unit's, charged, not
/// settled, and the amount within the deposit); the lines of `kefu due`; the month's figures
/// for the report; the data of every renovation form (ID, or ID/NO for one notice).
Json renovation_view(Context& ctx, const Renovation& r, const std::vector<Payment>& payments);
void check_deposit_payment(Context& ctx, const std::string& unit, const std::string& case_id,
                           int64_t amount, const std::vector<Payment>& payments);
void collect_renovation_due(Context& ctx, std::vector<DueItem>& items);
RenovationMonth month_renovations(Context& ctx, YearMonth m);
Json renovation_form_data(Context& ctx, const std::string& target);

/// The 借用钥匙登记表 of a month (2026-11), a key code or a loan ID.
Json key_register_form_data(Context& ctx, const std::string& target);

/// A unit's fee ledger as of the context's time (for a move's settlement and release).
Ledger unit_ledger_now(Context& ctx, const std::string& unit);
/// Every move, or those of `unit`, in the order they happened (then by ID); unreadable files
/// reported through ctx.
std::vector<Move> all_moves(Context& ctx, const std::string& unit);
/// A unit's occupancy now (occupancy_of): its `moves`, and 装修中 while one of its renovations
/// is under works.
Occupancy occupancy_now(Context& ctx, const Unit& unit, const std::vector<Move>& moves);
/// The 客户迁入、迁出统计表 of a month as JSON: by building and in total.
Json move_stats_json(Context& ctx, YearMonth month);
/// Form data: 客户迁入、迁出统计表 of a month, 客户搬迁结算表 of a move-out (BQ-…), 物品放行条
/// of a move-out (BQ-…, its latest slip, or BQ-…/2).
Json move_stats_form_data(Context& ctx, const std::string& month);
Json move_settlement_form_data(Context& ctx, const std::string& id);
Json move_release_form_data(Context& ctx, const std::string& target);
/// The lobby desk's lines of `kefu due`: shifts not handed over or not taken over, items lent
/// and not back by their due time.
void collect_lobby_due(Context& ctx, std::vector<DueItem>& items);
/// Form data: 大堂交接班记录表 of a shift (ZB-…, or 2026-12-01/早班), 来访登记表 of a day or a
/// month, 物品借用登记表 of a month.
Json handover_form_data(Context& ctx, const std::string& target);
Json visitor_form_data(Context& ctx, const std::string& target);
Json item_loan_form_data(Context& ctx, const std::string& target);
/// Form data: 公共区域现场巡视表 of a day (2026-11-25), a period (2026-11-23..2026-11-29), a
/// month (2026-11) or one patrol (XS-…); 空置物业统计及周检记录 of the same; 拾遗物品登记表 of a
/// month or one item (SW-…).
Json patrol_sheet_form_data(Context& ctx, const std::string& target);
Json vacant_check_form_data(Context& ctx, const std::string& target);
Json lost_register_form_data(Context& ctx, const std::string& target);
}  // namespace kefu
