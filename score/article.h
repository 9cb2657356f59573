// Article: what extraction produces from one decoded document, and what the
// signal detectors read. All offsets are UTF-8 byte offsets into `text`.
// Plain value type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace provscore {

// One structural unit of the body, in order. `text.substr(start, end - start)` is the
// block's text; blocks are separated in `text` by a blank line ("\n\n"), list items
// and headings sit on their own lines.
struct TextBlock {
  enum class Kind { kParagraph, kHeading, kListItem, kQuote, kOther, kCell };  // kCell: a table cell
  Kind kind = Kind::kParagraph;
  size_t start = 0;
  size_t end = 0;
  size_t link_count = 0;   // links whose anchor lies inside this block
  size_t link_chars = 0;   // bytes of anchor text inside this block
  bool gated = false;      // shipped hidden until the reader is let in (a paywalled continuation)
  // A recirculation box (related stories, a promo, a boxed aside) the page placed
  // between the article's paragraphs: kept in `text`, where the cross-link detector
  // reads it in place, but not the article's own text (the profile lists these
  // blocks in article.recirculation, so a reader of the text can leave them out).
  bool recirculation = false;
  // Where the block sits in the page's layout: a hash of its element's tag and of
  // the tags and class values of the elements around it, up to the body's
  // container. Blocks built alike (the article's paragraphs) share it, whatever the
  // class values say; 0 when unknown (plain text).
  uint32_t layout = 0;
  // The same without the block's own tag: the elements around it (their tags and
  // first class names) up to the body's container. Blocks side by side in one
  // element share it whatever their own tags ("<p>" and "<div>" in the article),
  // while a line inside a box of its own ("<section>") has another. 0 when unknown.
  uint32_t parent_layout = 0;
};

// A hyperlink inside the body; [start, end) is its anchor text in `text`.
struct BodyLink {
  std::string url;     // resolved against the page URL when one is known
  std::string anchor;  // the anchor text as it appears in `text`
  size_t start = 0;
  size_t end = 0;
  // The alt text of a picture that opens the link's line right before it (an icon
  // drawn as "Read also"): pictures add no text, so a lead-in given so is kept here
  // for the cross-link detector. Not written to the profile.
  std::string picture_label;
  // A picture inside the link is served from this page's own site (a card the site
  // made itself, wherever its link goes: a sister site of its network). Not written
  // to the profile.
  bool site_picture = false;
};

// A metadata value with where it came from and how far to trust it.
struct SourcedValue {
  std::string value;
  std::string source;       // "json-ld", "meta", "opengraph", "rel-author", "itemprop", "time", "text", "byline",
                            // "author-link", "name-line"
  double confidence = 0.0;  // 0..1
  // Authors only: false when the name is no person's but the outlet's own, another
  // organisation's or a desk's ("Example Times", "example.com", a JSON-LD
  // Organization, "Staff Writer", "Redaktion"): the page is signed by no one a
  // reader could hold to account. True for every other value.
  bool person = true;
};

// Text taken out of the body as boilerplate, kept for the detectors (where="boilerplate").
struct BoilerplateBlock {
  std::string role;  // "header", "footer", "nav", "aside", "comments", "share", "hidden", "other"
  std::string text;
  // The run of lines taken out right after the last paragraph, with nothing
  // between them and the text (where a closing credit the extractor moved lands);
  // not a site's footer, nor a line after a list of links.
  bool after_body = false;
  // Lines of the source slot between the headline and the text (a kicker, the
  // byline, the source, the date), where a bare agency line names the supplier.
  bool below_headline = false;
};

// A block about one of the article's authors, found by its place in the page (an
// author box's markup, or a block that opens with the author's name); whether it
// is a bio is for the detector to say from its wording.
struct AuthorBox {
  std::string text;     // description lines, one per line, whitespace collapsed
  std::string author;   // the name of Article::authors it shows, as listed there
  std::string where;    // "byline" (in or around a byline slot) or "boilerplate"
  std::string cue;      // "markup" (class/id/itemprop/rel), "schema" (the author's JSON-LD
                        // description, shown on the page), "heading" (a short heading over the
                        // name: `text` opens with the heading line), "name" (text opens with the
                        // name) or "card" (a name heading or name link, then lines about them)
  size_t name_end = 0;  // cue "name": the byte after the name in `text`; else 0
  bool house = false;   // `author` is the outlet itself (its site name or publisher): a house account
};

struct Article {
  std::string title;
  std::vector<SourcedValue> authors;       // deduplicated, best first
  std::optional<SourcedValue> published;   // ISO 8601
  std::optional<SourcedValue> modified;    // ISO 8601
  std::string language;                    // BCP 47, or empty
  std::string site_name;
  std::string canonical_url;
  // The page's own address when its canonical link names another site's page (a
  // syndicated copy: the canonical is the original, og:url or the fetched URL is
  // this page); empty otherwise. The page's site is then both hosts.
  std::string own_url;
  // The original's address that a republished copy declares (`<link
  // rel="syndication-source">`, `<meta name="original-source">` …) when it is on
  // another site than the canonical: the story is that site's too, so its links to
  // that site promote the original's other stories (cross-links), and a link to this
  // address is the article itself. Empty otherwise.
  std::string source_url;
  std::string description;

  std::string text;                        // the extracted body; always present (may be empty)
  std::vector<TextBlock> blocks;
  std::vector<BodyLink> links;

  std::vector<std::string> byline_lines;   // raw byline text as printed ("By Jane Doe, Reuters")
  std::vector<BoilerplateBlock> boilerplate;
  std::vector<AuthorBox> author_boxes;     // candidate bios, for the bio detector
  std::string json_ld;                     // the page's JSON-LD blocks, as one JSON array text, or empty
  bool from_html = false;                  // extracted from HTML: its links are known (a headline without one is not a link)
  // Who the page says wrote or supplied the article outside JSON-LD: a <meta> such as
  // "articleAuthor" or "source", or an author/source/agency key of an inline
  // configuration object (a data layer). `value` as printed ("anadolu-ajansi"),
  // `source` names the place and key ("meta:articleAuthor", "script:cd_source"); a
  // rel=canonical to another site than the page's og:url is "link:canonical".
  std::vector<SourcedValue> declared_sources;
  // One sentence per extraction limit that cut this page, naming the limit and what
  // it cut ("max_attributes_per_element (512) removed 9488 attributes from 1 tag").
  std::vector<std::string> limits_hit;
};

}  // namespace provscore
