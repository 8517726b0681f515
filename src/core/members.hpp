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
///
/// A mapping of the file that is no struct of its own is a `nested` group of members, and a
/// value the file spells its own way ("30m", "92%", "18:00") is `Spelled`, so that a list
/// follows its file's shape whatever the shape of the struct it fills.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

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

/// Put before the key where a message names it: "keys." gives "keys.cutoff 应为…".
struct Prefix {
  const char* text;
};
/// The key's former name, still read: when both are in the file, the key itself wins.
struct Formerly {
  const char* key;
};
/// A mapping member whose keys are those the value has already (its defaults'): only those
/// are read, and any other key of the file is left alone.
struct KnownKeys {};

/// A value the file writes as one text of its own spelling. `read` takes the text into the
/// value and gives nullptr, or leaves the value and says why not (" 应为…", put after the key
/// and any Prefix); `write` gives the text back. Anything but a single value is read as "".
template <class T>
struct Spelled {
  const char* (*read)(std::string_view text, T& value);
  std::string (*write)(const T& value);
};

/// The members of a mapping nested in the file that has no struct of its own: `each(v)` visits
/// them as a member list does. In a list: `auto sla = field::nested([&](auto& g) {
/// g("complaint", x.complaint_sla); }); v("sla", sla);`
template <class F>
struct Nested {
  F each;
};
template <class F>
Nested<F> nested(F each) {
  return {std::move(each)};
}
template <class T>
inline constexpr bool is_nested = false;
template <class F>
inline constexpr bool is_nested<Nested<F>> = true;

inline const char* read_true_false(std::string_view text, bool& x) {
  if (text != "true" && text != "false") return " 应为 true 或 false";
  x = text == "true";
  return nullptr;
}
inline std::string write_true_false(const bool& x) {
  return x ? "true" : "false";
}

inline constexpr Required required{};
/// true or false and nothing else (a bool member without it reads anything but true as false).
inline constexpr Spelled<bool> true_or_false{&read_true_false, &write_true_false};
inline constexpr KnownKeys known_keys{};
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
