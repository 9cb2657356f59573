// robots.txt (RFC 9309) for one host: groups by User-agent, Allow/Disallow with `*` and
// `$` patterns, longest match wins (Allow on a tie), and the Crawl-delay extension.
// Immutable after Parse: thread-safe.
//
//   RobotsRules rules = RobotsRules::Parse(body, "provscore");
//   if (!rules.Allowed("/private/x")) ...;
//   rules.crawl_delay();   // seconds, when the matching group sets one
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace provscore::fetch::internal {

class RobotsRules {
 public:
  // Rules that allow everything (robots.txt missing: 4xx).
  static RobotsRules AllowAll();
  // Rules that disallow everything (robots.txt unreachable: 5xx or network error).
  static RobotsRules DisallowAll();
  // `product` is our User-Agent product token ("provscore" of "provscore/0.1 (+url)").
  static RobotsRules Parse(std::string_view robots_txt, std::string_view product);

  // `path_and_query` starts with '/'.
  bool Allowed(std::string_view path_and_query) const;
  std::optional<std::chrono::milliseconds> crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;
  };
  std::vector<Rule> rules_;
  std::optional<std::chrono::milliseconds> crawl_delay_;
};

// The product token of a User-Agent string: up to the first '/' or space.
std::string ProductToken(std::string_view user_agent);

}  // namespace provscore::fetch::internal
