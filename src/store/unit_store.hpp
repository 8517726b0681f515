/// Writing units/<building>.yaml: a units file read whole, changed, and written back through a
/// Transaction, so that an edit made on disk since it was read is never overwritten, keys kefu
/// does not know are kept, and a change of several buildings (a roster import) is all or none.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/unit.hpp"
#include "store/datadir.hpp"
#include "store/transaction.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

/// A units file as read.
struct UnitFile {
  std::string rel;                   // units/3.yaml
  std::optional<std::string> bytes;  // as read; unset: a building new to the estate
  std::string building;
  std::vector<Unit> units;
  std::map<std::string, Json> extra;  // unit id → the keys of its entry kefu does not know
  Json top_extra = Json::object();    // the file's own keys beyond building and units

  Unit* find(const std::string& id);
};

/// units/<building>.yaml read and parsed (StoreError as parse_units says); an empty UnitFile
/// for a building that has no file yet.
UnitFile read_unit_file(const StoreFiles& files, const std::string& building);
/// The file that holds unit `id`: its building's by name first, then every file.
std::optional<UnitFile> unit_file_of(const DataDir& dir, const std::string& id);
/// Every units file of the estate.
std::vector<UnitFile> all_unit_files(const DataDir& dir);
/// The file's YAML: each unit by its member list, without what says nothing (no parking
/// space, no emergency contact, its file's building).
std::string unit_file_yaml(const UnitFile& f);
/// Adds the file to `t`: replacing the bytes read, or creating a new building's file.
void write_unit_file(Transaction& t, const UnitFile& f);

}  // namespace kefu
