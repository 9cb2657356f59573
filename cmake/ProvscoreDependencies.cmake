# Finds every third-party library and exposes each as an imported target with a
# provscore:: or upstream name. scripts/install-deps.sh installs them all from Debian 12.
find_package(PkgConfig REQUIRED)

# Start-up (issue 12, bench/README.md "Session 12"): every shared object the executable
# needs is mapped and relocated before main(), on every run. The libraries only provscore
# uses are linked from the static archives their Debian -dev packages already ship (same
# code, same versions); those libcurl needs anyway (zlib, libpsl, libcrypto) stay shared,
# so that one copy of each is loaded. OFF gives the shared objects back.
option(PROVSCORE_STATIC_DEPS
       "Link RE2, Gumbo, uchardet, pugixml, libdeflate, SQLite and Boost.JSON from their static archives" ON)

# A pkg-config imported target links its libraries by full path: swap each libX.so for
# the libX.a beside it, when there is one.
function(provscore_use_static_archives target)
  if(NOT PROVSCORE_STATIC_DEPS)
    return()
  endif()
  get_target_property(libs ${target} INTERFACE_LINK_LIBRARIES)
  set(linked)
  foreach(lib IN LISTS libs)
    string(REGEX REPLACE "\\.so$" ".a" archive "${lib}")
    if(NOT archive STREQUAL lib AND EXISTS "${archive}")
      list(APPEND linked "${archive}")
    else()
      list(APPEND linked "${lib}")
    endif()
  endforeach()
  set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${linked};${ARGN}")
endfunction()

# Boost.JSON ships only in Debian's 1.81 packages (the default 1.74 has none).
set(Boost_USE_STATIC_LIBS ${PROVSCORE_STATIC_DEPS})
find_package(boost_json 1.81.0 EXACT CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
provscore_use_static_archives(PkgConfig::GUMBO)
add_library(provscore::gumbo ALIAS PkgConfig::GUMBO)

pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
provscore_use_static_archives(PkgConfig::RE2 Threads::Threads)
add_library(provscore::re2 ALIAS PkgConfig::RE2)

pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
provscore_use_static_archives(PkgConfig::UCHARDET)
add_library(provscore::uchardet ALIAS PkgConfig::UCHARDET)

# Which site a host belongs to (base/host_name.h): the Public Suffix List as libpsl
# carries it (libcurl already links libpsl for its cookies).
pkg_check_modules(PSL REQUIRED IMPORTED_TARGET libpsl)
add_library(provscore::psl ALIAS PkgConfig::PSL)

# fetch/ (the archiver, issue 6): libcurl for HTTP, zlib for gzip members and
# Content-Encoding, SQLite for the crawl state. All from Debian 12 (install-deps.sh).
find_package(CURL REQUIRED)
find_package(ZLIB REQUIRED)
find_package(SQLite3 REQUIRED)
# libsqlite3.a needs what its pkg-config file's Libs.private names: libm and zlib.
string(REGEX REPLACE "\\.so$" ".a" SQLite3_ARCHIVE "${SQLite3_LIBRARY}")
if(PROVSCORE_STATIC_DEPS AND EXISTS "${SQLite3_ARCHIVE}")
  set_target_properties(SQLite::SQLite3 PROPERTIES IMPORTED_LOCATION "${SQLite3_ARCHIVE}"
                        INTERFACE_LINK_LIBRARIES "m;ZLIB::ZLIB;Threads::Threads;${CMAKE_DL_LIBS}")
endif()
add_library(provscore::curl ALIAS CURL::libcurl)
add_library(provscore::zlib ALIAS ZLIB::ZLIB)
add_library(provscore::sqlite3 ALIAS SQLite::SQLite3)

# fetch/ link discovery (provscore watch): feeds and sitemaps are parsed with pugixml.
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
provscore_use_static_archives(PkgConfig::PUGIXML)
add_library(provscore::pugixml ALIAS PkgConfig::PUGIXML)

# fetch/ compresses each WARC record with libdeflate (faster than zlib at a similar ratio).
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)
provscore_use_static_archives(PkgConfig::LIBDEFLATE)
add_library(provscore::libdeflate ALIAS PkgConfig::LIBDEFLATE)
