# provscore_add_test(NAME [SHARDS N] SOURCES... LIBS...): one GoogleTest executable,
# registered with CTest as N shards (GoogleTest's GTEST_TOTAL_SHARDS/GTEST_SHARD_INDEX:
# test i runs in shard i mod N), named NAME/0 ... NAME/N-1. One process per shard, not
# per test: a process pays for loading and compiling the built-in rules once (seconds
# under the sanitizers), and `ctest -j` still spreads the shards over the cores. To run
# one test: `build/tests/score_test --gtest_filter='Suite.Name'`. Tests run from the
# build folder with PROVSCORE_SOURCE_DIR and PROVSCORE_TEST_DATA set so fixtures under
# tests/data are found.
find_package(GTest CONFIG REQUIRED)

function(provscore_add_test name)
  cmake_parse_arguments(ARG "" "SHARDS" "SOURCES;LIBS" ${ARGN})
  if(NOT ARG_SHARDS)
    set(ARG_SHARDS 1)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    PROVSCORE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    PROVSCORE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    PROVSCORE_BINARY="$<TARGET_FILE:provscore>")
  provscore_set_warnings(${name})
  math(EXPR last "${ARG_SHARDS} - 1")
  foreach(shard RANGE ${last})
    add_test(NAME ${name}/${shard} COMMAND ${name} --gtest_brief=1)
    set_tests_properties(${name}/${shard} PROPERTIES
      ENVIRONMENT "PROVSCORE_RULES=${PROJECT_SOURCE_DIR}/rules;GTEST_TOTAL_SHARDS=${ARG_SHARDS};GTEST_SHARD_INDEX=${shard}"
      TIMEOUT 1800
      LABELS ${name})
  endforeach()
endfunction()
