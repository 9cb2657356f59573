#include "cli/interrupt.h"

#include <signal.h>

namespace provscore {
namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<int> g_signal{0};
struct sigaction g_old_int, g_old_term;

static_assert(std::atomic<bool>::is_always_lock_free, "the flag is set from a signal handler");

extern "C" void OnStopSignal(int sig) {
  g_signal.store(sig);
  g_interrupted.store(true);
  // The next signal of either kind takes the default action: the user insists.
  struct sigaction dfl{};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(SIGINT, &dfl, nullptr);
  sigaction(SIGTERM, &dfl, nullptr);
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_interrupted.store(false);
  g_signal.store(0);
  struct sigaction sa{};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a sleeping poll wakes up
  sigaction(SIGINT, &sa, &g_old_int);
  sigaction(SIGTERM, &sa, &g_old_term);
}

InterruptGuard::~InterruptGuard() {
  sigaction(SIGINT, &g_old_int, nullptr);
  sigaction(SIGTERM, &g_old_term, nullptr);
}

const std::atomic<bool>* InterruptGuard::flag() const { return &g_interrupted; }
int InterruptGuard::signal_number() const { return g_signal.load(); }

}  // namespace provscore
