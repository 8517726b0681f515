/// Records read from YAML and written as JSON by their one member list (core/members.hpp).
///
/// `read_members(reader, x)` reads every member of x from the mapping the reader is on, with
/// file:line:column on any refusal; `members_json(x)` gives the JSON that is both the file's
/// content (through emit_yaml) and `--format json`; `file_keys<T>()` the keys a file of T
/// holds, so that any other key is kept on rewrite. What a member list cannot say — a check
/// across members, a value that depends on the file's place — is a `check_read` overload,
/// called once a mapping's members are read, a `check_item` overload, called once each item of
/// a list is read, or a `check_key` overload, called for each key of a map before its value.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "core/members.hpp"
#include "core/money.hpp"
#include "core/time.hpp"
#include "core/unit.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

/// Checks and fixes after a mapping's members are read; the generic one does nothing. The
/// overloads for particular types are declared below and defined with their store.
template <class T>
void check_read(const YamlReader&, T&) {}

struct Key;
struct KeyLoan;
struct IdCheck;
struct BillItem;
struct Payment;
struct DunEntry;
void check_read(const YamlReader& r, Key& k);
void check_read(const YamlReader& r, KeyLoan& l);
void check_read(const YamlReader& r, IdCheck& c);
void check_read(const YamlReader& r, BillItem& i);
void check_read(const YamlReader& r, Payment& p);
void check_read(const YamlReader& r, DunEntry& e);
struct Survey;
void check_read(const YamlReader& r, Survey& s);

/// Checks across the items of a list, called once each is read (it is the list's last); the
/// generic one does nothing.
template <class T>
void check_item(const YamlReader&, std::vector<T>&) {}

// kefu.yaml and calendar.yaml (store/site_files.cpp).
struct Config;
struct Site;
struct StaffMember;
struct RepairSla;
struct FeeItemConfig;
struct DunLevel;
struct HolidayRange;
void check_read(const YamlReader& r, Config& c);
void check_read(const YamlReader& r, Site& s);
void check_read(const YamlReader& r, StaffMember& m);
void check_read(const YamlReader& r, RepairSla& sla);
void check_read(const YamlReader& r, FeeItemConfig& i);
void check_read(const YamlReader& r, DunLevel& l);
void check_read(const YamlReader& r, HolidayRange& h);
void check_item(const YamlReader& r, std::vector<StaffMember>& staff);
void check_item(const YamlReader& r, std::vector<FeeItemConfig>& items);
void check_item(const YamlReader& r, std::vector<DunLevel>& levels);

/// Checks a key of a mapping read as a map, before its value is read; the generic one does
/// nothing.
template <class M>
void check_key(const YamlReader&, const YamlNode&, M&) {}
struct CalendarYear;
void check_key(const YamlReader& r, const YamlNode& key,
               std::map<std::string, CalendarYear>& years);

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_string_map : std::false_type {};
template <class V>
struct is_string_map<std::map<std::string, V>> : std::true_type {};

/// A member list's own types: what is neither a value nor a container.
template <class T>
inline constexpr bool is_record =
    std::is_class_v<T> && !std::is_same_v<T, std::string> && !std::is_same_v<T, DateTime> &&
    !std::is_same_v<T, Date> && !std::is_same_v<T, YearMonth> && !is_optional<T>::value &&
    !is_vector<T>::value && !is_string_map<T>::value && !field::is_nested<T>;

}  // namespace detail

template <class T>
void read_members(const YamlReader& r, T& x);

/// Reads each member from its key of the mapping `r` is on.
class YamlIn {
 public:
  explicit YamlIn(const YamlReader& r) : r_(r) {}

  template <class T, class... H>
  void operator()(const char* key, T& x, const H&... hints) {
    if constexpr (field::has<field::NotInFile, H...>) {
      return;
    } else {
      if constexpr (field::has<field::Formerly, H...>) {
        const char* old = field::find<field::Formerly>(hints...)->key;
        auto n = r_.node(old);
        if (n.IsDefined() && !n.IsNull()) read(old, n, x, hints...);
      }
      auto n = r_.node(key);
      if (!n.IsDefined() || n.IsNull()) {
        if constexpr (field::has<field::Required, H...>) r_.fail_missing(key);
        if constexpr (std::is_same_v<T, std::string>)
          if (auto* f = field::find<field::Fallback>(hints...)) x = f->text;
        return;
      }
      read(key, n, x, hints...);
    }
  }

  /// Reads `n`, the value of `key`, into x.
  template <class T, class... H>
  void read(const char* key, const YamlNode& n, T& x, const H&... hints) {
    using namespace field;
    if constexpr (has<Spelled<T>, H...>) {
      const std::string s = n.IsScalar() ? n.Scalar() : "";
      if (const char* why = find<Spelled<T>>(hints...)->read(s, x)) {
        const auto* prefix = find<Prefix>(hints...);
        r_.fail(n, std::string(prefix ? prefix->text : "") + key + why);
      }
    } else if constexpr (is_nested<T>) {
      auto sub = r_.sub(n);
      YamlIn in(sub);
      x.each(in);
    } else if constexpr (std::is_same_v<T, std::string>) {
      x = r_.scalar(n, key);
    } else if constexpr (std::is_same_v<T, bool>) {
      x = r_.scalar(n, key) == "true";
    } else if constexpr (std::is_enum_v<T>) {
      auto v = parse_enum<T>(r_.scalar(n, key));
      if (!v)
        r_.fail(n,
                std::string(key) + " 的值「" + n.Scalar() + "」无效，可选：" + enum_choices<T>());
      x = *v;
    } else if constexpr (std::is_same_v<T, DateTime>) {
      auto t = parse_datetime(r_.scalar(n, key));
      if (!t)
        r_.fail(n,
                std::string(key) + " 不是有效的时间「" + n.Scalar() + "」，应如 2026-11-26T09:30");
      x = *t;
    } else if constexpr (std::is_same_v<T, Date>) {
      auto d = parse_date(r_.scalar(n, key));
      if (!d)
        r_.fail(n, std::string(key) + " 不是有效的日期「" + n.Scalar() + "」，应如 2026-11-26");
      x = *d;
    } else if constexpr (std::is_same_v<T, YearMonth>) {
      auto s = r_.scalar(n, key);
      auto m = parse_month(s);
      if (!m) r_.fail(n, std::string(key) + " 应为月份，如 2026-11，而不是「" + s + "」");
      x = *m;
    } else if constexpr (std::is_same_v<T, int64_t> && has<Fen, H...>) {
      const std::string s = n.IsScalar() ? n.Scalar() : "";
      bool digits =
          !s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() <= 15;
      if (!digits) r_.fail(n, std::string(key) + " 应为以分计的非负整数，如 12050（即 120.50 元）");
      x = std::stoll(s);
    } else if constexpr (std::is_same_v<T, int64_t>) {
      static_assert(has<Money, H...> || has<Centi, H...> || has<Rate, H...>,
                    "an int64_t member says how its file spells it");
      auto s = r_.scalar(n, key);
      std::optional<int64_t> v;
      const char* why = nullptr;
      if constexpr (has<Money, H...>) {
        // A refund is money out: "-1649.50" (a deposit returned).
        bool negative = s.starts_with("-") && s.size() > 1 && s[1] != '-';
        v = parse_money(negative ? s.substr(1) : s);
        if (v && negative) v = -*v;
        if (!v) why = " 应为金额（元，最多两位小数），而不是「";
      } else if constexpr (has<Centi, H...>) {
        v = parse_area(s);
        if (!v) why = " 应为最多两位小数的数量";
      } else {
        v = parse_rate(s);
        if (!v) why = " 应为最多四位小数的单价（元）";
      }
      if (!v) {
        if (auto* says = find<Says>(hints...))
          r_.fail(n, says->after ? says->before + s + says->after : std::string(says->before));
        if constexpr (has<Money, H...>)
          r_.fail(n, std::string(key) + why + s + "」");
        else
          r_.fail(n, std::string(key) + why);
      }
      x = *v;
    } else if constexpr (std::is_integral_v<T>) {
      const std::string s = r_.scalar(n, key);
      try {
        size_t used = 0;
        int v = std::stoi(s, &used);
        if (used == s.size()) {
          x = v;
          return;
        }
      } catch (const std::exception&) {
      }
      r_.fail(n, std::string(key) + " 应为整数，而不是「" + s + "」");
    } else if constexpr (detail::is_optional<T>::value) {
      typename T::value_type v{};
      read(key, n, v, hints...);
      x = std::move(v);
    } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
      x.clear();
      if (n.IsScalar()) {
        x.push_back(n.Scalar());
        return;
      }
      if (!n.IsSequence()) r_.fail(n, std::string(key) + " 应为列表");
      for (const auto& item : n) x.push_back(r_.scalar(item, key));
    } else if constexpr (std::is_same_v<T, std::vector<YearMonth>>) {
      x.clear();
      if (!n.IsSequence()) r_.fail(n, std::string(key) + " 应为月份列表");
      for (const auto& item : n) {
        auto m = parse_month(item.IsScalar() ? item.Scalar() : "");
        if (!m) r_.fail(item, std::string(key) + " 中应为月份，如 2026-11");
        x.push_back(*m);
      }
    } else if constexpr (std::is_same_v<T, std::vector<Date>>) {
      x.clear();
      if (!n.IsSequence()) r_.fail(n, std::string(key) + " 应为日期列表");
      for (const auto& item : n) {
        auto d = parse_date(item.IsScalar() ? item.Scalar() : "");
        if (!d) r_.fail(item, "不是有效的日期「" + item.Scalar() + "」");
        x.push_back(*d);
      }
    } else if constexpr (detail::is_vector<T>::value) {
      x.clear();
      if (!n.IsSequence()) {
        if (auto* says = find<Says>(hints...)) r_.fail(n, says->before);
        r_.fail(n, std::string(key) + " 应为列表");
      }
      x.reserve(n.size());
      for (const auto& item : n) {
        auto sub = r_.sub(item);
        read_members(sub, x.emplace_back());
        check_item(sub, x);
      }
    } else if constexpr (detail::is_string_map<T>::value) {
      // Each key's value; with KnownKeys, only the keys x has.
      auto sub = r_.sub(n);
      if constexpr (has<KnownKeys, H...>) {
        for (auto& [k, v] : x) {
          auto vn = sub.node(k.c_str());
          if (vn.IsDefined() && !vn.IsNull()) read(k.c_str(), vn, v, hints...);
        }
      } else {
        x.clear();
        for (const auto& kv : n) {
          check_key(r_, kv.first, x);
          const std::string& k = kv.first.Scalar();
          auto& v = x[k];
          if (!kv.second.IsNull()) read(k.c_str(), kv.second, v, hints...);
        }
      }
    } else {
      static_assert(detail::is_record<T>, "a member of a type the reader does not know");
      read_members(r_.sub(n), x);
    }
  }

 private:
  const YamlReader& r_;
};

template <class T>
void read_members(const YamlReader& r, T& x) {
  YamlIn in(r);
  members(in, x);
  check_read(r, x);
}

template <class T>
T read_record(const YamlReader& r) {
  T x{};
  read_members(r, x);
  return x;
}

/// Writes each member under its key, in list order.
class JsonOut {
 public:
  explicit JsonOut(Json& j) : j_(j) {}

  template <class T, class... H>
  void operator()(const char* key, const T& x, const H&... hints) {
    if constexpr (field::has<field::NotInFile, H...>) {
      return;
    } else {
      if constexpr (field::has<field::OmitEmpty, H...>) {
        if constexpr (std::is_same_v<T, bool>) {
          if (!x) return;
        } else if constexpr (detail::is_optional<T>::value) {
          if (!x) return;
        } else {
          if (x.empty()) return;
        }
      }
      j_[key] = value(x, hints...);
    }
  }

  template <class T, class... H>
  static Json value(const T& x, const H&... hints) {
    using namespace field;
    if constexpr (std::is_same_v<T, bool>) {
      return Json(x);  // JSON's own true and false, however strictly the file is read
    } else if constexpr (has<Spelled<T>, H...>) {
      return Json(find<Spelled<T>>(hints...)->write(x));
    } else if constexpr (is_nested<T>) {
      Json j = Json::object();
      JsonOut out(j);
      x.each(out);
      return j;
    } else if constexpr (std::is_same_v<T, std::string>) {
      return Json(x);
    } else if constexpr (std::is_enum_v<T>) {
      return Json(to_key(x));
    } else if constexpr (std::is_same_v<T, DateTime>) {
      return Json(format_datetime(x));
    } else if constexpr (std::is_same_v<T, Date>) {
      return Json(format_date(x));
    } else if constexpr (std::is_same_v<T, YearMonth>) {
      return Json(x.str());
    } else if constexpr (std::is_same_v<T, int64_t> && has<Money, H...>) {
      return Json(format_money(x));
    } else if constexpr (std::is_same_v<T, int64_t> && has<Centi, H...>) {
      return Json(format_area(x));
    } else if constexpr (std::is_same_v<T, int64_t> && has<Rate, H...>) {
      return Json(format_rate(x));
    } else if constexpr (std::is_integral_v<T>) {
      return Json(x);
    } else if constexpr (detail::is_optional<T>::value) {
      return x ? value(*x, hints...) : Json(nullptr);
    } else if constexpr (detail::is_vector<T>::value) {
      Json a = Json::array();
      for (const auto& v : x) a.push_back(value(v, hints...));
      return a;
    } else if constexpr (detail::is_string_map<T>::value) {
      Json j = Json::object();
      for (const auto& [k, v] : x) j[k] = value(v, hints...);
      return j;
    } else {
      static_assert(detail::is_record<T>, "a member of a type the writer does not know");
      Json j = Json::object();
      JsonOut out(j);
      members(out, const_cast<T&>(x));
      return j;
    }
  }

 private:
  Json& j_;
};

/// The JSON of a record: the file's content, and what `--format json` prints.
template <class T>
Json members_json(const T& x) {
  return JsonOut::value(x);
}

namespace detail {
struct KeyLister {
  std::vector<std::string> keys;
  template <class T, class... H>
  void operator()(const char* key, T&, const H&...) {
    if constexpr (!field::has<field::NotInFile, H...>) keys.emplace_back(key);
  }
};
}  // namespace detail

/// The keys of T's file, in order.
template <class T>
const std::vector<std::string>& file_keys() {
  static const std::vector<std::string> keys = [] {
    detail::KeyLister l;
    T x{};
    members(l, x);
    return l.keys;
  }();
  return keys;
}

/// Whether `key` is one of T's file keys.
template <class T>
bool is_file_key(std::string_view key) {
  for (const auto& k : file_keys<T>())
    if (k == key) return true;
  return false;
}

}  // namespace kefu
