/// The fee ledger as an hledger / ledger-cli journal.
#include "core/journal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "core/money.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

struct Txn {
  DateTime at{};
  int order = 0;  // at one time: bills, then the credit they use, then payments
  size_t seq = 0;
  std::string code;
  std::string head;
  std::vector<std::pair<std::string, int64_t>> postings;
};

/// Text as an account name or description can hold it: no control character, no ':' (which
/// would make a sub-account), no ';' (a comment), no run of two spaces (which ends a name).
std::string clean(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    auto cp = decode_utf8(text, i);
    if (!cp) {
      ++i;
      out += '?';
    } else if (is_terminal_control(*cp) || *cp == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (*cp == ':') {
      out += "：";
    } else if (*cp == ';') {
      out += "；";
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string receivable(const std::string& unit, YearMonth period) {
  return "应收账款:业主:" + unit + ":" + period.str();
}
std::string advance(const std::string& unit) {
  return "负债:预收账款:" + unit;
}
std::string deposit_account(const std::string& unit) {
  return "负债:装修押金:" + unit;
}
std::string cash_account(PayMethod m) {
  return "资产:" + std::string(to_zh(m));
}

void write_txn(std::string& out, Date day, const std::string& code, const std::string& head,
               const std::vector<std::pair<std::string, int64_t>>& postings) {
  out += format_date(day) + " *";
  if (!code.empty()) out += " (" + code + ")";
  out += " " + head + "\n";
  int width = 0;
  for (const auto& [account, _] : postings) width = std::max(width, display_width(account));
  for (const auto& [account, fen] : postings)
    out += fmt::format("    {}  {:>16}\n", pad_right(account, width), journal_amount(fen));
  out += "\n";
}

}  // namespace

std::string journal_amount(int64_t fen) {
  return format_money(fen) + " CNY";
}

std::string fee_journal(const std::vector<Bill>& bills, const std::vector<Payment>& payments,
                        std::optional<Date> from, std::optional<Date> to) {
  std::optional<DateTime> as_of;
  if (to) as_of = DateTime(*to + std::chrono::days(1)) - std::chrono::seconds(1);
  std::map<std::string, std::vector<Bill>> unit_bills;
  std::map<std::string, std::vector<Payment>> unit_payments;
  for (const auto& b : bills) unit_bills[b.unit].push_back(b);
  for (const auto& p : payments) unit_payments[p.unit].push_back(p);
  std::set<std::string> units;
  for (const auto& [u, _] : unit_bills) units.insert(u);
  for (const auto& [u, _] : unit_payments) units.insert(u);

  std::vector<Txn> txns;
  size_t seq = 0;
  for (const auto& unit : units) {
    const auto& ub = unit_bills[unit];
    const auto& up = unit_payments[unit];
    auto ledger = compute_ledger(unit, ub, up, as_of);
    for (const auto& b : ub) {
      // The items billed at one time are one transaction.
      std::map<DateTime, std::vector<const BillItem*>> at;
      for (const auto& i : b.items)
        if (!as_of || i.at <= *as_of) at[i.at].push_back(&i);
      for (const auto& [when, items] : at) {
        Txn t{when, 0, seq++, "", clean("账单 " + unit + " " + b.period.str()), {}};
        int64_t total = 0;
        std::vector<std::pair<std::string, int64_t>> income;
        for (const auto* i : items) {
          total += i->amount;
          auto account = "收入:" + clean(i->name.empty() ? i->item : i->name);
          auto it = std::find_if(income.begin(), income.end(),
                                 [&](const auto& x) { return x.first == account; });
          if (it == income.end())
            income.emplace_back(account, -i->amount);
          else
            it->second -= i->amount;
        }
        t.postings.emplace_back(receivable(unit, b.period), total);
        t.postings.insert(t.postings.end(), income.begin(), income.end());
        txns.push_back(std::move(t));
      }
    }
    // Credit a bill used, one transaction per period and payment (the ledger settles item by
    // item as they are billed at one time).
    std::map<std::tuple<DateTime, YearMonth, std::string>, int64_t> used;
    for (const auto& a : ledger.allocations)
      if (a.from_credit) used[{a.at, a.period, a.payment}] += a.amount;
    for (const auto& [key, fen] : used) {
      const auto& [when, period, pay] = key;
      txns.push_back({when,
                      1,
                      seq++,
                      "",
                      clean("预收冲抵 " + unit + " " + period.str() + "（" + pay + "）"),
                      {{receivable(unit, period), -fen}, {advance(unit), fen}}});
    }
    for (const auto& p : up) {
      if (as_of && p.at > *as_of) continue;
      Txn t{p.at, 2, seq++, clean(p.id), "", {}};
      std::string receipt = p.receipt.empty() ? "" : " 收据 " + p.receipt;
      if (deposit_movement(p)) {
        t.head = clean((p.amount >= 0 ? "收装修押金 " : "退装修押金 ") + unit + " " + p.deposit +
                       receipt);
        t.postings = {{cash_account(p.method), p.amount}, {deposit_account(unit), -p.amount}};
        txns.push_back(std::move(t));
        continue;
      }
      bool from_deposit = p.method == PayMethod::deposit;
      t.head = clean((from_deposit    ? "押金抵扣 "
                      : p.amount >= 0 ? "缴费 "
                                      : "退款 ") +
                     unit + receipt);
      t.postings.emplace_back(from_deposit ? deposit_account(unit) : cash_account(p.method),
                              p.amount);
      int64_t left = p.amount;
      for (const auto& a : ledger.allocations)
        if (a.payment == p.id && !a.from_credit) {
          t.postings.emplace_back(receivable(unit, a.period), -a.amount);
          left -= a.amount;
        }
      if (left != 0) t.postings.emplace_back(advance(unit), -left);
      txns.push_back(std::move(t));
    }
  }
  std::sort(txns.begin(), txns.end(), [](const Txn& a, const Txn& b) {
    if (a.at != b.at) return a.at < b.at;
    if (a.order != b.order) return a.order < b.order;
    return a.seq < b.seq;
  });

  std::string out = "; kefu 费用日记账";
  out += from ? " " + format_date(*from) : " 自首笔记录";
  out += to ? " 至 " + format_date(*to) : " 至最后一笔";
  out += "（金额单位：元，CNY）\n; hledger -f 本文件 balance；ledger -f 本文件 balance\n\n";
  std::map<std::string, int64_t> opening;
  size_t first = 0;
  if (from) {
    for (; first < txns.size() && date_of(txns[first].at) < *from; ++first)
      for (const auto& [account, fen] : txns[first].postings) opening[account] += fen;
    std::vector<std::pair<std::string, int64_t>> carried;
    for (const auto& [account, fen] : opening)
      if (fen != 0) carried.emplace_back(account, fen);
    if (!carried.empty()) write_txn(out, *from, "", "期初余额", carried);
  }
  for (size_t i = first; i < txns.size(); ++i)
    write_txn(out, date_of(txns[i].at), txns[i].code, txns[i].head, txns[i].postings);
  return out;
}

}  // namespace kefu
