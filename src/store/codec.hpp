/// A compact binary form of parsed records, for the derived index (.kefu/index.sqlite).
///
/// Parsing YAML costs hundreds of microseconds a record; decoding this form costs about one.
/// One `fields(archive, record)` function per type lists every member once, and serves both
/// directions, so encoding and decoding cannot drift apart. The form is private to the index:
/// a change of any record type bumps kCodecVersion, and everything derived is made anew.
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
/// a fields() list below changes, and with any change to the index's tables, to what a digest
/// produces or to what a kept result holds or how it is computed.
inline constexpr int kCodecVersion = 3;

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
    } else {
      fields(*this, const_cast<T&>(v));
    }
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
    } else {
      fields(*this, v);
    }
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

// ---- every member of every indexed type, once -----------------------------------------------

template <class A>
void fields(A& a, FieldChange& c) {
  a(c.field), a(c.from), a(c.to);
}
template <class A>
void fields(A& a, HistoryEntry& h) {
  a(h.at), a(h.by), a(h.action), a(h.note), a(h.changes);
}
template <class A>
void fields(A& a, Person& p) {
  a(p.name), a(p.phone);
}
template <class A>
void fields(A& a, CallbackRecord& c) {
  a(c.at), a(c.by), a(c.result), a(c.signed_by), a(c.note);
}
template <class A>
void fields(A& a, Complaint& c) {
  a(c.id), a(c.status), a(c.received_at), a(c.channel), a(c.unit), a(c.place);
  a(c.complainant), a(c.involved), a(c.category), a(c.severity), a(c.description);
  a(c.owner), a(c.assigned_to), a(c.acknowledged_at), a(c.resolved_at), a(c.resolution);
  a(c.callbacks), a(c.history);
}
template <class A>
void fields(A& a, ReworkEntry& r) {
  a(r.at), a(r.by), a(r.reason), a(r.source), a(r.completed_at);
}
template <class A>
void fields(A& a, Repair& r) {
  a(r.id), a(r.status), a(r.received_at), a(r.channel), a(r.urgency), a(r.unit), a(r.place);
  a(r.requester), a(r.fault), a(r.owner), a(r.team), a(r.technician), a(r.dispatched_at);
  a(r.arrived_at), a(r.completed_at), a(r.materials), a(r.charge_fen), a(r.signed_by);
  a(r.result), a(r.reworks), a(r.callbacks), a(r.history);
}
template <class A>
void fields(A& a, Contact& c) {
  a(c.id), a(c.received_at), a(c.type), a(c.channel), a(c.category), a(c.unit), a(c.person);
  a(c.content), a(c.reply), a(c.owner), a(c.history);
}
template <class A>
void fields(A& a, Deposit& d) {
  a(d.cash_fen);
}
template <class A>
void fields(A& a, IdCheck& c) {
  a(c.type), a(c.last4), a(c.held);
}
template <class A>
void fields(A& a, EmergencyNotice& n) {
  a(n.party), a(n.name), a(n.phone), a(n.note);
}
template <class A>
void fields(A& a, KeyLoan& l) {
  a(l.id), a(l.key), a(l.key_name), a(l.key_kind), a(l.unit), a(l.borrower);
  a(l.borrower_is_staff), a(l.purpose), a(l.category), a(l.lent_at), a(l.lent_by), a(l.due_at);
  a(l.consent_by), a(l.approved_by), a(l.id_checked), a(l.deposit), a(l.emergency), a(l.notice);
  a(l.returned_at), a(l.returned_by), a(l.received_by), a(l.condition), a(l.late);
  a(l.deposit_refunded), a(l.return_note), a(l.history);
}
template <class A>
void fields(A& a, Key& k) {
  a(k.code), a(k.name), a(k.kind), a(k.unit), a(k.copies), a(k.location), a(k.state), a(k.loan);
  a(k.note), a(k.history);
}
template <class A>
void fields(A& a, BillItem& i) {
  a(i.item), a(i.name), a(i.quantity), a(i.rate), a(i.amount), a(i.at), a(i.by), a(i.note);
}
template <class A>
void fields(A& a, Bill& b) {
  a(b.unit), a(b.period), a(b.items);
}
template <class A>
void fields(A& a, Payment& p) {
  a(p.id), a(p.unit), a(p.at), a(p.amount), a(p.method), a(p.receipt), a(p.period), a(p.by);
  a(p.note);
}

template <class A>
void fields(A& a, Allocation& x) {
  a(x.payment), a(x.period), a(x.amount), a(x.at), a(x.from_credit);
}
template <class A>
void fields(A& a, PeriodBalance& x) {
  a(x.period), a(x.billed), a(x.paid);
}
template <class A>
void fields(A& a, Ledger& x) {
  a(x.unit), a(x.periods), a(x.allocations), a(x.billed), a(x.paid), a(x.credit);
}
template <class A>
void fields(A& a, DunEntry& e) {
  a(e.at), a(e.level), a(e.method), a(e.periods), a(e.amount), a(e.notice), a(e.by);
  a(e.result), a(e.promised), a(e.result_at), a(e.result_by);
}
template <class A>
void fields(A& a, DunLog& l) {
  a(l.unit), a(l.entries), a(l.extra);
}

// ---- the site files (kept parsed in .kefu/parsed/) ------------------------------------------

template <class A>
void fields(A& a, Unit& u) {
  a(u.id), a(u.building), a(u.owner), a(u.phone), a(u.area_centi_m2), a(u.parking_spaces);
  a(u.emergency_contact);
}
template <class A>
void fields(A& a, Site& s) {
  a(s.name), a(s.address), a(s.phone), a(s.office);
}
template <class A>
void fields(A& a, StaffMember& m) {
  a(m.id), a(m.name), a(m.role), a(m.phone);
}
template <class A>
void fields(A& a, ComplaintSla& c) {
  a(c.response_hours), a(c.resolve_working_days_major), a(c.resolve_working_days_general);
  a(c.callback_days_major), a(c.callback_days_general);
}
template <class A>
void fields(A& a, SlaSpan& s) {
  a(s.unit), a(s.amount);
}
template <class A>
void fields(A& a, RepairSla& r) {
  a(r.arrive_urgent), a(r.fix_urgent), a(r.arrive_normal), a(r.fix_normal), a(r.callback_days);
}
template <class A>
void fields(A& a, KpiTarget& t) {
  a(t.basis_points), a(t.at_most);
}
template <class A>
void fields(A& a, FeeItemConfig& i) {
  a(i.key), a(i.name), a(i.basis), a(i.rate), a(i.measure);
}
template <class A>
void fields(A& a, DunLevel& l) {
  a(l.level), a(l.name), a(l.method), a(l.after_months);
}
template <class A>
void fields(A& a, FeeConfig& f) {
  a(f.items), a(f.dun_levels), a(f.late_fee_daily_ppm), a(f.pay_within_days), a(f.owner);
  a(f.limitation_warn_days);
}
template <class A>
void fields(A& a, KeyRules& k) {
  a(k.cutoff_minutes), a(k.id_check_required), a(k.cash_deposit_required), a(k.cash_deposit_fen);
}
template <class A>
void fields(A& a, Config& c) {
  a(c.site), a(c.staff), a(c.departments), a(c.complaint_categories), a(c.complaint_sla);
  a(c.repair_sla), a(c.contact_categories), a(c.targets), a(c.fees), a(c.keys);
}
template <class A>
void fields(A& a, WorkingCalendar& c) {
  c.fields(a);
}

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
