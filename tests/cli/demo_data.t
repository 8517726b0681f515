The demo estate in data/ is exactly what the generator writes, and every command works on it.

  $ kefu-gen --out demo 2>&1
  kefu-gen: 240 units, 124 complaints, 226 repairs, 12 special services, 343 contacts, 58 opinions, 2 survey rounds, 15 keys, 139 key loans, 7 renovations, 1440 bills, 1345 payments, 9 moves, 13 owner visits, 27 patrols, 7 lost items, 23 shifts, 26 visitors, 7 items lent into demo
  $ diff -r -x .kefu "$SOURCE/data" demo && echo identical
  identical

  $ export KEFU_DATA=$PWD/demo KEFU_NOW=2026-11-26T09:30
  $ kefu check
  ! 检查完毕：1101 个记录文件，均无问题
  $ kefu due --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter((i["kind"], i["reason"]) for i in d).items()))'
  32 [(('callback', 'callback_due'), 1), (('callback', 'callback_overdue'), 1), (('complaint', 'resolution_overdue'), 4), (('complaint', 'response_overdue'), 2), (('fee', 'dun_level_due'), 4), (('key', 'key_overdue'), 1), (('loan', 'loan_overdue'), 1), (('lost', 'lost_expired'), 1), (('lost', 'lost_unacknowledged'), 1), (('move', 'consent_overdue'), 1), (('opinion', 'measures_overdue'), 3), (('opinion', 'send_overdue'), 1), (('patrol', 'patrol_missed'), 1), (('renovation', 'not_returned'), 1), (('renovation', 'permit_expired'), 1), (('renovation', 'refund_overdue'), 1), (('renovation', 'review_overdue'), 1), (('repair', 'fix_overdue'), 5), (('special', 'notice_overdue'), 1)]
  [1]
  $ kefu complaint list --month 2026-10 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sorted({c["status"] for c in d}))'
  23 ['closed']

The cases read as a real desk's: each category goes to the department it belongs to, only
safety matters are major, the desk's work and the callbacks happen in office hours (08:30–18:00),
family members call for a unit as well as its owner, and there are more inquiries than complaints.

  $ kefu complaint list --all --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(sorted(collections.Counter((c["category"], c["assigned_to"]) for c in d if c["assigned_to"]).items()))'
  [(('停车管理', '安管部'), 3), (('停车管理', '工程部'), 3), (('其他', '客户服务中心'), 2), (('其他', '绿化部'), 16), (('噪音扰民', '安管部'), 6), (('噪音扰民', '客户服务中心'), 8), (('噪音扰民', '工程部'), 4), (('安全秩序', '安管部'), 10), (('收费问题', '客户服务中心'), 2), (('收费问题', '财务部'), 5), (('服务态度', '保洁部'), 2), (('服务态度', '安管部'), 2), (('服务态度', '客户服务中心'), 9), (('环境卫生', '保洁部'), 13), (('环境卫生', '绿化部'), 1), (('维修质量', '工程部'), 9), (('装修管理', '客户服务中心'), 8), (('设施设备', '工程部'), 19)]
  $ kefu complaint list --all --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sorted({c["description"] for c in d if c["severity"] == "major"}))'
  ['小区内乱停车堵住消防通道', '楼上高空抛物，阳台下有烟头杂物', '楼道应急照明灯不亮', '消防栓箱门损坏关不上', '电动车在楼道充电，存在火灾隐患', '电梯困人，等待救援时间过长', '电梯经常停在半层，存在安全隐患']
  $ kefu complaint list --all --format json | python3 -c 'import json,re,sys,glob; owner=dict(m for f in glob.glob("demo/units/*.yaml") for m in re.findall(r"- id: ([-0-9]+)\n +owner: (\w+)", open(f).read())); d=json.load(sys.stdin); u=[c for c in d if c["unit"]]; print(len(d), "complaints", len({c["description"] for c in d}), "texts", len({c["resolution"] for c in d if c["resolution"]}), "resolutions;", len(u), "about a unit,", sum(1 for c in u if c["complainant"]["name"] != owner[c["unit"]]), "not by its owner")'
  124 complaints 38 texts 43 resolutions; 53 about a unit, 10 not by its owner
  $ (kefu complaint list --all --format json; echo; kefu repair list --all --format json) | python3 -c 'import json,sys; docs=[json.loads(t) for t in sys.stdin.read().split("\n\n")]; cb=[c["at"] for doc in docs for x in doc for c in x["callbacks"]]; print(len(cb), "callbacks, outside office hours:", sum(1 for t in cb if not "08:30" <= t[11:16] < "18:00"))'
  344 callbacks, outside office hours: 0
  $ for m in 06 07 08 09 10 11; do kefu contact list --month 2026-$m --format json; done | python3 -c 'import json,sys,collections; t=sys.stdin.read().replace("]\n[", ","); d=json.loads(t); print(sorted(collections.Counter(c["type"] for c in d).items()))'
  [('complaint', 124), ('inquiry', 215), ('praise', 37), ('repair', 225), ('report', 44), ('special', 12), ('suggestion', 47)]
  $ python3 -c 'import glob,re; print(sum(len(re.findall(r"(?<![0-9a-f])[0-9]{17}[0-9X](?![0-9a-f])", l)) for f in glob.glob("demo/**/*.yaml", recursive=True) for l in open(f) if not l.lstrip().startswith("seal:")))'
  0

Repairs: home and public, urgent and normal, by both technicians, some paid, some reworked.

  $ kefu repair list --month 2026-10 --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); c=collections.Counter; print(len(d), dict(c(r["status"] for r in d)), dict(c(r["urgency"] for r in d)), dict(c(r["technician"] for r in d)), "public", sum(1 for r in d if not r["unit"]), "paid", sum(1 for r in d if r.get("charge") not in (None, "", "0.00")), "reworked", sum(1 for r in d if r.get("reworks")))'
  37 {'closed': 37} {'urgent': 8, 'normal': 29} {'liugong': 18, 'sunsf': 19} public 15 paid 8 reworked 0
  $ kefu repair list --overdue
  编号             受理时间     户号/地点  故障                 紧急  状态    首问负责人  维修人  完工时限     返修  逾期
  ---------------  -----------  ---------  -------------------  ----  ------  ----------  ------  -----------  ----  ------
  BX-2026-11-0024  11-20 16:13  4-1-1201   卫生间下水道堵塞，…  一般  维修中  陈静        刘工    11-23 23:59        超时限
  BX-2026-11-0025  11-21 11:54  中心花园   喷灌水管破裂         急修  维修中  张敏        刘工    11-22 11:54        超时限
  BX-2026-11-0026  11-21 13:43  南门       道闸不起杆           急修  维修中  李丽        孙师傅  11-22 13:43        超时限
  BX-2026-11-0029  11-24 10:57  4-2-1502   户内水管爆裂跑水     急修  维修中  张敏        孙师傅  11-25 10:57        超时限
  BX-2026-11-0030  11-24 17:05  北门       道闸不起杆           一般  维修中  陈静        孙师傅  11-25 23:59        超时限
  ! 共 5 条

Calls and visits of every type.

  $ kefu contact list --month 2026-10 --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter(c["type"] for c in d).items()))'
  121 [('complaint', 23), ('inquiry', 33), ('praise', 8), ('repair', 36), ('report', 9), ('special', 2), ('suggestion', 10)]

Two rounds of the satisfaction survey (§2.2.6), the fourth quarter's against the second's.

  $ kefu survey list
  编号             名称                          调查期                    状态    调查户数  收回  回收率  满意率
  ---------------  ----------------------------  ------------------------  ------  --------  ----  ------  ------
  DC-2026-06-0001  2026年第二季度顾客满意度调查  2026-06-08 至 2026-06-30  已结束  240       124   51.67%  94.18%
  DC-2026-11-0001  2026年第四季度顾客满意度调查  2026-11-02 至 2026-11-22  已结束  240       156   65.00%  95.95%
  ! 共 2 条
  $ kefu survey result --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); o=d["overall"]; print(d["id"], d["responses"], d["population"], o["satisfied"], o["basically_satisfied"], o["unsatisfied"], round(o["rate"], 4), round(o["previous_rate"], 4), [b["name"] for b in d["buildings"]])'
  DC-2026-11-0001 156 240 663 214 37 0.9595 0.9418 ['1', '2', '3', '4']
  $ kefu survey opinions DC-2026-11-0001 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sum(1 for x in d if not x["opinion_id"]))'
  21 1

Opinions (R6) made from the suggestions and from the survey's answers, at every stage of their
chain: the newest not yet sent, some whose department has not answered, some being rectified,
some waiting for the callback, one whose callback is late.

  $ kefu opinion list --all --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter(o["status"] for o in d).items()), sorted(collections.Counter(o["source"] for o in d).items()))'
  58 [('closed', 36), ('collected', 5), ('measures', 6), ('rectified', 5), ('sent', 6)] [('suggestion', 38), ('survey', 20)]
  $ kefu opinion list
  编号             收集时间     户号      收集人  责任部门      状态        下一期限     逾期        内容
  ---------------  -----------  --------  ------  ------------  ----------  -----------  ----------  -----------------------
  YJ-2026-10-0004  10-12 14:00  2-1-1302  李丽    客户服务中心  待反馈措施  10-16 23:59  未反馈措施  建议在中心花园增设儿童…
  YJ-2026-10-0005  10-14 09:49  1-1-1001  李丽    工程部        待反馈措施  10-18 23:59  未反馈措施  建议地下车库增加充电桩
  YJ-2026-10-0006  10-19 08:15  1-1-602   陈静    客户服务中心  待反馈措施  10-23 23:59  未反馈措施  建议在中心花园增设儿童…
  YJ-2026-10-0007  10-20 13:21  1-1-1001  李丽    客户服务中心  整改中                               建议延长会所开放时间
  YJ-2026-10-0008  10-22 09:44  1-2-302   陈静    客户服务中心  整改中                               建议延长会所开放时间
  YJ-2026-11-0004  11-23 17:36  2-1-302   李丽    工程部        待送达      11-25 23:59  未送达      建议地下车库增加充电桩
  YJ-2026-11-0005  11-24 17:29  2-1-302   张敏    客户服务中心  待送达      11-26 23:59              建议延长会所开放时间
  YJ-2026-11-0011  11-16 09:14  4-2-302   李丽    安管部        待回访      12-05 23:59              夜间外来车辆随意停放
  YJ-2026-11-0012  11-16 09:10  1-2-1001  陈静    客户服务中心  整改中                               水费账单看不明白，希望…
  YJ-2026-11-0013  11-16 09:01  4-1-1102  李丽    工程部        待回访      12-05 23:59              电梯高峰期等候时间太长
  YJ-2026-11-0014  11-16 09:28  3-2-1501  李丽    工程部        整改中                               单元门禁经常失灵
  YJ-2026-11-0015  11-16 09:27  2-2-702   张敏    工程部        待回访      12-05 23:59              地下车库照明不足，晚上…
  YJ-2026-11-0016  11-16 09:00  1-1-201   李丽    工程部        整改中                               地下车库照明不足，晚上…
  YJ-2026-11-0017  11-16 09:04  4-1-102   李丽    工程部        待回访      12-05 23:59              地下车库照明不足，晚上…
  YJ-2026-11-0018  11-16 09:14  1-1-701   陈静    工程部        整改中                               电梯高峰期等候时间太长
  YJ-2026-11-0019  11-16 09:28  1-2-502   陈静    绿化部        待回访      12-05 23:59              草坪修剪后草屑没有及时…
  YJ-2026-11-0020  11-24 10:30  3-2-1001  张敏    绿化部        待送达      11-26 23:59              草坪修剪后草屑没有及时…
  YJ-2026-11-0021  11-24 10:30  4-1-1201  张敏    保洁部        待反馈措施  11-27 23:59              垃圾桶周边有异味，清运…
  YJ-2026-11-0022  11-24 10:30  1-2-602   李丽    客户服务中心  待送达      11-26 23:59              前台电话高峰时打不通
  YJ-2026-11-0023  11-24 10:30  2-2-1402  李丽    工程部        待反馈措施  11-27 23:59              电梯高峰期等候时间太长
  YJ-2026-11-0024  11-24 10:30  4-2-802   张敏    绿化部        待送达      11-26 23:59              草坪修剪后草屑没有及时…
  YJ-2026-11-0025  11-24 10:30  3-1-1201  张敏    保洁部        待反馈措施  11-27 23:59              垃圾桶周边有异味，清运…
  ! 共 22 条

Special services (R7) in every state: ordered; done with the 缴费通知单 not yet delivered, one
of them past sla.special.notice (in `kefu due`); delivered and waiting for the phone callback,
one due today and one late; called back unsatisfied and still open; closed after a satisfied
callback; priced from the list and agreed; one converted from a paid repair. Their charges
are on the units' bills.

  $ kefu special list --all --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); c=collections.Counter; print(len(d), sorted(c(s["status"] for s in d).items()), sorted(c(s["price_source"] for s in d).items()), "delivered", sum(1 for s in d if s["delivered_at"]), "converted", [s["from_repair"] for s in d if s.get("from_repair")], "overdue", sorted(c(o for s in d for o in s["overdue"]).items()))'
  12 [('closed', 4), ('done', 6), ('ordered', 2)] [('agreed', 5), ('list', 7)] delivered 8 converted ['BX-2026-10-0035'] overdue [('callback', 1), ('notice', 1)]
  $ kefu special list
  编号             受理时间     户号      服务内容              金额    状态    首问负责人  服务人员  通知单  回访期限    逾期
  ---------------  -----------  --------  --------------------  ------  ------  ----------  --------  ------  ----------  ------------
  TY-2026-11-0001  11-10 14:31  2-1-1402  灯具洁具安装：卫生…   80.00   待回访  张敏        刘工      已送达  2026-11-18  回访逾期
  TY-2026-11-0002  11-18 11:25  4-2-602   管道疏通：厨房下水管  80.00   待回访  陈静        刘工      已送达  2026-11-26
  TY-2026-11-0003  11-19 10:30  2-2-602   阳台防盗网拆除        200.00  待回访  李丽        孙师傅    未送达  2026-11-27  通知单未送达
  TY-2026-11-0004  11-19 16:33  4-2-301   空调清洗：书房挂机    120.00  待回访  陈静        孙师傅    已送达  2026-11-27
  TY-2026-11-0005  11-22 09:33  2-1-201   更换门锁锁芯          150.00  待回访  李丽        刘工      已送达  2026-11-30
  TY-2026-11-0006  11-24 13:19  3-2-901   管道疏通：卫生间地漏  80.00   待回访  李丽        孙师傅    未送达  2026-12-02
  TY-2026-11-0007  11-25 10:47  4-2-1201  空调清洗              120.00  待服务  陈静
  TY-2026-11-0008  11-25 16:00  2-1-601   客厅吊灯更换          150.00  待服务  李丽
  ! 共 8 条
  $ kefu due --format json | python3 -c 'import json,sys; [print(i["owner"], i["id"], i["reason"], i["due"]) for i in json.load(sys.stdin) if i["id"].startswith("TY-")]'
  zhangmin TY-2026-11-0001 callback_overdue 2026-11-18T23:59:59
  lili TY-2026-11-0003 notice_overdue 2026-11-24T23:59:59
  chenjing TY-2026-11-0002 callback_due 2026-11-26T23:59:59
  [1]
  $ kefu callback due --overdue | grep TY-
  2026-11-18  逾期8天  TY-2026-11-0001  特约服务  2-1-1402   黄娜  186****7940  张敏        11-11 13:08  特约服务：灯具洁具安装：卫生间浴…
  [1]
  $ grep -l special_service demo/fees/bills/*/*/*.yaml | wc -l
  6

The key register: one key out and overdue.

  $ kefu key list --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), sorted(collections.Counter(k["kind"] for k in d).items()), sorted(collections.Counter(k["state"] for k in d).items()))'
  15 [('equipment_room', 4), ('public_area', 6), ('spare', 3), ('storeroom', 2)] [('in', 14), ('out', 1)]

Fees: units in arrears, and the dun notices that would go out.

  $ kefu fee arrears --format json | python3 -c 'import json,sys,collections; d=json.load(sys.stdin); print(len(d), "units owe", sum(float(a["owed"]) for a in d), sorted(collections.Counter(a["age_months"] for a in d).items()))'
  17 units owe 22427.68 [(1, 2), (2, 3), (3, 4), (4, 4), (5, 4)]
  $ kefu fee dun --dry-run 2>&1 | tail -1
  演练：将发出 4 份催费通知书并记入催费记录；未写入任何文件
