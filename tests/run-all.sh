#!/usr/bin/env bash
# Installs what is missing, builds kefu with warnings as errors, and runs every test: once
# normally, once under AddressSanitizer and UndefinedBehaviorSanitizer; then the fuzz targets'
# regression seeds and 20 s of fuzzing each (tests/fuzz/run.sh, which runs longer by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium (and a CJK font): the HTML report is checked as rendered by a real browser;
# python3-yaml: test_format_matrix.py parses the --format yaml output; clang, libFuzzer's
# runtime and llvm-symbolizer: the fuzz targets; dpkg-dev: dpkg-shlibdeps, which cpack runs for the
# .deb's Depends (test_packaging.py); groff-base and man-db: the man pages rendered without
# warnings (test_man_pages.py); zsh: zsh -n of the zsh completion (test_completion.py); hledger
# and ledger: test_journal.py reads `kefu fee journal` back with both.
KEFU_EXTRA_PACKAGES="chromium fonts-wqy-microhei python3-yaml clang libclang-rt-14-dev llvm-14 \
  dpkg-dev groff-base man-db zsh hledger ledger" \
  bash src/tools/setup.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
bash src/tools/setup.sh build-asan -DKEFU_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
bash tests/fuzz/run.sh 20
