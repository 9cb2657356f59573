// Finds the built-in rules folder at run time, in this order: $PROVSCORE_RULES;
// "rules" next to the binary; ../share/provscore/rules from the binary (an install
// prefix); the source tree's rules/ (a build-tree binary). Thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace provscore {

class RuleSet;

std::optional<std::filesystem::path> FindBuiltinRules();

// The built-in folder followed by the user's overlays; empty when none is found.
std::vector<std::filesystem::path> RuleFolders(const std::vector<std::string>& overlays);

// Loads the built-in rules and the user's overlays for a command, logging what is
// wrong and what to do about it; nullptr when they cannot be loaded (a usage error).
// `dirs`, when given, receives the folders loaded.
std::shared_ptr<const RuleSet> LoadCommandRules(const std::vector<std::string>& overlays,
                                                std::vector<std::filesystem::path>* dirs = nullptr);

}  // namespace provscore
