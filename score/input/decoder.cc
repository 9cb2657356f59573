#include "score/input/decoder.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "base/text.h"

namespace provscore {
namespace {

constexpr size_t kMetaPrescanBytes = 4 * 1024;
constexpr size_t kBinaryScanBytes = 64 * 1024;
constexpr size_t kDetectBytes = 256 * 1024;  // uchardet settles long before this
constexpr char32_t kReplacement = 0xFFFD;

// ---- Charset labels -------------------------------------------------------

// WHATWG Encoding Standard labels (the common subset) -> canonical encoding name.
// Labels of the iso-8859-N and windows-125N families are handled in CanonicalCharset.
struct LabelEntry {
  std::string_view label;
  std::string_view name;
};
constexpr LabelEntry kLabels[] = {
    {"unicode-1-1-utf-8", "utf-8"}, {"unicode11utf8", "utf-8"}, {"unicode20utf8", "utf-8"},
    {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"x-unicode20utf8", "utf-8"},
    {"866", "ibm866"}, {"cp866", "ibm866"}, {"csibm866", "ibm866"}, {"ibm866", "ibm866"},
    {"csisolatin2", "iso-8859-2"}, {"l2", "iso-8859-2"}, {"latin2", "iso-8859-2"},
    {"csisolatin3", "iso-8859-3"}, {"l3", "iso-8859-3"}, {"latin3", "iso-8859-3"},
    {"csisolatin4", "iso-8859-4"}, {"l4", "iso-8859-4"}, {"latin4", "iso-8859-4"},
    {"csisolatincyrillic", "iso-8859-5"}, {"cyrillic", "iso-8859-5"},
    {"arabic", "iso-8859-6"}, {"asmo-708", "iso-8859-6"}, {"ecma-114", "iso-8859-6"},
    {"csisolatinarabic", "iso-8859-6"},
    {"csisolatingreek", "iso-8859-7"}, {"ecma-118", "iso-8859-7"}, {"elot_928", "iso-8859-7"},
    {"greek", "iso-8859-7"}, {"greek8", "iso-8859-7"}, {"sun_eu_greek", "iso-8859-7"},
    {"csisolatinhebrew", "iso-8859-8"}, {"hebrew", "iso-8859-8"}, {"visual", "iso-8859-8"},
    {"iso-8859-8-i", "iso-8859-8"}, {"logical", "iso-8859-8"}, {"csiso88598i", "iso-8859-8"},
    {"csisolatin6", "iso-8859-10"}, {"l6", "iso-8859-10"}, {"latin6", "iso-8859-10"},
    {"l9", "iso-8859-15"}, {"csisolatin9", "iso-8859-15"},
    {"cskoi8r", "koi8-r"}, {"koi", "koi8-r"}, {"koi8", "koi8-r"}, {"koi8-r", "koi8-r"},
    {"koi8_r", "koi8-r"}, {"koi8-ru", "koi8-u"}, {"koi8-u", "koi8-u"},
    {"csmacintosh", "macintosh"}, {"mac", "macintosh"}, {"macintosh", "macintosh"},
    {"x-mac-roman", "macintosh"},
    {"dos-874", "windows-874"}, {"tis-620", "windows-874"}, {"windows-874", "windows-874"},
    // Latin-1 and ASCII labels mean windows-1252 on the web.
    {"ansi_x3.4-1968", "windows-1252"}, {"ascii", "windows-1252"}, {"us-ascii", "windows-1252"},
    {"cp819", "windows-1252"}, {"csisolatin1", "windows-1252"}, {"ibm819", "windows-1252"},
    {"iso-ir-100", "windows-1252"}, {"l1", "windows-1252"}, {"latin1", "windows-1252"},
    {"csisolatin5", "windows-1254"}, {"iso-ir-148", "windows-1254"}, {"l5", "windows-1254"},
    {"latin5", "windows-1254"},
    {"x-mac-cyrillic", "x-mac-cyrillic"}, {"x-mac-ukrainian", "x-mac-cyrillic"},
    {"mac-cyrillic", "x-mac-cyrillic"},
    {"chinese", "gbk"}, {"csgb2312", "gbk"}, {"csiso58gb231280", "gbk"}, {"gb2312", "gbk"},
    {"gb_2312", "gbk"}, {"gb_2312-80", "gbk"}, {"gbk", "gbk"}, {"iso-ir-58", "gbk"},
    {"x-gbk", "gbk"}, {"cp936", "gbk"}, {"windows-936", "gbk"}, {"gb18030", "gb18030"},
    {"big5", "big5"}, {"big5-hkscs", "big5"}, {"cn-big5", "big5"}, {"csbig5", "big5"},
    {"x-x-big5", "big5"},
    {"cseucpkdfmtjapanese", "euc-jp"}, {"euc-jp", "euc-jp"}, {"x-euc-jp", "euc-jp"},
    {"csiso2022jp", "iso-2022-jp"}, {"iso-2022-jp", "iso-2022-jp"},
    {"csshiftjis", "shift_jis"}, {"ms932", "shift_jis"}, {"ms_kanji", "shift_jis"},
    {"shift-jis", "shift_jis"}, {"shift_jis", "shift_jis"}, {"sjis", "shift_jis"},
    {"windows-31j", "shift_jis"}, {"x-sjis", "shift_jis"}, {"cp932", "shift_jis"},
    {"cseuckr", "euc-kr"}, {"csksc56011987", "euc-kr"}, {"euc-kr", "euc-kr"},
    {"iso-ir-149", "euc-kr"}, {"korean", "euc-kr"}, {"ks_c_5601-1987", "euc-kr"},
    {"ks_c_5601-1989", "euc-kr"}, {"ksc5601", "euc-kr"}, {"ksc_5601", "euc-kr"},
    {"windows-949", "euc-kr"}, {"uhc", "euc-kr"}, {"cp949", "euc-kr"},
    {"unicodefffe", "utf-16be"}, {"utf-16be", "utf-16be"},
    {"csunicode", "utf-16le"}, {"iso-10646-ucs-2", "utf-16le"}, {"ucs-2", "utf-16le"},
    {"unicode", "utf-16le"}, {"unicodefeff", "utf-16le"}, {"utf-16", "utf-16le"},
    {"utf-16le", "utf-16le"},
};

// Canonical name -> glibc iconv name, where they differ. WHATWG's decoders are
// supersets of the legacy names (shift_jis is Microsoft's CP932, gbk decodes as
// gb18030, euc-kr is CP949, big5 includes HKSCS); iconv's matching tables follow.
constexpr LabelEntry kIconvNames[] = {
    {"windows-874", "CP874"},       {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"gbk", "GB18030"},             {"big5", "BIG5-HKSCS"},
    {"shift_jis", "CP932"},         {"euc-kr", "CP949"},
};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Labels are short runs of letters, digits and a little punctuation; anything else
// (notably '/', which would turn on iconv's //TRANSLIT suffixes) is not a label.
bool IsPlausibleLabel(std::string_view label) {
  if (label.empty() || label.size() > 40) return false;
  return std::all_of(label.begin(), label.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || IsAsciiDigit(c) || c == '-' || c == '_' || c == '.' ||
           c == ':' || c == '+';
  });
}

// A declared value may be a bare label or a whole Content-Type value with
// "charset=" in it, possibly quoted.
std::string CleanLabel(std::string_view declared) {
  std::string s = AsciiLower(TrimAscii(declared));
  const size_t at = s.find("charset=");
  if (at != std::string::npos) s = s.substr(at + 8);
  const size_t semi = s.find(';');
  if (semi != std::string::npos) s.resize(semi);
  std::string_view v = TrimAscii(s);
  while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == '"' || v.back() == '\'')) v.remove_suffix(1);
  return std::string(TrimAscii(v));
}

// The canonical lower-case name for a label: the WHATWG name when the label is
// one the Encoding Standard knows, otherwise the label itself (iconv may know it).
std::string CanonicalCharset(std::string_view label) {
  for (const LabelEntry& e : kLabels) {
    if (e.label == label) return std::string(e.name);
  }
  // windows-125N / cp125N / x-cp125N.
  for (std::string_view prefix : {"windows-", "x-cp", "cp"}) {
    if (label.size() == prefix.size() + 4 && label.substr(0, prefix.size()) == prefix &&
        label.substr(prefix.size(), 3) == "125" && label.back() >= '0' && label.back() <= '8') {
      return "windows-125" + std::string(1, label.back());
    }
  }
  // iso-8859-N / iso8859-N / iso_8859-N / iso8859N / iso-ir-... forms.
  for (std::string_view prefix : {"iso-8859-", "iso_8859-", "iso8859-", "iso8859"}) {
    if (label.size() <= prefix.size() || label.substr(0, prefix.size()) != prefix) continue;
    std::string_view num = label.substr(prefix.size());
    const size_t colon = num.find(':');  // "iso_8859-1:1987"
    if (colon != std::string_view::npos) num = num.substr(0, colon);
    if (num.empty() || num.size() > 2 || !std::all_of(num.begin(), num.end(), IsAsciiDigit)) break;
    const std::string n(num);
    if (n == "1") return "windows-1252";
    if (n == "9") return "windows-1254";
    if (n == "11") return "windows-874";
    return "iso-8859-" + n;
  }
  return std::string(label);
}

std::string IconvName(std::string_view canonical) {
  for (const LabelEntry& e : kIconvNames) {
    if (e.label == canonical) return std::string(e.name);
  }
  std::string upper(canonical);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; });
  return upper;
}

bool IsUtf16(std::string_view canonical) {
  return canonical == "utf-16le" || canonical == "utf-16be";
}

// ---- RAII for the C handles -------------------------------------------------

class IconvDecoder {
 public:
  // Empty when iconv does not know `iconv_name`.
  static std::optional<IconvDecoder> Open(const std::string& iconv_name) {
    iconv_t cd = iconv_open("UTF-8", iconv_name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    return IconvDecoder(cd);
  }
  IconvDecoder(IconvDecoder&& other) noexcept : cd_(std::exchange(other.cd_, nullptr)) {}
  IconvDecoder& operator=(IconvDecoder&&) = delete;
  IconvDecoder(const IconvDecoder&) = delete;
  IconvDecoder& operator=(const IconvDecoder&) = delete;
  ~IconvDecoder() {
    if (cd_ != nullptr) iconv_close(cd_);
  }

  iconv_t get() const { return cd_; }

 private:
  explicit IconvDecoder(iconv_t cd) : cd_(cd) {}
  iconv_t cd_;
};

struct UchardetDeleter {
  void operator()(uchardet_t ud) const { uchardet_delete(ud); }
};
using UchardetHandle = std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter>;

bool IsKnownToIconv(std::string_view canonical) {
  if (canonical == "utf-8") return true;
  return IconvDecoder::Open(IconvName(canonical)).has_value();
}

// ---- Conversion -----------------------------------------------------------

// Converts `in` from `canonical` to UTF-8, appending to `out`. On an illegal
// sequence, emits U+FFFD and skips one code unit (one byte; two for UTF-16), as
// browsers do. Returns the number of replacements. `decoder` must be open.
size_t ConvertWithIconv(const IconvDecoder& decoder, std::string_view canonical,
                        std::string_view in, std::string& out) {
  const size_t unit = IsUtf16(canonical) ? 2 : 1;
  const bool windows_1252 = canonical == "windows-1252";
  // iconv's prototype takes char** although it never writes through the input.
  char* in_ptr = const_cast<char*>(in.data());
  size_t in_left = in.size();
  std::array<char, 64 * 1024> buf{};
  size_t replaced = 0;
  out.reserve(out.size() + in.size() + in.size() / 2);

  const auto drain = [&](char* out_ptr) { out.append(buf.data(), static_cast<size_t>(out_ptr - buf.data())); };
  while (in_left > 0) {
    char* out_ptr = buf.data();
    size_t out_left = buf.size();
    const size_t rc = iconv(decoder.get(), &in_ptr, &in_left, &out_ptr, &out_left);
    const int err = errno;
    drain(out_ptr);
    if (rc != static_cast<size_t>(-1)) break;
    if (err == E2BIG) continue;
    if (err == EILSEQ) {
      const auto b = static_cast<unsigned char>(*in_ptr);
      // glibc leaves five windows-1252 bytes undefined; WHATWG maps them to C1 controls.
      if (windows_1252 && (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)) {
        AppendUtf8(b, out);
      } else {
        AppendUtf8(kReplacement, out);
        ++replaced;
      }
      const size_t skip = std::min(unit, in_left);
      in_ptr += skip;
      in_left -= skip;
      continue;
    }
    // EINVAL: a sequence cut off by the end of the input. Anything else is not
    // documented for iconv; treat it the same rather than loop.
    AppendUtf8(kReplacement, out);
    ++replaced;
    break;
  }
  // Return a stateful decoder (ISO-2022-JP) to its initial state.
  for (;;) {
    char* out_ptr = buf.data();
    size_t out_left = buf.size();
    const size_t rc = iconv(decoder.get(), nullptr, nullptr, &out_ptr, &out_left);
    const int err = errno;
    drain(out_ptr);
    if (rc != static_cast<size_t>(-1) || err != E2BIG) break;
  }
  return replaced;
}

// ---- Detection --------------------------------------------------------------

struct ByteStats {
  size_t nul_bytes = 0;         // in the whole input
  size_t control_bytes = 0;     // C0 controls other than \t\n\r\f, and DEL, in the scan window
  size_t scanned = 0;           // size of the scan window
};

ByteStats CountBytes(std::string_view bytes) {
  ByteStats stats;
  stats.nul_bytes = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
  const std::string_view head = bytes.substr(0, kBinaryScanBytes);
  stats.scanned = head.size();
  for (const char c : head) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
      ++stats.control_bytes;
    }
  }
  return stats;
}

// A stray NUL or two in a page (a CMS bug, a pasted control character) does not make
// it binary; images, archives and compressed data have NULs in every hundred bytes
// or a tenth of control bytes.
bool LooksBinary(const ByteStats& stats, size_t size) {
  return stats.nul_bytes * 100 > size || stats.control_bytes * 10 > stats.scanned;
}

// UTF-16 without a byte-order mark: text in a Latin script has a NUL in nearly
// every high byte and almost none in the low bytes. Returns the encoding or empty.
std::string SniffBomlessUtf16(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kBinaryScanBytes & ~size_t{1});
  const size_t pairs = head.size() / 2;
  if (pairs < 8) return {};
  size_t even_nul = 0;
  size_t odd_nul = 0;
  for (size_t i = 0; i + 1 < head.size(); i += 2) {
    if (head[i] == '\0') ++even_nul;
    if (head[i + 1] == '\0') ++odd_nul;
  }
  if (odd_nul * 10 >= pairs * 7 && even_nul * 50 <= pairs) return "utf-16le";
  if (even_nul * 10 >= pairs * 7 && odd_nul * 50 <= pairs) return "utf-16be";
  return {};
}

// uchardet's guess, canonicalised, or empty when it has none or iconv cannot use it.
std::string DetectWithUchardet(std::string_view bytes) {
  const UchardetHandle ud(uchardet_new());
  if (!ud) return {};
  const std::string_view head = bytes.substr(0, kDetectBytes);
  if (uchardet_handle_data(ud.get(), head.data(), head.size()) != 0) return {};
  uchardet_data_end(ud.get());
  const char* name = uchardet_get_charset(ud.get());
  if (name == nullptr || *name == '\0') return {};
  const std::string label = AsciiLower(name);
  if (!IsPlausibleLabel(label)) return {};
  std::string canonical = CanonicalCharset(label);
  if (!IsKnownToIconv(canonical)) return {};
  return canonical;
}

// ---- <meta> prescan -------------------------------------------------------

struct Attribute {
  std::string name;
  std::string_view value;
};

// Reads one attribute of a tag starting at `pos` (WHATWG "get an attribute",
// simplified). Returns false at the tag's '>' or the end of the input.
bool NextAttribute(std::string_view s, size_t& pos, Attribute& attr) {
  while (pos < s.size() && (IsHtmlSpace(s[pos]) || s[pos] == '/')) ++pos;
  if (pos >= s.size() || s[pos] == '>') return false;
  const size_t name_start = pos;
  while (pos < s.size() && !IsHtmlSpace(s[pos]) && s[pos] != '=' && s[pos] != '>' &&
         !(s[pos] == '/' && pos > name_start)) {
    ++pos;
  }
  attr.name = AsciiLower(s.substr(name_start, pos - name_start));
  attr.value = {};
  while (pos < s.size() && IsHtmlSpace(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return true;
  ++pos;
  while (pos < s.size() && IsHtmlSpace(s[pos])) ++pos;
  if (pos >= s.size()) return true;
  if (s[pos] == '"' || s[pos] == '\'') {
    const char quote = s[pos++];
    const size_t end = s.find(quote, pos);
    const size_t stop = end == std::string_view::npos ? s.size() : end;
    attr.value = s.substr(pos, stop - pos);
    pos = end == std::string_view::npos ? s.size() : end + 1;
    return true;
  }
  const size_t value_start = pos;
  while (pos < s.size() && !IsHtmlSpace(s[pos]) && s[pos] != '>') ++pos;
  attr.value = s.substr(value_start, pos - value_start);
  return true;
}

// WHATWG "extract a character encoding from a meta element": the charset= in a
// content attribute such as "text/html; charset=windows-1251".
std::string_view CharsetFromContent(std::string_view content) {
  size_t pos = 0;
  for (;;) {
    size_t at = std::string_view::npos;
    for (size_t i = pos; i + 7 <= content.size(); ++i) {
      if (StartsWithIgnoreCase(content.substr(i), "charset")) {
        at = i;
        break;
      }
    }
    if (at == std::string_view::npos) return {};
    pos = at + 7;
    while (pos < content.size() && IsHtmlSpace(content[pos])) ++pos;
    if (pos >= content.size() || content[pos] != '=') continue;
    ++pos;
    while (pos < content.size() && IsHtmlSpace(content[pos])) ++pos;
    if (pos >= content.size()) return {};
    if (content[pos] == '"' || content[pos] == '\'') {
      const char quote = content[pos];
      const size_t end = content.find(quote, pos + 1);
      if (end == std::string_view::npos) return {};
      return content.substr(pos + 1, end - pos - 1);
    }
    const size_t start = pos;
    while (pos < content.size() && !IsHtmlSpace(content[pos]) && content[pos] != ';') ++pos;
    return content.substr(start, pos - start);
  }
}

}  // namespace

std::string SniffMetaCharset(std::string_view html_prefix) {
  const std::string_view s = html_prefix.substr(0, kMetaPrescanBytes);
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t lt = s.find('<', pos);
    if (lt == std::string_view::npos) break;
    const std::string_view rest = s.substr(lt);
    if (rest.substr(0, 4) == "<!--") {
      const size_t end = s.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    if (rest.size() > 5 && StartsWithIgnoreCase(rest, "<meta") &&
        (IsHtmlSpace(rest[5]) || rest[5] == '/')) {
      pos = lt + 5;
      Attribute attr;
      std::string_view charset;
      std::string_view content;
      bool pragma_content_type = false;
      while (NextAttribute(s, pos, attr)) {
        if (attr.name == "charset" && charset.empty()) {
          charset = attr.value;
        } else if (attr.name == "content" && content.empty()) {
          content = attr.value;
        } else if (attr.name == "http-equiv") {
          pragma_content_type = EqualsIgnoreCase(TrimAscii(attr.value), "content-type");
        }
      }
      if (charset.empty() && pragma_content_type) charset = CharsetFromContent(content);
      const std::string label = AsciiLower(TrimAscii(charset));
      if (!label.empty()) return label;
      continue;
    }
    pos = lt + 1;
  }
  return {};
}

// The policy, in order: BOM > HTTP > <meta> (HTML only) > detection > UTF-8, except
// that bytes which are valid, non-ASCII UTF-8 are read as UTF-8 whatever legacy
// charset was declared. A declared or detected UTF-8 wins even when the bytes are not valid UTF-8: the
// invalid sequences become U+FFFD and are reported, as browsers do; second-guessing
// a declaration from statistics is left out on purpose.
DecodedText DecodeToUtf8(std::string_view bytes, ContentKind kind, std::string_view declared_charset) {
  DecodedText out;
  if (bytes.empty()) {
    out.charset = "utf-8";
    out.charset_source = "default";
    out.errors.push_back({kErrEmptyInput, "input is empty"});
    return out;
  }

  // 1. Byte-order mark.
  std::string canonical;
  std::string_view payload = bytes;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    canonical = "utf-8";
    payload.remove_prefix(3);
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    canonical = "utf-16le";
    payload.remove_prefix(2);
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    canonical = "utf-16be";
    payload.remove_prefix(2);
  }
  if (!canonical.empty()) out.charset_source = "bom";

  // Try a declared label: adopt it when iconv can use it, else record why not.
  const auto try_declared = [&](std::string_view raw, const char* source, const char* where) {
    const std::string label = CleanLabel(raw);
    if (label.empty()) return;
    std::string candidate = IsPlausibleLabel(label) ? CanonicalCharset(label) : std::string();
    // A <meta> that could be read as ASCII cannot be UTF-16 (WHATWG prescan rule).
    if (std::string_view(source) == "meta" && IsUtf16(candidate)) candidate = "utf-8";
    if (std::string_view(source) == "meta" && candidate == "x-user-defined") candidate = "windows-1252";
    if (!candidate.empty() && IsKnownToIconv(candidate)) {
      canonical = std::move(candidate);
      out.charset_source = source;
      return;
    }
    out.errors.push_back({kErrCharsetUnknown, "unknown charset \"" + std::string(TrimAscii(raw)) +
                                                  "\" declared in " + where + "; detecting instead"});
  };

  // 2. HTTP Content-Type.
  if (canonical.empty()) try_declared(declared_charset, "http", "the HTTP Content-Type");
  // 3. <meta> in the first 4 KiB.
  if (canonical.empty() && kind == ContentKind::kHtml) {
    const std::string meta = SniffMetaCharset(payload);
    if (!meta.empty()) try_declared(meta, "meta", "a <meta> tag");
  }

  // A declared legacy charset loses to bytes that are valid UTF-8 with multi-byte
  // sequences: text in a legacy charset almost never happens to be valid UTF-8,
  // while pages that still declare iso-8859-1 after moving to UTF-8 are common
  // (decoding them as declared turns every accent into mojibake).
  if ((out.charset_source == "meta" || out.charset_source == "http") && canonical != "utf-8" &&
      !IsUtf16(canonical) && IsValidUtf8(payload) &&
      std::any_of(payload.begin(), payload.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    canonical = "utf-8";
    out.charset_source = "detected";
  }

  // Binary junk is judged on the raw bytes, unless they are UTF-16 (which is full
  // of NUL and control-range bytes by nature).
  if (canonical.empty()) {
    const std::string utf16 = SniffBomlessUtf16(payload);
    if (!utf16.empty()) {
      canonical = utf16;
      out.charset_source = "detected";
    }
  }
  bool stray_nuls = false;  // a few NULs in text: dropped after decoding
  if (!IsUtf16(canonical)) {
    const ByteStats stats = CountBytes(payload);
    stray_nuls = stats.nul_bytes > 0;
    if (LooksBinary(stats, payload.size())) {
      out.looks_binary = true;
      std::string message = "input looks binary (" + std::to_string(stats.nul_bytes) + " NUL bytes";
      if (stats.nul_bytes == 0) {
        message += ", " + std::to_string(stats.control_bytes) + " control characters in the first " +
                   std::to_string(stats.scanned) + " bytes";
      }
      out.errors.push_back({kErrBinaryInput, message + "); is this an article?"});
    }
  }

  // 4. Detection; 5. the UTF-8 default. Valid UTF-8 is taken as UTF-8 without
  // asking uchardet (pure ASCII counts as "default": any charset would do), and
  // binary junk gets no guess at all.
  if (canonical.empty() && !out.looks_binary) {
    if (IsValidUtf8(payload)) {
      const bool ascii = std::all_of(payload.begin(), payload.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      canonical = "utf-8";
      out.charset_source = ascii ? "default" : "detected";
    } else {
      canonical = DetectWithUchardet(payload);
      if (!canonical.empty()) out.charset_source = "detected";
    }
  }
  if (canonical.empty()) {
    canonical = "utf-8";
    out.charset_source = "default";
  }
  out.charset = canonical;

  if (payload.empty()) {
    out.errors.push_back({kErrEmptyInput, "input holds only a byte-order mark"});
    return out;
  }

  std::optional<IconvDecoder> decoder =
      canonical == "utf-8" ? std::nullopt : IconvDecoder::Open(IconvName(canonical));
  if (!decoder) {
    // UTF-8, or (should not happen: every charset chosen above was checked) one
    // iconv refuses after all.
    if (canonical != "utf-8") {
      out.errors.push_back({kErrCharsetUnknown, "iconv cannot decode " + canonical + "; using utf-8"});
      out.charset = canonical = "utf-8";
      out.charset_source = "default";
    }
    out.utf8 = RepairUtf8(payload, &out.replaced);
  } else {
    out.replaced = ConvertWithIconv(*decoder, canonical, payload, out.utf8);
  }
  if (stray_nuls && !out.looks_binary) std::erase(out.utf8, '\0');

  if (out.replaced > 0) {
    out.errors.push_back({kErrInvalidUtf8, "replaced " + std::to_string(out.replaced) +
                                               " invalid byte sequence" + (out.replaced == 1 ? "" : "s") +
                                               " with U+FFFD while decoding as " + canonical});
  }
  return out;
}

}  // namespace provscore
