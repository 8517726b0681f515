/// Records round-trip through YAML; unknown keys survive; malformed files name their position.
#include <doctest/doctest.h>

#include "store/complaint_store.hpp"

using namespace kefu;

namespace {

StoredFile file(const std::string& text) {
  return {"d/complaints/2026/11/TS-2026-11-0001.yaml", "complaints/2026/11/TS-2026-11-0001.yaml",
          text};
}

}  // namespace

TEST_CASE("a complaint survives a round trip, unknown keys included") {
  const std::string text =
      "id: TS-2026-11-0001\nstatus: 处理中\nreceived_at: 2026-11-26 09:30\nchannel: 电话\n"
      "unit: 1-1-101\nseverity: 重大\nowner: zhangmin\ndescription: |\n  第一行\n  第二行\n"
      "custom_field: 手写备注\nhistory:\n  - {at: 2026-11-26T09:30, by: zhangmin, action: open}\n";
  auto loaded = ComplaintRepository::parse(file(text));
  CHECK(loaded.record.status == ComplaintStatus::processing);
  CHECK(loaded.record.severity == Severity::major);
  CHECK(loaded.record.description == "第一行\n第二行\n");
  CHECK(loaded.extra["custom_field"] == "手写备注");
  auto written = ComplaintRepository::serialize(loaded);
  auto again = ComplaintRepository::parse(file(written));
  CHECK(ComplaintRepository::serialize(again) == written);
  CHECK(written.find("status: processing\n") != std::string::npos);
  CHECK(written.find("custom_field: 手写备注\n") != std::string::npos);
  CHECK(written.find("description: |\n  第一行\n  第二行\n") != std::string::npos);
}

TEST_CASE("a malformed record names file, line and column") {
  auto bad_time = "id: TS-2026-11-0001\nstatus: open\nreceived_at: 昨天\n";
  CHECK_THROWS_WITH(ComplaintRepository::parse(file(bad_time)),
                    "received_at 不是有效的时间「昨天」，应如 2026-11-26T09:30");
  try {
    ComplaintRepository::parse(file("id: [unclosed\n"));
    FAIL("expected an error");
  } catch (const StoreError& e) {
    CHECK(e.file() == "complaints/2026/11/TS-2026-11-0001.yaml");
    CHECK(e.line() == 2);
  }
  try {
    ComplaintRepository::parse(
        file("id: TS-2026-11-0001\nstatus: open\nreceived_at: 2026-11-26T09:30\nchannel: 微信\n"));
    FAIL("expected an error");
  } catch (const StoreError& e) {
    CHECK(e.where_and_why() ==
          "complaints/2026/11/TS-2026-11-0001.yaml:4:10: channel "
          "的值「微信」无效，可选：电话(phone)、来访(visit)、"
          "邮件(email)、信函(letter)、在线(online)");
  }
}

TEST_CASE("phone-looking strings are written quoted, keys too") {
  Json j{{"phone", "13812345678"}, {"name", "陈建国"}, {"yes", "yes"}, {"date", "2026-11-26"}};
  CHECK(emit_yaml(j) ==
        "phone: \"13812345678\"\nname: 陈建国\n\"yes\": \"yes\"\ndate: 2026-11-26\n");
}
