/// Owners' and residents' records: every change kept as history (old → new), resident cards
/// issued, reported lost and reissued, a roster read line by line (good, bad lines, GBK,
/// heading synonyms) and what importing it would change; owner visits and what they become.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "core/roster.hpp"
#include "core/sheet.hpp"
#include "core/text.hpp"
#include "core/visit.hpp"
#include "store/datadir.hpp"
#include "store/members_io.hpp"
#include "store/seal.hpp"
#include "store/transaction.hpp"
#include "store/unit_store.hpp"
#include "store/yaml_io.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Unit unit() {
  Unit u;
  u.id = "3-2-1102";
  u.building = "3";
  u.owner = "张伟";
  u.phone = "13800000001";
  u.area_centi_m2 = 8950;
  return u;
}

Roster roster_of(const std::string& csv) {
  return parse_roster(read_import_sheet(csv, "花名册.csv").rows);
}

}  // namespace

TEST_CASE("a change of owner and phone is kept as history, old → new") {
  auto before = unit();
  auto after = before;
  after.owner = "王五";
  after.phone = "13900001111";
  after.emergency_contact = {"王母", "13700001111"};
  record_unit_changes(before, after, "zhangmin", t("2026-11-26T10:00"), "房屋过户");
  REQUIRE(after.history.size() == 3);
  CHECK(after.history[0] ==
        UnitChange{t("2026-11-26T10:00"), "zhangmin", "业主", "张伟", "王五", "房屋过户"});
  CHECK(after.history[1].field == "电话");
  CHECK(after.history[1].old_value == "13800000001");
  CHECK(after.history[1].new_value == "13900001111");
  CHECK(after.history[2].field == "紧急联系人");
  CHECK(after.history[2].old_value == "");
  CHECK(after.history[2].new_value == "王母 13700001111");
  // A second change appends; nothing earlier is rewritten.
  auto later = after;
  later.owner = "赵六";
  record_unit_changes(after, later, "lili", t("2026-11-27T10:00"), "");
  REQUIRE(later.history.size() == 4);
  CHECK(later.history[3].old_value == "王五");
  CHECK(std::equal(after.history.begin(), after.history.end(), later.history.begin()));
}

TEST_CASE("a change that changes nothing is refused") {
  auto u = unit();
  auto same = u;
  CHECK_THROWS_AS(record_unit_changes(u, same, "zhangmin", t("2026-11-26T10:00"), ""),
                  RefusedError);
  CHECK(same.history.empty());
}

TEST_CASE("residents and vehicles added and removed are each a change") {
  auto u = unit();
  auto after = u;
  add_resident(after, {"李四", ResidentRelation::tenant, "13912345678"});
  add_resident(after, {"李小四", ResidentRelation::household, ""});
  add_vehicle(after, {"粤B12345", "B1-023"});
  CHECK_THROWS_AS(add_resident(after, {"李四", ResidentRelation::household, ""}), RefusedError);
  CHECK_THROWS_AS(add_vehicle(after, {"粤B12345", ""}), RefusedError);
  auto changes = unit_changes(u, after);
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].field == "住户");
  CHECK(changes[0].old_value == "");
  CHECK(changes[0].new_value == "李四（租户）13912345678");
  CHECK(changes[2].field == "车辆");
  CHECK(changes[2].new_value == "粤B12345（车位 B1-023）");
  auto gone = after;
  remove_resident(gone, "李四");
  CHECK_THROWS_AS(remove_resident(gone, "李四"), RefusedError);
  auto removed = unit_changes(after, gone);
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].old_value == "李四（租户）13912345678");
  CHECK(removed[0].new_value == "");
}

TEST_CASE("resident cards: issued, reported lost, reissued once, with the fee") {
  auto u = unit();
  add_resident(u, {"李四", ResidentRelation::tenant, ""});
  CHECK_THROWS_AS(issue_card(u, "路人", "", 0, "zhangmin", t("2026-11-01T09:00")), RefusedError);
  const auto& first = issue_card(u, "李四", "", 1000, "zhangmin", t("2026-11-01T09:00"));
  CHECK(first.number == "3-2-1102-1");
  CHECK(first.fee_fen == 1000);
  CHECK_THROWS_AS(issue_card(u, "李四", "", 0, "zhangmin", t("2026-11-01T09:00")), RefusedError);
  CHECK_THROWS_AS(reissue_card(u, "3-2-1102-1", "", 2000, "zhangmin", t("2026-11-02T09:00")),
                  RefusedError);  // not lost
  auto before = u;
  report_card_lost(u, "3-2-1102-1", "lili", t("2026-11-10T09:00"));
  CHECK_THROWS_AS(report_card_lost(u, "3-2-1102-1", "lili", t("2026-11-10T09:00")), RefusedError);
  auto lost = unit_changes(before, u);
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].old_value == "3-2-1102-1 李四 在用");
  CHECK(lost[0].new_value == "3-2-1102-1 李四 已挂失");
  const auto& second = reissue_card(u, "3-2-1102-1", "", 2000, "lili", t("2026-11-10T10:00"));
  CHECK(second.number == "3-2-1102-2");
  CHECK(second.holder == "李四");
  CHECK(second.replaces == "3-2-1102-1");
  CHECK(second.fee_fen == 2000);
  CHECK_THROWS_AS(reissue_card(u, "3-2-1102-1", "", 2000, "lili", t("2026-11-10T10:00")),
                  RefusedError);  // replaced already
  CHECK_THROWS_AS(report_card_lost(u, "9-9-9", "lili", t("2026-11-10T09:00")), RefusedError);
}

TEST_CASE("a roster: headings by synonym, units read, area exact, spaces counted") {
  auto r = roster_of(
      "户号,业主姓名,联系电话,建筑面积(㎡),车位号,车牌号,紧急联系人,紧急联系人电话,入住状态\n"
      "1-1-101,张伟,138 0000 0001,89.5,B1-023,粤B12345,张母,13700000001,自住\n"
      "1-1-102,李娜,0755-1234567,120.00,,,,,空置\n");
  REQUIRE(r.errors.empty());
  REQUIRE(r.units.size() == 2);
  CHECK(r.units[0].id == "1-1-101");
  CHECK(r.units[0].building == "1");
  CHECK(r.units[0].owner == "张伟");
  CHECK(r.units[0].phone == "13800000001");
  CHECK(r.units[0].area_centi_m2 == 8950);
  CHECK(r.units[0].parking_spaces == 1);
  CHECK(r.units[0].vehicles == std::vector<Vehicle>{{"粤B12345", "B1-023"}});
  CHECK(r.units[0].emergency_contact == Person{"张母", "13700000001"});
  CHECK(r.units[0].occupancy == Occupancy::owner_occupied);
  CHECK(r.units[1].phone == "0755-1234567");
  CHECK(r.units[1].occupancy == Occupancy::vacant);
  CHECK(r.columns.size() == 9);
}

TEST_CASE("a roster with bad lines: every one named with its line number") {
  auto r = roster_of(
      "房号,业主,电话,面积,车位\n"
      "1-1-101,张伟,13800000001,89.50,1\n"
      "1-1-102,,13800000002,89.50,0\n"
      "1-1-101,王五,13800000003,89.50,0\n"
      "1-1-103,赵六,12345,八十,x y\n");
  REQUIRE(r.errors.size() == 3);
  CHECK(r.errors[0].line == 3);
  CHECK(r.errors[0].what == "缺少业主姓名");
  CHECK(r.errors[1].line == 4);
  CHECK(r.errors[1].what == "房号 1-1-101 与第 2 行重复");
  CHECK(r.errors[2].line == 5);
  CHECK(r.errors[2].what.find("电话「12345」") != std::string::npos);
  CHECK(r.errors[2].what.find("面积「八十」") != std::string::npos);
  CHECK(r.errors[2].what.find("车位「x y」") != std::string::npos);
}

TEST_CASE("a roster without its unit or owner column is refused at the heading") {
  auto r = roster_of("姓名,电话\n张伟,13800000001\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 1);
  CHECK(r.errors[0].what.find("「房号」") != std::string::npos);
}

TEST_CASE("a roster saved by Excel in GBK reads as UTF-8") {
  // GBK bytes of 房号,业主,电话,面积 / 林芳, written out.
  std::string bytes =
      "\xb7\xbf\xba\xc5,\xd2\xb5\xd6\xf7,\xb5\xe7\xbb\xb0,\xc3\xe6\xbb\xfd\n"
      "2-1-301,\xc1\xd6\xb7\xbc,13700000000,76.40\n";
  auto sheet = read_import_sheet(bytes, "花名册.csv");
  CHECK(sheet.encoding == "GB18030");
  auto r = parse_roster(sheet.rows);
  REQUIRE(r.errors.empty());
  REQUIRE(r.units.size() == 1);
  CHECK(r.units[0].owner == "林芳");
  CHECK(r.units[0].area_centi_m2 == 7640);
}

TEST_CASE("the plan of a roster on an estate: added, changed old → new, unchanged") {
  std::vector<Unit> estate = {unit()};
  auto same = unit();
  same.id = "3-2-1101";
  estate.push_back(same);
  estate[0].residents = {{"李四", ResidentRelation::tenant, ""}};
  auto r = roster_of(
      "房号,业主,电话\n"
      "3-2-1102,王五,13800000001\n"
      "3-2-1101,张伟,13800000001\n"
      "3-2-1201,赵六,13800000009\n");
  REQUIRE(r.errors.empty());
  auto plan = plan_roster(estate, r, "zhangmin", t("2026-11-26T10:00"), "花名册.csv");
  REQUIRE(plan.added.size() == 1);
  CHECK(plan.added[0].id == "3-2-1201");
  CHECK(plan.unchanged == 1);
  REQUIRE(plan.changed.size() == 1);
  const auto& [before, after] = plan.changed[0];
  CHECK(before.owner == "张伟");
  CHECK(after.owner == "王五");
  CHECK(after.area_centi_m2 == 8950);  // no area column: kept
  CHECK(after.residents == before.residents);
  REQUIRE(after.history.size() == 1);
  CHECK(after.history[0] == UnitChange{t("2026-11-26T10:00"), "zhangmin", "业主", "张伟", "王五",
                                       "花名册导入 花名册.csv"});
}

TEST_CASE("a units file written back reads the same, unknown keys kept") {
  std::string text =
      "building: \"3\"\n"
      "units:\n"
      "  - {id: 3-2-1102, owner: 张伟, phone: \"13800000001\", area: 89.50, key_box: A3}\n"
      "  - {id: 3-2-1101, owner: 李娜, phone: \"13800000002\", area: 120.00, parking_spaces: 1}\n";
  UnitFile f;
  f.rel = "units/3.yaml";
  f.building = "3";
  f.units = parse_units(f.rel, text);
  f.extra["3-2-1102"] = Json{{"key_box", "A3"}};
  auto& u = *f.find("3-2-1102");
  auto before = u;
  add_resident(u, {"李四", ResidentRelation::tenant, "13912345678"});
  record_unit_changes(before, u, "zhangmin", t("2026-11-26T10:00"), "");
  auto out = unit_file_yaml(f);
  CHECK(out.find("key_box: A3") != std::string::npos);
  CHECK(out.find("parking_spaces: 0") == std::string::npos);
  CHECK(out.find("emergency_contact") == std::string::npos);
  auto back = parse_units(f.rel, out);
  CHECK(back == f.units);
}

TEST_CASE("a visit: logged, its concern becomes a repair once") {
  NewVisit n;
  n.visited_at = t("2026-11-20T15:00");
  n.unit = "3-2-1102";
  n.person = {"张伟", "13800000001"};
  n.raised = "卫生间顶棚渗水";
  CHECK_THROWS_AS(log_visit("ZF-2026-11-0001", n, "zhangmin", t("2026-11-20T14:00")),
                  RefusedError);  // later than now
  auto v = log_visit("ZF-2026-11-0001", n, "zhangmin", t("2026-11-20T16:00"));
  CHECK(v.open());
  link_visit(v, VisitOutcome::repair, "BX-2026-11-0003", "zhangmin", t("2026-11-20T16:05"));
  CHECK(v.repair == "BX-2026-11-0003");
  CHECK_FALSE(v.open());
  CHECK_THROWS_AS(check_visit_can_become(v, VisitOutcome::repair), RefusedError);
  check_visit_can_become(v, VisitOutcome::complaint);  // another kind still may
  auto quiet = n;
  quiet.raised = "";
  auto q = log_visit("ZF-2026-11-0002", quiet, "zhangmin", t("2026-11-20T16:00"));
  CHECK_FALSE(q.open());
  CHECK_THROWS_AS(check_visit_can_become(q, VisitOutcome::opinion), RefusedError);
}

TEST_CASE("a units file is written sealed, and never over an edit made since it was read") {
  namespace fs = std::filesystem;
  std::string tmpl = (fs::temp_directory_path() / "kefu-units-XXXXXX").string();
  fs::path root = ::mkdtemp(tmpl.data());
  fs::create_directories(root / "units");
  std::ofstream(root / "units/3.yaml", std::ios::binary)
      << "building: \"3\"\nunits:\n  - {id: 3-2-1102, owner: 张伟, area: 89.50}\n";
  StoreFiles files(root);
  {
    auto f = read_unit_file(files, "3");
    auto& u = *f.find("3-2-1102");
    auto before = u;
    u.owner = "王五";
    record_unit_changes(before, u, "zhangmin", t("2026-11-26T10:00"), "房屋过户");
    Transaction tx(files);
    write_unit_file(tx, f);
    tx.commit();
    auto written = *files.read("units/3.yaml", kBulkLimit);
    CHECK(seal_state(written) == SealState::intact);
    auto again = read_unit_file(files, "3");
    CHECK(again.find("3-2-1102")->owner == "王五");
    CHECK(again.find("3-2-1102")->history.size() == 1);
  }
  {
    auto f = read_unit_file(files, "3");
    f.find("3-2-1102")->phone = "13900001111";
    // Someone saves the file in an editor meanwhile.
    std::ofstream(root / "units/3.yaml", std::ios::binary | std::ios::app) << "# edited\n";
    Transaction tx(files);
    write_unit_file(tx, f);
    CHECK_THROWS_AS(tx.commit(), StoreError);
    auto now = *files.read("units/3.yaml", kBulkLimit);
    CHECK(now.ends_with("# edited\n"));
  }
  std::error_code ec;
  fs::remove_all(root, ec);
}
