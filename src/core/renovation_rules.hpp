/// The renovation rules of a site (kefu.yaml `renovation:`), kept apart so config.hpp stays
/// small; the renovation case itself is core/renovation.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/members.hpp"

namespace kefu {

/// kefu.yaml `renovation:` — the fees and periods of §3.8.1.
struct RenovationConfig {
  int64_t deposit_fen = 200000;       // 装修押金
  int64_t waste_fen = 30000;          // 装修垃圾清运费
  int64_t water_fen = 10000;          // 临时用水费
  int64_t pass_fee_fen = 500;         // 每证工本费 5 元 (§3.8.1.1(4))
  int permit_days = 45;               // §3.8.1.1(3), counting the first day
  int review_working_days = 5;        // 工程组审核（正常需五个工作日）
  int return_days = 3;                // 过期三天内必须办理退证或续期手续
  int expiry_warn_days = 3;           // `due` warns of a permit ending within these days
  int refund_days = 30;               // the deposit settled within these days of acceptance
  int extinguishers_per_50m2 = 2;     // §3.8.1.1(5) 每50平方米摆放2具
  std::vector<std::string> drawings;  // 平面图, 水电平面布置图, 改建图
  std::string owner;                  // staff id for reviews in `due`; empty: first engineer
  bool operator==(const RenovationConfig&) const = default;
};
template <class V>
void members(V& v, RenovationConfig& x) {
  using namespace field;
  v("deposit", x.deposit_fen, money), v("waste_removal", x.waste_fen, money);
  v("temporary_water", x.water_fen, money), v("pass_fee", x.pass_fee_fen, money);
  v("permit_days", x.permit_days), v("review_working_days", x.review_working_days);
  v("return_days", x.return_days), v("expiry_warn_days", x.expiry_warn_days);
  v("refund_days", x.refund_days), v("extinguishers_per_50m2", x.extinguishers_per_50m2);
  v("drawings", x.drawings), v("owner", x.owner);
}
RenovationConfig default_renovation_config();
/// What is wrong with a renovation config (a period not above zero, a negative fee), or empty.
std::string renovation_config_problem(const RenovationConfig& c);

}  // namespace kefu
