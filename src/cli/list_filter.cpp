/// The lists' search and date-range options.
#include "cli/list_filter.hpp"

#include "cli/args.hpp"
#include "core/text.hpp"

namespace kefu {

void add_filter_options(CLI::App* list, FilterArgs& a, const std::string& texts) {
  list->add_option("--grep", a.grep, "只列" + texts + "中含有这段文字的（英文字母不分大小写）");
  list->add_option("--phone", a.phone,
                   "只列电话是这个号码或以这几位结尾的（至少 4 位数字，如 5678）");
  list->add_option("--from", a.from, "受理日期从这天起（含），如 2026-11-01 或 11/1");
  list->add_option("--to", a.to, "受理日期到这天止（含），如 2026-11-30；只写 --to 时为那个月");
}

ListFilter filter_arg(const FilterArgs& a, DateTime now) {
  ListFilter f;
  f.grep = trim(a.grep);
  if (!a.phone.empty()) {
    auto digits = phone_digits(a.phone);
    if (!digits)
      throw RefusedError("电话「" + a.phone + "」无效：应为至少 4 位数字，如 13812345678 或 5678");
    f.phone = *digits;
  }
  if (!a.from.empty()) f.from = date_arg(a.from, now, "开始日期（--from）");
  if (!a.to.empty()) f.to = date_arg(a.to, now, "结束日期（--to）");
  if (f.from && f.to && *f.to < *f.from)
    throw RefusedError("结束日期 " + format_date(*f.to) + " 早于开始日期 " + format_date(*f.from));
  return f;
}

}  // namespace kefu
