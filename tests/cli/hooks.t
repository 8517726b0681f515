Hooks: executables in the data directory's hooks/, named by event as git's are, run after a
command's write with the event as one JSON object on standard input. Their output goes to
standard error, so the new ID stays alone on standard output. A failing hook, or one still
running at kefu.yaml's hooks.timeout (killed with its process group), is reported and changes
neither the record written nor the exit status. `kefu due` tells each overdue line once a day.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d LOG=$PWD/received.jsonl
  $ mkdir d/hooks
  $ printf '#!/bin/sh\ncat >> "$LOG"\necho "钩子 $(basename "$0") 已收到"\n' > d/hooks/case-opened
  $ chmod +x d/hooks/case-opened
  $ cp d/hooks/case-opened d/hooks/major-complaint && cp d/hooks/case-opened d/hooks/overdue
  $ cp d/hooks/case-opened d/hooks/key-overdue && cp d/hooks/case-opened d/hooks/callback-due.sample
  $ printf '#!/bin/sh\necho never >> "$LOG"\n' > d/hooks/dun-level

A complaint: its ID alone on stdout, the hook's words on stderr, the event in the log (an ID
number in the text masked, as everywhere).

  $ kefu --by zhangmin --now 2026-11-23T09:30 complaint open --unit 1-1-101 --category 噪音扰民 --desc '身份证 440301199001011234 的住户投诉楼上深夜装修'
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-24T09:30 前响应，2026-11-26T23:59:59 前处理完毕
  ! 钩子 case-opened 已收到
  $ cat received.jsonl
  {"event":"case-opened","id":"TS-2026-11-0001","kind":"complaint","unit":"1-1-101","category":"噪音扰民","staff":"zhangmin","time":"2026-11-23T09:30","summary":"新投诉 TS-2026-11-0001（一般）：1-1-101 噪音扰民——身份证 **************1234 的住户投诉楼…"}

A major complaint runs case-opened, then major-complaint; a repair, case-opened.

  $ kefu --by zhangmin --now 2026-11-23T10:00 complaint open --place 会所 --category 服务态度 --severity 重大 --desc 保安动手
  TS-2026-11-0002
  ! 已受理投诉 TS-2026-11-0002（重大），首问负责人 张敏；须于 2026-11-24T10:00 前响应，2026-11-24T23:59:59 前处理完毕
  ! 须立即报告上一级领导（手册 §3.7.3）：TS-2026-11-0002 重大投诉，已列入 赵经理 的 kefu due
  ! 钩子 case-opened 已收到
  ! 钩子 major-complaint 已收到
  $ kefu --by zhangmin --now 2026-11-23T10:05 repair log --place 3栋大堂 --fault 感应门不开 --urgency 急修
  BX-2026-11-0001
  ! 已受理报修 BX-2026-11-0001（公共设施，急修），首问负责人 张敏；须于 2026-11-23T10:35 前到场，2026-11-24T10:05 前完工
  ! 钩子 case-opened 已收到
  $ tail -n 3 received.jsonl | cut -c1-120
  {"event":"case-opened","id":"TS-2026-11-0002","kind":"complaint","unit":"","category":"服务态度","staff":"zhangmin",
  {"event":"major-complaint","id":"TS-2026-11-0002","kind":"complaint","unit":"","category":"服务态度","staff":"zhangm
  {"event":"case-opened","id":"BX-2026-11-0001","kind":"repair","unit":"","category":"公共设施设备","staff":"zhangmi

A failing hook: reported with its exit status; the complaint is written and kefu exits 0.

  $ printf '#!/bin/sh\necho 发送失败 >&2\nexit 3\n' > d/hooks/case-opened
  $ kefu --by zhangmin --now 2026-11-23T11:00 complaint open --unit 1-1-102 --category 环境卫生 --desc 垃圾未清
  TS-2026-11-0003
  ! 已受理投诉 TS-2026-11-0003（一般），首问负责人 张敏；须于 2026-11-24T11:00 前响应，2026-11-26T23:59:59 前处理完毕
  ! 发送失败
  ! kefu: 钩子 hooks/case-opened 失败，退出状态 3（事件 case-opened TS-2026-11-0003；kefu 的操作已完成，不受影响）
  $ ls d/complaints/2026/11/
  TS-2026-11-0001.yaml
  TS-2026-11-0002.yaml
  TS-2026-11-0003.yaml

A hook that crashes: the signal is said; the write is kept.

  $ printf '#!/bin/sh\nkill -SEGV $$\n' > d/hooks/case-opened
  $ kefu --by zhangmin --now 2026-11-23T11:10 complaint open --unit 1-1-102 --category 环境卫生 --desc 楼道灯不亮 2>&1 >/dev/null | grep 钩子; echo "exit ${PIPESTATUS[0]}"
  kefu: 钩子 hooks/case-opened 被信号 11 终止（事件 case-opened TS-2026-11-0004；kefu 的操作已完成，不受影响）
  exit 0

A hook that hangs: killed at hooks.timeout (1 s here) with what it started (nothing of its
process group left running but zombies not yet reaped), the write kept.

  $ printf '#!/bin/sh\necho $$ > "$LOG.pid"\nsleep 30\n' > d/hooks/case-opened
  $ printf 'hooks:\n  timeout: 1\n' >> d/kefu.yaml
  $ start=$SECONDS; kefu --by zhangmin --now 2026-11-23T11:30 complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间施工; echo "exit $?, $((SECONDS - start < 5)) (under 5 s)"
  TS-2026-11-0005
  exit 0, 1 (under 5 s)
  ! 已受理投诉 TS-2026-11-0005（一般），首问负责人 张敏；须于 2026-11-24T11:30 前响应，2026-11-26T23:59:59 前处理完毕
  ! kefu: 钩子 hooks/case-opened 超过 1 秒未结束，已终止（事件 case-opened TS-2026-11-0005；kefu 的操作已完成，不受影响）
  $ ls d/complaints/2026/11/ | wc -l
  5
  $ ps -o stat= -g "$(cat "$LOG.pid")" | grep -vc '^Z' || true
  0

A timeout kefu.yaml cannot mean is said, with its place, and the default (10 s) used: the
hooks run after the work is done, which no fault of theirs undoes.

  $ printf '#!/bin/sh\ncat >> "$LOG"\n' > d/hooks/case-opened
  $ sed -i 's/timeout: 1/timeout: 0/' d/kefu.yaml
  $ kefu --by zhangmin --now 2026-11-23T12:00 repair log --unit 1-1-102 --fault 水龙头滴水
  BX-2026-11-0002
  ! 已受理报修 BX-2026-11-0002（一般），首问负责人 张敏；须于 2026-11-24T23:59:59 前完工
  ! kefu: kefu.yaml:57:12: hooks.timeout「0」应为 1 到 3600 之间的秒数，按 10 秒运行钩子
  $ tail -n 1 received.jsonl | cut -c1-60
  {"event":"case-opened","id":"BX-2026-11-0002","kind":"repair
  $ sed -i 's/timeout: 0/timeout: 1/' d/kefu.yaml

`kefu due`: each overdue line is told once a day (remembered in .kefu/hooks.sent); the next
day, still overdue, it is told again. `--no-hooks` only looks. A key not back by the day's
cut-off runs key-overdue; the dun-level hook is not run (no arrears here), nor a .sample.

  $ kefu --by wangqiang --now 2026-11-25T16:00 key add GG-01 --name 3栋天台门 --kind 公共区域 --location 钥匙柜A-01 2>/dev/null
  GG-01
  $ kefu --by zhangmin --now 2026-11-25T16:10 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234 --consent-by wangqiang --approved-by zhaojl >/dev/null 2>&1; echo $?
  0
  $ : > received.jsonl
  $ kefu --now 2026-11-26T09:30 due --no-hooks >/dev/null
  [1]
  $ wc -l < received.jsonl
  0
  $ kefu --now 2026-11-26T09:30 due >/dev/null
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 key-overdue 已收到
  [1]
  $ cut -d, -f1-3,8 received.jsonl
  {"event":"overdue","id":"TS-2026-11-0002","kind":"complaint","summary":"重大投诉逾期：超24小时未响应：TS-2026-11-0002 会所 服务态度"
  {"event":"overdue","id":"BX-2026-11-0001","kind":"repair","summary":"急修超时未到场：BX-2026-11-0001 3栋大堂 感应门不开"
  {"event":"overdue","id":"TS-2026-11-0001","kind":"complaint","summary":"超24小时未响应：TS-2026-11-0001 1-1-101 噪音扰民"
  {"event":"overdue","id":"TS-2026-11-0002","kind":"complaint","summary":"超24小时未响应：TS-2026-11-0002 会所 服务态度"
  {"event":"overdue","id":"BX-2026-11-0001","kind":"repair","summary":"报修超时未完工：BX-2026-11-0001 3栋大堂 感应门不开"
  {"event":"overdue","id":"TS-2026-11-0003","kind":"complaint","summary":"超24小时未响应：TS-2026-11-0003 1-1-102 环境卫生"
  {"event":"overdue","id":"TS-2026-11-0004","kind":"complaint","summary":"超24小时未响应：TS-2026-11-0004 1-1-102 环境卫生"
  {"event":"overdue","id":"TS-2026-11-0005","kind":"complaint","summary":"超24小时未响应：TS-2026-11-0005 1-1-101 噪音扰民"
  {"event":"overdue","id":"BX-2026-11-0002","kind":"repair","summary":"报修超时未完工：BX-2026-11-0002 1-1-102 水龙头滴水"
  {"event":"overdue","id":"TS-2026-11-0002","kind":"complaint","summary":"超处理时限未解决：TS-2026-11-0002 会所 服务态度"
  {"event":"key-overdue","id":"JY-2026-11-0001","kind":"key","summary":"钥匙逾期未还：JY-2026-11-0001 GG-01 3栋天台门 借用人 刘师傅"
  $ kefu --now 2026-11-26T15:30 due >/dev/null
  [1]
  $ wc -l < received.jsonl
  11
  $ cat d/.kefu/hooks.sent
  2026-11-26 overdue TS-2026-11-0002 major_late
  2026-11-26 overdue BX-2026-11-0001 arrival_overdue
  2026-11-26 overdue TS-2026-11-0001 response_overdue
  2026-11-26 overdue TS-2026-11-0002 response_overdue
  2026-11-26 overdue BX-2026-11-0001 fix_overdue
  2026-11-26 overdue TS-2026-11-0003 response_overdue
  2026-11-26 overdue TS-2026-11-0004 response_overdue
  2026-11-26 overdue TS-2026-11-0005 response_overdue
  2026-11-26 overdue BX-2026-11-0002 fix_overdue
  2026-11-26 overdue TS-2026-11-0002 resolution_overdue
  2026-11-26 key-overdue JY-2026-11-0001 key_overdue
  $ kefu --now 2026-11-27T09:30 due > /dev/null
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 key-overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  ! 钩子 overdue 已收到
  [1]
  $ wc -l < received.jsonl
  26

A case closed: its callback falls due (14 days for a general complaint) and callback-due runs,
once that day.

  $ cp d/hooks/overdue d/hooks/callback-due
  $ kefu --by zhangmin --now 2026-11-27T10:00 complaint close TS-2026-11-0003 --resolution 已清理 >/dev/null 2>&1; echo $?
  0
  $ : > received.jsonl
  $ kefu --now 2026-12-11T09:00 due >/dev/null 2>&1; grep callback-due received.jsonl
  {"event":"callback-due","id":"TS-2026-11-0003","kind":"callback","unit":"1-1-102","category":"","staff":"zhangmin","time":"2026-12-11T23:59:59","summary":"今日须回访：TS-2026-11-0003 1-1-102 环境卫生","reason":"callback_due"}
  $ kefu --now 2026-12-11T17:00 due >/dev/null 2>&1; grep -c callback-due received.jsonl
  1
