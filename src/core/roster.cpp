/// A unit roster read from a spreadsheet's rows, and the plan of importing it; see roster.hpp.
#include "core/roster.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/text.hpp"

namespace kefu {
namespace {

/// Each column kefu reads, and the headings that name it.
const std::vector<std::pair<std::string, std::vector<std::string>>>& columns() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> kColumns = {
      {"id", {"id", "unit", "房号", "户号", "房间号", "房屋编号", "房屋号", "门牌号", "单元房号"}},
      {"building", {"building", "楼栋", "楼号", "栋号", "楼栋号", "幢号"}},
      {"owner", {"owner", "业主", "业主姓名", "业主名称", "户主", "姓名", "产权人"}},
      {"phone",
       {"phone", "电话", "联系电话", "手机", "手机号", "手机号码", "业主电话", "联系方式",
        "业主手机"}},
      {"area", {"area", "面积", "建筑面积", "房屋面积", "产权面积"}},
      {"parking", {"parking", "parking_spaces", "车位", "车位数", "车位号", "车位数量"}},
      {"plate", {"plate", "车牌", "车牌号", "车牌号码"}},
      {"emergency_name", {"emergency_contact", "紧急联系人", "紧急联系人姓名"}},
      {"emergency_phone", {"emergency_phone", "紧急联系电话", "紧急联系人电话"}},
      {"occupancy", {"occupancy", "入住状态", "居住状态", "状态", "房屋状态", "使用状态"}},
  };
  return kColumns;
}

/// A heading without spaces, its unit in brackets (建筑面积(㎡), 面积（平方米）) or a trailing
/// colon, lower-cased for the English names.
std::string normal_heading(std::string_view h) {
  std::string s = trim(h);
  for (const char* open : {"(", "（", "["}) {
    auto at = s.find(open);
    if (at != std::string::npos && at > 0) s.erase(at);
  }
  for (const char* tail : {"：", ":", "㎡", "m²", "m2", "平方米", "(元)"}) {
    std::string_view t(tail);
    if (s.size() > t.size() && s.ends_with(t)) s.erase(s.size() - t.size());
  }
  std::string out;
  for (char c : s)
    if (c != ' ') out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

/// A phone as people write it: 11-digit mobiles (1…), landlines with an area code (0755-1234567),
/// spaces and dashes allowed, a leading +86 dropped.
std::optional<std::string> parse_phone(std::string_view text) {
  std::string s;
  for (char c : text)
    if (c != ' ' && c != '-') s += c;
  if (s.starts_with("+86")) s.erase(0, 3);
  if (s.size() < 7 || s.size() > 12) return std::nullopt;
  if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  if (s.size() == 11 && s[0] == '1') return s;
  return std::string(trim(text));
}

bool plausible_unit_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() == '.') return false;
  for (unsigned char c : id)
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ' ') return false;
  return true;
}

/// Items of a cell listing several: 、 , ， ; ； or / between them.
std::vector<std::string> split_list(std::string_view cell) {
  std::string s(cell);
  for (const char* sep : {"、", "，", "；"}) {
    std::string_view t(sep);
    for (auto at = s.find(t); at != std::string::npos; at = s.find(t)) s.replace(at, t.size(), ",");
  }
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ',' || s[i] == ';' || s[i] == '/') {
      auto item = trim(std::string_view(s).substr(start, i - start));
      if (!item.empty()) out.push_back(item);
      start = i + 1;
    }
  return out;
}

/// An occupancy as a roster writes it: the label, the key, or the usual shorter words.
std::optional<Occupancy> parse_occupancy(std::string_view text) {
  if (auto o = parse_enum<Occupancy>(text)) return o;
  if (text == "自住" || text == "已入住" || text == "入住") return Occupancy::owner_occupied;
  if (text == "出租" || text == "租住" || text == "租赁") return Occupancy::rented;
  if (text == "空置" || text == "空房" || text == "未入住") return Occupancy::vacant;
  if (text == "装修" || text == "装修中") return Occupancy::renovating;
  return std::nullopt;
}

}  // namespace

Roster parse_roster(const CsvRows& rows) {
  Roster out;
  if (rows.empty()) {
    out.errors.push_back({1, "文件没有内容：第一行应为表头（房号、业主、电话、面积 …）"});
    return out;
  }
  const auto& [head_line, head] = rows.front();
  std::map<std::string, size_t> at;  // column key → cell index
  for (size_t i = 0; i < head.size(); ++i) {
    auto h = normal_heading(head[i]);
    for (const auto& [key, names] : columns())
      if (std::find(names.begin(), names.end(), h) != names.end()) {
        if (at.count(key))
          out.errors.push_back({head_line, fmt::format("表头第 {} 列「{}」与第 {} 列重复", i + 1,
                                                       head[i], at[key] + 1)});
        else
          at[key] = i;
      }
  }
  for (const auto& [key, names] : columns())
    if (at.count(key)) out.columns.push_back(key);
  if (!at.count("id") || !at.count("owner")) {
    out.errors.push_back({head_line, "表头缺少" + std::string(!at.count("id") ? "「房号」" : "") +
                                         (!at.count("owner") ? "「业主」" : "") +
                                         "列；第一行应为表头，如：房号,业主,电话,面积,车位"});
    return out;
  }
  auto cell = [&](const std::vector<std::string>& row, const char* key) -> std::string {
    auto it = at.find(key);
    if (it == at.end() || it->second >= row.size()) return "";
    return trim(row[it->second]);
  };
  std::map<std::string, int> seen;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& [line, row] = rows[r];
    std::vector<std::string> why;
    Unit u;
    u.id = cell(row, "id");
    if (u.id.empty())
      why.push_back("缺少房号");
    else if (!plausible_unit_id(u.id))
      why.push_back("房号「" + u.id + "」不可用（不可含空格、/、\\ 或控制字符，不可以 . 开头）");
    else if (auto s = seen.find(u.id); s != seen.end())
      why.push_back(fmt::format("房号 {} 与第 {} 行重复", u.id, s->second));
    else
      seen[u.id] = line;
    u.building = cell(row, "building");
    if (u.building.empty()) u.building = u.id.substr(0, u.id.find('-'));
    u.owner = cell(row, "owner");
    if (u.owner.empty()) why.push_back("缺少业主姓名");
    if (auto p = cell(row, "phone"); !p.empty()) {
      if (auto ok = parse_phone(p))
        u.phone = *ok;
      else
        why.push_back("电话「" + p + "」不是电话号码（手机 11 位，固话带区号）");
    }
    if (auto a = cell(row, "area"); !a.empty()) {
      if (auto area = parse_area(a); area && *area > 0)
        u.area_centi_m2 = *area;
      else
        why.push_back("面积「" + a + "」应为平方米数，最多两位小数，如 89.50");
    }
    std::vector<std::string> spaces;
    if (auto p = cell(row, "parking"); !p.empty()) {
      if (std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          p.size() <= 2) {
        u.parking_spaces = std::stoi(p);
      } else if (p == "无" || p == "-") {
        u.parking_spaces = 0;
      } else {
        spaces = split_list(p);
        bool ok = !spaces.empty() && std::all_of(spaces.begin(), spaces.end(), [](const auto& s) {
          return s.size() <= 32 && s.find(' ') == std::string::npos;
        });
        if (ok)
          u.parking_spaces = static_cast<int>(spaces.size());
        else
          why.push_back("车位「" + p + "」应为车位数（如 1）或车位号（如 B1-023）");
      }
    }
    auto plates = split_list(cell(row, "plate"));
    for (size_t i = 0; i < plates.size(); ++i)
      u.vehicles.push_back({plates[i], i < spaces.size() ? spaces[i] : ""});
    u.emergency_contact.name = cell(row, "emergency_name");
    if (auto p = cell(row, "emergency_phone"); !p.empty()) {
      if (auto ok = parse_phone(p))
        u.emergency_contact.phone = *ok;
      else
        why.push_back("紧急联系电话「" + p + "」不是电话号码");
    }
    if (auto o = cell(row, "occupancy"); !o.empty()) {
      if (auto occ = parse_occupancy(o))
        u.occupancy = *occ;
      else
        why.push_back("入住状态「" + o + "」应为 空置、业主自住、出租 或 装修中");
    }
    if (why.empty()) {
      out.units.push_back(std::move(u));
    } else {
      std::string text;
      for (const auto& w : why) text += (text.empty() ? "" : "；") + w;
      out.errors.push_back({line, text});
    }
  }
  if (out.units.empty() && out.errors.empty())
    out.errors.push_back({head_line, "只有表头，没有住户"});
  return out;
}

RosterPlan plan_roster(const std::vector<Unit>& existing, const Roster& roster,
                       const std::string& by, DateTime at, const std::string& file) {
  RosterPlan plan;
  auto has = [&](const char* key) {
    return std::find(roster.columns.begin(), roster.columns.end(), key) != roster.columns.end();
  };
  for (const auto& r : roster.units) {
    auto it =
        std::find_if(existing.begin(), existing.end(), [&](const Unit& u) { return u.id == r.id; });
    if (it == existing.end()) {
      plan.added.push_back(r);
      continue;
    }
    Unit after = *it;
    after.owner = r.owner;
    if (has("phone")) after.phone = r.phone;
    if (has("area")) after.area_centi_m2 = r.area_centi_m2;
    if (has("parking")) after.parking_spaces = r.parking_spaces;
    if (has("emergency_name")) after.emergency_contact.name = r.emergency_contact.name;
    if (has("emergency_phone")) after.emergency_contact.phone = r.emergency_contact.phone;
    // 自住 on the roster of a unit with no occupancy of its own says what absence says.
    if (has("occupancy") && r.occupancy &&
        !(*r.occupancy == Occupancy::owner_occupied && !after.occupancy))
      after.occupancy = r.occupancy;
    for (const auto& v : r.vehicles)
      if (std::none_of(after.vehicles.begin(), after.vehicles.end(),
                       [&](const Vehicle& x) { return x.plate == v.plate; }))
        after.vehicles.push_back(v);
    if (unit_changes(*it, after).empty()) {
      ++plan.unchanged;
      continue;
    }
    record_unit_changes(*it, after, by, at, "花名册导入 " + file);
    plan.changed.emplace_back(*it, std::move(after));
  }
  return plan;
}

}  // namespace kefu
