/// Files outside a data directory that kefu reads or writes on a user's word: a spreadsheet
/// to import, a form or report written with -o, the files of `kefu init`. Writes are whole
/// or not at all (temporary file, fsync, rename); reads refuse what is not a regular file or
/// is too large, without hanging on a FIFO.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace kefu {

/// Replaces (or creates) `path` with `content`. Readers see the old file or the new one,
/// never a half-written one. New files are created readable by their owner only (0600).
void write_file_atomic(const std::filesystem::path& path, const std::string& content);

/// Like write_file_atomic, but refuses (returns false) when `path` already exists.
bool create_file_atomic(const std::filesystem::path& path, const std::string& content);

/// Reads a whole regular file of at most `limit` bytes; throws StoreError naming `display`
/// when it cannot.
std::string read_file(const std::filesystem::path& path, const std::string& display,
                      size_t limit = size_t{64} << 20);

/// Creates the folder and its parents with mode `mode` (0700 unless said otherwise).
void make_private_dirs(const std::filesystem::path& dir, unsigned mode = 0700);

}  // namespace kefu
