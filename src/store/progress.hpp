/// How long work tells the command where it stands (the index's first run, `kefu reindex`,
/// many hand edits; `kefu check` reading every file), so that a terminal can show it.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace kefu {

/// Where a long piece of work on one folder stands: the index reports it after each of the
/// folder's month folders is compared, `kefu check` after each file it reads; then once more
/// at the folder's end.
struct ProgressStep {
  std::string_view task;    // what is being done: "建立索引", "检查"
  std::string_view folder;  // the folder of a kind of record: "complaints"
  size_t done = 0;          // steps done: month folders compared (a flat folder is one), files
  size_t total = 0;         // steps in all
  std::string_view step;    // what a step is: kMonthFolders or kFiles
  size_t files_read = 0;    // record files read so far (the index: read and indexed)
  bool end = false;         // the work on this folder is done
};
inline constexpr std::string_view kMonthFolders = "个月份文件夹";
inline constexpr std::string_view kFiles = "个文件";
using Progress = std::function<void(const ProgressStep&)>;

}  // namespace kefu
