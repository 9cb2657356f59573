#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <iomanip>

#include "cli/commands.h"
#include "cli/rules_location.h"
#include "score/rules/rule_set.h"

namespace provscore {
namespace {

int Check(const RulesOptions& options, std::ostream& out) {
  std::vector<std::filesystem::path> dirs;
  if (options.dirs.empty()) {
    auto builtin = FindBuiltinRules();
    if (!builtin) {
      spdlog::error("the built-in rules were not found; name a folder: provscore rules check DIR");
      return kExitUsage;
    }
    dirs.push_back(*builtin);
  } else {
    // A user's folder is checked as an overlay on the built-in rules, so that
    // overrides and disables of built-in ids are understood.
    if (auto builtin = FindBuiltinRules()) dirs.push_back(*builtin);
    for (const std::string& d : options.dirs) dirs.emplace_back(d);
  }
  const std::vector<RuleDiagnostic> problems = RuleSet::Check(dirs);
  for (const RuleDiagnostic& d : problems) out << d.ToString() << "\n";
  if (!problems.empty()) {
    out << problems.size() << " problem(s) found\n";
    return kExitUsage;
  }
  auto rules = RuleSet::Load(dirs);
  if (!rules.ok()) {
    out << rules.status().message() << "\n";
    return kExitUsage;
  }
  out << "ok: " << (*rules)->rules().size() << " rules, version " << (*rules)->version() << ", digest "
      << (*rules)->digest() << "\n";
  return kExitOk;
}

int List(const RulesOptions& options, std::ostream& out) {
  std::vector<std::filesystem::path> dirs;
  const std::shared_ptr<const RuleSet> rules = LoadCommandRules(options.dirs, &dirs);
  if (!rules) return kExitUsage;
  out << "rules " << rules->version() << " (" << rules->digest() << ") from";
  for (const auto& d : dirs) out << " " << d.string();
  out << "\n";
  // One row a rule, in columns as wide as their longest cell.
  std::vector<std::array<std::string, 4>> rows;
  std::array<size_t, 3> width{};
  for (const PatternRule& r : rules->rules()) {
    if (!options.type.empty() && r.type != options.type) continue;
    std::string langs;
    for (const std::string& l : r.languages) langs += (langs.empty() ? "" : ",") + l;
    rows.push_back({r.id, r.type, langs.empty() ? "*" : langs, r.description});
    for (size_t c = 0; c < width.size(); ++c) width[c] = std::max(width[c], rows.back()[c].size());
  }
  for (const auto& row : rows) {
    for (size_t c = 0; c < width.size(); ++c) out << std::left << std::setw(static_cast<int>(width[c])) << row[c] << "  ";
    out << row[3] << "\n";
  }
  out << rows.size() << " rule(s)\n";
  return kExitOk;
}

}  // namespace

int RunRules(const RulesOptions& options, std::ostream& out) {
  return options.action == RulesOptions::Action::kCheck ? Check(options, out) : List(options, out);
}

}  // namespace provscore
