A day of key loans at the front desk (钥匙管理, manual §3.4): the register, the approvals of
a public-area key, the same-day rule around the 18:00 cut-off, an engineering loan over two
nights, owners' spare keys in an emergency, the overdue list at 18:30, the monthly report and
the 借用钥匙登记表.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d
  $ snap() { (cd d && find . -type f ! -path './.kefu/*' | sort | xargs md5sum); }

The register: one file per key under keys/.

  $ kefu --by wangqiang --now 2026-11-25T16:00 key add GG-01 --name 3栋天台门 --kind 公共区域 --location 钥匙柜A-01
  GG-01
  ! 已登记钥匙 GG-01：3栋天台门（公共区域），1 把，存放于 钥匙柜A-01
  $ kefu --by wangqiang --now 2026-11-25T16:00 key add GG-02 --name 会所活动室 --kind public_area --copies 2 --location 钥匙柜A-02
  GG-02
  ! 已登记钥匙 GG-02：会所活动室（公共区域），2 把，存放于 钥匙柜A-02
  $ kefu --by wangqiang --now 2026-11-25T16:00 key add GG-03 --name 2栋地下室 --kind 公共区域 --location 钥匙柜A-03
  GG-03
  ! 已登记钥匙 GG-03：2栋地下室（公共区域），1 把，存放于 钥匙柜A-03
  $ kefu --by wangqiang --now 2026-11-25T16:00 key add SB-01 --name 水泵房 --kind 设备房 --location 工程部钥匙箱
  SB-01
  ! 已登记钥匙 SB-01：水泵房（设备房），1 把，存放于 工程部钥匙箱
  $ kefu --by wangqiang --now 2026-11-25T16:00 key add KF-01 --name 保洁部库房 --kind 部门库房 --location 钥匙柜B-01
  KF-01
  ! 已登记钥匙 KF-01：保洁部库房（部门库房），1 把，存放于 钥匙柜B-01
  $ kefu --by wangqiang --now 2026-11-25T16:00 key add BY-1-1-102 --name 1-1-102入户门 --kind 备用钥匙 --unit 1-1-102 --location 保险柜
  BY-1-1-102
  ! 已登记钥匙 BY-1-1-102：1-1-102入户门（备用钥匙 1-1-102），1 把，存放于 保险柜
  $ kefu --by wangqiang --now 2026-11-25T16:00 key add BY-1-1-101 --name 1-1-101入户门 --kind 备用钥匙 --unit 1-1-101 --location 保险柜
  BY-1-1-101
  ! 已登记钥匙 BY-1-1-101：1-1-101入户门（备用钥匙 1-1-101），1 把，存放于 保险柜
  $ kefu --by wangqiang --now 2026-11-25T16:05 key add GG-01 --name 重复 --kind 公共区域
  ! kefu: 钥匙编号 GG-01 已在登记册中（keys/GG-01.yaml）
  [2]
  $ kefu --by wangqiang --now 2026-11-25T16:05 key add BY-9 --name 无户号 --kind 备用钥匙
  ! kefu: 业主备用钥匙须用 --unit 写明所属户号
  [2]
  $ cat d/keys/GG-01.yaml
  code: GG-01
  name: 3栋天台门
  kind: public_area
  unit: ""
  copies: 1
  location: 钥匙柜A-01
  state: in
  loan: ""
  note: ""
  history:
    - at: 2026-11-25T16:00
      by: wangqiang
      action: add
      note: 登记入册：3栋天台门（公共区域），1 把
  seal: sha256:aa5be367d88b391e163d9f98c0a259fea534198704774d779ec145b6302e1cd2

A public-area key needs a management staff member's consent and the estate manager's
approval, both from the roster with the right role. Every refusal exits 2 and writes nothing.

  $ snap > before
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234
  ! kefu: 公共区域钥匙 GG-01（3栋天台门）借用须经管理人员同意、管理处经理批准后方可办理（手册 §3.4.2）；缺少：管理人员同意（--consent-by 客户主管或管理处经理）、管理处经理批准（--approved-by）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234 --consent-by wangqiang
  ! kefu: 公共区域钥匙 GG-01（3栋天台门）借用须经管理人员同意、管理处经理批准后方可办理（手册 §3.4.2）；缺少：管理处经理批准（--approved-by）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234 --consent-by lili --approved-by zhaojl
  ! kefu: 公共区域钥匙 GG-01（3栋天台门）须经管理人员同意：李丽 是客户助理，不是客户主管或管理处经理，不能表示同意（手册 §3.4.2）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234 --consent-by wangqiang --approved-by wangqiang
  ! kefu: 公共区域钥匙 GG-01（3栋天台门）须经管理处经理批准：王强 是客户主管，不是管理处经理，不能批准（手册 §3.4.2）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234 --consent-by 孙主管 --approved-by zhaojl
  ! kefu: 同意人（--consent-by）「孙主管」不在 kefu.yaml 的人员花名册中；现有：zhangmin(张敏)、lili(李丽)、wangqiang(王强)、zhaojl(赵经理)、liugong(刘工)
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl
  ! kefu: 借用人 刘师傅 不是本处员工，须出示证件核验（--id-doc 证件类型 --id-number 号码或末四位；只登记末四位，证件当场交还，不得扣押）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl --id-doc 身份证
  ! kefu: 请用 --id-number 写明所核验证件（身份证）的号码或其末四位；kefu 只登记末四位，证件当场交还借用人，不得扣押
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl --id-doc 身份证 --id-number 440301199001011235
  ! kefu: 身份证号码的校验位不符（GB 11643）：按前 17 位末位应为 4，输入的是 5；请核对证件后重新输入，或只写末四位
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl --id-doc 身份证 --id-number 440301900101123
  ! kefu: 身份证号码应为 18 位（末位可为 X），或只写末四位；第一代 15 位身份证已停止使用
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl --cash 50
  ! kefu: 现金押金 ¥50.00 少于规定的 ¥100.00
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl --cash 一百
  ! kefu: 押金金额「一百」无效，应如 100 或 100.00
  [2]
  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-09 --to 刘师傅 --purpose 更换天台灯管
  ! kefu: 钥匙「GG-09」不在钥匙登记册中（keys/）；登记请用 kefu key add
  [2]
  $ snap > after
  $ diff before after && echo nothing written
  nothing written
  $ ls d
  calendar.yaml
  kefu.yaml
  keys
  units

The borrower's ID card is checked, not held (《居民身份证法》第十五条 forbids any organisation to
hold one): a whole 18-digit number must pass its GB 11643 check digit (the 1235 above is
refused, and so is a first-generation 15-digit number), and only its type and last four
characters are kept. With both sign-offs and the ID check the loan is logged; it is due back at
18:00 the same day.

  $ kefu --by zhangmin --now 2026-11-26T09:00 key lend GG-01 --to 刘师傅 --phone 13711112222 --purpose 更换天台灯管 --id-doc 身份证 --id-number 440301199001011234 --consent-by wangqiang --approved-by zhaojl
  JY-2026-11-0001
  ! 已将钥匙 GG-01（3栋天台门）借给 刘师傅，登记 JY-2026-11-0001；应于 2026-11-26T18:00 前归还
  $ cat d/keyloans/2026/11/JY-2026-11-0001.yaml
  id: JY-2026-11-0001
  key: GG-01
  key_name: 3栋天台门
  key_kind: public_area
  unit: ""
  borrower:
    name: 刘师傅
    phone: "13711112222"
  borrower_is_staff: false
  purpose: 更换天台灯管
  category: other
  lent_at: 2026-11-26T09:00
  lent_by: zhangmin
  due_at: 2026-11-26T18:00
  consent_by: wangqiang
  approved_by: zhaojl
  id_checked:
    type: 身份证
    last4: "1234"
  deposit:
    cash: ~
  emergency: false
  notified: ~
  returned_at: ~
  returned_by: ""
  received_by: ""
  condition: ~
  late: false
  deposit_refunded: ~
  return_note: ""
  history:
    - at: 2026-11-26T09:00
      by: zhangmin
      action: lend
      note: 借给 刘师傅，事由：更换天台灯管；核验证件：身份证 尾号1234（已交还）；押金：无；应于 2026-11-26T18:00 前归还
  seal: sha256:fe18a9f3dbf1f593fcc3016f3da1126fbef9ad15f47a4760c4b197fac1c270a5
  $ grep -E '^(state|loan):' d/keys/GG-01.yaml
  state: out
  loan: JY-2026-11-0001
  $ kefu --by lili --now 2026-11-26T09:05 key lend GG-01 --to 王先生 --purpose 查看 --cash 100 --consent-by wangqiang --approved-by zhaojl
  ! kefu: 钥匙 GG-01（3栋天台门） 已借出（借用登记 JY-2026-11-0001），尚未归还，不能再借
  [2]

Storeroom and equipment-room keys are exempt from the approvals (§3.4.2).

  $ kefu --by lili --now 2026-11-26T09:30 key lend KF-01 --to 王阿姨 --purpose 保洁绿化：领取清洁用品 --cash 100 --id-number 0021
  JY-2026-11-0002
  ! 已将钥匙 KF-01（保洁部库房）借给 王阿姨，登记 JY-2026-11-0002；应于 2026-11-26T18:00 前归还
  $ kefu --by zhangmin --now 2026-11-26T10:00 key lend GG-02 --to 周丽华 --phone 13511112222 --purpose 业委会开会 --consent-by zhaojl --approved-by 赵经理 --cash ¥100.00 --id-doc 身份证 --id-number 440302198506153213
  JY-2026-11-0003
  ! 已将钥匙 GG-02（会所活动室）借给 周丽华，登记 JY-2026-11-0003；应于 2026-11-26T18:00 前归还

Only engineering repair may keep a key overnight, with an explicit return time; a bare date
means that day's cut-off. Staff borrowers leave no deposit.

  $ kefu --by zhangmin --now 2026-11-26T10:30 key lend SB-01 --to liugong --purpose 查看水泵 --until 2026-11-28
  ! kefu: 钥匙须当日 18:00 前归还，不得过夜使用；只有工程维修（--category 工程维修）可用 --until 约定归还时间（手册 §3.4.3）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T10:30 key lend SB-01 --to liugong --purpose 工程维修：更换水泵机封 --until 2026-11-28
  JY-2026-11-0004
  ! 已将钥匙 SB-01（水泵房）借给 刘工，登记 JY-2026-11-0004；应于 2026-11-28T18:00 前归还
  $ kefu --by lili --now 2026-11-26T14:00 key lend GG-03 --to 黄伟 --phone 13600001111 --purpose 取存放物品 --consent-by wangqiang --approved-by zhaojl --id-number 561X --cash 200
  JY-2026-11-0005
  ! 已将钥匙 GG-03（2栋地下室）借给 黄伟，登记 JY-2026-11-0005；应于 2026-11-26T18:00 前归还
  $ kefu --now 2026-11-26T14:05 key list --out
  编号   名称        类别      户号  数量  存放位置      状态  借用人  借出时间     经手人  应还时间     逾期
  -----  ----------  --------  ----  ----  ------------  ----  ------  -----------  ------  -----------  ----
  GG-01  3栋天台门   公共区域        1     钥匙柜A-01    借出  刘师傅  11-26 09:00  张敏    11-26 18:00
  GG-02  会所活动室  公共区域        2     钥匙柜A-02    借出  周丽华  11-26 10:00  张敏    11-26 18:00
  GG-03  2栋地下室   公共区域        1     钥匙柜A-03    借出  黄伟    11-26 14:00  李丽    11-26 18:00
  KF-01  保洁部库房  部门库房        1     钥匙柜B-01    借出  王阿姨  11-26 09:30  李丽    11-26 18:00
  SB-01  水泵房      设备房          1     工程部钥匙箱  借出  刘工    11-26 10:30  张敏    11-28 18:00
  ! 共 5 把，借出 5 把

The same list for a spreadsheet, with the loan of each key out flattened into two columns.

  $ kefu --now 2026-11-26T14:05 key list --out --format csv
  ﻿code,name,kind,unit,copies,location,state,loan,loan_borrower,loan_due_at,overdue,note
  GG-01,3栋天台门,public_area,,1,钥匙柜A-01,out,JY-2026-11-0001,刘师傅,2026-11-26T18:00,false,
  GG-02,会所活动室,public_area,,2,钥匙柜A-02,out,JY-2026-11-0003,周丽华,2026-11-26T18:00,false,
  GG-03,2栋地下室,public_area,,1,钥匙柜A-03,out,JY-2026-11-0005,黄伟,2026-11-26T18:00,false,
  KF-01,保洁部库房,storeroom,,1,钥匙柜B-01,out,JY-2026-11-0002,王阿姨,2026-11-26T18:00,false,
  SB-01,水泵房,equipment_room,,1,工程部钥匙箱,out,JY-2026-11-0004,刘工,2026-11-28T18:00,false,

The same-day rule: back by 18:00 is on time (17:59 and 18:00 exactly), 18:01 is late. At
18:00 nothing is overdue yet, and no key may go out any more.

  $ kefu --by lili --now 2026-11-26T17:59 key return KF-01
  ! 钥匙 KF-01（保洁部库房）已归还，登记 JY-2026-11-0002，状况：好；请退还押金：现金 ¥100.00
  $ kefu --by zhangmin --now 2026-11-26T18:00 key return GG-01 --keep-deposit
  ! kefu: 借用登记 JY-2026-11-0001 没有现金押金，无可暂扣（--keep-deposit 只暂扣现金押金；证件只核验登记，不得扣押）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T18:00 key return GG-01
  ! 钥匙 GG-01（3栋天台门）已归还，登记 JY-2026-11-0001，状况：好
  $ kefu --now 2026-11-26T18:00 due
  $ kefu --by zhangmin --now 2026-11-26T18:00 key lend KF-01 --to 王阿姨 --purpose 领取清洁用品 --cash 100 --id-number 0021
  ! kefu: 已过当日 18:00 的归还时限，钥匙不得过夜使用，今日不能再借出（手册 §3.4.3）；工程维修请用 --category 工程维修 --until 约定归还时间
  [2]
  $ kefu --by zhangmin --now 2026-11-26T18:01 key return GG-02 --returned-by 周先生
  ! 钥匙 GG-02（会所活动室）已归还，登记 JY-2026-11-0003，状况：好；由 周先生 代还（借用人 周丽华）；逾期（应于 2026-11-26T18:00 前归还）；请退还押金：现金 ¥100.00
  $ grep -E '^(returned_at|returned_by|received_by|condition|late|deposit_refunded):' d/keyloans/2026/11/JY-2026-11-0003.yaml
  returned_at: 2026-11-26T18:01
  returned_by: 周先生
  received_by: zhangmin
  condition: good
  late: true
  deposit_refunded: true

At 18:30 the key not back is on the overdue list, under the staff member who handed it over;
the engineering loan due on the 28th is not.

  $ kefu --now 2026-11-26T18:30 due
  【李丽】1 项
  编号             事项          期限         内容
  ---------------  ------------  -----------  ---------------------------
  JY-2026-11-0005  钥匙逾期未还  11-26 18:00  GG-03 2栋地下室 借用人 黄伟
  [1]
  $ kefu --now 2026-11-26T18:30 due --format json
  [
    {
      "owner": "lili",
      "kind": "key",
      "id": "JY-2026-11-0005",
      "reason": "key_overdue",
      "reason_zh": "钥匙逾期未还",
      "due": "2026-11-26T18:00",
      "subject": "GG-03 2栋地下室 借用人 黄伟"
    }
  ]
  [1]
  $ kefu --now 2026-11-26T18:30 key list --overdue
  编号   名称       类别      户号  数量  存放位置    状态  借用人  借出时间     经手人  应还时间     逾期
  -----  ---------  --------  ----  ----  ----------  ----  ------  -----------  ------  -----------  --------
  GG-03  2栋地下室  公共区域        1     钥匙柜A-03  借出  黄伟    11-26 14:00  李丽    11-26 18:00  逾期未还
  ! 共 1 把，借出 1 把

An owner's spare key only in an emergency, after notifying the owner or, when unreachable,
the emergency contact. After the cut-off an emergency loan is due back before midnight.

  $ snap > before
  $ kefu --by zhangmin --now 2026-11-26T22:10 key lend BY-1-1-102 --to liugong --purpose 厨房跑水
  ! kefu: 业主备用钥匙 BY-1-1-102（1-1-102入户门）只能在紧急情况（着火、跑水等）下动用：请加 --emergency，并用 --notified 写明已事先通知业主或其紧急联系人（手册 §3.4.5）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T22:10 key lend BY-1-1-102 --to liugong --purpose 厨房跑水 --emergency
  ! kefu: 动用业主备用钥匙 BY-1-1-102（1-1-102入户门）前须事先通知业主本人；联系不上时须通知其紧急联系人：请用 --notified 业主(owner) 或 --notified 紧急联系人(emergency_contact) 记录（手册 §3.4.5）
  [2]
  $ kefu --by zhangmin --now 2026-11-26T22:10 key lend BY-1-1-101 --to liugong --purpose 厨房跑水 --emergency --notified 紧急联系人
  ! kefu: 户 1-1-101 未登记紧急联系人（units/ 中的 emergency_contact），不能记为已通知紧急联系人；请先补录，或通知业主本人
  [2]
  $ snap > after
  $ diff before after && echo nothing written
  nothing written
  $ kefu --by zhangmin --now 2026-11-26T22:10 key lend BY-1-1-102 --to liugong --purpose 厨房跑水 --emergency --notified 紧急联系人 --notify-note "22:05 业主电话无人接听，22:08 联系其兄林大明同意开门"
  JY-2026-11-0006
  ! 已将钥匙 BY-1-1-102（1-1-102入户门）借给 刘工，登记 JY-2026-11-0006；应于 2026-11-26T23:59:59 前归还
  ! 须立即报告上一级领导（手册 §3.7.3）：JY-2026-11-0006 紧急动用业主备用钥匙，已列入 赵经理 的 kefu due
  $ grep -A5 '^notified:' d/keyloans/2026/11/JY-2026-11-0006.yaml
  notified:
    party: emergency_contact
    name: 林大明
    phone: "13700000000"
    note: 22:05 业主电话无人接听，22:08 联系其兄林大明同意开门
  returned_at: ~
  $ kefu --by zhangmin --now 2026-11-26T22:50 key return BY-1-1-102
  ! 钥匙 BY-1-1-102（1-1-102入户门）已归还，登记 JY-2026-11-0006，状况：好

The next morning: a spare key used after telling the owner; the overdue key is reported
lost by its borrower, and a lost key cannot be lent; a storeroom key comes back damaged.

  $ kefu --by zhangmin --now 2026-11-27T08:00 key lend BY-1-1-101 --to liugong --purpose 楼上漏水查看 --emergency --notified 业主
  JY-2026-11-0007
  ! 已将钥匙 BY-1-1-101（1-1-101入户门）借给 刘工，登记 JY-2026-11-0007；应于 2026-11-27T18:00 前归还
  ! 须立即报告上一级领导（手册 §3.7.3）：JY-2026-11-0007 紧急动用业主备用钥匙，已列入 赵经理 的 kefu due
  $ kefu --by zhangmin --now 2026-11-27T08:40 key return BY-1-1-101
  ! 钥匙 BY-1-1-101（1-1-101入户门）已归还，登记 JY-2026-11-0007，状况：好
  $ kefu --now 2026-11-27T09:00 due
  【李丽】1 项
  编号             事项          期限         内容
  ---------------  ------------  -----------  ---------------------------
  JY-2026-11-0005  钥匙逾期未还  11-26 18:00  GG-03 2栋地下室 借用人 黄伟
  [1]
  $ kefu --by lili --now 2026-11-27T09:10 key return GG-03 --condition 丢失 --keep-deposit --note 黄伟称钥匙遗失
  ! 钥匙 GG-03（2栋地下室）报失，登记 JY-2026-11-0005，状况：丢失；逾期（应于 2026-11-26T18:00 前归还）；押金暂扣：现金 ¥200.00
  $ kefu --by lili --now 2026-11-27T09:20 key lend GG-03 --to 黄伟 --purpose 取物 --id-doc 身份证 --id-number 561X --consent-by wangqiang --approved-by zhaojl
  ! kefu: 钥匙 GG-03（2栋地下室）已登记遗失，不能借出
  [2]
  $ kefu --by lili --now 2026-11-27T09:30 key lend KF-01 --to 王阿姨 --purpose 领取清洁用品 --cash 100 --id-number 0021
  JY-2026-11-0008
  ! 已将钥匙 KF-01（保洁部库房）借给 王阿姨，登记 JY-2026-11-0008；应于 2026-11-27T18:00 前归还
  $ kefu --by lili --now 2026-11-27T11:00 key return JY-2026-11-0008 --condition 损坏 --note 钥匙齿变形
  ! 钥匙 KF-01（保洁部库房）已归还，登记 JY-2026-11-0008，状况：损坏；请退还押金：现金 ¥100.00

The engineering loan stays out over two nights without being overdue, and comes back on time.

  $ kefu --now 2026-11-27T18:30 due
  $ kefu --now 2026-11-27T18:30 key list
  编号        名称           类别      户号     数量  存放位置      状态  借用人  借出时间     经手人  应还时间     逾期
  ----------  -------------  --------  -------  ----  ------------  ----  ------  -----------  ------  -----------  ----
  BY-1-1-101  1-1-101入户门  备用钥匙  1-1-101  1     保险柜        在库
  BY-1-1-102  1-1-102入户门  备用钥匙  1-1-102  1     保险柜        在库
  GG-01       3栋天台门      公共区域           1     钥匙柜A-01    在库
  GG-02       会所活动室     公共区域           2     钥匙柜A-02    在库
  GG-03       2栋地下室      公共区域           1     钥匙柜A-03    遗失
  KF-01       保洁部库房     部门库房           1     钥匙柜B-01    损坏
  SB-01       水泵房         设备房             1     工程部钥匙箱  借出  刘工    11-26 10:30  张敏    11-28 18:00
  ! 共 7 把，借出 1 把
  $ kefu --by zhangmin --now 2026-11-28T17:30 key return SB-01
  ! 钥匙 SB-01（水泵房）已归还，登记 JY-2026-11-0004，状况：好

The month's report (§3.4.6) and the register form.

  $ kefu --now 2026-11-30T18:00 key report --month 2026-11
  翠湖花园 钥匙使用与缺损月报  2026年11月
  借出 8 次，已归还 8 次（其中非借用人代还 1 次），未还 0 次
  按钥匙类别：公共区域 3、设备房 1、部门库房 2、备用钥匙 2
  按用途：工程维修 1、保洁绿化 1、紧急情况 2、其他 4
  逾期归还或未还：2 次
    JY-2026-11-0003  GG-02 会所活动室  借用人 周丽华  借出 11-26 10:00  应还 11-26 18:00  归还 11-26 18:01
    JY-2026-11-0005  GG-03 2栋地下室  借用人 黄伟  借出 11-26 14:00  应还 11-26 18:00  归还 11-27 09:10
  归还时损坏：1 次
    JY-2026-11-0008  KF-01 保洁部库房  借用人 王阿姨  借出 11-27 09:30  应还 11-27 18:00  归还 11-27 11:00
  丢失：1 次
    JY-2026-11-0005  GG-03 2栋地下室  借用人 黄伟  借出 11-26 14:00  应还 11-26 18:00  归还 11-27 09:10
  动用业主备用钥匙：2 次
    JY-2026-11-0006  BY-1-1-102 1-1-102入户门  借用人 刘工  借出 11-26 22:10  应还 11-26 23:59  归还 11-26 22:50
      事先通知紧急联系人 林大明（137****0000）：22:05 业主电话无人接听，22:08 联系其兄林大明同意开门
    JY-2026-11-0007  BY-1-1-101 1-1-101入户门  借用人 刘工  借出 11-27 08:00  应还 11-27 18:00  归还 11-27 08:40
      事先通知业主 陈建国（138****5678）
  登记册中现为遗失或损坏的钥匙：2 把
    GG-03 2栋地下室（公共区域）遗失
    KF-01 保洁部库房（部门库房）损坏
  $ kefu --now 2026-11-30T18:00 key report --month 2026-11 --format json
  {
    "month": "2026-11",
    "loans": 8,
    "returned": 8,
    "out": 0,
    "returned_by_other": 1,
    "by_kind": {
      "public_area": 3,
      "equipment_room": 1,
      "storeroom": 2,
      "spare": 2
    },
    "by_category": {
      "engineering": 1,
      "inspection": 0,
      "cleaning": 1,
      "decoration": 0,
      "emergency": 2,
      "other": 4
    },
    "late": [
      {
        "id": "JY-2026-11-0003",
        "key": "GG-02",
        "key_name": "会所活动室",
        "key_kind": "public_area",
        "borrower": "周丽华",
        "purpose": "业委会开会",
        "category": "other",
        "lent_at": "2026-11-26T10:00",
        "lent_by": "zhangmin",
        "due_at": "2026-11-26T18:00",
        "returned_at": "2026-11-26T18:01",
        "returned_by": "周先生",
        "condition": "good",
        "late": true,
        "overdue": false
      },
      {
        "id": "JY-2026-11-0005",
        "key": "GG-03",
        "key_name": "2栋地下室",
        "key_kind": "public_area",
        "borrower": "黄伟",
        "purpose": "取存放物品",
        "category": "other",
        "lent_at": "2026-11-26T14:00",
        "lent_by": "lili",
        "due_at": "2026-11-26T18:00",
        "returned_at": "2026-11-27T09:10",
        "returned_by": "黄伟",
        "condition": "lost",
        "late": true,
        "overdue": false
      }
    ],
    "damaged": [
      {
        "id": "JY-2026-11-0008",
        "key": "KF-01",
        "key_name": "保洁部库房",
        "key_kind": "storeroom",
        "borrower": "王阿姨",
        "purpose": "领取清洁用品",
        "category": "other",
        "lent_at": "2026-11-27T09:30",
        "lent_by": "lili",
        "due_at": "2026-11-27T18:00",
        "returned_at": "2026-11-27T11:00",
        "returned_by": "王阿姨",
        "condition": "damaged",
        "late": false,
        "overdue": false
      }
    ],
    "lost": [
      {
        "id": "JY-2026-11-0005",
        "key": "GG-03",
        "key_name": "2栋地下室",
        "key_kind": "public_area",
        "borrower": "黄伟",
        "purpose": "取存放物品",
        "category": "other",
        "lent_at": "2026-11-26T14:00",
        "lent_by": "lili",
        "due_at": "2026-11-26T18:00",
        "returned_at": "2026-11-27T09:10",
        "returned_by": "黄伟",
        "condition": "lost",
        "late": true,
        "overdue": false
      }
    ],
    "emergency": [
      {
        "id": "JY-2026-11-0006",
        "key": "BY-1-1-102",
        "key_name": "1-1-102入户门",
        "key_kind": "spare",
        "borrower": "刘工",
        "purpose": "厨房跑水",
        "category": "emergency",
        "lent_at": "2026-11-26T22:10",
        "lent_by": "zhangmin",
        "due_at": "2026-11-26T23:59:59",
        "returned_at": "2026-11-26T22:50",
        "returned_by": "刘工",
        "condition": "good",
        "late": false,
        "overdue": false,
        "notified": {
          "party": "emergency_contact",
          "name": "林大明",
          "phone": "137****0000",
          "note": "22:05 业主电话无人接听，22:08 联系其兄林大明同意开门"
        }
      },
      {
        "id": "JY-2026-11-0007",
        "key": "BY-1-1-101",
        "key_name": "1-1-101入户门",
        "key_kind": "spare",
        "borrower": "刘工",
        "purpose": "楼上漏水查看",
        "category": "emergency",
        "lent_at": "2026-11-27T08:00",
        "lent_by": "zhangmin",
        "due_at": "2026-11-27T18:00",
        "returned_at": "2026-11-27T08:40",
        "returned_by": "刘工",
        "condition": "good",
        "late": false,
        "overdue": false,
        "notified": {
          "party": "owner",
          "name": "陈建国",
          "phone": "138****5678",
          "note": ""
        }
      }
    ],
    "keys_lost_or_damaged": [
      {
        "code": "GG-03",
        "name": "2栋地下室",
        "kind": "public_area",
        "state": "lost"
      },
      {
        "code": "KF-01",
        "name": "保洁部库房",
        "kind": "storeroom",
        "state": "damaged"
      }
    ]
  }
  $ kefu --now 2026-11-30T18:00 render keys 2026-11
  翠湖花园 客户服务中心
  借用钥匙登记表    2026年11月
  
  一、借出
  序号  借出时间     钥匙编号    钥匙名称       借用人  电话         事由
  1     11-26 09:00  GG-01       3栋天台门      刘师傅  137****2222  更换天台灯管
  2     11-26 09:30  KF-01       保洁部库房     王阿姨               保洁绿化：领取清洁用品
  3     11-26 10:00  GG-02       会所活动室     周丽华  135****2222  业委会开会
  4     11-26 10:30  SB-01       水泵房         刘工                 工程维修：更换水泵机封
  5     11-26 14:00  GG-03       2栋地下室      黄伟    136****1111  取存放物品
  6     11-26 22:10  BY-1-1-102  1-1-102入户门  刘工                 厨房跑水
  7     11-27 08:00  BY-1-1-101  1-1-101入户门  刘工                 楼上漏水查看
  8     11-27 09:30  KF-01       保洁部库房     王阿姨               领取清洁用品
  
  二、核验、批准与归还（序号同上）
  序号  核验证件         押金          同意人  批准人  经手人  应还时间     归还时间     交还人  接收人  状况  备注
  1     身份证 尾号1234  无            王强    赵经理  张敏    11-26 18:00  11-26 18:00  刘师傅  张敏    好    
  2     身份证 尾号0021  现金 ¥100.00                  李丽    11-26 18:00  11-26 17:59  王阿姨  李丽    好    押金已退
  3     身份证 尾号3213  现金 ¥100.00  赵经理  赵经理  张敏    11-26 18:00  11-26 18:01  周先生  张敏    好
        逾期归还；非本人归还（借用人 周丽华）；押金已退
  4                      员工免押                      张敏    11-28 18:00  11-28 17:30  刘工    张敏    好
        工程维修跨夜
  5     身份证 尾号561X  现金 ¥200.00  王强    赵经理  李丽    11-26 18:00  11-27 09:10  黄伟    李丽    丢失
        逾期归还；押金暂扣；黄伟称钥匙遗失
  6                      员工免押                      张敏    11-26 23:59  11-26 22:50  刘工    张敏    好
        紧急动用，事先通知紧急联系人 林大明：22:05 业主电话无人接听，22:08 联系其兄林大明同意开门
  7                      员工免押                      张敏    11-27 18:00  11-27 08:40  刘工    张敏    好
        紧急动用，事先通知业主 陈建国
  8     身份证 尾号0021  现金 ¥100.00                  李丽    11-27 18:00  11-27 11:00  王阿姨  李丽    损坏
        押金已退；钥匙齿变形
  
  共 8 次借用，已归还 8 次，逾期 2 次，损坏 1 次，丢失 1 次。
  公共区域钥匙（设备房、部门库房除外）须经管理人员同意、管理处经理批准；所借钥匙当日 18:00 前归还，
  不得过夜（工程维修除外）。
  借用人证件只作核验，登记类型及号码末四位，当场交还，不得扣押（《居民身份证法》第十五条）。
  登记人：____________    客户主管审核：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-11-30T18:00 render 借用钥匙登记表 GG-03
  翠湖花园 客户服务中心
  借用钥匙登记表    钥匙 GG-03 2栋地下室
  
  一、借出
  序号  借出时间     钥匙编号  钥匙名称   借用人  电话         事由
  1     11-26 14:00  GG-03     2栋地下室  黄伟    136****1111  取存放物品
  
  二、核验、批准与归还（序号同上）
  序号  核验证件         押金          同意人  批准人  经手人  应还时间     归还时间     交还人  接收人  状况  备注
  1     身份证 尾号561X  现金 ¥200.00  王强    赵经理  李丽    11-26 18:00  11-27 09:10  黄伟    李丽    丢失
        逾期归还；押金暂扣；黄伟称钥匙遗失
  
  共 1 次借用，已归还 1 次，逾期 1 次，损坏 0 次，丢失 1 次。
  公共区域钥匙（设备房、部门库房除外）须经管理人员同意、管理处经理批准；所借钥匙当日 18:00 前归还，
  不得过夜（工程维修除外）。
  借用人证件只作核验，登记类型及号码末四位，当场交还，不得扣押（《居民身份证法》第十五条）。
  登记人：____________    客户主管审核：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu check
  ! 索引与记录文件一致
  ! 检查完毕：15 个记录文件，均无问题

Loans written when kefu still took an ID card as a deposit still read. A site's old kefu.yaml
says deposit_required, which is read as id_check_required; a loan file of the time holds the
whole number in deposit.id_document. kefu shows its type and last four only, and asks for the
document to be handed back when the key returns; the rewritten loan keeps only those, marked
as held (the history line of the time stays as written: registers are not altered).

  $ cp -r "$TESTDIR/fixtures/estate" old && export KEFU_DATA=$PWD/old
  $ sed -i 's/^  id_check_required: true/  deposit_required: true/; /cash_deposit_required/d' old/kefu.yaml
  $ grep -A3 '^keys:' old/kefu.yaml
  keys:
    cutoff: "18:00"
    deposit_required: true
    cash_deposit: "100.00"
  $ kefu --by wangqiang --now 2026-11-20T08:00 key add GG-01 --name 3栋天台门 --kind 公共区域 --location 钥匙柜A-01
  GG-01
  ! 已登记钥匙 GG-01：3栋天台门（公共区域），1 把，存放于 钥匙柜A-01
  $ kefu --by zhangmin --now 2026-11-20T08:30 key lend GG-01 --to 刘师傅 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl --cash 100
  ! kefu: 借用人 刘师傅 不是本处员工，须出示证件核验（--id-doc 证件类型 --id-number 号码或末四位；只登记末四位，证件当场交还，不得扣押）
  [2]
  $ sed -i 's/^  deposit_required: true/  deposit_required: false/' old/kefu.yaml
  $ kefu --by zhangmin --now 2026-11-20T08:30 key lend GG-01 --to 刘师傅 --purpose 更换天台灯管 --consent-by wangqiang --approved-by zhaojl
  JY-2026-11-0001
  ! 已将钥匙 GG-01（3栋天台门）借给 刘师傅，登记 JY-2026-11-0001；应于 2026-11-20T18:00 前归还
  $ kefu --by zhangmin --now 2026-11-20T08:40 key return GG-01
  ! 钥匙 GG-01（3栋天台门）已归还，登记 JY-2026-11-0001，状况：好
  $ mkdir -p old/keyloans/2026/11 && cat > old/keyloans/2026/11/JY-2026-11-0002.yaml <<'LOAN'
  > id: JY-2026-11-0002
  > key: GG-01
  > key_name: 3栋天台门
  > key_kind: public_area
  > unit: ""
  > borrower:
  >   name: 刘师傅
  >   phone: "13711112222"
  > borrower_is_staff: false
  > purpose: 更换天台灯管
  > category: other
  > lent_at: 2026-11-20T09:00
  > lent_by: zhangmin
  > due_at: 2026-11-20T18:00
  > consent_by: wangqiang
  > approved_by: zhaojl
  > deposit:
  >   id_document: 身份证 440301199001011234
  >   cash: ~
  > emergency: false
  > notified: ~
  > returned_at: ~
  > returned_by: ""
  > received_by: ""
  > condition: ~
  > late: false
  > deposit_refunded: ~
  > return_note: ""
  > history:
  >   - at: 2026-11-20T09:00
  >     by: zhangmin
  >     action: lend
  >     note: 借给 刘师傅，事由：更换天台灯管；押金：证件：身份证 440301199001011234；应于 2026-11-20T18:00 前归还
  > LOAN
  $ sed -i 's/^state: in/state: out/; s/^loan: ""/loan: JY-2026-11-0002/' old/keys/GG-01.yaml
  $ kefu --now 2026-11-20T10:00 render keys JY-2026-11-0002 | sed -n 4,5p
  一、借出
  序号  借出时间     钥匙编号  钥匙名称   借用人  电话         事由
  $ kefu --by lili --now 2026-11-20T10:00 key return GG-01 --keep-deposit
  ! kefu: 借用登记 JY-2026-11-0002 没有现金押金，无可暂扣（--keep-deposit 只暂扣现金押金；证件只核验登记，不得扣押）
  [2]
  $ kefu --by lili --now 2026-11-20T10:00 key return GG-01
  ! 钥匙 GG-01（3栋天台门）已归还，登记 JY-2026-11-0002，状况：好；请当即把借出时所押证件（身份证 尾号1234）退还借用人：《居民身份证法》第十五条禁止扣押居民身份证
  $ sed -n '/^id_checked:/,/^emergency:/p' old/keyloans/2026/11/JY-2026-11-0002.yaml
  id_checked:
    type: 身份证
    last4: "1234"
    held: true
  deposit:
    cash: ~
  emergency: false
  $ kefu --now 2026-11-20T10:00 render keys 2026-11 | sed -n 4,6p
  一、借出
  序号  借出时间     钥匙编号  钥匙名称   借用人  电话         事由
  1     11-20 08:30  GG-01     3栋天台门  刘师傅               更换天台灯管
  $ kefu --now 2026-11-20T10:00 render keys 2026-11 -o 登记表.txt && grep -c 尾号1234 登记表.txt
  1
  ! 已生成 借用钥匙登记表：登记表.txt
  $ kefu check
  ! 索引与记录文件一致
  ! 检查完毕：3 个记录文件，均无问题
