# provscore_add_test(NAME SOURCES... LIBS...): one GoogleTest executable, registered
# with CTest test by test. Tests run from the build folder with PROVSCORE_SOURCE_DIR
# and PROVSCORE_TEST_DATA set so fixtures under tests/data are found.
find_package(GTest CONFIG REQUIRED)
include(GoogleTest)

function(provscore_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    PROVSCORE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    PROVSCORE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    PROVSCORE_BINARY="$<TARGET_FILE:provscore>")
  provscore_set_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "PROVSCORE_RULES=${PROJECT_SOURCE_DIR}/rules")
endfunction()
