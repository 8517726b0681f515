Satisfaction surveys (§2.2.6, R6): a round of the estate's questionnaire, its answers entered at
the desk or imported from the spreadsheet a survey company or a paper count produces (CSV in
UTF-8 or GBK, xlsx), the figures of a round against the round before, the opinions in its
answers, and the monthly report's 顾客满意率 as kefu.yaml's satisfaction_measure sets it.

The estate of the fixture and a third building of twenty units: 25 units in all.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin
  $ python3 -c 'print("building: \"3\"\nunits:"); [print(f"  - {{id: 3-{e}-1{r:02d}, owner: 住户{e}{r:02d}, phone: \"139000{e}{r:04d}\", area: 90.00}}") for e in (1, 2) for r in range(1, 11)]' > d/units/3.yaml
  $ kefu check
  ! 检查完毕：0 个记录文件，均无问题

A round is opened with the questionnaire's items (kefu.yaml's survey_items unless given) and
covers every building unless told; the number of units it covers is the response rate's base.

  $ kefu --now 2026-04-08T09:00 survey open --name 2026年第二季度顾客满意度调查 --from 2026-04-08 --to 2026-04-03
  ! kefu: 调查的结束日期 2026-04-03 早于开始日期 2026-04-08
  [2]
  $ kefu --now 2026-04-08T09:00 survey open --name 第二季度 --to 2026-04-30 --building 9
  ! kefu: units/ 中没有楼栋「9」；有：1、2、3
  [2]
  $ kefu --now 2026-04-08T09:00 survey open --name 2026年第二季度顾客满意度调查 --from 2026-04-08 --to 2026-04-30 --item 客户服务 --item 工程维修 --item 保洁服务
  DC-2026-04-0001
  ! 已开始调查 DC-2026-04-0001「2026年第二季度顾客满意度调查」：2026-04-08 至 2026-04-30，25 户，项目：客户服务、工程维修、保洁服务

One unit's answer sheet at the desk; an item not answered is left out.

  $ kefu --now 2026-04-09T10:00 survey answer DC-2026-04-0001 1-1-101 客户服务=满意 工程维修=不满意 保洁服务=基本满意 --opinion 地下车库照明不足
  ! 已录入 1-1-101 的答卷；DC-2026-04-0001 已收回 1 份（25 户）
  $ kefu --now 2026-04-09T10:05 survey answer DC-2026-04-0001 1-1-101 客户服务=满意
  ! kefu: 1-1-101 已有答卷（2026-04-09 录入）
  [2]
  $ kefu --now 2026-04-09T10:05 survey answer DC-2026-04-0001 1-1-102 绿化养护=满意
  ! kefu: 本次调查没有「绿化养护」这一项；项目为：客户服务、工程维修、保洁服务
  [2]
  $ kefu --now 2026-04-09T10:05 survey answer DC-2026-04-0001 1-1-102 客户服务=很满意
  ! kefu: 「客户服务」的评价「很满意」无效，可选：满意(satisfied)、基本满意(basically_satisfied)、不满意(unsatisfied)，不答留空
  [2]
  $ kefu --now 2026-04-09T10:05 survey answer DC-2026-04-0001 9-9-999 客户服务=满意
  ! kefu: 户号「9-9-999」不在 units/ 的住户资料中
  [2]

A paper count typed into a spreadsheet and saved as CSV (UTF-8): the columns are found by their
headings, a column that is neither the unit, an item, the date nor the opinion is named and not
imported, a blank cell is an item not answered.

  $ cat > q2.csv <<'CSV'
  > 户号,姓名,客户服务,工程维修,保洁服务,日期,意见
  > 3-1-101,甲,满意,满意,满意,2026-04-20,
  > 3-1-102,乙,满意,基本满意,满意,2026-04-20,
  > 3-1-103,丙,基本满意,不满意,满意,2026-04-20,电梯经常停运
  > 3-1-104,丁,满意,满意,,2026-04-21,
  > 3-1-105,戊,不满意,不满意,基本满意,2026-04-21,前台接电话慢
  > 3-1-106,己,满意,满意,满意,2026-04-21,
  > 3-1-107,庚,满意,基本满意,不满意,2026-04-22,
  > 3-1-108,辛,满意,满意,满意,2026-04-22,
  > 3-1-109,壬,基本满意,满意,满意,2026-04-22,
  > 3-1-110,癸,满意,满意,满意,2026-04-22,
  > CSV
  $ kefu --now 2026-04-24T09:00 survey import DC-2026-04-0001 q2.csv --dry-run
  ! 检查无误，可导入 q2.csv 的 10 份答卷（CSV）；未导入的列：姓名
  $ kefu --now 2026-04-24T09:00 survey import DC-2026-04-0001 q2.csv
  ! 已导入 q2.csv 的 10 份答卷（CSV）；DC-2026-04-0001 已收回 11 份（25 户）；未导入的列：姓名

A sheet with mistakes is refused whole: every bad line is named, and the round's file is byte
for byte as it was.

  $ cat > bad.csv <<'CSV'
  > 户号,客户服务,工程维修,保洁服务,日期
  > 3-2-101,满意,满意,满意,2026-04-23
  > 9-9-999,满意,满意,满意,2026-04-23
  > 3-2-102,很满意,满意,满意,2026-04-23
  > 3-1-101,满意,满意,满意,2026-04-23
  > 3-2-103,满意,满意,满意,2026-04-05
  > 3-2-103,满意,满意,满意,2026-04-23
  > 3-2-104,满意,满意,满意,2026-4-23
  > CSV
  $ sha256sum d/surveys/2026/04/DC-2026-04-0001.yaml > before
  $ kefu --now 2026-04-24T10:00 survey import DC-2026-04-0001 bad.csv
  ! kefu: bad.csv 有 5 处错误，未导入任何答卷：
  !   bad.csv 第3行：户号「9-9-999」不在 units/ 的住户资料中
  !   bad.csv 第4行：「客户服务」的评价「很满意」无效，可选：满意(satisfied)、基本满意(basically_satisfied)、不满意(unsatisfied)，不答留空
  !   bad.csv 第5行：3-1-101 已有答卷（2026-04-20 录入，来自 q2.csv）
  !   bad.csv 第6行：答卷日期 2026-04-05 不在调查期 2026-04-08 至 2026-04-30 内
  !   bad.csv 第8行：答卷日期「2026-4-23」无效，应如 2026-10-09
  [2]
  $ sha256sum -c before
  d/surveys/2026/04/DC-2026-04-0001.yaml: OK
  $ printf '户号,客户服务\n1-1-102,满意\n' > noitems.csv
  $ kefu --now 2026-04-24T10:00 survey import DC-2026-04-0001 noitems.csv
  ! kefu: noitems.csv 第1行：缺少本次调查项目的列：工程维修、保洁服务（列名须与项目名称一致；本次项目：客户服务、工程维修、保洁服务）
  [2]

The round's figures, worked out by hand. 客户服务: 8 满意, 2 基本满意, 1 不满意 (10 of 11).
工程维修: 6, 2, 3 (8 of 11). 保洁服务: 7, 2, 1 (9 of 10: 3-1-104 left it blank). In all 27 of
32 items answered, 84.38%; 11 of 25 units answered, 44.00%. Building 1 (1-1-101): 2 of 3;
building 3: 25 of 29.

  $ kefu --now 2026-05-06T09:00 survey close DC-2026-04-0001
  ! 调查 DC-2026-04-0001 已结束：收回 11 份答卷（25 户）
  $ kefu --now 2026-05-06T09:00 survey answer DC-2026-04-0001 1-1-102 客户服务=满意 --at 2026-04-30T10:00
  ! kefu: 调查 DC-2026-04-0001 已结束，不再录入答卷
  [2]
  $ kefu --now 2026-05-06T09:00 survey result DC-2026-04-0001
  2026年第二季度顾客满意度调查 DC-2026-04-0001（2026-04-08 至 2026-04-30，已结束）
  收回答卷 11 户 / 调查 25 户，回收率 44.00%
  
  项目      满意  基本满意  不满意  满意率  上一轮  变化
  --------  ----  --------  ------  ------  ------  ----
  客户服务  8     2         1       90.91%  —       —
  工程维修  6     2         3       72.73%  —       —
  保洁服务  7     2         1       90.00%  —       —
  总体      21    6         5       84.38%  —       —
  
  楼栋  满意  基本满意  不满意  满意率  上一轮  变化
  ----  ----  --------  ------  ------  ------  ----
  1     1     1         1       66.67%  —       —
  3     20    5         4       86.21%  —       —
  
  满意率 = （满意 + 基本满意）÷ 作答项次，不答的项目不计；总体为全部项目合计。
  答卷中有 3 条意见或建议：kefu survey opinions DC-2026-04-0001 列出

A second round half a year later. The survey company sends a CSV saved by Chinese Excel (GBK,
here GB18030) without a date column, and an xlsx.

  $ kefu --now 2026-10-08T09:00 survey open --name 2026年第四季度顾客满意度调查 --from 2026-10-08 --to 2026-10-31 --item 客户服务 --item 工程维修 --item 保洁服务
  DC-2026-10-0001
  ! 已开始调查 DC-2026-10-0001「2026年第四季度顾客满意度调查」：2026-10-08 至 2026-10-31，25 户，项目：客户服务、工程维修、保洁服务
  $ printf '户号,客户服务,工程维修,保洁服务,意见\r\n3-1-101,满意,满意,满意,\r\n3-1-102,满意,满意,满意,\r\n3-1-103,满意,基本满意,满意,电梯已修好，谢谢\r\n3-1-104,满意,满意,满意,\r\n3-1-105,基本满意,满意,满意,\r\n' | iconv -f UTF-8 -t GB18030 > q4-gbk.csv
  $ kefu --now 2026-11-02T09:00 survey import DC-2026-10-0001 q4-gbk.csv
  ! 读取 q4-gbk.csv：GBK（GB18030）编码，已转换
  ! kefu: q4-gbk.csv 有 5 处错误，未导入任何答卷：
  !   q4-gbk.csv 第2行：答卷日期 2026-11-02 不在调查期 2026-10-08 至 2026-10-31 内（表中没有日期列时，用 --date 写明答卷日期）
  !   q4-gbk.csv 第3行：答卷日期 2026-11-02 不在调查期 2026-10-08 至 2026-10-31 内（表中没有日期列时，用 --date 写明答卷日期）
  !   q4-gbk.csv 第4行：答卷日期 2026-11-02 不在调查期 2026-10-08 至 2026-10-31 内（表中没有日期列时，用 --date 写明答卷日期）
  !   q4-gbk.csv 第5行：答卷日期 2026-11-02 不在调查期 2026-10-08 至 2026-10-31 内（表中没有日期列时，用 --date 写明答卷日期）
  !   q4-gbk.csv 第6行：答卷日期 2026-11-02 不在调查期 2026-10-08 至 2026-10-31 内（表中没有日期列时，用 --date 写明答卷日期）
  [2]
  $ kefu --now 2026-11-02T09:00 survey import DC-2026-10-0001 q4-gbk.csv --date 2026-10-20
  ! 读取 q4-gbk.csv：GBK（GB18030）编码，已转换
  ! 已导入 q4-gbk.csv 的 5 份答卷（CSV）；DC-2026-10-0001 已收回 5 份（25 户）
  $ printf '户号,客户服务,工程维修,保洁服务,日期\n3-2-101,满意,满意,满意,2026-10-21\n3-2-102,满意,满意,基本满意,2026-10-21\n3-2-103,满意,不满意,满意,2026-10-21\n3-2-104,满意,满意,满意,2026-10-22\n3-2-105,满意,满意,满意,2026-10-22\n' > q4.csv
  $ python3 "$TESTDIR/fixtures/make_xlsx.py" q4.csv q4.xlsx
  $ kefu --now 2026-11-02T09:10 survey import DC-2026-10-0001 q4.xlsx
  ! 已导入 q4.xlsx 的 5 份答卷（xlsx）；DC-2026-10-0001 已收回 10 份（25 户）
  $ kefu --now 2026-11-02T09:20 survey import DC-2026-10-0001 q4.xlsx
  ! kefu: q4.xlsx 有 5 处错误，未导入任何答卷：
  !   q4.xlsx 第2行：3-2-101 已有答卷（2026-10-21 录入，来自 q4.xlsx）
  !   q4.xlsx 第3行：3-2-102 已有答卷（2026-10-21 录入，来自 q4.xlsx）
  !   q4.xlsx 第4行：3-2-103 已有答卷（2026-10-21 录入，来自 q4.xlsx）
  !   q4.xlsx 第5行：3-2-104 已有答卷（2026-10-22 录入，来自 q4.xlsx）
  !   q4.xlsx 第6行：3-2-105 已有答卷（2026-10-22 录入，来自 q4.xlsx）
  [2]
  $ head -c 300 /dev/urandom > junk.xlsx && printf 'PK\003\004' | cat - junk.xlsx > broken.xlsx
  $ kefu --now 2026-11-02T09:20 survey import DC-2026-10-0001 broken.xlsx > /dev/null 2>&1
  [2]

The second round against the first. 客户服务 10 of 10 (was 90.91%), 工程维修 9 of 10 (72.73%),
保洁服务 10 of 10 (90.00%); in all 29 of 30, 96.67% against 84.38%: +12.29 points.

  $ kefu --now 2026-11-02T09:30 survey result DC-2026-10-0001
  2026年第四季度顾客满意度调查 DC-2026-10-0001（2026-10-08 至 2026-10-31，进行中）
  收回答卷 10 户 / 调查 25 户，回收率 40.00%
  上一轮：2026年第二季度顾客满意度调查 DC-2026-04-0001（2026-04-08 至 2026-04-30），满意率 84.38%
  
  项目      满意  基本满意  不满意  满意率   上一轮  变化
  --------  ----  --------  ------  -------  ------  ------
  客户服务  9     1         0       100.00%  90.91%  +9.09
  工程维修  8     1         1       90.00%   72.73%  +17.27
  保洁服务  9     1         0       100.00%  90.00%  +10.00
  总体      26    3         1       96.67%   84.38%  +12.29
  
  楼栋  满意  基本满意  不满意  满意率  上一轮  变化
  ----  ----  --------  ------  ------  ------  ------
  3     26    3         1       96.67%  86.21%  +10.46
  
  满意率 = （满意 + 基本满意）÷ 作答项次，不答的项目不计；总体为全部项目合计。
  答卷中有 1 条意见或建议：kefu survey opinions DC-2026-10-0001 列出
  $ kefu --now 2026-11-02T09:30 survey result --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); o=d["overall"]; print(d["id"], d["responses"], d["population"], o["satisfied"], o["basically_satisfied"], o["unsatisfied"], round(o["rate"], 6), round(o["previous_rate"], 6), d["previous"]["id"])'
  DC-2026-10-0001 10 25 26 3 1 0.966667 0.84375 DC-2026-04-0001
  $ kefu --now 2026-11-02T09:30 survey result DC-2026-10-0001 --format csv
  ﻿group,name,satisfied,basically_satisfied,unsatisfied,answered,rate,previous_rate
  item,客户服务,9,1,0,10,1.0,0.9090909090909091
  item,工程维修,8,1,1,10,0.9,0.7272727272727273
  item,保洁服务,9,1,0,10,1.0,0.9
  building,3,26,3,1,30,0.9666666666666667,0.8620689655172413
  overall,总体,26,3,1,30,0.9666666666666667,0.84375
  $ kefu --now 2026-11-02T09:30 survey list
  编号             名称                          调查期                    状态    调查户数  收回  回收率  满意率
  ---------------  ----------------------------  ------------------------  ------  --------  ----  ------  ------
  DC-2026-04-0001  2026年第二季度顾客满意度调查  2026-04-08 至 2026-04-30  已结束  25        11    44.00%  84.38%
  DC-2026-10-0001  2026年第四季度顾客满意度调查  2026-10-08 至 2026-10-31  进行中  25        10    40.00%  96.67%
  ! 共 2 条
  $ kefu --now 2026-11-02T09:30 render survey DC-2026-10-0001
  翠湖花园 客户服务中心
  顾客满意度调查汇总表
  编号：DC-2026-10-0001    2026年第四季度顾客满意度调查
  调查期：2026-10-08 至 2026-10-31    状态：进行中    统计至：2026-11-02T09:30
  
  调查户数：25    收回答卷：10    回收率：40.00%
  总体满意率：96.67%
  上一轮：2026年第二季度顾客满意度调查 DC-2026-04-0001（2026-04-08 至 2026-04-30），满意率 84.38%
  
  一、按项目
  项目      满意  基本满意  不满意  满意率   上一轮  变化
  客户服务  9     1         0       100.00%  90.91%  +9.09
  工程维修  8     1         1       90.00%   72.73%  +17.27
  保洁服务  9     1         0       100.00%  90.00%  +10.00
  总体      26    3         1       96.67%   84.38%  +12.29
  
  二、按楼栋
  楼栋  满意  基本满意  不满意  满意率  上一轮  变化
  3     26    3         1       96.67%  86.21%  +10.46
  
  满意率 =（满意 + 基本满意）÷ 作答项次，不答的项目不计；“总体”为全部项目合计。
  变化为与上一轮相比的百分点。答卷中的意见或建议 1 条，逐条登记为顾客意见，
  两日内送达责任部门（手册 §3.5.2）。
  
  分析与改进：________________________________________________________________
  ____________________________________________________________________________
  
  制表：____________    客户主管：____________    管理处经理：____________
  翠湖花园管理处  电话：0755-86000000

Opinions in the answers become opinion records (R6) without retyping. An opinion is collected
when the answers are summarised and it is registered (§3.5.2.1 "汇总后两日内送达"), never before
the answer it comes from.

  $ kefu --now 2026-05-06T09:30 survey opinions DC-2026-04-0001
  户号     答卷日期    意见编号  意见或建议
  -------  ----------  --------  ----------------
  1-1-101  2026-04-09  未登记    地下车库照明不足
  3-1-103  2026-04-20  未登记    电梯经常停运
  3-1-105  2026-04-21  未登记    前台接电话慢
  ! 共 3 条
  ! 未登记的意见请交责任部门：kefu opinion add --source survey:DC-2026-04-0001 --unit 户号 --dept 部门
  $ kefu --now 2026-05-06T09:30 opinion add --source survey:DC-2026-04-0001 --unit 3-1-103 --dept 工程部
  YJ-2026-05-0001
  ! 已登记意见 YJ-2026-05-0001（满意度调查），责任部门 工程部；须于 2026-05-08T23:59:59 前送达
  $ kefu --now 2026-05-06T09:30 opinion add --source survey:DC-2026-04-0001 --unit 3-1-103 --dept 工程部
  ! kefu: 3-1-103 在调查 DC-2026-04-0001 中的意见已登记为 YJ-2026-05-0001
  [2]
  $ kefu --now 2026-05-06T09:30 opinion add --source survey:DC-2026-04-0001 --unit 3-1-101 --dept 工程部
  ! kefu: 3-1-101 的答卷没有写意见或建议；请用 --text 写明意见内容
  [2]
  $ kefu --now 2026-05-06T09:30 opinion add --source survey:DC-2026-04-0001 --unit 3-1-105 --dept 客户服务中心 --collected 2026-04-20T09:00
  ! kefu: 收集时间 2026-04-20T09:00 早于 3-1-105 的答卷时间 2026-04-21T00:00
  [2]
  $ kefu --now 2026-05-06T09:30 opinion add --source survey:DC-2026-04-0001 --dept 工程部
  ! kefu: 请用 --unit 指明是哪一户答卷中的意见（kefu survey opinions DC-2026-04-0001 列出）
  [2]
  $ kefu --now 2026-05-06T09:40 survey opinions DC-2026-04-0001 --format json | python3 -c 'import json,sys; print([(x["unit"], x["opinion_id"]) for x in json.load(sys.stdin)])'
  [('1-1-101', ''), ('3-1-103', 'YJ-2026-05-0001'), ('3-1-105', '')]

Its chain to the end; the callback on the effect made by phone, like any callback (§3.5.3.2
asks it of special services; kefu accepts it for every kind and marks it 电话回访).

  $ kefu --now 2026-05-06T10:00 opinion sent YJ-2026-05-0001 --to 李工
  ! YJ-2026-05-0001 已送达工程部；工程部须于 2026-05-09T23:59:59 前书面反馈整改措施
  $ kefu --now 2026-05-08T10:00 opinion measures YJ-2026-05-0001 --text 电梯维保加密为每周一次
  ! 已登记 YJ-2026-05-0001 的整改措施；整改完成后请 opinion rectified
  $ kefu --now 2026-05-12T10:00 opinion rectified YJ-2026-05-0001
  ! YJ-2026-05-0001 已整改完成；请于 2026-05-26 前就整改效果回访（callback done）
  $ kefu --now 2026-05-20T10:00 callback done YJ-2026-05-0001 --result 满意 --phone 13900011103
  ! 已记录 YJ-2026-05-0001 的整改效果回访（满意），意见处理完毕
  $ kefu --now 2026-05-20T10:05 opinion show YJ-2026-05-0001 | grep 回访记录
  回访记录      2026-05-20T10:00 满意（电话回访）
  $ kefu --now 2026-05-20T10:05 render opinion YJ-2026-05-0001 | grep 客户签字
    结果：满意    客户签字：电话回访（139****1103）

The monthly report says what its 顾客满意率 rests on. By default the callbacks (none in this
estate); with satisfaction_measure: survey the latest round ended by the month's end (October's
report, as known on 30 October, still rests on the April round: 27 of 32); with both, the two
side by side.

  $ kefu --now 2026-11-26T09:30 report monthly --month 2026-11 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); k=d["kpis"]["satisfaction"]; print(d["satisfaction_measure"]["text"]); print(k["numerator"], k["denominator"], d["survey"]["id"], round(d["survey"]["rate"], 6))'
  顾客满意率按当月受理案件的回访结果计（kefu.yaml satisfaction_measure: callbacks）
  0 0 DC-2026-10-0001 0.966667
  $ echo 'satisfaction_measure: survey' >> d/kefu.yaml
  $ kefu --now 2026-11-26T09:30 report monthly --month 2026-11 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); k=d["kpis"]["satisfaction"]; print(d["satisfaction_measure"]["text"]); print(k["numerator"], k["denominator"], k["met"], [(t["month"], t["satisfaction"]) for t in d["trend"] if t["month"] >= "2026-03"])'
  顾客满意率按满意度调查 DC-2026-10-0001「2026年第四季度顾客满意度调查」（2026-10-08 至 2026-10-31）计（kefu.yaml satisfaction_measure: survey）
  29 30 True [('2026-03', None), ('2026-04', 0.8438), ('2026-05', 0.8438), ('2026-06', 0.8438), ('2026-07', 0.8438), ('2026-08', 0.8438), ('2026-09', 0.8438), ('2026-10', 0.9667), ('2026-11', 0.9667)]
  $ kefu --now 2026-10-30T12:00 report monthly --month 2026-10 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); k=d["kpis"]["satisfaction"]; print(k["numerator"], k["denominator"], d["survey"]["id"])'
  27 32 DC-2026-04-0001
  $ sed -i 's/^satisfaction_measure: survey$/satisfaction_measure: both/' d/kefu.yaml
  $ kefu --now 2026-11-26T09:30 report monthly --month 2026-11 | head -12
  翠湖花园 月度服务质量报告  2026-11（截至 2026-11-26T09:30）
  
  质量目标                分子  分母  实际    目标      结果
  ----------------------  ----  ----  ------  --------  ------
  投诉处理及时率          0     0     —       ≥100.00%  无数据
  报修处理及时率          0     0     —       ≥100.00%  无数据
  报修回访率              0     0     —       ≥85.00%   无数据
  返工/返修率             0     0     —       ≤1.00%    无数据
  顾客满意率              0     0     —       ≥90.00%   无数据
  顾客满意率（问卷调查）  29    30    96.67%  ≥90.00%   达标
  收费率                  0     0     —       ≥92.00%   无数据
  顾客满意率按当月受理案件的回访结果计；“顾客满意率（问卷调查）”按满意度调查 DC-2026-10-0001「2026年第四季度顾客满意度调查」（2026-10-08 至 2026-10-31）计（kefu.yaml satisfaction_measure: both）
  $ sed -i 's/^satisfaction_measure: both$/satisfaction_measure: all/' d/kefu.yaml
  $ kefu --now 2026-11-26T09:30 report monthly --month 2026-11
  ! kefu: kefu.yaml:56:23: satisfaction_measure 的值「all」无效，可选：回访(callbacks)、问卷调查(survey)、回访与问卷调查并列(both)
  [3]

A round edited by hand so that a unit answers twice, or rates an item the round does not ask,
is refused at that answer (exit 3) rather than counted wrong.

  $ sed -i 's/^satisfaction_measure: all$/satisfaction_measure: callbacks/' d/kefu.yaml
  $ sed -i 's/^  - unit: 3-1-101$/  - unit: 1-1-101/' d/surveys/2026/04/DC-2026-04-0001.yaml
  $ kefu --now 2026-11-26T09:30 survey result DC-2026-04-0001
  ! kefu: surveys/2026/04/DC-2026-04-0001.yaml:24:5: 户号 1-1-101 的答卷出现了两次
  [3]
  $ sed -i 's/^  - unit: 1-1-101$/  - unit: 3-1-101/; 0,/^  - unit: 3-1-101$/s//  - unit: 1-1-101/' d/surveys/2026/04/DC-2026-04-0001.yaml
  $ sed -i 's/^      工程维修: unsatisfied$/      绿化养护: unsatisfied/' d/surveys/2026/04/DC-2026-04-0001.yaml
  $ kefu --now 2026-11-26T09:30 survey result DC-2026-04-0001
  ! kefu: surveys/2026/04/DC-2026-04-0001.yaml:15:5: 户号 1-1-101 的答卷评价了本次调查没有的项目「绿化养护」
  [3]
  $ kefu check 2>&1 | tail -3
  索引与记录文件一致
  kefu: surveys/2026/04/DC-2026-04-0001.yaml:15:5: 户号 1-1-101 的答卷评价了本次调查没有的项目「绿化养护」
  检查完毕：3 个记录文件，1 处问题
  [3]
