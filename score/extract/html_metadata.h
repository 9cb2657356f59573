// Private to score/: reads an article's metadata from a flattened page — JSON-LD,
// OpenGraph, <meta>, <link rel=canonical>, <html lang>, <time>, rel=author,
// itemprop, byline elements and the article URL's date — into an Article. Titles
// follow Mozilla Readability's order and cuts; authors come from the most trusted
// source group that names a person (JSON-LD, Dublin Core, <meta name=author>, other
// meta, article:author, itemprop, rel=author, the byline nearest the headline -- a
// byline element or a line opening with a byline word --, a link to an author's
// page under the headline or just above it, a bold line of names opening the
// text; a page with no <h1> of its own takes the first <h1>/<h2> of its first
// <article> as the headline for this); a group naming
// only organisations (the site itself, a domain, a JSON-LD Organization), roles
// ("Staff Writer") or profile slugs is used when none names a person. The published
// date comes from JSON-LD, <meta>, itemprop, <time>, the URL, and last a date
// printed by the headline.
// Also the date and author normalisers it uses, exposed for table-driven tests.
// Pure functions.
//
//   PageMetadata meta = ReadMetadata(dom, page_url, article);
//   // article.title/authors/published/... are set; meta.headline_h1 is the <h1>
//   // the title came from (kNoNode when none), which the body must leave out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "score/article.h"
#include "score/extract/html_dom.h"

namespace provscore::internal {

struct PageMetadata {
  uint32_t headline_h1 = kNoNode;  // the page's headline <h1>, if any
  std::string headline_h1_text;    // its visible text
  std::string base_url;            // absolute URL links resolve against, or empty
  std::vector<uint32_t> byline_elements;  // byline slots read into byline_lines
};

// Fills title, authors, published, modified, language, site_name, canonical_url,
// description, byline_lines and json_ld. Never fails: absent data stays empty.
PageMetadata ReadMetadata(const FlatDom& dom, std::string_view page_url, Article& article);

// Visible byline slots: elements whose class/id names a byline or author
// ("byline", "author", "article__author", "autor", "auteur", ...).
bool IsBylineElement(const DomNode& d);

// A byline element longer than this is an author bio box, not a byline.
inline constexpr size_t kMaxBylineBytes = 200;

// ISO 8601 form of a date as pages print it in metadata: "2022-02-21T10:24:00Z",
// "2022-02-21 10:24", "2022/02/21", "20220221", "21.02.2022 17:52",
// "Mon, 21 Feb 2022 10:24:00 GMT", "February 21, 2022". Keeps time and zone when
// given ("2022-02-21T10:24:00+01:00"); nullopt when it is not a date.
std::optional<std::string> NormalizeDate(std::string_view text);

// The date in an article URL's path: /2024/05/02/, /2024-05-02-, /20240502/ ->
// "2024-05-02"; nullopt when the path holds none (a year and month alone do not count).
std::optional<std::string> DateFromUrl(std::string_view url);

// The author name in `value` after trimming, dropping a leading "By" and a URL or
// e-mail in brackets ("Jane Doe (https://jane.example/)"); empty when
// it is a URL, an e-mail address, a single generic word ("admin", "staff") or too
// long or short to be a name.
std::string CleanAuthor(std::string_view value);

// The names in one metadata author value (JSON-LD, <meta>): "Jane Doe and John Roe"
// -> {"Jane Doe", "John Roe"}; "Jane Doe, Staff Writer", "Jane Doe, Example.com",
// "Jane Doe, The Example Press", "Jane Doe. Example Radio" -> {"Jane Doe"};
// "Jane and John Doe" and "Example Times and AFP" stay whole (every side of a
// split is a full name); "Doe, Jane" is one name. Each name is CleanAuthor'ed.
std::vector<std::string> NamesFromAuthorValue(std::string_view value);

// Whether a name is a job title or a desk, not a person: every word is a role
// word ("Staff Writer", "Online News Editor", "Redaktion", "Web Desk").
bool IsRoleName(std::string_view name);

// Whether a name or an affiliation names a news organisation by a word organisations
// of the press are named by ("The Example Press", "Example Zeitung", "Harbour News").
bool NamesOrganisation(std::string_view part);

// Whether a line opens with the words of a byline: "By", "Von", "Par", "Por",
// "Di", "Door", "Av", "Af", "Written by", "Autor:", "Texto:", "Автор:", "記者 ".
bool HasBylinePrefix(std::string_view line);

// Names in a printed byline: "By Jane Doe and John Roe, Reuters" -> {"Jane Doe",
// "John Roe"}; "By Jane Doe, John Roe" -> both; "AFP | 28.04.2023 | 17:52 Uhr" ->
// {"AFP"}; "By Nathan Willis March 25, 2015" -> {"Nathan Willis"}; "Von Erika
// Mustermann (dpa)", "Jane Doe in Nairobi", "Text: Erika Mustermann / Foto: Max
// Muster" -> the name. After the first name a comma part is another name only when it
// reads as a person's (not a place, an outlet or a role); a name ends where a date, a
// place word, a bracket or another work's credit begins.
std::vector<std::string> NamesFromByline(std::string_view line);

// The label a site's hosts share across its domains and mirrors: "herald" for
// www.herald.co.uk and m.herald.com; "" for no host or one without a registrable
// name (base/host_name.h: the Public Suffix List).
std::string SiteLabel(std::string_view url);

}  // namespace provscore::internal
