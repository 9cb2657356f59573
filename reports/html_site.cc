#include "base/file_commit.h"
#include "reports/html_site.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/text.h"
#include "reports/history_page.h"
#include "reports/html_escape.h"
#include "reports/internal/html_assets.h"
#include "reports/profile_json.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr char kArticleDir[] = "a";
constexpr size_t kRowTitleBytes = 200;  // index rows carry at most this much title
constexpr size_t kRowPathBytes = 120;   // ... this much input path
constexpr size_t kRowKeyBytes = 100;    // ... and this much site, language, grade or signal type

const json::object kEmptyObject;
const json::array kEmptyArray;

const json::object& Obj(const json::object& o, std::string_view key) {
  const json::object* p = JsonObject(o, key);
  return p != nullptr ? *p : kEmptyObject;
}

const json::array& Arr(const json::object& o, std::string_view key) {
  const json::array* p = JsonArray(o, key);
  return p != nullptr ? *p : kEmptyArray;
}

// A signal family: its short label and its colour slot (fam-N; "x" for types
// this build does not know). Colour is never the only cue: the label is shown too.
struct Family {
  std::string label;
  std::string slot;
};

Family FamilyOf(std::string_view type) {
  static const std::pair<const char*, const char*> kKnown[] = {
      {"wire_attribution", "wire"},      {"translation_notice", "translation"},
      {"author_bio_boilerplate", "author bio"}, {"injected_cross_link", "cross-link"},
      {"promotional_boilerplate", "promo"}, {"page_residue", "residue"},
      {"encoding_corruption", "mojibake"}, {"syndicated_copy", "copy"},
      {"uncredited_copy", "uncredited copy"}};
  for (size_t i = 0; i < std::size(kKnown); ++i) {
    if (type == kKnown[i].first) return {kKnown[i].second, std::to_string(i)};
  }
  return {std::string(type), "x"};
}

// A JSON number as shown ("72.5", "3"); empty for anything else.
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

std::string Fixed1(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, std::round(v * 10.0) / 10.0, std::chars_format::fixed, 1);
  return std::string(buf, r.ptr);
}

std::optional<size_t> Offset(const json::value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_uint64()) return static_cast<size_t>(v->get_uint64());
  if (v->is_int64() && v->get_int64() >= 0) return static_cast<size_t>(v->get_int64());
  return std::nullopt;
}

bool IsCodePointBoundary(std::string_view text, size_t pos) {
  return pos == text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// At most `bytes` bytes of `s`, cut at a code point boundary, with "…" when cut.
std::string Truncate(std::string_view s, size_t bytes) {
  if (s.size() <= bytes) return std::string(s);
  while (bytes > 0 && !IsCodePointBoundary(s, bytes)) --bytes;
  return std::string(s.substr(0, bytes)) + "\xE2\x80\xA6";
}

// The first 10 bytes of an ISO 8601 date ("2026-03-10"), never a split character.
std::string_view DatePart(std::string_view date) {
  size_t n = std::min<size_t>(10, date.size());
  while (n > 0 && !IsCodePointBoundary(date, n)) --n;
  return date.substr(0, n);
}

std::string GradeClass(std::string_view grade) {
  if (grade.size() == 1 && grade[0] >= 'A' && grade[0] <= 'F') return "grade g-" + std::string(grade);
  return "grade";
}

std::string SiteOf(const json::object& profile) {
  const json::object& article = Obj(profile, "article");
  std::string site(JsonString(article, "site_name"));
  if (site.empty()) site = UrlHost(JsonString(article, "canonical_url"));
  if (site.empty()) site = UrlHost(JsonString(Obj(profile, "input"), "url"));
  return site;
}

std::string TitleOf(const json::object& profile) {
  const std::string_view title = JsonString(Obj(profile, "article"), "title");
  if (!title.empty()) return std::string(title);
  return "(untitled) " + std::string(JsonString(Obj(profile, "input"), "path"));
}

std::string PageHead(std::string_view title, std::string_view script) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"";
  h += EscapeAttribute(ContentSecurityPolicy(script, internal::kReportStyle));
  h += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>";
  h += EscapeText(Truncate(title, 200));
  h += "</title>\n<style>";
  h += internal::kReportStyle;
  h += "</style>\n</head>\n";
  return h;
}

std::string MetaLine(const ReportMeta& meta) {
  std::string s = "provscore " + EscapeText(meta.tool_version);
  if (!meta.rules_version.empty()) s += " &middot; rules " + EscapeText(meta.rules_version);
  if (!meta.generated_at.empty()) s += " &middot; generated " + EscapeText(meta.generated_at);
  return s;
}

// ---- charts ------------------------------------------------------------------

struct Bar {
  std::string label;
  double value = 0;
  std::string value_text;
  std::string css;  // class of the bar
};

// Horizontal bars as inline SVG (presentation attributes only: the CSP forbids
// style attributes). The full label is the bar's <title>.
std::string HorizontalBars(std::string_view caption, const std::vector<Bar>& bars) {
  std::ostringstream o;
  o << "<figure><figcaption>" << caption << "</figcaption>";
  if (bars.empty()) return o.str() + "<p class=\"empty\">None.</p></figure>";
  double max = 0;
  for (const Bar& b : bars) max = std::max(max, b.value);
  const int row = 20, label_w = 104, bar_w = 110;
  o << "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " << label_w + bar_w + 50 << " " << bars.size() * row
    << "\" aria-label=\"" << EscapeAttribute(std::string(caption)) << "\">";
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int y = static_cast<int>(i) * row;
    const int w = max > 0 ? static_cast<int>(std::lround(b.value / max * bar_w)) : 0;
    o << "<g><title>" << EscapeText(b.label) << ": " << EscapeText(b.value_text) << "</title><text x=\"0\" y=\""
      << y + 14 << "\">" << EscapeText(Truncate(b.label, 17)) << "</text><rect class=\"bg\" x=\"" << label_w
      << "\" y=\"" << y + 4 << "\" width=\"" << bar_w << "\" height=\"12\"/><rect" << (b.css.empty() ? "" : " class=\"" + EscapeAttribute(b.css) + "\"")
      << " x=\"" << label_w << "\" y=\"" << y + 4 << "\" width=\"" << w << "\" height=\"12\"/><text class=\"v\" x=\""
      << label_w + bar_w + 6 << "\" y=\"" << y + 14 << "\">" << EscapeText(b.value_text) << "</text></g>";
  }
  o << "</svg></figure>";
  return o.str();
}

std::string Histogram(const std::vector<size_t>& tens) {
  std::ostringstream o;
  size_t max = 0;
  for (size_t n : tens) max = std::max(max, n);
  o << "<figure><figcaption>Overall score</figcaption><svg class=\"chart\" role=\"img\" viewBox=\"0 0 300 130\" "
       "aria-label=\"Histogram of overall scores in tens: ";
  for (size_t i = 0; i < tens.size(); ++i) o << (i ? ", " : "") << i * 10 << "s " << tens[i];
  o << "\">";
  for (size_t i = 0; i < tens.size(); ++i) {
    const int h = max > 0 ? static_cast<int>(std::lround(static_cast<double>(tens[i]) / static_cast<double>(max) * 90)) : 0;
    const int x = static_cast<int>(i) * 30;
    o << "<g><title>" << i * 10 << "&ndash;" << (i == 9 ? 100 : i * 10 + 9) << ": " << tens[i]
      << "</title><rect class=\"bg\" x=\"" << x + 2 << "\" y=\"10\" width=\"26\" height=\"90\"/><rect x=\"" << x + 2
      << "\" y=\"" << 100 - h << "\" width=\"26\" height=\"" << h << "\"/><text class=\"v\" x=\"" << x + 15
      << "\" y=\"8\" text-anchor=\"middle\">" << tens[i] << "</text><text x=\"" << x + 15
      << "\" y=\"115\" text-anchor=\"middle\">" << i * 10 << "</text></g>";
  }
  o << "<text x=\"150\" y=\"128\" text-anchor=\"middle\" class=\"v\">score</text></svg></figure>";
  return o.str();
}

// ---- the index ---------------------------------------------------------------

struct SiteTally {
  size_t documents = 0;
  double sum = 0;
};

// Counters for the charts, gathered while article pages are written.
struct Overview {
  size_t documents = 0;
  size_t with_errors = 0;
  std::vector<size_t> tens = std::vector<size_t>(10, 0);
  std::map<std::string, size_t> families;  // type -> signals
  std::map<std::string, size_t> grades;
  std::map<std::string, SiteTally> sites;
  std::set<std::string> languages;
};

std::string Options(const std::map<std::string, std::string>& values, std::string_view any) {
  std::string o = "<option value=\"\">" + std::string(any) + "</option>";
  for (const auto& [value, label] : values) {
    o += "<option value=\"" + EscapeAttribute(value) + "\">" + EscapeText(Truncate(label, 80)) + "</option>";
  }
  return o;
}

void WriteIndex(std::ostream& out, const ReportHead& head, const Overview& ov, const json::value& rows,
                const std::map<std::string, std::string>& original_pages,
                const std::map<std::string, std::string>& original_titles) {
  out << PageHead("provscore report", internal::kIndexScript)
      << "<body>\n<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n<header class=\"top\"><h1>provscore report</h1><p class=\"meta\">"
      << MetaLine(head.meta) << " &middot; " << ov.documents << (ov.documents == 1 ? " article" : " articles") << ", "
      << ov.with_errors << " with errors</p></header>\n<main>\n<h2 id=\"summary\">Summary</h2>\n<section class=\"charts\" aria-labelledby=\"summary\">";
  out << Histogram(ov.tens);
  std::vector<Bar> bars;
  for (const auto& [type, n] : ov.families) {
    const Family f = FamilyOf(type);
    bars.push_back({f.label, static_cast<double>(n), std::to_string(n), "fam-" + f.slot});
  }
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
  out << HorizontalBars("Signals per family", bars);
  bars.clear();
  for (const auto& [grade, n] : ov.grades) {
    const bool known = grade.size() == 1 && grade[0] >= 'A' && grade[0] <= 'F';
    bars.push_back({grade, static_cast<double>(n), std::to_string(n), known ? "g-" + grade : ""});
  }
  out << HorizontalBars("Grades", bars);
  std::vector<std::pair<std::string, SiteTally>> sites(ov.sites.begin(), ov.sites.end());
  std::stable_sort(sites.begin(), sites.end(),
                   [](const auto& a, const auto& b) { return a.second.documents > b.second.documents; });
  if (sites.size() > 12) sites.resize(12);
  bars.clear();
  for (const auto& [site, t] : sites) {
    const double avg = t.sum / static_cast<double>(t.documents);
    bars.push_back({site.empty() ? "(unknown)" : site, avg, Fixed1(avg) + " (" + std::to_string(t.documents) + ")", ""});
  }
  out << HorizontalBars(ov.sites.size() > 12 ? "Average score per site (12 largest)" : "Average score per site", bars);
  std::vector<const json::object*> clusters;
  for (const json::value& c : head.clusters) {
    if (c.is_object()) clusters.push_back(&c.get_object());
  }
  std::stable_sort(clusters.begin(), clusters.end(), [](const json::object* a, const json::object* b) {
    return Arr(*a, "members").size() > Arr(*b, "members").size();
  });
  out << "<figure><figcaption>Largest copy clusters</figcaption>";
  if (clusters.empty()) out << "<p class=\"empty\">No near-duplicate articles.</p>";
  else out << "<ol class=\"clusters\">";
  for (size_t i = 0; i < clusters.size() && i < 8; ++i) {
    const std::string original(JsonString(*clusters[i], "original"));
    const auto page = original_pages.find(original);
    const auto title = original_titles.find(original);
    out << "<li>#" << Number(*clusters[i], "id") << ": " << Arr(*clusters[i], "members").size() << " articles; original ";
    if (page != original_pages.end()) {
      out << "<a href=\"a/" << EscapeAttribute(page->second) << "\"><bdi>"
          << EscapeText(Truncate(title != original_titles.end() ? title->second : original, 90)) << "</bdi></a>";
    } else {
      out << "<code>" << EscapeText(original) << "</code>";
    }
    out << "</li>";
  }
  if (!clusters.empty()) out << "</ol>";
  out << "</figure></section>\n";

  // The filters: every option value comes from the batch, escaped.
  std::map<std::string, std::string> grades, site_names, families, languages;
  for (const auto& [g, n] : ov.grades) grades[g] = g;
  for (const auto& [s, t] : ov.sites) site_names[s] = s.empty() ? "(unknown)" : s;
  for (const auto& [type, n] : ov.families) families[type] = FamilyOf(type).label;
  families["-"] = "(no signal)";
  for (const std::string& l : ov.languages) languages[l] = l.empty() ? "(unknown)" : l;
  out << "<h2 id=\"list\">Articles</h2>\n<form class=\"filters\" role=\"search\" aria-label=\"Filter articles\">"
      << "<label for=\"q\">Search<input id=\"q\" type=\"search\" placeholder=\"Title, site, path or signal\"></label>"
      << "<label for=\"f-grade\">Grade<select id=\"f-grade\">" << Options(grades, "Any grade") << "</select></label>"
      << "<label for=\"f-site\">Site<select id=\"f-site\">" << Options(site_names, "Any site") << "</select></label>"
      << "<label for=\"f-fam\">Signal family<select id=\"f-fam\">" << Options(families, "Any signal") << "</select></label>"
      << "<label for=\"f-lang\">Language<select id=\"f-lang\">" << Options(languages, "Any language") << "</select></label>"
      << "<label for=\"f-err\">Errors<select id=\"f-err\"><option value=\"\">Any</option><option value=\"yes\">With errors</option>"
         "<option value=\"no\">Without errors</option></select></label>"
      << "<button type=\"button\" id=\"reset\">Reset</button></form>\n"
      << "<p id=\"shown\" aria-live=\"polite\"></p>\n<div class=\"tablewrap\"><table id=\"articles\" aria-labelledby=\"list\"><thead><tr>"
         "<th scope=\"col\" data-key=\"t\"><button type=\"button\">Title</button></th>"
         "<th scope=\"col\" data-key=\"s\"><button type=\"button\">Site</button></th>"
         "<th scope=\"col\" data-key=\"d\" class=\"hide-sm\"><button type=\"button\">Date</button></th>"
         "<th scope=\"col\" data-key=\"g\"><button type=\"button\">Grade</button></th>"
         "<th scope=\"col\" data-key=\"o\" class=\"n\"><button type=\"button\">Overall</button></th>"
         "<th scope=\"col\" data-key=\"f\"><button type=\"button\">Signals</button></th>"
         "<th scope=\"col\" data-key=\"c\" class=\"n hide-sm\"><button type=\"button\">Cluster</button></th>"
         "<th scope=\"col\" data-key=\"e\" class=\"n\"><button type=\"button\">Errors</button></th>"
         "</tr></thead><tbody></tbody></table></div>\n"
         "<nav class=\"pager\" aria-label=\"Pages of articles\"><button type=\"button\" id=\"prev\">Previous</button>"
         "<span id=\"pageinfo\"></span><button type=\"button\" id=\"next\">Next</button></nav>\n"
         "<noscript><p>The table needs JavaScript. Each article's page is in the folder <code>a/</code>.</p></noscript>\n</main>\n";
  json::object labels;
  for (const auto& [type, n] : ov.families) {
    const Family f = FamilyOf(type);
    labels[type] = json::array{json::string(f.label), json::string(f.slot)};
  }
  out << "<script type=\"application/json\" id=\"families\">" << ScriptJson(labels) << "</script>\n"
      << "<script type=\"application/json\" id=\"rows\">" << ScriptJson(rows) << "</script>\n"
      << "<script>" << internal::kIndexScript << "</script>\n</body>\n</html>\n";
}

// The index rows, compact so that 10,000 parse quickly: each row is an array
// [input position, page name without ".html", title, site index, date (YYYY-MM-DD),
// grade, overall, [type index, count, ...], cluster id, errors, language index,
// path]; sites, languages and signal types are listed once.
struct RowTable {
  std::vector<std::string> sites, languages, types;
  std::map<std::string, size_t> site_index, language_index, type_index;
  json::array rows;

  size_t Index(std::vector<std::string>& list, const std::string& value) {
    std::map<std::string, size_t>& index = &list == &sites ? site_index : &list == &languages ? language_index : type_index;
    const auto [it, added] = index.emplace(value, list.size());
    if (added) list.push_back(value);
    return it->second;
  }

  json::value ToJson() const {
    json::object o;
    o["sites"] = json::value_from(sites);
    o["languages"] = json::value_from(languages);
    o["types"] = json::value_from(types);
    o["rows"] = rows;
    return o;
  }
};

// ---- the article page ----------------------------------------------------------

struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t signal = 0;
  size_t evidence = 0;  // index among the signal's evidence (0: "evidence", then more_evidence)
};

// Each signal's evidence in order: "evidence" then "more_evidence".
std::vector<const json::object*> EvidenceOf(const json::object& signal) {
  std::vector<const json::object*> out;
  if (const json::value* e = signal.if_contains("evidence"); e && e->is_object()) out.push_back(&e->get_object());
  for (const json::value& e : Arr(signal, "more_evidence")) {
    if (e.is_object()) out.push_back(&e.get_object());
  }
  return out;
}

std::string EvidenceId(size_t signal, size_t evidence) {
  return "ev-" + std::to_string(signal) + "-" + std::to_string(evidence);
}

void WriteDef(std::ostream& out, std::string_view term, const std::string& html) {
  out << "<dt>" << term << "</dt><dd>" << html << "</dd>";
}

std::string SourceNote(const json::object& sourced) {
  std::string note = EscapeText(JsonString(sourced, "source"));
  const std::string confidence = Number(sourced, "confidence");
  if (!confidence.empty()) note += (note.empty() ? "confidence " : ", confidence ") + confidence;
  return note.empty() ? note : " <span class=\"muted\">(" + note + ")</span>";
}

void WriteMetadata(std::ostream& out, const json::object& profile) {
  const json::object& input = Obj(profile, "input");
  const json::object& article = Obj(profile, "article");
  out << "<section aria-labelledby=\"h-meta\"><h2 id=\"h-meta\">Metadata</h2><dl class=\"meta\">";
  std::string authors;
  for (const json::value& a : Arr(article, "author_sources")) {
    if (!a.is_object()) continue;
    authors += (authors.empty() ? "" : "; ") + ("<bdi>" + EscapeText(JsonString(a.get_object(), "name")) + "</bdi>") +
               SourceNote(a.get_object());
    if (const json::value* person = a.get_object().if_contains("person");
        person != nullptr && person->is_bool() && !person->as_bool()) {
      authors += " <span class=\"muted\">(an organisation or a desk, not a person)</span>";
    }
  }
  WriteDef(out, "Authors", authors.empty() ? "<span class=\"empty\">none found</span>" : authors);
  if (!JsonString(article, "published").empty()) {
    WriteDef(out, "Published", EscapeText(JsonString(article, "published")) + SourceNote(Obj(article, "published_source")));
  }
  if (!JsonString(article, "modified").empty()) WriteDef(out, "Modified", EscapeText(JsonString(article, "modified")));
  const std::string site = SiteOf(profile);
  if (!site.empty()) WriteDef(out, "Site", "<bdi>" + EscapeText(site) + "</bdi>");
  if (!JsonString(input, "url").empty()) WriteDef(out, "URL", LinkOrText(JsonString(input, "url")));
  if (!JsonString(article, "canonical_url").empty()) WriteDef(out, "Canonical URL", LinkOrText(JsonString(article, "canonical_url")));
  if (!JsonString(article, "language").empty()) WriteDef(out, "Language", EscapeText(JsonString(article, "language")));
  const size_t links = Arr(article, "links").size();
  WriteDef(out, "Words", Number(article, "word_count") + ", " + std::to_string(links) + (links == 1 ? " link" : " links"));
  WriteDef(out, "Input", "<code>" + EscapeText(JsonString(input, "path")) + "</code> <span class=\"muted\">(" +
                             EscapeText(JsonString(input, "content_type")) + ", " + Number(input, "bytes") + " bytes, " +
                             EscapeText(JsonString(input, "charset")) + ")</span>");
  if (!JsonString(input, "warc_file").empty()) {
    WriteDef(out, "Archived capture",
             "<code>" + EscapeText(JsonString(input, "warc_file")) + "</code> at offset <code>" + Number(input, "warc_offset") +
                 "</code>, record <code>" + EscapeText(JsonString(input, "warc_record_id")) + "</code>, captured " +
                 EscapeText(JsonString(input, "fetched_at")));
  }
  WriteDef(out, "Id", "<code>" + EscapeText(JsonString(profile, "id")) + "</code>");
  out << "</dl></section>";
}

// A dimension score as a small bar (SVG: no style attribute is allowed).
std::string ScoreBar(double value) {
  const int w = static_cast<int>(std::lround(std::clamp(value, 0.0, 100.0) * 1.2));
  return "<svg viewBox=\"0 0 120 10\" aria-hidden=\"true\"><rect class=\"bg\" width=\"120\" height=\"10\" rx=\"5\"/><rect width=\"" +
         std::to_string(w) + "\" height=\"10\" rx=\"5\"/></svg>";
}

void WriteReason(std::ostream& out, const json::object& r, const json::array& signals) {
  const double points = JsonNumber(r.if_contains("points")).value_or(0.0);
  out << "<li><span class=\"pts " << (points < 0 ? "neg" : "pos") << "\">" << (points > 0 ? "+" : "")
      << Number(r, "points") << "</span><span>" << EscapeText(JsonString(r, "text"));
  if (const std::optional<size_t> s = Offset(r.if_contains("signal")); s && *s < signals.size() && signals[*s].is_object()) {
    const Family f = FamilyOf(JsonString(signals[*s].get_object(), "type"));
    out << " <a href=\"#sig-" << *s << "\" class=\"badge fam-" << f.slot << "\">" << EscapeText(f.label) << " #" << *s
        << "</a> <span class=\"rule\">" << EscapeText(JsonString(signals[*s].get_object(), "rule")) << "</span>";
  }
  out << "</span></li>";
}

void WriteDimensions(std::ostream& out, const json::object& profile) {
  const json::object& scores = Obj(profile, "scores");
  const json::array& reasons = Arr(profile, "reasons");
  const json::array& signals = Arr(profile, "signals");
  out << "<section aria-labelledby=\"h-dims\"><h2 id=\"h-dims\">Dimensions and reasons</h2>";
  std::set<std::string> shown;
  for (const auto& kv : Obj(scores, "dimensions")) {
    const std::string name(kv.key());
    shown.insert(name);
    out << "<div class=\"dim\"><h3><span>" << EscapeText(name) << "</span> " << ScoreBar(JsonNumber(&kv.value()).value_or(0))
        << " <span>" << Number(&kv.value()) << "</span></h3><ul class=\"reasons\">";
    for (const json::value& r : reasons) {
      if (r.is_object() && JsonString(r.get_object(), "dimension") == name) WriteReason(out, r.get_object(), signals);
    }
    out << "</ul></div>";
  }
  // Reasons naming a dimension the scores do not list still appear.
  bool other = false;
  for (const json::value& r : reasons) {
    if (!r.is_object() || shown.count(std::string(JsonString(r.get_object(), "dimension")))) continue;
    if (!other) out << "<div class=\"dim\"><h3>other</h3><ul class=\"reasons\">";
    other = true;
    WriteReason(out, r.get_object(), signals);
  }
  if (other) out << "</ul></div>";
  out << "</section>";
}

// The body evidence spans that get a mark: in range, on code point boundaries,
// earliest first (the longer of two at one start first); a span overlapping one
// already kept is left out (it is still listed under its signal).
std::vector<Span> BodySpans(const json::object& profile) {
  const std::string_view text = JsonString(Obj(profile, "article"), "text");
  const json::array& signals = Arr(profile, "signals");
  std::vector<Span> spans;
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!signals[i].is_object()) continue;
    const std::vector<const json::object*> ev = EvidenceOf(signals[i].get_object());
    for (size_t k = 0; k < ev.size(); ++k) {
      if (JsonString(*ev[k], "where") != "body") continue;
      const std::optional<size_t> start = Offset(ev[k]->if_contains("start"));
      const std::optional<size_t> end = Offset(ev[k]->if_contains("end"));
      if (!start || !end || *start >= *end || *end > text.size()) continue;
      if (!IsCodePointBoundary(text, *start) || !IsCodePointBoundary(text, *end)) continue;
      spans.push_back({*start, *end, i, k});
    }
  }
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Span> kept;
  size_t pos = 0;
  for (const Span& s : spans) {
    if (s.start < pos) continue;
    kept.push_back(s);
    pos = s.end;
  }
  return kept;
}

void WriteBody(std::ostream& out, const json::object& profile, const std::vector<Span>& spans) {
  const std::string_view text = JsonString(Obj(profile, "article"), "text");
  const json::array& signals = Arr(profile, "signals");
  out << "<section aria-labelledby=\"h-text\"><h2 id=\"h-text\">Article text</h2>";
  if (text.empty()) {
    out << "<p class=\"empty\">No text was extracted.</p></section>";
    return;
  }
  out << "<div class=\"body\" dir=\"auto\">";
  size_t pos = 0;
  for (const Span& s : spans) {
    const Family f = FamilyOf(JsonString(signals[s.signal].get_object(), "type"));
    out << EscapeText(text.substr(pos, s.start - pos)) << "<mark class=\"fam-" << f.slot << "\" id=\""
        << EvidenceId(s.signal, s.evidence) << "\"><a href=\"#sig-" << s.signal << "\">"
        << EscapeText(text.substr(s.start, s.end - s.start)) << "</a><span class=\"tag\">" << EscapeText(f.label)
        << "</span></mark>";
    pos = s.end;
  }
  out << EscapeText(text.substr(pos)) << "</div></section>";
}

bool IsContractSignalKey(std::string_view key) {
  return key == "type" || key == "rule" || key == "confidence" || key == "evidence" || key == "more_evidence";
}

void WriteSignals(std::ostream& out, const json::object& profile, const std::set<std::pair<size_t, size_t>>& marked) {
  const json::array& signals = Arr(profile, "signals");
  const json::array& reasons = Arr(profile, "reasons");
  out << "<section aria-labelledby=\"h-sig\"><h2 id=\"h-sig\">Signals (" << signals.size() << ")</h2>";
  if (signals.empty()) {
    out << "<p class=\"empty\">No provenance signals.</p></section>";
    return;
  }
  out << "<ol class=\"signals\" start=\"0\">";
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!signals[i].is_object()) continue;
    const json::object& s = signals[i].get_object();
    const Family f = FamilyOf(JsonString(s, "type"));
    out << "<li id=\"sig-" << i << "\"><span class=\"badge fam-" << f.slot << "\">" << EscapeText(f.label)
        << "</span> <span class=\"rule\">" << EscapeText(JsonString(s, "rule")) << "</span> <span class=\"muted\">confidence "
        << Number(s, "confidence") << "</span><div class=\"fields\">";
    bool first = true;
    for (const auto& kv : s) {
      if (IsContractSignalKey(kv.key())) continue;
      const std::string value = kv.value().is_string() ? std::string(kv.value().get_string()) : SerializeJson(kv.value());
      out << (first ? "" : " &middot; ") << EscapeText(kv.key()) << ": <b><bdi>" << EscapeText(Truncate(value, 2000)) << "</bdi></b>";
      first = false;
    }
    out << "</div><ul class=\"ev\">";
    for (const json::value& r : reasons) {
      if (!r.is_object() || Offset(r.get_object().if_contains("signal")) != i) continue;
      const double points = JsonNumber(r.get_object().if_contains("points")).value_or(0.0);
      out << "<li>Moved <b>" << EscapeText(JsonString(r.get_object(), "dimension")) << "</b> by <span class=\""
          << (points < 0 ? "neg" : "pos") << "\">" << (points > 0 ? "+" : "") << Number(r.get_object(), "points")
          << "</span>: " << EscapeText(JsonString(r.get_object(), "text")) << "</li>";
    }
    const std::vector<const json::object*> ev = EvidenceOf(s);
    for (size_t k = 0; k < ev.size(); ++k) {
      const std::string_view where = JsonString(*ev[k], "where");
      out << "<li>&ldquo;<bdi>" << EscapeText(Truncate(JsonString(*ev[k], "text"), 2000)) << "</bdi>&rdquo; ";
      if (marked.count({i, k})) {
        out << "<a href=\"#" << EvidenceId(i, k) << "\">in the text</a>";
      } else if (where == "body") {
        out << "<span class=\"muted\">in the text, bytes " << Number(*ev[k], "start") << "&ndash;" << Number(*ev[k], "end")
            << " (overlaps another highlight)</span>";
      } else {
        out << "<a href=\"#o" << EvidenceId(i, k) << "\">in " << EscapeText(where) << "</a>";
      }
      out << "</li>";
    }
    out << "</ul></li>";
  }
  out << "</ol></section>";
}

void WriteOutsideEvidence(std::ostream& out, const json::object& profile) {
  const json::array& signals = Arr(profile, "signals");
  std::ostringstream items;
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!signals[i].is_object()) continue;
    const Family f = FamilyOf(JsonString(signals[i].get_object(), "type"));
    const std::vector<const json::object*> ev = EvidenceOf(signals[i].get_object());
    for (size_t k = 0; k < ev.size(); ++k) {
      const std::string_view where = JsonString(*ev[k], "where");
      if (where == "body") continue;
      items << "<li id=\"o" << EvidenceId(i, k) << "\"><b>" << EscapeText(where) << "</b>: <mark class=\"fam-" << f.slot
            << "\"><a href=\"#sig-" << i << "\"><bdi>" << EscapeText(Truncate(JsonString(*ev[k], "text"), 2000))
            << "</bdi></a><span class=\"tag\">" << EscapeText(f.label) << "</span></mark></li>";
    }
  }
  if (items.str().empty()) return;
  out << "<section aria-labelledby=\"h-out\"><h2 id=\"h-out\">Evidence outside the body</h2><p class=\"muted\">Found in the byline, "
         "title, metadata, page furniture or across the batch.</p><ul class=\"ev\">"
      << items.str() << "</ul></section>";
}

void WriteErrors(std::ostream& out, const json::object& profile) {
  const json::array& errors = Arr(profile, "errors");
  if (errors.empty()) return;
  out << "<section aria-labelledby=\"h-err\"><h2 id=\"h-err\">Errors</h2><ul>";
  for (const json::value& v : errors) {
    if (!v.is_object()) continue;
    out << "<li><code class=\"bad\">" << EscapeText(JsonString(v.get_object(), "code")) << "</code> "
        << EscapeText(JsonString(v.get_object(), "message")) << "</li>";
  }
  out << "</ul></section>";
}

void WriteCluster(std::ostream& out, const json::object& profile, const ArticleContext& ctx) {
  if (ctx.cluster == nullptr) return;
  const json::object& c = *ctx.cluster;
  const std::string id(JsonString(profile, "id"));
  const std::string original(JsonString(c, "original"));
  out << "<section aria-labelledby=\"h-cluster\"><h2 id=\"h-cluster\">Copies of one story: cluster #" << Number(c, "id")
      << "</h2><p>";
  if (id == original) {
    out << "This article is the original";
  } else if (const auto page = ctx.member_pages.find(original); page != ctx.member_pages.end()) {
    out << "The original is <a href=\"" << EscapeAttribute(page->second) << "\"><bdi>"
        << EscapeText(Truncate(ctx.member_titles.count(original) ? ctx.member_titles.at(original) : original, 160))
        << "</bdi></a>";
  } else {
    out << "The original is <code>" << EscapeText(original) << "</code>";
  }
  out << " (chosen by: " << EscapeText(JsonString(c, "original_reason")) << ").</p>"
      << "<div class=\"tablewrap\"><table><thead><tr><th scope=\"col\">Member</th><th scope=\"col\" class=\"n\">Similarity</th>"
         "<th scope=\"col\">Credits the original</th><th scope=\"col\">Role</th></tr></thead><tbody>";
  for (const json::value& m : Arr(c, "members")) {
    if (!m.is_object()) continue;
    const std::string mid(JsonString(m.get_object(), "id"));
    const auto page = ctx.member_pages.find(mid);
    const auto title = ctx.member_titles.find(mid);
    const std::string label = Truncate(title != ctx.member_titles.end() ? title->second : std::string(JsonString(m.get_object(), "path")), 160);
    out << "<tr><td>";
    if (mid == id) out << "<b><bdi>" << EscapeText(label) << "</bdi></b> (this page)";
    else if (page != ctx.member_pages.end()) out << "<a href=\"" << EscapeAttribute(page->second) << "\"><bdi>" << EscapeText(label) << "</bdi></a>";
    else out << "<bdi>" << EscapeText(label) << "</bdi>";
    const json::value* credits = m.get_object().if_contains("credits_original");
    out << "</td><td class=\"n\">" << Number(m.get_object(), "similarity") << "</td><td>"
        << (credits && credits->is_bool() && credits->get_bool() ? "yes" : "no") << "</td><td>"
        << (mid == original ? "original" : "copy") << "</td></tr>";
  }
  out << "</tbody></table></div>";
  if (id != original && !ctx.original_text.empty()) {
    const auto pairs = MatchingPassages(JsonString(Obj(profile, "article"), "text"), ctx.original_text);
    out << "<h3>Matching passages</h3>";
    if (pairs.empty()) {
      out << "<p class=\"empty\">No sentence is shared word for word; the texts are near-duplicates overall.</p>";
    } else {
      out << "<div class=\"tablewrap\"><table class=\"side\"><caption class=\"muted\">Sentences both texts share</caption><thead><tr>"
             "<th scope=\"col\">This article</th><th scope=\"col\">The original</th></tr></thead><tbody>";
      for (const auto& [mine, theirs] : pairs) {
        out << "<tr><td dir=\"auto\">" << EscapeText(mine) << "</td><td dir=\"auto\">" << EscapeText(theirs) << "</td></tr>";
      }
      out << "</tbody></table></div>";
    }
  }
  out << "</section>";
}

// Sentences: split after . ! ? or a line break.
std::vector<std::string_view> Sentences(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size() || text[i] == '\n' ||
                     ((text[i] == '.' || text[i] == '!' || text[i] == '?') && (i + 1 == text.size() || text[i + 1] == ' '));
    if (!end) continue;
    const size_t stop = i < text.size() && text[i] != '\n' ? i + 1 : i;
    std::string_view s = text.substr(start, stop - start);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    if (!s.empty()) out.push_back(s);
    start = i + 1;
  }
  return out;
}

// Lower-case ASCII letters and digits and every non-ASCII character but general
// punctuation (U+2000-U+207F: dashes, quotes), single spaces.
std::string Normalise(std::string_view s, size_t* words) {
  std::string out;
  *words = 0;
  bool space = true;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u == 0xE2 && i + 2 < s.size() && (s[i + 1] == '\x80' || s[i + 1] == '\x81')) {
      i += 2;
      space = true;
      continue;
    }
    if (u >= 0x80 || std::isalnum(u)) {
      if (space && !out.empty()) out += ' ';
      if (space) ++*words;
      out += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> MatchingPassages(std::string_view copy, std::string_view original,
                                                                  size_t limit) {
  std::unordered_map<std::string, std::string_view> theirs;
  for (std::string_view s : Sentences(original)) {
    size_t words = 0;
    std::string key = Normalise(s, &words);
    if (words >= 5) theirs.emplace(std::move(key), s);
  }
  std::vector<std::pair<std::string, std::string>> out;
  std::unordered_set<std::string> used;
  for (std::string_view s : Sentences(copy)) {
    if (out.size() >= limit) break;
    size_t words = 0;
    const std::string key = Normalise(s, &words);
    if (words < 5 || used.count(key)) continue;
    if (const auto it = theirs.find(key); it != theirs.end()) {
      used.insert(key);
      out.emplace_back(std::string(s), std::string(it->second));
    }
  }
  return out;
}

std::string ReportPageHead(std::string_view title, std::string_view script) { return PageHead(title, script); }

std::string ReportMetaLine(const ReportMeta& meta) { return MetaLine(meta); }

std::string ArticlePageName(std::string_view id) {
  bool plain = !id.empty() && id.size() <= 64;
  for (const char c : id) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
  }
  if (plain) return std::string(id) + ".html";
  return "x" + Sha256Hex(id).substr(0, 16) + ".html";
}

void WriteArticlePage(std::ostream& out, const json::object& profile, const ArticleContext& ctx) {
  const json::object& scores = Obj(profile, "scores");
  const std::string title = TitleOf(profile);
  const std::string_view grade = JsonString(scores, "grade");
  const std::vector<Span> spans = BodySpans(profile);
  std::set<std::pair<size_t, size_t>> marked;
  for (const Span& s : spans) marked.insert({s.signal, s.evidence});
  out << PageHead(title + " \xE2\x80\x94 provscore", "")
      << "<body>\n<a class=\"skip\" href=\"#h-text\">Skip to the article text</a>\n<header class=\"top\"><p class=\"meta noprint\">"
         "<a href=\"../report.html\">&larr; All articles</a> &middot; "
      << MetaLine(ctx.meta) << "</p><h1 dir=\"auto\"><bdi>" << EscapeText(title) << "</bdi></h1><p class=\"meta\">";
  if (!ctx.history_page.empty()) {
    out << "<a href=\"" << EscapeAttribute(ctx.history_page) << "\">How this article changed between captures</a> &middot; ";
  }
  if (!grade.empty()) out << "<span class=\"" << GradeClass(grade) << "\">" << EscapeText(grade) << "</span> ";
  out << "overall <b>" << Number(scores, "overall") << "</b></p></header>\n<main>\n<div class=\"cols\">";
  WriteMetadata(out, profile);
  WriteDimensions(out, profile);
  out << "</div>\n";
  WriteErrors(out, profile);
  WriteBody(out, profile, spans);
  WriteOutsideEvidence(out, profile);
  WriteSignals(out, profile, marked);
  WriteCluster(out, profile, ctx);
  out << "\n</main>\n</body>\n</html>\n";
}

Result<ReportHead> ReadReportHead(const fs::path& report_json) {
  std::ifstream in(report_json, std::ios::binary);
  if (!in) return IoError("cannot read " + report_json.string());
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  std::error_code ec;
  json::value v;
  if (!first.empty() && first.back() == ',' && second.rfind("\"clusters\":", 0) == 0 && !second.empty() && second.back() == ',') {
    second.back() = '}';
    v = json::parse(first + second, ec);
  } else {
    ec = std::make_error_code(std::errc::invalid_argument);
  }
  if (ec) {  // Some other layout: parse the whole file.
    in.clear();
    in.seekg(0);
    std::ostringstream all;
    all << in.rdbuf();
    ec.clear();
    v = json::parse(all.str(), ec);
  }
  if (ec || !v.is_object()) return ParseError(report_json.string() + ": not a provscore report.json");
  const json::object& o = v.get_object();
  if (JsonString(o, "schema") != "provscore.report/1") return ParseError(report_json.string() + ": not a provscore.report/1 file");
  ReportHead head;
  head.meta.tool_version = std::string(JsonString(Obj(o, "tool"), "version"));
  head.meta.rules_version = std::string(JsonString(o, "rules_version"));
  head.meta.generated_at = std::string(JsonString(o, "generated_at"));
  head.clusters = Arr(o, "clusters");
  return head;
}

Status RenderHtmlReport(const fs::path& profiles_jsonl, const ReportHead& head, const fs::path& out_dir, size_t* articles) {
  std::error_code ec;
  const fs::path pages_dir = out_dir / kArticleDir;
  fs::create_directories(pages_dir, ec);
  if (ec) return IoError("cannot create " + pages_dir.string() + ": " + ec.message());
  for (const auto& entry : fs::directory_iterator(pages_dir, ec)) {
    if (entry.path().extension() == ".html") fs::remove(entry.path(), ec);
  }

  // Clusters by member id, and which originals' texts copies need.
  std::map<std::string, const json::object*> cluster_of;
  std::set<std::string> originals;
  for (const json::value& c : head.clusters) {
    if (!c.is_object()) continue;
    originals.insert(std::string(JsonString(c.get_object(), "original")));
    for (const json::value& m : Arr(c.get_object(), "members")) {
      if (m.is_object()) cluster_of[std::string(JsonString(m.get_object(), "id"))] = &c.get_object();
    }
  }

  // Pass 0: page names (duplicate ids get "-2", "-3"...), cluster members' titles,
  // the originals' texts.
  std::map<std::string, std::string> first_page, titles, original_texts;
  std::vector<std::string> pages;
  {
    std::ifstream in(profiles_jsonl, std::ios::binary);
    if (!in) return IoError("cannot read " + profiles_jsonl.string());
    std::unordered_map<std::string, size_t> seen;
    std::string line;
    for (size_t n = 1; std::getline(in, line); ++n) {
      json::value v = json::parse(line, ec);
      if (ec || !v.is_object()) return ParseError(profiles_jsonl.string() + ":" + std::to_string(n) + ": not a JSON object");
      const std::string id(JsonString(v.get_object(), "id"));
      std::string page = ArticlePageName(id);
      if (const size_t dup = ++seen[page]; dup > 1) page.insert(page.size() - 5, "-" + std::to_string(dup));
      pages.push_back(page);
      if (!first_page.count(id)) {
        first_page[id] = page;
        if (cluster_of.count(id)) titles[id] = TitleOf(v.get_object());
        if (originals.count(id)) original_texts[id] = std::string(JsonString(Obj(v.get_object(), "article"), "text"));
      }
    }
    if (in.bad()) return IoError("cannot read " + profiles_jsonl.string());
  }

  // Pass 1: the article pages and the index rows.
  Overview ov;
  RowTable table;
  table.rows.reserve(pages.size());
  std::ifstream in(profiles_jsonl, std::ios::binary);
  if (!in) return IoError("cannot read " + profiles_jsonl.string());
  std::string line;
  for (size_t n = 0; std::getline(in, line) && n < pages.size(); ++n) {
    json::value v = json::parse(line, ec);
    if (ec || !v.is_object()) return ParseError(profiles_jsonl.string() + ":" + std::to_string(n + 1) + ": not a JSON object");
    const json::object& p = v.get_object();
    const std::string id(JsonString(p, "id"));
    ArticleContext ctx;
    ctx.page = pages[n];
    ctx.meta = head.meta;
    if (const auto c = cluster_of.find(id); c != cluster_of.end()) {
      ctx.cluster = c->second;
      for (const json::value& m : Arr(*c->second, "members")) {
        if (!m.is_object()) continue;
        const std::string mid(JsonString(m.get_object(), "id"));
        if (first_page.count(mid)) ctx.member_pages[mid] = first_page[mid];
        if (titles.count(mid)) ctx.member_titles[mid] = titles[mid];
      }
      const std::string original(JsonString(*c->second, "original"));
      if (original != id && original_texts.count(original)) ctx.original_text = original_texts[original];
    }
    if (const std::string_view url = JsonString(Obj(p, "input"), "url"); !url.empty()) {
      const std::string history = HistoryPageName(url);
      std::error_code exists_ec;
      if (fs::exists(out_dir / kHistoryDir / history, exists_ec)) ctx.history_page = "../" + std::string(kHistoryDir) + "/" + history;
    }
    const fs::path page_path = pages_dir / pages[n];
    std::ofstream page(page_path, std::ios::binary | std::ios::trunc);
    if (!page) return IoError("cannot write " + page_path.string());
    WriteArticlePage(page, p, ctx);
    page.close();
    if (page.fail()) return IoError("cannot write " + page_path.string());

    const json::object& article = Obj(p, "article");
    const json::object& scores = Obj(p, "scores");
    const size_t errors = Arr(p, "errors").size();
    ++ov.documents;
    if (errors > 0) ++ov.with_errors;
    const std::string site = Truncate(SiteOf(p), kRowKeyBytes);
    const std::string grade = Truncate(JsonString(scores, "grade"), kRowKeyBytes);
    const std::string language = Truncate(JsonString(article, "language"), kRowKeyBytes);
    const std::optional<double> overall = JsonNumber(scores.if_contains("overall"));
    json::array fams;  // type index, count, type index, count...
    std::map<size_t, int64_t> per_type;
    for (const json::value& s : Arr(p, "signals")) {
      if (!s.is_object()) continue;
      const std::string type = Truncate(JsonString(s.get_object(), "type"), kRowKeyBytes);
      ++ov.families[type];
      ++per_type[table.Index(table.types, type)];
    }
    for (const auto& [type, count] : per_type) {
      fams.push_back(type);
      fams.push_back(count);
    }
    const auto c = cluster_of.find(id);
    std::string page_stem = pages[n].substr(0, pages[n].size() - 5);
    table.rows.push_back(json::array{
        n, json::string(page_stem), json::string(Truncate(TitleOf(p), kRowTitleBytes)), table.Index(table.sites, site),
        json::string(DatePart(JsonString(article, "published"))), json::string(grade),
        overall ? json::value(std::round(*overall * 10.0) / 10.0) : json::value(nullptr), std::move(fams),
        c != cluster_of.end() ? json::value(static_cast<int64_t>(JsonNumber(c->second->if_contains("id")).value_or(0)))
                              : json::value(nullptr),
        errors, table.Index(table.languages, language),
        json::string(Truncate(JsonString(Obj(p, "input"), "path"), kRowPathBytes))});
    ov.languages.insert(language);
    if (!grade.empty()) ++ov.grades[grade];
    if (overall) {
      ++ov.tens[static_cast<size_t>(std::clamp(static_cast<int>(*overall / 10), 0, 9))];
      SiteTally& t = ov.sites[site];
      ++t.documents;
      t.sum += *overall;
    }
  }
  if (in.bad()) return IoError("cannot read " + profiles_jsonl.string());

  const fs::path index_tmp = out_dir / (std::string(kReportIndexName) + ".tmp");
  std::ofstream index(index_tmp, std::ios::binary | std::ios::trunc);
  if (!index) return IoError("cannot write " + index_tmp.string());
  WriteIndex(index, head, ov, table.ToJson(), first_page, titles);
  index.close();
  if (index.fail()) return IoError("cannot write " + index_tmp.string());
  if (Status s = CommitFile(index_tmp, out_dir / kReportIndexName); !s.ok()) return s;
  if (articles != nullptr) *articles = ov.documents;
  return Status::Ok();
}

}  // namespace provscore
