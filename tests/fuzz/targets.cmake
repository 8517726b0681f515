# The libFuzzer targets (KEFU_FUZZ=ON, clang): each links libFuzzer's main against kefulib,
# which the top-level CMakeLists.txt instruments with -fsanitize=fuzzer-no-link. Built and run
# by tests/fuzz/run.sh.
foreach(target fuzz_record fuzz_csv fuzz_render fuzz_sheet)
  add_executable(${target} ${CMAKE_SOURCE_DIR}/tests/fuzz/${target}.cpp)
  target_link_libraries(${target} PRIVATE kefulib)
  target_compile_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
endforeach()
