#include "score/internal/html_metadata.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <unordered_map>
#include <utility>

#include "base/text.h"

namespace provscore::internal {
namespace {

namespace json = boost::json;

constexpr double kJsonLdConfidence = 0.95;
constexpr double kMetaConfidence = 0.9;
constexpr double kMarkupConfidence = 0.85;  // itemprop, rel=author, <time pubdate>
constexpr double kTimeConfidence = 0.75;    // the first <time datetime> on the page
constexpr double kBylineConfidence = 0.7;

constexpr size_t kMaxBylineLines = 10;
constexpr size_t kMaxBylineProbes = 64;   // bounds VisibleText calls on odd pages
constexpr size_t kMaxAuthorsPerSource = 20;
constexpr size_t kMaxJsonLdBlocks = 32;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool HasToken(const std::vector<std::string>& tokens, std::initializer_list<std::string_view> wanted) {
  for (const std::string& t : tokens) {
    for (const std::string_view w : wanted) {
      if (t == w) return true;
    }
  }
  return false;
}

std::vector<std::string> ClassIdTokens(const GumboNode* node) {
  std::vector<std::string> tokens = NameTokens(Attr(node, "class"));
  std::vector<std::string> id = NameTokens(Attr(node, "id"));
  tokens.insert(tokens.end(), std::make_move_iterator(id.begin()), std::make_move_iterator(id.end()));
  return tokens;
}

// Regions whose bylines, dates and headings belong to other articles or to readers.
bool IsForeignRegion(const DomNode& d) {
  if (d.tag == GUMBO_TAG_NAV || d.tag == GUMBO_TAG_FOOTER || d.tag == GUMBO_TAG_ASIDE) return true;
  if (d.tag == GUMBO_TAG_BODY || d.tag == GUMBO_TAG_HTML) return false;
  return HasToken(ClassIdTokens(d.node),
                  {"comment", "comments", "related", "recommended", "teaser", "teasers",
                   "sidebar", "footer", "nav", "menu", "promo", "newsletter", "disqus"});
}

// ---- dates -------------------------------------------------------------------

struct DateParts {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = 0;
  std::string zone;  // "", "Z" or "+HH:MM"
};

// Reads exactly `n` digits at s[i].
bool ReadDigits(std::string_view s, size_t& i, size_t n, int& out) {
  if (i + n > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!IsDigit(s[i + k])) return false;
    v = v * 10 + (s[i + k] - '0');
  }
  i += n;
  out = v;
  return true;
}

// Reads one or two digits.
bool ReadSmall(std::string_view s, size_t& i, int& out) {
  if (!ReadDigits(s, i, 1, out)) return false;
  if (i < s.size() && IsDigit(s[i])) out = out * 10 + (s[i++] - '0');
  return true;
}

void SkipSpaces(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  const std::string lower = AsciiLower(word.substr(0, 3));
  for (size_t m = 0; m < kNames.size(); ++m) {
    if (lower == kNames[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

// "T10:24", " 10:24:00.123", then an optional zone. Leaves parts.hour = -1 when
// no time follows.
void ReadTimeAndZone(std::string_view s, size_t i, DateParts& parts) {
  if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ' || s[i] == ',')) {
    size_t j = i + 1;
    SkipSpaces(s, j);
    int h = 0, m = 0;
    if (ReadSmall(s, j, h) && j < s.size() && s[j] == ':' && ReadDigits(s, ++j, 2, m)) {
      parts.hour = h;
      parts.minute = m;
      if (j < s.size() && s[j] == ':') {
        int sec = 0;
        size_t k = j + 1;
        if (ReadDigits(s, k, 2, sec)) {
          parts.second = sec;
          j = k;
        }
      }
      if (j < s.size() && (s[j] == '.' || s[j] == ',')) {
        ++j;
        while (j < s.size() && IsDigit(s[j])) ++j;
      }
      i = j;
    }
  }
  if (parts.hour < 0) return;
  SkipSpaces(s, i);
  if (i >= s.size()) return;
  if (s[i] == 'Z' || s[i] == 'z') {
    parts.zone = "Z";
    return;
  }
  if (s[i] == '+' || s[i] == '-') {
    const char sign = s[i++];
    int zh = 0, zm = 0;
    if (!ReadDigits(s, i, 2, zh)) return;
    if (i < s.size() && s[i] == ':') ++i;
    if (!ReadDigits(s, i, 2, zm)) zm = 0;
    if (zh > 14 || zm > 59) return;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, zh, zm);
    parts.zone = buf;
    return;
  }
  const std::string rest = AsciiLower(s.substr(i, 3));
  if (rest == "gmt" || rest == "utc") parts.zone = "Z";
}

// 2022-02-21, 2022/02/21, 20220221, each with an optional time.
bool ParseYearFirst(std::string_view s, DateParts& parts) {
  size_t i = 0;
  if (!ReadDigits(s, i, 4, parts.year)) return false;
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    const char sep = s[i++];
    if (!ReadSmall(s, i, parts.month) || i >= s.size() || s[i] != sep) return false;
    ++i;
    if (!ReadSmall(s, i, parts.day)) return false;
  } else {
    if (!ReadDigits(s, i, 2, parts.month) || !ReadDigits(s, i, 2, parts.day)) return false;
    if (i < s.size() && IsDigit(s[i])) {  // "202202211024": digits straight on
      int h = 0, m = 0;
      if (ReadDigits(s, i, 2, h) && ReadDigits(s, i, 2, m)) {
        parts.hour = h;
        parts.minute = m;
      }
      return true;
    }
  }
  ReadTimeAndZone(s, i, parts);
  return true;
}

// 21.02.2022 [17:52] (day first, as printed in Europe).
bool ParseDayFirstNumeric(std::string_view s, DateParts& parts) {
  size_t i = 0;
  if (!ReadSmall(s, i, parts.day) || i >= s.size() || s[i] != '.') return false;
  ++i;
  if (!ReadSmall(s, i, parts.month) || i >= s.size() || s[i] != '.') return false;
  ++i;
  if (!ReadDigits(s, i, 4, parts.year)) return false;
  ReadTimeAndZone(s, i, parts);
  return true;
}

// "Mon, 21 Feb 2022 10:24:00 GMT", "21 February 2022", "February 21, 2022 10:24".
bool ParseWithMonthName(std::string_view s, DateParts& parts) {
  size_t i = 0;
  // Skip a weekday ("Mon," / "Monday,").
  if (i < s.size() && IsAlpha(s[i])) {
    size_t j = i;
    while (j < s.size() && IsAlpha(s[j])) ++j;
    if (MonthFromName(s.substr(i, j - i)) == 0 || (j < s.size() && s[j] == ',')) {
      i = j;
      if (i < s.size() && s[i] == ',') ++i;
      SkipSpaces(s, i);
    }
  }
  auto read_month = [&](int& month) {
    const size_t start = i;
    while (i < s.size() && IsAlpha(s[i])) ++i;
    month = MonthFromName(s.substr(start, i - start));
    if (i < s.size() && s[i] == '.') ++i;
    return month != 0;
  };
  if (i < s.size() && IsDigit(s[i])) {
    if (!ReadSmall(s, i, parts.day)) return false;
    if (i < s.size() && s[i] == '.') ++i;
    SkipSpaces(s, i);
    if (i < s.size() && s[i] == '-') ++i;
    if (!read_month(parts.month)) return false;
    if (i < s.size() && s[i] == '-') ++i;
    SkipSpaces(s, i);
  } else {
    if (!read_month(parts.month)) return false;
    SkipSpaces(s, i);
    if (!ReadSmall(s, i, parts.day)) return false;
    while (i < s.size() && IsAlpha(s[i])) ++i;  // "21st"
    if (i < s.size() && s[i] == ',') ++i;
    SkipSpaces(s, i);
  }
  if (!ReadDigits(s, i, 4, parts.year)) return false;
  if (i < s.size() && s[i] == ',') ++i;
  if (i < s.size() && s[i] != ' ' && s[i] != 'T') return true;
  ReadTimeAndZone(s, i, parts);
  return true;
}

bool Plausible(const DateParts& p) {
  return p.year >= 1900 && p.year <= 2100 && p.month >= 1 && p.month <= 12 && p.day >= 1 &&
         p.day <= 31 && p.hour <= 24 && p.minute <= 59 && p.second <= 60;
}

// ---- authors -----------------------------------------------------------------

std::string_view StripBylinePrefix(std::string_view s) {
  for (const std::string_view prefix : {"by", "von", "par", "por", "door", "di", "af", "av"}) {
    if (s.size() > prefix.size() && StartsWithIgnoreCase(s, prefix)) {
      const char next = s[prefix.size()];
      if (next == ' ' || next == ':') {
        s.remove_prefix(prefix.size() + 1);
        while (!s.empty() && (s.front() == ' ' || s.front() == ':')) s.remove_prefix(1);
        return s;
      }
    }
  }
  return s;
}

std::string_view TrimPunctuation(std::string_view s) {
  constexpr std::string_view kTrim = " ,;:|-\t/";
  while (!s.empty() && kTrim.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && kTrim.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

// Splits on every occurrence of any of `separators`.
std::vector<std::string_view> SplitOnAny(std::string_view s, std::span<const std::string_view> separators) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  size_t i = 0;
  while (i < s.size()) {
    bool matched = false;
    for (const std::string_view sep : separators) {
      if (s.size() - i >= sep.size() && EqualsIgnoreCase(s.substr(i, sep.size()), sep)) {
        parts.push_back(s.substr(start, i - start));
        i += sep.size();
        start = i;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  parts.push_back(s.substr(start));
  return parts;
}

constexpr std::string_view kConjunctions[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " og ", " och ", " en "};

struct Candidates {
  std::vector<SourcedValue> authors;
  std::vector<SourcedValue> byline_authors;
  std::optional<SourcedValue> published;
  std::optional<SourcedValue> modified;
  std::string og_title, jsonld_headline, title_tag;
  std::string og_site_name, jsonld_publisher, application_name;
  std::string lang_html, lang_http, lang_jsonld, og_locale;
  std::string canonical_link, og_url, jsonld_url, base_href;
  std::string description_meta, og_description, jsonld_description;
  json::array jsonld_blocks;
};

void AddAuthor(std::vector<SourcedValue>& out, std::string_view raw, const char* source, double confidence) {
  if (out.size() >= 4 * kMaxAuthorsPerSource) return;
  std::string name = CleanAuthor(raw);
  if (!name.empty()) out.push_back({std::move(name), source, confidence});
}

void OfferDate(std::optional<SourcedValue>& slot, std::string_view raw, const char* source, double confidence) {
  if (slot && slot->confidence >= confidence) return;
  std::optional<std::string> iso = NormalizeDate(raw);
  if (iso) slot = SourcedValue{std::move(*iso), source, confidence};
}

void SetIfEmpty(std::string& slot, std::string_view value) {
  if (slot.empty()) slot = CollapseWhitespace(value);
}

// ---- JSON-LD -----------------------------------------------------------------

std::string_view StringOf(const json::value& v) {
  if (v.is_string()) return v.get_string();
  if (v.is_array() && !v.get_array().empty() && v.get_array()[0].is_string()) {
    return v.get_array()[0].get_string();
  }
  return {};
}

const json::value* Field(const json::object& o, std::string_view key) {
  const auto it = o.find(key);
  return it == o.end() ? nullptr : &it->value();
}

std::string_view StringField(const json::object& o, std::string_view key) {
  const json::value* v = Field(o, key);
  return v == nullptr ? std::string_view{} : StringOf(*v);
}

// "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike.
std::string_view BareType(std::string_view t) {
  const size_t cut = t.find_last_of(":/");
  return cut == std::string_view::npos ? t : t.substr(cut + 1);
}

bool TypeIn(const json::object& o, std::span<const std::string_view> types) {
  const json::value* t = Field(o, "@type");
  if (t == nullptr) return false;
  auto matches = [&](const json::value& v) {
    if (!v.is_string()) return false;
    const std::string_view bare = BareType(v.get_string());
    return std::find(types.begin(), types.end(), bare) != types.end();
  };
  if (matches(*t)) return true;
  if (t->is_array()) {
    for (const json::value& v : t->get_array()) {
      if (matches(v)) return true;
    }
  }
  return false;
}

constexpr std::string_view kArticleTypes[] = {
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
    "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting",
    "SocialMediaPosting", "DiscussionForumPosting", "Report", "TechArticle",
    "ScholarlyArticle", "Blog"};
constexpr std::string_view kPageTypes[] = {"WebPage", "ItemPage", "AboutPage"};

using IdIndex = std::unordered_map<std::string, const json::object*>;

// Article-type and page-type objects in document order: top-level values,
// array elements, "@graph" members and "mainEntity" values. Also indexes "@id"s.
void CollectJsonLdObjects(const json::value& root, std::vector<const json::object*>& articles,
                          std::vector<const json::object*>& pages, IdIndex& ids) {
  std::vector<std::pair<const json::value*, int>> stack = {{&root, 0}};
  while (!stack.empty()) {
    const auto [v, depth] = stack.back();
    stack.pop_back();
    if (depth > 6) continue;
    if (v->is_array()) {
      const json::array& a = v->get_array();
      for (size_t k = a.size(); k > 0; --k) stack.emplace_back(&a[k - 1], depth + 1);
      continue;
    }
    if (!v->is_object()) continue;
    const json::object& o = v->get_object();
    const std::string_view id = StringField(o, "@id");
    if (!id.empty() && o.size() > 1) ids.emplace(std::string(id), &o);
    if (TypeIn(o, kArticleTypes)) articles.push_back(&o);
    else if (TypeIn(o, kPageTypes)) pages.push_back(&o);
    for (const std::string_view key : {"mainEntity", "@graph"}) {
      if (const json::value* child = Field(o, key)) stack.emplace_back(child, depth + 1);
    }
  }
}

// A name from "Jane", {"name": "Jane"}, {"@id": "#p1"} (looked up) or {"name": {"@value": ..}}.
std::string_view NameOf(const json::value& v, const IdIndex& ids) {
  if (v.is_string()) return v.get_string();
  if (!v.is_object()) return {};
  const json::object& o = v.get_object();
  if (const json::value* name = Field(o, "name")) {
    if (name->is_object()) return StringField(name->get_object(), "@value");
    return StringOf(*name);
  }
  const std::string_view id = StringField(o, "@id");
  if (!id.empty()) {
    const auto it = ids.find(std::string(id));
    if (it != ids.end() && it->second != &o) return StringField(*it->second, "name");
  }
  return {};
}

void ReadJsonLdObject(const json::object& o, const IdIndex& ids, Candidates& c) {
  if (c.jsonld_headline.empty()) {
    std::string_view headline = StringField(o, "headline");
    if (headline.empty()) headline = StringField(o, "name");
    SetIfEmpty(c.jsonld_headline, headline);
  }
  if (const json::value* author = Field(o, "author")) {
    if (author->is_array()) {
      size_t n = 0;
      for (const json::value& a : author->get_array()) {
        if (++n > kMaxAuthorsPerSource) break;
        AddAuthor(c.authors, NameOf(a, ids), "json-ld", kJsonLdConfidence);
      }
    } else {
      AddAuthor(c.authors, NameOf(*author, ids), "json-ld", kJsonLdConfidence);
    }
  }
  std::string_view published = StringField(o, "datePublished");
  if (published.empty()) published = StringField(o, "dateCreated");
  OfferDate(c.published, published, "json-ld", kJsonLdConfidence);
  OfferDate(c.modified, StringField(o, "dateModified"), "json-ld", kJsonLdConfidence);
  if (const json::value* publisher = Field(o, "publisher")) {
    SetIfEmpty(c.jsonld_publisher, NameOf(*publisher, ids));
  }
  if (const json::value* lang = Field(o, "inLanguage")) {
    std::string_view code = StringOf(*lang);
    if (code.empty() && lang->is_object()) code = StringField(lang->get_object(), "alternateName");
    SetIfEmpty(c.lang_jsonld, code);
  }
  std::string_view url = StringField(o, "url");
  if (url.empty()) {
    if (const json::value* main = Field(o, "mainEntityOfPage")) {
      url = StringOf(*main);
      if (url.empty() && main->is_object()) {
        url = StringField(main->get_object(), "@id");
        if (url.empty()) url = StringField(main->get_object(), "url");
      }
    }
  }
  SetIfEmpty(c.jsonld_url, url);
  SetIfEmpty(c.jsonld_description, StringField(o, "description"));
}

// Some sites wrap JSON-LD in an HTML comment or CDATA section.
std::string_view UnwrapScript(std::string_view s) {
  s = TrimAscii(s);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                                    {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}}) {
    if (s.substr(0, open.size()) == open) {
      s.remove_prefix(open.size());
      if (s.size() >= close.size() && s.substr(s.size() - close.size()) == close) {
        s.remove_suffix(close.size());
      }
      s = TrimAscii(s);
    }
  }
  while (!s.empty() && s.back() == ';') s.remove_suffix(1);
  return s;
}

void ReadJsonLdScript(const FlatDom& dom, uint32_t index, Candidates& c) {
  if (c.jsonld_blocks.size() >= kMaxJsonLdBlocks) return;
  std::string text;
  for (uint32_t i = index + 1; i < dom.nodes[index].end; ++i) {
    if (dom.nodes[i].is_text) text.append(NodeText(dom.nodes[i].node));
  }
  json::parse_options options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  options.max_depth = 64;  // deeper documents fail to parse instead of recursing
  json::error_code ec;
  json::value value = json::parse(UnwrapScript(text), ec, {}, options);
  if (ec) return;
  c.jsonld_blocks.push_back(std::move(value));
}

void ReadJsonLd(Candidates& c) {
  std::vector<const json::object*> articles, pages;
  IdIndex ids;
  for (const json::value& block : c.jsonld_blocks) CollectJsonLdObjects(block, articles, pages, ids);
  if (!articles.empty()) {
    ReadJsonLdObject(*articles.front(), ids, c);
    // Later article objects may only add what the first lacked (dates, authors).
    for (size_t k = 1; k < articles.size() && c.authors.empty(); ++k) {
      ReadJsonLdObject(*articles[k], ids, c);
    }
  }
  for (const json::object* page : pages) {
    if (!articles.empty()) {
      // A WebPage beside an article only supplies language and dates.
      if (const json::value* lang = Field(*page, "inLanguage")) SetIfEmpty(c.lang_jsonld, StringOf(*lang));
      OfferDate(c.published, StringField(*page, "datePublished"), "json-ld", kJsonLdConfidence);
      continue;
    }
    ReadJsonLdObject(*page, ids, c);
    break;
  }
}

// ---- <meta> ------------------------------------------------------------------

void ReadMeta(const GumboNode* node, Candidates& c) {
  const std::string_view content = Attr(node, "content");
  const std::string http_equiv = AsciiLower(TrimAscii(Attr(node, "http-equiv")));
  if (http_equiv == "content-language") {
    SetIfEmpty(c.lang_http, content);
    return;
  }
  std::string key = AsciiLower(TrimAscii(Attr(node, "property")));
  if (key.empty()) key = AsciiLower(TrimAscii(Attr(node, "name")));
  if (key.empty() || content.empty()) return;
  if (key == "og:title") SetIfEmpty(c.og_title, content);
  else if (key == "og:site_name") SetIfEmpty(c.og_site_name, content);
  else if (key == "og:url") SetIfEmpty(c.og_url, content);
  else if (key == "og:description") SetIfEmpty(c.og_description, content);
  else if (key == "og:locale") SetIfEmpty(c.og_locale, content);
  else if (key == "description" || key == "dc.description") SetIfEmpty(c.description_meta, content);
  else if (key == "application-name") SetIfEmpty(c.application_name, content);
  else if (key == "article:published_time" || key == "og:published_time" ||
           key == "og:article:published_time") {
    OfferDate(c.published, content, "opengraph", kMetaConfidence);
  } else if (key == "article:modified_time" || key == "og:updated_time" ||
             key == "og:article:modified_time") {
    OfferDate(c.modified, content, "opengraph", kMetaConfidence);
  } else if (key == "article:author" || key == "og:article:author") {
    AddAuthor(c.authors, content, "opengraph", kMetaConfidence);
  } else if (key == "author" || key == "dc.creator" || key == "dcterms.creator" ||
             key == "citation_author" || key == "parsely-author" || key == "sailthru.author" ||
             key == "byl" || key == "dc.contributor") {
    AddAuthor(c.authors, content, "meta", kMetaConfidence);
  } else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
             key == "publish_date" || key == "citation_publication_date" ||
             key == "citation_date" || key == "citation_online_date" || key == "dc.date" ||
             key == "dc.date.issued" || key == "dc.date.created" || key == "dcterms.date" ||
             key == "dcterms.issued" || key == "dcterms.created" || key == "parsely-pub-date" ||
             key == "sailthru.date" || key == "article.published" || key == "published-date" ||
             key == "originalpublicationdate" || key == "date.available") {
    OfferDate(c.published, content, "meta", kMetaConfidence);
  } else if (key == "dcterms.modified" || key == "dc.date.modified" || key == "last-modified" ||
             key == "article.updated" || key == "lastmod") {
    OfferDate(c.modified, content, "meta", kMetaConfidence);
  } else if (key == "content-language" || key == "dc.language" || key == "language") {
    SetIfEmpty(c.lang_http, content);
  }
}

// ---- itemprop ----------------------------------------------------------------

// A microdata value: content/datetime/href attribute, else the visible text.
std::string ItempropValue(const FlatDom& dom, uint32_t index) {
  const GumboNode* node = dom.nodes[index].node;
  for (const char* attr : {"content", "datetime"}) {
    const std::string_view v = Attr(node, attr);
    if (!v.empty()) return std::string(v);
  }
  return VisibleText(dom, index, 512);
}

// The name inside an itemprop=author element: a nested itemprop=name, else its text.
std::string MicrodataAuthor(const FlatDom& dom, uint32_t index) {
  const uint32_t end = dom.nodes[index].end;
  for (uint32_t i = index + 1; i < end && i < index + 200; ++i) {
    if (dom.nodes[i].is_text) continue;
    const std::vector<std::string> props = NameTokens(Attr(dom.nodes[i].node, "itemprop"));
    if (HasToken(props, {"name"})) return ItempropValue(dom, i);
  }
  return ItempropValue(dom, index);
}

// ---- language, title ---------------------------------------------------------

// "en_US, de" -> "en-US"; empty when it is not a language tag.
std::string NormalizeLanguage(std::string_view raw) {
  std::string_view s = TrimAscii(raw);
  s = s.substr(0, s.find_first_of(",; "));
  std::string out(s);
  std::replace(out.begin(), out.end(), '_', '-');
  const std::vector<std::string_view> subtags = Split(out, '-');
  if (subtags[0].size() < 2 || subtags[0].size() > 3) return {};
  for (const std::string_view tag : subtags) {
    if (tag.empty() || tag.size() > 8) return {};
    for (const char ch : tag) {
      if (!IsAlpha(ch) && !IsDigit(ch)) return {};
    }
  }
  for (const char ch : subtags[0]) {
    if (!IsAlpha(ch)) return {};
  }
  out.replace(0, subtags[0].size(), AsciiLower(subtags[0]));
  return out;
}

std::string AlnumLower(std::string_view s) {
  std::string out;
  for (const char ch : s) {
    if (IsAlpha(ch) || IsDigit(ch) || static_cast<unsigned char>(ch) >= 0x80) {
      out.push_back(static_cast<char>(IsAlpha(ch) ? (ch | 0x20) : ch));
    }
  }
  return out;
}

// True when `part` names the site: equal to site_name, or its letters appear in the
// site name or in the host ("Berliner Zeitung" ~ berliner-zeitung.de).
bool NamesSite(std::string_view part, std::string_view site_name, std::string_view host) {
  const std::string p = AlnumLower(part);
  if (p.size() < 3) return false;
  const std::string site = AlnumLower(site_name);
  if (!site.empty() && (site == p || site.find(p) != std::string::npos || p.find(site) != std::string::npos)) {
    return true;
  }
  if (host.empty()) return false;
  if (AlnumLower(host).find(p) != std::string::npos) return true;
  // "Die Neue Südtiroler Tageszeitung" ~ tageszeitung.it: the host's main label.
  std::string_view label = host.substr(0, host.rfind('.'));
  label = label.substr(label.rfind('.') == std::string_view::npos ? 0 : label.rfind('.') + 1);
  const std::string main_label = AlnumLower(label);
  return main_label.size() >= 5 && p.find(main_label) != std::string::npos;
}

std::string_view HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  return url.substr(0, url.find_first_of("/?#:"));
}

// Drops " | Site Name" (or "Site Name | ") when the other part names the site.
std::string StripSiteName(std::string title, std::string_view site_name, std::string_view host) {
  for (const std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " :: ", " \xC2\xBB "}) {
    const size_t last = title.rfind(sep);
    if (last != std::string::npos && last > 0 &&
        NamesSite(std::string_view(title).substr(last + sep.size()), site_name, host)) {
      title.resize(last);
      return title;
    }
    const size_t first = title.find(sep);
    if (first != std::string::npos && first + sep.size() < title.size() &&
        NamesSite(std::string_view(title).substr(0, first), site_name, host)) {
      title.erase(0, first + sep.size());
      return title;
    }
  }
  return title;
}

std::vector<SourcedValue> RankAuthors(std::vector<SourcedValue> authors) {
  std::stable_sort(authors.begin(), authors.end(),
                   [](const SourcedValue& a, const SourcedValue& b) { return a.confidence > b.confidence; });
  std::vector<SourcedValue> out;
  std::vector<std::string> seen;
  for (SourcedValue& a : authors) {
    std::string key = AsciiLower(a.value);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    out.push_back(std::move(a));
    if (out.size() >= kMaxAuthorsPerSource) break;
  }
  return out;
}

}  // namespace

bool IsBylineElement(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_IMG:
      return false;
    default:
      break;
  }
  const std::vector<std::string> tokens = ClassIdTokens(node);
  // An author box ("author-bio", "about-the-author") belongs to the text, not the byline.
  if (HasToken(tokens, {"bio", "bios", "biography", "about", "description", "profile"})) return false;
  return HasToken(tokens, {"byline", "bylines", "byl", "author", "authors", "autor", "autoren",
                           "auteur", "auteurs", "autore", "autori", "writer", "reporter"});
}

std::optional<std::string> NormalizeDate(std::string_view text) {
  const std::string collapsed = CollapseWhitespace(text);
  const std::string_view s = collapsed;
  if (s.size() < 6 || s.size() > 64) return std::nullopt;
  DateParts parts;
  bool ok = false;
  if (s.size() >= 8 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3])) {
    ok = ParseYearFirst(s, parts);
  } else if (IsDigit(s[0]) && s.find('.') != std::string_view::npos && s.find('.') <= 2 &&
             s.size() > s.find('.') + 1 && IsDigit(s[s.find('.') + 1])) {
    ok = ParseDayFirstNumeric(s, parts);
  } else {
    ok = ParseWithMonthName(s, parts);
  }
  if (!ok || !Plausible(parts)) return std::nullopt;
  char buf[48];
  if (parts.hour < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", parts.year, parts.month, parts.day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", parts.year, parts.month, parts.day,
                  parts.hour, parts.minute, parts.second);
  }
  return std::string(buf) + parts.zone;
}

std::string CleanAuthor(std::string_view value) {
  const std::string collapsed = CollapseWhitespace(value);
  std::string_view s = TrimPunctuation(collapsed);
  s = TrimPunctuation(StripBylinePrefix(s));
  s = TrimPunctuation(s.substr(0, s.find(" | ")));  // "Jane Doe | Example Media"
  if (s.size() < 3 || s.size() > 100) return {};
  if (s.find("://") != std::string_view::npos || s.find('@') != std::string_view::npos ||
      StartsWithIgnoreCase(s, "www.") || s.front() == '/' || s.front() == '{' || s.front() == '<') {
    return {};
  }
  bool has_letter = false;
  size_t spaces = 0;
  for (const char ch : s) {
    if (IsAlpha(ch) || static_cast<unsigned char>(ch) >= 0x80) has_letter = true;
    if (ch == ' ') ++spaces;
  }
  if (!has_letter || spaces > 7) return {};
  if (spaces == 0) {
    static constexpr std::array<std::string_view, 16> kGeneric = {
        "admin", "administrator", "staff", "user", "guest", "anonymous", "unknown", "null",
        "none", "undefined", "webmaster", "author", "editor", "editors", "root", "redacted"};
    const std::string lower = AsciiLower(s);
    if (std::find(kGeneric.begin(), kGeneric.end(), lower) != kGeneric.end()) return {};
  }
  return std::string(s);
}

std::vector<std::string> NamesFromByline(std::string_view line) {
  const std::string collapsed = CollapseWhitespace(line);
  std::string_view s = collapsed;
  for (const std::string_view stop : {"|", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", "\xE2\x80\xA2", "\xC2\xB7", "\n"}) {
    s = s.substr(0, s.find(stop));
  }
  s = TrimPunctuation(StripBylinePrefix(TrimPunctuation(s)));
  const std::vector<std::string_view> comma_parts = Split(s, ',');
  // "A, B and C, Reuters": names run up to the last comma part with a conjunction.
  size_t last_names = 0;
  for (size_t k = 0; k < comma_parts.size(); ++k) {
    if (SplitOnAny(comma_parts[k], kConjunctions).size() > 1) last_names = k;
  }
  std::vector<std::string> names;
  for (size_t k = 0; k <= last_names && k < comma_parts.size(); ++k) {
    for (const std::string_view part : SplitOnAny(comma_parts[k], kConjunctions)) {
      const std::string_view trimmed = TrimPunctuation(part);
      if (trimmed.empty() || std::any_of(trimmed.begin(), trimmed.end(), IsDigit)) continue;
      if (trimmed.front() >= 'a' && trimmed.front() <= 'z') continue;  // "updated", "und"
      std::string name = CleanAuthor(trimmed);
      if (!name.empty() && names.size() < 8) names.push_back(std::move(name));
    }
  }
  return names;
}

PageMetadata ReadMetadata(const FlatDom& dom, std::string_view page_url, Article& article) {
  PageMetadata meta;
  Candidates c;
  uint32_t hidden_until = 0;    // inside a hidden or non-rendered subtree
  uint32_t foreign_until = 0;   // inside comments, related stories, nav...
  uint32_t byline_until = 0;    // inside a byline already taken
  size_t byline_probes = 0;
  std::optional<SourcedValue> first_time;
  for (uint32_t i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& d = dom.nodes[i];
    if (d.is_text) continue;
    const GumboNode* node = d.node;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
      continue;
    }
    switch (d.tag) {
      case GUMBO_TAG_HTML:
        SetIfEmpty(c.lang_html, Attr(node, "lang"));
        if (c.lang_html.empty()) SetIfEmpty(c.lang_html, Attr(node, "xml:lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (c.title_tag.empty()) c.title_tag = VisibleText(dom, i, 1024);
        break;
      case GUMBO_TAG_META:
        ReadMeta(node, c);
        break;
      case GUMBO_TAG_BASE:
        SetIfEmpty(c.base_href, Attr(node, "href"));
        break;
      case GUMBO_TAG_LINK: {
        const std::vector<std::string> rel = NameTokens(Attr(node, "rel"));
        if (HasToken(rel, {"canonical"})) SetIfEmpty(c.canonical_link, Attr(node, "href"));
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (EqualsIgnoreCase(TrimAscii(Attr(node, "type")), "application/ld+json")) {
          ReadJsonLdScript(dom, i, c);
        }
        break;
      default:
        break;
    }
    if (i >= hidden_until && (IsHiddenElement(node) || IsNonRenderedTag(d.tag)) &&
        d.tag != GUMBO_TAG_HTML && d.tag != GUMBO_TAG_BODY) {
      hidden_until = d.end;
    }
    if (i >= foreign_until && IsForeignRegion(d)) foreign_until = d.end;
    const bool visible = i >= hidden_until;
    const bool own = visible && i >= foreign_until;

    const std::string_view itemprop = Attr(node, "itemprop");
    if (!itemprop.empty() && i >= foreign_until) {
      const std::vector<std::string> props = NameTokens(itemprop);
      if (HasToken(props, {"author", "creator"})) {
        AddAuthor(c.authors, MicrodataAuthor(dom, i), "itemprop", kMarkupConfidence);
      }
      if (HasToken(props, {"datepublished"})) {
        OfferDate(c.published, ItempropValue(dom, i), "itemprop", kMarkupConfidence);
      }
      if (HasToken(props, {"datemodified"})) {
        OfferDate(c.modified, ItempropValue(dom, i), "itemprop", kMarkupConfidence);
      }
    }
    if (!own) continue;
    if (d.tag == GUMBO_TAG_H1 && meta.headline_h1 == kNoNode) {
      std::string text = VisibleText(dom, i, 1024);
      if (!text.empty()) {
        meta.headline_h1 = i;
        meta.headline_h1_text = std::move(text);
      }
    }
    if (d.tag == GUMBO_TAG_TIME) {
      std::string_view when = Attr(node, "datetime");
      const std::string text = when.empty() ? VisibleText(dom, i, 128) : std::string();
      if (when.empty()) when = text;
      if (HasAttr(node, "pubdate")) OfferDate(c.published, when, "time", kMarkupConfidence);
      else if (!first_time) OfferDate(first_time, when, "time", kTimeConfidence);
    }
    if (d.tag == GUMBO_TAG_A && HasToken(NameTokens(Attr(node, "rel")), {"author"})) {
      AddAuthor(c.authors, VisibleText(dom, i, 256), "rel-author", kMarkupConfidence);
    }
    if (i >= byline_until && byline_probes < kMaxBylineProbes && IsBylineElement(node)) {
      ++byline_probes;
      std::string line = VisibleText(dom, i, 2 * kMaxBylineBytes);
      if (!line.empty() && line.size() <= kMaxBylineBytes) {
        byline_until = d.end;
        meta.byline_elements.push_back(i);
        if (article.byline_lines.size() < kMaxBylineLines &&
            std::find(article.byline_lines.begin(), article.byline_lines.end(), line) ==
                article.byline_lines.end()) {
          for (std::string& name : NamesFromByline(line)) {
            c.byline_authors.push_back({std::move(name), "byline", kBylineConfidence});
          }
          article.byline_lines.push_back(std::move(line));
        }
      }
    }
  }
  ReadJsonLd(c);
  if (!c.published && first_time) c.published = first_time;

  // Where links resolve: <base href>, else the page's own URL, else the canonical.
  const std::string canonical_link = ResolveUrl(page_url, c.canonical_link);
  article.canonical_url = !canonical_link.empty() ? canonical_link
                          : !c.og_url.empty()     ? c.og_url
                                                  : c.jsonld_url;
  const bool page_url_absolute = HostOf(page_url).size() > 0;
  const std::string page_base = page_url_absolute ? std::string(page_url) : article.canonical_url;
  meta.base_url = c.base_href.empty() ? page_base : ResolveUrl(page_base, c.base_href);
  if (HostOf(meta.base_url).empty()) meta.base_url = page_base;

  article.site_name = !c.og_site_name.empty()       ? c.og_site_name
                      : !c.jsonld_publisher.empty() ? c.jsonld_publisher
                                                    : c.application_name;
  for (const std::string* lang : {&c.lang_html, &c.lang_http, &c.lang_jsonld, &c.og_locale}) {
    article.language = NormalizeLanguage(*lang);
    if (!article.language.empty()) break;
  }
  article.description = !c.description_meta.empty() ? c.description_meta
                        : !c.og_description.empty() ? c.og_description
                                                    : c.jsonld_description;
  std::string title = !c.og_title.empty()               ? c.og_title
                      : !c.jsonld_headline.empty()      ? c.jsonld_headline
                      : !meta.headline_h1_text.empty()  ? meta.headline_h1_text
                                                        : c.title_tag;
  const std::string_view host = HostOf(article.canonical_url.empty() ? page_base : article.canonical_url);
  article.title = StripSiteName(std::move(title), article.site_name, host);
  article.authors = RankAuthors(c.authors.empty() ? std::move(c.byline_authors) : std::move(c.authors));
  // "Headline | Jane Doe": some sites append the author to og:title.
  for (const SourcedValue& author : article.authors) {
    const std::string suffix = " | " + author.value;
    if (article.title.size() > suffix.size() &&
        EqualsIgnoreCase(std::string_view(article.title).substr(article.title.size() - suffix.size()), suffix)) {
      article.title.resize(article.title.size() - suffix.size());
    }
  }

  article.published = std::move(c.published);
  article.modified = std::move(c.modified);
  if (!c.jsonld_blocks.empty()) article.json_ld = json::serialize(c.jsonld_blocks);
  return meta;
}

}  // namespace provscore::internal
