/// The layout of a data directory: the names at its top, and the folders of record files the
/// index keeps (each with how its files are read).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "store/index.hpp"

namespace kefu {

/// The names at the top of a data directory that hold its records, settings and derived data:
/// kefu writes nothing else there.
std::span<const std::string_view> top_level_names();

/// Every folder of record files the index keeps.
std::vector<IndexedFolder> indexed_folders();

}  // namespace kefu
