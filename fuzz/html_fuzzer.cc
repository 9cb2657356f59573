// HTML -> profile: the whole pipeline (decode, limits, parse, extract, rules,
// detectors, score) on the built-in rules, as `provscore score page.html` runs it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "score/pipeline.h"
#include "score/rules/rule_set.h"

namespace {

const provscore::Pipeline* pipeline = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* dir = std::getenv("PROVSCORE_RULES");
  auto rules = provscore::RuleSet::Load({dir != nullptr ? dir : PROVSCORE_RULES_DIR});
  if (!rules.ok()) std::abort();
  provscore::PipelineOptions options;
  options.max_seconds = 0;  // a deadline would make runs depend on the machine's speed
  auto created = provscore::Pipeline::Create(*rules, options);
  if (!created.ok()) std::abort();
  pipeline = new provscore::Pipeline(std::move(created).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  provscore::SourceDocument document;
  document.bytes.assign(reinterpret_cast<const char*>(data), size);
  document.kind = provscore::ContentKind::kHtml;
  document.url = "https://example.test/news/a";
  const provscore::ReliabilityProfile profile = pipeline->Run(document);
  return 0;
}
