// ReliabilityProfile: everything the pipeline says about one input document —
// the output contract's "provscore.profile/1" object as a C++ value. reports/
// turns it into JSON and HTML. Plain value type.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "score/article.h"
#include "score/document.h"
#include "score/signal.h"

namespace provscore {

inline constexpr char kProfileSchema[] = "provscore.profile/1";

struct InputInfo {
  std::string path;
  std::string url;
  std::string content_type;  // "text/html" or "text/plain"
  size_t bytes = 0;
  std::string charset;         // the charset the bytes were decoded from
  std::string charset_source;  // "bom", "http", "meta", "detected", "default"
  ArchiveOrigin archive;       // fetched_at, warc_file, warc_offset, warc_record_id (null when not a WARC)
};

// One explained effect of a signal (or of the absence of one) on a dimension.
struct Reason {
  int signal = -1;          // index into ReliabilityProfile::signals, or -1 when no signal
  std::string dimension;
  double points = 0.0;      // added to the dimension's score (negative lowers it)
  std::string text;         // a sentence for a reviewer
};

struct Scores {
  double overall = 0.0;  // 0..100
  std::string grade;     // "A".."F"
  std::map<std::string, double> dimensions;  // name -> 0..100, ordered by name
};

struct ReliabilityProfile {
  std::string id;  // stable content hash of the input bytes
  InputInfo input;
  Article article;
  std::vector<Signal> signals;
  Scores scores;
  std::vector<Reason> reasons;
  std::vector<DocumentError> errors;
};

}  // namespace provscore
