/// The patrol rounds of a site (kefu.yaml `patrols:`) and how long lost property is kept
/// (`lost_property:`), kept apart so config.hpp stays small; the records themselves are
/// core/patrol.hpp and core/lost.hpp.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/members.hpp"

namespace kefu {

/// How often a round is owed (§3.2.1 每日至少一次, §3.2.2 每周至少一次).
enum class PatrolFrequency { daily, weekly };
template <>
std::span<const EnumName<PatrolFrequency>> enum_names<PatrolFrequency>();

/// An area of the estate a round walks (大堂, 电梯 …) and what is looked at there.
struct PatrolArea {
  std::string name;
  std::vector<std::string> checkpoints;
  bool operator==(const PatrolArea&) const = default;
};
template <class V>
void members(V& v, PatrolArea& x) {
  v("name", x.name, field::required), v("checkpoints", x.checkpoints);
}

/// A round and its frequency. Its checkpoints: the units vacant at the time when
/// `vacant_units`; else `items` in each of `areas` ("大堂/乱贴乱画"), or `items` alone when it
/// names no area; else each area's own checkpoints ("大堂/照明"), `areas` empty meaning all.
struct PatrolRound {
  std::string key;   // daily
  std::string name;  // 每日巡视
  PatrolFrequency frequency = PatrolFrequency::daily;
  std::vector<std::string> areas;
  std::vector<std::string> items;
  bool vacant_units = false;
  std::string owner;  // staff id whose `due` shows it missed; empty: the first 客户主管
  bool operator==(const PatrolRound&) const = default;
};
template <class V>
void members(V& v, PatrolRound& x) {
  using namespace field;
  v("key", x.key, required), v("name", x.name), v("frequency", x.frequency);
  v("areas", x.areas, omit_empty), v("items", x.items, omit_empty);
  v("vacant_units", x.vacant_units, omit_empty), v("owner", x.owner, omit_empty);
}

/// kefu.yaml `patrols:`.
struct PatrolConfig {
  std::vector<PatrolArea> areas;
  std::vector<PatrolRound> rounds;
  /// A round by its key or name; nullptr when there is none.
  const PatrolRound* find_round(std::string_view key_or_name) const;
  bool operator==(const PatrolConfig&) const = default;
};
template <class V>
void members(V& v, PatrolConfig& x) {
  using namespace field;
  v("areas", x.areas, Says{"patrols.areas 应为区域列表"});
  v("rounds", x.rounds, Says{"patrols.rounds 应为巡视列表"});
}
PatrolConfig default_patrol_config();
/// What is wrong with a patrol config (a round named twice, an area a round names that is not
/// defined, a round with no checkpoint), or empty.
std::string patrol_config_problem(const PatrolConfig& c);

/// kefu.yaml `lost_property:` (§3.3.6).
struct LostPropertyConfig {
  int keep_days = 30;  // unclaimed after this many days: may go to the police or be disposed of
  bool operator==(const LostPropertyConfig&) const = default;
};
template <class V>
void members(V& v, LostPropertyConfig& x) {
  v("keep_days", x.keep_days);
}

}  // namespace kefu
