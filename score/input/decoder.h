// Decoder: raw bytes -> UTF-8 text, the first stage of the pipeline.
// The charset is taken, in order, from a byte-order mark, the HTTP declaration,
// an HTML <meta charset> / http-equiv declaration in the first 4 KiB (HTML only),
// and otherwise from statistical detection (uchardet); UTF-8 is the fallback.
// Invalid sequences are replaced with U+FFFD and reported, never fatal.
// Thread-safe: each call is independent.
//
//   DecodedText d = DecodeToUtf8(doc.bytes, ContentKind::kHtml, doc.declared_charset);
//   for (auto& e : d.errors) profile.errors.push_back(e);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "score/document.h"

namespace provscore {

struct DecodedText {
  std::string utf8;             // always valid UTF-8
  std::string charset;          // canonical lower-case name used, e.g. "utf-8", "windows-1251"
  std::string charset_source;   // "bom", "http", "meta", "detected" or "default"
  size_t replaced = 0;          // invalid sequences replaced with U+FFFD
  bool looks_binary = false;    // NUL bytes or mostly control characters
  std::vector<DocumentError> errors;  // invalid_utf8, binary_input, charset_unknown, empty_input
};

DecodedText DecodeToUtf8(std::string_view bytes, ContentKind kind, std::string_view declared_charset);

// The charset named by an HTML <meta charset=...> or <meta http-equiv="Content-Type"
// content="...; charset=..."> within the first 4 KiB, lower-cased, or empty.
std::string SniffMetaCharset(std::string_view html_prefix);

}  // namespace provscore
