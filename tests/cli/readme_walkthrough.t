README's walk-through, "A day at the front desk", run verbatim on a data directory made by
`kefu init` (tests/cli/test_readme_walkthrough.py checks that these are README's lines, in
README's order). Between README's lines the clock moves as a day at the desk would, the
files a line reads are made, and one record is edited by hand before `kefu check`.

Thursday 26 November 2026, 09:00.

  $ export KEFU_NOW=2026-11-26T09:00
  $ export KEFU_DATA=~/kefu KEFU_USER=zhangmin             # or --data / --by on each command
  $ kefu init ~/kefu --site 翠湖花园                        # once: a sample roster and units; edit kefu.yaml and units/
  ! 已新建数据目录 ~/kefu；请编辑 kefu.yaml 的人员花名册与 units/ 的住户资料
  $ ts=$(kefu complaint open --unit 3-2-1102 --category 噪音扰民 --desc "楼上夜间装修噪音")   # TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T09:00 前响应，2026-12-01T23:59:59 前处理完毕

An hour later the supervisor sends it to engineering.

  $ export KEFU_NOW=2026-11-26T10:00
  $ kefu --by wangqiang complaint assign $ts --to 工程部    # the 24-hour acknowledgement
  ! 已将 TS-2026-11-0001 派给 工程部
  $ kefu complaint note $ts --reply "已电话告知业主处理进度"
  ! 已记录于 TS-2026-11-0001

The next afternoon the case is resolved.

  $ export KEFU_NOW=2026-11-27T15:00
  $ kefu complaint close $ts --resolution "已责令装修方22点后停工"   # 待回访: callback due in 14 days
  ! TS-2026-11-0001 已办结，待回访；请于 2026-12-11 前回访
  $ kefu complaint list --overdue                          # 未响应、超时限、回访逾期
  ! 没有符合条件的投诉
  $ kefu render complaint $ts -o 投诉处理记录.txt
  ! 已生成 投诉处理记录：投诉处理记录.txt
  $ kefu render register 2026-11                           # 客户来电来访登记表 of the month
  翠湖花园 客户服务中心
  客户来电来访登记表    2026年11月
  
  序号  时间         方式  类型  客户    户号/地点  电话         编号             接待人  处理情况  事由
  1     11-26 09:00  电话  投诉  马晓东  3-2-1102   138****0007  TS-2026-11-0001  张敏    待回访
        噪音扰民：楼上夜间装修噪音
  
  共 1 条    登记人：____________    客户主管：____________
  翠湖花园管理处  电话：
  $ kefu render analysis 2026-11                           # 来电来访数据分析表: every row adds up
  翠湖花园 客户服务中心
  来电来访数据分析表    2026年11月（截至 2026-11-27T15:00）
  
  按类型
  类型      上月结转  本月新增  本月办结  月末未结
  咨询      0         0         0         0
  建议      0         0         0         0
  表扬      0         0         0         0
  报事      0         0         0         0
  投诉      0         1         1         0
  报修      0         0         0         0
  特约服务  0         0         0         0
  合计      0         1         1         0
  
  按类别
  类别      上月结转  本月新增  本月办结  月末未结
  物业服务  0         0         0         0
  维修      0         0         0         0
  收费      0         0         0         0
  安全秩序  0         1         1         0
  环境卫生  0         0         0         0
  停车管理  0         0         0         0
  装修管理  0         0         0         0
  社区活动  0         0         0         0
  其他      0         0         0         0
  合计      0         1         1         0
  
  本月新增按方式：电话 1
  
  每行：上月结转 + 本月新增 − 本月办结 = 月末未结。咨询、建议、表扬、报事登记时即答复或转交，
  登记即办结；投诉以解决、报修以完工、特约服务以服务完成为办结，回访不满意或返修后重新计为
  未结。类别取自 kefu.yaml 的 contact_categories，其他名称（含“特约服务”）按 category_aliases
  归类，余者计入“其他”。
  
  制表：____________    客户主管：____________
  翠湖花园管理处  电话：
  $ kefu due                                               # cron: silent and exit 0 when nothing is late
  $ kefu daily --form -o 每日检查.txt                      # the supervisor's check of yesterday's intake (§3.2.3), to sign
  ! 已生成 每日受理情况检查表：每日检查.txt

A burst pipe on Friday morning.

  $ export KEFU_NOW=2026-11-27T09:05
  $ bx=$(kefu repair log --unit 1-1-101 --fault 厨房水管爆裂漏水 --urgency 急修)   # urgent: on site within 30 minutes
  ! 已受理报修 BX-2026-11-0001（急修），首问负责人 张敏；须于 2026-11-27T09:35 前到场，2026-11-28T09:05 前完工
  $ kefu repair dispatch $bx --tech 刘工
  ! 已将 BX-2026-11-0001 派给 刘工

The technician reports on site 20 minutes later.

  $ export KEFU_NOW=2026-11-27T09:25
  $ kefu repair arrive $bx                                 # when the technician is on site (or --at 2026-11-26T09:25)
  ! 已记录 BX-2026-11-0001 于 2026-11-27T09:25 到场
  $ export KEFU_NOW=2026-11-27T10:40
  $ kefu repair done $bx --signed-by 陈建国 --materials 铜阀门1个 --charge 45.50
  ! BX-2026-11-0001 已完工；请于 2026-12-04 前回访；特约服务收费 45.50 元：用 kefu repair to-special BX-2026-11-0001 转为特约服务，收费计入该户账单
  $ kefu callback due --within 7d                          # the repair's callback is due within 7 days; soonest first
  回访期限    情况   编号             类型  户号/地点  客户    电话         首问负责人  完成时间     事由
  ----------  -----  ---------------  ----  ---------  ------  -----------  ----------  -----------  ----------------
  2026-12-04  剩7天  BX-2026-11-0001  报修  1-1-101    陈建国  138****0001  张敏        11-27 10:40  厨房水管爆裂漏水
  [1]

The owner's callback the next Monday: the valve drips.

  $ export KEFU_NOW=2026-11-30T10:00
  $ kefu callback done $bx --result 不满意 --signed-by 陈建国   # → rework: back to 维修中
  ! 已记录 BX-2026-11-0001 的回访（不满意），转返修（第 1 次），须于 2026-12-01T10:00 前完工
  $ export KEFU_NOW=2026-11-30T14:00
  $ kefu repair done $bx --signed-by 陈建国 --result 已更换阀门并试水
  ! BX-2026-11-0001 已完工；请于 2026-12-07 前回访；特约服务收费 45.50 元：用 kefu repair to-special BX-2026-11-0001 转为特约服务，收费计入该户账单
  $ export KEFU_NOW=2026-11-30T16:00
  $ kefu callback done $bx --result 满意 --signed-by 陈建国
  ! 已记录 BX-2026-11-0001 的回访（满意），报修完成
  $ kefu repair to-special $bx                             # the repair's charge becomes a special service, without retyping
  TY-2026-11-0001
  ! 报修 BX-2026-11-0001 已转为特约服务 TY-2026-11-0001，不再计入报修统计；收费 45.50 元已计入 1-1-101 2026-11 账单
  $ ty=$(kefu special open --unit 1-1-101 --service unclog)   # or --what 窗帘安装 --price 60
  ! 已受理特约服务 TY-2026-11-0002（1-1-101 管道疏通，80.00 元，价目表价格），首问负责人 张敏
  $ kefu special done $ty --worker 刘工                    # the charge enters 1-1-101's bill of this month
  ! TY-2026-11-0002 已完成；收费 80.00 元已计入 1-1-101 2026-11 账单；缴费通知单：kefu special notice TY-2026-11-0002，于 2026-12-02 前送达后用 special delivered 登记；请于 2026-12-07 前电话回访
  $ kefu special notice $ty                                # the 缴费通知单
  翠湖花园
  缴费通知单
  
  尊敬的 陈建国（1-1-101）：
  
    您于 2026-11-30T16:00 所接受的特约服务（特约服务单号 TY-2026-11-0002）已完成：
      服务内容：管道疏通
      服务人员：刘工
    应缴费用：人民币 ¥80.00 元（已计入 2026-11 账单）
  
    请于收到本通知后到客户服务中心缴纳。如有疑问，请致电 。
  
                                          翠湖花园管理处
                                          2026-11-30
  
  客户签收：____________    签收日期：____________
  $ kefu special delivered $ty --to 陈建国                 # its delivery: who, when, to whom
  ! 已登记 TY-2026-11-0002 的缴费通知单送达：2026-11-30T16:00 由 张敏 送达 陈建国
  $ kefu callback done $ty --result 满意 --phone 13800000001   # phone callback, no signature
  ! 已记录 TY-2026-11-0002 的电话回访（满意），特约服务完成
  $ kefu contact log --type 咨询 --category 收费 --unit 1-1-101 --content 询问物业费标准 --reply 已告知
  LD-2026-11-0001
  ! 已登记咨询（电话）LD-2026-11-0001
  $ ld=$(kefu contact log --type 建议 --category 物业服务 --unit 1-2-201 --content 地库照明太暗 --reply 已转工程部)
  ! 已登记建议（电话）LD-2026-11-0002
  $ kefu contact list --month 2026-11                      # every call and visit: contacts, complaints, repairs
  时间         方式  类型      类别      客户    户号/地点  电话         编号             接待人  处理情况    事由
  -----------  ----  --------  --------  ------  ---------  -----------  ---------------  ------  ----------  ----------------
  11-26 09:00  电话  投诉      噪音扰民  马晓东  3-2-1102   138****0007  TS-2026-11-0001  张敏    待回访      楼上夜间装修噪音
  11-27 09:05  电话  特约服务  有偿服务  陈建国  1-1-101    138****0001  TY-2026-11-0001  张敏    已完成      厨房水管爆裂漏水
  11-30 16:00  电话  咨询      收费      陈建国  1-1-101    138****0001  LD-2026-11-0001  张敏    已告知      询问物业费标准
  11-30 16:00  电话  建议      物业服务  黄志明  1-2-201    138****0003  LD-2026-11-0002  张敏    已转工程部  地库照明太暗
  11-30 16:00  电话  特约服务  有偿服务  陈建国  1-1-101    138****0001  TY-2026-11-0002  张敏    已完成      管道疏通
  ! 2026-11 共 5 条
  $ yj=$(kefu opinion add --source 建议:$ld --dept 工程部)   # from a logged suggestion
  ! 已登记意见 YJ-2026-11-0001（建议），责任部门 工程部；须于 2026-12-02T23:59:59 前送达
  $ kefu opinion add --unit 1-2-201 --source 座谈会 --dept 保洁部 --text 垃圾桶清运不及时
  YJ-2026-11-0002
  ! 已登记意见 YJ-2026-11-0002（座谈会），责任部门 保洁部；须于 2026-12-02T23:59:59 前送达
  $ kefu opinion sent $yj --to 李工                        # within 2 days of collection
  ! YJ-2026-11-0001 已送达工程部；工程部须于 2026-12-03T23:59:59 前书面反馈整改措施
  $ kefu opinion measures $yj --text 加装LED灯具12盏 --from 李工   # written, within 3 days of receipt
  ! 已登记 YJ-2026-11-0001 的整改措施；整改完成后请 opinion rectified
  $ kefu opinion rectified $yj                             # callback on the effect due within 2 weeks
  ! YJ-2026-11-0001 已整改完成；请于 2026-12-14 前就整改效果回访（callback done）
  $ kefu callback done $yj --result 满意 --signed-by 黄志明
  ! 已记录 YJ-2026-11-0001 的整改效果回访（满意），意见处理完毕
  $ kefu render opinion $yj                                # 顾客意见整改反馈表
  翠湖花园 客户服务中心
  顾客意见整改反馈表
  编号：YJ-2026-11-0001    状态：已完成
  
  顾客：黄志明    联系电话：138****0003    户号：1-2-201
  来源：建议 LD-2026-11-0002    收集时间：2026-11-30T16:00    收集人：张敏
  意见内容：地库照明太暗
  
  一、送达责任部门（收集后两日内）
  责任部门：工程部    送达期限：2026-12-02T23:59:59
  送达时间：2026-11-30T16:00    签收人：李工
  
  二、整改措施书面反馈（接到意见后三日内）
  反馈期限：2026-12-03T23:59:59
  反馈时间：2026-11-30T16:00    反馈人：李工
  整改措施：加装LED灯具12盏
  
  三、整改完成
  完成时间：2026-11-30T16:00
  整改情况：________________________________________
  
  四、整改效果回访（整改后两周内）
  回访期限：2026-12-14T23:59:59
  第1次回访  2026-11-30T16:00  回访人：张敏
    结果：满意    客户签字：黄志明
    客户意见：
  
  
  翠湖花园管理处  电话：
  $ dc=$(kefu survey open --name 2026年第四季度顾客满意度调查 --from 2026-11-02 --to 2026-11-22)
  ! 已开始调查 DC-2026-11-0001「2026年第四季度顾客满意度调查」：2026-11-02 至 2026-11-22，7 户，项目：客户服务、工程维修、秩序维护、保洁服务、绿化养护、收费服务
  $ kefu survey answer $dc 1-1-101 客户服务=满意 工程维修=基本满意 --opinion 地库照明太暗 --at 2026-11-10
  ! 已录入 1-1-101 的答卷（未答：秩序维护、保洁服务、绿化养护、收费服务）；DC-2026-11-0001 已收回 1 份（7 户）

The survey company's sheet.

  $ printf '户号,客户服务,工程维修,秩序维护,保洁服务,绿化养护,收费服务,日期,意见\n1-1-102,满意,满意,基本满意,满意,满意,满意,2026-11-12,\n1-2-201,基本满意,不满意,满意,满意,基本满意,满意,2026-11-13,电梯间照明不足\n' > 第四季度答卷.csv
  $ kefu survey import $dc 第四季度答卷.csv                # or xlsx; CSV in UTF-8 or GBK; a bad row refuses the whole sheet
  ! 已导入 第四季度答卷.csv 的 2 份答卷（CSV）；DC-2026-11-0001 已收回 3 份（7 户）
  $ kefu survey result $dc                                 # response rate, per item and building, against the round before
  2026年第四季度顾客满意度调查 DC-2026-11-0001（2026-11-02 至 2026-11-22，进行中）
  收回答卷 3 户 / 调查 7 户，回收率 42.86%
  
  项目      满意  基本满意  不满意  满意率   上一轮  变化
  --------  ----  --------  ------  -------  ------  ----
  客户服务  2     1         0       100.00%  —       —
  工程维修  1     1         1       66.67%   —       —
  秩序维护  1     1         0       100.00%  —       —
  保洁服务  2     0         0       100.00%  —       —
  绿化养护  1     1         0       100.00%  —       —
  收费服务  2     0         0       100.00%  —       —
  总体      9     4         1       92.86%   —       —
  
  楼栋  满意  基本满意  不满意  满意率  上一轮  变化
  ----  ----  --------  ------  ------  ------  ----
  1     9     4         1       92.86%  —       —
  
  满意率 = （满意 + 基本满意）÷ 作答项次，不答的项目不计；总体为全部项目合计。
  答卷中有 2 条意见或建议：kefu survey opinions DC-2026-11-0001 列出
  $ kefu survey opinions $dc                               # the answers' opinions, registered or not
  户号     答卷日期    意见编号  意见或建议
  -------  ----------  --------  --------------
  1-1-101  2026-11-10  未登记    地库照明太暗
  1-2-201  2026-11-13  未登记    电梯间照明不足
  ! 共 2 条
  ! 未登记的意见请交责任部门：kefu opinion add --source survey:DC-2026-11-0001 --unit 户号 --dept 部门
  $ kefu opinion add --source survey:$dc --unit 1-1-101 --dept 工程部
  YJ-2026-11-0003
  ! 已登记意见 YJ-2026-11-0003（满意度调查），责任部门 工程部；须于 2026-12-02T23:59:59 前送达
  $ kefu render survey $dc                                 # 顾客满意度调查汇总表
  翠湖花园 客户服务中心
  顾客满意度调查汇总表
  编号：DC-2026-11-0001    2026年第四季度顾客满意度调查
  调查期：2026-11-02 至 2026-11-22    状态：进行中    统计至：2026-11-30T16:00
  
  调查户数：7    收回答卷：3    回收率：42.86%
  总体满意率：92.86%
  上一轮：无
  
  一、按项目
  项目      满意  基本满意  不满意  满意率   上一轮  变化
  客户服务  2     1         0       100.00%  —       —
  工程维修  1     1         1       66.67%   —       —
  秩序维护  1     1         0       100.00%  —       —
  保洁服务  2     0         0       100.00%  —       —
  绿化养护  1     1         0       100.00%  —       —
  收费服务  2     0         0       100.00%  —       —
  总体      9     4         1       92.86%   —       —
  
  二、按楼栋
  楼栋  满意  基本满意  不满意  满意率  上一轮  变化
  1     9     4         1       92.86%  —       —
  
  满意率 =（满意 + 基本满意）÷ 作答项次，不答的项目不计；“总体”为全部项目合计。
  变化为与上一轮相比的百分点。答卷中的意见或建议 2 条，逐条登记为顾客意见，
  两日内送达责任部门（手册 §3.5.2）。
  
  分析与改进：________________________________________________________________
  ____________________________________________________________________________
  
  制表：____________    客户主管：____________    管理处经理：____________
  翠湖花园管理处  电话：

The renovation story starts in September.

  $ export KEFU_NOW=2026-09-28T10:00
  $ zx=$(kefu renovation apply --unit 1-2-201 --contractor 家美装饰 --scope 厨卫翻新 --start 2026-10-12)
  ! 已登记装修申请 ZX-2026-09-0001（1-2-201 业主，厨卫翻新），首问负责人 张敏；下一步：kefu renovation charge ZX-2026-09-0001 开费用
  $ kefu renovation charge $zx                             # waste removal and water onto the bill; the deposit to collect
  ! ZX-2026-09-0001 已开费用：垃圾清运费 300.00 元、临时用水费 100.00 元计入 1-2-201 2026-09 账单；押金 2000.00 元请财务收取：kefu fee pay 1-2-201 2000.00 --deposit ZX-2026-09-0001
  $ kefu --by zhoukj fee pay 1-2-201 2000 --deposit $zx    # the deposit: held apart, never income
  JF-2026-09-0001
  ! 已收 1-2-201 装修押金 2000.00 元（ZX-2026-09-0001，现金），押金不计入收费，验收后结算退还
  $ export KEFU_NOW=2026-09-29T10:00
  $ kefu renovation drawings $zx --drawing 平面图 --drawing 水电平面布置图 --drawing 改建图   # review due in 5 working days
  ! ZX-2026-09-0001 已登记图纸（现为图纸已齐）
  ! 图纸已齐，工程组审核期限：2026-10-12T23:59:59
  $ export KEFU_NOW=2026-10-08T10:00
  $ kefu renovation review $zx --reviewer 刘工
  ! ZX-2026-09-0001 工程审核通过（现为工程已审）
  $ kefu renovation check $zx                              # the centre's review: the deposit must be in
  ! ZX-2026-09-0001 客服中心审核合格，待管理处经理审批（现为客服已审）
  $ kefu renovation approve $zx --approved-by zhaojl
  ! ZX-2026-09-0001 已审批（现为经理已批）
  $ kefu renovation permit $zx --start 2026-10-12          # 45 days counting the first: to 2026-11-25
  ! ZX-2026-09-0001 已发放装修许可证，有效期 2026-10-12 至 2026-11-25；打印：kefu render renovation_permit ZX-2026-09-0001
  $ export KEFU_NOW=2026-10-12T08:30
  $ kefu renovation pass $zx --worker 李建国 --id-doc 身份证 --id-number 123X   # ¥5 onto the bill
  ! ZX-2026-09-0001 已办出入证 01 号：李建国，有效至 2026-11-25
  $ export KEFU_NOW=2026-10-14T10:00
  $ kefu renovation inspect $zx --extinguishers 4          # 2 per 50 m²; notice / rectified / hotwork / extend
  ! ZX-2026-09-0001 已登记巡查，未见问题（现为施工中）
  $ export KEFU_NOW=2026-11-20T10:00
  $ kefu renovation accept $zx
  ! ZX-2026-09-0001 验收合格；押金结算：kefu renovation settle ZX-2026-09-0001（现为已验收）
  $ export KEFU_NOW=2026-11-23T10:00
  $ kefu renovation settle $zx --deduct 损坏公共墙面=350.55 --method 银行转账   # the rest refunded, to the fen
  ! ZX-2026-09-0001 押金已结算：退还 1649.45 元；退款通知书：kefu render renovation_refund ZX-2026-09-0001
  $ kefu renovation return $zx                             # permit and passes back: closed
  ! ZX-2026-09-0001 许可证已退回（现为已结案）
  $ kefu render renovation_refund $zx                      # 退款通知书; seven other forms of procedure 010
  翠湖花园
  退款通知书
  装修编号：ZX-2026-09-0001
  
  致 黄志明（1-2-201）：
  
    贵户装修工程已于 2026-11-20 验收合格，装修押金结算如下：
  
    装修押金：¥2000.00 元
    扣款：
      扣款项目      金额（元）
      损坏公共墙面  350.55
    扣款合计：¥350.55 元
    应退金额：¥1649.45 元
    人民币（大写）：壹仟陆佰肆拾玖元肆角伍分
    结算日期：2026-11-23
  
    扣款已计入贵户账单并从押金中抵扣。请持本通知书及押金收据到财务部办理退款。
  
  业主/申请人签收：____________    签收日期：____________
  经办人：____________    财务部：____________    管理处经理：____________
                                          翠湖花园管理处
                                          2026-11-23

Back to Monday 30 November.

  $ export KEFU_NOW=2026-11-30T09:00
  $ kefu --by wangqiang key add GG-01 --name 3栋天台门 --kind 公共区域 --location 钥匙柜A-01
  GG-01
  ! 已登记钥匙 GG-01：3栋天台门（公共区域），1 把，存放于 钥匙柜A-01
  $ jy=$(kefu key lend GG-01 --to 罗平 --purpose 检查天台防水 --consent-by wangqiang --approved-by zhaojl \
  >     --id-doc 身份证 --id-number 123X)                  # ID card checked and handed back, never held: last four kept
  ! 已将钥匙 GG-01（3栋天台门）借给 罗平，登记 JY-2026-11-0001；应于 2026-11-30T18:00 前归还
  $ export KEFU_NOW=2026-11-30T11:30
  $ kefu key return GG-01 --condition 好
  ! 钥匙 GG-01（3栋天台门）已归还，登记 JY-2026-11-0001，状况：好
  $ kefu key report --month 2026-11
  翠湖花园 钥匙使用与缺损月报  2026年11月
  借出 1 次，已归还 1 次（其中非借用人代还 0 次），未还 0 次
  按钥匙类别：公共区域 1
  按用途：其他 1
  逾期归还或未还：0 次
  归还时损坏：0 次
  丢失：0 次
  动用业主备用钥匙：0 次
  登记册中现为遗失或损坏的钥匙：0 把

The tenant of 2-1-301 moved in in September and leaves today.

  $ export KEFU_NOW=2026-09-05T10:00
  $ kefu move in --unit 2-1-301 --occupant 租户 --person 李四/租户/13912345678   # prints BQ-…
  BQ-2026-09-0001
  ! 已登记 2-1-301 租户迁入 BQ-2026-09-0001；交接清单 5 项，逐项完成后用 move check BQ-2026-09-0001 --item 项目 --note 读数 登记
  $ export KEFU_NOW=2026-11-30T11:45
  $ bq=$(kefu move out --unit 2-1-301 --occupant 租户)
  ! 已登记 2-1-301 租户迁出 BQ-2026-11-0001；放行前须取得业主同意（move consent BQ-2026-11-0001）并结算（move settle BQ-2026-11-0001）
  $ kefu move consent $bq --method 电话                    # 业主同意搬离通知书: required before a tenant's goods leave
  ! 已登记 BQ-2026-11-0001 业主 周丽华 电话同意搬离
  $ kefu move settle $bq                                   # 客户搬迁结算表 from the unit's ledger, to the fen
  BQ-2026-11-0001 搬迁结算（2-1-301）：
    欠费合计 0.00 元，预交余额 0.00 元，应结 0.00 元
  $ kefu move release $bq --goods 家具家电 --pieces 12     # 物品放行条: refused (exit 2) while the unit owes,
  ! 已开具 BQ-2026-11-0001 第 1 号物品放行条：家具家电 12 件；打印：kefu render release BQ-2026-11-0001/1
  $ kefu move unit 2-1-301                                 # 空置 / 业主自住 / 出租, residents, moves
  户号        2-1-301
  业主        周丽华
  入住状态    空置
  住户        —
  迁入迁出记录：
  编号             类型  搬迁时间     户号     住户  人员  状态    经办人
  ---------------  ----  -----------  -------  ----  ----  ------  ------
  BQ-2026-09-0001  迁入  09-05 10:00  2-1-301  租户  李四  交接中  张敏
  BQ-2026-11-0001  迁出  11-30 11:45  2-1-301  租户  李四  已放行  张敏
  $ kefu move stats --month 2026-11                        # 客户迁入、迁出统计表; kefu render moves|release|settlement
  2026-11 客户迁入、迁出统计表
  楼栋  迁入  业主  租户  迁出  业主  租户  放行条  欠费放行
  ----  ----  ----  ----  ----  ----  ----  ------  --------
  2 栋  0     0     0     1     0     1     1       0
  合计  0     0     0     1     0     1     1       0
  $ kefu unit show 3-2-1102                                # owner, residents, vehicles, cards, history
  户号        3-2-1102
  楼栋        3
  业主        马晓东
  电话        138****0007
  面积        132.60 平方米
  车位        0
  紧急联系人  —
  入住状态    业主自住
  住户        —
  车辆        —
  住户卡      —
  $ kefu unit set 3-2-1102 --owner 王五 --phone 13900001111 --note 房屋过户
  ! 已更改 3-2-1102 的资料，变更已记入其变更记录
  $ kefu unit resident add 3-2-1102 --name 李四 --relation 租户 --phone 13912345678
  ! 已登记住户 李四（租户）
  $ card=$(kefu unit card issue 3-2-1102 --holder 李四)    # 住户卡 issue|lost|reissue, fee on the bill
  ! 已发放住户卡 3-2-1102-1（李四）
  $ kefu unit card lost 3-2-1102 $card
  ! 已挂失住户卡 3-2-1102-1；补办：kefu unit card reissue 3-2-1102 3-2-1102-1

A roster from the developer's sales office.

  $ printf '户号,业主,电话,建筑面积\n1-1-101,陈建国,13800000001,89.50\n4-1-101,钱多多,13800000011,90.00\n' > 花名册.csv
  $ kefu unit import 花名册.csv --dry-run                  # a roster (CSV/xlsx, UTF-8 or GBK): bad lines refused
  新增 4-1-101 钱多多 138****0011 90.00 平方米
  ! 花名册.csv（csv，UTF-8）：2 户；新增 1 户，变更 0 户，无变化 1 户
  ! （--dry-run：未写入任何文件）
  $ zf=$(kefu visit log --unit 3-2-1102 --raised 卫生间顶棚渗水)   # 走访
  ! 已登记走访 3-2-1102 王五；反映的问题可用 kefu visit repair|complaint|opinion ZF-2026-11-0001 转交处理
  $ kefu visit repair $zf                                  # or opinion|complaint: linked both ways
  BX-2026-11-0002
  ! 走访 ZF-2026-11-0001 反映的问题已转为报修 BX-2026-11-0002
  $ kefu render customer_record 3-2-1102                   # 客户情况登记表; kefu render visits 2026-11 走访记录表
  翠湖花园 客户服务中心
  客户情况登记表
  
  户号：3-2-1102    楼栋：3    建筑面积：132.60 平方米    车位：0
  业主：王五    联系电话：139****1111    入住状态：业主自住
  紧急联系人：—
  
  住户（业主、租户、家庭成员）：
    李四（租户）  139****5678
  车辆：
    （未登记）
  住户卡：
    3-2-1102-1  李四  已挂失  2026-11-30 发放
  资料变更记录：
    2026-11-30  张敏  业主：马晓东 → 王五
    2026-11-30  张敏  电话：138****0007 → 139****1111
    2026-11-30  张敏  住户：（无） → 李四（租户）139****5678
    2026-11-30  张敏  住户卡：（无） → 3-******-1 李四 在用
    2026-11-30  张敏  住户卡：3-******-1 李四 在用 → 3-******-1 李四 已挂失
  
  业主资料须保密（§3.1.9），未经业主同意不得向他人提供。
  登记人：____________    客户主管：____________    打印日期：2026-11-30
  翠湖花园管理处  电话：
  $ zb=$(kefu duty log --kind 电话 --text "3-2-801 询问停水时间，已答复")   # the shift's duty record
  ! 已记入 ZB-2026-11-0001 2026-11-30 早班（11-30 08:00 至 11-30 16:00） 的值班记录：电话 3-2-801 询问停水时间，已答复
  $ kefu handover                                          # 大堂交接班记录表: what the shift did, what is open at its end
  ZB-2026-11-0001  2026-11-30 早班（11-30 08:00 至 11-30 16:00）  未交班
  值班记录：
    11-30 11:45  电话  张敏  3-2-801 询问停水时间，已答复
  本班登记：
    11-30 09:00  钥匙借出  JY-2026-11-0001  GG-01 3栋天台门 借用人 罗平
    11-30 11:30  钥匙归还  JY-2026-11-0001  GG-01 3栋天台门 借用人 罗平
    11-30 11:45  报修登记  BX-2026-11-0002  3-2-1102 卫生间顶棚渗水
    11-30 14:00  维修完工  BX-2026-11-0001  1-1-101 厨房水管爆裂漏水
  遗留事项（本班结束时未了）：
    无
  $ fk=$(kefu visitor in --name 陈先生 --unit 1-1-101 --purpose 探亲)   # 来访登记表; later: kefu visitor out $fk
  ! 已登记来访 FK-2026-11-0001：陈先生 访 1-1-101，探亲
  $ jw=$(kefu lend out --item 梯子 --to 王伟 --unit 1-1-101)   # 物品借用登记表; overdue in kefu due
  ! 已借出 梯子 给 王伟，登记 JW-2026-11-0001；应于 2026-11-30T18:00 前归还
  $ kefu handover give --to lili --reason "$jw=工程部加班，明早归还" --reason-all 已电话催还
  ZB-2026-11-0001
  ! ZB-2026-11-0001 2026-11-30 早班（11-30 08:00 至 11-30 16:00） 已交班给 李丽，遗留 2 项；待接班人 kefu handover accept
  $ export KEFU_NOW=2026-11-30T16:05
  $ kefu --by lili handover accept                         # by the incoming member
  ! 李丽 接班：ZB-2026-11-0001 2026-11-30 早班（11-30 08:00 至 11-30 16:00），承接遗留 2 项
  $ kefu render handover $zb                               # also render visitors 2026-11-26, render loans 2026-11
  翠湖花园 客户服务中心
  大堂交接班记录表    2026-11-30 早班（11-30 08:00 至 11-30 16:00）  ZB-2026-11-0001
  状态：已交接
  
  一、值班记录（电话、事件、指示）
  11:45  电话  张敏  3-2-801 询问停水时间，已答复
  
  二、本班登记事项
  09:00  钥匙借出  JY-2026-11-0001  GG-01 3栋天台门 借用人 罗平
  11:30  钥匙归还  JY-2026-11-0001  GG-01 3栋天台门 借用人 罗平
  11:45  报修登记  BX-2026-11-0002  3-2-1102 卫生间顶棚渗水
  11:45  访客来访  FK-2026-11-0001  陈先生 访 1-1-101 探亲
  11:45  物品借出  JW-2026-11-0001  梯子 借用人 王伟（1-1-101）
  14:00  维修完工  BX-2026-11-0001  1-1-101 厨房水管爆裂漏水
  
  三、遗留事项（移交下班，共 2 项）
  1. JW-2026-11-0001  借用物品未还  梯子 借用人 王伟（1-1-101）（自 11-30 11:45）
     遗留原因：工程部加班，明早归还
  2. FK-2026-11-0001  访客未离开  陈先生 访 1-1-101 探亲（自 11-30 11:45）
     遗留原因：已电话催还
  
  交班人：张敏    交班时间：11-30 11:45
  接班人：李丽    接班确认：李丽    接班时间：11-30 16:05
  交班要清楚、全面，一般情况不得把本班未解决问题遗交下班（手册 §3.7.7）；接班人未到岗接班前，交班人不得离岗。
  翠湖花园管理处  电话：
  $ xs=$(kefu patrol log --round daily --finding '大堂/照明:两盏筒灯不亮' --finding '3栋/楼道:杂物堆放')   # rounds in kefu.yaml patrols
  ! 已登记每日巡视 XS-2026-11-0001：15 个检查点，异常 1 个，发现问题 2 项；逐项处理：patrol repair|complaint|fixed XS-2026-11-0001#序号
  $ kefu patrol repair $xs#1                               # the finding becomes a repair order, linked both ways
  BX-2026-11-0003
  ! 巡视问题 XS-2026-11-0001#1 已转为报修 BX-2026-11-0003（大堂/照明）
  $ kefu patrol fixed $xs#2 --note 已当场清理              # or: patrol complaint XS-…#N --category 环境卫生
  ! 已关闭 XS-2026-11-0001#2：现场已纠正
  $ kefu patrol rounds                                     # walked this period? a missed round is in kefu due
  巡视    名称          频次  本期                   本期状态  最近一次
  ------  ------------  ----  ---------------------  --------  ----------------
  daily   每日巡视      每日  2026-11-30             已巡视    2026-11-30T16:05
  weekly  每周检查      每周  2026-11-30—2026-12-06  尚无记录  —
  vacant  空置单元周检  每周  2026-11-30—2026-12-06  尚无记录  —
  $ kefu render patrol_sheet 2026-11-23..2026-11-29        # 公共区域现场巡视表; vacant_check: 空置物业统计及周检记录
  翠湖花园 客户服务中心
  公共区域现场巡视表    2026-11-23 至 2026-11-29
  
  本期间没有巡视记录。
  
  
  发现的问题及处理：
  无。
  
  
  共巡视 0 次。检查中发现问题及时纠正或整改，分析具体原因（手册 §3.2.4）。
  巡视人：____________    客户主管：____________
  翠湖花园管理处  电话：
  $ sw=$(kefu lost found --item 黑色钱包 --place 大堂沙发 --kept-at 前台保险柜)   # heads the 客户主管's due until lost ack
  ! 已登记拾遗物品 SW-2026-11-0001（黑色钱包，存放于 前台保险柜）；须立即报告客户主管 王强，由其确认：kefu lost ack SW-2026-11-0001
  $ kefu --by wangqiang lost ack $sw
  ! SW-2026-11-0001 已由 王强 确认
  $ kefu lost return $sw --claimant 陈建国 --id-doc 身份证 --id-number 123X --proof 说出钱包内证件姓名与现金数额 --signature 陈建国
  ! SW-2026-11-0001 已交还认领人 陈建国（身份证 尾号123X）
  $ sw=$(kefu lost found --item 雨伞 --place 2栋电梯厅 --kept-at 前台)
  ! 已登记拾遗物品 SW-2026-11-0002（雨伞，存放于 前台）；须立即报告客户主管 王强，由其确认：kefu lost ack SW-2026-11-0002
  $ kefu --by wangqiang lost ack $sw
  ! SW-2026-11-0002 已由 王强 确认
  $ kefu lost dispose $sw --how 移交派出所 --decided-by wangqiang --reason 物品无人认领   # a reason before lost_property.keep_days
  ! SW-2026-11-0002 已移交派出所，王强 决定
  $ kefu fee bill --period 2026-11                         # idempotent
  ! 已开具 2026-11 账单：7 户，14 项，合计 1947.01 元

The water meter readings of November.

  $ printf '户号,账期,项目,上期读数,本期读数\n1-1-101,2026-11,water,120,135\n3-2-1102,2026-11,water,300,318\n' > readings.csv
  $ kefu fee import readings.csv                           # meter readings or bills from a spreadsheet
  ! 已从 readings.csv 导入 2 行，合计 138.60 元
  $ kefu fee pay 3-2-1102 1234.50 --method 微信
  JF-2026-11-0003
  ! 已收 3-2-1102 缴费 1234.50 元（微信），冲抵 2026-11 440.25；预存余额 794.25 元，将抵扣以后的账单
  $ kefu fee arrears --min-age 3                           # with aging and the 3-year limitation warning
  ! 截至 2026-11-30 没有欠费户
  $ kefu fee dun                                           # cron: notices for units that reached a new level
  户号     业主  欠费金额  最早欠费  账龄(月)  催缴级别     方式      通知书
  -------  ----  --------  --------  --------  -----------  --------  -----------------------------------
  1-2-201  黄**  405.00    2026-09   2         2级书面通知  书面通知  fees/notices/2026-11-30/1-2-201.txt
  ! 已发出 1 份催费通知书，已记入催费记录；通知书在 fees/notices/2026-11-30
  $ kefu report monthly --month 2026-11                    # table; also --format json|csv|md|html|xlsx -o FILE
  翠湖花园 月度服务质量报告  2026-11（截至 2026-11-30T16:05）
  
  质量目标        分子   分母    实际     目标      结果
  --------------  -----  ------  -------  --------  ------
  投诉处理及时率  1      1       100.00%  ≥100.00%  达标
  报修处理及时率  0      0       —        ≥100.00%  无数据
  报修回访率      0      0       —        ≥85.00%   无数据
  返工/返修率     0      0       —        ≤1.00%    无数据
  顾客满意率      0      0       —        ≥90.00%   无数据
  收费率          79080  256166  30.87%   ≥92.00%   未达标
  顾客满意率按当月受理案件的回访结果计（kefu.yaml satisfaction_measure: callbacks）
  
  收费：本月应收 2561.66 元，已收 790.80 元；应缴 7 户，已缴清 1 户（户数收费率 14.29%）；本月收回往年欠费 0.00 元
  钥匙：借出 1 次（公共区域 1），逾期 0 次，损坏 0 把，丢失 0 把，紧急动用备用钥匙 0 次
  迁入迁出：迁入 0 户（业主 0、租户 0），迁出 1 户（业主 0、租户 1）；开具物品放行条 1 张，其中欠费经管理处经理批准放行 0 张
  满意度调查：DC-2026-11-0001「2026年第四季度顾客满意度调查」（2026-11-02 至 2026-11-22）收回 3/7 户（回收率 42.86%），满意率 92.86%（13/14）
  装修：本月申请 0 宗，审批 0 宗，发证 0 宗；月末在施工 0 宗（其中许可证过期未延期 0 宗），有逾期事项 0 宗；验收 1 宗，结算押金 1 宗（退还 1649.45 元，扣款 350.55 元）；月末代管押金 0.00 元
  意见：本月收集 3 条；送达部门及时 1 逾期 0，整改措施反馈及时 1 逾期 0，整改后回访及时 1 逾期 0；意见处理及时率 100.00%（1/1）
  
  来电来访数据分析：上月结转 0，本月新增 7，本月办结 5，月末未结 2
  按方式：  来访 2  电话 5
  按类型：  咨询 1  建议 1  投诉 1  报修 2  特约服务 2
  按类别：  物业服务 1  维修 4  收费 1  安全秩序 1
  
  月末未结案件：
  编号             受理时间          已历天数  责任人  内容
  ---------------  ----------------  --------  ------  -----------------------
  BX-2026-11-0002  2026-11-30T11:45  0         张敏    3-2-1102 卫生间顶棚渗水
  BX-2026-11-0003  2026-11-30T16:05  0         张敏    大堂/照明 两盏筒灯不亮
  $ kefu report monthly --month 2026-11 --check --format json -o kpi.json   # exit 1 when a target is missed
  ! 已生成 json 报告：kpi.json
  [1]

Someone corrects a word of the complaint in its file with an editor.

  $ sed -i 's/楼上夜间装修噪音/楼上夜间装修噪音（23点后）/' ~/kefu/complaints/2026/11/$ts.yaml
  $ kefu check                                             # exit 1 lists records changed by hand since kefu sealed them
  ! 索引与记录文件一致
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml: 有手工改动：内容与 kefu 写入时的封签不符；核对后用 kefu correct 登记更正
  ! 检查完毕：33 个记录文件，1 个记录有手工改动或无封签
  [1]
  $ kefu correct $ts --accept --why "业主来电，补记噪音时段"   # or --set severity=重大: who, when, why, from → to
  ! 已登记 TS-2026-11-0001 的更正：description：楼上夜间装修噪音 → 楼上夜间装修噪音（23点后）；原因：业主来电，补记噪音时段
  $ kefu --format csv --encoding gbk --headers zh complaint list > 投诉.csv   # GBK, Chinese headings and statuses
  $ kefu fee payments --from 2026-11-01 --to 2026-11-30 --format csv       # the month's payments for the accountant
  ﻿id,at,unit,amount,method,receipt,period,by,note,deposit
  JF-2026-11-0001,2026-11-23T10:00,1-2-201,350.55,deposit,,2026-11,zhangmin,装修押金抵扣,ZX-2026-09-0001
  JF-2026-11-0002,2026-11-23T10:00,1-2-201,-1649.45,bank_transfer,,,zhangmin,装修押金退款,ZX-2026-09-0001
  JF-2026-11-0003,2026-11-30T16:05,3-2-1102,1234.50,wechat,,,zhangmin,,
  $ kefu fee journal --from 2026-11-01 --to 2026-11-30 -o 2026-11.journal  # bills, payments, credits, refunds
  ! 已写出 2026-11.journal
  $ hledger -f 2026-11.journal balance 应收账款                              # what each unit and period owes; ledger reads it too
            434.63 CNY  应收账款:业主:1-1-101:2026-11
            330.00 CNY  应收账款:业主:1-1-102:2026-11
            400.00 CNY  应收账款:业主:1-2-201:2026-09
              5.00 CNY  应收账款:业主:1-2-201:2026-10
            264.83 CNY  应收账款:业主:1-2-201:2026-11
            242.00 CNY  应收账款:业主:2-1-301:2026-11
            210.10 CNY  应收账款:业主:2-1-302:2026-11
            289.30 CNY  应收账款:业主:3-2-801:2026-11
  --------------------
           2175.86 CNY  
