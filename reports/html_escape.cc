#include "reports/html_escape.h"

#include <array>
#include <cstdint>

#include "base/hash.h"
#include "base/text.h"
#include "reports/profile_json.h"

namespace provscore {
namespace {

std::string EscapeMarkup(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const uint32_t n = (uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                       (uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8) |
                       uint32_t{static_cast<unsigned char>(bytes[i + 2])};
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(n >> shift) & 63];
  }
  if (i < bytes.size()) {
    uint32_t n = uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
    if (i + 1 < bytes.size()) n |= uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace

std::string EscapeText(std::string_view s) { return EscapeMarkup(s); }

std::string EscapeAttribute(std::string_view s) { return EscapeMarkup(s); }

bool IsLinkableUrl(std::string_view url) {
  if (!StartsWithIgnoreCase(url, "http://") && !StartsWithIgnoreCase(url, "https://")) return false;
  const size_t host = url.find("://") + 3;
  if (host >= url.size() || url[host] == '/') return false;
  for (const char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return false;
  }
  return true;
}

std::string LinkOrText(std::string_view url, std::string_view label) {
  if (label.empty()) label = url;
  if (!IsLinkableUrl(url)) return EscapeText(label);
  return "<a href=\"" + EscapeAttribute(url) + "\" rel=\"noopener noreferrer\">" + EscapeText(label) + "</a>";
}

std::string ScriptJson(const boost::json::value& v) {
  const std::string json = SerializeJson(v);
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string CspHashSource(std::string_view content) {
  const std::string hex = Sha256Hex(content);
  std::string digest;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    digest += static_cast<char>(HexValue(hex[i]) * 16 + HexValue(hex[i + 1]));
  }
  return "'sha256-" + Base64(digest) + "'";
}

std::string ContentSecurityPolicy(std::string_view script, std::string_view style) {
  return "default-src 'none'; script-src " + (script.empty() ? std::string("'none'") : CspHashSource(script)) +
         "; style-src " + CspHashSource(style) + "; img-src 'none'; base-uri 'none'; form-action 'none'";
}

}  // namespace provscore
