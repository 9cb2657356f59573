// Which site a host belongs to. A site is known by its registrable domain (the
// label under the public suffix, with that suffix) as the Public Suffix List
// defines it, read through libpsl's built-in copy of the list:
//
//   RegistrableName("news.herald.co.uk") == "herald"   // suffix "co.uk"
//   RegistrableName("www.herald.com")    == "herald"
//   RegistrableName("ann.blogspot.com")  == "ann"      // a private suffix: one blog, one site
//   RegistrableName("co.uk")             == ""         // a suffix alone, an IP address, one label
#pragma once

#include <string>
#include <string_view>

namespace provscore {

// The label a host is registered under, without its subdomains and its public
// suffix; "" when there is none (an IP address, a bare suffix, a single label such
// as "localhost"). `host` is a host name, not a URL; case is ignored.
std::string RegistrableName(std::string_view host);

// The registrable domain `name` is ("herald.co.uk" for "News.Herald.co.uk"), lower
// case, when it is a host name whose public suffix the list holds (not merely the
// list's implicit "*" rule: "report.pdf" is none); "" otherwise.
//   RegistrableDomain("Example.ru") == "example.ru"
//   RegistrableDomain("report.pdf") == ""
std::string RegistrableDomain(std::string_view name);

}  // namespace provscore
