#include "cli/batch_setup.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>

namespace provscore {

std::optional<Pipeline> MakeScorePipeline(const ScoreOptions& options, std::shared_ptr<const RuleSet> rules) {
  PipelineOptions pipeline_options;
  pipeline_options.html.max_attributes_per_element = options.max_attributes;
  pipeline_options.html.max_depth = options.max_depth;
  pipeline_options.html.max_nodes = options.max_nodes;
  pipeline_options.html.max_links = options.max_links;
  pipeline_options.max_input_bytes = static_cast<size_t>(options.max_bytes);
  pipeline_options.max_seconds = options.max_seconds;
  auto pipeline = Pipeline::Create(std::move(rules), pipeline_options);
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return std::nullopt;
  }
  return std::move(pipeline).value();
}

std::optional<std::vector<ScoreInput>> ExpandCommandInputs(const std::vector<std::string>& args) {
  auto inputs = ExpandScoreInputs(args);
  if (!inputs.ok()) {
    spdlog::error("{}", inputs.status().message());
    return std::nullopt;
  }
  if (inputs->empty()) {
    spdlog::error("no .html, .htm, .txt, .warc or .warc.gz files found in {}", fmt::join(args, ", "));
    return std::nullopt;
  }
  return std::move(inputs).value();
}

void LogSourceProblems(DocumentSource& source) {
  for (const SourceProblem& p : source.TakeProblems()) {
    switch (p.severity) {
      case SourceProblem::Severity::kError:
        spdlog::error("{}: {}", p.path, p.message);
        break;
      case SourceProblem::Severity::kWarning:
        spdlog::warn("{}: {}", p.path, p.message);
        break;
      case SourceProblem::Severity::kNote:
        spdlog::debug("{}: {}", p.path, p.message);
        break;
    }
  }
}

std::string NowIso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

}  // namespace provscore
