# Finds every third-party library and exposes each as an imported target with a
# provscore:: or upstream name. scripts/install-deps.sh installs them all from Debian 12.
find_package(PkgConfig REQUIRED)

# Boost.JSON ships only in Debian's 1.81 packages (the default 1.74 has none).
find_package(boost_json 1.81.0 EXACT CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
add_library(provscore::gumbo ALIAS PkgConfig::GUMBO)

pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
add_library(provscore::re2 ALIAS PkgConfig::RE2)

pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
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
add_library(provscore::curl ALIAS CURL::libcurl)
add_library(provscore::zlib ALIAS ZLIB::ZLIB)
add_library(provscore::sqlite3 ALIAS SQLite::SQLite3)

# fetch/ link discovery (provscore watch): feeds and sitemaps are parsed with pugixml.
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
add_library(provscore::pugixml ALIAS PkgConfig::PUGIXML)

# fetch/ compresses each WARC record with libdeflate (faster than zlib at a similar ratio).
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)
add_library(provscore::libdeflate ALIAS PkgConfig::LIBDEFLATE)
