// Shows an archiver's progress: on a terminal a one-line bar redrawn in place
// (done/total, bytes written, rate, errors); otherwise a plain log line every few
// seconds, so a log file or a systemd journal gets readable lines, not carriage returns.
// Update may be called from any thread (calls are serialised here); Finish once at the end.
//
//   ProgressDisplay display(ProgressDisplay::Resolve(flags.progress), "fetch");
//   archiver->Archive(urls, [&](const fetch::ArchiveProgress& p) { display.Update(p); });
//   display.Finish();
#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

#include "cli/options.h"
#include "fetch/archiver.h"

namespace provscore {

class ProgressDisplay {
 public:
  enum class Mode { kBar, kLog, kNone };
  // kAuto becomes kBar when stderr is a terminal, kLog otherwise.
  static Mode Resolve(FetchFlags::Progress requested);

  // `label` prefixes each line ("fetch", "articles"). The bar goes to `out`.
  ProgressDisplay(Mode mode, std::string label, std::FILE* out = stderr);
  ~ProgressDisplay();
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

  void Update(const fetch::ArchiveProgress& progress);
  // Draws the final state and ends the bar's line.
  void Finish();
  // Starts counting afresh under a new label (the watcher's stages).
  void Restart(std::string label);

  // The text of one bar line, for tests: "fetch  12/40 [=====>    ] 30%  1.2 MB  ...".
  static std::string FormatLine(const std::string& label, const fetch::ArchiveProgress& p, double seconds,
                                int bar_width);

 private:
  void Draw(bool final);

  Mode mode_;
  std::string label_;
  std::FILE* out_;
  std::mutex mu_;
  fetch::ArchiveProgress last_;
  bool drawn_ = false;
  bool any_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace provscore
