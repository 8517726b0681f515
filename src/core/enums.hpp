/// Enumerated values: one canonical English spelling in files and JSON, a Chinese label for
/// people, and input accepted in either (`--severity 重大` = `--severity major`).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kefu {

template <class E>
struct EnumName {
  E value;
  std::string_view key;  // canonical, stored in files and JSON
  std::string_view zh;   // shown to people, accepted on input
};

/// Specialised once per enum, next to its definition.
template <class E>
std::span<const EnumName<E>> enum_names();

template <class E>
std::string_view to_key(E v) {
  for (const auto& n : enum_names<E>())
    if (n.value == v) return n.key;
  return "?";
}

template <class E>
std::string_view to_zh(E v) {
  for (const auto& n : enum_names<E>())
    if (n.value == v) return n.zh;
  return "?";
}

template <class E>
std::optional<E> parse_enum(std::string_view text) {
  for (const auto& n : enum_names<E>())
    if (text == n.key || text == n.zh) return n.value;
  return std::nullopt;
}

/// "重大(major)、一般(general)": for messages that list what is accepted.
template <class E>
std::string enum_choices() {
  std::string out;
  for (const auto& n : enum_names<E>()) {
    if (!out.empty()) out += "、";
    out += std::string(n.zh) + "(" + std::string(n.key) + ")";
  }
  return out;
}

enum class Channel { phone, visit, email, letter, online };
enum class Severity { major, general };
enum class ComplaintStatus { open, processing, resolved, closed };
enum class CallbackResult { satisfied, basically_satisfied, unsatisfied };
enum class Urgency { urgent, normal };
enum class RepairStatus { logged, dispatched, done, closed };
enum class SpecialStatus { ordered, done, closed };
enum class ContactType { inquiry, suggestion, praise, report, other };
enum class OpinionStatus { collected, sent, measures, rectified, closed };
enum class OpinionSource { survey, suggestion, meeting, other, visit };
enum class SurveyStatus { open, closed };
enum class RenovationStatus {
  applied,
  charged,
  drawings,
  reviewed,
  checked,
  approved,
  permitted,
  accepted,
  settled,
  closed
};
/// What feeds the monthly report's 顾客满意率 (kefu.yaml satisfaction_measure).
enum class SatisfactionMeasure { callbacks, survey, both };
/// A unit's occupancy (core/move.hpp occupancy_of).
enum class Occupancy { vacant, owner_occupied, rented, renovating };
enum class Role { assistant, supervisor, manager, engineer, security, cleaner, finance };

template <>
std::span<const EnumName<Channel>> enum_names<Channel>();
template <>
std::span<const EnumName<Severity>> enum_names<Severity>();
template <>
std::span<const EnumName<ComplaintStatus>> enum_names<ComplaintStatus>();
template <>
std::span<const EnumName<CallbackResult>> enum_names<CallbackResult>();
template <>
std::span<const EnumName<Role>> enum_names<Role>();
template <>
std::span<const EnumName<Urgency>> enum_names<Urgency>();
template <>
std::span<const EnumName<RepairStatus>> enum_names<RepairStatus>();
template <>
std::span<const EnumName<SpecialStatus>> enum_names<SpecialStatus>();
template <>
std::span<const EnumName<ContactType>> enum_names<ContactType>();
template <>
std::span<const EnumName<OpinionStatus>> enum_names<OpinionStatus>();
template <>
std::span<const EnumName<OpinionSource>> enum_names<OpinionSource>();
template <>
std::span<const EnumName<SurveyStatus>> enum_names<SurveyStatus>();
template <>
std::span<const EnumName<RenovationStatus>> enum_names<RenovationStatus>();
template <>
std::span<const EnumName<SatisfactionMeasure>> enum_names<SatisfactionMeasure>();
template <>
std::span<const EnumName<Occupancy>> enum_names<Occupancy>();

}  // namespace kefu
