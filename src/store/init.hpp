/// Making a new data directory (kefu init).
#pragma once

#include <filesystem>
#include <string>

namespace kefu {

/// The official 2025 and 2026 holiday arrangements (国务院办公厅), as calendar.yaml text.
std::string official_calendar_yaml();

/// A commented kefu.yaml for a new site, with an example roster to replace.
std::string starter_config_yaml(const std::string& site_name);

/// Creates a working data directory at `dir` (or makes an empty or unrelated folder one);
/// RefusedError if one is there already. The folder is made (or tightened to) 0700, or, with
/// `group`, shared by that Unix group: setgid and 2770, so that every folder and file kefu
/// makes in it is the group's, readable and writable by its members only.
void init_data_dir(const std::filesystem::path& dir, const std::string& site_name,
                   const std::string& group = "");

}  // namespace kefu
