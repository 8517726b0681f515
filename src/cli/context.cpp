/// The shared command context.
#include "cli/context.hpp"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "cli/output.hpp"
#include "cli/terminal.hpp"
#include "core/text.hpp"
#include "core/typed_time.hpp"
#include "store/atomic_file.hpp"
#include "store/files.hpp"
#include "store/layout.hpp"

namespace kefu {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

/// Refuses `path` when it resolves to one of the data directory's own files or folders.
void refuse_reserved(Context& ctx, const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto root = fs::weakly_canonical(ctx.dir().root(), ec);
  auto target = fs::weakly_canonical(fs::absolute(path), ec);
  auto rel = target.lexically_relative(root);
  if (rel.empty() || rel.native().starts_with("..")) return;
  auto first = rel.begin()->string();
  for (auto name : top_level_names())
    if (first == name)
      throw RefusedError("不能写到 " + path.string() + "：它在数据目录的「" + first +
                         "」中，那里只放 kefu 的记录与设置；请换一个位置");
  if (rel == ".") throw RefusedError("不能写到 " + path.string() + "：那是数据目录本身");
}

}  // namespace

void write_output_file(Context& ctx, const std::filesystem::path& path, const std::string& text,
                       bool force) {
  refuse_reserved(ctx, path);
  if (force) {
    write_file_atomic(path, text);
    return;
  }
  if (!create_file_atomic(path, text))
    throw RefusedError(path.string() + " 已存在，未覆盖；确要覆盖请加 --force");
}

void check_output_path(Context& ctx, const std::filesystem::path& path) {
  refuse_reserved(ctx, path);
}

void check_output_folder(Context& ctx, const std::filesystem::path& dir) {
  refuse_reserved(ctx, dir / "x");
}

DateTime Context::now() {
  if (!clock_) {
    std::string text = !opts.now.empty() ? opts.now : env("KEFU_NOW");
    if (text.empty()) {
      clock_ = std::make_unique<SystemClock>();
    } else {
      auto t = read_datetime(text, date_of(SystemClock().now()));
      if (!t)
        throw RefusedError("时间「" + text + "」无效，应如 2026-11-26T09:30、2026-11-26 09:30 或 " +
                           "2026/11/26 09:30");
      clock_ = std::make_unique<FixedClock>(t->at);
    }
  }
  return clock_->now();
}

const DataDir& Context::dir() {
  if (!dir_) {
    dir_ = std::make_unique<DataDir>(
        DataDir::discover(opts.data, env("KEFU_DATA"), std::filesystem::current_path()));
    // A data directory shared by a group: what kefu and SQLite create is for the group too.
    ::umask(dir_->files().shared() ? 007 : 077);
  }
  return *dir_;
}

const RecordStore& Context::store() {
  if (!store_) {
    store_ = std::make_unique<RecordStore>(dir());
    store_->set_index_progress(progress_line());
    store_->settle();  // a write a killed command left unfinished is finished first
  }
  return *store_;
}

const StaffMember& Context::actor() {
  std::string who = !opts.by.empty() ? opts.by : env("KEFU_USER");
  if (who.empty())
    throw RefusedError("请用 --by 或环境变量 KEFU_USER 指明经办人（花名册中的编号或姓名）");
  return staff(who, "经办人");
}

const StaffMember& Context::staff(const std::string& id_or_name, const std::string& what) {
  const auto* s = config().find_staff(id_or_name);
  if (!s) {
    std::string roster;
    for (const auto& m : config().staff)
      roster += (roster.empty() ? "" : "、") + m.id + "(" + m.name + ")";
    throw RefusedError(what + "「" + id_or_name + "」不在 kefu.yaml 的人员花名册中；现有：" +
                       roster);
  }
  return *s;
}

std::string Context::staff_name(const std::string& id) {
  const auto* s = config().find_staff(id);
  return s ? s->name : id;
}

Format Context::format() {
  return parse_format(opts.format);
}

std::string Context::phone(const std::string& p) const {
  return opts.reveal ? p : mask_phone(p);
}

void Context::report_problems(const std::vector<StoreError>& problems) {
  for (const auto& p : problems) err << "kefu: " << p.where_and_why() << '\n';
  if (!problems.empty()) raise_status(3);
}

void Context::warn_unsealed(const StoredFile& file, const std::string& id) {
  if (file.seal == SealState::intact) return;
  err << "kefu: 注意：" << id
      << (file.seal == SealState::broken
              ? " 的记录文件在 kefu 之外被改动过（封签不符），改动尚未登记"
              : " 的记录文件没有封签（不是由 kefu 写入的）")
      << "；核对后用 kefu correct " << id << " --accept --why 原因 登记\n";
}

namespace {

/// Where the days a missing calendar year was warned about are kept: one line "DATE YEAR" for
/// each year warned about today, so that a cron job's mail says it once a day, not every run.
constexpr std::string_view kCalendarWarned = ".kefu/calendar.warned";

}  // namespace

void Context::finish() {
  if (store_) report_problems(store_->recovery_problems());
  if (!dir_ || !dir_->calendar_loaded()) return;
  auto years = dir_->calendar().uncovered_years_seen();
  if (years.empty()) return;
  const auto& files = dir_->files();
  std::string today = format_date(date_of(now()));
  std::string told;
  try {
    if (auto text = files.read(kCalendarWarned, kRecordLimit)) told = *text;
  } catch (const StoreError&) {
    // Without the memory, the warning is given again: never lost.
  }
  std::string keep;  // today's lines only
  for (size_t at = 0; at < told.size();) {
    auto end = told.find('\n', at);
    if (end == std::string::npos) end = told.size();
    auto line = told.substr(at, end - at);
    if (line.starts_with(today + " ")) keep += line + '\n';
    at = end + 1;
  }
  bool added = false;
  for (int year : years) {
    std::string line = today + " " + std::to_string(year) + '\n';
    if (keep.find(line) != std::string::npos) continue;
    keep += line;
    added = true;
    write_painted(err, Paint::warning,
                  "kefu: 警告：calendar.yaml 未收录 " + std::to_string(year) +
                      " 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 "
                      "calendar.yaml",
                  colour_stderr());
    err << "（今天不再提示）\n";
  }
  if (!added) return;
  try {
    files.put(kCalendarWarned, keep, false);
  } catch (const std::exception&) {
    // A data directory kefu may not write to: the warning comes again next time.
  }
}

}  // namespace kefu
