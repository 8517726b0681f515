Fees and dunning on the test estate: four periods billed, metered water imported, partial
payments and a credit, the arrears and aging on 2026-12-25, dun runs that move units up
levels, a second run that changes nothing, the limitation warning and the rendered forms.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

Billing a period: management 2.50/m², maintenance fund 0.25/m² (89.50 × 0.25 = 22.375 →
22.38, half up), parking 150.00 per space. Running it again adds nothing.

  $ kefu --by lili --now 2026-09-03T09:00 fee bill --period 2026-09
  ! 已开具 2026-09 账单：5 户，11 项，合计 1601.87 元
  $ sum=$(md5sum d/fees/bills/2026/09/*.yaml)
  $ kefu --by lili --now 2026-09-04T09:00 fee bill --period 2026-09
  ! 2026-09 的账单已全部开具，本次未新增任何项目
  $ [ "$sum" = "$(md5sum d/fees/bills/2026/09/*.yaml)" ] && echo unchanged
  unchanged
  $ for m in 10 11 12; do kefu --by lili --now 2026-$m-03T09:00 fee bill --period 2026-$m; done
  ! 已开具 2026-10 账单：5 户，11 项，合计 1601.87 元
  ! 已开具 2026-11 账单：5 户，11 项，合计 1601.87 元
  ! 已开具 2026-12 账单：5 户，11 项，合计 1601.87 元
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
    - unit: 1-1-102

Meter readings from a spreadsheet (UTF-8 with BOM): 12.50 t × 4.20 = 52.50; 100.50 kWh ×
0.6835 = 68.69175 → 68.69.

  $ printf '\xef\xbb\xbf户号,账期,项目,上期读数,本期读数\r\n1-1-101,2026-09,水费,100,112.5\r\n1-2-201,2026-09,电费,1000,1100.50\r\n' > readings.csv
  $ kefu --by lili --now 2026-10-05T09:00 fee import readings.csv
  ! 已从 readings.csv 导入 2 行，合计 121.19 元

Importing it again, a file with bad rows, or a GBK file (converted, and said so) with a bad row:
every bad line is named and nothing is written.

  $ sum=$(find d/fees -type f | sort | xargs md5sum)
  $ kefu --by lili --now 2026-10-05T09:10 fee import readings.csv
  ! kefu: readings.csv 第2行：1-1-101 2026-09 的水费已入账（52.50 元），未重复导入
  ! readings.csv 第3行：1-2-201 2026-09 的电费已入账（68.69 元），未重复导入
  ! 未导入任何内容
  [2]
  $ printf 'unit,period,item,amount\n1-1-102,2026-10,水费,31.50\n9-9-901,2026-10,水费,1\n1-1-102,2026-13,水费,1\n1-1-102,2026-10,燃气费,1\n1-2-201,2026-10,水费,1.234\n' > bad.csv
  $ kefu --by lili --now 2026-10-05T09:10 fee import bad.csv
  ! kefu: bad.csv 第3行：户号「9-9-901」不在 units/ 的住户资料中
  ! bad.csv 第4行：账期「2026-13」无效，应如 2026-11
  ! bad.csv 第5行：收费项目「燃气费」不在 kefu.yaml 的 fees.items 中
  ! bad.csv 第6行：金额「1.234」无效，应如 1234.50
  ! 未导入任何内容
  [2]
  $ printf '户号,账期,项目,金额\n1-1-102,2026-10,水费,31.50\n1-1-102,2026-10,燃气费,1\n' | iconv -f utf-8 -t gbk > gbk.csv
  $ kefu --by lili --now 2026-10-05T09:10 fee import gbk.csv
  ! 读取 gbk.csv：GBK（GB18030）编码，已转换
  ! kefu: gbk.csv 第3行：收费项目「燃气费」不在 kefu.yaml 的 fees.items 中
  ! 未导入任何内容
  [2]
  $ [ "$sum" = "$(find d/fees -type f | sort | xargs md5sum)" ] && echo unchanged
  unchanged

Payments. 1-1-101 owes 246.13 + 52.50 = 298.63 for September: 300 settles it and 1.37 of
October. 1-1-102 pays 1,000.00 in November when three periods of 330.00 are billed: 10.00
is left as a credit, which the December bill uses on the 3rd.

  $ kefu --by lili --now 2026-10-20T10:00 fee pay 1-1-101 300 --method 微信 --receipt R001
  JF-2026-10-0001
  ! 已收 1-1-101 缴费 300.00 元（微信），冲抵 2026-09 298.63，2026-10 1.37；尚欠 244.76 元
  $ kefu --by lili --now 2026-11-20T10:00 fee pay 1-1-102 '¥1,000.00' --method 现金
  JF-2026-11-0001
  ! 已收 1-1-102 缴费 1000.00 元（现金），冲抵 2026-09 330.00，2026-10 330.00，2026-11 330.00；预存余额 10.00 元，将抵扣以后的账单
  $ kefu --by lili --now 2026-11-21T10:00 fee pay 1-2-201 200 --period 2026-10 --method 银行转账
  JF-2026-11-0002
  ! 已收 1-2-201 缴费 200.00 元（银行转账），冲抵 2026-10 200.00；尚欠 1129.26 元
  $ kefu --by lili --now 2026-11-21T10:05 fee pay 1-1-102 1.234
  ! kefu: 金额「1.234」无效：应为大于零、最多两位小数的元数，如 1234.50 或 ¥1,234.50
  [2]
  $ kefu --by lili --now 2026-11-21T10:05 fee pay 1-1-102 -5
  ! kefu: 金额「-5」无效：应为大于零、最多两位小数的元数，如 1234.50 或 ¥1,234.50
  [2]
  $ kefu --by lili --now 2026-11-21T10:05 fee pay 1-1-102 5 --period 2026-09
  ! kefu: 1-1-102 的 2026-09 账单已缴清
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
  seal: sha256:c51fc26e061dbbc3a0e41b4003e5eea7eb8ae23143e031671de0bc76d9041912

  $ kefu --now 2026-12-25T09:00 fee statement 1-1-102
  户号 1-1-102  业主 林小红  建筑面积 120.00 m²  车位 0  截至 2026-12-25T09:00
  
  账单：
  账期     项目          数量    单价  金额    开具
  -------  ------------  ------  ----  ------  ----------
  2026-09  物业管理费    120.00  2.50  300.00  2026-09-03
  2026-09  专项维修资金  120.00  0.25  30.00   2026-09-03
  2026-10  物业管理费    120.00  2.50  300.00  2026-10-03
  2026-10  专项维修资金  120.00  0.25  30.00   2026-10-03
  2026-11  物业管理费    120.00  2.50  300.00  2026-11-03
  2026-11  专项维修资金  120.00  0.25  30.00   2026-11-03
  2026-12  物业管理费    120.00  2.50  300.00  2026-12-03
  2026-12  专项维修资金  120.00  0.25  30.00   2026-12-03
  
  缴费：
  编号             时间         金额     方式  收据号  冲抵
  ---------------  -----------  -------  ----  ------  -------------------------------------------------------------------------------------
  JF-2026-11-0001  11-20 10:00  1000.00  现金          2026-09 330.00，2026-10 330.00，2026-11 330.00，2026-12 10.00（预存抵扣，2026-12-03）
  
  各期结欠：
  账期     应收    已收    未收
  -------  ------  ------  ------
  2026-09  330.00  330.00  0.00
  2026-10  330.00  330.00  0.00
  2026-11  330.00  330.00  0.00
  2026-12  330.00  10.00   320.00
  
  合计应收 1320.00 元，已缴 1000.00 元，尚欠 320.00 元

An old bill brought in ready-made for 2-1-302 (period 2024-01, due 2024-01-31): its 3-year
limitation ends 2027-01-31, 37 days after 2026-12-25, and no written demand names it.

  $ printf '户号,账期,项目,金额\n2-1-302,2024-01,物业管理费,191.00\n' > old.csv
  $ kefu --by lili --now 2026-12-01T09:00 fee import old.csv
  ! 已从 old.csv 导入 1 行，合计 191.00 元

  $ kefu --now 2026-12-25T09:00 fee arrears
  欠费明细（截至 2026-12-25）
  户号     业主    欠费金额  欠费账期  最早欠费  账龄(月)  已催缴  应催缴
  -------  ------  --------  --------  --------  --------  ------  -----------
  1-1-101  陈建国  490.89    2         2026-10   2         —       2级书面通知
  1-2-201  黄伟    1129.26   3         2026-09   3         —       3级上门催缴
  2-1-301  周丽华  1186.35   3         2026-09   3         —       3级上门催缴
  2-1-302  吴强    821.30    4         2024-01   35        —       5级诉讼
  合计 4 户，欠费 3627.80 元
  
  账龄分析（金额按各期账龄，户数按最早欠费）：
  账龄        户数  金额
  ----------  ----  -------
  1–3个月     3     3436.80
  4–6个月     0     0.00
  7–12个月    0     0.00
  12个月以上  1     191.00
  合计        4     3627.80
  
  诉讼时效预警（3年，不足 90 天）：
  户号     账期     时效届满    剩余天数  书面催缴
  -------  -------  ----------  --------  --------
  2-1-302  2024-01  2027-01-31  37        无
  请尽快发出书面催缴（催费通知书、律师函）并保留签收记录，以中断诉讼时效。
  $ kefu --now 2026-12-25T09:00 fee arrears --building 1 --min-age 3
  欠费明细（截至 2026-12-25）
  户号     业主  欠费金额  欠费账期  最早欠费  账龄(月)  已催缴  应催缴
  -------  ----  --------  --------  --------  --------  ------  -----------
  1-2-201  黄伟  1129.26   3         2026-09   3         —       3级上门催缴
  合计 1 户，欠费 1129.26 元
  
  账龄分析（金额按各期账龄，户数按最早欠费）：
  账龄        户数  金额
  ----------  ----  -------
  1–3个月     1     1129.26
  4–6个月     0     0.00
  7–12个月    0     0.00
  12个月以上  0     0.00
  合计        1     1129.26
  $ kefu --now 2026-12-25T09:00 fee arrears --public
  翠湖花园 欠费户公示（截至 2026-12-25）
  户号     业主
  -------  ----
  1-1-101  陈**
  1-2-201  黄*
  2-1-301  周**
  2-1-302  吴*
  共 4 户。请尽快到翠湖花园管理处缴纳，谢谢配合。
  $ kefu --now 2026-12-25T09:00 fee arrears --format json --building 1
  [
    {
      "unit": "1-1-101",
      "owner": "陈建国",
      "owed": "490.89",
      "oldest": "2026-10",
      "age_months": 2,
      "level_due": 2,
      "level_recorded": 0,
      "periods": [
        {
          "period": "2026-10",
          "billed": "246.13",
          "paid": "1.37",
          "outstanding": "244.76"
        },
        {
          "period": "2026-11",
          "billed": "246.13",
          "paid": "0.00",
          "outstanding": "246.13"
        }
      ],
      "limitation": []
    },
    {
      "unit": "1-2-201",
      "owner": "黄伟",
      "owed": "1129.26",
      "oldest": "2026-09",
      "age_months": 3,
      "level_due": 3,
      "level_recorded": 0,
      "periods": [
        {
          "period": "2026-09",
          "billed": "488.88",
          "paid": "0.00",
          "outstanding": "488.88"
        },
        {
          "period": "2026-10",
          "billed": "420.19",
          "paid": "200.00",
          "outstanding": "220.19"
        },
        {
          "period": "2026-11",
          "billed": "420.19",
          "paid": "0.00",
          "outstanding": "420.19"
        }
      ],
      "limitation": []
    }
  ]

Units that reached a dun level appear in `kefu due` for the fee owner (王强).

  $ kefu --now 2026-12-25T08:00 due
  【王强】4 项
  编号     事项                 期限         内容
  -------  -------------------  -----------  -----------------------------
  2-1-302  应催缴：5级诉讼      01-01 00:00  欠费 821.30 元，最早 2024-01
  1-1-101  应催缴：2级书面通知  12-01 00:00  欠费 490.89 元，最早 2026-10
  1-2-201  应催缴：3级上门催缴  12-01 00:00  欠费 1129.26 元，最早 2026-09
  2-1-301  应催缴：3级上门催缴  12-01 00:00  欠费 1186.35 元，最早 2026-09
  [1]

The dun run: a dry run writes nothing; the real run renders the notices, appends to each
unit's dun log and lists what it did.

  $ kefu --now 2026-12-25T09:00 fee dun --dry-run
  户号     业主  欠费金额  最早欠费  账龄(月)  催缴级别     方式      通知书
  -------  ----  --------  --------  --------  -----------  --------  -----------------------------------
  1-1-101  陈**  490.89    2026-10   2         2级书面通知  书面通知  fees/notices/2026-12-25/1-1-101.txt
  1-2-201  黄*   1129.26   2026-09   3         3级上门催缴  上门      fees/notices/2026-12-25/1-2-201.txt
  2-1-301  周**  1186.35   2026-09   3         3级上门催缴  上门      fees/notices/2026-12-25/2-1-301.txt
  2-1-302  吴*   821.30    2024-01   35        5级诉讼      诉讼      fees/notices/2026-12-25/2-1-302.txt
  ! 演练：将发出 4 份催费通知书并记入催费记录；未写入任何文件
  $ ls d/fees
  bills
  payments
  $ kefu --now 2026-12-25T09:00 fee dun
  户号     业主  欠费金额  最早欠费  账龄(月)  催缴级别     方式      通知书
  -------  ----  --------  --------  --------  -----------  --------  -----------------------------------
  1-1-101  陈**  490.89    2026-10   2         2级书面通知  书面通知  fees/notices/2026-12-25/1-1-101.txt
  1-2-201  黄*   1129.26   2026-09   3         3级上门催缴  上门      fees/notices/2026-12-25/1-2-201.txt
  2-1-301  周**  1186.35   2026-09   3         3级上门催缴  上门      fees/notices/2026-12-25/2-1-301.txt
  2-1-302  吴*   821.30    2024-01   35        5级诉讼      诉讼      fees/notices/2026-12-25/2-1-302.txt
  ! 已发出 4 份催费通知书，已记入催费记录；通知书在 fees/notices/2026-12-25
  $ cat d/fees/notices/2026-12-25/1-1-101.txt
  翠湖花园
  催费通知书
  （书面通知）
  
  尊敬的 1-1-101 户业主（陈**）：
  
      截至 2026年12月25日，贵户尚有以下费用未缴纳，
  最早欠费为2026年10月，已逾期 2 个月：
  
    账期     应缴    已缴  欠缴    收费项目
    2026-10  246.13  1.37  244.76  物业管理费 223.75、专项维修资金 22.38
    2026-11  246.13  0.00  246.13  物业管理费 223.75、专项维修资金 22.38
  
    欠费合计：人民币 490.89 元
  
      请于 2027-01-09 前到翠湖花园管理处或通过微信、支付宝、银行转账缴纳。
  如已缴纳，请忽略本通知；如对费用有疑问，请致电 0755-86000000
  或到管理处查询核对。
      根据《中华人民共和国民法典》第九百四十四条，业主应按约定支付物业费；
  逾期不缴的，物业服务人可催告其限期支付，逾期仍不支付的，
  可依法提起诉讼或申请仲裁。
  
                                          翠湖花园管理处
                                          2026年12月25日
  地址：深圳市南山区翠湖路8号    电话：0755-86000000
  $ cat d/fees/dun/1-1-101.yaml
  unit: 1-1-101
  entries:
    - at: 2026-12-25T09:00
      level: 2
      method: written_notice
      periods:
        - 2026-10
        - 2026-11
      amount: "490.89"
      notice: fees/notices/2026-12-25/1-1-101.txt
      by: wangqiang
      result: ""
      promised: ~
      result_at: ~
      result_by: ""
  seal: sha256:0b20d807c956545f03d001ada89f28f041071d0a033b645de864e0041f5fe425

A second run the same day renders and records nothing: no output, files byte-identical; `due`
is quiet again.

  $ sum=$(find d/fees -type f | sort | xargs md5sum)
  $ kefu --now 2026-12-25T17:00 fee dun
  $ [ "$sum" = "$(find d/fees -type f | sort | xargs md5sum)" ] && echo unchanged
  unchanged
  $ kefu --now 2026-12-25T17:00 due

The written notice now counts as a written demand: the limitation warning is gone.

  $ kefu --now 2026-12-25T17:00 fee arrears --building 2
  欠费明细（截至 2026-12-25）
  户号     业主    欠费金额  欠费账期  最早欠费  账龄(月)  已催缴       应催缴
  -------  ------  --------  --------  --------  --------  -----------  ------
  2-1-301  周丽华  1186.35   3         2026-09   3         3级上门催缴
  2-1-302  吴强    821.30    4         2024-01   35        5级诉讼
  合计 2 户，欠费 2007.65 元
  
  账龄分析（金额按各期账龄，户数按最早欠费）：
  账龄        户数  金额
  ----------  ----  -------
  1–3个月     1     1816.65
  4–6个月     0     0.00
  7–12个月    0     0.00
  12个月以上  1     191.00
  合计        2     2007.65

The phone call's outcome, and the forms.

  $ kefu --by lili --now 2026-12-26T10:00 fee dun --record 1-1-101 --result 业主答应月底前缴清 --promised 2026-12-31
  ! 已记录 1-1-101 的催缴结果，承诺于 2026-12-31 前缴费
  $ kefu --now 2026-12-26T10:00 render dun_log 1-1-101
  翠湖花园 客户服务中心
  催费记录表
  
  户号：1-1-101    业主：陈建国    电话：138****5678    建筑面积：89.50 m²
  
  日期：2026-12-25  催缴级别：2级书面通知  方式：书面通知  经办人：王强
    欠费账期：2026-10、2026-11    欠费金额：490.89 元
    催缴结果：业主答应月底前缴清    承诺缴费日期：2026-12-31
  
  
  主管审核：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-26T10:00 render receipt_sheet 2026-12-25
  翠湖花园 客户服务中心
  文件签收表
  发文日期：2026-12-25    共 4 份
  
  序号  户号     业主  文件名称                欠费金额  签收人        签收日期
  1     1-1-101  陈**  催费通知书（书面通知）  490.89    ____________  __________
  2     1-2-201  黄*   催费通知书（上门催缴）  1129.26   ____________  __________
  3     2-1-301  周**  催费通知书（上门催缴）  1186.35   ____________  __________
  4     2-1-302  吴*   催费通知书（诉讼）      821.30    ____________  __________
  
  送达人：____________    主管审核：____________
  翠湖花园管理处  电话：0755-86000000

A month later the debts are older: units move up a level.

  $ kefu --now 2027-01-05T09:00 fee dun
  户号     业主  欠费金额  最早欠费  账龄(月)  催缴级别     方式  通知书
  -------  ----  --------  --------  --------  -----------  ----  -----------------------------------
  1-1-101  陈**  737.02    2026-10   3         3级上门催缴  上门  fees/notices/2027-01-05/1-1-101.txt
  1-1-102  林**  320.00    2026-12   1         1级电话催缴  电话  fees/notices/2027-01-05/1-1-102.txt
  ! 已发出 2 份催费通知书，已记入催费记录；通知书在 fees/notices/2027-01-05
  $ kefu check
  ! 索引与记录文件一致
  ! 检查完毕：16 个记录文件，均无问题
