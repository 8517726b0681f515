/// kefu-gen: writes a believable estate's data directory, deterministically from a seed.
///
/// The same seed and options always give byte-identical files, whatever the machine: the
/// random numbers come from splitmix64, not from <random>'s distributions, whose output
/// differs between standard libraries. Cases go through the same lifecycle functions that
/// the commands use, so the records are exactly what kefu itself would have written.
///
///   kefu-gen --out data --seed 1 --buildings 4 --from 2026-06 --now 2026-11-26T09:30
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/complaint.hpp"
#include "core/contact.hpp"
#include "core/fee.hpp"
#include "core/journal.hpp"
#include "core/key.hpp"
#include "core/lobby.hpp"
#include "core/lost.hpp"
#include "core/money.hpp"
#include "core/move.hpp"
#include "core/opinion.hpp"
#include "core/patrol.hpp"
#include "core/renovation.hpp"
#include "core/repair.hpp"
#include "core/special.hpp"
#include "core/survey.hpp"
#include "core/unit.hpp"
#include "store/atomic_file.hpp"
#include "store/complaint_store.hpp"
#include "store/datadir.hpp"
#include "store/derived.hpp"
#include "store/fee_store.hpp"
#include "store/init.hpp"
#include "store/key_store.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/move_store.hpp"
#include "store/opinion_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/seal.hpp"
#include "store/special_store.hpp"
#include "store/survey_store.hpp"
#include "store/unit_store.hpp"
#include "store/visit_store.hpp"

namespace kefu {
namespace {

namespace fs = std::filesystem;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// 0 … n-1
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<size_t>(below(static_cast<int>(v.size())))];
  }

 private:
  uint64_t state_;
};

struct Options {
  std::string out = "data";
  uint64_t seed = 1;
  int buildings = 4;
  int entrances = 2;
  int floors = 15;
  int rooms = 2;
  std::string from = "2026-06";
  std::string now = "2026-11-26T09:30";
  // Events per day per 1000 units; fractions are kept to 1/1000 of an event per day.
  double complaints_per_day_per_1000_units = 3;
  double repairs_per_day_per_1000_units = 5;
  double contacts_per_day_per_1000_units = 8;
  std::string ledger;       // also write the fee postings as a journal (kefu fee journal's)
  std::string taskwarrior;  // also write the complaints as taskwarrior import JSON
  unsigned threads = 0;     // writer threads (0: one per core); the output never depends on it
  bool bench = false;
};

/// Expected events per day, in thousandths, for `units` units at `rate` per 1000 units.
int64_t permille_per_day(size_t units, double rate) {
  return std::llround(static_cast<double>(units) * rate);
}

const std::vector<std::string> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",
                                            "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
                                            "罗", "高", "梁", "郑", "谢", "宋", "唐", "许"};
const std::vector<std::string> kGiven = {
    "伟", "芳", "娜", "敏", "静",   "丽", "强", "磊", "军",   "洋",   "勇",   "艳",   "杰",
    "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东"};

std::string person_name(Random& r) {
  return r.pick(kSurnames) + r.pick(kGiven);
}
std::string phone_number(Random& r) {
  static const std::vector<std::string> prefixes = {"138", "139", "137", "136", "135", "159",
                                                    "186", "188", "177", "150", "151", "189"};
  return r.pick(prefixes) + fmt::format("{:08}", r.next() % 100000000);
}

/// Whether `s` is a kefu date-time (2026-11-26T09:30, seconds optional): a plain YAML scalar.
/// Writes the data directory's files from worker threads: each job makes its file's text
/// (serialising a record is most of the work) and writes it with kefu's own file writer
/// (StoreFiles: the data directory's modes, a temporary file renamed into place), without a
/// sync per file: a generated estate is written once, and a killed run is simply run again.
/// What is written never depends on the order the jobs run in.
class Writer {
 public:
  Writer(fs::path root, unsigned threads) : root_(make_root(root)), files_(root_) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { run(); });
  }
  ~Writer() {
    try {
      finish();
    } catch (...) {  // already reported, or the generator is failing anyway
    }
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  const fs::path& root() const { return root_; }

  /// Writes `rel` (relative to the root) with the text `make` returns, on a worker thread.
  void put(std::string rel, std::function<std::string()> make) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return jobs_.size() < kMaxQueued; });
    jobs_.push_back({std::move(rel), std::move(make)});
    not_empty_.notify_one();
  }
  void put_text(std::string rel, std::string text) {
    put(std::move(rel), [t = std::move(text)] { return t; });
  }
  /// A record's YAML, written and sealed as kefu writes and seals it.
  void put_yaml(std::string rel, std::function<Json()> make) {
    put(std::move(rel), [make = std::move(make)] { return sealed(emit_yaml(make())); });
  }

  /// Waits for every job; throws the first failure. Returns the number of files written.
  size_t finish() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    not_empty_.notify_all();
    for (auto& t : workers_)
      if (t.joinable()) t.join();
    if (!error_.empty()) throw std::runtime_error(error_);
    // The writer's empty temporary folder: kefu makes .kefu/ itself on first use.
    ::unlinkat(files_.fd(), std::string(derived::kTmp).c_str(), AT_REMOVEDIR);
    ::unlinkat(files_.fd(), std::string(derived::kFolder).c_str(), AT_REMOVEDIR);
    return files_written_;
  }

 private:
  struct Job {
    std::string rel;
    std::function<std::string()> make;
  };
  static constexpr size_t kMaxQueued = 4096;

  static fs::path make_root(const fs::path& root) {
    make_private_dirs(root);
    return root;
  }

  void run() {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return done_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      not_full_.notify_one();
      try {
        files_.put(job.rel, job.make(), /*sync=*/false);
        std::lock_guard lock(mutex_);
        ++files_written_;
      } catch (const std::exception& e) {
        std::lock_guard lock(mutex_);
        if (error_.empty()) error_ = e.what();
      }
    }
  }

  fs::path root_;
  StoreFiles files_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Job> jobs_;
  bool done_ = false;
  std::string error_;
  size_t files_written_ = 0;
};

/// The demo estate's kefu.yaml: kefu init's starter configuration, with the demo's site and staff.
std::string demo_config() {
  StarterSite site;
  site.header = "# 演示小区：由 kefu-gen 生成（src/tools/gen.cpp），可随意试用。\n";
  site.name = "翠湖花园";
  site.address = "深圳市南山区翠湖路8号";
  site.phone = "0755-86000000";
  site.staff = {{"zhangmin", "张敏", Role::assistant, "13900000001"},
                {"lili", "李丽", Role::assistant, "13900000002"},
                {"chenjing", "陈静", Role::assistant, "13900000003"},
                {"wangqiang", "王强", Role::supervisor, "13900000004"},
                {"zhaojl", "赵建国", Role::manager, "13900000005"},
                {"liugong", "刘工", Role::engineer, "13900000006"},
                {"sunsf", "孙师傅", Role::engineer, "13900000007"},
                {"zhoukj", "周会计", Role::finance, "13900000008"}};
  site.fee_owner = "wangqiang";
  return starter_config_yaml(site);
}

struct UnitRow {
  std::string id, owner, phone;
  std::string building;
  int64_t area_centi = 0;
  int parking_spaces = 0;
  Person emergency_contact;
  std::optional<Occupancy> occupancy;  // the units file's baseline
  Person tenant;                       // a tenant living there, registered at the desk

  Unit unit() const {
    return Unit{id,        building, owner, phone, area_centi, parking_spaces, emergency_contact,
                occupancy, {},       {},    {},    {}};
  }
};

const std::vector<std::string> kDeskStaff = {"zhangmin", "lili", "chenjing"};

/// A moment of office hours (09:00–17:00) on the day `days_before` days before `now`.
DateTime desk_time(DateTime now, int days_before, Random& r) {
  return start_of_day(date_of(now) - days{days_before}) + hours(9) + minutes(r.below(8 * 60));
}

/// What the desk has recorded of a unit beyond the roster: who lives there (the owner's family,
/// or a tenant and theirs), vehicles, resident cards issued, lost and reissued, and a few
/// changes of owner, each change in the unit's history. Drawn from a stream of its own, so the
/// rest of the estate is the same whatever is drawn here.
void desk_records(Unit& u, UnitRow& row, Random& r, DateTime first, DateTime now) {
  int span = static_cast<int>((date_of(now) - date_of(first)).count());
  // A family member: the same surname (one character, three bytes of UTF-8), another name.
  auto family_name = [&](const std::string& of) { return of.substr(0, 3) + r.pick(kGiven); };
  int k = r.below(100);
  if (k < 3 && span > 30) {
    // 房屋过户 early in the period: the roster's owner sold, the buyer is the owner since.
    auto at = desk_time(first, -r.below(20), r);
    Unit before = u;
    u.owner = person_name(r);
    u.phone = phone_number(r);
    row.owner = u.owner;
    row.phone = u.phone;
    record_unit_changes(before, u, r.pick(kDeskStaff), at, "房屋过户，凭不动产权证办理");
  }
  if (k >= 3 && k < 13 && !row.occupancy && span > 10) {
    // A tenant registered at the desk, with a family member half the time, and a card.
    auto at = desk_time(now, r.below(span - 5) + 5, r);
    auto by = r.pick(kDeskStaff);
    Unit before = u;
    Resident t{person_name(r), ResidentRelation::tenant, phone_number(r)};
    add_resident(u, t);
    if (r.chance(50)) {
      auto member = family_name(t.name);
      if (member != t.name) add_resident(u, {member, ResidentRelation::household, ""});
    }
    u.occupancy = Occupancy::rented;
    row.occupancy = Occupancy::rented;
    row.tenant = {t.name, t.phone};
    record_unit_changes(before, u, by, at, "租户入住登记，凭租赁合同");
    before = u;
    issue_card(u, t.name, "", 0, by, at + minutes(10));
    record_unit_changes(before, u, by, at + minutes(10), "发放住户卡");
  } else if (k >= 13 && k < 55) {
    // The owner's household, on the roster the developer handed over, and their cards.
    u.residents.push_back({u.owner, ResidentRelation::owner, u.phone});
    int members = 1 + r.below(3);
    for (int i = 0; i < members; ++i) {
      auto name = i == 0 ? person_name(r) : family_name(u.owner);
      if (std::none_of(u.residents.begin(), u.residents.end(),
                       [&](const Resident& x) { return x.name == name; }))
        u.residents.push_back({name, ResidentRelation::household, ""});
    }
    if (r.chance(60)) {
      auto at = desk_time(now, r.below(span), r);
      auto by = r.pick(kDeskStaff);
      Unit before = u;
      issue_card(u, u.owner, "", 0, by, at);
      if (u.residents.size() > 1) issue_card(u, u.residents[1].name, "", 0, by, at);
      record_unit_changes(before, u, by, at, "发放住户卡");
      int days_after = static_cast<int>((date_of(now) - date_of(at)).count());
      if (days_after > 3 && r.chance(15)) {
        // Reported lost, reissued a day or two later.
        int lost_days = r.below(days_after - 2) + 2;
        auto lost_at = desk_time(now, lost_days, r);
        auto lost_by = r.pick(kDeskStaff);
        auto number = u.cards.front().number;
        before = u;
        report_card_lost(u, number, lost_by, lost_at);
        record_unit_changes(before, u, lost_by, lost_at, "业主来电挂失");
        auto again = desk_time(now, lost_days - 1 - r.below(std::min(2, lost_days - 1)), r);
        if (again > lost_at) {
          before = u;
          reissue_card(u, number, "", 0, lost_by, again);
          record_unit_changes(before, u, lost_by, again, "挂失后补办");
        }
      }
    }
  }
  if (row.parking_spaces > 0 && r.chance(70)) {
    static const std::string kLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    auto plate = "粤B" + std::string(1, kLetters[static_cast<size_t>(r.below(24))]) +
                 fmt::format("{:04}", r.below(10000));
    u.vehicles.push_back({plate, fmt::format("B{}-{:03}", 1 + r.below(2), 1 + r.below(300))});
  }
}

std::vector<UnitRow> write_units(const Options& o, Writer& out, Random& r) {
  static const std::vector<std::string> areas = {"89.50", "98.25", "120.00", "143.80", "76.40"};
  std::vector<UnitRow> all;
  // The desk's records draw from a stream of their own (see desk_records).
  Random desk(o.seed ^ 0x554e495453000000ull);
  auto now = parse_datetime(o.now).value_or(DateTime{});
  auto first = start_of_day(parse_month(o.from).value_or(month_of(now)).first_day());
  for (int b = 1; b <= o.buildings; ++b) {
    UnitFile file;
    file.building = std::to_string(b);
    for (int e = 1; e <= o.entrances; ++e)
      for (int f = 1; f <= o.floors; ++f)
        for (int n = 1; n <= o.rooms; ++n) {
          UnitRow u;
          u.id = fmt::format("{}-{}-{}{:02}", b, e, f, n);
          u.owner = person_name(r);
          u.phone = phone_number(r);
          u.building = std::to_string(b);
          const auto& area = areas[static_cast<size_t>(r.below(5))];
          u.area_centi = parse_area(area).value_or(0);
          if (r.chance(30)) u.parking_spaces = 1;
          if (r.chance(40)) u.emergency_contact = {person_name(r), phone_number(r)};
          // A baseline occupancy for a few units with no move record (no random draw, so the
          // rest of the estate stays as it was): the top floor's last room of the first
          // entrance stands empty, the first room of the last entrance's ground floor is let.
          if (e == 1 && f == o.floors && n == o.rooms) u.occupancy = Occupancy::vacant;
          if (e == o.entrances && f == 1 && n == 1 && o.entrances > 1)
            u.occupancy = Occupancy::rented;
          Unit unit = u.unit();
          desk_records(unit, u, desk, first, now);
          file.units.push_back(std::move(unit));
          all.push_back(u);
        }
    out.put_text(fmt::format("units/{}.yaml", b),
                 fmt::format("# {}栋住户资料\n", b) + unit_file_yaml(file));
  }
  return all;
}

/// One of the '|'-separated places of a seed.
std::string pick_place(const char* places, Random& r) {
  std::vector<std::string> list;
  std::string all = places;
  for (size_t start = 0;;) {
    auto bar = all.find('|', start);
    list.push_back(all.substr(start, bar == std::string::npos ? bar : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return r.pick(list);
}

struct ComplaintSeed {
  const char* category;
  const char* department;  // the department it is sent to
  const char* text;
  const char* places;  // '|'-separated public places; empty: about the complainant's own unit
  int major_percent;   // how often it is a major complaint (safety, many households)
  const char* action;  // what the centre did first (处理经过)
  const char* result;  // how it was resolved
};

const std::vector<ComplaintSeed> kComplaintSeeds = {
    {"噪音扰民", "客户服务中心", "楼上夜间装修噪音，晚上十点后仍在施工", "", 0,
     "已上门告知装修户施工时间规定", "装修户承诺 18:00 后停止施工，回访业主已安静"},
    {"噪音扰民", "安管部", "楼下商铺音响声音过大，影响休息", "", 0, "护卫到场劝导商铺",
     "商铺已调低音量并承诺 21:00 后不放音乐"},
    {"噪音扰民", "客户服务中心", "中心花园广场舞音乐声太大", "中心花园", 0,
     "已与广场舞队负责人沟通", "约定音量减半、20:30 前结束，并换到远离住宅的一侧"},
    {"噪音扰民", "安管部", "凌晨有人在楼下大声喧哗", "1栋楼下|2栋楼下|3栋楼下|4栋楼下", 0,
     "夜班护卫到场劝离", "夜间加强该处巡逻，连续一周未再发生"},
    {"噪音扰民", "工程部", "楼顶水泵房夜间运行噪音大", "1栋天台|2栋天台|3栋天台|4栋天台", 0,
     "工程部夜间到场测量噪音", "水泵加装减震垫并更换轴承，噪音明显降低"},
    {"环境卫生", "保洁部", "单元楼道垃圾未及时清运，有异味", "1栋楼道|2栋楼道|3栋楼道|4栋楼道", 0,
     "保洁主管到场查看", "当日清运并消毒，楼道垃圾改为每日早晚两次清运"},
    {"环境卫生", "保洁部", "地下车库积水，地面湿滑", "地下车库A区|地下车库B区", 10,
     "保洁员清理积水并放置防滑提示", "疏通排水沟，地面已干燥"},
    {"环境卫生", "保洁部", "垃圾收集点垃圾桶满溢无人清理", "北门垃圾收集点|南门垃圾收集点", 0,
     "通知保洁部立即清运", "收集点清运增至每日三次，并冲洗地面"},
    {"环境卫生", "保洁部", "电梯轿厢内有异味", "1栋电梯|2栋电梯|3栋电梯|4栋电梯", 0,
     "保洁员对轿厢清洁消毒", "轿厢改为每日上下午各保洁一次"},
    {"环境卫生", "保洁部", "草地上宠物粪便无人清理", "中心花园|儿童游乐场", 0, "保洁员当即清理",
     "花园增设文明养犬提示牌和拾便袋箱"},
    {"环境卫生", "绿化部", "花园蚊虫太多，晚上无法散步", "中心花园", 0, "绿化部查看积水和杂草",
     "清理积水并进行灭蚊消杀，之后每周消杀一次"},
    {"停车管理", "安管部", "自家车位被外来车辆占用", "地下车库A区|地下车库B区", 0,
     "护卫联系车主挪车", "车主已挪车，外来车辆入库改为登记后按临时车位停放"},
    {"停车管理", "安管部", "小区内乱停车堵住消防通道", "南门|北门|3栋楼下", 40,
     "护卫到场联系车主挪车", "消防通道已清空，加设禁停标识并每班巡查"},
    {"停车管理", "工程部", "道闸识别不了业主车牌，进出排队", "南门|北门", 0,
     "工程部检查车牌识别摄像头", "重新校准摄像头并补录车牌，识别恢复正常"},
    {"设施设备", "工程部", "电梯经常停在半层，存在安全隐患", "1栋电梯|2栋电梯|3栋电梯|4栋电梯", 70,
     "电梯停用，通知维保单位到场", "维保单位更换平层感应器，检测合格后恢复运行"},
    {"设施设备", "工程部", "电梯困人，等待救援时间过长", "1栋电梯|2栋电梯|3栋电梯|4栋电梯", 100,
     "工程部与维保单位到场救援", "检修门机系统并向业主致歉，救援流程已重新培训"},
    {"设施设备", "工程部", "单元门禁刷卡失灵", "1栋1单元|2栋2单元|3栋1单元|4栋2单元", 0,
     "工程部检查门禁读卡器", "更换读卡模块，刷卡开门正常"},
    {"设施设备", "工程部", "楼道应急照明灯不亮", "1栋楼道|2栋楼道|3栋楼道|4栋楼道", 20,
     "工程部逐层检查应急灯", "更换应急灯电池三只，断电测试正常"},
    {"设施设备", "工程部", "儿童游乐设施螺丝松动", "儿童游乐场", 50, "游乐设施暂停使用并围挡",
     "紧固并全面检查游乐设施，已恢复开放"},
    {"设施设备", "工程部", "消防栓箱门损坏关不上", "1栋楼道|2栋楼道|3栋楼道|4栋楼道", 20,
     "工程部到场检查", "更换消防栓箱门铰链和门锁"},
    {"维修质量", "工程部", "上次维修的水管又开始漏水", "", 0, "工程部当天上门返修",
     "更换接头并试水两小时，无渗漏"},
    {"维修质量", "工程部", "维修人员未按约定时间上门", "", 0, "核实派工记录并向业主致歉",
     "对维修人员进行批评教育，预约上门改为提前电话确认"},
    {"维修质量", "工程部", "维修后地面遗留垃圾未清理", "", 0, "维修人员返回清理现场",
     "已清理干净并向业主致歉，维修完工须清场"},
    {"服务态度", "客户服务中心", "前台人员接电话态度生硬", "", 0, "与当班人员谈话了解情况",
     "当班人员向业主致歉，客服中心组织服务礼仪培训"},
    {"服务态度", "安管部", "门岗护卫不理会访客询问", "南门岗亭|北门岗亭", 0,
     "安管部主管与当班护卫谈话", "对当班护卫批评教育，门岗文明用语纳入每日班前会"},
    {"服务态度", "保洁部", "保洁人员拖地把水洒进业主家门口", "", 0, "保洁主管上门致歉",
     "规范楼道清洁作业，拖地时放置提示牌"},
    {"服务态度", "客户服务中心", "报修电话多次无人接听", "", 0, "检查前台电话转接设置",
     "午间增设专人值守电话，转接已修复"},
    {"安全秩序", "安管部", "夜间有陌生人进入小区，护卫未盘问", "南门岗亭|北门岗亭", 40,
     "调取监控核查进入人员", "门岗严格执行来访登记，夜间加派一人巡逻"},
    {"安全秩序", "安管部", "楼上高空抛物，阳台下有烟头杂物", "1栋楼下|2栋楼下|3栋楼下|4栋楼下", 60,
     "安管部到场查看并调取监控", "张贴告示并逐户宣传，楼下加装朝上摄像头"},
    {"安全秩序", "安管部", "电动车在楼道充电，存在火灾隐患", "1栋楼道|2栋楼道|3栋楼道|4栋楼道", 60,
     "护卫到场劝导车主移走电动车", "清理楼道电动车，引导业主到充电棚充电"},
    {"安全秩序", "安管部", "快递被他人冒领", "", 0, "调取快递柜附近监控",
     "协助业主与快递公司核对，建议改用快递柜取件码"},
    {"收费问题", "财务部", "对本月水费金额有疑问", "", 0, "财务部核对抄表读数",
     "读数无误，已向业主解释用水量上升原因"},
    {"收费问题", "财务部", "物业费缴费后未开发票", "", 0, "财务部核对缴费记录",
     "已补开发票并送达业主"},
    {"收费问题", "客户服务中心", "车位管理费收费标准不清楚", "", 0, "向业主出示收费公示",
     "业主了解收费依据，表示理解"},
    {"装修管理", "客户服务中心", "邻居装修占用公共走廊堆放材料", "1栋楼道|2栋楼道|3栋楼道|4栋楼道",
     0, "通知装修户清理走廊", "材料已清走，发出整改通知并加强装修巡查"},
    {"装修管理", "客户服务中心", "装修垃圾未按指定地点堆放", "北门垃圾收集点|南门垃圾收集点", 0,
     "通知装修户当日清运", "装修垃圾已清运，装修户签收整改通知书"},
    {"装修管理", "客户服务中心", "周末装修电钻噪音大", "", 0, "电话通知装修户停止噪音作业",
     "装修户承诺节假日不做电钻等噪音作业"},
    {"其他", "绿化部", "小区绿化带被踩踏，希望加装围栏", "中心花园", 0, "绿化部查看踩踏位置",
     "补种草皮，加设矮护栏和提示牌"},
    {"其他", "绿化部", "树枝遮挡窗户采光", "", 0, "绿化部上门查看", "修剪遮挡窗户的树枝"},
    {"其他", "绿化部", "草坪喷药前未提前通知", "中心花园", 0, "核实喷药安排",
     "今后喷药提前一天在各单元公告栏张贴通知"},
    {"其他", "客户服务中心", "单元公告栏信息更新不及时", "1栋大堂|2栋大堂|3栋大堂|4栋大堂", 0,
     "清理过期公告", "公告栏由客服中心每周一检查更新"},
};

const std::vector<std::string> kAssistants = {"zhangmin", "lili", "chenjing"};

/// `t` if it falls in office hours (08:30–18:00), else some minutes after the next opening:
/// what staff and residents do at the desk or on the phone happens by day.
DateTime office_hours(DateTime t, Random& r) {
  DateTime open = DateTime{date_of(t)} + hours(8) + minutes(30);
  if (t < open) return open + minutes(r.below(90));
  if (t >= DateTime{date_of(t)} + hours(18)) return open + days(1) + minutes(r.below(90));
  return t;
}

/// Who speaks for a unit: in a let unit mostly its tenant; else mostly the owner, now and then
/// a family member (the owner's surname, a phone of their own).
Person speaker(const UnitRow& u, Random& r) {
  if (!u.tenant.name.empty() && r.chance(75)) return u.tenant;
  if (!r.chance(25)) return {u.owner, u.phone};
  // The demo's surnames are one character, three bytes of UTF-8.
  return {u.owner.substr(0, 3) + r.pick(kGiven), phone_number(r)};
}

/// One complaint taken as far through its lifecycle as `now` allows.
Complaint make_complaint(const std::string& id, DateTime received,
                         const std::vector<UnitRow>& units, const Config& cfg,
                         const WorkingCalendar& cal, DateTime now, Random& r) {
  const auto& seed = r.pick(kComplaintSeeds);
  NewComplaint n;
  n.channel = r.chance(55) ? Channel::phone : r.chance(70) ? Channel::visit : Channel::online;
  n.category = seed.category;
  n.severity = r.chance(seed.major_percent) ? Severity::major : Severity::general;
  n.description = seed.text;
  const auto& unit = r.pick(units);
  if (*seed.places != '\0')
    n.place = pick_place(seed.places, r);
  else
    n.unit = unit.id;
  n.complainant = speaker(unit, r);
  std::string owner = r.pick(kAssistants);
  Complaint c = open_complaint(id, n, owner, received);
  auto dl = complaint_deadlines(c, cfg.complaint_sla, cal);

  // Recent cases are still in the works: some not yet acknowledged, some not yet resolved.
  bool recent = now - received < days(14);
  if (recent && now - received < days(3) && r.chance(30)) return c;
  bool stalls = recent && r.chance(25);
  // Acknowledged mostly within a few hours; a few slip past 24 h.
  DateTime ack = office_hours(received + minutes(10 + r.below(r.chance(93) ? 240 : 2000)), r);
  if (ack > now) return c;
  assign_complaint(c, seed.department, r.chance(50) ? "wangqiang" : owner, ack, "");
  if (r.chance(40)) {
    DateTime note = office_hours(ack + minutes(30 + r.below(300)), r);
    if (note > now) return c;
    note_complaint(c, seed.action, r.chance(50), owner, note);
  }
  if (stalls) return c;
  // Resolved before the deadline in most cases.
  DateTime resolved = r.chance(92) ? ack + (dl.resolution_due - ack) * r.below(90) / 100
                                   : dl.resolution_due + hours(2 + r.below(60));
  resolved = office_hours(std::max(resolved, ack + minutes(45)), r);
  if (resolved > now) return c;
  close_complaint(c, seed.result, owner, resolved);
  dl = complaint_deadlines(c, cfg.complaint_sla, cal);
  // Called back by day, within the days allowed.
  DateTime cb_at = office_hours(
      resolved + hours(20 + r.below(24 * (c.severity == Severity::major ? 5 : 11))), r);
  if (cb_at > now) return c;
  CallbackRecord cb{cb_at,
                    r.pick(kAssistants),
                    r.chance(78)   ? CallbackResult::satisfied
                    : r.chance(75) ? CallbackResult::basically_satisfied
                                   : CallbackResult::unsatisfied,
                    c.complainant.name,
                    "",
                    ""};
  callback_complaint(c, cb);
  if (cb.result != CallbackResult::unsatisfied) return c;
  // Unsatisfied: back to work, resolved again a few days later, called back again.
  DateTime again = office_hours(cb_at + hours(24 + r.below(72)), r);
  if (again > now) return c;
  close_complaint(c, fmt::format("返工处理：{}，业主确认", seed.result), owner, again);
  DateTime cb2_at = office_hours(again + hours(24 + r.below(72)), r);
  if (cb2_at > now) return c;
  callback_complaint(c, {cb2_at, r.pick(kAssistants), CallbackResult::basically_satisfied,
                         c.complainant.name, "二次回访", ""});
  return c;
}

/// Writes a case record where kefu would: <folder>/yyyy/mm/<ID>.yaml.
template <class T>
void write_record(Writer& out, T rec) {
  auto rel = RecordStore::rel_path_for(RecordTraits<T>::kind(), RecordTraits<T>::id(rec));
  out.put_yaml(std::move(rel), [rec = std::move(rec)] { return RecordTraits<T>::to_json(rec); });
}

std::string staff_name(const Config& cfg, const std::string& id) {
  const auto* s = cfg.find_staff(id);
  return s ? s->name : id;
}

/// Case IDs numbered per month in the order the cases arrive.
class Numbering {
 public:
  explicit Numbering(std::string prefix) : prefix_(std::move(prefix)) {}
  std::string next(DateTime at) {
    auto month = month_of(at);
    return fmt::format("{}-{}-{:04}", prefix_, month.str(), ++numbers_[month]);
  }

 private:
  std::string prefix_;
  std::map<YearMonth, int> numbers_;
};

/// `count` moments of one day between 08:00 and 20:00, in order.
std::vector<DateTime> times_of_day(Date day, int count, Random& r) {
  std::vector<DateTime> times;
  for (int i = 0; i < count; ++i)
    times.push_back(DateTime{day} + minutes(8 * 60 + r.below(12 * 60)));
  std::sort(times.begin(), times.end());
  return times;
}

/// How many events a day brings at `permille`/1000 a day on average.
int daily_count(int64_t permille, Random& r) {
  return static_cast<int>(permille / 1000) + (r.below(1000) < permille % 1000 ? 1 : 0);
}

// ---- repairs ----------------------------------------------------------------------------------

struct RepairSeed {
  const char* fault;
  const char* places;  // a public facility's places ('|'-separated); empty: a home repair
  int urgent_percent;
  const char* materials;  // empty: no materials
  int charge_yuan;        // a paid special service when > 0 (sometimes)
  const char* result;
};

const std::vector<RepairSeed> kRepairSeeds = {
    {"厨房水龙头漏水", "", 5, "水龙头阀芯1个", 30, "更换水龙头阀芯，试水正常"},
    {"卫生间下水道堵塞，地漏反水", "", 30, "", 50, "疏通下水管道，排水正常"},
    {"客厅吸顶灯不亮", "", 0, "LED灯管2支", 40, "更换灯管，照明正常"},
    {"入户门锁芯卡滞，开门困难", "", 20, "锁芯1个", 80, "更换锁芯，开关正常"},
    {"空调冷凝水管滴水到楼下", "", 10, "冷凝水管1米", 0, "重新接驳冷凝水管并加固"},
    {"墙面插座无电", "", 15, "插座面板1个", 20, "更换损坏插座，通电正常"},
    {"热水器进水阀漏水", "", 25, "角阀1个", 35, "更换角阀，无渗漏"},
    {"阳台晾衣架摇杆损坏", "", 0, "摇杆1套", 60, "更换摇杆，升降正常"},
    {"户内水管爆裂跑水", "", 100, "PPR水管及接头", 120, "关阀抢修，更换破裂水管"},
    {"电梯按钮失灵", "1栋电梯|2栋电梯|3栋电梯|4栋电梯", 40, "按钮面板1个", 0,
     "更换按钮面板，运行正常"},
    {"照明灯不亮", "地下车库A区|地下车库B区|1栋大堂", 10, "LED灯管6支", 0, "更换灯管，照明恢复"},
    {"喷灌水管破裂", "中心花园", 20, "水管接头2个", 0, "更换接头，喷灌正常"},
    {"单元门禁对讲无声音", "1栋1单元|2栋2单元|3栋1单元|4栋2单元", 30, "", 0, "重新接线，对讲恢复"},
    {"楼道声控灯不亮", "1栋楼道|2栋楼道|3栋楼道|4栋楼道", 0, "声控开关1个", 0, "更换声控开关"},
    {"道闸不起杆", "南门|北门", 60, "", 0, "调整道闸地感线圈，起落正常"},
    {"卫生间水箱漏水", "会所", 10, "进水阀1个", 0, "更换进水阀，无渗漏"},
};

const std::vector<std::pair<std::string, std::string>> kTechnicians = {{"liugong", "刘工"},
                                                                       {"sunsf", "孙师傅"}};

/// One repair taken as far through its lifecycle as `now` allows.
Repair make_repair(const std::string& id, DateTime received, const std::vector<UnitRow>& units,
                   const Config& cfg, const WorkingCalendar& cal, DateTime now, Random& r) {
  const auto& seed = r.pick(kRepairSeeds);
  const auto& unit = r.pick(units);
  NewRepair n;
  n.channel = r.chance(60) ? Channel::phone : r.chance(70) ? Channel::visit : Channel::online;
  n.urgency = r.chance(seed.urgent_percent) ? Urgency::urgent : Urgency::normal;
  n.fault = seed.fault;
  bool public_place = *seed.places != '\0';
  if (public_place)
    n.place = pick_place(seed.places, r);
  else
    n.unit = unit.id;
  n.requester = speaker(unit, r);
  std::string owner = r.pick(kAssistants);
  Repair x = log_repair(id, n, owner, received);
  bool urgent = n.urgency == Urgency::urgent;

  // Recent orders: a few not yet dispatched, some dispatched and still being worked on.
  bool recent = now - received < days(7);
  if (now - received < hours(2) && r.chance(50)) return x;
  bool stalls = recent && r.chance(35);
  const auto& tech = r.pick(kTechnicians);
  DateTime dispatched = urgent ? received + minutes(3 + r.below(8))
                               : office_hours(received + minutes(5 + r.below(40)), r);
  // An urgent fault is attended at once, day or night; a normal one in working hours.
  DateTime arrived = urgent ? (r.chance(94) ? received + minutes(12 + r.below(17))
                                            : received + minutes(35 + r.below(30)))
                            : office_hours(dispatched + minutes(20 + r.below(160)), r);
  if (dispatched > now) return x;
  std::optional<DateTime> arrival;
  if (arrived <= now) arrival = arrived;
  dispatch_repair(x, "工程部", tech.first, tech.second, dispatched, arrival, owner, now);
  if (stalls || !arrival) return x;

  auto dl = repair_deadlines(x, cfg.repair_sla, cal);
  bool paid = !public_place && seed.charge_yuan > 0 && r.chance(35);
  auto finish = [&](DateTime start, const std::string& result) -> std::optional<DateTime> {
    DateTime done = r.chance(94) ? start + minutes(30 + r.below(urgent ? 300 : 240))
                                 : dl.fix_due + hours(2 + r.below(30));
    if (done <= start) done = start + minutes(40);
    if (!urgent) done = office_hours(done, r);
    if (done > now) return std::nullopt;
    RepairCompletion c;
    c.at = done;
    c.materials = seed.materials;
    if (paid) c.charge_fen = int64_t(seed.charge_yuan) * 100;
    c.signed_by = public_place ? staff_name(cfg, owner) : n.requester.name;
    c.result = result;
    complete_repair(x, c, owner, now);
    return done;
  };
  auto done = finish(arrived, seed.result);
  if (!done) return x;

  // A few come back before the callback: the owner reports the fault again (返修).
  if (r.chance(2)) {
    DateTime back = *done + hours(20 + r.below(30));
    if (back > now) return x;
    rework_repair(x, "业主反映故障复现", owner, back);
    dl = repair_deadlines(x, cfg.repair_sla, cal);
    done = finish(back + minutes(30 + r.below(120)), std::string(seed.result) + "（返修）");
    if (!done) return x;
  }

  // Callbacks within the 7 days, mostly satisfied; now and then one is late.
  DateTime cb_at = office_hours(
      r.chance(94) ? *done + hours(3 + r.below(24 * 5))
                   : *done + days(cfg.repair_sla.callback_days + 1) + hours(r.below(48)),
      r);
  if (cb_at > now) return x;
  auto verdict = r.chance(86)   ? CallbackResult::satisfied
                 : r.chance(80) ? CallbackResult::basically_satisfied
                                : CallbackResult::unsatisfied;
  const std::string& signer = n.requester.name;
  callback_repair(x, {cb_at, r.pick(kAssistants), verdict, signer,
                      verdict == CallbackResult::unsatisfied ? "问题仍未彻底解决" : "", ""});
  if (verdict != CallbackResult::unsatisfied) return x;
  dl = repair_deadlines(x, cfg.repair_sla, cal);
  done = finish(cb_at + minutes(60 + r.below(300)), std::string(seed.result) + "（返修）");
  if (!done) return x;
  DateTime cb2 = office_hours(*done + hours(20 + r.below(48)), r);
  if (cb2 > now) return x;
  callback_repair(x,
                  {cb2, r.pick(kAssistants), CallbackResult::satisfied, signer, "返修后回访", ""});
  return x;
}

/// The repairs; the last paid home repair called back and closed in the month before `now`'s
/// is converted into a special service (`repair to-special`) the next morning, and `converted`
/// holds that repair (as converted) for write_specials, which numbers and writes the special.
size_t write_repairs(const Options& o, Writer& out, const std::vector<UnitRow>& units,
                     const Config& cfg, const WorkingCalendar& cal, Date first, DateTime now,
                     std::optional<Repair>& converted, Numbering& ids) {
  Random r(o.seed ^ 0x5245504149520000ull);
  size_t count = 0;
  auto permille = permille_per_day(units.size(), o.repairs_per_day_per_1000_units);
  YearMonth month_before = month_of(now).prev();
  for (Date day = first; day <= date_of(now); day += days{1})
    for (DateTime at : times_of_day(day, daily_count(permille, r), r)) {
      if (at > now) continue;
      auto x = make_repair(ids.next(at), at, units, cfg, cal, now, r);
      if (x.is_paid() && !x.is_public() && x.status == RepairStatus::closed &&
          month_of(x.received_at) == month_before) {
        if (converted) write_record(out, *converted);
        converted = std::move(x);
      } else {
        write_record(out, std::move(x));
      }
      ++count;
    }
  return count;
}

// ---- special services (特约服务, R7) -----------------------------------------------------------

/// One special service of the demo: when it was ordered (days before `now`'s day, at an hour),
/// what, and how far it has come. Together they show every state: ordered, done with the
/// payment notice not yet delivered (one of them past sla.special.notice), delivered and
/// waiting for the callback (one due today, one overdue), closed after a satisfied phone
/// callback, and one called back unsatisfied, still open.
struct SpecialSeed {
  int days_before;      // ordered on now's day minus this
  int hour;             // … at this hour
  const char* service;  // a price-list key, or empty: `what` at an agreed price
  const char* what;     // what exactly (the whole service when not on the list)
  int agreed_yuan;      // 0: the list's price
  int done_after;       // days after the order it was done; -1: not yet
  int delivered_after;  // days after the work the notice was delivered; -1: not yet
  int called_after;     // days after the work the owner was called back; -1: not yet
  CallbackResult verdict;
  const char* result;
};

const std::vector<SpecialSeed> kSpecialSeeds = {
    {118, 10, "ac_clean", "客厅及主卧挂机", 0, 1, 1, 4, CallbackResult::satisfied,
     "拆洗过滤网与蒸发器，试机正常"},
    {62, 15, "", "客厅窗帘轨道及窗帘安装", 120, 1, 2, 3, CallbackResult::basically_satisfied,
     "安装完毕，开合顺畅"},
    {43, 9, "lock_change", "", 0, 1, 1, 3, CallbackResult::satisfied, "更换C级锁芯，交钥匙3把"},
    {16, 14, "appliance_install", "卫生间浴霸安装", 80, 1, 1, -1, CallbackResult::satisfied,
     "浴霸安装完毕，通电试用正常"},
    {8, 11, "unclog", "厨房下水管", 0, 1, 1, -1, CallbackResult::satisfied, "疏通完毕，排水通畅"},
    {7, 10, "", "阳台防盗网拆除", 200, 1, -1, -1, CallbackResult::satisfied,
     "拆除完毕，垃圾已清运"},
    {7, 16, "ac_clean", "书房挂机", 0, 1, 3, 4, CallbackResult::unsatisfied, "清洗完毕，试机正常"},
    {4, 9, "lock_change", "", 0, 1, 1, -1, CallbackResult::satisfied, "更换锁芯，开关正常"},
    {2, 13, "unclog", "卫生间地漏", 0, 1, -1, -1, CallbackResult::satisfied, "疏通完毕"},
    {1, 10, "ac_clean", "", 0, -1, -1, -1, CallbackResult::satisfied, ""},
    {1, 16, "", "客厅吊灯更换", 150, -1, -1, -1, CallbackResult::satisfied, ""},
};

/// The special services, through the functions `special open/done/delivered`, `callback done`
/// and `repair to-special` use, each step at its own time; the converted repair, written here
/// as converted. Returned for write_fees, which puts their charges on the bills.
std::vector<SpecialService> write_specials(const Options& o, Writer& out,
                                           const std::vector<UnitRow>& units, const Config& cfg,
                                           Date first, DateTime now, std::optional<Repair> repair) {
  Random r(o.seed ^ 0x5350454349414c00ull);
  Numbering ids("TY");
  std::vector<SpecialService> all;
  // Office hours on the day `n` days after `at`'s, `h` o'clock and some minutes.
  auto on_day = [&](DateTime at, int n, int h) {
    DateTime t = start_of_day(date_of(at) + days{n}) + hours(h) + minutes(r.below(50));
    return t > at ? t : at + minutes(40);
  };
  for (const auto& seed : kSpecialSeeds) {
    const auto& unit = r.pick(units);
    std::string owner = r.pick(kAssistants);
    const auto& tech = r.pick(kTechnicians);
    std::string caller = r.pick(kAssistants);
    DateTime received = start_of_day(date_of(now) - days{seed.days_before}) + hours(seed.hour) +
                        minutes(r.below(50));
    if (date_of(received) < first || received > now) continue;
    NewSpecial n;
    n.channel = seed.days_before % 3 == 0 ? Channel::visit : Channel::phone;
    n.unit = unit.id;
    n.requester = {unit.owner, unit.phone};
    n.price = special_price(
        cfg.special_services, seed.service, seed.what,
        seed.agreed_yuan ? std::optional<int64_t>(seed.agreed_yuan * 100) : std::nullopt);
    auto s = open_special(ids.next(received), n, owner, received);
    if (seed.done_after >= 0) {
      DateTime done = on_day(received, seed.done_after, 9 + r.below(7));
      if (done <= now) {
        complete_special(s, tech.first, tech.second, done, seed.result, month_of(done), owner,
                         done);
        if (seed.delivered_after >= 0) {
          DateTime delivered = on_day(done, seed.delivered_after, 9 + r.below(8));
          if (delivered <= now) {
            deliver_special_notice(s, unit.owner, owner, staff_name(cfg, owner), delivered, owner,
                                   delivered);
            if (seed.called_after >= 0) {
              DateTime called = on_day(done, seed.called_after, 10 + r.below(7));
              if (called <= now)
                callback_special(s, {called, caller, seed.verdict, "",
                                     seed.verdict == CallbackResult::unsatisfied
                                         ? "业主反映空调出风仍有异味，已通知工程部复查"
                                         : "",
                                     unit.phone});
            }
          }
        }
      }
    }
    all.push_back(std::move(s));
  }
  if (repair) {
    // Converted the morning after its callback, numbered in the month it was received in after
    // the specials of that month; its notice delivered the day after.
    DateTime last = repair->history.back().at;
    DateTime at = on_day(last, 1, 9);
    if (at <= now) {
      auto s = special_from_repair(ids.next(repair->received_at), *repair, "", month_of(at),
                                   repair->owner, at);
      mark_repair_converted(*repair, s.id, repair->owner, at);
      DateTime delivered = on_day(at, 1, 10);
      if (delivered <= now)
        deliver_special_notice(s, s.requester.name, repair->owner, staff_name(cfg, repair->owner),
                               delivered, repair->owner, delivered);
      all.push_back(std::move(s));
    }
    write_record(out, std::move(*repair));
  }
  for (const auto& s : all) write_record(out, s);
  return all;
}

// ---- renovations (装修, §3.8.1) ----------------------------------------------------------------

/// What the renovations put on the units' ledgers: bill items by period (waste removal,
/// temporary water, pass fees, deductions) and payments (deposits in and out), numbered and
/// written by write_fees with the month's other payments.
struct RenovationMoney {
  std::vector<std::pair<std::string, std::pair<YearMonth, BillItem>>> items;  // unit → item
  std::vector<Payment> payments;
};

/// A renovation at every stage on the demo's morning, each step through the functions the
/// `renovation` commands use, on dates fixed by hand (the demo's `now` is 2026-11-26): waiting
/// for its deposit; drawings complete on 11-10 and not reviewed by 11-17 (overdue); a tenant's,
/// approved, its permit from 11-30; works in progress with passes, an open rectification
/// notice, hot work and overtime; a permit ended on 11-04 without extension (限令停工, passes
/// out); accepted on 09-29 and its deposit not settled 30 days on; extended, accepted, settled
/// with a deduction and closed.
std::vector<Renovation> write_renovations(const Options& o, Writer& out,
                                          const std::vector<UnitRow>& units, const Config& cfg,
                                          DateTime now, RenovationMoney& money) {
  Random r(o.seed ^ 0x52454e4f56415445ull);
  Numbering ids("ZX");
  const auto& c = cfg.renovation;
  std::vector<Renovation> all;
  auto at = [](const char* text) { return *parse_datetime(text); };
  auto day = [](const char* text) { return *parse_date(text); };
  struct Stage {
    const char* applied;
    int upto;  // 0 charged, 1 drawings, 2 approved, 3 permit, 4 accepted, 5 settled
    bool tenant;
    const char* scope;
  };
  const Stage stages[] = {
      {"2026-07-06T10:00", 5, false, "全屋翻新：水电改造、厨卫、地面"},
      {"2026-08-03T14:00", 4, false, "厨房、卫生间翻新"},
      {"2026-09-07T09:30", 3, false, "客厅吊顶、墙面"},
      {"2026-10-13T10:30", 3, false, "卫生间防水与瓷砖"},
      {"2026-11-02T15:00", 2, true, "墙面粉刷、更换地板"},
      {"2026-11-09T10:00", 1, false, "阳台封闭、厨房改造"},
      {"2026-11-24T11:00", 0, false, "更换门窗"},
  };
  static const char* const kContractors[] = {"家美装饰", "安居装饰工程有限公司", "鑫诚装修队",
                                             "美家园装饰"};
  static const char* const kWorkers[] = {"李建军", "王海涛", "赵小兵", "陈国强", "刘志明"};
  for (const auto& st : stages) {
    const auto& unit = r.pick(units);
    std::string owner = r.pick(kAssistants);
    DateTime t0 = at(st.applied);
    if (t0 > now) continue;
    NewRenovation n;
    n.unit = unit.id;
    n.tenant = st.tenant;
    n.applicant =
        st.tenant ? Person{person_name(r), phone_number(r)} : Person{unit.owner, unit.phone};
    if (st.tenant) n.owner_confirmation = unit.owner;
    n.contractor = kContractors[r.below(4)];
    n.site_manager = {person_name(r), phone_number(r)};
    n.scope = st.scope;
    n.planned_start = date_of(t0) + days{14};
    n.area_centi_m2 = unit.area_centi;
    if (std::string(st.scope).starts_with("全屋")) n.special_items = {"改动水电"};
    auto z = apply_renovation(ids.next(t0), n, owner, t0);
    DateTime t = t0 + minutes(20);
    charge_renovation(z, c.deposit_fen, c.waste_fen, c.water_fen, month_of(t), owner, t);
    for (auto& item : renovation_bill_items(z, owner, t))
      money.items.push_back({z.unit, {month_of(t), item}});
    auto payment = [&](DateTime when, int64_t fen, PayMethod m, std::optional<YearMonth> first,
                       const char* note) {
      Payment p;
      p.unit = z.unit;
      p.at = when;
      p.amount = fen;
      p.method = m;
      p.period = first;
      p.by = "zhoukj";
      p.note = note;
      p.deposit = z.id;
      money.payments.push_back(p);
    };
    if (st.upto >= 1) {
      payment(t0 + hours(1), z.deposit_fen, PayMethod::cash, std::nullopt, "");
      receive_drawings(z, c.drawings, c.drawings, owner,
                       start_of_day(date_of(t0) + days{1}) + hours(15));
    }
    if (st.upto >= 2) {
      DateTime rv = start_of_day(date_of(t0) + days{4}) + hours(16);
      review_renovation(z, true, "刘工", "", owner, rv);
      check_renovation(z, z.deposit_fen, owner, rv + hours(17));
      approve_renovation(z, true, "zhaojl", std::nullopt, c, owner, rv + hours(19));
    }
    if (st.upto >= 3) {
      DateTime pm = start_of_day(z.planned_start) + hours(9);
      issue_permit(z, z.planned_start, owner, pm);
      int workers = 1 + int(r.below(3));
      for (int w = 0; w < workers; ++w) {
        IdCheck id{"身份证", fmt::format("{:04}", r.below(10000)), false};
        auto& p = issue_pass(z, kWorkers[(w + r.below(5)) % 5], id, c.pass_fee_fen, owner,
                             pm + minutes(10 + w));
        money.items.push_back(
            {z.unit, {month_of(pm), pass_bill_item(z, p, owner, pm + minutes(10 + w))}});
      }
      int need = extinguishers_required(z.area_centi_m2, c.extinguishers_per_50m2);
      inspect_site(z, {}, need, c.extinguishers_per_50m2, "", "lili", pm + days{1} + hours(1));
    }
    if (st.upto == 3 && date_of(t0) == day("2026-10-13")) {
      // Works in progress: hot work, overtime, a finding with its notice open.
      HotWorkPermit h;
      h.approved_by = "刘工";
      h.days = {day("2026-11-05"), day("2026-11-06")};
      h.welder = "孙建华";
      h.certificate = "T110101198";
      record_hot_work(z, h, owner, at("2026-11-04T10:00"));
      SiteStay ot;
      ot.kind = "overtime";
      ot.date = day("2026-11-20");
      ot.hours = "18:00-20:00";
      ot.people = {z.passes.front().name};
      ot.reason = "赶工铺贴瓷砖";
      record_stay(z, ot, owner, at("2026-11-20T16:30"));
      inspect_site(z, {"装修垃圾堆放在楼道"}, std::nullopt, c.extinguishers_per_50m2, "", "lili",
                   at("2026-11-24T10:00"));
      issue_notice(z, "清理楼道装修垃圾，袋装后运至指定地点", day("2026-11-27"), false, "lili",
                   at("2026-11-24T10:10"));
    }
    if (st.upto >= 4) {
      if (st.upto == 5)
        extend_permit(z, *z.permit_end + days{12}, "定制橱柜延期到货", owner,
                      start_of_day(*z.permit_end - days{4}) + hours(10));
      DateTime acc = start_of_day(*z.permit_end - days{1}) + hours(10);
      accept_renovation(z, "水电、防水验收合格", "lili", acc);
      return_permit(z, owner, acc + hours(2));
      if (st.upto == 5) {
        DateTime se = acc + days{2};
        std::vector<Deduction> d{{"损坏电梯轿厢围板", 35055, false}};
        settle_renovation(z, z.deposit_fen, d, "zhoukj", se);
        money.items.push_back({z.unit,
                               {month_of(se),
                                {"renovation_deduction",
                                 "装修押金扣款：损坏电梯轿厢围板",
                                 {},
                                 {},
                                 35055,
                                 se,
                                 "zhoukj",
                                 z.id}}});
        payment(se, 35055, PayMethod::deposit, month_of(se), "装修押金抵扣");
        payment(se, -z.refund_fen, PayMethod::bank_transfer, std::nullopt, "装修押金退款");
      }
    }
    all.push_back(z);
  }
  for (const auto& z : all) write_record(out, z);
  return all;
}

/// The bills and payments write_fees wrote, for the settlements of the moves.
struct FeeRecords {
  std::vector<Bill> bills;
  std::vector<Payment> payments;
};

/// When and by whom a special service's charge was put on its bill: `special done`, or the
/// conversion of a repair.
std::pair<DateTime, std::string> charged(const SpecialService& s) {
  for (const auto& h : s.history)
    if (h.action == "done" || h.action == "convert") return {h.at, h.by};
  return {s.received_at, s.owner};
}

// ---- calls and visits -------------------------------------------------------------------------

struct ContactSeed {
  ContactType type;
  const char* category;
  const char* content;
  const char* reply;
};

const std::vector<ContactSeed> kContactSeeds = {
    {ContactType::inquiry, "收费", "咨询物业管理费的缴费方式", "可在管理处前台或微信公众号缴纳"},
    {ContactType::inquiry, "装修管理", "咨询装修申请需要哪些材料",
     "告知需带房产证、装修图纸到前台办理"},
    {ContactType::inquiry, "停车管理", "咨询办理车位月卡", "告知月卡办理流程及收费标准"},
    {ContactType::inquiry, "物业服务", "咨询快递柜位置及开放时间", "快递柜在南门岗亭旁，全天开放"},
    {ContactType::inquiry, "社区活动", "咨询本月社区活动安排", "已告知活动时间，欢迎参加"},
    {ContactType::inquiry, "收费", "咨询本月水费为何比上月高", "已查抄表读数并解释用水量"},
    {ContactType::inquiry, "收费", "咨询能否开具物业费电子发票",
     "可以，已登记邮箱，财务部三日内发送"},
    {ContactType::inquiry, "物业服务", "咨询住户卡丢失如何补办", "告知带身份证到前台办理挂失补办"},
    {ContactType::inquiry, "物业服务", "咨询小区停水通知的具体时间",
     "告知停水时间为周三 9:00-15:00"},
    {ContactType::inquiry, "维修", "咨询户内维修的收费标准", "已告知特约服务价目表，可到前台查看"},
    {ContactType::inquiry, "维修", "咨询报修后多久能上门", "急修 30 分钟内到场，一般维修次日完成"},
    {ContactType::inquiry, "装修管理", "咨询装修押金何时退还",
     "验收合格后 30 日内退还，已告知流程"},
    {ContactType::inquiry, "装修管理", "咨询装修允许施工的时间", "工作日 8:00-12:00、14:00-18:00"},
    {ContactType::inquiry, "停车管理", "咨询访客车辆如何停放", "访客车辆门岗登记后停放临时车位"},
    {ContactType::inquiry, "安全秩序", "咨询租户入住需办理哪些登记", "告知带租赁合同到前台登记"},
    {ContactType::inquiry, "环境卫生", "咨询大件垃圾如何处理",
     "预约后放到北门指定点，保洁统一清运"},
    {ContactType::inquiry, "其他", "咨询附近的公交线路", "已告知南门外公交站线路"},
    {ContactType::suggestion, "社区活动", "建议在中心花园增设儿童游乐设施", "已记录，转管理处研究"},
    {ContactType::suggestion, "物业服务", "建议延长会所开放时间", "已记录，将在业主座谈会上讨论"},
    {ContactType::suggestion, "停车管理", "建议地下车库增加充电桩", "已记录，转工程部评估"},
    {ContactType::praise, "维修", "表扬维修师傅上门及时、态度好", "已转达工程部，感谢业主"},
    {ContactType::praise, "安全秩序", "表扬护卫员帮助老人提重物回家", "已转达安管部，感谢业主"},
    {ContactType::praise, "环境卫生", "表扬保洁员拾金不昧", "已转达保洁部，感谢业主"},
    {ContactType::report, "环境卫生", "报告楼道有异味", "已转保洁部处理"},
    {ContactType::report, "停车管理", "报告南门有车辆违停", "已通知安管部处理"},
    {ContactType::report, "安全秩序", "报告有推销人员在楼内发传单", "已通知护卫员劝离"},
};

/// The department a suggestion of this category goes to as an opinion (R6).
std::string opinion_department(const std::string& category) {
  if (category == "停车管理" || category == "维修") return "工程部";
  if (category == "环境卫生") return "保洁部";
  if (category == "安全秩序") return "安管部";
  return "客户服务中心";
}

/// A suggestion made into an opinion (R6) and taken along its chain as far as `now` allows:
/// mostly on time, now and then a step late; the older ones closed.
Opinion make_opinion(const std::string& id, const Contact& c, const OpinionSla& sla,
                     const WorkingCalendar& cal, DateTime now, Random& r) {
  NewOpinion n;
  n.collected_at = c.received_at;
  n.source = OpinionSource::suggestion;
  n.source_id = c.id;
  n.unit = c.unit;
  n.person = c.person;
  n.text = c.content;
  n.department = opinion_department(c.category);
  Opinion op = collect_opinion(id, n, c.owner, c.received_at);
  // The last weeks' opinions stop at one step or another, so that every stage of the chain is
  // in the demo: the newest not yet sent, older ones held up after the sending (the department
  // has not answered), the measures (being rectified) or the rectification (callback owed).
  auto age = now - c.received_at;
  int steps = age < days{3}    ? 0
              : age < days{25} ? 4
              : age < days{31} ? 3
              : age < days{38} ? 2
              : age < days{45} ? 1
                               : 4;
  // Each step in office hours, some days after the one before it; now and then one late.
  auto step_after = [&](DateTime after, int days_later) {
    DateTime at = start_of_day(date_of(after) + days{days_later}) + hours(9 + r.below(8)) +
                  minutes(r.below(60));
    return at > after ? at : after + hours(1);
  };
  DateTime sent = step_after(c.received_at, r.chance(85) ? r.below(2) : 3);
  if (sent > now || steps < 1) return op;
  send_opinion(op, "", sent, c.owner, sent);
  DateTime measures = step_after(sent, r.chance(85) ? 1 + r.below(2) : 4);
  if (measures > now || steps < 2) return op;
  record_measures(op, "已制定整改方案并落实责任人", "", measures, c.owner, measures);
  DateTime rectified = step_after(measures, 2 + r.below(5));
  if (rectified > now || steps < 3) return op;
  rectify_opinion(op, "已按整改措施完成", rectified, c.owner, rectified);
  auto due = *opinion_deadlines(op, sla, cal).callback_due;
  DateTime called = r.chance(85) ? step_after(rectified, 3 + r.below(9)) : step_after(due, 1);
  if (called > now || steps < 4) return op;
  callback_opinion(op,
                   {called, r.pick(kAssistants),
                    r.chance(80) ? CallbackResult::satisfied : CallbackResult::basically_satisfied,
                    c.person.name, "", ""});
  return op;
}

size_t write_contacts(const Options& o, Writer& out, const std::vector<UnitRow>& units, Date first,
                      DateTime now, const Config& cfg, const WorkingCalendar& cal,
                      Numbering& opinion_ids, size_t& opinions) {
  Random r(o.seed ^ 0x434f4e5441435400ull);
  // Its own stream, so that the calls and visits are those written before opinions were.
  Random ro(o.seed ^ 0x4f50494e494f4e00ull);
  Numbering ids("LD");
  size_t count = 0;
  auto permille = permille_per_day(units.size(), o.contacts_per_day_per_1000_units);
  for (Date day = first; day <= date_of(now); day += days{1})
    for (DateTime at : times_of_day(day, daily_count(permille, r), r)) {
      if (at > now) continue;
      const auto& seed = r.pick(kContactSeeds);
      const auto& unit = r.pick(units);
      NewContact n;
      n.type = seed.type;
      n.channel = r.chance(60) ? Channel::phone : r.chance(75) ? Channel::visit : Channel::online;
      n.category = seed.category;
      if (r.chance(80)) n.unit = unit.id;
      n.person = speaker(unit, r);
      n.content = seed.content;
      n.reply = seed.reply;
      auto contact = log_contact(ids.next(at), n, r.pick(kAssistants), at);
      if (n.type == ContactType::suggestion && !n.unit.empty()) {
        write_record(out,
                     make_opinion(opinion_ids.next(at), contact, cfg.opinion_sla, cal, now, ro));
        ++opinions;
      }
      write_record(out, std::move(contact));
      ++count;
    }
  return count;
}

// ---- satisfaction surveys ---------------------------------------------------------------------

/// What an owner may write on a survey sheet, and the department it goes to as an opinion.
const std::vector<std::pair<const char*, const char*>> kSurveyOpinions = {
    {"地下车库照明不足，晚上看不清", "工程部"},       {"电梯高峰期等候时间太长", "工程部"},
    {"垃圾桶周边有异味，清运不及时", "保洁部"},       {"夜间外来车辆随意停放", "安管部"},
    {"草坪修剪后草屑没有及时清理", "绿化部"},         {"前台电话高峰时打不通", "客户服务中心"},
    {"水费账单看不明白，希望附明细", "客户服务中心"}, {"单元门禁经常失灵", "工程部"},
};

/// One survey round over the whole estate: about `percent` of the units answer on days of the
/// period, each item 满意 mostly; every `opinion_every`th answer carries an opinion.
Survey make_survey(const std::string& id, const char* name, Date from, Date to,
                   const std::vector<UnitRow>& units, const Config& cfg, int percent,
                   int unsatisfied_permille, Random& r) {
  NewSurvey n;
  n.name = name;
  n.from = from;
  n.to = to;
  n.items = cfg.survey_items;
  n.population = static_cast<int>(units.size());
  DateTime opened = start_of_day(from) + hours(9);
  Survey s = open_survey(id, n, "wangqiang", opened);
  const int span = static_cast<int>((to - from).count()) + 1;
  std::vector<SurveyAnswer> answers;
  int with_opinion = 0;
  for (const auto& u : units) {
    if (!r.chance(percent)) continue;
    SurveyAnswer a;
    a.unit = u.id;
    a.building = u.building;
    a.at = start_of_day(from + days{r.below(span)}) + hours(9 + r.below(9)) + minutes(r.below(60));
    a.by = r.pick(kAssistants);
    for (const auto& item : n.items) {
      int x = r.below(1000);
      if (x < 20) continue;  // left blank
      a.ratings[item] = x < 20 + unsatisfied_permille ? CallbackResult::unsatisfied
                        : x < 260                     ? CallbackResult::basically_satisfied
                                                      : CallbackResult::satisfied;
    }
    if (r.chance(12)) a.opinion = kSurveyOpinions[with_opinion++ % kSurveyOpinions.size()].first;
    answers.push_back(std::move(a));
  }
  std::sort(answers.begin(), answers.end(),
            [](const SurveyAnswer& a, const SurveyAnswer& b) { return a.at < b.at; });
  // Entered at the desk as the sheets came back, a day's sheets at a time after the day.
  for (auto& a : answers) add_answers(s, {a}, a.by, std::max(a.at, opened));
  close_survey(s, "wangqiang", start_of_day(to + days{2}) + hours(10));
  return s;
}

/// An opinion from a survey answer, registered (collected: the answers summarised) at
/// `registered` and taken along its chain `steps` steps (0 collected … 4 closed), each on time.
Opinion survey_opinion(const std::string& id, const Survey& s, const SurveyAnswer& a,
                       const std::vector<UnitRow>& units, DateTime registered, int steps,
                       DateTime now, Random& r) {
  NewOpinion n;
  n.collected_at = registered;
  n.source = OpinionSource::survey;
  n.source_id = s.id;
  n.unit = a.unit;
  for (const auto& u : units)
    if (u.id == a.unit) n.person = {u.owner, u.phone};
  n.text = a.opinion;
  for (const auto& [text, dept] : kSurveyOpinions)
    if (a.opinion == text) n.department = dept;
  Opinion op = collect_opinion(id, n, a.by, registered);
  auto next = [&](DateTime after, int days_later) {
    DateTime t = start_of_day(date_of(after) + days{days_later}) + hours(10 + r.below(6)) +
                 minutes(r.below(60));
    return t > after ? t : after + hours(1);
  };
  DateTime sent = next(registered, 0);
  if (steps < 1 || sent > now) return op;
  send_opinion(op, "", sent, a.by, sent);
  DateTime measures = next(sent, 2);
  if (steps < 2 || measures > now) return op;
  record_measures(op, "已制定整改方案并落实责任人", "", measures, a.by, measures);
  DateTime rectified = next(measures, 3);
  if (steps < 3 || rectified > now) return op;
  rectify_opinion(op, "已按整改措施完成", rectified, a.by, rectified);
  DateTime called = next(rectified, 2);
  if (steps < 4 || called > now) return op;
  callback_opinion(
      op, {called, r.pick(kAssistants), CallbackResult::satisfied, "", "", n.person.phone});
  return op;
}

/// Two rounds of the satisfaction survey (§2.2.6): the second quarter's and the fourth's, the
/// latter closed two days before `now`. The fourth's opinions are summarised each Monday and
/// at the close, and made into opinion records (R6) at every stage of their chain: the first
/// weeks' closed, the next week's rectified or being rectified, those summarised at the close
/// sent or not yet; the last not registered yet.
size_t write_surveys(const Options& o, Writer& out, const std::vector<UnitRow>& units,
                     const Config& cfg, Date first, DateTime now, Numbering& opinion_ids,
                     size_t& opinions) {
  Random r(o.seed ^ 0x5355525645590000ull);
  Numbering ids("DC");
  struct Round {
    const char* name;
    int from_days, to_days;  // days before now's day
    int percent, unsatisfied_permille;
  };
  const Round rounds[] = {{"2026年第二季度顾客满意度调查", 171, 149, 55, 60},
                          {"2026年第四季度顾客满意度调查", 24, 4, 62, 35}};
  size_t count = 0;
  for (const auto& x : rounds) {
    Date from = date_of(now) - days{x.from_days}, to = date_of(now) - days{x.to_days};
    if (from < first) continue;
    auto s = make_survey(ids.next(start_of_day(from) + hours(9)), x.name, from, to, units, cfg,
                         x.percent, x.unsatisfied_permille, r);
    if (&x == &rounds[1]) {
      DateTime closed = s.history.back().at;
      std::vector<const SurveyAnswer*> with;
      for (const auto& a : s.answers)
        if (!a.opinion.empty()) with.push_back(&a);
      int late_batch = 0;
      for (size_t i = 0; i + 1 < with.size(); ++i) {
        const auto& a = *with[i];
        // The Monday after the answer, or the close for the last week's.
        Date day = date_of(a.at) + days{1};
        while (iso_weekday(day) != 1) day += days{1};
        DateTime registered =
            day > to ? closed + minutes(30) : start_of_day(day) + hours(9) + minutes(r.below(30));
        int steps = registered + days{14} <= now ? 4
                    : registered < closed        ? (late_batch++ % 2 ? 2 : 3)
                                                 : (late_batch++ % 2 ? 0 : 1);
        write_record(out, survey_opinion(opinion_ids.next(registered), s, a, units, registered,
                                         steps, now, r));
        ++opinions;
      }
    }
    write_record(out, std::move(s));
    ++count;
  }
  return count;
}

// ---- the key register -------------------------------------------------------------------------

struct KeySeed {
  const char* code;
  const char* name;
  KeyKind kind;
  const char* location;
  int copies;
};

const std::vector<KeySeed> kKeySeeds = {
    {"GG-01", "1栋天台门", KeyKind::public_area, "钥匙柜A-01", 2},
    {"GG-02", "2栋天台门", KeyKind::public_area, "钥匙柜A-02", 2},
    {"GG-03", "3栋天台门", KeyKind::public_area, "钥匙柜A-03", 2},
    {"GG-04", "4栋天台门", KeyKind::public_area, "钥匙柜A-04", 2},
    {"GG-05", "会所活动室", KeyKind::public_area, "钥匙柜A-05", 1},
    {"GG-06", "地下车库消防通道门", KeyKind::public_area, "钥匙柜A-06", 1},
    {"SB-01", "水泵房", KeyKind::equipment_room, "钥匙柜B-01", 2},
    {"SB-02", "高低压配电房", KeyKind::equipment_room, "钥匙柜B-02", 2},
    {"SB-03", "1栋电梯机房", KeyKind::equipment_room, "钥匙柜B-03", 1},
    {"SB-04", "消防泵房", KeyKind::equipment_room, "钥匙柜B-04", 1},
    {"KF-01", "保洁部库房", KeyKind::storeroom, "钥匙柜C-01", 1},
    {"KF-02", "工程部材料库", KeyKind::storeroom, "钥匙柜C-02", 1},
};

/// Why a key is borrowed, and which keys ('|'-separated codes) serve that purpose.
struct LoanSeed {
  KeyKind kind;
  const char* codes;
  const char* purpose;
  KeyPurpose category;
};

const std::vector<LoanSeed> kLoanSeeds = {
    {KeyKind::public_area, "GG-01|GG-02|GG-03|GG-04", "检修天台太阳能热水器",
     KeyPurpose::inspection},
    {KeyKind::public_area, "GG-01|GG-02|GG-03|GG-04", "清洗天台水箱", KeyPurpose::cleaning},
    {KeyKind::public_area, "GG-01|GG-02|GG-03|GG-04", "通信公司检修天台基站设备",
     KeyPurpose::inspection},
    {KeyKind::public_area, "GG-05", "业主活动布置场地", KeyPurpose::other},
    {KeyKind::public_area, "GG-05", "业主委员会借用活动室开会", KeyPurpose::other},
    {KeyKind::public_area, "GG-06", "消防维保单位检测消防通道门闭门器", KeyPurpose::inspection},
    {KeyKind::equipment_room, "SB-01", "工程维修：检修生活水泵", KeyPurpose::engineering},
    {KeyKind::equipment_room, "SB-04", "工程维修：消防水泵月度试运行", KeyPurpose::engineering},
    {KeyKind::equipment_room, "SB-02", "工程维修：配电设备例行巡检", KeyPurpose::engineering},
    {KeyKind::equipment_room, "SB-03", "工程维修：电梯年检配合", KeyPurpose::engineering},
    {KeyKind::storeroom, "KF-01", "领取清洁用品", KeyPurpose::cleaning},
    {KeyKind::storeroom, "KF-02", "领取维修材料", KeyPurpose::engineering},
};

/// The ID card a borrower showed, as the desk notes it: the type and the last four characters.
/// The whole number is drawn and dropped, so that the rest of the estate stays as it was
/// generated when the number was kept (the same draws from `r`).
IdCheck id_check(Random& r) {
  std::string number =
      fmt::format("4403{:02}19{:02}{:02}{:02}{:04}", 1 + r.below(8), 60 + r.below(40),
                  1 + r.below(12), 1 + r.below(28), r.below(10000));
  return IdCheck{"身份证", number.substr(number.size() - 4), false};
}

/// ~15 keys, lent on most days and back the same day; one loan is still out (and overdue) at
/// `now`. Loans are written as they close; the keys, with their history, at the end.
size_t write_keys(const Options& o, Writer& out, const std::vector<UnitRow>& units,
                  const Config& cfg, Date first, DateTime now, size_t& loan_count) {
  Random r(o.seed ^ 0x4b45595300000000ull);
  Random id_digits(o.seed ^ 0x49445300000000ull);
  DateTime added = DateTime{first} + hours(9);
  std::vector<Key> keys;
  for (const auto& s : kKeySeeds)
    keys.push_back(
        add_key({s.code, s.name, "", s.location, "", s.kind, s.copies}, "wangqiang", added));
  // A few owners' spare keys, left with the centre for emergencies.
  std::vector<Unit> spare_units;
  for (int i = 0; i < 3 && !units.empty(); ++i) {
    const auto& u = units[static_cast<size_t>(r.below(static_cast<int>(units.size())))];
    if (std::any_of(spare_units.begin(), spare_units.end(),
                    [&](const Unit& x) { return x.id == u.id; }))
      continue;
    spare_units.push_back(u.unit());
    keys.push_back(
        add_key({"BY-" + u.id, u.id + " 业主备用钥匙", u.id, "保险柜D-0" + std::to_string(i + 1),
                 "业主委托保管，仅限紧急情况使用", KeyKind::spare, 1},
                "wangqiang", added));
  }

  const auto* supervisor = cfg.find_staff("wangqiang");
  const auto* manager = cfg.find_staff("zhaojl");
  Numbering ids("JY");
  Date last_day = date_of(now) - days{1};  // the day whose last loan is still out at `now`
  for (Date day = first + days{1}; day <= last_day; day += days{1}) {
    int n = r.chance(35) ? 0 : r.chance(75) ? 1 : 2;
    if (day == last_day) n = std::max(n, 1);
    std::vector<size_t> used;
    DateTime at = DateTime{day} + hours(8) + minutes(30 + r.below(120));
    for (int i = 0; i < n; ++i, at += minutes(30 + r.below(150))) {
      bool emergency = r.chance(3);
      const LoanSeed& seed = r.pick(kLoanSeeds);
      // The key: an owner's spare key in an emergency, else one of the seed's kind not yet
      // lent today.
      std::vector<size_t> candidates;
      for (size_t k = 0; k < keys.size(); ++k)
        if ((emergency
                 ? keys[k].kind == KeyKind::spare
                 : std::string_view(seed.codes).find(keys[k].code) != std::string_view::npos) &&
            keys[k].state == KeyState::in && std::find(used.begin(), used.end(), k) == used.end())
          candidates.push_back(k);
      if (candidates.empty()) continue;
      size_t k = candidates[static_cast<size_t>(r.below(static_cast<int>(candidates.size())))];
      used.push_back(k);
      Key& key = keys[k];

      LendRequest req;
      req.purpose = seed.purpose;
      req.category = seed.category;
      if (emergency) {
        req.borrower = {"刘工", cfg.find_staff("liugong")->phone};
        req.borrower_is_staff = true;
        req.purpose = "户内跑水，紧急入户关闭总阀";
        req.emergency = true;
        for (const auto& u : spare_units)
          if (u.id == key.unit) req.unit = u;
        bool contact = !req.unit->emergency_contact.name.empty() && r.chance(40);
        req.notified = contact ? NotifiedParty::emergency_contact : NotifiedParty::owner;
        req.notify_note =
            contact ? "业主电话无人接听，已电话告知紧急联系人" : "已电话告知业主，业主同意";
      } else if (key.kind == KeyKind::public_area) {
        req.borrower = {person_name(r), phone_number(r)};
        req.consent_by = supervisor;
        req.approved_by = manager;
        if (r.chance(70)) {
          req.id_check = id_check(r);
        } else {
          // A cash deposit, and the ID check every outside borrower has (its digits from a
          // stream of their own, so the estate's other draws are unchanged).
          req.deposit.cash_fen = 10000 * (1 + r.below(2));
          req.id_check = IdCheck{"身份证", fmt::format("{:04}", id_digits.below(10000)), false};
        }
      } else {
        const auto& who = seed.category == KeyPurpose::engineering ? r.pick(kTechnicians).first
                                                                   : r.pick(kAssistants);
        const auto* staff = cfg.find_staff(who);
        req.borrower = {staff->name, staff->phone};
        req.borrower_is_staff = true;
      }
      std::string desk = r.pick(kAssistants);
      KeyLoan loan = lend_key(key, ids.next(at), req, cfg.keys, desk, at);

      bool still_out = day == last_day && i == 0;
      if (!still_out) {
        DateTime back = at + minutes(30 + r.below(240));
        if (back > loan.due_at) back = loan.due_at - minutes(5 + r.below(30));
        if (r.chance(3)) back = loan.due_at + minutes(20 + r.below(150));  // late
        if (back <= at) back = at + minutes(20);
        ReturnRequest ret;
        ret.note = back > loan.due_at ? "超时归还，已提醒借用人" : "";
        return_key(key, loan, ret, r.pick(kAssistants), back);
      }
      write_record(out, loan);
      ++loan_count;
    }
  }
  for (const auto& k : keys)
    out.put_yaml(KeyRegister::rel_path_for(k.code), [k] { return RecordTraits<Key>::to_json(k); });
  return keys.size();
}

// ---- ledger and taskwarrior exports -----------------------------------------------------------

/// A text file written in large pieces, for the journal and the task list.
class TextSink {
 public:
  explicit TextSink(const std::string& path) : file_(std::fopen(path.c_str(), "wb")), path_(path) {
    if (!file_) throw std::system_error(errno, std::generic_category(), path);
    buffer_.reserve(kChunk + 4096);
  }
  ~TextSink() {
    if (file_) std::fclose(file_);
  }
  TextSink(const TextSink&) = delete;
  TextSink& operator=(const TextSink&) = delete;

  void add(std::string_view text) {
    buffer_ += text;
    bytes_ += text.size();
    if (buffer_.size() >= kChunk) flush();
  }
  void close() {
    flush();
    if (std::fclose(std::exchange(file_, nullptr)) != 0)
      throw std::system_error(errno, std::generic_category(), path_);
  }
  size_t bytes() const { return bytes_; }
  size_t entries = 0;

 private:
  static constexpr size_t kChunk = 1 << 20;
  void flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
      throw std::system_error(errno, std::generic_category(), path_);
    buffer_.clear();
  }
  std::FILE* file_;
  std::string path_;
  std::string buffer_;
  size_t bytes_ = 0;
};

/// SHA-1 (FIPS 180-4), only for name-based UUIDs.
std::array<uint8_t, 20> sha1(const std::string& message) {
  uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string m = message;
  uint64_t bits = uint64_t(message.size()) * 8;
  m += static_cast<char>(0x80);
  while (m.size() % 64 != 56) m += '\0';
  for (int i = 7; i >= 0; --i) m += static_cast<char>((bits >> (i * 8)) & 0xff);
  auto rol = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
  for (size_t chunk = 0; chunk < m.size(); chunk += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; ++i)
      w[i] = uint32_t(uint8_t(m[chunk + 4 * i])) << 24 |
             uint32_t(uint8_t(m[chunk + 4 * i + 1])) << 16 |
             uint32_t(uint8_t(m[chunk + 4 * i + 2])) << 8 | uint32_t(uint8_t(m[chunk + 4 * i + 3]));
    for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      uint32_t t = rol(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rol(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  std::array<uint8_t, 20> out{};
  for (int i = 0; i < 20; ++i) out[size_t(i)] = uint8_t(h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
}

/// A name-based (version 5) UUID in the URL namespace: uuid5(NAMESPACE_URL, name).
std::string uuid5_url(const std::string& name) {
  static const uint8_t url_ns[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                     0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  auto hash = sha1(std::string(reinterpret_cast<const char*>(url_ns), 16) + name);
  hash[6] = uint8_t((hash[6] & 0x0f) | 0x50);
  hash[8] = uint8_t((hash[8] & 0x3f) | 0x80);
  std::string s;
  for (size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    s += fmt::format("{:02x}", hash[i]);
  }
  return s;
}

/// Taskwarrior's date form, in UTC: kefu's times are the estate's wall clock (UTC+8).
std::string tw_time(DateTime local) {
  DateTime utc = local - hours(8);
  auto day = std::chrono::floor<days>(utc);
  std::chrono::year_month_day ymd{day};
  std::chrono::hh_mm_ss hms{utc - day};
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(),
                     hms.seconds().count());
}

/// One complaint as a line of `task import` JSON: completed once closed (at its last history
/// entry), pending before; due at the resolution deadline; the UUID derived from the case ID.
void task_line(TextSink& tasks, const Complaint& c, const ComplaintSla& sla,
               const WorkingCalendar& cal) {
  auto dl = complaint_deadlines(c, sla, cal);
  bool closed = c.status == ComplaintStatus::closed;
  DateTime last = c.history.empty() ? c.received_at : c.history.back().at;
  Json t = Json::object();
  t["uuid"] = uuid5_url("urn:kefu:complaint:" + c.id);
  t["status"] = closed ? "completed" : "pending";
  t["entry"] = tw_time(c.received_at);
  t["modified"] = tw_time(last);
  t["due"] = tw_time(dl.resolution_due);
  if (closed) t["end"] = tw_time(last);
  t["description"] = fmt::format("{} [{}] {}：{}", c.id, c.unit.empty() ? c.place : c.unit,
                                 c.category, c.description);
  t["project"] = "kefu.complaint";
  if (c.severity == Severity::major) t["priority"] = "H";
  Json tags = Json::array();
  tags.push_back(std::string(to_key(c.severity)));
  tags.push_back(std::string(to_key(c.channel)));
  tags.push_back(c.unit.empty() ? "public" : "unit");
  t["tags"] = std::move(tags);
  tasks.add(t.dump());
  tasks.add("\n");
  ++tasks.entries;
}

// ---- fees -------------------------------------------------------------------------------------

/// Bills for every unit each month (issued on the 1st, water imported the same morning) and the
/// payments: most units pay within the month, a few the month after, and about 8 % stop paying
/// 1–5 months before `now`. Written month by month; only one number per unit is kept. A
/// special service's charge is on the bill of its period as `special done` put it there; a
/// payment covers what the bill held when it was made, the rest with the next month's payment.
void write_fees(const Options& o, Writer& out, const std::vector<UnitRow>& units, const Config& cfg,
                YearMonth from, DateTime now, const std::vector<SpecialService>& specials,
                const RenovationMoney& renovations, size_t& bills_written, size_t& payments_written,
                FeeRecords& kept) {
  Random r(o.seed ^ 0x4645455300000000ull);
  YearMonth last = month_of(now);
  // Per unit: the first period it leaves unpaid (none: after `last`), and a late payment
  // carried into the next month.
  std::vector<YearMonth> stops(units.size(), last.next());
  for (auto& stop : stops)
    if (r.chance(8)) {
      stop = last;
      for (int k = 1 + r.below(5); k > 0; --k) stop = stop.prev();
    }
  std::vector<int64_t> carried(units.size(), 0);
  std::vector<int64_t> unpaid(units.size(), 0);  // special charges no payment has covered yet
  const auto* water = cfg.fees.find_item("water");
  static const std::vector<PayMethod> methods = {
      PayMethod::wechat, PayMethod::wechat,        PayMethod::wechat, PayMethod::alipay,
      PayMethod::alipay, PayMethod::bank_transfer, PayMethod::cash,   PayMethod::card};
  int receipt = 0;

  for (YearMonth m = from; m <= last; m = m.next()) {
    DateTime billed = DateTime{m.first_day()} + hours(9);
    if (billed > now) break;
    std::map<std::string, BillFile> bill_files;
    std::vector<Payment> payments;
    auto pay = [&](const UnitRow& u, int64_t amount, DateTime at) {
      if (amount <= 0 || at > now) return;
      Payment p;
      p.unit = u.id;
      p.at = at;
      p.amount = amount;
      p.method = methods[static_cast<size_t>(r.below(static_cast<int>(methods.size())))];
      p.by = r.chance(70) ? "zhoukj" : r.pick(kAssistants);
      payments.push_back(std::move(p));
    };
    for (size_t i = 0; i < units.size(); ++i) {
      const auto& u = units[i];
      Bill b{u.id, m, {}};
      bill_standing_items(b, u.unit(), cfg.fees.items, billed, "zhoukj");
      if (water) {  // last month's meter reading, imported with `kefu fee import`
        int64_t tons = 600 + r.below(1900);
        b.items.push_back({water->key, water->name, tons, water->rate,
                           charge_fen(water->rate, tons), billed + minutes(40), "zhoukj", ""});
      }
      std::vector<std::pair<DateTime, int64_t>> charges;  // special services, when added
      for (const auto& s : specials)
        if (s.unit == u.id && s.billed_period == m) {
          auto [at, by] = charged(s);
          add_special_charge(b, s, by, at);
          charges.emplace_back(at, s.price_fen);
        }
      int64_t from_deposit = 0;  // deductions, settled out of a renovation deposit
      for (const auto& [unit, item] : renovations.items)
        if (unit == u.id && item.first == m) {
          b.items.push_back(item.second);
          if (item.second.item == "renovation_deduction")
            from_deposit += item.second.amount;
          else
            charges.emplace_back(item.second.at, item.second.amount);
        }
      auto& file = bill_files[u.building];
      file.month = m;
      file.building = u.building;
      kept.bills.push_back(b);
      file.records.push_back(b);
      ++bills_written;

      auto time_of_day = minutes(8 * 60 + 30 + r.below(10 * 60));
      auto at_day = [&](YearMonth month, int day) {
        return DateTime{month.first_day() + days{day - 1}} + time_of_day;
      };
      if (carried[i] > 0) pay(u, carried[i], at_day(m, 2 + r.below(18)));
      carried[i] = 0;
      if (m >= stops[i]) continue;  // fallen behind: pays nothing more
      if (r.chance(6)) {
        carried[i] = b.total() - from_deposit + unpaid[i];  // pays next month
        unpaid[i] = 0;
      } else {
        DateTime at = at_day(m, 2 + r.below(27));
        int64_t later = 0;  // charged after the payment: left for the next one
        for (const auto& [when, fen] : charges)
          if (when > at) later += fen;
        pay(u, b.total() - from_deposit - later + unpaid[i], at);
        unpaid[i] = later;
      }
    }
    for (auto& [building, f] : bill_files) {
      std::sort(f.records.begin(), f.records.end(),
                [](const Bill& a, const Bill& c) { return a.unit < c.unit; });
      out.put(FeeStore::bill_rel(m, building),
              [f = std::move(f)] { return sealed(bill_file_yaml(f)); });
    }
    for (const auto& p : renovations.payments)
      if (month_of(p.at) == m && p.at <= now) payments.push_back(p);
    // Payment numbers run through the month in the order the money came in.
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment& a, const Payment& c) { return a.at < c.at; });
    std::map<std::string, PaymentFile> pay_files;
    int number = 0;
    for (auto& p : payments) {
      p.id = fmt::format("JF-{}-{:04}", m.str(), ++number);
      p.receipt = fmt::format("{:07}", ++receipt);
      kept.payments.push_back(p);
      std::string building = p.unit.substr(0, p.unit.find('-'));
      auto& f = pay_files[building];
      f.month = m;
      f.building = building;
      f.records.push_back(std::move(p));
      ++payments_written;
    }
    for (auto& [building, f] : pay_files)
      out.put(FeeStore::payment_rel(m, building),
              [f = std::move(f)] { return sealed(payment_file_yaml(f)); });
  }

  // The dun history of the units that stopped paying: each level logged in the days after the
  // month it was reached (a phone call answered with a promise, a notice, a visit …), on its
  // own stream of draws. A level reached this month is sometimes not logged yet: `kefu due`
  // shows it.
  Random rd(o.seed ^ 0x44554e0000000000ull);
  const std::string dunner = fee_owner(cfg);
  for (size_t i = 0; i < units.size(); ++i) {
    if (stops[i] > last) continue;
    DunLog log{units[i].id, {}, ""};
    std::vector<YearMonth> owed;  // the periods in arrears when the level is reached
    YearMonth reached = stops[i];
    int age = 0;
    for (const auto& level : cfg.fees.dun_levels) {
      for (; age < level.after_months; ++age) {
        owed.push_back(reached);
        reached = reached.next();
      }
      if (reached > last) break;
      DateTime at = DateTime{reached.first_day() + days{2 + rd.below(10)}} + hours(9) +
                    minutes(rd.below(8 * 60));
      if (at > now || (reached == last && rd.chance(25))) break;
      DunEntry e;
      e.at = at;
      e.level = level.level;
      e.method = level.method;
      e.periods = owed;
      for (const auto& b : kept.bills)
        if (b.unit == units[i].id && std::find(owed.begin(), owed.end(), b.period) != owed.end())
          e.amount += b.total();
      e.by = dunner;
      if (level.method == DunMethod::phone || level.method == DunMethod::home_visit) {
        e.result = rd.chance(60) ? "业主承诺月底前缴清" : "业主称对服务有意见，暂不缴纳";
        if (e.result.starts_with("业主承诺")) e.promised = reached.last_day();
        e.result_at = at + minutes(10 + rd.below(50));
        e.result_by = dunner;
      }
      log.entries.push_back(std::move(e));
    }
    if (!log.entries.empty())
      out.put(FeeStore::dun_rel(log.unit), [log] { return sealed(dun_file_yaml(log)); });
  }
}

// ---- moving in and out (入伙、迁入迁出, procedures 008 and 009) ----------------------------

/// One move of the demo: when it was recorded (days before `now`'s day, at an hour), what,
/// and which unit — a unit of its own, or the one an earlier move-in of the list let to a
/// tenant (`same_as`). Together they show a move-in ticked off and one still open, a tenant's
/// move-out settled and released with nothing owed, one blocked by arrears and released on the
/// estate manager's override, an owner's own move-out, and a tenant's move-out still waiting
/// for the owner's consent (a `kefu due` line).
struct MoveSeed {
  int days_before;
  int hour;
  MoveKind kind;
  OccupantType occupant;
  int same_as;        // index of the move-in of the same unit, or -1
  int ticked;         // a move-in's checklist items ticked off (-1: all)
  bool consent;       // a tenant's move-out: the owner's consent recorded
  bool settle;        // a move-out settled
  bool owing;         // the unit owes when settled: released on the manager's override
  const char* goods;  // a release slip (empty: none yet)
  int pieces;
};

const std::vector<MoveSeed> kMoveSeeds = {
    {200, 10, MoveKind::move_in, OccupantType::owner, -1, -1, false, false, false, "", 0},
    {150, 14, MoveKind::move_in, OccupantType::tenant, -1, -1, false, false, false, "", 0},
    {100, 15, MoveKind::move_in, OccupantType::tenant, -1, -1, false, false, false, "", 0},
    {60, 10, MoveKind::move_in, OccupantType::tenant, -1, -1, false, false, false, "", 0},
    {30, 9, MoveKind::move_out, OccupantType::owner, -1, 0, false, true, false, "家具家电", 18},
    {20, 9, MoveKind::move_out, OccupantType::tenant, 1, 0, true, true, false, "衣物、家电", 9},
    {10, 10, MoveKind::move_out, OccupantType::tenant, 2, 0, true, true, true, "家具家电", 12},
    {4, 16, MoveKind::move_out, OccupantType::tenant, 3, 0, false, false, false, "", 0},
    {3, 10, MoveKind::move_in, OccupantType::owner, -1, 2, false, false, false, "", 0},
};

const char* const kChecklistNotes[] = {"3 把", "0123.4", "04567.8", "0089.2", "已签收"};
const char* const kTenants[] = {"何晓东", "吴婷", "郑凯", "冯雪", "蒋磊"};

/// The moves, through the functions `move in/out/check/consent/settle/release` use, each step
/// at its own time; settlements from the unit's ledger at that moment. A unit is drawn to fit
/// its move: the one whose goods leave on an override owes an unpaid bill of a month before;
/// the others owe nothing when settled.
size_t write_moves(const Options& o, Writer& out, const std::vector<UnitRow>& units,
                   const Config& cfg, DateTime now, const FeeRecords& fees) {
  Random r(o.seed ^ 0x4d4f564553000000ull);
  std::map<std::string, std::pair<std::vector<Bill>, std::vector<Payment>>> by_unit;
  for (const auto& b : fees.bills) by_unit[b.unit].first.push_back(b);
  for (const auto& p : fees.payments) by_unit[p.unit].second.push_back(p);
  auto ledger_at = [&](const std::string& unit, DateTime at) {
    auto it = by_unit.find(unit);
    if (it == by_unit.end()) return compute_ledger(unit, {}, {}, at);
    return compute_ledger(unit, it->second.first, it->second.second, at);
  };
  std::unordered_set<std::string> used;
  // The first unit from a random place on that fits and has no move yet.
  auto draw = [&](const std::function<bool(const UnitRow&)>& fits) -> const UnitRow* {
    size_t start = static_cast<size_t>(r.below(static_cast<int>(units.size())));
    for (size_t k = 0; k < units.size(); ++k) {
      const auto& u = units[(start + k) % units.size()];
      if (!used.count(u.id) && !u.occupancy && fits(u)) return &u;
    }
    return nullptr;
  };
  auto at_day = [&](int days_before, int hour) {
    return start_of_day(date_of(now) - days{days_before}) + hours(hour) + minutes(r.below(30));
  };
  const auto* manager = cfg.find_staff("zhaojl");
  std::vector<Move> moves;
  std::vector<const UnitRow*> unit_of;
  for (const auto& seed : kMoveSeeds) {
    DateTime at = at_day(seed.days_before, seed.hour);
    DateTime settled = at + hours(2);
    const UnitRow* u = nullptr;
    if (seed.same_as >= 0) {
      u = unit_of[static_cast<size_t>(seed.same_as)];
      // The unit of a move-out to come: chosen now for what it will owe then.
    } else if (seed.kind == MoveKind::move_out && seed.settle) {
      u = draw([&](const UnitRow& x) { return ledger_at(x.id, settled).balance() <= 0; });
    } else {
      u = draw([](const UnitRow&) { return true; });
    }
    if (!u) break;
    if (seed.kind == MoveKind::move_in && seed.occupant == OccupantType::tenant) {
      // Let to the tenant who later leaves: a unit that fits the later move-out.
      for (size_t k = 0; k < kMoveSeeds.size(); ++k) {
        const auto& later = kMoveSeeds[k];
        if (later.same_as != static_cast<int>(moves.size())) continue;
        DateTime then =
            start_of_day(date_of(now) - days{later.days_before}) + hours(later.hour + 2);
        u = draw([&](const UnitRow& x) {
          if (!later.settle) return true;
          auto l = ledger_at(x.id, then);
          if (!later.owing) return l.balance() <= 0;
          for (const auto& p : l.periods)
            if (p.outstanding() > 0 && p.period < month_of(then)) return true;
          return false;
        });
      }
      if (!u) break;
    }
    used.insert(u->id);
    unit_of.push_back(u);
    std::string by = r.pick(kAssistants);
    NewMove n;
    n.kind = seed.kind;
    n.unit = u->id;
    n.occupant = seed.occupant;
    n.moved_at = at;
    if (seed.occupant == OccupantType::owner) {
      n.people = {{u->owner, ResidentRelation::owner, u->phone}};
    } else if (seed.same_as >= 0) {
      n.people = moves[static_cast<size_t>(seed.same_as)].people;
    } else {
      n.people = {{kTenants[moves.size() % 5], ResidentRelation::tenant, phone_number(r)},
                  {person_name(r), ResidentRelation::household, ""}};
    }
    if (seed.kind == MoveKind::move_in) {
      n.checklist = cfg.move_checklist;
      n.emergency_contact = seed.occupant == OccupantType::owner
                                ? u->emergency_contact
                                : Person{person_name(r), phone_number(r)};
    }
    auto m = open_move("", n, by, at);
    if (seed.kind == MoveKind::move_in) {
      size_t ticked = seed.ticked < 0 ? m.checklist.size() : static_cast<size_t>(seed.ticked);
      for (size_t k = 0; k < ticked && k < m.checklist.size(); ++k)
        tick_checklist(m, m.checklist[k].item, k < 5 ? kChecklistNotes[k] : "", by,
                       at + minutes(10 * static_cast<int>(k + 1)));
    } else {
      if (seed.consent)
        record_consent(m,
                       {u->owner, seed.owing ? ConsentMethod::written : ConsentMethod::phone,
                        at + hours(1), "", ""},
                       by, at + hours(1));
      if (seed.settle) settle_move(m, ledger_at(u->id, settled), by, settled);
      if (*seed.goods) {
        DateTime released = at + hours(3);
        ReleaseRequest req;
        req.goods = seed.goods;
        req.pieces = seed.pieces;
        req.plate = fmt::format("粤B{:05}", r.below(100000));
        int64_t owed = ledger_at(u->id, released).balance();
        if (owed > 0) {
          req.override_by = manager;
          req.reason = "业主书面承诺月底前缴清欠费";
        }
        issue_release(m, req, owed, by, released);
      }
    }
    moves.push_back(std::move(m));
  }
  // Numbered in the order they were recorded, month by month.
  std::vector<size_t> order(moves.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return moves[a].received_at < moves[b].received_at; });
  Numbering ids("BQ");
  for (size_t k : order) {
    moves[k].id = ids.next(moves[k].received_at);
    write_record(out, moves[k]);
  }
  return moves.size();
}

/// Owner visits (走访, procedure 017): on nearly half the working days (calendar.yaml) of the
/// last two months an assistant visits a household in the afternoon; what people raise, and
/// for the older visits how it was followed up. From a stream of its own.
size_t write_visits(const Options& o, Writer& out, const std::vector<UnitRow>& units,
                    const WorkingCalendar& cal, DateTime now) {
  struct Concern {
    const char* raised;
    const char* follow_up;
  };
  static const std::vector<Concern> kConcerns = {
      {"", ""},
      {"", ""},
      {"", ""},
      {"楼道声控灯不亮，晚上回家看不清台阶", "已通知工程部更换灯泡，次日回访已修好"},
      {"希望小区增设电动车充电桩", "已记入意见汇总，报管理处研究"},
      {"楼上夜间装修有噪音", "已联系楼上住户，告知装修时间规定"},
      {"地下车库入口减速带松动", "工程部已重新固定"},
      {"快递柜经常满，包裹放在门口", "已与快递柜运营方协调增加柜位"},
      {"中心花园健身器材有一处螺丝松动", "工程部已紧固，并安排每周检查"},
      {"电梯内广告屏声音太大", "已联系广告公司调低音量"},
      {"对保洁阿姨的服务很满意，提出表扬", "已转告保洁部并在周会上表扬"},
      {"门禁卡偶尔刷不开单元门", "已检查门禁读卡器，更换住户卡后正常"},
  };
  static const std::vector<std::string> kPurposes = {"例行走访", "例行走访", "入住回访",
                                                     "维修后回访", "征询意见"};
  Random r(o.seed ^ 0x5649534954530000ull);
  Numbering ids("ZF");
  size_t count = 0;
  for (int back = 60; back >= 1; --back) {
    Date day = date_of(now) - days{back};
    if (!cal.is_working_day(day) || !r.chance(45)) continue;
    const auto& u = r.pick(units);
    auto at = start_of_day(day) + hours(14) + minutes(r.below(180));
    Visit v;
    v.id = ids.next(at);
    v.visited_at = at;
    v.unit = u.id;
    v.person = u.tenant.name.empty() ? Person{u.owner, u.phone} : u.tenant;
    v.by = r.pick(kDeskStaff);
    v.purpose = r.pick(kPurposes);
    const auto& c = kConcerns[static_cast<size_t>(r.below(static_cast<int>(kConcerns.size())))];
    v.raised = c.raised;
    add_history(v.history, at + minutes(40), v.by, "add", "登记走访");
    if (!v.raised.empty() && back > 3) {
      auto later = start_of_day(day + days{1 + r.below(3)}) + hours(10) + minutes(r.below(300));
      v.follow_up = c.follow_up;
      add_history(v.history, later, v.by, "note", "跟进：" + v.follow_up);
    }
    write_record(out, std::move(v));
    ++count;
  }
  return count;
}

// ---- the lobby desk: shifts and handovers, visitors, items lent -----------------------------

struct LobbyCounts {
  size_t shifts = 0, visitors = 0, item_loans = 0;
};

/// The week before `now` at the desk: two to four visitors a day (signed out within two hours;
/// one of today's still in), an item lent most days (back the same afternoon; yesterday's
/// ladder still out and overdue), and every shift's duty record with a log entry or two and its
/// handover, accepted by the next shift. Each handover carries what is open at its shift's end
/// among these registers (open_at), each with a reason — yesterday's ladder among them. The
/// shift `now` falls in has its record, not yet handed over.
LobbyCounts write_lobby(const Options& o, const std::vector<UnitRow>& units, const Config& cfg,
                        const WorkingCalendar& cal, DateTime now) {
  Random r(o.seed ^ 0x4c4f42425900000ull);
  // What the other generators wrote, read back: the keys out, the complaints, the callbacks
  // owed, for what is open at each shift's end.
  DeskRecords records;
  std::vector<Repair> repairs;
  std::vector<Opinion> opinions;
  std::vector<SpecialService> specials;
  {
    DataDir dir(o.out);
    RecordStore store(dir);
    auto load = [&](auto repo, auto& into) {
      for (auto& item : repo.scan({}).items) into.push_back(std::move(item.record));
    };
    load(Repository<Complaint>(store), records.complaints);
    load(Repository<KeyLoan>(store), records.key_loans);
    load(Repository<LostItem>(store), records.lost);
    load(Repository<Repair>(store), repairs);
    load(Repository<Opinion>(store), opinions);
    load(Repository<SpecialService>(store), specials);
  }
  records.callbacks = pending_callbacks(records.complaints, repairs, cfg, cal, opinions, specials);
  Writer out(o.out, o.threads);
  LobbyCounts n;
  const std::vector<std::string> desk = {"zhangmin", "lili", "chenjing"};
  Date today = date_of(now);
  Date first = today - days{7};
  auto unit_id = [&] {
    return units[static_cast<size_t>(r.below(static_cast<int>(units.size())))].id;
  };

  static const char* kPurposes[] = {
      "探亲",         "送货",     "朋友聚会",        "看房（中介陪同）",
      "上门维修空调", "家政保洁", "快递大件送货上门"};
  static const char* kHosts[][2] = {
      {"管理处", "洽谈外墙清洗报价"}, {"工程部", "电梯维保"}, {"客户服务中心", "应聘保洁员"}};
  Numbering visitor_ids("FK");
  for (Date day = first; day <= today; day += days{1}) {
    std::vector<DateTime> times;
    for (int i = 2 + r.below(3); i > 0; --i)
      times.push_back(start_of_day(day) + hours(9 + r.below(9)) + minutes(r.below(60)));
    std::sort(times.begin(), times.end());
    if (day == today) times.insert(times.begin(), start_of_day(day) + hours(8) + minutes(50));
    for (DateTime in : times) {
      if (in > now) continue;
      Visitor v;
      v.id = visitor_ids.next(in);
      v.name = person_name(r);
      v.phone = phone_number(r);
      v.people = r.chance(20) ? 2 : 1;
      if (r.chance(80)) {
        v.unit = unit_id();
        v.purpose = kPurposes[r.below(7)];
      } else {
        auto* h = kHosts[r.below(3)];
        v.host = h[0];
        v.purpose = h[1];
        v.id_checked = id_check(r);
      }
      v.in_at = in;
      v.registered_by = desk[static_cast<size_t>(r.below(3))];
      DateTime out_at = in + minutes(20 + r.below(100));
      if (out_at <= now && in != start_of_day(today) + hours(8) + minutes(50)) {  // still in
        v.out_at = out_at;
        v.out_by = v.registered_by;
        add_history(v.history, out_at, v.out_by, "out", "");
      }
      v.history.insert(v.history.begin(), HistoryEntry{in, v.registered_by, "in", "", {}});
      records.visitors.push_back(v);
    }
  }
  static const char* kItems[][2] = {{"梯子", "更换灯泡"},     {"手推车", "搬运家具"},
                                    {"工具箱", "安装窗帘杆"}, {"人字梯", "清洗空调滤网"},
                                    {"电钻", "挂画"},         {"雨伞", "雨天外出"}};
  Numbering loan_ids("JW");
  for (Date day = first; day < today; day += days{1}) {
    if (r.chance(25)) continue;
    bool overdue = day == today - days{1};
    auto* it = overdue ? kItems[0] : kItems[r.below(6)];
    ItemLoan l;
    l.lent_at = start_of_day(day) + hours(overdue ? 10 : 9 + r.below(6)) + minutes(r.below(60));
    l.id = loan_ids.next(l.lent_at);
    l.item = it[0];
    l.purpose = it[1];
    l.unit = unit_id();
    l.borrower = {person_name(r), phone_number(r)};
    l.lent_by = desk[static_cast<size_t>(r.below(3))];
    l.due_at = start_of_day(day) + minutes(cfg.keys.cutoff_minutes);
    l.history = {{l.lent_at, l.lent_by, "lend", "", {}}};
    if (!overdue) {
      l.returned_at = l.lent_at + hours(1 + r.below(3));
      l.returned_by = l.borrower.name;
      l.received_by = desk[static_cast<size_t>(r.below(3))];
      l.condition = "完好";
      add_history(l.history, *l.returned_at, l.received_by, "return", "");
    }
    records.item_loans.push_back(l);
  }

  static const char* kLog[][2] = {{"phone", "{} 来电询问本周停水安排，已告知周四 9:00–12:00 停水"},
                                  {"event", "{} 门前快递堆放，已联系快递员当日清走"},
                                  {"instruction", "经理指示：本周消防检查，各岗位注意消防通道畅通"},
                                  {"phone", "{} 来电反映走廊灯不亮，已转工程部"},
                                  {"event", "巡查发现地下车库B区积水，已通知保洁清理"}};
  static const std::map<std::string, const char*> kReasons = {
      {"item", "借用人电话未接，已留言催还，下班继续跟进"},
      {"visitor", "访客仍在户内，已告知离开时登记"},
      {"key", "借用人仍在使用，约定次日归还"},
      {"complaint", "已派单，责任部门尚未回复"},
      {"callback", "客户电话未接通，下班继续回访"},
      {"lost", "主管外出，已电话报告，回来后签收"}};
  Numbering duty_ids("ZB");
  for (Date day = first; day <= today; day += days{1}) {
    int k = static_cast<int>((day - first).count());
    // The day's shifts in the order they run.
    std::vector<ShiftWindow> windows;
    for (const auto& s : cfg.shifts) windows.push_back(shift_window(s, day));
    std::sort(windows.begin(), windows.end(),
              [](const ShiftWindow& a, const ShiftWindow& b) { return a.start < b.start; });
    for (size_t i = 0; i < windows.size(); ++i) {
      const auto& w = windows[i];
      if (w.start > now) continue;
      const std::string& staff = desk[(static_cast<size_t>(k) + i) % desk.size()];
      Duty d = open_duty(duty_ids.next(w.start), w, staff, w.start + minutes(5));
      int entries = w.end <= now ? 1 + r.below(2) : 1;
      for (int e = 0; e < entries; ++e) {
        DateTime at =
            w.start + minutes(30 + r.below(static_cast<int>((w.end - w.start).count() / 60) - 60));
        if (at > now) at = w.start + minutes(10);
        auto* line = kLog[r.below(5)];
        d.log.push_back({at, *parse_enum<DutyEntryKind>(line[0]),
                         fmt::format(fmt::runtime(line[1]), unit_id()), staff});
      }
      std::sort(d.log.begin(), d.log.end(),
                [](const DutyEntry& a, const DutyEntry& b) { return a.at < b.at; });
      if (w.end <= now) {
        HandoverRequest req;
        req.to = desk[(static_cast<size_t>(k) + i + 1) % desk.size()];
        auto open = open_at(records, w.end);
        for (const auto& item : open) req.reasons[item.id] = kReasons.at(item.kind);
        give_handover(d, open, req, staff, w.end - minutes(10));
        accept_handover(d, req.to, w.end + minutes(5));
      }
      write_record(out, std::move(d));
      ++n.shifts;
    }
  }
  for (auto& v : records.visitors) write_record(out, std::move(v));
  for (auto& l : records.item_loans) write_record(out, std::move(l));
  n.visitors = records.visitors.size();
  n.item_loans = records.item_loans.size();
  return n;
}

// ---- patrols (巡视, §3.2) and lost property (拾遗物品, §3.3.6) --------------------------------

struct PatrolCounts {
  size_t patrols = 0, repairs = 0;
};

/// What a round may find, and whether it is put right on the spot or becomes a repair order.
struct FindingSeed {
  const char* place;
  const char* description;
  bool repair;
};

const std::vector<FindingSeed> kDailyFindings = {
    {"大堂/照明", "大堂两盏筒灯不亮", true},
    {"各楼层/照明", "12楼走道感应灯不亮", true},
    {"电梯/运行", "电梯运行时有异响", true},
    {"卫生间/设施", "会所卫生间洗手盆龙头漏水", true},
    {"防火通道/畅通", "消防通道堆放纸箱杂物", false},
    {"外围/道路卫生", "地下车库入口有落叶积水", false},
    {"大堂/地面卫生", "大堂地面有水渍未清", false},
    {"防火通道/应急照明", "安全出口指示灯不亮", true},
};
const std::vector<FindingSeed> kWeeklyFindings = {
    {"乱贴乱画", "单元门口张贴开锁小广告", false},
    {"乱设标识标牌和广告", "围墙外挂设商铺广告横幅", false},
    {"公用设施损坏", "儿童游乐区秋千链条松脱", true},
    {"公用设施损坏", "中心花园座椅木条断裂", true},
    {"不整洁", "垃圾分类投放点周边散落垃圾", false},
};
const char* const kFixNotes[] = {"已通知保洁当场清理", "已联系秩序维护员当场处理",
                                 "已督促当事人当场清除"};

/// Three weeks of rounds before `now`: the daily spot check every morning, the weekly check of
/// signs and facilities on Mondays, the vacant units on Wednesdays (last week's was missed, so
/// `kefu due` shows it). Findings are put right on the spot or become repair orders numbered
/// after the estate's others (`ids`), linked both ways; the last one found is still open.
PatrolCounts write_patrols(const Options& o, Writer& out, const std::vector<UnitRow>& units,
                           const Config& cfg, DateTime now, Numbering& ids) {
  Random r(o.seed ^ 0x504154524f4c0000ull);
  Numbering patrol_ids("XS");
  PatrolCounts n;
  std::vector<std::string> vacant;
  for (const auto& u : units)
    if (u.occupancy == Occupancy::vacant) vacant.push_back(u.id);
  Date today = date_of(now);
  Date first = today - days{21};
  Date missed = patrol_period(PatrolFrequency::weekly, today - days{7}).from + days{2};
  std::vector<Patrol> patrols;
  for (Date day = first; day <= today; day += days{1}) {
    auto walk = [&](const PatrolRound& round, int hour, const std::vector<FindingSeed>& seeds,
                    int percent) {
      DateTime start = start_of_day(day) + hours(hour) + minutes(r.below(30));
      DateTime end = start + minutes(35 + r.below(30));
      if (end > now) return;
      NewPatrol np;
      np.round = round.key;
      np.checkpoints = round_checkpoints(cfg.patrols, round, vacant);
      if (r.chance(30)) np.walkers.push_back("wangqiang");
      np.started_at = start;
      if (!seeds.empty() && r.chance(percent)) {
        const auto& s = r.pick(seeds);
        np.findings.push_back({s.place, s.description});
      }
      std::string by = r.pick(kAssistants);
      auto p = log_patrol(patrol_ids.next(end), np, by, end);
      for (auto& f : p.findings) {
        const FindingSeed* seed = nullptr;
        for (const auto& s : seeds)
          if (f.description == s.description) seed = &s;
        DateTime at = end + minutes(5 + r.below(20));
        if (day == today || at > now) continue;  // today's still to be dealt with
        if (!seed->repair) {
          finding_fixed(p, f.no, kFixNotes[r.below(3)], by, at);
          continue;
        }
        NewRepair nr;
        nr.channel = Channel::visit;
        nr.place = f.place;
        nr.fault = f.description;
        nr.requester = {staff_name(cfg, by), ""};
        auto x = log_repair(ids.next(at), nr, by, at);
        x.patrol = finding_ref(p, f);
        finding_to_repair(p, f.no, x.id, by, at);
        const auto& tech = r.pick(kTechnicians);
        DateTime dispatched = at + minutes(10 + r.below(30));
        DateTime arrived = dispatched + minutes(20 + r.below(60));
        if (arrived <= now) {
          dispatch_repair(x, "工程部", tech.first, tech.second, dispatched, arrived, by, now);
          DateTime done = arrived + minutes(40 + r.below(120));
          if (done <= now) {
            RepairCompletion c;
            c.at = done;
            c.signed_by = staff_name(cfg, by);
            c.result = "已修复";
            complete_repair(x, c, by, now);
            // The callback the next day, in office hours.
            DateTime cb = start_of_day(date_of(done) + days(1)) + hours(10 + r.below(6)) +
                          minutes(r.below(60));
            if (cb <= now)
              callback_repair(x, {cb, r.pick(kAssistants), CallbackResult::satisfied,
                                  staff_name(cfg, "wangqiang"), "巡视复查，已修好", ""});
          }
        }
        write_record(out, std::move(x));
        ++n.repairs;
      }
      patrols.push_back(std::move(p));
    };
    walk(*cfg.patrols.find_round("daily"), 8, kDailyFindings, 30);
    unsigned wd = iso_weekday(day);
    if (wd == 1) walk(*cfg.patrols.find_round("weekly"), 14, kWeeklyFindings, 70);
    if (wd == 3 && day != missed && !vacant.empty())
      walk(*cfg.patrols.find_round("vacant"), 10, {}, 0);
  }
  for (auto& p : patrols) write_record(out, std::move(p));
  n.patrols = patrols.size();
  return n;
}

/// Lost property in each state: returned to its owner, handed to the police and disposed of
/// after the keeping period, kept and acknowledged, kept past its period awaiting a decision,
/// and one found this morning not yet acknowledged by the supervisor.
size_t write_lost(const Options& o, Writer& out, const Config& cfg, DateTime now) {
  Random r(o.seed ^ 0x4c4f535400000000ull);
  Numbering ids("SW");
  const auto& keep = cfg.lost_property;
  struct Seed {
    int days_before;
    const char* item;
    const char* place;
    const char* found_by;
    const char* kept_at;
    int outcome;  // 0 kept, 1 returned, 2 police, 3 disposed, 4 not acknowledged
  };
  const Seed seeds[] = {
      {58, "黑色折叠伞", "2栋大堂休息区", "保洁员刘芳", "前台储物柜", 3},
      {45, "钱包（内有身份证、现金若干）", "中心花园长椅", "秩序维护员黄涛", "前台保险柜", 2},
      {36, "儿童水壶（蓝色）", "儿童游乐区", "保洁员刘芳", "前台储物柜", 0},
      {12, "钥匙一串（3把，带小熊挂件）", "地下车库B区", "秩序维护员黄涛", "前台保险柜", 1},
      {6, "苹果手机（黑色外壳）", "会所健身房", "张敏", "前台保险柜", 1},
      {3, "羽绒外套（灰色）", "会所休息区", "保洁员李桂英", "前台储物柜", 0},
      {0, "公交卡及学生证卡套", "1栋电梯厅", "保洁员刘芳", "前台保险柜", 4},
  };
  size_t count = 0;
  for (const auto& s : seeds) {
    DateTime found =
        start_of_day(date_of(now) - days{s.days_before}) + hours(7) + minutes(30 + r.below(60));
    DateTime recorded = found + minutes(5 + r.below(20));
    if (recorded > now) recorded = now, found = now - minutes(10);
    std::string by = r.pick(kAssistants);
    auto x = record_found(ids.next(recorded), {s.item, s.place, s.found_by, s.kept_at, "", found},
                          by, recorded);
    const StaffMember* supervisor = cfg.find_staff("wangqiang");
    const StaffMember* manager = cfg.find_staff("zhaojl");
    if (s.outcome != 4) acknowledge_lost(x, *supervisor, recorded + minutes(10 + r.below(40)));
    if (s.outcome == 1) {
      LostReturn ret;
      ret.claimant = person_name(r);
      ret.phone = phone_number(r);
      ret.id = id_check(r);
      ret.proof = "说出物品特征及内有物品，与登记相符";
      ret.signature = ret.claimant;
      ret.by = r.pick(kAssistants);
      // Claimed on a later day, in office hours.
      DateTime back = start_of_day(date_of(recorded) + days(1 + r.below(2))) +
                      hours(10 + r.below(7)) + minutes(r.below(60));
      return_lost(x, ret, std::min(back, now));
    } else if (s.outcome == 2 || s.outcome == 3) {
      LostDisposalRecord d;
      d.how = s.outcome == 2 ? LostDisposal::police : LostDisposal::disposed;
      d.receiver = s.outcome == 2 ? "翠湖派出所 值班民警" : "按无主物品处理，交保洁部回收";
      d.by = r.pick(kAssistants);
      dispose_lost(x, d, s.outcome == 2 ? *manager : *supervisor, keep,
                   keep_until(x, keep) + hours(9 + r.below(6)));
    }
    write_record(out, std::move(x));
    ++count;
  }
  return count;
}

int generate(const Options& o) {
  auto now = parse_datetime(o.now);
  auto from = parse_month(o.from);
  if (!now || !from) {
    std::cerr << "kefu-gen: --now or --from is not valid\n";
    return 2;
  }
  Random r(o.seed);
  Writer out(o.out, o.threads);
  std::optional<TextSink> ledger, tasks;
  if (!o.ledger.empty()) ledger.emplace(o.ledger);
  if (!o.taskwarrior.empty()) tasks.emplace(o.taskwarrior);
  out.put_text("kefu.yaml", demo_config());
  out.put_text("calendar.yaml", official_calendar_yaml());
  out.put_text(".gitignore", "# kefu 的锁与可重建的索引，不入版本库\n.kefu/\n");
  auto units = write_units(o, out, r);
  auto cfg = parse_config("kefu.yaml", demo_config());
  auto cal = parse_calendar("calendar.yaml", official_calendar_yaml());

  size_t complaints = 0;
  Numbering ids("TS");
  auto permille = permille_per_day(units.size(), o.complaints_per_day_per_1000_units);
  for (Date day = from->first_day(); day <= date_of(*now); day += days{1})
    for (DateTime at : times_of_day(day, daily_count(permille, r), r)) {
      if (at > *now) continue;
      auto c = make_complaint(ids.next(at), at, units, cfg, cal, *now, r);
      if (tasks) task_line(*tasks, c, cfg.complaint_sla, cal);
      write_record(out, std::move(c));
      ++complaints;
    }
  std::optional<Repair> converted;
  Numbering repair_ids("BX");
  auto repairs =
      write_repairs(o, out, units, cfg, cal, from->first_day(), *now, converted, repair_ids);
  auto specials = write_specials(o, out, units, cfg, from->first_day(), *now, std::move(converted));
  size_t opinions = 0;
  Numbering opinion_ids("YJ");
  auto contacts =
      write_contacts(o, out, units, from->first_day(), *now, cfg, cal, opinion_ids, opinions);
  auto surveys = write_surveys(o, out, units, cfg, from->first_day(), *now, opinion_ids, opinions);
  size_t loans = 0, bills = 0, payments = 0;
  auto keys = write_keys(o, out, units, cfg, from->first_day(), *now, loans);
  RenovationMoney renovation_money;
  auto renovations = write_renovations(o, out, units, cfg, *now, renovation_money);
  FeeRecords fee_records;
  write_fees(o, out, units, cfg, *from, *now, specials, renovation_money, bills, payments,
             fee_records);
  if (ledger) {  // the journal `kefu fee journal` writes of the same records
    auto journal = fee_journal(fee_records.bills, fee_records.payments);
    for (size_t at = journal.find("\n\n"); at != std::string::npos;
         at = journal.find("\n\n", at + 2))
      ++ledger->entries;  // each transaction ends in a blank line, and so does the heading
    if (ledger->entries > 0) --ledger->entries;
    ledger->add(journal);
  }
  auto moves = write_moves(o, out, units, cfg, *now, fee_records);
  auto visits = write_visits(o, out, units, cal, *now);
  auto patrols = write_patrols(o, out, units, cfg, *now, repair_ids);
  repairs += patrols.repairs;
  auto lost = write_lost(o, out, cfg, *now);
  size_t files = out.finish();
  auto lobby = write_lobby(o, units, cfg, cal, *now);  // reads back what is written above
  std::cerr << fmt::format(
      "kefu-gen: {} units, {} complaints, {} repairs, {} special services, {} contacts, {} "
      "opinions, {} survey rounds, {} keys, {} key loans, {} renovations, {} bills, {} payments, "
      "{} moves, {} owner visits, {} patrols, {} lost items, {} shifts, {} visitors, {} items "
      "lent into {}\n",
      units.size(), complaints, repairs, specials.size(), contacts, opinions, surveys, keys, loans,
      renovations.size(), bills, payments, moves, visits, patrols.patrols, lost, lobby.shifts,
      lobby.visitors, lobby.item_loans, o.out);
  if (o.bench) std::cerr << fmt::format("kefu-gen: {} files written\n", files);
  if (ledger) {
    ledger->close();
    std::cerr << fmt::format("kefu-gen: {} journal entries ({} bytes) into {}\n", ledger->entries,
                             ledger->bytes(), o.ledger);
  }
  if (tasks) {
    tasks->close();
    std::cerr << fmt::format("kefu-gen: {} tasks ({} bytes) into {}\n", tasks->entries,
                             tasks->bytes(), o.taskwarrior);
  }
  return 0;
}

}  // namespace
}  // namespace kefu

int main(int argc, char** argv) {
  kefu::Options o;
  CLI::App app{"kefu-gen: write a deterministic demo or benchmark estate"};
  app.add_option("--out", o.out, "data directory to write")->capture_default_str();
  app.add_option("--seed", o.seed, "random seed")->capture_default_str();
  app.add_flag("--bench", o.bench,
               "benchmark preset: 5,000 units (20 buildings × 2 entrances × 25 floors × 5 rooms), "
               "history from 2016-12, about 100,000 complaints and 1,000,000 case files; options "
               "given explicitly still win");
  app.add_option("--buildings", o.buildings, "buildings")->capture_default_str();
  app.add_option("--entrances", o.entrances, "entrances per building")->capture_default_str();
  app.add_option("--floors", o.floors, "floors per entrance")->capture_default_str();
  app.add_option("--rooms", o.rooms, "rooms per floor")->capture_default_str();
  app.add_option("--from", o.from, "first month of history")->capture_default_str();
  app.add_option("--now", o.now, "the moment the history ends")->capture_default_str();
  app.add_option("--complaint-rate", o.complaints_per_day_per_1000_units,
                 "complaints per day per 1000 units (fractions allowed)")
      ->capture_default_str();
  app.add_option("--repair-rate", o.repairs_per_day_per_1000_units,
                 "repairs per day per 1000 units (fractions allowed)")
      ->capture_default_str();
  app.add_option("--contact-rate", o.contacts_per_day_per_1000_units,
                 "calls and visits per day per 1000 units (fractions allowed)")
      ->capture_default_str();
  app.add_option(
      "--ledger", o.ledger,
      "also write every bill and payment as `kefu fee journal` writes them (ledger, hledger)");
  app.add_option("--taskwarrior", o.taskwarrior,
                 "also write every complaint as taskwarrior JSON, one task a line (task import)");
  app.add_option("--threads", o.threads, "writer threads (0: one per core; output is the same)")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (o.bench) {
    auto preset = [&](const char* option, auto& field, auto value) {
      if (app.count(option) == 0) field = value;
    };
    preset("--buildings", o.buildings, 20);
    preset("--entrances", o.entrances, 2);
    preset("--floors", o.floors, 25);
    preset("--rooms", o.rooms, 5);
    preset("--from", o.from, std::string("2016-12"));
    preset("--complaint-rate", o.complaints_per_day_per_1000_units, 5.5);
    preset("--repair-rate", o.repairs_per_day_per_1000_units, 22.0);
    preset("--contact-rate", o.contacts_per_day_per_1000_units, 27.2);
  }
  if (std::filesystem::exists(std::filesystem::path(o.out) / "kefu.yaml")) {
    std::cerr << "kefu-gen: " << o.out << " already holds a data directory; remove it first\n";
    return 2;
  }
  try {
    return kefu::generate(o);
  } catch (const std::exception& e) {
    std::cerr << "kefu-gen: " << e.what() << "\n";
    return 1;
  }
}
