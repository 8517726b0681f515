/// The opinion chain (R6, §3.5.2): its deadlines worked out by hand on the official 2026
/// calendar, its steps in order, and its timeliness in the monthly report.
#include <doctest/doctest.h>

#include "core/due.hpp"
#include "core/errors.hpp"
#include "core/opinion.hpp"
#include "core/report.hpp"
#include "store/datadir.hpp"
#include "store/init.hpp"

using namespace kefu;

namespace {

WorkingCalendar official() {
  return parse_calendar("calendar.yaml", official_calendar_yaml());
}
DateTime t(const char* text) {
  return *parse_datetime(text);
}

Opinion collected(const char* at) {
  NewOpinion n;
  n.collected_at = t(at);
  n.source = OpinionSource::meeting;
  n.unit = "1-1-101";
  n.text = "地下车库照明不足";
  n.department = "工程部";
  return collect_opinion("YJ-2026-04-0001", n, "zhangmin", t(at));
}

OpinionSla working_days() {
  OpinionSla sla;
  sla.send = SlaSpan::working_days(2);
  sla.measures = SlaSpan::working_days(3);
  return sla;
}

}  // namespace

TEST_CASE("sla spans in calendar days and weeks") {
  CHECK(parse_sla_span("2d") == SlaSpan::calendar_days(2));
  CHECK(parse_sla_span("2w") == SlaSpan::calendar_days(14));
  CHECK(parse_sla_span("2wd") == SlaSpan::working_days(2));
  CHECK_FALSE(parse_sla_span("0d").has_value());
  CHECK_FALSE(parse_sla_span("d").has_value());
  CHECK(format_sla_span(SlaSpan::calendar_days(14)) == "2w");
  CHECK(format_sla_span(SlaSpan::calendar_days(3)) == "3d");
  CHECK(format_sla_span_zh(SlaSpan::calendar_days(14)) == "2周");
  CHECK(format_sla_span_zh(SlaSpan::calendar_days(2)) == "2天");
  // The defaults are the manual's: two days, three days, two weeks.
  OpinionSla sla;
  CHECK(sla.send == SlaSpan::calendar_days(2));
  CHECK(sla.measures == SlaSpan::calendar_days(3));
  CHECK(sla.callback == SlaSpan::calendar_days(14));
}

TEST_CASE("collected on Friday 3 April 2026, the day before 清明 (4/4–4/6)") {
  auto cal = official();
  auto o = collected("2026-04-03T16:00");
  // Calendar days: the 3rd not counted, the 4th and 5th are the two days — holidays count.
  auto d = opinion_deadlines(o, OpinionSla{}, cal);
  CHECK(d.send_due == t("2026-04-05T23:59:59"));
  CHECK_FALSE(d.measures_due.has_value());
  CHECK_FALSE(d.callback_due.has_value());
  // Working days: Sat 4th to Mon 6th are 清明, so Tue 7th and Wed 8th.
  CHECK(opinion_deadlines(o, working_days(), cal).send_due == t("2026-04-08T23:59:59"));
}

TEST_CASE("collected on 30 September 2026, the day before the National Day holiday") {
  auto cal = official();
  auto o = collected("2026-09-30T10:00");
  CHECK(opinion_deadlines(o, OpinionSla{}, cal).send_due == t("2026-10-02T23:59:59"));
  // 10/1–10/7 off: Thu 8th and Fri 9th.
  CHECK(opinion_deadlines(o, working_days(), cal).send_due == t("2026-10-09T23:59:59"));
  send_opinion(o, "李工", t("2026-10-09T09:00"), "zhangmin", t("2026-10-09T09:00"));
  // Three working days from Fri 9th: Sat 10th (make-up working day), Mon 12th, Tue 13th.
  CHECK(opinion_deadlines(o, working_days(), cal).measures_due == t("2026-10-13T23:59:59"));
  // Three calendar days: 10th, 11th, 12th.
  CHECK(opinion_deadlines(o, OpinionSla{}, cal).measures_due == t("2026-10-12T23:59:59"));
  // As of the morning of the 13th, with calendar days, the send was late; with working days not.
  auto late = opinion_timeliness(o, OpinionSla{}, cal, t("2026-10-13T08:00"));
  CHECK(late.send == StepTimeliness::late);
  CHECK(late.measures == StepTimeliness::late);  // the 12th has passed
  auto fine = opinion_timeliness(o, working_days(), cal, t("2026-10-13T08:00"));
  CHECK(fine.send == StepTimeliness::on_time);
  CHECK(fine.measures == StepTimeliness::not_yet);  // due by the end of the 13th
}

TEST_CASE("a chain with a late step: sent late, measures on time, callback late") {
  auto cal = official();
  OpinionSla sla;
  auto o = collected("2026-04-03T16:00");
  // Not sent by the end of the 5th: overdue on the 6th, under the collector.
  auto d = opinion_deadlines(o, sla, cal);
  CHECK_FALSE(opinion_overdue(o, d, t("2026-04-05T23:00")).send);
  CHECK(opinion_overdue(o, d, t("2026-04-06T08:00")).send);
  auto items = opinion_due_items(o, d, t("2026-04-06T08:00"));
  REQUIRE(items.size() == 1);
  CHECK(items[0].owner == "zhangmin");
  CHECK(items[0].reason == "send_overdue");

  send_opinion(o, "李工", t("2026-04-06T10:00"), "zhangmin", t("2026-04-06T10:00"));
  d = opinion_deadlines(o, sla, cal);
  CHECK(d.measures_due == t("2026-04-09T23:59:59"));  // 7th, 8th, 9th
  // The measures owed are the department's line.
  items = opinion_due_items(o, d, t("2026-04-10T08:00"));
  REQUIRE(items.size() == 1);
  CHECK(items[0].owner == "工程部");
  CHECK(items[0].reason == "measures_overdue");

  record_measures(o, "增加照明灯具 12 盏", "李工", t("2026-04-09T18:00"), "zhangmin",
                  t("2026-04-09T18:00"));
  rectify_opinion(o, "已加装灯具", t("2026-04-15T11:00"), "zhangmin", t("2026-04-15T11:00"));
  d = opinion_deadlines(o, sla, cal);
  CHECK(d.callback_due == t("2026-04-29T23:59:59"));  // two weeks after the 15th
  // Due today on the 29th, overdue on the 30th.
  items = opinion_due_items(o, d, t("2026-04-29T08:00"));
  REQUIRE(items.size() == 1);
  CHECK(items[0].reason == "callback_due");
  CHECK(opinion_due_items(o, d, t("2026-04-30T08:00"))[0].reason == "callback_overdue");
  auto pending = pending_callbacks({}, {}, Config{}, cal, {o});
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].kind == "opinion");
  CHECK(pending[0].due == t("2026-04-29T23:59:59"));

  callback_opinion(o, {t("2026-04-30T10:00"), "lili", CallbackResult::satisfied, "陈建国", "", ""});
  CHECK(o.status == OpinionStatus::closed);
  auto s = opinion_timeliness(o, sla, cal, t("2026-05-01T00:00"));
  CHECK(s.send == StepTimeliness::late);
  CHECK(s.measures == StepTimeliness::on_time);
  CHECK(s.callback == StepTimeliness::late);
  // As known on 8 April, only the send had been done, late; the rest was not yet known.
  auto early = opinion_timeliness(o, sla, cal, t("2026-04-08T00:00"));
  CHECK(early.send == StepTimeliness::late);
  CHECK(early.measures == StepTimeliness::not_yet);
  CHECK(early.callback == StepTimeliness::not_yet);
  CHECK(o.history.size() == 5);
}

TEST_CASE("steps out of order, twice, or at a wrong time are refused and change nothing") {
  auto o = collected("2026-04-03T16:00");
  auto before = o;
  CHECK_THROWS_WITH_AS(
      record_measures(o, "x", "", t("2026-04-04T10:00"), "a", t("2026-04-04T10:00")),
      "意见 YJ-2026-04-0001 尚未送达责任部门，请先 opinion sent", RefusedError);
  CHECK_THROWS_WITH_AS(rectify_opinion(o, "", t("2026-04-04T10:00"), "a", t("2026-04-04T10:00")),
                       "意见 YJ-2026-04-0001 尚未送达责任部门，请先 opinion sent", RefusedError);
  CHECK_THROWS_WITH_AS(send_opinion(o, "", t("2026-04-03T15:00"), "a", t("2026-04-04T10:00")),
                       "送达时间 2026-04-03T15:00 早于意见 YJ-2026-04-0001 的收集时间 "
                       "2026-04-03T16:00",
                       RefusedError);
  CHECK_THROWS_WITH_AS(send_opinion(o, "", t("2026-04-05T10:00"), "a", t("2026-04-04T10:00")),
                       "送达时间 2026-04-05T10:00 晚于当前时间 2026-04-04T10:00", RefusedError);
  CHECK_THROWS_AS(
      callback_opinion(o, {t("2026-04-04T10:00"), "a", CallbackResult::satisfied, "x", "", ""}),
      RefusedError);
  CHECK(o == before);
  send_opinion(o, "", t("2026-04-04T10:00"), "a", t("2026-04-04T10:00"));
  CHECK_THROWS_WITH_AS(
      send_opinion(o, "", t("2026-04-04T11:00"), "a", t("2026-04-04T11:00")),
      "意见 YJ-2026-04-0001 已于 2026-04-04T10:00 送达工程部（当前为「待反馈措施」），"
      "不能重复送达",
      RefusedError);
  CHECK_THROWS_WITH_AS(rectify_opinion(o, "", t("2026-04-05T10:00"), "a", t("2026-04-05T10:00")),
                       "意见 YJ-2026-04-0001 尚未收到工程部的书面整改措施，请先 opinion measures",
                       RefusedError);
  CHECK_THROWS_AS(record_measures(o, "", "", t("2026-04-05T10:00"), "a", t("2026-04-05T10:00")),
                  RefusedError);
}

TEST_CASE("an unsatisfied callback sends the opinion back to rectification") {
  auto cal = official();
  auto o = collected("2026-04-03T16:00");
  send_opinion(o, "", t("2026-04-04T10:00"), "a", t("2026-04-04T10:00"));
  record_measures(o, "更换灯具", "", t("2026-04-05T10:00"), "a", t("2026-04-05T10:00"));
  rectify_opinion(o, "", t("2026-04-08T10:00"), "a", t("2026-04-08T10:00"));
  callback_opinion(
      o, {t("2026-04-10T10:00"), "a", CallbackResult::unsatisfied, "陈建国", "仍偏暗", ""});
  CHECK(o.status == OpinionStatus::measures);
  CHECK_FALSE(opinion_callback_pending(o));
  // A rectification before that callback is refused; a new one sets a new callback date.
  CHECK_THROWS_AS(rectify_opinion(o, "", t("2026-04-09T10:00"), "a", t("2026-04-12T10:00")),
                  RefusedError);
  rectify_opinion(o, "再加装灯具", t("2026-04-12T10:00"), "a", t("2026-04-12T10:00"));
  CHECK(opinion_deadlines(o, OpinionSla{}, cal).callback_due == t("2026-04-26T23:59:59"));
  // Timeliness is the first round's: rectified on the 8th, called back on the 10th.
  callback_opinion(o, {t("2026-04-27T10:00"), "a", CallbackResult::satisfied, "陈建国", "", ""});
  CHECK(opinion_timeliness(o, OpinionSla{}, cal, t("2026-04-30T00:00")).callback ==
        StepTimeliness::on_time);
}

TEST_CASE("the monthly report's timeliness of a month's opinions") {
  auto cal = official();
  OpinionSla sla;
  auto on_time = collected("2026-04-03T16:00");
  send_opinion(on_time, "", t("2026-04-04T10:00"), "a", t("2026-04-04T10:00"));
  record_measures(on_time, "m", "", t("2026-04-06T10:00"), "a", t("2026-04-06T10:00"));
  auto late = collected("2026-04-10T09:00");
  late.id = "YJ-2026-04-0002";
  send_opinion(late, "", t("2026-04-13T10:00"), "a", t("2026-04-13T10:00"));  // due the 12th
  auto fresh = collected("2026-04-30T17:00");  // nothing due yet on the 30th
  fresh.id = "YJ-2026-04-0003";
  auto s = opinion_summary({on_time, late, fresh}, sla, cal, t("2026-04-30T18:00"));
  CHECK(s.collected == 3);
  CHECK(s.send.on_time == 1);
  CHECK(s.send.late == 1);
  // The second's measures were due by the end of the 16th and never came.
  CHECK(s.measures.on_time == 1);
  CHECK(s.measures.late == 1);
  CHECK(s.callback.on_time + s.callback.late == 0);
  CHECK(s.counted == 2);
  CHECK(s.timely == 1);
  REQUIRE(s.late.size() == 1);
  CHECK(s.late[0].id == "YJ-2026-04-0002");
  CHECK(s.late[0].why == "送达超时、整改措施反馈超时");
}
