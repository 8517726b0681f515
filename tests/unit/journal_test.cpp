/// The fee journal (hledger / ledger-cli): accrual, settlement, credit, refund, deposit.
#include <doctest/doctest.h>

#include "core/journal.hpp"

using namespace kefu;

namespace {

DateTime at(const char* text) {
  return *parse_datetime(text);
}

BillItem item(const char* key, const char* name, int64_t fen, const char* when) {
  BillItem i;
  i.item = key;
  i.name = name;
  i.amount = fen;
  i.at = at(when);
  i.by = "zhoukj";
  return i;
}

Payment payment(const char* id, int64_t fen, PayMethod m, const char* when,
                const char* deposit = "") {
  Payment p;
  p.id = id;
  p.unit = "1-1-101";
  p.amount = fen;
  p.method = m;
  p.at = at(when);
  p.receipt = "0001";
  p.deposit = deposit;
  return p;
}

struct Records {
  std::vector<Bill> bills;
  std::vector<Payment> payments;
};

Records records() {
  Records r;
  r.bills = {
      {"1-1-101",
       *parse_month("2026-09"),
       {item("management", "物业管理费", 20000, "2026-09-01T08:00"),
        item("water", "水费", 3000, "2026-09-01T08:40")}},
      {"1-1-101",
       *parse_month("2026-10"),
       {item("management", "物业管理费", 20000, "2026-10-01T08:00")}},
      {"1-1-101",
       *parse_month("2026-11"),
       {item("management", "物业管理费", 20000, "2026-11-01T08:00"),
        item("discount", "减免:空置", -5000, "2026-11-01T08:00")}},
  };
  r.payments = {
      // 230.00 for September, 200.00 for October, 20.00 left over.
      payment("JF-2026-10-0001", 45000, PayMethod::wechat, "2026-10-05T10:00"),
      // A refund of 5.00 of what is held in advance.
      payment("JF-2026-11-0001", -500, PayMethod::cash, "2026-11-03T09:00"),
      // A renovation deposit: never income, never against a bill.
      payment("JF-2026-11-0002", 200000, PayMethod::cash, "2026-11-04T09:00", "ZX-2026-10-0001"),
  };
  return r;
}

}  // namespace

TEST_CASE("the fee journal: bills accrued, payments by period, credit used, refund, deposit") {
  auto r = records();
  // September's two items billed at different times are two transactions; the payment
  // settles September and October and holds 20.00 in advance, which November's bill (200.00
  // less a 50.00 credit item, whose ':' cannot make a sub-account) uses at once; the refund
  // comes out of the advance; the deposit is a liability, never income.
  CHECK(fee_journal(r.bills, r.payments, std::nullopt, *parse_date("2026-11-30")) ==
        R"(; kefu 费用日记账 自首笔记录 至 2026-11-30（金额单位：元，CNY）
; hledger -f 本文件 balance；ledger -f 本文件 balance

2026-09-01 * 账单 1-1-101 2026-09
    应收账款:业主:1-1-101:2026-09        200.00 CNY
    收入:物业管理费                     -200.00 CNY

2026-09-01 * 账单 1-1-101 2026-09
    应收账款:业主:1-1-101:2026-09         30.00 CNY
    收入:水费                            -30.00 CNY

2026-10-01 * 账单 1-1-101 2026-10
    应收账款:业主:1-1-101:2026-10        200.00 CNY
    收入:物业管理费                     -200.00 CNY

2026-10-05 * (JF-2026-10-0001) 缴费 1-1-101 收据 0001
    资产:微信                            450.00 CNY
    应收账款:业主:1-1-101:2026-09       -230.00 CNY
    应收账款:业主:1-1-101:2026-10       -200.00 CNY
    负债:预收账款:1-1-101                -20.00 CNY

2026-11-01 * 账单 1-1-101 2026-11
    应收账款:业主:1-1-101:2026-11        150.00 CNY
    收入:物业管理费                     -200.00 CNY
    收入:减免：空置                       50.00 CNY

2026-11-01 * 预收冲抵 1-1-101 2026-11（JF-2026-10-0001）
    应收账款:业主:1-1-101:2026-11        -20.00 CNY
    负债:预收账款:1-1-101                 20.00 CNY

2026-11-03 * (JF-2026-11-0001) 退款 1-1-101 收据 0001
    资产:现金                     -5.00 CNY
    负债:预收账款:1-1-101          5.00 CNY

2026-11-04 * (JF-2026-11-0002) 收装修押金 1-1-101 ZX-2026-10-0001 收据 0001
    资产:现金                   2000.00 CNY
    负债:装修押金:1-1-101      -2000.00 CNY

)");
  CHECK(journal_amount(123450) == "1234.50 CNY");
  CHECK(journal_amount(-5) == "-0.05 CNY");
}

TEST_CASE("the fee journal of a period opens with the balances carried into it") {
  auto r = records();
  // Every account with a balance on 31 October, balanced by itself; nothing after the 3rd.
  CHECK(fee_journal(r.bills, r.payments, *parse_date("2026-11-01"), *parse_date("2026-11-03")) ==
        R"(; kefu 费用日记账 2026-11-01 至 2026-11-03（金额单位：元，CNY）
; hledger -f 本文件 balance；ledger -f 本文件 balance

2026-11-01 * 期初余额
    收入:水费                    -30.00 CNY
    收入:物业管理费             -400.00 CNY
    负债:预收账款:1-1-101        -20.00 CNY
    资产:微信                    450.00 CNY

2026-11-01 * 账单 1-1-101 2026-11
    应收账款:业主:1-1-101:2026-11        150.00 CNY
    收入:物业管理费                     -200.00 CNY
    收入:减免：空置                       50.00 CNY

2026-11-01 * 预收冲抵 1-1-101 2026-11（JF-2026-10-0001）
    应收账款:业主:1-1-101:2026-11        -20.00 CNY
    负债:预收账款:1-1-101                 20.00 CNY

2026-11-03 * (JF-2026-11-0001) 退款 1-1-101 收据 0001
    资产:现金                     -5.00 CNY
    负债:预收账款:1-1-101          5.00 CNY

)");
}
