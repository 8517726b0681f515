Patrols (巡视, §3.2.1–3.2.4, procedures 011 and 012) and lost property (拾遗物品, §3.3.6) on
a fixed clock. The estate's rounds are set in kefu.yaml: a daily spot check of two areas, a
weekly check of posters and facilities, a weekly check of the vacant units. A finding becomes
a repair order (linked both ways), a complaint, or is put right on the spot; a round not
walked in its period is a `kefu due` line. A wallet found in the lobby is reported to the
supervisor (it heads their `kefu due` until acknowledged) and returned to its owner; an
umbrella nobody claims is disposed of after the keeping period. Refusals exit 2 and write
nothing.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ snap() { (cd d && find . -type f ! -path './.kefu/*' | sort | xargs md5sum); }
  $ sed -i 's/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40}/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40, occupancy: vacant}/' d/units/2.yaml
  $ cat >> d/kefu.yaml <<'EOF'
  > patrols:
  >   areas:
  >     - {name: 大堂, checkpoints: [前台岗位, 照明]}
  >     - {name: 电梯, checkpoints: [运行, 轿厢卫生]}
  >   rounds:
  >     - {key: daily, name: 每日巡视, frequency: daily}
  >     - {key: weekly, name: 每周检查, frequency: weekly, items: [乱贴乱画, 公用设施损坏]}
  >     - {key: vacant, name: 空置单元周检, frequency: weekly, vacant_units: true}
  > lost_property:
  >   keep_days: 30
  > EOF

Every command teaches.

  $ kefu patrol --help
  巡视：每日抽查各区域、每周检查标识广告与公用设施、空置单元周检；发现的问题转报修或投诉
  用法: kefu patrol [选项] 子命令
  
  选项:
    -h,--help                       显示帮助
  
  子命令:
    log                             登记一次巡视：巡视人、时间、各检查点结果与发现的问题
    repair                          把巡视发现的问题转为公共设施设备报修单（双向关联）
    complaint                       把巡视发现的问题转为投诉（如岗位失职、服务不到位）
    fixed                           巡视发现的问题已现场纠正：写明如何纠正后关闭
    show                            显示一次巡视：各检查点结果、发现的问题及其处理
    list                            列出巡视记录；默认列出尚有问题未处理的
    rounds                          kefu.yaml 设定的巡视、频次与本期是否已巡视
  
  巡视及其区域、检查点与频次在 kefu.yaml 的 patrols 中设定（kefu patrol rounds 查看）。
  一次巡视用一条命令登记：检查点默认为正常，--finding '地点:描述' 登记发现的问题，地点为
  某检查点（如 大堂/照明，或不重复时只写 照明）时该检查点记为异常。问题逐项处理：
  patrol repair 转报修单、patrol complaint 转投诉（双向关联），patrol fixed 现场已纠正。
  某巡视当期（每日、每周一至周日）未做，列入 kefu due。
  表单：kefu render patrol_sheet 2026-11-23..2026-11-29（公共区域现场巡视表），
        kefu render vacant_check 2026-11（空置物业统计及周检记录）。
  例：kefu --by zhangmin patrol log --round daily --finding '3栋大堂/照明:两盏筒灯不亮'
      kefu --by zhangmin patrol repair XS-2026-11-0001#1
  $ kefu patrol log --help
  登记一次巡视：巡视人、时间、各检查点结果与发现的问题
  用法: kefu patrol log [选项]
  
  选项:
    -h,--help                       显示帮助
    --round 文本 必填               巡视：kefu.yaml patrols.rounds 的 key 或名称，如 daily
    --area 文本 ...                 只巡视这些区域（可重复）；默认为该巡视的全部区域
    --with 文本 ...                 同行的巡视人员（可重复）
    --finding 文本 ...              发现的问题：'地点:描述'，可重复
    --at 文本                       开始时间（默认为当前时间），如 2026-11-26T09:30；结束时间为登记时
    --note 文本                     备注
  
  例：kefu --by zhangmin patrol log --round daily --at 2026-11-26T09:00 \
           --finding '大堂/照明:两盏筒灯不亮' --finding '5栋门口:共享单车乱停'
      kefu --by zhangmin patrol log --round vacant --finding '2-1-302:窗户未关，雨水进入'
  空置单元周检的检查点为此刻空置的单元（kefu move unit 查看入住状态）。在标准输出打印新编号。
  $ kefu lost --help
  拾遗物品：登记拾获、报告主管确认、认领交还、期满移交派出所或处理（手册 §3.3.6）
  用法: kefu lost [选项] 子命令
  
  选项:
    -h,--help                       显示帮助
  
  子命令:
    found                           登记拾获的物品（物品、地点、时间、拾获人、存放处）
    ack                             客户主管或管理处经理确认已知悉拾遗物品
    return                          交还认领人：核对证件（只记末四位）、认领依据与签名
    dispose                         无人认领的物品移交派出所或处理：由客户主管或经理决定，保管期满前须写理由
    show                            显示一件拾遗物品的登记与处理经过
    list                            列出拾遗物品；默认列出仍在前台保管的
  
  拾获顾客遗留物品须及时报告上级：lost found 登记后，该物品列在客户主管 kefu due 的最前，
  直至客户主管或管理处经理 lost ack 确认。认领：lost return 核对认领人证件（只记类型与
  号码末四位）、认领依据并签名。无人认领满 kefu.yaml lost_property.keep_days 天后，由客户主管
  或经理决定 lost dispose 移交派出所或处理；期满前须写明理由。表单：kefu render lost 2026-11。
  例：kefu --by zhangmin lost found --item 黑色钱包 --place 3栋大堂沙发 --kept-at 前台保险柜
      kefu --by lili lost ack SW-2026-11-0001
  $ kefu lost return --help
  交还认领人：核对证件（只记末四位）、认领依据与签名
  用法: kefu lost return [选项] ID
  
  位置参数:
    ID 文本 必填                    拾遗物品编号
  
  选项:
    -h,--help                       显示帮助
    --claimant 文本 必填            认领人姓名
    --phone 文本                    认领人电话
    --id-doc 文本 必填              证件类型，如 身份证、护照
    --id-number 文本 必填           证件号码或其末四位（只保存末四位）
    --proof 文本 必填               如何证明物品属于本人，如 说出钱包内证件姓名与现金数额
    --signature 文本 必填           认领人签名（签名人姓名）
  
  例：kefu --by zhangmin lost return SW-2026-11-0001 --claimant 王伟 --id-doc 身份证 \
           --id-number 123X --proof 说出钱包内银行卡户名与现金数额 --signature 王伟

Before the first patrol nothing is owed: the register starts with its first round.

  $ kefu --now 2026-11-16T08:00 patrol rounds
  巡视    名称          频次  本期                   本期状态  最近一次
  ------  ------------  ----  ---------------------  --------  --------
  daily   每日巡视      每日  2026-11-16             尚无记录  —
  weekly  每周检查      每周  2026-11-16—2026-11-22  尚无记录  —
  vacant  空置单元周检  每周  2026-11-16—2026-11-22  尚无记录  —
  $ kefu --now 2026-11-16T08:00 due

Monday 16 November, 08:40: the cleaner brings a wallet found on the lobby sofa. It is
reported to the supervisor at once and heads his part of `kefu due`.

  $ kefu --by zhangmin --now 2026-11-16T08:40 lost found --item '黑色钱包（内有现金若干）' --place 大堂沙发 --kept-at 前台保险柜 --found-by 保洁员刘芳 --at 2026-11-16T08:30
  SW-2026-11-0001
  ! 已登记拾遗物品 SW-2026-11-0001（黑色钱包（内有现金若干），存放于 前台保险柜）；须立即报告客户主管 王强，由其确认：kefu lost ack SW-2026-11-0001
  $ kefu --by zhangmin --now 2026-11-16T08:50 lost found --item 黑色长柄雨伞 --place 电梯厅 --kept-at 前台储物柜
  SW-2026-11-0002
  ! 已登记拾遗物品 SW-2026-11-0002（黑色长柄雨伞，存放于 前台储物柜）；须立即报告客户主管 王强，由其确认：kefu lost ack SW-2026-11-0002
  $ kefu --now 2026-11-16T08:55 due
  【王强】2 项，其中上报 2 项
  编号             事项                期限         内容
  ---------------  ------------------  -----------  ------------------------------
  SW-2026-11-0001  拾遗物品待主管确认  11-16 08:40  黑色钱包（内有现金… 前台保险柜
  SW-2026-11-0002  拾遗物品待主管确认  11-16 08:50  黑色长柄雨伞 前台储物柜
  [1]

Only a 客户主管 or the manager acknowledges, and nothing goes back to a claimant before.

  $ snap > before
  $ kefu --by lili --now 2026-11-16T09:00 lost ack SW-2026-11-0001
  ! kefu: 拾遗物品须由客户主管或管理处经理确认；李丽 是客户助理
  [2]
  $ kefu --by zhangmin --now 2026-11-16T09:00 lost return SW-2026-11-0001 --claimant 陈建国 --id-doc 身份证 --id-number 5678 --proof 说出卡内户名 --signature 陈建国
  ! kefu: SW-2026-11-0001 尚未报告主管确认（kefu lost ack SW-2026-11-0001），不能交还
  [2]
  $ snap | diff before - && echo unchanged
  unchanged
  $ kefu --by wangqiang --now 2026-11-16T09:05 lost ack SW-2026-11-0001
  ! SW-2026-11-0001 已由 王强 确认
  $ kefu --by wangqiang --now 2026-11-16T09:05 lost ack SW-2026-11-0002
  ! SW-2026-11-0002 已由 王强 确认

The daily round, 09:00–09:40: the lobby lights are out (a checkpoint, so it is abnormal),
shared bikes block the gate, the toilet floor is wet.

  $ kefu --by zhangmin --now 2026-11-16T09:40 patrol log --round daily --at 2026-11-16T09:00 --with wangqiang --finding '大堂/照明:两盏筒灯不亮' --finding '5栋门口:共享单车乱停' --finding '会所卫生间:地面积水无人清理'
  XS-2026-11-0001
  ! 已登记每日巡视 XS-2026-11-0001：4 个检查点，异常 1 个，发现问题 3 项；逐项处理：patrol repair|complaint|fixed XS-2026-11-0001#序号
  $ kefu --now 2026-11-16T09:40 patrol show XS-2026-11-0001
  编号        XS-2026-11-0001
  巡视        每日巡视（daily）
  时间        2026-11-16T09:00 至 2026-11-16T09:40
  巡视人      张敏、王强
  检查点：
    大堂/前台岗位                正常
    大堂/照明                    异常：两盏筒灯不亮
    电梯/运行                    正常
    电梯/轿厢卫生                正常
  发现的问题：
    #1 大堂/照明：两盏筒灯不亮 —— 待处理
    #2 5栋门口：共享单车乱停 —— 待处理
    #3 会所卫生间：地面积水无人清理 —— 待处理
  处理经过：
    2026-11-16T09:40  张敏     受理  登记巡视，4 个检查点，发现问题 3 项

Each finding is dealt with once: the lights become a repair order, the toilet a complaint
about the cleaning, the bikes are moved on the spot.

  $ kefu --by zhangmin --now 2026-11-16T09:45 patrol repair XS-2026-11-0001#1
  BX-2026-11-0001
  ! 巡视问题 XS-2026-11-0001#1 已转为报修 BX-2026-11-0001（大堂/照明）
  $ kefu --by zhangmin --now 2026-11-16T09:46 patrol complaint XS-2026-11-0001#3 --category 环境卫生
  TS-2026-11-0001
  ! 巡视问题 XS-2026-11-0001#3 已转为投诉 TS-2026-11-0001（会所卫生间）
  $ kefu --by zhangmin --now 2026-11-16T09:50 patrol fixed XS-2026-11-0001#2 --note 已通知秩序维护员摆放整齐
  ! 已关闭 XS-2026-11-0001#2：现场已纠正
  $ kefu --now 2026-11-16T09:50 repair show BX-2026-11-0001
  报修编号    BX-2026-11-0001
  状态        待派工
  类型        公共设施设备
  受理时间    2026-11-16T09:45 周一
  来源渠道    来访
  位置        大堂/照明
  报修人      张敏
  联系电话    139****0001
  故障        两盏筒灯不亮
  来源巡视    XS-2026-11-0001#1
  紧急程度    一般
  首问负责人  张敏
  完工时限    2026-11-17T23:59:59
  处理经过：
    2026-11-16T09:45  张敏     受理  受理报修（一般）
  $ kefu --now 2026-11-16T09:50 repair show BX-2026-11-0001 --format json | grep patrol
    "patrol": "XS-2026-11-0001#1",
  $ kefu --now 2026-11-16T09:50 complaint show TS-2026-11-0001 | grep 来源巡视
  来源巡视    XS-2026-11-0001#3
  $ kefu --now 2026-11-16T09:50 patrol show XS-2026-11-0001
  编号        XS-2026-11-0001
  巡视        每日巡视（daily）
  时间        2026-11-16T09:00 至 2026-11-16T09:40
  巡视人      张敏、王强
  检查点：
    大堂/前台岗位                正常
    大堂/照明                    异常：两盏筒灯不亮
    电梯/运行                    正常
    电梯/轿厢卫生                正常
  发现的问题：
    #1 大堂/照明：两盏筒灯不亮 —— 转报修 BX-2026-11-0001
    #2 5栋门口：共享单车乱停 —— 已整改（2026-11-16T09:50 张敏：已通知秩序维护员摆放整齐）
    #3 会所卫生间：地面积水无人清理 —— 转投诉 TS-2026-11-0001
  处理经过：
    2026-11-16T09:40  张敏     受理  登记巡视，4 个检查点，发现问题 3 项
    2026-11-16T09:45  张敏     转报修  第 1 项转报修 BX-2026-11-0001
    2026-11-16T09:46  张敏     转投诉  第 3 项转投诉 TS-2026-11-0001
    2026-11-16T09:50  张敏     现场整改  第 2 项已现场整改

Refused, nothing written: a finding dealt with already, one that does not exist, a round
kefu.yaml does not set, an area the round does not walk, a finding without a place, a fix
without a note, a start after now.

  $ snap > before
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol repair XS-2026-11-0001#1
  ! kefu: XS-2026-11-0001#1 已处理（转报修 BX-2026-11-0001），不能再次处理
  [2]
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol fixed XS-2026-11-0001#9 --note x
  ! kefu: XS-2026-11-0001 没有第 9 项发现的问题（共 3 项）
  [2]
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round nightly
  ! kefu: kefu.yaml 的 patrols.rounds 中没有巡视「nightly」；可选：daily（每日巡视）、weekly（每周检查）、vacant（空置单元周检）
  [2]
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round daily --area 会所
  ! kefu: 巡视「daily」不包括区域「会所」；可选：大堂、电梯
  [2]
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round daily --finding 地面积水
  ! kefu: 发现的问题应写作「地点:描述」，如 --finding '3栋大堂:墙面有涂鸦'，而不是「地面积水」
  [2]
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol fixed XS-2026-11-0001#1
  ! kefu: 用法错误：缺少必填参数 --note
  ! 运行 kefu patrol fixed --help 查看用法
  [2]
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round daily --at 2026-11-16T11:00
  ! kefu: 巡视开始时间不能晚于现在
  [2]
  $ snap | diff before - && echo unchanged
  unchanged

The weekly check (§3.2.2) and the vacant units (procedure 012), which are the units vacant
now: 2-1-302.

  $ kefu --by lili --now 2026-11-16T15:00 patrol log --round weekly --at 2026-11-16T14:00 --finding '公用设施损坏:儿童游乐区秋千链条松脱' --finding '乱贴乱画:1栋单元门口开锁小广告'
  XS-2026-11-0002
  ! 已登记每周检查 XS-2026-11-0002：2 个检查点，异常 2 个，发现问题 2 项；逐项处理：patrol repair|complaint|fixed XS-2026-11-0002#序号
  $ kefu --by lili --now 2026-11-16T15:10 patrol fixed XS-2026-11-0002#2 --note 已通知保洁清除
  ! 已关闭 XS-2026-11-0002#2：现场已纠正
  $ kefu --by lili --now 2026-11-16T15:20 patrol repair XS-2026-11-0002#1 --urgency 急修
  BX-2026-11-0002
  ! 巡视问题 XS-2026-11-0002#1 已转为报修 BX-2026-11-0002（公用设施损坏）
  $ kefu --by lili --now 2026-11-16T16:00 patrol log --round vacant --at 2026-11-16T15:30 --finding '2-1-302:窗户未关，雨水进入'
  XS-2026-11-0003
  ! 已登记空置单元周检 XS-2026-11-0003：1 个检查点，异常 1 个，发现问题 1 项；逐项处理：patrol repair|complaint|fixed XS-2026-11-0003#序号
  $ kefu --by lili --now 2026-11-16T16:05 patrol fixed XS-2026-11-0003#1 --note 已关窗并擦干窗台
  ! 已关闭 XS-2026-11-0003#1：现场已纠正
  $ kefu --now 2026-11-16T16:05 patrol rounds
  巡视    名称          频次  本期                   本期状态  最近一次
  ------  ------------  ----  ---------------------  --------  ----------------
  daily   每日巡视      每日  2026-11-16             已巡视    2026-11-16T09:00
  weekly  每周检查      每周  2026-11-16—2026-11-22  已巡视    2026-11-16T14:00
  vacant  空置单元周检  每周  2026-11-16—2026-11-22  已巡视    2026-11-16T15:30
  $ kefu --now 2026-11-16T16:05 patrol list --month 2026-11
  编号             巡视          开始         结束         巡视人      检查点  异常  问题  待处理
  ---------------  ------------  -----------  -----------  ----------  ------  ----  ----  ------
  XS-2026-11-0001  每日巡视      11-16 09:00  11-16 09:40  张敏、王强  4       1     3     0
  XS-2026-11-0002  每周检查      11-16 14:00  11-16 15:00  李丽        2       2     2     0
  XS-2026-11-0003  空置单元周检  11-16 15:30  11-16 16:00  李丽        1       1     1     0
  ! 共 3 条

Tuesday's round is walked, Wednesday's is not: on Thursday morning `kefu due` shows Wednesday
missed and Thursday's still to walk.

  $ kefu --by zhangmin --now 2026-11-17T09:30 patrol log --round daily --at 2026-11-17T09:00
  XS-2026-11-0004
  ! 已登记每日巡视 XS-2026-11-0004：4 个检查点，异常 0 个，发现问题 0 项
  $ kefu --now 2026-11-19T08:00 due --owner wangqiang
  【王强】2 项
  编号   事项                    期限         内容
  -----  ----------------------  -----------  -------------------
  daily  巡视未做（2026-11-18）  11-18 23:59  每日巡视 2026-11-18
  daily  本期尚未巡视            11-19 23:59  每日巡视 2026-11-19
  [1]

The week of 23 November passes with daily rounds but no weekly check: on Monday 30 it is
late.

  $ for d in 18 19 20 21 22 23 24 25 26 27 28 29 30; do kefu --by zhangmin --now 2026-11-${d}T09:30 patrol log --round daily --at 2026-11-${d}T09:00 >/dev/null 2>&1; done
  $ kefu --by lili --now 2026-11-25T16:00 patrol log --round vacant --at 2026-11-25T15:30
  XS-2026-11-0018
  ! 已登记空置单元周检 XS-2026-11-0018：1 个检查点，异常 0 个，发现问题 0 项
  $ kefu --now 2026-11-30T10:00 due --owner wangqiang
  【王强】3 项
  编号    事项                               期限         内容
  ------  ---------------------------------  -----------  ----------------------------------
  weekly  巡视未做（2026-11-23—2026-11-29）  11-29 23:59  每周检查 2026-11-23—2026-11-29
  vacant  本期尚未巡视                       12-06 23:59  空置单元周检 2026-11-30—2026-12-06
  weekly  本期尚未巡视                       12-06 23:59  每周检查 2026-11-30—2026-12-06
  [1]
  $ kefu --now 2026-11-30T10:00 patrol rounds
  巡视    名称          频次  本期                   本期状态              最近一次
  ------  ------------  ----  ---------------------  --------------------  ----------------
  daily   每日巡视      每日  2026-11-30             已巡视                2026-11-30T09:00
  weekly  每周检查      每周  2026-11-30—2026-12-06  未巡视（上期未巡视）  2026-11-16T14:00
  vacant  空置单元周检  每周  2026-11-30—2026-12-06  未巡视                2026-11-25T15:30

The wallet goes back to its owner, who proves it is his; only the ID's type and last four are
kept, whatever number is typed.

  $ kefu --by zhangmin --now 2026-11-16T17:00 lost return SW-2026-11-0001 --claimant 陈建国 --phone 13812345678 --id-doc 身份证 --id-number 11010519491231002X --proof 说出钱包内银行卡户名与现金数额 --signature 陈建国
  ! SW-2026-11-0001 已交还认领人 陈建国（身份证 尾号002X）
  $ kefu --now 2026-11-16T17:00 lost show SW-2026-11-0001
  编号        SW-2026-11-0001
  状态        已认领
  物品        黑色钱包（内有现金若干）
  拾获时间    2026-11-16T08:30
  拾获地点    大堂沙发
  拾获人      保洁员刘芳
  存放处      前台保险柜
  登记人      张敏 2026-11-16T08:40
  主管确认    2026-11-16T09:05 王强
  认领        2026-11-16T17:00 陈建国（身份证 尾号002X 138****5678），张敏 交还
  认领依据    说出钱包内银行卡户名与现金数额
  认领人签名  陈建国
  处理经过：
    2026-11-16T08:40  张敏     受理  登记拾遗物品，报告客户主管
    2026-11-16T09:05  王强     主管确认  主管已知悉
    2026-11-16T17:00  张敏     归还  交还认领人 陈建国
  $ grep -c 11010519491231002X d/lost/2026/11/SW-2026-11-0001.yaml
  0
  [1]

The umbrella: refused before the keeping period ends without a reason, refused when decided
by an assistant; on 17 December the period is over (it is in `kefu due`) and the supervisor
decides.

  $ snap > before
  $ kefu --by zhangmin --now 2026-12-10T10:00 lost dispose SW-2026-11-0002 --how 处理 --decided-by wangqiang
  ! kefu: SW-2026-11-0002 保管期（30 天）至 2026-12-16T00:00 才满；提前移交或处理须用 --reason 写明理由
  [2]
  $ kefu --by zhangmin --now 2026-12-17T10:00 lost dispose SW-2026-11-0002 --how 处理 --decided-by lili
  ! kefu: 移交或处理拾遗物品须由客户主管或管理处经理决定；李丽 是客户助理
  [2]
  $ snap | diff before - && echo unchanged
  unchanged
  $ kefu --now 2026-12-17T09:00 due --owner wangqiang | grep SW
  SW-2026-11-0002  保管期满，待决定移交派出所或处理   12-16 00:00  黑色长柄雨伞 前台储物柜
  [1]
  $ kefu --by zhangmin --now 2026-12-17T10:00 lost dispose SW-2026-11-0002 --how 处理 --decided-by wangqiang --receiver 交保洁部回收
  ! SW-2026-11-0002 已处理，王强 决定
  $ kefu --now 2026-12-17T10:00 lost list
  ! 没有符合条件的拾遗物品
  $ kefu --now 2026-12-17T10:00 lost list --all
  编号             拾获时间     物品                 拾获地点  拾获人      存放处      状态    登记人
  ---------------  -----------  -------------------  --------  ----------  ----------  ------  ------
  SW-2026-11-0001  11-16 08:30  黑色钱包（内有现金…  大堂沙发  保洁员刘芳  前台保险柜  已认领  张敏
  SW-2026-11-0002  11-16 08:50  黑色长柄雨伞         电梯厅    张敏        前台储物柜  已处理  张敏
  ! 共 2 条
  $ kefu --now 2026-12-17T10:00 lost list --all --format csv
  ﻿id,found_at,item,place,found_by,kept_at,state,owner,keep_until
  SW-2026-11-0001,2026-11-16T08:30,黑色钱包（内有现金若干）,大堂沙发,保洁员刘芳,前台保险柜,returned,zhangmin,2026-12-16T00:00
  SW-2026-11-0002,2026-11-16T08:50,黑色长柄雨伞,电梯厅,张敏,前台储物柜,disposed,zhangmin,2026-12-16T00:00

Forms: the 公共区域现场巡视表 of a week, the 空置物业统计及周检记录 of the month, the
拾遗物品登记表 of the month.

  $ kefu --now 2026-12-17T10:00 render patrol_sheet 2026-11-16..2026-11-17
  翠湖花园 客户服务中心
  公共区域现场巡视表    2026-11-16 至 2026-11-17
  
  时间         巡视      区域/检查点    结果  巡视人      情况说明
  11-16 09:00  每日巡视  大堂/前台岗位  正常  张敏、王强  
  11-16 09:00  每日巡视  大堂/照明      异常  张敏、王强  两盏筒灯不亮
  11-16 09:00  每日巡视  电梯/运行      正常  张敏、王强  
  11-16 09:00  每日巡视  电梯/轿厢卫生  正常  张敏、王强  
  11-16 14:00  每周检查  乱贴乱画       异常  李丽        1栋单元门口开锁小广告
  11-16 14:00  每周检查  公用设施损坏   异常  李丽        儿童游乐区秋千链条松脱
  11-17 09:00  每日巡视  大堂/前台岗位  正常  张敏        
  11-17 09:00  每日巡视  大堂/照明      正常  张敏        
  11-17 09:00  每日巡视  电梯/运行      正常  张敏        
  11-17 09:00  每日巡视  电梯/轿厢卫生  正常  张敏        
  
  发现的问题及处理：
  编号               地点          处理                    问题描述
  XS-2026-11-0001#1  大堂/照明     转报修 BX-2026-11-0001  两盏筒灯不亮
  XS-2026-11-0001#2  5栋门口       已整改                  共享单车乱停（已通知秩序维护员摆放整齐）
  XS-2026-11-0001#3  会所卫生间    转投诉 TS-2026-11-0001  地面积水无人清理
  XS-2026-11-0002#1  公用设施损坏  转报修 BX-2026-11-0002  儿童游乐区秋千链条松脱
  XS-2026-11-0002#2  乱贴乱画      已整改                  1栋单元门口开锁小广告（已通知保洁清除）
  
  共巡视 3 次。检查中发现问题及时纠正或整改，分析具体原因（手册 §3.2.4）。
  巡视人：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-17T10:00 render vacant_check 2026-11
  翠湖花园 客户服务中心
  空置物业统计及周检记录    2026-11-01 至 2026-11-30
  
  空置单元（截至 2026-12-17）共 1 户：
  单元     业主  本期检查
  2-1-302  吴强  2026-11-16 异常 窗户未关，雨水进入；2026-11-25 正常
  
  周检记录：
  XS-2026-11-0003  2026-11-16T15:30  李丽  检查 1 户，异常 1 户
  XS-2026-11-0018  2026-11-25T15:30  李丽  检查 1 户，异常 0 户
  
  发现的问题及处理：
  编号               地点     处理    问题描述
  XS-2026-11-0003#1  2-1-302  已整改  窗户未关，雨水进入（已关窗并擦干窗台）
  
  检查人：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-17T10:00 render lost 2026-11
  翠湖花园 客户服务中心
  拾遗物品登记表    2026-11
  
  序号  拾获时间     物品                      拾获地点  拾获人      存放处      主管确认  认领或处理
  1     11-16 08:30  黑色钱包（内有现金若干）  大堂沙发  保洁员刘芳  前台保险柜  王强
        11-16 17:00 交还 陈建国（身份证 尾号002X）依据：说出钱包内银行卡户名与现金数额 签名：陈建国
  2     11-16 08:50  黑色长柄雨伞              电梯厅    张敏        前台储物柜  王强
        12-17 10:00 处理，王强决定，交保洁部回收
  
  拾获顾客遗留物品须及时报告上级处理（手册 §3.3.6）。认领人须证明物品属于本人，证件只作核验，
  登记类型及号码末四位，当场交还。无人认领满 30 天，由客户主管或管理处经理决定移交派出所或处理。
  登记人：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-17T10:00 check >/dev/null && echo ok
  ok
  ! 索引与记录文件一致
  ! 检查完毕：23 个记录文件，均无问题

A kefu.yaml whose round walks an area it does not define, or keeps lost property for no days,
is refused where it says so.

  $ cp d/kefu.yaml good.yaml
  $ sed -i 's/- {key: daily, name: 每日巡视, frequency: daily}/- {key: daily, name: 每日巡视, frequency: daily, areas: [会所]}/' d/kefu.yaml
  $ kefu --now 2026-12-17T10:00 patrol rounds
  ! kefu: kefu.yaml:57:3: 巡视「daily」的区域「会所」不在 patrols.areas 中
  [3]
  $ cp good.yaml d/kefu.yaml && sed -i 's/keep_days: 30/keep_days: 0/' d/kefu.yaml
  $ kefu --now 2026-12-17T10:00 lost list --all
  ! kefu: kefu.yaml:65:14: lost_property.keep_days 应为大于 0 的天数
  [3]
  $ cp good.yaml d/kefu.yaml && kefu --now 2026-12-17T10:00 lost list --all >/dev/null 2>&1 && echo ok
  ok
