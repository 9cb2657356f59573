#include "cli/version.h"

#include <memory>

#include "cli/rules_location.h"
#include "score/rules/rule_set.h"

namespace provscore {

std::string ToolVersion() { return PROVSCORE_VERSION; }

std::string VersionString() {
  std::string out = "provscore " + ToolVersion();
  if (auto dir = FindBuiltinRules()) {
    auto rules = RuleSet::Load({*dir});
    out += rules.ok() ? " (rules " + (*rules)->version() + ", " + dir->string() + ")"
                      : " (rules at " + dir->string() + " do not load: run 'provscore rules check')";
  } else {
    out += " (built-in rules not found; set PROVSCORE_RULES)";
  }
  return out;
}

}  // namespace provscore
