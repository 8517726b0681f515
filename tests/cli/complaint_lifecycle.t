A day at the front desk: open, assign, note, close, reopen; the overdue lists at chosen times;
the file on disk after each step.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

  $ kefu --by zhangmin --now 2026-11-26T09:30 complaint open --unit 1-1-101 --category 噪音扰民 --involved 1-1-201住户 --desc 楼上每晚十点后装修噪音
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T09:30 前响应，2026-12-01T23:59:59 前处理完毕

  $ kefu --by lili --now 2026-11-26T10:15 complaint open --place 3栋地下车库 --name 王先生 --phone 13711112222 --category 停车管理 --severity 重大 --desc 车位被长期占用
  TS-2026-11-0002
  ! 已受理投诉 TS-2026-11-0002（重大），首问负责人 李丽；须于 2026-11-27T10:15 前响应，2026-11-27T23:59:59 前处理完毕
  ! 须立即报告上一级领导（手册 §3.7.3）：TS-2026-11-0002 重大投诉，已列入 赵经理 的 kefu due

Nothing is late on the morning after for the first, but the list shows both with their owner.

  $ kefu --now 2026-11-26T11:00 complaint list
  编号             受理时间     户号/地点    类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  -----------  --------  ----  ------  ----------  ------  -----------  ----
  TS-2026-11-0001  11-26 09:30  1-1-101      噪音扰民  一般  待响应  张敏                12-01 23:59
  TS-2026-11-0002  11-26 10:15  3栋地下车库  停车管理  重大  待响应  李丽                11-27 23:59
  ! 共 2 条

At 10:00 the next day the first is unacknowledged for more than 24 hours.

  $ kefu --now 2026-11-27T10:00 complaint list --overdue
  编号             受理时间     户号/地点  类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  ---------  --------  ----  ------  ----------  ------  -----------  ------
  TS-2026-11-0001  11-26 09:30  1-1-101    噪音扰民  一般  待响应  张敏                12-01 23:59  未响应
  ! 共 1 条

  $ kefu --by wangqiang --now 2026-11-27T10:05 complaint assign TS-2026-11-0001 --to 工程部 --note 请上门查看
  ! 已将 TS-2026-11-0001 派给 工程部

  $ kefu --by lili --now 2026-11-27T10:20 complaint note TS-2026-11-0002 --reply 已电话答复车主，安排护卫跟进
  ! 已记录于 TS-2026-11-0002

  $ kefu --now 2026-11-27T10:30 complaint list --overdue
  ! 没有符合条件的投诉

The major complaint was due by the end of Friday 27th; on Saturday it is late.

  $ kefu --now 2026-11-28T09:00 complaint list --overdue --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0002,processing,2026-11-26T10:15,phone,,3栋地下车库,停车管理,major,车位被长期占用,lili,,2026-11-27T10:20,,,2026-11-27T10:15,2026-11-27T23:59:59,,resolution

  $ kefu --by lili --now 2026-11-28T09:10 complaint close TS-2026-11-0002 --resolution 已联系车主挪车并张贴告示
  ! TS-2026-11-0002 已办结（已超处理时限），待回访；请于 2026-12-05 前回访

  $ kefu --by zhangmin --now 2026-11-30T16:00 complaint close TS-2026-11-0001 --resolution 已责令装修方十点后停工
  ! TS-2026-11-0001 已办结，待回访；请于 2026-12-14 前回访

Closing again is refused, with exit status 2 and the file unchanged.

  $ sum=$(md5sum d/complaints/2026/11/TS-2026-11-0001.yaml)
  $ kefu --by zhangmin --now 2026-11-30T16:05 complaint close TS-2026-11-0001 --resolution 再次结案
  ! kefu: 投诉 TS-2026-11-0001 已结案（当前为「待回访」），不能重复结案
  [2]
  $ [ "$sum" = "$(md5sum d/complaints/2026/11/TS-2026-11-0001.yaml)" ] && echo unchanged
  unchanged

  $ kefu --by zhangmin --now 2026-12-01T09:00 complaint reopen TS-2026-11-0001 --reason 业主反映仍有噪音
  ! TS-2026-11-0001 已重开，转回处理中

  $ kefu --now 2026-12-01T09:01 complaint list --owner zhangmin --format json
  [
    {
      "id": "TS-2026-11-0001",
      "status": "processing",
      "received_at": "2026-11-26T09:30",
      "channel": "phone",
      "unit": "1-1-101",
      "place": "",
      "complainant": {
        "name": "陈建国",
        "phone": "138****5678"
      },
      "involved": [
        "1-1-201住户"
      ],
      "category": "噪音扰民",
      "severity": "general",
      "description": "楼上每晚十点后装修噪音",
      "owner": "zhangmin",
      "assigned_to": "工程部",
      "acknowledged_at": "2026-11-27T10:05",
      "resolved_at": null,
      "resolution": "",
      "response_due": "2026-11-27T09:30",
      "resolution_due": "2026-12-01T23:59:59",
      "callback_due": null,
      "overdue": [],
      "callbacks": [],
      "history": [
        {
          "at": "2026-11-26T09:30",
          "by": "zhangmin",
          "action": "open",
          "note": "受理投诉"
        },
        {
          "at": "2026-11-27T10:05",
          "by": "wangqiang",
          "action": "assign",
          "note": "派单至 工程部：请上门查看"
        },
        {
          "at": "2026-11-30T16:00",
          "by": "zhangmin",
          "action": "close",
          "note": "已责令装修方十点后停工"
        },
        {
          "at": "2026-12-01T09:00",
          "by": "zhangmin",
          "action": "reopen",
          "note": "业主反映仍有噪音"
        }
      ]
    }
  ]

  $ cat d/complaints/2026/11/TS-2026-11-0001.yaml
  id: TS-2026-11-0001
  status: processing
  received_at: 2026-11-26T09:30
  channel: phone
  unit: 1-1-101
  place: ""
  complainant:
    name: 陈建国
    phone: "13812345678"
  involved:
    - 1-1-201住户
  category: 噪音扰民
  severity: general
  description: 楼上每晚十点后装修噪音
  owner: zhangmin
  assigned_to: 工程部
  acknowledged_at: 2026-11-27T10:05
  resolved_at: ~
  resolution: ""
  callbacks: []
  history:
    - at: 2026-11-26T09:30
      by: zhangmin
      action: open
      note: 受理投诉
    - at: 2026-11-27T10:05
      by: wangqiang
      action: assign
      note: 派单至 工程部：请上门查看
    - at: 2026-11-30T16:00
      by: zhangmin
      action: close
      note: 已责令装修方十点后停工
    - at: 2026-12-01T09:00
      by: zhangmin
      action: reopen
      note: 业主反映仍有噪音
  seal: sha256:049951a969f111a287ef5190c38869a1198fdb982c27392399c948dadbcfc302

The month's list includes closed ones; --status filters; the yaml format prints records.

  $ kefu --now 2026-12-01T09:02 complaint list --month 2026-11 --status 待回访
  编号             受理时间     户号/地点    类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  -----------  --------  ----  ------  ----------  ------  -----------  ----
  TS-2026-11-0002  11-26 10:15  3栋地下车库  停车管理  重大  待回访  李丽                11-27 23:59
  ! 共 1 条

  $ kefu --now 2026-12-01T09:02 complaint list --unit 1-1-101 --format yaml
  - id: TS-2026-11-0001
    status: processing
    received_at: 2026-11-26T09:30
    channel: phone
    unit: 1-1-101
    place: ""
    complainant:
      name: 陈建国
      phone: 138****5678
    involved:
      - 1-1-201住户
    category: 噪音扰民
    severity: general
    description: 楼上每晚十点后装修噪音
    owner: zhangmin
    assigned_to: 工程部
    acknowledged_at: 2026-11-27T10:05
    resolved_at: ~
    resolution: ""
    response_due: 2026-11-27T09:30
    resolution_due: 2026-12-01T23:59:59
    callback_due: ~
    overdue: []
    callbacks: []
    history:
      - at: 2026-11-26T09:30
        by: zhangmin
        action: open
        note: 受理投诉
      - at: 2026-11-27T10:05
        by: wangqiang
        action: assign
        note: 派单至 工程部：请上门查看
      - at: 2026-11-30T16:00
        by: zhangmin
        action: close
        note: 已责令装修方十点后停工
      - at: 2026-12-01T09:00
        by: zhangmin
        action: reopen
        note: 业主反映仍有噪音

  $ kefu --reveal --now 2026-12-01T09:03 complaint show TS-2026-11-0002
  投诉编号    TS-2026-11-0002
  状态        待回访
  受理时间    2026-11-26T10:15 周四
  来源渠道    电话
  公共场所    3栋地下车库
  投诉人      王先生
  联系电话    13711112222
  类别        停车管理
  级别        重大
  投诉内容    车位被长期占用
  首问负责人  李丽
  响应时限    2026-11-27T10:15
  响应时间    2026-11-27T10:20
  处理时限    2026-11-27T23:59:59
  解决时间    2026-11-28T09:10
  处理结果    已联系车主挪车并张贴告示
  回访期限    2026-12-05T23:59:59
  处理经过：
    2026-11-26T10:15  李丽     受理  受理投诉
    2026-11-27T10:20  李丽     答复  已电话答复车主，安排护卫跟进
    2026-11-28T09:10  李丽     结案  已联系车主挪车并张贴告示
