/// Files written whole or not at all: temporary file, fsync, rename, fsync of the folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kefu {

/// Replaces (or creates) `path` with `content`. Readers see the old file or the new one,
/// never a half-written one. Files are created readable by their owner only (0600).
void write_file_atomic(const std::filesystem::path& path, const std::string& content);

/// Like write_file_atomic, but refuses (returns false) when `path` already exists.
bool create_file_atomic(const std::filesystem::path& path, const std::string& content);

/// Reads a whole file; throws StoreError naming `display` when it cannot.
std::string read_file(const std::filesystem::path& path, const std::string& display);

/// A folder's mtime in nanoseconds; nullopt when it is missing or not a folder.
std::optional<int64_t> folder_mtime(const std::filesystem::path& dir);

/// Creates the folder and its parents with mode 0700.
void make_private_dirs(const std::filesystem::path& dir);

}  // namespace kefu
