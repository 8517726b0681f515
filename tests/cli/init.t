kefu init makes a new, working data directory, the sample hooks in hooks/ (0600: not run until
copied under an event's name and made executable); a second init there is refused.

  $ kefu init site --site 翠湖花园
  ! 已新建数据目录 site；请编辑 kefu.yaml 的人员花名册与 units/ 的住户资料
  $ ls -A site site/units site/hooks
  site:
  .gitignore
  .kefu
  calendar.yaml
  hooks
  kefu.yaml
  units
  
  site/hooks:
  mail.sample
  wechat-work.sample
  
  site/units:
  1.yaml
  2.yaml
  3.yaml
  $ stat -c '%a %n' site/hooks/*
  600 site/hooks/mail.sample
  600 site/hooks/wechat-work.sample
  $ for f in site/hooks/*; do cmp "$f" "$SOURCE/hooks/$(basename "$f")" && echo "$f: the source's sample"; done
  site/hooks/mail.sample: the source's sample
  site/hooks/wechat-work.sample: the source's sample
  $ cd site
  $ kefu check
  ! 检查完毕：0 个记录文件，均无问题
  $ kefu --by zhangmin --now 2026-11-26T09:30 complaint open --unit 1-1-101 --category 其他 --desc 测试
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 张敏；须于 2026-11-27T09:30 前响应，2026-12-01T23:59:59 前处理完毕
  $ kefu --now 2026-11-26T09:31 complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0001,open,2026-11-26T09:30,phone,1-1-101,,其他,general,测试,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  $ cd ..
  $ kefu init site
  ! kefu: site 已是 kefu 数据目录（已有 kefu.yaml），未做任何改动
  [2]
  $ kefu due --data site --now 2026-11-26T09:40; echo "exit $?"
  exit 0
  $ kefu due --data site --now 2026-11-28T09:40; echo "exit $?"
  【张敏】1 项
  编号             事项            期限         内容
  ---------------  --------------  -----------  ------------
  TS-2026-11-0001  超24小时未响应  11-27 09:30  1-1-101 其他
  exit 1

A site name that YAML would read otherwise (a quote, a comma, a colon) is written quoted, and
the new kefu.yaml reads back:

  $ kefu init odd --site '翠湖"花园, 二期: A' 2>/dev/null
  $ grep -e '^  name:' -e '^  office:' odd/kefu.yaml
    name: "翠湖\"花园, 二期: A"
    office: "翠湖\"花园, 二期: A管理处"
  $ kefu check --data odd
  ! 检查完毕：0 个记录文件，均无问题
