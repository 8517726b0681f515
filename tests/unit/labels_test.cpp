/// Chinese CSV headings and values.
#include <doctest/doctest.h>

#include "core/labels.hpp"

using namespace kefu;

TEST_CASE("CSV headings in Chinese: one table, in key order; unknown keys as they are") {
  CHECK(csv_headings_sorted());
  CHECK(csv_heading_zh("received_at") == "受理时间");
  CHECK(csv_heading_zh("unit") == "户号");
  CHECK(csv_heading_zh("指标") == "指标");
  CHECK(csv_heading_zh("no_such_key") == "no_such_key");
}

TEST_CASE("CSV values in Chinese: a status by the record its ID names, enums, overdue, yes/no") {
  CHECK(csv_value_zh("status", "closed", "TS-2026-11-0001") == "已结案");
  CHECK(csv_value_zh("status", "closed", "BX-2026-11-0001") == "已完成");
  CHECK(csv_value_zh("status", "open", "DC-2026-10-0001") == "进行中");
  CHECK(csv_value_zh("status", "open", "TS-2026-10-0001") == "待响应");
  CHECK(csv_value_zh("status", "open", "") == "open");
  CHECK(csv_value_zh("channel", "phone", "TS-2026-11-0001") == "电话");
  CHECK(csv_value_zh("severity", "major", "") == "重大");
  CHECK(csv_value_zh("method", "wechat", "") == "微信");
  CHECK(csv_value_zh("overdue", "response;resolution", "") == "未响应、超时限");
  CHECK(csv_value_zh("open", "true", "") == "是");
  CHECK(csv_value_zh("description", "open", "TS-2026-11-0001") == "open");
  CHECK(csv_value_zh("status", "", "TS-2026-11-0001").empty());
  CHECK(csv_value_zh("kind", "move_in", "BQ-2026-11-0001") == "迁入");
  CHECK(csv_value_zh("kind", "lost", "SW-2026-11-0001") == "拾遗物品");
  CHECK(csv_value_zh("type", "praise", "LD-2026-11-0001") == "表扬");
  CHECK(csv_value_zh("type", "complaint", "TS-2026-11-0001") == "投诉");
}
