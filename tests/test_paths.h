// Where the tests find the source tree, their fixtures and the provscore binary.
// Force-included into every test source by provscore_add_test (cmake/ProvscoreTesting.cmake);
// the values live in one small source file that CMake generates in each build folder, so
// that no other test source carries an absolute path on its command line and ccache
// serves them to a clone in another folder (CI's fresh clone) too.
//
// Each macro names a NUL-terminated char array: use it as std::string(PROVSCORE_SOURCE_DIR)
// or std::filesystem::path(PROVSCORE_TEST_DATA), not in literal concatenation.
#ifndef PROVSCORE_TESTS_TEST_PATHS_H_
#define PROVSCORE_TESTS_TEST_PATHS_H_

extern "C" const char provscore_test_source_dir[];  // the repository root
extern "C" const char provscore_test_data_dir[];    // <root>/tests/data
extern "C" const char provscore_test_binary[];      // the built provscore

#define PROVSCORE_SOURCE_DIR provscore_test_source_dir
#define PROVSCORE_TEST_DATA provscore_test_data_dir
#define PROVSCORE_BINARY provscore_test_binary

#endif  // PROVSCORE_TESTS_TEST_PATHS_H_
