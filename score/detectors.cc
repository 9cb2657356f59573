#include "score/detectors.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <map>
#include <set>

#include "base/text.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;

Evidence EvidenceOf(const RuleHit& hit) { return {hit.text, hit.start, hit.end, hit.where}; }


std::string_view BlockText(const Article& a, size_t block) {
  const TextBlock& b = a.blocks[block];
  return std::string_view(a.text).substr(b.start, b.end - b.start);
}

bool EndsSentence(std::string_view text) {
  text = TrimAscii(text);
  for (const std::string_view end : {".", "!", "?", "\"", ")", ";", "\xE2\x80\xA6" /* … */, "\xE2\x80\x9D" /* ” */,
                                     "\xC2\xBB" /* » */, "\xE3\x80\x82" /* 。 */}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

bool IsClutterType(std::string_view type) {
  return type == kSignalPromotionalBoilerplate || type == kSignalPageResidue || type == kSignalInjectedCrossLink;
}

// A notice may repeat in several languages; the page gets one signal with every
// span as evidence, and the most specific value of each field.
class TranslationNoticeDetector : public Detector {
 public:
  std::string_view name() const override { return "translation_notice"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    Signal signal;
    signal.type = kSignalTranslationNotice;
    int kind_rank = -1;
    for (const RuleHit& hit : context.hits) {
      if (hit.rule->type != kSignalTranslationNotice) continue;
      if (signal.evidence.empty()) signal.rule = hit.rule->id;
      signal.evidence.push_back(EvidenceOf(hit));
      signal.confidence = std::max(signal.confidence, hit.rule->confidence);
      for (const auto& [key, value] : hit.fields) {
        if (key == "kind") {
          const int rank = KindRank(value);
          if (rank > kind_rank) {
            kind_rank = rank;
            signal.fields["kind"] = value;
          }
        } else if (!signal.fields.contains(key) || signal.fields.at(key).is_null()) {
          signal.fields[key] = value;
        }
      }
    }
    if (signal.evidence.empty()) return;
    json::object fields;
    fields["kind"] = signal.fields.contains("kind") ? signal.fields.at("kind") : json::value("unspecified");
    for (const char* key : {"from_lang", "to_lang", "engine", "edited"}) {
      fields[key] = signal.fields.contains(key) ? signal.fields.at(key) : json::value(nullptr);
    }
    if (fields["to_lang"].is_null() && !context.article.language.empty()) {
      fields["to_lang"] = context.article.language;
    }
    signal.fields = std::move(fields);
    out.push_back(std::move(signal));
  }

 private:
  static int KindRank(const json::value& kind) {
    if (!kind.is_string()) return 0;
    if (kind.as_string() == "machine") return 3;
    if (kind.as_string() == "human") return 2;
    return 1;
  }
};

// Injected cross-links: a marker ("READ ALSO:", "Lire aussi :", ...) at the start of
// a body block that has article paragraphs both before it and after the promoted
// headlines. One signal per promoted link: the links inside the marker block, or,
// without links (plain text), the headline after the marker, or the short headline
// blocks that follow a marker standing alone.
class CrossLinkDetector : public Detector {
 public:
  std::string_view name() const override { return "injected_cross_link"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    const Article& a = context.article;
    std::vector<bool> paragraph = ArticleParagraphs(context);
    // Nothing after the article's end counts as "between paragraphs": the end is
    // where a rule marked ends_article (a closing credit line, "Previous article")
    // matches after some article text.
    const size_t end = ArticleEnd(context, paragraph);
    std::fill(paragraph.begin() + static_cast<std::ptrdiff_t>(end), paragraph.end(), false);
    std::set<size_t> used_blocks;
    std::set<std::string> promoted_urls;
    for (const RuleHit& hit : context.hits) {
      if (hit.rule->type != kSignalInjectedCrossLink || hit.where != "body") continue;
      if (hit.block >= a.blocks.size() || hit.start != a.blocks[hit.block].start) continue;
      if (!used_blocks.insert(hit.block).second) continue;
      const std::string marker = MarkerOf(hit);
      std::vector<Item> items = Promoted(a, paragraph, hit);
      if (items.empty()) continue;
      const auto before = paragraph.begin() + static_cast<std::ptrdiff_t>(hit.block);
      const auto after = paragraph.begin() + static_cast<std::ptrdiff_t>(items.back().block) + 1;
      if (std::find(paragraph.begin(), before, true) == before ||
          std::find(after, paragraph.end(), true) == paragraph.end()) {
        continue;
      }
      for (const Item& item : items) {
        used_blocks.insert(item.block);
        if (!item.url.empty() && !PromotesArticle(item.url, item.headline)) continue;  // a section page
        if (InPromotion(context, a, item)) continue;  // "Download our app", a newsletter sign-up
        if (!item.url.empty() && !promoted_urls.insert(item.url).second) continue;     // one per promoted article
        out.push_back(MakeSignal(a, item, hit.rule->id, hit.rule->confidence, hit.rule->fields, marker));
      }
    }
    DetectUnmarkedCards(context, paragraph, used_blocks, promoted_urls, out);
  }

  static size_t ArticleEnd(const DetectionContext& context, const std::vector<bool>& paragraph) {
    size_t end = context.article.blocks.size();
    for (const RuleHit& hit : context.hits) {
      if (hit.where != "body" || !JsonTrue(hit.fields, "ends_article") || hit.block >= end) continue;
      const auto before = std::count(paragraph.begin(), paragraph.begin() + static_cast<std::ptrdiff_t>(hit.block), true);
      if (before >= 2) end = hit.block;
    }
    return end;
  }

 private:
  struct Item {
    size_t block;
    std::string headline;
    std::string url;
    size_t start = 0;  // the evidence: the link's anchor, or the whole block
    size_t end = 0;
  };

  static Signal MakeSignal(const Article& a, const Item& item, const std::string& rule, double confidence,
                           const json::object& fields, const std::string& marker) {
    Signal s;
    s.type = kSignalInjectedCrossLink;
    s.rule = rule;
    s.confidence = confidence;
    const TextBlock& b = a.blocks[item.block];
    const size_t start = item.end > item.start ? item.start : b.start;
    const size_t end = item.end > item.start ? item.end : b.end;
    s.evidence.push_back({a.text.substr(start, end - start), start, end, "body"});
    s.fields = fields;
    s.fields["marker"] = marker.empty() ? json::value(nullptr) : json::value(marker);
    s.fields["headline"] = item.headline;
    s.fields["target_url"] = item.url.empty() ? json::value(nullptr) : json::value(item.url);
    return s;
  }

  // A link to another article rather than to a section, tag or hub page, or to an
  // image: its path carries an id or date (4+ digits), or, when it is not below a
  // hub ("/tag/..."), ends in a slug (a hyphenated last segment below the top level)
  // or has an anchor that reads like a headline (5+ words).
  static bool PromotesArticle(std::string_view url, std::string_view anchor) {
    const std::string_view path = UrlPath(url);
    size_t digits = 0, run = 0;
    for (const char c : path) {
      run = (c >= '0' && c <= '9') ? run + 1 : 0;
      digits = std::max(digits, run);
    }
    std::vector<std::string_view> segments;
    for (const std::string_view part : Split(path, '/')) {
      if (!part.empty()) segments.push_back(part);
    }
    // "/category/politics", "/tag/brexit", "/autor/jane-doe": a hub page, unless an id follows.
    static constexpr std::string_view kHubs[] = {
        "category", "categories", "tag",      "tags",     "topic",    "topics", "section", "sections",
        "author",   "authors",    "autor",    "autoren",  "auteur",   "thema",  "themen",  "tema",
        "temas",    "rubrique",   "rubrik",   "kategorie", "categoria", "kategori", "etiqueta", "search"};
    bool hub = false;
    for (size_t k = 0; k + 1 < segments.size(); ++k) {
      hub |= std::find(std::begin(kHubs), std::end(kHubs), AsciiLower(segments[k])) != std::end(kHubs);
    }
    // An image, a sound or a document ("Enlarge this image"), not a page.
    const std::string last = segments.empty() ? std::string() : AsciiLower(segments.back());
    for (const std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp3", ".mp4", ".pdf"}) {
      if (last.ends_with(ext)) return false;
    }
    if (digits >= 4) return true;  // "/sections/world/2016/12/09/505002146/..." is a story
    if (hub) return false;
    const bool slug = segments.size() >= 2 && segments.back().find('-') != std::string_view::npos;
    return slug || CountWords(anchor) >= 5;
  }

  // Unmarked cards: a block between article paragraphs that is mostly one or more
  // links to other articles of the same site (a teaser card, a related box, a
  // headline that is a link). One signal per promoted link.
  static void DetectUnmarkedCards(const DetectionContext& context, const std::vector<bool>& paragraph,
                                  const std::set<size_t>& used_blocks, std::set<std::string>& promoted_urls,
                                  std::vector<Signal>& out) {
    const Article& a = context.article;
    const std::string page_host = UrlHost(a.canonical_url);
    auto is_card = [&](size_t i) {
      const TextBlock& b = a.blocks[i];
      return !paragraph[i] && !used_blocks.count(i) && b.link_count > 0 &&
             b.link_chars * 20 >= (b.end - b.start) * 17;  // the block is (nearly) all link text
    };
    // Teaser lists after an article alternate headline links with one-sentence
    // snippets; the paragraphs around an inserted card are the article's own,
    // which run longer.
    auto is_full_paragraph = [&](size_t i) {
      return paragraph[i] && CountWords(BlockText(a, i)) >= kFullParagraphWords;
    };
    // A run of cards placed between two article paragraphs; up to two short blocks
    // (a subheading, a caption) may stand between the run and either paragraph.
    // Before the run, a full paragraph; after it, any article paragraph.
    auto paragraph_near = [&](size_t from, int step) {
      for (int gap = 0; gap < 3; ++gap) {
        const auto k = static_cast<std::ptrdiff_t>(from) + step * gap;
        if (k < 0 || k >= static_cast<std::ptrdiff_t>(a.blocks.size())) return false;
        const auto index = static_cast<size_t>(k);
        if (step < 0 ? is_full_paragraph(index) : paragraph[index]) return true;
        if (is_card(index) || paragraph[index]) return false;
      }
      return false;
    };
    for (size_t i = 1; i < a.blocks.size(); ++i) {
      if (!is_card(i) || !paragraph_near(i - 1, -1)) continue;
      size_t j = i;
      while (j + 1 < a.blocks.size() && is_card(j + 1)) ++j;
      if (j + 1 >= a.blocks.size() || !paragraph_near(j + 1, +1)) {
        i = j;
        continue;
      }
      for (size_t k = i; k <= j; ++k) {
        for (const BodyLink* link : LinksIn(a, k)) {
          if (CountWords(link->anchor) < 3 || !PromotesArticle(link->url, link->anchor) || IsShopOrAccount(link->url)) {
            continue;
          }
          const std::string host = UrlHost(link->url);
          if (!host.empty() && !page_host.empty() && !SameSite(host, page_host)) continue;
          if (host.empty() && link->url.rfind("/", 0) != 0) continue;  // not a same-site relative link
          if (!a.canonical_url.empty() && link->url.rfind(a.canonical_url + "#", 0) == 0) continue;  // this page
          const Item item{k, CollapseWhitespace(link->anchor), link->url, link->start, link->end};
          if (InPromotion(context, a, item) || !promoted_urls.insert(link->url).second) continue;
          out.push_back(MakeSignal(a, item, "cl.unmarked-card", 0.75, {}, ""));
        }
      }
      i = j;
    }
  }

  static constexpr size_t kFullParagraphWords = 20;

  // A link that a promotional_boilerplate rule matched (an app download, a newsletter
  // sign-up) advertises the site, not another article.
  static bool InPromotion(const DetectionContext& context, const Article& a, const Item& item) {
    const TextBlock& b = a.blocks[item.block];
    const size_t start = item.end > item.start ? item.start : b.start;
    const size_t end = item.end > item.start ? item.end : b.end;
    return std::any_of(context.hits.begin(), context.hits.end(), [&](const RuleHit& hit) {
      return hit.rule->type == kSignalPromotionalBoilerplate && hit.where == "body" && hit.start < end &&
             hit.end > start;
    });
  }

  // Subscription, shop and account pages are ads for the site, not other articles.
  static bool IsShopOrAccount(std::string_view url) {
    const std::string lower = AsciiLower(url);
    for (const char* token : {"abo", "subscri", "premium", "/shop", "login", "register", "offre", "/offer",
                              "newsletter", "/app", "checkout", "account", "/plus/", "/product"}) {
      if (lower.find(token) != std::string::npos) return true;
    }
    return false;
  }

  // "www.x.com" and "x.com" (or "news.x.com") are one site.
  static bool SameSite(std::string_view a, std::string_view b) {
    auto strip = [](std::string_view h) {
      if (h.substr(0, 4) == "www.") h.remove_prefix(4);
      return h;
    };
    a = strip(a);
    b = strip(b);
    return a == b || (a.size() > b.size() && a.ends_with(b) && a[a.size() - b.size() - 1] == '.') ||
           (b.size() > a.size() && b.ends_with(a) && b[b.size() - a.size() - 1] == '.');
  }

  // The marker as printed, without its closing colon ("More on coronavirus").
  static std::string MarkerOf(const RuleHit& hit) {
    const json::value* m = hit.fields.if_contains("marker");
    std::string marker = CollapseWhitespace(m && m->is_string() ? std::string_view(m->as_string()) : std::string_view(hit.text));
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      for (const std::string_view tail : {":", "\xEF\xBC\x9A", " "}) {  // ':', the full-width '：', a space
        if (marker.ends_with(tail)) {
          marker.resize(marker.size() - tail.size());
          trimmed = true;
        }
      }
    }
    return marker;
  }

  static std::vector<const BodyLink*> LinksIn(const Article& a, size_t block) {
    std::vector<const BodyLink*> links;
    const TextBlock& b = a.blocks[block];
    for (const BodyLink& link : a.links) {
      if (link.start >= b.start && link.end <= b.end) links.push_back(&link);
    }
    return links;
  }

  static std::vector<Item> Promoted(const Article& a, const std::vector<bool>& paragraph, const RuleHit& hit) {
    std::vector<Item> items;
    const TextBlock& b = a.blocks[hit.block];
    for (const BodyLink* link : LinksIn(a, hit.block)) {
      items.push_back({hit.block, link->anchor, link->url, link->start, link->end});
    }
    if (!items.empty()) return items;
    std::string rest = CollapseWhitespace(std::string_view(a.text).substr(hit.end, b.end - hit.end));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.erase(0, 1);
    // "Read also on ForumDaily:" is a longer marker whose headlines follow it.
    const bool ends_marker = !rest.empty() && (rest.back() == ':' || rest.ends_with("\xEF\xBC\x9A"));
    if (!ends_marker && CountWords(rest) >= 2) {
      items.push_back({hit.block, rest, "", 0, 0});
      return items;
    }
    // A marker standing alone: the short headline blocks that follow it. In HTML a
    // headline is a link of three words or more; the cards' other lines (an author
    // link, a date) are passed over, up to three in a row.
    size_t passed_over = 0;
    for (size_t i = hit.block + 1; i < a.blocks.size() && items.size() < 10 && passed_over < 3; ++i) {
      if (paragraph[i]) break;
      const std::string_view text = BlockText(a, i);
      const size_t words = CountWords(text);
      if (words > 30) break;
      const size_t before = items.size();
      if (a.links.empty()) {
        if (words >= 2) items.push_back({i, CollapseWhitespace(text), "", 0, 0});
      } else {
        for (const BodyLink* link : LinksIn(a, i)) {
          if (CountWords(link->anchor) >= 3) items.push_back({i, CollapseWhitespace(link->anchor), link->url, link->start, link->end});
        }
      }
      passed_over = items.size() > before ? 0 : passed_over + 1;
    }
    return items;
  }

};


// Whether the page itself belongs to `outlet` (its site name or its domain).
bool PageIsOutlet(const Article& a, const OutletLexicon& lexicon, const Outlet& outlet) {
  auto same = [&](const Outlet* o) { return o != nullptr && lexicon.Canonical(o) == &outlet; };
  if (!a.site_name.empty() && same(lexicon.FindByAlias(a.site_name))) return true;
  const std::string host = UrlHost(a.canonical_url);
  return !host.empty() && same(lexicon.FindByDomain(host));
}

// Wire and syndication credits and citations: one signal per (outlet, role), with
// every span as evidence. An outlet whose name is an ordinary word counts only in
// a strong credit position ("Source: Capital"); a non-agency outlet's own dateline
// or copyright on its own site is not a credit of someone else. JSON-LD
// sourceOrganization / isBasedOn name the origin directly.
class WireAttributionDetector : public Detector {
 public:
  std::string_view name() const override { return "wire_attribution"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    const OutletLexicon& lexicon = context.rules.outlets();
    std::map<std::pair<std::string, std::string>, size_t> index;  // (outlet, role) -> signal
    std::vector<Signal> found;
    auto add = [&](const Outlet& outlet, const std::string& role, const std::string& rule, double confidence,
                   Evidence evidence) {
      const auto key = std::make_pair(outlet.name, role);
      auto it = index.find(key);
      if (it == index.end()) {
        Signal s;
        s.type = kSignalWireAttribution;
        s.rule = rule;
        s.confidence = confidence;
        s.fields["outlet"] = outlet.name;
        s.fields["outlet_kind"] = outlet.kind;
        s.fields["role"] = role;
        index[key] = found.size();
        found.push_back(std::move(s));
        it = index.find(key);
      }
      Signal& s = found[it->second];
      s.confidence = std::max(s.confidence, confidence);
      s.evidence.push_back(std::move(evidence));
    };

    for (const RuleHit& hit : context.hits) {
      if (hit.rule->type != kSignalWireAttribution) continue;
      const json::value* role_value = hit.fields.if_contains("role");
      const std::string role = role_value && role_value->is_string() ? std::string(role_value->as_string()) : "credit";
      const bool strong = JsonTrue(hit.fields, "strong");
      const json::value* kinds = hit.fields.if_contains("kinds");
      // A phrase only a republisher prints ("Provided by ..."): the page is not the outlet's own.
      const bool republished = JsonTrue(hit.fields, "republished");
      for (const auto& [key, value] : hit.fields) {
        if (key.substr(0, 6) != "outlet" || key == "outlet_kind" || !value.is_string()) continue;
        const Outlet* found_outlet = lexicon.FindByAlias(value.as_string());
        if (found_outlet == nullptr) continue;
        const Outlet& outlet = *lexicon.Canonical(found_outlet);
        if ((found_outlet->ambiguous || outlet.ambiguous) && !strong) continue;
        if (kinds && kinds->is_array() &&
            std::none_of(kinds->as_array().begin(), kinds->as_array().end(),
                         [&](const json::value& k) { return k.is_string() && k.as_string() == outlet.kind; })) {
          continue;
        }
        if (outlet.kind != "wire_agency" && !republished && PageIsOutlet(context.article, lexicon, outlet)) continue;
        add(outlet, role, hit.rule->id, hit.rule->confidence, EvidenceOf(hit));
      }
    }
    // An outlet printed or declared as the author: "By Associated Press", JSON-LD
    // "author": "PTI". The page's own name as author is not a credit.
    for (const SourcedValue& author : context.article.authors) {
      const Outlet* o = lexicon.FindByAlias(author.value);
      if (o == nullptr || o->ambiguous) continue;
      o = lexicon.Canonical(o);
      if (o->kind != "wire_agency" && PageIsOutlet(context.article, lexicon, *o)) continue;
      add(*o, "credit", "wa.author-is-outlet", std::min(0.9, author.confidence),
          Evidence{author.value, 0, author.value.size(), "byline"});
    }
    DetectJsonLd(context, lexicon, add);
    for (Signal& s : found) out.push_back(std::move(s));
  }

 private:
  template <typename Add>
  static void DetectJsonLd(const DetectionContext& context, const OutletLexicon& lexicon, Add& add) {
    if (context.article.json_ld.empty()) return;
    boost::system::error_code ec;
    const json::value root = json::parse(context.article.json_ld, ec);
    if (ec) return;
    std::vector<const json::value*> stack{&root};
    size_t visited = 0;
    while (!stack.empty() && ++visited < 10000) {
      const json::value* v = stack.back();
      stack.pop_back();
      if (v->is_array()) {
        for (const json::value& item : v->as_array()) stack.push_back(&item);
        continue;
      }
      if (!v->is_object()) continue;
      for (const auto& [key, value] : v->as_object()) {
        const bool source = key == "sourceOrganization" || key == "isBasedOn" || key == "isBasedOnUrl";
        if (source || key == "author" || key == "creator") {
          for (const std::string& name : NamesIn(value)) {
            const Outlet* o = lexicon.FindByAlias(name);
            if (o == nullptr && source) o = lexicon.FindByDomain(UrlHost(name));
            if (o == nullptr || o->ambiguous) continue;
            o = lexicon.Canonical(o);
            // An author is a credit only when it is an agency: a newspaper naming
            // itself as author is the page's own byline.
            if (!source && o->kind != "wire_agency") continue;
            if (o->kind != "wire_agency" && PageIsOutlet(context.article, lexicon, *o)) continue;
            add(*o, "credit", "wa.json-ld." + std::string(key), 0.9,
                Evidence{std::string(key) + ": " + name, 0, 0, "meta"});
          }
        } else if (value.is_object() || value.is_array()) {
          stack.push_back(&value);
        }
      }
    }
  }

  // Strings naming an organisation: a string, {"name": ...}, {"url": ...}, or arrays of them.
  static std::vector<std::string> NamesIn(const json::value& v) {
    std::vector<std::string> names;
    if (v.is_string()) names.emplace_back(v.as_string());
    if (v.is_object()) {
      for (const char* key : {"name", "url", "@id"}) {
        if (const json::value* n = v.as_object().if_contains(key); n && n->is_string()) names.emplace_back(n->as_string());
      }
    }
    if (v.is_array()) {
      for (const json::value& item : v.as_array()) {
        for (std::string& n : NamesIn(item)) names.push_back(std::move(n));
      }
    }
    return names;
  }
};

// Author bios: a templated blurb about the author at the start or the end of the
// body, in the boilerplate or the byline, or in an author box the extractor found
// by its place (Article::author_boxes) whose wording an "author_box" rule
// recognises. One signal per page; content-farm evidence (generic praise,
// machine-made names, an outlet's own account describing itself) makes the whole
// bio generic.
class AuthorBioDetector : public Detector {
 public:
  std::string_view name() const override { return "author_bio_boilerplate"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    const Article& a = context.article;
    Signal signal;
    signal.type = kSignalAuthorBio;
    // A box's own wording names the kind more precisely than a phrase rule read
    // over the same text; generic evidence from either makes the bio generic.
    std::string phrase_kind, box_kind, author;
    auto take = [&](const RuleHit& hit, Evidence evidence, std::string& kind) {
      if (signal.evidence.empty()) signal.rule = hit.rule->id;
      signal.evidence.push_back(std::move(evidence));
      signal.confidence = std::max(signal.confidence, hit.rule->confidence);
      Rank(hit.fields, kind);
    };
    for (const RuleHit& hit : context.hits) {
      if (hit.rule->type != kSignalAuthorBio || hit.where == "author_box") continue;
      if (hit.where == "body" && !a.blocks.empty() && hit.block >= kEdgeBlocks &&
          hit.block + kEdgeBlocks < a.blocks.size()) {
        continue;  // in the middle of the article: text about someone, not a bio
      }
      // Phrasings that also describe quoted experts count only about a named author.
      if (JsonTrue(hit.fields, "author_must_match") && !NamesAnAuthor(a, hit.fields)) continue;
      take(hit, EvidenceOf(hit), phrase_kind);
      for (const char* key : {"author", "author2"}) {
        const json::value* n = hit.fields.if_contains(key);
        if (author.empty() && n && n->is_string()) author = std::string(n->as_string());
      }
    }
    for (size_t b = 0; b < a.author_boxes.size(); ++b) {
      const AuthorBox& box = a.author_boxes[b];
      std::vector<const RuleHit*> hits;
      for (const RuleHit& hit : context.hits) {
        if (hit.rule->type == kSignalAuthorBio && hit.where == "author_box" && hit.block == b) hits.push_back(&hit);
      }
      if (!BoxIsBio(box, hits)) continue;
      for (const RuleHit* hit : hits) take(*hit, LineEvidence(box, *hit), box_kind);
      if (author.empty()) author = box.author;
      // The outlet's own account describing the outlet: a house blurb, not a person's bio.
      if (!a.site_name.empty() && AsciiLower(CollapseWhitespace(box.author)) == AsciiLower(CollapseWhitespace(a.site_name))) {
        box_kind = "generic";
      }
    }
    if (signal.evidence.empty()) return;
    const std::string kind = phrase_kind == "generic" || box_kind.empty() ? phrase_kind : box_kind;
    if (author.empty() && !a.authors.empty()) author = a.authors.front().value;
    signal.fields["author"] = author.empty() ? json::value(nullptr) : json::value(author);
    signal.fields["kind"] = kind;
    out.push_back(std::move(signal));
  }

 private:
  static constexpr size_t kEdgeBlocks = 3;

  // generic > contributor > staff (the default).
  static void Rank(const json::object& fields, std::string& kind) {
    const json::value* k = fields.if_contains("kind");
    const std::string hit_kind = k && k->is_string() ? std::string(k->as_string()) : "staff";
    if (kind.empty() || hit_kind == "generic" || (hit_kind == "contributor" && kind == "staff")) kind = hit_kind;
  }

  // A box found by its markup (or shown from the author's JSON-LD description) is
  // a bio when any author_box rule recognises its description; one found only because it opens with the author's name needs a
  // rule marked after_name ("is a ... reporter", "covers", "ist Redakteur")
  // right after the name.
  static bool BoxIsBio(const AuthorBox& box, const std::vector<const RuleHit*>& hits) {
    if (box.cue == "markup" || box.cue == "schema") return !hits.empty();
    return std::any_of(hits.begin(), hits.end(), [&](const RuleHit* hit) {
      if (!JsonTrue(hit->fields, "after_name") || hit->start < box.name_end) return false;
      const std::string_view gap = std::string_view(box.text).substr(box.name_end, hit->start - box.name_end);
      return gap.size() <= 3 && gap.find_first_not_of(" ,") == std::string_view::npos;
    });
  }

  // The box's line that holds the hit, with offsets into the box's text.
  static Evidence LineEvidence(const AuthorBox& box, const RuleHit& hit) {
    const std::string_view text = box.text;
    const size_t nl = text.rfind('\n', hit.start);
    const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    size_t end = text.find('\n', hit.start);
    if (end == std::string_view::npos) end = text.size();
    return {std::string(text.substr(start, end - start)), start, end, box.where};
  }

  // The hit's "author" is one of the article's authors (case and spacing aside).
  static bool NamesAnAuthor(const Article& a, const json::object& fields) {
    const json::value* n = fields.if_contains("author");
    if (n == nullptr || !n->is_string()) return false;
    const std::string name = AsciiLower(CollapseWhitespace(n->as_string()));
    return std::any_of(a.authors.begin(), a.authors.end(), [&](const SourcedValue& author) {
      return AsciiLower(CollapseWhitespace(author.value)) == name;
    });
  }
};

// Families whose phrase is the whole finding: one signal per hit, except encoding
// damage, which is one signal per page with every damaged span as evidence.
class PhraseDetector : public Detector {
 public:
  std::string_view name() const override { return "phrases"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    Signal corruption;
    for (const RuleHit& hit : context.hits) {
      const std::string& type = hit.rule->type;
      if (type == kSignalTranslationNotice || type == kSignalInjectedCrossLink || type == kSignalWireAttribution ||
          type == kSignalAuthorBio) {
        continue;  // each has a detector of its own
      }
      if (type == kSignalEncodingCorruption) {
        if (corruption.evidence.empty()) {
          corruption.type = type;
          corruption.rule = hit.rule->id;
          corruption.fields = hit.fields;
        }
        corruption.confidence = std::max(corruption.confidence, hit.rule->confidence);
        corruption.evidence.push_back(EvidenceOf(hit));
        continue;
      }
      Signal s;
      s.type = type;
      s.rule = hit.rule->id;
      s.confidence = hit.rule->confidence;
      s.evidence.push_back(EvidenceOf(hit));
      s.fields = hit.fields;
      out.push_back(std::move(s));
    }
    if (!corruption.evidence.empty()) {
      corruption.fields["spans"] = corruption.evidence.size();
      out.push_back(std::move(corruption));
    }
  }
};

}  // namespace

std::vector<bool> ArticleParagraphs(const DetectionContext& context) {
  const Article& a = context.article;
  std::vector<bool> paragraph(a.blocks.size(), false);
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    const TextBlock& b = a.blocks[i];
    if (b.kind != TextBlock::Kind::kParagraph && b.kind != TextBlock::Kind::kQuote) continue;
    const size_t length = b.end - b.start;
    if (length > 0 && b.link_chars * 2 > length) continue;
    const std::string_view text = BlockText(a, i);
    const size_t words = CountWords(text);
    // Headlines rarely end a sentence; article paragraphs do (or are long).
    paragraph[i] = words >= kArticleParagraphWords && (words >= 2 * kArticleParagraphWords || EndsSentence(text));
  }
  for (const RuleHit& hit : context.hits) {
    if (hit.where == "body" && hit.block < paragraph.size() && IsClutterType(hit.rule->type)) {
      paragraph[hit.block] = false;
    }
  }
  return paragraph;
}

DetectorSet DetectorSet::Default() {
  DetectorSet set;
  set.Add(std::make_unique<TranslationNoticeDetector>());
  set.Add(std::make_unique<CrossLinkDetector>());
  set.Add(std::make_unique<WireAttributionDetector>());
  set.Add(std::make_unique<AuthorBioDetector>());
  set.Add(std::make_unique<PhraseDetector>());
  return set;
}

std::vector<Signal> DetectorSet::Detect(const Article& article, const RuleSet& rules) const {
  const std::vector<RuleHit> hits = rules.Match(article);
  const DetectionContext context{article, rules, hits};
  std::vector<Signal> signals;
  for (const auto& detector : detectors_) detector->Detect(context, signals);
  return signals;
}

}  // namespace provscore
