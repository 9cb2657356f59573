#include "score/story_address.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"

namespace provscore {
namespace {

// "/category/politics", "/tag/brexit", "/autor/jane-doe", "/by/jane-doe": the
// segment that names a hub page of a site (its pages list stories by tag, topic,
// section or author).
constexpr std::string_view kHubs[] = {
    "category", "categories", "tag",      "tags",      "topic",     "topics",   "section",  "sections",
    "author",   "authors",    "autor",    "autoren",   "auteur",    "thema",    "themen",   "tema",
    "temas",    "rubrique",   "rubrik",   "kategorie", "categoria", "kategori", "etiqueta", "search",
    "by" /* an author's page: "/by/jane-doe" */};

// A path segment naming a page file ("story-name.html", "item.php"), not a folder.
bool IsPageFile(std::string_view segment) {
  for (const std::string_view ext : {".html", ".htm", ".shtml", ".php", ".asp", ".aspx"}) {
    if (segment.ends_with(ext)) return true;
  }
  return false;
}

// A machine-made id that ends a slug ("..._vote_on_bridge_k3Xq9vLm2TzR8w", a base-62
// key some CMSs append): 8+ letters and digits that change from one to the other
// three times or more. A word does not ("IPv6", "H5N1" are shorter; "737" is all digits).
bool IsOpaqueId(std::string_view part) {
  constexpr size_t kMinIdChars = 8, kMinChanges = 3;
  if (part.size() < kMinIdChars) return false;
  size_t changes = 0;
  for (size_t i = 0; i < part.size(); ++i) {
    const char c = part[i];
    const bool digit = c >= '0' && c <= '9';
    if (!digit && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
    if (i > 0 && digit != (part[i - 1] >= '0' && part[i - 1] <= '9')) ++changes;
  }
  return changes >= kMinChanges;
}

}  // namespace

std::vector<std::string_view> PathSegments(std::string_view url) {
  std::vector<std::string_view> segments;
  for (const std::string_view part : Split(UrlPath(url), '/')) {
    if (!part.empty()) segments.push_back(part);
  }
  return segments;
}

bool IsMediaFile(std::string_view segment) {
  const std::string name = AsciiLower(segment);
  for (const std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp3", ".mp4", ".pdf"}) {
    if (name.ends_with(ext)) return true;
  }
  return false;
}

bool IsHubName(std::string_view segment) {
  return std::find(std::begin(kHubs), std::end(kHubs), AsciiLower(segment)) != std::end(kHubs);
}


bool IsStoryAddress(std::string_view url, std::string_view anchor, bool marked) {
  const std::vector<std::string_view> segments = PathSegments(url);
  // "/category/politics", "/tag/brexit", "/autor/jane-doe", "/by/jane-doe": a hub page, unless an
  // id follows the hub's own name ("/tag/elections-2018" is still the tag).
  bool hub = false;
  size_t digits = 0;
  for (size_t k = 0; k < segments.size(); ++k) {
    const bool hub_name = k > 0 && IsHubName(segments[k - 1]);
    hub |= hub_name;
    if (hub_name) continue;
    size_t run = 0;
    for (const char c : segments[k]) {
      run = (c >= '0' && c <= '9') ? run + 1 : 0;
      digits = std::max(digits, run);
    }
  }
  // An image, a sound or a document ("Enlarge this image"), not a page.
  const std::string last = segments.empty() ? std::string() : AsciiLower(segments.back());
  if (IsMediaFile(last)) return false;
  if (digits >= 4) return true;  // "/sections/world/2016/12/09/505002146/..." is a story
  // "/article.php?id=48213", "/?p=8812": a story by its id in the query.
  const size_t query = url.find('?');
  if (query != std::string_view::npos) {
    const std::string_view q = url.substr(query, url.find('#', query) - query);
    for (size_t at = q.find("id="); at != std::string_view::npos; at = q.find("id=", at + 1)) {
      if (at + 3 < q.size() && q[at + 3] >= '0' && q[at + 3] <= '9') return true;
    }
    if (q.starts_with("?p=") && q.size() > 3 && q[3] >= '0' && q[3] <= '9') return true;
  }
  // "/blogs/harbour-journal": a blog's front page, the list of its posts (a post
  // has its date or its slug below the blog's name).
  hub |= segments.size() == 2 && AsciiLower(segments[0]) == "blogs";
  if (hub || segments.empty()) return false;
  // "/p/city/council_delays_vote_k3Xq9vLm2TzR8w": a slug ending in a machine-made id
  // is a story by that id, whatever joins its words.
  const std::string_view stem = std::string_view(segments.back()).substr(0, segments.back().rfind('.'));
  const size_t cut = stem.find_last_of("-_");
  if (cut != std::string_view::npos && IsOpaqueId(stem.substr(cut + 1))) return true;
  // A slug joins its words with hyphens. Underscores name a wiki's pages
  // ("/wiki/Elizabeth_II", under a caption "Elizabeth II, Queen of New Zealand"), so
  // a story whose slug has them is known by its id or date only.
  const auto hyphens = std::count(last.begin(), last.end(), '-');
  const bool headline = CountWords(anchor) >= 5;
  // "/my-story-slug/", not "/video-centre/"; after a marker, a page file with a
  // shorter slug under a headline ("/weird-galaxies.html").
  if (segments.size() == 1) return headline && (hyphens >= 2 || (marked && hyphens >= 1 && IsPageFile(last)));
  return hyphens >= 1 || (marked && headline);
}

}  // namespace provscore
