#include "base/file_commit.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/read_file.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

TEST(CommitFileTest, ReplacesTheFinalFileWithTheWholeTemporary) {
  testing::TempDir dir;
  const fs::path final_path = dir.path() / "index.cdxj";
  const fs::path temp = dir.path() / "index.cdxj.tmp";
  std::ofstream(final_path) << "old\n";
  std::ofstream(temp) << "new line 1\nnew line 2\n";
  ASSERT_TRUE(CommitFile(temp, final_path).ok());
  EXPECT_EQ(testing::ReadFile(final_path), "new line 1\nnew line 2\n");
  EXPECT_FALSE(fs::exists(temp));
}

TEST(CommitFileTest, AMissingTemporaryIsAnErrorAndLeavesTheFinalFile) {
  testing::TempDir dir;
  const fs::path final_path = dir.path() / "report.json";
  std::ofstream(final_path) << "{}";
  const Status s = CommitFile(dir.path() / "report.json.tmp", final_path);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("report.json.tmp"), std::string::npos) << s.message();
  EXPECT_EQ(testing::ReadFile(final_path), "{}");
}

TEST(CommitFileTest, ARenameIntoAMissingFolderFailsAndKeepsTheTemporary) {
  testing::TempDir dir;
  const fs::path temp = dir.path() / "a.tmp";
  std::ofstream(temp) << "x";
  EXPECT_FALSE(CommitFile(temp, dir.path() / "no-such-folder" / "a").ok());
  EXPECT_TRUE(fs::exists(temp));
}

}  // namespace
}  // namespace provscore
