Paid special services (特约服务, R7, manual §3.5.3) at the end of November 2026: a service
ordered from the price list, done, its 缴费通知单 rendered and delivered, its charge in the
unit's ledger to the fen, called back by phone, then in arrears and paid; a service at an
agreed price; a repair with a charge converted without retyping; and what is refused
(exit 2, nothing written).

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ cat >> d/kefu.yaml <<'EOF'
  > # 特约服务价目表
  > special_services:
  >   - {key: unclog, name: 管道疏通, price: 80.00}
  >   - {key: ac_clean, name: 空调清洗, price: 120.50}
  > EOF
  $ kefu --by lili --now 2026-11-02T09:00 fee bill --period 2026-11
  ! 已开具 2026-11 账单：5 户，11 项，合计 1601.87 元

Tuesday 24th: 陈建国 of 1-1-101 asks for his kitchen drain to be cleared, at the list price.

  $ kefu --by zhangmin --now 2026-11-24T09:00 special open --unit 1-1-101 --service unclog
  TY-2026-11-0001
  ! 已受理特约服务 TY-2026-11-0001（1-1-101 管道疏通，80.00 元，价目表价格），首问负责人 张敏
  $ kefu --now 2026-11-24T09:05 special list
  编号             受理时间     户号     服务内容  金额   状态    首问负责人  服务人员  通知单  回访期限  逾期
  ---------------  -----------  -------  --------  -----  ------  ----------  --------  ------  --------  ----
  TY-2026-11-0001  11-24 09:00  1-1-101  管道疏通  80.00  待服务  张敏
  ! 共 1 条
  $ kefu --by liugong --now 2026-11-24T11:00 special done TY-2026-11-0001 --worker 刘工 --at 2026-11-24T10:40 --result 厨房下水已疏通
  ! TY-2026-11-0001 已完成；收费 80.00 元已计入 1-1-101 2026-11 账单；缴费通知单：kefu special notice TY-2026-11-0001，于 2026-11-26 前送达后用 special delivered 登记；请于 2026-12-01 前电话回访

The charge is on the unit's November bill, to the fen, beside the management fee.

  $ kefu --now 2026-11-24T11:05 fee statement 1-1-101
  户号 1-1-101  业主 陈建国  建筑面积 89.50 m²  车位 0  截至 2026-11-24T11:05
  
  账单：
  账期     项目                数量   单价  金额    开具
  -------  ------------------  -----  ----  ------  ----------
  2026-11  物业管理费          89.50  2.50  223.75  2026-11-02
  2026-11  专项维修资金        89.50  0.25  22.38   2026-11-02
  2026-11  特约服务：管道疏通               80.00   2026-11-24
  
  缴费：
  编号  时间  金额  方式  收据号  冲抵
  ----  ----  ----  ----  ------  ----
  
  各期结欠：
  账期     应收    已收  未收
  -------  ------  ----  ------
  2026-11  326.13  0.00  326.13
  
  合计应收 326.13 元，已缴 0.00 元，尚欠 326.13 元
  $ kefu --now 2026-11-24T11:05 special notice TY-2026-11-0001
  翠湖花园
  缴费通知单
  
  尊敬的 陈建国（1-1-101）：
  
    您于 2026-11-24T10:40 所接受的特约服务（特约服务单号 TY-2026-11-0001）已完成：
      服务内容：管道疏通（厨房下水已疏通）
      服务人员：刘工
    应缴费用：人民币 ¥80.00 元（已计入 2026-11 账单）
  
    请于收到本通知后到客户服务中心缴纳。如有疑问，请致电 0755-86000000。
  
                                          翠湖花园管理处
                                          2026-11-24
  
  客户签收：____________    签收日期：____________
  $ kefu --by lili --now 2026-11-24T15:00 special delivered TY-2026-11-0001 --to 陈建国
  ! 已登记 TY-2026-11-0001 的缴费通知单送达：2026-11-24T15:00 由 李丽 送达 陈建国
  $ kefu --now 2026-11-24T15:05 render payment TY-2026-11-0001 | tail -1
  客户签收：陈建国    签收日期：2026-11-24T15:00    送达人：李丽
  $ kefu --now 2026-11-24T15:05 special show TY-2026-11-0001
  服务单号    TY-2026-11-0001
  状态        待回访
  受理时间    2026-11-24T09:00 周二
  来源渠道    电话
  户号        1-1-101
  客户        陈建国
  联系电话    138****5678
  服务内容    管道疏通
  收费        80.00 元（价目表 unclog）
  首问负责人  张敏
  服务人员    刘工
  完成时间    2026-11-24T10:40
  服务结果    厨房下水已疏通
  计入账单    2026-11 账期
  通知单送达  2026-11-24T15:00 李丽 送达 陈建国
  回访期限    2026-12-01T23:59:59
  处理经过：
    2026-11-24T09:00  张敏     受理  受理特约服务：管道疏通，80.00 元（价目表）
    2026-11-24T10:40  刘工     完工  完成，服务人员 刘工；收费 80.00 元计入 2026-11 账单；厨房下水已疏通
    2026-11-24T15:00  李丽     送达  缴费通知单由 李丽 送达 陈建国

A service not on the list, at a price agreed with the owner.

  $ kefu --by zhangmin --now 2026-11-24T16:00 special open --unit 1-1-102 --what 窗帘轨道安装 --price 60 --channel 来访
  TY-2026-11-0002
  ! 已受理特约服务 TY-2026-11-0002（1-1-102 窗帘轨道安装，60.00 元，议定价格），首问负责人 张敏

The daily check of the 24th lists both among the paid services.

  $ kefu --now 2026-11-25T08:00 daily --day 2026-11-24
  每日受理情况  2026-11-24（周二）  状态截至 2026-11-25T08:00
  序号  受理时间     类型      编号             户号/地点  类别      接待人  目前状态  逾期  有偿        事由
  ----  -----------  --------  ---------------  ---------  --------  ------  --------  ----  ----------  ------------
  1     11-24 09:00  特约服务  TY-2026-11-0001  1-1-101    有偿服务  张敏    待回访          有偿 80.00  管道疏通
  2     11-24 16:00  特约服务  TY-2026-11-0002  1-1-102    有偿服务  张敏    待服务          有偿 60.00  窗帘轨道安装
  
  受理 2 件：投诉 0 件（未结 0，逾期 0）；报修 0 件（未结 0，逾期 0）；特约服务 2 件（未结 2，逾期 0）；来电来访 0 次；有偿服务 2 件，收费 140.00 元
  尚未办结 2 件，其中逾期 0 件：TY-2026-11-0001 待回访（张敏）；TY-2026-11-0002 待服务（张敏）

A repair logged and done with a charge becomes a special service: out of the repair KPIs,
its charge in the ledger.

  $ kefu --by zhangmin --now 2026-11-26T09:00 repair log --unit 1-2-201 --fault 更换卫生间水龙头
  BX-2026-11-0001
  ! 已受理报修 BX-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T23:59:59 前完工
  $ kefu --by zhangmin --now 2026-11-26T09:10 repair dispatch BX-2026-11-0001 --tech 刘工
  ! 已将 BX-2026-11-0001 派给 刘工
  $ kefu --by zhangmin --now 2026-11-26T11:00 repair done BX-2026-11-0001 --signed-by 黄伟 --charge 45.5 --materials 水龙头1个
  ! BX-2026-11-0001 已完工；请于 2026-12-03 前回访；特约服务收费 45.50 元：用 kefu repair to-special BX-2026-11-0001 转为特约服务，收费计入该户账单
  $ kefu --by lili --now 2026-11-26T11:30 repair to-special BX-2026-11-0001
  TY-2026-11-0003
  ! 报修 BX-2026-11-0001 已转为特约服务 TY-2026-11-0003，不再计入报修统计；收费 45.50 元已计入 1-2-201 2026-11 账单；请于 2026-12-03 前电话回访
  $ kefu --now 2026-11-26T11:35 repair show BX-2026-11-0001
  报修编号    BX-2026-11-0001
  状态        已完成
  类型        户内维修
  受理时间    2026-11-26T09:00 周四
  来源渠道    电话
  户号        1-2-201
  报修人      黄伟
  联系电话    136****1111
  故障        更换卫生间水龙头
  紧急程度    一般
  首问负责人  张敏
  维修班组    工程部
  维修人员    刘工
  派工时间    2026-11-26T09:10
  完工时限    2026-11-27T23:59:59
  完工时间    2026-11-26T11:00
  材料        水龙头1个
  特约收费    45.50 元
  业主签字    黄伟
  回访期限    2026-12-03T23:59:59
  特约服务    TY-2026-11-0003
  处理经过：
    2026-11-26T09:00  张敏     受理  受理报修（一般）
    2026-11-26T09:10  张敏     派工  派工 工程部 刘工
    2026-11-26T11:00  张敏     完工  完工（黄伟 签字）
    2026-11-26T11:30  李丽     转换  转为特约服务 TY-2026-11-0003，不再计入报修统计
  $ kefu --now 2026-11-26T11:35 special show TY-2026-11-0003
  服务单号    TY-2026-11-0003
  状态        待回访
  受理时间    2026-11-26T09:00 周四
  来源渠道    电话
  户号        1-2-201
  客户        黄伟
  联系电话    136****1111
  服务内容    更换卫生间水龙头
  收费        45.50 元（议定）
  首问负责人  张敏
  服务人员    刘工
  完成时间    2026-11-26T11:00
  计入账单    2026-11 账期
  通知单送达  未送达，须于 2026-11-30T23:59:59 前送达（kefu special notice TY-2026-11-0003 生成缴费通知单）
  原报修单    BX-2026-11-0001
  回访期限    2026-12-03T23:59:59
  处理经过：
    2026-11-26T11:30  李丽     转换  由报修 BX-2026-11-0001 转为特约服务；收费 45.50 元计入 2026-11 账单
  $ kefu --now 2026-11-26T11:35 --format json fee statement 1-2-201 | python3 -c 'import json,sys; d=json.load(sys.stdin); print([(i["name"], i["amount"]) for b in d["bills"] for i in b["items"]])'
  [('物业管理费', '245.63'), ('车位管理费', '150.00'), ('专项维修资金', '24.56'), ('特约服务：更换卫生间水龙头', '45.50')]
  $ kefu --now 2026-11-26T11:40 contact list --month 2026-11 --type 特约服务
  时间         方式  类型      类别      客户    户号/地点  电话         编号             接待人  处理情况  事由
  -----------  ----  --------  --------  ------  ---------  -----------  ---------------  ------  --------  ----------------
  11-24 09:00  电话  特约服务  有偿服务  陈建国  1-1-101    138****5678  TY-2026-11-0001  张敏    待回访    管道疏通
  11-24 16:00  来访  特约服务  有偿服务  林小红  1-1-102    139****4321  TY-2026-11-0002  张敏    待服务    窗帘轨道安装
  11-26 09:00  电话  特约服务  有偿服务  黄伟    1-2-201    136****1111  TY-2026-11-0003  张敏    待回访    更换卫生间水龙头
  ! 2026-11 共 3 条
  $ kefu --now 2026-11-26T11:40 special list --all
  编号             受理时间     户号     服务内容          金额   状态    首问负责人  服务人员  通知单  回访期限    逾期
  ---------------  -----------  -------  ----------------  -----  ------  ----------  --------  ------  ----------  ----
  TY-2026-11-0001  11-24 09:00  1-1-101  管道疏通          80.00  待回访  张敏        刘工      已送达  2026-12-01
  TY-2026-11-0002  11-24 16:00  1-1-102  窗帘轨道安装      60.00  待服务  张敏
  TY-2026-11-0003  11-26 09:00  1-2-201  更换卫生间水龙头  45.50  待回访  张敏        刘工      未送达  2026-12-03
  ! 共 3 条

The callback is by phone: the number called and who called, no signature.

  $ kefu --by lili --now 2026-11-28T10:00 callback done TY-2026-11-0001 --result 满意 --signed-by 陈建国
  ! kefu: 特约服务的满意情况通过电话回访（§3.5.3.2），请用 --phone 写明所拨电话
  [2]
  $ kefu --by lili --now 2026-11-28T10:00 callback done TY-2026-11-0001 --result 满意 --phone 13812345678
  ! 已记录 TY-2026-11-0001 的电话回访（满意），特约服务完成
  $ kefu --now 2026-11-28T10:05 render callback TY-2026-11-0001
  翠湖花园 客户服务中心
  回访记录表
  编号：TY-2026-11-0001（特约服务）
  
  客户：陈建国    联系电话：138****5678    户号/地点：1-1-101
  事由：管道疏通
  处理结果：厨房下水已疏通
  解决时间：2026-11-24T10:40    回访期限：2026-12-01T23:59:59    首问负责人：张敏
  
  第1次回访  2026-11-28T10:00  回访人：李丽
    结果：满意    电话回访：138****5678（无需签字）
    客户意见：
  
  
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-11-28T10:05 --format json special show TY-2026-11-0001
  {
    "id": "TY-2026-11-0001",
    "status": "closed",
    "received_at": "2026-11-24T09:00",
    "channel": "phone",
    "unit": "1-1-101",
    "requester": {
      "name": "陈建国",
      "phone": "138****5678"
    },
    "service": "unclog",
    "what": "管道疏通",
    "price_fen": 8000,
    "price": "80.00",
    "price_source": "list",
    "owner": "zhangmin",
    "done_by": "liugong",
    "done_at": "2026-11-24T10:40",
    "result": "厨房下水已疏通",
    "billed_period": "2026-11",
    "delivered_at": "2026-11-24T15:00",
    "delivered_by": "lili",
    "delivered_to": "陈建国",
    "notice_due": "2026-11-26T23:59:59",
    "callback_due": "2026-12-01T23:59:59",
    "overdue": [],
    "callbacks": [
      {
        "at": "2026-11-28T10:00",
        "by": "lili",
        "result": "satisfied",
        "signed_by": "",
        "note": "",
        "phone": "138****5678"
      }
    ],
    "history": [
      {
        "at": "2026-11-24T09:00",
        "by": "zhangmin",
        "action": "open",
        "note": "受理特约服务：管道疏通，80.00 元（价目表）"
      },
      {
        "at": "2026-11-24T10:40",
        "by": "liugong",
        "action": "done",
        "note": "完成，服务人员 刘工；收费 80.00 元计入 2026-11 账单；厨房下水已疏通"
      },
      {
        "at": "2026-11-24T15:00",
        "by": "lili",
        "action": "deliver",
        "note": "缴费通知单由 李丽 送达 陈建国"
      },
      {
        "at": "2026-11-28T10:00",
        "by": "lili",
        "action": "callback",
        "note": "回访：满意（电话回访）"
      }
    ],
    "seal": "intact"
  }

The monthly report counts no repair: the converted one is a special service.

  $ kefu --now 2026-12-01T09:00 --format json report monthly --month 2026-11 | python3 -c 'import json,sys; k=json.load(sys.stdin)["kpis"]; print(k["repair_timely"]["denominator"], k["repair_callback"]["denominator"])'
  0 0

Its 来电来访数据分析表 counts the special services as calls of their own row (the converted
repair among them, not as a repair), under 维修 by default, each channel adding up.

  $ kefu --now 2026-12-01T09:00 render analysis 2026-11 | grep -E '^(报修|特约服务|维修|合计|本月新增按方式)'
  报修      0         0         0         0
  特约服务  0         3         2         1
  合计      0         3         2         1
  维修      0         3         2         1
  合计      0         3         2         1
  本月新增按方式：来访 1  电话 2
  $ kefu --now 2026-12-01T09:00 report monthly --month 2026-11 | grep -A3 来电来访数据分析
  来电来访数据分析：上月结转 0，本月新增 3，本月办结 2，月末未结 1
  按方式：  来访 1  电话 2
  按类型：  特约服务 3
  按类别：  维修 3

Unpaid in December, the charges are in arrears like any bill, and dunning sees them: the dun
notice names the service beside the management fee. The converted service's phone callback
is overdue. Paid to the fen, 1-1-101 leaves the arrears list.

  $ kefu --now 2026-12-05T09:00 fee arrears --building 1
  欠费明细（截至 2026-12-05）
  户号     业主    欠费金额  欠费账期  最早欠费  账龄(月)  已催缴  应催缴
  -------  ------  --------  --------  --------  --------  ------  -----------
  1-1-101  陈建国  326.13    1         2026-11   1         —       1级电话催缴
  1-1-102  林小红  330.00    1         2026-11   1         —       1级电话催缴
  1-2-201  黄伟    465.69    1         2026-11   1         —       1级电话催缴
  合计 3 户，欠费 1121.82 元
  
  账龄分析（金额按各期账龄，户数按最早欠费）：
  账龄        户数  金额
  ----------  ----  -------
  1–3个月     3     1121.82
  4–6个月     0     0.00
  7–12个月    0     0.00
  12个月以上  0     0.00
  合计        3     1121.82
  $ kefu --now 2026-12-05T09:00 fee dun --dry-run
  户号     业主  欠费金额  最早欠费  账龄(月)  催缴级别     方式  通知书
  -------  ----  --------  --------  --------  -----------  ----  -----------------------------------
  1-1-101  陈**  326.13    2026-11   1         1级电话催缴  电话  fees/notices/2026-12-05/1-1-101.txt
  1-1-102  林**  330.00    2026-11   1         1级电话催缴  电话  fees/notices/2026-12-05/1-1-102.txt
  1-2-201  黄*   465.69    2026-11   1         1级电话催缴  电话  fees/notices/2026-12-05/1-2-201.txt
  2-1-301  周**  395.45    2026-11   1         1级电话催缴  电话  fees/notices/2026-12-05/2-1-301.txt
  2-1-302  吴*   210.10    2026-11   1         1级电话催缴  电话  fees/notices/2026-12-05/2-1-302.txt
  ! 演练：将发出 5 份催费通知书并记入催费记录；未写入任何文件
  $ kefu --now 2026-12-05T09:00 render dun_notice 1-1-101 | grep -n -A1 2026-11
  11:  2026-11  326.13  0.00  326.13  物业管理费 223.75、专项维修资金 22.38、
  12-                                 特约服务：管道疏通 80.00
  $ kefu --now 2026-12-05T09:00 callback due
  回访期限    情况     编号             类型      户号/地点  客户  电话         首问负责人  完成时间     事由
  ----------  -------  ---------------  --------  ---------  ----  -----------  ----------  -----------  --------------------------
  2026-12-03  逾期2天  TY-2026-11-0003  特约服务  1-2-201    黄伟  136****1111  张敏        11-26 11:00  特约服务：更换卫生间水龙头
  [1]
  $ kefu --by lili --now 2026-12-05T10:00 fee pay 1-1-101 326.13 --method 微信
  JF-2026-12-0001
  ! 已收 1-1-101 缴费 326.13 元（微信），冲抵 2026-11 326.13；已全部缴清
  $ kefu --now 2026-12-05T10:05 fee arrears --building 1
  欠费明细（截至 2026-12-05）
  户号     业主    欠费金额  欠费账期  最早欠费  账龄(月)  已催缴  应催缴
  -------  ------  --------  --------  --------  --------  ------  -----------
  1-1-102  林小红  330.00    1         2026-11   1         —       1级电话催缴
  1-2-201  黄伟    465.69    1         2026-11   1         —       1级电话催缴
  合计 2 户，欠费 795.69 元
  
  账龄分析（金额按各期账龄，户数按最早欠费）：
  账龄        户数  金额
  ----------  ----  ------
  1–3个月     2     795.69
  4–6个月     0     0.00
  7–12个月    0     0.00
  12个月以上  0     0.00
  合计        2     795.69

Refusals: exit 2, a Chinese message, nothing written.

  $ cp -r d before
  $ kefu --by zhangmin --now 2026-12-05T11:00 special open --unit 1-1-101 --service window
  ! kefu: 特约服务价目表（kefu.yaml 的 special_services）中没有「window」；可选：管道疏通(unclog)、空调清洗(ac_clean)
  [2]
  $ kefu --by zhangmin --now 2026-12-05T11:00 special open --unit 1-1-101 --what 搬家
  ! kefu: 「搬家」不在特约服务价目表中，请用 --price 写明与业主议定的价格
  [2]
  $ kefu --by zhangmin --now 2026-12-05T11:00 special open --unit 1-1-101 --what 搬家 --price 0
  ! kefu: 特约服务是有偿服务，价格应大于零
  [2]
  $ kefu --by zhangmin --now 2026-12-05T11:00 special open --unit 9-9-999 --service unclog
  ! kefu: 户号「9-9-999」不在 units/ 的住户资料中
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 special done TY-2026-11-0001 --worker 刘工
  ! kefu: 特约服务 TY-2026-11-0001 已完成（当前为「已完成」），不能重复完成
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 special done TY-2026-11-0002 --worker 孙悟空
  ! kefu: 服务人员「孙悟空」不在 kefu.yaml 的人员花名册中；现有：zhangmin(张敏)、lili(李丽)、wangqiang(王强)、zhaojl(赵经理)、liugong(刘工)
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 special delivered TY-2026-11-0002 --to 林小红
  ! kefu: 特约服务 TY-2026-11-0002 尚未完成，还没有缴费通知单可送达；请先 special done
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 special delivered TY-2026-11-0001 --to 陈建国
  ! kefu: 特约服务 TY-2026-11-0001 的缴费通知单已于 2026-11-24T15:00 送达 陈建国，不能重复登记
  [2]
  $ kefu --now 2026-12-05T11:00 special notice TY-2026-11-0002
  ! kefu: 特约服务 TY-2026-11-0002 尚未完成，还没有缴费通知单；完成后用 special done 记录
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 callback done TY-2026-11-0002 --result 满意 --phone 13987654321
  ! kefu: 特约服务 TY-2026-11-0002 当前为「待服务」，只有已完成待回访的特约服务才能回访
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 callback done TY-2026-11-0003 --result 满意
  ! kefu: 特约服务的满意情况通过电话回访（§3.5.3.2），请用 --phone 写明所拨电话
  [2]
  $ kefu --by lili --now 2026-12-05T11:00 repair to-special BX-2026-11-0001
  ! kefu: 报修 BX-2026-11-0001 已转为特约服务 TY-2026-11-0003，不能重复转换
  [2]
  $ diff -r -x .kefu before d && echo 没有写入任何文件
  没有写入任何文件
  $ kefu check
  ! 索引与记录文件一致
  ! 检查完毕：7 个记录文件，均无问题
