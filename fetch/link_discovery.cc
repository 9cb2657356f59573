#include "fetch/link_discovery.h"

#include <curl/curl.h>
#include <zlib.h>

#include <pugixml.hpp>

#include <cstring>
#include <memory>
#include <unordered_set>

#include "base/text.h"

namespace provscore::fetch {
namespace {

struct UrlCleanup {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

// The local part of an element or attribute name: "atom:link" -> "link".
std::string_view LocalName(const char* name) {
  std::string_view n(name);
  const size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node FirstChild(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) return c;
  }
  return {};
}

std::string TextOf(pugi::xml_node n) { return std::string(TrimAscii(n.child_value())); }

// Inflates a gzip body, refusing to grow past `limit` (a gzip bomb stops there).
Result<std::string> BoundedGunzip(std::string_view data, uint64_t limit) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Internal("inflateInit2 failed");
  std::unique_ptr<z_stream, void (*)(z_stream*)> guard(&zs, [](z_stream* z) { inflateEnd(z); });
  std::string out;
  char buf[64 * 1024];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > limit) return ParseError("inflated XML is larger than " + std::to_string(limit) + " bytes");
    if (rc == Z_STREAM_END) {
      if (zs.avail_in == 0) return out;
      inflateReset(&zs);  // another member follows
      continue;
    }
    if (rc != Z_OK) return ParseError(std::string("gzip data is corrupt: ") + (zs.msg ? zs.msg : "zlib error"));
    if (zs.avail_in == 0 && zs.avail_out != 0) return ParseError("gzip data is truncated");
  }
}

class LinkList {
 public:
  explicit LinkList(std::string_view base) : base_(base) {}
  void Add(std::string_view link, std::vector<std::string>* to) {
    std::string url = ResolveHttpUrl(base_, TrimAscii(link));
    if (url.empty() || !seen_.insert(url).second) return;
    to->push_back(std::move(url));
  }

 private:
  std::string_view base_;
  std::unordered_set<std::string> seen_;
};

void RssItems(pugi::xml_node container, LinkList& list, std::vector<std::string>* out) {
  for (pugi::xml_node item : container.children()) {
    if (item.type() != pugi::node_element || LocalName(item.name()) != "item") continue;
    std::string link = TextOf(FirstChild(item, "link"));
    if (link.empty()) {
      // A guid is a permalink unless it says isPermaLink="false".
      pugi::xml_node guid = FirstChild(item, "guid");
      if (guid && std::string_view(guid.attribute("isPermaLink").as_string("true")) != "false") link = TextOf(guid);
    }
    if (link.empty()) link = item.attribute("rdf:about").as_string();
    if (!link.empty()) list.Add(link, out);
  }
}

}  // namespace

const char* XmlSourceKindName(XmlSourceKind kind) {
  switch (kind) {
    case XmlSourceKind::kRss: return "rss";
    case XmlSourceKind::kAtom: return "atom";
    case XmlSourceKind::kUrlset: return "sitemap";
    case XmlSourceKind::kSitemapIndex: return "sitemap index";
  }
  return "?";
}

std::string ResolveHttpUrl(std::string_view base, std::string_view relative) {
  if (relative.empty()) return "";
  std::unique_ptr<CURLU, UrlCleanup> u(curl_url());
  if (!u) return "";
  if (!base.empty() && curl_url_set(u.get(), CURLUPART_URL, std::string(base).c_str(), 0) != CURLUE_OK) return "";
  if (curl_url_set(u.get(), CURLUPART_URL, std::string(relative).c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return "";
  }
  char* scheme = nullptr;
  if (curl_url_get(u.get(), CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK || !scheme) return "";
  const std::string s = AsciiLower(scheme);
  curl_free(scheme);
  if (s != "http" && s != "https") return "";
  curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
  char* out = nullptr;
  if (curl_url_get(u.get(), CURLUPART_URL, &out, 0) != CURLUE_OK || !out) return "";
  std::string url(out);
  curl_free(out);
  return url;
}

Result<DiscoveredLinks> DiscoverLinks(std::string_view body, std::string_view base_url, uint64_t max_inflated_bytes) {
  std::string inflated;
  if (body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f && static_cast<unsigned char>(body[1]) == 0x8b) {
    Result<std::string> g = BoundedGunzip(body, max_inflated_bytes);
    if (!g.ok()) return g.status();
    inflated = std::move(g).value();
    body = inflated;
  }
  pugi::xml_document doc;
  // pugixml never reads external entities or expands DTD-declared ones (no XXE, no
  // billion laughs); it decodes the five predefined entities and character references.
  const pugi::xml_parse_result parsed = doc.load_buffer(body.data(), body.size(), pugi::parse_default);
  if (!parsed) {
    return ParseError(std::string("not well-formed XML: ") + parsed.description() + " at byte " +
                      std::to_string(parsed.offset));
  }
  const pugi::xml_node root = doc.document_element();
  const std::string_view name = root ? LocalName(root.name()) : std::string_view();
  DiscoveredLinks out;
  LinkList list(base_url);
  if (name == "rss") {
    out.kind = XmlSourceKind::kRss;
    for (pugi::xml_node channel : root.children()) {
      if (channel.type() == pugi::node_element && LocalName(channel.name()) == "channel") {
        RssItems(channel, list, &out.articles);
      }
    }
  } else if (name == "RDF") {  // RSS 1.0: items are siblings of the channel
    out.kind = XmlSourceKind::kRss;
    RssItems(root, list, &out.articles);
  } else if (name == "feed") {
    out.kind = XmlSourceKind::kAtom;
    for (pugi::xml_node entry : root.children()) {
      if (entry.type() != pugi::node_element || LocalName(entry.name()) != "entry") continue;
      for (pugi::xml_node link : entry.children()) {
        if (link.type() != pugi::node_element || LocalName(link.name()) != "link") continue;
        const std::string_view rel = link.attribute("rel").as_string("alternate");
        if (rel != "alternate") continue;
        list.Add(link.attribute("href").as_string(), &out.articles);
        break;
      }
    }
  } else if (name == "urlset" || name == "sitemapindex") {
    const bool index = name == "sitemapindex";
    out.kind = index ? XmlSourceKind::kSitemapIndex : XmlSourceKind::kUrlset;
    for (pugi::xml_node entry : root.children()) {
      if (entry.type() != pugi::node_element) continue;
      if (LocalName(entry.name()) != (index ? "sitemap" : "url")) continue;
      list.Add(TextOf(FirstChild(entry, "loc")), index ? &out.sitemaps : &out.articles);
    }
  } else {
    return Unsupported("XML root <" + std::string(name) + "> is neither a feed (rss, RDF, feed) nor a sitemap");
  }
  return out;
}

}  // namespace provscore::fetch
