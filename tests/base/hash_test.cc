#include "base/hash.h"

#include <gtest/gtest.h>

#include "base/status.h"

namespace provscore {
namespace {

TEST(HashTest, Sha256MatchesTheStandardTestVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(HashTest, ContentIdIsStableAndShort) {
  EXPECT_EQ(ContentId("abc"), "ba7816bf8f01cfea");
  EXPECT_EQ(ContentId("abc"), ContentId(std::string("abc")));
  EXPECT_NE(ContentId("abc"), ContentId("abd"));
}

TEST(StatusTest, CarriesCodeAndMessage) {
  const Status ok = Status::Ok();
  EXPECT_TRUE(ok.ok());
  const Status bad = ParseError("rules/x.json:3: bad");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.ToString(), "parse_error: rules/x.json:3: bad");
  Result<int> r = NotFound("gone");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  Result<int> v = 7;
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, 7);
}

}  // namespace
}  // namespace provscore
