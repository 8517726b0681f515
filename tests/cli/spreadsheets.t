Spreadsheets both ways: a GBK file (what Chinese Excel saves) through each import, converted
and said so on stderr; every CSV kefu writes in UTF-8 or GBK, with English keys or Chinese
headings and values; the payments of a period and the fee journal an accountant loads.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

A roster saved by Excel in GBK: converted, the encoding said, and imported.

  $ printf '房号,业主,电话,面积\r\n3-1-101,赵一,13900010001,89.50\r\n3-1-102,钱二,13900010002,92.00\r\n' | iconv -f UTF-8 -t GBK > 花名册.csv
  $ kefu --by zhangmin --now 2026-11-20T09:00 unit import 花名册.csv
  ! 读取 花名册.csv：GBK（GB18030）编码，已转换
  ! 花名册.csv（csv，GB18030）：2 户；新增 2 户，变更 0 户，无变化 0 户
  ! 已导入：新增 2 户，变更 0 户（写入 1 个住户资料文件）
  $ kefu unit show 3-1-102 --format json | python3 -c 'import json,sys; u=json.load(sys.stdin); print(u["owner"], u["area"])'
  钱二 92.00

Meter readings in GBK, with a character GBK lacks in a note (GB18030 has it): fee import
converts them as the other imports do, where it refused GBK before.

  $ kefu --by lili --now 2026-11-03T09:00 fee bill --period 2026-11
  ! 已开具 2026-11 账单：7 户，15 项，合计 2101.00 元
  $ printf '户号,账期,项目,用量,备注\r\n1-1-101,2026-11,water,12.5,𠀀表\r\n' | iconv -f UTF-8 -t GB18030 > 水表.csv
  $ kefu --by lili --now 2026-11-03T10:00 fee import 水表.csv
  ! 读取 水表.csv：GBK（GB18030）编码，已转换
  ! 已从 水表.csv 导入 1 行，合计 52.50 元
  $ printf '户号,账期,项目,用量\n1-1-102,2026-11,water,3\n' > utf8.csv
  $ kefu --by lili --now 2026-11-03T10:05 fee import utf8.csv
  ! 已从 utf8.csv 导入 1 行，合计 12.60 元
  $ printf '户号\n\xff\xfe\xfd\n' > bad.csv
  $ kefu --by lili --now 2026-11-03T10:05 fee import bad.csv
  ! kefu: bad.csv 第2行有无法识别的字节 0xFF（文件的第8个字节），既不是 UTF-8 也不是 GBK/GB18030 编码，未导入任何内容；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入
  [2]

Two complaints to list.

  $ kefu --by zhangmin --now 2026-11-10T09:00 complaint open --unit 1-1-101 --channel phone --category 噪音扰民 --desc '楼上装修噪音，"晚上"也有'
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-11T09:00 前响应，2026-11-13T23:59:59 前处理完毕
  $ kefu --by zhangmin --now 2026-11-10T10:00 complaint open --unit 1-1-102 --severity 重大 --category 设施设备 --desc 电梯困人
  TS-2026-11-0002
  ! 已受理投诉 TS-2026-11-0002（重大），首问负责人 张敏；须于 2026-11-11T10:00 前响应，2026-11-11T23:59:59 前处理完毕
  ! 须立即报告上一级领导（手册 §3.7.3）：TS-2026-11-0002 重大投诉，已列入 赵经理 的 kefu due
  $ kefu --by zhangmin --now 2026-11-10T10:05 complaint assign TS-2026-11-0002 --to 工程部
  ! 已将 TS-2026-11-0002 派给 工程部
  $ kefu --by zhangmin --now 2026-11-11T10:00 complaint close TS-2026-11-0002 --resolution 已修复
  ! TS-2026-11-0002 已办结，待回访；请于 2026-11-18 前回访

CSV as before: UTF-8 with a byte-order mark, English keys and codes.

  $ export KEFU_NOW=2026-11-12T09:00
  $ kefu --format csv complaint list --all > en.csv
  $ head -c 3 en.csv | od -An -tx1
   ef bb bf
  $ tail -c +4 en.csv | tr -d '\r'
  id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0001,open,2026-11-10T09:00,phone,1-1-101,,噪音扰民,general,"楼上装修噪音，""晚上""也有",zhangmin,,,,,2026-11-11T09:00,2026-11-13T23:59:59,,response
  TS-2026-11-0002,resolved,2026-11-10T10:00,phone,1-1-102,,设施设备,major,电梯困人,zhangmin,工程部,2026-11-10T10:05,2026-11-11T10:00,已修复,2026-11-11T10:00,2026-11-11T23:59:59,2026-11-18T23:59:59,

GBK: no mark, GBK's bytes, every character back when read as GB18030; Chinese headings and
values with --headers zh.

  $ kefu --format csv --encoding gbk --headers zh complaint list --all > zh.csv
  $ head -c 4 zh.csv | od -An -tx1
   b1 e0 ba c5
  $ iconv -f GB18030 -t UTF-8 zh.csv | tr -d '\r'
  编号,状态,受理时间,渠道,户号,地点,类别,级别,内容,负责人,处理部门,响应时间,处理完成时间,处理结果,响应时限,处理时限,回访时限,逾期
  TS-2026-11-0001,待响应,2026-11-10T09:00,电话,1-1-101,,噪音扰民,一般,"楼上装修噪音，""晚上""也有",zhangmin,,,,,2026-11-11T09:00,2026-11-13T23:59:59,,未响应
  TS-2026-11-0002,待回访,2026-11-10T10:00,电话,1-1-102,,设施设备,重大,电梯困人,zhangmin,工程部,2026-11-10T10:05,2026-11-11T10:00,已修复,2026-11-11T10:00,2026-11-11T23:59:59,2026-11-18T23:59:59,
  $ kefu --format json complaint list --all | python3 -c 'import json,sys; print(sorted(json.load(sys.stdin)[0])[:5])'
  ['acknowledged_at', 'assigned_to', 'callback_due', 'callbacks', 'category']

Other spellings are accepted; anything else is refused before anything runs.

  $ kefu --format csv --encoding UTF-8 --headers 中文 complaint list --all | head -c 3 | od -An -tx1
   ef bb bf
  $ kefu --format csv --encoding big5 complaint list --all
  ! kefu: --encoding 应为 utf-8 或 gbk，而不是「big5」
  [2]
  $ kefu --format csv --headers fr complaint list --all
  ! kefu: --headers 应为 en 或 zh，而不是「fr」
  [2]

The month's payments for the accountant: a table with the total, or CSV.

  $ kefu --by lili --now 2026-11-05T10:00 fee pay 1-1-101 300 --method 微信 --receipt 0000101
  JF-2026-11-0001
  ! 已收 1-1-101 缴费 300.00 元（微信），冲抵 2026-11 298.63；预存余额 1.37 元，将抵扣以后的账单
  $ kefu --by lili --now 2026-11-06T11:00 fee pay 1-1-102 500 --method 现金 --receipt 0000102
  JF-2026-11-0002
  ! 已收 1-1-102 缴费 500.00 元（现金），冲抵 2026-11 342.60；预存余额 157.40 元，将抵扣以后的账单
  $ kefu --by lili --now 2026-11-20T09:00 fee pay 1-2-201 2000 --method 银行转账 --receipt 0000103
  JF-2026-11-0003
  ! 已收 1-2-201 缴费 2000.00 元（银行转账），冲抵 2026-11 420.19；预存余额 1579.81 元，将抵扣以后的账单
  $ export KEFU_NOW=2026-11-30T18:00
  $ kefu fee payments --from 2026-11-01 --to 2026-11-30
  编号             时间              户号     金额     方式      收据号   经办  押金
  ---------------  ----------------  -------  -------  --------  -------  ----  ----
  JF-2026-11-0001  2026-11-05T10:00  1-1-101  300.00   微信      0000101  李丽
  JF-2026-11-0002  2026-11-06T11:00  1-1-102  500.00   现金      0000102  李丽
  JF-2026-11-0003  2026-11-20T09:00  1-2-201  2000.00  银行转账  0000103  李丽
  ! 共 3 笔，合计 2800.00 元
  $ kefu fee payments --from 2026-11-06 --to 2026-11-06 --format csv --headers zh --encoding utf-8 | tail -c +4 | tr -d '\r'
  编号,时间,户号,金额,方式,收据号,账期,经办人,备注,押金
  JF-2026-11-0002,2026-11-06T11:00,1-1-102,500.00,现金,0000102,,lili,,
  $ kefu fee payments --from 2026-11-30 --to 2026-11-01
  ! kefu: --to 2026-11-01 早于 --from 2026-11-30
  [2]

The journal of November: bills accrued to each unit's period, payments against what they
settle, the overpayment held in advance (预收账款).

  $ kefu --now 2026-11-30T18:00 fee journal --from 2026-11-01 --to 2026-11-30 -o 2026-11.journal
  ! 已写出 2026-11.journal
  $ cat 2026-11.journal
  ; kefu 费用日记账 2026-11-01 至 2026-11-30（金额单位：元，CNY）
  ; hledger -f 本文件 balance；ledger -f 本文件 balance
  
  2026-11-03 * 账单 1-1-101 2026-11
      应收账款:业主:1-1-101:2026-11        246.13 CNY
      收入:物业管理费                     -223.75 CNY
      收入:专项维修资金                    -22.38 CNY
  
  2026-11-03 * 账单 1-1-102 2026-11
      应收账款:业主:1-1-102:2026-11        330.00 CNY
      收入:物业管理费                     -300.00 CNY
      收入:专项维修资金                    -30.00 CNY
  
  2026-11-03 * 账单 1-2-201 2026-11
      应收账款:业主:1-2-201:2026-11        420.19 CNY
      收入:物业管理费                     -245.63 CNY
      收入:车位管理费                     -150.00 CNY
      收入:专项维修资金                    -24.56 CNY
  
  2026-11-03 * 账单 2-1-301 2026-11
      应收账款:业主:2-1-301:2026-11        395.45 CNY
      收入:物业管理费                     -359.50 CNY
      收入:专项维修资金                    -35.95 CNY
  
  2026-11-03 * 账单 2-1-302 2026-11
      应收账款:业主:2-1-302:2026-11        210.10 CNY
      收入:物业管理费                     -191.00 CNY
      收入:专项维修资金                    -19.10 CNY
  
  2026-11-03 * 账单 3-1-101 2026-11
      应收账款:业主:3-1-101:2026-11        246.13 CNY
      收入:物业管理费                     -223.75 CNY
      收入:专项维修资金                    -22.38 CNY
  
  2026-11-03 * 账单 3-1-102 2026-11
      应收账款:业主:3-1-102:2026-11        253.00 CNY
      收入:物业管理费                     -230.00 CNY
      收入:专项维修资金                    -23.00 CNY
  
  2026-11-03 * 账单 1-1-101 2026-11
      应收账款:业主:1-1-101:2026-11         52.50 CNY
      收入:水费                            -52.50 CNY
  
  2026-11-03 * 账单 1-1-102 2026-11
      应收账款:业主:1-1-102:2026-11         12.60 CNY
      收入:水费                            -12.60 CNY
  
  2026-11-05 * (JF-2026-11-0001) 缴费 1-1-101 收据 0000101
      资产:微信                            300.00 CNY
      应收账款:业主:1-1-101:2026-11       -298.63 CNY
      负债:预收账款:1-1-101                 -1.37 CNY
  
  2026-11-06 * (JF-2026-11-0002) 缴费 1-1-102 收据 0000102
      资产:现金                            500.00 CNY
      应收账款:业主:1-1-102:2026-11       -342.60 CNY
      负债:预收账款:1-1-102               -157.40 CNY
  
  2026-11-20 * (JF-2026-11-0003) 缴费 1-2-201 收据 0000103
      资产:银行转账                       2000.00 CNY
      应收账款:业主:1-2-201:2026-11       -420.19 CNY
      负债:预收账款:1-2-201              -1579.81 CNY
  
  $ kefu --now 2026-11-30T18:00 fee journal --from 2026-11-01 -o 2026-11.journal
  ! kefu: 2026-11.journal 已存在，未覆盖；确要覆盖请加 --force
  [2]
  $ kefu --now 2026-11-30T18:00 fee journal --from 2026-11-01 -o 2026-11.journal --force
  ! 已写出 2026-11.journal
  $ kefu --now 2026-11-30T18:00 fee journal --to 2026-11-04 | grep -c '^2026'
  9

December's journal opens with what November left: each unit's unpaid period and what it holds
in advance, which December's bill then uses (预收冲抵); 1-1-101's 1.37 covers part of it.

  $ kefu --by lili --now 2026-12-03T09:00 fee bill --period 2026-12 --building 1
  ! 已开具 2026-12 账单：3 户，7 项，合计 996.32 元
  $ kefu --now 2026-12-31T18:00 fee journal --from 2026-12-01 --building 1
  ; kefu 费用日记账 2026-12-01 至 2026-12-31（金额单位：元，CNY）
  ; hledger -f 本文件 balance；ledger -f 本文件 balance
  
  2026-12-01 * 期初余额
      收入:专项维修资金            -76.94 CNY
      收入:水费                    -65.10 CNY
      收入:物业管理费             -769.38 CNY
      收入:车位管理费             -150.00 CNY
      负债:预收账款:1-1-101         -1.37 CNY
      负债:预收账款:1-1-102       -157.40 CNY
      负债:预收账款:1-2-201      -1579.81 CNY
      资产:微信                    300.00 CNY
      资产:现金                    500.00 CNY
      资产:银行转账               2000.00 CNY
  
  2026-12-03 * 账单 1-1-101 2026-12
      应收账款:业主:1-1-101:2026-12        246.13 CNY
      收入:物业管理费                     -223.75 CNY
      收入:专项维修资金                    -22.38 CNY
  
  2026-12-03 * 账单 1-1-102 2026-12
      应收账款:业主:1-1-102:2026-12        330.00 CNY
      收入:物业管理费                     -300.00 CNY
      收入:专项维修资金                    -30.00 CNY
  
  2026-12-03 * 账单 1-2-201 2026-12
      应收账款:业主:1-2-201:2026-12        420.19 CNY
      收入:物业管理费                     -245.63 CNY
      收入:车位管理费                     -150.00 CNY
      收入:专项维修资金                    -24.56 CNY
  
  2026-12-03 * 预收冲抵 1-1-101 2026-12（JF-2026-11-0001）
      应收账款:业主:1-1-101:2026-12         -1.37 CNY
      负债:预收账款:1-1-101                  1.37 CNY
  
  2026-12-03 * 预收冲抵 1-1-102 2026-12（JF-2026-11-0002）
      应收账款:业主:1-1-102:2026-12       -157.40 CNY
      负债:预收账款:1-1-102                157.40 CNY
  
  2026-12-03 * 预收冲抵 1-2-201 2026-12（JF-2026-11-0003）
      应收账款:业主:1-2-201:2026-12       -420.19 CNY
      负债:预收账款:1-2-201                420.19 CNY
  
