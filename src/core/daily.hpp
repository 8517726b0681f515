/// The supervisor's daily check (§3.2.3 每日检查业主投诉、问询及有偿服务受理情况): what the
/// desk received on one day — complaints, repairs, calls and visits — each as it stands at a
/// given time, with a summary of what is still open.
///
/// Each kind of record gives its lines through its own `daily_line`; `daily_check` keeps the
/// day's and sums them up without knowing the kinds. Paid special services (特约服务) are, for
/// now, repairs that carry a charge (`paid`); a special-service record of its own would join
/// with one more `daily_line` overload and its own `kind` key, and be counted among the paid
/// services by the same flag.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/contact.hpp"
#include "core/repair.hpp"
#include "core/time.hpp"

namespace kefu {

/// One thing received, as it stands at the time of the check.
struct DailyLine {
  std::string kind;  // complaint, repair, contact
  std::string id;
  DateTime received_at{};
  std::string type;     // complaint; repair; inquiry, suggestion, praise, report, other
  std::string type_zh;  // 投诉 报修 咨询 建议 表扬 报事 其他
  std::string where;    // unit, or the place
  Person customer;      // who called, came or asked (phone as stored: mask when printing)
  std::string category;  // complaint category; 户内维修/公共设施设备 (急修); contact category
  std::string subject;  // the description, fault or content
  std::string owner;    // staff id of who took it (首问负责人, 接待人)
  std::string status;   // the record's status key; contacts: answered or logged
  std::string status_zh;
  bool open = false;                 // a case not yet closed; a call or visit never is
  std::vector<std::string> overdue;  // response, resolution, arrival, fix, callback
  std::vector<std::string> overdue_zh;
  bool paid = false;  // a paid special service (有偿服务)
  int64_t charge_fen = 0;
};

/// A complaint, a repair, a call or visit as a line of the check at `now`.
DailyLine daily_line(const Complaint& c, const ComplaintDeadlines& d, DateTime now);
DailyLine daily_line(const Repair& r, const RepairDeadlines& d, DateTime now);
DailyLine daily_line(const Contact& c);

/// How many of one kind were received, are still open, and are overdue now.
struct DailyCount {
  int received = 0;
  int open = 0;
  int overdue = 0;
  bool operator==(const DailyCount&) const = default;
};

struct DailySummary {
  DailyCount complaints, repairs, contacts;
  std::vector<std::pair<std::string, int>> contact_types;  // type_zh → count, in first-seen order
  int unanswered = 0;  // calls and visits with no reply recorded
  int paid = 0;        // paid special services
  int64_t paid_fen = 0;
  int total() const { return complaints.received + repairs.received + contacts.received; }
  int open() const { return complaints.open + repairs.open + contacts.open; }
  int overdue() const { return complaints.overdue + repairs.overdue + contacts.overdue; }
};

struct DailyCheck {
  Date day{};
  DateTime at{};                 // the state is as of this time
  std::vector<DailyLine> lines;  // received that day, in time order (then by ID)
  std::vector<const DailyLine*> still_open() const;
  DailySummary summary;
};

/// True when `t` falls on `day` (00:00 to 23:59:59).
bool received_on(DateTime t, Date day);

/// The check of `day` at `now` from lines of any kind: those received that day, sorted, and
/// counted.
DailyCheck daily_check(Date day, DateTime now, std::vector<DailyLine> lines);

}  // namespace kefu
