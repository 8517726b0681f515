The demo estate in data/ is exactly what the generator writes, and every command works on it.

  $ kefu-gen --out demo 2>&1
  kefu-gen: 240 units, 173 complaints, 212 repairs, 124 contacts, 19 opinions, 15 keys, 146 key loans, 1440 bills, 1337 payments into demo
  $ diff -r -x .kefu "$SOURCE/data" demo && echo identical
  identical

  $ export KEFU_DATA=$PWD/demo KEFU_NOW=2026-11-26T09:30
  $ kefu check
  ! 检查完毕：737 个记录文件，均无问题
  $ kefu due --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter((i["kind"], i["reason"]) for i in d).items()))'
  34 [(('callback', 'callback_overdue'), 1), (('complaint', 'major_complaint'), 3), (('complaint', 'major_late'), 3), (('complaint', 'resolution_overdue'), 5), (('complaint', 'response_overdue'), 1), (('fee', 'dun_level_due'), 17), (('key', 'key_overdue'), 1), (('opinion', 'measures_overdue'), 1), (('repair', 'fix_overdue'), 2)]
  [1]
  $ kefu complaint list --month 2026-10 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sorted({c["status"] for c in d}))'
  30 ['closed']

Repairs: home and public, urgent and normal, by both technicians, some paid, some reworked.

  $ kefu repair list --month 2026-10 --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); c=collections.Counter; print(len(d), dict(c(r["status"] for r in d)), dict(c(r["urgency"] for r in d)), dict(c(r["technician"] for r in d)), "public", sum(1 for r in d if not r["unit"]), "paid", sum(1 for r in d if r.get("charge") not in (None, "", "0.00")), "reworked", sum(1 for r in d if r.get("reworks")))'
  39 {'closed': 39} {'normal': 33, 'urgent': 6} {'sunsf': 14, 'liugong': 25} public 22 paid 6 reworked 2
  $ kefu repair list --overdue
  编号             受理时间     户号/地点  故障                 紧急  状态    首问负责人  维修人  完工时限     返修  逾期
  ---------------  -----------  ---------  -------------------  ----  ------  ----------  ------  -----------  ----  ------
  BX-2026-11-0025  11-21 13:21  2-1-1101   卫生间下水道堵塞，…  急修  维修中  陈静        刘工    11-22 13:21        超时限
  BX-2026-11-0027  11-23 13:32  北门       道闸不起杆           急修  维修中  李丽        孙师傅  11-24 13:32        超时限
  ! 共 2 条

Calls and visits of every type.

  $ kefu contact list --month 2026-10 --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter(c["type"] for c in d).items()))'
  93 [('complaint', 30), ('inquiry', 11), ('praise', 2), ('repair', 39), ('report', 7), ('suggestion', 4)]

Opinions (R6) made from the suggestions, at every stage of their chain: the newest not yet
sent, one whose department has not answered, one being rectified, one whose callback is late.

  $ kefu opinion list --all --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter(o["status"] for o in d).items()), sorted(collections.Counter(o["source"] for o in d).items()))'
  19 [('closed', 15), ('collected', 1), ('measures', 1), ('rectified', 1), ('sent', 1)] [('suggestion', 19)]
  $ kefu opinion list
  编号             收集时间     户号      收集人  责任部门      状态        下一期限     逾期        内容
  ---------------  -----------  --------  ------  ------------  ----------  -----------  ----------  ----------------------
  YJ-2026-10-0002  10-15 15:40  2-1-1501  陈静    客户服务中心  待反馈措施  10-19 23:59  未反馈措施  建议延长会所开放时间
  YJ-2026-10-0003  10-22 18:23  3-2-1002  陈静    工程部        整改中                               建议地下车库增加充电桩
  YJ-2026-10-0004  10-27 19:52  2-1-1101  张敏    客户服务中心  待回访      11-16 23:59  回访逾期    建议延长会所开放时间
  YJ-2026-11-0001  11-24 13:36  2-1-1301  陈静    工程部        待送达      11-26 23:59              建议地下车库增加充电桩
  ! 共 4 条

The key register: one key out and overdue.

  $ kefu key list --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter(k["kind"] for k in d).items()), sorted(collections.Counter(k["state"] for k in d).items()))'
  15 [('equipment_room', 4), ('public_area', 6), ('spare', 3), ('storeroom', 2)] [('in', 14), ('out', 1)]

Fees: units in arrears, and the dun notices that would go out.

  $ kefu fee arrears --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), "units owe", sum(float(a["owed"]) for a in d), sorted(collections.Counter(a["age_months"] for a in d).items()))'
  17 units owe 22427.68 [(1, 2), (2, 3), (3, 4), (4, 4), (5, 4)]
  $ kefu fee dun --dry-run 2>&1 | tail -1
  演练：将发出 17 份催费通知书并记入催费记录；未写入任何文件
