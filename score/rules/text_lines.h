// Line numbers of byte offsets in a rule or lexicon file, for the loaders' "file:line"
// messages: the newline offsets are found once, then each offset's line is a binary
// search, in any order (a loader asks once per rule or outlet).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace provscore {

class TextLines {
 public:
  explicit TextLines(std::string_view text) {
    for (size_t pos = text.find('\n'); pos != std::string_view::npos; pos = text.find('\n', pos + 1)) {
      newlines_.push_back(pos);
    }
  }
  // The 1-based line of `offset`: one more than the newlines before it.
  size_t At(size_t offset) const {
    return 1 + static_cast<size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) - newlines_.begin());
  }

 private:
  std::vector<size_t> newlines_;
};

// The line of one offset, when only one is asked.
inline size_t LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace provscore
