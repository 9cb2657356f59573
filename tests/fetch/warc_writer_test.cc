#include "fetch/warc_writer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "fetch/internal/gzip.h"
#include "fetch/warc_reader.h"
#include "fetch_test_util.h"

namespace provscore::fetch {
namespace {

using testing::IndependentSha1Base32;
using testing::ReadFile;
using testing::TempDir;

WarcWriterOptions TestOptions(const TempDir& dir) {
  WarcWriterOptions o;
  o.directory = dir.str();
  o.clock = testing::FixedClock();
  o.ids = testing::CountingIds();
  return o;
}

std::vector<WarcRecord> Exchange(const std::string& body, int n) {
  HttpCapture c = testing::SampleCapture();
  c.target_uri = "http://example.com/page/" + std::to_string(n);
  c.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + std::to_string(body.size()) +
                    "\r\n\r\n";
  c.response_body = body;
  const std::string q = "<urn:uuid:q-" + std::to_string(n) + ">";
  const std::string r = "<urn:uuid:r-" + std::to_string(n) + ">";
  return {MakeRequestRecord(c, q, r), MakeResponseRecord(c, r, q)};
}

// Reads every record of every file; checks both digests independently. `warcinfos`,
// when given, receives how many of them are warcinfo records.
size_t CountVerifiedRecords(const std::string& dir, bool* torn = nullptr, size_t* warcinfos = nullptr) {
  size_t n = 0;
  const std::vector<std::string> files = ListWarcFiles(dir, "provscore").value();
  for (const std::string& name : files) {
    auto reader = WarcReader::Open(dir + "/" + name);
    EXPECT_TRUE(reader.ok());
    ReadRecord rec;
    while ((*reader)->Next(&rec)) {
      EXPECT_EQ(rec.record.Header("WARC-Block-Digest").value_or(""), IndependentSha1Base32(rec.record.block));
      if (rec.record.Type() == "response") {
        const auto [head, body] = testing::SplitHttp(rec.record.block);
        EXPECT_EQ(rec.record.Header("WARC-Payload-Digest").value_or(""), IndependentSha1Base32(body));
      }
      ++n;
      if (warcinfos != nullptr && rec.record.Type() == "warcinfo") ++*warcinfos;
    }
    EXPECT_TRUE((*reader)->status().ok()) << (*reader)->status().ToString();
    if (torn && (*reader)->torn_tail()) *torn = true;
  }
  return n;
}

TEST(WarcWriterTest, FileStartsWithWarcinfoAndEachRecordIsItsOwnMember) {
  TempDir dir;
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  auto at = (*w)->Write(Exchange("first body", 1));
  ASSERT_TRUE(at.ok());
  EXPECT_EQ((*at)[0].filename, "provscore-20240301120000-00000.warc.gz");
  EXPECT_EQ((*at)[1].offset, (*at)[0].offset + (*at)[0].length);
  const std::string file = ReadFile(dir.path() / (*at)[0].filename);
  EXPECT_EQ(file.size(), (*at)[1].offset + (*at)[1].length);
  // Each member inflates alone from its offset, as a replay tool would read it.
  size_t used = 0;
  const std::string info = testing::GunzipOneMember(file, &used);
  EXPECT_TRUE(info.find("WARC-Type: warcinfo\r\n") != std::string::npos);
  EXPECT_EQ(used, (*at)[0].offset);
  const std::string response = testing::GunzipOneMember(std::string_view(file).substr((*at)[1].offset), &used);
  EXPECT_EQ(used, (*at)[1].length);
  EXPECT_TRUE(response.starts_with("WARC/1.1\r\nWARC-Type: response\r\n")) << response;
  EXPECT_EQ((*at)[1].record_id, "<urn:uuid:r-1>");
}

TEST(WarcWriterTest, FileContentMatchesGoldenWithFixedClockAndIds) {
  TempDir dir;
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->Write(Exchange("golden body", 1)).ok());
  const std::string plain =
      internal::GunzipAll(ReadFile(dir.path() / "provscore-20240301120000-00000.warc.gz")).value();
  const std::string golden_path = std::string(PROVSCORE_TEST_DATA) + "/fetch/golden_file.warc";
  if (std::getenv("PROVSCORE_UPDATE_GOLDEN")) {
    testing::WriteFile(golden_path, plain);
    GTEST_SKIP() << "golden file rewritten";
  }
  EXPECT_EQ(plain, ReadFile(golden_path));
}

TEST(WarcWriterTest, RotatesAtSizeLimit) {
  TempDir dir;
  WarcWriterOptions o = TestOptions(dir);
  o.max_file_bytes = 2000;
  o.compression_level = 0;  // sizes predictable: stored blocks
  auto w = WarcWriter::Open(o);
  ASSERT_TRUE(w.ok());
  for (int i = 0; i < 6; ++i) ASSERT_TRUE((*w)->Write(Exchange(std::string(300, 'x'), i)).ok());
  const auto files = ListWarcFiles(dir.str(), "provscore").value();
  EXPECT_GE(files.size(), 3u);
  EXPECT_EQ(files[1], "provscore-20240301120000-00001.warc.gz");
  for (const std::string& f : files) {
    EXPECT_LE(std::filesystem::file_size(dir.path() / f), 2000u + 0) << f;
    EXPECT_TRUE(internal::GunzipAll(ReadFile(dir.path() / f)).value().find("WARC-Type: warcinfo") != std::string::npos);
  }
  EXPECT_EQ(CountVerifiedRecords(dir.str()), files.size() + 12);
}

TEST(WarcWriterTest, ReopenAppendsToNewestFile) {
  TempDir dir;
  {
    auto w = WarcWriter::Open(TestOptions(dir));
    ASSERT_TRUE((*w)->Write(Exchange("one", 1)).ok());
  }
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok());
  EXPECT_FALSE((*w)->repair().has_value());
  ASSERT_TRUE((*w)->Write(Exchange("two", 2)).ok());
  EXPECT_EQ(ListWarcFiles(dir.str(), "provscore").value().size(), 1u);
  EXPECT_EQ(CountVerifiedRecords(dir.str()), 5u);
}

TEST(WarcWriterTest, OpenCutsTornMemberAtTheEnd) {
  TempDir dir;
  std::string name;
  uint64_t good_end = 0;
  {
    auto w = WarcWriter::Open(TestOptions(dir));
    auto at = (*w)->Write(Exchange("kept", 1));
    name = (*at)[1].filename;
    good_end = (*at)[1].offset + (*at)[1].length;
  }
  // Half of a member, as a kill in the middle of write(2) would leave.
  const std::string member = internal::GzipCompress(SerializeWarcRecord(Exchange("lost", 2)[1]), 6).value();
  std::string file = ReadFile(dir.path() / name) + member.substr(0, member.size() / 2);
  testing::WriteFile(dir.path() / name, file);

  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->repair().has_value());
  EXPECT_EQ((*w)->repair()->kept_bytes, good_end);
  EXPECT_EQ((*w)->repair()->cut_bytes, member.size() / 2);
  ASSERT_TRUE((*w)->Write(Exchange("after", 3)).ok());
  bool torn = false;
  EXPECT_EQ(CountVerifiedRecords(dir.str(), &torn), 5u);
  EXPECT_FALSE(torn);
}

TEST(WarcWriterTest, OpenCutsTrailingGarbage) {
  TempDir dir;
  std::string name;
  {
    auto w = WarcWriter::Open(TestOptions(dir));
    name = (*w)->current_filename();
  }
  testing::WriteFile(dir.path() / name, ReadFile(dir.path() / name) + std::string(3, '\0'));
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->repair().has_value());
  EXPECT_EQ((*w)->repair()->cut_bytes, 3u);
}

TEST(WarcWriterTest, OpenLeavesCorruptFileAloneAndStartsANewOne) {
  TempDir dir;
  std::string name;
  {
    auto w = WarcWriter::Open(TestOptions(dir));
    auto at = (*w)->Write(Exchange("body", 1));
    name = (*at)[0].filename;
  }
  std::string file = ReadFile(dir.path() / name);
  file[30] ^= 0x5a;  // inside the warcinfo member
  testing::WriteFile(dir.path() / name, file);
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok());
  EXPECT_FALSE((*w)->repair().has_value());
  EXPECT_NE((*w)->current_filename(), name);
  EXPECT_EQ(ReadFile(dir.path() / name), file);
}

TEST(WarcWriterTest, RejectsEmptyDirectory) {
  WarcWriterOptions o;
  EXPECT_EQ(WarcWriter::Open(o).status().code(), StatusCode::kInvalidArgument);
}

TEST(WarcWriterTest, UnwritableDirectoryIsAnIoError) {
  WarcWriterOptions o;
  o.directory = "/proc/provscore-cannot-create";
  EXPECT_EQ(WarcWriter::Open(o).status().code(), StatusCode::kIoError);
}

TEST(WarcWriterTest, ConcurrentWritersKeepPairsContiguous) {
  TempDir dir;
  WarcWriterOptions o = TestOptions(dir);
  o.ids = RandomRecordIds();
  auto w = WarcWriter::Open(o);
  ASSERT_TRUE(w.ok());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        auto at = (*w)->Write(Exchange(std::string(static_cast<size_t>(100 + i * 37), static_cast<char>('a' + t)), t * 100 + i));
        ASSERT_TRUE(at.ok());
        EXPECT_EQ((*at)[1].offset, (*at)[0].offset + (*at)[0].length);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(CountVerifiedRecords(dir.str()), 1u + 200u);
}

// A writer in a child process is SIGKILLed at a random moment; the archive must be
// valid up to the last complete record, and appending must carry on after Open.
// A kill right after a rotation leaves a last file without one complete record: the
// next writer starts that file over (its warcinfo first) and loses nothing before it.
TEST(WarcWriterTest, LastFileKilledBeforeItsFirstRecordIsStartedOver) {
  TempDir dir;
  {
    auto w = WarcWriter::Open(TestOptions(dir));
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE((*w)->Write(Exchange("before the rotation", 1)).ok());
  }
  const std::string junk = internal::GzipCompress(std::string(5000, 'z'), 6).value();
  testing::WriteFile(dir.path() / "provscore-20240301120000-00001.warc.gz", junk.substr(0, junk.size() / 3));
  size_t infos_before = 0;
  const size_t before = CountVerifiedRecords(dir.str(), nullptr, &infos_before);
  EXPECT_EQ(before, 3u);  // warcinfo, request, response
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  ASSERT_TRUE((*w)->repair().has_value());
  ASSERT_TRUE((*w)->Write(Exchange("after the crash", 2)).ok());
  bool torn = false;
  size_t infos_after = 0;
  EXPECT_EQ(CountVerifiedRecords(dir.str(), &torn, &infos_after), before + 3);
  EXPECT_EQ(infos_after, infos_before + 1);
  EXPECT_FALSE(torn);
}

TEST(WarcWriterTest, KilledWriterLeavesARepairableArchive) {
  TempDir dir;
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    WarcWriterOptions o;
    o.directory = dir.str();
    o.max_file_bytes = 4 << 20;
    auto w = WarcWriter::Open(o);
    if (!w.ok()) _exit(2);
    std::mt19937 child_rng(seed + 1);
    for (int i = 0;; ++i) {
      std::string body(static_cast<size_t>(child_rng() % 200000), 'x');
      for (char& c : body) c = static_cast<char>('a' + child_rng() % 26);  // incompressible-ish
      if (!(*w)->Write(Exchange(body, i)).ok()) _exit(3);
    }
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200 + rng() % 800));
  kill(pid, SIGKILL);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  ASSERT_TRUE(WIFSIGNALED(wstatus)) << "child exited early with " << WEXITSTATUS(wstatus);

  // Make the tail torn for certain, whatever instant the kill hit.
  const auto files = ListWarcFiles(dir.str(), "provscore").value();
  ASSERT_FALSE(files.empty());
  const auto last = dir.path() / files.back();
  const std::string junk = internal::GzipCompress(std::string(5000, 'z'), 6).value();
  testing::WriteFile(last, ReadFile(last) + junk.substr(0, junk.size() / 3));

  size_t infos_before = 0;
  const size_t before = CountVerifiedRecords(dir.str(), nullptr, &infos_before);
  auto w = WarcWriter::Open(TestOptions(dir));
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  ASSERT_TRUE((*w)->repair().has_value());
  ASSERT_TRUE((*w)->Write(Exchange("after the crash", 99999)).ok());
  bool torn = false;
  size_t infos_after = 0;
  const size_t after = CountVerifiedRecords(dir.str(), &torn, &infos_after);
  // Every complete record is kept and the new exchange follows. When the kill hit
  // a file just started (no complete record in it yet), the writer starts the file
  // over and writes its warcinfo again: one more record, not a lost one.
  EXPECT_EQ(after - infos_after, before - infos_before + 2);
  EXPECT_LE(infos_after - infos_before, 1u);
  EXPECT_FALSE(torn);
}

}  // namespace
}  // namespace provscore::fetch
