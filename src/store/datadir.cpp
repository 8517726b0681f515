/// Discovery of the data directory, its site files kept parsed, and parsing of units/.
#include "store/datadir.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "store/atomic_file.hpp"
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
      calendar_ = std::make_unique<WorkingCalendar>(parse_cached<CalendarFile>(
          files_, "calendar.yaml", *text, calendar_hash_, read_calendar_file));
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

namespace {

#ifndef KEFU_TEMPLATES_FROM_BIN
#define KEFU_TEMPLATES_FROM_BIN "../share/kefu/templates"
#endif

/// The templates installed with kefu: share/kefu/templates of the prefix the running kefu is
/// installed in (/usr/bin/kefu: /usr/share/kefu/templates), found from the executable so that
/// a package or `cmake --install --prefix` puts them where it looks. Empty when there are none
/// (a kefu run from its build folder).
const fs::path& installed_templates() {
  static const fs::path dir = [] {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return fs::path();
    fs::path d = (exe.parent_path() / KEFU_TEMPLATES_FROM_BIN).lexically_normal();
    return fs::is_directory(d, ec) ? d : fs::path();
  }();
  return dir;
}

}  // namespace

std::string DataDir::template_text(const std::string& name) const {
  if (is_beneath(name)) {
    if (auto local = files_.read("templates/" + name, kBulkLimit)) return std::move(*local);
    if (const auto& shared = installed_templates(); !shared.empty()) {
      std::error_code ec;
      if (fs::exists(shared / name, ec))
        return read_file(shared / name, (shared / name).string(), kBulkLimit);
    }
  }
  auto& builtin = builtin_templates();
  auto it = builtin.find(name);
  if (it == builtin.end()) throw StoreError("templates/" + name, 0, 0, "没有这个模板");
  return it->second;
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
