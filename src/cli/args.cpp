/// Command-line arguments turned into values, shared by every command family.
#include "cli/args.hpp"

#include "core/key.hpp"

namespace kefu {

DateTime time_arg(const std::string& text, DateTime now, const std::string& what) {
  if (text.empty()) return now;
  auto t = parse_datetime(text);
  if (!t) throw RefusedError(what + "「" + text + "」无效，应如 2026-11-26T09:30");
  return *t;
}

DateTime until_arg(const std::string& text, const KeyRules& rules) {
  auto t = parse_datetime(text);
  if (!t)
    throw RefusedError("约定归还时间「" + text + "」无效，应如 2026-11-28T17:00 或 2026-11-28");
  if (text.size() == 10) return key_cutoff(date_of(*t), rules);
  return *t;
}

YearMonth month_arg(const std::string& text) {
  auto m = parse_month(text);
  if (!m) throw RefusedError("月份「" + text + "」无效，应如 2026-11");
  return *m;
}

Date day_arg(const std::string& text, DateTime now) {
  Date today = date_of(now);
  if (text.empty()) return today - std::chrono::days{1};
  auto d = parse_date(text);
  if (!d) throw RefusedError("日期「" + text + "」无效，应如 2026-11-25");
  if (*d > today)
    throw RefusedError("日期 " + text + " 还没有到（现在是 " + format_datetime(now) +
                       "）；只能查看今天或以前的日子");
  return *d;
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
