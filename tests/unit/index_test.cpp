/// The index's record form (codec.hpp) loses nothing, and the index answers from the files:
/// a record written behind its back, edited in place, or removed shows at the next query.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "store/complaint_store.hpp"
#include "store/fee_store.hpp"
#include "store/init.hpp"
#include "store/key_store.hpp"
#include "store/repair_store.hpp"

using namespace kefu;
namespace fs = std::filesystem;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

template <class T>
Json as_json(const T& r) {
  return RecordTraits<T>::to_json(r);
}

/// A fresh data directory under /tmp, removed at the end of the test.
struct TempStore {
  fs::path root;
  TempStore() {
    char tmpl[] = "/tmp/kefu-index-test-XXXXXX";
    root = fs::path(::mkdtemp(tmpl)) / "d";
    init_data_dir(root, "测试");
  }
  ~TempStore() {
    std::error_code ec;
    fs::remove_all(root.parent_path(), ec);
  }
};

Complaint sample(const std::string& id, ComplaintStatus status) {
  Complaint c;
  c.id = id;
  c.status = status;
  c.received_at = t("2026-11-26T09:30");
  c.unit = "1-1-101";
  c.category = "噪音扰民";
  c.description = "楼上装修";
  c.owner = "zhangmin";
  c.history.push_back(
      {t("2026-11-26T09:30"), "zhangmin", "open", "受理投诉", {{"severity", "general", "major"}}});
  return c;
}

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);  // in place, as an editor may
  out << text;
}

}  // namespace

TEST_CASE("every indexed record type survives the index form unchanged") {
  Complaint c = sample("TS-2026-11-0001", ComplaintStatus::resolved);
  c.place = "3栋大堂";
  c.complainant = {"王伟", "13800138000"};
  c.involved = {"保安甲", "保洁乙"};
  c.severity = Severity::major;
  c.assigned_to = "工程部";
  c.acknowledged_at = t("2026-11-26T10:00");
  c.resolved_at = t("2026-11-27T16:00:05");
  c.resolution = "已协调";
  c.callbacks.push_back(
      {t("2026-11-28T10:00"), "lili", CallbackResult::unsatisfied, "王伟", "再处理", ""});
  CHECK(as_json(decode<Complaint>(encode(c))) == as_json(c));

  Repair r;
  r.id = "BX-2026-11-0002";
  r.status = RepairStatus::done;
  r.received_at = t("2026-11-20T08:00");
  r.urgency = Urgency::urgent;
  r.unit = "1-1-102";
  r.requester = {"林芳", "13900139000"};
  r.fault = "漏水";
  r.team = "水电组";
  r.technician = "wanggong";
  r.dispatched_at = t("2026-11-20T08:05");
  r.arrived_at = t("2026-11-20T08:30");
  r.completed_at = t("2026-11-20T11:00");
  r.materials = "阀门";
  r.charge_fen = 12345;
  r.reworks.push_back({t("2026-11-21T09:00"), "lili", "仍漏", "callback", t("2026-11-20T11:00")});
  CHECK(as_json(decode<Repair>(encode(r))) == as_json(r));

  KeyLoan l;
  l.id = "JY-2026-11-0003";
  l.key = "GG-01";
  l.borrower = {"赵强", "13700137000"};
  l.lent_at = t("2026-11-26T09:00");
  l.due_at = t("2026-11-26T18:00");
  l.id_checked = IdCheck{"身份证", "123X", true};
  l.deposit.cash_fen = 10000;
  l.emergency = true;
  l.notice = EmergencyNotice{NotifiedParty::owner, "赵强", "13700137000", "已电话告知"};
  l.returned_at = t("2026-11-26T19:00");
  l.condition = KeyCondition::damaged;
  l.late = true;
  l.deposit_refunded = false;
  CHECK(as_json(decode<KeyLoan>(encode(l))) == as_json(l));

  Bill b{"1-1-101",
         {2026, 11},
         {{"water", "水费", 1250, 35000, 4375, t("2026-11-01T00:00"), "lili", ""}}};
  auto bills = decode<std::vector<Bill>>(encode(std::vector<Bill>{b, b}));
  REQUIRE(bills.size() == 2);
  CHECK(bill_to_json(bills[1]) == bill_to_json(b));

  Payment p{"JF-2026-11-0001",
            "1-1-101",
            t("2026-11-05T10:00"),
            -1,
            PayMethod::wechat,
            "R001",
            YearMonth{2026, 10},
            "lili",
            "预存",
            ""};
  CHECK(payment_to_json(decode<Payment>(encode(p))) == payment_to_json(p));

  // A truncated or padded body is refused, never half-read.
  auto body = encode(c);
  CHECK_THROWS_AS(decode<Complaint>(body.substr(0, body.size() - 3)), CodecError);
  CHECK_THROWS_AS(decode<Complaint>(body + "x"), CodecError);
}

TEST_CASE("the index answers from the files, whatever wrote them") {
  TempStore tmp;
  DataDir dir(tmp.root);
  RecordStore store(dir);
  ComplaintRepository repo(store);
  REQUIRE(store.index() != nullptr);

  auto id1 = repo.create(t("2026-11-26T09:30"),
                         [](const std::string& id) { return sample(id, ComplaintStatus::open); });
  CaseQuery open;
  open.open_only = true;
  CHECK(repo.query(open).items.size() == 1);

  // A record written behind the index's back (kefu stopped before telling it, or a copy).
  auto path2 = store.path_for(kComplaintKind, "TS-2026-11-0002");
  write_text(path2, emit_yaml(as_json(sample("TS-2026-11-0002", ComplaintStatus::open))));
  {
    RecordStore again(dir);  // a later command
    auto result = ComplaintRepository(again).query(open);
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[1].record.id == "TS-2026-11-0002");
  }

  // Closed in place by an editor: no longer open, and its new text is what a month query reads.
  auto closed = sample("TS-2026-11-0002", ComplaintStatus::closed);
  closed.description = "已手工结案";
  write_text(path2, emit_yaml(as_json(closed)));
  {
    RecordStore again(dir);
    CHECK(ComplaintRepository(again).query(open).items.size() == 1);
    CaseQuery month;
    month.from = month.to = YearMonth{2026, 11};
    auto result = ComplaintRepository(again).query(month);
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[1].record.description == "已手工结案");
  }

  // Removed, and the index file itself deleted: still right.
  fs::remove(store.path_for(kComplaintKind, id1));
  fs::remove(RecordIndex::path_of(dir));
  {
    RecordStore again(dir);
    REQUIRE(again.index() != nullptr);
    CaseQuery all;
    auto result = ComplaintRepository(again).query(all);
    REQUIRE(result.items.size() == 1);
    CHECK(result.items[0].record.id == "TS-2026-11-0002");
    CHECK(again.index()->verify({ComplaintRepository::folder()}).empty());
  }
}

TEST_CASE("the index reports its work folder by folder, counting month folders and files read") {
  TempStore tmp;
  DataDir dir(tmp.root);
  RecordStore store(dir);
  // Five complaints in three months, written as a copy of another store would be.
  for (const char* id : {"TS-2026-09-0001", "TS-2026-09-0002", "TS-2026-10-0001", "TS-2026-11-0001",
                         "TS-2026-11-0002"}) {
    auto path = store.path_for(kComplaintKind, id);
    fs::create_directories(path.parent_path());
    write_text(path, emit_yaml(as_json(sample(id, ComplaintStatus::open))));
  }
  auto index = RecordIndex::open(dir);
  REQUIRE(index != nullptr);
  std::vector<std::tuple<std::string, size_t, size_t, size_t, bool>> steps;
  index->set_progress([&](const ProgressStep& s) {
    steps.emplace_back(std::string(s.folder), s.done, s.total, s.files_read, s.end);
  });
  CHECK(index->rebuild({ComplaintRepository::folder()}) == 5);
  using Step = std::tuple<std::string, size_t, size_t, size_t, bool>;
  CHECK(steps == std::vector<Step>{{"complaints", 1, 3, 0, false},
                                   {"complaints", 2, 3, 0, false},
                                   {"complaints", 3, 3, 0, false},
                                   {"complaints", 3, 3, 5, true}});

  // `kefu check` reads every file, telling before each one how many it has read.
  steps.clear();
  auto scanned = ComplaintRepository(store).scan({}, [&](const ProgressStep& s) {
    steps.emplace_back(std::string(s.folder), s.done, s.total, s.files_read, s.end);
  });
  CHECK(scanned.items.size() == 5);
  CHECK(steps == std::vector<Step>{{"complaints", 0, 5, 0, false},
                                   {"complaints", 1, 5, 1, false},
                                   {"complaints", 2, 5, 2, false},
                                   {"complaints", 3, 5, 3, false},
                                   {"complaints", 4, 5, 4, false},
                                   {"complaints", 5, 5, 5, true}});

  // A later command with nothing changed reads no file; one edited file is read again.
  write_text(store.path_for(kComplaintKind, "TS-2026-10-0001"),
             emit_yaml(as_json(sample("TS-2026-10-0001", ComplaintStatus::closed))));
  auto later = RecordIndex::open(dir);
  REQUIRE(later != nullptr);
  steps.clear();
  later->set_progress([&](const ProgressStep& s) {
    steps.emplace_back(std::string(s.folder), s.done, s.total, s.files_read, s.end);
  });
  later->refresh({ComplaintRepository::folder()});
  REQUIRE(!steps.empty());
  CHECK(steps.back() == Step{"complaints", 3, 3, 1, true});
}
