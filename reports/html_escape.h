// Escaping for the HTML report: one function per context a page string can land
// in, so that no page string (title, byline, text, URL, rule capture, JSON-LD
// value) is ever written raw. Stateless and thread-safe.
//
//   out << "<td>" << EscapeText(title) << "</td>";
//   out << "<tr data-site=\"" << EscapeAttribute(site) << "\">";
//   out << LinkOrText(url);                 // <a href rel=...> only for http(s)
//   out << "<script type=\"application/json\">" << ScriptJson(rows) << "</script>";
//   out << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << Csp(script, style) << "\">";
#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace provscore {

// Element content: escapes &, <, > (and " and ', so the result is also safe in a
// quoted attribute). "-->", "<![CDATA[" and "</script>" come out inert.
std::string EscapeText(std::string_view s);

// A double-quoted attribute value: the same five characters.
std::string EscapeAttribute(std::string_view s);

// True for an absolute http:// or https:// URL (any case) with no whitespace or
// control character anywhere (browsers strip those, which would let "java\tscript:"
// through a looser check). Everything else (javascript:, data:, vbscript:,
// relative, protocol-relative) is not linkable.
bool IsLinkableUrl(std::string_view url);

// `<a href="URL" rel="noopener noreferrer">LABEL</a>` for a linkable URL (label
// defaults to the URL), the escaped label as plain text otherwise.
std::string LinkOrText(std::string_view url, std::string_view label = {});

// JSON for a <script type="application/json"> data block: SerializeJson, then
// '<', '>', '&', U+2028 and U+2029 written as \u escapes, so no "</script>",
// "<!--" or line separator can end or bend the block. JSON.parse reads it back
// unchanged.
std::string ScriptJson(const boost::json::value& v);

// "'sha256-BASE64'": a CSP hash source for an inline <script> or <style> whose
// text is exactly `content`.
std::string CspHashSource(std::string_view content);

// The Content-Security-Policy of a report page: nothing may load or run but the
// inline script and style whose texts are given (empty script: no script at all).
std::string ContentSecurityPolicy(std::string_view script, std::string_view style);

}  // namespace provscore
