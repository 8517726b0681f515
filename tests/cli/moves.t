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
  户号        2-1-301
  业主        周丽华
  入住状态    业主自住（无迁入迁出记录，默认）
  住户        周丽华（业主 135****2222）
  $ sed -i 's/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40}/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40, occupancy: vacant}/' d/units/2.yaml
  $ kefu --now 2026-09-01T09:00 move unit 2-1-302
  户号        2-1-302
  业主        吴强
  入住状态    空置（户籍登记）
  住户        —

September 1st: 周丽华 lets 2-1-301 to 李四, who moves in with his daughter. The checklist
comes from kefu.yaml's move_checklist (the default list here).

  $ kefu --by zhangmin --now 2026-09-01T09:00 move in --unit 2-1-301 --occupant 租户 --person 李四/租户/13912345678 --person 李小四/家庭成员 --emergency 李父/13700001111
  BQ-2026-09-0001
  ! 已登记 2-1-301 租户迁入 BQ-2026-09-0001；交接清单 5 项，逐项完成后用 move check BQ-2026-09-0001 --item 项目 --note 读数 登记
  $ kefu --by zhangmin --now 2026-09-01T09:20 move check BQ-2026-09-0001 --item 钥匙交接 --note '3 把'
  ! 已登记；BQ-2026-09-0001 尚有 4 项未交接
  $ kefu --by zhangmin --now 2026-09-01T09:25 move check BQ-2026-09-0001 --item 2 --note 0123.4
  ! 已登记；BQ-2026-09-0001 尚有 3 项未交接
  $ kefu --by zhangmin --now 2026-09-01T09:26 move check BQ-2026-09-0001 --item 暖气表读数
  ! kefu: 交接清单中没有「暖气表读数」；清单：1.钥匙交接、2.水表读数、3.电表读数、4.燃气表读数、5.入伙资料（业主手册、管理规约）
  [2]
  $ kefu --now 2026-09-01T09:30 move list
  编号             类型  搬迁时间     户号     住户  人员          状态    经办人
  ---------------  ----  -----------  -------  ----  ------------  ------  ------
  BQ-2026-09-0001  迁入  09-01 09:00  2-1-301  租户  李四、李小四  交接中  张敏
  ! 共 1 条
  $ for i in 3 4 5; do kefu --by zhangmin --now 2026-09-01T09:3$i move check BQ-2026-09-0001 --item $i; done
  ! 已登记；BQ-2026-09-0001 尚有 2 项未交接
  ! 已登记；BQ-2026-09-0001 尚有 1 项未交接
  ! 已登记；BQ-2026-09-0001 交接清单已全部完成
  $ kefu --now 2026-09-01T09:40 move show BQ-2026-09-0001
  编号        BQ-2026-09-0001
  类型        迁入（租户）
  状态        已交接
  户号        2-1-301
  搬迁时间    2026-09-01T09:00
  登记时间    2026-09-01T09:00
  人员        李四（租户 139****5678）、李小四（家庭成员）
  紧急联系人  李父 137****1111
  经办人      张敏
  交接清单：
    1. [✓] 钥匙交接：3 把
    2. [✓] 水表读数：0123.4
    3. [✓] 电表读数
    4. [✓] 燃气表读数
    5. [✓] 入伙资料（业主手册、管理规约）
  处理经过：
    2026-09-01T09:00  张敏     登记  2-1-301 租户（李四、李小四）迁入：2026-09-01T09:00
    2026-09-01T09:20  张敏     交接  钥匙交接：3 把
    2026-09-01T09:25  张敏     交接  水表读数：0123.4
    2026-09-01T09:33  张敏     交接  电表读数
    2026-09-01T09:34  张敏     交接  燃气表读数
    2026-09-01T09:35  张敏     交接  入伙资料（业主手册、管理规约）
  $ kefu --now 2026-09-01T09:40 move unit 2-1-301
  户号        2-1-301
  业主        周丽华
  入住状态    出租
  住户        李四（租户 139****5678）、李小四（家庭成员）
  迁入迁出记录：
  编号             类型  搬迁时间     户号     住户  人员          状态    经办人
  ---------------  ----  -----------  -------  ----  ------------  ------  ------
  BQ-2026-09-0001  迁入  09-01 09:00  2-1-301  租户  李四、李小四  已交接  张敏

October's bill is issued and left unpaid; November's too.

  $ kefu --by lili --now 2026-10-02T09:00 fee bill --period 2026-10
  ! 已开具 2026-10 账单：5 户，11 项，合计 1601.87 元
  $ kefu --by lili --now 2026-11-02T09:00 fee bill --period 2026-11 > /dev/null 2>&1

November 20th: 李四 moves out. Without the owner's consent no goods leave.

  $ kefu --by zhangmin --now 2026-11-20T09:00 move out --unit 2-1-301 --occupant 租户
  BQ-2026-11-0001
  ! 已登记 2-1-301 租户迁出 BQ-2026-11-0001；放行前须取得业主同意（move consent BQ-2026-11-0001）并结算（move settle BQ-2026-11-0001）
  $ snap > before
  $ kefu --by zhangmin --now 2026-11-20T09:05 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12
  ! kefu: BQ-2026-11-0001 是租户迁出，须先取得业主同意（业主同意搬离通知书），用 move consent BQ-2026-11-0001 登记后方可放行
  [2]
  $ kefu --by zhangmin --now 2026-11-20T09:05 move settle BQ-2026-09-0001
  ! kefu: BQ-2026-09-0001 是迁入，搬迁结算只用于迁出
  [2]
  $ snap | diff before - && echo unchanged
  unchanged

The owner agrees by phone (业主同意搬离通知书). Still no settlement: refused.

  $ kefu --by zhangmin --now 2026-11-20T09:30 move consent BQ-2026-11-0001 --method 电话
  ! 已登记 BQ-2026-11-0001 业主 周丽华 电话同意搬离
  $ snap > before
  $ kefu --by zhangmin --now 2026-11-20T09:35 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12
  ! kefu: BQ-2026-11-0001 尚未结算，请先用 move settle BQ-2026-11-0001 办理搬迁结算
  [2]
  $ snap | diff before - && echo unchanged
  unchanged

The settlement, from the unit's ledger at this moment, to the fen: October's and November's
bills unpaid, 395.45 each (the same figures as the unit's fee statement).

  $ kefu --by zhangmin --now 2026-11-20T10:00 move settle BQ-2026-11-0001
  BQ-2026-11-0001 搬迁结算（2-1-301）：
    2026-10 账期  应缴     395.45  已缴       0.00  欠缴     395.45
    2026-11 账期  应缴     395.45  已缴       0.00  欠缴     395.45
    欠费合计 790.90 元，预交余额 0.00 元，应结 790.90 元
  ! 2-1-301 欠费 790.90 元：缴清前不能开具物品放行条（kefu fee pay 2-1-301 金额）
  $ kefu --now 2026-11-20T10:00 fee statement 2-1-301 | tail -6
  账期     应收    已收  未收
  -------  ------  ----  ------
  2026-10  395.45  0.00  395.45
  2026-11  395.45  0.00  395.45
  
  合计应收 790.90 元，已缴 0.00 元，尚欠 790.90 元

With the unit in arrears the release slip is refused, exit 2, nothing written.

  $ snap > before
  $ kefu --by zhangmin --now 2026-11-20T10:05 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --plate 粤B12345
  ! kefu: 2-1-301 尚欠费 790.90 元，不能开具物品放行条；请先缴清（kefu fee pay 2-1-301 金额），或由管理处经理批准放行（--override-by 经理 --reason 理由）
  [2]
  $ kefu --by zhangmin --now 2026-11-20T10:05 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --override-by wangqiang --reason 业主承诺
  ! kefu: 王强 是客户主管，不是管理处经理，不能批准欠费放行
  [2]
  $ snap | diff before - && echo unchanged
  unchanged
  $ kefu --now 2026-11-20T10:06 move show BQ-2026-11-0001 | grep -c 物品放行条
  0
  [1]

The tenant pays 719 at the desk: still 71.90 short, still refused. Once the rest is paid the
slip is issued.

  $ kefu --by lili --now 2026-11-20T10:30 fee pay 2-1-301 719 --method 微信 > /dev/null 2>&1
  $ kefu --by zhangmin --now 2026-11-20T10:35 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --plate 粤B12345
  ! kefu: 2-1-301 尚欠费 71.90 元，不能开具物品放行条；请先缴清（kefu fee pay 2-1-301 金额），或由管理处经理批准放行（--override-by 经理 --reason 理由）
  [2]
  $ kefu --by lili --now 2026-11-20T10:36 fee pay 2-1-301 71.90 --method 微信 > /dev/null 2>&1
  $ kefu --by zhangmin --now 2026-11-20T10:38 move release BQ-2026-11-0001 --goods 家具家电 --pieces 12 --plate 粤B12345
  ! 已开具 BQ-2026-11-0001 第 1 号物品放行条：家具家电 12 件；打印：kefu render release BQ-2026-11-0001/1
  $ kefu --now 2026-11-20T10:40 render release BQ-2026-11-0001
  翠湖花园
  物品放行条
  
  编号：BQ-2026-11-0001-1    户号：2-1-301    （租户）
  搬出人：李四、李小四
  放行物品：家具家电
  件    数：12 件
  车 牌 号：粤B12345
  放行日期：2026-11-20
  业主同意搬离：周丽华（已登记业主同意搬离通知书）
  费用结清：已办理搬迁结算，放行时无欠费
  开具人：张敏    开具时间：2026-11-20T10:38
  
  搬出人签名：____________    护卫员核对：____________    放行时间：____________
  （本条一式两联：客户服务中心存根一联，交大门岗核对放行一联）
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-11-20T10:40 render settlement BQ-2026-11-0001
  翠湖花园
  客户搬迁结算表
  
  编号：BQ-2026-11-0001    户号：2-1-301    业主：周丽华
  迁出：租户 李四、李小四    搬迁时间：2026-11-20T09:00
  业主同意搬离：周丽华 电话同意（2026-11-20T09:30）
  账期          应缴金额      已缴金额      欠缴金额
  2026-10       395.45          0.00        395.45
  2026-11       395.45          0.00        395.45
  
  欠费合计：¥790.90 元    预交余额：¥0.00 元    应结金额：¥790.90 元
  
  结算时间：2026-11-20T10:00    经办：张敏
  应结金额大于零时，缴清后方可开具物品放行条。
  
  客户签名：____________    财务：____________    客户服务中心：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-11-20T10:40 move show BQ-2026-11-0001
  编号        BQ-2026-11-0001
  类型        迁出（租户）
  状态        已放行
  户号        2-1-301
  搬迁时间    2026-11-20T09:00
  登记时间    2026-11-20T09:00
  人员        李四（租户 139****5678）、李小四（家庭成员）
  经办人      张敏
  业主同意    周丽华 电话同意（2026-11-20T09:30）
  搬迁结算（2026-11-20T10:00 张敏）：
    2026-10 账期  应缴     395.45  已缴       0.00  欠缴     395.45
    2026-11 账期  应缴     395.45  已缴       0.00  欠缴     395.45
    欠费合计 790.90 元，预交余额 0.00 元，应结 790.90 元
  物品放行条  第 1 号 2026-11-20T10:38 家具家电 12 件，车牌 粤B12345，张敏 开具
  处理经过：
    2026-11-20T09:00  张敏     登记  2-1-301 租户（李四、李小四）迁出：2026-11-20T09:00
    2026-11-20T09:30  张敏     同意  业主 周丽华 电话同意搬离（2026-11-20T09:30）
    2026-11-20T10:00  张敏     结算  结算：欠费 790.90 元（2 个账期）
    2026-11-20T10:38  张敏     放行  物品放行条第 1 号：家具家电 12 件，车牌 粤B12345
  $ kefu --now 2026-11-20T10:40 move unit 2-1-301
  户号        2-1-301
  业主        周丽华
  入住状态    空置
  住户        —
  迁入迁出记录：
  编号             类型  搬迁时间     户号     住户  人员          状态    经办人
  ---------------  ----  -----------  -------  ----  ------------  ------  ------
  BQ-2026-09-0001  迁入  09-01 09:00  2-1-301  租户  李四、李小四  已交接  张敏
  BQ-2026-11-0001  迁出  11-20 09:00  2-1-301  租户  李四、李小四  已放行  张敏

An owner leaves 1-1-101 owing October's and November's fees; the estate manager lets the goods go on
the owner's written promise. An owner's own move-out needs no consent.

  $ kefu --by lili --now 2026-11-21T09:00 move out --unit 1-1-101
  BQ-2026-11-0002
  ! 已登记 1-1-101 业主迁出 BQ-2026-11-0002；放行前须结算（move settle BQ-2026-11-0002）
  $ kefu --by lili --now 2026-11-21T09:05 move consent BQ-2026-11-0002
  ! kefu: BQ-2026-11-0002 是业主本人迁出，无需业主同意搬离通知书
  [2]
  $ kefu --by lili --now 2026-11-21T09:10 move settle BQ-2026-11-0002
  BQ-2026-11-0002 搬迁结算（1-1-101）：
    2026-10 账期  应缴     246.13  已缴       0.00  欠缴     246.13
    2026-11 账期  应缴     246.13  已缴       0.00  欠缴     246.13
    欠费合计 492.26 元，预交余额 0.00 元，应结 492.26 元
  ! 1-1-101 欠费 492.26 元：缴清前不能开具物品放行条（kefu fee pay 1-1-101 金额）
  $ kefu --by lili --now 2026-11-21T09:15 move release BQ-2026-11-0002 --goods 衣物 --pieces 3 --override-by 赵经理
  ! kefu: 欠费放行须用 --reason 写明理由
  [2]
  $ kefu --by lili --now 2026-11-21T09:15 move release BQ-2026-11-0002 --goods 衣物 --pieces 3 --override-by 赵经理 --reason 业主书面承诺月底前缴清
  ! 已开具 BQ-2026-11-0002 第 1 号物品放行条：衣物 3 件（欠费 492.26 元，经 赵经理 批准）；打印：kefu render release BQ-2026-11-0002/1
  $ kefu --now 2026-11-21T09:20 render release BQ-2026-11-0002
  翠湖花园
  物品放行条
  
  编号：BQ-2026-11-0002-1    户号：1-1-101    （业主）
  搬出人：陈建国
  放行物品：衣物
  件    数：3 件
  车 牌 号：
  放行日期：2026-11-21
  欠费放行：该户欠费 ¥492.26 元，经 赵经理 批准放行；理由：业主书面承诺月底前缴清
  开具人：李丽    开具时间：2026-11-21T09:15
  
  搬出人签名：____________    护卫员核对：____________    放行时间：____________
  （本条一式两联：客户服务中心存根一联，交大门岗核对放行一联）
  翠湖花园管理处  电话：0755-86000000

A tenant's move-out still without the owner's consent three days on is a `kefu due` line.

  $ kefu --by zhangmin --now 2026-11-22T09:00 move in --unit 1-2-201 --occupant tenant --person 王五
  BQ-2026-11-0003
  ! 已登记 1-2-201 租户迁入 BQ-2026-11-0003；交接清单 5 项，逐项完成后用 move check BQ-2026-11-0003 --item 项目 --note 读数 登记
  $ kefu --by zhangmin --now 2026-11-23T09:00 move out --unit 1-2-201 --occupant tenant
  BQ-2026-11-0004
  ! 已登记 1-2-201 租户迁出 BQ-2026-11-0004；放行前须取得业主同意（move consent BQ-2026-11-0004）并结算（move settle BQ-2026-11-0004）
  $ kefu --now 2026-11-26T09:30 due | grep BQ-
  BQ-2026-11-0004  租户迁出未取得业主同意  11-26 09:00  1-2-201 租户迁出
  [1]

The month's 客户迁入、迁出统计表, as a table, as JSON and as the printable form; and the line
of the monthly report.

  $ kefu --now 2026-11-30T18:00 move stats --month 2026-11
  2026-11 客户迁入、迁出统计表
  楼栋  迁入  业主  租户  迁出  业主  租户  放行条  欠费放行
  ----  ----  ----  ----  ----  ----  ----  ------  --------
  1 栋  1     0     1     2     1     1     1       1
  2 栋  0     0     0     1     0     1     1       0
  合计  1     0     1     3     1     2     2       1
  $ kefu --now 2026-11-30T18:00 --format json move stats --month 2026-11
  {
    "month": "2026-11",
    "buildings": [
      {
        "in": 1,
        "in_owner": 0,
        "in_tenant": 1,
        "out": 2,
        "out_owner": 1,
        "out_tenant": 1,
        "release_slips": 1,
        "overrides": 1,
        "building": "1"
      },
      {
        "in": 0,
        "in_owner": 0,
        "in_tenant": 0,
        "out": 1,
        "out_owner": 0,
        "out_tenant": 1,
        "release_slips": 1,
        "overrides": 0,
        "building": "2"
      }
    ],
    "total": {
      "in": 1,
      "in_owner": 0,
      "in_tenant": 1,
      "out": 3,
      "out_owner": 1,
      "out_tenant": 2,
      "release_slips": 2,
      "overrides": 1
    }
  }
  $ kefu --now 2026-11-30T18:00 render moves 2026-11
  翠湖花园 客户服务中心
  客户迁入、迁出统计表
  月份：2026-11
  
  楼栋      迁入    业主    租户    迁出    业主    租户  放行条  欠费放行
  1 栋         1       0       1       2       1       1       1       1
  2 栋         0       0       0       1       0       1       1       0
  
  合计         1       0       1       3       1       2       2       1
  
  迁入、迁出按搬迁时间计入月份；放行条按开具时间计入。欠费放行为经管理处经理批准的放行条。
  
  制表：____________    客户主管：____________    制表日期：2026-11-30
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-01T09:00 report monthly --month 2026-11 | grep 迁入迁出
  迁入迁出：迁入 1 户（业主 0、租户 1），迁出 3 户（业主 1、租户 2）；开具物品放行条 2 张，其中欠费经管理处经理批准放行 1 张
  $ kefu --now 2026-12-01T09:00 move list --month 2026-11 --format csv
  ﻿id,kind,received_at,moved_at,unit,occupant,state,owner
  BQ-2026-11-0001,move_out,2026-11-20T09:00,2026-11-20T09:00,2-1-301,tenant,已放行,zhangmin
  BQ-2026-11-0002,move_out,2026-11-21T09:00,2026-11-21T09:00,1-1-101,owner,已放行,lili
  BQ-2026-11-0003,move_in,2026-11-22T09:00,2026-11-22T09:00,1-2-201,tenant,交接中,zhangmin
  BQ-2026-11-0004,move_out,2026-11-23T09:00,2026-11-23T09:00,1-2-201,tenant,待业主同意,zhangmin
  $ kefu --now 2026-12-01T09:00 check > /dev/null && echo ok
  ok
  ! 索引与记录文件一致
  ! 检查完毕：10 个记录文件，均无问题
