// The document's deadline inside extraction (HtmlExtractor::Extract with `expired`):
// read before each pass and every few thousand steps of the body's loops. No
// timing here: `expired` is a function of how many times it was read.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "score/extract/html_extractor.h"
#include "score/extract/pass_deadline.h"

namespace provscore {
namespace {

// A page of `paragraphs` paragraphs of the body, each with a link, under a headline.
std::string Page(int paragraphs) {
  std::string html =
      "<html><head><title>Harbour bridge to reopen</title></head><body><nav><a href=\"/\">Home</a></nav>"
      "<article><h1>Harbour bridge to reopen</h1>";
  for (int i = 0; i < paragraphs; ++i) {
    html += "<p>The council said on Tuesday that the harbour bridge would reopen to traffic in spring, "
            "after the <a href=\"/repairs-" + std::to_string(i) + "\">repairs</a> of its deck.</p>";
  }
  return html + "</article><footer>Contact us</footer></body></html>";
}

// `expired` that runs out at its `at`-th reading (1-based; 0: never) and counts readings.
std::function<bool()> RunsOutAt(int at, std::shared_ptr<int> readings) {
  return [at, readings] { return ++*readings >= at && at > 0; };
}

TEST(ExtractDeadlineTest, AnExpiredDeadlineSkipsEveryPassFromTheParseOn) {
  const HtmlExtractor extractor;
  std::string stopped_in;
  const Result<Article> article = extractor.Extract(Page(3), "https://example.org/a", [] { return true; }, &stopped_in);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(stopped_in, "parse");
  EXPECT_TRUE(article->from_html);
  EXPECT_TRUE(article->title.empty());
  EXPECT_TRUE(article->text.empty());
}

TEST(ExtractDeadlineTest, ADeadlineThatNeverRunsOutChangesNothing) {
  const HtmlExtractor extractor;
  const std::string html = Page(40);
  const Result<Article> plain = extractor.Extract(html, "https://example.org/a");
  auto readings = std::make_shared<int>(0);
  std::string stopped_in;
  const Result<Article> timed = extractor.Extract(html, "https://example.org/a", RunsOutAt(0, readings), &stopped_in);
  ASSERT_TRUE(plain.ok());
  ASSERT_TRUE(timed.ok());
  EXPECT_TRUE(stopped_in.empty());
  EXPECT_GT(*readings, 0);
  EXPECT_EQ(timed->title, plain->title);
  EXPECT_EQ(timed->text, plain->text);
  EXPECT_EQ(timed->blocks.size(), plain->blocks.size());
  EXPECT_EQ(timed->links.size(), plain->links.size());
  EXPECT_EQ(timed->boilerplate.size(), plain->boilerplate.size());
  EXPECT_EQ(timed->language, plain->language);
  EXPECT_FALSE(plain->text.empty());
}

TEST(ExtractDeadlineTest, TheBodysLoopsReadTheDeadlineOnALargePage) {
  const HtmlExtractor extractor;
  auto small_readings = std::make_shared<int>(0);
  auto large_readings = std::make_shared<int>(0);
  std::string stopped_in;
  ASSERT_TRUE(extractor.Extract(Page(3), "", RunsOutAt(0, small_readings), &stopped_in).ok());
  const std::string large = Page(4000);  // some 16,000 nodes
  ASSERT_TRUE(extractor.Extract(large, "", RunsOutAt(0, large_readings), &stopped_in).ok());
  // Between passes, a page of any size reads it as often; the loops read it more on a large one.
  EXPECT_GT(*large_readings, *small_readings);

  // Running out at each reading in turn: every one stops a pass, some pass more
  // than once (inside its loops), and a body cut short is dropped whole while the
  // metadata read before it stays.
  std::map<std::string, int> stops_per_pass;
  for (int at = 1; at <= *large_readings; ++at) {
    auto readings = std::make_shared<int>(0);
    stopped_in.clear();
    const Result<Article> article = extractor.Extract(large, "", RunsOutAt(at, readings), &stopped_in);
    ASSERT_TRUE(article.ok()) << at;
    ASSERT_FALSE(stopped_in.empty()) << at;
    EXPECT_EQ(*readings, at) << "no reading after the deadline ran out";
    ++stops_per_pass[stopped_in];
    if (stopped_in.starts_with("body/")) {
      EXPECT_EQ(article->title, "Harbour bridge to reopen") << at;
      EXPECT_TRUE(article->text.empty()) << at << " " << stopped_in;
      EXPECT_TRUE(article->blocks.empty()) << at;
      EXPECT_TRUE(article->links.empty()) << at;
      EXPECT_TRUE(article->boilerplate.empty()) << at;
    }
  }
  for (const char* pass : {"parse", "flatten", "metadata", "body/classify", "body/text", "author boxes", "language"}) {
    EXPECT_TRUE(stops_per_pass.contains(pass)) << pass;
  }
  EXPECT_GT(stops_per_pass["body/classify"], 1);
  EXPECT_GT(stops_per_pass["body/text"], 1);  // the body walk reads it too
}

TEST(PassDeadlineTest, StepsReadTheClockOnceEveryFewThousand) {
  int readings = 0;
  const std::function<bool()> expired = [&readings] { return ++readings > 3; };
  internal::PassDeadline deadline(&expired);
  EXPECT_FALSE(deadline.Before("first"));
  EXPECT_EQ(readings, 1);
  for (uint32_t i = 1; i < internal::PassDeadline::kStepsPerReading; ++i) ASSERT_FALSE(deadline.Step());
  EXPECT_EQ(readings, 1);
  EXPECT_FALSE(deadline.Step());
  EXPECT_EQ(readings, 2);
  EXPECT_FALSE(deadline.Before("second"));
  EXPECT_TRUE(deadline.Before("third"));
  EXPECT_STREQ(deadline.stopped_in(), "third");
  EXPECT_TRUE(deadline.Step());
  EXPECT_TRUE(deadline.Before("fourth"));
  EXPECT_EQ(readings, 4);
  EXPECT_STREQ(deadline.stopped_in(), "third");
}

TEST(PassDeadlineTest, NoFunctionNeverRunsOut) {
  const std::function<bool()> empty;
  internal::PassDeadline deadline(&empty);
  EXPECT_FALSE(deadline.Before("any"));
  for (uint32_t i = 0; i < 2 * internal::PassDeadline::kStepsPerReading; ++i) ASSERT_FALSE(deadline.Step());
  EXPECT_EQ(deadline.stopped_in(), nullptr);
}

}  // namespace
}  // namespace provscore
