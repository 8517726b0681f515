/// StoreFiles keeps every path beneath the data directory and reports what it cannot read;
/// a Transaction is seen whole or not at all, and a killed one is finished by recover().
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include "store/files.hpp"
#include "store/seal.hpp"
#include "store/transaction.hpp"

using namespace kefu;
namespace fs = std::filesystem;

namespace {

/// A fresh folder under the system's temporary folder, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "kefu-files-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string why(const std::function<void()>& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.where_and_why();
  }
  return "no error";
}

/// An intent as a killed Transaction leaves it (the format transaction.cpp writes).
std::string intent(
    const std::vector<std::tuple<char, std::string, std::optional<std::string>, std::string>>&
        ops) {
  auto field = [](std::string_view b) { return std::to_string(b.size()) + ":" + std::string(b); };
  std::string s = "kefu intent 1\n";
  for (const auto& [kind, rel, old, content] : ops)
    s += kind + field(rel) + (old ? "1" : "0") + field(old.value_or("")) + field(content);
  return s + "end " + sha256_hex(s) + "\n";
}

}  // namespace

TEST_CASE("paths that would leave the data directory are refused") {
  CHECK(is_beneath("complaints/2026/11/TS-2026-11-0001.yaml"));
  CHECK(is_beneath("fees/dun/3-2-1102.yaml"));
  for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a/", "."})
    CHECK_FALSE(is_beneath(bad));
  TempDir d;
  StoreFiles files(d.path);
  CHECK(why([&] { files.put("../outside/pwn.yaml", "x"); }).find("路径指向数据目录之外") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(d.path.parent_path() / "outside"));
  // A link inside the data directory is not followed, even to a place inside it.
  fs::create_directories(d.path / "real");
  fs::create_directory_symlink(d.path / "real", d.path / "link");
  CHECK(why([&] { files.put("link/x.yaml", "x"); }).find("无法") != std::string::npos);
  CHECK_FALSE(fs::exists(d.path / "real" / "x.yaml"));
}

TEST_CASE("what is not a regular file is named, never read") {
  TempDir d;
  StoreFiles files(d.path);
  fs::create_directories(d.path / "m");
  REQUIRE(::mkfifo((d.path / "m" / "fifo.yaml").c_str(), 0600) == 0);
  fs::create_symlink("/dev/zero", d.path / "m" / "zero.yaml");
  fs::create_symlink("nowhere.yaml", d.path / "m" / "dangling.yaml");
  fs::create_directories(d.path / "m" / "dir.yaml");
  write(d.path / "m" / "ok.yaml", "a: 1\n");
  write(d.path / "m" / "big.yaml", std::string(kRecordLimit + 1, 'x'));
  CHECK(why([&] { files.read("m/fifo.yaml", kRecordLimit); }).find("命名管道") !=
        std::string::npos);
  CHECK(why([&] { files.read("m/zero.yaml", kRecordLimit); }).find("符号链接") !=
        std::string::npos);
  CHECK(why([&] { files.read("m/dir.yaml", kRecordLimit); }).find("文件夹") != std::string::npos);
  CHECK(why([&] { files.read("m/big.yaml", kRecordLimit); }).find("文件过大") != std::string::npos);
  CHECK(files.read("m/ok.yaml", kRecordLimit) == "a: 1\n");
  CHECK_FALSE(files.read("m/none.yaml", kRecordLimit).has_value());

  auto l = files.list("m");
  CHECK(l.files == std::vector<std::string>{"big.yaml", "ok.yaml"});
  std::vector<std::string> named;
  for (const auto& p : l.problems) named.push_back(p.file());
  std::sort(named.begin(), named.end());
  CHECK(named ==
        std::vector<std::string>{"m/dangling.yaml", "m/dir.yaml", "m/fifo.yaml", "m/zero.yaml"});
  CHECK(files.list("none").missing);
}

TEST_CASE("a folder kefu may not read is a problem, not an empty folder") {
  if (::geteuid() == 0) return;  // root reads everything; tests/cli/test_shared_group.py covers it
  TempDir d;
  StoreFiles files(d.path);
  write(d.path / "m" / "a.yaml", "a: 1\n");
  fs::permissions(d.path / "m", fs::perms::none);
  auto l = files.list("m");
  REQUIRE(l.problems.size() == 1);
  CHECK(l.problems[0].where_and_why() == "m: 无法读取文件夹：没有权限");
}

TEST_CASE("a record changed since it was read is not overwritten") {
  TempDir d;
  StoreFiles files(d.path);
  REQUIRE(files.create("c/a.yaml", "v1\n"));
  CHECK_FALSE(files.create("c/a.yaml", "other\n"));
  files.replace("c/a.yaml", "v1\n", "v2\n");
  CHECK(slurp(d.path / "c/a.yaml") == "v2\n");
  write(d.path / "c/a.yaml", "edited\n");
  CHECK(why([&] { files.replace("c/a.yaml", "v2\n", "v3\n"); }).find("被他人修改") !=
        std::string::npos);
  CHECK(slurp(d.path / "c/a.yaml") == "edited\n");
  fs::remove(d.path / "c/a.yaml");
  CHECK(why([&] { files.replace("c/a.yaml", "edited\n", "v4\n"); }).find("被删除或改名") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(d.path / "c/a.yaml"));
  CHECK(files.temporaries().empty());
}

TEST_CASE("files are private, or the group's in a shared data directory") {
  TempDir d;
  {
    StoreFiles files(d.path);
    CHECK_FALSE(files.shared());
    files.put("x/y/z.yaml", "a\n");
    CHECK((fs::status(d.path / "x/y/z.yaml").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(d.path / "x/y").permissions() & fs::perms::all) == fs::perms::owner_all);
  }
  ::chmod(d.path.c_str(), 02770);
  StoreFiles shared(d.path);
  CHECK(shared.shared());
  shared.put("s/t.yaml", "a\n");
  struct stat st {};
  ::stat((d.path / "s").c_str(), &st);
  CHECK((st.st_mode & 07777) == 02770);
  ::stat((d.path / "s/t.yaml").c_str(), &st);
  CHECK((st.st_mode & 07777) == 0660);
}

TEST_CASE("a transaction writes every file, sealed, and leaves no intent") {
  TempDir d;
  StoreFiles files(d.path);
  files.put("keys/K.yaml", "code: K\nstate: in\n");
  Transaction t(files);
  t.create("loans/L.yaml", "id: L\n");
  t.replace("keys/K.yaml", "code: K\nstate: in\n", "code: K\nstate: out\n");
  t.commit();
  CHECK(seal_state(slurp(d.path / "loans/L.yaml")) == SealState::intact);
  CHECK(slurp(d.path / "keys/K.yaml").starts_with("code: K\nstate: out\nseal: sha256:"));
  CHECK_FALSE(has_intent(files));
  CHECK(files.temporaries().empty());

  // Checked before anything is written: one changed file refuses all.
  write(d.path / "keys/K.yaml", "code: K\nstate: lost\n");
  Transaction u(files);
  u.create("loans/M.yaml", "id: M\n");
  u.replace("keys/K.yaml", "code: K\nstate: out\n", "code: K\nstate: in\n");
  CHECK(why([&] { u.commit(); }).find("被他人修改") != std::string::npos);
  CHECK_FALSE(fs::exists(d.path / "loans/M.yaml"));
  CHECK(slurp(d.path / "keys/K.yaml") == "code: K\nstate: lost\n");
}

TEST_CASE("a transaction a killed writer left is finished by the next command") {
  TempDir d;
  StoreFiles files(d.path);
  files.put("keys/K.yaml", "old key\n");
  files.put("loans/L.yaml", "old loan\n");
  // Killed after the key was written, before the loan was.
  files.put(".kefu/intent", intent({{'r', "keys/K.yaml", "old key\n", "new key\n"},
                                    {'r', "loans/L.yaml", "old loan\n", "new loan\n"},
                                    {'c', "loans/N.yaml", std::nullopt, "new\n"},
                                    {'p', "notices/n.txt", std::nullopt, "notice\n"}}));
  files.put("keys/K.yaml", "new key\n");
  files.put(".kefu/tmp/123.4.tmp", "half");
  size_t cleaned = 0;
  CHECK(recover(files, &cleaned).empty());
  CHECK(cleaned == 1);
  CHECK(slurp(d.path / "keys/K.yaml") == "new key\n");
  CHECK(slurp(d.path / "loans/L.yaml") == "new loan\n");
  CHECK(slurp(d.path / "loans/N.yaml") == "new\n");
  CHECK(slurp(d.path / "notices/n.txt") == "notice\n");
  CHECK_FALSE(has_intent(files));
  CHECK(unfinished(files).empty());
}

TEST_CASE("a file edited by hand after the kill is left alone and reported") {
  TempDir d;
  StoreFiles files(d.path);
  files.put("keys/K.yaml", "old key\n");
  files.put("loans/L.yaml", "edited by hand\n");
  files.put(".kefu/intent", intent({{'r', "keys/K.yaml", "old key\n", "new key\n"},
                                    {'r', "loans/L.yaml", "old loan\n", "new loan\n"}}));
  auto problems = recover(files);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file() == "loans/L.yaml");
  CHECK(slurp(d.path / "keys/K.yaml") == "new key\n");
  CHECK(slurp(d.path / "loans/L.yaml") == "edited by hand\n");
  CHECK_FALSE(has_intent(files));
  REQUIRE(unfinished(files).size() == 1);
  CHECK(unfinished(files)[0].file() == ".kefu/unfinished/1.intent");
  // A damaged intent is kept aside too, never half applied.
  files.put(".kefu/intent", intent({{'r', "keys/K.yaml", "new key\n", "x\n"}}) + "junk");
  CHECK(recover(files).size() == 1);
  CHECK(slurp(d.path / "keys/K.yaml") == "new key\n");
  CHECK(unfinished(files).size() == 2);
}
