/// One member list per record type: `members(v, x)` calls `v("key", x.member, hints…)` for
/// every member, in the order of the record's file. That one list drives the YAML reader and
/// the JSON/YAML writer (store/members_io.hpp) and the index's binary form (store/codec.hpp),
/// so a member cannot be read, written or kept by one of them and forgotten by another.
///
/// The visitor is a template, so core knows nothing of YAML or JSON: the key is the member's
/// key in its file, and the hints below say how the file spells it. A visitor ignores the
/// hints it has no use for (the codec ignores keys and hints alike). A member is written in
/// the file whatever its value, as null when an optional is unset, unless a hint says
/// otherwise; an absent key leaves the member as the record's default.
#pragma once

#include <type_traits>

namespace kefu::field {

/// Missing or null is refused: "缺少必填字段 <key>".
struct Required {};
/// Written only when set: text not empty, an optional with a value, a list not empty, true.
struct OmitEmpty {};
/// Not in the file: derived from where the file is, or kept aside (still in the index).
struct NotInFile {};
/// Integer fen written as yuan with two decimals ("120.50").
struct Money {};
/// Hundredths written with two decimals ("89.50"): m², spaces, m³, kWh.
struct Centi {};
/// Ten-thousandths of a yuan written with four decimals ("2.5000").
struct Rate {};
/// Integer fen written as a plain non-negative integer (charge_fen: 12050).
struct Fen {};
/// The text a member takes when its key is absent.
struct Fallback {
  const char* text;
};
/// What a value that does not parse is told, replacing the message its kind of value has
/// otherwise: `before` alone, or before + the value + after when `after` is given.
struct Says {
  const char* before;
  const char* after = nullptr;
};

inline constexpr Required required{};
inline constexpr OmitEmpty omit_empty{};
inline constexpr NotInFile not_in_file{};
inline constexpr Money money{};
inline constexpr Centi centi{};
inline constexpr Rate rate{};
inline constexpr Fen fen{};

/// Whether the hint pack holds a hint of type H.
template <class H, class... Hs>
inline constexpr bool has = (std::is_same_v<H, Hs> || ...);

/// The hint of type H in the pack, or nullptr.
template <class H, class... Hs>
constexpr const H* find(const Hs&... hints) {
  const H* out = nullptr;
  (
      [&] {
        if constexpr (std::is_same_v<H, Hs>) out = &hints;
      }(),
      ...);
  return out;
}

}  // namespace kefu::field
