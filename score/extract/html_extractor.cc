// Body selection, in four linear passes over the flattened page:
//  1. raw paragraph text per subtree (to protect a container that holds the article
//     from being taken for boilerplate because of a class like "has-sidebar");
//  2. classification, top-down: non-rendered elements are dropped, hidden ones and
//     nav/header/footer/aside/share/comments/... become boilerplate roots (by tag,
//     role and class words, and by shape where a site's words are unknown: a thread
//     of readers' comments after the article, a share bar, a poll...);
//  3. clean text, link text and <p> text per subtree over what is left, then the
//     main container: a semantic one (<article>, articleBody, .article-body...) when
//     it holds most of the paragraph text, else the best Readability-style score
//     (widened to the run of text modules of one kind it belongs to, and to the
//     run of sibling containers named as the body that a template cuts the text
//     into around a box, or, names unknown, of paragraph runs of the container's
//     tag and class before it: ChunkRun);
//  4. the container is walked once into text blocks, with link offsets; the body
//     runs from the first to the last prose block (kickers, datelines, captions
//     before it and tag lists, teasers, prompts after it go to boilerplate, credit
//     lines stay; appeals to the reader that close the text, ad-slot labels and
//     time stamps inside it go too); related or promo boxes stay only when prose
//     surrounds them, and so does a module of links to the site's stories whatever
//     its class words or tag call it (IsLinkModule: a "nav", a "share" box, a
//     <footer>), but a narrow grid column beside the prose never does. A
//     link is one block whatever it wraps, and so is a teaser card whose headline
//     is not a link (an image link and an empty overlay link around it, or an
//     overlay link that shows nothing but a screen-reader label). An embedded
//     player (<video>, <audio>, <iframe>) with its teaser box is the article's own
//     media, a caption, and so are a slideshow strip and a feed of embedded posts
//     under a title (MarkMediaStrips); a <figure> without a picture that frames a
//     related box is that box.
// An <article> made of several <article>s is a teaser feed and never the body.
#include "score/extract/html_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <memory>
#include <optional>
#include <set>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text.h"
#include "score/extract/author_box.h"
#include "score/extract/html_dom.h"
#include "score/extract/html_limits.h"
#include "score/extract/html_metadata.h"
#include "score/extract/language_guess.h"
#include "score/extract/pass_deadline.h"
#include "score/extract/script_links.h"

namespace provscore {
namespace {

using internal::DomNode;
using internal::FlatDom;
using internal::kNoNode;
using internal::PageMetadata;

constexpr size_t kMinScoredParagraph = 25;  // bytes; shorter <p>s do not vote for a container
constexpr uint32_t kMinFigureProse = 200;   // bytes of prose that make a <figure> part of the text
constexpr uint32_t kMaxCaptionText = 600;   // bytes of text under a picture in a picture unit
constexpr uint32_t kMaxCreditUnderPicture = 80;  // bytes of a credit line of its own under a picture
constexpr size_t kMinCaptionEcho = 20;      // bytes of an image's alt text that a caption repeats
constexpr long kMinProseBlocksToTrim = 3;   // below this, nothing around the prose is trimmed
constexpr size_t kMinModuleHeadlineWords = 4;  // a link module promotes at least one headline of this length
constexpr std::pair<uint64_t, uint64_t> kModuleLinkShare{17, 20};  // and (nearly) all its text is links
constexpr uint32_t kMaxCardText = 400;      // bytes of text in a teaser card (and in a sane link)
constexpr size_t kMaxTimeStampBytes = 100;   // a date line with its labels
constexpr size_t kMaxTimeStampWords = 12;
constexpr size_t kMinUnlinkedWords = 8;      // words outside the links of a link-heavy sentence that is prose
constexpr uint32_t kMaxCardLabel = 40;      // bytes of a card's other links (an author, a section)
constexpr int kMaxModuleDepth = 5;         // levels above the container where text modules are looked for
constexpr uint32_t kMinGatedProse = 400;    // bytes of prose in a hidden paywalled continuation
constexpr size_t kMinRepeatedParagraph = 250;  // bytes; a shorter repeated paragraph may be meant twice
constexpr int kMaxPlayerDepth = 6;          // wrapper levels between an embedded player and its teaser box
constexpr uint32_t kMaxPlayerText = 800;    // bytes of text in a player's box (title, standfirst, date, rights)
constexpr double kClosingBylineConfidence = 0.7;  // a closing signature's names, as a byline slot's (html_metadata)
constexpr size_t kMaxCallToActionBytes = 400;  // a reader appeal after the text is a line or two
constexpr int kMaxNarrowGridColumn = 4;         // of 12: a grid column this narrow is a side column
constexpr size_t kNoBlock = SIZE_MAX;
// Page furniture found by structure, not by class words (it holds when a site's
// class vocabulary is unknown): template lines the page prints again and again, and
// share bars known by where their links go.
constexpr size_t kMinTemplateRepeats = 3;      // a short line printed this often is the template's
constexpr size_t kMaxTemplateLineBytes = 200;  // a template line is a label or a sentence, not a paragraph
constexpr size_t kMinTemplateCodePoints = 6;   // "Yes", "1 / 8" alone may be meant twice
constexpr size_t kMinShareLinks = 2;           // a share bar offers several networks
constexpr size_t kMinThreadItems = 3;          // sibling comments that make a thread
constexpr int kMaxCommentHeadLines = 6;        // text lines before a comment's name and time are found
constexpr size_t kMaxCommenterNameWords = 4;   // "Jane Q. Reader", a nickname
constexpr uint32_t kMaxCommentHeadNodes = 200;  // nodes of an item read for its head

// How the classification pass treats a node.
enum class Disposition : uint8_t {
  kKeep,
  kDropped,          // never rendered, or read as metadata (headline, byline): no text anywhere
  kBoilerplateRoot,  // the top of a boilerplate region, with a role
  kInBoilerplate,    // below a boilerplate root
};

struct TokenRole {
  std::string_view token;
  const char* role;
};

// Exact class/id tokens that mark boilerplate.
constexpr TokenRole kTokenRoles[] = {
    {"nav", "nav"}, {"navbar", "nav"}, {"navigation", "nav"}, {"menu", "nav"},
    {"menubar", "nav"}, {"breadcrumb", "nav"}, {"breadcrumbs", "nav"}, {"pagination", "nav"},
    {"pager", "nav"}, {"skiplink", "nav"}, {"header", "header"}, {"masthead", "header"},
    {"topbar", "header"}, {"footer", "footer"}, {"colophon", "footer"}, {"rodape", "footer"},
    {"fusszeile", "footer"}, {"kommentare", "comments"}, {"comentarios", "comments"},
    {"commentaires", "comments"}, {"sidebar", "aside"},
    {"aside", "aside"}, {"rail", "aside"}, {"share", "share"}, {"sharing", "share"},
    {"social", "share"}, {"comment", "comments"}, {"comments", "comments"},
    {"disqus", "comments"}, {"discussion", "comments"}, {"cookie", "cookie"},
    {"cookies", "cookie"}, {"consent", "cookie"}, {"gdpr", "cookie"},
    {"newsletter", "newsletter"}, {"subscribe", "newsletter"}, {"subscription", "newsletter"},
    {"signup", "newsletter"}, {"related", "related"}, {"recommended", "related"},
    {"recommendations", "related"}, {"recirculation", "related"}, {"trending", "related"},
    {"promo", "promo"}, {"promotion", "promo"}, {"sponsored", "promo"}, {"sponsor", "promo"},
    {"taboola", "promo"}, {"outbrain", "promo"}, {"ad", "ad"}, {"ads", "ad"},
    {"adslot", "ad"}, {"adunit", "ad"}, {"dfp", "ad"}, {"anzeige", "ad"}, {"werbung", "ad"},
    {"modal", "other"}, {"popup", "other"}, {"overlay", "other"}, {"caption", "caption"},
    {"figcaption", "caption"},
};

// Token prefixes that mark boilerplate ("advertisement", "sharebar", "socialicons").
constexpr TokenRole kPrefixRoles[] = {
    {"advert", "ad"}, {"share", "share"}, {"social", "share"}, {"comment", "comments"},
    {"newsletter", "newsletter"}, {"subscri", "newsletter"}, {"cookie", "cookie"},
    {"sidebar", "aside"}, {"breadcrumb", "nav"}, {"sponsor", "promo"},
};

// Boxes that may sit between paragraphs as cross-links: kept in the body when inside it.
bool IsInlineBoxRole(const char* role) {
  const std::string_view r = role;
  return r == "related" || r == "promo" || r == "aside";
}

// A box that a class of its own floats to one side, the utility classes of the
// CSS frameworks and blog engines ("left", "pull-right", "float-left",
// "alignright"; NYT-style "runaroundLeft"): the text runs around it, so it is
// placed among the paragraphs. A class naming a side inside a longer name
// ("story-right-rail", "margin-right-15") floats nothing.
bool FloatedIntoText(const DomNode& d) {
  static constexpr std::string_view kFloats[] = {"left", "right", "pull-left", "pull-right", "float-left",
                                                 "float-right", "alignleft", "alignright", "runaroundleft",
                                                 "runaroundright"};
  const std::string_view classes = internal::Attr(d.node, "class");
  for (size_t at = 0; at < classes.size();) {
    const size_t space = classes.find_first_of(" \t\n\r\f", at);
    const std::string_view name = classes.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    at = space == std::string_view::npos ? classes.size() : space + 1;
    for (const std::string_view f : kFloats) {
      if (EqualsIgnoreCase(name, f)) return true;
    }
  }
  return false;
}

// A column of the page layout beside the text rather than a box placed in it;
// pages that cut the body into chunks repeat such a column beside each chunk, and
// it never counts as part of the text, whatever lies around it. Its class or id
// puts a rail or a column on one side ("right-rail", "side-col", "sidecolumn"), or
// names it the aside of a page grid ("grid-layout__aside"); a <div> or <section>
// is one too when it is named a sidebar ("sidebar", "side-bar") or has
// role=complementary. An <aside> named a sidebar is not: in a newsroom a sidebar
// is also a related story boxed in the text (so is a small box named a sidebar
// between two of the text's paragraphs: BodyBuilder::IsSidebarInText). Nor is an
// "aside-right" or a "rail" strip without a side: a box floated right still sits
// among the paragraphs, and so does one that a class of its own floats there
// (FloatedIntoText), whatever its name ("article-side-rail left").
bool IsNamedSidebar(const DomNode& d) {
  const internal::NameTokenList tokens = internal::ClassIdTokens(d);
  auto has = [&](std::initializer_list<std::string_view> words) { return internal::HasToken(tokens, words); };
  return has({"sidebar"}) || (has({"right", "left", "side"}) && has({"bar"}));
}

bool IsLayoutColumn(const DomNode& d) {
  if (FloatedIntoText(d)) return false;
  const internal::NameTokenList tokens = internal::ClassIdTokens(d);
  auto has = [&](std::initializer_list<std::string_view> words) { return internal::HasToken(tokens, words); };
  if (has({"rightrail", "leftrail", "siderail", "rightcolumn", "sidecolumn"}) ||
      (has({"right", "left", "side"}) && has({"rail", "column", "col"})) ||
      (has({"layout", "grid"}) && has({"aside", "rail"}))) {
    return true;
  }
  if (d.tag == GUMBO_TAG_ASIDE) return false;
  return EqualsIgnoreCase(TrimAscii(internal::Attr(d.node, "role")), "complementary") || IsNamedSidebar(d);
}

// An author box: "author" (or "autor", "auteur") beside a word for a box or a bio
// ("author-box", "about-author", "autor_info"). Its text goes to boilerplate with the
// role "author", where the bio detector looks for it.
bool IsAuthorBox(std::span<const std::string_view> tokens) {
  auto has = [&](std::initializer_list<std::string_view> words) { return internal::HasToken(tokens, words); };
  return has({"author", "autor", "auteur", "autore", "writer"}) &&
         has({"box", "bio", "about", "info", "profile", "card", "details", "description", "biography"});
}

const char* RoleFromTokens(std::span<const std::string_view> tokens) {
  if (IsAuthorBox(tokens)) return "author";
  for (const std::string_view t : tokens) {
    for (const TokenRole& tr : kTokenRoles) {
      if (t == tr.token) return tr.role;
    }
  }
  for (const std::string_view t : tokens) {
    for (const TokenRole& tr : kPrefixRoles) {
      if (t.size() > tr.token.size() && t.compare(0, tr.token.size(), tr.token) == 0) return tr.role;
    }
  }
  return nullptr;
}

// Class names of article bodies, compared with '-' and '_' removed.
bool HasBodyClass(std::string_view class_attr) {
  static constexpr std::string_view kBodyNames[] = {
      "articlebody", "storybody", "entrycontent", "postcontent", "articlecontent",
      "articletext", "storycontent", "postbody", "storytext", "newsarticlebody",
      "articlebodytext", "contentbody", "textcontent", "bodytext", "articledetail"};
  std::string squashed;
  for (const char c : class_attr) {
    if (c == '-' || c == '_') continue;
    squashed.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c);
  }
  for (const std::string_view name : kBodyNames) {
    if (squashed.find(name) != std::string::npos) return true;
  }
  return false;
}

// An element named as the article's body: its class or id ("article-body",
// "entry-content", "articleBody") or schema.org's itemprop articleBody.
bool NamedBody(const DomNode& d) {
  const internal::NameTokenList props = internal::NameTokens(internal::Attr(d.node, "itemprop"));
  if (std::find(props.begin(), props.end(), "articlebody") != props.end()) return true;
  return HasBodyClass(internal::Attr(d.node, "class")) || HasBodyClass(internal::Attr(d.node, "id"));
}

bool IsSemanticBody(const DomNode& d) { return d.tag == GUMBO_TAG_ARTICLE || NamedBody(d); }

// The boilerplate role of an element by its tag, ARIA role or class/id, or null.
const char* BoilerplateRole(const DomNode& d) {
  switch (d.tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: return "nav";
    case GUMBO_TAG_HEADER: return "header";
    case GUMBO_TAG_FOOTER: return "footer";
    case GUMBO_TAG_ASIDE: return "aside";
    case GUMBO_TAG_FIGCAPTION: return "caption";
    case GUMBO_TAG_FORM: return "other";
    // Paragraph-level text and the page's outer containers are judged by content.
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
      return nullptr;
    default:
      break;
  }
  const std::string aria = AsciiLower(TrimAscii(internal::Attr(d.node, "role")));
  if (aria == "navigation" || aria == "search" || aria == "menubar") return "nav";
  if (aria == "banner") return "header";
  if (aria == "contentinfo") return "footer";
  if (aria == "complementary") return "aside";
  if (aria == "dialog" || aria == "alertdialog") return "other";
  if (IsSemanticBody(d)) return nullptr;
  const internal::NameTokenList tokens = internal::ClassIdTokens(d);
  // A tooltip or popover box ("js-tooltip", "popover-content") opens on a click or
  // a hover over a control: reaction buttons, "save for later", sign-in prompts,
  // none of it in the reading flow. Only a block is such a box; an inline tooltip
  // around a word of a sentence (a glossary term) keeps the word.
  if (internal::IsBlockTag(d.tag) && internal::HasToken(tokens, {"tooltip", "popover"})) return "other";
  return RoleFromTokens(tokens);
}

bool IsHeadingTag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// A lead-in's text closed by what sets it off from the links it promotes: a colon, a
// bar, a guillemet, an arrow or a dash ("Read also:", "Lesen Sie auch |", "Xem thêm »").
bool EndsWithLeadInSeparator(std::string_view text) {
  text = TrimAscii(text);
  for (const std::string_view sep : {":", "\xEF\xBC\x9A" /* ： */, "|", "\xC2\xBB" /* » */, "\xE2\x80\xBA" /* › */,
                                     "\xE2\x86\x92" /* → */, "\xE2\x96\xBA" /* ► */, "\xE2\x96\xB6" /* ▶ */,
                                     "\xE2\x9E\xA4" /* ➤ */, "-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */}) {
    if (text.ends_with(sep)) return true;
  }
  return false;
}

// A block of body text before it is placed in Article::text; link offsets are local.
struct PendingBlock {
  std::string text;
  TextBlock::Kind kind = TextBlock::Kind::kParagraph;
  std::vector<BodyLink> links;
  uint32_t box_root = kNoNode;  // the related/promo box it came from, if any
  uint32_t element = kNoNode;   // the innermost block element around it, if any
};

// Turns a subtree walk into whitespace-collapsed blocks, tracking open links so
// their anchors get exact offsets while the text is being collapsed.
class BlockWriter {
 public:
  explicit BlockWriter(size_t max_bytes) : max_bytes_(max_bytes) {}

  void Text(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      const size_t start = i;
      const char32_t cp = NextCodePoint(s, i);
      if (IsUnicodeSpace(cp)) {
        pending_space_ = !segment_.empty();
        continue;
      }
      if (pending_space_ || (apart_ && WordEdge(cp, apart_caseless_))) segment_.push_back(' ');
      pending_space_ = false;
      apart_ = false;
      apart_caseless_ = false;
      last_was_br_ = false;
      picture_label_.clear();
      for (PendingLink& link : links_) {
        if (link.start == std::string::npos && !link.recorded) link.start = segment_.size();
      }
      // The rest of the word changes none of the above: it is copied at once (an
      // invalid byte is copied as it is too, one at a time, as the first one was).
      i = WordRunEnd(s, i);
      segment_.append(s.substr(start, i - start));
    }
  }

  // Two <br>s in a row end a paragraph (old sites separate paragraphs that way).
  void LineBreak() {
    if (last_was_br_) {
      Flush();
    } else {
      pending_space_ = !segment_.empty();
      last_was_br_ = true;
    }
  }

  // A link opens; a picture right before it that opened the line lends it its alt
  // text (Picture).
  void OpenLink(std::string url) {
    links_.push_back({std::move(url), std::string::npos, false, std::move(picture_label_), false});
    picture_label_.clear();
  }

  // A picture in the text: it adds no text, but when it opens its line, its alt text
  // is kept for the link that follows it at once (an icon drawn as "Read also").
  void Picture(std::string_view alt) {
    picture_label_ = segment_.empty() && !pending_space_ ? std::string(TrimAscii(alt)) : std::string();
  }

  // A picture inside the innermost open link is served from this page's site
  // (BodyLink::site_picture).
  void SitePicture() {
    if (!links_.empty()) links_.back().site_picture = true;
  }

  // The text written next is set apart from what is before it when a letter or
  // digit meets a capital: a label in an element of its own glued to a link
  // ("<span>Read also</span><a>Council ...</a>") is laid out apart by the site's
  // style, never read as one word ("alsoCouncil"). A word a word processor cut
  // across elements ("expand<a>ed</a>", "<a>D</a><a>ata</a>") goes on in lower case;
  // scripts without case stay as they are, unless `caseless` (the link is a headline
  // of three words or more, no piece of a cut word): then a letter of a spaced
  // script without case (Arabic, Hebrew, Devanagari ...) meeting another is set
  // apart too ("<span>اقرأ أيضا</span><a>headline</a>").
  void SetApart(bool caseless = false) {
    apart_ = true;
    apart_caseless_ = caseless;
  }

  // Splits the text so far after its last full stop when what follows the stop is
  // a lead-in of 1-6 words closed by a separator ("... before the summer. Read also: "),
  // no link in it: the lead-in opens a line of its own with the links that follow.
  // Returns whether it split (with `check_only`, whether it would).
  bool SplitLeadIn(bool check_only = false) {
    if (segment_.empty()) return false;
    // The lead-in ends the text so far, so the text ends with its separator (the
    // stop before the lead-in ends in a space or is a whole character: no separator
    // straddles it). Asked first: the searches below read the whole paragraph, and
    // this is asked at every link of it.
    if (!EndsWithLeadInSeparator(segment_)) return false;
    for (const PendingLink& link : links_) {
      if (link.start != std::string::npos && !link.recorded) return false;
    }
    size_t cut = std::string::npos;
    for (const std::string_view stop : {". ", "! ", "? ", "\xE3\x80\x82" /* 。 */, "\xEF\xBC\x81" /* ！ */,
                                        "\xEF\xBC\x9F" /* ？ */, "\xE0\xA5\xA4 " /* । */, "\xD8\x9F " /* ؟ */}) {
      const size_t at = segment_.rfind(stop);
      if (at != std::string::npos && (cut == std::string::npos || at + stop.size() > cut)) cut = at + stop.size();
    }
    if (cut == std::string::npos || cut >= segment_.size()) return false;
    for (const BodyLink& link : segment_links_) {
      if (link.end > cut) return false;
    }
    const std::string_view tail = TrimAscii(std::string_view(segment_).substr(cut));
    const size_t words = CountWords(tail);
    if (words == 0 || words > 6 || !EndsWithLeadInSeparator(tail)) return false;
    if (check_only) return true;
    std::string lead_in(tail);
    const bool space = pending_space_;
    segment_.resize(cut);
    while (!segment_.empty() && segment_.back() == ' ') segment_.pop_back();
    Flush();
    segment_ = std::move(lead_in);
    pending_space_ = space;
    return true;
  }

  // The text so far in this block ends with a full stop (or "!", "?", "。" ...),
  // or a line break follows it.
  bool AtLineEnd() const {
    if (segment_.empty()) return false;
    if (last_was_br_) return true;
    for (const std::string_view stop :
         {".", "!", "?", "\xE3\x80\x82" /* 。 */, "\xEF\xBC\x81" /* ！ */, "\xEF\xBC\x9F" /* ？ */,
          "\xE2\x80\xA6" /* … */, "\xD8\x9F" /* ؟ */, "\xE0\xA5\xA4" /* । */}) {
      if (segment_.ends_with(stop)) return true;
    }
    return false;
  }

  void CloseLink() {
    if (links_.empty()) return;
    RecordLink(links_.back());
    links_.pop_back();
  }

  void EnterBlock(GumboTag tag, uint32_t element = kNoNode) {
    Flush();
    elements_.push_back(element);
    if (IsHeadingTag(tag)) kinds_.push_back(TextBlock::Kind::kHeading);
    else if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) kinds_.push_back(TextBlock::Kind::kListItem);
    // A table cell is data laid out in a grid, not a paragraph of the text; a
    // <p> inside one (a page laid out with tables) is a paragraph again.
    else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) kinds_.push_back(TextBlock::Kind::kCell);
    else if (tag == GUMBO_TAG_P && !kinds_.empty() && kinds_.back() == TextBlock::Kind::kCell) {
      kinds_.push_back(TextBlock::Kind::kParagraph);
      cell_paragraphs_.push_back(kinds_.size());
    } else if (tag == GUMBO_TAG_BLOCKQUOTE) ++quote_depth_;
  }

  void ExitBlock(GumboTag tag) {
    Flush();
    if (!elements_.empty()) elements_.pop_back();
    if (tag == GUMBO_TAG_P && !cell_paragraphs_.empty() && cell_paragraphs_.back() == kinds_.size()) {
      cell_paragraphs_.pop_back();
      kinds_.pop_back();
    } else if (IsHeadingTag(tag) || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT ||
               tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      if (!kinds_.empty()) kinds_.pop_back();
    } else if (tag == GUMBO_TAG_BLOCKQUOTE && quote_depth_ > 0) {
      --quote_depth_;
    }
  }

  void EnterBox(uint32_t root) {
    Flush();
    box_roots_.push_back(root);
  }
  void ExitBox() {
    Flush();
    if (!box_roots_.empty()) box_roots_.pop_back();
  }

  void Flush() {
    for (auto& link : links_) RecordLink(link);
    if (!segment_.empty()) {
      bytes_ += segment_.size();
      PendingBlock block;
      block.text = std::move(segment_);
      block.links = std::move(segment_links_);
      if (!elements_.empty()) block.element = elements_.back();
      if (!box_roots_.empty()) {
        block.kind = TextBlock::Kind::kOther;
        block.box_root = box_roots_.back();
      } else if (!kinds_.empty()) {
        block.kind = kinds_.back();
      } else if (quote_depth_ > 0) {
        block.kind = TextBlock::Kind::kQuote;
      }
      blocks_.push_back(std::move(block));
    }
    segment_.clear();
    segment_links_.clear();
    pending_space_ = false;
    apart_ = false;
    apart_caseless_ = false;
    last_was_br_ = false;
    picture_label_.clear();
  }

  bool Full() const { return bytes_ + segment_.size() > max_bytes_; }
  std::vector<PendingBlock>& blocks() { return blocks_; }

 private:
  struct PendingLink {
    std::string url;
    size_t start;   // where the anchor's first visible character landed, or npos
    bool recorded;  // an anchor split by a block keeps only its first piece
    std::string picture_label;  // BodyLink::picture_label
    bool site_picture;          // BodyLink::site_picture
  };

  // A letter of a script written with spaces but without case (Hebrew, Arabic,
  // Devanagari and the scripts after them; not Greek, Cyrillic, Armenian, the
  // Latin and Greek extensions or full-width forms).
  static bool IsCaselessSpacedLetter(char32_t cp) {
    return cp >= 0x0590 && IsWordCodePoint(cp) && !IsUnspacedScript(cp) && !(cp >= 0x1E00 && cp <= 0x1FFF) && cp < 0xFF00;
  }

  // The segment ends in a letter or digit (not of a script written without
  // spaces) and `next` is a capital; with `caseless`, or both are letters of a
  // spaced script without case.
  bool WordEdge(char32_t next, bool caseless) const {
    if (segment_.empty()) return false;
    size_t i = segment_.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(segment_[i]) & 0xC0) == 0x80) --i;
    size_t at = i;
    const char32_t last = NextCodePoint(segment_, at);
    if (caseless && IsCaselessSpacedLetter(last) && IsCaselessSpacedLetter(next)) return true;
    return IsCapitalLetter(next) && IsWordCodePoint(last) && !IsUnspacedScript(last);
  }

  void RecordLink(PendingLink& link) {
    if (link.recorded || link.start == std::string::npos) return;
    link.recorded = true;
    if (link.url.empty() || segment_.size() <= link.start) return;
    BodyLink out;
    out.url = std::move(link.url);  // recorded once: the pending link is done with it
    out.start = link.start;
    out.end = segment_.size();
    out.anchor = segment_.substr(out.start, out.end - out.start);
    out.picture_label = std::move(link.picture_label);
    out.site_picture = link.site_picture;
    segment_links_.push_back(std::move(out));
  }

  size_t max_bytes_;
  size_t bytes_ = 0;
  std::string segment_;
  bool pending_space_ = false;
  bool apart_ = false;  // SetApart: a space before the next text if it meets a word
  bool apart_caseless_ = false;  // ... also between letters of a spaced script without case
  std::string picture_label_;    // Picture: the alt text of a picture opening the line
  bool last_was_br_ = false;
  std::vector<PendingLink> links_;
  std::vector<BodyLink> segment_links_;
  std::vector<TextBlock::Kind> kinds_;
  std::vector<size_t> cell_paragraphs_;  // depth of kinds_ at each <p> opened inside a table cell
  size_t quote_depth_ = 0;
  std::vector<uint32_t> box_roots_;
  std::vector<uint32_t> elements_;  // open block elements, innermost last
  std::vector<PendingBlock> blocks_;
};

// ---- the shape of a block: prose, or page furniture ---------------------------

struct BlockShape {
  size_t words = 0;        // runs of non-space code points
  size_t code_points = 0;  // non-space code points
  size_t wide = 0;         // code points of scripts written without spaces (CJK, Thai...)
  bool terminal = false;   // ends like a sentence
  bool cut_short = false;  // ShapeOf stopped at kProseCodePoints and kProseWords: counts and terminal not read
};

// A block of this many code points and words is prose by IsProse's tests whatever
// its script (30 code points pass the unspaced scripts' test, ten words the others').
constexpr size_t kProseCodePoints = 30;
constexpr size_t kProseWords = 10;

// The block's shape; with `stop_when_prose`, read only until it holds
// kProseCodePoints code points in kProseWords words (then cut_short).
BlockShape ShapeOf(std::string_view text, bool stop_when_prose = false) {
  BlockShape shape;
  bool in_word = false;
  char32_t last = 0;
  for (size_t i = 0; i < text.size();) {
    if (stop_when_prose && shape.code_points >= kProseCodePoints && shape.words >= kProseWords) {
      shape.cut_short = true;
      return shape;
    }
    const auto b = static_cast<unsigned char>(text[i]);
    char32_t cp = b;
    if (b < 0x80) {
      // ASCII without decoding: its white space is IsUnicodeSpace's, and no ASCII
      // character is of an unspaced script.
      ++i;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        in_word = false;
        continue;
      }
    } else {
      cp = NextCodePoint(text, i);
      if (IsUnicodeSpace(cp)) {
        in_word = false;
        continue;
      }
      if (IsUnspacedScript(cp)) ++shape.wide;
    }
    if (!in_word) ++shape.words;
    in_word = true;
    ++shape.code_points;
    last = cp;
  }
  static constexpr char32_t kTerminal[] = {'.', '!', '?', ':', ';', '"', '\'', ')', 0x2026, 0x201D,
                                           0x2019, 0x00BB, 0x3002, 0xFF01, 0xFF1F, 0x300D, 0x0964};
  shape.terminal = std::find(std::begin(kTerminal), std::end(kTerminal), last) != std::end(kTerminal);
  return shape;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t LinkBytes(const PendingBlock& block) {
  size_t bytes = 0;
  for (const BodyLink& link : block.links) bytes += link.end - link.start;
  return bytes;
}

// A site's rights notice: a line opening with a rights mark, the word or the sign
// of copyright (HtmlExtractorOptions::rights_marks: "Copyright: Harbour Health",
// "© 2026 Hafenblatt"; "(c) ", the sign's ASCII spelling, is not a credit mark
// anywhere in a line and so is spelled here), or saying that the rights are
// reserved or that the text may not be reproduced, in the languages the press
// prints it in.
bool IsRightsNotice(std::string_view text, const HtmlExtractorOptions& options) {
  static constexpr std::string_view kReserved[] = {
      "all rights reserved",          "not to be reproduced",       "may not be reproduced",
      "alle rechte vorbehalten",      "tous droits r\u00E9serv\u00E9s", "todos los derechos reservados",
      "todos os direitos reservados", "tutti i diritti riservati",  "alle rechten voorbehouden",
      "wszelkie prawa zastrze\u017Cone"};
  const std::string lower = AsciiLower(TrimAscii(text));
  if (lower.starts_with("(c) ") || std::any_of(options.rights_marks.begin(), options.rights_marks.end(),
                                               [&](const std::string& mark) { return lower.starts_with(mark); })) {
    return true;
  }
  return std::any_of(std::begin(kReserved), std::end(kReserved),
                     [&](std::string_view words) { return lower.find(words) != std::string::npos; });
}

// Where a closing signature's rights notice starts in `text`, the line that opens
// with the authorship ("Written by Jane Doe Copyright: Harbour Health ..." when a
// <br> parts them): at the first rights mark after the names; npos when none
// follows.
size_t RightsNoticeAfterSignature(std::string_view text, const HtmlExtractorOptions& options) {
  const std::string lower = AsciiLower(text);
  size_t first = std::string_view::npos;
  for (const std::string& mark : options.rights_marks) {
    const size_t at = lower.find(mark);
    if (at != std::string::npos && at > 0 && at < first && IsRightsNotice(text.substr(at), options)) first = at;
  }
  return first;
}

// Running text a reader reads, as opposed to labels, dates, credits, tag lists
// and teaser headlines: mostly unlinked, and a sentence or a long run of words.
// A sentence with many links in it ("Trump <a>imposed tariffs in 2018</a>,
// prompting <a>retaliatory duties</a>.") is still prose when the words between
// its links make a clause of their own (kMinUnlinkedWords) and it ends like a
// sentence; a teaser, a tag list or a "Read also:" line has a word or two outside
// its links.
bool IsProse(const PendingBlock& block) {
  if (block.box_root != kNoNode || block.kind == TextBlock::Kind::kHeading) return false;
  const bool mostly_linked = 2 * LinkBytes(block) >= block.text.size();
  const BlockShape shape = ShapeOf(block.text, !mostly_linked);
  if (mostly_linked) {
    if (block.kind != TextBlock::Kind::kParagraph || !shape.terminal) return false;
    std::string unlinked;
    size_t at = 0;
    for (const BodyLink& link : block.links) {
      if (link.start < at) continue;
      unlinked.append(block.text, at, link.start - at).push_back(' ');
      at = link.end;
    }
    if (at < block.text.size()) unlinked.append(block.text, at);
    const BlockShape own = ShapeOf(unlinked);
    return own.wide * 2 >= own.code_points ? own.code_points >= 30 : own.words >= kMinUnlinkedWords;
  }
  if (shape.cut_short) return true;
  if (shape.wide * 2 >= shape.code_points) {
    return shape.code_points >= kProseCodePoints || (shape.terminal && shape.code_points >= 12);
  }
  return shape.words >= kProseWords || (shape.terminal && shape.words >= 5);
}

// A short line that credits the source of the text ("Source: Reuters", "(Reporting
// by ...)", "With Post wires", "© 2024 The Canadian Press"): kept after the body
// for the attribution detectors, wherever it sits among the page furniture. Mostly
// unlinked; or a credit label and then one link that runs to the line's end
// ("Source: <a>The Harbour Herald</a>", "via <a>Reuters</a>": the outlet is the
// link), never a line whose label is itself linked or that holds several links (a
// module of links headed "Sources" is a list, one link to a line). The labels and
// marks are the rules' (HtmlExtractorOptions::credit_labels, rules/press_words.json).
constexpr size_t kMaxCreditAfterArticleBytes = 300;  // a credit line after the <article> (EmitCreditAfterArticle)

bool IsCreditLine(const PendingBlock& block, const HtmlExtractorOptions& options) {
  constexpr size_t kMaxLinkedLabelBytes = 40;
  if (block.text.size() > 300) return false;
  if (2 * LinkBytes(block) > block.text.size()) {
    if (block.links.size() != 1 || block.links[0].start == 0 || block.links[0].start > kMaxLinkedLabelBytes ||
        !TrimAscii(std::string_view(block.text).substr(block.links[0].end)).empty()) {
      return false;
    }
  }
  if (options.credit_label_pattern != nullptr && RE2::PartialMatch(block.text, *options.credit_label_pattern)) {
    return true;
  }
  const std::string lower = AsciiLower(block.text);
  for (const std::vector<std::string>* marks : {&options.credit_marks, &options.rights_marks}) {
    for (const std::string& mark : *marks) {
      if (lower.find(mark) != std::string::npos) return true;
    }
  }
  return false;
}

// A bare agency tag as a line of its own ("(dpa)", "(AFP)", "(dpa/lno)", "dpa/xy",
// "（共同）", "/ritzau/"): unlinked, short, a tag in parentheses or one word between
// slashes, or short words joined by a slash with no space (an agency and an editor's
// initials). The shape only: whether
// the tag names an agency is the detectors' (wa.agency-tag-after-body, agencies
// only); the extractor reads such a line after the text as the run right after the
// text only where it is the article's last text (BodyBuilder::NothingButFurnitureAfter),
// never a teaser card's label above its headline.
bool IsBareAgencyTag(const PendingBlock& block) {
  constexpr size_t kMaxTagBytes = 30;
  constexpr size_t kMaxPartBytes = 12;
  if (block.box_root != kNoNode || block.kind == TextBlock::Kind::kHeading || !block.links.empty()) return false;
  std::string_view t = TrimAscii(block.text);
  while (t.ends_with(".")) t = TrimAscii(t.substr(0, t.size() - 1));
  if (t.empty() || t.size() > kMaxTagBytes) return false;
  bool bracketed = false;
  if (t.starts_with("(") && t.ends_with(")")) {
    t = t.substr(1, t.size() - 2);
    bracketed = true;
  } else if (t.starts_with("\xEF\xBC\x88") && t.ends_with("\xEF\xBC\x89")) {  // full-width brackets
    t = t.substr(3, t.size() - 6);
    bracketed = true;
  } else if (t.size() > 2 && t.starts_with("/") && t.ends_with("/") && t.find('/', 1) == t.size() - 1) {
    t = t.substr(1, t.size() - 2);  // one word between slashes, the Danish press's "/ritzau/"
    bracketed = true;
  }
  t = TrimAscii(t);
  size_t letters = 0, part = 0, slashes = 0, spaces = 0;
  for (size_t i = 0; i < t.size();) {
    const char32_t cp = NextCodePoint(t, i);
    if (cp == '/') {
      if (part == 0) return false;
      ++slashes;
      part = 0;
      continue;
    }
    if (cp == ' ') {
      ++spaces;
      continue;
    }
    const bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                        (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && (cp < 0x2000 || cp > 0x2BFF) &&
                         (cp < 0x3000 || cp > 0x303F) && (cp < 0xFF00 || cp > 0xFF0F));
    if (!letter && cp != '-' && cp != '&' && cp != '.') return false;
    if (letter) ++letters;
    ++part;
  }
  if (letters < 2 || part == 0) return false;
  // In brackets: a tag of at most two words ("(dpa)", "(Agencia EFE)"). Without:
  // two or more slash-joined parts and no space ("dpa/xy"), each a short word.
  if (bracketed) return spaces <= 1;
  if (slashes == 0 || spaces > 0) return false;
  for (size_t at = 0; at <= t.size();) {
    const size_t end = std::min(t.find('/', at), t.size());
    if (end - at > kMaxPartBytes) return false;
    at = end + 1;
  }
  return true;
}

// The parts of a date alone as a dateline prints it, each read from `i` on and
// moving `i` past it: the day (one or two digits), the month (three to twelve
// letters, a full stop after an abbreviation) and what may close the date (nothing,
// or a comma or a space and a year of four digits).
bool ReadDay(std::string_view s, size_t& i) {
  size_t digits = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) ++digits;
  return digits >= 1 && digits <= 2;
}
bool ReadMonth(std::string_view s, size_t& i) {
  size_t letters = 0;
  while (i < s.size()) {
    size_t next = i;
    const char32_t cp = NextCodePoint(s, next);
    const bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7);
    if (!letter) break;
    ++letters;
    i = next;
  }
  if (i < s.size() && s[i] == '.') ++i;
  return letters >= 3 && letters <= 12;
}
bool NothingOrAYearFollows(std::string_view s, size_t i) {
  if (i == s.size()) return true;
  if (s[i] == ',') ++i;
  if (i >= s.size() || s[i] != ' ') return false;
  const std::string_view year = s.substr(i + 1);
  return year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `s` is a date alone with the day first (a full stop may follow the day):
// "4 juin 2026", "4. Juni 2026", "12 Ene.". A wire dateline that names no place
// prints the date there ("4 juin 2026 (AFP)").
bool IsDayFirstDate(std::string_view s) {
  size_t i = 0;
  if (!ReadDay(s, i)) return false;
  if (i < s.size() && s[i] == '.') ++i;
  if (i >= s.size() || s[i] != ' ') return false;
  return ReadMonth(s, ++i) && NothingOrAYearFollows(s, i);
}

// Whether `s` is a date alone with the month first: "June 4, 2026", "Jun. 4".
bool IsMonthFirstDate(std::string_view s) {
  size_t i = 0;
  if (!ReadMonth(s, i) || i >= s.size() || s[i] != ' ') return false;
  return ReadDay(s, ++i) && NothingOrAYearFollows(s, i);
}

// A wire dateline printed as a paragraph of its own above the text, the place
// and the agency's tag in parentheses with or without a dash ("SPRINGFIELD, Ill.
// (AP) —", "Berlin (dpa)", "(서울=연합뉴스)"), between slashes ("МОСКВА, 3 марта.
// /ТАСС/."), the Japanese agencies' bracketed line ("【ワシントン共同】") or the CJK
// telegraph form ("新华社北京6月4日电"): the text's opening, kept in the body so that
// the credit detectors read it where they read a dateline. Unlinked, at most
// kMaxDatelineWords words, ending with the tag (a dash or a colon may follow); a
// place before it, or a place joined to the agency inside it.
bool IsDatelineLine(const PendingBlock& block) {
  constexpr size_t kMaxDatelineWords = 8;
  constexpr size_t kMaxTagBytes = 40;
  if (block.box_root != kNoNode || block.kind == TextBlock::Kind::kHeading || !block.links.empty() ||
      block.text.size() > 120 || ShapeOf(block.text).words > kMaxDatelineWords) {
    return false;
  }
  std::string_view t = TrimAscii(block.text);
  bool dashed = false;  // a dash or a colon after the tag
  for (bool cut = true; cut;) {
    cut = false;
    for (const std::string_view tail : {"-", ":", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95", " "}) {
      if (t.ends_with(tail)) {
        t.remove_suffix(tail.size());
        dashed |= tail != " ";
        cut = true;
      }
    }
  }
  // The CJK agencies' telegraph dateline, the agency, the place and the date
  // closed by "dispatch" ("新华社北京6月4日电", "中新网上海6月4日讯"): the date's
  // day mark right before the closing character.
  for (const std::string_view sent : {"\xE7\x94\xB5", "\xE9\x9B\xBB", "\xE8\xAE\xAF", "\xE8\xA8\x8A"}) {
    if (t.ends_with(std::string("\xE6\x97\xA5") + std::string(sent))) return t.size() <= 60;  // 日电 日電 日讯 日訊
  }
  // A slash tag closing the line ("МОСКВА, 3 марта. /ТАСС/."), after one full stop.
  if (t.ends_with("/.")) t.remove_suffix(1);
  // The tag runs from tag_start to close; the opening bracket starts at open.
  size_t open = std::string_view::npos, tag_start = 0, close = 0;
  if (t.ends_with(")")) {
    close = t.size() - 1;
    open = t.rfind('(');
    tag_start = open + 1;
  } else if (t.ends_with("\xEF\xBC\x89")) {  // full-width brackets
    close = t.size() - 3;
    open = t.rfind("\xEF\xBC\x88");
    tag_start = open + 3;
  } else if (t.ends_with("\xE3\x80\x91")) {  // 【place agency】, the Japanese agencies' dateline
    close = t.size() - 3;
    open = t.rfind("\xE3\x80\x90");
    if (open != 0) return false;  // nothing before it
    tag_start = open + 3;
    return close > tag_start && close - tag_start <= kMaxTagBytes;
  } else if (t.ends_with("/") && t.size() > 1) {
    close = t.size() - 1;
    open = t.rfind('/', close - 1);
    tag_start = open + 1;
  }
  if (open == std::string_view::npos || tag_start >= close || close - tag_start > kMaxTagBytes) return false;
  const std::string_view tag = t.substr(tag_start, close - tag_start);
  if (tag.find_first_of("()") != std::string_view::npos || TrimAscii(tag).empty()) return false;
  const std::string_view place = TrimAscii(t.substr(0, open));
  if (place.empty()) return tag.find('=') != std::string_view::npos;
  if (IsDayFirstDate(place)) return true;
  const unsigned char lead = static_cast<unsigned char>(place.front());
  if (lead < 0x80 && (lead < 'A' || lead > 'Z')) return false;
  // Without a dash, the place is one word or written in capitals ("Berlin (dpa)",
  // "SPRINGFIELD, Ill. (AP)"): a picture's caption ending with its credit ("Jane
  // Doe speaks in Paris (AFP)") is neither. The place ends at a comma or where the
  // date begins without one ("Praha 4. června (ČTK)", the Czech and Slovak form).
  if (dashed) return true;
  std::string_view town = place.substr(0, place.find(','));
  for (size_t k = 0; k + 1 < town.size(); ++k) {
    if (town[k] == ' ' && town[k + 1] >= '0' && town[k + 1] <= '9') {
      town = town.substr(0, k);
      break;
    }
  }
  const bool one_word = town.find(' ') == std::string_view::npos;
  const bool capitals = std::none_of(town.begin(), town.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return one_word || capitals;
}

// A label that marks an advertisement slot, alone on its line ("Advertisement",
// "Anzeige", "REKLAM", "Publicité"): the slot's script leaves the label behind.
bool IsAdLabel(const PendingBlock& block) {
  if (block.text.size() > 40 || !block.links.empty()) return false;
  std::string_view t = TrimAscii(block.text);
  while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == '-')) t.remove_suffix(1);
  const std::string lower = AsciiLower(TrimAscii(t));
  static constexpr std::string_view kLabels[] = {
      "advertisement", "advertisements", "advert", "adverts", "ad", "sponsored", "anzeige", "werbung",
      "reklam", "reklama", "publicidad", "publicit\xC3\xA9", "pubblicit\xC3\xA0", "publicidade", "advertentie",
      "annonse", "annons", "mainos", "hirdet\xC3\xA9s", "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
      "\xD0\xA0\xD0\x95\xD0\x9A\xD0\x9B\xD0\x90\xD0\x9C\xD0\x90", "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
      "\xE5\xBA\x83\xE5\x91\x8A", "\xEA\xB4\x91\xEA\xB3\xA0", "scroll to continue with content",
      "story continues below advertisement", "article continues below advertisement",
      "continue reading below", "advertisement - scroll to continue"};
  return std::find(std::begin(kLabels), std::end(kLabels), lower) != std::end(kLabels);
}

// Where a phrase found at `at` in `lower` starts a sentence: at the start, after
// a full stop, a question or exclamation mark, a colon, a dash or a bar, or after
// "please"/"bitte" -- where an imperative stands.
bool StartsSentence(std::string_view lower, size_t at) {
  size_t p = at;
  while (p > 0 && lower[p - 1] == ' ') --p;
  if (p == 0) return true;
  const char c = lower[p - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '|' || c == '(' || c == '*') return true;
  if (p >= 3 && lower.substr(p - 3, 3) == "\xE2\x80\x93") return true;  // en dash
  if (p >= 3 && lower.substr(p - 3, 3) == "\xE2\x80\x94") return true;  // em dash
  for (const std::string_view word : {"please", "bitte"}) {
    if (p >= word.size() && lower.substr(p - word.size(), word.size()) == word &&
        (p == word.size() || lower[p - word.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

// An appeal to the reader that opens or closes many articles: sign up,
// subscribe, follow us, join, download the app, send us a tip ("Sign up for our
// daily newsletter.", "Folgen Sie uns auf Instagram", "Abonnez-vous"), or a notice
// about the comments ("Comments are moderated"). An imperative counts where it
// starts a sentence ("Thousands sign up for the lottery" reports); a noun of the
// second table ("newsletter", "your inbox") anywhere. A phrase starts a word; one
// without a trailing '*' also ends one ("subscribe", not "subscribers"). Only a
// short block (kMaxCallToActionBytes) without a quotation: a paragraph quoting
// someone who urges people to sign up is reporting, not an appeal.
bool IsCallToAction(const PendingBlock& block) {
  if (block.text.size() > kMaxCallToActionBytes) return false;
  for (const std::string_view quote : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"}) {
    if (block.text.find(quote) != std::string::npos) return false;
  }
  static constexpr std::string_view kImperatives[] = {
      // en
      "sign up", "sign-up", "subscribe", "follow us", "follow him", "follow her", "follow them", "follow @",
      "join our", "join us", "join the conversation", "download our", "download the", "get the app",
      "click here", "get the latest", "bookmark", "have a tip", "got a tip", "send us", "share it with",
      "share this", "become a member", "support our", "support us", "like us on", "find us on", "email us",
      "write to us", "chat with us", "no thanks", "no, thanks", "download now", "download for free",
      // de
      "abonniere*", "abonnieren sie", "folgen sie uns", "folge uns", "melden sie sich", "laden sie sich",
      "jetzt kostenlos", "schreiben sie uns", "hier anmelden", "nein danke", "kostenlos herunterladen",
      "jetzt herunterladen", "folgst du",
      // fr
      "abonnez-vous", "suivez-nous", "inscrivez-vous", "t\xC3\xA9l\xC3\xA9" "chargez", "rejoignez-nous", "non merci",
      // es
      "suscr\xC3\xAD" "bete", "s\xC3\xAD" "guenos", "desc\xC3\xA1rgate", "\xC3\xBA" "nete",
      // it
      "iscriviti", "seguici", "abbonati", "scarica l",
      // pt
      "assine", "siga-nos", "inscreva-se", "baixe o",
      // nl, nordic, pl, tr
      "abonneer", "volg ons", "schrijf je in", "f\xC3\xB8lg oss", "f\xC3\xB8lg os", "f\xC3\xB6lj oss",
      "prenumerera", "zapisz si\xC4\x99", "subskrybuj", "obserwuj nas", "pobierz aplikacj*", "abone ol",
      "takip edin",
      // ru, uk
      "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C",
      "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C",
      "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C",
      "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C",
      "\xD0\xBF\xD1\x96\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x83\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C",
      "\xD0\x9F\xD1\x96\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x83\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C"};
  static constexpr std::string_view kNouns[] = {
      "newsletter*", "your inbox", "whatsapp-kanal", "comments are moderated", "comment policy",
      "community guidelines", "kommentare werden", "pelo moderador", "por el moderador",
      "les commentaires sont", "moderating all comments", "einen kommentar abzugeben", "to post a comment",
      "to leave a comment"};
  // The label of a comment button, as a line of its own (a sentence inviting
  // comments closes some articles as their last word to the reader).
  static constexpr std::string_view kControls[] = {
      "leave a comment", "post a comment", "add a comment", "write a comment", "leave a reply",
      "kommentar abgeben", "kommentar schreiben", "laisser un commentaire", "deja un comentario",
      "deixe um coment\xC3\xA1rio", "lascia un commento", "dodaj komentarz"};
  const std::string lower = AsciiLower(block.text);
  auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  auto found = [&](std::string_view phrase, bool at_sentence_start) {
    const bool stem = phrase.ends_with('*');
    if (stem) phrase.remove_suffix(1);
    for (size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
      const size_t end = at + phrase.size();
      if (at > 0 && letter(lower[at - 1])) continue;
      if (!stem && end < lower.size() && letter(lower[end])) continue;
      if (at_sentence_start && !StartsSentence(lower, at)) continue;
      return true;
    }
    return false;
  };
  return std::any_of(std::begin(kImperatives), std::end(kImperatives), [&](std::string_view p) { return found(p, true); }) ||
         std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view p) { return found(p, false); }) ||
         (!IsProse(block) &&
          std::any_of(std::begin(kControls), std::end(kControls), [&](std::string_view p) { return found(p, true); }));
}

// The width, in twelfths, a grid column takes on a wide screen, from the class
// names of the common CSS grids ("col-md-3", "col-lg-4", "span3", "large-4
// columns"); 0 when the element is no grid column.
int GridColumnWidth(std::string_view class_attr) {
  int width = 0, rank = -1;  // the widest breakpoint named wins
  auto number = [](std::string_view n) {
    if (n.empty() || n.size() > 2 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return 0;
    }
    const int v = std::stoi(std::string(n));
    return v >= 1 && v <= 12 ? v : 0;
  };
  const std::string lower = AsciiLower(class_attr);
  for (const std::string_view name : Split(lower, ' ')) {
    static constexpr std::pair<std::string_view, int> kPrefixes[] = {
        {"col-xs-", 0}, {"col-sm-", 1}, {"small-", 1}, {"col-", 2}, {"span", 2}, {"col-md-", 3},
        {"medium-", 3}, {"col-lg-", 4}, {"large-", 4}, {"col-xl-", 5}, {"col-xxl-", 6}};
    for (const auto& [prefix, prefix_rank] : kPrefixes) {
      if (!name.starts_with(prefix)) continue;
      const int v = number(name.substr(prefix.size()));
      if (v > 0 && prefix_rank > rank) {
        width = v;
        rank = prefix_rank;
      }
    }
  }
  return width;
}

// A link that shares this page on a network or by mail rather than going to a page:
// the share endpoints of the networks ("facebook.com/sharer", "twitter.com/intent/tweet",
// "api.whatsapp.com/send", "linkedin.com/shareArticle"), a "?share=" button of a blog
// engine, or a mailto: link with a subject but no address. The endpoints are
// conventions of the web, the same on every site, whatever its class names.
bool IsShareHref(std::string_view href) {
  const std::string lower = AsciiLower(TrimAscii(href));
  if (lower.starts_with("mailto:?")) return true;
  if (lower.starts_with("whatsapp://send") || lower.starts_with("fb-messenger://share") ||
      lower.starts_with("viber://forward") || lower.starts_with("sms:?")) {
    return true;
  }
  static constexpr std::string_view kEndpoints[] = {
      "facebook.com/sharer", "facebook.com/share.php", "facebook.com/dialog/share", "facebook.com/dialog/feed",
      "twitter.com/intent/", "twitter.com/share", "x.com/intent/", "x.com/share", "linkedin.com/sharearticle",
      "linkedin.com/sharing/", "linkedin.com/cws/share", "pinterest.com/pin/create", "reddit.com/submit",
      "api.whatsapp.com/send", "wa.me/?", "web.whatsapp.com/send", "t.me/share", "telegram.me/share",
      "vk.com/share.php", "getpocket.com/save", "getpocket.com/edit", "tumblr.com/share", "tumblr.com/widgets/share",
      "flipboard.com/bookmarklet", "xing.com/spi/shares", "xing.com/social/share", "line.me/r/msg",
      "social-plugins.line.me", "connect.ok.ru/offer", "bsky.app/intent/compose", "threads.net/intent/",
      "news.ycombinator.com/submitlink", "mix.com/add", "addtoany.com/share", "plus.google.com/share"};
  if (std::any_of(std::begin(kEndpoints), std::end(kEndpoints),
                  [&](std::string_view e) { return lower.find(e) != std::string::npos; })) {
    return true;
  }
  const size_t query = lower.find('?');
  if (query == std::string::npos) return false;
  for (size_t at = lower.find("share=", query); at != std::string::npos; at = lower.find("share=", at + 1)) {
    if (lower[at - 1] == '?' || lower[at - 1] == '&') return true;
  }
  return false;
}

class BodyBuilder {
 public:
  BodyBuilder(const FlatDom& dom, const PageMetadata& meta, const HtmlExtractorOptions& options,
              Article& article, internal::PassDeadline& deadline)
      : dom_(dom),
        meta_(meta),
        options_(options),
        article_(article),
        deadline_(deadline),
        n_(static_cast<uint32_t>(dom.nodes.size())) {
    // The page's own addresses (read by ReadMetadata before the body is built), as
    // OnThisSite and IsThisPage compare links with them: once per page, not once per link.
    for (const std::string_view own : {std::string_view(meta_.base_url), std::string_view(article_.canonical_url),
                                       std::string_view(article_.own_url), std::string_view(article_.source_url)}) {
      if (own.empty()) continue;
      own_pages_.push_back(PageKey(own));
      if (std::string site = internal::SiteLabel(own); !site.empty()) own_sites_.push_back(std::move(site));
    }
    // A link into the element that holds it (a live page's entry linking itself)
    // tells this page's address, declared or not (LinksIntoItself).
    for (uint32_t i = 0; i < n_; ++i) {
      if (Node(i).is_text || Node(i).tag != GUMBO_TAG_A || !LinksIntoItself(i)) continue;
      std::string key = PageKey(internal::ResolveUrl(meta_.base_url, internal::Attr(Node(i).node, "href")));
      if (!key.empty() && std::find(live_pages_.begin(), live_pages_.end(), key) == live_pages_.end()) {
        live_pages_.push_back(std::move(key));
      }
    }
  }

  // What the body walk covers: the container's subtree, or a run of its children
  // (ChunkRun), from `first` up to `end`.
  struct BodyRun {
    uint32_t root;
    uint32_t first;
    uint32_t end;
  };

  // Its passes, each under the document's deadline (read before it and inside its
  // loops over every node): once it runs out, Run returns and the body is not to be used.
  void Run() {
    if (n_ == 0) return;
    if (deadline_.Before("body/classify")) return;
    Classify();
    if (deadline_.Before("body/measure")) return;
    Measure();
    if (deadline_.Before("body/cards")) return;
    FindCards();
    if (deadline_.Before("body/container")) return;
    const uint32_t container = ChooseContainer();
    std::vector<uint32_t> kept_boxes;
    if (container != kNoNode) {
      if (deadline_.Before("body/chunks")) return;
      const BodyRun run = ChunkRun(container);
      if (deadline_.Before("body/media strips")) return;
      MarkMediaStrips(run);
      if (deadline_.Before("body/text")) return;
      EmitBody(run, kept_boxes);
      if (deadline_.Before("body/lead-in")) return;
      EmitLeadIn(run.first);
      if (deadline_.Before("body/credit")) return;
      EmitCreditAfterArticle();
    }
    if (deadline_.Before("body/boilerplate")) return;
    EmitBoilerplate(std::move(kept_boxes));
  }

  // A flag per node after Run(): the root of a readers' comment, known by its
  // shape (FindCommentItems, whatever the classes say) or its schema.org
  // microdata -- the author box finder reads no author's box inside one (class
  // words it reads itself). Empty for an empty page.
  const std::vector<uint8_t>& comment_roots() const { return comment_roots_; }

 private:
  const DomNode& Node(uint32_t i) const { return dom_.nodes[i]; }

  // Per parent, indexed by a grid width w (0-12): the most paragraph text in one of
  // its children wider than w columns that holds kMinFigureProse bytes (0: none).
  using WiderColumnProse = std::array<uint32_t, 13>;
  using NarrowColumnIndex = std::unordered_map<uint32_t, WiderColumnProse>;

  // Passes 1 and 2.
  void Classify() {
    // Raw prose per subtree: non-link text of paragraph-like blocks that hold at
    // least kMinScoredParagraph bytes of it, whether the page writes <p>s or
    // <br>-separated text in a <div>, and wherever mis-nested markup put it.
    std::vector<uint32_t> raw_p(n_, 0), nearest_block(n_, 0);
    std::vector<uint8_t>& skipped = non_rendered_;
    skipped.assign(n_, 0);
    std::vector<uint8_t> in_link(n_, 0);
    // Inside a heading or a <time>, or a line that is only a time stamp outside a link
    // ("Published Jul 19, 2013 01:01AM" under a headline link): a module's title, a teaser's date.
    std::vector<uint8_t> in_title(n_, 0);
    std::vector<uint32_t> untitled_p(n_, 0);  // raw_p without titles and dates, for link modules
    std::vector<uint32_t> link_above(n_, kNoNode);  // the nearest enclosing <a>
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      const bool has_parent = d.parent != kNoNode;
      skipped[i] = (has_parent && skipped[d.parent]) || (!d.is_text && internal::IsNonRenderedTag(d.tag));
      in_link[i] = (has_parent && in_link[d.parent]) || d.tag == GUMBO_TAG_A;
      in_title[i] = (has_parent && in_title[d.parent]) || (!d.is_text && (IsHeadingTag(d.tag) || d.tag == GUMBO_TAG_TIME)) ||
                    (d.is_text && !in_link[i] && IsTimeStampText(TrimAscii(internal::NodeText(d.node))));
      if (has_parent) link_above[i] = Node(d.parent).tag == GUMBO_TAG_A ? d.parent : link_above[d.parent];
      nearest_block[i] = !has_parent || (!d.is_text && IsParagraphLike(d.tag)) ? i : nearest_block[d.parent];
      if (d.is_text && !skipped[i] && !in_link[i]) {
        const auto bytes = static_cast<uint32_t>(TrimAscii(internal::NodeText(d.node)).size());
        raw_p[nearest_block[i]] += bytes;
        if (!in_title[i]) untitled_p[nearest_block[i]] += bytes;
      }
    }
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      if (raw_p[i] < kMinScoredParagraph) raw_p[i] = 0;
      if (untitled_p[i] < kMinScoredParagraph) untitled_p[i] = 0;
    }
    for (uint32_t i = n_; i-- > 1;) {
      raw_p[Node(i).parent] += raw_p[i];
      untitled_p[Node(i).parent] += untitled_p[i];
    }
    // Rendered text (links included) and images per subtree, for picture units.
    // ... and, for link modules (IsLinkModule), the part of that text inside links
    // and the part that titles or dates them (headings and <time>s outside links).
    std::vector<uint32_t> raw_text(n_, 0), images(n_, 0), raw_link(n_, 0), raw_title(n_, 0);
    for (uint32_t i = n_; i-- > 0;) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      if (!skipped[i] && d.is_text) raw_text[i] = static_cast<uint32_t>(TrimAscii(internal::NodeText(d.node)).size());
      if (!skipped[i] && d.is_text && in_link[i]) raw_link[i] = raw_text[i];
      if (!skipped[i] && d.is_text && !in_link[i] && in_title[i]) raw_title[i] = raw_text[i];
      if (!skipped[i] && d.tag == GUMBO_TAG_IMG) images[i] = 1;
      if (d.parent != kNoNode) {
        raw_text[d.parent] += raw_text[i];
        raw_link[d.parent] += raw_link[i];
        raw_title[d.parent] += raw_title[i];
        images[d.parent] += images[i];
      }
    }
    const uint64_t total_raw_p = raw_p[0];
    const std::vector<uint32_t> choices = CountChoiceInputs();
    const std::vector<uint8_t> comment_item = FindCommentItems(raw_p, raw_text, in_link);

    std::vector<bool> is_byline(n_, false);
    for (const uint32_t b : meta_.byline_elements) is_byline[b] = true;

    // Built on first use, so that each test below reads an element's siblings once
    // per parent rather than once per element (pages of many hidden siblings or of
    // many grid columns would otherwise cost the square of their siblings).
    std::vector<uint32_t> first_prose_p;    // IsGatedContinuation
    NarrowColumnIndex wide_columns;          // IsNarrowSideColumn
    disposition_.assign(n_, Disposition::kKeep);
    role_.assign(n_, nullptr);
    comment_roots_ = comment_item;
    narrow_column_.assign(n_, 0);
    text_sidebar_.assign(n_, 0);
    link_module_.assign(n_, 0);
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      const Disposition inherited = d.parent == kNoNode ? Disposition::kKeep : disposition_[d.parent];
      if (inherited == Disposition::kDropped) {
        disposition_[i] = Disposition::kDropped;
        continue;
      }
      if (d.is_text) {
        disposition_[i] = inherited == Disposition::kKeep ? Disposition::kKeep : Disposition::kInBoilerplate;
        continue;
      }
      const bool foreign_namespace = d.node->type == GUMBO_NODE_ELEMENT &&
                                     d.node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML;
      if (internal::IsNonRenderedTag(d.tag) || foreign_namespace) {
        disposition_[i] = Disposition::kDropped;
        continue;
      }
      // A page that hides <html> or <body> until scripts run is not hidden.
      if (d.tag != GUMBO_TAG_HTML && d.tag != GUMBO_TAG_BODY && d.hidden) {
        if (IsGatedContinuation(i, raw_p, first_prose_p)) {
          gated_roots_.push_back(i);
        } else {
          disposition_[i] = Disposition::kBoilerplateRoot;
          role_[i] = "hidden";
          continue;
        }
      }
      // A closed <details>: its <summary> is the visible control, the rest is shown
      // only when the reader opens it. Kept as text (an accordion of the article's
      // answers), but, like a gated continuation, no promotion a reader sees.
      // Without a <summary> the browser draws its own control and all is closed.
      if (d.tag == GUMBO_TAG_DETAILS && d.node->type == GUMBO_NODE_ELEMENT &&
          gumbo_get_attribute(&d.node->v.element.attributes, "open") == nullptr) {
        std::vector<uint32_t> closed;
        bool summary = false;
        for (uint32_t c = i + 1; c < d.end; c = Node(c).end) {
          if (Node(c).tag == GUMBO_TAG_SUMMARY) summary = true;
          else closed.push_back(c);
        }
        if (summary) gated_roots_.insert(gated_roots_.end(), closed.begin(), closed.end());
        else gated_roots_.push_back(i);
      }
      if (inherited != Disposition::kKeep) {
        disposition_[i] = Disposition::kInBoilerplate;
        continue;
      }
      if (i == meta_.headline_h1 || is_byline[i]) {
        disposition_[i] = Disposition::kDropped;
        continue;
      }
      const char* role = BoilerplateRole(d);
      // A figure is an image with its caption and credit, unless it holds prose;
      // so is a wrapper named for its picture ("article-picture", "media image")
      // around an image, and a paragraph named a caption.
      if (role == nullptr && raw_p[i] < kMinFigureProse &&
          (d.tag == GUMBO_TAG_FIGURE || IsPictureWrapper(i) || IsCaptionParagraph(d))) {
        role = "caption";
      }
      const bool picture_unit = role == nullptr && IsPictureUnit(i, raw_text, images);
      if (picture_unit) role = "caption";
      if (role == nullptr && (IsCreditUnderPicture(i, raw_text, images) || IsCaptionOpeningWithCredit(i, raw_text))) {
        role = "caption";
      }
      if (role == nullptr && raw_p[i] < kMinFigureProse && IsPlayer(d)) role = "media";
      if (role != nullptr && std::string_view(role) == "share" && HoldsEmbeddedPost(i)) role = nullptr;
      if (role == nullptr && raw_p[i] < kMinFigureProse && IsPoll(i, raw_text, choices)) role = "other";
      if (role == nullptr && raw_p[i] == 0 && raw_text[i] <= kMaxCardText && IsShareBar(i)) role = "share";
      if (role == nullptr && (comment_item[i] || IsCommentMicrodata(d) || IsHeadedCommentsBox(i, raw_text, raw_p))) {
        role = "comments";
      }
      if (IsCommentMicrodata(d)) comment_roots_[i] = 1;
      if (role == nullptr && IsNarrowSideColumn(i, raw_p, wide_columns)) {
        role = "aside";
        narrow_column_[i] = 1;
      }
      if (role != nullptr && IsNamedSidebar(d) && IsSidebarInText(i, raw_p, raw_text)) text_sidebar_[i] = 1;
      // A figure inside a link to another page is a card's picture and headline
      // ("<a href=/story><figure><img><figcaption>Headline</figcaption></figure></a>"),
      // and so is a picture with its lines built of <div>s ("<a href=/story><div><img
      // alt=Headline><div>Headline</div><div>Summary</div></div></a>").
      if ((d.tag == GUMBO_TAG_FIGURE || d.tag == GUMBO_TAG_FIGCAPTION || picture_unit) && LinksToPage(link_above[i])) {
        role = nullptr;
      }
      // A caption line whose whole text is one link to another page is a teaser
      // card's headline under its picture ("<div class=media__caption><a
      // href=/other-story>Headline</a></div>"), not this article's picture caption;
      // so is an inline element named a header ("<span class=story__header><a>"):
      // a page's header is a block.
      const bool caption = role != nullptr && std::string_view(role) == "caption" && d.tag != GUMBO_TAG_FIGURE;
      const bool inline_header = role != nullptr && std::string_view(role) == "header" && !internal::IsBlockTag(d.tag);
      if ((caption || inline_header) && raw_text[i] <= kMaxCardText && IsOneLinkToPage(i, link_above)) role = nullptr;
      // A figure without a picture that frames a related or promo box ("<figure><div
      // class=related><ul><li><a>...") is that box, placed in the text.
      // So is one that holds a list of links to pages, whatever its class names
      // ("<figure><h4>Topic</h4><ul><li><a href=/story>...").
      if (d.tag == GUMBO_TAG_FIGURE && role != nullptr &&
          ((!HoldsMedia(i) && FramesInlineBox(i)) || (!HoldsMedia(i, /*decorative_icons=*/false) && HoldsLinkList(i, link_above)))) {
        role = nullptr;
      }
      if (role == nullptr) continue;
      const bool holds_headline = meta_.headline_h1 != kNoNode && meta_.headline_h1 > i &&
                                  meta_.headline_h1 < d.end;
      const bool holds_article = 2 * static_cast<uint64_t>(raw_p[i]) > total_raw_p && total_raw_p > 0;
      if (holds_headline || holds_article) continue;
      disposition_[i] = Disposition::kBoilerplateRoot;
      role_[i] = role;
      link_module_[i] = IsLinkModule(i, role, untitled_p, raw_text, raw_link, raw_title, link_above, is_byline) ? 1 : 0;
    }
    MarkGatedText();
    MarkPlayerBoxes(raw_p);
  }

  // Readers' comments known by their shape, whatever the page calls them (class
  // words are a site's own vocabulary, and a page without them must not lose its
  // article to the thread under it). A thread is kMinThreadItems or more sibling
  // elements of one tag, at least two thirds of them comments: an element that
  // opens with a head -- a short name (IsCommenterName) and a time (a <time>, or a
  // line with a date or a clock time) among its first kMaxCommentHeadLines lines,
  // before any long one -- and then says something, with no heading inside (an
  // entry of a live blog or a teaser in a list has a headline of its own). A
  // comment may carry a title all the same, as forum software prints a post's
  // subject ("Re: <subject>"): a heading after its head, when a line of the head
  // is a link (the poster's page, or the post's own address under its time: the
  // poster/date/permalink line of a forum) and the thread's titled posts are
  // mostly by different names (a live blog's few reporters sign entry after
  // entry). Reply controls, avatars and nested replies vary too much to be asked
  // for; a reply list sits inside its parent comment anyway. The thread follows the article:
  // it counts only after the page's headline and after kMinFigureProse bytes of
  // prose outside it, and its text is mostly not links (a list of teasers with
  // dates is not comments). A page that is nothing but such a list (a forum
  // thread, a live blog without headlines) keeps it as its text. A live blog's
  // entries after an introduction have a thread's shape too, so timed items are
  // not comments on a page whose data says it is one (schema.org LiveBlogPosting),
  // nor when every item is signed by one of the article's own authors (a reader's
  // thread has readers in it; an author's reply among them does not change that).
  // Returns a flag per node: a comment of a thread, to be a "comments" boilerplate root.
  std::vector<uint8_t> FindCommentItems(const std::vector<uint32_t>& raw_p, const std::vector<uint32_t>& raw_text,
                                        const std::vector<uint8_t>& in_link) const {
    std::vector<uint8_t> items(n_, 0);
    if (DeclaredLiveBlog()) return items;
    std::vector<uint32_t> headings(n_, 0), links(n_, 0);
    for (uint32_t i = n_; i-- > 0;) {
      const DomNode& d = Node(i);
      if (non_rendered_[i]) continue;
      if (!d.is_text && IsHeadingTag(d.tag)) headings[i] += 1;
      if (d.is_text && in_link[i]) links[i] = static_cast<uint32_t>(TrimAscii(internal::NodeText(d.node)).size());
      if (d.parent != kNoNode) {
        headings[d.parent] += headings[i];
        links[d.parent] += links[i];
      }
    }
    std::vector<uint32_t> children;
    std::vector<size_t> tag_counts(static_cast<size_t>(GUMBO_TAG_LAST) + 1, 0);  // by tag, zeroed after each parent
    for (uint32_t parent = 0; parent < n_; ++parent) {
      const DomNode& p = Node(parent);
      if (p.is_text || non_rendered_[parent]) continue;
      // A thread follows the headline: a list that ends before it holds none.
      if (meta_.headline_h1 != kNoNode && p.end <= meta_.headline_h1) continue;
      children.clear();
      for (uint32_t c = parent + 1; c < p.end; c = Node(c).end) {
        if (!Node(c).is_text) children.push_back(c);
      }
      if (children.size() < kMinThreadItems) continue;
      // The tag most children share, and which of those are comments.
      GumboTag tag = GUMBO_TAG_UNKNOWN;
      size_t most = 0;
      for (const uint32_t c : children) {
        const size_t same = ++tag_counts[static_cast<size_t>(Node(c).tag)];
        if (same > most) {
          most = same;
          tag = Node(c).tag;
        }
      }
      for (const uint32_t c : children) tag_counts[static_cast<size_t>(Node(c).tag)] = 0;
      if (most < kMinThreadItems) continue;
      size_t comments = 0, titled = 0;
      uint64_t text = 0, linked = 0;
      uint32_t first = kNoNode;
      bool all_by_authors = true;
      std::set<std::string> titled_names;
      for (const uint32_t c : children) {
        if (Node(c).tag != tag) continue;
        const CommentHead head = ReadCommentHead(c, in_link);
        if (!head.found) continue;
        if (headings[c] > 0) {  // a post's title under its head, or an entry's headline
          if (!head.linked || FirstHeading(c) < head.last) continue;
          ++titled;
          titled_names.insert(AsciiLower(head.name));
        }
        all_by_authors = all_by_authors && IsArticleAuthor(head.name);
        ++comments;
        text += raw_text[c];
        linked += links[c];
        if (first == kNoNode) first = c;
      }
      if (comments < kMinThreadItems || 3 * comments < 2 * most || 2 * linked > text || all_by_authors ||
          3 * titled_names.size() < 2 * titled) {
        continue;
      }
      if ((meta_.headline_h1 != kNoNode && first < meta_.headline_h1) || ProseBefore(first, raw_p) < kMinFigureProse) {
        continue;
      }
      // The thread's other items of the tag (a comment whose head is laid out
      // otherwise, a "load more" control) go with it, and its titled posts.
      for (const uint32_t c : children) {
        if (Node(c).tag == tag && (headings[c] == 0 || (titled > 0 && ReadCommentHead(c, in_link).found))) items[c] = 1;
      }
    }
    return items;
  }

  // A box after the text whose first text is a heading that is only the word for
  // readers' comments, a count aside ("Comments", "2 Comments", "Kommentare (3)",
  // "Комментарии", "댓글"): the readers' box, however few its comments and whatever
  // its items print (FindCommentItems wants a thread of kMinThreadItems with names
  // and times). After the headline and after the article's prose, as a thread is.
  bool IsHeadedCommentsBox(uint32_t i, const std::vector<uint32_t>& raw_text, const std::vector<uint32_t>& raw_p) const {
    constexpr size_t kMaxHeadingBytes = 60;
    const DomNode& d = Node(i);
    if (d.is_text || IsHeadingTag(d.tag) || raw_text[i] == 0) return false;
    uint32_t heading = kNoNode;
    for (uint32_t c = i + 1; c < d.end; c = Node(c).end) {
      if (raw_text[c] == 0) continue;
      if (!Node(c).is_text && IsHeadingTag(Node(c).tag)) heading = c;
      break;
    }
    if (heading == kNoNode || raw_text[heading] > kMaxHeadingBytes) return false;
    if (meta_.headline_h1 == kNoNode || i < meta_.headline_h1 || ProseBefore(i, raw_p) < kMinFigureProse) return false;
    std::string word;
    for (const char c : internal::VisibleText(dom_, heading, kMaxHeadingBytes + 8)) {
      if ((c >= '0' && c <= '9') || c == '(' || c == ')' || c == ':' || c == ' ' || c == '\n' || c == '\t') continue;
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    static constexpr std::string_view kWords[] = {
        "comments", "comment", "readercomments", "readers'comments", "kommentare", "kommentar", "leserkommentare",
        "commentaires", "commentaire", "comentarios", "comentario", "commenti", "commento", "coment\xC3\xA1rios",
        "reacties", "komentarze", "koment\xC3\xA1\xC5\x99" "e", "kommentarer", "kommentit", "yorumlar",
        "hozz\xC3\xA1sz\xC3\xB3l\xC3\xA1sok", "comentarii",
        "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",  // комментарии
        "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",  // Комментарии
        "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD1\x96",  // коментарі
        "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD1\x96",  // Коментарі
        "\xCF\x83\xCF\x87\xCF\x8C\xCE\xBB\xCE\xB9\xCE\xB1", "\xCE\xA3\xCF\x87\xCF\x8C\xCE\xBB\xCE\xB9\xCE\xB1",  // σχόλια
        "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD9\x84\xD9\x8A\xD9\x82\xD8\xA7\xD8\xAA",  // التعليقات
        "\xE8\xAF\x84\xE8\xAE\xBA", "\xE8\xA9\x95\xE8\xAB\x96", "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88",  // 评论 評論 コメント
        "\xEB\x8C\x93\xEA\xB8\x80"};  // 댓글
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
  }

  // A reader's comment as schema.org microdata marks it (itemtype ".../Comment" or
  // ".../UserComments"): a convention of the web, whatever the page's classes.
  static bool IsCommentMicrodata(const DomNode& d) {
    for (const std::string_view type : Split(internal::Attr(d.node, "itemtype"), ' ')) {
      const std::string lower = AsciiLower(TrimAscii(type));
      if (lower.ends_with("schema.org/comment") || lower.ends_with("schema.org/usercomments")) return true;
    }
    return false;
  }

  // Whether the page's data calls it a live blog: a schema.org LiveBlogPosting in
  // its JSON-LD or its microdata.
  bool DeclaredLiveBlog() const {
    if (article_.json_ld.find("\"LiveBlogPosting\"") != std::string::npos) return true;
    for (uint32_t i = 0; i < n_; ++i) {
      const DomNode& d = Node(i);
      if (d.is_text) continue;
      const std::string_view type = internal::Attr(d.node, "itemtype");
      if (!type.empty() && AsciiLower(type).find("schema.org/liveblogposting") != std::string::npos) return true;
    }
    return false;
  }

  // Whether `name` (a comment head's name line) is one of Article::authors.
  bool IsArticleAuthor(std::string_view name) const {
    const std::string lower = AsciiLower(TrimAscii(name));
    return !lower.empty() && std::any_of(article_.authors.begin(), article_.authors.end(), [&](const SourcedValue& a) {
             return AsciiLower(TrimAscii(a.value)) == lower;
           });
  }

  // The head of a reader's comment (FindCommentItems).
  struct CommentHead {
    bool found = false;     // a name and a time, then something said after them
    std::string_view name;  // the line read as the commenter's name
    uint32_t last = 0;      // the node of the head's last line
    bool linked = false;    // a line of the head is a link (the poster's page, the post's address)
  };

  // Element `c` opens with a commenter's name and a time and says something after them.
  CommentHead ReadCommentHead(uint32_t c, const std::vector<uint8_t>& in_link) const {
    CommentHead head;
    bool name = false, time = false;
    int lines = 0;
    // A head is in the first nodes of an item: the scan is bounded whatever the markup.
    const uint32_t end = std::min(Node(c).end, c + kMaxCommentHeadNodes);
    for (uint32_t k = c + 1; k < end; ++k) {
      const DomNode& e = Node(k);
      if (non_rendered_[k]) continue;
      if (!e.is_text) {
        if (e.tag == GUMBO_TAG_TIME && !(name && time)) {
          time = true;
          head.last = k;
        }
        continue;
      }
      const std::string_view t = TrimAscii(internal::NodeText(e.node));
      if (t.empty()) continue;
      if (name && time) {  // the comment's own text, after its head
        head.found = true;
        return head;
      }
      if (t.size() > kMaxTimeStampBytes || ++lines > kMaxCommentHeadLines) return head;
      if (HasDateOrClock(t) || IsRelativeTime(t)) {
        time = true;
        head.last = k;
        head.linked = head.linked || in_link[k];
      } else if (IsCommenterName(t)) {
        name = true;
        head.name = t;
        head.last = k;
        head.linked = head.linked || in_link[k];
      }
    }
    return head;
  }

  // The first element under element `i`, in document order, that `accepts` (called
  // with its index); Node(i).end when there is none.
  template <typename Accepts>
  uint32_t FirstElementUnder(uint32_t i, Accepts accepts) const {
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (!Node(k).is_text && accepts(k)) return k;
    }
    return Node(i).end;
  }

  // The first heading element inside element `c` (its end when there is none).
  uint32_t FirstHeading(uint32_t c) const {
    return FirstElementUnder(c, [&](uint32_t k) { return !non_rendered_[k] && IsHeadingTag(Node(k).tag); });
  }

  // A time counted back from now, as comment heads print it ("2 days ago", "vor 3
  // Stunden", "il y a 5 minutes", "hace 1 hora", "4h"): a short line (at most
  // kMaxCardLabel bytes) with a number and a unit of time, in the languages of
  // the table; a number glued to a unit letter counts too ("4h", "10min").
  static bool IsRelativeTime(std::string_view t) {
    if (t.size() > kMaxCardLabel || ShapeOf(t).words > kMaxCommenterNameWords + 1) return false;
    static constexpr std::string_view kUnits[] = {
        // en
        "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",
        "day", "days", "week", "weeks", "month", "months", "year", "years",
        // de
        "sekunde", "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat",
        "monaten", "jahr", "jahren",
        // fr
        "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
        // es, pt, it
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "d\xC3\xAD" "a", "d\xC3\xAD" "as", "dia", "dias",
        "semana", "semanas", "mes", "meses", "m\xC3\xAAs", "a\xC3\xB1o", "a\xC3\xB1os", "ano", "anos",
        "secondi", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno",
        "anni",
        // nl, nordic, pl, tr
        "uur", "dag", "dagen", "weken", "maanden", "jaar", "timer", "timmar", "dage", "dagar", "minut", "minuty",
        "godzin", "godziny", "godzin\xC4\x99", "dni", "saat", "dakika", "g\xC3\xBCn", "hafta", "ay", "y\xC4\xB1l"};
    static constexpr std::string_view kGlued[] = {"s", "m", "h", "d", "w", "y", "min", "mins", "hr", "hrs", "std"};
    bool number = false, unit = false;
    for (std::string_view word : Split(t, ' ')) {
      while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ')')) word.remove_suffix(1);
      while (!word.empty() && (word.front() == '(' || word.front() == '-')) word.remove_prefix(1);
      if (word.empty()) continue;
      size_t digits = 0;
      while (digits < word.size() && IsDigit(word[digits])) ++digits;
      const std::string rest = AsciiLower(word.substr(digits));
      if (digits > 0) number = true;
      const bool glued = digits > 0 && std::find(std::begin(kGlued), std::end(kGlued), rest) != std::end(kGlued);
      const bool named = digits == 0 && std::find(std::begin(kUnits), std::end(kUnits), rest) != std::end(kUnits);
      unit = unit || glued || named;
    }
    return number && unit;
  }

  // A commenter's name or nickname as a comment's head prints it ("Jane Reader",
  // "Catherine (Staff)", "Ruth A.", "night_owl77"): one to kMaxCommenterNameWords
  // words, no date or clock time, not a question or an exclamation.
  static bool IsCommenterName(std::string_view t) {
    if (t.size() > kMaxCardLabel || HasDateOrClock(t) || IsRelativeTime(t)) return false;
    const BlockShape shape = ShapeOf(t);
    return shape.words >= 1 && shape.words <= kMaxCommenterNameWords && !t.ends_with('!') && !t.ends_with('?');
  }

  // Bytes of prose (raw paragraph text) that come before element `i` on the page:
  // in the preceding siblings of `i` and of each of its ancestors. That is the
  // prose of every node before `i` in document order but its ancestors, so one
  // pass over the page gives it for every node: `prose_before`, built on the first
  // call (reading the siblings per call made a page of many small boxes after the
  // headline quadratic).
  uint64_t ProseBefore(uint32_t i, const std::vector<uint32_t>& raw_p) const {
    if (prose_before_.empty()) {
      // A node's own prose: its subtree's less its children's subtrees'.
      std::vector<uint32_t> own(raw_p.begin(), raw_p.begin() + n_);
      for (uint32_t k = 1; k < n_; ++k) {
        if (Node(k).parent != kNoNode) own[Node(k).parent] -= raw_p[k];
      }
      std::vector<uint64_t> above(n_, 0);  // own prose of the ancestors
      prose_before_.assign(n_, 0);
      uint64_t read = 0;  // own prose of the nodes before k
      for (uint32_t k = 0; k < n_; ++k) {
        const uint32_t parent = Node(k).parent;
        if (parent != kNoNode) above[k] = above[parent] + own[parent];
        prose_before_[k] = read - above[k];
        read += own[k];
      }
    }
    return prose_before_[i];
  }

  // An embedded player -- a <video>, an <audio> or an <iframe> (a chart, a clip) --
  // with its teaser: the box around the player and links to the player's own page
  // (its headline, its standfirst, "more"). The media plays here, in the article:
  // the box is the article's own media, a caption, not a promotion of another page.
  // The box is the outermost element around the player, within kMaxPlayerDepth
  // levels, that holds at most kMaxCardText bytes of text outside links (a date, the
  // rights, the player's own address: no prose), at most kMaxPlayerText bytes of text and links to
  // one page only.
  void MarkPlayerBoxes(const std::vector<uint32_t>& raw_p) {
    std::vector<uint32_t> shown(n_, 0);
    for (uint32_t i = n_; i-- > 0;) {
      const DomNode& d = Node(i);
      if (d.is_text && !non_rendered_[i]) shown[i] = static_cast<uint32_t>(TrimAscii(internal::NodeText(d.node)).size());
      if (d.parent != kNoNode) shown[d.parent] += shown[i];
    }
    for (uint32_t player = 0; player < n_; ++player) {
      const GumboTag tag = Node(player).tag;
      if (Node(player).is_text || (tag != GUMBO_TAG_VIDEO && tag != GUMBO_TAG_AUDIO && tag != GUMBO_TAG_IFRAME)) continue;
      // The outermost wrapper that still holds no prose, little text and links to one page.
      uint32_t box = kNoNode;
      uint32_t up = Node(player).parent;
      for (int depth = 0; up != kNoNode && depth < kMaxPlayerDepth; ++depth, up = Node(up).parent) {
        if (raw_p[up] > kMaxCardText || shown[up] > kMaxPlayerText || Node(up).tag == GUMBO_TAG_BODY ||
            Node(up).tag == GUMBO_TAG_A) {
          break;
        }
        const std::string_view* target = PageLinkTarget(up);
        if (target != nullptr && target->empty()) break;  // links to several pages: a list, not one player
        if (target != nullptr) box = up;
      }
      if (box == kNoNode || disposition_[box] == Disposition::kDropped ||
          disposition_[box] == Disposition::kBoilerplateRoot) {
        continue;
      }
      disposition_[box] = Disposition::kBoilerplateRoot;
      role_[box] = "caption";
    }
  }

  // Media the article shows in place among its paragraphs, under a title that
  // links the media's own page: a caption (the article's own media, ruling 3), not
  // a card promoting another page, as a player's box is (MarkPlayerBoxes). Two
  // strips of items:
  //  - a gallery of the article's pictures: kMinGalleryPictures or more
  //    thumbnails, each a link around a picture that shows no text, all to one
  //    page (the slideshow's viewer; its title and a "view all photos" line link
  //    there too). A card shows one picture, a rail of cards links several pages;
  //  - a feed of social posts embedded in place (a carousel of tweets): items
  //    holding the action links of two or more posts (the network's reply, repost
  //    and like intents, PostOfAction) beside each post's text and its author's
  //    links.
  // Only in the body's walk (`run`), after the container is chosen: a sidebar's
  // feed of the site's posts stays where it is. The strip is the lowest element
  // holding such items; the box, the outermost element around it inside the run,
  // within kMaxPlayerDepth levels, whose text outside the strip is no prose, at
  // most kMaxPlayerText bytes, and links to one page at most (a gallery's: its
  // viewer).
  void MarkMediaStrips(const BodyRun& run) {
    const std::vector<uint32_t>& shown = shown_text_;
    constexpr uint32_t kMinGalleryPictures = 3;
    std::vector<uint32_t> pictures(n_, 0);  // links around a picture, per subtree
    std::vector<std::string> post(n_);      // the one post whose actions a subtree holds
    std::vector<uint8_t> posts(n_, 0);      // the subtree holds the actions of several posts
    for (uint32_t i = run.end; i-- > run.first;) {
      const DomNode& d = Node(i);
      if (d.parent == kNoNode) continue;
      if (!d.is_text && d.tag == GUMBO_TAG_A) {
        if (shown[i] == 0 && HoldsPicture(i)) ++pictures[i];
        if (std::string id = PostOfAction(internal::Attr(d.node, "href")); !id.empty() && post[i].empty()) {
          post[i] = std::move(id);
        }
      }
      pictures[d.parent] += pictures[i];
      if (posts[i] || (!post[i].empty() && !post[d.parent].empty() && post[d.parent] != post[i])) {
        posts[d.parent] = 1;
      } else if (!post[i].empty()) {
        post[d.parent] = post[i];
      }
    }
    auto strip_of = [&](uint32_t i) { return pictures[i] >= kMinGalleryPictures || posts[i]; };
    for (uint32_t strip = run.first; strip < run.end; ++strip) {
      const DomNode& d = Node(strip);
      if (d.is_text || d.tag == GUMBO_TAG_A || Node(strip).tag == GUMBO_TAG_BODY || !strip_of(strip)) continue;
      bool lowest = true;  // no child holds the strip alone
      for (uint32_t c = strip + 1; c < d.end && lowest; c = Node(c).end) lowest = !strip_of(c);
      if (!lowest) continue;
      const bool gallery = !posts[strip];
      // The strip is nothing but its items: a gallery's thumbnails hold no prose and
      // little text; a feed's children without a post's actions hold no prose (two
      // posts embedded apart among the paragraphs are in the text's element).
      if (gallery && (p_text_[strip] > kMaxCardText || shown[strip] > kMaxPlayerText)) continue;
      if (!gallery) {
        uint64_t other = 0;
        for (uint32_t c = strip + 1; c < d.end; c = Node(c).end) {
          if (post[c].empty() && !posts[c]) other += p_text_[c];
        }
        if (other > kMaxCardText) continue;
      }
      std::string page;  // the one page the box links outside the strip (a gallery's viewer)
      if (gallery) {
        const std::string_view* target = PageLinkTarget(strip);
        if (target == nullptr || target->empty()) continue;  // several pages: a rail of cards
        page = std::string(*target);
      }
      uint32_t box = kNoNode;
      for (uint32_t up = strip, depth = 0; up != kNoNode && depth < kMaxPlayerDepth; ++depth, up = Node(up).parent) {
        if (up == run.root || up < run.first || Node(up).end > run.end || p_text_[up] - p_text_[strip] > kMaxCardText ||
            shown[up] - shown[strip] > kMaxPlayerText) {
          break;
        }
        bool one_page = true;
        for (uint32_t k = up; k < Node(up).end && one_page; k = k == strip ? Node(strip).end : k + 1) {
          if (k == strip || Node(k).is_text || Node(k).tag != GUMBO_TAG_A || !LinksToPage(k)) continue;
          const std::string_view href = TrimAscii(internal::Attr(Node(k).node, "href"));
          if (page.empty()) page = std::string(href);
          one_page = href == page;
        }
        if (!one_page) break;
        box = up;
      }
      // A box named a promotion ("liveblog-promo") is the media all the same; one
      // inside the page's furniture stays furniture.
      if (box == kNoNode || disposition_[box] == Disposition::kDropped) continue;
      uint32_t region = box;  // the boilerplate root the box is in, or is
      while (region != kNoNode && disposition_[region] == Disposition::kInBoilerplate) region = Node(region).parent;
      if (region != kNoNode && disposition_[region] == Disposition::kBoilerplateRoot && !IsInlineBoxRole(role_[region])) {
        continue;
      }
      disposition_[box] = Disposition::kBoilerplateRoot;
      role_[box] = "caption";
      link_module_[box] = 0;
    }
  }

  // Element `i` holds an <img>.
  bool HoldsPicture(uint32_t i) const {
    return FirstElementUnder(i, [&](uint32_t k) { return Node(k).tag == GUMBO_TAG_IMG; }) != Node(i).end;
  }

  // The post a link acts on, as the networks' embeds print their action links:
  // Twitter's (and X's) web intents to reply to, repost or like one post
  // ("twitter.com/intent/retweet?tweet_id=4711", "intent/tweet?in_reply_to=4711"):
  // the post's id, or empty. A share button's intent names no post.
  static std::string PostOfAction(std::string_view href) {
    const std::string lower = AsciiLower(TrimAscii(href));
    const size_t intent = lower.find("/intent/");
    if (intent == std::string::npos) return {};
    const std::string host = UrlHost(lower);
    if (host != "twitter.com" && host != "x.com" && host != "mobile.twitter.com") return {};
    for (const std::string_view key : {"tweet_id=", "in_reply_to="}) {
      size_t at = lower.find(key, intent);
      if (at == std::string::npos) continue;
      at += key.size();
      size_t end = at;
      while (end < lower.size() && IsDigit(lower[end])) ++end;
      if (end > at) return lower.substr(at, end - at);
    }
    return {};
  }

  // The href of the page links in element `i`'s subtree when they all go to one
  // page; an empty view when they go to several; null when there is none.
  const std::string_view* PageLinkTarget(uint32_t i) {
    link_target_.reset();
    for (uint32_t k = i; k < Node(i).end; ++k) {
      if (Node(k).is_text || Node(k).tag != GUMBO_TAG_A || !LinksToPage(k)) continue;
      const std::string_view href = TrimAscii(internal::Attr(Node(k).node, "href"));
      if (!link_target_) {
        link_target_ = href;
      } else if (*link_target_ != href) {
        link_target_ = std::string_view();
      }
    }
    return link_target_ ? &*link_target_ : nullptr;
  }

  // Every text a reader sees in element `i` lies inside links to one page (no
  // picture credit among it), and there is some: `i` is a link's text, not a caption.
  bool IsOneLinkToPage(uint32_t i, const std::vector<uint32_t>& link_above) const {
    std::string_view target;
    std::string text;
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (!Node(k).is_text || non_rendered_[k]) continue;
      const std::string_view shown = TrimAscii(internal::NodeText(Node(k).node));
      if (shown.empty()) continue;
      const uint32_t link = link_above[k];
      if (link == kNoNode || link < i || !LinksToPage(link)) return false;
      const std::string_view href = TrimAscii(internal::Attr(Node(link).node, "href"));
      if (!target.empty() && href != target) return false;
      target = href;
      text.append(shown).append(" ");
    }
    return !target.empty() && !IsHomePage(internal::ResolveUrl(meta_.base_url, target)) && !HasPictureCredit(text);
  }

  // A line's element holds a picture, or comes right after one among its siblings
  // (a credit laid over the lead picture, "<picture>…</picture><div>AFP</div>"), or
  // lies in a short group of lines that does: a caption and its credit in one box
  // after the picture's ("<div><img></div><div><div>The quay at dawn</div><div>Jane
  // Doe, AP</div></div>"), up to kMaxPictureGroupLevels elements up, each holding at
  // most kMaxPictureGroupBytes of text and not the headline.
  bool BesidePicture(uint32_t element) const {
    constexpr int kMaxPictureGroupLevels = 3;
    constexpr size_t kMaxPictureGroupBytes = 300;
    if (element == kNoNode) return false;
    if (HoldsMedia(element, /*decorative_icons=*/false)) return true;
    uint32_t e = element;
    for (int level = 0; level < kMaxPictureGroupLevels; ++level) {
      if (RightAfterPicture(e)) return true;
      const uint32_t parent = Node(e).parent;
      if (parent == kNoNode || Node(parent).is_text) return false;
      if (meta_.headline_h1 != kNoNode && parent <= meta_.headline_h1 && meta_.headline_h1 < Node(parent).end) {
        return false;
      }
      size_t bytes = 0;
      for (uint32_t k = parent + 1; k < Node(parent).end && bytes <= kMaxPictureGroupBytes; ++k) {
        if (Node(k).is_text && !non_rendered_[k]) bytes += TrimAscii(internal::NodeText(Node(k).node)).size();
      }
      if (bytes > kMaxPictureGroupBytes) return false;
      e = parent;
    }
    return false;
  }

  // The element right before `element` among its siblings, with no text between
  // them, is a picture or holds one.
  bool RightAfterPicture(uint32_t element) const {
    const uint32_t parent = Node(element).parent;
    if (parent == kNoNode) return false;
    uint32_t previous = kNoNode;  // the element right before, with no text between
    for (uint32_t k = parent + 1; k < element; k = Node(k).end) {
      if (!Node(k).is_text) {
        previous = k;
      } else if (!TrimAscii(internal::NodeText(Node(k).node)).empty()) {
        previous = kNoNode;
      }
    }
    if (previous == kNoNode) return false;
    switch (Node(previous).tag) {
      case GUMBO_TAG_IMG:
      case GUMBO_TAG_VIDEO:
      case GUMBO_TAG_IFRAME:
      case GUMBO_TAG_CANVAS:
        return true;
      default:
        return HoldsMedia(previous, /*decorative_icons=*/false);
    }
  }

  // Element `i` holds a picture or a player. Without `decorative_icons`, an <svg>
  // hidden from screen readers (aria-hidden="true": a caret, an arrow) is no picture.
  bool HoldsMedia(uint32_t i, bool decorative_icons = true) const {
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      switch (Node(k).tag) {
        case GUMBO_TAG_SVG:
          if (!Node(k).is_text &&
              (decorative_icons || TrimAscii(internal::Attr(Node(k).node, "aria-hidden")) != "true")) {
            return true;
          }
          break;
        case GUMBO_TAG_IMG: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED:
          if (!Node(k).is_text) return true;
          break;
        default:
          break;
      }
    }
    return false;
  }

  // Element `i` holds a list item whose text is a link to a page (a list of headlines).
  bool HoldsLinkList(uint32_t i, const std::vector<uint32_t>& link_above) const {
    for (uint32_t li = i + 1; li < Node(i).end; ++li) {
      if (Node(li).is_text || Node(li).tag != GUMBO_TAG_LI) continue;
      for (uint32_t k = li + 1; k < Node(li).end; ++k) {
        if (!Node(k).is_text || non_rendered_[k] || TrimAscii(internal::NodeText(Node(k).node)).empty()) continue;
        const uint32_t link = link_above[k];
        if (link != kNoNode && link > li && LinksToPage(link)) return true;
      }
    }
    return false;
  }

  // A module of links to other pages of the site, whatever its class words or its
  // tag call it (a "nav", a "share" or an "ad" box, a <header>, a <footer>, a
  // <figure> without a picture): no prose and (nearly) all of its text inside links
  // (kModuleLinkShare), its heading and its dates aside (a <time>, a time-stamp line); its links mostly
  // headlines (kMinModuleHeadlineWords words: headlines hold at least half of the
  // link text, where a menu's name sections and a byline a name), one of them to
  // another page of this site. Between two paragraphs it is walked as a box, as a
  // related box is: what it promotes is the cross-link detector's to judge. Never
  // what a reader does not see, the author's box or the byline's, a player or a
  // form (an embed, a sign-up), nor a picture with its caption (a gallery that plays
  // in place); a share bar links to other sites or to this page, and a "Main
  // article:" note is a label beside its link.
  bool IsLinkModule(uint32_t i, const char* role, const std::vector<uint32_t>& untitled_p,
                    const std::vector<uint32_t>& raw_text, const std::vector<uint32_t>& raw_link,
                    const std::vector<uint32_t>& raw_title, const std::vector<uint32_t>& link_above,
                    const std::vector<bool>& is_byline) const {
    const std::string_view r = role;
    const bool picture = (r == "caption" || Node(i).tag == GUMBO_TAG_FIGURE) && HoldsMedia(i, /*decorative_icons=*/false);
    if (r == "hidden" || r == "author" || r == "media" || picture) {
      return false;
    }
    const uint64_t shown = raw_text[i] - std::min(raw_text[i], raw_title[i]);  // a heading or a date aside
    if (untitled_p[i] > 0 || shown == 0 || raw_link[i] * kModuleLinkShare.second < shown * kModuleLinkShare.first) {
      return false;
    }
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (Node(k).is_text) continue;
      // The byline's box (the author's latest stories under the name): no module.
      if (is_byline[k] || (Node(k).tag == GUMBO_TAG_A && internal::HasToken(internal::NameTokens(
                                                             internal::Attr(Node(k).node, "rel")), {"author"}))) {
        return false;
      }
      switch (Node(k).tag) {
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_EMBED:
        case GUMBO_TAG_OBJECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
          if (!Node(k).is_text) return false;
          break;
        default:
          break;
      }
    }
    // Per link, the words and bytes it shows, and whether it goes to another page of
    // this site. A menu's links name sections in a word or two; a module's are
    // headlines, which hold at least half of its link text.
    struct Shown {
      size_t words = 0;
      uint64_t bytes = 0;
      bool story = false;
    };
    std::unordered_map<uint32_t, Shown> links;
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (!Node(k).is_text || non_rendered_[k]) continue;
      const uint32_t link = link_above[k];
      if (link == kNoNode || link < i) continue;
      const std::string_view text = TrimAscii(internal::NodeText(Node(k).node));
      Shown& shown_link = links[link];
      if (shown_link.bytes == 0 && LinksToPage(link)) {
        const std::string url = internal::ResolveUrl(meta_.base_url, TrimAscii(internal::Attr(Node(link).node, "href")));
        shown_link.story = !IsHomePage(url) && OnThisSite(url) && !IsThisPage(url);
      }
      shown_link.words += CountWords(text);
      shown_link.bytes += text.size() + 1;
    }
    uint64_t headline_bytes = 0, link_bytes = 0;
    bool story = false;
    for (const auto& [link, shown_link] : links) {
      link_bytes += shown_link.bytes;
      if (shown_link.words < kMinModuleHeadlineWords) continue;
      headline_bytes += shown_link.bytes;
      story = story || shown_link.story;
    }
    return story && 2 * headline_bytes >= link_bytes;
  }

  // `url` (absolute) is a page of this page's site: its host shares the site's label
  // with the page's address, its canonical or, on a syndicated copy, its own address
  // or the original it declares (Article::source_url).
  // A page whose site is unknown takes every page for one of its own.
  bool OnThisSite(std::string_view url) const {
    const std::string label = internal::SiteLabel(url);
    for (const std::string& site : own_sites_) {
      if (site == label) return true;
    }
    return own_sites_.empty() || label.empty();
  }

  // `url` (absolute) is this page, whatever its query and fragment say (a share
  // button's "?share=facebook", "#comments").
  bool IsThisPage(std::string_view url) const {
    const std::string target = PageKey(url);
    return std::find(own_pages_.begin(), own_pages_.end(), target) != own_pages_.end();
  }

  // An address without its scheme, query, fragment, "www." and trailing slashes, lower-cased.
  static std::string PageKey(std::string_view u) {
    if (const size_t scheme = u.find("://"); scheme != std::string_view::npos) u.remove_prefix(scheme + 3);
    u = u.substr(0, u.find_first_of("?#"));
    if (u.starts_with("www.")) u.remove_prefix(4);
    while (u.ends_with("/")) u.remove_suffix(1);
    return AsciiLower(u);
  }

  // Element `i` holds a box that may sit between paragraphs (a related or promo box).
  bool FramesInlineBox(uint32_t i) const {
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (Node(k).is_text) continue;
      const char* role = BoilerplateRole(Node(k));
      if (role != nullptr && IsInlineBoxRole(role)) return true;
    }
    return false;
  }

  // A <div>, <span> or <section> whose class or id names a picture and that holds
  // an image, outside links: the picture with its caption and credit.
  bool IsPictureWrapper(uint32_t i) const {
    const DomNode& d = Node(i);
    if (d.tag != GUMBO_TAG_DIV && d.tag != GUMBO_TAG_SPAN && d.tag != GUMBO_TAG_SECTION) return false;
    const internal::NameTokenList tokens = internal::ClassIdTokens(d);
    static constexpr std::string_view kPictureWords[] = {"picture", "image", "img", "photo", "foto", "bild",
                                                         "media", "imagen", "immagine", "obrazek", "zdjecie"};
    const bool named = std::any_of(tokens.begin(), tokens.end(), [](std::string_view t) {
      return std::find(std::begin(kPictureWords), std::end(kPictureWords), t) != std::end(kPictureWords);
    });
    if (!named) return false;
    // Inside a link it is the picture of a teaser card, which stays whole.
    uint32_t up = d.parent;
    for (int depth = 0; up != kNoNode && depth < 64; ++depth, up = Node(up).parent) {
      if (Node(up).tag == GUMBO_TAG_A) return false;
    }
    // Around links to other pages it is a grid of teaser cards, not one picture.
    bool image = false;
    for (uint32_t k = i + 1; k < d.end; ++k) {
      if (Node(k).tag == GUMBO_TAG_IMG) image = true;
      if (Node(k).tag == GUMBO_TAG_A && LinksToPage(k)) return false;
    }
    return image;
  }

  // A picture and the lines under it, however the page names them: an element
  // around one image and a short text (kMaxCaptionText) that is the picture's
  // caption -- it repeats the image's alt or title text, or it carries a picture
  // credit ("Photo: ...", "Bild: ...", "(c) ..."). A paragraph beside an image says
  // neither. A teaser card (its text a link to another page) is no picture unit.
  bool IsPictureUnit(uint32_t i, const std::vector<uint32_t>& raw_text, const std::vector<uint32_t>& images) const {
    const DomNode& d = Node(i);
    if (d.tag != GUMBO_TAG_DIV && d.tag != GUMBO_TAG_SECTION && d.tag != GUMBO_TAG_SPAN) return false;
    if (images[i] != 1 || raw_text[i] == 0 || raw_text[i] > kMaxCaptionText) return false;
    const GumboNode* image = nullptr;
    for (uint32_t k = i + 1; k < d.end; ++k) {
      const DomNode& e = Node(k);
      if (e.tag == GUMBO_TAG_IMG && image == nullptr) image = e.node;
      if (e.tag == GUMBO_TAG_A && !e.is_text && LinksToPage(k)) {
        for (uint32_t t = k + 1; t < e.end; ++t) {
          if (Node(t).is_text && !TrimAscii(internal::NodeText(Node(t).node)).empty()) return false;
        }
      }
    }
    if (image == nullptr) return false;
    const std::string text = internal::VisibleText(dom_, i, kMaxCaptionText + 64);
    if (HasPictureCredit(text)) return true;
    // A caption closing with its credit's tag ("The quay at dawn (AFP)", "Jane
    // Doe/Reuters"), the unit's only text block: a step of a how-to, a heading and a
    // paragraph beside a picture whose caption closes with its photographer, is not.
    if ((EndsWithBracketedTag(text) || EndsWithSlashCredit(text)) && TextInOneBlock(i, raw_text)) return true;
    for (const char* attr : {"alt", "title"}) {
      const std::string echo = CollapseWhitespace(internal::Attr(image, attr));
      if (echo.size() >= kMinCaptionEcho && StartsWithIgnoreCase(text, echo.substr(0, kMinCaptionEcho))) return true;
    }
    return false;
  }

  // A short line of its own right under a block that holds a picture and no text
  // ("<p><img></p><p>© AFP</p>", "<div><img></div><p>（共同）</p>", a gallery's
  // "Jane Doe/Reuters"): the picture's credit, when it reads as one (a picture
  // credit's label or mark, a bracketed tag, a name and a source joined by a slash).
  // The same line after a paragraph is the text's closing tag. A caption of any
  // length there that opens with the picture's credit ("Photo credit: AP | In this
  // file photo, ...", "Foto: dpa | ...") is the picture's too: the credit first is
  // how a caption line is printed, never how a paragraph of the text opens.
  bool IsCreditUnderPicture(uint32_t i, const std::vector<uint32_t>& raw_text,
                            const std::vector<uint32_t>& images) const {
    const DomNode& d = Node(i);
    if (d.tag != GUMBO_TAG_P && d.tag != GUMBO_TAG_DIV && d.tag != GUMBO_TAG_SPAN) return false;
    if (d.parent == kNoNode || images[i] != 0 || raw_text[i] == 0 || raw_text[i] > kMaxCaptionText) return false;
    // The sibling before it, past empty text: read back from it (the sibling before
    // `k` holds k - 1), not forward from the parent's first child, which made a run of
    // thousands of inline siblings quadratic.
    uint32_t before = kNoNode;
    for (uint32_t k = i; k > d.parent + 1;) {
      uint32_t c = k - 1;
      while (Node(c).parent != d.parent) c = Node(c).parent;
      if (!Node(c).is_text || raw_text[c] != 0) {
        before = c;
        break;
      }
      k = c;
    }
    if (before == kNoNode || Node(before).is_text || images[before] == 0 || raw_text[before] != 0) return false;
    const std::string text = internal::VisibleText(dom_, i, kMaxCaptionText + 64);
    if (OpensWithPictureCredit(text)) return true;
    if (raw_text[i] > kMaxCreditUnderPicture) return false;
    return HasPictureCredit(text) || IsBracketedLine(text) || EndsWithSlashCredit(text) || IsDateAndBracketedTag(text);
  }

  // A date alone and a bracketed tag ("4 June 2026 (AFP)", "June 4, 2026 (Reuters)"):
  // under a picture, the picture's date and credit; a dateline there names its place.
  static bool IsDateAndBracketedTag(std::string_view text) {
    const std::string t = CollapseWhitespace(text);
    if (!EndsWithBracketedTag(t)) return false;
    const size_t open = t.ends_with("\xEF\xBC\x89") ? t.rfind("\xEF\xBC\x88") : t.find_last_of("([");
    const std::string_view date = TrimAscii(std::string_view(t).substr(0, open));
    return IsDayFirstDate(date) || IsMonthFirstDate(date);
  }

  // Where the label of a picture's credit that opens `lower` (trimmed, in lower
  // case) ends, after its colon: "photo credit:", "photo:", "photo :", "crédit photo
  // :", "foto:", "bild:", "bildrechte:", "fotografía:", "фото:", "fot." (Cyrillic
  // capitals are listed as such: AsciiLower folds ASCII only); npos when none does.
  // Not a copyright sign: a long line opening with one is a rights notice ("© 2026
  // The Associated Press. All rights reserved. This material may not be ..."), the
  // text's credit even under a picture.
  static size_t PictureCreditLabelEnd(std::string_view lower) {
    static constexpr std::string_view kLabels[] = {
        "photo",         "photos",        "photo credit", "photo credits", "cr\u00E9dit photo", "cr\u00E9dits photo",
        "credit",        "cr\u00E9dit",   "cr\u00E9dito", "image",         "picture",           "pictures",
        "foto",          "fotos",         "fotograf\u00EDa", "bild",       "bilder",            "bildrechte",
        "bildquelle",    "imagen",        "immagine",     "kuva",          "bilde",             "zdj\u0119cie",
        "\u0444\u043E\u0442\u043E", "\u0424\u043E\u0442\u043E"};
    if (lower.starts_with("fot.")) return 4;
    for (const std::string_view label : kLabels) {
      if (!lower.starts_with(label)) continue;
      size_t end = label.size();
      while (end < lower.size() && (lower[end] == ' ' || lower[end] == '\t')) ++end;
      if (end < lower.size() && lower[end] == ':') return end + 1;
    }
    return std::string_view::npos;
  }

  static bool OpensWithPictureCredit(std::string_view text) {
    return PictureCreditLabelEnd(AsciiLower(TrimAscii(text))) != std::string_view::npos;
  }

  // A text that opens with a picture credit's label, the credit (1 to 60
  // characters) and a bar: "Photo credit: AP | In this file photo, ...", "Foto: dpa |
  // Die Fähre ...". The credit first, then a bar, is how a caption line is printed.
  static bool OpensWithCreditAndBar(std::string_view text) {
    constexpr size_t kMaxCreditChars = 60;
    const std::string lower = AsciiLower(TrimAscii(text));
    size_t at = PictureCreditLabelEnd(lower);
    if (at == std::string_view::npos) return false;
    auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; };
    while (at < lower.size() && space(lower[at])) ++at;
    const size_t bar = lower.find('|', at);
    if (bar == std::string::npos || bar < at + 2 || bar + 1 >= lower.size() || !space(lower[bar - 1]) ||
        !space(lower[bar + 1])) {
      return false;
    }
    const std::string_view credit = std::string_view(lower).substr(at, bar - 1 - at);
    const size_t chars = static_cast<size_t>(
        std::count_if(credit.begin(), credit.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
    return credit.find('\n') == std::string_view::npos && chars <= kMaxCreditChars;
  }

  // A caption printed as a block of its own, wherever it stands, that opens with its
  // picture's credit and a bar (OpensWithCreditAndBar): never how a paragraph of the
  // text opens. Right under a picture's box the label alone tells
  // (IsCreditUnderPicture).
  bool IsCaptionOpeningWithCredit(uint32_t i, const std::vector<uint32_t>& raw_text) const {
    const DomNode& d = Node(i);
    if (d.tag != GUMBO_TAG_P && d.tag != GUMBO_TAG_DIV) return false;
    if (raw_text[i] == 0 || raw_text[i] > kMaxCaptionText || !TextInOneBlock(i, raw_text)) return false;
    return OpensWithCreditAndBar(internal::VisibleText(dom_, i, kMaxCaptionText + 64));
  }

  // Whether every text under `i` lies in one block element (a caption's line with its
  // inline markup), not in a heading, a paragraph and a caption of their own.
  bool TextInOneBlock(uint32_t i, const std::vector<uint32_t>& raw_text) const {
    uint32_t block = kNoNode;
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (!Node(k).is_text || raw_text[k] == 0) continue;
      uint32_t up = Node(k).parent;
      while (up != i && up != kNoNode && !internal::IsBlockTag(Node(up).tag)) up = Node(up).parent;
      if (block == kNoNode) block = up;
      else if (up != block) return false;
    }
    return block != kNoNode;
  }

  // A line that is only a bracketed tag: "(AFP)", "（共同）", "[EPA]".
  static bool IsBracketedLine(std::string_view text) {
    const std::string t = CollapseWhitespace(text);
    constexpr size_t kMaxTagBytes = 60;
    if (t.size() < 3 || t.size() > kMaxTagBytes) return false;
    const bool ascii = (t.front() == '(' && t.back() == ')') || (t.front() == '[' && t.back() == ']');
    const bool full_width = t.starts_with("\xEF\xBC\x88") && t.ends_with("\xEF\xBC\x89");  // （ ）
    return ascii || full_width;
  }

  // A text that closes with a bracketed tag: "The quay at dawn (AFP)", "(1/3) （共同）".
  static bool EndsWithBracketedTag(std::string_view text) {
    const std::string t = CollapseWhitespace(text);
    constexpr size_t kMaxTagBytes = 40;
    size_t open = std::string::npos;
    if (t.ends_with(")")) open = t.rfind('(');
    else if (t.ends_with("]")) open = t.rfind('[');
    else if (t.ends_with("\xEF\xBC\x89")) open = t.rfind("\xEF\xBC\x88");
    return open != std::string::npos && t.size() - open <= kMaxTagBytes && IsBracketedLine(t.substr(open));
  }

  // A line whose last word joins a name and a source with a slash, as a picture's
  // credit does ("Jane Doe/Reuters", "ANSA/Marco Rossi"): no address, no date.
  static bool EndsWithSlashCredit(std::string_view text) {
    const std::string t = CollapseWhitespace(text);
    const size_t space = t.rfind(' ');
    const std::string_view last = space == std::string::npos ? std::string_view(t) : std::string_view(t).substr(space + 1);
    const size_t slash = last.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= last.size()) return false;
    return last.find_first_of(".:0123456789") == std::string_view::npos;
  }

  // A picture credit: a label and a colon ("Photo:", "Fotos:", "Bildrechte:",
  // "Imagen:", "Foto:") or a copyright sign.
  static bool HasPictureCredit(std::string_view text) {
    if (text.find("\xC2\xA9") != std::string_view::npos) return true;
    static constexpr std::string_view kLabels[] = {
        "photo:", "photos:", "image:", "picture:", "pictures:", "credit:", "credits:", "foto:", "fotos:",
        "bild:", "bilder:", "bildrechte:", "imagen:", "immagine:", "kuva:", "bilde:",
        "zdj\xC4\x99" "cie:", "fot.", "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE:"};
    const std::string lower = AsciiLower(text);
    for (const std::string_view label : kLabels) {
      for (size_t at = lower.find(label); at != std::string::npos; at = lower.find(label, at + 1)) {
        // A word of its own: at the start or after a space or an opening bracket.
        if (at == 0 || lower[at - 1] == ' ' || lower[at - 1] == '(' || lower[at - 1] == '|') return true;
      }
    }
    return false;
  }

  // A video or audio player and its chrome: the message shown when the video
  // fails to load, the "up next" end slate, the playlist beside it. A block whose
  // class or id names a player ("jwplayer", "video-player", "audio__player") or a
  // player's parts ("video-fallback", "video__end-slate"); the caller checks it
  // holds no prose. A "player" alone may be an athlete's name in a sports report.
  static bool IsPlayer(const DomNode& d) {
    if (!internal::IsBlockTag(d.tag) || d.tag == GUMBO_TAG_P || IsHeadingTag(d.tag) || d.tag == GUMBO_TAG_LI) return false;
    const internal::NameTokenList tokens = internal::ClassIdTokens(d);
    auto has = [&](std::initializer_list<std::string_view> words) { return internal::HasToken(tokens, words); };
    return has({"videoplayer", "audioplayer", "mediaplayer", "jwplayer"}) ||
           (has({"video", "audio", "media"}) && has({"player", "fallback", "slate", "playlist"}));
  }

  // <p class="caption">, <span class="image-credit">: a line under a picture.
  static bool IsCaptionParagraph(const DomNode& d) {
    if (d.tag != GUMBO_TAG_P && d.tag != GUMBO_TAG_SPAN) return false;
    const internal::NameTokenList tokens = internal::NameTokens(internal::Attr(d.node, "class"));
    return std::any_of(tokens.begin(), tokens.end(), [](std::string_view t) {
      return t == "caption" || t == "figcaption" || t == "bildunterschrift" || t == "legende" || t == "didascalia";
    });
  }

  // The rest of an article behind a paywall or a "read more" fold: a hidden
  // element holding kMinGatedProse bytes of paragraph text right after visible
  // paragraphs of the same parent. Pages ship it hidden until the reader is let
  // in; it is the article's text, not a hidden notice.
  // `first_prose_p` holds, per parent, its first visible <p> of prose (kNoNode:
  // none); empty, it is built here, once per page.
  bool IsGatedContinuation(uint32_t i, const std::vector<uint32_t>& raw_p, std::vector<uint32_t>& first_prose_p) const {
    const DomNode& d = Node(i);
    if (raw_p[i] < kMinGatedProse || d.parent == kNoNode) return false;
    if (first_prose_p.empty()) {
      first_prose_p.assign(n_, kNoNode);
      for (uint32_t c = 0; c < n_; ++c) {
        const DomNode& e = Node(c);
        if (e.parent != kNoNode && first_prose_p[e.parent] == kNoNode && e.tag == GUMBO_TAG_P &&
            raw_p[c] >= kMinScoredParagraph && !e.hidden) {
          first_prose_p[e.parent] = c;
        }
      }
    }
    return first_prose_p[d.parent] < i;
  }

  // Flags the nodes inside gated_roots_ (InGatedContinuation), in one pass however
  // many roots a page has (a closed <details> makes each of its children one).
  void MarkGatedText() {
    in_gated_.clear();
    if (gated_roots_.empty()) return;
    std::vector<int32_t> opened(n_ + 1, 0);  // roots opening minus roots closing at each node
    for (const uint32_t root : gated_roots_) {
      ++opened[root];
      --opened[Node(root).end];
    }
    in_gated_.assign(n_, 0);
    int32_t open = 0;
    for (uint32_t i = 0; i < n_; ++i) {
      open += opened[i];
      in_gated_[i] = open > 0 ? 1 : 0;
    }
  }

  // Whether element `i` lies inside a gated continuation: text the page ships
  // hidden until the reader is let in, kept as the article's text but not shown
  // to every reader (a module inside it is no promotion a reader sees).
  bool InGatedContinuation(uint32_t i) const {
    return i != kNoNode && i < in_gated_.size() && in_gated_[i];
  }

  // A block named for social media ("social-media-embed") around a quoted post --
  // a <blockquote> (the markup of embedded tweets, Instagram and TikTok posts,
  // before their script runs) -- is a post the article quotes, not a share bar.
  bool HoldsEmbeddedPost(uint32_t i) const {
    return FirstElementUnder(i, [&](uint32_t k) { return Node(k).tag == GUMBO_TAG_BLOCKQUOTE; }) != Node(i).end;
  }

  // Radio buttons and check boxes per subtree (the choices of a poll or a quiz).
  std::vector<uint32_t> CountChoiceInputs() const {
    std::vector<uint32_t> choices(n_, 0);
    for (uint32_t i = n_; i-- > 0;) {
      const DomNode& d = Node(i);
      if (!d.is_text && d.tag == GUMBO_TAG_INPUT) {
        const std::string type = AsciiLower(TrimAscii(internal::Attr(d.node, "type")));
        if (type == "radio" || type == "checkbox") choices[i] = 1;
      }
      if (d.parent != kNoNode) choices[d.parent] += choices[i];
    }
    return choices;
  }

  // A poll, a quiz or a survey placed in the text: a question and its answers
  // for the reader to pick ("Should platforms be regulated? Yes / No / Not
  // sure"), not text of the article. A block named for one ("article-poll",
  // "quiz-box", "umfrage", "encuesta") or the outermost block around two or more
  // radio buttons or check boxes and at most kMaxCaptionText bytes of text (the
  // question and its answers). The caller checks it holds little prose.
  bool IsPoll(uint32_t i, const std::vector<uint32_t>& raw_text, const std::vector<uint32_t>& choices) const {
    const DomNode& d = Node(i);
    if (!internal::IsBlockTag(d.tag) || d.tag == GUMBO_TAG_P || IsHeadingTag(d.tag)) return false;
    const internal::NameTokenList tokens = internal::ClassIdTokens(d);
    if (internal::HasToken(tokens, {"poll", "polls", "quiz", "survey", "umfrage", "abstimmung", "encuesta",
                                    "sondage", "sondaggio", "enquete", "ankieta", "sonda", "anket"})) {
      return true;
    }
    return choices[i] >= 2 && raw_text[i] <= kMaxCaptionText;
  }

  // A share bar known by its links, whatever the page calls it: a block with no
  // paragraph text (the caller checks) that holds kMinShareLinks links to share
  // endpoints (IsShareHref), which make at least half of its links ("Share this:",
  // then Facebook, X, WhatsApp, e-mail, and perhaps a "copy link" button).
  bool IsShareBar(uint32_t i) const {
    const DomNode& d = Node(i);
    if (!internal::IsBlockTag(d.tag) || d.tag == GUMBO_TAG_P || IsHeadingTag(d.tag)) return false;
    size_t share = 0, links = 0;
    for (uint32_t k = i + 1; k < d.end; ++k) {
      if (Node(k).is_text || Node(k).tag != GUMBO_TAG_A) continue;
      ++links;
      if (IsShareHref(internal::Attr(Node(k).node, "href"))) ++share;
    }
    return share >= kMinShareLinks && 2 * share >= links;
  }

  // Element `i` holds a heading element.
  bool HoldsHeading(uint32_t i) const {
    return FirstElementUnder(i, [&](uint32_t k) { return IsHeadingTag(Node(k).tag); }) != Node(i).end;
  }

  // Picture `i` (an <img>) is served from this page's site: its address (a lazy
  // picture's data-src first) is on one of the site's hosts ("/img/x.jpg",
  // "https://assets.paper.example/x.jpg"). An inline image (data:) is no address.
  bool ServedByThisSite(uint32_t i) const {
    std::string_view src = TrimAscii(internal::Attr(Node(i).node, "data-src"));
    if (src.empty()) src = TrimAscii(internal::Attr(Node(i).node, "src"));
    if (src.empty() || AsciiLower(src.substr(0, 5)) == "data:" || own_sites_.empty()) return false;
    const std::string url = internal::ResolveUrl(meta_.base_url, src);
    return !internal::SiteLabel(url).empty() && OnThisSite(url);
  }

  // A newsroom's sidebar: a small box (a card's text at most: kMaxCardText bytes)
  // named a sidebar but floated between two paragraphs of the text, the elements
  // right before and after it (past empty ones) <p>s of prose. A column of the page
  // layout stands beside the article's container, not between its paragraphs.
  bool IsSidebarInText(uint32_t i, const std::vector<uint32_t>& raw_p, const std::vector<uint32_t>& raw_text) const {
    constexpr int kMaxEmptySiblings = 4;  // empty elements passed over on each side (a <p> of comments)
    const DomNode& d = Node(i);
    if (raw_text[i] == 0 || raw_text[i] > kMaxCardText || d.parent == kNoNode) return false;
    const uint32_t parent = d.parent;
    auto shown = [&](uint32_t c) { return !non_rendered_[c] && raw_text[c] > 0; };
    auto prose = [&](uint32_t c) { return Node(c).tag == GUMBO_TAG_P && raw_p[c] > 0; };
    // The element before: climb from the node before `i` to the parent's child.
    uint32_t before = i;
    for (int passed = 0; passed <= kMaxEmptySiblings; passed += Node(before).is_text ? 0 : 1) {
      if (before == parent + 1) return false;
      uint32_t k = before - 1;
      while (Node(k).parent != parent) k = Node(k).parent;
      before = k;
      if (shown(before)) break;
    }
    // `after` may step to the parent's end, which can be past the last node: the
    // count reads it only inside the parent.
    uint32_t after = Node(i).end;
    auto counts = [&](uint32_t c) { return c < Node(parent).end && !Node(c).is_text ? 1 : 0; };
    for (int passed = 0; after < Node(parent).end && !shown(after); passed += counts(after)) {
      if (passed > kMaxEmptySiblings) return false;
      after = Node(after).end;
    }
    if (!shown(before)) return false;
    return prose(before) && after < Node(parent).end && prose(after);
  }

  // A narrow column of a CSS grid row (at most kMaxNarrowGridColumn twelfths wide:
  // "col-md-3", "span4") that holds little paragraph text beside a column of the
  // same row that holds the prose: the page's side column (categories, tags, an
  // archive, a most-read list) placed inside the element around the article. It
  // is layout, never a box of the text.
  // `wide_columns` keeps, per parent read, the most prose in a child wider than
  // each width (NarrowColumnIndex), so each row's columns are read once.
  bool IsNarrowSideColumn(uint32_t i, const std::vector<uint32_t>& raw_p, NarrowColumnIndex& wide_columns) const {
    const DomNode& d = Node(i);
    if (d.parent == kNoNode || !internal::IsBlockTag(d.tag) || raw_p[i] >= kMinFigureProse) return false;
    const int width = GridColumnWidth(internal::Attr(d.node, "class"));
    if (width == 0 || width > kMaxNarrowGridColumn) return false;
    auto [it, added] = wide_columns.try_emplace(d.parent);
    WiderColumnProse& wider = it->second;
    if (added) {
      wider.fill(0);
      for (uint32_t c = d.parent + 1; c < Node(d.parent).end; c = Node(c).end) {
        if (Node(c).is_text || raw_p[c] < kMinFigureProse) continue;
        const auto w = static_cast<size_t>(GridColumnWidth(internal::Attr(Node(c).node, "class")));
        for (size_t narrower = 0; narrower < w; ++narrower) wider[narrower] = std::max(wider[narrower], raw_p[c]);
      }
    }
    // A sibling wider than `width` holds prose (kMinFigureProse at least: never 0),
    // four times this column's at least.
    const uint32_t most = wider[static_cast<size_t>(width)];
    return most > 0 && most >= 4 * static_cast<uint64_t>(raw_p[i]);
  }

  // Paragraph-like blocks: their own inline text counts as paragraph text, so a
  // <div> of <br>-separated text scores like a run of <p>s (as in Readability).
  static bool IsParagraphLike(GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_DIV: case GUMBO_TAG_TD:
      case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
      case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER:
        return true;
      default:
        return false;
    }
  }

  // Pass 3: clean text per subtree and Readability-style votes.
  void Measure() {
    text_.assign(n_, 0);
    link_.assign(n_, 0);
    p_text_.assign(n_, 0);
    std::vector<uint32_t> own(n_, 0), commas(n_, 0), nearest_block(n_, 0);
    std::vector<uint8_t> in_link(n_, 0);
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      const bool parent_link = d.parent != kNoNode && in_link[d.parent];
      in_link[i] = parent_link || d.tag == GUMBO_TAG_A;
      nearest_block[i] = (!d.is_text && internal::IsBlockTag(d.tag)) || d.parent == kNoNode
                             ? i
                             : nearest_block[d.parent];
      if (!d.is_text || disposition_[i] != Disposition::kKeep) continue;
      const std::string_view t = internal::NodeText(d.node);
      const auto len = static_cast<uint32_t>(TrimAscii(t).size());
      text_[i] = len;
      if (in_link[i]) {
        link_[i] = len;
      } else {
        own[nearest_block[i]] += len;
      }
      for (const char c : t) commas[nearest_block[i]] += c == ',' ? 1u : 0u;
    }
    score_.assign(n_, 0.0);
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      if (d.is_text || disposition_[i] != Disposition::kKeep || !IsParagraphLike(d.tag)) continue;
      p_text_[i] = own[i];
      if (own[i] < kMinScoredParagraph || d.parent == kNoNode) continue;
      const double vote = 1.0 + commas[i] + std::min(static_cast<double>(own[i]) / 100.0, 3.0);
      score_[d.parent] += vote;
      const uint32_t grand = Node(d.parent).parent;
      if (grand != kNoNode) score_[grand] += vote / 2.0;
    }
    nested_articles_.assign(n_, 0);
    std::vector<uint32_t> nested_p(n_, 0);        // paragraph text inside nested <article>s
    std::vector<uint32_t> largest_nested(n_, 0);  // ... inside the largest of them
    for (uint32_t i = n_; i-- > 1;) {
      const uint32_t p = Node(i).parent;
      if (disposition_[i] != Disposition::kKeep) continue;
      text_[p] += text_[i];
      link_[p] += link_[i];
      p_text_[p] += p_text_[i];
      nested_articles_[p] += nested_articles_[i] + (Node(i).tag == GUMBO_TAG_ARTICLE ? 1u : 0u);
      nested_p[p] += Node(i).tag == GUMBO_TAG_ARTICLE ? p_text_[i] : nested_p[i];
      largest_nested[p] = std::max(largest_nested[p], Node(i).tag == GUMBO_TAG_ARTICLE ? p_text_[i] : largest_nested[i]);
    }
    // Inside an <article> that is little more than several <article>s of which none
    // dominates: a list of teasers (an article with cards embedded between its own
    // paragraphs is not, nor a wrapper around one main <article>).
    in_feed_.assign(n_, false);
    for (uint32_t i = 1; i < n_; ++i) {
      const uint32_t p = Node(i).parent;
      const bool feed = Node(p).tag == GUMBO_TAG_ARTICLE && nested_articles_[p] >= 2 &&
                        4 * static_cast<uint64_t>(p_text_[p] - nested_p[p]) < p_text_[p] &&
                        2 * static_cast<uint64_t>(largest_nested[p]) < p_text_[p];
      in_feed_[i] = in_feed_[p] || feed;
    }
    // An element whose paragraph text is mostly inside two or more <article>s holds
    // other stories; one that embeds cards in its own paragraphs does not.
    holds_stories_.assign(n_, false);
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      holds_stories_[i] = nested_articles_[i] >= 2 && 2 * static_cast<uint64_t>(p_text_[i] - nested_p[i]) < p_text_[i];
    }
  }

  // Teaser cards whose headline is not itself a link: an image link and an empty
  // overlay link around a headline and a standfirst. The card -- the nearest
  // element around a link that shows no text of its own and that has text -- is
  // walked as one link when every link in it goes to the same page and its text is
  // short. A paragraph with an image link in it is not a card.
  void FindCards() {
    // Bytes of text per subtree that a reader sees: outside scripts and styles and
    // outside hidden elements (a headline or a byline that extraction drops is
    // still text the link shows; a screen-reader label of an overlay link is not).
    std::vector<uint8_t> hidden(n_, 0);
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      hidden[i] = (d.parent != kNoNode && hidden[d.parent]) || (!d.is_text && d.hidden);
    }
    std::vector<uint32_t> visible(n_, 0);
    for (uint32_t i = n_; i-- > 0;) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      if (d.is_text && !non_rendered_[i] && !hidden[i]) {
        visible[i] = static_cast<uint32_t>(TrimAscii(internal::NodeText(d.node)).size());
      }
      if (d.parent != kNoNode) visible[d.parent] += visible[i];
    }
    shown_text_ = visible;
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      const DomNode& d = Node(i);
      if (d.tag != GUMBO_TAG_A || d.is_text || visible[i] > 0 || hidden[i]) continue;
      const std::string_view href = TrimAscii(internal::Attr(d.node, "href"));
      if (!IsPageHref(href)) continue;
      uint32_t card = d.parent;
      while (card != kNoNode && visible[card] == 0) card = Node(card).parent;
      if (card == kNoNode || card_url_.count(card) || visible[card] > kMaxCardText) continue;
      const GumboTag tag = Node(card).tag;
      if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_A || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) continue;
      // The page's own headline or byline (with a logo or a portrait link) is no card.
      auto inside = [&](uint32_t k) { return k != kNoNode && k >= card && k < Node(card).end; };
      if (inside(meta_.headline_h1) || std::any_of(meta_.byline_elements.begin(), meta_.byline_elements.end(), inside)) continue;
      const std::string url = internal::ResolveUrl(meta_.base_url, href);
      if (IsHomePage(url)) continue;
      bool one_target = true;
      for (uint32_t k = card; k < Node(card).end && one_target; ++k) {
        if (Node(k).tag == GUMBO_TAG_A && !Node(k).is_text) {
          const std::string_view other = TrimAscii(internal::Attr(Node(k).node, "href"));
          one_target = other == href || !IsPageHref(other);
        }
      }
      if (one_target) card_url_.emplace(card, url);
    }
    FindHeadlineCards(visible);
    FindCallToActionCards(visible, hidden);
  }

  // Teaser cards whose headline is no link and whose one link is a call to action
  // under it ("<aside><h2>Headline</h2><figure><img><a href=/gallery-story>View
  // the photos</a></figure></aside>"): a short link (kMaxCardLabel bytes) and the
  // smallest short box around it (kMaxCardText) that holds an unlinked heading of a
  // headline's length and no other text than the heading and the link (a picture's
  // caption of kMaxCardLabel bytes at most), links to that page only. The card is
  // walked as one link, so its headline (and the call to action) is the promotion's anchor.
  void FindCallToActionCards(const std::vector<uint32_t>& visible, const std::vector<uint8_t>& hidden) {
    for (uint32_t a = 0; a < n_; ++a) {
      const DomNode& d = Node(a);
      if (d.tag != GUMBO_TAG_A || d.is_text || hidden[a] || visible[a] == 0 || visible[a] > kMaxCardLabel) continue;
      if (!LinksToPage(a)) continue;
      const std::string_view href = TrimAscii(internal::Attr(d.node, "href"));
      const std::string url = internal::ResolveUrl(meta_.base_url, href);
      if (IsHomePage(url)) continue;
      for (uint32_t up = d.parent; up != kNoNode && visible[up] <= kMaxCardText; up = Node(up).parent) {
        const GumboTag tag = Node(up).tag;
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_A || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML ||
            IsHeadingTag(tag) || card_url_.count(up)) {
          break;
        }
        bool one_target = true;
        uint32_t heading = kNoNode;
        for (uint32_t k = up + 1; k < Node(up).end && one_target; ++k) {
          if (Node(k).is_text) continue;
          if (Node(k).tag == GUMBO_TAG_A && k != a) {
            const std::string_view other = TrimAscii(internal::Attr(Node(k).node, "href"));
            one_target = other == href || !IsPageHref(other);
          }
          if (IsHeadingTag(Node(k).tag) && visible[k] > 0 && !hidden[k] && heading == kNoNode) heading = k;
        }
        if (heading != kNoNode && heading > a && heading < d.end) break;  // the link's own text
        if (!one_target || heading == meta_.headline_h1) break;
        if (heading == kNoNode) continue;  // the link's own wrapper (a figure): climb on
        // The heading is the headline: no link in it, a few words at least.
        bool linked = false;
        for (uint32_t k = heading + 1; k < Node(heading).end; ++k) linked |= Node(k).tag == GUMBO_TAG_A && !Node(k).is_text;
        const std::string headline = internal::VisibleText(dom_, heading, kMaxCardText);
        if (linked || CountWords(headline) < 3) break;
        if (visible[up] > visible[heading] + visible[a] + kMaxCardLabel) break;  // prose: not a card
        card_url_.emplace(up, url);
        break;
      }
    }
  }

  // Teaser cards whose headline is a link: a heading that is all one link to
  // another story, with a standfirst, a date or a section label beside it in a
  // small box ("<div class=item><h3><a href=/story>Headline</a></h3><time>..</time>
  // <div>Standfirst.</div></div>"). The card is the largest element around the
  // heading that stays short (kMaxCardText) and links to that story only; it is
  // walked as one link, so that its standfirst is not read as a paragraph of the
  // article (a rail of such cards after the text would otherwise extend the body
  // over it). A heading with nothing beside it is a link block anyway.
  void FindHeadlineCards(const std::vector<uint32_t>& visible) {
    for (uint32_t h = 0; h < n_; ++h) {
      if (!IsHeadingTag(Node(h).tag) || visible[h] == 0 || h == meta_.headline_h1) continue;
      // The heading's text is all inside one link.
      uint32_t link = kNoNode;
      for (uint32_t k = h + 1; k < Node(h).end; ++k) {
        if (Node(k).tag == GUMBO_TAG_A && !Node(k).is_text) {
          link = link == kNoNode && visible[k] == visible[h] ? k : kNoNode;
          if (link == kNoNode) break;
        }
      }
      if (link == kNoNode || !LinksToPage(link)) continue;
      const std::string_view href = TrimAscii(internal::Attr(Node(link).node, "href"));
      const std::string url = internal::ResolveUrl(meta_.base_url, href);
      if (IsHomePage(url)) continue;
      uint32_t card = kNoNode;
      for (uint32_t up = Node(h).parent; up != kNoNode && visible[up] <= kMaxCardText; up = Node(up).parent) {
        const GumboTag tag = Node(up).tag;
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_A || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) break;
        // A related box around one linked headline is a box with its label, as boxes are.
        if (disposition_[up] == Disposition::kBoilerplateRoot) break;
        // Other links are the story's own (its comments) or short labels (the
        // author, the section); a second headline makes a list, not a card: a link
        // set in a heading of its own is one however few bytes it takes (a Chinese
        // headline of 13 characters is 39).
        bool one_target = true;
        for (uint32_t k = up; k < Node(up).end && one_target; ++k) {
          if (Node(k).tag == GUMBO_TAG_A && !Node(k).is_text && k != link) {
            const std::string_view other = TrimAscii(internal::Attr(Node(k).node, "href"));
            bool in_heading = false;
            for (uint32_t p = Node(k).parent; p != kNoNode && p > up && !in_heading; p = Node(p).parent) {
              in_heading = IsHeadingTag(Node(p).tag);
            }
            one_target = other.substr(0, other.find('#')) == href.substr(0, href.find('#')) || !IsPageHref(other) ||
                         (visible[k] <= kMaxCardLabel && !in_heading);
          }
        }
        // The page's own headline is never in a card; a byline may be (the card's).
        const bool holds_headline = meta_.headline_h1 != kNoNode && meta_.headline_h1 >= up && meta_.headline_h1 < Node(up).end;
        if (!one_target || holds_headline) break;
        card = up;
      }
      if (card == kNoNode || visible[card] == visible[h] || card_url_.count(card)) continue;
      // Not inside a card found already (an outer card wins).
      bool nested = false;
      for (uint32_t up = Node(card).parent; up != kNoNode && !nested; up = Node(up).parent) nested = card_url_.count(up) > 0;
      if (!nested) card_url_.emplace(card, url);
    }
  }

  // Element `a` is a link to a page, not to a picture or a file ("Enlarge this image").
  bool LinksToPage(uint32_t a) const {
    if (a == kNoNode) return false;
    const std::string_view href = TrimAscii(internal::Attr(Node(a).node, "href"));
    if (!IsPageHref(href)) return false;
    const std::string path = AsciiLower(UrlPath(href));
    for (const std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".mp4"}) {
      if (path.ends_with(ext)) return false;
    }
    return true;
  }

  // "https://site.example/", "/": the front page, not a story.
  static bool IsHomePage(std::string_view url) {
    const std::string_view path = UrlPath(url);
    return path.empty() || path == "/";
  }

  // A link to a page: not a fragment of this one, not a script, mail or phone link.
  static bool IsPageHref(std::string_view href) {
    return !href.empty() && href.front() != '#' && !internal::ResolveUrl("", href).empty();
  }

  // An inline element holding a short lead-in (1-6 words outside links, closed by a
  // colon, a bar, a dash, an arrow or a guillemet; or 1-4 words in bold) followed,
  // to the end of its parent, only by links to pages, one of them reading as a
  // headline, and separators and line breaks: a promotion line set inside the paragraph of the
  // story it interrupts ("... said. <strong>Read also:</strong> <a>Headline</a></p>").
  // Its text is no part of the paragraph's sentence. A book title in italics after a
  // reference's year, a linked name after a sentence, have no such lead-in.
  bool OpensLinkLine(uint32_t i) const {
    const DomNode& d = Node(i);
    if (d.is_text || d.parent == kNoNode) return false;
    switch (d.tag) {
      case GUMBO_TAG_B:
      case GUMBO_TAG_STRONG:
      case GUMBO_TAG_EM:
      case GUMBO_TAG_I:
      case GUMBO_TAG_SPAN:
      case GUMBO_TAG_U:
      case GUMBO_TAG_MARK:
      case GUMBO_TAG_SMALL:
      case GUMBO_TAG_FONT:
        break;
      default:
        return false;
    }
    size_t links = 0, headlines = 0, words = 0;
    std::string lead_in;  // its text outside links, up to the first link after it
    bool closed = false;  // a link has been met: the lead-in's text is complete
    auto count_link = [&](uint32_t k) {
      ++links;
      closed = true;
      if (ReadsAsHeadline(internal::VisibleText(dom_, k, 400))) ++headlines;
    };
    for (uint32_t k = i + 1; k < d.end;) {
      const DomNode& e = Node(k);
      if (!e.is_text && e.tag == GUMBO_TAG_A) {
        if (!IsPageHref(internal::Attr(e.node, "href"))) return false;
        count_link(k);
        k = e.end;
        continue;
      }
      if (e.is_text && disposition_[k] != Disposition::kDropped) {
        words += CountWords(internal::NodeText(e.node));
        if (!closed) lead_in += internal::NodeText(e.node);
      }
      ++k;
    }
    if (words == 0 || words > 6) return false;
    const size_t own_links = links;
    if (!LinksToLineEnd(d.end, d.parent, links, headlines, closed, lead_in)) return false;
    // A label in bold is set off by its weight alone ("<strong>Read also</strong>
    // <a>…</a>"): a few words, the links after it.
    const bool bold = d.tag == GUMBO_TAG_B || d.tag == GUMBO_TAG_STRONG;
    return EndsWithLeadInSeparator(lead_in) || (bold && own_links == 0 && words <= 4);
  }

  // A link's text that reads as a headline: 3+ words, opening with a letter, not an
  // address ("https://…", "www.…") nor a price ("99,99 Euro").
  static bool ReadsAsHeadline(std::string_view anchor) {
    anchor = TrimAscii(anchor);
    if (anchor.empty() || CountWords(anchor) < 3 || anchor.find("://") != std::string_view::npos ||
        anchor.starts_with("www.")) {
      return false;
    }
    size_t at = 0;
    const char32_t first = NextCodePoint(anchor, at);
    return IsWordCodePoint(first) && !(first >= '0' && first <= '9');
  }

  // From node `from` to the end of `parent`: only links to pages, separators, line
  // breaks and inline wrappers, one link at least and one that reads as a headline
  // (`ReadsAsHeadline`; `links` and `headlines` count on from the caller's). Text
  // met before the first link is appended to `lead_in` until `closed`.
  bool LinksToLineEnd(uint32_t from, uint32_t parent, size_t& links, size_t& headlines, bool& closed,
                      std::string& lead_in) const {
    for (uint32_t k = from; k < Node(parent).end;) {
      const DomNode& e = Node(k);
      if (disposition_[k] == Disposition::kDropped) {
        k = e.end;
      } else if (e.is_text) {
        if (CountWords(internal::NodeText(e.node)) > 0) return false;
        if (!closed) lead_in += internal::NodeText(e.node);
        ++k;
      } else if (e.tag == GUMBO_TAG_A) {
        if (!IsPageHref(internal::Attr(e.node, "href"))) return false;
        ++links;
        closed = true;
        if (ReadsAsHeadline(internal::VisibleText(dom_, k, 400))) ++headlines;
        k = e.end;
      } else if (e.tag == GUMBO_TAG_BR || e.tag == GUMBO_TAG_B || e.tag == GUMBO_TAG_STRONG || e.tag == GUMBO_TAG_EM ||
                 e.tag == GUMBO_TAG_I || e.tag == GUMBO_TAG_SPAN || e.tag == GUMBO_TAG_U) {
        ++k;
      } else {
        return false;
      }
    }
    return links > 0 && headlines > 0;
  }

  // A link that runs with the links after it to the end of its parent (a line of
  // links, one reading as a headline): the links a lead-in before it may promote.
  bool EndsItsLine(uint32_t link) const {
    const DomNode& d = Node(link);
    if (d.parent == kNoNode) return false;
    size_t links = 0, headlines = 0;
    bool closed = true;
    std::string unused;
    return LinksToLineEnd(link, d.parent, links, headlines, closed, unused);
  }

  // The URL a link or a card points to, or empty.
  std::string LinkTarget(uint32_t i) const {
    if (const auto card = card_url_.find(i); card != card_url_.end()) return card->second;
    const DomNode& d = Node(i);
    if (d.tag != GUMBO_TAG_A || d.is_text) return {};
    // A link the page declares paid (rel="sponsored", the web's mark for an advert's or
    // a sponsor's link) promotes an advertiser, never another story of the site.
    if (internal::HasToken(internal::NameTokens(internal::Attr(d.node, "rel")), {"sponsored"})) return {};
    std::string url = internal::ResolveUrl(meta_.base_url, internal::Attr(d.node, "href"));
    // A place on this page: an entry's permalink ("Share this entry"), or another
    // entry of the same live page ("see the 10:35 update"), is no other page.
    if (!live_pages_.empty() && url.find('#') != std::string::npos &&
        std::find(live_pages_.begin(), live_pages_.end(), PageKey(url)) != live_pages_.end()) {
      return {};
    }
    return url;
  }

  // Link `i` points into an element that holds it: its fragment is the id of one of
  // its ancestors ("/live/storm#e-1412" inside <div id="e-1412">), as a live page's
  // entries link themselves for sharing and a heading its own anchor. Whatever
  // address it is written with, that address is this page's.
  bool LinksIntoItself(uint32_t i) const {
    const std::string_view href = TrimAscii(internal::Attr(Node(i).node, "href"));
    const size_t hash = href.find('#');
    if (hash == std::string_view::npos || hash + 1 >= href.size()) return false;
    const std::string_view fragment = href.substr(hash + 1);
    for (uint32_t up = Node(i).parent; up != kNoNode; up = Node(up).parent) {
      if (!Node(up).is_text && internal::Attr(Node(up).node, "id") == fragment) return true;
    }
    return false;
  }

  // <body> is a child of the root <html>.
  uint32_t Body() const {
    for (uint32_t i = 1; i < n_; i = Node(i).end) {
      if (Node(i).tag == GUMBO_TAG_BODY) return i;
    }
    return 0;
  }

  uint32_t ChooseContainer() const {
    if (disposition_[0] != Disposition::kKeep) return kNoNode;
    const uint32_t total_p = p_text_[0];
    if (total_p == 0) return Body();
    // A semantic container that holds most paragraph text; among near-equals
    // (an <article> around its articleBody) the outermost, which keeps the lede.
    // An element whose text is mostly in several <article>s is a feed of teasers, not a body.
    // One whose text is mostly links is a page wrapper named like a body (a
    // template's "article-details-page" around the article and its teaser rails).
    auto candidate = [&](uint32_t i) {
      return disposition_[i] == Disposition::kKeep && !Node(i).is_text && IsSemanticBody(Node(i)) &&
             !holds_stories_[i] && !in_feed_[i] && 2 * static_cast<uint64_t>(link_[i]) <= text_[i];
    };
    uint32_t best_semantic = 0;
    for (uint32_t i = 0; i < n_; ++i) {
      if (candidate(i)) best_semantic = std::max(best_semantic, p_text_[i]);
    }
    if (2 * static_cast<uint64_t>(best_semantic) >= total_p) {
      for (uint32_t i = 0; i < n_; ++i) {
        if (candidate(i) && 10 * static_cast<uint64_t>(p_text_[i]) >= 9 * static_cast<uint64_t>(best_semantic)) {
          return i;
        }
      }
    }
    uint32_t best = kNoNode;
    double best_score = 0.0;
    for (uint32_t i = 0; i < n_; ++i) {
      if (score_[i] <= 0.0 || disposition_[i] != Disposition::kKeep || holds_stories_[i] || in_feed_[i]) {
        continue;
      }
      const double density = text_[i] == 0 ? 0.0 : static_cast<double>(link_[i]) / text_[i];
      const double s = score_[i] * (1.0 - density);
      if (s > best_score) {
        best_score = s;
        best = i;
      }
    }
    if (best == kNoNode) return Body();
    // Article text split across sibling wrappers: climb while the parent holds
    // clearly more paragraph text.
    while (Node(best).parent != kNoNode && Node(best).tag != GUMBO_TAG_BODY) {
      const uint32_t parent = Node(best).parent;
      if (10 * static_cast<uint64_t>(p_text_[parent]) < 13 * static_cast<uint64_t>(p_text_[best])) break;
      if (holds_stories_[parent]) break;
      best = parent;
    }
    // A CMS that writes the article as a series of text modules of one kind (the
    // same tag and class) between its image, video and embed modules: the element
    // around the modules, when together they hold clearly more prose than the
    // container alone and another module sits between two of them (text modules
    // that merely follow each other end with an "About us" as often as not). Wrappers without text of their own sit between the module
    // and the paragraphs, so the module is looked for a few levels up.
    uint32_t module = best;
    for (int level = 0; level < kMaxModuleDepth; ++level) {
      const uint32_t parent = Node(module).parent;
      if (parent == kNoNode || Node(parent).tag == GUMBO_TAG_BODY || holds_stories_[parent] || in_feed_[parent]) break;
      const std::string_view kind = TrimAscii(internal::Attr(Node(module).node, "class"));
      if (!kind.empty()) {
        uint64_t prose = 0;
        int modules = 0;
        bool interleaved = false;  // another module sits between two text modules
        bool other_since_last = false;
        for (uint32_t c = parent + 1; c < Node(parent).end; c = Node(c).end) {
          if (Node(c).is_text) continue;
          // A module of the same kind holding only a label ("Advertisement" over an
          // ad slot) is another module, not text.
          const bool text_module = Node(c).tag == Node(module).tag && disposition_[c] == Disposition::kKeep &&
                                   TrimAscii(internal::Attr(Node(c).node, "class")) == kind &&
                                   p_text_[c] >= kMinScoredParagraph;
          if (!text_module) {
            other_since_last = modules > 0;
            continue;
          }
          interleaved = interleaved || other_since_last;
          other_since_last = false;
          prose += p_text_[c];
          ++modules;
        }
        if (modules >= 2 && interleaved && 10 * prose >= 13 * static_cast<uint64_t>(p_text_[best])) return parent;
      }
      module = parent;
    }
    return best;
  }

  // An article body the template cuts into sibling containers of one kind, each
  // named as the body ("article_body", "articleBody": NamedBody, the same tag and
  // class), with boxes set between them -- a rail floated into the text after the
  // lede, an inline "Multimedia" box: the CMS closes the body, writes the box and
  // opens the body again. The body is their union: the run of the parent's
  // children from the first such container to the last, boxes included. Found from
  // the chosen container up kMaxModuleDepth levels (it may be one of the
  // containers or inside one, as an <article> in each); two or more containers
  // holding a paragraph each, another element between two of them, and no <h1>
  // there (the headline of a next article). Else the container's subtree.
  // Where the class words are unknown (a site's own names), the shape stands in
  // for the name, looking back only: the lede the box cut off is a run of
  // paragraphs in containers of the container's tag and class before it
  // (ParagraphRun), and a container of that kind after it is left out (an "About
  // us" text module after an ad as often as the rest of the text).
  BodyRun ChunkRun(uint32_t container) const {
    uint32_t chunk = container;
    for (int level = 0; level < kMaxModuleDepth && chunk != kNoNode; ++level, chunk = Node(chunk).parent) {
      const uint32_t parent = Node(chunk).parent;
      if (parent == kNoNode || Node(chunk).tag == GUMBO_TAG_BODY) break;
      const std::string_view kind = TrimAscii(internal::Attr(Node(chunk).node, "class"));
      if (kind.empty()) continue;
      const bool named = NamedBody(Node(chunk));
      const uint32_t stop = named ? Node(parent).end : Node(chunk).end;
      uint32_t first = kNoNode, last = kNoNode;
      bool between = false, interleaved = false, next_headline = false;
      for (uint32_t c = parent + 1; c < stop; c = Node(c).end) {
        if (Node(c).is_text || disposition_[c] == Disposition::kDropped) continue;
        const bool same = Node(c).tag == Node(chunk).tag && disposition_[c] == Disposition::kKeep &&
                          TrimAscii(internal::Attr(Node(c).node, "class")) == kind &&
                          p_text_[c] >= kMinScoredParagraph && (named || c == chunk || ParagraphRun(c));
        if (!same) {
          if (first == kNoNode) continue;
          between = true;
          for (uint32_t k = c; k < Node(c).end && !next_headline; ++k) {
            next_headline = !Node(k).is_text && Node(k).tag == GUMBO_TAG_H1;
          }
          continue;
        }
        interleaved = interleaved || between;
        between = false;
        if (first == kNoNode) first = c;
        last = c;
      }
      if (first != last && interleaved && !next_headline) return {parent, first, Node(last).end};
    }
    return {container, container, Node(container).end};
  }

  // Paragraphs and nothing else to speak of: most of the element's text is <p>
  // text, little of it is link text, and it holds no heading (a teaser's or a
  // next article's title).
  bool ParagraphRun(uint32_t element) const {
    if (10 * static_cast<uint64_t>(p_text_[element]) < 8 * static_cast<uint64_t>(text_[element])) return false;
    if (3 * static_cast<uint64_t>(link_[element]) > text_[element]) return false;
    for (uint32_t k = element + 1; k < Node(element).end; ++k) {
      if (Node(k).is_text) continue;
      const GumboTag t = Node(k).tag;
      if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3) return false;
    }
    return true;
  }

  // Walks the subtree at `root` into `writer`. In body mode, related/promo boxes
  // and link modules (IsLinkModule) are walked as boxes; otherwise every nested boilerplate root is skipped. When
  // `headline_block` is given and the walk passes the headline, it receives the
  // number of blocks written before it. With `run`, only its children from
  // `run->first` to `run->end` are walked.
  void Walk(uint32_t root, BlockWriter& writer, bool body_mode, size_t* headline_block = nullptr,
            const BodyRun* run = nullptr) const {
    struct Exit {
      uint32_t end;
      GumboTag tag;
      enum { kBlock, kLink, kLongLink, kBox } what;
      bool ends_line = false;  // a link around a heading: a card's headline, a line of its own
    };
    std::vector<Exit> exits;
    size_t link_depth = 0;  // inside a link or a card, block elements do not split the text
    uint32_t last_text_parent = kNoNode;  // the element of the text written last
    auto close_until = [&](uint32_t i) {
      while (!exits.empty() && exits.back().end <= i) {
        const Exit e = exits.back();
        exits.pop_back();
        if (e.what == Exit::kLink || e.what == Exit::kLongLink) {
          writer.CloseLink();
          if (e.what == Exit::kLink) --link_depth;
          if (e.ends_line && link_depth == 0) writer.Flush();
        } else if (e.what == Exit::kBox) {
          writer.ExitBox();
        } else if (link_depth > 0) {
          writer.Text(" ");
        } else {
          writer.ExitBlock(e.tag);
        }
      }
    };
    const uint32_t end = run != nullptr ? run->end : Node(root).end;
    for (uint32_t i = run != nullptr ? run->first : root; i < end;) {
      close_until(i);
      if (writer.Full() || deadline_.Step()) break;
      const DomNode& d = Node(i);
      if (d.is_text) {
        if (disposition_[i] != Disposition::kDropped) {
          writer.Text(internal::NodeText(d.node));
          last_text_parent = d.parent;
        }
        ++i;
        continue;
      }
      const Disposition disp = disposition_[i];
      if (headline_block != nullptr && i == meta_.headline_h1 && i != root) {
        writer.Flush();
        *headline_block = writer.blocks().size();
      }
      if (i != root && (disp == Disposition::kDropped || disp == Disposition::kBoilerplateRoot)) {
        if (body_mode && disp == Disposition::kBoilerplateRoot && (IsInlineBoxRole(role_[i]) || link_module_[i]) &&
            (!IsLayoutColumn(d) || text_sidebar_[i]) &&
            !narrow_column_[i]) {
          writer.EnterBox(i);
          exits.push_back({d.end, d.tag, Exit::kBox});
        } else {
          i = d.end;
          continue;
        }
      }
      // A promotion line set after the last sentence of a paragraph, or after a line
      // break in it, is a line of its own.
      if (link_depth == 0 && writer.AtLineEnd() && OpensLinkLine(i)) writer.Flush();
      std::string target = link_depth == 0 ? LinkTarget(i) : std::string();
      // ... and so is one whose lead-in is plain text after the paragraph's last full
      // stop ("... the summer. Read also: <a>…</a></p>").
      if (!target.empty() && d.tag == GUMBO_TAG_A && writer.SplitLeadIn(/*check_only=*/true) && EndsItsLine(i)) {
        writer.SplitLeadIn();
      }
      // A link right after an inline element that has closed (a label in a <span>
      // glued to its headline link) starts apart from it; in a script without case,
      // when the link is a headline of three words or more (a word cut across
      // elements is cut into pieces shorter than that).
      if (!target.empty() && last_text_parent != kNoNode && Node(last_text_parent).end <= i) {
        writer.SetApart(CountWords(internal::VisibleText(dom_, i, 400)) >= 3);
      }
      if (!target.empty() && shown_text_[i] > kMaxCardText) {
        // An anchor around a long stretch of the page (often broken markup): its
        // blocks stay blocks, and its anchor is the first of them.
        writer.OpenLink(std::move(target));
        exits.push_back({d.end, d.tag, Exit::kLongLink});
      } else if (!target.empty()) {
        if (internal::IsBlockTag(d.tag)) {  // a card: one block, all of it the link
          writer.EnterBlock(d.tag, i);
          exits.push_back({d.end, d.tag, Exit::kBlock});
        }
        writer.OpenLink(std::move(target));
        // A link around a heading is a card's headline: a teaser after it, outside
        // the link, is a line of its own ("<a><h2>Headline</h2><img></a> <span>Teaser
        // ...</span>"), not the rest of the headline's line.
        exits.push_back({d.end, d.tag, Exit::kLink, HoldsHeading(i)});
        ++link_depth;
      } else if (d.tag == GUMBO_TAG_BR) {
        writer.LineBreak();
      } else if (internal::IsBlockTag(d.tag) || d.tag == GUMBO_TAG_HR) {
        if (link_depth > 0) {
          writer.Text(" ");
        } else {
          writer.EnterBlock(d.tag, i);
        }
        exits.push_back({d.end, d.tag, Exit::kBlock});
      } else if (d.tag == GUMBO_TAG_IMG) {
        writer.Text(" ");
        if (link_depth == 0) writer.Picture(internal::Attr(d.node, "alt"));
        else if (ServedByThisSite(i)) writer.SitePicture();
      }
      ++i;
    }
    close_until(UINT32_MAX);
    writer.Flush();
  }

  void EmitBody(const BodyRun& run, std::vector<uint32_t>& kept_boxes) {
    const uint32_t container = run.root;
    BlockWriter writer(options_.max_text_bytes + options_.max_text_bytes / 8);
    Walk(container, writer, /*body_mode=*/true, &headline_block_, &run);
    if (deadline_.stopped()) return;
    std::vector<PendingBlock>& blocks = writer.blocks();
    DropRepeatedParagraphs(blocks);
    DropTemplateLines(blocks);
    const std::vector<bool> keep = TrimToProse(blocks);

    std::string& text = article_.text;
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (!keep[b]) continue;
      PendingBlock& block = blocks[b];
      if (block.box_root != kNoNode &&
          (kept_boxes.empty() || kept_boxes.back() != block.box_root)) {
        kept_boxes.push_back(block.box_root);
      }
      const size_t separator = text.empty() ? 0 : 2;
      if (text.size() + separator >= options_.max_text_bytes) break;
      size_t room = options_.max_text_bytes - text.size() - separator;
      bool truncated = false;
      if (block.text.size() > room) {
        while (room > 0 && (static_cast<unsigned char>(block.text[room]) & 0xC0) == 0x80) --room;
        block.text.resize(room);
        truncated = true;
        if (block.text.empty()) break;
      }
      if (separator) text.append("\n\n");
      TextBlock out;
      out.kind = block.kind;
      out.gated = InGatedContinuation(block.element);
      out.recirculation = block.box_root != kNoNode;
      out.layout = LayoutOf(block.element, container);
      out.parent_layout = LayoutOf(block.element, container, /*own_tag=*/false);
      out.start = text.size();
      text.append(block.text);
      out.end = text.size();
      for (BodyLink& link : block.links) {
        if (link.end > block.text.size()) continue;
        link.start += out.start;
        link.end += out.start;
        ++out.link_count;
        out.link_chars += link.end - link.start;
        article_.links.push_back(std::move(link));
      }
      article_.blocks.push_back(out);
      body_tail_ = Node(block.element != kNoNode ? block.element : container).end;
      if (truncated) break;
    }
    body_container_ = container;
  }

  // Whether the boilerplate root `i` (an article's <footer>) stands right after the
  // text: inside the body's container or the <article> around it, after the last
  // block kept in the body with no rendered text between them. Its first line is
  // then read where the run of lines trimmed after the last paragraph is
  // (BoilerplateBlock::after_body); a site's <footer> outside the article is not.
  bool RightAfterBody(uint32_t i) const {
    if (body_container_ == kNoNode || body_tail_ == kNoNode || i < body_tail_) return false;
    uint32_t scope = body_container_;
    for (uint32_t c = body_container_; c != kNoNode; c = Node(c).parent) {
      if (!Node(c).is_text && Node(c).tag == GUMBO_TAG_ARTICLE) {
        scope = c;
        break;
      }
    }
    if (i < scope || i >= Node(scope).end) return false;
    for (uint32_t k = body_tail_; k < i; ++k) {
      if (Node(k).is_text && !non_rendered_[k] && disposition_[k] != Disposition::kDropped &&
          !TrimAscii(internal::NodeText(Node(k).node)).empty()) {
        return false;
      }
    }
    return true;
  }

  // A credit line right after the <article> that holds the text (or after the text's
  // container when no <article> holds it): "<article>...</article><div>Source:
  // Reuters</div>", where a template prints the story's source below the article
  // element. Nothing outside the container is walked, so the line would be lost; it
  // is kept as the run right after the text (BoilerplateBlock::after_body) when its
  // block holds the first rendered text after the text's last block, lies in no
  // boilerplate region (a site's footer, a menu, a sidebar) and is a credit line
  // (IsCreditLine: a credit label or mark of rules/press_words.json, so a bare name
  // such as a teaser's source label is not kept).
  void EmitCreditAfterArticle() {
    if (body_container_ == kNoNode || body_tail_ == kNoNode) return;
    uint32_t scope = body_container_;
    for (uint32_t c = body_container_; c != kNoNode; c = Node(c).parent) {
      if (!Node(c).is_text && Node(c).tag == GUMBO_TAG_ARTICLE) {
        scope = c;
        break;
      }
    }
    uint32_t first = kNoNode;   // the first rendered text after the text's last block
    uint32_t column = kNoNode;  // the article's grid column, when the column beside it was passed over
    for (uint32_t k = body_tail_; k < n_; ++k) {
      if (Node(k).is_text && !non_rendered_[k] && disposition_[k] != Disposition::kDropped &&
          !TrimAscii(internal::NodeText(Node(k).node)).empty()) {
        if (k >= Node(scope).end && column == kNoNode) {
          const auto [article_column, beside] = ColumnsOfARow(scope, k);
          if (beside != kNoNode) {
            column = article_column;
            k = Node(beside).end - 1;
            continue;
          }
        }
        first = k;
        break;
      }
    }
    if (first == kNoNode || first < Node(scope).end) return;  // text inside the article follows it
    uint32_t block = Node(first).parent;
    while (block != kNoNode && !internal::IsBlockTag(Node(block).tag)) block = Node(block).parent;
    if (block == kNoNode || block < Node(scope).end) return;
    for (uint32_t up = block; up != kNoNode; up = Node(up).parent) {
      if (disposition_[up] != Disposition::kKeep) return;
    }
    if (column != kNoNode) {  // past a column beside the text: only the text's column of a later row
      bool in_column = false;
      for (uint32_t up = block; up != kNoNode && !in_column; up = Node(up).parent) {
        in_column = up != column && SameColumn(up, column);
      }
      if (!in_column) return;
    }
    BlockWriter writer(4 * kMaxCreditAfterArticleBytes);
    Walk(block, writer, /*body_mode=*/false);
    if (writer.blocks().empty()) return;
    const PendingBlock& line = writer.blocks().front();
    if (line.text.size() > kMaxCreditAfterArticleBytes) return;
    if (!IsCreditLine(line, options_) && !(IsBareAgencyTag(line) && NothingButFurnitureAfter(Node(block).end))) return;
    article_.boilerplate.push_back({"footer", line.text, /*after_body=*/true});
  }

  // A page grid of rows and columns: the article sits in a column (an element with a
  // class, not the article itself) of a row, and the text at `k` after it in another
  // column of that row with another class ("<div class=row><div class=c8><article>…
  // </article></div><div class=c4>Advertisement</div></div>"). Returns the article's
  // column and the column beside it that holds `k`, or kNoNode twice. A template that
  // prints the story's source in the text's column of the next row
  // ("<div class=row><div class=c8>Source: Reuters</div></div>") puts it after the
  // column beside; EmitCreditAfterArticle passes over that column to reach it.
  std::pair<uint32_t, uint32_t> ColumnsOfARow(uint32_t scope, uint32_t k) const {
    uint32_t child = scope;
    for (uint32_t row = Node(scope).parent; row != kNoNode; child = row, row = Node(row).parent) {
      if (k >= Node(row).end) continue;  // k lies outside this element
      if (child == scope) return {kNoNode, kNoNode};  // the article itself is no column
      uint32_t beside = k;
      while (beside != kNoNode && Node(beside).parent != row) beside = Node(beside).parent;
      if (beside == kNoNode || beside <= child || Node(beside).is_text || Node(child).is_text) return {kNoNode, kNoNode};
      const std::string_view a = FirstClass(child), b = FirstClass(beside);
      if (a.empty() || b.empty() || a == b || Node(child).tag != Node(beside).tag) return {kNoNode, kNoNode};
      return {child, beside};
    }
    return {kNoNode, kNoNode};
  }

  std::string_view FirstClass(uint32_t i) const {
    const std::string_view classes = TrimAscii(internal::Attr(Node(i).node, "class"));
    return classes.substr(0, classes.find_first_of(" \t\n\r\f"));
  }

  // Two elements are the same column of a grid: the same tag and first class name.
  bool SameColumn(uint32_t a, uint32_t b) const {
    return !Node(a).is_text && !Node(b).is_text && Node(a).tag == Node(b).tag && !FirstClass(a).empty() &&
           FirstClass(a) == FirstClass(b);
  }

  // Whether the text that follows node `end` (the end of a block) is page furniture:
  // no rendered text at all, or the first rendered text after it lies in a
  // boilerplate region (a site's footer, a share bar, a sidebar). A bare agency tag
  // there is the article's last text, its signature; one above more of the page's
  // content (a teaser card's linked headline) is a label (IsBareAgencyTag).
  bool NothingButFurnitureAfter(uint32_t end) const {
    for (uint32_t k = end; k < n_; ++k) {
      if (!Node(k).is_text || non_rendered_[k] || disposition_[k] == Disposition::kDropped ||
          TrimAscii(internal::NodeText(Node(k).node)).empty()) {
        continue;
      }
      for (uint32_t up = k; up != kNoNode; up = Node(up).parent) {
        if (disposition_[up] != Disposition::kKeep) return true;
      }
      return false;
    }
    return true;
  }

  // The layout of a block (TextBlock::layout): FNV-1a over its element's tag and
  // the tag and first class name of each element around it, up to `container`.
  // The first class names the component ("rich-text" in "rich-text rich-text--last
  // w-8/12"); the names after it are variants a page gives single elements, as it
  // does the element's own class ("first", "p-12"), which is left out, and ids
  // (one per element). A block right in the container has the container's layout.
  // Without `own_tag`, the elements around the block only (TextBlock::parent_layout):
  // a <div> and a <p> side by side in one element share it.
  uint32_t LayoutOf(uint32_t element, uint32_t container, bool own_tag = true) const {
    uint32_t hash = 2166136261u;
    auto mix = [&](std::string_view bytes) {
      for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
      hash = (hash ^ 0xFFu) * 16777619u;  // a separator: "ab"+"c" is not "a"+"bc"
    };
    auto mix_tag = [&](GumboTag tag) { mix(std::string_view(gumbo_normalized_tagname(tag))); };
    if (element == kNoNode || element == container) return hash;
    if (own_tag) mix_tag(Node(element).tag);
    for (uint32_t i = Node(element).parent; i != kNoNode && i != container; i = Node(i).parent) {
      mix_tag(Node(i).tag);
      const std::string_view classes = TrimAscii(internal::Attr(Node(i).node, "class"));
      mix(classes.substr(0, classes.find_first_of(" \t\n\r\f")));
    }
    return hash == 0 ? 1 : hash;
  }

  // A paragraph printed twice is read once. Paywalled pages ship the opening of
  // the article a second time, as the teaser a non-subscriber sees beside the full
  // text a subscriber sees (one of the two hidden by a style sheet, not by markup);
  // layouts for two screen sizes do the same with a whole passage. A prose block
  // whose text equals an earlier one's is dropped. Only a passage of a few
  // sentences: an interviewer's stock question, a line of a meal plan, a list item,
  // a table cell or a box may well be meant twice.
  void DropRepeatedParagraphs(std::vector<PendingBlock>& blocks) {
    auto paragraph = [](const PendingBlock& block) {
      return block.kind == TextBlock::Kind::kParagraph && block.text.size() >= kMinRepeatedParagraph && IsProse(block);
    };
    std::vector<std::string_view> seen;
    size_t out = 0;
    for (size_t b = 0; b < blocks.size(); ++b) {
      const bool repeated = paragraph(blocks[b]) &&
                            std::find(seen.begin(), seen.end(), std::string_view(blocks[b].text)) != seen.end();
      if (repeated) {
        if (headline_block_ != kNoBlock && b < headline_block_) --headline_block_;
        continue;
      }
      if (out != b) blocks[out] = std::move(blocks[b]);
      if (paragraph(blocks[out])) seen.push_back(blocks[out].text);
      ++out;
    }
    blocks.resize(out);
  }

  // Lines the page's template prints again and again among the paragraphs -- a
  // label before each chunk of the text ("Article content"), a player's failure
  // message, a reaction prompt under each button ("Sign in to react"), a ticker
  // line -- are furniture, whatever their class names: a short unlinked block
  // (kMaxTemplateLineBytes) of the template's own markup -- a <div> or a <span>,
  // not a paragraph, a heading, a list item or a table cell, which is how an
  // editor writes the text -- whose text appears kMinTemplateRepeats times, or
  // twice when it is no sentence of prose. Lines an article repeats on purpose
  // (an interviewer's questions put to each guest, the labels of a meal plan, a
  // product's feature list) are paragraphs, headings or list items, and stay.
  // Every copy goes to boilerplate ("other"), once.
  void DropTemplateLines(std::vector<PendingBlock>& blocks) {
    auto candidate = [&](const PendingBlock& block) {
      return block.box_root == kNoNode && block.links.empty() &&
             (block.kind == TextBlock::Kind::kParagraph || block.kind == TextBlock::Kind::kOther) &&
             block.element != kNoNode && Node(block.element).tag != GUMBO_TAG_P &&
             block.text.size() <= kMaxTemplateLineBytes && ShapeOf(block.text).code_points >= kMinTemplateCodePoints;
    };
    std::unordered_map<std::string_view, size_t> count;
    for (const PendingBlock& block : blocks) {
      if (candidate(block)) ++count[block.text];
    }
    std::vector<std::string> dropped;
    std::vector<bool> drop(blocks.size(), false);
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (!candidate(blocks[b])) continue;
      const size_t n = count[blocks[b].text];
      if (n >= kMinTemplateRepeats || (n == 2 && !IsProse(blocks[b]))) {
        drop[b] = true;
        if (std::find(dropped.begin(), dropped.end(), blocks[b].text) == dropped.end()) dropped.push_back(blocks[b].text);
      }
    }
    if (dropped.empty()) return;
    size_t out = 0;
    const size_t headline = headline_block_;
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (drop[b]) {
        if (headline != kNoBlock && b < headline) --headline_block_;
        continue;
      }
      if (out != b) blocks[out] = std::move(blocks[b]);
      ++out;
    }
    blocks.resize(out);
    for (std::string& text : dropped) article_.boilerplate.push_back({"other", std::move(text)});
  }

  // The body runs from its first to its last prose block. Before it: kickers,
  // dates, bylines, captions (a heading right before the prose stays); after it:
  // tags, teaser lists, share and comment prompts, except credit lines. A box
  // counts as part of the body only between prose blocks. Pages without prose
  // keep everything. Trimmed blocks go to Article::boilerplate.
  std::vector<bool> TrimToProse(const std::vector<PendingBlock>& blocks) {
    std::vector<bool> keep(blocks.size(), true);
    // Inside a container that holds the headline, the article starts after it:
    // what comes before (a site's section lists, a teaser strip, an about-us blurb)
    // is page furniture even where it reads like prose -- when enough prose follows.
    size_t first = 0, last = blocks.size();
    if (headline_block_ != kNoBlock &&
        std::count_if(blocks.begin() + static_cast<std::ptrdiff_t>(std::min(headline_block_, blocks.size())),
                      blocks.end(), IsProse) >= kMinProseBlocksToTrim) {
      first = std::min(headline_block_, blocks.size());
    }
    while (first < last && !IsProse(blocks[first])) ++first;
    while (last > first && !IsProse(blocks[last - 1])) --last;
    last = EndAtClosingSignature(blocks, first, last);
    last = EndBeforeCallsToAction(blocks, first, last);
    first = StartAfterCallsToAction(blocks, first, last);
    last = EndBeforeTailList(blocks, first, last);
    const auto prose_blocks = std::count_if(blocks.begin(), blocks.end(), IsProse);
    if (prose_blocks < kMinProseBlocksToTrim) {  // too little to tell text from furniture
      first = 0;
      last = blocks.size();
      while (first < last && blocks[first].box_root != kNoNode) ++first;
      while (last > first && blocks[last - 1].box_root != kNoNode) --last;
      for (size_t b = 0; b < blocks.size(); ++b) keep[b] = b >= first && b < last;
      return keep;
    }
    size_t lead = first;
    const size_t article_start = headline_block_ != kNoBlock && headline_block_ <= first ? headline_block_ : 0;
    if (lead > article_start && IsDatelineLine(blocks[lead - 1])) --lead;
    while (lead > article_start && blocks[lead - 1].kind == TextBlock::Kind::kHeading &&
           blocks[lead - 1].box_root == kNoNode) {
      --lead;
    }
    for (size_t b = 0; b < lead; ++b) keep[b] = false;
    for (size_t b = last; b < blocks.size(); ++b) {
      keep[b] = blocks[b].box_root == kNoNode && IsCreditLine(blocks[b], options_);
    }
    // A bare agency tag as the walk's last block, the article's last text, after other
    // furniture (the story's tags): a run of its own read as the run after the text.
    size_t closing_tag = kNoBlock;
    if (!blocks.empty() && blocks.size() - 1 >= last) {
      const PendingBlock& tag = blocks.back();
      if (tag.box_root == kNoNode && tag.element != kNoNode && IsBareAgencyTag(tag) &&
          NothingButFurnitureAfter(Node(tag.element).end)) {
        closing_tag = blocks.size() - 1;
      }
    }
    // Trimmed text outside boxes (boxes go out with their own role).
    // One boilerplate block per run of trimmed blocks with the same role; after the
    // body, link lists (tags, teasers) are "related" and the rest "footer".
    // The first run after the body is marked after_body when it is a footer run.
    auto flush = [&](size_t from, size_t to, const char* fixed_role) {
      std::string out;
      const char* run_role = nullptr;
      bool first_run = fixed_role == nullptr;
      size_t run_start = 0;  // the run's first block
      for (size_t b = from; b <= to; ++b) {
        const bool trimmed = b < to && !keep[b] && blocks[b].box_root == kNoNode;
        const char* role = !trimmed                                            ? nullptr
                           : fixed_role != nullptr                             ? fixed_role
                           : 2 * LinkBytes(blocks[b]) >= blocks[b].text.size() ? "related"
                                                                               : "footer";
        if (!out.empty() && (role != run_role || b == closing_tag)) {
          const bool footer = std::string_view(run_role) == "footer";
          const bool after_body = footer && (first_run || (fixed_role == nullptr && run_start == closing_tag));
          article_.boilerplate.push_back({run_role, std::move(out), after_body});
          first_run = false;
          out.clear();
        }
        if (role == nullptr) continue;
        if (out.empty()) run_start = b;
        if (!out.empty()) out.push_back('\n');
        out.append(blocks[b].text);
        run_role = role;
      }
    };
    // The lines from the headline (headline_block_: the first block the walk wrote
    // at or after it) to the text are its source slot (below_headline), but for a
    // link (a section's name) and a line beside a picture (its credit): those go
    // to a header block of their own after it.
    if (headline_block_ != kNoBlock && headline_block_ < lead) {
      flush(0, headline_block_, "header");
      std::string slot, aside;
      for (size_t b = headline_block_; b < lead; ++b) {
        if (blocks[b].box_root != kNoNode) continue;
        const bool beside = !blocks[b].links.empty() || BesidePicture(blocks[b].element);
        std::string& out = beside ? aside : slot;
        if (!out.empty()) out.push_back('\n');
        out.append(blocks[b].text);
      }
      if (!slot.empty()) {
        article_.boilerplate.push_back({"header", std::move(slot), /*after_body=*/false, /*below_headline=*/true});
      }
      if (!aside.empty()) article_.boilerplate.push_back({"header", std::move(aside)});
    } else {
      flush(0, lead, "header");
    }
    flush(last, blocks.size(), nullptr);
    // A menu inside the container: kMinMenuItems list items in a row, each
    // nothing but one link of at most kMaxMenuItemWords words (a column of
    // categories, a footer's list of sister sites). Teaser headlines among the
    // paragraphs are longer and stay for the cross-link detector.
    constexpr size_t kMinMenuItems = 8;
    constexpr size_t kMaxMenuItemWords = 3;
    auto menu_item = [&](const PendingBlock& block) {
      return block.kind == TextBlock::Kind::kListItem && block.box_root == kNoNode && block.links.size() == 1 &&
             LinkBytes(block) == block.text.size() && ShapeOf(block.text).words <= kMaxMenuItemWords;
    };
    for (size_t b = lead; b < last;) {
      size_t e = b;
      while (e < last && menu_item(blocks[e])) ++e;
      if (e - b >= kMinMenuItems) {
        std::string menu;
        for (size_t k = b; k < e; ++k) {
          keep[k] = false;
          if (!menu.empty()) menu.push_back('\n');
          menu.append(blocks[k].text);
        }
        article_.boilerplate.push_back({"nav", std::move(menu)});
      }
      b = std::max(e, b + 1);
    }
    // A time stamp between the standfirst and the text ("21.04.2024, 20:24 Uhr",
    // "Published Jun 4, 2024 - Updated 1 hour ago") is page furniture, not text;
    // so is the label an ad slot leaves among the paragraphs.
    for (size_t b = lead; b < last; ++b) {
      if (keep[b] && blocks[b].box_root == kNoNode && IsTimeStamp(blocks[b])) {
        keep[b] = false;
        article_.boilerplate.push_back({"header", blocks[b].text});
      } else if (keep[b] && IsAdLabel(blocks[b])) {
        keep[b] = false;
        article_.boilerplate.push_back({"ad", blocks[b].text});
      } else if (keep[b] && blocks[b].box_root == kNoNode && IsPictureCreditLine(blocks[b])) {
        keep[b] = false;
        std::string credit = blocks[b].text;
        // A label alone ("Photo:") with the credit in the next block (a <dt> and its <dd>).
        const std::string_view label = TrimAscii(blocks[b].text);
        if (label.ends_with(':') && ShapeOf(label).words == 1 && b + 1 < last && blocks[b + 1].box_root == kNoNode &&
            blocks[b + 1].links.empty() && !IsProse(blocks[b + 1]) && ShapeOf(blocks[b + 1].text).words <= 8) {
          keep[++b] = false;
          credit += " " + blocks[b].text;
        }
        article_.boilerplate.push_back({"caption", std::move(credit)});
      }
    }
    return keep;
  }

  // The text ends at a list of links to other stories ("Related articles",
  // "You may also like", a rail of headlines) when all that follows the list is
  // a paragraph or two of page furniture: a comment policy, a newsletter or app
  // pitch, a teaser's standfirst. A list is kMinTailListBlocks link blocks in a
  // row (a box of links counts as its blocks), none of them prose. What follows
  // it counts as furniture when it holds at most kMaxProseAfterTailList prose
  // blocks, less prose than a quarter of the text before the list, and none of
  // it continues the text before the list -- sits in the same parent element as
  // one of its paragraphs, or in an element, or an element's parent, of the same
  // tag and class (a CMS that wraps each paragraph in a text module): an article whose last paragraph
  // follows a "More on this" list placed among its paragraphs keeps both. Returns the new end of the prose (a heading or a
  // label line right before the list goes with it; other lines stay).
  size_t EndBeforeTailList(const std::vector<PendingBlock>& blocks, size_t first, size_t last) const {
    constexpr size_t kMinTailListBlocks = 3;
    constexpr size_t kMaxProseAfterTailList = 2;
    auto linked = [](const PendingBlock& block) {
      return !block.links.empty() && 2 * LinkBytes(block) >= block.text.size() && !IsProse(block);
    };
    size_t prose_after = 0, bytes_after = 0;
    for (size_t b = last; b > first; --b) {
      const PendingBlock& block = blocks[b - 1];
      if (IsProse(block)) {
        if (++prose_after > kMaxProseAfterTailList) return last;
        bytes_after += block.text.size();
        continue;
      }
      if (!linked(block)) continue;
      size_t run_start = b - 1;
      while (run_start > first && linked(blocks[run_start - 1])) --run_start;
      if (b - run_start < kMinTailListBlocks) {
        b = run_start + 1;
        continue;
      }
      size_t bytes_before = 0;
      for (size_t k = first; k < run_start; ++k) {
        if (IsProse(blocks[k])) bytes_before += blocks[k].text.size();
      }
      if (prose_after == 0 || 4 * bytes_after >= bytes_before) return last;
      auto continues = [&](const PendingBlock& before, const PendingBlock& after) {
        if (before.element == kNoNode || after.element == kNoNode) return false;
        const DomNode& a = Node(before.element);
        const DomNode& z = Node(after.element);
        if (a.parent == z.parent) return true;
        auto same_kind = [](const DomNode& x, const DomNode& y) {
          const std::string_view kind = TrimAscii(internal::Attr(x.node, "class"));
          return x.tag == y.tag && !kind.empty() && kind == TrimAscii(internal::Attr(y.node, "class"));
        };
        return same_kind(a, z) ||
               (a.parent != kNoNode && z.parent != kNoNode && same_kind(Node(a.parent), Node(z.parent)));
      };
      for (size_t k = run_start + 1; k < last; ++k) {
        if (!IsProse(blocks[k])) continue;
        if (blocks[k].element == kNoNode) return last;
        for (size_t j = first; j < run_start; ++j) {
          if (IsProse(blocks[j]) && continues(blocks[j], blocks[k])) return last;
        }
      }
      size_t end = run_start;
      while (end > first && !IsProse(blocks[end - 1]) &&
             (blocks[end - 1].kind == TextBlock::Kind::kHeading || std::string_view(blocks[end - 1].text).ends_with(':'))) {
        --end;
      }
      return end;
    }
    return last;
  }

  // The text ends before the appeals to the reader that close it (IsCallToAction:
  // sign up, follow us, download the app), when nothing but such appeals, credit
  // lines and short lines follow them and kMinProseBlocksToTrim prose blocks stay.
  // Credit lines stay wherever they sit (see TrimToProse). Returns the new end.
  // A closing signature ends the article: after the text, a line that opens with a
  // byline word and names a person ("Written by Jane Doe", "Autor: Erika Muster"), then
  // the site's rights notice, on the same line (parted by a <br>) or the next one
  // ("Copyright: Harbour Health", "© Hafenblatt. Alle Rechte vorbehalten."). What
  // follows (reference tabs, readers' opinions, a disclaimer) is the site's furniture.
  // The signature names the author when nothing else does. A rights notice with no
  // signature over it, or a signature with no notice under it, ends nothing.
  size_t EndAtClosingSignature(const std::vector<PendingBlock>& blocks, size_t first, size_t last) {
    constexpr size_t kMaxSignatureBytes = 400;
    constexpr size_t kMaxSignatureWords = 10;  // "Written by Jane Doe and John Roe"
    size_t prose = 0;
    for (size_t b = first; b < last; ++b) {
      const PendingBlock& block = blocks[b];
      if (IsProse(block)) ++prose;
      if (prose < kMinProseBlocksToTrim || block.box_root != kNoNode || block.text.size() > kMaxSignatureBytes ||
          !internal::HasBylinePrefix(block.text)) {
        continue;
      }
      const size_t notice = RightsNoticeAfterSignature(block.text, options_);
      const bool notice_under = b + 1 < blocks.size() && blocks[b + 1].box_root == kNoNode &&
                                blocks[b + 1].text.size() <= kMaxSignatureBytes &&
                                IsRightsNotice(blocks[b + 1].text, options_);
      if (notice == std::string_view::npos && !notice_under) continue;
      // The signature is the byline word and names alone (not a sentence opening with
      // the word: "By analysing the samples from three sites, the team found ...").
      const std::string_view signature = TrimAscii(std::string_view(block.text).substr(0, notice));
      if (CountWords(signature) > kMaxSignatureWords) continue;
      const std::vector<std::string> names = internal::NamesFromByline(signature);
      if (names.empty()) continue;
      if (article_.authors.empty()) {
        for (const std::string& name : names) article_.authors.push_back({name, "byline", kClosingBylineConfidence});
      }
      return b;
    }
    return last;
  }

  size_t EndBeforeCallsToAction(const std::vector<PendingBlock>& blocks, size_t first, size_t last) const {
    size_t end = last;
    for (size_t b = last; b > first; --b) {
      const PendingBlock& block = blocks[b - 1];
      if (block.box_root != kNoNode) break;
      if (IsCreditLine(block, options_)) continue;
      if (IsCallToAction(block)) {
        end = b - 1;
        continue;
      }
      if (IsProse(block)) break;
    }
    if (end == last) return last;
    while (end > first && !IsProse(blocks[end - 1])) --end;  // the appeal's heading, a promo's bullets
    const auto prose = std::count_if(blocks.begin() + static_cast<std::ptrdiff_t>(first),
                                     blocks.begin() + static_cast<std::ptrdiff_t>(end), IsProse);
    return prose >= kMinProseBlocksToTrim ? end : last;
  }

  // The text starts after an appeal to the reader above it ("Chat with us on
  // Messenger.", "Sign up for our morning briefing"), and after whatever sits
  // between the appeal and the first paragraph of the article (a player's
  // playlist), when kMinProseBlocksToTrim prose blocks stay. Returns the new start.
  size_t StartAfterCallsToAction(const std::vector<PendingBlock>& blocks, size_t first, size_t last) const {
    size_t start = first;
    bool appeal = false;
    while (start < last && (!IsProse(blocks[start]) || IsCallToAction(blocks[start]))) {
      appeal = appeal || IsCallToAction(blocks[start]);
      ++start;
    }
    if (!appeal || start == first) return first;
    const auto prose = std::count_if(blocks.begin() + static_cast<std::ptrdiff_t>(start),
                                     blocks.begin() + static_cast<std::ptrdiff_t>(last), IsProse);
    return prose >= kMinProseBlocksToTrim ? start : first;
  }

  // A picture credit left among the paragraphs: a short unlinked line (at most
  // kMaxTimeStampWords words, no sentence) that opens with a picture label and a
  // colon ("Photo: Lee Lens, AP", "Bild: dpa", "Фото:" over the credit), the line
  // under a picture whose markup the page does not name.
  static bool IsPictureCreditLine(const PendingBlock& block) {
    if (!block.links.empty() || block.text.size() > kMaxTimeStampBytes) return false;
    const BlockShape shape = ShapeOf(block.text);
    if (shape.words > kMaxTimeStampWords || (IsProse(block) && shape.terminal && !block.text.ends_with(':'))) {
      return false;
    }
    static constexpr std::string_view kLabels[] = {
        "photo:", "photos:", "image:", "images:", "picture:", "foto:", "fotos:", "bild:", "bilder:",
        "bildrechte:", "imagen:", "immagine:", "kuva:", "bilde:", "zdj\xC4\x99" "cie:", "photo credit:",
        "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE:", "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:"};
    const std::string lower = AsciiLower(TrimAscii(block.text));
    return std::any_of(std::begin(kLabels), std::end(kLabels),
                       [&](std::string_view label) { return lower.starts_with(label); });
  }

  // A short unlinked line that is a date or a time with a few words around it
  // (a label, a weekday, "updated", "min read"): at most kMaxTimeStampWords words
  // and kMaxTimeStampBytes bytes, holding a clock time or a year with a day (a
  // year alone may be a title's: "2018 Summer Concert Series"), and not a
  // sentence. Lines with brackets or a slash before letters are left alone: they
  // may be datelines or agency tags ("BERLIN (dpa)", "dpa/xy").
  static bool IsTimeStamp(const PendingBlock& block) {
    if (block.kind != TextBlock::Kind::kParagraph || !block.links.empty()) return false;
    // Ten words with no full stop count as prose by their length alone; a time
    // stamp with its labels may run that long ("05 May 2024 Updated at 16:01 4
    // minutes of reading"), and then it gives a clock time (a title may hold a
    // date: "Light Festival 29 November 2018 - 20 January 2019"). A sentence is
    // never one.
    if (IsTimeStampPair(block.text)) return !ShapeOf(block.text).terminal || !IsProse(block);
    bool clock = false;
    if (!IsTimeStampText(block.text, &clock)) return false;
    return !IsProse(block) || (clock && !ShapeOf(block.text).terminal);
  }

  // Two time stamps on one line, split by a bar ("Published: 10:48, Tue, Nov 19,
  // 2019 | Updated: 11:05, Tue, Nov 19, 2019"): each side is one, and one gives a
  // clock time (two dates alone are a period: "29 November 2018 | 20 January 2019").
  static bool IsTimeStampPair(std::string_view t) {
    if (t.size() > 2 * kMaxTimeStampBytes) return false;
    const size_t bar = t.find('|');
    if (bar == std::string_view::npos || t.find('|', bar + 1) != std::string_view::npos) return false;
    bool clock_before = false, clock_after = false;
    return IsTimeStampText(TrimAscii(t.substr(0, bar)), &clock_before) &&
           IsTimeStampText(TrimAscii(t.substr(bar + 1)), &clock_after) && (clock_before || clock_after);
  }

  static bool IsTimeStampText(std::string_view t, bool* has_clock = nullptr) {
    if (t.empty() || t.size() > kMaxTimeStampBytes || ShapeOf(t).words > kMaxTimeStampWords) return false;
    if (t.find_first_of("()[]") != std::string_view::npos) return false;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (t[i] == '/' && ((t[i + 1] | 0x20) >= 'a' && (t[i + 1] | 0x20) <= 'z')) return false;
    }
    return HasDateOrClock(t, has_clock);
  }

  // `t` holds a clock time ("7:04", "19:30") or a year with another number (a day).
  static bool HasDateOrClock(std::string_view t, bool* has_clock = nullptr) {
    bool year = false, clock = false;
    int numbers = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if (!IsDigit(t[i]) || (i > 0 && IsDigit(t[i - 1]))) continue;
      size_t j = i;
      while (j < t.size() && IsDigit(t[j])) ++j;
      const std::string_view run = t.substr(i, j - i);
      ++numbers;
      if (run.size() == 4 && (run.starts_with("19") || run.starts_with("20"))) year = true;
      if (run.size() <= 2 && j + 2 < t.size() && t[j] == ':' && IsDigit(t[j + 1]) && IsDigit(t[j + 2])) {
        clock = true;
      }
    }
    if (has_clock != nullptr) *has_clock = clock;
    return clock || (year && numbers >= 2);
  }

  // The lines between a headline and a body container that starts below it -- a
  // kicker, a byline, the source and the date ("News24 13 Jan 2020, 22:11") --
  // belong to neither the body nor any boilerplate region, so the walk loses them.
  // They are kept as "header" boilerplate, as the lines trimmed before the prose
  // inside a container are. Read nearest first, back through the preceding
  // siblings of the container and its ancestors, up to a heading (the headline):
  // without a heading within kMaxLeadInBlocks short blocks, or on reaching a
  // boilerplate region, a long block or prose, nothing is kept.
  void EmitLeadIn(uint32_t container) {
    constexpr size_t kMaxLeadInBlocks = 4;
    constexpr size_t kMaxLeadInBytes = 300;
    if (headline_block_ != kNoBlock) return;  // the container holds the headline
    std::vector<std::pair<std::string, bool>> lines;  // nearest first; whether a link or a picture's line
    for (uint32_t c = container; Node(c).parent != kNoNode; c = Node(c).parent) {
      const uint32_t parent = Node(c).parent;
      std::vector<uint32_t> siblings;
      for (uint32_t k = parent + 1; k < c; k = Node(k).end) siblings.push_back(k);
      for (auto it = siblings.rbegin(); it != siblings.rend(); ++it) {
        const uint32_t k = *it;
        if (meta_.headline_h1 != kNoNode && k <= meta_.headline_h1 && meta_.headline_h1 < Node(k).end) {
          ReadHeadlineBox(k, kMaxLeadInBlocks, kMaxLeadInBytes, lines);
          return Keep(lines);
        }
        const Disposition disp = disposition_[k];
        if (disp == Disposition::kDropped) continue;  // a script, a byline read as metadata
        if (disp == Disposition::kBoilerplateRoot && role_[k] != nullptr && std::string_view(role_[k]) == "caption") {
          continue;  // the lead picture
        }
        if (disp != Disposition::kKeep) return;
        BlockWriter writer(4 * kMaxLeadInBytes);
        Walk(k, writer, /*body_mode=*/false);
        const std::vector<PendingBlock>& blocks = writer.blocks();
        for (auto b = blocks.rbegin(); b != blocks.rend(); ++b) {
          if (b->kind == TextBlock::Kind::kHeading) return Keep(lines);
          if (b->text.size() > kMaxLeadInBytes || IsProse(*b) || lines.size() == kMaxLeadInBlocks) return;
          const bool beside = !b->links.empty() || BesidePicture(b->element);
          lines.push_back({b->text, beside});
        }
      }
    }
  }

  // The headline's own box (an element that holds the headline and the lines under
  // it: "<div class=title><h1>...</h1><div class=info>2024-06-04 来源：新华社</div>
  // </div>"): its lines after the headline are the source slot too. Read in order,
  // element by element after the headline inside `box`; a standfirst (prose, a long
  // block or a second heading) drops the lines read before it, so that only the lines
  // between it and the text are kept; a boilerplate region (a share bar) is passed
  // over. Appended to `nearest_first` nearest first, at most `max_lines` in all.
  void ReadHeadlineBox(uint32_t box, size_t max_lines, size_t max_bytes,
                       std::vector<std::pair<std::string, bool>>& nearest_first) {
    std::vector<uint32_t> after;  // the elements after the headline inside the box, in order
    for (uint32_t c = meta_.headline_h1; c != box && c != kNoNode; c = Node(c).parent) {
      const uint32_t parent = Node(c).parent;
      if (parent == kNoNode) return;
      for (uint32_t k = Node(c).end; k < Node(parent).end; k = Node(k).end) {
        if (!Node(k).is_text) after.push_back(k);
      }
    }
    std::vector<std::pair<std::string, bool>> in_order;
    for (const uint32_t k : after) {
      if (disposition_[k] != Disposition::kKeep) continue;  // a byline read as metadata, a share bar, a picture
      BlockWriter writer(4 * max_bytes);
      Walk(k, writer, /*body_mode=*/false);
      for (const PendingBlock& b : writer.blocks()) {
        if (b.kind == TextBlock::Kind::kHeading || b.text.size() > max_bytes || IsProse(b)) {
          in_order.clear();
          continue;
        }
        in_order.push_back({b.text, !b.links.empty() || BesidePicture(b.element)});
      }
    }
    for (auto it = in_order.rbegin(); it != in_order.rend() && nearest_first.size() < max_lines; ++it) {
      nearest_first.push_back(std::move(*it));
    }
  }

  // The lines of the source slot (below_headline), but for links and a picture's
  // lines, which go to a header block of their own after it (as in TrimToProse).
  void Keep(std::vector<std::pair<std::string, bool>>& nearest_first) {
    if (nearest_first.empty()) return;
    std::string slot, aside;
    for (auto it = nearest_first.rbegin(); it != nearest_first.rend(); ++it) {
      std::string& text = it->second ? aside : slot;
      if (!text.empty()) text.push_back('\n');
      text.append(it->first);
    }
    if (!slot.empty()) {
      article_.boilerplate.push_back({"header", std::move(slot), /*after_body=*/false, /*below_headline=*/true});
    }
    if (!aside.empty()) article_.boilerplate.push_back({"header", std::move(aside)});
  }

  void EmitBoilerplate(std::vector<uint32_t> kept_boxes) {
    std::sort(kept_boxes.begin(), kept_boxes.end());
    size_t bytes = 0;
    for (uint32_t i = 0; i < n_; ++i) {
      if (deadline_.Step()) return;
      if (disposition_[i] != Disposition::kBoilerplateRoot) continue;
      if (std::binary_search(kept_boxes.begin(), kept_boxes.end(), i)) continue;
      if (bytes >= options_.max_text_bytes) break;
      BlockWriter writer(options_.max_text_bytes - bytes);
      Walk(i, writer, /*body_mode=*/false);
      std::string text;
      for (const PendingBlock& block : writer.blocks()) {
        if (!text.empty()) text.push_back('\n');
        text.append(block.text);
      }
      if (text.empty()) continue;
      bytes += text.size();
      // An article's <footer> right after the text opens with a line of its own (a
      // credit), not with a list of links (tags, teasers).
      const PendingBlock& opening = writer.blocks().front();
      const bool after_body = std::string_view(role_[i]) == "footer" && RightAfterBody(i) &&
                              (IsCreditLine(opening, options_) || 2 * LinkBytes(opening) < opening.text.size());
      // An <aside> right after the text that holds nothing but a bare agency tag and
      // is the article's last text ("<aside><p>(dpa)</p></aside>") is the text's
      // closing line laid out apart: read as the run after the body.
      if (std::string_view(role_[i]) == "aside" && writer.blocks().size() == 1 && RightAfterBody(i) &&
          IsBareAgencyTag(opening) && NothingButFurnitureAfter(Node(i).end)) {
        article_.boilerplate.push_back({"footer", std::move(text), /*after_body=*/true});
        continue;
      }
      article_.boilerplate.push_back({role_[i], std::move(text), after_body});
    }
  }

  const FlatDom& dom_;
  const PageMetadata& meta_;
  const HtmlExtractorOptions& options_;
  Article& article_;
  internal::PassDeadline& deadline_;
  const uint32_t n_;
  std::vector<Disposition> disposition_;
  std::vector<uint32_t> gated_roots_;  // hidden paywalled continuations kept as text (IsGatedContinuation),
                                       // and what a closed <details> shows only when opened
  mutable std::vector<uint64_t> prose_before_;  // ProseBefore, per node, built on first use
  std::vector<uint8_t> in_gated_;  // inside a root of gated_roots_ (MarkGatedText); empty: none
  std::vector<const char*> role_;
  std::vector<uint8_t> comment_roots_;  // comment_roots()
  std::vector<uint8_t> narrow_column_;  // a narrow grid column beside the prose (IsNarrowSideColumn)
  std::vector<uint8_t> text_sidebar_;   // a box named a sidebar, set between two paragraphs (IsSidebarInText)
  std::vector<uint8_t> link_module_;    // a boilerplate root that is a module of links (IsLinkModule)
  size_t headline_block_ = kNoBlock;  // blocks the body walk wrote before the headline, when it passed it
  uint32_t body_container_ = kNoNode;  // the container EmitBody walked
  uint32_t body_tail_ = kNoNode;       // the node after the element of the body's last block (RightAfterBody)
  std::vector<uint32_t> text_, link_, p_text_, nested_articles_;
  std::vector<bool> in_feed_, holds_stories_;
  std::vector<uint8_t> non_rendered_;                 // inside <script>, <style>, <template>...
  std::vector<uint32_t> shown_text_;                  // bytes of rendered text per subtree
  std::unordered_map<uint32_t, std::string> card_url_;  // card element -> the page it promotes
  std::optional<std::string_view> link_target_;         // scratch for PageLinkTarget
  std::vector<double> score_;
  std::vector<std::string> own_sites_;  // site labels of the page's own addresses (OnThisSite)
  std::vector<std::string> own_pages_;  // the page's own addresses as PageKey writes them (IsThisPage)
  std::vector<std::string> live_pages_;  // addresses this page's entries link themselves with (LinksIntoItself)
};

}  // namespace

// The credit labels as one pattern: a line's opening, after any '(', '[', '*', '-'
// or space, then a label letter for letter in any case. RE2 folds case by Unicode's
// simple case folding, so a label written once in lower case also opens a line in
// capitals in any script ("ИСТОЧНИК:", "ŹRÓDŁO:", "ΠΗΓΗ:"); accents are not folded
// (a Greek label in capitals drops its tonos: both spellings are listed).
HtmlExtractor::HtmlExtractor(HtmlExtractorOptions options) : options_(std::move(options)) {
  options_.credit_label_pattern = nullptr;
  if (options_.credit_labels.empty()) return;
  std::string pattern = "^[(\\[*\\- ]*(?:";
  for (size_t i = 0; i < options_.credit_labels.size(); ++i) {
    if (i > 0) pattern.push_back('|');
    pattern += RE2::QuoteMeta(options_.credit_labels[i]);
  }
  pattern.push_back(')');
  RE2::Options re_options;
  re_options.set_case_sensitive(false);
  re_options.set_never_capture(true);
  re_options.set_log_errors(false);
  auto re = std::make_shared<const RE2>(pattern, re_options);
  if (re->ok()) options_.credit_label_pattern = std::move(re);
}

Result<Article> HtmlExtractor::Extract(std::string_view utf8_html, std::string_view page_url) const {
  return Extract(utf8_html, page_url, {}, nullptr);
}

Result<Article> HtmlExtractor::Extract(std::string_view utf8_html, std::string_view page_url,
                                       const std::function<bool()>& expired, std::string* stopped_in) const {
  internal::PassDeadline deadline(&expired);
  auto stop = [&](Article article) {
    if (stopped_in != nullptr) *stopped_in = deadline.stopped_in();
    return article;
  };
  internal::HtmlLimits limits;
  limits.max_attributes = options_.max_attributes_per_element;
  limits.max_depth = options_.max_depth;
  limits.max_nodes = options_.max_nodes;
  limits.max_links = options_.max_links;
  std::string limited;
  const internal::HtmlCuts cuts = internal::ApplyHtmlLimits(utf8_html, limits, &limited);
  const size_t input_bytes = utf8_html.size();
  if (cuts.Any()) utf8_html = limited;
  Article article;
  article.from_html = true;
  article.limits_hit = cuts.Describe(limits, input_bytes);
  if (deadline.Before("parse")) return stop(std::move(article));
  internal::GumboOutputPtr output = internal::ParseHtml(utf8_html);
  if (output == nullptr || output->root == nullptr) {
    return ParseError("html: the parser could not build a document tree");
  }
  if (deadline.Before("flatten")) return stop(std::move(article));
  FlatDom dom = internal::Flatten(*output);
  // Cards a script opens (data-href, onclick) are links to a reader: made so in
  // the tree before anything reads it.
  if (deadline.Before("script cards")) return stop(std::move(article));
  if (internal::LinkScriptCards(dom, page_url, *output) > 0) dom = internal::Flatten(*output);
  if (deadline.Before("metadata")) return stop(std::move(article));
  const PageMetadata meta = internal::ReadMetadata(dom, page_url, article);
  std::erase_if(article.authors, [&](const SourcedValue& a) { return a.confidence < options_.min_author_confidence; });
  // A body cut short is dropped whole (text, blocks, links, furniture, and the
  // names of a closing signature it found): the metadata stays.
  const size_t authors_from_metadata = article.authors.size();
  BodyBuilder body(dom, meta, options_, article, deadline);
  body.Run();
  if (deadline.stopped()) {
    article.text.clear();
    article.blocks.clear();
    article.links.clear();
    article.boilerplate.clear();
    article.authors.resize(authors_from_metadata);
    return stop(std::move(article));
  }
  if (deadline.Before("author boxes")) return stop(std::move(article));
  internal::FindAuthorBoxes(dom, meta, body.comment_roots(), article);
  // The declared language is often missing, or a template default ("en" on every
  // page): the text decides when it clearly says otherwise.
  if (deadline.Before("language")) return stop(std::move(article));
  article.language = internal::ReconcileLanguage(article.language, article.text);
  return article;
}

}  // namespace provscore
