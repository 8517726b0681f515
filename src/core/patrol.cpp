/// Patrols: see patrol.hpp.
#include "core/patrol.hpp"

#include <algorithm>
#include <chrono>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {

template <>
std::span<const EnumName<PatrolFrequency>> enum_names<PatrolFrequency>() {
  static constexpr EnumName<PatrolFrequency> names[] = {
      {PatrolFrequency::daily, "daily", "每日"},
      {PatrolFrequency::weekly, "weekly", "每周"},
  };
  return names;
}

template <>
std::span<const EnumName<CheckResult>> enum_names<CheckResult>() {
  static constexpr EnumName<CheckResult> names[] = {
      {CheckResult::normal, "normal", "正常"},
      {CheckResult::abnormal, "abnormal", "异常"},
  };
  return names;
}

const PatrolRound* PatrolConfig::find_round(std::string_view key_or_name) const {
  for (const auto& r : rounds)
    if (r.key == key_or_name || (!r.name.empty() && r.name == key_or_name)) return &r;
  return nullptr;
}

PatrolConfig default_patrol_config() {
  PatrolConfig c;
  c.areas = {{"大堂", {"前台岗位", "地面卫生", "照明"}},
             {"各楼层", {"走道卫生", "照明", "消防设施"}},
             {"电梯", {"运行", "轿厢卫生"}},
             {"卫生间", {"卫生", "设施"}},
             {"外围", {"秩序岗位", "绿化", "道路卫生"}},
             {"防火通道", {"畅通", "应急照明"}}};
  c.rounds = {
      {"daily", "每日巡视", PatrolFrequency::daily, {}, {}, false, ""},
      {"weekly",
       "每周检查",
       PatrolFrequency::weekly,
       {},
       {"乱设标识标牌和广告", "乱贴乱画", "公用设施损坏", "不整洁"},
       false,
       ""},
      {"vacant", "空置单元周检", PatrolFrequency::weekly, {}, {}, true, ""},
  };
  return c;
}

std::string patrol_config_problem(const PatrolConfig& c) {
  for (size_t i = 0; i < c.areas.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (c.areas[i].name == c.areas[j].name)
        return "patrols.areas 中区域「" + c.areas[i].name + "」重复";
  for (size_t i = 0; i < c.rounds.size(); ++i) {
    const auto& r = c.rounds[i];
    for (size_t j = 0; j < i; ++j)
      if (r.key == c.rounds[j].key) return "patrols.rounds 中巡视「" + r.key + "」重复";
    for (const auto& a : r.areas)
      if (std::none_of(c.areas.begin(), c.areas.end(), [&](const auto& x) { return x.name == a; }))
        return "巡视「" + r.key + "」的区域「" + a + "」不在 patrols.areas 中";
    if (!r.vacant_units && r.items.empty() && c.areas.empty())
      return "巡视「" + r.key + "」没有检查项目：请写 items，或在 patrols.areas 中列出区域";
  }
  return "";
}

std::vector<std::string> round_checkpoints(const PatrolConfig& cfg, const PatrolRound& round,
                                           const std::vector<std::string>& vacant,
                                           const std::vector<std::string>& only_areas) {
  if (round.vacant_units) {
    if (!only_areas.empty()) throw RefusedError("空置单元的巡视不分区域，请不要写 --area");
    return vacant;
  }
  if (!round.items.empty() && round.areas.empty()) {
    if (!only_areas.empty())
      throw RefusedError("巡视「" + round.key + "」检查整个园区，不分区域，请不要写 --area");
    return round.items;
  }
  std::vector<std::string> areas = round.areas;
  if (areas.empty())
    for (const auto& a : cfg.areas) areas.push_back(a.name);
  for (const auto& a : only_areas)
    if (std::find(areas.begin(), areas.end(), a) == areas.end()) {
      std::string list;
      for (const auto& x : areas) list += (list.empty() ? "" : "、") + x;
      throw RefusedError("巡视「" + round.key + "」不包括区域「" + a + "」；可选：" + list);
    }
  if (!only_areas.empty())
    std::erase_if(areas, [&](const std::string& a) {
      return std::find(only_areas.begin(), only_areas.end(), a) == only_areas.end();
    });
  std::vector<std::string> out;
  for (const auto& a : areas) {
    if (!round.items.empty()) {
      for (const auto& i : round.items) out.push_back(a + "/" + i);
      continue;
    }
    for (const auto& x : cfg.areas)
      if (x.name == a)
        for (const auto& c : x.checkpoints) out.push_back(a + "/" + c);
  }
  return out;
}

NewFinding parse_finding(const std::string& text) {
  auto at = text.find(':');
  size_t len = 1;
  auto wide = text.find("：");
  if (wide != std::string::npos && (at == std::string::npos || wide < at)) at = wide, len = 3;
  if (at == std::string::npos)
    throw RefusedError(
        "发现的问题应写作「地点:描述」，如 --finding '3栋大堂:墙面有涂鸦'，而不是「" + text + "」");
  NewFinding f{trim(text.substr(0, at)), trim(text.substr(at + len))};
  if (f.place.empty() || f.description.empty())
    throw RefusedError("发现的问题「" + text + "」缺少地点或描述（写作「地点:描述」）");
  return f;
}

namespace {

/// The checkpoint's item, after its area: 照明 of 大堂/照明.
std::string_view item_of(std::string_view checkpoint) {
  auto slash = checkpoint.find('/');
  return slash == std::string_view::npos ? checkpoint : checkpoint.substr(slash + 1);
}

/// A finding's place names a checkpoint when it is the checkpoint, or its item alone when no
/// other checkpoint has that item.
bool names_checkpoint(const std::string& place, const std::string& checkpoint,
                      const std::vector<std::string>& all) {
  if (place == checkpoint) return true;
  if (place != item_of(checkpoint)) return false;
  return std::count_if(all.begin(), all.end(),
                       [&](const std::string& c) { return item_of(c) == place; }) == 1;
}

}  // namespace

bool Patrol::open() const {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.open(); });
}

Patrol log_patrol(std::string id, const NewPatrol& n, const std::string& by, DateTime now) {
  if (n.started_at > now) throw RefusedError("巡视开始时间不能晚于现在");
  if (n.checkpoints.empty())
    throw RefusedError("巡视「" + n.round + "」此刻没有要检查的项目（如没有空置单元）");
  Patrol p;
  p.id = std::move(id);
  p.round = n.round;
  p.received_at = now;
  p.started_at = n.started_at;
  p.finished_at = now;
  p.owner = by;
  p.walkers.push_back(by);
  for (const auto& w : n.walkers) {
    if (std::find(p.walkers.begin(), p.walkers.end(), w) != p.walkers.end())
      throw RefusedError("巡视人员「" + w + "」写了两次");
    p.walkers.push_back(w);
  }
  for (const auto& c : n.checkpoints) p.results.push_back({c, CheckResult::normal, ""});
  for (const auto& f : n.findings) {
    Finding x;
    x.no = static_cast<int>(p.findings.size()) + 1;
    x.place = f.place;
    x.description = f.description;
    p.findings.push_back(x);
    for (auto& r : p.results) {
      if (!names_checkpoint(f.place, r.checkpoint, n.checkpoints)) continue;
      r.result = CheckResult::abnormal;
      r.note += (r.note.empty() ? "" : "；") + f.description;
    }
  }
  add_history(p.history, now, by, "open",
              "登记巡视，" + std::to_string(p.results.size()) + " 个检查点，发现问题 " +
                  std::to_string(p.findings.size()) + " 项");
  p.note = n.note;
  return p;
}

std::pair<std::string, int> parse_finding_ref(const std::string& ref) {
  auto hash = ref.find('#');
  if (hash == std::string::npos || hash + 1 >= ref.size())
    throw RefusedError("请写明巡视编号和问题序号，如 XS-2026-11-0003#2，而不是「" + ref + "」");
  auto no = ref.substr(hash + 1);
  if (no.size() > 4 ||
      !std::all_of(no.begin(), no.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw RefusedError("问题序号应为数字，如 XS-2026-11-0003#2，而不是「" + ref + "」");
  return {ref.substr(0, hash), std::stoi(no)};
}

std::string finding_ref(const Patrol& p, const Finding& f) {
  return p.id + "#" + std::to_string(f.no);
}

Finding& finding_of(Patrol& p, int no) {
  for (auto& f : p.findings)
    if (f.no == no) return f;
  throw RefusedError(p.id + " 没有第 " + std::to_string(no) + " 项发现的问题（共 " +
                     std::to_string(p.findings.size()) + " 项）");
}

namespace {

Finding& open_finding(Patrol& p, int no) {
  auto& f = finding_of(p, no);
  if (!f.open())
    throw RefusedError(finding_ref(p, f) + " 已处理（" + finding_state_zh(f) + "），不能再次处理");
  return f;
}

}  // namespace

void finding_to_repair(Patrol& p, int no, const std::string& repair, const std::string& by,
                       DateTime now) {
  auto& f = open_finding(p, no);
  f.repair = repair;
  add_history(p.history, now, by, "repair", "第 " + std::to_string(no) + " 项转报修 " + repair);
}

void finding_to_complaint(Patrol& p, int no, const std::string& complaint, const std::string& by,
                          DateTime now) {
  auto& f = open_finding(p, no);
  f.complaint = complaint;
  add_history(p.history, now, by, "complaint",
              "第 " + std::to_string(no) + " 项转投诉 " + complaint);
}

void finding_fixed(Patrol& p, int no, const std::string& note, const std::string& by,
                   DateTime now) {
  auto& f = open_finding(p, no);
  if (trim(note).empty()) throw RefusedError("请用 --note 写明现场如何纠正");
  if (now < p.started_at) throw RefusedError("整改时间不能早于巡视开始时间");
  f.fixed_at = now;
  f.fixed_by = by;
  f.note = trim(note);
  add_history(p.history, now, by, "fixed", "第 " + std::to_string(no) + " 项已现场整改");
}

std::string finding_state_zh(const Finding& f) {
  if (!f.repair.empty()) return "转报修 " + f.repair;
  if (!f.complaint.empty()) return "转投诉 " + f.complaint;
  if (f.fixed_at) return "已整改";
  return "待处理";
}

PatrolPeriod patrol_period(PatrolFrequency f, Date day) {
  if (f == PatrolFrequency::daily) return {day, day};
  Date monday = day - std::chrono::days(iso_weekday(day) - 1);
  return {monday, monday + std::chrono::days(6)};
}

std::string period_text(const PatrolPeriod& p) {
  return p.from == p.to ? format_date(p.from) : format_date(p.from) + "—" + format_date(p.to);
}

std::vector<MissingRound> missing_rounds(const PatrolConfig& cfg,
                                         const std::vector<Patrol>& patrols, DateTime now) {
  std::vector<MissingRound> out;
  Date today = date_of(now);
  for (const auto& r : cfg.rounds) {
    std::optional<Date> first;
    std::vector<Date> walked;
    for (const auto& p : patrols) {
      if (p.round != r.key || p.started_at > now) continue;
      Date d = date_of(p.started_at);
      walked.push_back(d);
      if (!first || d < *first) first = d;
    }
    if (!first) continue;
    auto current = patrol_period(r.frequency, today);
    auto previous = patrol_period(r.frequency, current.from - std::chrono::days(1));
    auto done = [&](const PatrolPeriod& x) {
      return std::any_of(walked.begin(), walked.end(),
                         [&](Date d) { return d >= x.from && d <= x.to; });
    };
    Date start = patrol_period(r.frequency, *first).from;
    if (previous.from >= start && !done(previous))
      out.push_back({r.key, previous, end_of_day(previous.to), true});
    if (!done(current)) out.push_back({r.key, current, end_of_day(current.to), false});
  }
  return out;
}

}  // namespace kefu
