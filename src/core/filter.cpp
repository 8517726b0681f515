/// The lists' --grep, --phone, --from and --to.
#include "core/filter.hpp"

#include <algorithm>

namespace kefu {
namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

}  // namespace

std::optional<std::string> phone_digits(std::string_view typed) {
  std::string out;
  for (size_t i = 0; i < typed.size(); ++i) {
    char c = typed[i];
    if (c >= '0' && c <= '9')
      out += c;
    else if (c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0))
      continue;
    else
      return std::nullopt;
  }
  if (out.size() == 13 && out.starts_with("86")) out = out.substr(2);  // +86 138…
  if (out.size() < 4) return std::nullopt;
  return out;
}

bool filter_keeps(const ListFilter& f, DateTime at, const std::vector<std::string_view>& texts,
                  const std::vector<std::string_view>& phones) {
  if (f.from && date_of(at) < *f.from) return false;
  if (f.to && date_of(at) > *f.to) return false;
  if (!f.grep.empty()) {
    std::string needle = ascii_lower(f.grep);
    if (std::none_of(texts.begin(), texts.end(), [&](std::string_view t) {
          return ascii_lower(t).find(needle) != std::string::npos;
        }))
      return false;
  }
  if (!f.phone.empty()) {
    if (std::none_of(phones.begin(), phones.end(), [&](std::string_view p) {
          std::string d = digits_of(p);
          if (d.starts_with("86") && d.size() == 13) d = d.substr(2);  // +86 138…
          return !d.empty() && d.ends_with(f.phone);
        }))
      return false;
  }
  return true;
}

std::pair<YearMonth, YearMonth> filter_months(const ListFilter& f, DateTime now) {
  YearMonth to = f.to ? month_of(DateTime{*f.to}) : month_of(now);
  YearMonth from = f.from ? month_of(DateTime{*f.from}) : to;
  if (to < from) to = from;
  return {from, to};
}

}  // namespace kefu
