# provscore_set_warnings(target): the project's warning level, and the sanitizers
# when PROVSCORE_SANITIZE (ASan+UBSan) or PROVSCORE_TSAN (ThreadSanitizer) is on. Every provscore target calls it.
function(provscore_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wformat=2 -Wimplicit-fallthrough
    # GCC 12 reports false -Wrestrict positives inside std::string at -O2 (GCC bug 105329).
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
  if(PROVSCORE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# With PROVSCORE_FUZZ (the top-level CMakeLists) the same two sanitizers come with
# libFuzzer's coverage: one sanitizer tree serves the tests and the fuzz targets.
if(PROVSCORE_SANITIZE AND NOT PROVSCORE_FUZZ)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(PROVSCORE_TSAN)
  if(PROVSCORE_SANITIZE)
    message(FATAL_ERROR "PROVSCORE_TSAN and PROVSCORE_SANITIZE cannot be combined: build them apart")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
