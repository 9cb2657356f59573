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

// `host` as libpsl looks it up: lower case, without the trailing dot of a fully
// qualified name ("example.com."); "" for an IP address or nothing.
std::string LookupForm(std::string_view host) {
  std::string name = AsciiLower(host);
  while (!name.empty() && name.back() == '.') name.pop_back();
  return IsIpAddress(name) ? "" : name;
}

}  // namespace

std::string RegistrableName(std::string_view host) {
  const std::string name = LookupForm(host);
  if (name.empty()) return "";
  // psl_builtin() is a static context, read-only: safe from every thread.
  const char* domain = psl_registrable_domain(psl_builtin(), name.c_str());
  if (domain == nullptr) return "";
  const std::string_view registrable(domain);
  return std::string(registrable.substr(0, registrable.find('.')));
}

std::string RegistrableDomain(std::string_view name) {
  const std::string host = LookupForm(name);
  if (host.empty() || host.find('.') == std::string::npos) return "";
  const bool host_chars = std::all_of(host.begin(), host.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || (c & 0x80) != 0;
  });
  if (!host_chars || host.front() == '.' || host.find("..") != std::string::npos) return "";
  const char* domain = psl_registrable_domain(psl_builtin(), host.c_str());
  if (domain == nullptr) return "";
  const std::string registrable(domain);
  const std::string suffix = registrable.substr(registrable.find('.') + 1);
  if (!psl_is_public_suffix2(psl_builtin(), suffix.c_str(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE)) return "";
  return registrable;
}

}  // namespace provscore
