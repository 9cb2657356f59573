#include "base/logging.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace provscore {

void InitLogging(Verbosity verbosity) {
  auto logger = spdlog::stderr_color_mt("provscore");
  spdlog::drop("provscore");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("provscore: %^%l%$: %v");
  switch (verbosity) {
    case Verbosity::kQuiet: spdlog::set_level(spdlog::level::err); break;
    case Verbosity::kNormal: spdlog::set_level(spdlog::level::info); break;
    case Verbosity::kVerbose: spdlog::set_level(spdlog::level::debug); break;
  }
}

}  // namespace provscore
