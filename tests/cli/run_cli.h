// Test helper: runs the real provscore binary through the shell (so a test may
// prefix variables) with stderr merged into the captured output.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace provscore::testing {

struct RunResult {
  int exit_code = -1;
  std::string output;
};

// Runs a shell command line, stdout and stderr together.
inline RunResult RunShell(const std::string& command) {
  RunResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline RunResult RunCli(const std::string& args, const std::string& env = "") {
  return RunShell(env + " " + std::string(PROVSCORE_BINARY) + " " + args);
}

}  // namespace provscore::testing
