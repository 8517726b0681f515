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

#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/complaint.hpp"
#include "store/complaint_store.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

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
  int complaints_per_day_per_1000_units = 4;
};

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

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string demo_config() {
  return R"(# 演示小区：由 kefu-gen 生成（src/tools/gen.cpp），可随意试用。
site:
  name: 翠湖花园
  address: 深圳市南山区翠湖路8号
  phone: 0755-86000000
  office: 翠湖花园管理处

staff:
  - {id: zhangmin, name: 张敏, role: 客户助理, phone: "13900000001"}
  - {id: lili, name: 李丽, role: 客户助理, phone: "13900000002"}
  - {id: chenjing, name: 陈静, role: 客户助理, phone: "13900000003"}
  - {id: wangqiang, name: 王强, role: 客户主管, phone: "13900000004"}
  - {id: zhaojl, name: 赵建国, role: 管理处经理, phone: "13900000005"}
  - {id: liugong, name: 刘工, role: 工程, phone: "13900000006"}
  - {id: sunsf, name: 孙师傅, role: 工程, phone: "13900000007"}
  - {id: zhoukj, name: 周会计, role: 财务, phone: "13900000008"}

departments: [客户服务中心, 工程部, 安管部, 保洁部, 绿化部, 财务部]

complaint_categories: [服务态度, 维修质量, 环境卫生, 安全秩序, 噪音扰民, 停车管理, 收费问题, 设施设备, 装修管理, 其他]

sla:
  complaint:
    response_hours: 24
    resolve_working_days: {major: 1, general: 3}
    callback_days: {major: 7, general: 14}

targets:
  complaint_timely: 100%
  repair_timely: 100%
  repair_callback: 85%
  rework: 1%
  satisfaction: 90%
  fee_collection: 92%
)";
}

struct UnitRow {
  std::string id, owner, phone;
};

std::vector<UnitRow> write_units(const Options& o, Random& r) {
  static const std::vector<std::string> areas = {"89.50", "98.25", "120.00", "143.80", "76.40"};
  std::vector<UnitRow> all;
  for (int b = 1; b <= o.buildings; ++b) {
    std::string text = fmt::format("# {}栋住户资料\nbuilding: \"{}\"\nunits:\n", b, b);
    for (int e = 1; e <= o.entrances; ++e)
      for (int f = 1; f <= o.floors; ++f)
        for (int n = 1; n <= o.rooms; ++n) {
          UnitRow u{fmt::format("{}-{}-{}{:02}", b, e, f, n), person_name(r), phone_number(r)};
          text += fmt::format("  - {{id: {}, owner: {}, phone: \"{}\", area: {}", u.id, u.owner,
                              u.phone, areas[static_cast<size_t>(r.below(5))]);
          if (r.chance(30)) text += ", parking_spaces: 1";
          if (r.chance(40))
            text += fmt::format(", emergency_contact: {{name: {}, phone: \"{}\"}}", person_name(r),
                                phone_number(r));
          text += "}\n";
          all.push_back(u);
        }
    write(fs::path(o.out) / "units" / fmt::format("{}.yaml", b), text);
  }
  return all;
}

struct ComplaintSeed {
  const char* category;
  const char* text;
  bool public_place;
};

const std::vector<ComplaintSeed> kComplaintSeeds = {
    {"噪音扰民", "楼上夜间装修噪音，晚上十点后仍在施工", false},
    {"噪音扰民", "楼下商铺音响声音过大", false},
    {"环境卫生", "单元楼道垃圾未及时清运，有异味", true},
    {"环境卫生", "地下车库积水，清洁不到位", true},
    {"停车管理", "自家车位被外来车辆占用", false},
    {"停车管理", "小区内乱停车堵住消防通道", true},
    {"设施设备", "电梯经常停在半层，存在安全隐患", true},
    {"设施设备", "单元门禁刷卡失灵", true},
    {"维修质量", "上次维修的水管又开始漏水", false},
    {"服务态度", "前台人员接电话态度生硬", false},
    {"安全秩序", "夜间有陌生人进入小区，护卫未盘问", true},
    {"收费问题", "对本月水费金额有疑问", false},
    {"装修管理", "邻居装修占用公共走廊堆放材料", true},
    {"其他", "小区绿化带被踩踏，希望加装围栏", true},
};

const std::vector<std::string> kPlaces = {"1栋大堂", "2栋电梯",  "地下车库B区", "中心花园",
                                          "3栋楼道", "南门岗亭", "4栋天台",     "会所"};
const std::vector<std::string> kAssistants = {"zhangmin", "lili", "chenjing"};
const std::vector<std::string> kDepartments = {"工程部", "保洁部", "安管部", "绿化部",
                                               "客户服务中心"};

/// One complaint taken as far through its lifecycle as `now` allows.
Complaint make_complaint(const std::string& id, DateTime received,
                         const std::vector<UnitRow>& units, const Config& cfg,
                         const WorkingCalendar& cal, DateTime now, Random& r) {
  const auto& seed = r.pick(kComplaintSeeds);
  NewComplaint n;
  n.channel = r.chance(55) ? Channel::phone : r.chance(70) ? Channel::visit : Channel::online;
  n.category = seed.category;
  n.severity = r.chance(12) ? Severity::major : Severity::general;
  n.description = seed.text;
  const auto& unit = r.pick(units);
  if (seed.public_place && r.chance(60)) {
    n.place = r.pick(kPlaces);
    n.complainant = {unit.owner, unit.phone};
  } else {
    n.unit = unit.id;
    n.complainant = {unit.owner, unit.phone};
  }
  std::string owner = r.pick(kAssistants);
  Complaint c = open_complaint(id, n, owner, received);
  auto dl = complaint_deadlines(c, cfg.complaint_sla, cal);

  // Recent cases are still in the works: some not yet acknowledged, some not yet resolved.
  bool recent = now - received < days(14);
  if (recent && now - received < days(3) && r.chance(30)) return c;
  bool stalls = recent && r.chance(25);
  // Acknowledged mostly within a few hours; a few slip past 24 h.
  DateTime ack = received + minutes(10 + r.below(r.chance(93) ? 300 : 2000));
  if (ack > now) return c;
  assign_complaint(c, r.pick(kDepartments), r.chance(50) ? "wangqiang" : owner, ack, "");
  if (r.chance(40)) {
    DateTime note = ack + minutes(30 + r.below(600));
    if (note > now) return c;
    note_complaint(c, "已联系业主了解情况，安排人员跟进", r.chance(50), owner, note);
  }
  if (stalls) return c;
  // Resolved before the deadline in most cases.
  DateTime resolved = r.chance(92) ? ack + (dl.resolution_due - ack) * r.below(90) / 100
                                   : dl.resolution_due + hours(2 + r.below(60));
  if (resolved <= ack) resolved = ack + minutes(45);
  if (resolved > now) return c;
  close_complaint(c, "已现场处理完毕，并向业主说明情况", owner, resolved);
  dl = complaint_deadlines(c, cfg.complaint_sla, cal);
  DateTime cb_at = resolved + hours(20 + r.below(24 * (c.severity == Severity::major ? 6 : 12)));
  if (cb_at > now) return c;
  CallbackRecord cb{cb_at, r.pick(kAssistants),
                    r.chance(78)   ? CallbackResult::satisfied
                    : r.chance(75) ? CallbackResult::basically_satisfied
                                   : CallbackResult::unsatisfied,
                    c.complainant.name, ""};
  callback_complaint(c, cb);
  if (cb.result != CallbackResult::unsatisfied) return c;
  // Unsatisfied: back to work, resolved again a few days later, called back again.
  DateTime again = cb_at + hours(24 + r.below(72));
  if (again > now) return c;
  close_complaint(c, "返工处理后已解决，业主确认", owner, again);
  DateTime cb2_at = again + hours(24 + r.below(72));
  if (cb2_at > now) return c;
  callback_complaint(c, {cb2_at, r.pick(kAssistants), CallbackResult::basically_satisfied,
                         c.complainant.name, "二次回访"});
  return c;
}

int generate(const Options& o) {
  auto now = parse_datetime(o.now);
  auto from = parse_month(o.from);
  if (!now || !from) {
    std::cerr << "kefu-gen: --now or --from is not valid\n";
    return 2;
  }
  Random r(o.seed);
  fs::path out(o.out);
  write(out / "kefu.yaml", demo_config());
  write(out / "calendar.yaml", official_calendar_yaml());
  write(out / ".gitignore", "# kefu 的锁与可重建的索引，不入版本库\n.kefu/\n");
  auto units = write_units(o, r);
  auto cfg = parse_config("kefu.yaml", demo_config());
  auto cal = parse_calendar("calendar.yaml", official_calendar_yaml());

  size_t complaints = 0;
  std::map<YearMonth, int> numbers;
  int per_day_permille =
      static_cast<int>(units.size()) * o.complaints_per_day_per_1000_units;  // × 1/1000
  for (Date day = from->first_day(); day <= date_of(*now); day += days{1}) {
    int count = per_day_permille / 1000 + (r.below(1000) < per_day_permille % 1000 ? 1 : 0);
    std::vector<DateTime> times;
    for (int i = 0; i < count; ++i)
      times.push_back(DateTime{day} + minutes(8 * 60 + r.below(12 * 60)));
    std::sort(times.begin(), times.end());
    for (DateTime at : times) {
      if (at > *now) continue;
      auto month = month_of(at);
      std::string id = fmt::format("TS-{}-{:04}", month.str(), ++numbers[month]);
      auto c = make_complaint(id, at, units, cfg, cal, *now, r);
      write(out / "complaints" / fmt::format("{:04}", month.year) /
                fmt::format("{:02}", month.month) / (id + ".yaml"),
            emit_yaml(RecordTraits<Complaint>::to_json(c)));
      ++complaints;
    }
  }
  std::cerr << fmt::format("kefu-gen: {} units, {} complaints into {}\n", units.size(), complaints,
                           o.out);
  return 0;
}

}  // namespace
}  // namespace kefu

int main(int argc, char** argv) {
  kefu::Options o;
  CLI::App app{"kefu-gen: write a deterministic demo or benchmark estate"};
  app.add_option("--out", o.out, "data directory to write")->capture_default_str();
  app.add_option("--seed", o.seed, "random seed")->capture_default_str();
  app.add_option("--buildings", o.buildings, "buildings")->capture_default_str();
  app.add_option("--entrances", o.entrances, "entrances per building")->capture_default_str();
  app.add_option("--floors", o.floors, "floors per entrance")->capture_default_str();
  app.add_option("--rooms", o.rooms, "rooms per floor")->capture_default_str();
  app.add_option("--from", o.from, "first month of history")->capture_default_str();
  app.add_option("--now", o.now, "the moment the history ends")->capture_default_str();
  app.add_option("--complaint-rate", o.complaints_per_day_per_1000_units,
                 "complaints per day per 1000 units")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (std::filesystem::exists(std::filesystem::path(o.out) / "kefu.yaml")) {
    std::cerr << "kefu-gen: " << o.out << " already holds a data directory; remove it first\n";
    return 2;
  }
  return kefu::generate(o);
}
