/// The data directory: where it is, and the site-wide files in it (kefu.yaml, calendar.yaml,
/// units/). Each is read on first use only, so a command pays for what it needs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/config.hpp"
#include "core/unit.hpp"
#include "store/files.hpp"

namespace kefu {

class DataDir {
 public:
  /// --data, else KEFU_DATA, else the nearest folder upward from `cwd` holding kefu.yaml.
  /// Throws RefusedError when none is found.
  static std::filesystem::path discover(const std::string& flag, const std::string& env,
                                        const std::filesystem::path& cwd);

  /// Opens the data directory (made absolute); StoreError when it cannot be opened.
  explicit DataDir(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }
  /// Every read and write of the data directory goes through this.
  const StoreFiles& files() const { return files_; }
  /// Path relative to the data directory, for messages.
  std::string rel(const std::filesystem::path& p) const;

  const Config& config() const;
  const WorkingCalendar& calendar() const;
  bool calendar_loaded() const { return calendar_ != nullptr; }
  /// A hash of kefu.yaml and calendar.yaml as read by this command (loading both): values
  /// computed under the site's rules and kept for later are stamped with it.
  uint64_t rules_hash() const;

  /// Units are kept one file per building (units/3.yaml), so a look-up reads one file.
  std::optional<Unit> find_unit(const std::string& id) const;
  std::vector<Unit> all_units() const;

  /// A template's text: the data directory's templates/NAME if present, else the built-in one.
  std::string template_text(const std::string& name) const;

 private:
  std::vector<Unit> load_unit_file(const std::filesystem::path& file) const;

  std::filesystem::path root_;
  StoreFiles files_;
  mutable std::unique_ptr<Config> config_;
  mutable std::unique_ptr<WorkingCalendar> calendar_;
  mutable uint64_t config_hash_ = 0, calendar_hash_ = 0;  // of the bytes parsed
  mutable std::map<std::string, std::vector<Unit>> unit_files_;
};

/// A unit number or building as a file name may hold it (fees/dun/<unit>.yaml,
/// fees/bills/…/<building>.yaml): no slash, no leading dot, no control character, at most 64
/// bytes.
bool valid_unit_id(std::string_view id);

/// Parsers of the site files, exposed for `kefu check` and the tests. kefu.yaml and
/// calendar.yaml are read through their member lists (store/site_files.cpp); calendar.yaml is
/// kept parsed as it is written, and made a WorkingCalendar on use.
Config parse_config(const std::string& name, const std::string& text);
CalendarFile read_calendar_file(const std::string& name, const std::string& text);
WorkingCalendar parse_calendar(const std::string& name, const std::string& text);
std::vector<Unit> parse_units(const std::string& name, const std::string& text);

/// Built-in templates, compiled in from the repository's templates/ folder.
const std::map<std::string, std::string>& builtin_templates();

}  // namespace kefu
