/// Starter files of a new data directory.
#include "store/init.hpp"

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "core/enums.hpp"
#include "core/errors.hpp"
#include "store/atomic_file.hpp"
#include "store/files.hpp"
#include "store/yaml_io.hpp"

namespace kefu {
namespace fs = std::filesystem;

std::string official_calendar_yaml() {
  return R"(# 法定节假日与调休上班日（国务院办公厅通知）。每年11月公布次年安排后请补入。
# holidays: 放假日期（from–to 含两端）；makeup_workdays: 调休上班的周末。
2025:
  holidays:
    - {name: 元旦, from: 2025-01-01, to: 2025-01-01}
    - {name: 春节, from: 2025-01-28, to: 2025-02-04}
    - {name: 清明节, from: 2025-04-04, to: 2025-04-06}
    - {name: 劳动节, from: 2025-05-01, to: 2025-05-05}
    - {name: 端午节, from: 2025-05-31, to: 2025-06-02}
    - {name: 国庆节、中秋节, from: 2025-10-01, to: 2025-10-08}
  makeup_workdays: [2025-01-26, 2025-02-08, 2025-04-27, 2025-09-28, 2025-10-11]
2026:
  holidays:
    - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
    - {name: 春节, from: 2026-02-15, to: 2026-02-23}
    - {name: 清明节, from: 2026-04-04, to: 2026-04-06}
    - {name: 劳动节, from: 2026-05-01, to: 2026-05-05}
    - {name: 端午节, from: 2026-06-19, to: 2026-06-21}
    - {name: 中秋节, from: 2026-09-25, to: 2026-09-27}
    - {name: 国庆节, from: 2026-10-01, to: 2026-10-07}
  makeup_workdays: [2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10]
)";
}

namespace {

/// A value in a YAML flow mapping: as emit_yaml writes it when that is a plain scalar without
/// flow indicators, else a JSON string (a valid YAML double-quoted scalar, escapes included).
std::string flow_scalar(const std::string& s) {
  std::string line = emit_yaml(Json{{"k", s}});  // "k: <scalar>\n"
  std::string_view text(line);
  text.remove_prefix(3);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  bool plain = !text.empty() && text.find_first_of("\"'|>\n,[]{}") == std::string_view::npos;
  return plain ? std::string(text) : Json(s).dump();
}

std::string staff_lines(const std::vector<StaffMember>& staff) {
  if (staff.empty())
    return "# 以下为示例，请换成本处实际人员。\n"
           "staff:\n"
           "  - {id: zhangmin, name: 张敏, role: 客户助理}\n"
           "  - {id: lili, name: 李丽, role: 客户助理}\n"
           "  - {id: wangqiang, name: 王强, role: 客户主管}\n"
           "  - {id: zhaojl, name: 赵建国, role: 管理处经理}\n"
           "  - {id: liugong, name: 刘工, role: 工程}\n"
           "  - {id: zhoukj, name: 周会计, role: 财务}\n";
  std::string out = "staff:\n";
  for (const auto& m : staff) {
    out += "  - {id: " + flow_scalar(m.id) + ", name: " + flow_scalar(m.name) +
           ", role: " + std::string(to_zh(m.role));
    if (!m.phone.empty()) out += ", phone: " + Json(m.phone).dump();
    out += "}\n";
  }
  return out;
}

/// The fee owner's line, its comment at column 29 as in the other lines of that block.
std::string owner_line(const std::string& owner) {
  std::string line = owner.empty() ? "  # owner: zhuguan" : "  owner: " + flow_scalar(owner);
  line.append(line.size() < 29 ? 29 - line.size() : 1, ' ');
  return line;
}

}  // namespace

std::string starter_config_yaml(const StarterSite& site) {
  const std::string office = site.office.empty() ? site.name + "管理处" : site.office;
  return site.header + R"(# kefu 站点配置。字段名为英文，值可写中文；修改后运行 kefu check 检查。
site:
  name: )" +
         flow_scalar(site.name) +
         R"(
  address: )" +
         flow_scalar(site.address) +
         R"(
  phone: )" +
         flow_scalar(site.phone) +
         R"(
  office: )" +
         flow_scalar(office) +
         R"(

# 人员花名册：id 用于 --by 与记录；role 可写 客户助理 客户主管 管理处经理 工程 护卫 保洁 财务
)" + staff_lines(site.staff) +
         R"(

departments: [客户服务中心, 工程部, 安管部, 保洁部, 绿化部, 财务部]

complaint_categories: [服务态度, 维修质量, 环境卫生, 安全秩序, 噪音扰民, 停车管理, 收费问题, 设施设备, 装修管理, 其他]

# 时限（手册 §3.5.1 与服务承诺）：投诉24小时内响应；重大投诉1个工作日、一般投诉3个工作日内解决；
# 解决后重大投诉7天、一般投诉14天内回访。
sla:
  complaint:
    response_hours: 24
    resolve_working_days: {major: 1, general: 3}
    callback_days: {major: 7, general: 14}
  # 报修（手册 §1.3.2.4）：时长写作 30m（分钟）、24h（小时，连续计时，含夜间与节假日）
  # 或 1wd（工作日：受理次日起第N个工作日下班前，同投诉）。arrive 为到场时限，可省略。
  repair:
    urgent: {arrive: 30m, fix: 24h}
    normal: {fix: 1wd}
    callback_days: 7
  # 顾客意见（手册 §3.5.2）：收集后两日内送达责任部门，责任部门接到后三日内书面反馈整改措施，
  # 整改后两周内回访效果。写作 2d（日历日）、2w（周）或 2wd（工作日）。
  opinion: {send: 2d, measures: 3d, callback: 2w}
  # 特约服务（手册 §3.5.3）：完成后 notice 内送达缴费通知单，callback 内电话回访，均自完成时起算；
  # 不写 callback 时同报修的 callback_days。
  special: {notice: 2wd, callback: 7d}

# 来电来访登记的类别（kefu contact log --category）
contact_categories: [物业服务, 维修, 收费, 安全秩序, 环境卫生, 停车管理, 装修管理, 社区活动, 其他]

# 钥匙管理（手册 §3.4）：所借钥匙须当日 cutoff 前归还，不得过夜（工程维修可用 --until 约定）。
# 非本处员工借用：id_check_required 为 true 时须出示证件核验，只登记证件类型及号码末四位，证件
# 当场交还，不得扣押（《居民身份证法》第十五条）；cash_deposit_required 为 true 时另须交现金押金
# cash_deposit 元（不要求时，收取的押金也不少于此数）。
keys:
  cutoff: "18:00"
  id_check_required: true
  cash_deposit_required: false
  cash_deposit: "100.00"

# 质量目标（手册 §2.1）
targets:
  complaint_timely: 100%
  repair_timely: 100%
  repair_callback: 85%
  rework: 1%
  satisfaction: 90%
  fee_collection: 92%

# 收费项目（费用收缴）：basis 为 area 按建筑面积、space 按车位、metered 按用量（抄表数据由
# kefu fee import 导入）、fixed 固定额；rate 为每月单价（元，最多四位小数）。金额四舍五入到分。
fees:
  items:
    - {key: management, name: 物业管理费, basis: area, rate: 2.50}
    - {key: parking, name: 车位管理费, basis: space, rate: 150.00}
    - {key: water, name: 水费, basis: metered, rate: 4.20, measure: 吨}
    - {key: electricity, name: 电费, basis: metered, rate: 0.6835, measure: 度}
    - {key: maintenance_fund, name: 专项维修资金, basis: area, rate: 0.25}
  pay_within_days: 15        # 催费通知书上的缴费期限（天）
  late_fee_daily: 0          # 滞纳金日费率，仅当服务合同约定时填写，如 0.0003；0 为不收
)" + owner_line(site.fee_owner) +
         R"(# 催缴事项的负责人（kefu due），默认为财务或客户主管

# 催缴级别：按最早欠费的账龄（月）逐级升级。不得停水停电（民法典第944条）。
dun_levels:
  - {level: 1, name: 电话催缴, method: 电话, after_months: 1}
  - {level: 2, name: 书面通知, method: 书面通知, after_months: 2}
  - {level: 3, name: 上门催缴, method: 上门, after_months: 3}
  - {level: 4, name: 律师函, method: 律师函, after_months: 6}
  - {level: 5, name: 诉讼, method: 诉讼, after_months: 12}

# 特约服务价目表（手册 §3.5.3，有偿服务）：kefu special open --service 键 取此价格；不在表中的
# 服务用 --what 与 --price 写明议定价格。price 为元，最多两位小数。
special_services:
  - {key: unclog, name: 管道疏通, price: 80.00}
  - {key: ac_clean, name: 空调清洗, price: 120.00}
  - {key: lock_change, name: 更换门锁锁芯, price: 150.00}
  - {key: appliance_install, name: 灯具洁具安装, price: 50.00}

# 顾客满意度调查（手册 §2.2.6）：问卷的项目，每项答 满意 / 基本满意 / 不满意。kefu survey open
# 开始一轮调查时把此表抄入该轮，之后修改此表不影响已开始的调查。
survey_items: [客户服务, 工程维修, 秩序维护, 保洁服务, 绿化养护, 收费服务]
# 月度报告的顾客满意率依据：callbacks 回访结果（默认）、survey 最近一轮已结束的问卷调查、
# both 两者并列（质量目标表中的顾客满意率按回访，问卷调查满意率另列一行）。
satisfaction_measure: callbacks

# 入伙、迁入的交接清单（程序 008、009）：kefu move in 登记迁入时列入，move check 逐项登记
# 完成（读数、钥匙把数写在 --note）；某户另有清单时用 move in --item 逐项列出。
move_checklist: [钥匙交接, 水表读数, 电表读数, 燃气表读数, 入伙资料（业主手册、管理规约）]

# 住户卡（§1.3.2.3）：kefu unit card issue 发放、card reissue 挂失后补办时收取的费用（元），
# 计入该户当月账单；0 为不收费。
resident_cards: {issue_fee: 0.00, reissue_fee: 0.00}
# 前台值班的班次（手册 §3.7、程序 020）：kefu duty 记值班记录，kefu handover 交接班。
# 结束时刻早于开始时刻的班次跨过午夜；"24:00" 为当日结束。
shifts:
  - {name: 早班, start: "08:00", end: "16:00"}
  - {name: 中班, start: "16:00", end: "24:00"}
  - {name: 夜班, start: "00:00", end: "08:00"}
# 巡视（手册 §3.2、程序 011、012）：areas 为区域及其检查点；rounds 为巡视及频次
# （daily 每日、weekly 每周，周一至周日为一周）。巡视的检查点：vacant_units 为当时空置的单元；
# 否则写了 items 时为各区域（areas，不写则不分区域）的这些项目；否则为各区域自己的检查点
# （areas 不写为全部区域）。某巡视自第一次登记起，当期未巡视即列入 owner（默认客户主管）的
# kefu due。登记：kefu patrol log --round daily --finding '地点:描述'
patrols:
  areas:
    - {name: 大堂, checkpoints: [前台岗位, 地面卫生, 照明]}
    - {name: 各楼层, checkpoints: [走道卫生, 照明, 消防设施]}
    - {name: 电梯, checkpoints: [运行, 轿厢卫生]}
    - {name: 卫生间, checkpoints: [卫生, 设施]}
    - {name: 外围, checkpoints: [秩序岗位, 绿化, 道路卫生]}
    - {name: 防火通道, checkpoints: [畅通, 应急照明]}
  rounds:
    - {key: daily, name: 每日巡视, frequency: daily}
    - {key: weekly, name: 每周检查, frequency: weekly, items: [乱设标识标牌和广告, 乱贴乱画, 公用设施损坏, 不整洁]}
    - {key: vacant, name: 空置单元周检, frequency: weekly, vacant_units: true}

# 拾遗物品（手册 §3.3.6）：无人认领满 keep_days 天后，可由客户主管或经理决定移交派出所或处理。
lost_property:
  keep_days: 30
)";
}

void init_data_dir(const fs::path& dir, const std::string& site_name, const std::string& group) {
  std::error_code ec;
  if (fs::exists(dir / "kefu.yaml", ec))
    throw RefusedError(dir.string() + " 已是 kefu 数据目录（已有 kefu.yaml），未做任何改动");
  if (site_name.empty()) throw RefusedError("站点名称不能为空");
  std::optional<gid_t> gid;
  if (!group.empty()) {
    std::vector<char> buf(16384);
    struct group g {};
    struct group* found = nullptr;
    if (::getgrnam_r(group.c_str(), &g, buf.data(), buf.size(), &found) != 0 || !found)
      throw RefusedError("没有名为「" + group + "」的用户组；请先由管理员建立（groupadd " + group +
                         "）并把共用此数据目录的人员加入其中（usermod -aG " + group + " 用户名）");
    gid = found->gr_gid;
  }
  // A new (or empty) folder is made whole beside it and renamed into place, so a killed init
  // leaves either nothing or a data directory. A folder with other things in it is filled in
  // place, kefu.yaml last: until then it is not a data directory, and init can be run again.
  bool empty = !fs::exists(dir, ec) || (fs::is_directory(dir, ec) && fs::is_empty(dir, ec));
  auto parent = fs::absolute(dir).lexically_normal().parent_path();
  if (dir.filename().empty()) parent = parent.parent_path();
  fs::path build =
      empty ? parent / fmt::format(".{}.kefu-init-{}",
                                   fs::absolute(dir).lexically_normal().filename().string(),
                                   ::getpid())
            : dir;
  if (empty) fs::remove_all(build, ec);
  make_private_dirs(build);
  if (gid && ::chown(build.c_str(), static_cast<uid_t>(-1), *gid) != 0)
    throw RefusedError("无法把 " + dir.string() + " 交给用户组 " + group + "：" + errno_zh(errno) +
                       "（须是该组成员）");
  // An existing folder is tightened too: the records will hold owners' phone numbers.
  if (::chmod(build.c_str(), gid ? 02770 : 0700) != 0)
    throw StoreError(dir.string(), 0, 0, "无法设置权限：" + errno_zh(errno));
  StoreFiles files(build);
  files.put("calendar.yaml", official_calendar_yaml());
  // A sample of three buildings: the units README's walk-through uses.
  const char* head =
      "# 住户资料，每栋一个文件（units/楼栋.yaml）。户号格式：楼栋-单元-房号。\n"
      "# 以下为示例，请换成实际住户（或用 kefu unit import 花名册.csv 导入）。area 为建筑面积"
      "（平方米，最多两位小数）。\n";
  files.put("units/1.yaml",
            std::string(head) +
                "building: \"1\"\n"
                "units:\n"
                "  - {id: 1-1-101, owner: 陈建国, phone: \"13800000001\", area: 89.50}\n"
                "  - {id: 1-1-102, owner: 林秀英, phone: \"13800000002\", area: 120.00}\n"
                "  - {id: 1-2-201, owner: 黄志明, phone: \"13800000003\", area: 96.30}\n");
  files.put("units/2.yaml",
            std::string(head) +
                "building: \"2\"\n"
                "units:\n"
                "  - {id: 2-1-301, owner: 周丽华, phone: \"13800000004\", area: 88.00}\n"
                "  - {id: 2-1-302, owner: 吴强, phone: \"13800000005\", area: 76.40}\n");
  files.put("units/3.yaml",
            std::string(head) +
                "building: \"3\"\n"
                "units:\n"
                "  - {id: 3-2-801, owner: 郑海燕, phone: \"13800000006\", area: 105.20}\n"
                "  - {id: 3-2-1102, owner: 马晓东, phone: \"13800000007\", area: 132.60}\n");
  for (const auto& [name, text] : builtin_hook_samples()) files.put("hooks/" + name, text);
  files.put(".gitignore", "# kefu 的锁与可重建的索引，不入版本库\n.kefu/\n");
  files.put("kefu.yaml", starter_config_yaml([&] {
              StarterSite s;
              s.name = site_name;
              return s;
            }()));
  if (empty) {
    if (::rename(build.c_str(), fs::absolute(dir).lexically_normal().c_str()) != 0) {
      int saved = errno;
      fs::remove_all(build, ec);
      throw StoreError(dir.string(), 0, 0, "无法建立数据目录：" + errno_zh(saved));
    }
    int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
}

}  // namespace kefu
