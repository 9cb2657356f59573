#include "score/pipeline.h"

#include "base/hash.h"
#include "score/decoder.h"
#include "score/text_extractor.h"

namespace provscore {

Pipeline::Pipeline(std::shared_ptr<const RuleSet> rules, Scorer scorer, PipelineOptions options)
    : rules_(std::move(rules)),
      detectors_(std::make_shared<const DetectorSet>(DetectorSet::Default())),
      scorer_(std::move(scorer)),
      html_(options.html),
      options_(options) {}

Result<Pipeline> Pipeline::Create(std::shared_ptr<const RuleSet> rules, PipelineOptions options) {
  if (!rules) return InvalidArgument("a pipeline needs a loaded rule set");
  Result<Scorer> scorer = Scorer::FromJson(rules->scoring());
  if (!scorer.ok()) return scorer.status();
  return Pipeline(std::move(rules), std::move(scorer).value(), options);
}

ReliabilityProfile Pipeline::Run(const SourceDocument& document) const {
  ReliabilityProfile profile;
  profile.id = ContentId(document.bytes);
  profile.input.path = document.path;
  profile.input.url = document.url;
  profile.input.archive = document.archive;
  profile.input.content_type = document.kind == ContentKind::kHtml ? "text/html" : "text/plain";
  profile.input.bytes = document.bytes.size();

  std::string_view bytes = document.bytes;
  if (bytes.size() > options_.max_input_bytes) {
    profile.errors.push_back({kErrTooLarge, "input is " + std::to_string(bytes.size()) + " bytes; only the first " +
                                                std::to_string(options_.max_input_bytes) + " were scored"});
    bytes = bytes.substr(0, options_.max_input_bytes);
  }

  DecodedText decoded = DecodeToUtf8(bytes, document.kind, document.declared_charset);
  profile.input.charset = decoded.charset;
  profile.input.charset_source = decoded.charset_source;
  for (DocumentError& e : decoded.errors) profile.errors.push_back(std::move(e));

  if (!decoded.looks_binary && !decoded.utf8.empty()) {
    if (document.kind == ContentKind::kHtml) {
      Result<Article> article = html_.Extract(decoded.utf8, document.url);
      if (article.ok()) {
        profile.article = std::move(article).value();
        for (const std::string& limit : profile.article.limits_hit) profile.errors.push_back({kErrLimitExceeded, limit});
      } else {
        profile.errors.push_back({kErrParseFailed, article.status().message()});
      }
    } else {
      profile.article = ExtractTextArticle(decoded.utf8);
    }
    if (profile.article.text.empty()) {
      profile.errors.push_back({kErrNoText, "no article text was found in this document"});
    }
  }
  decoded.utf8.clear();
  decoded.utf8.shrink_to_fit();

  profile.signals = detectors_->Detect(profile.article, *rules_);
  scorer_.Score(profile);
  return profile;
}

}  // namespace provscore
