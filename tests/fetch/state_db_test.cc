#include "fetch/state_db.h"

#include <gtest/gtest.h>

#include "fetch_test_util.h"

namespace provscore::fetch {
namespace {

TEST(StateDbTest, UrlStateRoundTripsAndReplaces) {
  testing::TempDir dir;
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  EXPECT_FALSE((*db)->GetUrl("http://example.com/").value().has_value());
  UrlState st{"http://example.com/", "2024-03-01T12:00:00Z", 200, "\"v1\"", "Fri, 01 Mar 2024 10:00:00 GMT",
              "sha1:ABC", "f.warc.gz", 1234, "<urn:uuid:r>", "2024-03-01T12:00:00Z"};
  ASSERT_TRUE((*db)->PutUrl(st).ok());
  st.http_status = 304;
  ASSERT_TRUE((*db)->PutUrl(st).ok());
  auto got = (*db)->GetUrl("http://example.com/");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->http_status, 304);
  EXPECT_EQ((*got)->etag, "\"v1\"");
  EXPECT_EQ((*got)->warc_offset, 1234u);
  EXPECT_EQ((*got)->record_date, "2024-03-01T12:00:00Z");
}

TEST(StateDbTest, StateSurvivesReopen) {
  testing::TempDir dir;
  {
    auto db = StateDb::Open(dir.str() + "/state.sqlite");
    ASSERT_TRUE((*db)->PutUrl({"http://a/", "d", 200, "", "", "sha1:X", "f", 1, "<id>", "d"}).ok());
  }
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  EXPECT_EQ((*db)->GetUrl("http://a/").value()->payload_digest, "sha1:X");
}

TEST(StateDbTest, FirstPayloadRecordWins) {
  testing::TempDir dir;
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  ASSERT_TRUE((*db)->PutPayload({"sha1:D", "<first>", "http://a/", "d1", "f", 10}).ok());
  ASSERT_TRUE((*db)->PutPayload({"sha1:D", "<second>", "http://b/", "d2", "f", 20}).ok());
  EXPECT_EQ((*db)->GetPayload("sha1:D").value()->record_id, "<first>");
  EXPECT_FALSE((*db)->GetPayload("sha1:NONE").value().has_value());
}

TEST(StateDbTest, DueScheduleIsOrderedBySoonest) {
  testing::TempDir dir;
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  ASSERT_TRUE((*db)->PutSchedule({"http://late/", 60, 300}).ok());
  ASSERT_TRUE((*db)->PutSchedule({"http://soon/", 60, 100}).ok());
  ASSERT_TRUE((*db)->PutSchedule({"http://future/", 60, 9999}).ok());
  auto due = (*db)->DueSchedule(500);
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 2u);
  EXPECT_EQ((*due)[0].source_url, "http://soon/");
}

TEST(StateDbTest, ScheduleEntryCanBeReadListedAndRemoved) {
  testing::TempDir dir;
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  EXPECT_FALSE((*db)->GetSchedule("http://feed/").value().has_value());
  ASSERT_TRUE((*db)->PutSchedule({"http://feed/", 1800, 400}).ok());
  ASSERT_TRUE((*db)->PutSchedule({"http://page/", 60, 200}).ok());
  auto got = (*db)->GetSchedule("http://feed/");
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->interval_seconds, 1800);
  EXPECT_EQ((*got)->next_due_unix, 400);
  auto all = (*db)->ListSchedule();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].source_url, "http://page/");
  ASSERT_TRUE((*db)->RemoveSchedule("http://page/").ok());
  EXPECT_EQ((*db)->ListSchedule()->size(), 1u);
}

TEST(StateDbTest, ScheduleSurvivesReopen) {
  testing::TempDir dir;
  {
    auto db = StateDb::Open(dir.str() + "/state.sqlite");
    ASSERT_TRUE((*db)->PutSchedule({"http://feed/", 1800, 4000}).ok());
  }
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  EXPECT_TRUE((*db)->DueSchedule(3999)->empty());
  EXPECT_EQ((*db)->DueSchedule(4000)->size(), 1u);
}

TEST(StateDbTest, UsesWriteAheadLog) {
  testing::TempDir dir;
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  ASSERT_TRUE((*db)->PutUrl({"http://a/", "d", 200, "", "", "", "", 0, "", ""}).ok());
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "state.sqlite-wal"));
}

TEST(StateDbTest, UnopenablePathIsAnIoError) {
  EXPECT_EQ(StateDb::Open("/nonexistent-dir/state.sqlite").status().code(), StatusCode::kIoError);
}

TEST(StateDbTest, FileThatIsNotADatabaseIsAnIoError) {
  testing::TempDir dir;
  testing::WriteFile(dir.path() / "state.sqlite", std::string(4096, 'x'));
  EXPECT_EQ(StateDb::Open(dir.str() + "/state.sqlite").status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace provscore::fetch
