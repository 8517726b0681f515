/// What the lists' --grep, --phone, --from and --to keep: one filter for every list that has
/// them (complaint, repair, contact, special, opinion, visit, renovation and lost list), pure over
/// a record's texts, phones and time.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time.hpp"

namespace kefu {

struct ListFilter {
  std::string grep;              // a piece of any free-text field (ASCII letters in any case)
  std::string phone;             // digits: a stored phone that is them or ends in them
  std::optional<Date> from, to;  // received on or after `from`, on or before `to`

  bool dated() const { return from || to; }
};

/// True when `f` keeps a record received `at`, whose free texts are `texts` and whose phones
/// (as stored: spaces, dashes and a +86 in them are ignored) are `phones`.
bool filter_keeps(const ListFilter& f, DateTime at, const std::vector<std::string_view>& texts,
                  const std::vector<std::string_view>& phones);

/// The digits of a phone as typed (spaces, dashes, brackets and a leading + dropped); nullopt
/// when anything else is in it or fewer than 4 digits remain.
std::optional<std::string> phone_digits(std::string_view typed);

/// The months a dated filter covers: from's to to's (to's month alone, or from's to `now`'s).
std::pair<YearMonth, YearMonth> filter_months(const ListFilter& f, DateTime now);

}  // namespace kefu
