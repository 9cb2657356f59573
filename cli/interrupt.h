// SIGINT and SIGTERM as a flag the long-running commands (fetch, watch, score URL) poll:
// the first signal asks for a clean stop -- transfers in flight finish and are written,
// files are closed, the command exits 0 -- and a second one ends the process at once
// (the WARC files stay valid up to the last whole record; the next run repairs them).
// Construct one guard per command run; handlers are restored by the destructor.
//
//   InterruptGuard guard;
//   archiver->Archive(urls, progress, guard.flag());
//   if (guard.interrupted()) ...
#pragma once

#include <atomic>

namespace provscore {

class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  const std::atomic<bool>* flag() const;
  bool interrupted() const { return flag()->load(); }
  // The signal that arrived (SIGINT, SIGTERM), or 0.
  int signal_number() const;
};

}  // namespace provscore
