#include "base/host_name.h"

#include <gtest/gtest.h>

namespace provscore {
namespace {

TEST(HostNameTest, NameUnderThePublicSuffix) {
  EXPECT_EQ(RegistrableName("herald.com"), "herald");
  EXPECT_EQ(RegistrableName("www.herald.com"), "herald");
  EXPECT_EQ(RegistrableName("news.herald.com"), "herald");  // a short subdomain is no suffix
  EXPECT_EQ(RegistrableName("m.news.herald.co.uk"), "herald");
  EXPECT_EQ(RegistrableName("herald.com.au"), "herald");
  EXPECT_EQ(RegistrableName("example.gob.mx"), "example");
  EXPECT_EQ(RegistrableName("paper.or.jp"), "paper");
  EXPECT_EQ(RegistrableName("www.bote.de"), "bote");  // a short name is a name
  EXPECT_EQ(RegistrableName("WWW.Herald.COM."), "herald");
}

TEST(HostNameTest, OneSiteOnAHostingServiceIsASiteOfItsOwn) {
  // Private suffixes of the list: two blogs on one service are two sites.
  EXPECT_EQ(RegistrableName("ann.blogspot.com"), "ann");
  EXPECT_NE(RegistrableName("ann.github.io"), RegistrableName("bob.github.io"));
}

TEST(HostNameTest, NoNameForSuffixesAddressesAndSingleLabels) {
  EXPECT_EQ(RegistrableName(""), "");
  EXPECT_EQ(RegistrableName("com"), "");
  EXPECT_EQ(RegistrableName("co.uk"), "");
  EXPECT_EQ(RegistrableName("localhost"), "");
  EXPECT_EQ(RegistrableName("127.0.0.1"), "");
  EXPECT_EQ(RegistrableName("[::1]"), "");
}

TEST(HostNameTest, RegistrableDomainNeedsAListedSuffix) {
  EXPECT_EQ(RegistrableDomain("Example.ru"), "example.ru");
  EXPECT_EQ(RegistrableDomain("news.herald.co.uk"), "herald.co.uk");
  EXPECT_EQ(RegistrableDomain("www.herald.com."), "herald.com");
  EXPECT_EQ(RegistrableDomain("report.pdf"), "");   // no such suffix: a file name
  EXPECT_EQ(RegistrableDomain("co.uk"), "");        // a suffix alone
  EXPECT_EQ(RegistrableDomain("Harbour Herald"), "");
  EXPECT_EQ(RegistrableDomain("herald"), "");
  EXPECT_EQ(RegistrableDomain("127.0.0.1"), "");
  EXPECT_EQ(RegistrableDomain("a..com"), "");
}

}  // namespace
}  // namespace provscore
