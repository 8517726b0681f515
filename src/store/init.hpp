/// Making a new data directory (kefu init).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/config.hpp"

namespace kefu {

/// The official 2025 and 2026 holiday arrangements (国务院办公厅), as calendar.yaml text.
std::string official_calendar_yaml();

/// What a new site's kefu.yaml says of the site; what is left empty gets the starter's example.
struct StarterSite {
  std::string name;
  std::string address, phone;
  std::string office;              // empty: "<name>管理处"
  std::vector<StaffMember> staff;  // empty: an example roster to replace
  std::string fee_owner;           // empty: a commented-out example
  std::string header;              // comment lines put before the starter's own
};

/// A commented kefu.yaml for a new site (kefu init, kefu-gen): the one starter configuration.
std::string starter_config_yaml(const StarterSite& site);

/// The sample hooks of the source's hooks/ (name → text, mail.sample …), built into kefu.
const std::map<std::string, std::string>& builtin_hook_samples();

/// Creates a working data directory at `dir` (or makes an empty or unrelated folder one);
/// RefusedError if one is there already. The folder is made (or tightened to) 0700, or, with
/// `group`, shared by that Unix group: setgid and 2770, so that every folder and file kefu
/// makes in it is the group's, readable and writable by its members only. The sample hooks go
/// in hooks/, not executable (so never run) until copied under an event's name and chmod +x.
void init_data_dir(const std::filesystem::path& dir, const std::string& site_name,
                   const std::string& group = "");

}  // namespace kefu
