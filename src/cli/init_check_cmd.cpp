/// kefu init DIR, and kefu check — making a data directory and validating one.
#include <fmt/format.h>

#include <map>

#include "cli/commands.hpp"
#include "store/atomic_file.hpp"
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

/// Every record of one kind: readable, and in the file its ID names.
template <class T>
void check_records(Context& ctx, size_t& files, std::vector<StoreError>& problems) {
  auto result = Repository<T>(ctx.store()).query({});
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
  auto keys = reg.all();
  auto loans = KeyLoanRepository(ctx.store()).query({});
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

void do_check(Context& ctx) {
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
  cmd->footer("发现问题时逐条列出 文件:行:列 与原因，并以 3 退出。");
  cmd->callback([&ctx] { do_check(ctx); });
}

}  // namespace kefu
