/// How the index tells the command where its work stands (a first run, `kefu reindex`, many
/// hand edits), so that a terminal can show it.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace kefu {

/// Where the index's work on one folder stands: reported after each of its month folders is
/// compared, then once more at its end.
struct ProgressStep {
  std::string_view folder;  // the folder of a kind of record: "complaints"
  size_t folders_done = 0;  // its month folders compared so far (a flat folder counts as one)
  size_t folders = 0;       // its month folders in all
  size_t files_read = 0;    // record files read and indexed so far
  bool end = false;         // the work on this folder is done
};
using Progress = std::function<void(const ProgressStep&)>;

}  // namespace kefu
