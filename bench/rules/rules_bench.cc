// Rule matching benchmark: how fast RuleSet::Match (one RE2::Set pass per place,
// then the matched rules alone) runs over article text, side by side for
//   none      - the manifest only, no phrase rules (the cost of the pipeline around them),
//   built-in  - rules/ as shipped,
//   +N        - rules/ plus N generated phrase rules (default 3,000),
// on the same generated articles in one run. Prints MB/s, texts/s, rules x MB/s
// and the ratio to "none". Usage: rules_bench [ARTICLES] [EXTRA_RULES]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "score/signals/detectors.h"
#include "score/rules/rule_set.h"

namespace {

namespace fs = std::filesystem;
using provscore::Article;
using provscore::RuleSet;
using provscore::TextBlock;

// Articles of 400-900 words from a fixed vocabulary, with the phrases the rules
// look for sprinkled in at realistic rates, so the matched-rule path runs too.
std::vector<Article> MakeArticles(size_t count) {
  static const char* kWords[] = {
      "the", "council", "said", "on", "Tuesday", "that", "prices", "would", "rise", "after", "a", "vote",
      "in", "parliament", "officials", "reported", "minister", "harbour", "bridge", "market", "talks",
      "week", "government", "according", "to", "city", "new", "plan", "budget", "of", "and", "was"};
  static const char* kPhrases[] = {
      "READ ALSO: Storm closes the coast road", "according to Reuters", "Source: AFP",
      "The article has been automatically translated into English by Google Translate from Russian.",
      "Subscribe to our newsletter", "Photo: Shutterstock", "told the BBC"};
  std::mt19937 rng(42);
  std::vector<Article> out;
  for (size_t i = 0; i < count; ++i) {
    Article a;
    const size_t paragraphs = 8 + rng() % 10;
    for (size_t p = 0; p < paragraphs; ++p) {
      if (!a.text.empty()) a.text += "\n\n";
      TextBlock b;
      b.start = a.text.size();
      if (rng() % 12 == 0) {
        a.text += kPhrases[rng() % (sizeof kPhrases / sizeof *kPhrases)];
      } else {
        const size_t words = 30 + rng() % 40;
        for (size_t w = 0; w < words; ++w) {
          if (w) a.text += ' ';
          a.text += kWords[rng() % (sizeof kWords / sizeof *kWords)];
        }
        a.text += '.';
      }
      b.end = a.text.size();
      a.blocks.push_back(b);
    }
    out.push_back(std::move(a));
  }
  return out;
}

fs::path WriteExtraRules(size_t n) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-rules-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream out(dir / "generated.json");
  out << "{\"schema\":\"provscore.patterns/1\",\"rules\":[";
  for (size_t i = 0; i < n; ++i) {
    out << (i ? "," : "") << "{\"id\":\"bench." << i << "\",\"type\":\"page_residue\",\"where\":[\"body\"],"
        << "\"pattern\":\"\\\\b(?:sponsored|partner) message " << i << "\\\\b\",\"confidence\":0.5}";
  }
  out << "]}";
  return dir;
}

fs::path ManifestOnly() {
  const fs::path dir = fs::temp_directory_path() / ("provscore-rules-none-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(fs::path(PROVSCORE_SOURCE_DIR) / "rules" / "manifest.json", dir / "manifest.json",
                fs::copy_options::overwrite_existing);
  return dir;
}

struct Run {
  const char* name;
  std::vector<fs::path> dirs;
};

}  // namespace

int main(int argc, char** argv) {
  const size_t articles = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 2000;
  const size_t extra = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 3000;
  const std::vector<Article> batch = MakeArticles(articles);
  size_t bytes = 0;
  for (const Article& a : batch) bytes += a.text.size();
  const fs::path builtin = fs::path(PROVSCORE_SOURCE_DIR) / "rules";
  const fs::path none = ManifestOnly();
  const fs::path generated = WriteExtraRules(extra);
  const std::string extra_name = "+" + std::to_string(extra);
  const Run runs[] = {{"none", {none}}, {"built-in", {builtin}}, {extra_name.c_str(), {builtin, generated}}};

  std::printf("rule matching over %zu generated articles, %.1f MB of text\n", articles, static_cast<double>(bytes) / 1e6);
  std::printf("%-10s %7s %9s %10s %10s %12s %9s %8s\n", "rules", "count", "load s", "MB/s", "texts/s",
              "rules*MB/s", "hits", "vs none");
  double none_seconds = 0;
  for (const Run& run : runs) {
    const auto load_start = std::chrono::steady_clock::now();
    auto rules = RuleSet::Load(run.dirs);
    const double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
    if (!rules.ok()) {
      std::fprintf(stderr, "rules_bench: %s\n", rules.status().message().c_str());
      return 1;
    }
    const provscore::DetectorSet detectors = provscore::DetectorSet::Default();
    size_t hits = 0;
    // One warm-up pass (compiles the lazily built regexes), then the timed pass.
    for (int pass = 0; pass < 2; ++pass) {
      const auto start = std::chrono::steady_clock::now();
      hits = 0;
      for (const Article& a : batch) hits += detectors.Detect(a, **rules).size();
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (pass == 0) continue;
      if (none_seconds == 0) none_seconds = seconds;
      const double mbs = static_cast<double>(bytes) / 1e6 / seconds;
      std::printf("%-10s %7zu %9.2f %10.1f %10.0f %12.0f %9zu %7.2fx\n", run.name, (*rules)->rules().size(), load, mbs,
                  static_cast<double>(articles) / seconds, mbs * static_cast<double>((*rules)->rules().size()), hits,
                  seconds / none_seconds);
    }
  }
  fs::remove_all(none);
  fs::remove_all(generated);
  return 0;
}
