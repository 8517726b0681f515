/// The kefu command line: builds the command tree, runs it, maps errors to exit statuses.
#pragma once

#include <ostream>

namespace kefu {

/// 0 success · 1 needs attention · 2 bad usage or refused input · 3 the store is at fault.
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace kefu
