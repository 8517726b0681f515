/// The index's freshness rules (store/freshness.hpp) against a file system and a clock held in
/// memory: what a stat can and cannot tell, and the racy cases where only the content can.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "store/codec.hpp"
#include "store/freshness.hpp"

using namespace kefu;

namespace {

constexpr int64_t kSecond = 1'000'000'000;

/// Files as a stat and a read would find them; a clock in nanoseconds moved by hand.
class FakeScan : public FileScan {
 public:
  struct File {
    Fingerprint fp;
    std::string bytes;
  };
  std::map<std::string, File, std::less<>> files;
  std::map<std::string, int, std::less<>> denied;       // path → errno of its stat
  std::map<std::string, int64_t, std::less<>> folders;  // folder → mtime
  std::map<std::string, int, std::less<>> unlistable;   // folder → errno of a listing
  std::vector<std::string> listed;                      // folders listed, in turn
  int64_t clock = 1'000 * kSecond;
  int64_t next_ino = 100;
  int reads = 0;

  static std::string parent(std::string_view path) {
    return std::string(path.substr(0, path.rfind('/')));
  }
  /// Makes `dir` and the folders above it, as mkdir -p at the clock's time.
  void mkdir(const std::string& dir) {
    for (size_t at = dir.find('/'); at != std::string::npos; at = dir.find('/', at + 1))
      folders.try_emplace(dir.substr(0, at), clock);
    folders.try_emplace(dir, clock);
  }
  /// Writes `bytes` at the clock's time: a new file gets an inode and moves its folder's
  /// mtime, an edit in place keeps both.
  void write(const std::string& path, const std::string& bytes) {
    auto& f = files[path];
    if (f.fp.ino == 0) {
      f.fp.ino = next_ino++;
      mkdir(parent(path));
      folders[parent(path)] = clock;
    }
    f.bytes = bytes;
    f.fp.mtime = f.fp.ctime = clock;
    f.fp.size = static_cast<int64_t>(bytes.size());
  }
  void remove(const std::string& path) {
    files.erase(path);
    folders[parent(path)] = clock;
  }

  /// The row an index written now would hold for `path`.
  KnownFile index_now(const std::string& path) const {
    const auto& f = files.at(path);
    return KnownFile{f.fp, static_cast<int64_t>(content_hash(f.bytes)), is_racy(clock, f.fp.mtime)};
  }

  Seen stat(std::string_view, std::string_view path) override {
    Seen s;
    if (auto d = denied.find(path); d != denied.end()) {
      s.is = Seen::unreadable;
      s.error = d->second;
      return s;
    }
    auto it = files.find(path);
    if (it == files.end()) return s;
    s.is = Seen::file;
    s.fp = it->second.fp;
    return s;
  }
  std::optional<uint64_t> hash(std::string_view path) override {
    ++reads;
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return content_hash(it->second.bytes);
  }
  Seen stat_folder(std::string_view dir) override {
    Seen s;
    if (auto d = denied.find(dir); d != denied.end()) {
      s.is = Seen::unreadable;
      s.error = d->second;
    } else if (auto it = folders.find(dir); it != folders.end()) {
      s.is = Seen::file;
      s.fp.mtime = it->second;
    }
    return s;
  }
  Listing list(std::string_view dir) override {
    listed.emplace_back(dir);
    Listing l;
    if (auto d = unlistable.find(dir); d != unlistable.end()) {
      l.problems.emplace_back(std::string(dir), 0, 0, "无法读取文件夹");
      return l;
    }
    for (const auto& [path, _] : files)
      if (parent(path) == dir) l.files.push_back(path.substr(dir.size() + 1));
    for (const auto& [path, _] : folders)
      if (path.find('/') != std::string::npos && parent(path) == dir)
        l.dirs.push_back(path.substr(dir.size() + 1));
    return l;
  }
};

const std::string kPath = "complaints/2026/11/TS-2026-11-0001.yaml";
const std::string kDir = "complaints/2026/11";

Verdict judge_now(FakeScan& scan, const KnownFile& known) {
  return judge(&known, scan.stat(kDir, kPath), kPath, scan);
}

}  // namespace

TEST_CASE("a file indexed long after its last change is trusted on its stat alone") {
  FakeScan scan;
  scan.write(kPath, "description: 楼上装修噪音\n");
  scan.clock += 10 * kSecond;
  auto row = scan.index_now(kPath);
  CHECK_FALSE(row.racy);
  scan.clock += 60 * kSecond;
  CHECK(judge_now(scan, row).what == Verdict::same);
  CHECK(scan.reads == 0);
}

TEST_CASE("racy: a change in the same clock tick as the index write is found by content") {
  FakeScan scan;
  scan.write(kPath, "description: 垃圾未清\n");
  auto row = scan.index_now(kPath);  // indexed in the tick of the write
  CHECK(row.racy);
  // Edited in place within the same tick, to the same size: the stat is unchanged.
  auto fp = scan.files[kPath].fp;
  scan.write(kPath, "description: 垃圾末清\n");
  scan.files[kPath].fp = fp;
  CHECK(scan.stat(kDir, kPath).fp == row.fp);
  auto v = judge_now(scan, row);
  CHECK(v.what == Verdict::parse);
  CHECK(scan.reads == 1);
}

TEST_CASE("racy but unchanged: read, found the same, and only the fingerprint moves on") {
  FakeScan scan;
  scan.write(kPath, "description: 垃圾未清\n");
  auto row = scan.index_now(kPath);
  REQUIRE(row.racy);
  scan.clock += 5 * kSecond;
  auto v = judge_now(scan, row);
  CHECK(v.what == Verdict::touch);
  // The touched row, written now, is no longer racy: the next command trusts the stat.
  CHECK_FALSE(is_racy(scan.clock, v.fp.mtime));
  KnownFile touched{v.fp, row.hash, is_racy(scan.clock, v.fp.mtime)};
  scan.reads = 0;
  CHECK(judge_now(scan, touched).what == Verdict::same);
  CHECK(scan.reads == 0);
}

TEST_CASE("the racy window is two seconds of the index's clock") {
  CHECK(is_racy(10 * kSecond, 10 * kSecond));
  CHECK(is_racy(10 * kSecond, 8 * kSecond + 1));
  CHECK_FALSE(is_racy(10 * kSecond, 8 * kSecond));
  // A file dated in the future (a clock put back) is racy until the clock passes it.
  CHECK(is_racy(10 * kSecond, 20 * kSecond));
}

TEST_CASE("an edit with the old mtime put back and the same size is caught by the ctime") {
  FakeScan scan;
  scan.write(kPath, "description: 垃圾三天未清\n");
  scan.clock += 10 * kSecond;
  auto row = scan.index_now(kPath);
  scan.clock += 10 * kSecond;
  auto old_mtime = scan.files[kPath].fp.mtime;
  scan.write(kPath, "description: 垃圾五天未清\n");  // same size
  scan.files[kPath].fp.mtime = old_mtime;            // touch -r
  CHECK(scan.files[kPath].fp.size == row.fp.size);
  CHECK(judge_now(scan, row).what == Verdict::parse);
}

TEST_CASE("a file renamed into place (new inode), all else equal, is read") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  scan.clock += 10 * kSecond;
  auto row = scan.index_now(kPath);
  scan.files[kPath].fp.ino = 999;
  CHECK(judge_now(scan, row).what == Verdict::touch);  // same bytes: only the fingerprint
  scan.files[kPath].bytes = "a: 2\n";
  CHECK(judge_now(scan, row).what == Verdict::parse);
}

TEST_CASE("mtime moved, content the same: touched, not parsed") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  scan.clock += 10 * kSecond;
  auto row = scan.index_now(kPath);
  scan.clock += 10 * kSecond;
  scan.write(kPath, "a: 1\n");
  auto v = judge_now(scan, row);
  CHECK(v.what == Verdict::touch);
  CHECK(v.fp.mtime == scan.clock);
}

TEST_CASE("gone, unreadable and unreadable content") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  scan.clock += 10 * kSecond;
  auto row = scan.index_now(kPath);
  scan.denied[kPath] = 13;
  auto v = judge_now(scan, row);
  CHECK(v.what == Verdict::unreadable);
  CHECK(v.error == 13);
  scan.denied.clear();
  scan.files.erase(kPath);
  CHECK(judge_now(scan, row).what == Verdict::gone);
  // A file with no row is parsed; a file that vanished with no row is nothing.
  CHECK(judge(nullptr, scan.stat(kDir, kPath), kPath, scan).what == Verdict::same);
  scan.write(kPath, "a: 1\n");
  CHECK(judge(nullptr, scan.stat(kDir, kPath), kPath, scan).what == Verdict::parse);
}

TEST_CASE("a folder listed again: new files parsed, missing ones gone, the rest judged") {
  FakeScan scan;
  const std::string a = kDir + "/TS-2026-11-0001.yaml", b = kDir + "/TS-2026-11-0002.yaml",
                    c = kDir + "/TS-2026-11-0003.yaml";
  scan.write(a, "a: 1\n");
  scan.write(b, "b: 1\n");
  scan.clock += 10 * kSecond;
  std::map<std::string, KnownFile> rows{{a, scan.index_now(a)}, {b, scan.index_now(b)}};
  scan.files.erase(b);      // deleted by hand
  scan.write(c, "c: 1\n");  // copied in by hand
  scan.denied[kDir + "/TS-2026-11-0004.yaml"] = 13;
  auto changes = compare_folder(
      kDir, rows, {a, c, kDir + "/TS-2026-11-0004.yaml", b /* listed, then gone */}, scan);
  REQUIRE(changes.parse.size() == 1);
  CHECK(changes.parse[0].path == c);
  CHECK(changes.touch.empty());
  CHECK(changes.gone == std::vector<std::string>{b});
  CHECK(changes.unreadable.size() == 1);
}

namespace {

/// What one sync_folders() over "complaints" found.
struct Synced {
  std::vector<ListedFolder> listed;
  FolderSync rest;
};

/// The index's rows, as a test keeps them: what each file and folder was when indexed.
struct FakeIndex {
  std::map<std::string, KnownFile> dirs;
  std::map<std::string, KnownFile> files;

  /// Indexes every file and folder of `scan` as they are at its clock.
  void index_all(const FakeScan& scan) {
    dirs.clear();
    files.clear();
    for (const auto& [path, _] : scan.files) files[path] = scan.index_now(path);
    for (const auto& [dir, mtime] : scan.folders)
      if (std::count(dir.begin(), dir.end(), '/') == 2)
        dirs[dir] = KnownFile{{mtime, 0, 0, 0}, 0, is_racy(scan.clock, mtime)};
  }

  Synced sync(FakeScan& scan) const {
    Synced out;
    out.rest = sync_folders(
        "complaints", true, dirs, scan,
        [&](const std::string& dir) {
          std::map<std::string, KnownFile> rows;
          for (const auto& [path, known] : files)
            if (FakeScan::parent(path) == dir) rows[path] = known;
          return rows;
        },
        [&](ListedFolder&& l, size_t, size_t) { out.listed.push_back(std::move(l)); });
    return out;
  }
};

const std::string kOct = "complaints/2026/10";

}  // namespace

TEST_CASE("month folders: complaints/yyyy/mm only, and a flat folder is itself") {
  FakeScan scan;
  scan.mkdir(kDir);
  scan.mkdir(kOct);
  scan.mkdir("complaints/2026/notes");
  scan.mkdir("complaints/old");
  scan.mkdir("complaints/2026/1");
  std::vector<StoreError> unreadable;
  auto found = month_folders(scan, "complaints", true, unreadable);
  CHECK(found == std::vector<std::pair<std::string, int>>{{kOct, 202610}, {kDir, 202611}});
  CHECK(unreadable.empty());
  CHECK(month_folders(scan, "fees/dun", false, unreadable).empty());  // none: nothing to read
  scan.mkdir("fees/dun");
  CHECK(month_folders(scan, "fees/dun", false, unreadable) ==
        std::vector<std::pair<std::string, int>>{{"fees/dun", 0}});
  scan.denied["fees/dun"] = 13;
  CHECK(month_folders(scan, "fees/dun", false, unreadable).empty());
  REQUIRE(unreadable.size() == 1);
  CHECK(unreadable[0].file() == "fees/dun");
}

TEST_CASE("a month folder with the mtime indexed is not listed; a file renamed in moves it") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  scan.mkdir(kOct);
  scan.clock += 10 * kSecond;
  FakeIndex index;
  index.index_all(scan);
  auto synced = index.sync(scan);
  CHECK(synced.listed.empty());
  CHECK(std::count(scan.listed.begin(), scan.listed.end(), kDir) == 0);
  CHECK(synced.rest.gone.empty());

  scan.clock += 10 * kSecond;
  const std::string added = kDir + "/TS-2026-11-0002.yaml";
  scan.write(added, "b: 1\n");
  synced = index.sync(scan);
  REQUIRE(synced.listed.size() == 1);
  CHECK(synced.listed[0].dir == kDir);
  CHECK(synced.listed[0].month == 202611);
  CHECK(synced.listed[0].mtime == scan.clock);  // what the folder's row takes
  REQUIRE(synced.listed[0].changes.parse.size() == 1);
  CHECK(synced.listed[0].changes.parse[0].path == added);
  CHECK(synced.listed[0].changes.gone.empty());
}

TEST_CASE("a folder listed in the tick of its last change is listed again until it is older") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  FakeIndex index;
  index.index_all(scan);  // in the same tick
  REQUIRE(index.dirs.at(kDir).racy);
  // A file removed in that same tick, the folder's mtime unchanged.
  auto mtime = scan.folders[kDir];
  scan.remove(kPath);
  scan.folders[kDir] = mtime;
  auto synced = index.sync(scan);
  REQUIRE(synced.listed.size() == 1);
  CHECK(synced.listed[0].changes.gone == std::vector<std::string>{kPath});
  // Indexed again seconds later, it is trusted on its mtime.
  scan.clock += 5 * kSecond;
  index.index_all(scan);
  CHECK_FALSE(index.dirs.at(kDir).racy);
  CHECK(index.sync(scan).listed.empty());
}

TEST_CASE("a month folder removed is gone; one below a folder that cannot be read is not") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  scan.write(kOct + "/TS-2026-10-0001.yaml", "a: 1\n");
  scan.write("complaints/2025/12/TS-2025-12-0001.yaml", "a: 1\n");
  scan.clock += 10 * kSecond;
  FakeIndex index;
  index.index_all(scan);
  REQUIRE(index.dirs.size() == 3);

  scan.files.erase(kOct + "/TS-2026-10-0001.yaml");
  scan.folders.erase(kOct);
  scan.unlistable["complaints/2025"] = 13;
  auto synced = index.sync(scan);
  CHECK(synced.rest.gone == std::vector<std::string>{kOct});
  REQUIRE(synced.rest.unreadable.size() == 1);
  CHECK(synced.rest.unreadable[0].file() == "complaints/2025");
  CHECK(synced.listed.empty());
}

TEST_CASE("a month folder that cannot be listed is reported, its rows neither read nor dropped") {
  FakeScan scan;
  scan.write(kPath, "a: 1\n");
  scan.clock += 10 * kSecond;
  FakeIndex index;
  index.index_all(scan);
  scan.clock += 10 * kSecond;
  scan.write(kDir + "/TS-2026-11-0002.yaml", "b: 1\n");  // moves the folder's mtime
  scan.unlistable[kDir] = 13;
  auto synced = index.sync(scan);
  CHECK(synced.listed.empty());
  CHECK(synced.rest.gone.empty());
  REQUIRE(synced.rest.unreadable.size() == 1);
  CHECK(synced.rest.unreadable[0].file() == kDir);
}
