/// The kefu command line: builds the command tree, runs it, maps errors to exit statuses.
#pragma once

#include <ostream>

namespace kefu {

/// 0 success · 1 needs attention · 2 bad usage or refused input · 3 the store is at fault ·
/// 4 an internal error of kefu itself.
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

/// Called in a catch block: says on `err` what went wrong and returns the exit status —
/// RefusedError 2; StoreError and filesystem errors 3 (the store is at fault); anything else is
/// a defect of kefu, said as such, 4.
int exit_status_of_failure(std::ostream& err);

}  // namespace kefu
