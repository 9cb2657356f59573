#include "base/host_name.h"

#include <libpsl.h>

#include <algorithm>

#include "base/text.h"

namespace provscore {
namespace {

bool IsIpAddress(std::string_view host) {
  if (host.find(':') != std::string_view::npos) return true;  // IPv6 ("[::1]" or bare)
  return !host.empty() && std::all_of(host.begin(), host.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

}  // namespace

std::string RegistrableName(std::string_view host) {
  std::string name = AsciiLower(host);
  while (!name.empty() && name.back() == '.') name.pop_back();  // "example.com." is fully qualified
  if (name.empty() || IsIpAddress(name)) return "";
  // psl_builtin() is a static context, read-only: safe from every thread.
  const char* domain = psl_registrable_domain(psl_builtin(), name.c_str());
  if (domain == nullptr) return "";
  const std::string_view registrable(domain);
  return std::string(registrable.substr(0, registrable.find('.')));
}

}  // namespace provscore
