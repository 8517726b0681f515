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
  户号        1-1-102
  楼栋        1
  业主        林小红
  电话        139****4321
  面积        120.00 平方米
  车位        0
  紧急联系人  林大明 137****0000
  入住状态    业主自住
  住户        —
  车辆        —
  住户卡      —
  $ kefu --now 2026-11-02T09:00 unit show 9-9-999
  ! kefu: 没有户号 9-9-999（见 units/ 的住户资料）
  [2]

陈建国 sells 1-1-101 to 王五. Changing the owner needs a reason; the old owner and phone
stay in the unit's history.

  $ kefu --by zhangmin --now 2026-11-02T09:00 unit set 1-1-101 --owner 王五 --phone 13900001111
  ! kefu: 更换业主须用 --note 写明原因（如 房屋过户，凭不动产权证）
  [2]
  $ kefu --by zhangmin --now 2026-11-02T09:00 unit set 1-1-101 --owner 王五 --phone 13900001111 --note 房屋过户，凭不动产权证
  ! 已更改 1-1-101 的资料，变更已记入其变更记录
  $ kefu --by zhangmin --now 2026-11-02T09:05 unit set 1-1-101 --phone 13900001111
  ! kefu: 1-1-101 的资料没有变化，未写入
  [2]
  $ kefu --by lili --now 2026-11-03T10:00 unit set 1-1-101 --emergency 王母/13700002222 --parking 1
  ! 已更改 1-1-101 的资料，变更已记入其变更记录
  $ kefu --by lili --now 2026-11-03T10:10 unit resident add 1-1-101 --name 王五 --relation 业主 --phone 13900001111
  ! 已登记住户 王五（业主）
  $ kefu --by lili --now 2026-11-03T10:11 unit resident add 1-1-101 --name 王小五 --relation 家庭成员
  ! 已登记住户 王小五（家庭成员）
  $ kefu --by lili --now 2026-11-03T10:12 unit vehicle add 1-1-101 --plate 粤B12345 --space B1-023
  ! 已登记车辆 粤B12345
  $ kefu --now 2026-11-03T10:20 unit show 1-1-101
  户号        1-1-101
  楼栋        1
  业主        王五
  电话        139****1111
  面积        89.50 平方米
  车位        1
  紧急联系人  王母 137****2222
  入住状态    业主自住
  住户：
    王五（业主） 139****1111
    王小五（家庭成员）
  车辆：
    粤B12345  车位 B1-023
  住户卡      —
  变更记录：
    2026-11-02T09:00 张敏 业主：陈建国 → 王五（房屋过户，凭不动产权证）
    2026-11-02T09:00 张敏 电话：138****5678 → 139****1111（房屋过户，凭不动产权证）
    2026-11-03T10:00 李丽 车位：0 → 1
    2026-11-03T10:00 李丽 紧急联系人：（无） → 王母 137****2222
    2026-11-03T10:10 李丽 住户：（无） → 王五（业主）139****1111
    2026-11-03T10:11 李丽 住户：（无） → 王小五（家庭成员）
    2026-11-03T10:12 李丽 车辆：（无） → 粤B12345（车位 B1-023）
  $ kefu --reveal --now 2026-11-03T10:20 unit show 1-1-101 --format json | grep -A6 '"history"'
    "history": [
      {
        "at": "2026-11-02T09:00",
        "by": "zhangmin",
        "field": "业主",
        "old": "陈建国",
        "new": "王五",
  $ grep -c seal: d/units/1.yaml
  1

The units file kefu rewrote is sealed like a record, and reads as before.

  $ kefu check 2>&1 | tail -1
  检查完毕：0 个记录文件，均无问题

1-2-201 lets to 李四 and his daughter; 黄伟 stays the owner.

  $ kefu --by zhangmin --now 2026-11-04T09:00 unit resident add 1-2-201 --name 李四 --relation 租户 --phone 13912345678
  ! 已登记住户 李四（租户）
  $ kefu --by zhangmin --now 2026-11-04T09:01 unit resident add 1-2-201 --name 李小四 --relation 家庭成员
  ! 已登记住户 李小四（家庭成员）
  $ kefu --by zhangmin --now 2026-11-04T09:02 unit resident add 1-2-201 --name 李四 --relation 家庭成员
  ! kefu: 1-2-201 已登记住户 李四；如需更改请先 resident remove
  [2]
  $ kefu --by zhangmin --now 2026-11-04T09:03 unit set 1-2-201 --occupancy 出租
  ! 已更改 1-2-201 的资料，变更已记入其变更记录

Resident cards (住户卡, §1.3.2.3): the site charges 10 yuan for a card and 20 for a
replacement; the fee goes on the unit's bill of the month in the same write.

  $ cat >> d/kefu.yaml <<'EOF'
  > resident_cards: {issue_fee: 10, reissue_fee: 20}
  > EOF
  $ kefu --by zhangmin --now 2026-11-04T09:10 unit card issue 1-2-201 --holder 路人甲
  ! kefu: 路人甲 不是 1-2-201 的业主或登记住户；请先用 kefu unit resident add 1-2-201 登记
  [2]
  $ kefu --by zhangmin --now 2026-11-04T09:10 unit card issue 1-2-201 --holder 李四
  1-2-201-1
  ! 已发放住户卡 1-2-201-1（李四），收费 10.00 元已计入 2026-11 账单
  $ kefu --by zhangmin --now 2026-11-04T09:11 unit card issue 1-2-201 --holder 李四
  ! kefu: 李四 已有在用的住户卡 1-2-201-1；丢失请先挂失再补办
  [2]
  $ kefu --by zhangmin --now 2026-11-12T09:00 unit card reissue 1-2-201 1-2-201-1
  ! kefu: 住户卡 1-2-201-1 未挂失，不能补办；请先 kefu unit card lost 1-2-201 1-2-201-1
  [2]
  $ kefu --by lili --now 2026-11-12T09:00 unit card lost 1-2-201 1-2-201-1
  ! 已挂失住户卡 1-2-201-1；补办：kefu unit card reissue 1-2-201 1-2-201-1
  $ kefu --by lili --now 2026-11-12T09:30 unit card reissue 1-2-201 1-2-201-1
  1-2-201-2
  ! 已补办住户卡 1-2-201-2（李四），收费 20.00 元已计入 2026-11 账单
  $ kefu --by lili --now 2026-11-12T09:31 unit card reissue 1-2-201 1-2-201-1
  ! kefu: 住户卡 1-2-201-1 已补办为 1-2-201-2
  [2]
  $ kefu --now 2026-11-12T10:00 unit show 1-2-201
  户号        1-2-201
  楼栋        1
  业主        黄伟
  电话        136****1111
  面积        98.25 平方米
  车位        1
  紧急联系人  —
  入住状态    出租
  住户：
    李四（租户） 139****5678
    李小四（家庭成员）
  车辆        —
  住户卡：
    1-2-201-1  李四  已挂失  2026-11-04T09:10 张敏 发放（收费 10.00 元），2026-11-12T09:00 李丽 登记挂失
    1-2-201-2  李四  在用  2026-11-12T09:30 李丽 发放（收费 20.00 元），补办自 1-2-201-1
  变更记录：
    2026-11-04T09:00 张敏 住户：（无） → 李四（租户）139****5678
    2026-11-04T09:01 张敏 住户：（无） → 李小四（家庭成员）
    2026-11-04T09:03 张敏 入住状态：（无） → 出租
    2026-11-04T09:10 张敏 住户卡：（无） → 1-2-201-1 李四 在用（发放住户卡）
    2026-11-12T09:00 李丽 住户卡：1-2-201-1 李四 在用 → 1-2-201-1 李四 已挂失（住户卡挂失）
    2026-11-12T09:30 李丽 住户卡：（无） → 1-2-201-2 李四 在用（住户卡补办）
  $ cat d/fees/bills/2026/11/1.yaml | grep -v '^seal:'
  period: 2026-11
  building: "1"
  bills:
    - unit: 1-2-201
      items:
        - item: resident_card
          name: 住户卡工本费
          amount: "10.00"
          at: 2026-11-04T09:10
          by: zhangmin
          note: 1-2-201-1
        - item: resident_card
          name: 住户卡补办费
          amount: "20.00"
          at: 2026-11-12T09:30
          by: lili
          note: 1-2-201-2

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
  ! bad.csv:3: 缺少业主姓名
  ! bad.csv:4: 电话「12345」不是电话号码（手机 11 位，固话带区号）；面积「八十」应为平方米数，最多两位小数，如 89.50
  ! bad.csv:5: 房号 1-1-101 与第 2 行重复
  ! kefu: bad.csv 有 3 行有误，未导入任何内容；请改正后重新导入
  [2]
  $ snap | diff before.txt - && echo 未改动
  未改动

A good roster of the estate's next building, saved by Excel in GBK, with a change to an
existing unit: --dry-run lists what would change and writes nothing; the import writes it,
the changed unit's history saying so.

  $ python3 - <<'EOF'
  > rows = ["房号,业主,手机号码,面积,车位,车牌号,紧急联系人,紧急联系电话,入住状态"]
  > rows.append("1-1-102,林小红,13987650000,120.00,1,粤B54321,林大明,13700000000,自住")
  > names = "赵钱孙李周吴郑王冯陈"
  > for i in range(10):
  >     for f in range(1, 11):
  >         rows.append(f"3-1-{f}{i + 1:02d},{names[i]}{'一二三四五六七八九十'[f-1]},139{f:04d}{i:04d},{89 + i}.50,{i % 2},,,,")
  > open("roster.csv", "wb").write(("\r\n".join(rows) + "\r\n").encode("gbk"))
  > EOF
  $ kefu --by zhangmin --now 2026-11-20T09:00 unit import roster.csv --dry-run > dry.txt
  ! 读取 roster.csv：GBK（GB18030）编码，已转换
  ! roster.csv（csv，GB18030）：101 户；新增 100 户，变更 1 户，无变化 0 户
  ! （--dry-run：未写入任何文件）
  $ head -3 dry.txt; grep -c 新增 dry.txt
  新增 3-1-101 赵一 139****0000 89.50 平方米
  新增 3-1-201 赵二 139****0000 89.50 平方米
  新增 3-1-301 赵三 139****0000 89.50 平方米
  100
  $ grep 变更 dry.txt
  变更 1-1-102 电话：139****4321 → 139****0000
  变更 1-1-102 车位：0 → 1
  变更 1-1-102 车辆：（无） → 粤B54321
  $ snap | diff before.txt - && echo 未改动
  未改动
  $ kefu --by zhangmin --now 2026-11-20T09:05 unit import roster.csv
  ! 读取 roster.csv：GBK（GB18030）编码，已转换
  ! roster.csv（csv，GB18030）：101 户；新增 100 户，变更 1 户，无变化 0 户
  ! 已导入：新增 100 户，变更 1 户（写入 2 个住户资料文件）
  $ ls d/units
  1.yaml
  2.yaml
  3.yaml
  $ kefu --now 2026-11-20T09:10 unit show 3-1-1010
  户号        3-1-1010
  楼栋        3
  业主        陈十
  电话        139****0009
  面积        98.50 平方米
  车位        1
  紧急联系人  —
  入住状态    业主自住
  住户        —
  车辆        —
  住户卡      —
  $ kefu --now 2026-11-20T09:10 unit show 1-1-102 | tail -3
    2026-11-20T09:05 张敏 电话：139****4321 → 139****0000（花名册导入 roster.csv）
    2026-11-20T09:05 张敏 车位：0 → 1（花名册导入 roster.csv）
    2026-11-20T09:05 张敏 车辆：（无） → 粤B54321（花名册导入 roster.csv）
  $ kefu --by zhangmin --now 2026-11-20T09:15 unit import roster.csv
  ! 读取 roster.csv：GBK（GB18030）编码，已转换
  ! roster.csv（csv，GB18030）：101 户；新增 0 户，变更 0 户，无变化 101 户
  ! 住户资料与花名册一致，未写入
  $ kefu check 2>&1 | tail -1
  检查完毕：1 个记录文件，均无问题

The same roster on a fresh store from `kefu init`: its sample unit 1-1-102 takes the
roster's owner and details (history kept), the 100 units of building 3 are added.

  $ kefu init fresh --site 新建小区 2>/dev/null
  $ kefu --data fresh --by zhangmin --now 2026-11-20T09:00 unit import roster.csv
  ! 读取 roster.csv：GBK（GB18030）编码，已转换
  ! roster.csv（csv，GB18030）：101 户；新增 100 户，变更 1 户，无变化 0 户
  ! 已导入：新增 100 户，变更 1 户（写入 2 个住户资料文件）
  $ kefu --data fresh check 2>&1 | tail -1
  检查完毕：0 个记录文件，均无问题
  $ grep -c "id: 3-1-" fresh/units/3.yaml
  100

An owner visit (走访, procedure 017): 王五 says the bathroom ceiling leaks. The concern
becomes a repair order in one step; the order names the visit and the visit the order.

  $ kefu --by zhangmin --now 2026-11-21T16:00 visit log --unit 1-1-101 --at 2026-11-21T15:00 --raised 卫生间顶棚渗水，楼上疑似防水层破损
  ZF-2026-11-0001
  ! 已登记走访 1-1-101 王五；反映的问题可用 kefu visit repair|complaint|opinion ZF-2026-11-0001 转交处理
  $ kefu --by lili --now 2026-11-21T16:10 visit log --unit 1-2-201 --person 李四/13912345678 --purpose 租户入住回访
  ZF-2026-11-0002
  ! 已登记走访 1-2-201 李四
  $ kefu --by zhangmin --now 2026-11-21T16:20 visit repair ZF-2026-11-0001
  BX-2026-11-0001
  ! 走访 ZF-2026-11-0001 反映的问题已转为报修 BX-2026-11-0001
  $ kefu --by zhangmin --now 2026-11-21T16:21 visit repair ZF-2026-11-0001
  ! kefu: 走访 ZF-2026-11-0001 已转为报修 BX-2026-11-0001，不能重复转换
  [2]
  $ kefu --by zhangmin --now 2026-11-21T16:21 visit repair ZF-2026-11-0002
  ! kefu: 走访 ZF-2026-11-0002 没有记录反映的问题（--raised），无可转交的内容
  [2]
  $ kefu --now 2026-11-21T16:30 repair show BX-2026-11-0001 --format json | grep -E '"(visit|unit|fault|channel)"'
    "channel": "visit",
    "unit": "1-1-101",
    "fault": "卫生间顶棚渗水，楼上疑似防水层破损",
    "visit": "ZF-2026-11-0001",
  $ kefu --now 2026-11-21T16:30 visit show ZF-2026-11-0001
  编号        ZF-2026-11-0001
  走访时间    2026-11-21T15:00
  户号        1-1-101
  走访对象    王五 139****1111
  走访人      张敏
  走访目的    例行走访
  反映问题    卫生间顶棚渗水，楼上疑似防水层破损
  转交        报修 BX-2026-11-0001
  处理经过：
    2026-11-21T16:00  张敏     登记  登记走访
    2026-11-21T16:20  张敏     转换  转为报修 BX-2026-11-0001
  $ kefu --now 2026-11-21T16:30 visit list --month 2026-11
  编号             走访时间          户号     走访对象  走访人  反映问题                            转交
  ---------------  ----------------  -------  --------  ------  ----------------------------------  --------------------
  ZF-2026-11-0001  2026-11-21T15:00  1-1-101  王五      张敏    卫生间顶棚渗水，楼上疑似防水层破损  报修 BX-2026-11-0001
  ZF-2026-11-0002  2026-11-21T16:10  1-2-201  李四      李丽    —                                   —
  ! 共 2 次走访

The forms: 客户情况登记表 and 走访记录表.

  $ kefu --now 2026-11-21T17:00 render customer_record 1-2-201
  翠湖花园 客户服务中心
  客户情况登记表
  
  户号：1-2-201    楼栋：1    建筑面积：98.25 平方米    车位：1
  业主：黄伟    联系电话：136****1111    入住状态：出租
  紧急联系人：—
  
  住户（业主、租户、家庭成员）：
    李四（租户）  139****5678
    李小四（家庭成员）
  车辆：
    （未登记）
  住户卡：
    1-2-201-1  李四  已挂失  2026-11-04 发放
    1-2-201-2  李四  在用  2026-11-12 发放（补办自 1-2-201-1）
  资料变更记录：
    2026-11-04  张敏  住户：（无） → 李四（租户）139****5678
    2026-11-04  张敏  住户：（无） → 李小四（家庭成员）
    2026-11-04  张敏  入住状态：（无） → 出租
    2026-11-04  张敏  住户卡：（无） → 1-2-201-1 李四 在用
    2026-11-12  李丽  住户卡：1-2-201-1 李四 在用 → 1-2-201-1 李四 已挂失
    2026-11-12  李丽  住户卡：（无） → 1-2-201-2 李四 在用
  
  业主资料须保密（§3.1.9），未经业主同意不得向他人提供。
  登记人：____________    客户主管：____________    打印日期：2026-11-21
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-11-21T17:00 render visits 2026-11
  翠湖花园 客户服务中心
  走访记录表    2026-11
  
  1. 编号：ZF-2026-11-0001    走访时间：2026-11-21T15:00    走访人：张敏
     户号：1-1-101    走访对象：王五    电话：139****1111
     走访目的：例行走访
     反映问题：卫生间顶棚渗水，楼上疑似防水层破损
     跟进情况：—
     转交处理：报修 BX-2026-11-0001
  
  2. 编号：ZF-2026-11-0002    走访时间：2026-11-21T16:10    走访人：李丽
     户号：1-2-201    走访对象：李四    电话：139****5678
     走访目的：租户入住回访
     反映问题：无
     跟进情况：—
     转交处理：—
  
  共 2 次走访。
  
  走访人：____________    客户主管：____________    打印日期：2026-11-21
  翠湖花园管理处  电话：0755-86000000

The help teaches, with examples.

  $ kefu unit --help
  业主、住户资料：查看与更改业主、电话、住户、车辆、紧急联系人、住户卡；导入花名册
  用法: kefu unit [选项] 子命令
  
  选项:
    -h,--help                       显示帮助
  
  子命令:
    show                            查看一户的资料：业主、住户、车辆、住户卡、入住状态与变更记录
    set                             更改业主、电话、面积、车位、紧急联系人或入住状态
    resident                        登记或注销住户（业主、租户、家庭成员）
    vehicle                         登记或注销车辆
    card                            住户卡：发放、挂失、补办（§1.3.2.3）
    import                          从花名册（CSV 或 xlsx，UTF-8 或 GBK）导入住户资料，新增或更新各户
  
  每一次更改都记入该户的变更记录（何时、何人、何项、原值 → 新值），不会无声覆盖；
  住户资料保存在 units/<楼栋>.yaml。电话号码除 --reveal 外一律部分隐藏。
  住户卡（§1.3.2.3）：card issue 发放、card lost 挂失、card reissue 补办；kefu.yaml 的
  resident_cards: {issue_fee, reissue_fee} 设有费用时，费用计入该户当月账单。
  表单：kefu render customer_record 3-2-1102（客户情况登记表）。
  例：kefu unit show 3-2-1102
      kefu --by zhangmin unit set 3-2-1102 --owner 王五 --phone 13900001111 --note 房屋过户
      kefu --by zhangmin unit resident add 3-2-1102 --name 李四 --relation 租户 --phone 13912345678
      kefu --by zhangmin unit card lost 3-2-1102 3-2-1102-1
      kefu --by zhangmin unit import 花名册.csv --dry-run
  $ kefu unit import --help
  从花名册（CSV 或 xlsx，UTF-8 或 GBK）导入住户资料，新增或更新各户
  用法: kefu unit import [选项] ROSTER
  
  位置参数:
    ROSTER 文本 必填                花名册文件
  
  选项:
    -h,--help                       显示帮助
    --dry-run                       只列出将新增和变更的内容，不写入
  
  第一行为表头，按列名识别（同义列名均可）：
    房号/户号/房间号（必填）  业主/业主姓名/户主（必填）  电话/联系电话/手机
    面积/建筑面积  车位/车位数/车位号  车牌/车牌号  紧急联系人  紧急联系电话
    楼栋/楼号（默认取房号第一段）  入住状态（空置 自住 出租 装修中）
  有任何一行有误时逐行列出（行号与原因），退出码 2，不写入任何内容。
  已有的户按花名册更新业主、电话、面积等，每项变更记入该户变更记录；住户、住户卡不变。
  全部文件在一次事务中写入。
  例：kefu --by zhangmin unit import 花名册.csv --dry-run
      kefu --by zhangmin unit import 花名册.xlsx
  $ kefu visit repair --help
  把走访中反映的问题转为报修（BX-…）
  用法: kefu visit repair [选项] ID
  
  位置参数:
    ID 文本 必填                    走访编号
  
  选项:
    -h,--help                       显示帮助
    --urgency 文本=normal           紧急程度：紧急 一般（urgent normal）
    --fault 文本                    故障描述（默认为走访记录的反映问题）
  
  例：kefu --by zhangmin visit repair ZF-2026-11-0001
  在标准输出打印报修编号。
