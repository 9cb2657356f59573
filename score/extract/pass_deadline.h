// Private to score/: the document's deadline as the extractor reads it. Reading
// the clock costs a call, so it is read between the extractor's passes (Before)
// and, inside the loops that visit every node, link or block, once every
// kStepsPerReading steps (Step: a decrement and a branch otherwise). Once it has
// run out, every later Before and Step is true at once, and stopped_in() names the
// pass it ran out in (or before). Not thread-safe: one per Extract call.
//
//   PassDeadline deadline(&expired);          // null or empty: never runs out
//   if (deadline.Before("metadata")) return article;
//   for (...) { if (deadline.Step()) return; ... }
#pragma once

#include <cstdint>
#include <functional>

namespace provscore::internal {

class PassDeadline {
 public:
  static constexpr uint32_t kStepsPerReading = 4096;

  PassDeadline() = default;
  explicit PassDeadline(const std::function<bool()>* expired)
      : expired_(expired != nullptr && *expired ? expired : nullptr) {}

  // Names `pass` as the one running and reads the clock: true when the deadline
  // has run out (the pass and those after it are to be skipped).
  bool Before(const char* pass) {
    if (stopped_in_ != nullptr) return true;
    pass_ = pass;
    return Read();
  }

  // One step of a loop of the running pass: true when the deadline has run out
  // (the pass is to stop there).
  bool Step() {
    if (--countdown_ != 0) return false;
    if (stopped_in_ != nullptr) {
      countdown_ = 1;
      return true;
    }
    return Read();
  }

  bool stopped() const { return stopped_in_ != nullptr; }
  // The pass the deadline ran out in or before, or null.
  const char* stopped_in() const { return stopped_in_; }

 private:
  // Reads the clock (when there is one) and starts the next count of steps; once
  // run out, every Step takes this slow path and is true.
  bool Read() {
    countdown_ = kStepsPerReading;
    if (expired_ == nullptr || !(*expired_)()) return false;
    stopped_in_ = pass_;
    countdown_ = 1;
    return true;
  }

  const std::function<bool()>* expired_ = nullptr;
  const char* pass_ = "";
  const char* stopped_in_ = nullptr;
  uint32_t countdown_ = kStepsPerReading;  // steps left before the next reading
};

}  // namespace provscore::internal
