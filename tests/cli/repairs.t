Repairs (R8), callbacks (R5) and the cron list over one week at the end of November 2026:
a repair logged, dispatched, done, called back unsatisfied, reworked, done again and called
back satisfied; the exact `kefu due` and `callback due` on Monday morning; the cron run twice.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d

A general complaint of the week before, resolved on Monday 16th: its callback falls due on
Monday 30th.

  $ kefu --by lili --now 2026-11-13T10:00 complaint open --unit 2-1-301 --category 环境卫生 --desc 楼道垃圾未及时清运
  TS-2026-11-0001
  ! 已受理投诉 TS-2026-11-0001（一般），首问负责人 李丽；须于 2026-11-14T10:00 前响应，2026-11-18T23:59:59 前处理完毕
  $ kefu --by lili --now 2026-11-16T15:00 complaint close TS-2026-11-0001 --resolution 已加派保洁每日两次清运
  ! TS-2026-11-0001 已办结，待回访；请于 2026-11-30 前回访

Thursday 26th: an urgent home repair (on site in 30 minutes, fixed in 24 hours), a public
facility repair (fixed by the end of the next working day).

  $ kefu --by zhangmin --now 2026-11-26T09:00 repair log --unit 1-1-101 --fault 厨房水管爆裂漏水 --urgency 急修
  BX-2026-11-0001
  ! 已受理报修 BX-2026-11-0001（急修），首问负责人 张敏；须于 2026-11-26T09:30 前到场，2026-11-27T09:00 前完工
  $ kefu --by lili --now 2026-11-26T10:00 repair log --place 2栋1单元电梯 --name 周丽华 --phone 13511112222 --fault 电梯楼层按钮失灵 --channel 来访
  BX-2026-11-0002
  ! 已受理报修 BX-2026-11-0002（公共设施，一般），首问负责人 李丽；须于 2026-11-27T23:59:59 前完工

At 09:31 nobody has reached the urgent one.

  $ kefu --now 2026-11-26T09:31 repair list --overdue
  编号             受理时间     户号/地点  故障              紧急  状态    首问负责人  维修人  完工时限     返修  逾期
  ---------------  -----------  ---------  ----------------  ----  ------  ----------  ------  -----------  ----  ------
  BX-2026-11-0001  11-26 09:00  1-1-101    厨房水管爆裂漏水  急修  待派工  张敏                11-27 09:00        未到场
  ! 共 1 条
  $ kefu --by zhangmin --now 2026-11-26T09:35 repair dispatch BX-2026-11-0001 --tech 刘工 --at 2026-11-26T09:05 --arrived 2026-11-26T09:25
  ! 已将 BX-2026-11-0001 派给 刘工
  $ kefu --now 2026-11-26T09:40 repair list --overdue
  ! 没有符合条件的报修

A paid special service (特约服务): the charge is kept in fen and printed in yuan.

  $ kefu --by zhangmin --now 2026-11-26T11:30 repair done BX-2026-11-0001 --at 2026-11-26T11:00 --signed-by 陈建国 --materials 铜阀门1个 --charge ¥45.5 --result 更换进水阀门
  ! BX-2026-11-0001 已完工；请于 2026-12-03 前回访；特约服务收费 45.50 元：用 kefu repair to-special BX-2026-11-0001 转为特约服务，收费计入该户账单
  $ grep -E '^(status|completed_at|charge_fen|signed_by):' d/repairs/2026/11/BX-2026-11-0001.yaml
  status: done
  completed_at: 2026-11-26T11:00
  charge_fen: 4550
  signed_by: 陈建国

A callback on a repair that is not done is refused and writes nothing.

  $ sum=$(md5sum d/repairs/2026/11/BX-2026-11-0002.yaml)
  $ kefu --by lili --now 2026-11-27T09:00 callback done BX-2026-11-0002 --result 满意 --signed-by 周丽华
  ! kefu: 报修 BX-2026-11-0002 当前为「待派工」，只有已完工待回访的报修才能回访
  [2]
  $ [ "$sum" = "$(md5sum d/repairs/2026/11/BX-2026-11-0002.yaml)" ] && echo unchanged
  unchanged

Friday 27th: the owner is not satisfied, the repair goes back to work as a rework, with a new
24-hour deadline from now; the technician finishes it again in the afternoon.

  $ kefu --by zhangmin --now 2026-11-27T10:00 callback done BX-2026-11-0001 --result 不满意 --signed-by 陈建国 --note 阀门仍有渗水
  ! 已记录 BX-2026-11-0001 的回访（不满意），转返修（第 1 次），须于 2026-11-28T10:00 前完工
  $ kefu --by liugong --now 2026-11-27T15:00 repair done BX-2026-11-0001 --signed-by 陈建国 --result 重新缠生料带并紧固
  ! BX-2026-11-0001 已完工；请于 2026-12-04 前回访；特约服务收费 45.50 元：用 kefu repair to-special BX-2026-11-0001 转为特约服务，收费计入该户账单
  $ kefu --by zhangmin --now 2026-11-27T18:00 repair log --unit 2-1-302 --fault 卫生间灯不亮
  BX-2026-11-0003
  ! 已受理报修 BX-2026-11-0003（一般），首问负责人 张敏；须于 2026-11-30T23:59:59 前完工

Monday 30th, 08:30, the cron run: the lift repair is past its deadline (lili), the complaint's
callback is due today (lili); the reworked repair's callback is not due until 4 December and
the Friday-evening repair is due tonight, so neither is listed.

  $ export KEFU_NOW=2026-11-30T08:30
  $ kefu due
  【李丽】2 项
  编号             事项            期限         内容
  ---------------  --------------  -----------  -----------------------------
  BX-2026-11-0002  报修超时未完工  11-27 23:59  2栋1单元电梯 电梯楼层按钮失灵
  TS-2026-11-0001  今日须回访      11-30 23:59  2-1-301 环境卫生
  [1]
  $ kefu due --format json
  [
    {
      "owner": "lili",
      "kind": "repair",
      "id": "BX-2026-11-0002",
      "reason": "fix_overdue",
      "reason_zh": "报修超时未完工",
      "due": "2026-11-27T23:59:59",
      "subject": "2栋1单元电梯 电梯楼层按钮失灵"
    },
    {
      "owner": "lili",
      "kind": "callback",
      "id": "TS-2026-11-0001",
      "reason": "callback_due",
      "reason_zh": "今日须回访",
      "due": "2026-11-30T23:59:59",
      "subject": "2-1-301 环境卫生"
    }
  ]
  [1]
  $ kefu due --owner zhangmin; echo "exit $?"
  exit 0
  $ kefu callback due
  回访期限    情况      编号             类型  户号/地点  客户    电话         首问负责人  完成时间     事由
  ----------  --------  ---------------  ----  ---------  ------  -----------  ----------  -----------  ----------------------------
  2026-11-30  今日到期  TS-2026-11-0001  投诉  2-1-301    周丽华  135****2222  李丽        11-16 15:00  环境卫生：楼道垃圾未及时清运
  2026-12-04  剩4天     BX-2026-11-0001  报修  1-1-101    陈建国  138****5678  张敏        11-27 15:00  厨房水管爆裂漏水
  [1]
  $ kefu callback due --format json
  [
    {
      "kind": "complaint",
      "id": "TS-2026-11-0001",
      "owner": "lili",
      "where": "2-1-301",
      "name": "周丽华",
      "phone": "135****2222",
      "resolved_at": "2026-11-16T15:00",
      "callback_due": "2026-11-30T23:59:59",
      "days_left": 0,
      "overdue": false,
      "subject": "环境卫生：楼道垃圾未及时清运"
    },
    {
      "kind": "repair",
      "id": "BX-2026-11-0001",
      "owner": "zhangmin",
      "where": "1-1-101",
      "name": "陈建国",
      "phone": "138****5678",
      "resolved_at": "2026-11-27T15:00",
      "callback_due": "2026-12-04T23:59:59",
      "days_left": 4,
      "overdue": false,
      "subject": "厨房水管爆裂漏水"
    }
  ]
  [1]
  $ kefu callback due --within 3d
  回访期限    情况      编号             类型  户号/地点  客户    电话         首问负责人  完成时间     事由
  ----------  --------  ---------------  ----  ---------  ------  -----------  ----------  -----------  ----------------------------
  2026-11-30  今日到期  TS-2026-11-0001  投诉  2-1-301    周丽华  135****2222  李丽        11-16 15:00  环境卫生：楼道垃圾未及时清运
  [1]
  $ kefu callback due --overdue; echo "exit $?"
  exit 0

The cron run is read-only: a second run leaves every file byte for byte as it was, and exits
the same.

  $ find d -type f -not -path 'd/.kefu/*' | sort | xargs md5sum > before
  $ kefu due >/dev/null; echo "exit $?"
  exit 1
  $ find d -type f -not -path 'd/.kefu/*' | sort | xargs md5sum | diff before - && echo identical
  identical

The satisfied callback closes the repair; its record keeps both rounds.

  $ unset KEFU_NOW
  $ kefu --by zhangmin --now 2026-11-30T10:00 callback done BX-2026-11-0001 --result 满意 --signed-by 陈建国
  ! 已记录 BX-2026-11-0001 的回访（满意），报修完成
  $ kefu --now 2026-11-30T10:00 repair show BX-2026-11-0001
  报修编号    BX-2026-11-0001
  状态        已完成
  类型        户内维修
  受理时间    2026-11-26T09:00 周四
  来源渠道    电话
  户号        1-1-101
  报修人      陈建国
  联系电话    138****5678
  故障        厨房水管爆裂漏水
  紧急程度    急修
  首问负责人  张敏
  维修班组    工程部
  维修人员    刘工
  派工时间    2026-11-26T09:05
  到场时限    2026-11-27T10:30
  完工时限    2026-11-28T10:00
  完工时间    2026-11-27T15:00
  维修结果    重新缠生料带并紧固
  材料        铜阀门1个
  特约收费    45.50 元
  业主签字    陈建国
  回访期限    2026-12-04T23:59:59
  返修记录    2026-11-27T10:00 回访不满意：阀门仍有渗水
  回访记录    2026-11-27T10:00 不满意（陈建国 签字） 阀门仍有渗水
  回访记录    2026-11-30T10:00 满意（陈建国 签字）
  处理经过：
    2026-11-26T09:00  张敏     受理  受理报修（急修）
    2026-11-26T09:05  张敏     派工  派工 工程部 刘工，2026-11-26T09:25 到场
    2026-11-26T11:00  张敏     完工  完工（陈建国 签字）：更换进水阀门
    2026-11-27T10:00  张敏     回访  回访：不满意（陈建国 签字）；阀门仍有渗水；不满意，转返修
    2026-11-27T15:00  刘工     完工  完工（陈建国 签字）：重新缠生料带并紧固
    2026-11-30T10:00  张敏     回访  回访：满意（陈建国 签字）
  $ kefu --now 2026-11-30T10:00 repair show BX-2026-11-0001 --format json | python3 -c '
  > import json,sys; r=json.load(sys.stdin)
  > print(r["status"], r["rework_count"], r["charge_fen"], r["charge"], [c["result"] for c in r["callbacks"]], r["reworks"][0]["completed_at"])'
  closed 1 4550 45.50 ['unsatisfied', 'satisfied'] 2026-11-26T11:00
  $ kefu --by lili --now 2026-11-30T10:05 callback done BX-2026-11-0001 --result 满意 --signed-by 陈建国
  ! kefu: 报修 BX-2026-11-0001 当前为「已完成」，只有已完工待回访的报修才能回访
  [2]
  $ kefu --by lili --now 2026-11-30T10:05 callback done LD-2026-11-0001 --result 满意 --signed-by 陈建国
  ! kefu: 编号「LD-2026-11-0001」不是投诉（TS-…）、报修（BX-…）、意见（YJ-…）或特约服务（TY-…）的编号
  [2]
  $ kefu --by lili --now 2026-11-30T10:10 callback done TS-2026-11-0001 --result 基本满意 --signed-by 周丽华
  ! 已记录 TS-2026-11-0001 的回访（基本满意），投诉结案

It fails again two days later: a rework by hand.

  $ kefu --by zhangmin --now 2026-12-02T09:00 repair rework BX-2026-11-0001 --reason 阀门再次漏水
  ! BX-2026-11-0001 已转返修（第 2 次），须于 2026-12-03T09:00 前完工
  $ kefu --now 2026-12-02T09:00 repair list --all
  编号             受理时间     户号/地点     故障              紧急  状态    首问负责人  维修人  完工时限     返修  逾期
  ---------------  -----------  ------------  ----------------  ----  ------  ----------  ------  -----------  ----  ------
  BX-2026-11-0001  11-26 09:00  1-1-101       厨房水管爆裂漏水  急修  维修中  张敏        刘工    12-03 09:00  2
  BX-2026-11-0002  11-26 10:00  2栋1单元电梯  电梯楼层按钮失灵  一般  待派工  李丽                11-27 23:59        超时限
  BX-2026-11-0003  11-27 18:00  2-1-302       卫生间灯不亮      一般  待派工  张敏                11-30 23:59        超时限
  ! 共 3 条

A call that is not a case, and the month's register of every call and visit.

  $ kefu --by zhangmin --now 2026-11-27T11:00 contact log --type 咨询 --category 收费 --unit 1-2-201 --content 询问车位管理费标准 --reply 已告知每月150元
  LD-2026-11-0001
  ! 已登记咨询（电话）LD-2026-11-0001
  $ kefu --by lili --now 2026-11-28T10:00 contact log --type 表扬 --channel 来访 --category 维修 --name 路人乙 --phone 13000001111 --content 感谢刘工及时修好水管
  LD-2026-11-0002
  ! 已登记表扬（来访）LD-2026-11-0002
  $ kefu --now 2026-12-01T09:00 contact list --month 2026-11
  时间         方式  类型  类别          客户    户号/地点     电话         编号             接待人  处理情况         事由
  -----------  ----  ----  ------------  ------  ------------  -----------  ---------------  ------  ---------------  --------------------
  11-13 10:00  电话  投诉  环境卫生      周丽华  2-1-301       135****2222  TS-2026-11-0001  李丽    已结案           楼道垃圾未及时清运
  11-26 09:00  电话  报修  户内维修      陈建国  1-1-101       138****5678  BX-2026-11-0001  张敏    维修中           厨房水管爆裂漏水
  11-26 10:00  来访  报修  公共设施设备  周丽华  2栋1单元电梯  135****2222  BX-2026-11-0002  李丽    待派工           电梯楼层按钮失灵
  11-27 11:00  电话  咨询  收费          黄伟    1-2-201       136****1111  LD-2026-11-0001  张敏    已告知每月150元  询问车位管理费标准
  11-27 18:00  电话  报修  户内维修      吴强    2-1-302       134****3333  BX-2026-11-0003  张敏    待派工           卫生间灯不亮
  11-28 10:00  来访  表扬  维修          路人乙                130****1111  LD-2026-11-0002  李丽    已登记           感谢刘工及时修好水管
  ! 2026-11 共 6 条
  $ kefu --now 2026-12-01T09:00 contact list --month 2026-11 --type 报修 --format json | python3 -c '
  > import json,sys; print([(r["id"], r["type"], r["phone"]) for r in json.load(sys.stdin)])'
  [('BX-2026-11-0001', 'repair', '138****5678'), ('BX-2026-11-0002', 'repair', '135****2222'), ('BX-2026-11-0003', 'repair', '134****3333')]

The forms.

  $ kefu --now 2026-12-01T09:00 render register 2026-11
  翠湖花园 客户服务中心
  客户来电来访登记表    2026年11月
  
  序号  时间         方式  类型  客户    户号/地点     电话         编号             接待人  处理情况         事由
  1     11-13 10:00  电话  投诉  周丽华  2-1-301       135****2222  TS-2026-11-0001  李丽    已结案
        环境卫生：楼道垃圾未及时清运
  2     11-26 09:00  电话  报修  陈建国  1-1-101       138****5678  BX-2026-11-0001  张敏    维修中
        户内维修：厨房水管爆裂漏水
  3     11-26 10:00  来访  报修  周丽华  2栋1单元电梯  135****2222  BX-2026-11-0002  李丽    待派工
        公共设施设备：电梯楼层按钮失灵
  4     11-27 11:00  电话  咨询  黄伟    1-2-201       136****1111  LD-2026-11-0001  张敏    已告知每月150元
        收费：询问车位管理费标准
  5     11-27 18:00  电话  报修  吴强    2-1-302       134****3333  BX-2026-11-0003  张敏    待派工
        户内维修：卫生间灯不亮
  6     11-28 10:00  来访  表扬  路人乙                130****1111  LD-2026-11-0002  李丽    已登记
        维修：感谢刘工及时修好水管
  
  共 6 条    登记人：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-01T09:00 render repair BX-2026-11-0001
  翠湖花园 客户服务中心
  公共设施设备报修单
  编号：BX-2026-11-0001    类型：户内维修    紧急程度：急修
  
  报修时间：2026-11-26T09:00（周四）    来源：电话
  报修人：陈建国    联系电话：138****5678
  户号：1-1-101
  
  故障情况：
    厨房水管爆裂漏水
  
  受理人：张敏    维修班组：工程部    维修人员：刘工
  派工时间：2026-11-26T09:05
  到场时限：2026-12-02T09:30    到场时间：
  完工时限：2026-12-03T09:00    完工时间：
  维修结果：
  所用材料：铜阀门1个
  特约服务收费：¥45.50 元（见缴费通知单）
  返修：2026-11-27T10:00  回访不满意：阀门仍有渗水
  返修：2026-12-02T09:00  阀门再次漏水
  回访：2026-11-27T10:00  不满意  客户签字：陈建国  回访人：张敏  阀门仍有渗水
  回访：2026-11-30T10:00  满意  客户签字：陈建国  回访人：张敏
  
  处理经过：
    2026-11-26T09:00  张敏  受理  受理报修（急修）
    2026-11-26T09:05  张敏  派工  派工 工程部 刘工，2026-11-26T09:25 到场
    2026-11-26T11:00  张敏  完工  完工（陈建国 签字）：更换进水阀门
    2026-11-27T10:00  张敏  回访  回访：不满意（陈建国 签字）；阀门仍有渗水；
                                  不满意，转返修
    2026-11-27T15:00  刘工  完工  完工（陈建国 签字）：重新缠生料带并紧固
    2026-11-30T10:00  张敏  回访  回访：满意（陈建国 签字）
    2026-12-02T09:00  张敏  返修  返修：阀门再次漏水
  
  业主（报修人）签字：____________    维修人员签字：____________
  翠湖花园管理处  电话：0755-86000000  地址：深圳市南山区翠湖路8号
  $ kefu --now 2026-12-01T09:00 render callback BX-2026-11-0001
  翠湖花园 客户服务中心
  回访记录表
  编号：BX-2026-11-0001（报修）
  
  客户：陈建国    联系电话：138****5678    户号/地点：1-1-101
  事由：厨房水管爆裂漏水
  处理结果：维修中
  解决时间：    回访期限：    首问负责人：张敏
  
  第1次回访  2026-11-27T10:00  回访人：张敏
    结果：不满意    客户签字：陈建国
    客户意见：阀门仍有渗水
  第2次回访  2026-11-30T10:00  回访人：张敏
    结果：满意    客户签字：陈建国
    客户意见：
  
  
  翠湖花园管理处  电话：0755-86000000
  $ kefu --now 2026-12-01T09:00 render payment BX-2026-11-0001
  翠湖花园
  缴费通知单
  
  尊敬的 陈建国（1-1-101）：
  
    您于 2026-11-27T15:00 所接受的特约服务（报修单号 BX-2026-11-0001）已完成：
      服务内容：厨房水管爆裂漏水
      所用材料：铜阀门1个
      维修人员：刘工
    应缴费用：人民币 ¥45.50 元
  
    请于收到本通知后到客户服务中心缴纳。如有疑问，请致电 0755-86000000。
  
                                          翠湖花园管理处
                                          2026-12-01
  
  客户签收：____________    签收日期：____________
  $ kefu --now 2026-12-01T09:00 render payment BX-2026-11-0002
  ! kefu: 报修 BX-2026-11-0002 没有特约服务收费（完工时用 repair done --charge 记录），无需缴费通知单
  [2]

Bad amounts are refused.

  $ kefu --by liugong --now 2026-12-01T09:00 repair dispatch BX-2026-11-0003 --tech liugong
  ! 已将 BX-2026-11-0003 派给 刘工
  $ kefu --by liugong --now 2026-12-01T10:00 repair done BX-2026-11-0003 --signed-by 吴强 --charge 12.345
  ! kefu: 收费金额「12.345」无效，应如 120、120.5 或 ¥1,234.50
  [2]
  $ kefu --by liugong --now 2026-12-01T10:00 repair done BX-2026-11-0003 --signed-by 吴强 --charge "1,234.5"
  ! BX-2026-11-0003 已完工（已超完工时限）；请于 2026-12-08 前回访；特约服务收费 1234.50 元：用 kefu repair to-special BX-2026-11-0003 转为特约服务，收费计入该户账单
  $ grep charge_fen d/repairs/2026/11/BX-2026-11-0003.yaml
  charge_fen: 123450

Deadlines around National Day: an urgent repair on the eve runs through the holiday night; a
normal one waits for the first working day after it.

  $ kefu --by zhangmin --now 2026-09-30T23:50 repair log --unit 1-1-102 --fault 停电 --urgency urgent
  BX-2026-09-0001
  ! 已受理报修 BX-2026-09-0001（急修），首问负责人 张敏；须于 2026-10-01T00:20 前到场，2026-10-01T23:50 前完工
  $ kefu --by zhangmin --now 2026-09-30T16:00 repair log --unit 1-1-102 --fault 门铃不响
  BX-2026-09-0002
  ! 已受理报修 BX-2026-09-0002（一般），首问负责人 张敏；须于 2026-10-08T23:59:59 前完工
  $ kefu --now 2026-10-08T09:00 due
  【张敏】2 项
  编号             事项            期限         内容
  ---------------  --------------  -----------  ------------
  BX-2026-09-0001  急修超时未到场  10-01 00:20  1-1-102 停电
  BX-2026-09-0001  报修超时未完工  10-01 23:50  1-1-102 停电
  [1]
