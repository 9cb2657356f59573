#include "cli/options.h"

#include <gtest/gtest.h>

namespace provscore {
namespace {

TEST(OptionsTest, ScoreTakesInputsAndDefaults) {
  const auto cl = ParseCommandLine({"score", "a.html", "dir"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kScore);
  EXPECT_EQ(cl.score.inputs, (std::vector<std::string>{"a.html", "dir"}));
  EXPECT_EQ(cl.score.out_dir, "out");
  EXPECT_TRUE(cl.score.rules_dirs.empty());
  EXPECT_FALSE(cl.score.stamp_time);
  EXPECT_EQ(cl.score.verbosity, Verbosity::kNormal);
}

TEST(OptionsTest, ScoreFlags) {
  const auto cl = ParseCommandLine({"score", "-", "--out", "o", "--rules", "r1", "-r", "r2", "--now", "-q"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.score.inputs, (std::vector<std::string>{"-"}));
  EXPECT_EQ(cl.score.out_dir, "o");
  EXPECT_EQ(cl.score.rules_dirs, (std::vector<std::string>{"r1", "r2"}));
  EXPECT_TRUE(cl.score.stamp_time);
  EXPECT_EQ(cl.score.verbosity, Verbosity::kQuiet);
}

TEST(OptionsTest, ScoreWithoutInputsIsAUsageError) {
  const auto cl = ParseCommandLine({"score"});
  ASSERT_TRUE(cl.exit_code.has_value());
  EXPECT_EQ(*cl.exit_code, kExitUsage);
  EXPECT_NE(cl.output.find("inputs"), std::string::npos) << cl.output;
}

TEST(OptionsTest, UnknownFlagIsAUsageError) {
  const auto cl = ParseCommandLine({"score", "x", "--frobnicate"});
  ASSERT_TRUE(cl.exit_code.has_value());
  EXPECT_EQ(*cl.exit_code, kExitUsage);
  EXPECT_NE(cl.output.find("--help"), std::string::npos) << cl.output;
}

TEST(OptionsTest, HelpExitsZeroAndDescribesCommands) {
  const auto cl = ParseCommandLine({"--help"});
  ASSERT_TRUE(cl.exit_code.has_value());
  EXPECT_EQ(*cl.exit_code, kExitOk);
  for (const char* word : {"score", "rules", "Exit codes"}) EXPECT_NE(cl.output.find(word), std::string::npos) << word;
  const auto sub = ParseCommandLine({"score", "--help"});
  ASSERT_TRUE(sub.exit_code.has_value());
  EXPECT_EQ(*sub.exit_code, kExitOk);
  EXPECT_NE(sub.output.find("--out"), std::string::npos);
}

TEST(OptionsTest, NoCommandPrintsHelpAsAUsageError) {
  const auto cl = ParseCommandLine({});
  ASSERT_TRUE(cl.exit_code.has_value());
  EXPECT_EQ(*cl.exit_code, kExitUsage);
  EXPECT_NE(cl.output.find("score"), std::string::npos);
}

TEST(OptionsTest, RulesSubcommands) {
  const auto check = ParseCommandLine({"rules", "check", "my-rules"});
  ASSERT_FALSE(check.exit_code.has_value()) << check.output;
  EXPECT_EQ(check.command, Command::kRules);
  EXPECT_EQ(check.rules.action, RulesOptions::Action::kCheck);
  EXPECT_EQ(check.rules.dirs, (std::vector<std::string>{"my-rules"}));
  const auto list = ParseCommandLine({"rules", "list", "--type", "translation_notice"});
  ASSERT_FALSE(list.exit_code.has_value()) << list.output;
  EXPECT_EQ(list.rules.action, RulesOptions::Action::kList);
  EXPECT_EQ(list.rules.type, "translation_notice");
  EXPECT_TRUE(ParseCommandLine({"rules"}).exit_code.has_value());
}

TEST(OptionsTest, VersionFlagAndCommand) {
  const auto flag = ParseCommandLine({"--version"});
  ASSERT_TRUE(flag.exit_code.has_value());
  EXPECT_EQ(*flag.exit_code, kExitOk);
  EXPECT_NE(flag.output.find("provscore"), std::string::npos);
  EXPECT_EQ(ParseCommandLine({"version"}).command, Command::kVersion);
}

}  // namespace
}  // namespace provscore
