// The watch list: a JSON file naming what `provscore watch` polls.
//
//   [{"url": "https://example.org/rss.xml", "type": "feed", "interval": "30m"},
//    {"url": "https://example.org/sitemap.xml", "type": "sitemap", "interval": 86400},
//    {"url": "https://example.org/", "type": "page", "interval": "2h"},
//    {"url": "https://example.org/live.xml", "type": "feed", "recapture": ["10m", "1h"]}]
//
// (or the same list as {"sources": [...]}). "type" defaults to "page" and "interval" to
// 30 minutes; intervals are seconds or "45s", "30m", "2h", "1d". "recapture" (feeds and
// sitemaps) lists when, after discovery, each article is archived again -- default 1h,
// 6h, 1d, 3d, 7d -- or is "off". Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "fetch/watcher.h"

namespace provscore {

// kParseError naming the file, the entry (1-based) and the problem.
Result<std::vector<fetch::WatchSource>> ParseSources(std::string_view json, const std::string& name);
Result<std::vector<fetch::WatchSource>> LoadSources(const std::string& path);

}  // namespace provscore
