/// kefu init DIR, and kefu check — making a data directory and validating one.
#include <fmt/format.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "store/atomic_file.hpp"
#include "store/complaint_store.hpp"
#include "store/derived.hpp"
#include "store/fee_store.hpp"
#include "store/init.hpp"
#include "store/key_store.hpp"
#include "store/layout.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/move_store.hpp"
#include "store/opinion_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"
#include "store/survey_store.hpp"
#include "store/transaction.hpp"
#include "store/visit_store.hpp"

namespace kefu {
namespace {

/// What `kefu check` finds: faults of the store (exit 3), and what needs a person's attention
/// (exit 1): records changed by hand or never sealed, files others may read, leftovers.
struct Findings {
  std::vector<StoreError> problems;
  std::vector<std::pair<std::string, SealState>> unsealed;
  std::vector<std::string> warnings;
  size_t files = 0;
};

/// Reads a site file through `parse`, turning its error into a reported problem.
template <class F>
void check_file(Context& ctx, const std::string& name, F parse, Findings& out) {
  try {
    if (auto text = ctx.dir().files().read(name, kBulkLimit)) parse(name, *text);
  } catch (const StoreError& e) {
    out.problems.push_back(e);
  }
}

template <class T>
void note_seals(const std::vector<Loaded<T>>& items, Findings& out) {
  for (const auto& item : items)
    if (item.file.seal != SealState::intact)
      out.unsealed.emplace_back(item.file.name, item.file.seal);
}

/// Every record of one kind: readable (which includes being in the file its ID names).
template <class T>
void check_records(Context& ctx, Findings& out, const Progress& progress) {
  auto result = Repository<T>(ctx.store()).scan({}, progress);
  out.files += result.items.size() + result.problems.size();
  note_seals(result.items, out);
  out.problems.insert(out.problems.end(), result.problems.begin(), result.problems.end());
}

/// The key register and its loans: each file readable, and the two agreeing on which loan
/// holds each key that is out.
void check_keys(Context& ctx, Findings& out) {
  KeyRegister reg(ctx.store());
  auto keys = reg.scan();
  auto loans = KeyLoanRepository(ctx.store()).scan({});
  auto& problems = out.problems;
  problems.insert(problems.end(), keys.problems.begin(), keys.problems.end());
  problems.insert(problems.end(), loans.problems.begin(), loans.problems.end());
  note_seals(keys.items, out);
  note_seals(loans.items, out);
  std::map<std::string, const Loaded<Key>*> by_code;
  for (const auto& k : keys.items) {
    by_code[k.record.code] = &k;
    if (k.record.state == KeyState::out) {
      try {
        auto l = reg.open_loan(k);
        if (l.record.returned_at)
          problems.emplace_back(k.file.name, 0, 0,
                                "钥匙登记为借出，但借用登记 " + l.record.id + " 已归还");
      } catch (const StoreError& e) {
        problems.push_back(e);
      }
    }
  }
  for (const auto& l : loans.items) {
    auto it = by_code.find(l.record.key);
    if (it == by_code.end())
      problems.emplace_back(l.file.name, 0, 0,
                            "借用的钥匙 " + l.record.key + " 不在登记册 keys/ 中");
    else if (!l.record.returned_at && it->second->record.loan != l.record.id)
      problems.emplace_back(l.file.name, 0, 0,
                            "借用登记未归还，但钥匙 " + l.record.key +
                                " 的登记未指向它（loan: " + it->second->record.loan + "）");
  }
  out.files +=
      keys.items.size() + keys.problems.size() + loans.items.size() + loans.problems.size();
}

/// Who may read what: owners' phone numbers must not be readable by other users of the
/// machine (R12); in a data directory shared by a group, every member must be able to read
/// and write. Also temporary files an interrupted write of an earlier kefu left beside records.
void check_permissions(Context& ctx, Findings& out) {
  const auto& files = ctx.dir().files();
  const bool shared = files.shared();
  struct stat root {};
  ::fstat(files.fd(), &root);
  std::vector<std::string> open_to_others, not_for_group, leftovers;
  // Folder by folder beneath the data directory, without following links.
  std::vector<std::string> todo{""};
  while (!todo.empty()) {
    auto rel = std::move(todo.back());
    todo.pop_back();
    Fd dir = files.open_folder(rel);
    if (!dir) continue;
    DIR* d = ::fdopendir(dir.get());
    if (!d) continue;
    int dfd = dir.release();
    while (const dirent* e = ::readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      auto path = rel.empty() ? name : rel + "/" + name;
      struct stat st {};
      if (::fstatat(dfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISLNK(st.st_mode))
        continue;
      bool is_dir = S_ISDIR(st.st_mode);
      if (is_dir) todo.push_back(path);
      if (!derived::is_beneath(rel) && name.starts_with(".") &&
          name.find(".tmp-") != std::string::npos)
        leftovers.push_back(path);
      if (st.st_mode & (is_dir ? 0005 : 0004)) open_to_others.push_back(path);
      if (shared) {
        mode_t need = is_dir ? (02070 | 0) : 0060;
        if ((st.st_mode & need) != need || st.st_gid != root.st_gid) not_for_group.push_back(path);
      }
    }
    ::closedir(d);
  }
  for (auto* v : {&open_to_others, &not_for_group, &leftovers}) std::sort(v->begin(), v->end());
  auto some = [](const std::vector<std::string>& v) {
    std::string s;
    for (size_t i = 0; i < v.size() && i < 5; ++i) s += (i ? "、" : "") + v[i];
    if (v.size() > 5) s += fmt::format(" 等 {} 个", v.size());
    return s;
  };
  if (!open_to_others.empty())
    out.warnings.push_back("其他用户可读：" + some(open_to_others) +
                           "；业主资料须保密（R12），请对数据目录执行 chmod -R o-rwx");
  if (!not_for_group.empty())
    out.warnings.push_back(
        "数据目录由用户组共用，但这些文件或文件夹组内成员不能读写：" + some(not_for_group) +
        "；请执行 chgrp -R 组名 数据目录 && chmod -R g+rwX 数据目录 && find 数据目录 -type d "
        "-exec chmod g+s {} +");
  if (!leftovers.empty())
    out.warnings.push_back("中断的写入留下的临时文件：" + some(leftovers) + "；可以删除");
}

/// The index, if there is one, against the files: a difference is mended by a rebuild.
void check_index(Context& ctx, const Progress& progress) {
  if (ctx.dir().files().stat(derived::kIndex).is == PathStat::Is::absent) return;
  auto index = RecordIndex::open(ctx.dir());
  if (!index) return;
  index->set_progress(progress);
  // As a command would find it, then file by file: what differs is an in-place edit of a
  // closed record outside any period asked for since, or a fault of the index.
  index->refresh(indexed_folders());
  auto stale = index->verify(indexed_folders());
  if (stale.empty()) {
    ctx.err << "索引与记录文件一致\n";
    return;
  }
  for (size_t i = 0; i < stale.size() && i < 10; ++i) ctx.err << stale[i].where_and_why() << '\n';
  index->rebuild(indexed_folders());
  ctx.err << fmt::format("索引有 {} 处与记录文件不一致，已重建（记录文件为准）\n", stale.size());
}

void init_check_check(Context& ctx) {
  ctx.store().bypass_index();
  Findings out;
  // Under the lock for a moment: a write a killed command left half done is finished, and its
  // temporary files are removed.
  ctx.store().lock();
  for (const auto& e : ctx.store().recovery_problems()) out.problems.push_back(e);
  for (auto& e : unfinished(ctx.dir().files())) out.problems.push_back(std::move(e));
  // Every record file is read: on ten years of history, long enough to show.
  auto progress = progress_line();
  check_file(ctx, "kefu.yaml", parse_config, out);
  check_file(ctx, "calendar.yaml", parse_calendar, out);
  auto units = ctx.dir().files().list("units");
  out.problems.insert(out.problems.end(), units.problems.begin(), units.problems.end());
  for (const auto& f : units.files) check_file(ctx, "units/" + f, parse_units, out);
  check_records<Complaint>(ctx, out, progress);
  check_records<Repair>(ctx, out, progress);
  check_records<SpecialService>(ctx, out, progress);
  check_records<Contact>(ctx, out, progress);
  check_records<Opinion>(ctx, out, progress);
  check_records<Survey>(ctx, out, progress);
  check_records<Renovation>(ctx, out, progress);
  check_records<Move>(ctx, out, progress);
  check_records<Visit>(ctx, out, progress);
  check_records<Duty>(ctx, out, progress);
  check_records<Visitor>(ctx, out, progress);
  check_records<ItemLoan>(ctx, out, progress);
  check_records<Patrol>(ctx, out, progress);
  check_records<LostItem>(ctx, out, progress);
  out.files += check_fee_files(ctx, out.problems, out.unsealed);
  check_keys(ctx, out);
  check_permissions(ctx, out);
  check_index(ctx, progress);
  if (auto n = ctx.store().cleaned_temporaries())
    ctx.err << fmt::format("已清除 {} 个中断的写入留下的临时文件（{}/）\n", n, derived::kTmp);
  ctx.report_problems(out.problems);
  std::sort(out.unsealed.begin(), out.unsealed.end());
  for (const auto& [name, seal] : out.unsealed)
    ctx.err << "kefu: " << name
            << (seal == SealState::broken
                    ? ": 有手工改动：内容与 kefu 写入时的封签不符；核对后用 kefu correct 登记更正"
                    : ": 无封签：不是由 kefu 写入的；核对后用 kefu correct --accept 登记")
            << '\n';
  for (const auto& w : out.warnings) {
    write_painted(ctx.err, Paint::warning, "kefu: 警告：" + w, colour_stderr());
    ctx.err << '\n';
  }
  if (!out.unsealed.empty()) ctx.raise_status(1);
  std::string summary = fmt::format("检查完毕：{} 个记录文件", out.files);
  if (out.problems.empty() && out.unsealed.empty() && out.warnings.empty()) summary += "，均无问题";
  if (!out.problems.empty()) summary += fmt::format("，{} 处问题", out.problems.size());
  if (!out.unsealed.empty())
    summary += fmt::format("，{} 个记录有手工改动或无封签", out.unsealed.size());
  if (!out.warnings.empty()) summary += fmt::format("，{} 条警告", out.warnings.size());
  ctx.err << summary << '\n';
}

}  // namespace

void add_init_command(CLI::App& app, Context& ctx) {
  struct Args {
    std::string dir, site = "新站点", group;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("init", "新建一个可用的数据目录（站点配置、节假日、住户示例）");
  cmd->add_option("DIR", args->dir, "新数据目录的路径")->required();
  cmd->add_option("--site", args->site, "小区（站点）名称")->capture_default_str();
  cmd->add_option("--group", args->group,
                  "由此 Unix 用户组的成员共用（同一台电脑上的多个员工账户）；默认仅本人可读写");
  cmd->footer(
      "之后编辑 DIR/kefu.yaml 的人员花名册与 DIR/units/ 的住户资料，再运行 kefu --data DIR "
      "check。\n"
      "数据目录只有本人可读写（0700）；已有的文件夹也会收紧。--group 组名 则由该组共用：文件夹 "
      "2770（setgid），文件 0660，锁对组内每个账户都有效。\n"
      "hooks/ 中的 mail.sample、wechat-work.sample 是示例钩子（不可执行，不会运行）：复制为事件名"
      "（如 hooks/overdue）并 chmod +x 后启用。\n"
      "例：kefu init /srv/kefu --site 翠湖花园 --group kefu");
  cmd->callback([&ctx, args] {
    init_data_dir(args->dir, args->site, args->group);
    ctx.err << "已新建数据目录 " << args->dir
            << "；请编辑 kefu.yaml 的人员花名册与 units/ 的住户资料\n";
  });
}

void add_check_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("check", "检查整个数据目录：每个文件能否读懂，编号与位置是否相符");
  cmd->footer(
      "每个记录文件都重新读取，不经索引；随后逐行核对索引（.kefu/index.sqlite）与文件内容，"
      "不符时列出并重建索引。\n"
      "发现问题（读不懂的文件、读不了的文件夹、中断后未能补完的写入）时逐条列出 文件:行:列 与原因，"
      "以 3 退出；\n"
      "否则有手工改动或无封签的记录时逐条列出，以 1 退出；都没有时以 0 退出。\n"
      "其他用户可读的文件、组内成员不能读写的文件、遗留的临时文件列为警告，不影响退出状态。");
  cmd->callback([&ctx] { init_check_check(ctx); });
}

void add_reindex_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "reindex", "重建索引 .kefu/index.sqlite（由记录文件派生，可随时删除，下一条命令会自动重建）");
  cmd->footer(
      "索引只是记录文件的缓存：每条命令先核对它所涉及的文件（新增、删除、改名与原地编辑），"
      "所以平时无须运行本命令。\n"
      "终端上显示进度条。例：kefu reindex；kefu check 也会核对索引，不一致时自动重建。");
  cmd->callback([&ctx] {
    auto index = RecordIndex::open(ctx.dir());
    if (!index)
      throw RefusedError("无法使用索引：设置了 KEFU_INDEX=off，或数据目录的 .kefu/ 不可写");
    index->set_progress(progress_line());
    auto started = std::chrono::steady_clock::now();
    auto files = index->rebuild(indexed_folders());
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    ctx.err << fmt::format("已重建索引：{} 个记录文件，用时 {:.1f} 秒\n", files, took.count());
  });
}

}  // namespace kefu
