The working-day calendar: a fresh store covers 2025 and 2026. In December 2026 a complaint's
deadline falls in 2027, which calendar.yaml does not cover yet: kefu counts weekends alone and
warns. When the State Council publishes 2027's arrangement, `kefu calendar add` writes it in,
checked as a whole first (a refusal writes nothing), and the deadline moves.

  $ kefu init d --site 测试小区 2>/dev/null && export KEFU_DATA=$PWD/d KEFU_USER=wangqiang KEFU_NOW=2026-12-30T11:00
  $ kefu calendar show
  2025 年  已收录：假日 6 个，调休上班 5 天
  2026 年  已收录：假日 7 个，调休上班 6 天
  2027 年  未收录：该年的时限只按周末推算；国务院办公厅公布安排后用 kefu calendar add 2027 --holiday 名称=起..止 … --workday 日期 … 补入
  $ kefu calendar show 2026
  元旦            2026-01-01 至 2026-01-03  3 天
  春节            2026-02-15 至 2026-02-23  9 天
  清明节          2026-04-04 至 2026-04-06  3 天
  劳动节          2026-05-01 至 2026-05-05  5 天
  端午节          2026-06-19 至 2026-06-21  3 天
  中秋节          2026-09-25 至 2026-09-27  3 天
  国庆节          2026-10-01 至 2026-10-07  7 天
  调休上班：2026-01-04周日、2026-02-14周六、2026-02-28周六、2026-05-09周六、2026-09-20周日、2026-10-10周六
  $ kefu calendar show 2027
  ! calendar.yaml 未收录 2027 年；公布后用 kefu calendar add 2027 补入
  [1]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 其他 --desc 楼道灯不亮 > id
  ! 已受理投诉 TS-2026-12-0001（一般），首问负责人 张敏；须于 2026-12-31T11:00 前响应，2027-01-04T23:59:59 前处理完毕
  ! kefu: 警告：calendar.yaml 未收录 2027 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 calendar.yaml（今天不再提示）
  $ kefu complaint list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["resolution_due"])'
  2027-01-04T23:59:59

Refused, each with exit 2, and calendar.yaml unchanged: a Monday given as a make-up working
day, a range backwards, a year already covered, a holiday without dates, overlapping holidays,
a name that would break the file, a year that is not one.

  $ cp d/calendar.yaml before.yaml
  $ kefu calendar add 2027 --holiday 元旦=2027-01-01..2027-01-03 --workday 2027-01-04
  ! kefu: 调休上班日 2027-01-04 是周一，本来就是工作日；调休上班日应为周六或周日
  [2]
  $ kefu calendar add 2027 --holiday 元旦=2027-01-03..2027-01-01
  ! kefu: 假日「元旦」的止日 2027-01-01 早于起日 2027-01-03
  [2]
  $ kefu calendar add 2026 --holiday 元旦=2026-01-01
  ! kefu: calendar.yaml 已收录 2026 年；要更正请编辑 calendar.yaml（kefu calendar show 2026 显示现有安排）
  [2]
  $ kefu calendar add 2027 --holiday 元旦
  ! kefu: --holiday「元旦」应写作 名称=起..止，如 元旦=2027-01-01..2027-01-03（一天的写 名称=日期）
  [2]
  $ kefu calendar add 2027 --holiday 元旦=2027-01-01..2027-01-03 --holiday 新年=2027-01-03
  ! kefu: 假日「元旦」与「新年」日期重叠
  [2]
  $ kefu calendar add 2027 --holiday '元旦, 春节=2027-01-01'
  ! kefu: 假日名称「元旦, 春节」只能是文字，如 国庆节、中秋节
  [2]
  $ kefu calendar add 明年 --holiday 元旦=2027-01-01
  ! kefu: 年份「明年」无效，应如 2027
  [2]
  $ cmp d/calendar.yaml before.yaml && echo unchanged
  unchanged

Added (dates as people type them), appended to the file with its comments kept; the deadline
now skips the 元旦 holiday, and the warning is gone.

  $ kefu calendar add 2027 --holiday 元旦=2027/1/1..2027/1/3 --holiday 劳动节=2027年5月1日..2027年5月5日 --workday 2027-04-25
  ! 已把 2027 年的放假安排写入 calendar.yaml：假日 2 个，调休上班 1 天；该年的时限从此按此计算
  $ diff before.yaml d/calendar.yaml
  21a22,27
  > 2027:
  >   holidays:
  >     - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
  >     - {name: 劳动节, from: 2027-05-01, to: 2027-05-05}
  >   makeup_workdays: [2027-04-25]
  > seal: sha256:e3a3e77e0e393c52dad87b1c0651feda027b9299ee3d74933001f0ef362a5b8f
  [1]
  $ kefu calendar show 2027
  元旦            2027-01-01 至 2027-01-03  3 天
  劳动节          2027-05-01 至 2027-05-05  5 天
  调休上班：2027-04-25周日
  $ kefu complaint list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["resolution_due"])'
  2027-01-05T23:59:59
  $ kefu calendar add 2027 --holiday 元旦=2027-01-01
  ! kefu: calendar.yaml 已收录 2027 年；要更正请编辑 calendar.yaml（kefu calendar show 2027 显示现有安排）
  [2]

The file is sealed as every file kefu writes; a second year added carries one seal, not two.

  $ kefu calendar add 2028 --holiday 元旦=2028-01-01 && grep -c '^seal:' d/calendar.yaml
  1
  ! 已把 2028 年的放假安排写入 calendar.yaml：假日 1 个，调休上班 0 天；该年的时限从此按此计算
  $ kefu calendar show
  2025 年  已收录：假日 6 个，调休上班 5 天
  2026 年  已收录：假日 7 个，调休上班 6 天
  2027 年  已收录：假日 2 个，调休上班 1 天
  2028 年  已收录：假日 1 个，调休上班 0 天
