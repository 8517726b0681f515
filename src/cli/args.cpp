/// Command-line arguments turned into values, shared by every command family.
#include "cli/args.hpp"

#include "core/key.hpp"

namespace kefu {

DateTime time_arg(const std::string& text, DateTime now, const std::string& what) {
  if (text.empty()) return now;
  auto t = read_datetime(text, date_of(now));
  if (!t)
    throw RefusedError(what + "「" + text + "」无效，应如 2026-11-26T09:30、2026/11/26 09:30 或 " +
                       "11-26 09:30（今年）");
  return t->at;
}

Date date_arg(const std::string& text, DateTime now, const std::string& what) {
  auto d = read_date(text, date_of(now));
  if (!d) throw RefusedError(what + "「" + text + "」无效，应如 " + kDateForms);
  return *d;
}

DateTime until_arg(const std::string& text, DateTime now, const KeyRules& rules) {
  auto t = read_datetime(text, date_of(now));
  if (!t)
    throw RefusedError("约定归还时间「" + text +
                       "」无效，应如 2026-11-28T17:00、2026/11/28 17:00 或 " + "2026-11-28");
  if (!t->has_time) return key_cutoff(date_of(t->at), rules);
  return t->at;
}

YearMonth month_arg(const std::string& text) {
  auto m = read_month(text);
  if (!m) throw RefusedError("月份「" + text + "」无效，应如 " + kMonthForms);
  return *m;
}

Date day_arg(const std::string& text, DateTime now) {
  Date today = date_of(now);
  if (text.empty()) return today - std::chrono::days{1};
  Date d = date_arg(text, now, "日期");
  if (d > today)
    throw RefusedError("日期 " + text + " 还没有到（现在是 " + format_datetime(now) +
                       "）；只能查看今天或以前的日子");
  return d;
}

Unit unit_arg(Context& ctx, const std::string& id) {
  auto unit = ctx.dir().find_unit(id);
  if (!unit) throw RefusedError("户号「" + id + "」不在 units/ 的住户资料中");
  return std::move(*unit);
}

std::string opt_time(const Json& j) {
  return j.is_null() ? std::string() : format_datetime(*parse_datetime(j.get<std::string>()));
}

}  // namespace kefu
