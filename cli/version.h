// The tool's version, from the CMake project version.
#pragma once

#include <string>

namespace provscore {

std::string ToolVersion();
// "provscore 0.1.0" plus the rules version when the built-in rules can be found.
std::string VersionString();

}  // namespace provscore
