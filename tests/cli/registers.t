Registers are not altered silently (R12; manual §3.3.8 "不能随意更改，涂抹其内容"): every record
kefu writes ends with a seal of its bytes; a hand edit stays possible but shows in `check`
(exit 1), `show` and `due` until `kefu correct` records who, when, why and what changed.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_NOW=2026-11-26T09:30 KEFU_USER=zhangmin
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 楼上夜间装修噪音 2>/dev/null
  TS-2026-11-0001
  $ kefu complaint close TS-2026-11-0001 --resolution 已责令装修方22点后停工
  ! TS-2026-11-0001 已办结，待回访；请于 2026-12-10 前回访
  $ kefu --now 2026-11-28T10:00 callback done TS-2026-11-0001 --result 满意 --signed-by 陈建国
  ! 已记录 TS-2026-11-0001 的回访（满意），投诉结案
  $ tail -1 d/complaints/2026/11/TS-2026-11-0001.yaml | cut -c1-13
  seal: sha256:
  $ kefu check
  ! 检查完毕：1 个记录文件，均无问题

Someone changes the signed callback result in an editor, which would change the month's
satisfaction figure. Nothing kefu shows is silent about it:

  $ sed -i 's/result: satisfied/result: unsatisfied/' d/complaints/2026/11/TS-2026-11-0001.yaml
  $ kefu check
  ! kefu: complaints/2026/11/TS-2026-11-0001.yaml: 有手工改动：内容与 kefu 写入时的封签不符；核对后用 kefu correct 登记更正
  ! 检查完毕：1 个记录文件，1 个记录有手工改动或无封签
  [1]
  $ kefu complaint show TS-2026-11-0001 --format json | grep -E '"(seal|result)"'
        "result": "unsatisfied",
    "seal": "broken"
  ! kefu: 注意：TS-2026-11-0001 的记录文件在 kefu 之外被改动过（封签不符），改动尚未登记；核对后用 kefu correct TS-2026-11-0001 --accept --why 原因 登记

The change is adopted with a reason; what it changed is taken from the copy kefu kept of the
record as it last sealed it, and the file is sealed again.

  $ kefu --by wangqiang correct TS-2026-11-0001 --accept --why 业主来电，回访时误记为满意
  ! 已登记 TS-2026-11-0001 的更正：callbacks.0.result：satisfied → unsatisfied；原因：业主来电，回访时误记为满意
  $ grep -B1 -A7 'action: correct' d/complaints/2026/11/TS-2026-11-0001.yaml
      by: wangqiang
      action: correct
      note: 业主来电，回访时误记为满意（接受手工改动）
      changes:
        - field: callbacks.0.result
          from: satisfied
          to: unsatisfied
  seal: sha256:eaf44800f62b163442006d0f2afa6e0a78c0b2c8d261224aae8a9c4afd2c9507
  $ kefu check
  ! 检查完毕：1 个记录文件，均无问题

A correction made through kefu names the field; enumerated values are accepted in Chinese and
recorded as stored. What cannot be corrected, or does not read as a record, is refused with
nothing written.

  $ kefu correct TS-2026-11-0001 --set severity=重大 --set place=3栋楼梯间 --why 涉及夜间施工安全
  ! 已登记 TS-2026-11-0001 的更正：place：（空） → 3栋楼梯间；severity：general → major；原因：涉及夜间施工安全
  $ cp d/complaints/2026/11/TS-2026-11-0001.yaml before
  $ kefu correct TS-2026-11-0001 --set severity=严重 --why x
  ! kefu: 更正后的记录无效：severity 的值「严重」无效，可选：重大(major)、一般(general)；未写入
  [2]
  $ kefu correct TS-2026-11-0001 --set id=TS-2026-11-0009 --why x
  ! kefu: 「id」不能更正：编号决定记录所在的文件，处理经过只可追加
  [2]
  $ kefu correct TS-2026-11-0001 --set history.0.note=x --why x
  ! kefu: 「history」不能更正：编号决定记录所在的文件，处理经过只可追加
  [2]
  $ kefu correct TS-2026-11-0001 --set colour=red --why x
  ! kefu: 记录中没有字段「colour」；字段名见记录文件，嵌套的用 . 连接，如 callbacks.0.result
  [2]
  $ kefu correct TS-2026-11-0001 --set severity=major --why x
  ! kefu: 记录已是所给的值，无须更正
  [2]
  $ kefu correct TS-2026-11-0001 --accept --why x
  ! kefu: TS-2026-11-0001 的封签完好，没有手工改动可接受；要更正内容请用 --set 字段=新值
  [2]
  $ kefu correct TS-2026-11-0001 --why x
  ! kefu: 请用 --set 字段=新值 指明更正的内容，或用 --accept 接受手工改动
  [2]
  $ cmp before d/complaints/2026/11/TS-2026-11-0001.yaml && echo unchanged
  unchanged

A record an open case's owner must see to: `due` lists an open case changed by hand under its
owner, with exit 1, until it is corrected.

  $ kefu complaint open --unit 1-1-102 --category 环境卫生 --desc 垃圾未清 2>/dev/null
  TS-2026-11-0002
  $ kefu --by wangqiang complaint assign TS-2026-11-0002 --to 保洁部 2>/dev/null
  $ sed -i 's/垃圾未清/垃圾三天未清/' d/complaints/2026/11/TS-2026-11-0002.yaml
  $ kefu due --format csv
  ﻿owner,kind,id,reason,reason_zh,due,subject
  zhangmin,complaint,TS-2026-11-0002,hand_edited,记录被手工改动，未登记更正,2026-11-26T09:30,1-1-102 环境卫生
  [1]
  $ kefu correct TS-2026-11-0002 --accept --why 补记保洁部反馈的天数 2>/dev/null
  $ kefu due; echo "due exit $?"
  due exit 0

A record written by hand, without a seal, is named as such, and adopted the same way.

  $ sed '/^seal:/d; s/TS-2026-11-0002/TS-2026-11-0003/' d/complaints/2026/11/TS-2026-11-0002.yaml > d/complaints/2026/11/TS-2026-11-0003.yaml
  $ kefu check
  ! 索引与记录文件一致
  ! kefu: complaints/2026/11/TS-2026-11-0003.yaml: 无封签：不是由 kefu 写入的；核对后用 kefu correct --accept 登记
  ! 检查完毕：3 个记录文件，1 个记录有手工改动或无封签
  [1]
  $ kefu correct TS-2026-11-0003 --accept --why 纸质登记补录
  ! 已登记 TS-2026-11-0003 的更正；原因：纸质登记补录
  $ grep -A1 'action: correct' d/complaints/2026/11/TS-2026-11-0003.yaml | tail -1
      note: 纸质登记补录（接受无封签的记录）

Forms and reports are written where asked, never over a record, a site file or an existing
file unless --force is given.

  $ kefu render complaint TS-2026-11-0001 -o d/complaints/2026/11/TS-2026-11-0001.yaml
  ! kefu: 不能写到 d/complaints/2026/11/TS-2026-11-0001.yaml：它在数据目录的「complaints」中，那里只放 kefu 的记录与设置；请换一个位置
  [2]
  $ kefu render complaint TS-2026-11-0001 -o d/kefu.yaml
  ! kefu: 不能写到 d/kefu.yaml：它在数据目录的「kefu.yaml」中，那里只放 kefu 的记录与设置；请换一个位置
  [2]
  $ ln -s d/units units-link && kefu render complaint TS-2026-11-0001 -o units-link/9.yaml
  ! kefu: 不能写到 units-link/9.yaml：它在数据目录的「units」中，那里只放 kefu 的记录与设置；请换一个位置
  [2]
  $ kefu render complaint TS-2026-11-0001 -o 记录.txt
  ! 已生成 投诉处理记录：记录.txt
  $ kefu render complaint TS-2026-11-0001 -o 记录.txt
  ! kefu: 记录.txt 已存在，未覆盖；确要覆盖请加 --force
  [2]
  $ kefu render complaint TS-2026-11-0001 -o 记录.txt --force
  ! 已生成 投诉处理记录：记录.txt
  $ kefu render complaint TS-2026-11-0001 -o d/投诉处理记录.txt 2>&1; ls d | grep 投诉
  已生成 投诉处理记录：d/投诉处理记录.txt
  投诉处理记录.txt
  $ kefu --format json render complaint TS-2026-11-0001
  ! kefu: render 生成的是可打印的表单（text、html、pdf），没有 --format json 的形式；要供脚本读取的数据请用各命令的 list、show 加 --format
  [2]
