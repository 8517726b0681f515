Spreadsheets both ways: a GBK file (what Chinese Excel saves) through each import, converted
and said so on stderr; every CSV kefu writes in UTF-8 or GBK, with English keys or Chinese
headings and values, by option or by kefu.yaml; the payments of a period and the fee journal
an accountant loads.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

A roster saved by Excel in GBK: converted, the encoding said, and imported.

  $ printf '房号,业主,电话,面积\r\n3-1-101,赵一,13900010001,89.50\r\n3-1-102,钱二,13900010002,92.00\r\n' | iconv -f UTF-8 -t GBK > 花名册.csv
  $ kefu --by zhangmin --now 2026-11-20T09:00 unit import 花名册.csv
  $ kefu unit show 3-1-102 --format json | python3 -c 'import json,sys; u=json.load(sys.stdin); print(u["owner"], u["area"])'

Meter readings in GBK, with a character GBK lacks in a note (GB18030 has it): fee import
converts them as the other imports do, where it refused GBK before.

  $ kefu --by lili --now 2026-11-03T09:00 fee bill --period 2026-11
  $ printf '户号,账期,项目,用量,备注\r\n1-1-101,2026-11,water,12.5,𠀀表\r\n' | iconv -f UTF-8 -t GB18030 > 水表.csv
  $ kefu --by lili --now 2026-11-03T10:00 fee import 水表.csv
  $ printf '户号,账期,项目,用量\n1-1-102,2026-11,water,3\n' > utf8.csv
  $ kefu --by lili --now 2026-11-03T10:05 fee import utf8.csv
  $ printf '户号\n\xff\xfe\xfd\n' > bad.csv
  $ kefu --by lili --now 2026-11-03T10:05 fee import bad.csv

Two complaints to list.

  $ kefu --by zhangmin --now 2026-11-10T09:00 complaint open --unit 1-1-101 --channel phone --category 噪音扰民 --desc '楼上装修噪音，"晚上"也有'
  $ kefu --by zhangmin --now 2026-11-10T10:00 complaint open --unit 1-1-102 --severity 重大 --category 设施设备 --desc 电梯困人
  $ kefu --by zhangmin --now 2026-11-10T10:05 complaint assign TS-2026-11-0002 --to 工程部
  $ kefu --by zhangmin --now 2026-11-11T10:00 complaint close TS-2026-11-0002 --resolution 已修复

CSV as before: UTF-8 with a byte-order mark, English keys and codes.

  $ export KEFU_NOW=2026-11-12T09:00
  $ kefu --format csv complaint list --all > en.csv
  $ head -c 3 en.csv | od -An -tx1
  $ tail -c +4 en.csv | tr -d '\r'

GBK: no mark, GBK's bytes, every character back when read as GB18030; Chinese headings and
values with --headers zh.

  $ kefu --format csv --encoding gbk --headers zh complaint list --all > zh.csv
  $ head -c 4 zh.csv | od -An -tx1
  $ iconv -f GB18030 -t UTF-8 zh.csv | tr -d '\r'
  $ kefu --format json complaint list --all | python3 -c 'import json,sys; print(sorted(json.load(sys.stdin)[0])[:5])'

An office whose Excel is Chinese says so once in kefu.yaml; an option still wins.

  $ printf 'csv: {encoding: gbk, headers: zh}\n' >> d/kefu.yaml
  $ kefu --format csv complaint list --all | iconv -f GB18030 -t UTF-8 | head -1
  $ kefu --format csv --encoding utf-8 --headers en complaint list --all | head -1 | tail -c +4
  $ kefu --format csv --encoding UTF-8 complaint list --all | head -c 3 | od -An -tx1
  $ kefu --format csv --encoding big5 complaint list --all
  $ kefu --format csv --headers fr complaint list --all
  $ printf 'csv: {encoding: latin1}\n' > x.yaml && sed -i '$d' d/kefu.yaml && cat x.yaml >> d/kefu.yaml
  $ kefu --format csv complaint list --all
  $ sed -i '$d' d/kefu.yaml

The month's payments for the accountant: a table with the total, or CSV.

  $ kefu --by lili --now 2026-11-05T10:00 fee pay 1-1-101 300 --method 微信 --receipt 0000101
  $ kefu --by lili --now 2026-11-06T11:00 fee pay 1-1-102 500 --method 现金 --receipt 0000102
  $ kefu --by lili --now 2026-11-20T09:00 fee pay 1-2-201 2000 --method 银行转账 --receipt 0000103
  $ kefu fee payments --from 2026-11-01 --to 2026-11-30
  $ kefu fee payments --from 2026-11-06 --to 2026-11-06 --format csv --headers zh --encoding utf-8 | tail -c +4 | tr -d '\r'
  $ kefu fee payments --from 2026-11-30 --to 2026-11-01

The journal of November: bills accrued to each unit's period, payments against what they
settle, the overpayment held in advance (预收账款).

  $ kefu --now 2026-11-30T18:00 fee journal --from 2026-11-01 --to 2026-11-30 -o 2026-11.journal
  $ cat 2026-11.journal
  $ kefu --now 2026-11-30T18:00 fee journal --from 2026-11-01 -o 2026-11.journal
  $ kefu --now 2026-11-30T18:00 fee journal --from 2026-11-01 -o 2026-11.journal --force
  $ kefu --now 2026-11-30T18:00 fee journal --to 2026-11-04 | grep -c '^2026'
