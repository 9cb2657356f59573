#include "score/pipeline.h"

#include <chrono>
#include <cstdio>
#include <string>

#include "base/hash.h"
#include "score/input/decoder.h"
#include "score/extract/text_extractor.h"

namespace provscore {

Pipeline::Pipeline(std::shared_ptr<const RuleSet> rules, Scorer scorer, PipelineOptions options)
    : rules_(std::move(rules)),
      detectors_(std::make_shared<const DetectorSet>(DetectorSet::Default())),
      scorer_(std::move(scorer)),
      html_(options.html),
      options_(options) {}

HtmlExtractorOptions WithRules(HtmlExtractorOptions options, const RuleSet& rules) {
  options.credit_labels = rules.press_words().credit_labels();
  options.credit_marks = rules.press_words().credit_marks();
  options.rights_marks = rules.press_words().rights_marks();
  return options;
}

Result<Pipeline> Pipeline::Create(std::shared_ptr<const RuleSet> rules, PipelineOptions options) {
  if (!rules) return InvalidArgument("a pipeline needs a loaded rule set");
  options.html = WithRules(std::move(options.html), *rules);
  Result<Scorer> scorer = Scorer::FromJson(rules->scoring());
  if (!scorer.ok()) return scorer.status();
  return Pipeline(std::move(rules), std::move(scorer).value(), options);
}

namespace {

double SteadySeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The time budget of one document, read between stages.
class Deadline {
 public:
  explicit Deadline(const PipelineOptions& options)
      : options_(options), start_(Now()) {}

  // True (and an error naming the limit and the stages skipped added to `profile`)
  // when the budget is spent.
  bool Passed(std::string_view after, std::string_view skipped, ReliabilityProfile& profile) const {
    if (options_.max_seconds <= 0 || Now() - start_ <= options_.max_seconds) return false;
    char budget[32];
    std::snprintf(budget, sizeof budget, "%g", options_.max_seconds);
    profile.errors.push_back({kErrLimitExceeded, "max_seconds (" + std::string(budget) + ") ran out after " +
                                                     std::string(after) + "; " + std::string(skipped) + " skipped"});
    return true;
  }

  // Whether the budget is spent, without recording anything.
  bool Expired() const { return options_.max_seconds > 0 && Now() - start_ > options_.max_seconds; }

  // The error for a budget that ran out inside a stage.
  void Record(std::string_view during, std::string_view cut, ReliabilityProfile& profile) const {
    char budget[32];
    std::snprintf(budget, sizeof budget, "%g", options_.max_seconds);
    profile.errors.push_back({kErrLimitExceeded, "max_seconds (" + std::string(budget) + ") ran out during " +
                                                     std::string(during) + "; " + std::string(cut)});
  }

 private:
  double Now() const { return options_.now_seconds ? options_.now_seconds() : SteadySeconds(); }
  const PipelineOptions& options_;
  double start_;
};

// An author whose whole name is an outlet of the lexicon ("Europa Press", "ТАСС")
// is no person, whichever source named it: the extractor knows the page's own
// names and the organisations its page data types, not the world's outlets.
void MarkOutletAuthors(const OutletLexicon& outlets, Article& article) {
  for (SourcedValue& author : article.authors) {
    if (author.person && outlets.FindByAlias(author.value) != nullptr) author.person = false;
  }
}

}  // namespace

ReliabilityProfile Pipeline::Run(const SourceDocument& document) const {
  const Deadline deadline(options_);
  ReliabilityProfile profile;
  profile.id = ContentId(document.bytes);
  profile.input.path = document.path;
  profile.input.url = document.url;
  profile.input.archive = document.archive;
  profile.input.content_type = document.kind == ContentKind::kHtml ? "text/html" : "text/plain";
  profile.input.bytes = document.bytes.size();

  std::string_view bytes = document.bytes;
  if (options_.max_input_bytes > 0 && bytes.size() > options_.max_input_bytes) {
    profile.errors.push_back({kErrTooLarge, "max_bytes (" + std::to_string(options_.max_input_bytes) + "): input is " +
                                                std::to_string(bytes.size()) + " bytes; only the first " +
                                                std::to_string(options_.max_input_bytes) + " were scored"});
    bytes = bytes.substr(0, options_.max_input_bytes);
  }

  DecodedText decoded = DecodeToUtf8(bytes, document.kind, document.declared_charset);
  profile.input.charset = decoded.charset;
  profile.input.charset_source = decoded.charset_source;
  for (DocumentError& e : decoded.errors) profile.errors.push_back(std::move(e));

  const bool extract = !decoded.looks_binary && !decoded.utf8.empty();
  if (extract && deadline.Passed("decoding", "extraction, rules and detectors were", profile)) {
    scorer_.Score(profile);
    return profile;
  }
  if (extract) {
    if (document.kind == ContentKind::kHtml) {
      // The deadline is read between the extractor's passes and inside its loops
      // over every node too: a page that finds a slow path there is cut short.
      std::function<bool()> expired;
      if (options_.max_seconds > 0) expired = [&deadline] { return deadline.Expired(); };
      std::string stopped_in;
      Result<Article> article = html_.Extract(decoded.utf8, document.url, expired, &stopped_in);
      if (article.ok()) {
        profile.article = std::move(article).value();
        MarkOutletAuthors(rules_->outlets(), profile.article);
        for (const std::string& limit : profile.article.limits_hit) profile.errors.push_back({kErrLimitExceeded, limit});
      } else {
        profile.errors.push_back({kErrParseFailed, article.status().message()});
      }
      if (!stopped_in.empty()) {
        deadline.Record("extraction, in its pass " + stopped_in,
                        "that pass and the later ones, rules and detectors were skipped", profile);
        scorer_.Score(profile);
        return profile;
      }
    } else {
      profile.article = ExtractTextArticle(decoded.utf8);
      MarkOutletAuthors(rules_->outlets(), profile.article);
    }
    if (profile.article.text.empty()) {
      profile.errors.push_back({kErrNoText, "no article text was found in this document"});
    }
  }
  decoded.utf8.clear();
  decoded.utf8.shrink_to_fit();

  if (deadline.Passed("extraction", "rules and detectors were", profile)) {
    scorer_.Score(profile);
    return profile;
  }
  // The deadline is also read inside rule matching (between texts, rules and hits,
  // every megabyte searched), where a huge article spends its time.
  bool stopped = false;
  std::function<bool()> expired;
  if (options_.max_seconds > 0) expired = [&deadline] { return deadline.Expired(); };
  profile.signals = detectors_->Detect(profile.article, *rules_, expired, &stopped);
  if (stopped) deadline.Record("rule matching", "rule matching was cut short and detectors were skipped", profile);
  scorer_.Score(profile);
  return profile;
}

}  // namespace provscore
