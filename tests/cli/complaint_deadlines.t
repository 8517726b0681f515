R4 resolution deadlines on the 2026 working-day calendar, R3 response deadline 24 hours.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin

A general complaint on a Friday evening before the 20 September make-up Sunday: Sun 20 (1),
Mon 21 (2), Tue 22 (3).

  $ kefu --now 2026-09-18T19:30 complaint open --unit 1-1-101 --category 噪音扰民 --desc 楼上装修噪音
  TS-2026-09-0001
  ! 已受理投诉 TS-2026-09-0001（一般），首问负责人 张敏；须于 2026-09-19T19:30 前响应，2026-09-22T23:59:59 前处理完毕

A major complaint on the make-up Saturday before the Spring Festival: the next working day is
Tue 24 February, after nine days of holiday.

  $ kefu --now 2026-02-14T10:00 complaint open --unit 1-1-102 --severity 重大 --category 设施设备 --desc 电梯困人
  TS-2026-02-0001
  ! 已受理投诉 TS-2026-02-0001（重大），首问负责人 张敏；须于 2026-02-15T10:00 前响应，2026-02-24T23:59:59 前处理完毕
  ! 须立即报告上一级领导（手册 §3.7.3）：TS-2026-02-0001 重大投诉，已列入 赵经理 的 kefu due

A general complaint on Friday 13 February: Sat 14 (1, make-up day), Tue 24 (2), Wed 25 (3).

  $ kefu --now 2026-02-13T17:00 complaint open --place 2栋大堂 --name 路人甲 --phone 13000000000 --category 环境卫生 --desc 大堂积水
  TS-2026-02-0002
  ! 已受理投诉 TS-2026-02-0002（一般），首问负责人 张敏；须于 2026-02-14T17:00 前响应，2026-02-25T23:59:59 前处理完毕

A general complaint on a Saturday: the Saturday itself does not count.

  $ kefu --now 2026-11-28T10:00 complaint open --unit 2-1-301 --channel 来访 --category 停车管理 --desc 车位被占
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-29T10:00 前响应，2026-12-02T23:59:59 前处理完毕

A major complaint on the eve of National Day.

  $ kefu --now 2026-09-30T16:00 complaint open --unit 2-1-302 --severity major --category 安全秩序 --desc 单元门禁损坏
  TS-2026-09-0002
  ! 已受理投诉 TS-2026-09-0002（重大），首问负责人 张敏；须于 2026-10-01T16:00 前响应，2026-10-08T23:59:59 前处理完毕
  ! 须立即报告上一级领导（手册 §3.7.3）：TS-2026-09-0002 重大投诉，已列入 赵经理 的 kefu due

A deadline in 2027, a year calendar.yaml does not cover: computed from weekends alone, with a
warning once a day (per data directory, remembered in .kefu/calendar.warned), so that a cron
job's mail does not repeat it every run.

  $ kefu --now 2026-12-30T11:00 complaint open --unit 1-2-201 --category 其他 --desc 咨询转投诉
  TS-2026-12-0001
  ! 已受理投诉 TS-2026-12-0001（一般），首问负责人 张敏；须于 2026-12-31T11:00 前响应，2027-01-04T23:59:59 前处理完毕
  ! kefu: 警告：calendar.yaml 未收录 2027 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 calendar.yaml（今天不再提示）

  $ kefu --now 2026-12-30T11:05 complaint list --all --format json 2>/dev/null | python3 -c '
  > import json,sys
  > for c in json.load(sys.stdin): print(c["id"], c["received_at"], c["severity"], c["response_due"], c["resolution_due"])'
  TS-2026-02-0001 2026-02-14T10:00 major 2026-02-15T10:00 2026-02-24T23:59:59
  TS-2026-02-0002 2026-02-13T17:00 general 2026-02-14T17:00 2026-02-25T23:59:59
  TS-2026-09-0001 2026-09-18T19:30 general 2026-09-19T19:30 2026-09-22T23:59:59
  TS-2026-09-0002 2026-09-30T16:00 major 2026-10-01T16:00 2026-10-08T23:59:59
  TS-2026-11-0001 2026-11-28T10:00 general 2026-11-29T10:00 2026-12-02T23:59:59
  TS-2026-12-0001 2026-12-30T11:00 general 2026-12-31T11:00 2027-01-04T23:59:59

  $ kefu --now 2026-12-30T11:05 complaint show TS-2026-12-0001 >/dev/null

The next day it is said again, once.

  $ kefu --now 2026-12-31T09:00 complaint show TS-2026-12-0001 >/dev/null
  ! kefu: 警告：calendar.yaml 未收录 2027 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 calendar.yaml（今天不再提示）
  $ kefu --now 2026-12-31T09:05 complaint show TS-2026-12-0001 >/dev/null
