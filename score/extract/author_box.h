// Private to score/: finds the blocks of a page that talk about one of the
// article's authors -- author boxes -- by their place in the page, not by their
// wording, and hands them to the bio detector (which decides from the wording,
// with the rules placed "author_box", whether a block is a bio). Pure function.
//
//   PageMetadata meta = ReadMetadata(dom, url, article);
//   ... body extraction fills article.text/blocks ...
//   FindAuthorBoxes(dom, meta, comment_roots, article);  // fills article.author_boxes
//
// The names a box may show: each author of Article::authors, each part of a joint
// listing ("Jane Doe and John Roe"), without a byline's "By", without a middle
// initial, with the surname first ("Doe, Jane"), in capitals of any alphabet
// ("ИВАН ПЕТРОВ"); a one-word name ("Marlow", a pen name) only as
// a line of its own or a line's opening word (a block or a card's description
// opening with it: "Skipper is a reporter ..."); in a box classed as an author's, the
// given name alone opening a description line ("Jane covers ..."). A page that
// lists no author takes the name line of a classed box whose description speaks
// of that name, or an account's name over it ("rmb8090": the house account's box);
// with no telling class, the card around an avatar whose alt repeats the account's
// name over its blurb (not in a readers' comment, and with no time: a comment's head).
// Four ways to find a box:
//  - markup: an element whose class, id, itemprop or rel says author or bio as a
//    token ("author-box", "c-author__bio", "ContributorBio", itemprop="author"),
//    an <address>, a microdata schema.org Person, or the block around a
//    rel="author" link or a link to the author's page ("/author/jane-doe"), that
//    shows one of the names and at most a short text: its description lines are
//    kept, and -- away from the byline -- a role line of its own under the name
//    ("Senior reporter, Berlin"). A bio element apart from the name is read with
//    the small card around it (up to two levels up);
//  - schema: a JSON-LD Person "description" of one of the authors that the page
//    also shows (schema text alone is never read as a bio);
//  - heading: an element with no telling markup whose first line is a short
//    heading ("About the author", "Об авторе") over an author's name and a
//    description; the box's text opens with the heading line (the rules say
//    whether the heading is an author box's);
//  - name: a line -- a block's first, or one after a <br> -- that opens with an
//    author's full name ("Jane Doe is a freelance writer ...", also with no full
//    stop: "JANE DOE IS THE NETWORK'S POLITICAL EDITOR"), outside the middle of
//    the body; or, in the body's last blocks or after the body, names them as its
//    opening sentence's subject after a short title ("Former harbour pilot Jane
//    Doe is ..."). A block in a teaser card of another story (a small wrapper
//    whose linked headline comes before it) is none. A block opening with the
//    outlet's own name, when the outlet signs the article, is the house's.
// An entry of a list of people (the author's card among sibling cards of others:
// "Meet the team" with no heading) is no box found by its shape (cues name and
// card); nothing in a readers' comment (`comment_roots`, or class words) is a box.
// A marked box signed with the outlet's own name instead (the site name or the
// JSON-LD publisher, as the box's name line or its opening words) is the house
// account's box (AuthorBox::house), whoever wrote the article; so is a box of an
// author who is the outlet itself.
// Text a reader never sees is left out: non-rendered elements (template,
// noscript, script...) and hidden ones (hidden, aria-hidden, display:none),
// unless a visible control reveals them (aria-controls, data-target, data-bs-target
// or a toggle's href naming the panel's id): a collapsed "About the author" panel
// counts. A byline line with a job title ("By Jane Doe, Staff Writer") is never a
// description line.
#pragma once

#include "score/article.h"
#include "score/extract/html_dom.h"
#include "score/extract/html_metadata.h"

namespace provscore::internal {

// Appends to article.author_boxes. Reads article.authors (the names a box must
// show), article.site_name and article.json_ld (the outlet's names, for house
// accounts), article.text and article.blocks (to leave out the middle of the body).
// `comment_roots` flags, per node of `dom`, the root of a readers' comment the
// extractor found by its shape (may be empty): nothing inside one is a box.
void FindAuthorBoxes(const FlatDom& dom, const PageMetadata& meta, const std::vector<uint8_t>& comment_roots,
                     Article& article);

// A description line about `name` in a box: besides the name, a sentence of at
// least four words, or a line of eight words (twelve beside the name) that is no
// strip of fields; ten code points in scripts written without spaces. A contact
// field closing the line after its last sentence ("... 担当している。メール：
// taro@harbour.example", "Email: jane@harbour.example") is read off first. Never a
// byline: "By Jane Doe, Staff Writer", "Jane Doe | Staff Reporter | The Daily",
// "Reporter • Published March 3, 2024" -- unless the byline goes on past an
// apposition into another sentence ("By Jane Doe, a deputy editor. She has
// covered ..."). Exposed for tests.
bool IsDescriptionLine(std::string_view line, std::string_view name);

// A role line of its own under the name in a box away from the byline: two to
// eight words with no date, no label and no strip of fields ("Senior reporter,
// Berlin", "Korrespondentin, Brüssel"). Whether it names a role is for the rules
// to say. Exposed for tests.
bool IsRoleLine(std::string_view line);

}  // namespace provscore::internal
