#!/usr/bin/env bash
# Fuzzes kefu with libFuzzer: the record files' reader and writer (fuzz_record), the CSV of
# `kefu fee import` (fuzz_csv), the form renderer (fuzz_render) and the spreadsheets of an
# import, CSV or xlsx (fuzz_sheet); see the top of each tests/fuzz/fuzz_*.cpp for what it checks.
#
# Usage: bash tests/fuzz/run.sh [SECONDS] [TARGET…]
#   SECONDS  how long to fuzz each target (default 30; 0: only the regression seeds)
#   TARGET   record, csv, render, sheet (default: all four)
#
# Builds build-fuzz/ with clang when needed (-DKEFU_FUZZ=ON; clang and libFuzzer's runtime are
# installed from Debian if missing). Then, for each target:
#   1. every file of tests/fuzz/regressions/<target>/ is run once, and each that fails is named
#      with the first line of its report (build-fuzz/logs/<target>/<file>.log has all of it);
#   2. the target is fuzzed for SECONDS from tests/fuzz/corpus/<target>/ (read only) and
#      build-fuzz/corpus/<target>/ (what earlier runs found, kept between runs, plus the
#      regression seeds that pass), with its dictionary tests/fuzz/<target>.dict. The first
#      crash, leak, timeout (-timeout) or excess of memory (-rss_limit_mb) ends it; the input is
#      saved in build-fuzz/artifacts/<target>/ and the report's first line is shown.
# Prints runs, executions per second and coverage for each, and exits non-zero when a seed or a
# fuzzing run failed.
#
# By hand, longer (an hour a target):          bash tests/fuzz/run.sh 3600
# One target, going on past failures:          KEFU_FUZZ_ARGS="-fork=2 -ignore_crashes=1" \
#                                                bash tests/fuzz/run.sh 1200 record
# Run one input again / shrink it:             build-fuzz/fuzz_record FILE
#                                              build-fuzz/fuzz_record -minimize_crash=1 -runs=20000 FILE
#   (shrinking keeps any failure: check that the shrunk input still shows the same one)
# A failing input found this way, shrunk and named by what it shows, goes into
# tests/fuzz/regressions/<target>/ (a record input starts with the digit of its file kind, see
# fuzz_record.cpp).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(record csv render sheet)
for t in "${targets[@]}"; do
  case "$t" in
    record | csv | render | sheet) ;;
    *)
      echo "run.sh: unknown target $t (record, csv, render, sheet)" >&2
      exit 2
      ;;
  esac
done

build="build-fuzz"
KEFU_EXTRA_PACKAGES="clang libclang-rt-14-dev llvm-14" \
  bash src/tools/setup.sh "$build" -DKEFU_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ || exit 1

# Readable stack traces; leaks count as failures (libFuzzer's default, said here).
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH="$symbolizer"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

# Inputs past 4 KB say nothing a smaller one cannot (a record file is under 2 KB); one input
# taking 10 s is a hang; 2 GB of memory is a leak or a blow-up.
limits=(-max_len=4096 -timeout=10 -rss_limit_mb=2048)

# The first line of a failure's report: the target's own, else the sanitizer's or libFuzzer's.
why() {
  grep -m1 -E 'FUZZ FAILURE|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY:' "$1" ||
    tail -n 1 "$1"
}

status=0
summary=()
for t in "${targets[@]}"; do
  bin="$build/fuzz_$t"
  logs="$build/logs/$t"
  work="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$logs" "$work" "$artifacts"

  seeds=(tests/fuzz/regressions/"$t"/*)
  [ -e "${seeds[0]}" ] || seeds=()
  failed=0
  if [ ${#seeds[@]} -gt 0 ]; then
    echo "== fuzz_$t: ${#seeds[@]} regression seeds (tests/fuzz/regressions/$t/)"
    for seed in "${seeds[@]}"; do
      log="$logs/$(basename "$seed").log"
      if "$bin" "${limits[@]}" "$seed" >"$log" 2>&1; then
        cp "$seed" "$work/"
      else
        failed=$((failed + 1))
        echo "  FAIL $(basename "$seed"): $(why "$log")"
      fi
    done
    echo "  $((${#seeds[@]} - failed)) pass, $failed fail"
    [ $failed -eq 0 ] || echo "  (each failure's report: $logs/<seed>.log)"
    [ $failed -eq 0 ] || status=1
  fi
  line="fuzz_$t: no regression seeds"
  [ ${#seeds[@]} -eq 0 ] || line="fuzz_$t: regression seeds $((${#seeds[@]} - failed))/${#seeds[@]} pass"

  if [ "$seconds" -gt 0 ]; then
    echo "== fuzz_$t: fuzzing for $seconds s"
    log="$logs/fuzz.log"
    # shellcheck disable=SC2086  # KEFU_FUZZ_ARGS is a list of options
    "$bin" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      -dict="tests/fuzz/$t.dict" -artifact_prefix="$artifacts/" ${KEFU_FUZZ_ARGS:-} \
      "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    progress=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    cov=$(sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/\1 edges, \2 features, corpus \3/p' <<<"$progress")
    line+=", fuzzed $seconds s: ${runs:-?} runs, ${rate:-?} exec/s, ${cov:-coverage ?}, peak ${rss:-?} MB"
    if [ $rc -ne 0 ]; then
      status=1
      echo "  FAILED (exit $rc): $(why "$log")"
      sed -n 's/.*Test unit written to /  input: /p' "$log"
      echo "  log: $log"
      line+=" — FAILED"
    else
      echo "  ${runs:-?} runs, ${rate:-?} exec/s, ${cov:-coverage ?}"
    fi
  fi
  summary+=("$line")
done

echo "== summary"
printf '  %s\n' "${summary[@]}"
exit $status
