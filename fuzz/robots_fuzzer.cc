// robots.txt: parse, then ask about a few paths.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fetch/internal/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto rules = provscore::fetch::internal::RobotsRules::Parse(
      std::string_view(reinterpret_cast<const char*>(data), size), "provscore");
  for (const char* path : {"/", "/news/a?x=1", "/private/", "/a$b*c"}) (void)rules.Allowed(path);
  (void)rules.crawl_delay();
  return 0;
}
