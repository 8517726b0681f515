/// Making a new data directory (kefu init).
#pragma once

#include <filesystem>
#include <string>

namespace kefu {

/// The official 2025 and 2026 holiday arrangements (国务院办公厅), as calendar.yaml text.
std::string official_calendar_yaml();

/// A commented kefu.yaml for a new site, with an example roster to replace.
std::string starter_config_yaml(const std::string& site_name);

/// Creates a working data directory at `dir`; RefusedError if one is there already.
void init_data_dir(const std::filesystem::path& dir, const std::string& site_name);

}  // namespace kefu
