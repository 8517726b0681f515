Terminal manners: dates typed as people write them (2026/11/26, 2026年11月26日, 11-26 in the
year of --now), months as 2026/11 and 2026年11月, times after a date with T or a space;
CLI11's own messages and help in Chinese, a suggestion for a mistyped option as for a
command; tables cut to COLUMNS (set in the environment, it applies when piped too) with
their free-text columns giving way, and whole when piped without it.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

Dates in every form: a repair dispatched at "2026/11/26 09:05", arrived at 11-26 09:25.

  $ kefu --by zhangmin --now 2026-11-26T09:00 repair log --unit 1-1-101 --fault 厨房水管爆裂漏水 --urgency 急修
  BX-2026-11-0001
  ! 已受理报修 BX-2026-11-0001（急修），首问负责人 张敏；须于 2026-11-26T09:30 前到场，2026-11-27T09:00 前完工
  $ kefu --by zhangmin --now 2026-11-26T09:35 repair dispatch BX-2026-11-0001 --tech 刘工 --at "2026/11/26 09:05" --arrived "11-26 09:25"
  ! 已将 BX-2026-11-0001 派给 刘工
  $ kefu --format json --now 2026-11-26T09:40 repair show BX-2026-11-0001 | grep -E '"(dispatched_at|arrived_at)"'
    "dispatched_at": "2026-11-26T09:05",
    "arrived_at": "2026-11-26T09:25",
  $ kefu --by zhangmin --now 2026-11-26T10:00 complaint open --unit 1-1-101 --category 噪音扰民 --desc 楼上每晚十点后装修噪音，已持续一周，严重影响老人和孩子休息，请尽快处理
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T10:00 前响应，2026-12-01T23:59:59 前处理完毕
  $ kefu --now 2026年11月26日T10:05 complaint list --month 2026/11
  编号             受理时间     户号/地点  类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  ---------  --------  ----  ------  ----------  ------  -----------  ----
  TS-2026-11-0001  11-26 10:00  1-1-101    噪音扰民  一般  待响应  张敏                12-01 23:59
  ! 共 1 条
  $ kefu --now "2026/11/26 10:05" complaint list --month 2026年11月
  编号             受理时间     户号/地点  类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  ---------  --------  ----  ------  ----------  ------  -----------  ----
  TS-2026-11-0001  11-26 10:00  1-1-101    噪音扰民  一般  待响应  张敏                12-01 23:59
  ! 共 1 条
  $ kefu --now 2026-11-26T10:05 complaint list --month 2026.11 --format csv | wc -l
  2
  $ kefu --now 2026-11-26T10:05 daily --day 2026年11月25日 | head -n 1
  ! 2026-11-25（周三） 没有受理任何投诉、报修、特约服务或来电来访（状态截至 2026-11-26T10:05）
  $ kefu --now 2026-11-26T10:05 daily --day 11-25 | head -n 1
  ! 2026-11-25（周三） 没有受理任何投诉、报修、特约服务或来电来访（状态截至 2026-11-26T10:05）
  $ kefu --now 2026-11-26T10:05 daily --day 2026/11/25 | head -n 1
  ! 2026-11-25（周三） 没有受理任何投诉、报修、特约服务或来电来访（状态截至 2026-11-26T10:05）

What is not a date is refused, naming the forms that are.

  $ kefu --now 2026-11-26T10:05 complaint list --month 2026年13月
  ! kefu: 月份「2026年13月」无效，应如 2026-11、2026/11 或 2026年11月
  [2]
  $ kefu --now 2026-11-26T10:05 daily --day 2026/11-25
  ! kefu: 日期「2026/11-25」无效，应如 2026-11-26、2026/11/26、2026年11月26日 或 11-26（今年）
  [2]
  $ kefu --now 2026-11-26T10:05 daily --day 11-27
  ! kefu: 日期 11-27 还没有到（现在是 2026-11-26T10:05）；只能查看今天或以前的日子
  [2]
  $ kefu --by zhangmin --now 2026-11-26T10:10 repair done BX-2026-11-0001 --at 明天 --signed-by 陈建国
  ! kefu: 完工时间「明天」无效，应如 2026-11-26T09:30、2026/11/26 09:30 或 11-26 09:30（今年）
  [2]
  $ kefu --now 2026-11-26T25:00 complaint list
  ! kefu: 时间「2026-11-26T25:00」无效，应如 2026-11-26T09:30、2026-11-26 09:30 或 2026/11/26 09:30
  [2]

Searching the lists (complaints, repairs, contacts, special services, opinions, visits,
renovations, lost property): --grep in the free texts, --phone by a stored phone or its last
digits, --from/--to over days (in any status).

  $ kefu --by lili --now 2026-11-20T10:15 complaint open --place 3栋地下车库 --name 王先生 --phone 13711112222 --category 停车管理 --desc 车位被长期占用
  TS-2026-11-0002
  ! 已受理投诉 TS-2026-11-0002（一般），首问负责人 李丽；须于 2026-11-21T10:15 前响应，2026-11-25T23:59:59 前处理完毕
  $ kefu --now 2026-11-26T10:05 complaint list --grep 装修 | awk '{ print $1 }'
  编号
  ---------------
  TS-2026-11-0001
  ! 共 1 条
  $ kefu --now 2026-11-26T10:05 complaint list --phone 2222 | awk '{ print $1 }'
  编号
  ---------------
  TS-2026-11-0002
  ! 共 1 条
  $ kefu --now 2026-11-26T10:05 complaint list --phone '137 1111 2222' --format json | grep '"id"'
      "id": "TS-2026-11-0002",
  $ kefu --now 2026-11-26T10:05 complaint list --from 11/21 --to 2026年11月26日 --format csv | cut -d, -f1
  ﻿id
  TS-2026-11-0001
  $ kefu --now 2026-11-26T10:05 complaint list --from 2026-11-01 --to 11-20 --format csv | cut -d, -f1
  ﻿id
  TS-2026-11-0002
  $ kefu --now 2026-11-26T10:05 repair list --grep 水管 --format csv | cut -d, -f1
  ﻿id
  BX-2026-11-0001
  $ cp -r "$TESTDIR/fixtures/estate" e
  $ kefu --data e --by lili --now 2026-11-18T14:00 special open --unit 1-2-201 --what 窗帘安装 --price 120
  TY-2026-11-0001
  ! 已受理特约服务 TY-2026-11-0001（1-2-201 窗帘安装，120.00 元，议定价格），首问负责人 李丽
  $ kefu --data e --by lili --now 2026-11-24T16:00 opinion add --unit 1-1-101 --phone 13711113333 --dept 保洁部 --text 垃圾桶清运不及时
  YJ-2026-11-0001
  ! 已登记意见 YJ-2026-11-0001（其他），责任部门 保洁部；须于 2026-11-26T23:59:59 前送达
  $ kefu --data e --by lili --now 2026-11-19T08:10 lost found --item 钥匙一串（三把） --place 2栋电梯厅 --kept-at 前台抽屉
  SW-2026-11-0001
  ! 已登记拾遗物品 SW-2026-11-0001（钥匙一串（三把），存放于 前台抽屉）；须立即报告客户主管 王强，由其确认：kefu lost ack SW-2026-11-0001
  $ kefu --data e --by lili --now 2026-11-25T15:00 visit log --unit 1-2-201 --person 李四/13912345678 --raised 卫生间顶棚渗水
  ZF-2026-11-0001
  ! 已登记走访 1-2-201 李四；反映的问题可用 kefu visit repair|complaint|opinion ZF-2026-11-0001 转交处理
  $ kefu --data e --now 2026-11-26T10:05 special list --grep 窗帘 --format csv | cut -d, -f1,7
  ﻿id,what
  TY-2026-11-0001,窗帘安装
  $ kefu --data e --now 2026-11-26T10:05 special list --from 11-20 --format csv | cut -d, -f1
  ﻿id
  $ kefu --data e --now 2026-11-26T10:05 opinion list --phone 3333 --format csv | cut -d, -f1
  ﻿id
  YJ-2026-11-0001
  $ kefu --data e --now 2026-11-26T10:05 opinion list --grep 垃圾 --to 11-23 --format csv | cut -d, -f1
  ﻿id
  $ kefu --data e --now 2026-11-26T10:05 lost list --grep 钥匙 --format csv | cut -d, -f1
  ﻿id
  SW-2026-11-0001
  $ kefu --data e --now 2026-11-26T10:05 lost list --grep 钱包 --format csv | cut -d, -f1
  ﻿id
  $ kefu --data e --now 2026-11-26T10:05 visit list --phone 5678 --format csv | cut -d, -f1
  ﻿id
  ZF-2026-11-0001
  $ kefu --data e --now 2026-11-26T10:05 visit list --grep 渗水 --from 11-25 --format csv | cut -d, -f1
  ﻿id
  ZF-2026-11-0001
  $ kefu --data e --now 2026-11-26T10:05 renovation list --grep 不存在的公司 --all
  ! 没有符合条件的装修
  $ kefu --now 2026-11-26T10:05 contact list --phone 2222 --format csv | cut -d, -f1
  ﻿id
  TS-2026-11-0002
  $ kefu --now 2026-11-26T10:05 contact list --from 11-21
  时间         方式  类型  类别      客户    户号/地点  电话         编号             接待人  处理情况  事由
  -----------  ----  ----  --------  ------  ---------  -----------  ---------------  ------  --------  -----------------------------
  11-26 09:00  电话  报修  户内维修  陈建国  1-1-101    138****5678  BX-2026-11-0001  张敏    维修中    厨房水管爆裂漏水
  11-26 10:00  电话  投诉  噪音扰民  陈建国  1-1-101    138****5678  TS-2026-11-0001  张敏    待响应    楼上每晚十点后装修噪音，已持…
  ! 2026-11-21 至 2026-11-26 共 2 条
  $ kefu --now 2026-11-26T10:05 complaint list --phone 22
  ! kefu: 电话「22」无效：应为至少 4 位数字，如 13812345678 或 5678
  [2]
  $ kefu --now 2026-11-26T10:05 complaint list --from 11-26 --to 11-20
  ! kefu: 结束日期 2026-11-20 早于开始日期 2026-11-26
  [2]

CLI11's messages in Chinese, a mistyped option's suggestion like a command's.

  $ kefu --now 2026-11-26T10:05 complaint list --by
  ! kefu: 用法错误：--by 缺少取值（需要 1 个文本），如 --by 值
  ! 运行 kefu complaint list --help 查看用法
  [2]
  $ kefu --now 2026-11-26T10:05 complaint open --unit 1-1-101
  ! kefu: 用法错误：缺少必填参数 --category
  ! 运行 kefu complaint open --help 查看用法
  [2]
  $ kefu --by zhangmin --now 2026-11-26T10:05 complaint open --unit 1-1-101 --categroy 噪音扰民 --desc 噪音
  ! kefu: 无法识别的参数：--categroy 噪音扰民 ；您是想用 --category 吗？
  ! 运行 kefu complaint open --help 查看用法
  [2]
  $ kefu --now 2026-11-26T10:05 complaint list --month=2026-11 --ovrdue
  ! kefu: 无法识别的参数：--ovrdue ；您是想用 --overdue 吗？
  ! 运行 kefu complaint list --help 查看用法
  [2]
  $ kefu --now 2026-11-26T10:05 complaint lsit
  ! kefu: 无法识别的参数：lsit ；是否想输入「list」？
  ! 运行 kefu complaint --help 查看用法
  [2]
  $ kefu --now 2026-11-26T10:05 complaint list extra
  ! kefu: 无法识别的参数：extra 
  ! 运行 kefu complaint list --help 查看用法
  [2]
  $ kefu complaint
  ! kefu: 用法错误：缺少子命令
  ! 运行 kefu complaint --help 查看用法
  [2]
  $ kefu complaint show --help
  显示一宗投诉的全部内容与处理经过
  用法: kefu complaint show [选项] ID
  
  位置参数:
    ID 文本 必填                    投诉编号，如 TS-2026-11-0007
  
  选项:
    -h,--help                       显示帮助
  
  退出状态：0 成功；1 有需要处理的事项（如 due 有逾期）；2 用法错误或输入被拒绝；3 数据目录有误；4 kefu 自身的内部错误。
  各子命令的用法：kefu 子命令 --help；完整说明：man kefu，数据文件格式：man 5 kefu-data。
  $ kefu complaint list --help | grep -cE 'Usage|Positionals|Options|OPTIONS|REQUIRED|TEXT|INT' || true
  0

Tables fit COLUMNS, the free-text columns giving way first; piped without COLUMNS they are
whole.

  $ widest() { python3 -c 'import sys, unicodedata as u; print(max(sum(0 if u.combining(c) else 2 if u.east_asian_width(c) in "WF" else 1 for c in l.rstrip("\n")) for l in sys.stdin))'; }
  $ kefu --now 2026-11-26T10:05 contact list | widest
  133
  ! 2026-11 共 3 条
  $ COLUMNS=60 kefu --now 2026-11-26T10:05 contact list
  时间  方式 类型 类别 客户 户…  电话  编号            接…  处…  事由
  ----- ---- ---- ---- ---- ---- ----- --------------- ---- ---- ----
  11-…  电话 投诉 停…  王…  3栋… 137*… TS-2026-11-0002 李丽 待…  车…
  11-…  电话 报修 户…  陈…  1-1… 138*… BX-2026-11-0001 张敏 维…  厨…
  11-…  电话 投诉 噪…  陈…  1-1… 138*… TS-2026-11-0001 张敏 待…  楼…
  ! 2026-11 共 3 条
  $ COLUMNS=60 kefu --now 2026-11-26T10:05 contact list --format csv | tail -n 1
  TS-2026-11-0001,complaint,complaint,2026-11-26T10:00,phone,噪音扰民,陈建国,1-1-101,138****5678,zhangmin,待响应,楼上每晚十点后装修噪音，已持续一周，严重影响老人和孩子休息，请尽快处理

Colour: an overdue row red with --color always (its escapes shown as ESC), none piped by
default, none with --color never.

  $ kefu --now 2026-11-28T10:05 --color always complaint list | sed 's/\x1b/ESC/g'
  编号             受理时间     户号/地点    类别      级别  状态    首问负责人  处理人  处理时限     逾期
  ---------------  -----------  -----------  --------  ----  ------  ----------  ------  -----------  --------------
  ESC[31mTS-2026-11-0001  11-26 10:00  1-1-101      噪音扰民  一般  待响应  张敏                12-01 23:59  未响应ESC[0m
  ESC[31mTS-2026-11-0002  11-20 10:15  3栋地下车库  停车管理  一般  待响应  李丽                11-25 23:59  未响应、超时限ESC[0m
  ! 共 2 条
  $ kefu --now 2026-11-28T10:05 complaint list | grep -c $'\x1b' || true
  0
  ! 共 2 条
  $ kefu --now 2026-11-28T10:05 --color never complaint list | grep -c $'\x1b' || true
  0
  ! 共 2 条
  $ kefu --now 2026-11-28T10:05 --color sometimes complaint list
  ! kefu: --color「sometimes」无效，可选：auto always never
  [2]

A pager on a terminal (a pseudo-terminal from script(1)): KEFU_PAGER, with LESS=FRX given to
it; KEFU_PAGER=cat, NO_COLOR and a pipe as git would.

  $ KEFU_PAGER='sed "s/^/| /"; echo "LESS=$LESS"' script -qec "kefu --now 2026-11-26T10:05 complaint list --format csv" /dev/null | tr -d '\r'
  | ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  | TS-2026-11-0001,open,2026-11-26T10:00,phone,1-1-101,,噪音扰民,general,楼上每晚十点后装修噪音，已持续一周，严重影响老人和孩子休息，请尽快处理,zhangmin,,,,,2026-11-27T10:00,2026-12-01T23:59:59,,
  | TS-2026-11-0002,open,2026-11-20T10:15,phone,,3栋地下车库,停车管理,general,车位被长期占用,lili,,,,,2026-11-21T10:15,2026-11-25T23:59:59,,response;resolution
  LESS=FRX
  $ KEFU_PAGER=cat NO_COLOR=1 script -qec "kefu --now 2026-11-28T10:05 complaint list --format csv" /dev/null | tr -d '\r'
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0001,open,2026-11-26T10:00,phone,1-1-101,,噪音扰民,general,楼上每晚十点后装修噪音，已持续一周，严重影响老人和孩子休息，请尽快处理,zhangmin,,,,,2026-11-27T10:00,2026-12-01T23:59:59,,response
  TS-2026-11-0002,open,2026-11-20T10:15,phone,,3栋地下车库,停车管理,general,车位被长期占用,lili,,,,,2026-11-21T10:15,2026-11-25T23:59:59,,response;resolution
  $ KEFU_PAGER='sed "s/^/| /"' script -qec "kefu --now 2026-11-28T10:05 complaint list --format csv" /dev/null | tr -d '\r' | head -n 2
  | ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  | TS-2026-11-0001,open,2026-11-26T10:00,phone,1-1-101,,噪音扰民,general,楼上每晚十点后装修噪音，已持续一周，严重影响老人和孩子休息，请尽快处理,zhangmin,,,,,2026-11-27T10:00,2026-12-01T23:59:59,,response

The demo estate's lists at COLUMNS=80: every line fits.

  $ cp -r "$SOURCE/data" demo && export KEFU_DATA=$PWD/demo KEFU_NOW=2026-11-26T09:30 COLUMNS=80
  $ for list in "complaint list" "repair list" "special list" "contact list" "callback due" "opinion list" "key list" "renovation list" "visit list" "lost list" "patrol list" "move list" "visitor list" "lend list"; do echo "$list $(kefu $list 2>&1 | widest)"; done
  complaint list 80
  repair list 80
  special list 80
  contact list 80
  callback due 80
  opinion list 80
  key list 80
  renovation list 80
  visit list 80
  lost list 80
  patrol list 75
  move list 80
  visitor list 80
  lend list 80
  $ kefu complaint list | sed -n 1,4p
  编号            受理时间    户…  类别 级别 状态   首问… 处理… 处理时限    逾期
  --------------- ----------- ---- ---- ---- ------ ----- ----- ----------- ------
  TS-2026-11-0011 11-13 16:23 3-1… 服…  一般 处理中 张敏  客户… 11-18 23:59 超时限
  TS-2026-11-0012 11-14 18:21 3栋… 环…  一般 处理中 陈静  保洁… 11-18 23:59 超时限
  ! 共 9 条
  $ kefu contact list | sed -n 1,4p
  时间        方式 类型 类别 客户 户…  电话        编号            接…  处理… 事由
  ----------- ---- ---- ---- ---- ---- ----------- --------------- ---- ----- ----
  11-01 09:08 在线 表扬 安…  何刚 4-2… 177****9022 LD-2026-11-0001 陈静 已转… 表…
  11-01 10:48 电话 投诉 环…  高强 儿…  150****0960 TS-2026-11-0001 张敏 已结… 草…
  ! 2026-11 共 112 条
  $ kefu complaint list | wc -l
  11
  ! 共 9 条
  $ COLUMNS= kefu complaint list | widest
  110
  ! 共 9 条
