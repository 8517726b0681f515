Refused input: a clear message, exit status 2, and nothing written.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_NOW=2026-11-26T09:30
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T09:30 前响应，2026-12-01T23:59:59 前处理完毕
  $ snapshot() { find d -type f -not -path 'd/.kefu/*' -exec md5sum {} + | sort; }
  $ before=$(snapshot)

No acting staff member, or one not on the roster:

  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  ! kefu: 请用 --by 或环境变量 KEFU_USER 指明经办人（花名册中的编号或姓名）
  [2]
  $ kefu --by nobody complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  ! kefu: 经办人「nobody」不在 kefu.yaml 的人员花名册中；现有：zhangmin(张敏)、lili(李丽)、wangqiang(王强)、zhaojl(赵经理)、liugong(刘工)
  [2]

Unknown unit, category, severity, channel; neither unit nor place; both:

  $ kefu --by zhangmin complaint open --unit 9-9-999 --category 噪音扰民 --desc 噪音
  ! kefu: 户号「9-9-999」不在 units/ 的住户资料中
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 天气 --desc 噪音
  ! kefu: 投诉类别「天气」不在 kefu.yaml 的 complaint_categories 中；可选：服务态度、维修质量、环境卫生、安全秩序、噪音扰民、停车管理、收费问题、设施设备、其他
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --severity 紧急 --desc 噪音
  ! kefu: 投诉级别「紧急」无效，可选：重大(major)、一般(general)
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --channel 微信 --desc 噪音
  ! kefu: 来源渠道「微信」无效，可选：电话(phone)、来访(visit)、邮件(email)、信函(letter)、在线(online)
  [2]
  $ kefu --by zhangmin complaint open --category 噪音扰民 --desc 噪音
  ! kefu: 请指明投诉涉及的户号（--unit）或公共场所（--place），二者取其一
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --place 大堂 --category 噪音扰民 --desc 噪音
  ! kefu: 请指明投诉涉及的户号（--unit）或公共场所（--place），二者取其一
  [2]

A bad date, a bad month, an ID that is not one, an ID that does not exist:

  $ kefu --by zhangmin --now 2026-02-30T09:00 complaint open --unit 1-1-101 --category 噪音扰民 --desc 噪音
  ! kefu: 时间「2026-02-30T09:00」无效，应如 2026-11-26T09:30、2026-11-26 09:30 或 2026/11/26 09:30
  [2]
  $ kefu complaint list --month 2026-13
  ! kefu: 月份「2026-13」无效，应如 2026-11、2026/11 或 2026年11月
  [2]
  $ kefu complaint show 123
  ! kefu: 「123」不是有效的投诉编号，应如 TS-2026-11-0007
  [2]
  $ kefu complaint show TS-2026-11-0099
  ! kefu: 没有编号为 TS-2026-11-0099 的投诉记录
  [2]

Illegal state changes, and an action dated before the complaint was received:

  $ kefu --by zhangmin complaint reopen TS-2026-11-0001 --reason 再看看
  ! kefu: 投诉 TS-2026-11-0001 仍在待响应，无需重开
  [2]
  $ kefu --by zhangmin complaint assign TS-2026-11-0001 --to 天文台
  ! kefu: 派单对象「天文台」不在 kefu.yaml 的人员花名册中；现有：zhangmin(张敏)、lili(李丽)、wangqiang(王强)、zhaojl(赵经理)、liugong(刘工)
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 complaint assign TS-2026-11-0001 --to 工程部
  ! kefu: 操作时间 2026-11-26T09:00 早于投诉 TS-2026-11-0001 的受理时间 2026-11-26T09:30
  [2]

Usage errors, with a suggestion for a mistyped command:

  $ kefu complain list
  ! kefu: 无法识别的参数：complain list ；是否想输入「complaint」？
  ! 运行 kefu --help 查看用法
  [2]
  $ kefu complaint lsit
  ! kefu: 无法识别的参数：lsit ；是否想输入「list」？
  ! 运行 kefu complaint --help 查看用法
  [2]
  $ kefu complaint open --unit 1-1-101
  ! kefu: 用法错误：缺少必填参数 --category
  ! 运行 kefu complaint open --help 查看用法
  [2]
  $ kefu --format xml complaint list
  ! kefu: 不支持的输出格式「xml」，可选：table、json、csv、yaml
  [2]

Command-line text that is not UTF-8 (typed in a GBK terminal: 中文 is D6 D0 CE C4 there, é is
E9 in Latin-1) or that holds a control character other than tab and newline (ESC, BEL, DEL,
a C1 control, a bidi override) is refused before anything else, naming the argument:

  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc $'caf\xe9'
  ! kefu: 参数 --desc 的值「caf\xe9」不是 UTF-8 文本（第 4 个字节 0xe9 无效）；终端可能使用 GBK 编码，请把终端改为 UTF-8（如 export LANG=zh_CN.UTF-8）后重新输入；未写入任何内容
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc=$'\xd6\xd0\xce\xc4'
  ! kefu: 参数 --desc 的值「\xd6\xd0\xce\xc4」不是 UTF-8 文本（第 1 个字节 0xd6 无效）；终端可能使用 GBK 编码，请把终端改为 UTF-8（如 export LANG=zh_CN.UTF-8）后重新输入；未写入任何内容
  [2]
  $ kefu --by $'\xd5\xc5\xc3\xf4' complaint list
  ! kefu: 参数 --by 的值「\xd5\xc5\xc3\xf4」不是 UTF-8 文本（第 1 个字节 0xd5 无效）；终端可能使用 GBK 编码，请把终端改为 UTF-8（如 export LANG=zh_CN.UTF-8）后重新输入；未写入任何内容
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc $'楼上\x1b[31m装修\x07'
  ! kefu: 参数 --desc 的值「楼上\x1b[31m装修\x07」含有控制字符 \x1b（只可含制表符和换行），请删去后重新输入；未写入任何内容
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc $'噪音\x7f'
  ! kefu: 参数 --desc 的值「噪音\x7f」含有控制字符 \x7f（只可含制表符和换行），请删去后重新输入；未写入任何内容
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc $'噪音\xc2\x9b2J'
  ! kefu: 参数 --desc 的值「噪音\u009b2J」含有控制字符 \u009b（只可含制表符和换行），请删去后重新输入；未写入任何内容
  [2]
  $ kefu --by zhangmin complaint open --unit 1-1-101 --category 噪音扰民 --desc $'付款\xe2\x80\xae0001'
  ! kefu: 参数 --desc 的值「付款\u202e0001」含有控制字符 \u202e（只可含制表符和换行），请删去后重新输入；未写入任何内容
  [2]
  $ kefu --by zhangmin complaint assign TS-2026-11-0001 $'\x1b'
  ! kefu: 第 6 个参数「\x1b」含有控制字符 \x1b（只可含制表符和换行），请删去后重新输入；未写入任何内容
  [2]
  $ kefu complaint list $'--\x1bx=1'
  ! kefu: 第 3 个参数「--\x1bx=1」含有控制字符 \x1b（只可含制表符和换行），请删去后重新输入；未写入任何内容
  [2]

  $ [ "$before" = "$(snapshot)" ] && echo nothing written
  nothing written

The exit statuses, as --help states them: 4 is a defect of kefu itself, never the data's or
the input's fault (tests/unit/app_test.cpp checks the message and the status).

  $ kefu --help | grep 退出状态
  退出状态：0 成功；1 有需要处理的事项（如 due 有逾期）；2 用法错误或输入被拒绝；3 数据目录有误；4 kefu 自身的内部错误。

Tab and newline are ordinary text:

  $ kefu --by zhangmin complaint note TS-2026-11-0001 $'第一行\n\t第二行'
  ! 已记录于 TS-2026-11-0001
  $ kefu complaint show TS-2026-11-0001 | tail -3
    2026-11-26T09:30  张敏     受理  受理投诉
    2026-11-26T09:30  张敏     记录  第一行
  	第二行

Outside any data directory:

  $ (unset KEFU_DATA; cd / && kefu complaint list)
  ! kefu: 找不到数据目录：请用 --data DIR 或环境变量 KEFU_DATA 指定，或在数据目录内运行；新建数据目录请用 kefu init DIR
  [2]
  $ kefu --data /nonexistent complaint list
  ! kefu: --data 指定的目录 /nonexistent 不是 kefu 数据目录（缺少 kefu.yaml）；新建请用 kefu init /nonexistent
  [2]

Only the command family asked for is built; a global option's value that happens to be the name
of another family (a data directory called "key") does not count as the command:

  $ ln -s d key && kefu --data key --format csv complaint list | cut -d, -f1
  ﻿id
  TS-2026-11-0001
  $ kefu --data key --help | grep -c '^  [a-z]'
  29
