/// Discovery of the data directory and parsing of kefu.yaml, calendar.yaml and units/.
#include "store/datadir.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "core/money.hpp"
#include "store/codec.hpp"
#include "store/derived.hpp"
#include "store/members_io.hpp"
#include "store/yaml_io.hpp"

namespace kefu {
namespace fs = std::filesystem;

namespace {

/// Site files are read on every use — they are small — but parsed only when their bytes
/// change: the parse is kept in .kefu/parsed/, tagged with the derived format version and the hash
/// and length of the bytes it came from. Being keyed by content, it cannot answer for an edited
/// file, whatever the edit did to the file's times. Like the index it is derived, never the
/// source of truth: any failure to read or write it falls back to parsing, and KEFU_INDEX=off
/// leaves it alone.
template <class T, class Parse>
T parse_cached(const StoreFiles& files, const std::string& name, const std::string& text,
               uint64_t text_hash, Parse parse) {
  if (derived::off()) return parse(name, text);
  auto file = derived::parsed(name);
  const auto hash = static_cast<int64_t>(text_hash);
  const auto size = static_cast<int64_t>(text.size());
  try {
    if (auto bytes = files.read(file, kBulkLimit * 4)) {
      Decoder d(*bytes);
      int version = 0;
      int64_t h = 0, n = 0;
      d(version), d(h), d(n);
      if (version == derived::format_version() && h == hash && n == size) {
        T out{};
        d(out);
        if (d.done()) return out;
      }
    }
  } catch (const CodecError&) {
    // Damaged or from another version: parse again, and replace it below.
  } catch (const StoreError&) {
    // Not a file kefu can read: parse again.
  }
  T out = parse(name, text);
  try {
    Encoder e;
    e(derived::format_version()), e(hash), e(size), e(out);
    files.put(file, e.take(), false);
  } catch (const std::exception&) {
    // A read-only store, a full disk: the next command parses again.
  }
  return out;
}

/// A site file's text; StoreError when it is missing or cannot be read.
std::string site_file(const StoreFiles& files, const std::string& name) {
  auto text = files.read(name, kBulkLimit);
  if (!text) throw StoreError(name, 0, 0, "文件不存在");
  return std::move(*text);
}

}  // namespace

fs::path DataDir::discover(const std::string& flag, const std::string& env, const fs::path& cwd) {
  auto check = [](const fs::path& dir, const std::string& how) {
    if (!fs::exists(dir / "kefu.yaml"))
      throw RefusedError(how + " 指定的目录 " + dir.string() +
                         " 不是 kefu 数据目录（缺少 kefu.yaml）；新建请用 kefu init " +
                         dir.string());
    return dir;
  };
  if (!flag.empty()) return check(flag, "--data");
  if (!env.empty()) return check(env, "KEFU_DATA");
  for (fs::path dir = fs::absolute(cwd);; dir = dir.parent_path()) {
    if (fs::exists(dir / "kefu.yaml")) return dir;
    if (dir == dir.parent_path()) break;
  }
  throw RefusedError(
      "找不到数据目录：请用 --data DIR 或环境变量 KEFU_DATA 指定，或在数据目录内运行；"
      "新建数据目录请用 kefu init DIR");
}

namespace {

fs::path absolute_root(const fs::path& root) {
  auto p = fs::absolute(root).lexically_normal();
  if (p.filename().empty() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();
  return p;
}

}  // namespace

DataDir::DataDir(fs::path root) : root_(absolute_root(root)), files_(root_) {}

std::string DataDir::rel(const fs::path& p) const {
  auto r = p.lexically_relative(root_);
  return r.empty() || r.string().starts_with("..") ? p.string() : r.string();
}

bool valid_unit_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() == '.' || id.front() == ' ' || id.back() == ' ')
    return false;
  for (unsigned char c : id)
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\') return false;
  return is_clean_text(id);
}

const Config& DataDir::config() const {
  if (!config_) {
    auto text = site_file(files_, "kefu.yaml");
    config_hash_ = content_hash(text);
    config_ = std::make_unique<Config>(
        parse_cached<Config>(files_, "kefu.yaml", text, config_hash_, parse_config));
  }
  return *config_;
}

const WorkingCalendar& DataDir::calendar() const {
  if (!calendar_) {
    if (auto text = files_.read("calendar.yaml", kBulkLimit)) {
      calendar_hash_ = content_hash(*text);
      calendar_ = std::make_unique<WorkingCalendar>(parse_cached<WorkingCalendar>(
          files_, "calendar.yaml", *text, calendar_hash_, parse_calendar));
    } else {
      calendar_ = std::make_unique<WorkingCalendar>();
    }
  }
  return *calendar_;
}

uint64_t DataDir::rules_hash() const {
  config();
  calendar();
  return (config_hash_ * 1099511628211ull) ^ calendar_hash_;
}

std::vector<Unit> DataDir::load_unit_file(const fs::path& file) const {
  auto key = file.filename().string();
  auto it = unit_files_.find(key);
  if (it != unit_files_.end()) return it->second;
  auto name = rel(file);
  auto text = site_file(files_, name);
  auto units = parse_cached<std::vector<Unit>>(files_, name, text, content_hash(text), parse_units);
  unit_files_[key] = units;
  return units;
}

std::optional<Unit> DataDir::find_unit(const std::string& id) const {
  auto dir = root_ / "units";
  auto building = id.substr(0, id.find('-'));
  auto guess = dir / (building + ".yaml");
  if (valid_unit_id(building) &&
      files_.stat("units/" + building + ".yaml").is != PathStat::Is::absent) {
    for (auto& u : load_unit_file(guess))
      if (u.id == id) return u;
  }
  // Sites whose unit numbers do not start with the building: look through every file.
  for (auto& u : all_units())
    if (u.id == id) return u;
  return std::nullopt;
}

std::vector<Unit> DataDir::all_units() const {
  std::vector<Unit> out;
  auto listing = files_.list("units");
  // A units file that cannot be read stops whatever needs the units: answers that leave a
  // building out would be wrong, not short.
  if (!listing.problems.empty()) throw listing.problems.front();
  for (auto& f : listing.files) {
    auto units = load_unit_file(root_ / "units" / f);
    out.insert(out.end(), units.begin(), units.end());
  }
  return out;
}

std::string DataDir::template_text(const std::string& name) const {
  if (is_beneath(name))
    if (auto local = files_.read("templates/" + name, kBulkLimit)) return std::move(*local);
  auto& builtin = builtin_templates();
  auto it = builtin.find(name);
  if (it == builtin.end()) throw StoreError("templates/" + name, 0, 0, "没有这个模板");
  return it->second;
}

// ---- kefu.yaml ------------------------------------------------------------------------------

namespace {

KpiTarget parse_target(const YamlReader& r, const char* key, KpiTarget fallback) {
  if (!r.has(key)) return fallback;
  auto n = r.node(key);
  std::string s = n.IsScalar() ? n.Scalar() : "";
  bool percent = !s.empty() && s.back() == '%';
  if (percent) s.pop_back();
  // Exact decimal: "92", "92.5%" or "0.925" → basis points.
  auto centi = parse_area(s);
  if (!centi) r.fail(n, std::string("目标值 ") + key + " 应为百分数，如 92% 或 0.92");
  int64_t bp = percent || *centi > 100 ? *centi : *centi * 100;
  if (bp > 10000) r.fail(n, std::string("目标值 ") + key + " 超过 100%");
  fallback.basis_points = static_cast<int>(bp);
  return fallback;
}

void read_pair(const YamlReader& r, const char* key, int& major, int& general) {
  if (!r.has(key)) return;
  auto sub = r.sub(r.node(key));
  major = sub.int_or("major", major);
  general = sub.int_or("general", general);
}

/// `fees:` (items, late fee, notice terms, owner) and `dun_levels:`.
void parse_fee_config(const YamlReader& r, FeeConfig& f) {
  if (r.has("fees")) {
    auto fr = r.sub(r.node("fees"));
    if (fr.has("items")) {
      auto list = fr.node("items");
      if (!list.IsSequence()) fr.fail(list, "fees.items 应为收费项目列表");
      for (const auto& node : list) {
        auto i = fr.sub(node);
        FeeItemConfig item;
        item.key = i.str("key");
        item.name = i.str_or("name", item.key);
        item.basis = i.enumeration<FeeBasis>("basis");
        if (item.basis != FeeBasis::fixed || i.has("rate")) {
          auto rate = parse_rate(i.str("rate"));
          if (!rate) i.fail(i.node("rate"), "单价 rate 应为最多四位小数的元数，如 2.50");
          item.rate = *rate;
        }
        item.measure = i.str_or("measure", item.basis == FeeBasis::area ? "m²" : "");
        if (f.find_item(item.key)) i.fail(i.node("key"), "收费项目 " + item.key + " 重复");
        f.items.push_back(std::move(item));
      }
    }
    if (fr.has("late_fee_daily")) {
      auto n = fr.node("late_fee_daily");
      auto ppm = parse_fixed(n.IsScalar() ? n.Scalar() : "", 6);
      if (!ppm || *ppm >= 1'000'000)
        fr.fail(n, "滞纳金日费率 late_fee_daily 应为小数，如 0.0003（万分之三）；不收滞纳金则写 0");
      f.late_fee_daily_ppm = *ppm;
    }
    f.pay_within_days = fr.int_or("pay_within_days", f.pay_within_days);
    f.limitation_warn_days = fr.int_or("limitation_warn_days", f.limitation_warn_days);
    f.owner = fr.str_or("owner");
  }
  if (r.has("dun_levels")) {
    auto list = r.node("dun_levels");
    if (!list.IsSequence()) r.fail(list, "dun_levels 应为催缴级别列表");
    f.dun_levels.clear();
    int last_level = 0, last_months = -1;
    for (const auto& node : list) {
      auto d = r.sub(node);
      DunLevel l;
      l.level = d.int_or("level", last_level + 1);
      l.method = d.enumeration<DunMethod>("method");
      l.name = d.str_or("name", std::string(to_zh(l.method)));
      l.after_months = d.int_or("after_months", -1);
      if (l.after_months < 1) d.fail(node, "after_months（欠费满几个月达到此级）应为正整数");
      if (l.level <= last_level || l.after_months <= last_months)
        d.fail(node, "催缴级别应按 level 与 after_months 递增排列");
      last_level = l.level;
      last_months = l.after_months;
      f.dun_levels.push_back(std::move(l));
    }
  }
}

std::optional<SlaSpan> read_span(const YamlReader& r, const char* key,
                                 std::optional<SlaSpan> fallback) {
  if (!r.has(key)) return fallback;
  auto n = r.node(key);
  auto span = parse_sla_span(n.IsScalar() ? n.Scalar() : "");
  if (!span)
    r.fail(n, std::string(key) +
                  " 应为时长：分钟如 30m，小时如 24h（连续计时，含夜间与节假日），工作日如 1wd");
  return span;
}

void read_repair_sla(const YamlReader& rs, RepairSla& sla) {
  if (rs.has("urgent")) {
    auto u = rs.sub(rs.node("urgent"));
    sla.arrive_urgent = read_span(u, "arrive", sla.arrive_urgent);
    sla.fix_urgent = *read_span(u, "fix", sla.fix_urgent);
  }
  if (rs.has("normal")) {
    auto n = rs.sub(rs.node("normal"));
    sla.arrive_normal = read_span(n, "arrive", sla.arrive_normal);
    sla.fix_normal = *read_span(n, "fix", sla.fix_normal);
  }
  sla.callback_days = rs.int_or("callback_days", sla.callback_days);
  if (sla.callback_days < 0) rs.fail(rs.node("callback_days"), "callback_days 不能为负数");
}

}  // namespace

Config parse_config(const std::string& name, const std::string& text) {
  auto doc = parse_yaml(name, text);
  Config c = default_config();
  if (!doc.root.IsDefined() || doc.root.IsNull()) throw StoreError(name, 1, 1, "文件为空");
  YamlReader r(name, doc.root);
  if (r.has("site")) {
    auto s = r.sub(r.node("site"));
    c.site.name = s.str("name");
    c.site.address = s.str_or("address");
    c.site.phone = s.str_or("phone");
    c.site.office = s.str_or("office", c.site.name + "管理处");
  } else {
    r.fail_missing("site");
  }
  if (r.has("staff")) {
    auto list = r.node("staff");
    if (!list.IsSequence()) r.fail(list, "staff 应为人员列表");
    for (const auto& item : list) {
      auto s = r.sub(item);
      StaffMember m;
      m.id = s.str("id");
      m.name = s.str_or("name", m.id);
      m.role = s.enumeration<Role>("role");
      m.phone = s.str_or("phone");
      if (c.find_staff(m.id)) s.fail(s.node("id"), "人员编号 " + m.id + " 重复");
      c.staff.push_back(std::move(m));
    }
  }
  if (r.has("departments")) c.departments = r.str_list("departments");
  if (r.has("complaint_categories")) c.complaint_categories = r.str_list("complaint_categories");
  if (r.has("contact_categories")) c.contact_categories = r.str_list("contact_categories");
  if (r.has("sla")) {
    auto sla = r.sub(r.node("sla"));
    if (sla.has("complaint")) {
      auto cs = sla.sub(sla.node("complaint"));
      c.complaint_sla.response_hours = cs.int_or("response_hours", c.complaint_sla.response_hours);
      read_pair(cs, "resolve_working_days", c.complaint_sla.resolve_working_days_major,
                c.complaint_sla.resolve_working_days_general);
      read_pair(cs, "callback_days", c.complaint_sla.callback_days_major,
                c.complaint_sla.callback_days_general);
    }
    if (sla.has("repair")) read_repair_sla(sla.sub(sla.node("repair")), c.repair_sla);
  }
  parse_fee_config(r, c.fees);
  if (!c.fees.owner.empty() && !c.find_staff(c.fees.owner))
    r.fail(r.node("fees")["owner"], "fees.owner「" + c.fees.owner + "」不在人员花名册中");
  if (r.has("keys")) {
    auto k = r.sub(r.node("keys"));
    if (k.has("cutoff")) {
      auto n = k.node("cutoff");
      auto t = parse_datetime("2000-01-01T" + (n.IsScalar() ? n.Scalar() : std::string()));
      if (!t) k.fail(n, "keys.cutoff 应为当日归还时限，如 \"18:00\"");
      c.keys.cutoff_minutes = static_cast<int>((*t - DateTime{date_of(*t)}).count() / 60);
    }
    auto flag = [&](const char* key, bool& value) {
      if (!k.has(key)) return;
      auto n = k.node(key);
      auto v = n.IsScalar() ? n.Scalar() : std::string();
      if (v != "true" && v != "false")
        k.fail(n, std::string("keys.") + key + " 应为 true 或 false");
      value = v == "true";
    };
    // deposit_required is what id_check_required was called when an ID document was held.
    flag("deposit_required", c.keys.id_check_required);
    flag("id_check_required", c.keys.id_check_required);
    flag("cash_deposit_required", c.keys.cash_deposit_required);
    if (k.has("cash_deposit")) {
      auto fen = parse_money(k.str("cash_deposit"));
      if (!fen) k.fail(k.node("cash_deposit"), "keys.cash_deposit 应为金额，如 100.00");
      c.keys.cash_deposit_fen = *fen;
    }
  }
  if (r.has("targets")) {
    auto t = r.sub(r.node("targets"));
    for (auto& [key, target] : c.targets) target = parse_target(t, key.c_str(), target);
  }
  return c;
}

// ---- calendar.yaml --------------------------------------------------------------------------

WorkingCalendar parse_calendar(const std::string& name, const std::string& text) {
  auto doc = parse_yaml(name, text);
  WorkingCalendar cal;
  if (!doc.root.IsDefined() || doc.root.IsNull()) return cal;
  YamlReader top(name, doc.root);
  for (const auto& kv : doc.root) {
    int year = 0;
    try {
      year = std::stoi(kv.first.Scalar());
    } catch (const std::exception&) {
      top.fail(kv.first, "calendar.yaml 的顶层键应为年份，如 2026");
    }
    cal.add_year(year);
    if (kv.second.IsNull()) continue;
    auto y = top.sub(kv.second);
    if (y.has("holidays")) {
      auto list = y.node("holidays");
      if (!list.IsSequence()) y.fail(list, "holidays 应为列表");
      for (const auto& item : list) {
        auto h = y.sub(item);
        auto from = h.opt_date("from");
        if (!from) h.fail_missing("from");
        auto to = h.opt_date("to").value_or(*from);
        if (to < *from) h.fail(h.node("to"), "假期结束日期早于开始日期");
        for (Date d = *from; d <= to; d += std::chrono::days{1}) cal.add_holiday(d, h.str("name"));
      }
    }
    if (y.has("makeup_workdays")) {
      auto list = y.node("makeup_workdays");
      if (!list.IsSequence()) y.fail(list, "makeup_workdays 应为日期列表");
      for (const auto& item : list) {
        auto d = parse_date(item.IsScalar() ? item.Scalar() : "");
        if (!d) y.fail(item, "不是有效的日期「" + item.Scalar() + "」");
        cal.add_makeup_workday(*d);
      }
    }
  }
  return cal;
}

// ---- units/*.yaml ---------------------------------------------------------------------------

std::vector<Unit> parse_units(const std::string& name, const std::string& text) {
  auto doc = parse_yaml(name, text);
  std::vector<Unit> out;
  // An empty units file is a building's roster lost, not a building with no units.
  if (!doc.root.IsDefined() || doc.root.IsNull())
    throw StoreError(name, 1, 1,
                     "文件为空：住户资料文件应有 units: 列表（没有住户的楼栋写 units: []）");
  YamlReader r(name, doc.root);
  std::string building = r.str_or("building");
  auto list = r.node("units");
  if (!list.IsDefined() || list.IsNull()) return out;
  if (!list.IsSequence()) r.fail(list, "units 应为列表");
  for (const auto& item : list) {
    auto u = r.sub(item);
    Unit unit;
    read_members(u, unit);
    if (!valid_unit_id(unit.id))
      u.fail(u.node("id"),
             "户号「" + unit.id +
                 "」不能用作文件名：不可含 / 或 \\、不可以 . 开头、不可含控制字符，最长 64 字节");
    if (!u.has("building")) unit.building = building;
    if (!unit.building.empty() && !valid_unit_id(unit.building))
      u.fail(u.node("building").IsDefined() ? u.node("building") : r.node("building"),
             "楼栋「" + unit.building +
                 "」不能用作文件名：不可含 / 或 \\、不可以 . 开头，最长 64 字节");
    out.push_back(std::move(unit));
  }
  return out;
}

}  // namespace kefu
