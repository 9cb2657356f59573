// The shape of a story's address, as news sites build them: what tells a link to
// another article from a link to a section, a tag, an author's page or a file. One
// convention for the stages that read links: the extractor (which script-built
// cards are links to a story) and the cross-link detector (which links promote
// one). Pure functions of their arguments; thread-safe.
//
//   IsStoryAddress("https://paper.example/city/2026/05/04/vote", "Council delays the vote", false)  // true
//   IsStoryAddress("https://paper.example/tag/harbour", "Harbour", false)                            // false
#pragma once

#include <string_view>
#include <vector>

namespace provscore {

// The segments of a URL's path, empty ones left out ("https://x.example/city//vote/" ->
// "city", "vote"); the query and the fragment are no part of it.
std::vector<std::string_view> PathSegments(std::string_view url);

// A path segment naming a picture, a sound, a clip or a document by its file name
// ("ferry.jpg", "report.pdf"), in any case: no page a reader reads.
bool IsMediaFile(std::string_view segment);

// A path segment that names a hub page of a site, whose pages list stories by
// tag, topic, section or author ("category", "tag", "themen", "autor", "by"), in
// any case.
bool IsHubName(std::string_view segment);

// A link to another article rather than to a section, tag or hub page, or to an
// image: its path carries an id or date (4+ digits), or, when it is not below a
// hub ("/tag/..."), ends in a slug: a hyphenated last segment below the top
// level, or at the top one of three words or more under an anchor that reads
// like a headline (5+ words; "/video-centre/" is a section). After a marker
// (`marked`), a deeper path under such an anchor is a story too, and so is a page
// file with a shorter slug ("/weird-galaxies.html"). A story by its id in the
// query ("/article.php?id=48213", "/?p=8812") counts; underscores name a wiki's
// pages, so a slug in them counts by its id or date only, a machine-made id too
// ("/p/city/council_delays_vote_k3Xq9vLm2TzR8w": 8+ letters and digits mixed). A
// blog's front page ("/blogs/harbour-journal", the blog's name right under "blogs")
// is a hub.
bool IsStoryAddress(std::string_view url, std::string_view anchor, bool marked);

}  // namespace provscore
