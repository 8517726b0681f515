Fees and dunning on the test estate: four periods billed, metered water imported, partial
payments and a credit, the arrears and aging on 2026-12-25, dun runs that move units up
levels, a second run that changes nothing, the limitation warning and the rendered forms.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

Billing a period: management 2.50/m², maintenance fund 0.25/m² (89.50 × 0.25 = 22.375 →
22.38, half up), parking 150.00 per space. Running it again adds nothing.

  $ kefu --by lili --now 2026-09-03T09:00 fee bill --period 2026-09
  已开具 2026-09 账单：5 户，11 项，合计 1601.87 元
  $ sum=$(md5sum d/fees/bills/2026/09/*.yaml)
  $ kefu --by lili --now 2026-09-04T09:00 fee bill --period 2026-09
  2026-09 的账单已全部开具，本次未新增任何项目
  $ [ "$sum" = "$(md5sum d/fees/bills/2026/09/*.yaml)" ] && echo unchanged
  unchanged
  $ for m in 10 11 12; do kefu --by lili --now 2026-$m-03T09:00 fee bill --period 2026-$m; done
  已开具 2026-10 账单：5 户，11 项，合计 1601.87 元
  已开具 2026-11 账单：5 户，11 项，合计 1601.87 元
  已开具 2026-12 账单：5 户，11 项，合计 1601.87 元
  $ sed -n 1,20p d/fees/bills/2026/09/1.yaml
  period: 2026-09
  building: "1"
  bills:
    - unit: 1-1-101
      items:
        - item: management
          name: 物业管理费
          quantity: "89.50"
          rate: "2.50"
          amount: "223.75"
          at: 2026-09-03T09:00
          by: lili
        - item: maintenance_fund
          name: 专项维修资金
          quantity: "89.50"
          rate: "0.25"
          amount: "22.38"
          at: 2026-09-03T09:00
          by: lili

Meter readings from a spreadsheet (UTF-8 with BOM): 12.50 t × 4.20 = 52.50; 100.50 kWh ×
0.6835 = 68.69175 → 68.69.

  $ printf '\xef\xbb\xbf户号,账期,项目,上期读数,本期读数\r\n1-1-101,2026-09,水费,100,112.5\r\n1-2-201,2026-09,电费,1000,1100.50\r\n' > readings.csv
  $ kefu --by lili --now 2026-10-05T09:00 fee import readings.csv
  已从 readings.csv 导入 2 行，合计 121.19 元

Importing it again, a file with bad rows, or a GBK file: every bad line is named and nothing
is written.

  $ sum=$(find d/fees -type f | sort | xargs md5sum)
  $ kefu --by lili --now 2026-10-05T09:10 fee import readings.csv
  kefu: readings.csv 第2行：1-1-101 2026-09 的水费已入账（52.50 元），未重复导入
  readings.csv 第3行：1-2-201 2026-09 的电费已入账（68.69 元），未重复导入
  未导入任何内容
  [2]
  $ printf 'unit,period,item,amount\n1-1-102,2026-10,水费,31.50\n9-9-901,2026-10,水费,1\n1-1-102,2026-13,水费,1\n1-1-102,2026-10,燃气费,1\n1-2-201,2026-10,水费,1.234\n' > bad.csv
  $ kefu --by lili --now 2026-10-05T09:10 fee import bad.csv
  kefu: bad.csv 第3行：户号「9-9-901」不在 units/ 的住户资料中
  bad.csv 第4行：账期「2026-13」无效，应如 2026-11
  bad.csv 第5行：收费项目「燃气费」不在 kefu.yaml 的 fees.items 中
  bad.csv 第6行：金额「1.234」无效，应如 1234.50
  未导入任何内容
  [2]
  $ printf '户号,账期,项目,金额\n1-1-102,2026-10,水费,31.50\n' | iconv -f utf-8 -t gbk > gbk.csv
  $ kefu --by lili --now 2026-10-05T09:10 fee import gbk.csv
  kefu: gbk.csv 是 GBK 编码，未导入任何内容；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入
  [2]
  $ [ "$sum" = "$(find d/fees -type f | sort | xargs md5sum)" ] && echo unchanged
  unchanged

Payments. 1-1-101 owes 246.13 + 52.50 = 298.63 for September: 300 settles it and 1.37 of
October. 1-1-102 pays 1,000.00 in November when three periods of 330.00 are billed: 10.00
is left as a credit, which the December bill uses on the 3rd.

  $ kefu --by lili --now 2026-10-20T10:00 fee pay 1-1-101 300 --method 微信 --receipt R001
  JF-2026-10-0001
  已收 1-1-101 缴费 300.00 元（微信），冲抵 2026-09 298.63，2026-10 1.37；尚欠 244.76 元
  $ kefu --by lili --now 2026-11-20T10:00 fee pay 1-1-102 '¥1,000.00' --method 现金
  JF-2026-11-0001
  已收 1-1-102 缴费 1000.00 元（现金），冲抵 2026-09 330.00，2026-10 330.00，2026-11 330.00；预存余额 10.00 元，将抵扣以后的账单
  $ kefu --by lili --now 2026-11-21T10:00 fee pay 1-2-201 200 --period 2026-10 --method 银行转账
  JF-2026-11-0002
  已收 1-2-201 缴费 200.00 元（银行转账），冲抵 2026-10 200.00；尚欠 1060.45 元
  $ kefu --by lili --now 2026-11-21T10:05 fee pay 1-1-102 1.234
  kefu: 金额「1.234」无效：应为大于零、最多两位小数的元数，如 1234.50 或 ¥1,234.50
  [2]
  $ kefu --by lili --now 2026-11-21T10:05 fee pay 1-1-102 -5
  kefu: 金额「-5」无效：应为大于零、最多两位小数的元数，如 1234.50 或 ¥1,234.50
  [2]
  $ kefu --by lili --now 2026-11-21T10:05 fee pay 1-1-102 5 --period 2026-09
  kefu: 1-1-102 的 2026-09 账单已缴清
  [2]
  $ cat d/fees/payments/2026/11/1.yaml
  month: 2026-11
  building: "1"
  payments:
    - id: JF-2026-11-0001
      unit: 1-1-102
      at: 2026-11-20T10:00
      amount: "1000.00"
      method: cash
      receipt: ""
      by: lili
    - id: JF-2026-11-0002
      unit: 1-2-201
      at: 2026-11-21T10:00
      amount: "200.00"
      method: bank_transfer
      receipt: ""
      period: 2026-10
      by: lili

  $ kefu --now 2026-12-25T09:00 fee statement 1-1-102

An old bill brought in ready-made for 2-1-302 (period 2024-01, due 2024-01-31): its 3-year
limitation ends 2027-01-31, 37 days after 2026-12-25, and no written demand names it.

  $ printf '户号,账期,项目,金额\n2-1-302,2024-01,物业管理费,191.00\n' > old.csv
  $ kefu --by lili --now 2026-12-01T09:00 fee import old.csv
  已从 old.csv 导入 1 行，合计 191.00 元

  $ kefu --now 2026-12-25T09:00 fee arrears
  $ kefu --now 2026-12-25T09:00 fee arrears --building 1 --min-age 3
  $ kefu --now 2026-12-25T09:00 fee arrears --public
  $ kefu --now 2026-12-25T09:00 fee arrears --format json --building 1

Units that reached a dun level appear in `kefu due` for the fee owner (王强).

  $ kefu --now 2026-12-25T08:00 due
  [1]

The dun run: a dry run writes nothing; the real run renders the notices, appends to each
unit's dun log and lists what it did.

  $ kefu --now 2026-12-25T09:00 fee dun --dry-run
  $ ls d/fees
  $ kefu --now 2026-12-25T09:00 fee dun
  $ cat d/fees/notices/2026-12-25/1-1-101.txt
  $ cat d/fees/dun/1-1-101.yaml

A second run the same day renders and records nothing: no output, files byte-identical; `due`
is quiet again.

  $ sum=$(find d/fees -type f | sort | xargs md5sum)
  $ kefu --now 2026-12-25T17:00 fee dun
  $ [ "$sum" = "$(find d/fees -type f | sort | xargs md5sum)" ] && echo unchanged
  unchanged
  $ kefu --now 2026-12-25T17:00 due

The written notice now counts as a written demand: the limitation warning is gone.

  $ kefu --now 2026-12-25T17:00 fee arrears --building 2

The phone call's outcome, and the forms.

  $ kefu --by lili --now 2026-12-26T10:00 fee dun --record 1-1-101 --result 业主答应月底前缴清 --promised 2026-12-31
  $ kefu --now 2026-12-26T10:00 render dun_log 1-1-101
  $ kefu --now 2026-12-26T10:00 render receipt_sheet 2026-12-25

A month later the debts are older: units move up a level.

  $ kefu --now 2027-01-05T09:00 fee dun
  $ kefu check
