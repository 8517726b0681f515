A faulty store: file:line:column and exit status 3, without stopping what does not need the
file; a held lock; the forms and lists after a hand edit.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_NOW=2026-11-26T09:30 KEFU_USER=zhangmin
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音 2>/dev/null
  TS-2026-11-0001
  $ kefu complaint open --unit 1-1-102 --category 环境卫生 --desc 垃圾 2>/dev/null
  TS-2026-11-0002

A hand edit that is valid is read back: the severity changed to major moves the deadline.

  $ sed -i 's/^severity: general/severity: 重大/' d/complaints/2026/11/TS-2026-11-0002.yaml
  $ kefu complaint show TS-2026-11-0002 --format json | grep -E '"(severity|resolution_due)"'
    "severity": "major",
    "resolution_due": "2026-11-27T23:59:59",
  ! kefu: 注意：TS-2026-11-0002 的记录文件在 kefu 之外被改动过（封签不符），改动尚未登记；核对后用 kefu correct TS-2026-11-0002 --accept --why 原因 登记

A hand edit that breaks the YAML: the list shows the other complaint and names the position.

  $ printf 'id: TS-2026-11-0001\nstatus: open\nreceived_at: 2026-11-26T09:30\nchannel: [电话\n' > d/complaints/2026/11/TS-2026-11-0001.yaml
  $ kefu complaint list
  编号             受理时间     户号/地点  类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  ---------  --------  ----  ------  ----------  ------  -----------  ----
  TS-2026-11-0002  11-26 09:30  1-1-102    环境卫生  重大  待响应  张敏                11-27 23:59
  ! 共 1 条
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml:5:1: YAML 格式错误：end of sequence flow not found
  [3]
  $ kefu complaint show TS-2026-11-0002 >/dev/null && echo other record still readable
  other record still readable
  ! kefu: 注意：TS-2026-11-0002 的记录文件在 kefu 之外被改动过（封签不符），改动尚未登记；核对后用 kefu correct TS-2026-11-0002 --accept --why 原因 登记
  $ kefu complaint show TS-2026-11-0001
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml:5:1: YAML 格式错误：end of sequence flow not found
  [3]
  $ kefu check
  ! 索引与记录文件一致
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml:5:1: YAML 格式错误：end of sequence flow not found
  ! kefu: complaints/2026/11/TS-2026-11-0002.yaml: 有手工改动：内容与 kefu 写入时的封签不符；核对后用 kefu correct 登记更正
  ! 检查完毕：2 个记录文件，1 处问题，1 个记录有手工改动或无封签
  [3]

A wrong value rather than wrong syntax:

  $ printf 'id: TS-2026-11-0001\nstatus: open\nreceived_at: 2026-11-26T09:30\nchannel: phone\nseverity: general\nowner: zhangmin\nacknowledged_at: 明天\n' > d/complaints/2026/11/TS-2026-11-0001.yaml
  $ kefu complaint assign TS-2026-11-0001 --to 工程部
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml:7:18: acknowledged_at 不是有效的时间「明天」，应如 2026-11-26T09:30
  [3]
  $ kefu due; echo "due exit $?"
  【赵经理】1 项，其中上报 1 项
  编号             事项      期限         内容
  ---------------  --------  -----------  ----------------
  TS-2026-11-0002  重大投诉  11-26 09:30  1-1-102 环境卫生
  
  【张敏】1 项
  编号             事项                        期限         内容
  ---------------  --------------------------  -----------  ----------------
  TS-2026-11-0002  记录被手工改动，未登记更正  11-26 09:30  1-1-102 环境卫生
  due exit 3
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml:7:18: acknowledged_at 不是有效的时间「明天」，应如 2026-11-26T09:30

A broken kefu.yaml stops everything that needs it, with its position:

  $ cp d/kefu.yaml saved.yaml
  $ printf 'site:\n  name: 翠湖花园\nstaff:\n  - {id: zhangmin, name: 张敏, role: 保安队长}\n' > d/kefu.yaml
  $ kefu complaint list
  ! kefu: kefu.yaml:4:40: role 的值「保安队长」无效，可选：客户助理(assistant)、客户主管(supervisor)、管理处经理(manager)、工程(engineer)、护卫(security)、保洁(cleaner)、财务(finance)
  [3]
  $ cp saved.yaml d/kefu.yaml

While another process holds the write lock, a writer waits, then gives up with exit 3; a
lock left by a killed process does not block anyone.

  $ rm d/complaints/2026/11/TS-2026-11-0001.yaml
  $ flock d/.kefu/lock env KEFU_LOCK_TIMEOUT=1 kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  ! kefu: .kefu/lock: 数据目录正被另一个 kefu 进程写入，等待 1 秒后仍未释放，请稍后重试
  [3]
  $ (flock -o d/.kefu/lock sh -c 'kill -9 $PPID'; echo $? >status) 2>/dev/null; cat status
  137
  $ KEFU_LOCK_TIMEOUT=1 kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音 2>/dev/null
  TS-2026-11-0003

Files are readable by their owner only.

  $ stat -c '%a %n' d/complaints/2026/11/TS-2026-11-0003.yaml d/complaints/2026/11 d/.kefu/lock
  600 d/complaints/2026/11/TS-2026-11-0003.yaml
  700 d/complaints/2026/11
  600 d/.kefu/lock
