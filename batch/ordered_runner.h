// OrderedRunner: scores documents on `jobs` threads and hands the profiles back in
// input order, so the output is the same whatever the thread count. At most 2 x jobs
// documents are in flight, which bounds the memory their bytes take. Submit() and
// Finish() are called from one thread; `emit` runs on that thread too.
//
//   OrderedRunner runner(pipeline, jobs, [&](ReliabilityProfile p, const std::string& name) {
//     return writer.Add(p).ok();  // false stops the run
//   });
//   while (source.Next(&doc, &read_error)) if (!runner.Submit(std::move(doc), read_error)) break;
//   runner.Finish();
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <string>

#include "base/status.h"
#include "score/document.h"
#include "score/pipeline.h"
#include "score/profile.h"

namespace provscore {

class OrderedRunner {
 public:
  // Takes each profile in input order with the document's name (its URL, else its
  // path); returns false to stop the run.
  using Emit = std::function<bool(ReliabilityProfile, const std::string& name)>;

  // `pipeline` must outlive the runner. jobs 0 counts as 1 (scored on the caller's thread).
  OrderedRunner(const Pipeline& pipeline, size_t jobs, Emit emit);
  ~OrderedRunner();  // waits for the documents in flight without emitting them
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  // Scores `doc`. A non-ok `read_error` (why the document could not be read) becomes
  // the profile's first error (read_failed): it is still scored, so the output keeps
  // one profile per input. False once emitting failed.
  bool Submit(SourceDocument doc, Status read_error);

  // Waits for every document in flight and emits it. False when emitting failed.
  bool Finish();

 private:
  struct Pending {
    std::future<ReliabilityProfile> profile;
    std::string name;
  };
  bool EmitFront();

  const Pipeline& pipeline_;
  size_t jobs_;
  Emit emit_;
  std::deque<Pending> pending_;
};

}  // namespace provscore
