/// kefu init DIR, and kefu check — making a data directory and validating one.
#include <fmt/format.h>

#include <unistd.h>

#include <chrono>
#include <map>

#include "cli/commands.hpp"
#include "store/atomic_file.hpp"
#include "store/complaint_store.hpp"
#include "store/fee_store.hpp"
#include "store/init.hpp"
#include "store/key_store.hpp"
#include "store/repair_store.hpp"

namespace kefu {
namespace {

/// Reads a site file through `parse`, turning its error into a reported problem.
template <class F>
void check_file(Context& ctx, const std::string& name, F parse, std::vector<StoreError>& problems) {
  auto path = ctx.dir().root() / name;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  try {
    parse(name, read_file(path, name));
  } catch (const StoreError& e) {
    problems.push_back(e);
  }
}

/// Every folder the index keeps.
std::vector<IndexedFolder> indexed_folders() {
  return {ComplaintRepository::folder(), RepairRepository::folder(), Repository<Contact>::folder(),
          KeyLoanRepository::folder(),   KeyRegister::folder(),      FeeStore::bill_folder(),
          FeeStore::payment_folder(),    FeeStore::dun_folder()};
}

/// Every record of one kind: readable, and in the file its ID names.
template <class T>
void check_records(Context& ctx, size_t& files, std::vector<StoreError>& problems) {
  auto result = Repository<T>(ctx.store()).scan({});
  files += result.items.size() + result.problems.size();
  for (const auto& item : result.items) {
    const auto& id = RecordTraits<T>::id(item.record);
    auto expected = ctx.store().path_for(RecordTraits<T>::kind(), id);
    if (expected != item.file.path)
      problems.emplace_back(item.file.name, 0, 0,
                            "记录编号 " + id + " 与文件位置不符，应在 " + ctx.dir().rel(expected));
  }
  problems.insert(problems.end(), result.problems.begin(), result.problems.end());
}

/// The key register and its loans: each file readable, and the two agreeing on which loan
/// holds each key that is out. Returns the number of files read.
size_t check_keys(Context& ctx, std::vector<StoreError>& problems) {
  KeyRegister reg(ctx.store());
  auto keys = reg.scan();
  auto loans = KeyLoanRepository(ctx.store()).scan({});
  problems.insert(problems.end(), keys.problems.begin(), keys.problems.end());
  problems.insert(problems.end(), loans.problems.begin(), loans.problems.end());
  std::map<std::string, const Loaded<Key>*> by_code;
  for (const auto& k : keys.items) {
    by_code[k.record.code] = &k;
    auto expected = reg.path_for(k.record.code);
    if (expected != k.file.path)
      problems.emplace_back(
          k.file.name, 0, 0,
          "钥匙编号 " + k.record.code + " 与文件名不符，应在 " + ctx.dir().rel(expected));
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
    auto expected = ctx.store().path_for(kKeyLoanKind, l.record.id);
    if (expected != l.file.path)
      problems.emplace_back(
          l.file.name, 0, 0,
          "记录编号 " + l.record.id + " 与文件位置不符，应在 " + ctx.dir().rel(expected));
    auto it = by_code.find(l.record.key);
    if (it == by_code.end())
      problems.emplace_back(l.file.name, 0, 0,
                            "借用的钥匙 " + l.record.key + " 不在登记册 keys/ 中");
    else if (!l.record.returned_at && it->second->record.loan != l.record.id)
      problems.emplace_back(l.file.name, 0, 0,
                            "借用登记未归还，但钥匙 " + l.record.key +
                                " 的登记未指向它（loan: " + it->second->record.loan + "）");
  }
  return keys.items.size() + keys.problems.size() + loans.items.size() + loans.problems.size();
}

/// The index, if there is one, against the files: a difference is mended by a rebuild.
void check_index(Context& ctx) {
  std::error_code ec;
  if (!std::filesystem::exists(RecordIndex::path_of(ctx.dir()), ec)) return;
  auto index = RecordIndex::open(ctx.dir());
  if (!index) return;
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

void do_check(Context& ctx) {
  ctx.store().bypass_index();
  std::vector<StoreError> problems;
  size_t files = 0;
  check_file(ctx, "kefu.yaml", parse_config, problems);
  check_file(ctx, "calendar.yaml", parse_calendar, problems);
  auto units_dir = ctx.dir().root() / "units";
  std::error_code ec;
  if (std::filesystem::is_directory(units_dir, ec))
    for (const auto& e : std::filesystem::directory_iterator(units_dir))
      if (e.path().extension() == ".yaml")
        check_file(ctx, ctx.dir().rel(e.path()), parse_units, problems);
  check_records<Complaint>(ctx, files, problems);
  check_records<Repair>(ctx, files, problems);
  check_records<Contact>(ctx, files, problems);
  files += check_fee_files(ctx, problems);
  files += check_keys(ctx, problems);
  check_index(ctx);
  ctx.report_problems(problems);
  if (problems.empty())
    ctx.err << fmt::format("检查完毕：{} 个记录文件，均无问题\n", files);
  else
    ctx.err << fmt::format("检查完毕：{} 个记录文件，{} 处问题\n", files, problems.size());
}

}  // namespace

void add_init_command(CLI::App& app, Context& ctx) {
  struct Args {
    std::string dir, site = "新站点";
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("init", "新建一个可用的数据目录（站点配置、节假日、住户示例）");
  cmd->add_option("DIR", args->dir, "新数据目录的路径")->required();
  cmd->add_option("--site", args->site, "小区（站点）名称")->capture_default_str();
  cmd->footer(
      "之后编辑 DIR/kefu.yaml 的人员花名册与 DIR/units/ 的住户资料，再运行 kefu --data DIR "
      "check。");
  cmd->callback([&ctx, args] {
    init_data_dir(args->dir, args->site);
    ctx.err << "已新建数据目录 " << args->dir
            << "；请编辑 kefu.yaml 的人员花名册与 units/ 的住户资料\n";
  });
}

void add_check_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("check", "检查整个数据目录：每个文件能否读懂，编号与位置是否相符");
  cmd->footer(
      "每个记录文件都重新读取，不经索引；随后逐行核对索引（.kefu/index.sqlite）与文件内容，"
      "不符时列出并重建索引。\n发现问题时逐条列出 文件:行:列 与原因，并以 3 退出。");
  cmd->callback([&ctx] { do_check(ctx); });
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
    auto started = std::chrono::steady_clock::now();
    auto files = index->rebuild(indexed_folders());
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    ctx.err << fmt::format("已重建索引：{} 个记录文件，用时 {:.1f} 秒\n", files, took.count());
  });
}

}  // namespace kefu
