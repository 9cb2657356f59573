// The rule loader: one rule file of arbitrary bytes in a rules folder. Loading must
// succeed or fail with diagnostics, never crash.
#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "fuzz/fuzz_util.h"
#include "score/rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto dir = provscore::fuzz::ScratchPath("rules");
  static const bool made = std::filesystem::create_directories(dir) || true;
  (void)made;
  provscore::fuzz::WriteFile(dir / "fuzz.json", data, size);
  auto rules = provscore::RuleSet::Load({dir});
  (void)rules;
  auto diagnostics = provscore::RuleSet::Check({dir});
  (void)diagnostics;
  return 0;
}
