#include "batch/ordered_runner.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "score/rules/rule_set.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

const Pipeline& TestPipeline() { return testing::BuiltinPipeline(); }

SourceDocument Doc(int i) {
  SourceDocument d;
  d.path = "doc-" + std::to_string(i) + ".txt";
  d.kind = ContentKind::kText;
  d.bytes = "Article number " + std::to_string(i) + ". The council met on Tuesday to discuss the harbour budget.";
  return d;
}

TEST(OrderedRunnerTest, ProfilesComeBackInInputOrderForAnyJobCount) {
  for (const size_t jobs : {size_t{0}, size_t{1}, size_t{3}, size_t{8}}) {
    std::vector<std::string> names;
    OrderedRunner runner(TestPipeline(), jobs, [&](ReliabilityProfile p, const std::string& name) {
      EXPECT_EQ(p.input.path, name);
      names.push_back(name);
      return true;
    });
    for (int i = 0; i < 20; ++i) ASSERT_TRUE(runner.Submit(Doc(i), Status::Ok()));
    ASSERT_TRUE(runner.Finish());
    ASSERT_EQ(names.size(), 20u) << "jobs " << jobs;
    for (size_t i = 0; i < 20; ++i) EXPECT_EQ(names[i], "doc-" + std::to_string(i) + ".txt") << "jobs " << jobs;
  }
}

TEST(OrderedRunnerTest, AReadErrorBecomesTheFirstErrorOfTheProfile) {
  std::vector<ReliabilityProfile> out;
  OrderedRunner runner(TestPipeline(), 2, [&](ReliabilityProfile p, const std::string&) {
    out.push_back(std::move(p));
    return true;
  });
  SourceDocument empty;
  empty.path = "unreadable.html";
  ASSERT_TRUE(runner.Submit(empty, IoError("permission denied")));
  ASSERT_TRUE(runner.Finish());
  ASSERT_EQ(out.size(), 1u);
  ASSERT_FALSE(out[0].errors.empty());
  EXPECT_EQ(out[0].errors[0].code, kErrReadFailed);
  EXPECT_EQ(out[0].errors[0].message, "permission denied");
}

TEST(OrderedRunnerTest, EmitReturningFalseStopsTheRun) {
  for (const size_t jobs : {size_t{1}, size_t{4}}) {
    size_t emitted = 0;
    OrderedRunner runner(TestPipeline(), jobs, [&](ReliabilityProfile, const std::string&) { return ++emitted < 3; });
    bool ok = true;
    int submitted = 0;
    for (int i = 0; i < 50 && ok; ++i, ++submitted) ok = runner.Submit(Doc(i), Status::Ok());
    if (ok) ok = runner.Finish();
    EXPECT_FALSE(ok) << "jobs " << jobs;
    EXPECT_EQ(emitted, 3u) << "jobs " << jobs;
    EXPECT_LT(submitted, 50) << "jobs " << jobs;
  }
}

}  // namespace
}  // namespace provscore
