#include "fetch/internal/robots.h"

#include <gtest/gtest.h>

namespace provscore::fetch::internal {
namespace {

constexpr std::string_view kRobots = R"(# test robots
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: provscore
User-agent: otherbot
Disallow: /no-provscore
Allow: /no-provscore/but-this
Crawl-delay: 0.5

User-agent: badbot
Disallow: /
)";

TEST(RobotsTest, SpecificGroupAppliesToOurProductToken) {
  const RobotsRules r = RobotsRules::Parse(kRobots, ProductToken("provscore/0.1 (+https://example.org)"));
  struct Case {
    std::string_view path;
    bool allowed;
  };
  const Case cases[] = {
      {"/", true},
      {"/no-provscore", false},
      {"/no-provscore/x", false},
      {"/no-provscore/but-this", true},   // longer Allow wins
      {"/private/x", true},               // the '*' group does not apply to us
      {"/robots.txt", true},
  };
  for (const Case& c : cases) EXPECT_EQ(r.Allowed(c.path), c.allowed) << c.path;
  ASSERT_TRUE(r.crawl_delay().has_value());
  EXPECT_EQ(r.crawl_delay()->count(), 500);
}

// Found by fuzz/robots_fuzzer: "Crawl-delay: 1e99" overflowed the milliseconds
// (undefined behaviour); a delay is now at most a day.
TEST(RobotsTest, HugeCrawlDelayIsCappedAtADay) {
  for (const char* delay : {"1e99", "inf", "99999999999999999999"}) {
    const RobotsRules r = RobotsRules::Parse(std::string("User-agent: *\nCrawl-delay: ") + delay + "\n", "provscore");
    ASSERT_TRUE(r.crawl_delay().has_value()) << delay;
    EXPECT_EQ(r.crawl_delay()->count(), 86400 * 1000) << delay;
  }
}

TEST(RobotsTest, StarGroupAppliesToOtherAgents) {
  const RobotsRules r = RobotsRules::Parse(kRobots, "somebot");
  struct Case {
    std::string_view path;
    bool allowed;
  };
  const Case cases[] = {
      {"/private/", false},    {"/private/secret", false}, {"/private/open", true}, {"/private/opener", true},
      {"/docs/a.pdf", false},  {"/docs/a.pdf?x=1", true},  {"/public", true},
  };
  for (const Case& c : cases) EXPECT_EQ(r.Allowed(c.path), c.allowed) << c.path;
  EXPECT_EQ(r.crawl_delay()->count(), 2000);
}

TEST(RobotsTest, DisallowAllGroup) {
  EXPECT_FALSE(RobotsRules::Parse(kRobots, "badbot").Allowed("/anything"));
}

TEST(RobotsTest, EmptyDisallowAllowsEverything) {
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow:\n", "x").Allowed("/a"));
}

TEST(RobotsTest, TieBetweenAllowAndDisallowAllows) {
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "x").Allowed("/a"));
}

TEST(RobotsTest, GarbageIsIgnored) {
  const RobotsRules r = RobotsRules::Parse("<html>not robots</html>\nDisallow: /x\n", "x");
  EXPECT_TRUE(r.Allowed("/x"));  // rules before any user-agent line do not count
  EXPECT_FALSE(r.crawl_delay().has_value());
}

TEST(RobotsTest, UnreachableRobotsDisallowsEverything) {
  EXPECT_FALSE(RobotsRules::DisallowAll().Allowed("/"));
  EXPECT_TRUE(RobotsRules::AllowAll().Allowed("/"));
}

}  // namespace
}  // namespace provscore::fetch::internal
