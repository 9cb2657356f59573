// Link discovery: finds the article URLs in the XML documents news sites publish for
// crawlers -- RSS 2.0 and RSS 1.0 (item/link, or a permalink guid), Atom (entry/link
// with rel="alternate" or no rel), sitemaps (urlset/url/loc) and sitemap indexes
// (sitemapindex/sitemap/loc, whose targets are further sitemaps to fetch). A gzip body
// (sitemap.xml.gz served as application/gzip) is inflated first. Relative links are
// resolved against the document's URL; only http and https links are kept, in document
// order, without duplicates. Parsing uses pugixml. Pure functions, thread-safe.
//
//   Result<DiscoveredLinks> links = DiscoverLinks(body, "https://example.org/feed.xml");
//   for (const std::string& url : links->articles) ...;
//   for (const std::string& child : links->sitemaps) ...;   // fetch, then discover again
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace provscore::fetch {

enum class XmlSourceKind { kRss, kAtom, kUrlset, kSitemapIndex };

struct DiscoveredLinks {
  XmlSourceKind kind = XmlSourceKind::kRss;
  std::vector<std::string> articles;  // pages to archive
  std::vector<std::string> sitemaps;  // child sitemaps of a sitemap index
};

// kParseError when `body` is not well-formed XML (or corrupt gzip); kUnsupported when it
// is XML of another kind (an HTML page, say). Inflated bodies are limited to
// `max_inflated_bytes`; larger ones are kParseError (a sitemap may be 50 MB at most).
Result<DiscoveredLinks> DiscoverLinks(std::string_view body, std::string_view base_url,
                                      uint64_t max_inflated_bytes = 64ULL << 20);

// `relative` resolved against `base` (RFC 3986), fragment dropped; empty when either is
// unusable or the result is not http(s).
std::string ResolveHttpUrl(std::string_view base, std::string_view relative);

const char* XmlSourceKindName(XmlSourceKind kind);

}  // namespace provscore::fetch
