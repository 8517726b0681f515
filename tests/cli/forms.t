Forms rendered from templates: 投诉处理记录 and 客户来电来访登记表; a site's own template wins.

  $ cp -r "$TESTDIR/fixtures/estate" d && export KEFU_DATA=$PWD/d KEFU_USER=zhangmin
  $ kefu --now 2026-11-26T09:30 complaint open --unit 1-1-101 --category 噪音扰民 --involved 施工队负责人 --desc 楼上每晚十点后装修噪音 2>/dev/null
  TS-2026-11-0001
  $ kefu --now 2026-11-26T10:15 complaint open --place 3栋地下车库 --channel 来访 --name 王先生 --phone 13711112222 --category 停车管理 --severity 重大 --desc 车位被长期占用 2>/dev/null
  TS-2026-11-0002
  $ kefu --by wangqiang --now 2026-11-26T11:00 complaint assign TS-2026-11-0001 --to 工程部 2>/dev/null
  $ kefu --now 2026-11-30T16:00 complaint close TS-2026-11-0001 --resolution 已责令装修方十点后停工 2>/dev/null

  $ kefu --now 2026-12-01T09:00 render complaint TS-2026-11-0001
  翠湖花园 客户服务中心
  投诉处理记录
  编号：TS-2026-11-0001
  
  受理时间：2026-11-26T09:30（周四）    来源：电话
  投诉人：陈建国    联系电话：138****5678
  户号：1-1-101
  涉及人员：施工队负责人
  类别：噪音扰民    级别：一般
  投诉内容：
    楼上每晚十点后装修噪音
  
  首问负责人：张敏    处理人（部门）：工程部
  响应时限：2026-11-27T09:30    响应时间：2026-11-26T11:00
  处理时限：2026-12-01T23:59:59    解决时间：2026-11-30T16:00
  处理结果：
    已责令装修方十点后停工
  
  回访期限：2026-12-14T23:59:59
  
  处理经过：
    2026-11-26T09:30  张敏  受理  受理投诉
    2026-11-26T11:00  王强  派单  派单至 工程部
    2026-11-30T16:00  张敏  结案  已责令装修方十点后停工
  
  客户签字：____________    主管审核：____________
  翠湖花园管理处  电话：0755-86000000  地址：深圳市南山区翠湖路8号

  $ kefu --now 2026-12-01T09:00 render 客户来电来访登记表 2026-11
  翠湖花园 客户服务中心
  客户来电来访登记表    2026年11月
  
  序号  时间         方式  类型  客户    户号/地点    电话         编号             接待人  处理情况  事由
  1     11-26 09:30  电话  投诉  陈建国  1-1-101      138****5678  TS-2026-11-0001  张敏    待回访    噪音扰民：楼上每晚十点后装修噪音
  2     11-26 10:15  来访  投诉  王先生  3栋地下车库  137****2222  TS-2026-11-0002  张敏    待响应    停车管理：车位被长期占用
  
  共 2 条    登记人：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000

  $ kefu --now 2026-12-01T09:00 render register TS-2026-11-0002 -o one.txt && cat one.txt
  翠湖花园 客户服务中心
  客户来电来访登记表    TS-2026-11-0002
  
  序号  时间         方式  类型  客户    户号/地点    电话         编号             接待人  处理情况  事由
  1     11-26 10:15  来访  投诉  王先生  3栋地下车库  137****2222  TS-2026-11-0002  张敏    待响应    停车管理：车位被长期占用
  
  共 1 条    登记人：____________    客户主管：____________
  翠湖花园管理处  电话：0755-86000000
  ! 已生成 客户来电来访登记表：one.txt

  $ mkdir d/templates && printf '{{site.name}}｜{{id}}｜{{severity}}｜{{phone}}\n' > d/templates/complaint_record.txt
  $ kefu --now 2026-12-01T09:00 --reveal render complaint TS-2026-11-0002
  翠湖花园｜TS-2026-11-0002｜重大｜13711112222

  $ kefu render 报修单 TS-2026-11-0001
  ! kefu: 没有表单「报修单」；可用的表单：
  !   complaint               投诉处理记录（投诉编号）
  !   register                客户来电来访登记表（月份（2026-11）或记录编号）
  !   analysis                来电来访数据分析表（月份（2026-11））
  !   repair                  公共设施设备报修单（报修编号）
  !   callback                回访记录表（投诉、报修、意见或特约服务编号）
  !   payment                 缴费通知单（特约服务编号，或有收费的报修编号）
  !   dun_notice              催费通知书（户号）
  !   receipt_sheet           文件签收表（日期（当日发出的催费通知书））
  !   dun_log                 催费记录表（户号）
  !   keys                    借用钥匙登记表（月份（2026-11）、钥匙编号或借用登记编号）
  !   daily                   每日受理情况检查表（日期（2026-11-25））
  !   opinion                 顾客意见整改反馈表（意见编号）
  !   survey                  顾客满意度调查汇总表（调查编号）
  !   renovation_application  装修申请表（装修编号）
  !   renovation_permit       装修许可证（装修编号）
  !   renovation_passes       装修施工人员出入证办理登记表（装修编号）
  !   renovation_inspection   装修现场巡查记录表（装修编号）
  !   renovation_notice       装修施工/验收整改通知书（装修编号/通知书号（ZX-2026-09-0001/01））
  !   renovation_hotwork      装修施工动火备案表（装修编号）
  !   renovation_acceptance   装修工程验收表（装修编号）
  !   renovation_refund       退款通知书（装修编号）
  !   release                 物品放行条（迁出编号（最近一张），或 编号/张号）
  !   settlement              客户搬迁结算表（迁出编号）
  !   moves                   客户迁入、迁出统计表（月份（2026-11））
  !   customer_record         客户情况登记表（户号）
  !   visits                  走访记录表（月份（2026-11）或走访编号）
  [2]
