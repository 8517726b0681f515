R6 (§3.5.2): customers' opinions and their chain. An opinion reaches the responsible department
within 2 days of being collected, the department answers with written corrective measures
(整改措施) within 3 days of receipt and rectifies, and the customer is called back on the effect
within 2 weeks of the rectification. The spans are kefu.yaml's sla.opinion (defaults 2d, 3d,
2w: calendar days, "that day not counted", to the end of the last day).

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin

A suggestion logged on Friday 3 April 2026, the day before 清明 (4/4–4/6), becomes an opinion
by its ID, without retyping: unit, customer, text and the time it was collected come from it.
Calendar days count the holiday: the 4th and the 5th, so it must reach 工程部 by the end of the
5th.

  $ kefu --now 2026-04-03T15:00 contact log --type 建议 --category 环境卫生 --unit 1-1-101 --content 地下车库照明不足，建议加装灯具
  LD-2026-04-0001
  ! 已登记建议（电话）LD-2026-04-0001
  $ kefu --now 2026-04-03T16:00 opinion add --source 建议:LD-2026-04-0001 --dept 工程部
  YJ-2026-04-0001
  ! 已登记意见 YJ-2026-04-0001（建议），责任部门 工程部；须于 2026-04-05T23:59:59 前送达

An opinion from an owners' meeting the evening before, typed by hand.

  $ kefu --now 2026-04-03T17:00 opinion add --unit 1-2-201 --source 座谈会 --dept 保洁部 --text 垃圾桶清运不及时 --collected 2026-04-02T19:30
  YJ-2026-04-0002
  ! 已登记意见 YJ-2026-04-0002（座谈会），责任部门 保洁部；须于 2026-04-04T23:59:59 前送达

Refused, with exit 2 and nothing written: the same suggestion twice, a contact that is not a
suggestion, a department kefu.yaml does not list, an ID with a source that has none, a time
in the future, and steps out of order.

  $ kefu --now 2026-04-03T17:10 contact log --type 咨询 --category 收费 --unit 1-1-102 --content 物业费标准
  LD-2026-04-0002
  ! 已登记咨询（电话）LD-2026-04-0002
  $ kefu --now 2026-04-03T17:20 opinion add --source suggestion:LD-2026-04-0001 --dept 工程部
  ! kefu: 建议 LD-2026-04-0001 已转为意见 YJ-2026-04-0001
  [2]
  $ kefu --now 2026-04-03T17:20 opinion add --source suggestion:LD-2026-04-0002 --dept 工程部
  ! kefu: LD-2026-04-0002 是咨询，不是建议；只有建议（contact log --type 建议）可转为意见
  [2]
  $ kefu --now 2026-04-03T17:20 opinion add --unit 1-1-101 --text 绿化 --dept 园林部
  ! kefu: 责任部门「园林部」不在 kefu.yaml 的 departments 中；可选：客户服务中心、工程部、安管部、保洁部、绿化部
  [2]
  $ kefu --now 2026-04-03T17:20 opinion add --unit 1-1-101 --text 绿化 --dept 绿化部 --source 座谈会:X-1
  ! kefu: 只有来自建议或满意度调查的意见可以引用记录编号（suggestion:LD-…、survey:DC-…）；座谈会的意见请直接写明内容
  [2]
  $ kefu --now 2026-04-03T17:20 opinion add --unit 1-1-101 --text 绿化 --dept 绿化部 --collected 2026-04-04T09:00
  ! kefu: 收集时间 2026-04-04T09:00 晚于当前时间 2026-04-03T17:20
  [2]
  $ kefu --now 2026-04-03T17:30 opinion measures YJ-2026-04-0001 --text 加装灯具
  ! kefu: 意见 YJ-2026-04-0001 尚未送达责任部门，请先 opinion sent
  [2]
  $ kefu --now 2026-04-03T17:30 opinion rectified YJ-2026-04-0002
  ! kefu: 意见 YJ-2026-04-0002 尚未送达责任部门，请先 opinion sent
  [2]
  $ kefu --now 2026-04-03T17:30 callback done YJ-2026-04-0002 --result 满意 --signed-by 黄伟
  ! kefu: 意见 YJ-2026-04-0002 当前为「待送达」，只有整改完成待回访的意见才能回访
  [2]
  $ kefu --now 2026-04-03T17:30 opinion sent YJ-2026-04-0002 --at 2026-04-02T18:00
  ! kefu: 送达时间 2026-04-02T18:00 早于意见 YJ-2026-04-0002 的收集时间 2026-04-02T19:30
  [2]
  $ ls d/opinions/2026/04
  YJ-2026-04-0001.yaml
  YJ-2026-04-0002.yaml

The meeting's opinion reaches 保洁部 on time.

  $ kefu --now 2026-04-04T09:00 opinion sent YJ-2026-04-0002 --to 保洁主管
  ! YJ-2026-04-0002 已送达保洁部；保洁部须于 2026-04-07T23:59:59 前书面反馈整改措施

On the morning of Monday 6 April the suggestion has not reached 工程部: `kefu due` lists it
under the one who collected it.

  $ kefu --now 2026-04-06T08:30 due
  【张敏】1 项
  编号             事项                  期限         内容
  ---------------  --------------------  -----------  --------------------------------------
  YJ-2026-04-0001  意见超时未送达工程部  04-05 23:59  1-1-101 地下车库照明不足，建议加装灯具
  [1]

It is sent late; the measures are due three days after receipt, by the end of the 9th.

  $ kefu --now 2026-04-06T10:00 opinion sent YJ-2026-04-0001 --to 李工
  ! YJ-2026-04-0001 已送达工程部（已超过期限 2026-04-05T23:59:59）；工程部须于 2026-04-09T23:59:59 前书面反馈整改措施

保洁部 received its opinion on the 4th: its written measures were due by the end of the 7th.
On the morning of the 8th that line is the department's own.

  $ kefu --now 2026-04-08T08:00 due
  【保洁部】1 项
  编号             事项                    期限         内容
  ---------------  ----------------------  -----------  ------------------------
  YJ-2026-04-0002  超时未书面反馈整改措施  04-07 23:59  1-2-201 垃圾桶清运不及时
  [1]
  $ kefu --now 2026-04-08T08:00 due --owner 保洁部 --format csv
  ﻿owner,kind,id,reason,reason_zh,due,subject
  保洁部,opinion,YJ-2026-04-0002,measures_overdue,超时未书面反馈整改措施,2026-04-07T23:59:59,1-2-201 垃圾桶清运不及时
  [1]

  $ kefu --now 2026-04-08T10:00 opinion measures YJ-2026-04-0002 --text 增加清运频次至每日两次 --from 保洁主管
  ! 已登记 YJ-2026-04-0002 的整改措施（已超过期限 2026-04-07T23:59:59）；整改完成后请 opinion rectified
  $ kefu --now 2026-04-09T15:00 opinion measures YJ-2026-04-0001 --text 加装LED灯具12盏 --from 李工
  ! 已登记 YJ-2026-04-0001 的整改措施；整改完成后请 opinion rectified
  $ kefu --now 2026-04-10T09:00 opinion rectified YJ-2026-04-0002 --text 已调整清运班次
  ! YJ-2026-04-0002 已整改完成；请于 2026-04-24 前就整改效果回访（callback done）
  $ kefu --now 2026-04-15T11:00 opinion rectified YJ-2026-04-0001 --text 已加装灯具
  ! YJ-2026-04-0001 已整改完成；请于 2026-04-29 前就整改效果回访（callback done）

A third, from a satisfaction survey, goes through every step on time.

  $ kefu --now 2026-04-20T10:00 opinion add --unit 1-1-102 --source 满意度调查 --dept 安管部 --text 夜间巡逻频次不足
  YJ-2026-04-0003
  ! 已登记意见 YJ-2026-04-0003（满意度调查），责任部门 安管部；须于 2026-04-22T23:59:59 前送达
  $ kefu --now 2026-04-21T09:00 opinion sent YJ-2026-04-0003
  ! YJ-2026-04-0003 已送达安管部；安管部须于 2026-04-24T23:59:59 前书面反馈整改措施
  $ kefu --now 2026-04-23T16:00 opinion measures YJ-2026-04-0003 --text 夜间增加一班巡逻
  ! 已登记 YJ-2026-04-0003 的整改措施；整改完成后请 opinion rectified
  $ kefu --now 2026-04-23T16:05 opinion rectified YJ-2026-04-0003
  ! YJ-2026-04-0003 已整改完成；请于 2026-05-07 前就整改效果回访（callback done）

The callbacks: 保洁部's was rectified on the 10th, so the callback is due by the end of the 24th;
工程部's on the 15th, by the end of the 29th. They are in `callback due` with the others, and
in `kefu due` on the day they fall due.

  $ kefu --now 2026-04-24T09:00 callback due
  回访期限    情况      编号             类型  户号/地点  客户    电话         首问负责人  完成时间     事由
  ----------  --------  ---------------  ----  ---------  ------  -----------  ----------  -----------  ------------------------------
  2026-04-24  今日到期  YJ-2026-04-0002  意见  1-2-201    黄伟    136****1111  张敏        04-10 09:00  垃圾桶清运不及时
  2026-04-29  剩5天     YJ-2026-04-0001  意见  1-1-101    陈建国  138****5678  张敏        04-15 11:00  地下车库照明不足，建议加装灯具
  2026-05-07  剩13天    YJ-2026-04-0003  意见  1-1-102    林小红  139****4321  张敏        04-23 16:05  夜间巡逻频次不足
  [1]
  $ kefu --now 2026-04-24T09:00 due
  【张敏】1 项
  编号             事项        期限         内容
  ---------------  ----------  -----------  ------------------------
  YJ-2026-04-0002  今日须回访  04-24 23:59  1-2-201 垃圾桶清运不及时
  [1]
  $ kefu --now 2026-04-24T14:00 callback done YJ-2026-04-0002 --result 满意 --signed-by 黄伟
  ! 已记录 YJ-2026-04-0002 的整改效果回访（满意），意见处理完毕

Nobody called 陈建国 by the 29th. On the 30th the callback is late, and he is not satisfied:
the opinion goes back to 工程部 for more work, rectified again and called back again.

  $ kefu --now 2026-04-30T08:00 due
  【张敏】1 项
  编号             事项      期限         内容
  ---------------  --------  -----------  --------------------------------------
  YJ-2026-04-0001  回访逾期  04-29 23:59  1-1-101 地下车库照明不足，建议加装灯具
  [1]
  $ kefu --now 2026-04-30T10:00 callback done YJ-2026-04-0001 --result 不满意 --signed-by 陈建国 --note 仍偏暗
  ! 已记录 YJ-2026-04-0001 的整改效果回访（不满意），转回工程部继续整改
  $ kefu --now 2026-05-06T10:00 opinion rectified YJ-2026-04-0001 --text 再加装灯具6盏
  ! YJ-2026-04-0001 已整改完成；请于 2026-05-20 前就整改效果回访（callback done）
  $ kefu --now 2026-05-06T15:00 callback done YJ-2026-04-0003 --result 基本满意 --signed-by 林小红
  ! 已记录 YJ-2026-04-0003 的整改效果回访（基本满意），意见处理完毕
  $ kefu --now 2026-05-08T10:00 callback done YJ-2026-04-0001 --result 满意 --signed-by 陈建国
  ! 已记录 YJ-2026-04-0001 的整改效果回访（满意），意见处理完毕

  $ kefu --now 2026-05-10T09:00 opinion list --all
  编号             收集时间     户号     收集人  责任部门  状态    下一期限  逾期  内容
  ---------------  -----------  -------  ------  --------  ------  --------  ----  -----------------------
  YJ-2026-04-0001  04-03 15:00  1-1-101  张敏    工程部    已完成                  地下车库照明不足，建议…
  YJ-2026-04-0002  04-02 19:30  1-2-201  张敏    保洁部    已完成                  垃圾桶清运不及时
  YJ-2026-04-0003  04-20 10:00  1-1-102  张敏    安管部    已完成                  夜间巡逻频次不足
  ! 共 3 条
  $ kefu --now 2026-05-10T09:00 opinion show YJ-2026-04-0001
  意见编号      YJ-2026-04-0001
  状态          已完成
  收集时间      2026-04-03T15:00 周五
  来源          建议 LD-2026-04-0001
  户号          1-1-101
  顾客          陈建国
  联系电话      138****5678
  意见内容      地下车库照明不足，建议加装灯具
  责任部门      工程部
  收集人        张敏
  送达期限      2026-04-05T23:59:59
  送达时间      2026-04-06T10:00（李工 签收）
  措施反馈期限  2026-04-09T23:59:59
  措施反馈时间  2026-04-09T15:00
  整改措施      加装LED灯具12盏（李工）
  整改完成时间  2026-05-06T10:00
  整改情况      再加装灯具6盏
  回访期限      2026-05-20T23:59:59
  回访记录      2026-04-30T10:00 不满意（陈建国 签字） 仍偏暗
  回访记录      2026-05-08T10:00 满意（陈建国 签字）
  处理经过：
    2026-04-03T15:00  张敏     收集  收集意见（建议 LD-2026-04-0001），责任部门 工程部
    2026-04-06T10:00  张敏     送达  送达工程部（李工 签收）
    2026-04-09T15:00  张敏     措施  工程部书面反馈整改措施（李工）：加装LED灯具12盏
    2026-04-15T11:00  张敏     整改  整改完成：已加装灯具
    2026-04-30T10:00  张敏     回访  回访整改效果：不满意（陈建国 签字）；仍偏暗；不满意，转回工程部继续整改
    2026-05-06T10:00  张敏     整改  整改完成：再加装灯具6盏
    2026-05-08T10:00  张敏     回访  回访整改效果：满意（陈建国 签字）

The 整改反馈 sheet of an opinion (a blank one too, for a step still to come).

  $ kefu --now 2026-05-10T09:00 render opinion YJ-2026-04-0001
  翠湖花园 客户服务中心
  顾客意见整改反馈表
  编号：YJ-2026-04-0001    状态：已完成
  
  顾客：陈建国    联系电话：138****5678    户号：1-1-101
  来源：建议 LD-2026-04-0001    收集时间：2026-04-03T15:00    收集人：张敏
  意见内容：地下车库照明不足，建议加装灯具
  
  一、送达责任部门（收集后两日内）
  责任部门：工程部    送达期限：2026-04-05T23:59:59
  送达时间：2026-04-06T10:00（已超过期限 2026-04-05T23:59:59）    签收人：李工
  
  二、整改措施书面反馈（接到意见后三日内）
  反馈期限：2026-04-09T23:59:59
  反馈时间：2026-04-09T15:00    反馈人：李工
  整改措施：加装LED灯具12盏
  
  三、整改完成
  完成时间：2026-05-06T10:00
  整改情况：再加装灯具6盏
  
  四、整改效果回访（整改后两周内）
  回访期限：2026-05-20T23:59:59
  第1次回访  2026-04-30T10:00  回访人：张敏
    结果：不满意    客户签字：陈建国
    客户意见：仍偏暗
  第2次回访  2026-05-08T10:00  回访人：张敏
    结果：满意    客户签字：陈建国
    客户意见：
  
  
  翠湖花园管理处  电话：0755-86000000
The callbacks are on the 回访记录表 too.

  $ kefu --now 2026-05-10T09:00 render callback YJ-2026-04-0001 | head -12
  翠湖花园 客户服务中心
  回访记录表
  编号：YJ-2026-04-0001（意见）
  
  客户：陈建国    联系电话：138****5678    户号/地点：1-1-101
  事由：地下车库照明不足，建议加装灯具
  处理结果：再加装灯具6盏
  解决时间：2026-05-06T10:00    回访期限：2026-05-20T23:59:59    首问负责人：张敏
  
  第1次回访  2026-04-30T10:00  回访人：张敏
    结果：不满意    客户签字：陈建国
    客户意见：仍偏暗
  $ kefu --now 2026-05-10T09:00 opinion add --unit 2-1-301 --source 其他 --dept 绿化部 --text 草坪积水
  YJ-2026-05-0001
  ! 已登记意见 YJ-2026-05-0001（其他），责任部门 绿化部；须于 2026-05-12T23:59:59 前送达
  $ kefu --now 2026-05-10T09:05 render 顾客意见整改反馈表 YJ-2026-05-0001
  翠湖花园 客户服务中心
  顾客意见整改反馈表
  编号：YJ-2026-05-0001    状态：待送达
  
  顾客：周丽华    联系电话：135****2222    户号：2-1-301
  来源：其他    收集时间：2026-05-10T09:00    收集人：张敏
  意见内容：草坪积水
  
  一、送达责任部门（收集后两日内）
  责任部门：绿化部    送达期限：2026-05-12T23:59:59
  送达时间：____________    签收人：____________
  
  二、整改措施书面反馈（接到意见后三日内）
  反馈期限：送达后排定
  反馈时间：____________    反馈人：____________
  整改措施：________________________________________
  
  三、整改完成
  完成时间：____________
  整改情况：________________________________________
  
  四、整改效果回访（整改后两周内）
  回访期限：整改完成后排定
  
  回访时间：____________    回访人：____________
  结果：□满意  □基本满意  □不满意
  客户意见：________________________________________
  客户签字：____________
  
  翠湖花园管理处  电话：0755-86000000

April's report: three opinions collected. Sending: 0003 and 0002 on time, 0001 late. Measures:
0001 and 0003 on time, 0002 late (the 8th, due the 7th). Callback after the first
rectification: 0002 (24th, due 24th) and 0003 (6 May, due 7 May) on time, 0001 late (30th,
due 29th). Only 0003 was on time at every step: 1 of 3.

  $ kefu --now 2026-05-10T09:00 report monthly --month 2026-04 | grep -A3 '^意见'
  意见：本月收集 3 条；送达部门及时 2 逾期 1，整改措施反馈及时 2 逾期 1，整改后回访及时 2 逾期 1；意见处理及时率 33.33%（1/3）
    YJ-2026-04-0001 张敏：送达超时、回访超时
    YJ-2026-04-0002 张敏：整改措施反馈超时
  
  $ kefu --now 2026-05-10T09:00 report monthly --month 2026-04 --format json | python3 -c '
  > import json,sys; o=json.load(sys.stdin)["opinions"]; print(o["collected"], o["send"], o["measures"], o["callback"], o["timely"], o["counted"], round(o["rate"], 4))'
  3 {'on_time': 2, 'late': 1} {'on_time': 2, 'late': 1} {'on_time': 2, 'late': 1} 1 3 0.3333

A site that counts working days writes them so in kefu.yaml: "2wd". An opinion collected on
30 September, the eve of National Day (10/1–10/7): the 8th and the 9th.

  $ sed -i 's/^sla:$/sla:\n  opinion: {send: 2wd, measures: 3wd}/' d/kefu.yaml
  $ kefu --now 2026-09-30T10:00 opinion add --unit 1-1-101 --source 座谈会 --dept 工程部 --text 单元门禁常坏
  YJ-2026-09-0001
  ! 已登记意见 YJ-2026-09-0001（座谈会），责任部门 工程部；须于 2026-10-09T23:59:59 前送达
  $ kefu --now 2026-10-09T09:00 opinion sent YJ-2026-09-0001
  ! YJ-2026-09-0001 已送达工程部；工程部须于 2026-10-13T23:59:59 前书面反馈整改措施
  $ kefu --now 2026-10-09T09:00 opinion show YJ-2026-09-0001 --format json | python3 -c '
  > import json,sys; o=json.load(sys.stdin); print(o["send_due"], o["measures_due"], o["callback_due"])'
  2026-10-09T23:59:59 2026-10-13T23:59:59 None

A span kefu cannot read is refused where it is written.

  $ sed -i 's/{send: 2wd, measures: 3wd}/{send: 2days}/' d/kefu.yaml
  $ kefu --now 2026-10-09T09:00 opinion list
  ! kefu: kefu.yaml:16:19: send 应为时长：分钟如 30m，小时如 24h（连续计时，含夜间与节假日），工作日如 1wd，日历日如 2d，周如 2w
  [3]
