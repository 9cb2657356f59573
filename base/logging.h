// Logging set-up: one spdlog logger writing to stderr, shared by every library.
// Call InitLogging once from main; libraries only call spdlog's free functions.
#pragma once

namespace provscore {

enum class Verbosity { kQuiet, kNormal, kVerbose };

// Sets spdlog's default logger to a colour-aware stderr sink with the given level
// (quiet: errors only; normal: info; verbose: debug). Safe to call again.
void InitLogging(Verbosity verbosity);

}  // namespace provscore
