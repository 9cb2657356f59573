#include "score/rules/regex_prefilter.h"

#include <cctype>
#include <cstddef>
#include <utility>

namespace provscore::internal {

size_t EscapeLength(std::string_view p, size_t at) {
  if (at + 1 >= p.size()) return 1;
  const char c = p[at + 1];
  if (c == 'Q') {
    const size_t end = p.find("\\E", at + 2);
    return end == std::string_view::npos ? p.size() - at : end + 2 - at;
  }
  if ((c == 'p' || c == 'P' || c == 'x') && at + 2 < p.size() && p[at + 2] == '{') {
    const size_t close = p.find('}', at + 3);
    return close == std::string_view::npos ? p.size() - at : close + 1 - at;
  }
  return 2;
}

size_t ClassLength(std::string_view p, size_t at) {
  size_t i = at + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;  // a leading ']' is a literal
  while (i < p.size() && p[i] != ']') {
    if (p[i] == '\\') {
      i += EscapeLength(p, i);
    } else if (p[i] == '[' && i + 1 < p.size() && p[i + 1] == ':') {
      const size_t close = p.find(":]", i + 2);
      i = close == std::string_view::npos ? p.size() : close + 2;
    } else {
      ++i;
    }
  }
  return (i < p.size() ? i + 1 : p.size()) - at;
}

size_t TokenLength(std::string_view p, size_t at) {
  if (p[at] == '\\') return EscapeLength(p, at);
  if (p[at] == '[') return ClassLength(p, at);
  return 1;
}

namespace {

// RE2's largest repeat count.
constexpr long kMaxRepeat = 1000;

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Reads the decimal number at p[*i] (at most 4 digits: RE2 allows up to 1000),
// advancing *i; -1 when there is none or it is too long.
long ReadCount(std::string_view p, size_t* i) {
  const size_t start = *i;
  long value = 0;
  while (*i < p.size() && IsDigit(p[*i])) value = value * 10 + (p[(*i)++] - '0');
  return *i == start || *i - start > 4 ? -1 : value;
}

// Length of a counted repeat "{m}", "{m,}" or "{m,n}" at pattern[at] (0 if the brace
// there does not open one that RE2 accepts), and whether its minimum is 0.
size_t RepeatLength(std::string_view p, size_t at, bool* min_is_zero) {
  size_t i = at + 1;
  const long min = ReadCount(p, &i);
  if (min < 0) return 0;
  long max = min;
  if (i < p.size() && p[i] == ',') {
    ++i;
    max = i < p.size() && IsDigit(p[i]) ? ReadCount(p, &i) : kMaxRepeat;
  }
  if (i >= p.size() || p[i] != '}') return 0;
  // A repeat RE2 rejects stays as written, so that loading reports it as before.
  if (max < 0 || min > max || max > kMaxRepeat) return 0;
  *min_is_zero = min == 0;
  return i + 1 - at;
}

// Reads an alternation from p[*i] up to an unmatched ')' (left at *i) or the end.
// Returns whether every branch must contain the placeholder; *ok turns false when the
// pattern cannot be read.
class ContainsReader {
 public:
  ContainsReader(std::string_view p, std::string_view placeholder) : p_(p), placeholder_(placeholder) {}

  bool Alternation(size_t* i) {
    bool all = Concatenation(i);
    while (*i < p_.size() && p_[*i] == '|') {
      ++*i;
      all = Concatenation(i) && all;
    }
    return all;
  }

  bool ok() const { return ok_; }

 private:
  bool Concatenation(size_t* i) {
    bool any = false;
    while (ok_ && *i < p_.size() && p_[*i] != '|' && p_[*i] != ')') {
      const bool atom = Atom(i);
      // A quantifier after the atom: one that allows zero repeats makes it optional.
      bool optional = false;
      bool quantified = false;
      bool min_is_zero = false;
      if (*i < p_.size()) {
        const char q = p_[*i];
        if (q == '*' || q == '?') {
          optional = quantified = true;
          ++*i;
        } else if (q == '+') {
          quantified = true;
          ++*i;
        } else if (q == '{') {
          if (const size_t repeat = RepeatLength(p_, *i, &min_is_zero); repeat > 0) {
            optional = min_is_zero;
            quantified = true;
            *i += repeat;
          }
        }
        if (quantified && *i < p_.size() && p_[*i] == '?') ++*i;  // lazy
      }
      any = any || (atom && !optional);
    }
    return any;
  }

  // Reads one atom at p[*i]; whether it must contain the placeholder.
  bool Atom(size_t* i) {
    if (p_.compare(*i, placeholder_.size(), placeholder_) == 0) {
      *i += placeholder_.size();
      return true;
    }
    if (p_[*i] != '(') {
      *i += TokenLength(p_, *i);
      return false;
    }
    ++*i;
    if (*i < p_.size() && p_[*i] == '?') {
      // (?:...), (?P<name>...), (?flags:...), or a bare flag group (?flags).
      ++*i;
      if (*i < p_.size() && p_[*i] == 'P') {
        const size_t close = p_.find('>', *i);
        if (close == std::string_view::npos) return Fail(i);
        *i = close + 1;
      } else {
        while (*i < p_.size() && p_[*i] != ':' && p_[*i] != ')') ++*i;
        if (*i >= p_.size()) return Fail(i);
        if (p_[*i] == ')') {  // (?i): sets flags, matches nothing
          ++*i;
          return false;
        }
        ++*i;
      }
    }
    const bool inner = Alternation(i);
    if (*i >= p_.size() || p_[*i] != ')') return Fail(i);
    ++*i;
    return inner;
  }

  bool Fail(size_t* i) {
    ok_ = false;
    *i = p_.size();
    return false;
  }

  std::string_view p_;
  std::string_view placeholder_;
  bool ok_ = true;
};

// The ASCII members of a Unicode class name, as class items ("A-Za-z"), for the
// names WidenUnicodeClasses replaces; nullptr for any other name. Every non-ASCII
// member of these classes is in \x{80}-\x{10FFFF}.
const char* AsciiMembers(std::string_view name) {
  static constexpr std::pair<std::string_view, const char*> kNames[] = {
      {"L", "A-Za-z"},    {"Lu", "A-Z"}, {"Ll", "a-z"},    {"Lt", ""},       {"Lm", ""},    {"Lo", ""},
      {"M", ""},          {"Mn", ""},    {"Mc", ""},       {"Me", ""},       {"N", "0-9"},  {"Nd", "0-9"},
      {"Arabic", ""},     {"Han", ""},   {"Hangul", ""},   {"Cyrillic", ""}, {"Greek", ""}, {"Hebrew", ""},
      {"Devanagari", ""}, {"Thai", ""},  {"Hiragana", ""}, {"Katakana", ""},
  };
  for (const auto& [n, members] : kNames) {
    if (n == name) return members;
  }
  return nullptr;
}

constexpr char kNonAscii[] = "\\x{80}-\\x{10FFFF}";

// The name of a "\p{NAME}" escape of length `len` at p[at], or "" for any other.
std::string_view PropertyName(std::string_view p, size_t at, size_t len) {
  if (len < 5 || p[at + 1] != 'p' || p[at + 2] != '{' || p[at + len - 1] != '}') return {};
  return p.substr(at + 3, len - 4);
}

// Appends the class at p[at] (ClassLength `len`) with its \p{...} items widened.
void AppendWidenedClass(std::string_view p, size_t at, size_t len, std::string& out) {
  const size_t end = at + len;
  size_t i = at + 1;
  const bool negated = i < end && p[i] == '^';
  out += '[';
  if (negated) out += p[i++];
  if (i < end && p[i] == ']') out += p[i++];  // a leading ']' is a literal
  while (i < end) {
    if (p[i] == '[' && i + 1 < end && p[i + 1] == ':') {
      const size_t close = p.find(":]", i + 2);
      const size_t n = (close == std::string_view::npos ? end : close + 2) - i;
      out.append(p.substr(i, n));
      i += n;
      continue;
    }
    if (p[i] != '\\') {
      out += p[i++];
      continue;
    }
    const size_t n = EscapeLength(p, i);
    const char* members = AsciiMembers(PropertyName(p, i, n));
    // After a '-' a range could form ("0-\p{L}" is an error, "0-A-Za-z" is not). A
    // '-' after the class is read alike after \p{L} and after the complete range
    // its widening ends with ("[\p{L}-]", "[\p{L}-x]": a literal '-').
    const bool after_dash = i > at + 1 && p[i - 1] == '-';
    if (members == nullptr || after_dash || (negated && *members == '\0')) {
      out.append(p.substr(i, n));
    } else {
      out += members;
      if (!negated) out += kNonAscii;
    }
    i += n;
  }
}

}  // namespace

std::string WidenUnicodeClasses(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size() + 32);
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '[') {
      const size_t len = ClassLength(pattern, i);
      AppendWidenedClass(pattern, i, len, out);
      i += len;
      continue;
    }
    const size_t len = TokenLength(pattern, i);
    if (c == '\\') {
      if (const char* members = AsciiMembers(PropertyName(pattern, i, len))) {
        out += '[';
        out += members;
        out += kNonAscii;
        out += ']';
        i += len;
        continue;
      }
    }
    out.append(pattern.substr(i, len));
    i += len;
  }
  return out;
}

bool EveryMatchContains(std::string_view pattern, std::string_view placeholder) {
  if (placeholder.empty()) return false;
  ContainsReader reader(pattern, placeholder);
  size_t i = 0;
  const bool all = reader.Alternation(&i);
  return reader.ok() && i == pattern.size() && all;
}

bool EveryMatchStartsAtLine(std::string_view pattern) {
  if (pattern.size() < 2 || pattern[0] != '^') return false;
  const char next = pattern[1];
  if (next == '*' || next == '+' || next == '?' || next == '{') return false;
  int depth = 0;
  size_t i = 1;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return false;
    } else if (c == '|' && depth == 0) {
      return false;
    }
    i += TokenLength(pattern, i);
  }
  return depth == 0;
}

std::string WidenCountedRepeats(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    bool min_is_zero = false;
    if (const size_t repeat = pattern[i] == '{' && i > 0 ? RepeatLength(pattern, i, &min_is_zero) : 0; repeat > 0) {
      out += min_is_zero ? '*' : '+';
      i += repeat;
      continue;
    }
    const size_t len = TokenLength(pattern, i);
    out.append(pattern.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace provscore::internal
