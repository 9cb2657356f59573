#include "batch/ordered_runner.h"

#include <algorithm>
#include <utility>

namespace provscore {

OrderedRunner::OrderedRunner(const Pipeline& pipeline, size_t jobs, Emit emit)
    : pipeline_(pipeline), jobs_(std::max<size_t>(jobs, 1)), emit_(std::move(emit)) {}

OrderedRunner::~OrderedRunner() {
  for (Pending& p : pending_) p.profile.wait();  // nothing outlives the run
}

bool OrderedRunner::Submit(SourceDocument doc, Status read_error) {
  std::string name = doc.url.empty() ? doc.path : doc.url;
  auto score = [this, doc = std::move(doc), read_error = std::move(read_error)] {
    ReliabilityProfile profile = pipeline_.Run(doc);
    if (!read_error.ok()) profile.errors.insert(profile.errors.begin(), {kErrReadFailed, read_error.message()});
    return profile;
  };
  if (jobs_ == 1) return emit_(score(), name);
  pending_.push_back({std::async(std::launch::async, std::move(score)), std::move(name)});
  return pending_.size() < 2 * jobs_ || EmitFront();
}

bool OrderedRunner::Finish() {
  while (!pending_.empty()) {
    if (!EmitFront()) return false;
  }
  return true;
}

bool OrderedRunner::EmitFront() {
  Pending front = std::move(pending_.front());
  pending_.pop_front();
  if (emit_(front.profile.get(), front.name)) return true;
  for (Pending& p : pending_) p.profile.wait();
  pending_.clear();
  return false;
}

}  // namespace provscore
