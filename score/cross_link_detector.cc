#include "score/cross_link_detector.h"

#include <algorithm>
#include <set>
#include <string>

#include "base/text.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;

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


}  // namespace

std::unique_ptr<Detector> NewCrossLinkDetector() { return std::make_unique<CrossLinkDetector>(); }

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

}  // namespace provscore
