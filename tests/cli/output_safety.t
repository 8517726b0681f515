What people read is shown safely: text from a record or from the command line cannot act on
the terminal it is printed on. Control characters come out as visible escapes (\x1b, \u202e);
in a table newline and tab do too, so that every row stays one line.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin KEFU_NOW=2026-11-26T09:30

A description typed over two lines, with a tab. The register's table keeps the row on one
line; `show`, the form and the YAML keep the layout; JSON escapes as JSON does.

  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc $'楼上装修\n\t每晚十点后电钻声'
  TS-2026-11-0001
  已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T09:30 前响应，2026-12-01T23:59:59 前处理完毕
  $ kefu contact list
  时间         方式  类型  类别      客户    户号/地点  电话         编号             接待人  处理情况  事由
  -----------  ----  ----  --------  ------  ---------  -----------  ---------------  ------  --------  ------------------------------
  11-26 09:30  电话  投诉  噪音扰民  陈建国  1-1-101    138****5678  TS-2026-11-0001  张敏    待响应    楼上装修\n\t每晚十点后电钻声\n
  2026-11 共 1 条
  $ kefu complaint show TS-2026-11-0001 | sed -n 10,11p
  投诉内容    楼上装修
  	每晚十点后电钻声
  $ kefu render complaint TS-2026-11-0001 | grep -A1 楼上装修
    楼上装修
  	每晚十点后电钻声
  $ kefu render complaint TS-2026-11-0001 -o 投诉处理记录.txt && grep -A1 楼上装修 投诉处理记录.txt
  已生成 投诉处理记录：投诉处理记录.txt
    楼上装修
  	每晚十点后电钻声
  $ kefu complaint show TS-2026-11-0001 --format json | grep description
    "description": "楼上装修\n\t每晚十点后电钻声\n",
  $ kefu complaint show TS-2026-11-0001 --format yaml | grep -A2 description
  description: |
    楼上装修
    	每晚十点后电钻声

Messages quote what they were given: an unknown staff member or a bad time from the
environment, with ESC, BEL and a right-to-left override in it, is quoted escaped.

  $ KEFU_USER=$'zhang\x1b[2Jmin\a' kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  kefu: 经办人「zhang\x1b[2Jmin\x07」不在 kefu.yaml 的人员花名册中；现有：zhangmin(张敏)、lili(李丽)、wangqiang(王强)、zhaojl(赵经理)、liugong(刘工)
  [2]
  $ KEFU_NOW=$'2026-11-26\xe2\x80\xae03:90' kefu complaint list
  kefu: 时间「2026-11-26\u202e03:90」无效，应如 2026-11-26T09:30 或 2026-11-26 09:30
  [2]
