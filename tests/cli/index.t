The index (.kefu/index.sqlite) is derived from the record files and never answers stale: a
hand edit saved in place, a file added, deleted or renamed by hand, a lost index update and a
deleted or damaged index all show at the next command.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_NOW=2026-11-26T09:30 KEFU_USER=zhangmin
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 楼上装修噪音 2>/dev/null
  TS-2026-11-0001
  $ kefu complaint open --unit 1-1-102 --category 环境卫生 --desc 垃圾未清 2>/dev/null
  TS-2026-11-0002
  $ kefu complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0001,open,2026-11-26T09:30,phone,1-1-101,,噪音扰民,general,楼上装修噪音,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0002,open,2026-11-26T09:30,phone,1-1-102,,环境卫生,general,垃圾未清,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  $ ls d/.kefu
  index.sqlite
  lock
  numbers
  parsed
  sealed
  tmp

A hand edit saved in place, as nano saves (same file, same inode), in the same second as the
write before it: the racy rule re-reads it.

  $ f=d/complaints/2026/11/TS-2026-11-0002.yaml
  $ sed 's/垃圾未清/垃圾三天未清/' $f > edited && cat edited > $f
  $ kefu complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0001,open,2026-11-26T09:30,phone,1-1-101,,噪音扰民,general,楼上装修噪音,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0002,open,2026-11-26T09:30,phone,1-1-102,,环境卫生,general,垃圾三天未清,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,

An edit of the same size with the old mtime put back (touch -r) still changes the ctime:

  $ cp -p $f ref && sed 's/垃圾三天未清/垃圾五天未清/' ref > edited && cat edited > $f && touch -r ref $f
  $ kefu complaint show TS-2026-11-0002 --format json | grep description
    "description": "垃圾五天未清",
  ! kefu: 注意：TS-2026-11-0002 的记录文件在 kefu 之外被改动过（封签不符），改动尚未登记；核对后用 kefu correct TS-2026-11-0002 --accept --why 原因 登记

A record copied in by hand, one deleted, one renamed away and back:

  $ sed 's/TS-2026-11-0001/TS-2026-11-0003/; s/楼上装修噪音/电梯异响/' d/complaints/2026/11/TS-2026-11-0001.yaml > d/complaints/2026/11/TS-2026-11-0003.yaml
  $ KEFU_NOW=2026-11-28T10:00 kefu due --format csv
  ﻿owner,kind,id,reason,reason_zh,due,subject
  zhangmin,complaint,TS-2026-11-0001,response_overdue,超24小时未响应,2026-11-27T09:30,1-1-101 噪音扰民
  zhangmin,complaint,TS-2026-11-0002,response_overdue,超24小时未响应,2026-11-27T09:30,1-1-102 环境卫生
  zhangmin,complaint,TS-2026-11-0003,response_overdue,超24小时未响应,2026-11-27T09:30,1-1-101 噪音扰民
  zhangmin,complaint,TS-2026-11-0002,hand_edited,记录被手工改动，未登记更正,2026-11-28T10:00,1-1-102 环境卫生
  zhangmin,complaint,TS-2026-11-0003,hand_edited,记录被手工改动，未登记更正,2026-11-28T10:00,1-1-101 噪音扰民
  [1]
  $ rm d/complaints/2026/11/TS-2026-11-0001.yaml
  $ kefu complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0002,open,2026-11-26T09:30,phone,1-1-102,,环境卫生,general,垃圾五天未清,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0003,open,2026-11-26T09:30,phone,1-1-101,,噪音扰民,general,电梯异响,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  $ mv d/complaints/2026/11/TS-2026-11-0003.yaml d/complaints/2026/11/TS-2026-11-0003.yaml.bak
  $ kefu complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0002,open,2026-11-26T09:30,phone,1-1-102,,环境卫生,general,垃圾五天未清,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  $ mv d/complaints/2026/11/TS-2026-11-0003.yaml.bak d/complaints/2026/11/TS-2026-11-0003.yaml
  $ kefu complaint list --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0002,open,2026-11-26T09:30,phone,1-1-102,,环境卫生,general,垃圾五天未清,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,
  TS-2026-11-0003,open,2026-11-26T09:30,phone,1-1-101,,噪音扰民,general,电梯异响,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,

A crash between writing a record and updating the index: the index is put back as it was
before the write, so it describes the old record. The record wins.

  $ kefu complaint list >/dev/null && cp d/.kefu/index.sqlite saved
  ! 共 2 条
  $ kefu complaint close TS-2026-11-0002 --resolution 已清运 2>/dev/null
  $ cp saved d/.kefu/index.sqlite
  $ kefu complaint list --all --format csv
  ﻿id,status,received_at,channel,unit,place,category,severity,description,owner,assigned_to,acknowledged_at,resolved_at,resolution,response_due,resolution_due,callback_due,overdue
  TS-2026-11-0002,resolved,2026-11-26T09:30,phone,1-1-102,,环境卫生,general,垃圾五天未清,zhangmin,,2026-11-26T09:30,2026-11-26T09:30,已清运,2026-11-27T09:30,2026-12-01T23:59:59,2026-12-10T23:59:59,
  TS-2026-11-0003,open,2026-11-26T09:30,phone,1-1-101,,噪音扰民,general,电梯异响,zhangmin,,,,,2026-11-27T09:30,2026-12-01T23:59:59,,

A closed case of an earlier month edited in place, its mtime set back so that only the period
rule can see it: the monthly report of its month covers it, so it is read again.

  $ kpi() { KEFU_NOW=2026-12-20T10:00 kefu report monthly --month 2026-11 --format json | python3 -c 'import json,sys; k=json.load(sys.stdin)["kpis"]["complaint_timely"]; print(k["numerator"], "/", k["denominator"])'; }
  $ sed 's/^status: .*/status: closed/' $f > edited && cat edited > $f
  $ kpi
  1 / 2
  $ kefu complaint list --all --format csv | cut -d, -f1,2
  ﻿id,status
  TS-2026-11-0002,closed
  TS-2026-11-0003,open
  $ sed 's/^received_at: .*/received_at: 2026-11-02T09:00/' $f > edited && cat edited > $f && touch -d '2026-11-26 12:00' $f
  $ kpi
  0 / 2
  $ KEFU_INDEX=off kpi
  0 / 2

The report keeps the figures of each settled month (every deadline and event of its cases
past) in the index, and reuses them while the month's files, kefu.yaml and calendar.yaml are
unchanged. Here November is a past month of December's trend; its kept figures are replaced
when one of its cases is edited in place with the mtime set back.

  $ trend() { KEFU_NOW=2027-01-20T10:00 kefu report monthly --month 2026-12 --format json 2>/dev/null | python3 -c 'import json,sys; print([t["complaint_timely"] for t in json.load(sys.stdin)["trend"] if t["month"] == "2026-11"])'; }
  $ trend
  [0.0]
  $ trend
  [0.0]
  $ sed 's/^received_at: .*/received_at: 2026-11-26T09:00/' $f > edited && cat edited > $f && touch -d '2026-11-26 12:00' $f
  $ trend
  [0.5]
  $ KEFU_INDEX=off trend
  [0.5]

The kept figures are stamped with kefu.yaml and calendar.yaml too: with a longer resolution
time limit the open case is no longer late, and November is reckoned afresh.

  $ sed -i 's/general: 3}/general: 50}/' d/kefu.yaml
  $ trend
  [1.0]
  $ sed -i 's/general: 50}/general: 3}/' d/kefu.yaml
  $ trend
  [0.5]

`complaint list` and `repair list` over whole months (--all, --month) as JSON print each
month from the JSON kept for it in .kefu/kept/, as long as the month's files, kefu.yaml and
calendar.yaml are those it was printed from and no deadline of its cases has passed since.

  $ lj() { kefu complaint list --all --format json | python3 -c 'import json,sys; print([(c["id"], c["description"], c["overdue"]) for c in json.load(sys.stdin)])'; }
  $ lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯异响', [])]
  $ ls d/.kefu/kept | grep ^list_
  list_complaints_2026-11_json_masked.txt
  $ lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯异响', [])]

A kept file carries a checksum of what it keeps: one altered by hand (which only a test would
do) is not what was kept, so it is printed afresh, never as it is, and kept again.

  $ k=d/.kefu/kept/list_complaints_2026-11_json_masked.txt
  $ sed 's/垃圾五天未清/垃圾六天未清/' $k > altered && cat altered > $k && lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯异响', [])]
  $ grep -c 垃圾六天未清 $k
  0
  [1]

A kept file whose checksum was found good is noted in .kefu/kept.checked with its inode, size
and ctime, and not read through again while they stay the same. Writing to it moves its ctime,
so one noted as checked and then altered is still printed afresh; a damaged note is passed over.

  $ (cd d && stat -c '%n %i %s %.9Z' .kefu/kept/list_complaints_2026-11_json_masked.txt) > d/.kefu/kept.checked
  $ sed 's/垃圾五天未清/垃圾七天未清/' $k > altered && cat altered > $k && lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯异响', [])]
  $ grep -c 垃圾七天未清 $k
  0
  [1]
  $ printf 'garbage\n\001 1 2\n%s\n' "$(head -c 300 /dev/urandom | base64 -w0)" > d/.kefu/kept.checked && lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯异响', [])]
  $ rm $k
  $ kefu complaint list --all --format json > kept.json && KEFU_INDEX=off kefu complaint list --all --format json | diff kept.json - && echo same without the index
  same without the index

A case edited in place with its mtime set back, and a later time past its deadlines:

  $ sed 's/电梯异响/电梯夜间异响/' d/complaints/2026/11/TS-2026-11-0003.yaml > edited && cat edited > d/complaints/2026/11/TS-2026-11-0003.yaml && touch -d '2026-11-26 12:00' d/complaints/2026/11/TS-2026-11-0003.yaml
  $ lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯夜间异响', [])]
  $ KEFU_NOW=2026-12-05T10:00 lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯夜间异响', ['response', 'resolution'])]
  $ KEFU_NOW=2026-12-05T10:00 KEFU_INDEX=off lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯夜间异响', ['response', 'resolution'])]
  $ lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯夜间异响', [])]

A damaged or cut short kept file is printed afresh; --reveal keeps its own.

  $ echo garbage > $k && lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯夜间异响', [])]
  $ head -c 300 $k > cut && cat cut > $k && lj
  [('TS-2026-11-0002', '垃圾五天未清', []), ('TS-2026-11-0003', '电梯夜间异响', [])]
  $ kefu complaint list --all --format json --reveal | grep -c '"phone": "1[0-9]\{10\}"'
  2
  $ ls d/.kefu/kept | grep ^list_
  list_complaints_2026-11_json_masked.txt
  list_complaints_2026-11_json_shown.txt

A kept month warns about the calendar years it warned about when it was printed, as do the
report's kept figures (the warning is given once a day: its stamp is removed before each run
here):

  $ cp d/calendar.yaml calendar.saved && sed -i '/^2026:/,$d' d/calendar.yaml
  $ kefu complaint list --all --format json >/dev/null
  ! kefu: 警告：calendar.yaml 未收录 2026 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 calendar.yaml（今天不再提示）
  $ rm d/.kefu/calendar.warned && kefu complaint list --all --format json >/dev/null
  ! kefu: 警告：calendar.yaml 未收录 2026 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 calendar.yaml（今天不再提示）
  $ rep() { rm -f d/.kefu/calendar.warned; KEFU_NOW=2027-01-20T10:00 kefu report monthly --month 2026-12 --format json 2>&1 >/dev/null | sed "s/ 年的节假日.*//"; }
  $ rep
  kefu: 警告：calendar.yaml 未收录 2026
  $ rep
  kefu: 警告：calendar.yaml 未收录 2026
  $ cp calendar.saved d/calendar.yaml

The index deleted, or damaged: the next command rebuilds it and answers the same.

  $ kefu complaint list --all --format csv > with
  $ rm d/.kefu/index.sqlite
  $ kefu complaint list --all --format csv | diff with - && echo same
  same
  $ echo garbage > d/.kefu/index.sqlite
  $ kefu complaint list --all --format csv | diff with - && echo same
  same
  $ KEFU_INDEX=off kefu complaint list --all --format csv | diff with - && echo same without the index
  same without the index

kefu reindex rebuilds on demand; kefu check compares every row with its file.

  $ kefu reindex 2>&1 | sed 's/用时 [0-9.]* 秒/用时 … 秒/'
  已重建索引：2 个记录文件，用时 … 秒
  $ kefu check
  ! 索引与记录文件一致
  ! kefu: complaints/2026/11/TS-2026-11-0002.yaml: 有手工改动：内容与 kefu 写入时的封签不符；核对后用 kefu correct 登记更正
  ! kefu: complaints/2026/11/TS-2026-11-0003.yaml: 有手工改动：内容与 kefu 写入时的封签不符；核对后用 kefu correct 登记更正
  ! 检查完毕：2 个记录文件，2 个记录有手工改动或无封签
  [1]
  $ KEFU_INDEX=off kefu reindex
  ! kefu: 无法使用索引：设置了 KEFU_INDEX=off，或数据目录的 .kefu/ 不可写
  [2]

kefu.yaml, calendar.yaml and units/ are kept parsed in .kefu/parsed/, keyed by their content:
an owner's name changed in place, with the file's mtime put back, shows at once, and a
damaged parse is parsed again.

  $ ls d/.kefu/parsed
  calendar.yaml.bin
  kefu.yaml.bin
  units_1.yaml.bin
  $ u=d/units/1.yaml
  $ cp -p $u ref && sed 's/陈建国/陈建华/' ref > edited && cat edited > $u && touch -r ref $u
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间噪音 2>/dev/null
  TS-2026-11-0004
  $ kefu complaint show TS-2026-11-0004 --format json | grep '"name"'
      "name": "陈建华",
  $ echo garbage > d/.kefu/parsed/units_1.yaml.bin
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间噪音 2>/dev/null
  TS-2026-11-0005
  $ kefu complaint show TS-2026-11-0005 --format json | grep '"name"'
      "name": "陈建华",

Repairs are listed the same way:

  $ kefu repair log --unit 1-1-101 --fault 水龙头漏水 2>/dev/null
  BX-2026-11-0001
  $ kefu repair list --all --format json > r.json && KEFU_INDEX=off kefu repair list --all --format json | diff r.json - && echo same without the index
  same without the index
  $ kefu repair list --all --format json | diff r.json - && ls d/.kefu/kept | grep repairs
  list_repairs_2026-11_json_masked.txt

A new ID is one past the highest number in the month's folder. That number is remembered in
.kefu/numbers with the folder's mtime, so a busy month is not listed on every open: a file
added by hand moves the mtime, and one added with the folder's mtime put back is caught because
its number is taken. A damaged .kefu/numbers only means the folder is listed.

  $ dir=d/complaints/2026/11
  $ cut -d' ' -f1,3 d/.kefu/numbers
  complaints/2026/11 5
  repairs/2026/11 1
  $ sed 's/TS-2026-11-0005/TS-2026-11-0009/' $dir/TS-2026-11-0005.yaml > $dir/TS-2026-11-0009.yaml
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间噪音 2>/dev/null
  TS-2026-11-0010
  $ m=$(stat -c %.9Y $dir) && sed 's/TS-2026-11-0010/TS-2026-11-0011/' $dir/TS-2026-11-0010.yaml > $dir/TS-2026-11-0011.yaml && touch -d "@$m" $dir && test "$(stat -c %.9Y $dir)" = "$m" && echo mtime put back
  mtime put back
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间噪音 2>/dev/null
  TS-2026-11-0012
  $ echo garbage > d/.kefu/numbers
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间噪音 2>/dev/null
  TS-2026-11-0013
  $ cut -d' ' -f1,3 d/.kefu/numbers
  complaints/2026/11 13

That the folder is not listed shows when the remembered number is set higher by hand (which
only a test would do): it is used as it is.

  $ m=$(stat -c %.9Y $dir) && echo "complaints/2026/11 ${m/./} 20" > d/.kefu/numbers
  $ kefu complaint open --unit 1-1-101 --category 噪音扰民 --desc 夜间噪音 2>/dev/null
  TS-2026-11-0021
