R17 escalation (§3.7.3): a major complaint, an emergency use of an owner's spare key and a late
step of a major case are reported to the next level at once. The desk is told when it records
them; they head the manager's part of `kefu due` until the complaint is resolved or the key
is back.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin

A major complaint on the eve of National Day, and a general one.

  $ kefu --now 2026-09-30T16:00 complaint open --unit 2-1-302 --severity major --category 安全秩序 --desc 单元门禁损坏
  TS-2026-09-0001
  ! 已受理投诉 TS-2026-09-0001（重大），首问负责人 张敏；须于 2026-10-01T16:00 前响应，2026-10-08T23:59:59 前处理完毕
  ! 须立即报告上一级领导（手册 §3.7.3）：TS-2026-09-0001 重大投诉，已列入 赵经理 的 kefu due
  $ kefu --now 2026-09-30T16:30 complaint open --unit 1-1-101 --category 噪音扰民 --desc 楼上装修噪音
  TS-2026-09-0002
  ! 已受理投诉 TS-2026-09-0002（一般），首问负责人 张敏；须于 2026-10-01T16:30 前响应，2026-10-10T23:59:59 前处理完毕

From the moment it is recorded, the major one heads `kefu due`, under the manager; nothing of
the general one is due yet.

  $ kefu --now 2026-09-30T16:05 due; echo "exit $?"
  【赵经理】1 项，其中上报 1 项
  编号             事项      期限         内容
  ---------------  --------  -----------  ----------------
  TS-2026-09-0001  重大投诉  09-30 16:00  2-1-302 安全秩序
  exit 1

Unanswered after 24 hours, both are late; the major one's late step is reported too, and the
manager's part comes first.

  $ kefu --now 2026-10-02T09:00 due; echo "exit $?"
  【赵经理】2 项，其中上报 2 项
  编号             事项                          期限         内容
  ---------------  ----------------------------  -----------  ----------------
  TS-2026-09-0001  重大投诉                      09-30 16:00  2-1-302 安全秩序
  TS-2026-09-0001  重大投诉逾期：超24小时未响应  10-01 16:00  2-1-302 安全秩序
  
  【张敏】2 项
  编号             事项            期限         内容
  ---------------  --------------  -----------  ----------------
  TS-2026-09-0001  超24小时未响应  10-01 16:00  2-1-302 安全秩序
  TS-2026-09-0002  超24小时未响应  10-01 16:30  1-1-101 噪音扰民
  exit 1
  $ kefu --now 2026-10-02T09:00 due --owner zhaojl --format json
  [
    {
      "owner": "zhaojl",
      "kind": "complaint",
      "id": "TS-2026-09-0001",
      "reason": "major_complaint",
      "reason_zh": "重大投诉",
      "due": "2026-09-30T16:00",
      "subject": "2-1-302 安全秩序"
    },
    {
      "owner": "zhaojl",
      "kind": "complaint",
      "id": "TS-2026-09-0001",
      "reason": "major_late",
      "reason_zh": "重大投诉逾期：超24小时未响应",
      "due": "2026-10-01T16:00",
      "subject": "2-1-302 安全秩序"
    }
  ]
  [1]

An owner's spare key used in an emergency is reported until it is back.

  $ kefu --by wangqiang --now 2026-10-02T08:00 key add BY-1-1-102 --name 1-1-102入户门 --kind 备用钥匙 --unit 1-1-102 --location 保险柜 2>/dev/null
  BY-1-1-102
  $ kefu --now 2026-10-02T22:10 key lend BY-1-1-102 --to liugong --purpose 厨房跑水 --emergency --notified 业主
  JY-2026-10-0001
  ! 已将钥匙 BY-1-1-102（1-1-102入户门）借给 刘工，登记 JY-2026-10-0001；应于 2026-10-02T23:59:59 前归还
  ! 须立即报告上一级领导（手册 §3.7.3）：JY-2026-10-0001 紧急动用业主备用钥匙，已列入 赵经理 的 kefu due
  $ kefu --now 2026-10-02T22:15 due --owner zhaojl
  【赵经理】3 项，其中上报 3 项
  编号             事项                          期限         内容
  ---------------  ----------------------------  -----------  ------------------------------------
  TS-2026-09-0001  重大投诉                      09-30 16:00  2-1-302 安全秩序
  TS-2026-09-0001  重大投诉逾期：超24小时未响应  10-01 16:00  2-1-302 安全秩序
  JY-2026-10-0001  紧急动用业主备用钥匙          10-02 22:10  BY-1-1-102 1-1-102入户门 借用人 刘工
  [1]
  $ kefu --now 2026-10-02T22:40 key return BY-1-1-102
  ! 钥匙 BY-1-1-102（1-1-102入户门）已归还，登记 JY-2026-10-0001，状况：好
  $ kefu --now 2026-10-02T22:45 due --owner zhaojl
  【赵经理】2 项，其中上报 2 项
  编号             事项                          期限         内容
  ---------------  ----------------------------  -----------  ----------------
  TS-2026-09-0001  重大投诉                      09-30 16:00  2-1-302 安全秩序
  TS-2026-09-0001  重大投诉逾期：超24小时未响应  10-01 16:00  2-1-302 安全秩序
  [1]

Once the major complaint is closed it is no longer reported; its callback, when late, would be.

  $ kefu --now 2026-10-03T10:00 complaint assign TS-2026-09-0001 --to 工程部 2>/dev/null
  $ kefu --now 2026-10-03T15:00 complaint close TS-2026-09-0001 --resolution 更换门禁控制器 2>/dev/null
  $ kefu --now 2026-10-03T15:05 due --owner zhaojl; echo "exit $?"
  exit 0
