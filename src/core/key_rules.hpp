/// The key-loan rules of a site (kefu.yaml `keys:`), kept apart so config.hpp stays small.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/members.hpp"

namespace kefu {

/// §3.4.3: keys are back the same day by the cut-off, never overnight (工程维修 excepted).
/// A borrower who is not on the staff roster shows an identity document, checked and noted by
/// type and last four characters but never held (id_check_required), and, where the site sets
/// it, leaves a cash deposit (cash_deposit_required).
struct KeyRules {
  int cutoff_minutes = 18 * 60;        // 18:00: a loan is on time when returned at or before it
  bool id_check_required = true;       // kefu.yaml keys.id_check_required (was deposit_required)
  bool cash_deposit_required = false;  // kefu.yaml keys.cash_deposit_required
  int64_t cash_deposit_fen = 10000;    // the cash deposit, ¥100.00: the least taken
  bool operator==(const KeyRules&) const = default;
};
/// The cut-off as kefu.yaml writes it, "18:00".
const char* read_cutoff(std::string_view text, int& minutes);
std::string format_cutoff(const int& minutes);
inline constexpr field::Spelled<int> cutoff_text{&read_cutoff, &format_cutoff};

/// kefu.yaml's `keys:`: the deposit in yuan; id_check_required was deposit_required when an ID
/// document was held.
template <class V>
void members(V& v, KeyRules& x) {
  using namespace field;
  constexpr Prefix keys{"keys."};
  v("cutoff", x.cutoff_minutes, cutoff_text, keys);
  v("id_check_required", x.id_check_required, true_or_false, keys, Formerly{"deposit_required"});
  v("cash_deposit_required", x.cash_deposit_required, true_or_false, keys);
  v("cash_deposit", x.cash_deposit_fen, money, Says{"keys.cash_deposit 应为金额，如 100.00"});
}

}  // namespace kefu
