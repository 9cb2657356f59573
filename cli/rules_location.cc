#include "cli/rules_location.h"

#include <unistd.h>

#include <spdlog/spdlog.h>

#include <cstdlib>

#include "score/rules/rule_set.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> ExecutableDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return std::nullopt;
  return exe.parent_path();
}

bool IsRulesDir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "manifest.json", ec);
}

}  // namespace

std::optional<fs::path> FindBuiltinRules() {
  if (const char* env = std::getenv("PROVSCORE_RULES"); env && *env) {
    if (IsRulesDir(env)) return fs::path(env);
  }
  if (auto dir = ExecutableDir()) {
    for (const fs::path& candidate : {*dir / "rules", *dir / ".." / "share" / "provscore" / "rules"}) {
      if (IsRulesDir(candidate)) return candidate.lexically_normal();
    }
  }
#ifdef PROVSCORE_SOURCE_RULES_DIR
  if (IsRulesDir(PROVSCORE_SOURCE_RULES_DIR)) return fs::path(PROVSCORE_SOURCE_RULES_DIR);
#endif
  return std::nullopt;
}

std::vector<fs::path> RuleFolders(const std::vector<std::string>& overlays) {
  std::vector<fs::path> dirs;
  if (auto builtin = FindBuiltinRules()) dirs.push_back(*builtin);
  else return dirs;
  for (const std::string& o : overlays) dirs.emplace_back(o);
  return dirs;
}

std::shared_ptr<const RuleSet> LoadCommandRules(const std::vector<std::string>& overlays,
                                                std::vector<fs::path>* dirs) {
  const std::vector<fs::path> folders = RuleFolders(overlays);
  if (dirs != nullptr) *dirs = folders;
  if (folders.empty()) {
    spdlog::error("the built-in rules were not found; set PROVSCORE_RULES to the rules folder or reinstall");
    return nullptr;
  }
  Result<std::shared_ptr<const RuleSet>> rules = RuleSet::Load(folders);
  if (!rules.ok()) {
    spdlog::error("{}", rules.status().message());
    spdlog::error("fix the rule files (provscore rules check DIR lists every problem)");
    return nullptr;
  }
  return std::move(rules).value();
}

}  // namespace provscore
