// What score, map and merge share on the command line: the scoring pipeline built
// from the limit flags, the inputs expanded (with the usage errors they give), and the
// source's problems logged. Each helper logs its own failure.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batch/archive_input.h"
#include "batch/document_source.h"
#include "cli/options.h"
#include "score/pipeline.h"
#include "score/rules/rule_set.h"

namespace provscore {

// The pipeline for `options`' limits over `rules`; nullopt (logged) when it cannot be made.
std::optional<Pipeline> MakeScorePipeline(const ScoreOptions& options, std::shared_ptr<const RuleSet> rules);

// The expanded inputs, or nullopt (logged) when one does not exist or none is found.
std::optional<std::vector<ScoreInput>> ExpandCommandInputs(const std::vector<std::string>& inputs);

// Logs the source's problems found since the last call (errors, warnings, notes at debug).
void LogSourceProblems(DocumentSource& source);

// "2026-12-06T17:04:11Z", now.
std::string NowIso8601();

}  // namespace provscore
