Patrols (巡视, §3.2.1–3.2.4, procedures 011 and 012) and lost property (拾遗物品, §3.3.6) on
a fixed clock. The estate's rounds are set in kefu.yaml: a daily spot check of two areas, a
weekly check of posters and facilities, a weekly check of the vacant units. A finding becomes
a repair order (linked both ways), a complaint, or is put right on the spot; a round not
walked in its period is a `kefu due` line. A wallet found in the lobby is reported to the
supervisor (it heads their `kefu due` until acknowledged) and returned to its owner; an
umbrella nobody claims is disposed of after the keeping period. Refusals exit 2 and write
nothing.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ snap() { (cd d && find . -type f ! -path './.kefu/*' | sort | xargs md5sum); }
  $ sed -i 's/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40}/{id: 2-1-302, owner: 吴强, phone: "13422223333", area: 76.40, occupancy: vacant}/' d/units/2.yaml
  $ cat >> d/kefu.yaml <<'EOF'
  > patrols:
  >   areas:
  >     - {name: 大堂, checkpoints: [前台岗位, 照明]}
  >     - {name: 电梯, checkpoints: [运行, 轿厢卫生]}
  >   rounds:
  >     - {key: daily, name: 每日巡视, frequency: daily}
  >     - {key: weekly, name: 每周检查, frequency: weekly, items: [乱贴乱画, 公用设施损坏]}
  >     - {key: vacant, name: 空置单元周检, frequency: weekly, vacant_units: true}
  > lost_property:
  >   keep_days: 30
  > EOF

Every command teaches.

  $ kefu patrol --help
  $ kefu patrol log --help
  $ kefu lost --help
  $ kefu lost return --help

Before the first patrol nothing is owed: the register starts with its first round.

  $ kefu --now 2026-11-16T08:00 patrol rounds
  $ kefu --now 2026-11-16T08:00 due

Monday 16 November, 08:40: the cleaner brings a wallet found on the lobby sofa. It is
reported to the supervisor at once and heads his part of `kefu due`.

  $ kefu --by zhangmin --now 2026-11-16T08:40 lost found --item '黑色钱包（内有现金若干）' --place 大堂沙发 --kept-at 前台保险柜 --found-by 保洁员刘芳 --at 2026-11-16T08:30
  $ kefu --by zhangmin --now 2026-11-16T08:50 lost found --item 黑色长柄雨伞 --place 电梯厅 --kept-at 前台储物柜
  $ kefu --now 2026-11-16T08:55 due

Only a 客户主管 or the manager acknowledges, and nothing goes back to a claimant before.

  $ snap > before
  $ kefu --by lili --now 2026-11-16T09:00 lost ack SW-2026-11-0001
  $ kefu --by zhangmin --now 2026-11-16T09:00 lost return SW-2026-11-0001 --claimant 陈建国 --id-doc 身份证 --id-number 5678 --proof 说出卡内户名 --signature 陈建国
  $ snap | diff before - && echo unchanged
  $ kefu --by wangqiang --now 2026-11-16T09:05 lost ack SW-2026-11-0001
  $ kefu --by wangqiang --now 2026-11-16T09:05 lost ack SW-2026-11-0002

The daily round, 09:00–09:40: the lobby lights are out (a checkpoint, so it is abnormal),
shared bikes block the gate, the toilet floor is wet.

  $ kefu --by zhangmin --now 2026-11-16T09:40 patrol log --round daily --at 2026-11-16T09:00 --with wangqiang --finding '大堂/照明:两盏筒灯不亮' --finding '5栋门口:共享单车乱停' --finding '会所卫生间:地面积水无人清理'
  $ kefu --now 2026-11-16T09:40 patrol show XS-2026-11-0001

Each finding is dealt with once: the lights become a repair order, the toilet a complaint
about the cleaning, the bikes are moved on the spot.

  $ kefu --by zhangmin --now 2026-11-16T09:45 patrol repair XS-2026-11-0001#1
  $ kefu --by zhangmin --now 2026-11-16T09:46 patrol complaint XS-2026-11-0001#3 --category 环境卫生
  $ kefu --by zhangmin --now 2026-11-16T09:50 patrol fixed XS-2026-11-0001#2 --note 已通知秩序维护员摆放整齐
  $ kefu --now 2026-11-16T09:50 repair show BX-2026-11-0001
  $ kefu --now 2026-11-16T09:50 repair show BX-2026-11-0001 --format json | grep patrol
  $ kefu --now 2026-11-16T09:50 complaint show TS-2026-11-0001 | grep 来源巡视
  $ kefu --now 2026-11-16T09:50 patrol show XS-2026-11-0001

Refused, nothing written: a finding dealt with already, one that does not exist, a round
kefu.yaml does not set, an area the round does not walk, a finding without a place, a fix
without a note, a start after now.

  $ snap > before
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol repair XS-2026-11-0001#1
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol fixed XS-2026-11-0001#9 --note x
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round nightly
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round daily --area 会所
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round daily --finding 地面积水
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol fixed XS-2026-11-0001#1
  $ kefu --by zhangmin --now 2026-11-16T10:00 patrol log --round daily --at 2026-11-16T11:00
  $ snap | diff before - && echo unchanged

The weekly check (§3.2.2) and the vacant units (procedure 012), which are the units vacant
now: 2-1-302.

  $ kefu --by lili --now 2026-11-16T15:00 patrol log --round weekly --at 2026-11-16T14:00 --finding '公用设施损坏:儿童游乐区秋千链条松脱' --finding '乱贴乱画:1栋单元门口开锁小广告'
  $ kefu --by lili --now 2026-11-16T15:10 patrol fixed XS-2026-11-0002#2 --note 已通知保洁清除
  $ kefu --by lili --now 2026-11-16T15:20 patrol repair XS-2026-11-0002#1 --urgency 紧急
  $ kefu --by lili --now 2026-11-16T16:00 patrol log --round vacant --at 2026-11-16T15:30 --finding '2-1-302:窗户未关，雨水进入'
  $ kefu --by lili --now 2026-11-16T16:05 patrol fixed XS-2026-11-0003#1 --note 已关窗并擦干窗台
  $ kefu --now 2026-11-16T16:05 patrol rounds
  $ kefu --now 2026-11-16T16:05 patrol list --month 2026-11

Tuesday's round is walked, Wednesday's is not: on Thursday morning `kefu due` shows Wednesday
missed and Thursday's still to walk.

  $ kefu --by zhangmin --now 2026-11-17T09:30 patrol log --round daily --at 2026-11-17T09:00
  $ kefu --now 2026-11-19T08:00 due --owner wangqiang

The week of 23 November passes with daily rounds but no weekly check: on Monday 30 it is
late.

  $ for d in 18 19 20 21 22 23 24 25 26 27 28 29 30; do kefu --by zhangmin --now 2026-11-${d}T09:30 patrol log --round daily --at 2026-11-${d}T09:00 >/dev/null 2>&1; done
  $ kefu --by lili --now 2026-11-25T16:00 patrol log --round vacant --at 2026-11-25T15:30
  $ kefu --now 2026-11-30T10:00 due --owner wangqiang
  $ kefu --now 2026-11-30T10:00 patrol rounds

The wallet goes back to its owner, who proves it is his; only the ID's type and last four are
kept, whatever number is typed.

  $ kefu --by zhangmin --now 2026-11-16T17:00 lost return SW-2026-11-0001 --claimant 陈建国 --phone 13812345678 --id-doc 身份证 --id-number 11010519491231002X --proof 说出钱包内银行卡户名与现金数额 --signature 陈建国
  $ kefu --now 2026-11-16T17:00 lost show SW-2026-11-0001
  $ grep -c 11010519491231002X d/lost/2026/11/SW-2026-11-0001.yaml
  [1]

The umbrella: refused before the keeping period ends without a reason, refused when decided
by an assistant; on 17 December the period is over (it is in `kefu due`) and the supervisor
decides.

  $ snap > before
  $ kefu --by zhangmin --now 2026-12-10T10:00 lost dispose SW-2026-11-0002 --how 处理 --decided-by wangqiang
  $ kefu --by zhangmin --now 2026-12-17T10:00 lost dispose SW-2026-11-0002 --how 处理 --decided-by lili
  $ snap | diff before - && echo unchanged
  $ kefu --now 2026-12-17T09:00 due --owner wangqiang | grep SW
  $ kefu --by zhangmin --now 2026-12-17T10:00 lost dispose SW-2026-11-0002 --how 处理 --decided-by wangqiang --receiver 交保洁部回收
  $ kefu --now 2026-12-17T10:00 lost list
  $ kefu --now 2026-12-17T10:00 lost list --all
  $ kefu --now 2026-12-17T10:00 lost list --all --format csv

Forms: the 公共区域现场巡视表 of a week, the 空置物业统计及周检记录 of the month, the
拾遗物品登记表 of the month.

  $ kefu --now 2026-12-17T10:00 render patrol_sheet 2026-11-16..2026-11-17
  $ kefu --now 2026-12-17T10:00 render vacant_check 2026-11
  $ kefu --now 2026-12-17T10:00 render lost 2026-11
  $ kefu --now 2026-12-17T10:00 check >/dev/null && echo ok
