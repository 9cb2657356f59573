#include "score/history/article_diff.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "base/text.h"

namespace provscore {
namespace {

// Past this many edits a paragraph pair's word diff is reported as a whole removal
// plus a whole addition (Myers keeps O(D^2) state; real edits stay far below it).
constexpr int kMaxEditDistance = 2000;

// Word tokens: runs between Unicode spaces; a character of a script written without
// spaces (Chinese, Japanese, Thai ...) is a token of its own.
std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0, start = std::string_view::npos;
  while (i < text.size()) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(text, i);
    if (IsUnicodeSpace(cp)) {
      if (start != std::string_view::npos) out.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    } else if (IsUnspacedScript(cp)) {
      if (start != std::string_view::npos) out.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
      out.push_back(text.substr(at, i - at));
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) out.push_back(text.substr(start));
  return out;
}

std::string Join(const std::vector<std::string_view>& tokens, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i];
  }
  return out;
}

std::string Normalized(std::string_view s) { return std::string(TrimAscii(CollapseWhitespace(s))); }

void Push(std::vector<WordRun>& runs, WordRun::Op op, std::string_view word) {
  if (runs.empty() || runs.back().op != op) runs.push_back({op, "", 0});
  WordRun& r = runs.back();
  if (!r.text.empty()) r.text += ' ';
  r.text += word;
  ++r.words;
}

// Myers' greedy O(ND) diff over tokens, after the common prefix and suffix are cut.
std::vector<WordRun> DiffTokens(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const int n = static_cast<int>(a.size() - prefix - suffix);
  const int m = static_cast<int>(b.size() - prefix - suffix);
  auto A = [&](int i) { return a[prefix + static_cast<size_t>(i)]; };
  auto B = [&](int j) { return b[prefix + static_cast<size_t>(j)]; };

  std::vector<WordRun> runs;
  for (size_t i = 0; i < prefix; ++i) Push(runs, WordRun::Op::kEqual, a[i]);
  // ops of the middle, collected backwards
  std::vector<std::pair<WordRun::Op, std::string_view>> middle;
  const int max = n + m;
  int found_d = -1;
  if (max > 0) {
    const int limit = std::min(max, kMaxEditDistance);
    const int off = limit + 1;
    std::vector<int> v(static_cast<size_t>(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;  // trace[d][k + d]: furthest x on diagonal k after step d
    for (int d = 0; d <= limit && found_d < 0; ++d) {
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[static_cast<size_t>(off + k - 1)] < v[static_cast<size_t>(off + k + 1)]))
                    ? v[static_cast<size_t>(off + k + 1)]
                    : v[static_cast<size_t>(off + k - 1)] + 1;
        int y = x - k;
        while (x < n && y < m && A(x) == B(y)) ++x, ++y;
        v[static_cast<size_t>(off + k)] = x;
        if (x >= n && y >= m) found_d = d;
      }
      trace.emplace_back(v.begin() + (off - d), v.begin() + (off + d + 1));
    }
    if (found_d >= 0) {
      int x = n, y = m;
      for (int d = found_d; d > 0; --d) {
        const std::vector<int>& prev = trace[static_cast<size_t>(d - 1)];
        auto P = [&](int k) { return prev[static_cast<size_t>(k + d - 1)]; };
        const int k = x - y;
        const int prev_k = (k == -d || (k != d && P(k - 1) < P(k + 1))) ? k + 1 : k - 1;
        const int prev_x = P(prev_k);
        const int prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) {
          middle.emplace_back(WordRun::Op::kEqual, A(x - 1));
          --x, --y;
        }
        if (x == prev_x) {
          middle.emplace_back(WordRun::Op::kAdded, B(y - 1));
          --y;
        } else {
          middle.emplace_back(WordRun::Op::kRemoved, A(x - 1));
          --x;
        }
      }
      while (x > 0 && y > 0) {
        middle.emplace_back(WordRun::Op::kEqual, A(x - 1));
        --x, --y;
      }
    }
  }
  if (max > 0 && found_d < 0) {  // too far apart: all of one out, all of the other in
    for (int j = m; j > 0; --j) middle.emplace_back(WordRun::Op::kAdded, B(j - 1));
    for (int i = n; i > 0; --i) middle.emplace_back(WordRun::Op::kRemoved, A(i - 1));
  }
  // `middle` was collected from the end: reverse it into reading order.
  for (auto it = middle.rbegin(); it != middle.rend(); ++it) Push(runs, it->first, it->second);
  for (size_t i = b.size() - suffix; i < b.size(); ++i) Push(runs, WordRun::Op::kEqual, b[i]);
  return runs;
}

// Dice coefficient over word multisets.
double Similarity(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::unordered_map<std::string_view, int> count;
  for (std::string_view w : a) ++count[w];
  size_t common = 0;
  for (std::string_view w : b) {
    auto it = count.find(w);
    if (it != count.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

struct Paragraph {
  std::string text;
  std::vector<std::string_view> tokens;  // into `text`
  std::string key;                       // tokens joined by single spaces
};

bool IsNoticeBlock(const TextBlock& block, const std::vector<Signal>& signals) {
  for (const Signal& s : signals) {
    if ((s.type != kSignalCorrectionNotice && s.type != kSignalTranslationNotice) || s.evidence.empty()) continue;
    const Evidence& e = s.evidence.front();
    if (e.where == "body" && e.start >= block.start && e.start < block.end) return true;
  }
  return false;
}

// The body's paragraphs, correction and translation notices left out (they are compared
// as notices, so an appended notice is not also a paragraph_added).
std::vector<Paragraph> Paragraphs(const ArticleCapture& c) {
  std::vector<Paragraph> out;
  for (const TextBlock& block : c.article.blocks) {
    if (block.end <= block.start || block.end > c.article.text.size()) continue;
    if (IsNoticeBlock(block, c.signals)) continue;
    std::string_view text = std::string_view(c.article.text).substr(block.start, block.end - block.start);
    if (Tokens(text).empty()) continue;
    Paragraph p;
    p.text = std::string(text);
    out.push_back(std::move(p));
  }
  // The tokens view p.text (whose bytes may live inside the string object): take them
  // only once no element will move again.
  for (Paragraph& p : out) {
    p.tokens = Tokens(p.text);
    p.key = Join(p.tokens, 0, p.tokens.size());
  }
  return out;
}

// Indexes (into `seq`) of one longest strictly increasing subsequence.
std::vector<size_t> LongestIncreasing(const std::vector<int>& seq) {
  std::vector<size_t> tails, parent(seq.size(), SIZE_MAX);
  for (size_t i = 0; i < seq.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), seq[i],
                               [&](size_t t, int value) { return seq[t] < value; });
    const size_t pos = static_cast<size_t>(it - tails.begin());
    if (pos > 0) parent[i] = tails[pos - 1];
    if (it == tails.end()) tails.push_back(i);
    else *it = i;
  }
  std::vector<size_t> out;
  for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = parent[i]) out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

// Seconds since the epoch of an ISO 8601 date ("2024-05-06", "2024-05-06T08:00:00+02:00"),
// and whether a time was given. nullopt when it does not parse.
struct Instant {
  int64_t seconds = 0;
  bool has_time = false;
  std::string day;
};

std::optional<Instant> ParseIso(std::string_view s) {
  s = TrimAscii(s);
  int f[6] = {0, 0, 0, 0, 0, 0};
  auto digits = [&](size_t at, size_t n, int* out) {
    if (at + n > s.size()) return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  if (!digits(0, 4, &f[0]) || s.size() < 10 || s[4] != '-' || !digits(5, 2, &f[1]) || s[7] != '-' ||
      !digits(8, 2, &f[2])) {
    return std::nullopt;
  }
  Instant out;
  out.day = std::string(s.substr(0, 10));
  size_t i = 10;
  int64_t tz = 0;
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) {
    if (!digits(i + 1, 2, &f[3]) || i + 3 >= s.size() || s[i + 3] != ':' || !digits(i + 4, 2, &f[4])) return std::nullopt;
    i += 6;
    if (i < s.size() && s[i] == ':' && digits(i + 1, 2, &f[5])) i += 3;
    while (i < s.size() && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))) ++i;
    out.has_time = true;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      int hh = 0, mm = 0;
      if (!digits(i + 1, 2, &hh)) return std::nullopt;
      size_t j = i + 3;
      if (j < s.size() && s[j] == ':') ++j;
      if (!digits(j, 2, &mm)) mm = 0;
      tz = (s[i] == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
    }
  }
  // Days from civil (Howard Hinnant's algorithm).
  const int y = f[0] - (f[1] <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(f[1] + (f[1] > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(f[2]) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const int64_t days = static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
  out.seconds = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5] - tz;
  return out;
}

// Whether two dates name different moments. A date without a time matches any time
// of that day; values that do not parse are compared as text.
bool DatesDiffer(std::string_view a, std::string_view b) {
  const std::optional<Instant> x = ParseIso(a), y = ParseIso(b);
  if (!x || !y) return Normalized(a) != Normalized(b);
  if (!x->has_time || !y->has_time) return x->day != y->day;
  return x->seconds != y->seconds;
}

std::string JoinSet(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

std::string FieldString(const Signal& s, std::string_view key) {
  const boost::json::value* v = s.fields.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::set<std::string> Credits(const std::vector<Signal>& signals) {
  std::set<std::string> out;
  for (const Signal& s : signals) {
    if (s.type != kSignalWireAttribution || FieldString(s, "role") != "credit") continue;
    const std::string outlet = FieldString(s, "outlet");
    if (!outlet.empty()) out.insert(outlet);
  }
  return out;
}

std::set<std::string> NoticeTexts(const std::vector<Signal>& signals, std::string_view type) {
  std::set<std::string> out;
  for (const Signal& s : signals) {
    if (s.type == type && !s.evidence.empty()) out.insert(Normalized(s.evidence.front().text));
  }
  return out;
}

std::set<std::string> AuthorNames(const Article& a) {
  std::set<std::string> out;
  for (const SourcedValue& v : a.authors) {
    const std::string name = Normalized(v.value);
    if (!name.empty()) out.insert(name);
  }
  return out;
}

std::set<std::string> Lowered(const std::set<std::string>& s) {
  std::set<std::string> out;
  for (const std::string& v : s) out.insert(AsciiLower(v));
  return out;
}

// The body's link targets, fragments dropped (a jump within one page is the same link).
std::set<std::string> LinkTargets(const Article& a) {
  std::set<std::string> out;
  for (const BodyLink& l : a.links) {
    std::string url = l.url.substr(0, l.url.find('#'));
    if (!url.empty()) out.insert(std::move(url));
  }
  return out;
}

std::string JoinParagraphs(const std::vector<Paragraph>& ps, const std::vector<size_t>& which) {
  std::string out;
  for (size_t i : which) out += (out.empty() ? "" : "\n\n") + ps[i].key;
  return out;
}

ArticleChange Change(const char* type, std::string before, std::string after) {
  ArticleChange c;
  c.type = type;
  c.before = std::move(before);
  c.after = std::move(after);
  return c;
}

}  // namespace

bool ArticleDiff::Has(std::string_view type) const {
  return std::any_of(changes.begin(), changes.end(), [&](const ArticleChange& c) { return c.type == type; });
}

std::vector<WordRun> DiffWords(std::string_view before, std::string_view after) {
  return DiffTokens(Tokens(before), Tokens(after));
}

ArticleDiff DiffArticles(const ArticleCapture& before, const ArticleCapture& after, const ArticleDiffOptions& options) {
  ArticleDiff diff;
  const std::vector<Paragraph> a = Paragraphs(before), b = Paragraphs(after);
  for (const Paragraph& p : a) diff.words_before += p.tokens.size();
  for (const Paragraph& p : b) diff.words_after += p.tokens.size();

  // 1. Pair paragraphs: identical text first (in order), then the most similar.
  std::vector<int> match_of_b(b.size(), -1), match_of_a(a.size(), -1);
  std::unordered_map<std::string_view, std::vector<size_t>> by_key;
  for (size_t i = a.size(); i-- > 0;) by_key[a[i].key].push_back(i);  // back() is the earliest
  for (size_t j = 0; j < b.size(); ++j) {
    auto it = by_key.find(b[j].key);
    if (it == by_key.end() || it->second.empty()) continue;
    const size_t i = it->second.back();
    it->second.pop_back();
    match_of_b[j] = static_cast<int>(i);
    match_of_a[i] = static_cast<int>(j);
  }
  struct Candidate {
    double similarity;
    size_t distance, i, j;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < a.size(); ++i) {
    if (match_of_a[i] >= 0) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      if (match_of_b[j] >= 0) continue;
      const double s = Similarity(a[i].tokens, b[j].tokens);
      if (s >= options.paragraph_similarity) candidates.push_back({s, i > j ? i - j : j - i, i, j});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.similarity, x.distance, x.j) < std::tie(x.similarity, y.distance, y.j);
  });
  for (const Candidate& c : candidates) {
    if (match_of_a[c.i] >= 0 || match_of_b[c.j] >= 0) continue;
    match_of_a[c.i] = static_cast<int>(c.j);
    match_of_b[c.j] = static_cast<int>(c.i);
  }

  // 2. The pairs that keep their relative order stay; the others moved.
  std::vector<size_t> paired_b;
  std::vector<int> paired_a_index;
  for (size_t j = 0; j < b.size(); ++j) {
    if (match_of_b[j] >= 0) {
      paired_b.push_back(j);
      paired_a_index.push_back(match_of_b[j]);
    }
  }
  std::vector<bool> in_place(b.size(), false);
  for (size_t k : LongestIncreasing(paired_a_index)) in_place[paired_b[k]] = true;

  // 3. One entry per paragraph; removed ones after their predecessor's partner.
  std::vector<std::tuple<int, int, size_t>> order;  // (anchor in b, 0 kept / 1 removed, index)
  for (size_t j = 0; j < b.size(); ++j) order.emplace_back(static_cast<int>(j), 0, j);
  for (size_t i = 0; i < a.size(); ++i) {
    if (match_of_a[i] >= 0) continue;
    int anchor = -1;
    for (size_t p = i; p-- > 0;) {
      if (match_of_a[p] >= 0) {
        anchor = match_of_a[p];
        break;
      }
    }
    order.emplace_back(anchor, 1, i);
  }
  std::sort(order.begin(), order.end());

  ArticleChange edited, added, removed;
  edited.type = kChangeBodyEdited;
  added.type = kChangeParagraphAdded;
  removed.type = kChangeParagraphRemoved;
  std::vector<size_t> added_list, removed_list;
  for (const auto& [anchor, kind, index] : order) {
    ParagraphChange pc;
    if (kind == 1) {
      pc.kind = ParagraphChange::Kind::kRemoved;
      pc.before = static_cast<int>(index);
      pc.words = {{WordRun::Op::kRemoved, a[index].key, a[index].tokens.size()}};
      pc.words_removed = a[index].tokens.size();
      removed.paragraphs++;
      removed.words_removed += pc.words_removed;
      removed_list.push_back(index);
    } else if (match_of_b[index] < 0) {
      pc.kind = ParagraphChange::Kind::kAdded;
      pc.after = static_cast<int>(index);
      pc.words = {{WordRun::Op::kAdded, b[index].key, b[index].tokens.size()}};
      pc.words_added = b[index].tokens.size();
      added.paragraphs++;
      added.words_added += pc.words_added;
      added_list.push_back(index);
    } else {
      const size_t i = static_cast<size_t>(match_of_b[index]);
      pc.before = static_cast<int>(i);
      pc.after = static_cast<int>(index);
      const bool same = a[i].key == b[index].key;
      if (same) {
        pc.words = {{WordRun::Op::kEqual, b[index].key, b[index].tokens.size()}};
      } else {
        pc.words = DiffTokens(a[i].tokens, b[index].tokens);
        for (const WordRun& r : pc.words) {
          if (r.op == WordRun::Op::kAdded) pc.words_added += r.words;
          if (r.op == WordRun::Op::kRemoved) pc.words_removed += r.words;
        }
      }
      pc.kind = !in_place[index] ? ParagraphChange::Kind::kMoved
                : same          ? ParagraphChange::Kind::kUnchanged
                                : ParagraphChange::Kind::kEdited;
      if (pc.kind != ParagraphChange::Kind::kUnchanged) {
        edited.paragraphs++;
        edited.words_added += pc.words_added;
        edited.words_removed += pc.words_removed;
      }
    }
    diff.words_added += pc.words_added;
    diff.words_removed += pc.words_removed;
    diff.paragraphs.push_back(std::move(pc));
  }
  const size_t total = diff.words_before + diff.words_after;
  diff.share_changed =
      total == 0 ? 0.0 : static_cast<double>(diff.words_added + diff.words_removed) / static_cast<double>(total);

  // 4. Classes, in the documented order.
  const std::string title_a = Normalized(before.article.title), title_b = Normalized(after.article.title);
  if (title_a != title_b) diff.changes.push_back(Change(kChangeHeadline, title_a, title_b));
  const std::set<std::string> authors_a = AuthorNames(before.article), authors_b = AuthorNames(after.article);
  if (Lowered(authors_a) != Lowered(authors_b)) diff.changes.push_back(Change(kChangeByline, JoinSet(authors_a), JoinSet(authors_b)));
  if (edited.paragraphs > 0) diff.changes.push_back(edited);
  if (added.paragraphs > 0) {
    added.after = JoinParagraphs(b, added_list);
    diff.changes.push_back(added);
  }
  if (removed.paragraphs > 0) {
    removed.before = JoinParagraphs(a, removed_list);
    diff.changes.push_back(removed);
  }
  const std::set<std::string> notices_a = NoticeTexts(before.signals, kSignalCorrectionNotice);
  bool correction_added = false;
  for (const std::string& n : NoticeTexts(after.signals, kSignalCorrectionNotice)) {
    if (notices_a.count(n)) continue;
    diff.changes.push_back(Change(kChangeCorrectionAdded, "", n));
    correction_added = true;
  }
  const std::set<std::string> credits_a = Credits(before.signals), credits_b = Credits(after.signals);
  for (const std::string& c : credits_b) {
    if (!credits_a.count(c)) diff.changes.push_back(Change(kChangeCreditAdded, "", c));
  }
  for (const std::string& c : credits_a) {
    if (!credits_b.count(c)) diff.changes.push_back(Change(kChangeCreditRemoved, c, ""));
  }
  const std::set<std::string> tn_a = NoticeTexts(before.signals, kSignalTranslationNotice);
  const std::set<std::string> tn_b = NoticeTexts(after.signals, kSignalTranslationNotice);
  if (tn_a != tn_b) diff.changes.push_back(Change(kChangeTranslationNotice, JoinSet(tn_a), JoinSet(tn_b)));
  const auto& pub_a = before.article.published;
  const auto& pub_b = after.article.published;
  if (pub_a && pub_b && DatesDiffer(pub_a->value, pub_b->value)) {
    diff.changes.push_back(Change(kChangePublishedDate, pub_a->value, pub_b->value));
  }
  // A modified date that appears counts (the page now says it was updated); one that
  // disappears does not (extraction, not the page, is the likelier cause).
  const auto& mod_a = before.article.modified;
  const auto& mod_b = after.article.modified;
  bool modified_changed = false;
  if (mod_b && (!mod_a || DatesDiffer(mod_a->value, mod_b->value))) {
    diff.changes.push_back(Change(kChangeModifiedDate, mod_a ? mod_a->value : "", mod_b->value));
    modified_changed = true;
  }
  const std::set<std::string> links_a = LinkTargets(before.article), links_b = LinkTargets(after.article);
  std::set<std::string> links_added, links_removed;
  std::set_difference(links_b.begin(), links_b.end(), links_a.begin(), links_a.end(),
                      std::inserter(links_added, links_added.end()));
  std::set_difference(links_a.begin(), links_a.end(), links_b.begin(), links_b.end(),
                      std::inserter(links_removed, links_removed.end()));
  if (!links_added.empty()) {
    ArticleChange c = Change(kChangeLinkAdded, "", JoinSet(links_added));
    c.links = links_added.size();
    diff.changes.push_back(std::move(c));
  }
  if (!links_removed.empty()) {
    ArticleChange c = Change(kChangeLinkRemoved, JoinSet(links_removed), "");
    c.links = links_removed.size();
    diff.changes.push_back(std::move(c));
  }
  const bool text_changed = diff.Has(kChangeHeadline) || edited.paragraphs > 0 || added.paragraphs > 0 ||
                            removed.paragraphs > 0;
  diff.silent_edit = text_changed && !correction_added && !modified_changed;
  return diff;
}

}  // namespace provscore
