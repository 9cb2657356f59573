// Input discovery and reading for `score`: expands the user's PATH arguments
// (files, folders walked recursively in sorted order, "-" for standard input) into
// a list of inputs, then reads one document at a time so memory stays bounded.
// Thread-safe: free functions, no shared state.
//
//   Result<std::vector<InputRef>> inputs = ExpandInputs({"articles/", "-"});
//   for (const InputRef& in : *inputs) { Result<SourceDocument> doc = ReadInput(in); ... }
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "score/document.h"

namespace provscore {

struct InputRef {
  std::string path;  // a file path, or "-" for standard input
  ContentKind kind = ContentKind::kHtml;
  bool sniff = false;  // decide html/text from the bytes (stdin, unknown extensions)
};

// Files with .html, .htm, .xhtml, .txt, .text extensions inside folders; any file
// named directly. Fails (kNotFound) when a named path does not exist.
Result<std::vector<InputRef>> ExpandInputs(const std::vector<std::string>& paths);

// Reads the bytes; a read failure is a Status for the caller to record per document.
Result<SourceDocument> ReadInput(const InputRef& input);

// Guesses HTML versus plain text from the first bytes (a tag near the start).
ContentKind SniffContentKind(std::string_view bytes);

}  // namespace provscore
