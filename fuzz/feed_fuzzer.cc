// The feed and sitemap parser (RSS, Atom, urlset, sitemap index; gzip bodies too).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fetch/link_discovery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto links = provscore::fetch::DiscoverLinks(std::string_view(reinterpret_cast<const char*>(data), size),
                                               "https://example.test/feed", 1 << 20);
  (void)links;
  return 0;
}
