#include "base/text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace provscore {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

unsigned char Byte(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there do not
// start one. Follows the Unicode table of well-formed byte sequences (D92).
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const unsigned char b0 = Byte(s, i);
  if (b0 < 0x80) return 1;
  const size_t left = s.size() - i;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    if (k >= left) return false;
    const unsigned char b = Byte(s, i + k);
    return b >= lo && b <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// How many bytes a maximal invalid subsequence at s[i] spans: the lead byte plus
// any continuation bytes that a well-formed sequence could still have used.
size_t InvalidSpan(std::string_view s, size_t i) {
  const unsigned char b0 = Byte(s, i);
  size_t expected = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) expected = 2;
  else if (b0 >= 0xE0 && b0 <= 0xEF) expected = 3;
  else if (b0 >= 0xF0 && b0 <= 0xF4) expected = 4;
  if (expected == 0) return 1;
  size_t n = 1;
  // Only the bytes that keep a prefix well-formed belong to the subsequence.
  while (n < expected && i + n < s.size() && IsContinuation(Byte(s, i + n))) {
    const unsigned char b = Byte(s, i + n);
    if (n == 1) {
      if (b0 == 0xE0 && b < 0xA0) break;
      if (b0 == 0xED && b > 0x9F) break;
      if (b0 == 0xF0 && b < 0x90) break;
      if (b0 == 0xF4 && b > 0x8F) break;
    }
    ++n;
  }
  return n;
}

char32_t DecodeValid(std::string_view s, size_t i, size_t len) {
  const unsigned char b0 = Byte(s, i);
  if (len == 1) return b0;
  char32_t cp = len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (Byte(s, i + k) & 0x3Fu);
  return cp;
}

// The end of the run of ASCII bytes starting at s[i], read eight bytes at a time.
size_t AsciiRunEnd(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof word);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < s.size() && Byte(s, i) < 0x80) ++i;
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = AsciiRunEnd(s, 0); i < s.size(); i = AsciiRunEnd(s, i)) {
    const size_t n = ValidSequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string RepairUtf8(std::string_view s, size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  size_t count = 0;
  size_t copied = 0;  // s[copied, i) is valid and not yet in `out`
  for (size_t i = AsciiRunEnd(s, 0); i < s.size(); i = AsciiRunEnd(s, i)) {
    const size_t n = ValidSequenceLength(s, i);
    if (n != 0) {
      i += n;
      continue;
    }
    out.append(s, copied, i - copied);
    AppendUtf8(kReplacement, out);
    ++count;
    i += InvalidSpan(s, i);
    copied = i;
  }
  out.append(s, copied, s.size() - copied);
  if (replaced) *replaced = count;
  return out;
}

char32_t NextCodePoint(std::string_view s, size_t& i) {
  const size_t n = ValidSequenceLength(s, i);
  if (n == 0) {
    ++i;
    return kReplacement;
  }
  const char32_t cp = DecodeValid(s, i, n);
  i += n;
  return cp;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsUnicodeSpace(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

size_t WordRunEnd(std::string_view s, size_t i) {
  while (i < s.size()) {
    const unsigned char b = Byte(s, i);
    if (b < 0x80) {
      if (IsAsciiSpace(static_cast<char>(b))) break;
      ++i;
      continue;
    }
    const size_t n = ValidSequenceLength(s, i);
    if (n == 0 || IsUnicodeSpace(DecodeValid(s, i, n))) break;
    i += n;
  }
  return i;
}

std::string CollapseWhitespace(std::string_view s) {
  // Written by index into a buffer of the input's size, without push_back's checks:
  // the text only shrinks, as each run of white space gives one space at most, but
  // for an invalid byte (one byte in, U+FFFD's three out), where the buffer grows.
  std::string out(s.size(), '\0');
  size_t n = 0;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    if (const unsigned char b = Byte(s, i); b < 0x80) {
      // ASCII: the same steps as below, without decoding.
      ++i;
      if (IsAsciiSpace(static_cast<char>(b))) {
        pending_space = n > 0;
        continue;
      }
      if (pending_space) out[n++] = ' ';
      pending_space = false;
      out[n++] = static_cast<char>(b);
      continue;
    }
    const size_t start = i;
    const char32_t cp = NextCodePoint(s, i);
    if (IsUnicodeSpace(cp)) {
      pending_space = n > 0;
      continue;
    }
    if (cp == kReplacement && i - start == 1) {
      // Room for the space, U+FFFD and the rest of the input as it is.
      out.resize(std::max(out.size(), n + 4 + (s.size() - i)));
      if (pending_space) out[n++] = ' ';
      for (const char c : std::string_view("\xEF\xBF\xBD")) out[n++] = c;
    } else {
      if (pending_space) out[n++] = ' ';
      for (size_t k = start; k < i; ++k) out[n++] = s[k];
    }
    pending_space = false;
  }
  out.resize(n);
  return out;
}

std::string_view LongestAsciiWord(std::string_view piece) {
  std::string_view longest;
  for (size_t i = 0; i < piece.size();) {
    size_t end = i;
    while (end < piece.size() && piece[end] > ' ' && piece[end] < 0x7F) ++end;
    if (end - i > longest.size()) longest = piece.substr(i, end - i);
    i = end + 1;
  }
  return longest;
}

std::string_view TrimAscii(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  });
  return out;
}

std::string NameKey(std::string_view name) {
  std::string lower = AsciiLower(TrimAscii(name));
  if (lower.starts_with("the ")) lower.erase(0, 4);
  std::string key;
  for (const char c : lower) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80) != 0) key += c;
  }
  return key;
}

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - ('a' - 'A')) : c;
  });
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  // Byte by byte, no lower-cased copies: this runs on every attribute and tag name asked about.
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; };
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    const size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  if (IsUnicodeSpace(cp)) return false;
  // General punctuation, symbols and the replacement character are not word chars.
  if ((cp >= 0x2010 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD ||
      (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0x00AB || cp == 0x00BB || cp == 0x00B7 ||
      (cp >= 0x00A1 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7) {
    return false;
  }
  return true;
}

bool IsCapitalLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;  // Extended-A: capitals and small letters alternate
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D) return true;
  if (cp >= 0x391 && cp <= 0x3AB) return cp != 0x3A2;  // Greek, with Ϊ and Ϋ
  return cp >= 0x400 && cp <= 0x42F;                   // Cyrillic
}

bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x0E00 && cp <= 0x0E7F) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

std::string UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (const size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  std::string host = AsciiLower(url);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string_view UrlPath(std::string_view url) {
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    url.remove_prefix(std::min(url.size(), url.find('/')));
  }
  return url.substr(0, url.find_first_of("?#"));
}

bool EndsSentence(std::string_view text) {
  text = TrimAscii(text);
  static constexpr std::string_view kEnds[] = {
      ".", "!", "?", ";", ")", "\"",
      "\xE2\x80\xA6" /* … */, "\xEF\xBC\x81" /* ！ */, "\xEF\xBC\x9F" /* ？ */, "\xE3\x80\x82" /* 。 */,
      "\xD8\x9F" /* ؟ */,     "\xE0\xA5\xA4" /* । */, "\xE2\x80\x9D" /* ” */, "\xC2\xBB" /* » */,
      "\xE2\x80\x99" /* ’ */, "\xE3\x80\x8D" /* 」 */};
  return std::any_of(std::begin(kEnds), std::end(kEnds), [&](std::string_view end) { return text.ends_with(end); });
}

size_t CountWords(std::string_view utf8) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < utf8.size();) {
    const char32_t cp = NextCodePoint(utf8, i);
    if (IsUnspacedScript(cp)) {
      ++words;
      in_word = false;
    } else if (IsWordCodePoint(cp)) {
      if (!in_word) ++words;
      in_word = true;
    } else if (cp != '\'' && cp != 0x2019 && cp != '-') {
      in_word = false;
    }
  }
  return words;
}

std::string HexEncode(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 0x0F]);
  }
  return out;
}

}  // namespace provscore
