The 来电来访数据分析表 of a month of the demo estate: every row, and the totals, add up
(carried over + new − completed = still open), and the monthly report shows the same figures.

  $ cp -r "$SOURCE/data" demo && export KEFU_DATA=$PWD/demo KEFU_USER=zhangmin KEFU_NOW=2026-12-05T09:00
  $ kefu render analysis 2026-11
  翠湖花园 客户服务中心
  来电来访数据分析表    2026年11月（截至 2026-11-30T23:59:59）
  
  按类型
  类型      上月结转  本月新增  本月办结  月末未结
  咨询      0         26        26        0
  建议      0         7         7         0
  表扬      0         9         9         0
  报事      0         7         7         0
  投诉      2         20        15        7
  报修      1         35        30        6
  特约服务  0         8         6         2
  合计      3         112       100       15
  
  按类别
  类别      上月结转  本月新增  本月办结  月末未结
  物业服务  0         14        13        1
  维修      1         52        44        9
  收费      0         4         3         1
  安全秩序  1         10        10        1
  环境卫生  0         10        9         1
  停车管理  0         9         8         1
  装修管理  1         8         9         0
  社区活动  0         2         2         0
  其他      0         3         2         1
  合计      3         112       100       15
  
  本月新增按方式：在线 14  来访 32  电话 66
  
  每行：上月结转 + 本月新增 − 本月办结 = 月末未结。咨询、建议、表扬、报事登记时即答复或转交，
  登记即办结；投诉以解决、报修以完工、特约服务以服务完成为办结，回访不满意或返修后重新计为
  未结。类别取自 kefu.yaml 的 contact_categories，其他名称（含“特约服务”）按 category_aliases
  归类，余者计入“其他”。
  
  制表：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000

  $ kefu report monthly --month 2026-11 | grep -A3 来电来访数据分析
  来电来访数据分析：上月结转 3，本月新增 112，本月办结 100，月末未结 15
  按方式：  在线 14  来访 32  电话 66
  按类型：  咨询 26  建议 7  表扬 9  报事 7  投诉 20  报修 35  特约服务 8
  按类别：  物业服务 14  维修 52  收费 4  安全秩序 10  环境卫生 10  停车管理 9  装修管理 8  社区活动 2  其他 3

Every row of October and November balances, by type and by category.

  $ for m in 2026-10 2026-11; do kefu render 来电来访数据分析表 $m; done | python3 -c '
  > import sys
  > rows = [l.split() for l in sys.stdin if len(l.split()) == 5 and l.split()[1].isdigit()]
  > bad = [r for r in rows if int(r[1]) + int(r[2]) - int(r[3]) != int(r[4])]
  > print(len(rows), "rows,", len(bad), "not balanced")'
  36 rows, 0 not balanced

While the month runs, it stands as of now.

  $ kefu --now 2026-11-10T12:00 render analysis 2026-11 | sed -n '2p;5,13p'
  来电来访数据分析表    2026年11月（截至 2026-11-10T12:00）
  类型      上月结转  本月新增  本月办结  月末未结
  咨询      0         10        10        0
  建议      0         2         2         0
  表扬      0         2         2         0
  报事      0         4         4         0
  投诉      2         9         7         4
  报修      1         12        12        1
  特约服务  0         0         0         0
  合计      3         39        37        5

A category named elsewhere is counted under the one kefu.yaml maps it to; special services
under the one it gives 特约服务 (by default 维修).

  $ echo 'category_aliases: {噪音扰民: 环境卫生, 收费问题: 收费, 户内维修: 维修, 公共设施设备: 维修, 特约服务: 物业服务}' >> demo/kefu.yaml
  $ kefu render analysis 2026-11 | sed -n '16,27p'
  类别      上月结转  本月新增  本月办结  月末未结
  物业服务  0         18        16        2
  维修      1         39        34        6
  收费      0         4         3         1
  安全秩序  0         9         9         0
  环境卫生  1         11        10        2
  停车管理  0         9         8         1
  装修管理  1         8         9         0
  社区活动  0         2         2         0
  其他      0         12        9         3
  合计      3         112       100       15
  
  $ echo 'category_aliases: {物业费: 费用}' > alias.yaml && cp demo/kefu.yaml kefu.yaml.bak && sed -i '$d' demo/kefu.yaml && cat alias.yaml >> demo/kefu.yaml
  $ kefu render analysis 2026-11
  ! kefu: kefu.yaml:137:31: category_aliases 的「物业费」应归入 contact_categories 中的类别，而不是「费用」
  [3]
  $ cp kefu.yaml.bak demo/kefu.yaml

A month it is, not a record.

  $ kefu render analysis TS-2026-11-0001
  ! kefu: 来电来访数据分析表须对月份（如 2026-11）生成，而不是「TS-2026-11-0001」
  [2]

A special service ordered in November and not done is carried into December. November's part
of December's report is kept once settled, stamped with its special-service files too: one
edited in place (its mtime set back) to done in November is no longer carried over.

  $ dec() { kefu --now 2027-01-20T10:00 --format json report monthly --month 2026-12 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); c=r["contacts"]; print(c["carried_over"], c["still_open"], [x["id"] for x in r["open_cases"] if x["kind"] == "special"])'; }
  $ dec
  15 15 ['TY-2026-11-0007', 'TY-2026-11-0008']
  $ dec
  15 15 ['TY-2026-11-0007', 'TY-2026-11-0008']
  $ ls demo/.kefu/kept | grep '^report_2026-11_2026-12'
  report_2026-11_2026-12_end_trend.txt
  $ f=demo/specials/2026/11/TY-2026-11-0008.yaml
  $ sed -e 's/^status: ordered/status: done/' -e 's/^done_at: ~/done_at: 2026-11-26T10:00/' $f > edited && cat edited > $f && touch -d '2026-11-25 16:00' $f
  $ dec
  14 14 ['TY-2026-11-0007']
  $ KEFU_INDEX=off dec
  14 14 ['TY-2026-11-0007']
