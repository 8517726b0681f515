/// The key-loan rules of a site (kefu.yaml `keys:`), kept apart so config.hpp stays small.
#pragma once

#include <cstdint>

namespace kefu {

/// §3.4.3: keys are back the same day by the cut-off, never overnight (工程维修 excepted).
struct KeyRules {
  int cutoff_minutes = 18 * 60;      // 18:00: a loan is on time when returned at or before it
  bool deposit_required = true;      // a borrower who is not on the staff roster leaves a deposit
  int64_t cash_deposit_fen = 10000;  // the least cash deposit, ¥100.00
};

}  // namespace kefu
