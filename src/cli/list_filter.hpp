/// --grep, --phone, --from and --to, the same on every list that has them.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "core/filter.hpp"

namespace kefu {

struct FilterArgs {
  std::string grep, phone, from, to;
};

/// Adds the four options to `list`; `texts` names the fields --grep looks in, for its help.
void add_filter_options(CLI::App* list, FilterArgs& a, const std::string& texts);

/// The filter the options ask for; RefusedError for a phone that is not digits or a date that
/// is not one, or --to before --from.
ListFilter filter_arg(const FilterArgs& a, DateTime now);

}  // namespace kefu
