Moving in and out (入伙、迁入迁出, procedures 008 and 009) in 2026: a tenant moves into
2-1-301 with the handover checklist; months later the tenant leaves while the unit owes its
October fees. The goods release slip (物品放行条) is refused without the owner's consent,
refused before the settlement (客户搬迁结算表), refused while the unit owes — each time exit 2
and nothing written — then issued once the fees are paid. A second move-out leaves on the
estate manager's override; an override by anyone else is refused.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ snap() { (cd d && find . -type f ! -path './.kefu/*' | sort | xargs md5sum); }

Before any move a unit is owner-occupied, unless its units file says otherwise.

  $ kefu --now 2026-09-01T09:00 move unit 2-1-301
  $ sed -i 's/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40}/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40, occupancy: vacant}/' d/units/2.yaml
  $ kefu --now 2026-09-01T09:00 move unit 2-1-302

September 1st: 周丽华 lets 2-1-301 to 李四, who moves in with his daughter. The checklist
comes from kefu.yaml's move_checklist (the default list here).

  $ kefu --by zhangmin --now 2026-09-01T09:00 move in --unit 2-1-301 --occupant 租户 --person 李四/租户/13912345678 --person 李小四/家庭成员 --emergency 李父/13700001111
  $ kefu --by zhangmin --now 2026-09-01T09:20 move check BQ-2026-09-0001 --item 钥匙交接 --note '3 把'
  $ kefu --by zhangmin --now 2026-09-01T09:25 move check BQ-2026-09-0001 --item 2 --note 0123.4
  $ kefu --by zhangmin --now 2026-09-01T09:26 move check BQ-2026-09-0001 --item 暖气表读数
  $ kefu --now 2026-09-01T09:30 move list
  $ for i in 3 4 5; do kefu --by zhangmin --now 2026-09-01T09:3$i move check BQ-2026-09-0001 --item $i; done
  $ kefu --now 2026-09-01T09:40 move show BQ-2026-09-0001
  $ kefu --now 2026-09-01T09:40 move unit 2-1-301

October's bill is issued and left unpaid; November's too.

  $ kefu --by lili --now 2026-10-02T09:00 fee bill --period 2026-10
  $ kefu --by lili --now 2026-11-02T09:00 fee bill --period 2026-11 > /dev/null 2>&1

November 20th: 李四 moves out. Without the owner's consent no goods leave.

  $ kefu --by zhangmin --now 2026-11-20T09:00 move out --unit 2-1-301 --occupant 租户
  $ snap > before
  $ kefu --by zhangmin --now 2026-11-20T09:05 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12
  [2]
  $ kefu --by zhangmin --now 2026-11-20T09:05 move settle BQ-2026-09-0001
  [2]
  $ snap | diff before - && echo unchanged

The owner agrees by phone (业主同意搬离通知书). Still no settlement: refused.

  $ kefu --by zhangmin --now 2026-11-20T09:30 move consent BQ-2026-11-0001 --method 电话
  $ snap > before
  $ kefu --by zhangmin --now 2026-11-20T09:35 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12
  [2]
  $ snap | diff before - && echo unchanged

The settlement, from the unit's ledger at this moment: October's 359.50 and November's
359.50 unpaid (143.80 m² × 2.50 + 143.80 m² × 0.25 = 359.50 … see fee statement).

  $ kefu --by zhangmin --now 2026-11-20T10:00 move settle BQ-2026-11-0001
  $ kefu --now 2026-11-20T10:00 fee statement 2-1-301 | tail -6

With the unit in arrears the release slip is refused, exit 2, nothing written.

  $ snap > before
  $ kefu --by zhangmin --now 2026-11-20T10:05 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --plate 粤B12345
  [2]
  $ kefu --by zhangmin --now 2026-11-20T10:05 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --override-by wangqiang --reason 业主承诺
  [2]
  $ snap | diff before - && echo unchanged
  $ kefu --now 2026-11-20T10:06 move show BQ-2026-11-0001 | grep -c 物品放行条
  0
  [1]

The tenant pays at the desk; the slip is issued now.

  $ kefu --by lili --now 2026-11-20T10:30 fee pay 2-1-301 719 --method 微信 > /dev/null 2>&1
  $ kefu --by zhangmin --now 2026-11-20T10:35 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --plate 粤B12345
  $ kefu --now 2026-11-20T10:40 render release BQ-2026-11-0001
  $ kefu --now 2026-11-20T10:40 render settlement BQ-2026-11-0001
  $ kefu --now 2026-11-20T10:40 move show BQ-2026-11-0001
  $ kefu --now 2026-11-20T10:40 move unit 2-1-301

An owner leaves 1-1-101 owing November's fees; the estate manager lets the goods go on
the owner's written promise. An owner's own move-out needs no consent.

  $ kefu --by lili --now 2026-11-21T09:00 move out --unit 1-1-101
  $ kefu --by lili --now 2026-11-21T09:05 move consent BQ-2026-11-0002
  [2]
  $ kefu --by lili --now 2026-11-21T09:10 move settle BQ-2026-11-0002
  $ kefu --by lili --now 2026-11-21T09:15 move release BQ-2026-11-0002 --goods 衣物 --pieces 3 --override-by 赵经理
  [2]
  $ kefu --by lili --now 2026-11-21T09:15 move release BQ-2026-11-0002 --goods 衣物 --pieces 3 --override-by 赵经理 --reason 业主书面承诺月底前缴清
  $ kefu --now 2026-11-21T09:20 render release BQ-2026-11-0002

A tenant's move-out still without the owner's consent three days on is a `kefu due` line.

  $ kefu --by zhangmin --now 2026-11-22T09:00 move in --unit 1-2-201 --occupant tenant --person 王五
  $ kefu --by zhangmin --now 2026-11-23T09:00 move out --unit 1-2-201 --occupant tenant
  $ kefu --now 2026-11-26T09:30 due | grep BQ-

The month's 客户迁入、迁出统计表, as a table, as JSON and as the printable form; and the line
of the monthly report.

  $ kefu --now 2026-11-30T18:00 move stats --month 2026-11
  $ kefu --now 2026-11-30T18:00 --format json move stats --month 2026-11
  $ kefu --now 2026-11-30T18:00 render moves 2026-11
  $ kefu --now 2026-12-01T09:00 report monthly --month 2026-11 | grep 迁入迁出
  $ kefu --now 2026-12-01T09:00 move list --month 2026-11 --format csv
  $ kefu --now 2026-12-01T09:00 check > /dev/null && echo ok
