/// Moving in and out: the steps of a move, its settlement, release slips, occupancy and the
/// monthly statistics; see move.hpp.
#include "core/move.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/text.hpp"

namespace kefu {

template <>
std::span<const EnumName<MoveKind>> enum_names<MoveKind>() {
  static constexpr EnumName<MoveKind> names[] = {
      {MoveKind::move_in, "move_in", "迁入"},
      {MoveKind::move_out, "move_out", "迁出"},
  };
  return names;
}

template <>
std::span<const EnumName<OccupantType>> enum_names<OccupantType>() {
  static constexpr EnumName<OccupantType> names[] = {
      {OccupantType::owner, "owner", "业主"},
      {OccupantType::tenant, "tenant", "租户"},
  };
  return names;
}

template <>
std::span<const EnumName<ResidentRelation>> enum_names<ResidentRelation>() {
  static constexpr EnumName<ResidentRelation> names[] = {
      {ResidentRelation::owner, "owner", "业主"},
      {ResidentRelation::tenant, "tenant", "租户"},
      {ResidentRelation::household, "household", "家庭成员"},
  };
  return names;
}

template <>
std::span<const EnumName<ConsentMethod>> enum_names<ConsentMethod>() {
  static constexpr EnumName<ConsentMethod> names[] = {
      {ConsentMethod::written, "written", "书面"},
      {ConsentMethod::phone, "phone", "电话"},
  };
  return names;
}

bool Move::open() const {
  if (is_in())
    return std::any_of(checklist.begin(), checklist.end(),
                       [](const ChecklistItem& i) { return !i.done; });
  return releases.empty();
}

Move open_move(std::string id, const NewMove& n, const std::string& by, DateTime now) {
  if (n.people.empty()) throw RefusedError("请用 --name 登记迁入或迁出的人（至少一人）");
  for (const auto& p : n.people)
    if (trim(p.name).empty()) throw RefusedError("迁入或迁出的人姓名不能为空");
  if (n.kind == MoveKind::move_out && !n.checklist.empty())
    throw RefusedError(
        "交接清单（--item）只用于迁入；迁出请用 move settle 结算、move release 放行");
  if (n.kind == MoveKind::move_in && n.checklist.empty())
    throw RefusedError(
        "迁入须有交接清单：kefu.yaml 的 move_checklist 为空，请用 --item 逐项列出（如 --item "
        "钥匙交接 --item 水表读数）");
  Move m;
  m.id = std::move(id);
  m.kind = n.kind;
  m.received_at = now;
  m.moved_at = n.moved_at;
  m.unit = n.unit;
  m.occupant = n.occupant;
  m.people = n.people;
  m.emergency_contact = n.emergency_contact;
  for (const auto& item : n.checklist) {
    auto name = trim(item);
    if (name.empty()) throw RefusedError("交接项目名称不能为空");
    if (std::any_of(m.checklist.begin(), m.checklist.end(),
                    [&](const ChecklistItem& i) { return i.item == name; }))
      throw RefusedError("交接项目「" + name + "」重复");
    m.checklist.push_back({name, false, ""});
  }
  m.owner = by;
  m.note = n.note;
  std::string who;
  for (const auto& p : m.people) who += (who.empty() ? "" : "、") + p.name;
  add_history(m.history, now, by, "add",
              fmt::format("{} {}（{}）{}：{}", m.unit, to_zh(m.occupant), who, to_zh(m.kind),
                          format_datetime(m.moved_at)));
  return m;
}

void tick_checklist(Move& m, const std::string& item, const std::string& note,
                    const std::string& by, DateTime now) {
  if (!m.is_in()) throw RefusedError(m.id + " 是迁出，没有交接清单");
  auto name = trim(item);
  ChecklistItem* found = nullptr;
  for (auto& i : m.checklist)
    if (i.item == name) found = &i;
  if (!found && !name.empty() &&
      std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      name.size() < 4) {
    size_t k = std::stoul(name);
    if (k >= 1 && k <= m.checklist.size()) found = &m.checklist[k - 1];
  }
  if (!found) {
    std::string list;
    for (size_t k = 0; k < m.checklist.size(); ++k)
      list += fmt::format("{}{}.{}", k ? "、" : "", k + 1, m.checklist[k].item);
    throw RefusedError("交接清单中没有「" + name + "」；清单：" + list);
  }
  if (found->done && note.empty()) throw RefusedError("交接项目「" + found->item + "」已完成");
  found->done = true;
  if (!note.empty()) found->note = note;
  add_history(m.history, now, by, "check", found->item + (note.empty() ? "" : "：" + note));
}

void record_consent(Move& m, const OwnerConsent& c, const std::string& by, DateTime now) {
  if (m.is_in()) throw RefusedError(m.id + " 是迁入，无需业主同意搬离");
  if (m.occupant != OccupantType::tenant)
    throw RefusedError(m.id + " 是业主本人迁出，无需业主同意搬离通知书");
  if (m.consent)
    throw RefusedError(m.id + " 已于 " + format_datetime(m.consent->at) + " 登记业主同意（" +
                       m.consent->name + "）");
  if (trim(c.name).empty()) throw RefusedError("请用 --name 写明同意搬离的业主");
  if (c.at > now)
    throw RefusedError("同意时间 " + format_datetime(c.at) + " 晚于当前时间 " +
                       format_datetime(now));
  m.consent = c;
  m.consent->by = by;
  add_history(
      m.history, now, by, "consent",
      fmt::format("业主 {} {}同意搬离（{}）", c.name, to_zh(c.method), format_datetime(c.at)));
}

Settlement settlement_of(const Ledger& ledger, DateTime at, const std::string& by) {
  Settlement s;
  s.at = at;
  s.by = by;
  for (const auto& p : ledger.periods) {
    if (p.outstanding() <= 0) continue;
    s.lines.push_back({p.period, p.billed, p.paid, p.outstanding()});
    s.owed += p.outstanding();
  }
  s.credit = ledger.credit;
  s.balance = s.owed - s.credit;
  return s;
}

void settle_move(Move& m, const Ledger& ledger, const std::string& by, DateTime now) {
  if (m.is_in()) throw RefusedError(m.id + " 是迁入，搬迁结算只用于迁出");
  if (!m.releases.empty()) throw RefusedError(m.id + " 已开具物品放行条，不能再结算");
  m.settlement = settlement_of(ledger, now, by);
  const auto& s = *m.settlement;
  add_history(
      m.history, now, by, "settle",
      s.balance > 0
          ? fmt::format("结算：欠费 {} 元（{} 个账期）", format_money(s.balance), s.lines.size())
      : s.balance < 0 ? fmt::format("结算：无欠费，预交余额 {} 元", format_money(-s.balance))
                      : std::string("结算：无欠费"));
}

const ReleaseSlip& issue_release(Move& m, const ReleaseRequest& r, int64_t owed_now,
                                 const std::string& by, DateTime now) {
  if (m.is_in()) throw RefusedError(m.id + " 是迁入，物品放行条只用于迁出");
  if (m.occupant == OccupantType::tenant && !m.consent)
    throw RefusedError(m.id +
                       " 是租户迁出，须先取得业主同意（业主同意搬离通知书），用 move consent " +
                       m.id + " 登记后方可放行");
  if (!m.settlement)
    throw RefusedError(m.id + " 尚未结算，请先用 move settle " + m.id + " 办理搬迁结算");
  if (trim(r.goods).empty()) throw RefusedError("请用 --goods 写明放行的物品");
  if (r.pieces <= 0) throw RefusedError("请用 --pieces 写明物品件数（大于 0）");
  if (r.override_by) {
    if (r.override_by->role != Role::manager)
      throw RefusedError(fmt::format("{} 是{}，不是管理处经理，不能批准欠费放行",
                                     r.override_by->name, to_zh(r.override_by->role)));
    if (owed_now <= 0) throw RefusedError(m.unit + " 没有欠费，无需 --override-by 批准放行");
    if (trim(r.reason).empty()) throw RefusedError("欠费放行须用 --reason 写明理由");
  } else if (owed_now > 0) {
    throw RefusedError(fmt::format(
        "{} 尚欠费 {} 元，不能开具物品放行条；请先缴清（kefu fee pay {} 金额），或由管理处经理"
        "批准放行（--override-by 经理 --reason 理由）",
        m.unit, format_money(owed_now), m.unit));
  }
  ReleaseSlip s;
  s.no = static_cast<int>(m.releases.size()) + 1;
  s.at = now;
  s.goods = trim(r.goods);
  s.pieces = r.pieces;
  s.plate = trim(r.plate);
  s.issued_by = by;
  s.owed = owed_now;
  if (r.override_by) {
    s.override_by = r.override_by->id;
    s.reason = trim(r.reason);
  }
  m.releases.push_back(s);
  add_history(m.history, now, by, "release",
              fmt::format("物品放行条第 {} 号：{} {} 件{}{}", s.no, s.goods, s.pieces,
                          s.plate.empty() ? "" : "，车牌 " + s.plate,
                          s.override_by.empty()
                              ? std::string()
                              : fmt::format("；欠费 {} 元，经 {} 批准放行：{}",
                                            format_money(s.owed), r.override_by->name, s.reason)));
  return m.releases.back();
}

namespace {

/// The moves of `unit`, latest last.
std::vector<const Move*> moves_of(const std::string& unit, const std::vector<Move>& moves) {
  std::vector<const Move*> out;
  for (const auto& m : moves)
    if (m.unit == unit) out.push_back(&m);
  std::sort(out.begin(), out.end(), [](const Move* a, const Move* b) {
    return a->moved_at != b->moved_at ? a->moved_at < b->moved_at : a->id < b->id;
  });
  return out;
}

}  // namespace

Occupancy occupancy_of(const Unit& unit, const std::vector<Move>& moves, bool under_renovation) {
  if (under_renovation) return Occupancy::renovating;
  auto mine = moves_of(unit.id, moves);
  if (mine.empty()) return unit.occupancy.value_or(Occupancy::owner_occupied);
  const Move& last = *mine.back();
  if (!last.is_in()) return Occupancy::vacant;
  return last.occupant == OccupantType::tenant ? Occupancy::rented : Occupancy::owner_occupied;
}

std::vector<Resident> residents_of(const Unit& unit, const std::vector<Move>& moves) {
  auto mine = moves_of(unit.id, moves);
  if (mine.empty()) {
    if (unit.occupancy == Occupancy::vacant || unit.owner.empty()) return {};
    return {{unit.owner, ResidentRelation::owner, unit.phone}};
  }
  if (!mine.back()->is_in()) return {};
  return mine.back()->people;
}

MoveMonthStats move_month_stats(const std::vector<Move>& moves, YearMonth month,
                                const std::function<std::string(const std::string&)>& building_of) {
  MoveMonthStats s;
  s.month = month;
  for (const auto& m : moves) {
    auto building = building_of(m.unit);
    auto add = [&](auto&& f) {
      f(s.buildings[building]);
      f(s.total);
    };
    if (month_of(m.moved_at) == month) {
      bool owner = m.occupant == OccupantType::owner;
      add([&](MoveCounts& c) {
        if (m.is_in())
          ++(owner ? c.in_owner : c.in_tenant);
        else
          ++(owner ? c.out_owner : c.out_tenant);
      });
    }
    for (const auto& r : m.releases)
      if (month_of(r.at) == month)
        add([&](MoveCounts& c) {
          ++c.slips;
          if (!r.override_by.empty()) ++c.overrides;
        });
  }
  return s;
}

bool consent_overdue(const Move& m, DateTime now, int limit_days) {
  return !m.is_in() && m.occupant == OccupantType::tenant && !m.consent && m.releases.empty() &&
         now > m.received_at + std::chrono::days(limit_days);
}

}  // namespace kefu
