/// Units files read whole and written back through a Transaction; see unit_store.hpp.
#include "store/unit_store.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "store/members_io.hpp"

namespace kefu {

Unit* UnitFile::find(const std::string& id) {
  for (auto& u : units)
    if (u.id == id) return &u;
  return nullptr;
}

UnitFile read_unit_file(const StoreFiles& files, const std::string& building) {
  UnitFile f;
  f.building = building;
  f.rel = "units/" + building + ".yaml";
  if (!valid_unit_id(building))
    throw RefusedError("楼栋「" + building + "」不能用作文件名：不可含 / 或 \\、不可以 . 开头");
  f.bytes = files.read(f.rel, kBulkLimit);
  if (!f.bytes) return f;
  f.units = parse_units(f.rel, *f.bytes);
  auto doc = parse_yaml(f.rel, *f.bytes);
  for (const auto& kv : doc.root) {
    const auto& key = kv.first.Scalar();
    if (key == "building") {
      f.building = kv.second.Scalar();
    } else if (key == "units") {
      for (const auto& item : kv.second) {
        Json extra = Json::object();
        std::string id = item["id"].Scalar();
        for (const auto& e : item)
          if (!is_file_key<Unit>(e.first.Scalar()))
            extra[e.first.Scalar()] = yaml_to_json(e.second);
        if (!extra.empty()) f.extra[id] = std::move(extra);
      }
    } else {
      f.top_extra[key] = yaml_to_json(kv.second);
    }
  }
  return f;
}

std::optional<UnitFile> unit_file_of(const DataDir& dir, const std::string& id) {
  auto building = id.substr(0, id.find('-'));
  if (valid_unit_id(building) &&
      dir.files().stat("units/" + building + ".yaml").is != PathStat::Is::absent) {
    auto f = read_unit_file(dir.files(), building);
    if (f.find(id)) return f;
  }
  for (auto& f : all_unit_files(dir))
    if (f.find(id)) return std::move(f);
  return std::nullopt;
}

std::vector<UnitFile> all_unit_files(const DataDir& dir) {
  std::vector<UnitFile> out;
  auto listing = dir.files().list("units");
  if (!listing.problems.empty()) throw listing.problems.front();
  for (const auto& name : listing.files) {
    if (!name.ends_with(".yaml")) continue;
    out.push_back(read_unit_file(dir.files(), name.substr(0, name.size() - 5)));
  }
  return out;
}

std::string unit_file_yaml(const UnitFile& f) {
  Json root = Json::object();
  root["building"] = f.building;
  for (const auto& [k, v] : f.top_extra.items()) root[k] = v;
  Json list = Json::array();
  for (const auto& u : f.units) {
    Json j = members_json(u);
    if (j.value("building", "") == f.building) j.erase("building");
    if (u.parking_spaces == 0) j.erase("parking_spaces");
    if (u.emergency_contact.name.empty() && u.emergency_contact.phone.empty())
      j.erase("emergency_contact");
    if (auto it = f.extra.find(u.id); it != f.extra.end())
      for (const auto& [k, v] : it->second.items()) j[k] = v;
    list.push_back(std::move(j));
  }
  root["units"] = std::move(list);
  return emit_yaml(root);
}

void write_unit_file(Transaction& t, const UnitFile& f) {
  if (f.bytes)
    t.replace(f.rel, *f.bytes, unit_file_yaml(f));
  else
    t.create(f.rel, unit_file_yaml(f));
}

}  // namespace kefu
