#include "fetch/state_db.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

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

TEST(StateDbTest, RecaptureQueueIsOrderedByDueTimeAndLimited) {
  testing::TempDir dir;
  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  ASSERT_TRUE(db.ok());
  EXPECT_FALSE((*db)->NextRecaptureDue().value().has_value());
  ASSERT_TRUE((*db)->PutRecapture({"http://a/late", "http://a/rss", 100, 0, 500}).ok());
  ASSERT_TRUE((*db)->PutRecapture({"http://a/soon", "http://a/rss", 100, 2, 300}).ok());
  ASSERT_TRUE((*db)->PutRecapture({"http://a/later", "http://a/rss", 100, 0, 900}).ok());
  EXPECT_EQ((*db)->NextRecaptureDue().value(), std::optional<int64_t>(300));
  auto due = (*db)->DueRecaptures(600, 10);
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 2u);
  EXPECT_EQ((*due)[0].url, "http://a/soon");
  EXPECT_EQ((*due)[0].steps_done, 2);
  EXPECT_EQ((*due)[0].discovered_unix, 100);
  EXPECT_EQ((*due)[1].url, "http://a/late");
  EXPECT_EQ((*db)->DueRecaptures(600, 1).value().size(), 1u);
  ASSERT_TRUE((*db)->PutRecapture({"http://a/soon", "http://a/rss", 100, 3, 1000}).ok());  // replaces
  EXPECT_EQ((*db)->GetRecapture("http://a/soon").value()->next_due_unix, 1000);
  ASSERT_TRUE((*db)->RemoveRecapture("http://a/late").ok());
  EXPECT_FALSE((*db)->GetRecapture("http://a/late").value().has_value());
  EXPECT_EQ((*db)->NextRecaptureDue().value(), std::optional<int64_t>(900));
}

// A state file written before the re-capture queue existed (schema version 1: no
// recapture table, user_version 0) opens with its rows intact and gains the queue.
TEST(StateDbTest, VersionOneFileIsUpgradedInPlace) {
  testing::TempDir dir;
  const std::string path = dir.str() + "/state.sqlite";
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    const char* v1 = R"sql(
      CREATE TABLE url_state (url TEXT PRIMARY KEY, last_fetch TEXT NOT NULL, http_status INTEGER NOT NULL,
        etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '', payload_digest TEXT NOT NULL DEFAULT '',
        warc_file TEXT NOT NULL DEFAULT '', warc_offset INTEGER NOT NULL DEFAULT 0, record_id TEXT NOT NULL DEFAULT '',
        record_date TEXT NOT NULL DEFAULT '');
      CREATE TABLE payload (digest TEXT PRIMARY KEY, record_id TEXT NOT NULL, target_uri TEXT NOT NULL,
        date TEXT NOT NULL, warc_file TEXT NOT NULL, warc_offset INTEGER NOT NULL);
      CREATE TABLE schedule (source_url TEXT PRIMARY KEY, interval_seconds INTEGER NOT NULL, next_due INTEGER NOT NULL);
      INSERT INTO url_state (url, last_fetch, http_status, etag) VALUES ('http://a/', 'd', 200, '"v1"');
      INSERT INTO schedule VALUES ('http://a/rss', 1800, 42);)sql";
    ASSERT_EQ(sqlite3_exec(raw, v1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(raw);
    sqlite3_close(raw);
  }
  {
    auto db = StateDb::Open(path);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    EXPECT_EQ((*db)->GetUrl("http://a/").value()->etag, "\"v1\"");
    EXPECT_EQ((*db)->GetSchedule("http://a/rss").value()->next_due_unix, 42);
    ASSERT_TRUE((*db)->PutRecapture({"http://a/x", "http://a/rss", 1, 0, 2}).ok());
  }
  auto again = StateDb::Open(path);  // a version-2 file reopens as it is
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->GetRecapture("http://a/x").value()->next_due_unix, 2);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &s, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(s, 0), 2);
  sqlite3_finalize(s);
  sqlite3_close(raw);
}

}  // namespace
}  // namespace provscore::fetch
