#include "reports/html_report.h"

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "base/text.h"
#include "reports/profile_json.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;

// The page's whole style sheet; no fonts or images are loaded.
constexpr char kStyle[] = R"css(
:root{--line:#d0d7de;--muted:#57606a;--shade:#f6f8fa}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
header{padding:16px 24px 12px;background:var(--shade);border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 4px}
.meta{color:var(--muted);margin:0 0 10px}
.counts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.counts li{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1px 10px}
.counts b{margin-left:4px}
main{padding:12px 24px 40px}
.controls{display:flex;gap:12px;align-items:center;margin-bottom:8px}
#filter{width:30em;max-width:100%;padding:6px 8px;border:1px solid var(--line);border-radius:6px;font:inherit}
#shown{color:var(--muted)}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,1.3fr) 4.5em 5.5em 5.5em 5em;gap:0 12px;align-items:center;padding:6px 8px}
.head{position:sticky;top:0;background:#fff;border-bottom:2px solid var(--line);z-index:1}
.head button{font:inherit;font-weight:600;background:none;border:0;padding:0;width:100%;text-align:left;cursor:pointer;color:inherit}
.head button.n,.n{text-align:right}
.head button[aria-sort=ascending]::after{content:" \25B2";font-size:10px}
.head button[aria-sort=descending]::after{content:" \25BC";font-size:10px}
.art{border-bottom:1px solid var(--line)}
.art>summary{cursor:pointer;list-style:none}
.art>summary::-webkit-details-marker{display:none}
.art>summary:hover{background:var(--shade)}
.art[open]>summary{background:#eaf1fb;font-weight:600}
.art>summary .t::before{content:"\25B8  ";color:var(--muted)}
.art[open]>summary .t::before{content:"\25BE  "}
.t,.s{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.s{color:var(--muted)}
.grade{display:inline-block;min-width:2.2em;text-align:center;border-radius:4px;font-weight:600;background:#eee}
.g-A{background:#dafbe1}.g-B{background:#e9f5d3}.g-C{background:#fff8c5}.g-D{background:#ffe7cc}.g-E,.g-F{background:#ffd7d5}
.bad{color:#cf222e;font-weight:600}
.detail{padding:4px 16px 18px 28px;font-weight:400}
.cols{display:flex;flex-wrap:wrap;gap:8px 32px}
.cols>section{flex:1 1 340px;min-width:0}
h3{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:14px 0 6px}
dl{display:grid;grid-template-columns:8.5em minmax(0,1fr);gap:2px 10px;margin:0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
table.k{border-collapse:collapse}
table.k td,table.k th{padding:2px 12px 2px 0;text-align:left;vertical-align:top;font-weight:400}
table.k th{color:var(--muted)}
.bar{display:inline-block;height:8px;background:#8fb5ff;border-radius:4px}
.big{font-size:22px;font-weight:600;margin-right:8px}
.pos{color:#1a7f37}.neg{color:#cf222e}
code,.sig{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
.sig{background:#eef1ff;border-radius:4px;padding:0 5px}
ol.signals{padding-left:0;list-style:none;margin:0}
ol.signals li{margin:0 0 6px}
.ev{display:block;color:var(--muted);margin-left:2.4em}
.ev q{color:#1f2328}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:32em;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:10px 14px;background:#fcfcfd;font:15px/1.55 Georgia,"Times New Roman",serif}
mark{background:#ffe58a;border-bottom:2px solid #d4a72c;padding:0 1px}
mark:hover{background:#ffd33d}
.empty{color:var(--muted);font-style:italic}
)css";

// Sorting and filtering of the article rows. Rows are the <details> elements in
// #articles; their data-* attributes hold the sort keys.
constexpr char kScript[] = R"js(
(function () {
  var list = document.getElementById('articles');
  var rows = Array.prototype.slice.call(list.children);
  var filter = document.getElementById('filter');
  var shown = document.getElementById('shown');
  var buttons = document.querySelectorAll('.head button');
  var key = null, dir = 1;
  function update() {
    var q = filter.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var hay = (r.dataset.title + ' ' + r.dataset.site + ' ' + r.dataset.types).toLowerCase();
      r.hidden = q !== '' && hay.indexOf(q) < 0;
      if (!r.hidden) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' shown';
  }
  function compare(a, b, numeric) {
    if (numeric) {
      a = parseFloat(a); b = parseFloat(b);
      if (isNaN(a)) a = -Infinity;
      if (isNaN(b)) b = -Infinity;
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return a.localeCompare(b);
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.dataset.key, numeric = b.classList.contains('n');
      dir = key === k ? -dir : 1;
      key = k;
      rows.sort(function (x, y) { return dir * compare(x.dataset[k], y.dataset[k], numeric); });
      rows.forEach(function (r) { list.appendChild(r); });
      buttons.forEach(function (o) { o.removeAttribute('aria-sort'); });
      b.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    });
  });
  filter.addEventListener('input', update);
  update();
})();
)js";

const json::object kEmptyObject;
const json::array kEmptyArray;

const json::object& ObjOrEmpty(const json::object& o, std::string_view key) {
  const json::object* p = JsonObject(o, key);
  return p != nullptr ? *p : kEmptyObject;
}

const json::array& ArrOrEmpty(const json::object& o, std::string_view key) {
  const json::array* p = JsonArray(o, key);
  return p != nullptr ? *p : kEmptyArray;
}

// A JSON number as the page shows it ("72.5", "3"); empty for anything else.
std::string Number(const json::value* v) {
  if (v == nullptr) return {};
  if (v->is_int64()) return std::to_string(v->get_int64());
  if (v->is_uint64()) return std::to_string(v->get_uint64());
  if (v->is_double() && std::isfinite(v->get_double())) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v->get_double());
    return std::string(buf, r.ptr);
  }
  return {};
}

std::string Number(const json::object& o, std::string_view key) { return Number(o.if_contains(key)); }

// A byte offset: a non-negative integer (Boost reads small ones back as int64).
std::optional<size_t> Offset(const json::value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_uint64()) return static_cast<size_t>(v->get_uint64());
  if (v->is_int64() && v->get_int64() >= 0) return static_cast<size_t>(v->get_int64());
  return std::nullopt;
}

// "A".."F" become CSS classes; anything else gets the neutral style.
std::string GradeClass(std::string_view grade) {
  if (grade.size() == 1 && grade[0] >= 'A' && grade[0] <= 'F') return "grade g-" + std::string(grade);
  return "grade";
}

bool IsWebUrl(std::string_view url) {
  return StartsWithIgnoreCase(url, "http://") || StartsWithIgnoreCase(url, "https://");
}

// The host part of an http(s) URL, for rows whose page named no site.
std::string_view Host(std::string_view url) {
  if (!IsWebUrl(url)) return {};
  url.remove_prefix(url.find("://") + 3);
  return url.substr(0, url.find_first_of("/?#"));
}

// A URL as text, and as a link only for http(s) so "javascript:" never becomes one.
void WriteUrl(std::ostream& out, std::string_view url) {
  if (IsWebUrl(url)) {
    out << "<a href=\"" << HtmlEscape(url) << "\" rel=\"noopener noreferrer\">" << HtmlEscape(url)
        << "</a>";
  } else {
    out << HtmlEscape(url);
  }
}

void WriteDefinition(std::ostream& out, std::string_view term, std::string_view escaped_html) {
  out << "<dt>" << term << "</dt><dd>" << escaped_html << "</dd>";
}

std::string SourceNote(const json::object& sourced) {
  std::string note = HtmlEscape(JsonString(sourced, "source"));
  const std::string confidence = Number(sourced, "confidence");
  if (!confidence.empty()) note += note.empty() ? confidence : ", " + confidence;
  return note.empty() ? note : " <span class=\"s\">(" + note + ")</span>";
}

std::string_view Site(const json::object& profile) {
  const json::object& article = ObjOrEmpty(profile, "article");
  std::string_view site = JsonString(article, "site_name");
  if (site.empty()) site = Host(JsonString(article, "canonical_url"));
  if (site.empty()) site = Host(JsonString(ObjOrEmpty(profile, "input"), "url"));
  return site;
}

void WriteMetadata(std::ostream& out, const json::object& profile) {
  const json::object& input = ObjOrEmpty(profile, "input");
  const json::object& article = ObjOrEmpty(profile, "article");
  out << "<section><h3>Metadata</h3><dl>";
  WriteDefinition(out, "Path", "<code>" + HtmlEscape(JsonString(input, "path")) + "</code>");
  if (!JsonString(input, "url").empty()) {
    out << "<dt>URL</dt><dd>";
    WriteUrl(out, JsonString(input, "url"));
    out << "</dd>";
  }
  if (!JsonString(article, "canonical_url").empty()) {
    out << "<dt>Canonical</dt><dd>";
    WriteUrl(out, JsonString(article, "canonical_url"));
    out << "</dd>";
  }
  if (!JsonString(article, "site_name").empty()) WriteDefinition(out, "Site", HtmlEscape(JsonString(article, "site_name")));
  std::string authors;
  for (const json::value& a : ArrOrEmpty(article, "author_sources")) {
    if (!a.is_object()) continue;
    if (!authors.empty()) authors += "; ";
    authors += HtmlEscape(JsonString(a.get_object(), "name")) + SourceNote(a.get_object());
  }
  WriteDefinition(out, "Authors", authors.empty() ? "<span class=\"empty\">none found</span>" : authors);
  if (!JsonString(article, "published").empty()) {
    WriteDefinition(out, "Published", HtmlEscape(JsonString(article, "published")) +
                                          SourceNote(ObjOrEmpty(article, "published_source")));
  }
  if (!JsonString(article, "modified").empty()) WriteDefinition(out, "Modified", HtmlEscape(JsonString(article, "modified")));
  if (!JsonString(article, "language").empty()) WriteDefinition(out, "Language", HtmlEscape(JsonString(article, "language")));
  const size_t links = ArrOrEmpty(article, "links").size();
  WriteDefinition(out, "Words",
                  Number(article, "word_count") + ", " + std::to_string(links) + (links == 1 ? " link" : " links"));
  WriteDefinition(out, "Input", HtmlEscape(JsonString(input, "content_type")) + ", " + Number(input, "bytes") +
                                    " bytes, " + HtmlEscape(JsonString(input, "charset")) + " (" +
                                    HtmlEscape(JsonString(input, "charset_source")) + ")");
  WriteDefinition(out, "Id", "<code>" + HtmlEscape(JsonString(profile, "id")) + "</code>");
  out << "</dl></section>";
}

void WriteScores(std::ostream& out, const json::object& profile) {
  const json::object& scores = ObjOrEmpty(profile, "scores");
  out << "<section><h3>Scores</h3><p><span class=\"big\">" << Number(scores, "overall") << "</span>";
  if (!JsonString(scores, "grade").empty()) {
    out << "<span class=\"" << GradeClass(JsonString(scores, "grade")) << "\">" << HtmlEscape(JsonString(scores, "grade"))
        << "</span>";
  }
  out << "</p>";
  const json::object& dims = ObjOrEmpty(scores, "dimensions");
  if (!dims.empty()) {
    out << "<table class=\"k\">";
    for (const auto& kv : dims) {
      const double value = std::clamp(JsonNumber(&kv.value()).value_or(0.0), 0.0, 100.0);
      out << "<tr><th>" << HtmlEscape(kv.key()) << "</th><td class=\"n\">" << Number(&kv.value())
          << "</td><td><span class=\"bar\" style=\"width:" << static_cast<int>(std::lround(value * 1.2))
          << "px\"></span></td></tr>";
    }
    out << "</table>";
  }
  out << "</section>";
}

void WriteReasons(std::ostream& out, const json::object& profile) {
  const json::array& reasons = ArrOrEmpty(profile, "reasons");
  if (reasons.empty()) return;
  out << "<section><h3>Reasons</h3><table class=\"k\">";
  for (const json::value& v : reasons) {
    if (!v.is_object()) continue;
    const json::object& r = v.get_object();
    const double points = JsonNumber(r.if_contains("points")).value_or(0.0);
    const std::string signal = Number(r, "signal");
    out << "<tr><td class=\"n " << (points < 0 ? "neg" : "pos") << "\">" << (points > 0 ? "+" : "")
        << Number(r, "points") << "</td><td>" << HtmlEscape(JsonString(r, "dimension")) << "</td><td>"
        << HtmlEscape(JsonString(r, "text")) << "</td><td>"
        << (signal.empty() ? std::string() : "<span class=\"s\">signal #" + signal + "</span>") << "</td></tr>";
  }
  out << "</table></section>";
}

void WriteErrors(std::ostream& out, const json::object& profile) {
  const json::array& errors = ArrOrEmpty(profile, "errors");
  if (errors.empty()) return;
  out << "<section><h3>Errors</h3><ul>";
  for (const json::value& v : errors) {
    if (!v.is_object()) continue;
    out << "<li><code class=\"bad\">" << HtmlEscape(JsonString(v.get_object(), "code")) << "</code> "
        << HtmlEscape(JsonString(v.get_object(), "message")) << "</li>";
  }
  out << "</ul></section>";
}

// Keys of a signal object that belong to the contract; the rest are family fields.
bool IsContractSignalKey(std::string_view key) {
  return key == "type" || key == "rule" || key == "confidence" || key == "evidence" || key == "more_evidence";
}

void WriteEvidence(std::ostream& out, const json::value& v) {
  if (!v.is_object()) return;
  const json::object& e = v.get_object();
  out << "<span class=\"ev\"><q>" << HtmlEscape(JsonString(e, "text")) << "</q> in " << HtmlEscape(JsonString(e, "where"))
      << ", bytes " << Number(e, "start") << "&ndash;" << Number(e, "end") << "</span>";
}

void WriteSignals(std::ostream& out, const json::object& profile) {
  const json::array& signals = ArrOrEmpty(profile, "signals");
  out << "<section><h3>Signals (" << signals.size() << ")</h3>";
  if (signals.empty()) {
    out << "<p class=\"empty\">No provenance signals.</p></section>";
    return;
  }
  out << "<ol class=\"signals\">";
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!signals[i].is_object()) continue;
    const json::object& s = signals[i].get_object();
    out << "<li><span class=\"s\">#" << i << "</span> <span class=\"sig\">" << HtmlEscape(JsonString(s, "type"))
        << "</span> <code>" << HtmlEscape(JsonString(s, "rule")) << "</code> confidence " << Number(s, "confidence");
    for (const auto& kv : s) {
      if (IsContractSignalKey(kv.key())) continue;
      const std::string value =
          kv.value().is_string() ? std::string(kv.value().get_string()) : SerializeJson(kv.value());
      out << " &middot; " << HtmlEscape(kv.key()) << ": <b>" << HtmlEscape(value) << "</b>";
    }
    if (const json::value* e = s.if_contains("evidence")) WriteEvidence(out, *e);
    for (const json::value& e : ArrOrEmpty(s, "more_evidence")) WriteEvidence(out, e);
    out << "</li>";
  }
  out << "</ol></section>";
}

struct Highlight {
  size_t start = 0;
  size_t end = 0;
  size_t signal = 0;
};

bool IsCodePointBoundary(std::string_view text, size_t pos) {
  return pos == text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

void CollectHighlight(std::string_view text, const json::value& v, size_t signal, std::vector<Highlight>& out) {
  if (!v.is_object() || JsonString(v.get_object(), "where") != "body") return;
  const std::optional<size_t> start = Offset(v.get_object().if_contains("start"));
  const std::optional<size_t> end = Offset(v.get_object().if_contains("end"));
  if (!start || !end || *start >= *end || *end > text.size()) return;
  if (!IsCodePointBoundary(text, *start) || !IsCodePointBoundary(text, *end)) return;
  out.push_back({*start, *end, signal});
}

void WriteText(std::ostream& out, const json::object& profile) {
  const std::string_view text = JsonString(ObjOrEmpty(profile, "article"), "text");
  const json::array& signals = ArrOrEmpty(profile, "signals");
  out << "<section><h3>Text</h3>";
  if (text.empty()) {
    out << "<p class=\"empty\">No text was extracted.</p></section>";
    return;
  }
  std::vector<Highlight> spans;
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!signals[i].is_object()) continue;
    if (const json::value* e = signals[i].get_object().if_contains("evidence")) CollectHighlight(text, *e, i, spans);
    for (const json::value& e : ArrOrEmpty(signals[i].get_object(), "more_evidence")) {
      CollectHighlight(text, e, i, spans);
    }
  }
  // Earliest first, the longer of two spans at one start first; a span that
  // overlaps one already marked is left out (it is still listed under Signals).
  std::stable_sort(spans.begin(), spans.end(), [](const Highlight& a, const Highlight& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  out << "<div class=\"text\">";
  size_t pos = 0;
  for (const Highlight& h : spans) {
    if (h.start < pos) continue;
    const json::object& s = signals[h.signal].get_object();
    out << HtmlEscape(text.substr(pos, h.start - pos)) << "<mark data-signal=\"" << h.signal << "\" title=\""
        << HtmlEscape(JsonString(s, "type")) << ": " << HtmlEscape(JsonString(s, "rule")) << "\">"
        << HtmlEscape(text.substr(h.start, h.end - h.start)) << "</mark>";
    pos = h.end;
  }
  out << HtmlEscape(text.substr(pos)) << "</div></section>";
}

}  // namespace

std::string HtmlEscape(std::string_view s) {
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

void WriteHtmlReportHead(std::ostream& out, const ReportMeta& meta, size_t documents,
                         const std::map<std::string, size_t>& signal_counts) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>provscore report</title>\n<style>"
      << kStyle << "</style>\n</head>\n<body>\n<header>\n<h1>provscore report</h1>\n<p class=\"meta\">provscore "
      << HtmlEscape(meta.tool_version) << " &middot; rules " << HtmlEscape(meta.rules_version);
  if (!meta.generated_at.empty()) out << " &middot; generated " << HtmlEscape(meta.generated_at);
  out << " &middot; " << documents << (documents == 1 ? " document" : " documents") << "</p>\n<ul class=\"counts\">";
  if (signal_counts.empty()) out << "<li class=\"empty\">no signals</li>";
  for (const auto& [type, n] : signal_counts) {
    out << "<li><span class=\"sig\">" << HtmlEscape(type) << "</span><b>" << n << "</b></li>";
  }
  out << "</ul>\n</header>\n<main>\n<div class=\"controls\"><input id=\"filter\" type=\"search\" "
         "placeholder=\"Filter by title, site or signal type\" aria-label=\"Filter articles\">"
         "<span id=\"shown\"></span></div>\n"
         "<div class=\"row head\" role=\"row\">"
         "<button type=\"button\" data-key=\"title\">Title</button>"
         "<button type=\"button\" data-key=\"site\">Site</button>"
         "<button type=\"button\" data-key=\"grade\">Grade</button>"
         "<button type=\"button\" class=\"n\" data-key=\"overall\">Overall</button>"
         "<button type=\"button\" class=\"n\" data-key=\"signals\">Signals</button>"
         "<button type=\"button\" class=\"n\" data-key=\"errors\">Errors</button></div>\n"
         "<div id=\"articles\">\n";
}

void WriteHtmlReportArticle(std::ostream& out, const boost::json::object& profile) {
  const json::object& article = ObjOrEmpty(profile, "article");
  const json::object& scores = ObjOrEmpty(profile, "scores");
  const json::array& signals = ArrOrEmpty(profile, "signals");
  const size_t errors = ArrOrEmpty(profile, "errors").size();
  std::string_view title = JsonString(article, "title");
  const std::string_view path = JsonString(ObjOrEmpty(profile, "input"), "path");
  const std::string_view site = Site(profile);
  const std::string_view grade = JsonString(scores, "grade");

  std::set<std::string> types;
  for (const json::value& s : signals) {
    if (s.is_object()) types.emplace(JsonString(s.get_object(), "type"));
  }
  std::string type_list;
  for (const std::string& t : types) type_list += (type_list.empty() ? "" : " ") + t;

  const std::string shown_title = title.empty() ? "(untitled) " + std::string(path) : std::string(title);
  out << "<details class=\"art\" data-title=\"" << HtmlEscape(shown_title) << "\" data-site=\"" << HtmlEscape(site)
      << "\" data-grade=\"" << HtmlEscape(grade) << "\" data-overall=\"" << Number(scores, "overall")
      << "\" data-signals=\"" << signals.size() << "\" data-errors=\"" << errors << "\" data-types=\""
      << HtmlEscape(type_list) << "\">\n<summary class=\"row\"><span class=\"t\" title=\"" << HtmlEscape(path)
      << "\">" << HtmlEscape(shown_title) << "</span><span class=\"s\">" << HtmlEscape(site)
      << "</span><span><span class=\"" << GradeClass(grade) << "\">" << HtmlEscape(grade)
      << "</span></span><span class=\"n\">" << Number(scores, "overall") << "</span><span class=\"n\">"
      << signals.size() << "</span><span class=\"n" << (errors > 0 ? " bad" : "") << "\">" << errors
      << "</span></summary>\n<div class=\"detail\"><div class=\"cols\">";
  WriteMetadata(out, profile);
  WriteScores(out, profile);
  out << "</div>";
  WriteErrors(out, profile);
  WriteReasons(out, profile);
  WriteSignals(out, profile);
  WriteText(out, profile);
  out << "</div>\n</details>\n";
}

void WriteHtmlReportTail(std::ostream& out) {
  out << "</div>\n</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace provscore
