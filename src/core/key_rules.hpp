/// The key-loan rules of a site (kefu.yaml `keys:`), kept apart so config.hpp stays small.
#pragma once

#include <cstdint>

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
/// kefu.yaml's `keys:` (read by parse_config: cutoff as "18:00", the deposit as yuan).
template <class V>
void members(V& v, KeyRules& x) {
  v("cutoff_minutes", x.cutoff_minutes), v("id_check_required", x.id_check_required);
  v("cash_deposit_required", x.cash_deposit_required);
  v("cash_deposit_fen", x.cash_deposit_fen);
}

}  // namespace kefu
