#include "fetch/link_discovery.h"

#include <gtest/gtest.h>

#include "fetch/internal/gzip.h"

namespace provscore::fetch {
namespace {

struct Case {
  const char* name;
  const char* xml;
  XmlSourceKind kind;
  std::vector<std::string> articles;
  std::vector<std::string> sitemaps;
};

const char* kBase = "https://news.example/feeds/main.xml";

TEST(LinkDiscoveryTest, FindsArticleLinksInEachFormat) {
  const std::vector<Case> cases = {
      {"rss 2.0", R"(<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
         <item><link>https://news.example/a</link></item>
         <item><guid isPermaLink="true">https://news.example/b</guid></item>
         <item><guid isPermaLink="false">tag:news.example,2024:c</guid></item>
         <item><link>/d#comments</link></item>
         <item><link>https://news.example/a</link></item></channel></rss>)",
       XmlSourceKind::kRss, {"https://news.example/a", "https://news.example/b", "https://news.example/d"}, {}},
      {"rss 1.0", R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
         <channel rdf:about="https://news.example/"/><item rdf:about="https://news.example/r1"><link>https://news.example/r1</link></item>
         </rdf:RDF>)",
       XmlSourceKind::kRss, {"https://news.example/r1"}, {}},
      {"atom", R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry>
         <link rel="self" href="https://news.example/api/1"/><link rel="alternate" href="https://news.example/e1"/></entry>
         <entry><link href="e2"/></entry></feed>)",
       XmlSourceKind::kAtom, {"https://news.example/e1", "https://news.example/feeds/e2"}, {}},
      {"urlset", R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
         <url><loc> https://news.example/s1 </loc></url><url><loc>ftp://news.example/x</loc></url></urlset>)",
       XmlSourceKind::kUrlset, {"https://news.example/s1"}, {}},
      {"sitemap index", R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
         <sitemap><loc>https://news.example/sm-1.xml.gz</loc></sitemap></sitemapindex>)",
       XmlSourceKind::kSitemapIndex, {}, {"https://news.example/sm-1.xml.gz"}},
  };
  for (const Case& c : cases) {
    Result<DiscoveredLinks> got = DiscoverLinks(c.xml, kBase);
    ASSERT_TRUE(got.ok()) << c.name << ": " << got.status().ToString();
    EXPECT_EQ(got->kind, c.kind) << c.name;
    EXPECT_EQ(got->articles, c.articles) << c.name;
    EXPECT_EQ(got->sitemaps, c.sitemaps) << c.name;
  }
}

TEST(LinkDiscoveryTest, GzipSitemapIsInflated) {
  const std::string xml = R"(<urlset><url><loc>https://news.example/z</loc></url></urlset>)";
  Result<DiscoveredLinks> got = DiscoverLinks(internal::GzipCompress(xml, 6).value(), kBase);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->articles, std::vector<std::string>{"https://news.example/z"});
}

TEST(LinkDiscoveryTest, InflatedSizeIsBounded) {
  const std::string xml = "<urlset>" + std::string(100000, ' ') + "</urlset>";
  Result<DiscoveredLinks> got = DiscoverLinks(internal::GzipCompress(xml, 6).value(), kBase, 1000);
  EXPECT_EQ(got.status().code(), StatusCode::kParseError);
}

TEST(LinkDiscoveryTest, MalformedXmlIsAParseError) {
  EXPECT_EQ(DiscoverLinks("<rss><channel><item>", kBase).status().code(), StatusCode::kParseError);
}

TEST(LinkDiscoveryTest, HtmlIsUnsupported) {
  EXPECT_EQ(DiscoverLinks("<html><body>hi</body></html>", kBase).status().code(), StatusCode::kUnsupported);
}

TEST(LinkDiscoveryTest, CorruptGzipIsAParseError) {
  EXPECT_EQ(DiscoverLinks(std::string("\x1f\x8b\x08\x00garbage", 11), kBase).status().code(),
            StatusCode::kParseError);
}

TEST(LinkDiscoveryTest, ResolveKeepsOnlyHttp) {
  EXPECT_EQ(ResolveHttpUrl("https://a.example/x/y", "../z#f"), "https://a.example/z");
  EXPECT_EQ(ResolveHttpUrl("https://a.example/", "javascript:alert(1)"), "");
  EXPECT_EQ(ResolveHttpUrl("", "file:///etc/passwd"), "");
  EXPECT_EQ(ResolveHttpUrl("", ""), "");
}

}  // namespace
}  // namespace provscore::fetch
