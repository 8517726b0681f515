/// kefu due — everything that needs someone today, grouped by owner, for cron.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cli/commands.hpp"
#include "cli/hooks.hpp"
#include "core/due.hpp"
#include "core/text.hpp"
#include "store/complaint_store.hpp"
#include "store/key_store.hpp"
#include "store/lost_store.hpp"
#include "store/move_store.hpp"
#include "store/opinion_store.hpp"
#include "store/patrol_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {
namespace {

/// The first on the roster of the first of `roles` that anyone holds; empty when none does.
std::string first_on_roster(Context& ctx, std::initializer_list<Role> roles) {
  for (Role role : roles)
    for (const auto& m : ctx.config().staff)
      if (m.role == role) return m.id;
  return "";
}

/// Who keeps the registers that have no owner of their own (the key register): the first
/// 客户主管 on the roster.
std::string supervisor(Context& ctx) {
  return first_on_roster(ctx, {Role::supervisor});
}

/// A line for a record changed by hand (or never sealed) that no correction has recorded.
DueItem unsealed_item(const std::string& owner, const std::string& kind, const std::string& id,
                      SealState seal, DateTime now, const std::string& subject) {
  return {owner,
          kind,
          id,
          seal == SealState::broken ? "hand_edited" : "unsealed",
          seal == SealState::broken ? "记录被手工改动，未登记更正" : "记录无封签，未登记",
          now,
          subject};
}

/// The deadline lines of every open case of one kind.
template <class T, class Lines>
void collect_cases(Context& ctx, std::vector<DueItem>& items, Lines lines_of) {
  CaseQuery q;
  q.open_only = true;
  auto result = Repository<T>(ctx.store()).query(q);
  for (const auto& item : result.items) {
    auto lines = lines_of(item.record);
    if (item.file.seal != SealState::intact && !lines.empty()) {
      // Whatever else is due, the register was altered by hand: its owner records why.
      auto first = lines.front();
      lines.insert(lines.begin(), unsealed_item(item.record.owner, first.kind, first.id,
                                                item.file.seal, ctx.now(), first.subject));
    } else if (item.file.seal != SealState::intact) {
      const auto& r = item.record;
      if constexpr (std::is_same_v<T, Complaint>)
        lines.push_back(unsealed_item(r.owner, "complaint", r.id, item.file.seal, ctx.now(),
                                      (r.unit.empty() ? r.place : r.unit) + " " + r.category));
      else if constexpr (std::is_same_v<T, Repair>)
        lines.push_back(
            unsealed_item(r.owner, "repair", r.id, item.file.seal, ctx.now(),
                          (r.unit.empty() ? r.place : r.unit) + " " + truncate_to(r.fault, 30)));
      else if constexpr (std::is_same_v<T, Opinion>)
        lines.push_back(unsealed_item(r.owner, "opinion", r.id, item.file.seal, ctx.now(),
                                      r.unit + " " + truncate_to(r.text, 30)));
      else if constexpr (std::is_same_v<T, Move>)
        lines.push_back(unsealed_item(r.owner, "move", r.id, item.file.seal, ctx.now(),
                                      r.unit + " " + std::string(to_zh(r.kind))));
      else if constexpr (std::is_same_v<T, LostItem>)
        lines.push_back(unsealed_item(r.owner, "lost", r.id, item.file.seal, ctx.now(),
                                      truncate_to(r.item, 20) + " " + r.kept_at));
      else
        lines.push_back(unsealed_item(r.owner, "special", r.id, item.file.seal, ctx.now(),
                                      r.unit + " 特约服务 " + truncate_to(r.what, 24)));
    }
    items.insert(items.end(), lines.begin(), lines.end());
  }
  ctx.report_problems(result.problems);
}

void collect_complaints(Context& ctx, std::vector<DueItem>& items) {
  DateTime now = ctx.now();
  auto next = next_level(ctx);
  collect_cases<Complaint>(ctx, items, [&](const Complaint& c) {
    auto d = complaint_deadlines(c, ctx.config().complaint_sla, ctx.dir().calendar());
    auto lines = complaint_due_items(c, d, now);
    auto up = complaint_escalations(c, lines, next, now);
    lines.insert(lines.end(), up.begin(), up.end());
    return lines;
  });
}

void collect_repairs(Context& ctx, std::vector<DueItem>& items) {
  DateTime now = ctx.now();
  collect_cases<Repair>(ctx, items, [&](const Repair& r) {
    auto d = repair_deadlines(r, ctx.config().repair_sla, ctx.dir().calendar());
    return repair_due_items(r, d, now);
  });
}

/// Opinions (R6): a step of the chain late, under the one who owes it (the department for the
/// written measures), and callbacks due.
void collect_opinions(Context& ctx, std::vector<DueItem>& items) {
  DateTime now = ctx.now();
  collect_cases<Opinion>(ctx, items, [&](const Opinion& o) {
    auto d = opinion_deadlines(o, ctx.config().opinion_sla, ctx.dir().calendar());
    return opinion_due_items(o, d, now);
  });
}

/// Special services (R7): the payment notice not delivered in time, and callbacks due, under
/// the one who took the order.
void collect_specials(Context& ctx, std::vector<DueItem>& items) {
  DateTime now = ctx.now();
  collect_cases<SpecialService>(ctx, items, [&](const SpecialService& s) {
    auto d = special_deadlines(s, ctx.config().special_sla, ctx.dir().calendar());
    return special_due_items(s, d, now);
  });
}

/// Moves: a tenant's move-out still without the owner's consent kMoveConsentDays after it
/// was recorded, under the one who recorded it.
void collect_moves(Context& ctx, std::vector<DueItem>& items) {
  constexpr int kMoveConsentDays = 3;
  DateTime now = ctx.now();
  collect_cases<Move>(ctx, items, [&](const Move& m) {
    std::vector<DueItem> lines;
    if (consent_overdue(m, now, kMoveConsentDays))
      lines.push_back({m.owner, "move", m.id, "consent_overdue", "租户迁出未取得业主同意",
                       m.received_at + std::chrono::days(kMoveConsentDays), m.unit + " 租户迁出"});
    return lines;
  });
}

/// Patrol rounds not walked in their period (§3.2.1, §3.2.2, procedure 012): the current
/// period's under its round's owner (the first 客户主管 when it names none) until walked, the
/// previous period's as late.
void collect_patrols(Context& ctx, std::vector<DueItem>& items) {
  const auto& cfg = ctx.config().patrols;
  if (cfg.rounds.empty()) return;
  auto result = PatrolRepository(ctx.store()).query({});
  ctx.report_problems(result.problems);
  for (const auto& m : missing_rounds(cfg, result.records(), ctx.now())) {
    const auto* round = cfg.find_round(m.round);
    std::string name = round->name.empty() ? round->key : round->name;
    items.push_back({round->owner.empty() ? supervisor(ctx) : round->owner, "patrol", m.round,
                     m.late ? "patrol_missed" : "patrol_due",
                     m.late ? "巡视未做（" + period_text(m.period) + "）" : "本期尚未巡视", m.due,
                     name + " " + period_text(m.period)});
  }
}

/// Lost property (§3.3.6): not yet acknowledged by a supervisor — reported at once, so it heads
/// the first 客户主管's lines — and kept past its period, awaiting a decision.
void collect_lost(Context& ctx, std::vector<DueItem>& items) {
  const auto& c = ctx.config().lost_property;
  collect_cases<LostItem>(ctx, items, [&](const LostItem& x) {
    std::vector<DueItem> lines;
    std::string subject = truncate_to(x.item, 20) + " " + x.kept_at;
    if (!x.acknowledged_at)
      lines.push_back({supervisor(ctx), "lost", x.id, "lost_unacknowledged", "拾遗物品待主管确认",
                       x.received_at, subject});
    else if (keep_until(x, c) <= ctx.now())
      lines.push_back({supervisor(ctx), "lost", x.id, "lost_expired",
                       "保管期满，待决定移交派出所或处理", keep_until(x, c), subject});
    return lines;
  });
}

/// Keys not back by their due time (the day's cut-off, or the agreed time of an engineering
/// loan). Read from the register: only the keys marked out lead to a loan file.
void collect_keys(Context& ctx, std::vector<DueItem>& items) {
  DateTime now = ctx.now();
  auto next = next_level(ctx);
  KeyRegister reg(ctx.store());
  auto keys = reg.all();
  for (const auto& item : keys.items) {
    if (item.file.seal != SealState::intact)
      items.push_back(unsealed_item(supervisor(ctx), "key", item.record.code, item.file.seal, now,
                                    item.record.name));
    if (item.record.state != KeyState::out) continue;
    try {
      auto l = reg.open_loan(item).record;
      if (auto up = key_escalation(l, next)) items.push_back(*up);
      if (loan_overdue(l, now))
        items.push_back({l.lent_by, "key", l.id, "key_overdue", "钥匙逾期未还", l.due_at,
                         l.key + " " + l.key_name + " 借用人 " + l.borrower.name});
    } catch (const StoreError& e) {
      keys.problems.push_back(e);
    }
  }
  ctx.report_problems(keys.problems);
}

void run_due(Context& ctx, const std::string& owner_filter, bool hooks) {
  // A department owes an opinion's written measures: --owner names it as well as staff.
  std::string owner = owner_filter.empty() || ctx.config().is_department(owner_filter)
                          ? owner_filter
                          : ctx.staff(owner_filter, "责任人").id;
  std::vector<DueItem> items;
  collect_complaints(ctx, items);
  collect_repairs(ctx, items);
  collect_opinions(ctx, items);
  collect_specials(ctx, items);
  collect_renovation_due(ctx, items);
  collect_moves(ctx, items);
  collect_patrols(ctx, items);
  collect_lost(ctx, items);
  collect_keys(ctx, items);
  collect_lobby_due(ctx, items);
  collect_fee_due(ctx, items);
  if (!owner.empty()) std::erase_if(items, [&](const DueItem& i) { return i.owner != owner; });
  sort_due_items(items);
  if (hooks) notify_due(ctx, items);
  if (items.empty()) return;  // cron mails only output: nothing due, nothing printed
  ctx.raise_status(1);

  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& i : items)
      rows.push_back(Json{{"owner", i.owner},
                          {"kind", i.kind},
                          {"id", i.id},
                          {"reason", i.reason},
                          {"reason_zh", i.reason_zh},
                          {"due", format_datetime(i.due)},
                          {"subject", i.subject}});
    print_rows(ctx.out, f, rows, {"owner", "kind", "id", "reason", "reason_zh", "due", "subject"});
    return;
  }
  // Grouped by owner (首问负责制), each person's lines soonest first; whoever has major events
  // reported to them (§3.7.3) first, those lines heading their part.
  std::map<std::string, std::vector<const DueItem*>> by_owner;
  for (const auto& i : items) by_owner[i.owner].push_back(&i);
  bool first = true;
  for (bool reported : {true, false})
    for (const auto& [who, lines] : by_owner) {
      auto up =
          std::count_if(lines.begin(), lines.end(), [](auto* i) { return is_escalation(*i); });
      if ((up > 0) != reported) continue;
      if (!first) ctx.out << '\n';
      first = false;
      ctx.out << fmt::format("【{}】{} 项", ctx.staff_name(who), lines.size());
      if (up > 0) ctx.out << fmt::format("，其中上报 {} 项", up);
      ctx.out << '\n';
      Table t{{"编号", "事项", "期限", "内容"}, {}};
      for (const auto* i : lines)
        t.rows.push_back({i->id, i->reason_zh, format_short(i->due), i->subject});
      print_table(ctx.out, t);
    }
}

}  // namespace

std::string overdue_text(const Json& keys, bool long_form) {
  std::string s;
  for (const auto& k : keys)
    s += (s.empty() ? "" : "、") + std::string(overdue_zh(k.get<std::string>(), long_form));
  return s;
}

std::string next_level(Context& ctx) {
  return first_on_roster(ctx, {Role::manager, Role::supervisor});
}

void announce_escalation(Context& ctx, const DueItem& item) {
  ctx.err << fmt::format("须立即报告上一级领导（手册 §3.7.3）：{} {}，已列入 {} 的 kefu due\n",
                         item.id, item.reason_zh, ctx.staff_name(item.owner));
}

void add_due_command(CLI::App& app, Context& ctx) {
  auto owner = std::make_shared<std::string>();
  auto no_hooks = std::make_shared<bool>(false);
  auto* cmd =
      app.add_subcommand("due", "今天需要处理的全部逾期事项，按首问负责人分组（供 cron 每日运行）");
  cmd->add_option("--owner", *owner, "只列此人（或此责任部门）负责的事项");
  cmd->add_flag("--no-hooks", *no_hooks, "不运行数据目录 hooks/ 中的钩子（只看，不通知）");
  cmd->footer(
      "重大事件（手册 §3.7.3：重大投诉、其逾期环节、紧急动用业主备用钥匙）列在最前，\n"
      "归名册中第一位管理处经理（无则客户主管），直至结案或钥匙归还。\n"
      "无事项时不输出任何内容并以 0 退出；有事项时以 1 退出。只读，重复运行不改变任何记录。\n"
      "数据目录 hooks/ 中有 overdue、callback-due、key-overdue、dun-level 钩子时，逐项运行；\n"
      "同一事项同一天只通知一次（记在 .kefu/hooks.sent），次日仍未处理则再通知一次。\n"
      "例：KEFU_DATA=/srv/kefu kefu due --format json");
  cmd->callback([&ctx, owner, no_hooks] { run_due(ctx, *owner, !*no_hooks); });
}

}  // namespace kefu
