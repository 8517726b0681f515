/// §3.4.6: a month's key loans counted by hand — kinds, purposes, returns, late, damaged,
/// lost, and owners' spare keys used — and the monthly report's key line from the same count.
#include <doctest/doctest.h>

#include "core/key.hpp"
#include "core/report.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

KeyLoan loan(const char* id, KeyKind kind, const char* lent, std::optional<const char*> back) {
  KeyLoan l;
  l.id = id;
  l.key_kind = kind;
  l.borrower = {"刘师傅", ""};
  l.lent_at = t(lent);
  l.due_at = key_cutoff(date_of(l.lent_at), KeyRules{});  // 18:00 that day
  if (back) {
    l.returned_at = t(*back);
    l.returned_by = "刘师傅";
    l.condition = KeyCondition::good;
    l.late = *l.returned_at > l.due_at;
  }
  return l;
}

/// November 2026, counted on 5 December.
std::vector<KeyLoan> november() {
  std::vector<KeyLoan> v;
  // L1: a public-area key, back on time.
  v.push_back(
      loan("JY-2026-11-0001", KeyKind::public_area, "2026-11-02T09:00", "2026-11-02T17:00"));
  // L2: back at 18:30 (late) by someone else, damaged.
  v.push_back(
      loan("JY-2026-11-0002", KeyKind::public_area, "2026-11-03T09:00", "2026-11-03T18:30"));
  v.back().returned_by = "周先生";
  v.back().condition = KeyCondition::damaged;
  // L3: a storeroom key never returned: overdue since 18:00 on 4 November.
  v.push_back(loan("JY-2026-11-0003", KeyKind::storeroom, "2026-11-04T09:00", std::nullopt));
  // L4: an owner's spare key in an emergency, as kefu records it.
  v.push_back(loan("JY-2026-11-0004", KeyKind::spare, "2026-11-05T22:10", "2026-11-05T22:50"));
  v.back().emergency = true;
  v.back().category = KeyPurpose::emergency;
  v.back().due_at = end_of_day(date_of(v.back().lent_at));
  v.back().late = false;
  // L5: an owner's spare key in a loan written by hand without the emergency flag.
  v.push_back(loan("JY-2026-11-0005", KeyKind::spare, "2026-11-06T08:00", "2026-11-06T08:40"));
  // L6: a public-area key lent in an emergency: 紧急情况 by purpose, not an owner's spare key.
  v.push_back(
      loan("JY-2026-11-0006", KeyKind::public_area, "2026-11-07T10:00", "2026-11-07T11:00"));
  v.back().emergency = true;
  v.back().category = KeyPurpose::emergency;
  // L7: reported lost on return.
  v.push_back(
      loan("JY-2026-11-0007", KeyKind::public_area, "2026-11-09T09:00", "2026-11-09T12:00"));
  v.back().condition = KeyCondition::lost;
  // L8: lent in October: not November's.
  v.push_back(
      loan("JY-2026-10-0030", KeyKind::public_area, "2026-10-31T09:00", "2026-10-31T10:00"));
  return v;
}

std::vector<std::string> ids(const std::vector<const KeyLoan*>& list) {
  std::vector<std::string> out;
  for (const auto* l : list) out.push_back(l->id);
  return out;
}

}  // namespace

TEST_CASE("a month's key statistics, counted by hand") {
  auto loans = november();
  auto s = key_month_stats(loans, {2026, 11}, t("2026-12-05T12:00"));
  CHECK(s.loans == 7);                             // L1–L7; L8 was lent in October
  CHECK(s.returned == 6);                          // all but L3
  CHECK(s.still_out() == 1);                       // L3
  CHECK(s.returned_by_other == 1);                 // L2
  CHECK(s.by_kind.at(KeyKind::public_area) == 4);  // L1 L2 L6 L7
  CHECK(s.by_kind.at(KeyKind::storeroom) == 1);    // L3
  CHECK(s.by_kind.at(KeyKind::spare) == 2);        // L4 L5
  CHECK(s.by_kind.at(KeyKind::equipment_room) == 0);
  CHECK(s.by_category.at(KeyPurpose::emergency) == 2);  // L4 L6
  CHECK(s.by_category.at(KeyPurpose::other) == 5);
  CHECK(ids(s.late) == std::vector<std::string>{"JY-2026-11-0002", "JY-2026-11-0003"});
  CHECK(ids(s.damaged) == std::vector<std::string>{"JY-2026-11-0002"});
  CHECK(ids(s.lost) == std::vector<std::string>{"JY-2026-11-0007"});
  // 动用业主备用钥匙 (§3.4.5): the spare keys L4 and L5, not the public-area key L6.
  CHECK(ids(s.spare_used) == std::vector<std::string>{"JY-2026-11-0004", "JY-2026-11-0005"});
}

TEST_CASE("before its cut-off an unreturned loan is not late yet") {
  auto all = november();
  std::vector<KeyLoan> loans(all.begin(), all.begin() + 3);  // L1–L3, lent by 4 November
  auto s = key_month_stats(loans, {2026, 11}, t("2026-11-04T17:00"));
  // At 17:00 on 4 November: L2 came back late; L3 is out but not yet due.
  CHECK(s.loans == 3);
  CHECK(ids(s.late) == std::vector<std::string>{"JY-2026-11-0002"});
  CHECK_FALSE(loan_late(loans[2], t("2026-11-04T18:00")));  // due 18:00 exactly: on time
  CHECK(loan_late(loans[2], t("2026-11-04T18:00:01")));
}

TEST_CASE("the monthly report's key line is the key report's count") {
  auto loans = november();
  auto k = key_summary(loans, {2026, 11}, t("2026-12-05T12:00"));
  CHECK(k.loans == 7);
  CHECK(k.late == 2);
  CHECK(k.damaged == 1);
  CHECK(k.lost == 1);
  CHECK(k.spare_used == 2);
  // Kinds lent at least once, by Chinese name in byte order: 公 (U+516C), 备 (U+5907),
  // 部 (U+90E8).
  REQUIRE(k.by_kind.size() == 3);
  CHECK(k.by_kind[0].name == "公共区域");
  CHECK(k.by_kind[0].count == 4);
  CHECK(k.by_kind[1].name == "备用钥匙");
  CHECK(k.by_kind[1].count == 2);
  CHECK(k.by_kind[2].name == "部门库房");
  CHECK(k.by_kind[2].count == 1);
}
