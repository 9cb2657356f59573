// stages_bench: Google Benchmark micro-benchmarks of each stage of Pipeline::Run
// (issue 12), on the same pages, so a change can be traced to the stage it moved:
//   Decode     DecodeToUtf8 (charset detection, UTF-8 repair)
//   Parse      internal::ParseHtml (Gumbo, the parser provscore runs)
//   Extract    HtmlExtractor::Extract (parse + DOM walk: body, boilerplate, metadata)
//   Rules      RuleSet::Match (the phrase rules over every place)
//   Detectors  DetectorSet::Detect (rules included: Detectors - Rules is the detectors' own)
//   Score      Scorer::Score
//   Output     ProfileToJson + serialize (one profiles.jsonl line)
//   Pipeline   the whole Pipeline::Run, for the sum
// Pages: every *.html under $PROVSCORE_STAGE_PAGES when set (say ../shared/corpus/pages;
// $PROVSCORE_STAGE_EVERY=N keeps every Nth file of them, in name order), else the HTML
// fixtures under tests/data (invented pages of the shapes the corpus has, but small).
// Throughput is reported as bytes/s of the page's HTML for every stage, so the stages'
// figures add up. Rules are the built-in ones, compiled once before timing (and each
// rule regex warmed by one untimed pass), so the figures are steady-state matching.
//
//   build/bench/stages/stages_bench [--benchmark_filter=Rules] [--benchmark_repetitions=3]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "reports/profile_json.h"
#include "score/input/decoder.h"
#include "score/signals/detectors.h"
#include "score/extract/html_extractor.h"
#include "score/extract/html_dom.h"
#include "score/pipeline.h"
#include "score/rules/rule_set.h"
#include "score/scoring/scorer.h"

namespace {

namespace fs = std::filesystem;
using namespace provscore;

struct Fixture {
  std::vector<SourceDocument> documents;
  std::vector<std::string> utf8;             // decoded, for Parse and Extract
  std::vector<Article> articles;             // extracted, for Rules and Detectors
  std::vector<ReliabilityProfile> profiles;  // complete, for Score and Output
  std::shared_ptr<const RuleSet> rules;
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<Scorer> scorer;
  DetectorSet detectors = DetectorSet::Default();
  HtmlExtractor extractor;
  int64_t bytes = 0;
};

std::vector<fs::path> PageFiles() {
  std::vector<fs::path> roots;
  if (const char* dir = std::getenv("PROVSCORE_STAGE_PAGES"); dir && *dir) {
    roots.emplace_back(dir);
  } else {
    const fs::path data = fs::path(PROVSCORE_SOURCE_DIR) / "tests" / "data";
    for (const char* sub : {"html", "cross_links", "e2e"}) roots.push_back(data / sub);
  }
  std::vector<fs::path> files;
  for (const fs::path& root : roots) {
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(root, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".html") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  const char* every = std::getenv("PROVSCORE_STAGE_EVERY");
  const size_t n = every ? static_cast<size_t>(std::max(1, std::atoi(every))) : 1;
  std::vector<fs::path> kept;
  for (size_t i = n - 1; i < files.size(); i += n) kept.push_back(files[i]);
  return kept;
}

Fixture& Get() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    auto rules = RuleSet::Load({fs::path(PROVSCORE_SOURCE_DIR) / "rules"});
    if (!rules.ok()) {
      std::fprintf(stderr, "stages_bench: %s\n", rules.status().message().c_str());
      std::exit(2);
    }
    fx->rules = *rules;
    fx->extractor = HtmlExtractor(WithRules({}, *fx->rules));  // the pipeline's credit labels
    auto pipeline = Pipeline::Create(fx->rules);
    auto scorer = Scorer::FromJson(fx->rules->scoring());
    if (!pipeline.ok() || !scorer.ok()) std::exit(2);
    fx->pipeline = std::make_unique<Pipeline>(std::move(pipeline).value());
    fx->scorer = std::make_unique<Scorer>(std::move(scorer).value());
    for (const fs::path& file : PageFiles()) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      SourceDocument doc;
      doc.path = file.string();
      doc.kind = ContentKind::kHtml;
      doc.bytes = ss.str();
      fx->bytes += static_cast<int64_t>(doc.bytes.size());
      fx->utf8.push_back(DecodeToUtf8(doc.bytes, doc.kind, doc.declared_charset).utf8);
      Result<Article> article = fx->extractor.Extract(fx->utf8.back(), doc.url);
      fx->articles.push_back(article.ok() ? std::move(article).value() : Article{});
      fx->profiles.push_back(fx->pipeline->Run(doc));  // also compiles every rule regex a page needs
      fx->documents.push_back(std::move(doc));
    }
    std::fprintf(stderr, "stages_bench: %zu pages, %lld bytes\n", fx->documents.size(),
                 static_cast<long long>(fx->bytes));
    return fx;
  }();
  return *f;
}

template <typename Body>
void RunOverPages(benchmark::State& state, Body body) {
  Fixture& f = Get();
  for (auto _ : state) {
    for (size_t i = 0; i < f.documents.size(); ++i) body(f, i);
  }
  state.SetBytesProcessed(state.iterations() * f.bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(f.documents.size()));
}

void BM_Decode(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) {
    const SourceDocument& d = f.documents[i];
    benchmark::DoNotOptimize(DecodeToUtf8(d.bytes, d.kind, d.declared_charset));
  });
}
void BM_Parse(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) { benchmark::DoNotOptimize(internal::ParseHtml(f.utf8[i])); });
}
void BM_Extract(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) {
    benchmark::DoNotOptimize(f.extractor.Extract(f.utf8[i], f.documents[i].url));
  });
}
void BM_Rules(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) { benchmark::DoNotOptimize(f.rules->Match(f.articles[i])); });
}
void BM_Detectors(benchmark::State& state) {
  RunOverPages(state,
               [](Fixture& f, size_t i) { benchmark::DoNotOptimize(f.detectors.Detect(f.articles[i], *f.rules)); });
}
void BM_Score(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) {
    ReliabilityProfile p = f.profiles[i];  // Score rewrites the score fields in place
    f.scorer->Score(p);
    benchmark::DoNotOptimize(p);
  });
}
void BM_Output(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) {
    benchmark::DoNotOptimize(boost::json::serialize(ProfileToJson(f.profiles[i])));
  });
}
void BM_Pipeline(benchmark::State& state) {
  RunOverPages(state, [](Fixture& f, size_t i) { benchmark::DoNotOptimize(f.pipeline->Run(f.documents[i])); });
}

BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Detectors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Score)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Output)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
