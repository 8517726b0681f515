/// A compact binary form of parsed records, for the derived index (.kefu/index.sqlite).
///
/// Parsing YAML costs hundreds of microseconds a record; decoding this form costs about one.
/// Each type's one member list (`members(v, x)` in its core header, see core/members.hpp)
/// serves both directions, names and hints ignored, so encoding and decoding cannot drift
/// apart, nor from the files; a value kept that is no file's may have a `fields(a, x)` list.
/// The form is private to the index: a change of any record type or member list bumps
/// kCodecVersion, and everything derived is made anew.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/calendar.hpp"
#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/contact.hpp"
#include "core/errors.hpp"
#include "core/fee.hpp"
#include "core/key.hpp"
#include "core/members.hpp"
#include "core/repair.hpp"
#include "core/time.hpp"
#include "core/unit.hpp"

namespace kefu {

/// 64-bit FNV-1a of a file's bytes, to tell a changed file from a touched one.
inline uint64_t content_hash(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

/// The version of every derived format (store/derived.hpp): bump it whenever a record type or
/// its member list changes, and with any change to the index's tables, to what a digest
/// produces or to what a kept result holds or how it is computed.
inline constexpr int kCodecVersion = 13;

class Encoder {
 public:
  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      varint(v.size());
      out_.append(v);
    } else if constexpr (std::is_same_v<T, bool>) {
      out_.push_back(v ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
      varint(static_cast<uint64_t>(v));
    } else if constexpr (std::is_integral_v<T>) {
      svarint(static_cast<int64_t>(v));
    } else if constexpr (std::is_same_v<T, DateTime>) {
      svarint(v.time_since_epoch().count());
    } else if constexpr (std::is_same_v<T, Date>) {
      svarint(v.time_since_epoch().count());
    } else if constexpr (std::is_same_v<T, YearMonth>) {
      svarint(v.year);
      varint(v.month);
    } else if constexpr (field::is_nested<T>) {
      v.each(*this);  // a mapping of a file with no struct of its own: its members in turn
    } else if constexpr (requires { members(*this, const_cast<T&>(v)); }) {
      members(*this, const_cast<T&>(v));
    } else {
      fields(*this, const_cast<T&>(v));  // a derived value's own list (cli/report_cmd.cpp)
    }
  }
  /// A member, from members(): its key and hints are not part of the form.
  template <class T, class... H>
  void operator()(const char*, const T& v, const H&...) {
    (*this)(v);
  }
  template <class T>
  void operator()(const std::optional<T>& v) {
    (*this)(v.has_value());
    if (v) (*this)(*v);
  }
  template <class T>
  void operator()(const std::vector<T>& v) {
    varint(v.size());
    for (const auto& x : v) (*this)(x);
  }
  template <class K, class V>
  void operator()(const std::map<K, V>& m) {
    varint(m.size());
    for (const auto& [k, v] : m) (*this)(k), (*this)(v);
  }
  template <class K>
  void operator()(const std::set<K>& m) {
    varint(m.size());
    for (const auto& k : m) (*this)(k);
  }

  std::string take() { return std::move(out_); }

 private:
  void varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void svarint(int64_t v) {
    varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }

  std::string out_;
};

/// Thrown when an index body does not decode: the index is then rebuilt, never trusted.
struct CodecError : std::runtime_error {
  CodecError() : std::runtime_error("索引内容无法解码") {}
};

class Decoder {
 public:
  explicit Decoder(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}

  template <class T>
  void operator()(T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      auto n = varint();
      if (n > static_cast<uint64_t>(end_ - p_)) throw CodecError();
      v.assign(p_, n);
      p_ += n;
    } else if constexpr (std::is_same_v<T, bool>) {
      v = byte() != 0;
    } else if constexpr (std::is_enum_v<T>) {
      v = static_cast<T>(varint());
    } else if constexpr (std::is_integral_v<T>) {
      v = static_cast<T>(svarint());
    } else if constexpr (std::is_same_v<T, DateTime>) {
      v = DateTime{std::chrono::seconds{svarint()}};
    } else if constexpr (std::is_same_v<T, Date>) {
      v = Date{std::chrono::days{svarint()}};
    } else if constexpr (std::is_same_v<T, YearMonth>) {
      v.year = static_cast<int>(svarint());
      v.month = static_cast<unsigned>(varint());
    } else if constexpr (field::is_nested<T>) {
      v.each(*this);
    } else if constexpr (requires { members(*this, v); }) {
      members(*this, v);
    } else {
      fields(*this, v);
    }
  }
  template <class T, class... H>
  void operator()(const char*, T& v, const H&...) {
    (*this)(v);
  }
  template <class T>
  void operator()(std::optional<T>& v) {
    bool has = false;
    (*this)(has);
    if (!has) {
      v.reset();
      return;
    }
    T x{};
    (*this)(x);
    v = std::move(x);
  }
  template <class T>
  void operator()(std::vector<T>& v) {
    auto n = varint();
    if (n > static_cast<uint64_t>(end_ - p_)) throw CodecError();  // each element ≥ 1 byte
    v.clear();
    v.reserve(n);
    for (uint64_t i = 0; i < n; ++i) (*this)(v.emplace_back());
  }
  template <class K, class V>
  void operator()(std::map<K, V>& m) {
    auto n = varint();
    if (n > static_cast<uint64_t>(end_ - p_)) throw CodecError();
    m.clear();
    for (uint64_t i = 0; i < n; ++i) {
      K k{};
      (*this)(k);
      (*this)(m[std::move(k)]);
    }
  }
  template <class K>
  void operator()(std::set<K>& m) {
    auto n = varint();
    if (n > static_cast<uint64_t>(end_ - p_)) throw CodecError();
    m.clear();
    for (uint64_t i = 0; i < n; ++i) {
      K k{};
      (*this)(k);
      m.insert(std::move(k));
    }
  }

  bool done() const { return p_ == end_; }

 private:
  unsigned char byte() {
    if (p_ == end_) throw CodecError();
    return static_cast<unsigned char>(*p_++);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      auto b = byte();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    throw CodecError();
  }
  int64_t svarint() {
    auto u = varint();
    return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  }

  const char* p_;
  const char* end_;
};

template <class T>
std::string encode(const T& v) {
  Encoder e;
  e(v);
  return e.take();
}

template <class T>
T decode(std::string_view bytes) {
  Decoder d(bytes);
  T v{};
  d(v);
  if (!d.done()) throw CodecError();
  return v;
}

}  // namespace kefu
