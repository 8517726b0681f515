/// The fee ledger as an accountant's journal (hledger and ledger-cli read it): bills accrued
/// against income, payments against the periods they settle, overpayments held as advance
/// receipts until a bill uses them, renovation deposits apart from income.
///
/// Accounts (amounts in CNY, two decimals, "1234.50 CNY", which both tools read):
///   应收账款:业主:<unit>:<period>   what a period's bill still owes (debit at the bill, credit
///                                   as payments and earlier credit settle it)
///   收入:<fee item name>            the bill items (a negative item, a credit, reduces it)
///   资产:<payment method>           现金, 微信, 支付宝, 银行转账, 刷卡: what came in (a refund, a
///                                   negative payment, goes out of it)
///   负债:预收账款:<unit>            paid beyond every bill: used by the next bill, or refunded
///   负债:装修押金:<unit>            renovation deposits received, refunded or paid out as fees
/// So the balance of 应收账款:业主 is exactly what the units' ledgers (core/fee.hpp) leave
/// outstanding, period by period, and `kefu fee arrears` sums those a month old or more.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/fee.hpp"
#include "core/time.hpp"

namespace kefu {

/// The journal of the bills and payments of `from`–`to` (both days included; unset: from the
/// first record, or to the last). When `from` is set, a first transaction dated `from` carries
/// every account's balance at its start (期初余额; balanced by itself, as every transaction
/// before it was), so that a balance report of the journal gives the balances at the end of
/// `to`. Transactions in time order,
/// each dated by its day; the ledgers are replayed exactly as core/fee.hpp replays them.
std::string fee_journal(const std::vector<Bill>& bills, const std::vector<Payment>& payments,
                        std::optional<Date> from = std::nullopt,
                        std::optional<Date> to = std::nullopt);

/// "1234.50 CNY", "-12.30 CNY": an amount as the journal writes it.
std::string journal_amount(int64_t fen);

}  // namespace kefu
