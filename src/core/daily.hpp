/// The supervisor's daily check (§3.2.3 每日检查业主投诉、问询及有偿服务受理情况): what the
/// desk received on one day — complaints, repairs, calls and visits — each as it stands at a
/// given time, with a summary of what is still open.
///
/// Each kind of record gives its lines through its own `daily_line`; `daily_check` keeps the
/// day's and sums them up without knowing the kinds. Paid services (有偿服务) are the special
/// services (特约服务, kind `special`) and the repairs that carry a charge, counted by `paid`; a
/// repair converted into a special service is left to the special service that stands for it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/contact.hpp"
#include "core/repair.hpp"
#include "core/special.hpp"
#include "core/time.hpp"

namespace kefu {

/// One thing received, as it stands at the time of the check.
struct DailyLine {
  std::string kind;  // complaint, repair, special, contact
  std::string id;
  DateTime received_at{};
  std::string type;     // complaint; repair; special; inquiry, suggestion, praise, report, other
  std::string type_zh;  // 投诉 报修 特约服务 咨询 建议 表扬 报事 其他
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
/// A special service: its payment notice and callback fall due as `d` says.
DailyLine daily_line(const SpecialService& s, const SpecialDeadlines& d, DateTime now);

/// How many of one kind were received, are still open, and are overdue now.
struct DailyCount {
  int received = 0;
  int open = 0;
  int overdue = 0;
  bool operator==(const DailyCount&) const = default;
};

struct DailySummary {
  DailyCount complaints, repairs, specials, contacts;
  std::vector<std::pair<std::string, int>> contact_types;  // type_zh → count, in first-seen order
  int unanswered = 0;  // calls and visits with no reply recorded
  int paid = 0;        // paid special services
  int64_t paid_fen = 0;
  int total() const {
    return complaints.received + repairs.received + specials.received + contacts.received;
  }
  int open() const { return complaints.open + repairs.open + specials.open + contacts.open; }
  int overdue() const {
    return complaints.overdue + repairs.overdue + specials.overdue + contacts.overdue;
  }
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
