The lobby desk on 2026-12-01 (§3.3, §3.7, procedure 020): three shifts of the default
kefu.yaml (早班 08:00–16:00 张敏, 中班 16:00–24:00 李丽, 夜班 00:00–08:00 王强) with keys,
visitors, items lent and a complaint across them. Each handover sheet lists what the shift
did and what is still open at its end; worked out by hand:

- 早班 ends 16:00 with: key SB-01 (lent 10:00 for an engineering repair until the next day),
  the ladder JW-…0001 (lent 14:00, due 18:00), visitor 吴女士 (in 15:30, out 16:40), the
  complaint TS-…0001 (received 11:00, acknowledged only at 17:00). KF-01 (09:00–11:00) and
  visitor 陈先生 (09:30–10:15) were settled within the shift.
- 中班 ends 24:00 with: SB-01, the trolley JW-…0002 (lent 17:00, due next day 12:00), visitor
  郑先生 (in 23:00, out 00:30). The ladder came back at 20:00, after its 18:00 due time.
- 夜班 ends 08:00 on 12-02 with: SB-01 and the trolley. 郑先生 left at 00:30.

A handover that carries items without a reason is refused, exit 2, nothing written.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ snap() { (cd d && find . -type f ! -path './.kefu/*' | sort | xargs md5sum); }
  $ kefu --by wangqiang --now 2026-12-01T07:00 key add SB-01 --name 水泵房 --kind 设备房 --location 工程部钥匙箱
  SB-01
  ! 已登记钥匙 SB-01：水泵房（设备房），1 把，存放于 工程部钥匙箱
  $ kefu --by wangqiang --now 2026-12-01T07:00 key add KF-01 --name 保洁部库房 --kind 部门库房 --location 钥匙柜B-01 2>/dev/null
  KF-01

早班. The duty log, the registers, and the sheet as it stands before the handover.

  $ kefu --by zhangmin --now 2026-12-01T08:20 duty log --kind 电话 --text "3-2-801 来电询问周四停水时间，已答复 9:00–12:00"
  ZB-2026-12-0001
  $ kefu --by zhangmin --now 2026-12-01T09:00 key lend KF-01 --to lili --purpose 保洁领用工具 2>/dev/null
  $ kefu --by zhangmin --now 2026-12-01T09:30 visitor in --name 陈先生 --phone 13912345678 --unit 1-1-101 --purpose 探亲
  $ kefu --by zhangmin --now 2026-12-01T10:00 key lend SB-01 --to liugong --purpose 工程维修：更换水泵 --until 2026-12-02T10:00 2>/dev/null
  $ kefu --by zhangmin --now 2026-12-01T10:15 visitor out FK-2026-12-0001
  $ kefu --by zhangmin --now 2026-12-01T11:00 key return KF-01 2>/dev/null
  $ kefu --by zhangmin --now 2026-12-01T11:00 complaint open --unit 1-2-201 --category 噪音扰民 --desc 楼上夜间装修噪音 2>/dev/null
  $ kefu --by zhangmin --now 2026-12-01T14:00 lend out --item 梯子 --to 陈建国 --unit 1-1-101 --phone 13812345678 --purpose 更换灯泡
  $ kefu --by zhangmin --now 2026-12-01T15:30 visitor in --name 吴女士 --host 管理处 --purpose 洽谈外墙清洗报价 --id-doc 身份证 --id-number 440301199001011234
  $ kefu --by zhangmin --now 2026-12-01T15:50 handover
  $ snap > before
  $ kefu --by zhangmin --now 2026-12-01T15:55 handover give --to lili --reason "JY-2026-12-0002=工程部更换水泵，约定明早 10:00 前归还"
  $ snap > after
  $ diff before after && echo nothing written
  $ kefu --by zhangmin --now 2026-12-01T15:55 handover give --to lili --reason "JY-2026-12-0002=工程部更换水泵，约定明早 10:00 前归还" --reason "TS-2026-12-0009=不存在"
  $ kefu --by zhangmin --now 2026-12-01T15:55 handover give --to zhangmin --reason-all 原因
  $ snap > after
  $ diff before after && echo nothing written
  $ kefu --by zhangmin --now 2026-12-01T15:55 handover give --to lili --reason "JY-2026-12-0002=工程部更换水泵，约定明早 10:00 前归还" --reason "JW-2026-12-0001=借用人 18:00 前归还" --reason "FK-2026-12-0002=访客仍在管理处洽谈" --reason "TS-2026-12-0001=已电话联系 1-2-201，待派工程部核查"

Until 李丽 accepts, `due` shows the shift as not taken over; afterwards nothing is due.

  $ kefu --now 2026-12-01T15:58 due
  $ kefu --by zhangmin --now 2026-12-01T16:01 handover accept
  $ kefu --by lili --now 2026-12-01T16:02 handover accept
  $ kefu --now 2026-12-01T16:03 due
  $ kefu --by lili --now 2026-12-01T16:04 handover accept ZB-2026-12-0001

中班.

  $ kefu --by lili --now 2026-12-01T16:40 visitor out FK-2026-12-0002
  $ kefu --by lili --now 2026-12-01T17:00 complaint assign TS-2026-12-0001 --to 工程部 2>/dev/null
  $ kefu --by lili --now 2026-12-01T17:00 lend out --item 手推车 --to 黄伟 --unit 1-2-201 --until 2026-12-02T12:00 --purpose 搬运家具
  $ kefu --by lili --now 2026-12-01T18:30 duty log --kind 指示 --text "赵经理：今晚 22:00 消防联动测试，通知各岗"
  $ kefu --now 2026-12-01T18:31 due
  $ kefu --by lili --now 2026-12-01T20:00 lend return JW-2026-12-0001
  $ kefu --by lili --now 2026-12-01T23:00 visitor in --name 郑先生 --unit 2-1-301 --purpose 送急用药品
  $ kefu --by lili --now 2026-12-01T23:55 handover give --to wangqiang --reason-all 已告知接班人跟进
  $ kefu --by wangqiang --now 2026-12-02T00:01 handover accept

夜班: the night log is typed after midnight; 王强 hands over at 08:05, after the shift's end
(--shift names it); 张敏 has not accepted by 08:30, so `due` says so.

  $ kefu --by wangqiang --now 2026-12-02T00:30 visitor out FK-2026-12-0003
  $ kefu --by wangqiang --now 2026-12-02T02:10 duty log --kind 事件 --text "地下车库B区积水，已通知保洁"
  $ kefu --by wangqiang --now 2026-12-02T08:05 handover give --shift 夜班 --to zhangmin --reason "JY-2026-12-0002=工程维修未完，10:00 前归还" --reason "JW-2026-12-0002=约定今日 12:00 前归还"
  $ kefu --now 2026-12-02T08:30 due
  $ kefu --by zhangmin --now 2026-12-02T08:31 handover accept
  $ kefu --now 2026-12-02T08:32 due
  $ kefu --now 2026-12-02T08:32 duty list --month 2026-12
  $ kefu --now 2026-12-02T08:32 duty show --date 2026-12-01 --shift 中班

The three sheets as forms, and one as JSON.

  $ kefu --now 2026-12-02T08:40 render handover ZB-2026-12-0001
  $ kefu --now 2026-12-02T08:40 render handover 2026-12-01/中班
  $ kefu --now 2026-12-02T08:40 render handover ZB-2026-12-0003
  $ kefu --now 2026-12-02T08:40 --format json handover show --date 2026-12-02 --shift 夜班

The visitor book and the book of items lent.

  $ kefu --now 2026-12-02T08:40 visitor list --month 2026-12
  $ kefu --now 2026-12-02T08:40 --format csv visitor list --date 2026-12-01
  $ kefu --now 2026-12-02T08:40 visitor show FK-2026-12-0002
  $ kefu --now 2026-12-02T08:40 lend list
  $ kefu --now 2026-12-02T12:01 lend list --overdue
  $ kefu --now 2026-12-02T12:01 due
  $ kefu --now 2026-12-02T12:01 render visitors 2026-12-01
  $ kefu --now 2026-12-02T12:01 render loans 2026-12
  $ kefu --now 2026-12-02T12:01 --format json lend show JW-2026-12-0002
  $ kefu check

Refusals: a visitor without a purpose, a return twice, a log entry outside its shift.

  $ snap > before
  $ kefu --by zhangmin --now 2026-12-02T09:00 visitor in --name 某人 --unit 1-1-101 --purpose " "
  $ kefu --by zhangmin --now 2026-12-02T09:00 visitor in --name 某人 --unit 9-9-999 --purpose 探亲
  $ kefu --by zhangmin --now 2026-12-02T09:00 lend return JW-2026-12-0001
  $ kefu --by zhangmin --now 2026-12-02T09:00 duty log --date 2026-12-01 --shift 早班 --text 补记
  $ kefu --by zhangmin --now 2026-12-02T09:00 duty log --kind 闲聊 --text 补记
  $ snap > after
  $ diff before after && echo nothing written

Every command teaches.

  $ kefu duty --help
  $ kefu handover give --help
  $ kefu visitor in --help
  $ kefu lend out --help
