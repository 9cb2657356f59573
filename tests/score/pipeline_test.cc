#include "score/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <thread>
#include <vector>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

#include "score/input/input_reader.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

const Pipeline& TestPipeline() { return testing::BuiltinPipeline(); }

SourceDocument Doc(std::string bytes, ContentKind kind, std::string path = "mem") {
  SourceDocument d;
  d.path = std::move(path);
  d.kind = kind;
  d.bytes = std::move(bytes);
  return d;
}

bool HasError(const ReliabilityProfile& p, const std::string& code) {
  return std::any_of(p.errors.begin(), p.errors.end(), [&](const DocumentError& e) { return e.code == code; });
}

bool HasSignal(const ReliabilityProfile& p, const std::string& type) {
  return std::any_of(p.signals.begin(), p.signals.end(), [&](const Signal& s) { return s.type == type; });
}

void ExpectComplete(const ReliabilityProfile& p) {
  EXPECT_EQ(p.id.size(), 16u);
  EXPECT_FALSE(p.scores.grade.empty());
  EXPECT_FALSE(p.scores.dimensions.empty());
  EXPECT_GE(p.scores.overall, 0.0);
  EXPECT_LE(p.scores.overall, 100.0);
}

TEST(PipelineTest, EmptyInputIsAnErrorNotACrash) {
  const auto p = TestPipeline().Run(Doc("", ContentKind::kHtml));
  ExpectComplete(p);
  EXPECT_TRUE(HasError(p, kErrEmptyInput));
  EXPECT_TRUE(p.article.text.empty());
}

TEST(PipelineTest, BinaryJunkIsAnErrorNotACrash) {
  std::string junk("\x89PNG\r\n\x1a\n", 8);
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  const auto p = TestPipeline().Run(Doc(junk, ContentKind::kHtml));
  ExpectComplete(p);
  EXPECT_TRUE(HasError(p, kErrBinaryInput));
}

TEST(PipelineTest, TextArticleFlowsThroughEveryStage) {
  const std::string text =
      "Harbour bridge to reopen after repairs\n"
      "By Tomas Eriksen\n\n"
      "The harbour bridge will reopen to traffic on Monday after six months of repairs to its lifting mechanism, the "
      "transport department said.\n\n"
      "READ ALSO: City plans a second crossing upstream\n\n"
      "Engineers replaced the counterweights and the control system, which had failed twice last winter and left the "
      "bridge stuck.\n";
  const auto p = TestPipeline().Run(Doc(text, ContentKind::kText));
  ExpectComplete(p);
  EXPECT_TRUE(p.errors.empty());
  EXPECT_EQ(p.article.title, "Harbour bridge to reopen after repairs");
  ASSERT_FALSE(p.article.authors.empty());
  EXPECT_EQ(p.article.authors[0].value, "Tomas Eriksen");
  EXPECT_TRUE(HasSignal(p, kSignalInjectedCrossLink));
  EXPECT_EQ(p.input.content_type, "text/plain");
  EXPECT_FALSE(p.reasons.empty());
}

// An author named by an outlet of the lexicon is no person, even where the page's
// data does not type it as an organisation; a person's name stays one.
TEST(PipelineTest, AnAuthorThatIsAnOutletOfTheLexiconIsNoPerson) {
  const std::string html =
      "<html lang=en><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"author\":[{\"name\":\"Europa Press\"},{\"name\":\"Marta Ruiz\"}]}</script></head><body><article>"
      "<h1>Port strike ends after a week</h1>"
      "<p>Dock workers voted on Friday to end a week-long strike that had left dozens of ships waiting outside the "
      "harbour, the union said.</p>"
      "<p>The agreement raises night-shift pay and adds two rest days a month, according to the text put to the "
      "vote.</p></article></body></html>";
  const auto p = TestPipeline().Run(Doc(html, ContentKind::kHtml));
  ExpectComplete(p);
  std::vector<std::pair<std::string, bool>> authors;
  for (const SourcedValue& a : p.article.authors) authors.emplace_back(a.value, a.person);
  EXPECT_EQ(authors, (std::vector<std::pair<std::string, bool>>{{"Europa Press", false}, {"Marta Ruiz", true}}));
}

TEST(PipelineTest, HtmlNoticeIsDetectedAndHiddenOneIsNot) {
  const std::string html =
      "<html lang=en><head><title>T</title></head><body><article><h1>Market hall to close</h1>"
      "<div style=\"display:none\">This article was automatically translated by Google Translate from French.</div>"
      "<p>The city council voted on Tuesday evening to close the old market hall at the end of the year, ending a "
      "century of trading.</p>"
      "<p>Traders will be offered places in a temporary pavilion by the river while the council decides what to do "
      "next.</p></article></body></html>";
  const auto hidden = TestPipeline().Run(Doc(html, ContentKind::kHtml));
  ExpectComplete(hidden);
  EXPECT_FALSE(HasSignal(hidden, kSignalTranslationNotice));

  std::string visible = html;
  visible.replace(visible.find(" style=\"display:none\""), 21, "");
  const auto shown = TestPipeline().Run(Doc(visible, ContentKind::kHtml));
  EXPECT_TRUE(HasSignal(shown, kSignalTranslationNotice));
}

TEST(PipelineTest, SameBytesGiveTheSameIdAndScores) {
  const auto a = TestPipeline().Run(Doc("<p>Same text</p>", ContentKind::kHtml, "a.html"));
  const auto b = TestPipeline().Run(Doc("<p>Same text</p>", ContentKind::kHtml, "b.html"));
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.scores.overall, b.scores.overall);
}

TEST(PipelineTest, OversizedInputIsTruncatedAndReported) {
  const auto& rules = testing::BuiltinRuleSet();  // loaded once per binary; options are the pipeline's
  PipelineOptions options;
  options.max_input_bytes = 1024;
  auto pipeline = Pipeline::Create(rules, options);
  ASSERT_TRUE(pipeline.ok());
  const auto p = pipeline->Run(Doc("<p>" + std::string(4000, 'a') + "</p>", ContentKind::kHtml));
  EXPECT_TRUE(HasError(p, kErrTooLarge));
  EXPECT_EQ(p.input.bytes, 4007u);
}

TEST(PipelineTest, AttributeBombIsScoredWithALimitError) {
  std::string html = "<body><div";
  for (int i = 0; i < 2000; ++i) html += " a" + std::to_string(i);
  html += "></div><p>The council approved the new budget on Tuesday evening.</p></body>";
  const auto p = TestPipeline().Run(Doc(html, ContentKind::kHtml));
  ASSERT_TRUE(HasError(p, kErrLimitExceeded));
  EXPECT_FALSE(HasError(p, kErrParseFailed));
}

// A fake monotonic clock: each reading is `step` seconds after the previous one.
std::function<double()> SteppingClock(double step) {
  auto now = std::make_shared<double>(0);
  return [now, step] { return *now += step; };
}

TEST(PipelineTest, DeadlineSkipsTheStagesLeftAndSaysWhich) {
  const auto& rules = testing::BuiltinRuleSet();  // loaded once per binary; options are the pipeline's
  const std::string html = "<body><p>The council approved the new budget on Tuesday evening. (Reuters)</p></body>";
  const std::string text =
      "Harbour bridge to reopen\n\nThe council approved the new budget for the harbour bridge on Tuesday evening, "
      "after two years of repairs of its deck that cost more than planned. (Reuters)\n";
  struct Case {
    double step;            // seconds between clock readings: at the start, after decoding, then
                            // (HTML) before the extractor's first pass, or (text) after extraction
    ContentKind kind;
    const char* message;    // expected error, or nullptr
  };
  const Case kCases[] = {
      {0.1, ContentKind::kHtml, nullptr},
      {6, ContentKind::kText, "max_seconds (10) ran out after extraction; rules and detectors were skipped"},
      {6, ContentKind::kHtml,
       "max_seconds (10) ran out during extraction, in its pass parse; that pass and the later ones, rules and "
       "detectors were skipped"},
      {11, ContentKind::kHtml, "max_seconds (10) ran out after decoding; extraction, rules and detectors were skipped"},
  };
  for (const Case& c : kCases) {
    PipelineOptions options;
    options.max_seconds = 10;
    options.now_seconds = SteppingClock(c.step);
    auto pipeline = Pipeline::Create(rules, options);
    ASSERT_TRUE(pipeline.ok());
    const auto p = pipeline->Run(Doc(c.kind == ContentKind::kHtml ? html : text, c.kind));
    if (c.message == nullptr) {
      EXPECT_FALSE(HasError(p, kErrLimitExceeded)) << c.step;
      continue;
    }
    ASSERT_EQ(p.errors.size(), 1u) << c.step;
    EXPECT_EQ(p.errors[0].code, kErrLimitExceeded);
    EXPECT_EQ(p.errors[0].message, c.message);
    EXPECT_TRUE(p.signals.empty());
  }
}

TEST(PipelineTest, DeadlineIsReadInsideRuleMatchingOfAHugeArticle) {
  const auto& rules = testing::BuiltinRuleSet();  // loaded once per binary; options are the pipeline's
  // About 3 MB of article text in short paragraphs, phrases the rules look for among
  // them: matching reads the clock every megabyte searched. Plain text, whose
  // extraction reads no clock (the HTML extractor's passes do: the test below).
  const std::string paragraph = "The council said on Tuesday that the harbour bridge would reopen, Reuters reported.\n\n";
  std::string text;
  while (text.size() < 3 * 1024 * 1024) text += paragraph;
  PipelineOptions options;
  options.max_input_bytes = 0;
  options.html.max_nodes = 0;
  // Readings: 1 at the start, 2 after decoding, 3 after extraction, then 4 and 5
  // inside rule matching: the budget of 3.5 s runs out at the second of those.
  options.max_seconds = 3.5;
  options.now_seconds = SteppingClock(1);
  auto pipeline = Pipeline::Create(rules, options);
  ASSERT_TRUE(pipeline.ok());
  const auto p = pipeline->Run(Doc(text, ContentKind::kText));
  ASSERT_GT(p.article.text.size(), 2u * RuleSet::kMatchCheckBytes);
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].code, kErrLimitExceeded);
  EXPECT_EQ(p.errors[0].message,
            "max_seconds (3.5) ran out during rule matching; rule matching was cut short and detectors were skipped");
  EXPECT_TRUE(p.signals.empty());
}

// A fake monotonic clock at 0 until its `at`-th reading (1-based), 100 s from then on.
std::function<double()> JumpingClock(int at) {
  auto readings = std::make_shared<int>(0);
  return [readings, at] { return ++*readings >= at ? 100.0 : 0.0; };
}

TEST(PipelineTest, DeadlineIsReadBetweenTheExtractorsPasses) {
  const auto& rules = testing::BuiltinRuleSet();  // loaded once per binary; options are the pipeline's
  const std::string html =
      "<html><head><title>Harbour bridge to reopen</title></head><body><article><h1>Harbour bridge to reopen</h1>"
      "<p>The council said on Tuesday that the harbour bridge would reopen to traffic in spring, Reuters reported.</p>"
      "<p>Repairs of its deck took two years and cost more than planned, the council said.</p></article></body></html>";
  const std::string prefix = "max_seconds (10) ran out during extraction, in its pass ";
  // Readings 1 (start) and 2 (after decoding) are the pipeline's; from 3 on, the
  // extractor's, one before each pass, until the pipeline's after extraction.
  std::vector<std::string> passes;
  int at = 3;
  for (;; ++at) {
    PipelineOptions options;
    options.max_seconds = 10;
    options.now_seconds = JumpingClock(at);
    auto pipeline = Pipeline::Create(rules, options);
    ASSERT_TRUE(pipeline.ok());
    const auto p = pipeline->Run(Doc(html, ContentKind::kHtml));
    ExpectComplete(p);
    ASSERT_EQ(p.errors.size(), 1u) << at;
    EXPECT_EQ(p.errors[0].code, kErrLimitExceeded);
    EXPECT_TRUE(p.signals.empty());
    const std::string& message = p.errors[0].message;
    if (!message.starts_with(prefix)) {
      EXPECT_EQ(message, "max_seconds (10) ran out after extraction; rules and detectors were skipped");
      EXPECT_FALSE(p.article.text.empty());
      break;
    }
    const std::string pass = message.substr(prefix.size(), message.find(';') - prefix.size());
    EXPECT_TRUE(message.ends_with("; that pass and the later ones, rules and detectors were skipped")) << message;
    EXPECT_TRUE(std::find(passes.begin(), passes.end(), pass) == passes.end()) << pass;
    passes.push_back(pass);
    if (pass.starts_with("body/")) {  // the metadata stays, the body cut short goes
      EXPECT_EQ(p.article.title, "Harbour bridge to reopen");
      EXPECT_TRUE(p.article.text.empty());
    }
    ASSERT_LT(at, 100) << "the extractor reads the clock a bounded number of times on a small page";
  }
  EXPECT_EQ(passes.front(), "parse");
  EXPECT_EQ(passes.back(), "language");
  EXPECT_TRUE(std::find(passes.begin(), passes.end(), "body/classify") != passes.end());
}

TEST(PipelineTest, GenerousDeadlineChangesNothing) {
  const auto& rules = testing::BuiltinRuleSet();  // loaded once per binary; options are the pipeline's
  const std::string html =
      "<html><head><title>Harbour bridge to reopen</title></head><body><article><h1>Harbour bridge to reopen</h1>"
      "<p>By Jane Doe</p><p>The council said on Tuesday that the harbour bridge would reopen to traffic in spring, "
      "Reuters reported.</p><p>Repairs of its <a href=\"/deck\">deck</a> took two years, the council said.</p>"
      "</article><footer>Contact us</footer></body></html>";
  PipelineOptions timed;
  timed.max_seconds = 1e9;
  auto with_deadline = Pipeline::Create(rules, timed);
  auto without = Pipeline::Create(rules);
  ASSERT_TRUE(with_deadline.ok());
  ASSERT_TRUE(without.ok());
  const auto a = with_deadline->Run(Doc(html, ContentKind::kHtml));
  const auto b = without->Run(Doc(html, ContentKind::kHtml));
  EXPECT_TRUE(a.errors.empty());
  EXPECT_EQ(a.errors.size(), b.errors.size());
  EXPECT_EQ(a.article.title, b.article.title);
  EXPECT_EQ(a.article.text, b.article.text);
  EXPECT_EQ(a.article.links.size(), b.article.links.size());
  EXPECT_EQ(a.article.boilerplate.size(), b.article.boilerplate.size());
  ASSERT_EQ(a.signals.size(), b.signals.size());
  for (size_t i = 0; i < a.signals.size(); ++i) EXPECT_EQ(a.signals[i].type, b.signals[i].type);
  EXPECT_EQ(a.scores.overall, b.scores.overall);
}

TEST(PipelineTest, HostileTextInputsGetAProfile) {
  const std::string sentence = "The council approved the new budget for the harbour bridge on Tuesday evening. ";
  std::string long_line;
  while (long_line.size() < 10 * 1024 * 1024) long_line += sentence;
  std::string with_nul = "<body><p>" + sentence + std::string(1, '\0') + sentence + "</p></body>";
  // UTF-16LE without a byte-order mark: every ASCII character followed by a NUL.
  std::string utf16;
  for (const char c : "<html><body><p>" + sentence + sentence + "</p></body></html>") {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  struct Case {
    const char* name;
    std::string bytes;
    ContentKind kind;
  };
  const Case kCases[] = {
      {"a 10 MB line of text", long_line, ContentKind::kText},
      {"a 10 MB line in HTML", "<body><p>" + long_line + "</p></body>", ContentKind::kHtml},
      {"a NUL byte in HTML", with_nul, ContentKind::kHtml},
      {"UTF-16LE without BOM", utf16, ContentKind::kHtml},
  };
  for (const Case& c : kCases) {
    const auto p = TestPipeline().Run(Doc(c.bytes, c.kind));
    EXPECT_NE(p.article.text.find("harbour bridge"), std::string::npos) << c.name;
    EXPECT_FALSE(HasError(p, kErrParseFailed)) << c.name;
  }
}

TEST(PipelineTest, OnePipelineServesSeveralThreads) {
  const std::string html =
      "<html lang=en><body><article><h1>Bridge</h1><p>The harbour bridge will reopen on Monday after six months of "
      "repairs to its lifting mechanism, officials said.</p><p>READ ALSO: <a href='/x'>Second crossing planned</a></p>"
      "<p>Engineers replaced the counterweights and the control system, which had failed twice last winter.</p>"
      "</article></body></html>";
  const auto expected = TestPipeline().Run(Doc(html, ContentKind::kHtml));
  std::vector<std::thread> workers;
  std::vector<int> same(4, 0);
  for (size_t t = 0; t < same.size(); ++t) {
    workers.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        const auto p = TestPipeline().Run(Doc(html, ContentKind::kHtml));
        same[t] += p.article.text == expected.article.text && p.signals.size() == expected.signals.size() &&
                   p.scores.overall == expected.scores.overall;
      }
    });
  }
  for (auto& w : workers) w.join();
  for (const int n : same) EXPECT_EQ(n, 25);
}

TEST(InputReaderTest, SniffsHtmlAndText) {
  EXPECT_EQ(SniffContentKind("<!DOCTYPE html><html>"), ContentKind::kHtml);
  EXPECT_EQ(SniffContentKind("\xEF\xBB\xBF  <div>x</div>"), ContentKind::kHtml);
  EXPECT_EQ(SniffContentKind("Headline\n\nBody text."), ContentKind::kText);
}

TEST(InputReaderTest, ExpandsFoldersRecursivelyInSortedOrder) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-inputs-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  for (const char* name : {"b.html", "a.txt", "sub/c.htm", "skip.png"}) std::ofstream(dir / name) << "x";
  auto inputs = ExpandInputs({dir.string()});
  ASSERT_TRUE(inputs.ok());
  ASSERT_EQ(inputs->size(), 3u);
  EXPECT_EQ(fs::path((*inputs)[0].path).filename(), "a.txt");
  EXPECT_EQ((*inputs)[0].kind, ContentKind::kText);
  EXPECT_EQ(fs::path((*inputs)[2].path).filename(), "c.htm");
  EXPECT_FALSE(ExpandInputs({(dir / "missing.html").string()}).ok());
  fs::remove_all(dir);
}


// ReadInput reads a file in blocks sized by the file: every byte comes back, at the
// sizes around a block's edge, for an empty file, and through a pipe (no size).
TEST(InputReaderTest, ReadsWholeFilesOfAnySizeAndPipes) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-read-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const size_t size : {size_t{0}, size_t{1}, size_t{65535}, size_t{65536}, size_t{65537}, size_t{300001}}) {
    std::string bytes(size, '\0');
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 131 + 7) % 251);
    const fs::path path = dir / ("page-" + std::to_string(size) + ".html");
    std::ofstream(path, std::ios::binary) << bytes;
    const auto doc = ReadInput({path.string(), ContentKind::kHtml, false});
    ASSERT_TRUE(doc.ok()) << size;
    EXPECT_EQ(doc->bytes.size(), size);
    EXPECT_TRUE(doc->bytes == bytes) << size;
  }
  const fs::path fifo = dir / "pipe.html";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string piped(200000, 'p');
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << piped; });
  const auto doc = ReadInput({fifo.string(), ContentKind::kHtml, false});
  writer.join();
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->bytes == piped);
  EXPECT_FALSE(ReadInput({(dir / "missing.html").string(), ContentKind::kHtml, false}).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace provscore
