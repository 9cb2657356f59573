#include "fetch/internal/robots.h"

#include <algorithm>
#include <cstdlib>

#include "base/text.h"

namespace provscore::fetch::internal {
namespace {

// RFC 9309 §2.2.3: '*' matches any sequence, a trailing '$' anchors the end.
bool Matches(std::string_view pattern, std::string_view path) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Iterative wildcard match with backtracking to the last '*'.
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // prefix match
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

std::string ProductToken(std::string_view user_agent) {
  const size_t end = user_agent.find_first_of("/ ");
  return AsciiLower(user_agent.substr(0, end));
}

RobotsRules RobotsRules::AllowAll() { return {}; }

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.rules_.push_back({false, "/"});
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view product) {
  const std::string token = AsciiLower(product);
  struct Group {
    std::vector<std::string> agents;
    std::vector<Rule> rules;
    std::optional<std::chrono::milliseconds> delay;
  };
  std::vector<Group> groups;
  bool in_agents = false;  // consecutive user-agent lines share one group
  for (std::string_view line : Split(text, '\n')) {
    const size_t hash = line.find('#');
    line = TrimAscii(line.substr(0, hash));
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = AsciiLower(TrimAscii(line.substr(0, colon)));
    const std::string_view value = TrimAscii(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agents) groups.emplace_back();
      in_agents = true;
      groups.back().agents.push_back(AsciiLower(value));
      continue;
    }
    if (groups.empty()) continue;  // rules before any user-agent line are ignored
    in_agents = false;
    if (key == "allow" || key == "disallow") {
      if (value.empty()) continue;  // "Disallow:" means nothing is disallowed
      groups.back().rules.push_back({key == "allow", std::string(value)});
    } else if (key == "crawl-delay") {
      const double seconds = std::strtod(std::string(value).c_str(), nullptr);
      // At most a day: "Crawl-delay: 1e99" (or inf) must not overflow the milliseconds.
      constexpr double kMaxDelaySeconds = 86400;
      if (seconds > 0) {
        groups.back().delay =
            std::chrono::milliseconds(static_cast<int64_t>(std::min(seconds, kMaxDelaySeconds) * 1000));
      }
    }
  }
  // Groups naming our product token; else the '*' groups. Matching groups merge.
  RobotsRules out;
  bool matched = false;
  for (int pass = 0; pass < 2 && !matched; ++pass) {
    for (const Group& g : groups) {
      bool hit = false;
      for (const std::string& a : g.agents) hit |= pass == 0 ? (!token.empty() && a == token) : a == "*";
      if (!hit) continue;
      matched = true;
      out.rules_.insert(out.rules_.end(), g.rules.begin(), g.rules.end());
      if (g.delay && (!out.crawl_delay_ || *g.delay > *out.crawl_delay_)) out.crawl_delay_ = g.delay;
    }
  }
  return out;
}

bool RobotsRules::Allowed(std::string_view path) const {
  if (path == "/robots.txt") return true;
  size_t best = 0;
  bool allowed = true;
  bool any = false;
  for (const Rule& r : rules_) {
    if (!Matches(r.pattern, path)) continue;
    const size_t len = r.pattern.size();
    if (!any || len > best || (len == best && r.allow)) {
      best = len;
      allowed = r.allow;
      any = true;
    }
  }
  return allowed;
}

}  // namespace provscore::fetch::internal
