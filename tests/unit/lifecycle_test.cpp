/// The complaint lifecycle: each step changes the record and appends history, or refuses.
#include <doctest/doctest.h>

#include "core/complaint.hpp"
#include "core/errors.hpp"

using namespace kefu;

namespace {

DateTime t(const char* text) {
  return *parse_datetime(text);
}

Complaint fresh() {
  NewComplaint n;
  n.unit = "1-1-101";
  n.category = "噪音扰民";
  n.description = "夜间噪音";
  return open_complaint("TS-2026-11-0001", n, "zhangmin", t("2026-11-26T09:30"));
}

}  // namespace

TEST_CASE("open makes the receiver the owner and records one history line") {
  auto c = fresh();
  CHECK(c.owner == "zhangmin");
  CHECK(c.status == ComplaintStatus::open);
  REQUIRE(c.history.size() == 1);
  CHECK(c.history[0].action == "open");
}

TEST_CASE("open needs exactly one of unit and place, and a description") {
  NewComplaint n;
  n.description = "x";
  CHECK_THROWS_AS(open_complaint("TS-2026-11-0001", n, "a", t("2026-11-26")), RefusedError);
  n.unit = "1-1-101";
  n.place = "大堂";
  CHECK_THROWS_AS(open_complaint("TS-2026-11-0001", n, "a", t("2026-11-26")), RefusedError);
  n.place.clear();
  n.description.clear();
  CHECK_THROWS_AS(open_complaint("TS-2026-11-0001", n, "a", t("2026-11-26")), RefusedError);
}

TEST_CASE("close, refuse a second close, reopen, callback") {
  auto c = fresh();
  close_complaint(c, "已处理", "zhangmin", t("2026-11-27T10:00"));
  CHECK(c.status == ComplaintStatus::resolved);
  CHECK(c.acknowledged_at == t("2026-11-27T10:00"));
  auto before = c.history.size();
  CHECK_THROWS_WITH_AS(close_complaint(c, "again", "zhangmin", t("2026-11-27T11:00")),
                       "投诉 TS-2026-11-0001 已结案（当前为「待回访」），不能重复结案",
                       RefusedError);
  CHECK(c.history.size() == before);

  CallbackRecord unhappy{
      t("2026-11-28T10:00"), "lili", CallbackResult::unsatisfied, "陈建国", "", ""};
  callback_complaint(c, unhappy);
  CHECK(c.status == ComplaintStatus::processing);
  CHECK_FALSE(c.resolved_at.has_value());
  CHECK(c.resolution.empty());

  CHECK_THROWS_AS(callback_complaint(c, unhappy), RefusedError);  // not resolved now
  close_complaint(c, "再次处理", "zhangmin", t("2026-11-29T10:00"));
  CallbackRecord happy{t("2026-11-30T10:00"), "lili", CallbackResult::satisfied, "陈建国", "", ""};
  callback_complaint(c, happy);
  CHECK(c.status == ComplaintStatus::closed);
  CHECK(c.callbacks.size() == 2);
  CHECK_THROWS_AS(close_complaint(c, "x", "zhangmin", t("2026-12-01")), RefusedError);
  reopen_complaint(c, "复发", "wangqiang", t("2026-12-01T09:00"));
  CHECK(c.status == ComplaintStatus::processing);
  CHECK(c.history.back().action == "reopen");
}

TEST_CASE("a step dated before receipt is refused") {
  auto c = fresh();
  CHECK_THROWS_AS(assign_complaint(c, "工程部", "a", t("2026-11-26T09:00"), ""), RefusedError);
  CHECK(c.history.size() == 1);
}
