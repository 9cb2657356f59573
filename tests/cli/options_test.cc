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

TEST(OptionsTest, ScoreLimitsHaveDefaultsAndFlags) {
  EXPECT_EQ(ParseCommandLine({"score", "a.html"}).score.max_attributes, 512u);
  EXPECT_EQ(ParseCommandLine({"score", "a.html", "--max-attributes", "40"}).score.max_attributes, 40u);
  EXPECT_EQ(ParseCommandLine({"score", "a.html", "--max-attributes", "0"}).score.max_attributes, 0u);
  const auto defaults = ParseCommandLine({"score", "a.html"}).score;
  EXPECT_EQ(defaults.max_depth, 512u);
  EXPECT_EQ(defaults.max_nodes, 250000u);
  EXPECT_EQ(defaults.max_links, 10000u);
  EXPECT_EQ(defaults.max_bytes, 16u << 20);
  EXPECT_EQ(defaults.max_seconds, 10.0);
  const auto set = ParseCommandLine({"score", "a.html", "--max-depth", "64", "--max-nodes", "1000", "--max-links",
                                     "0", "--max-bytes", "2M", "--max-seconds", "1.5"}).score;
  EXPECT_EQ(set.max_depth, 64u);
  EXPECT_EQ(set.max_nodes, 1000u);
  EXPECT_EQ(set.max_links, 0u);
  EXPECT_EQ(set.max_bytes, 2u << 20);
  EXPECT_EQ(set.max_seconds, 1.5);
}

TEST(OptionsTest, MapTakesTheSpellingsTheSlurmTemplateUses) {
  const auto cl = ParseCommandLine({"map", "a.warc.gz", "b.warc", "--out", "batch", "--task-id", "17", "-j", "2",
                                    "--max-seconds", "5s", "-r", "mine", "-q"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kMap);
  EXPECT_EQ(cl.map.score.inputs, (std::vector<std::string>{"a.warc.gz", "b.warc"}));
  EXPECT_EQ(cl.map.out_dir, "batch");
  EXPECT_EQ(cl.map.task_id, "17");
  EXPECT_EQ(cl.map.score.jobs, 2u);
  EXPECT_EQ(cl.map.score.max_seconds, 5.0);
  EXPECT_EQ(cl.map.score.rules_dirs, (std::vector<std::string>{"mine"}));
  EXPECT_EQ(cl.map.score.verbosity, Verbosity::kQuiet);
  EXPECT_FALSE(cl.map.paths_from_stdin);
  EXPECT_FALSE(cl.map.profiles_to_stdout);
  EXPECT_EQ(ParseCommandLine({"map", "a.warc", "--out", "b"}).map.task_id, "0");
  EXPECT_GE(ParseCommandLine({"map", "a.warc", "--out", "b"}).map.score.jobs, 1u);
}

TEST(OptionsTest, MapStdinModeNeedsNoInputsNorOutputFolder) {
  const auto cl = ParseCommandLine({"map", "--paths-from-stdin", "--profiles-to-stdout"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_TRUE(cl.map.paths_from_stdin);
  EXPECT_TRUE(cl.map.profiles_to_stdout);
  EXPECT_TRUE(cl.map.score.inputs.empty());
}

TEST(OptionsTest, MapRefusesTaskIdsThatAreNoFileNames) {
  for (const char* id : {"../x", "a/b", ".hidden", "", "a b"}) {
    const auto cl = ParseCommandLine({"map", "a.warc", "--out", "b", "--task-id", id});
    ASSERT_TRUE(cl.exit_code.has_value()) << id;
    EXPECT_EQ(*cl.exit_code, kExitUsage) << id;
  }
  for (const char* id : {"0", "00017", "part-3", "shard_a.1"}) {
    EXPECT_FALSE(ParseCommandLine({"map", "a.warc", "--out", "b", "--task-id", id}).exit_code.has_value()) << id;
  }
}

TEST(OptionsTest, MergeTakesFoldersAndAnOutputFolder) {
  const auto cl = ParseCommandLine({"merge", "batch-a", "batch-b", "--out", "report", "--now", "-v"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kMerge);
  EXPECT_EQ(cl.merge.inputs, (std::vector<std::string>{"batch-a", "batch-b"}));
  EXPECT_EQ(cl.merge.out_dir, "report");
  EXPECT_TRUE(cl.merge.stamp_time);
  EXPECT_EQ(cl.merge.verbosity, Verbosity::kVerbose);
  EXPECT_EQ(*ParseCommandLine({"merge", "batch"}).exit_code, kExitUsage);  // --out is required
  EXPECT_EQ(*ParseCommandLine({"merge", "--out", "x"}).exit_code, kExitUsage);
}

TEST(OptionsTest, ReportTakesItsInputAndAnOutputFolder) {
  const auto cl = ParseCommandLine({"report", "out", "--out", "site", "-q"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kReport);
  EXPECT_EQ(cl.report.from, "out");
  EXPECT_EQ(cl.report.out_dir, "site");
  EXPECT_EQ(cl.report.verbosity, Verbosity::kQuiet);
  EXPECT_EQ(*ParseCommandLine({"report"}).exit_code, kExitUsage);
  const auto help = ParseCommandLine({"report", "--help"});
  EXPECT_EQ(*help.exit_code, kExitOk);
  EXPECT_NE(help.output.find("a/<id>.html"), std::string::npos) << help.output;
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

namespace provscore {
namespace {

TEST(OptionsTest, FetchFlagsParseIntoPlainValues) {
  const auto cl = ParseCommandLine({"fetch", "https://a.example/", "-i", "urls.txt", "--archive", "arch", "-j", "16",
                                    "--per-host", "2", "--delay", "500ms", "--timeout", "2m", "--connect-timeout",
                                    "5", "--retries", "1", "--max-size", "10M", "--max-redirects", "3", "--resolve",
                                    "a.example:443:127.0.0.1", "--resolve", "b.example:80:127.0.0.1", "--user-agent",
                                    "bot/1 (+https://me.example)", "--progress", "log", "--gzip-level", "6"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kFetch);
  const FetchFlags& f = cl.fetch.fetch;
  EXPECT_EQ(cl.fetch.urls, std::vector<std::string>{"https://a.example/"});
  EXPECT_EQ(cl.fetch.url_file, "urls.txt");
  EXPECT_EQ(f.archive_dir, "arch");
  EXPECT_EQ(f.concurrency, 16);
  EXPECT_EQ(f.per_host, 2);
  EXPECT_DOUBLE_EQ(f.delay_seconds, 0.5);
  EXPECT_DOUBLE_EQ(f.timeout_seconds, 120);
  EXPECT_DOUBLE_EQ(f.connect_timeout_seconds, 5);
  EXPECT_EQ(f.retries, 1);
  EXPECT_EQ(f.max_size_bytes, 10u << 20);
  EXPECT_EQ(f.max_redirects, 3);
  EXPECT_EQ(f.resolve.size(), 2u);
  EXPECT_EQ(f.user_agent, "bot/1 (+https://me.example)");
  EXPECT_EQ(f.progress, FetchFlags::Progress::kLog);
  EXPECT_EQ(f.gzip_level, 6);
}

TEST(OptionsTest, FetchDefaultsArePolite) {
  const auto cl = ParseCommandLine({"fetch", "https://a.example/", "--archive", "a"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.fetch.fetch.concurrency, 8);
  EXPECT_EQ(cl.fetch.fetch.per_host, 1);
  EXPECT_DOUBLE_EQ(cl.fetch.fetch.delay_seconds, 1.0);
  EXPECT_TRUE(cl.fetch.fetch.user_agent.empty());  // DefaultUserAgent() at run time
  EXPECT_EQ(cl.fetch.fetch.progress, FetchFlags::Progress::kAuto);
}

TEST(OptionsTest, FetchUsageErrors) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"fetch", "--archive", "a"},                              // nothing to fetch
           {"fetch", "https://a.example/"},                          // no archive
           {"fetch", "https://a.example/", "--archive", "a", "--delay", "soon"},
           {"fetch", "https://a.example/", "--archive", "a", "--max-size", "lots"},
           {"fetch", "https://a.example/", "--archive", "a", "--per-host", "0"},
           {"fetch", "https://a.example/", "--archive", "a", "--progress", "fancy"}}) {
    const auto cl = ParseCommandLine(args);
    ASSERT_TRUE(cl.exit_code.has_value()) << args.back();
    EXPECT_EQ(*cl.exit_code, kExitUsage) << args.back();
  }
}

TEST(OptionsTest, FetchHelpExplainsPolitenessAndExitCodes) {
  const auto cl = ParseCommandLine({"fetch", "--help"});
  ASSERT_TRUE(cl.exit_code.has_value());
  EXPECT_EQ(*cl.exit_code, kExitOk);
  for (const char* word : {"--per-host", "--delay", "--user-agent", "--resolve", "--max-size", "robots.txt", "SIGINT",
                           "Exit codes"}) {
    EXPECT_NE(cl.output.find(word), std::string::npos) << word;
  }
}

TEST(OptionsTest, WatchNeedsSourcesAndArchive) {
  const auto missing = ParseCommandLine({"watch", "--archive", "a"});
  ASSERT_TRUE(missing.exit_code.has_value());
  EXPECT_EQ(*missing.exit_code, kExitUsage);
  const auto cl = ParseCommandLine({"watch", "--sources", std::string(PROVSCORE_SOURCE_DIR) + "/README.md", "--archive", "a", "--once",
                                    "--max-new", "5"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kWatch);
  EXPECT_TRUE(cl.watch.once);
  EXPECT_EQ(cl.watch.max_new_articles, 5u);
}

TEST(OptionsTest, ScoreTakesAnArchiveForUrls) {
  const auto cl = ParseCommandLine({"score", "https://a.example/x", "--archive", "arch", "--user-agent", "u"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.score.fetch.archive_dir, "arch");
  EXPECT_EQ(cl.score.fetch.user_agent, "u");
}

TEST(ParseByteSizeTest, Units) {
  const std::vector<std::pair<std::string, std::optional<uint64_t>>> rows = {
      {"1048576", 1048576}, {"512k", 512u << 10}, {"50M", 50u << 20}, {"50MB", 50u << 20}, {"2GiB", 2ULL << 30},
      {"1g", 1ULL << 30}, {"", std::nullopt}, {"M", std::nullopt}, {"5 M", std::nullopt}, {"-1", std::nullopt},
      {"10T", std::nullopt}, {"99999999999999999999", std::nullopt}};
  for (const auto& [text, want] : rows) EXPECT_EQ(ParseByteSize(text), want) << text;
}

TEST(ParseDurationSecondsTest, Units) {
  const std::vector<std::pair<std::string, std::optional<double>>> rows = {
      {"90", 90.0}, {"1.5", 1.5}, {"500ms", 0.5}, {"45s", 45.0}, {"30m", 1800.0}, {"2h", 7200.0}, {"1d", 86400.0},
      {"0", 0.0}, {"", std::nullopt}, {"soon", std::nullopt}, {"5 m", std::nullopt}, {"-3", std::nullopt},
      {"inf", std::nullopt}, {"3w", std::nullopt}};
  for (const auto& [text, want] : rows) EXPECT_EQ(ParseDurationSeconds(text), want) << text;
}

}  // namespace
}  // namespace provscore
