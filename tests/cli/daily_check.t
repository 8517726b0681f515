The supervisor's daily check (§3.2.3 每日检查业主投诉、问询及有偿服务受理情况): a day's
complaints, repairs and calls and visits, each as it stands at --now, with what is still open.
On a copy of the demo estate, at 2026-11-26T09:30.

  $ cp -r "$SOURCE/data" demo && export KEFU_DATA=$PWD/demo KEFU_NOW=2026-11-26T09:30

By default, yesterday: one of each kind on 2026-11-25.

  $ kefu daily
  每日受理情况  2026-11-25（周三）  状态截至 2026-11-26T09:30
  序号  受理时间     类型  编号             户号/地点  类别              接待人  目前状态  逾期  有偿  事由
  ----  -----------  ----  ---------------  ---------  ----------------  ------  --------  ----  ----  -----------------------------
  1     11-25 09:42  报修  BX-2026-11-0029  4-2-1502   户内维修（急修）  张敏    待回访                热水器进水阀漏水
  2     11-25 15:04  投诉  TS-2026-11-0024  会所       安全秩序          陈静    处理中                夜间有陌生人进入小区，护卫未…
  3     11-25 16:04  表扬  LD-2026-11-0020  4-1-1101   环境卫生          李丽    已答复                表扬保洁员拾金不昧
  
  受理 3 件：投诉 1 件（未结 1，逾期 0）；报修 1 件（未结 1，逾期 0）；来电来访 1 次（表扬 1）；有偿服务 0 件
  尚未办结 2 件，其中逾期 0 件：BX-2026-11-0029 待回访（张敏）；TS-2026-11-0024 处理中（陈静）

A day with a paid repair (特约服务), marked 有偿 and summed up.

  $ kefu daily --day 2026-11-24
  每日受理情况  2026-11-24（周二）  状态截至 2026-11-26T09:30
  序号  受理时间     类型  编号             户号/地点  类别      接待人  目前状态  逾期  有偿        事由
  ----  -----------  ----  ---------------  ---------  --------  ------  --------  ----  ----------  ------------------------
  1     11-24 13:36  建议  LD-2026-11-0019  2-1-1301   停车管理  陈静    已答复                      建议地下车库增加充电桩
  2     11-24 14:35  投诉  TS-2026-11-0023  2-1-1501   停车管理  李丽    处理中                      小区内乱停车堵住消防通道
  3     11-24 19:46  报修  BX-2026-11-0028  2-2-1501   户内维修  陈静    已完成          有偿 60.00  阳台晾衣架摇杆损坏
  
  受理 3 件：投诉 1 件（未结 1，逾期 0）；报修 1 件（未结 0，逾期 0）；来电来访 1 次（建议 1）；有偿服务 1 件，收费 60.00 元
  尚未办结 1 件，其中逾期 0 件：TS-2026-11-0023 处理中（李丽）

For scripts: the lines and the summary; phones masked unless --reveal.

  $ kefu --format json daily --day 2026-11-23
  {
    "day": "2026-11-23",
    "as_of": "2026-11-26T09:30",
    "lines": [
      {
        "id": "TS-2026-11-0022",
        "kind": "complaint",
        "type": "complaint",
        "type_zh": "投诉",
        "received_at": "2026-11-23T12:45",
        "unit": "4栋天台",
        "customer": "郑晓东",
        "phone": "136****0424",
        "category": "设施设备",
        "subject": "电梯经常停在半层，存在安全隐患",
        "owner": "chenjing",
        "owner_name": "陈静",
        "status": "open",
        "status_zh": "待响应",
        "open": true,
        "overdue": [
          "response"
        ],
        "paid": false,
        "charge": "0.00"
      },
      {
        "id": "BX-2026-11-0027",
        "kind": "repair",
        "type": "repair",
        "type_zh": "报修",
        "received_at": "2026-11-23T13:32",
        "unit": "北门",
        "customer": "郭明",
        "phone": "151****1953",
        "category": "公共设施设备（急修）",
        "subject": "道闸不起杆",
        "owner": "lili",
        "owner_name": "李丽",
        "status": "dispatched",
        "status_zh": "维修中",
        "open": true,
        "overdue": [
          "fix"
        ],
        "paid": false,
        "charge": "0.00"
      }
    ],
    "summary": {
      "received": 2,
      "open": 2,
      "overdue": 2,
      "complaints": {
        "received": 1,
        "open": 1,
        "overdue": 1
      },
      "repairs": {
        "received": 1,
        "open": 1,
        "overdue": 1
      },
      "specials": {
        "received": 0,
        "open": 0,
        "overdue": 0
      },
      "contacts": {
        "received": 0,
        "open": 0,
        "overdue": 0
      },
      "contact_types": {},
      "unanswered": 0,
      "paid": 0,
      "paid_total": "0.00",
      "still_open": [
        "TS-2026-11-0022",
        "BX-2026-11-0027"
      ]
    }
  }
  $ kefu --format json --reveal daily --day 2026-11-23 | grep '"phone"'
        "phone": "13627530424",
        "phone": "15167601953",
  $ kefu --format csv daily --day 2026-11-24
  ﻿id,kind,type,type_zh,received_at,unit,customer,phone,category,subject,owner,owner_name,status,status_zh,open,overdue,paid,charge
  LD-2026-11-0019,contact,suggestion,建议,2026-11-24T13:36,2-1-1301,黄勇,151****5253,停车管理,建议地下车库增加充电桩,chenjing,陈静,answered,已答复,false,,false,0.00
  TS-2026-11-0023,complaint,complaint,投诉,2026-11-24T14:35,2-1-1501,张明,177****4146,停车管理,小区内乱停车堵住消防通道,lili,李丽,processing,处理中,true,,false,0.00
  BX-2026-11-0028,repair,repair,报修,2026-11-24T19:46,2-2-1501,郑秀英,189****5593,户内维修,阳台晾衣架摇杆损坏,chenjing,陈静,closed,已完成,false,,true,60.00

The state is the one at --now: at 13:40 on the 23rd, minutes after it was logged, the urgent
repair was not yet late; by the 26th it is.

  $ kefu --now 2026-11-23T13:40 daily --day 2026-11-23 | tail -n 2
  受理 2 件：投诉 1 件（未结 1，逾期 0）；报修 1 件（未结 1，逾期 0）；来电来访 0 次；有偿服务 0 件
  尚未办结 2 件，其中逾期 0 件：TS-2026-11-0022 待响应（陈静）；BX-2026-11-0027 维修中（李丽）

The form to print and sign, on standard output or written with -o; the same through render.

  $ kefu daily --day 2026-11-24 --form
  翠湖花园 客户服务中心
  每日受理情况检查表    2026-11-24（周二）
  状态截至：2026-11-26T09:30
  
  序号  受理时间     类型  编号             户号/地点  类别      接待人  目前状态  逾期  有偿        事由
  1     11-24 13:36  建议  LD-2026-11-0019  2-1-1301   停车管理  陈静    已答复                      建议地下车库增加充电桩
  2     11-24 14:35  投诉  TS-2026-11-0023  2-1-1501   停车管理  李丽    处理中                      小区内乱停车堵住消防通道
  3     11-24 19:46  报修  BX-2026-11-0028  2-2-1501   户内维修  陈静    已完成          有偿 60.00  阳台晾衣架摇杆损坏
  
  受理 3 件：投诉 1 件（未结 1，逾期 0）；报修 1 件（未结 0，逾期 0）；来电来访 1 次（建议 1）；有偿服务 1 件，收费 60.00 元
  尚未办结 1 件，其中逾期 0 件：TS-2026-11-0023 处理中（李丽）
  
  检查意见：________________________________________________
  
  客户主管签字：____________    日期：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu daily --day 2026-11-22 --form -o 每日检查.txt && cat 每日检查.txt
  翠湖花园 客户服务中心
  每日受理情况检查表    2026-11-22（周日）
  状态截至：2026-11-26T09:30
  
  序号  受理时间     类型  编号             户号/地点  类别              接待人  目前状态  逾期  有偿  事由
  1     11-22 10:07  报修  BX-2026-11-0026  1-2-802    户内维修（急修）  陈静    已完成                墙面插座无电
  2     11-22 15:35  报事  LD-2026-11-0018  2-1-902    停车管理          张敏    已答复                报告南门有车辆违停
  3     11-22 19:30  投诉  TS-2026-11-0021  2栋电梯    停车管理          陈静    待回访                小区内乱停车堵住消防通道
  
  受理 3 件：投诉 1 件（未结 1，逾期 0）；报修 1 件（未结 0，逾期 0）；来电来访 1 次（报事 1）；有偿服务 0 件
  尚未办结 1 件，其中逾期 0 件：TS-2026-11-0021 待回访（陈静）
  
  检查意见：________________________________________________
  
  客户主管签字：____________    日期：____________
  翠湖花园管理处  电话：0755-86000000
  ! 已生成 每日受理情况检查表：每日检查.txt
  $ kefu daily --day 2026-11-22 --form -o 每日检查.txt
  ! kefu: 每日检查.txt 已存在，未覆盖；确要覆盖请加 --force
  [2]
  $ kefu render daily 2026-11-22 | diff - 每日检查.txt && echo same
  same

A day with nothing received says so, in every form.

  $ kefu daily --day 2026-05-01
  ! 2026-05-01（周五） 没有受理任何投诉、报修、特约服务或来电来访（状态截至 2026-11-26T09:30）
  $ kefu --format json daily --day 2026-05-01
  {
    "day": "2026-05-01",
    "as_of": "2026-11-26T09:30",
    "lines": [],
    "summary": {
      "received": 0,
      "open": 0,
      "overdue": 0,
      "complaints": {
        "received": 0,
        "open": 0,
        "overdue": 0
      },
      "repairs": {
        "received": 0,
        "open": 0,
        "overdue": 0
      },
      "specials": {
        "received": 0,
        "open": 0,
        "overdue": 0
      },
      "contacts": {
        "received": 0,
        "open": 0,
        "overdue": 0
      },
      "contact_types": {},
      "unanswered": 0,
      "paid": 0,
      "paid_total": "0.00",
      "still_open": []
    }
  }
  $ kefu daily --day 2026-05-01 --form
  翠湖花园 客户服务中心
  每日受理情况检查表    2026-05-01（周五）
  状态截至：2026-11-26T09:30
  
  2026-05-01（周五） 没有受理任何投诉、报修、特约服务或来电来访。
  
  受理 0 件：投诉 0 件（未结 0，逾期 0）；报修 0 件（未结 0，逾期 0）；来电来访 0 次；有偿服务 0 件
  尚未办结 0 件
  
  检查意见：________________________________________________
  
  客户主管签字：____________    日期：____________
  翠湖花园管理处  电话：0755-86000000

Refused, with nothing written: a date that is not one, a day still to come, a form in a
script format, -o without --form.

  $ kefu daily --day 2026-11-31
  ! kefu: 日期「2026-11-31」无效，应如 2026-11-25
  [2]
  $ kefu daily --day 11/25
  ! kefu: 日期「11/25」无效，应如 2026-11-25
  [2]
  $ kefu daily --day 2026-11-27
  ! kefu: 日期 2026-11-27 还没有到（现在是 2026-11-26T09:30）；只能查看今天或以前的日子
  [2]
  $ kefu render daily 2026-12-01
  ! kefu: 日期 2026-12-01 还没有到（现在是 2026-11-26T09:30）；只能查看今天或以前的日子
  [2]
  $ kefu --format json daily --form
  ! kefu: --form 生成的是可打印的文本表单，不能与 --format json 同用
  [2]
  $ kefu daily -o x.txt
  ! kefu: -o 只用于 --form 生成的表单
  [2]
  $ ls x.txt
  ! ls: cannot access 'x.txt': No such file or directory
  [2]

A faulty record of the day: named at its line and column (exit 3); the rest is still shown.

  $ printf 'id: LD-2026-11-0020\nreceived_at: [2026-11-25T16:04\n' > demo/contacts/2026/11/LD-2026-11-0020.yaml
  $ kefu daily
  每日受理情况  2026-11-25（周三）  状态截至 2026-11-26T09:30
  序号  受理时间     类型  编号             户号/地点  类别              接待人  目前状态  逾期  有偿  事由
  ----  -----------  ----  ---------------  ---------  ----------------  ------  --------  ----  ----  -----------------------------
  1     11-25 09:42  报修  BX-2026-11-0029  4-2-1502   户内维修（急修）  张敏    待回访                热水器进水阀漏水
  2     11-25 15:04  投诉  TS-2026-11-0024  会所       安全秩序          陈静    处理中                夜间有陌生人进入小区，护卫未…
  
  受理 2 件：投诉 1 件（未结 1，逾期 0）；报修 1 件（未结 1，逾期 0）；来电来访 0 次；有偿服务 0 件
  尚未办结 2 件，其中逾期 0 件：BX-2026-11-0029 待回访（张敏）；TS-2026-11-0024 处理中（陈静）
  ! kefu: contacts/2026/11/LD-2026-11-0020.yaml:3:1: YAML 格式错误：end of sequence flow not found
  [3]

The help teaches, with examples.

  $ kefu daily --help
  客户主管每日检查：某一天受理的投诉、报修、来电来访（咨询、建议等）及有偿服务
  用法: kefu daily [选项]
  
  选项:
    -h,--help                       显示帮助
    --day 文本                      要检查的日期，如 2026-11-25（默认昨天，按 --now 计）
    --form                          生成可打印、供主管签字的《每日受理情况检查表》
    -o,--out 文本                   与 --form 同用：表单写入此文件（原子写入），默认打印到标准输出；文件已存在时不覆盖
    --force                         -o 的文件已存在时覆盖它
  
  按手册 §3.2.3，客户主管每日检查业主投诉、问询及有偿服务的受理情况。本命令列出指定日期
  受理的每一件投诉（TS-）、报修（BX-）、特约服务（TY-）和来电来访（LD-，含咨询、建议、
  表扬、报事）：编号、受理时间、户号或地点、类别、事由、接待人，以及它现在（--now 时刻）
  的状态和逾期情况；特约服务与收费的报修即有偿服务，标为「有偿」并注明金额（已转为特约
  服务的报修只列其特约服务）。最后是小结：各类件数、
  尚未办结的有哪些、谁负责。只读，不改变任何文件。
  
  当日无受理时在标准错误说明，退出状态 0；日期无效或晚于今天时拒绝（退出状态 2）；
  记录文件有误时列出文件:行:列（退出状态 3）。电话号码默认打码，--reveal 显示全号。
  
  例：
    kefu daily                                  # 昨天的受理情况（表格）
    kefu daily --day 2026-11-24                 # 指定日期
    kefu --format json daily --day 2026-11-24   # 供脚本读取（也可 csv、yaml）
    kefu daily --form -o 每日检查.txt           # 打印后由客户主管签字存档
    kefu render daily 2026-11-24                # 同一张表，经 render 生成
