/// kefu: the executable. Everything else lives in the library.
#include <sys/stat.h>

#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  ::umask(077);  // owner data is confidential (R12): nothing kefu writes is readable by others
  return kefu::run_cli(argc, argv, std::cout, std::cerr);
}
