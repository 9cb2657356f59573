#include "cli/progress_display.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>

namespace provscore {
namespace {

std::string HumanBytes(double bytes) {
  const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  int u = 0;
  while (bytes >= 1000.0 && u < 4) {
    bytes /= 1000.0;
    ++u;
  }
  return u == 0 ? fmt::format("{:.0f} {}", bytes, units[u]) : fmt::format("{:.1f} {}", bytes, units[u]);
}

}  // namespace

ProgressDisplay::Mode ProgressDisplay::Resolve(FetchFlags::Progress requested) {
  switch (requested) {
    case FetchFlags::Progress::kBar: return Mode::kBar;
    case FetchFlags::Progress::kLog: return Mode::kLog;
    case FetchFlags::Progress::kNone: return Mode::kNone;
    case FetchFlags::Progress::kAuto: break;
  }
  return ::isatty(STDERR_FILENO) ? Mode::kBar : Mode::kLog;
}

ProgressDisplay::ProgressDisplay(Mode mode, std::string label, std::FILE* out)
    : mode_(mode), label_(std::move(label)), out_(out), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

ProgressDisplay::~ProgressDisplay() { Finish(); }

void ProgressDisplay::Restart(std::string label) {
  Finish();
  std::lock_guard lock(mu_);
  label_ = std::move(label);
  last_ = {};
  any_ = false;
  drawn_ = false;
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

std::string ProgressDisplay::FormatLine(const std::string& label, const fetch::ArchiveProgress& p, double seconds,
                                        int bar_width) {
  const double fraction = p.total ? static_cast<double>(p.done) / static_cast<double>(p.total) : 0.0;
  std::string bar;
  if (bar_width > 0) {
    const int filled = static_cast<int>(fraction * bar_width);
    bar = "[" + std::string(static_cast<size_t>(filled), '=') + (filled < bar_width ? ">" : "") +
          std::string(static_cast<size_t>(std::max(0, bar_width - filled - 1)), ' ') + "] ";
  }
  const double secs = std::max(seconds, 0.001);
  return fmt::format("{} {}/{} {}{:3.0f}%  {}  {}/s  {:.1f} pages/s  {} error{}", label, p.done, p.total, bar,
                     fraction * 100.0, HumanBytes(static_cast<double>(p.bytes)),
                     HumanBytes(static_cast<double>(p.bytes) / secs), static_cast<double>(p.done) / secs, p.errors,
                     p.errors == 1 ? "" : "s");
}

void ProgressDisplay::Update(const fetch::ArchiveProgress& progress) {
  std::lock_guard lock(mu_);
  last_ = progress;
  any_ = true;
  const auto now = std::chrono::steady_clock::now();
  const auto every = mode_ == Mode::kBar ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
  if (now - last_draw_ < every && progress.done < progress.total) return;
  last_draw_ = now;
  Draw(false);
}

void ProgressDisplay::Finish() {
  std::lock_guard lock(mu_);
  if (!any_) return;
  Draw(true);
  any_ = false;
}

void ProgressDisplay::Draw(bool final) {
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  switch (mode_) {
    case Mode::kNone:
      return;
    case Mode::kLog:
      if (final && drawn_ && last_.done == last_.total) return;  // the last update already said it
      spdlog::info("{}", FormatLine(label_, last_, secs, 0));
      drawn_ = true;
      return;
    case Mode::kBar:
      std::fprintf(out_, "\r\033[K%s", FormatLine(label_, last_, secs, 24).c_str());
      if (final) std::fputc('\n', out_);
      std::fflush(out_);
      drawn_ = true;
      return;
  }
}

}  // namespace provscore
