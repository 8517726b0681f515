Owners' and residents' records (§1.3.2.3, §1.3.2.9, §3.1.9; procedures 009 and 017): a
unit's owner changes hands and the change is kept as history, never overwritten; residents
and vehicles are registered; a resident card is issued, reported lost and reissued, with the
fees kefu.yaml sets on the unit's bill; a roster with a bad line is refused and nothing is
written, a good one shown (--dry-run) and then imported; an owner visit's concern becomes a
repair order, linked both ways; the 客户情况登记表 and 走访记录表 are rendered. Phones are
masked everywhere unless --reveal.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ snap() { (cd d && find . -type f ! -path './.kefu/*' | sort | xargs md5sum); }

A unit as units/ holds it: no residents, vehicles or cards yet.

  $ kefu --now 2026-11-02T09:00 unit show 1-1-102
  $ kefu --now 2026-11-02T09:00 unit show 9-9-999
  [2]

陈建国 sells 1-1-101 to 王五. Changing the owner needs a reason; the old owner and phone
stay in the unit's history.

  $ kefu --by zhangmin --now 2026-11-02T09:00 unit set 1-1-101 --owner 王五 --phone 13900001111
  [2]
  $ kefu --by zhangmin --now 2026-11-02T09:00 unit set 1-1-101 --owner 王五 --phone 13900001111 --note 房屋过户，凭不动产权证
  $ kefu --by zhangmin --now 2026-11-02T09:05 unit set 1-1-101 --phone 13900001111
  [2]
  $ kefu --by lili --now 2026-11-03T10:00 unit set 1-1-101 --emergency 王母/13700002222 --parking 1
  $ kefu --by lili --now 2026-11-03T10:10 unit resident add 1-1-101 --name 王五 --relation 业主 --phone 13900001111
  $ kefu --by lili --now 2026-11-03T10:11 unit resident add 1-1-101 --name 王小五 --relation 家庭成员
  $ kefu --by lili --now 2026-11-03T10:12 unit vehicle add 1-1-101 --plate 粤B12345 --space B1-023
  $ kefu --now 2026-11-03T10:20 unit show 1-1-101
  $ kefu --reveal --now 2026-11-03T10:20 unit show 1-1-101 --format json | grep -A6 '"history"'
  $ grep -c seal: d/units/1.yaml

A file changed on disk after kefu read it is never overwritten: the write is refused.

  $ kefu check 2>&1 | tail -1

1-2-201 lets to 李四 and his daughter; 黄伟 stays the owner.

  $ kefu --by zhangmin --now 2026-11-04T09:00 unit resident add 1-2-201 --name 李四 --relation 租户 --phone 13912345678
  $ kefu --by zhangmin --now 2026-11-04T09:01 unit resident add 1-2-201 --name 李小四 --relation 家庭成员
  $ kefu --by zhangmin --now 2026-11-04T09:02 unit resident add 1-2-201 --name 李四 --relation 家庭成员
  [2]
  $ kefu --by zhangmin --now 2026-11-04T09:03 unit set 1-2-201 --occupancy 出租

Resident cards (住户卡, §1.3.2.3): the site charges 10 yuan for a card and 20 for a
replacement; the fee goes on the unit's bill of the month in the same write.

  $ cat >> d/kefu.yaml <<'EOF'
  > resident_cards: {issue_fee: 10, reissue_fee: 20}
  > EOF
  $ kefu --by zhangmin --now 2026-11-04T09:10 unit card issue 1-2-201 --holder 路人甲
  [2]
  $ kefu --by zhangmin --now 2026-11-04T09:10 unit card issue 1-2-201 --holder 李四
  $ kefu --by zhangmin --now 2026-11-04T09:11 unit card issue 1-2-201 --holder 李四
  [2]
  $ kefu --by zhangmin --now 2026-11-12T09:00 unit card reissue 1-2-201 1-2-201-1
  [2]
  $ kefu --by lili --now 2026-11-12T09:00 unit card lost 1-2-201 1-2-201-1
  $ kefu --by lili --now 2026-11-12T09:30 unit card reissue 1-2-201 1-2-201-1
  $ kefu --by lili --now 2026-11-12T09:31 unit card reissue 1-2-201 1-2-201-1
  [2]
  $ kefu --now 2026-11-12T10:00 unit show 1-2-201
  $ cat d/fees/bills/2026/11/1.yaml | grep -v '^seal:'

A roster with bad lines is refused line by line: exit 2, nothing written.

  $ snap > before.txt
  $ cat > bad.csv <<'EOF'
  > 房号,业主姓名,联系电话,建筑面积(㎡),车位
  > 1-1-101,王五,13900001111,89.50,1
  > 3-1-101,,13800000002,89.50,0
  > 3-1-102,赵六,12345,八十,1
  > 1-1-101,钱七,13800000004,89.50,0
  > EOF
  $ kefu --by zhangmin --now 2026-11-20T09:00 unit import bad.csv
  [2]
  $ snap | diff before.txt - && echo 未改动
  未改动

A good roster of the estate's next building, saved by Excel in GBK, with a change to an
existing unit: --dry-run lists what would change and writes nothing; the import writes it,
the changed unit's history saying so.

  $ python3 - <<'EOF'
  > rows = ["房号,业主,手机号码,面积,车位,车牌号,紧急联系人,紧急联系电话,入住状态"]
  > rows.append("1-1-102,林小红,13987654321,120.00,1,粤B54321,林大明,13700000000,自住")
  > names = "赵钱孙李周吴郑王冯陈"
  > for i in range(10):
  >     for f in range(1, 11):
  >         rows.append(f"3-1-{f}{i:02d},{names[i]}{'一二三四五六七八九十'[f-1]},139{f:04d}{i:04d},{89 + i}.50,{i % 2},,,,")
  > open("roster.csv", "wb").write(("\r\n".join(rows) + "\r\n").encode("gbk"))
  > EOF
  $ kefu --by zhangmin --now 2026-11-20T09:00 unit import roster.csv --dry-run | head -3
  $ kefu --by zhangmin --now 2026-11-20T09:00 unit import roster.csv --dry-run | grep 变更
  $ snap | diff before.txt - && echo 未改动
  未改动
  $ kefu --by zhangmin --now 2026-11-20T09:05 unit import roster.csv
  $ ls d/units
  $ kefu --now 2026-11-20T09:10 unit show 3-1-1009
  $ kefu --now 2026-11-20T09:10 unit show 1-1-102 | tail -3
  $ kefu --by zhangmin --now 2026-11-20T09:15 unit import roster.csv
  $ kefu check 2>&1 | tail -1

An owner visit (走访, procedure 017): 王五 says the bathroom ceiling leaks. The concern
becomes a repair order in one step; the order names the visit and the visit the order.

  $ kefu --by zhangmin --now 2026-11-21T16:00 visit log --unit 1-1-101 --at 2026-11-21T15:00 --raised 卫生间顶棚渗水，楼上疑似防水层破损
  $ kefu --by lili --now 2026-11-21T16:10 visit log --unit 1-2-201 --person 李四/13912345678 --purpose 租户入住回访
  $ kefu --by zhangmin --now 2026-11-21T16:20 visit repair ZF-2026-11-0001
  $ kefu --by zhangmin --now 2026-11-21T16:21 visit repair ZF-2026-11-0001
  [2]
  $ kefu --by zhangmin --now 2026-11-21T16:21 visit repair ZF-2026-11-0002
  [2]
  $ kefu --now 2026-11-21T16:30 repair show BX-2026-11-0001 --format json | grep -E '"(visit|unit|fault|channel)"'
  $ kefu --now 2026-11-21T16:30 visit show ZF-2026-11-0001
  $ kefu --now 2026-11-21T16:30 visit list --month 2026-11

The forms: 客户情况登记表 and 走访记录表.

  $ kefu --now 2026-11-21T17:00 render customer_record 1-2-201
  $ kefu --now 2026-11-21T17:00 render visits 2026-11

The help teaches, with examples.

  $ kefu unit --help
  $ kefu unit import --help
  $ kefu visit repair --help
