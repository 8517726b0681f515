/// --grep, --phone, --from and --to, the same on every list that has them.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/filter.hpp"

namespace kefu {

struct FilterArgs {
  std::string grep, phone, from, to;
};

/// Adds the four options to `list`; `texts` names the fields --grep looks in, for its help.
void add_filter_options(CLI::App* list, FilterArgs& a, const std::string& texts);

/// A case's history notes and its callbacks' notes and phones, which --grep and --phone search
/// as they do its own texts and phones.
template <class Case>
void add_case_trail(const Case& c, std::vector<std::string_view>& texts,
                    std::vector<std::string_view>& phones) {
  for (const auto& h : c.history) texts.push_back(h.note);
  for (const auto& cb : c.callbacks) {
    texts.push_back(cb.note);
    phones.push_back(cb.phone);
  }
}

/// The filter the options ask for; RefusedError for a phone that is not digits or a date that
/// is not one, or --to before --from.
ListFilter filter_arg(const FilterArgs& a, DateTime now);

}  // namespace kefu
