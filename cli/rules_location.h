// Finds the built-in rules folder at run time, in this order: $PROVSCORE_RULES;
// "rules" next to the binary; ../share/provscore/rules from the binary (an install
// prefix); the source tree's rules/ (a build-tree binary). Thread-safe.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace provscore {

std::optional<std::filesystem::path> FindBuiltinRules();

// The built-in folder followed by the user's overlays; empty when none is found.
std::vector<std::filesystem::path> RuleFolders(const std::vector<std::string>& overlays);

}  // namespace provscore
