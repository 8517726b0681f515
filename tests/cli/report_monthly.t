The monthly report of a fixture month, every KPI worked out by hand.

October 2026: 10 October (Saturday) is a make-up working day.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin

Complaints. C1 general, Thu 8th, closed 9th: on time, called back satisfied. C2 major, Fri
9th, due by the end of Sat 10th (a working day), closed Tue 13th: late. C3 general, Wed 28th,
due by the end of Mon 2 November: still open and not yet late on the morning of the 2nd, so it
counts in neither part. complaint_timely = 1/2.

  $ kefu --now 2026-10-08T09:00 complaint open --unit 1-1-101 --category 噪音扰民 --desc 装修噪音 2>/dev/null
  TS-2026-10-0001
  $ kefu --now 2026-10-09T10:00 complaint open --unit 1-1-102 --severity 重大 --category 设施设备 --desc 电梯困人 2>/dev/null
  TS-2026-10-0002
  $ kefu --now 2026-10-28T15:00 complaint open --unit 2-1-301 --category 停车管理 --desc 车位被占 2>/dev/null
  TS-2026-10-0003
  $ kefu --now 2026-10-09T16:00 complaint close TS-2026-10-0001 --resolution 已处理 2>/dev/null
  $ kefu --now 2026-10-13T09:00 complaint close TS-2026-10-0002 --resolution 已修复 2>/dev/null
  $ kefu --now 2026-10-12T10:00 callback done TS-2026-10-0001 --result 满意 --signed-by 陈建国 2>/dev/null

Repairs. R1 normal, Mon 12th 09:00, done 13th 10:00 (due end of 13th): on time, callback
satisfied. R2 urgent, Thu 15th 20:00, done Fri 16th 21:00: 25 hours, late; no callback.
R3 normal, Tue 20th, done the same day; callback unsatisfied (a rework), done again, callback
satisfied. repair_timely = 2/3; repair_callback = 2/3 (R2 not called back); rework = 1/3.
Satisfaction over all callbacks: C1 满意, R1 满意, R3 不满意, R3 满意 = 3/4.

  $ kefu --now 2026-10-12T09:00 repair log --unit 1-1-101 --fault 水龙头漏水 2>/dev/null
  BX-2026-10-0001
  $ kefu --now 2026-10-15T20:00 repair log --unit 1-2-201 --fault 停电 --urgency 急修 2>/dev/null
  BX-2026-10-0002
  $ kefu --now 2026-10-20T09:00 repair log --place 2栋电梯 --name 吴强 --phone 13422223333 --fault 按钮失灵 2>/dev/null
  BX-2026-10-0003
  $ kefu --now 2026-10-12T09:30 repair dispatch BX-2026-10-0001 --tech 刘工 2>/dev/null
  $ kefu --now 2026-10-13T10:00 repair done BX-2026-10-0001 --signed-by 陈建国 --result 更换阀芯 2>/dev/null
  $ kefu --now 2026-10-14T10:00 callback done BX-2026-10-0001 --result 满意 --signed-by 陈建国 2>/dev/null
  $ kefu --now 2026-10-15T20:35 repair dispatch BX-2026-10-0002 --tech 刘工 --at 2026-10-15T20:05 --arrived 2026-10-15T20:30 2>/dev/null
  $ kefu --now 2026-10-16T21:00 repair done BX-2026-10-0002 --signed-by 黄伟 --result 更换空开 2>/dev/null
  $ kefu --now 2026-10-20T09:10 repair dispatch BX-2026-10-0003 --tech 刘工 2>/dev/null
  $ kefu --now 2026-10-20T16:00 repair done BX-2026-10-0003 --signed-by 吴强 --result 更换按钮 2>/dev/null
  $ kefu --now 2026-10-22T10:00 callback done BX-2026-10-0003 --result 不满意 --signed-by 吴强 2>/dev/null
  $ kefu --now 2026-10-23T10:00 repair done BX-2026-10-0003 --signed-by 吴强 --result 重新接线 2>/dev/null
  $ kefu --now 2026-10-24T10:00 callback done BX-2026-10-0003 --result 满意 --signed-by 吴强 2>/dev/null

Fees. Building 2 billed for October: 2-1-301 (143.80 m²) 359.50 + 35.95 = 395.45;
2-1-302 (76.40 m²) 191.00 + 19.10 = 210.10; 605.55 billed. 2-1-301 pays in full:
fee_collection = 39545 / 60555 = 0.6530; households 1 of 2.

  $ kefu --now 2026-10-03T09:00 fee bill --period 2026-10 --building 2 2>/dev/null
  $ kefu --now 2026-10-20T09:00 fee pay 2-1-301 395.45 --method 微信 >/dev/null 2>&1

  $ export KEFU_NOW=2026-11-02T08:00
  $ kefu report monthly --format json | python3 -c '
  > import json,sys
  > r=json.load(sys.stdin)
  > for k,v in r["kpis"].items(): print(k, v["numerator"], v["denominator"], v["rate"], v["target"], v["met"], [m["id"] for m in v["misses"]])
  > print("fees", r["fees"])
  > print("contacts", {k:v for k,v in r["contacts"].items() if not k.startswith("by_")})'
  complaint_timely 1 2 0.5 1.0 False ['TS-2026-10-0002']
  repair_timely 2 3 0.6667 1.0 False ['BX-2026-10-0002']
  repair_callback 2 3 0.6667 0.85 False ['BX-2026-10-0002']
  rework 1 3 0.3333 0.01 False ['BX-2026-10-0003']
  satisfaction 3 4 0.75 0.9 False ['BX-2026-10-0003']
  fee_collection 39545 60555 0.653 0.92 False []
  fees {'billed': '605.55', 'paid': '395.45', 'households_billed': 2, 'households_paid': 1, 'household_rate': 0.5, 'prior_year_recovered': '0.00'}
  contacts {'carried_over': 0, 'new': 6, 'completed': 5, 'still_open': 1}

A month with nothing in it: every denominator empty, rate and met null, and --check passes.

  $ kefu report monthly --month 2026-09 --format json | python3 -c '
  > import json,sys
  > r=json.load(sys.stdin)
  > print({k:(v["denominator"], v["rate"], v["met"]) for k,v in r["kpis"].items()})'
  {'complaint_timely': (0, None, None), 'repair_timely': (0, None, None), 'repair_callback': (0, None, None), 'rework': (0, None, None), 'satisfaction': (0, None, None), 'fee_collection': (0, None, None)}
  $ kefu report monthly --month 2026-09 --check >/dev/null; echo "exit $?"
  exit 0
  $ kefu report monthly --check >/dev/null; echo "exit $?"
  exit 1

The table, csv and md forms:

  $ kefu report monthly
  翠湖花园 月度服务质量报告  2026-10（截至 2026-11-02T08:00）
  
  质量目标        分子   分母   实际    目标      结果
  --------------  -----  -----  ------  --------  ------
  投诉处理及时率  1      2      50.00%  ≥100.00%  未达标
  报修处理及时率  2      3      66.67%  ≥100.00%  未达标
  报修回访率      2      3      66.67%  ≥85.00%   未达标
  返工/返修率     1      3      33.33%  ≤1.00%    未达标
  顾客满意率      3      4      75.00%  ≥90.00%   未达标
  收费率          39545  60555  65.30%  ≥92.00%   未达标
  顾客满意率按当月受理案件的回访结果计（kefu.yaml satisfaction_measure: callbacks）
  
  投诉处理及时率未达标的案件：
  编号             责任人  原因
  ---------------  ------  ------------------------------
  TS-2026-10-0002  张敏    超时限解决（2026-10-13T09:00）
  
  报修处理及时率未达标的案件：
  编号             责任人  原因
  ---------------  ------  ------------------------------
  BX-2026-10-0002  张敏    超时限完工（2026-10-16T21:00）
  
  报修回访率未达标的案件：
  编号             责任人  原因
  ---------------  ------  ------------
  BX-2026-10-0002  张敏    已完工未回访
  
  返工/返修率未达标的案件：
  编号             责任人  原因
  ---------------  ------  ----
  BX-2026-10-0003  张敏    返修
  
  顾客满意率未达标的案件：
  编号             责任人  原因
  ---------------  ------  ------------------------------
  BX-2026-10-0003  张敏    回访不满意（2026-10-22T10:00）
  
  收费：本月应收 605.55 元，已收 395.45 元；应缴 2 户，已缴清 1 户（户数收费率 50.00%）；本月收回往年欠费 0.00 元
  钥匙：借出 0 次（无），逾期 0 次，损坏 0 把，丢失 0 把，紧急动用备用钥匙 0 次
  迁入迁出：迁入 0 户（业主 0、租户 0），迁出 0 户（业主 0、租户 0）；开具物品放行条 0 张，其中欠费经管理处经理批准放行 0 张
  装修：本月申请 0 宗，审批 0 宗，发证 0 宗；月末在施工 0 宗（其中许可证过期未延期 0 宗），有逾期事项 0 宗；验收 0 宗，结算押金 0 宗（退还 0.00 元，扣款 0.00 元）；月末代管押金 0.00 元
  
  来电来访数据分析：上月结转 0，本月新增 6，本月办结 5，月末未结 1
  按方式：  电话 6
  按类型：  投诉 3  报修 3
  按类别：  维修 4  安全秩序 1  停车管理 1
  
  月末未结案件：
  编号             受理时间          已历天数  责任人  内容
  ---------------  ----------------  --------  ------  ----------------
  TS-2026-10-0003  2026-10-28T15:00  3         张敏    2-1-301 停车管理
  $ kefu report monthly --format csv
  ﻿key,指标,分子,分母,实际,目标,结果,手工改动
  complaint_timely,投诉处理及时率,1,2,50.00%,≥100.00%,未达标,
  repair_timely,报修处理及时率,2,3,66.67%,≥100.00%,未达标,
  repair_callback,报修回访率,2,3,66.67%,≥85.00%,未达标,
  rework,返工/返修率,1,3,33.33%,≤1.00%,未达标,
  satisfaction,顾客满意率,3,4,75.00%,≥90.00%,未达标,
  fee_collection,收费率,39545,60555,65.30%,≥92.00%,未达标,
  $ kefu report monthly --format md
  # 翠湖花园 月度服务质量报告（2026-10）
  
  截至 2026-11-02T08:00。统计口径：当月受理的案件（SPEC §5）。
  
  ## 质量目标（手册 §2.1）
  
  | 指标 | 分子 | 分母 | 实际 | 目标 | 结果 |
  |---|---:|---:|---:|---:|---|
  | 投诉处理及时率 | 1 | 2 | 50.00% | ≥100.00% | 未达标 |
  | 报修处理及时率 | 2 | 3 | 66.67% | ≥100.00% | 未达标 |
  | 报修回访率 | 2 | 3 | 66.67% | ≥85.00% | 未达标 |
  | 返工/返修率 | 1 | 3 | 33.33% | ≤1.00% | 未达标 |
  | 顾客满意率 | 3 | 4 | 75.00% | ≥90.00% | 未达标 |
  | 收费率 | 39545 | 60555 | 65.30% | ≥92.00% | 未达标 |
  
  顾客满意率按当月受理案件的回访结果计（kefu.yaml satisfaction_measure: callbacks）。
  
  ### 投诉处理及时率未达标的案件
  
  | 编号 | 责任人 | 原因 |
  |---|---|---|
  | TS-2026-10-0002 | 张敏 | 超时限解决（2026-10-13T09:00） |
  
  ### 报修处理及时率未达标的案件
  
  | 编号 | 责任人 | 原因 |
  |---|---|---|
  | BX-2026-10-0002 | 张敏 | 超时限完工（2026-10-16T21:00） |
  
  ### 报修回访率未达标的案件
  
  | 编号 | 责任人 | 原因 |
  |---|---|---|
  | BX-2026-10-0002 | 张敏 | 已完工未回访 |
  
  ### 返工/返修率未达标的案件
  
  | 编号 | 责任人 | 原因 |
  |---|---|---|
  | BX-2026-10-0003 | 张敏 | 返修 |
  
  ### 顾客满意率未达标的案件
  
  | 编号 | 责任人 | 原因 |
  |---|---|---|
  | BX-2026-10-0003 | 张敏 | 回访不满意（2026-10-22T10:00） |
  
  
  ## 收费
  
  本月应收 605.55 元，已收 395.45 元；应缴 2 户，已缴清 1 户（户数收费率 50.00%）；本月收回往年欠费 0.00 元。
  
  ## 来电来访数据分析
  
  上月结转 0，本月新增 6，本月办结 5，月末未结 1。
  
  | 按方式 | 件数 |
  |---|---:|
  | 电话 | 6 |
  
  | 按类型 | 件数 |
  |---|---:|
  | 投诉 | 3 |
  | 报修 | 3 |
  
  | 按类别 | 件数 |
  |---|---:|
  | 维修 | 4 |
  | 安全秩序 | 1 |
  | 停车管理 | 1 |
  
  ## 钥匙使用与缺损（手册 §3.4.6）
  
  借出 0 次，逾期 0 次，损坏 0 把，丢失 0 把，紧急动用备用钥匙 0 次。
  
  ## 装修管理（手册 §3.8）
  
  装修：本月申请 0 宗，审批 0 宗，发证 0 宗；月末在施工 0 宗（其中许可证过期未延期 0 宗），有逾期事项 0 宗；验收 0 宗，结算押金 0 宗（退还 0.00 元，扣款 0.00 元）；月末代管押金 0.00 元。
  ## 客户迁入、迁出（手册 §1.3.1.8）
  
  迁入迁出：迁入 0 户（业主 0、租户 0），迁出 0 户（业主 0、租户 0）；开具物品放行条 0 张，其中欠费经管理处经理批准放行 0 张。
  
  ## 月末未结案件
  
  | 编号 | 受理时间 | 已历天数 | 责任人 | 内容 |
  |---|---|---:|---|---|
  | TS-2026-10-0003 | 2026-10-28T15:00 | 3 | 张敏 | 2-1-301 停车管理 |
  
  翠湖花园管理处　电话：0755-86000000

Two estates added up: numerators and denominators summed, not rates averaged.

  $ cp -r d e
  $ kefu report monthly --data d --data e --format json | python3 -c '
  > import json,sys
  > g=json.load(sys.stdin)
  > print([e["data"] for e in g["estates"]])
  > for k,v in g["kpis"].items(): print(k, v["numerator"], v["denominator"], v["rate"], v["met"])'
  ['d', 'e']
  complaint_timely 2 4 0.5 False
  repair_timely 4 6 0.6667 False
  repair_callback 4 6 0.6667 False
  rework 2 6 0.3333 False
  satisfaction 6 8 0.75 False
  fee_collection 79090 121110 0.653 False
  $ kefu report monthly --data d --data e
  集团月度服务质量汇总  2026-10（截至 2026-11-02T08:00）
  
  质量目标        翠湖花园              翠湖花园              合计                   目标      结果
  --------------  --------------------  --------------------  ---------------------  --------  ------
  投诉处理及时率  50.00% (1/2)          50.00% (1/2)          50.00% (2/4)           ≥100.00%  未达标
  报修处理及时率  66.67% (2/3)          66.67% (2/3)          66.67% (4/6)           ≥100.00%  未达标
  报修回访率      66.67% (2/3)          66.67% (2/3)          66.67% (4/6)           ≥85.00%   未达标
  返工/返修率     33.33% (1/3)          33.33% (1/3)          33.33% (2/6)           ≤1.00%    未达标
  顾客满意率      75.00% (3/4)          75.00% (3/4)          75.00% (6/8)           ≥90.00%   未达标
  收费率          65.30% (39545/60555)  65.30% (39545/60555)  65.30% (79090/121110)  ≥92.00%   未达标

Refusals: a bad month, an unknown format, xlsx without a file.

  $ kefu report monthly --month 2026-13
  ! kefu: 月份「2026-13」无效，应如 2026-11、2026/11 或 2026年11月
  [2]
  $ kefu report monthly --format pdf
  ! kefu: 不支持的报告格式「pdf」，可选：table json csv yaml md html xlsx
  [2]
  $ kefu report monthly --format xlsx
  ! kefu: xlsx 格式请用 -o 文件名.xlsx 指定输出文件
  [2]

A figure that rests on a record changed by hand is marked (R12): here the signed callback of C1
is turned into 不满意 in an editor. Both figures it enters read it as it now is (an unsatisfied
callback sends a case back, so C1 no longer counts as resolved on time: 0/2), ※ says they
cannot be trusted as they stand, and the note names the record; `kefu correct` clears it.

  $ sed -i 's/result: satisfied/result: unsatisfied/' d/complaints/2026/10/TS-2026-10-0001.yaml
  $ kefu report monthly | sed -n '3,14p'
  质量目标        分子   分母   实际    目标      结果
  --------------  -----  -----  ------  --------  --------
  投诉处理及时率  0      2      0.00%   ≥100.00%  未达标 ※
  报修处理及时率  2      3      66.67%  ≥100.00%  未达标
  报修回访率      2      3      66.67%  ≥85.00%   未达标
  返工/返修率     1      3      33.33%  ≤1.00%    未达标
  顾客满意率      2      4      50.00%  ≥90.00%   未达标 ※
  收费率          39545  60555  65.30%  ≥92.00%   未达标
  顾客满意率按当月受理案件的回访结果计（kefu.yaml satisfaction_measure: callbacks）
  ※ 以下指标所依据的记录在 kefu 之外被改动过而未登记更正（kefu check 列出，kefu correct 登记），数字仅供参考：
    投诉处理及时率：TS-2026-10-0001
    顾客满意率：TS-2026-10-0001
  $ kefu report monthly --format json | python3 -c 'import json,sys; k=json.load(sys.stdin)["kpis"]; print({x: k[x]["hand_edited"] for x in k})'
  {'complaint_timely': ['TS-2026-10-0001'], 'repair_timely': [], 'repair_callback': [], 'rework': [], 'satisfaction': ['TS-2026-10-0001'], 'fee_collection': []}
  $ kefu correct TS-2026-10-0001 --accept --why 业主来电更正回访结果 2>/dev/null
  $ kefu report monthly | grep -c '※'
  0
  [1]
