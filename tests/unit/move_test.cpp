/// Moving in and out (入伙、迁入迁出): the settlement to the fen from the unit's ledger, the
/// release slip refused while the unit owes (and allowed after payment, or by a manager's
/// override), the order of the steps, occupancy and the monthly statistics.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "core/fee.hpp"
#include "core/move.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Bill bill(const char* unit, YearMonth p, int64_t fen, const char* at) {
  return {unit, p, {{"management", "物业管理费", std::nullopt, std::nullopt, fen, t(at), "", ""}}};
}

Payment payment(const char* id, const char* unit, int64_t fen, const char* at) {
  Payment p;
  p.id = id;
  p.unit = unit;
  p.amount = fen;
  p.at = t(at);
  return p;
}

Move tenant_out(const char* at = "2026-11-20T09:00") {
  NewMove n;
  n.kind = MoveKind::move_out;
  n.unit = "2-1-301";
  n.occupant = OccupantType::tenant;
  n.people = {{"李四", ResidentRelation::tenant, "13912345678"}};
  n.moved_at = t(at);
  return open_move("BQ-2026-11-0002", n, "zhangmin", t(at));
}

Move move_in(const char* id, const char* unit, OccupantType who, const char* at) {
  NewMove n;
  n.kind = MoveKind::move_in;
  n.unit = unit;
  n.occupant = who;
  n.people = {{"某人",
               who == OccupantType::tenant ? ResidentRelation::tenant : ResidentRelation::owner,
               ""}};
  n.checklist = {"钥匙交接", "水表读数"};
  n.moved_at = t(at);
  return open_move(id, n, "zhangmin", t(at));
}

const StaffMember kManager{"wangjing", "王静", Role::manager, ""};
const StaffMember kSupervisor{"lili", "李丽", Role::supervisor, ""};

ReleaseRequest goods() {
  ReleaseRequest r;
  r.goods = "家具家电";
  r.pieces = 12;
  r.plate = "粤B12345";
  return r;
}

}  // namespace

TEST_CASE("settlement: what is owed by period, the credit and the total, to the fen") {
  // 2026-09 billed 356.75 and paid 100.01; 2026-10 billed 356.75 unpaid; 2026-11 paid in full.
  std::vector<Bill> bills = {bill("2-1-301", {2026, 9}, 35675, "2026-09-01T08:00"),
                             bill("2-1-301", {2026, 10}, 35675, "2026-10-01T08:00"),
                             bill("2-1-301", {2026, 11}, 35675, "2026-11-01T08:00")};
  std::vector<Payment> pays = {payment("JF-2026-09-0001", "2-1-301", 10001, "2026-09-10T10:00")};
  Payment nov = payment("JF-2026-11-0001", "2-1-301", 35675, "2026-11-05T10:00");
  nov.period = YearMonth{2026, 11};
  pays.push_back(nov);
  auto ledger = compute_ledger("2-1-301", bills, pays, t("2026-11-20T09:00"));
  auto s = settlement_of(ledger, t("2026-11-20T09:00"), "zhangmin");
  REQUIRE(s.lines.size() == 2);
  CHECK(s.lines[0] == SettlementLine{{2026, 9}, 35675, 10001, 25674});
  CHECK(s.lines[1] == SettlementLine{{2026, 10}, 35675, 0, 35675});
  CHECK(s.owed == 61349);
  CHECK(s.credit == 0);
  CHECK(s.balance == 61349);
  CHECK(s.balance == ledger.balance());

  // An overpayment is a credit: nothing owed, the balance negative (to be refunded).
  auto paid_ahead = compute_ledger(
      "2-1-301", {bill("2-1-301", {2026, 11}, 35675, "2026-11-01T08:00")},
      {payment("JF-2026-11-0002", "2-1-301", 40000, "2026-11-02T08:00")}, t("2026-11-20T09:00"));
  auto c = settlement_of(paid_ahead, t("2026-11-20T09:00"), "zhangmin");
  CHECK(c.lines.empty());
  CHECK(c.owed == 0);
  CHECK(c.credit == 4325);
  CHECK(c.balance == -4325);
}

TEST_CASE("release slip: refused with arrears, allowed after payment or by a manager") {
  std::vector<Bill> bills = {bill("2-1-301", {2026, 10}, 35675, "2026-10-01T08:00")};
  auto owing = compute_ledger("2-1-301", bills, {}, t("2026-11-20T09:00"));
  REQUIRE(owing.balance() == 35675);

  auto m = tenant_out();
  // Out of order: no consent yet, then no settlement yet.
  CHECK_THROWS_WITH_AS(issue_release(m, goods(), 0, "zhangmin", t("2026-11-20T10:00")),
                       doctest::Contains("业主同意"), RefusedError);
  record_consent(m, {"林芳", ConsentMethod::phone, t("2026-11-20T09:30"), "", ""}, "zhangmin",
                 t("2026-11-20T09:40"));
  CHECK_THROWS_WITH_AS(issue_release(m, goods(), 0, "zhangmin", t("2026-11-20T10:00")),
                       doctest::Contains("尚未结算"), RefusedError);
  settle_move(m, owing, "zhangmin", t("2026-11-20T10:00"));
  CHECK(m.settlement->balance == 35675);

  // Owing: refused, the record unchanged.
  auto before = m;
  CHECK_THROWS_WITH_AS(
      issue_release(m, goods(), owing.balance(), "zhangmin", t("2026-11-20T10:05")),
      doctest::Contains("尚欠费 356.75 元"), RefusedError);
  CHECK(m == before);

  // An override by anyone but the estate manager is refused; a manager's needs a reason.
  auto r = goods();
  r.override_by = &kSupervisor;
  r.reason = "业主承诺缴清";
  CHECK_THROWS_WITH_AS(issue_release(m, r, owing.balance(), "zhangmin", t("2026-11-20T10:05")),
                       doctest::Contains("不是管理处经理"), RefusedError);
  r.override_by = &kManager;
  r.reason = "";
  CHECK_THROWS_WITH_AS(issue_release(m, r, owing.balance(), "zhangmin", t("2026-11-20T10:05")),
                       doctest::Contains("--reason"), RefusedError);
  CHECK(m == before);

  SUBCASE("after payment") {
    auto paid = compute_ledger("2-1-301", bills,
                               {payment("JF-2026-11-0003", "2-1-301", 35675, "2026-11-20T10:10")},
                               t("2026-11-20T10:15"));
    CHECK(paid.balance() == 0);
    const auto& slip = issue_release(m, goods(), paid.balance(), "zhangmin", t("2026-11-20T10:15"));
    CHECK(slip.no == 1);
    CHECK(slip.owed == 0);
    CHECK(slip.override_by.empty());
    CHECK(!m.open());
    // Nothing owed: an override is refused as needless.
    auto again = goods();
    again.override_by = &kManager;
    again.reason = "x";
    CHECK_THROWS_AS(issue_release(m, again, 0, "zhangmin", t("2026-11-20T10:20")), RefusedError);
    // Settled no more once goods have left.
    CHECK_THROWS_AS(settle_move(m, paid, "zhangmin", t("2026-11-20T10:30")), RefusedError);
  }
  SUBCASE("by the manager's override") {
    r.reason = "业主书面承诺月底前缴清";
    const auto& slip = issue_release(m, r, owing.balance(), "zhangmin", t("2026-11-20T10:15"));
    CHECK(slip.owed == 35675);
    CHECK(slip.override_by == "wangjing");
    CHECK(slip.reason == "业主书面承诺月底前缴清");
    CHECK(m.history.back().action == "release");
  }
}

TEST_CASE("the steps of a move refuse what does not fit") {
  auto in = move_in("BQ-2026-11-0001", "1-1-101", OccupantType::owner, "2026-11-02T09:00");
  CHECK(in.open());
  CHECK_THROWS_AS(settle_move(in, Ledger{}, "zhangmin", t("2026-11-02T10:00")), RefusedError);
  CHECK_THROWS_AS(record_consent(in, {"x", ConsentMethod::written, t("2026-11-02T09:00"), "", ""},
                                 "zhangmin", t("2026-11-02T10:00")),
                  RefusedError);
  CHECK_THROWS_AS(tick_checklist(in, "燃气表读数", "", "zhangmin", t("2026-11-02T10:00")),
                  RefusedError);
  tick_checklist(in, "1", "2 把", "zhangmin", t("2026-11-02T10:00"));
  tick_checklist(in, "水表读数", "0123.4", "zhangmin", t("2026-11-02T10:01"));
  CHECK(in.checklist[0] == ChecklistItem{"钥匙交接", true, "2 把"});
  CHECK(!in.open());

  NewMove none;
  none.unit = "1-1-101";
  none.checklist = {"钥匙交接"};
  CHECK_THROWS_AS(open_move("BQ-2026-11-0003", none, "zhangmin", t("2026-11-02T09:00")),
                  RefusedError);
  none.people = {{"王伟", ResidentRelation::owner, ""}};
  none.checklist = {};
  CHECK_THROWS_WITH_AS(open_move("BQ-2026-11-0003", none, "zhangmin", t("2026-11-02T09:00")),
                       doctest::Contains("交接清单"), RefusedError);

  // An owner's own move-out needs no consent; a consent is not given twice.
  auto out = tenant_out();
  out.occupant = OccupantType::owner;
  CHECK_THROWS_AS(record_consent(out, {"x", ConsentMethod::written, t("2026-11-20T09:00"), "", ""},
                                 "zhangmin", t("2026-11-20T10:00")),
                  RefusedError);
  auto tenant = tenant_out();
  OwnerConsent c{"林芳", ConsentMethod::written, t("2026-11-20T09:30"), "", ""};
  record_consent(tenant, c, "zhangmin", t("2026-11-20T10:00"));
  CHECK_THROWS_AS(record_consent(tenant, c, "zhangmin", t("2026-11-20T10:00")), RefusedError);
  // A consent dated in the future is refused.
  auto later = tenant_out();
  c.at = t("2026-11-21T09:00");
  CHECK_THROWS_AS(record_consent(later, c, "zhangmin", t("2026-11-20T10:00")), RefusedError);
}

TEST_CASE("occupancy: from the latest move, else the units file, renovation first") {
  Unit u{"2-1-301", "2", "林芳", "13700000000", 8950, 0, {}, std::nullopt, {}, {}, {}, {}};
  CHECK(occupancy_of(u, {}, false) == Occupancy::owner_occupied);
  u.occupancy = Occupancy::vacant;
  CHECK(occupancy_of(u, {}, false) == Occupancy::vacant);
  CHECK(residents_of(u, {}).empty());
  CHECK(occupancy_of(u, {}, true) == Occupancy::renovating);

  std::vector<Move> moves = {
      move_in("BQ-2026-03-0001", "2-1-301", OccupantType::tenant, "2026-03-01T09:00"),
      move_in("BQ-2026-03-0002", "9-9-999", OccupantType::owner, "2026-12-01T09:00")};
  CHECK(occupancy_of(u, moves, false) == Occupancy::rented);
  CHECK(residents_of(u, moves).size() == 1);
  moves.push_back(tenant_out("2026-11-20T09:00"));
  CHECK(occupancy_of(u, moves, false) == Occupancy::vacant);
  CHECK(residents_of(u, moves).empty());
  CHECK(occupancy_of(u, moves, true) == Occupancy::renovating);
  // Order by when the move took place, not by the order of the list.
  moves.insert(moves.begin(),
               move_in("BQ-2026-11-0009", "2-1-301", OccupantType::owner, "2026-11-25T09:00"));
  CHECK(occupancy_of(u, moves, false) == Occupancy::owner_occupied);
}

TEST_CASE("the 客户迁入、迁出统计表 counts a month's moves by building and occupant") {
  auto out = tenant_out("2026-11-20T09:00");
  record_consent(out, {"林芳", ConsentMethod::phone, t("2026-11-20T09:10"), "", ""}, "zhangmin",
                 t("2026-11-20T09:10"));
  settle_move(out, Ledger{}, "zhangmin", t("2026-11-20T09:20"));
  auto r = goods();
  r.override_by = &kManager;
  r.reason = "承诺缴清";
  issue_release(out, r, 100, "zhangmin", t("2026-12-01T09:00"));  // next month's slip
  std::vector<Move> moves = {
      move_in("BQ-2026-11-0001", "1-1-101", OccupantType::owner, "2026-11-02T09:00"),
      move_in("BQ-2026-11-0003", "1-2-201", OccupantType::tenant, "2026-11-30T23:59"),
      move_in("BQ-2026-10-0001", "1-2-202", OccupantType::tenant, "2026-10-31T09:00"), out};
  auto building = [](const std::string& u) { return u.substr(0, u.find('-')); };
  auto nov = move_month_stats(moves, {2026, 11}, building);
  CHECK(nov.total == MoveCounts{1, 1, 0, 1, 0, 0});
  CHECK(nov.buildings["1"] == MoveCounts{1, 1, 0, 0, 0, 0});
  CHECK(nov.buildings["2"] == MoveCounts{0, 0, 0, 1, 0, 0});
  auto dec = move_month_stats(moves, {2026, 12}, building);
  CHECK(dec.total == MoveCounts{0, 0, 0, 0, 1, 1});
  CHECK(nov.total.moves_in() == 2);

  CHECK(!consent_overdue(out, t("2026-11-30T09:00"), 3));
  auto waiting = tenant_out("2026-11-20T09:00");
  CHECK(!consent_overdue(waiting, t("2026-11-22T09:00"), 3));
  CHECK(consent_overdue(waiting, t("2026-11-23T09:01"), 3));
}
