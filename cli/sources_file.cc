#include "cli/sources_file.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/options.h"
#include "fetch/link_discovery.h"

namespace provscore {
namespace {

namespace json = boost::json;

constexpr int64_t kDefaultInterval = 1800;

// A number of seconds or a duration string ("45s", "30m", "2h", "1d").
std::optional<double> Seconds(const json::value& v) {
  if (v.is_string()) return ParseDurationSeconds(std::string(v.get_string()));
  if (v.is_number()) return v.to_number<double>();
  return std::nullopt;
}

// "off", or a list of durations after discovery (each over 0 and at most a year), returned
// ascending without repeats.
Result<std::vector<int64_t>> ParseRecapture(const json::value& v) {
  const char* kWant = "\"recapture\" must be \"off\" or a list of durations such as [\"1h\", \"1d\"]";
  if (v.is_string() && v.get_string() == "off") return std::vector<int64_t>();
  const json::array* list = v.if_array();
  if (!list || list->empty()) return ParseError(kWant);
  std::vector<int64_t> out;
  for (const json::value& item : *list) {
    const std::optional<double> seconds = Seconds(item);
    if (!seconds || *seconds <= 0 || *seconds > 366.0 * 86400) return ParseError(kWant);
    out.push_back(static_cast<int64_t>(std::llround(*seconds)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

Result<std::vector<fetch::WatchSource>> ParseSources(std::string_view text, const std::string& name) {
  boost::system::error_code ec;
  const json::value doc = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) return ParseError(name + ": not valid JSON: " + ec.message());
  const json::array* list = doc.if_array();
  if (const json::object* o = doc.if_object()) {
    if (const json::value* v = o->if_contains("sources")) list = v->if_array();
  }
  if (!list) return ParseError(name + ": expected a list of sources, or {\"sources\": [...]}");
  std::vector<fetch::WatchSource> out;
  std::set<std::string> seen;
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string where = name + ": source " + std::to_string(i + 1) + ": ";
    const json::object* o = (*list)[i].if_object();
    if (!o) return ParseError(where + "expected an object with \"url\"");
    for (const auto& kv : *o) {
      if (kv.key() != "url" && kv.key() != "type" && kv.key() != "interval" && kv.key() != "recapture") {
        return ParseError(where + "unknown field \"" + std::string(kv.key()) +
                          "\" (fields: url, type, interval, recapture)");
      }
    }
    fetch::WatchSource s;
    const json::value* url = o->if_contains("url");
    if (!url || !url->is_string()) return ParseError(where + "\"url\" must be a string");
    s.url = fetch::ResolveHttpUrl("", std::string_view(url->get_string()));
    if (s.url.empty()) return ParseError(where + "\"url\" is not an http(s) URL: " + std::string(url->get_string()));
    if (!seen.insert(s.url).second) return ParseError(where + "listed twice: " + s.url);
    if (const json::value* type = o->if_contains("type")) {
      const std::string t = type->is_string() ? std::string(type->get_string()) : "";
      if (t == "page") s.type = fetch::SourceType::kPage;
      else if (t == "feed") s.type = fetch::SourceType::kFeed;
      else if (t == "sitemap") s.type = fetch::SourceType::kSitemap;
      else return ParseError(where + "\"type\" must be \"page\", \"feed\" or \"sitemap\"");
    }
    s.interval_seconds = kDefaultInterval;
    if (const json::value* iv = o->if_contains("interval")) {
      const std::optional<double> seconds = Seconds(*iv);
      if (!seconds || *seconds < 0 || *seconds > 366.0 * 86400) {
        return ParseError(where + "\"interval\" must be seconds or a duration such as \"30m\", \"2h\", \"1d\"");
      }
      s.interval_seconds = static_cast<int64_t>(std::llround(*seconds));
    }
    if (const json::value* rc = o->if_contains("recapture")) {
      Result<std::vector<int64_t>> offsets = ParseRecapture(*rc);
      if (!offsets.ok()) return ParseError(where + offsets.status().message());
      s.recapture_offsets = std::move(offsets).value();
    }
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<fetch::WatchSource>> LoadSources(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseSources(ss.str(), path);
}

}  // namespace provscore
