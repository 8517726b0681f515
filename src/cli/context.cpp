/// The shared command context.
#include "cli/context.hpp"

#include <cstdlib>
#include <filesystem>

#include "core/text.hpp"

namespace kefu {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

}  // namespace

DateTime Context::now() {
  if (!clock_) {
    std::string text = !opts.now.empty() ? opts.now : env("KEFU_NOW");
    if (text.empty()) {
      clock_ = std::make_unique<SystemClock>();
    } else {
      auto t = parse_datetime(text);
      if (!t)
        throw RefusedError("时间「" + text + "」无效，应如 2026-11-26T09:30 或 2026-11-26 09:30");
      clock_ = std::make_unique<FixedClock>(*t);
    }
  }
  return clock_->now();
}

const DataDir& Context::dir() {
  if (!dir_)
    dir_ = std::make_unique<DataDir>(
        DataDir::discover(opts.data, env("KEFU_DATA"), std::filesystem::current_path()));
  return *dir_;
}

const RecordStore& Context::store() {
  if (!store_) store_ = std::make_unique<RecordStore>(dir());
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

void Context::finish() {
  if (!dir_ || !dir_->calendar_loaded()) return;
  for (int year : dir_->calendar().uncovered_years_seen())
    err << "kefu: 警告：calendar.yaml 未收录 " << year
        << " 年的节假日安排，该年的时限仅按周末推算；国务院办公厅公布安排后请补入 calendar.yaml\n";
}

}  // namespace kefu
