/// The index's freshness rules (store/freshness.hpp) against a file system and a clock held in
/// memory: what a stat can and cannot tell, and the racy cases where only the content can.
#include <doctest/doctest.h>

#include <map>
#include <string>

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
  std::map<std::string, int, std::less<>> denied;  // path → errno of its stat
  int64_t clock = 1'000 * kSecond;
  int64_t next_ino = 100;
  int reads = 0;

  /// Writes `bytes` at the clock's time: a new file gets an inode, an edit in place keeps it.
  void write(const std::string& path, const std::string& bytes) {
    auto& f = files[path];
    if (f.fp.ino == 0) f.fp.ino = next_ino++;
    f.bytes = bytes;
    f.fp.mtime = f.fp.ctime = clock;
    f.fp.size = static_cast<int64_t>(bytes.size());
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
