// A rule's regex with its Unicode classes cut to a text's scripts
// (internal::NarrowUnicodeClasses, RuleSetOptions::narrow_unicode_classes) must
// find what the regex as written finds on that text: every match and submatch, for
// the built-in rules and for hand-made patterns built to be hard for the cut (case
// folding across scripts, negated classes, flags that change inside a pattern),
// on invented texts in several scripts.
#include "score/rules/class_narrowing.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "score/rules/rule_set.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using internal::kAllScripts;
using internal::kCjk;
using internal::kCommonScripts;
using internal::kGreekCyrillic;
using internal::kHebrewArabic;
using internal::kSouthAsian;
using internal::NarrowUnicodeClasses;
using internal::ScriptGroups;
using internal::ScriptGroupsOf;
using testing::BuildArticle;
using testing::Para;

// Invented lines in several scripts, shaped like what the class-heavy rules read:
// datelines, agency tags, credit lines, signatures; and letters whose case folding
// crosses scripts or blocks (the micro sign and Greek mu, the Kelvin and Angstrom
// signs, long s, sharp s, final sigma, dotted and dotless i, title-case digraphs,
// Georgian capitals, fullwidth Latin).
const std::vector<std::string> kTexts = {
    "PORTVILLE, March 3 (Nordwire) - The harbour reopened.",
    "Portville/Main (kpa/xy) - Die Fähre fährt wieder.",
    "SAINT-ÉTIENNE-DU-ROUVRAY, Seine-Maritime, 4 juin (AFP) — Le port.",
    "Jane Doe\n(kpa)\n",
    "— NORDWIRE / KPA\n",
    "(Nordwire/KPA/Osprey)\nMore text",
    "Ōsaka-Kōen 12 Ene. 2024 (EUROPA PRESS) -",
    "Łódź [Polska], 4 czerwca (PAP): Tekst.",
    "µ-Stadt (µPA) - Kelvin \u212Aelvin \u212Bngström ſtraße STRASSE ẞ ǅemal ǆ ǈ",
    "ΑΘΗΝΑ, 4 Ιουνίου (ΑΠΕ-ΜΠΕ) - Το λιμάνι. σίσυφος ΣΊΣΥΦΟΣ ς",
    "МОСКВА, 4 июня (Гавань-Пресс) — Порт открылся.",
    "Київ (Укрінформ) — Текст. Ґанок ґ Її",
    "ТБИЛИСИ. ГАВАНЬ - текст; ᲗᲑᲘᲚᲘᲡᲘ თბილისი (Ⴑ ⴑ)",
    "Երևան, 4 հունիսի (Արմենպրես) - Տեքստ",
    "القاهرة، 4 يونيو (رويترز) - نص الخبر.",
    "ירושלים (סוכנות) - טקסט",
    "北京3月5日电（记者 张三）港湾社报道。",
    "東京＝共同通信 【港湾】 ＡＢＣ ａｂｃ （ＫＰＡ）",
    "서울=항만통신 (항만) 기자",
    "नई दिल्ली, 4 जून (भाषा) - समाचार",
    "กรุงเทพฯ (สำนักข่าว) - ข่าว",
    "İSTANBUL, 4 Haziran (AA) - ılık ıİ",
    "Portville (Nordwire) — emoji \U0001F600 and \u00A0nbsp\u202Fnarrow, «quotes» ‘single’ “double” …",
    "Mixed: PORTVILLE (Гавань) - 港湾社 and القاهرة",
    "Sentinels: \U00010401\U00017000\U00010429\U00010429K \U000F0000 and PUA \uE000",
    "Ethiopic outside every group: አዲስ አበባ (ኢዜአ) -",
    "Latin Extended-C outside every group: \u2C65\u023A",
    "By Jane Doe, Reuters\nWith inputs from PTI and ANI",
    "Reporting by Jane Doe; Editing by John Roe\n(dpa)\n",
    "MOSCOW, June 4 (Reuters) - text\nQuelle: dpa, AFP",
    "МОСКВА, 4 июня. /ТАСС/. Текст.\nИсточник: РИА Новости",
    "新华社北京3月5日电 新闻\n来源：新华社",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "AFP | 28.04.2023 | 17:52 Uhr\nBERLIN (dpa/lno) -",
    "Jane Doe\n(EFE)\n",
};

// Every match RE2 finds left to right from each line start (anchored) and
// unanchored, with every submatch: "start-end" per group, -1 when unset.
std::vector<std::string> AllMatches(const RE2& re, std::string_view text) {
  std::vector<std::string> out;
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(static_cast<size_t>(n));
  auto record = [&](const char* how) {
    std::string line = how;
    for (const re2::StringPiece& g : sub) {
      line += g.data() == nullptr ? std::string(" -1")
                                  : " " + std::to_string(g.data() - text.data()) + "-" +
                                        std::to_string(g.data() - text.data() + static_cast<long>(g.size()));
    }
    out.push_back(line);
  };
  for (size_t pos = 0; pos <= text.size();) {
    if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), n)) break;
    record("u");
    const size_t end = static_cast<size_t>(sub[0].data() - text.data()) + sub[0].size();
    pos = end > pos ? end : pos + 1;
  }
  for (size_t pos = 0; pos <= text.size(); pos = text.find('\n', pos) + 1) {
    if (re.Match(text, pos, text.size(), RE2::ANCHOR_START, sub.data(), n)) record("a");
    if (text.find('\n', pos) == std::string_view::npos) break;
  }
  return out;
}

// The full pattern and its narrowings agree on every text of kTexts (those a
// narrowing applies to): narrowed to the text's own groups and to all four (the
// largest regex LazyRegex may hand a text that holds fewer). Returns how many
// matches were compared.
size_t ExpectSameMatches(const std::string& pattern, bool folded, const std::string& what) {
  RE2::Options options;
  options.set_case_sensitive(!folded);
  options.set_log_errors(false);
  options.set_max_mem(256LL << 20);
  const RE2 full(pattern, options);
  EXPECT_TRUE(full.ok()) << what << ": " << full.error();
  std::map<ScriptGroups, std::unique_ptr<RE2>> narrowed;  // compiled once per group set
  auto narrowed_to = [&](ScriptGroups g) -> const RE2& {
    std::unique_ptr<RE2>& re = narrowed[g];
    if (!re) re = std::make_unique<RE2>(NarrowUnicodeClasses(pattern, folded, g), options);
    EXPECT_TRUE(re->ok()) << what << " groups " << int(g) << ": " << re->error();
    return *re;
  };
  size_t compared = 0;
  for (const std::string& text : kTexts) {
    const ScriptGroups groups = ScriptGroupsOf(text);
    if (groups == kAllScripts) continue;
    const std::vector<std::string> expected = AllMatches(full, text);
    compared += expected.size();
    for (const ScriptGroups g : {groups, static_cast<ScriptGroups>(kAllScripts - 1)}) {
      EXPECT_EQ(AllMatches(narrowed_to(g), text), expected) << what << " groups " << int(g) << " on [" << text << "]";
    }
  }
  return compared;
}

TEST(ScriptGroupsOfTest, NamesTheGroupsATextHolds) {
  const struct {
    std::string text;
    ScriptGroups expected;
  } kRows[] = {
      {"", kCommonScripts},
      {"PORTVILLE (Nordwire) - text", kCommonScripts},
      {"Fähre, Łódź, Ōsaka, ǅemal, ẞ, µ, \u212A, – — … ’ “ € ™ ①", kCommonScripts},
      {"emoji \U0001F600\u200D\U0001F4F0 \uFE0F, fullwidth ＡＢＣ （）, 【】、。", kCommonScripts},
      {"sentinels \U00010401\U00010429\U00017000\U00018800\U000F0000, private use \uE000", kCommonScripts},
      {"МОСКВА (ТАСС)", kGreekCyrillic},
      {"ΑΘΗΝΑ and Երևան and თბილისი", kGreekCyrillic},
      {"القاهرة and ירושלים", kHebrewArabic},
      {"北京 and 東京 and 서울 and ひらがな", kCjk},
      {"नई दिल्ली and กรุงเทพฯ", kSouthAsian},
      {"Москва 北京", static_cast<ScriptGroups>(kGreekCyrillic | kCjk)},
      {"አዲስ አበባ", kAllScripts},                  // Ethiopic: in no group
      {"Latin Extended-C \u2C65", kAllScripts},     // in no group
      {"CJK extension B \U00020000", kAllScripts},   // rare ideographs: in no group
      {"Bengali \u0985 and U+0984, unassigned \u0984", kAllScripts},  // in a group's block, in no group
      {"Greek \u0391 and U+0378, unassigned \u0378", kAllScripts},
      {"Bengali \u0985\u09BE and Greek \u0391", static_cast<ScriptGroups>(kGreekCyrillic | kSouthAsian)},
      {std::string("bad \xC3(", 6), kAllScripts},    // a lead byte without its continuation
      {std::string("overlong \xC0\xAF", 11), kAllScripts},
      {std::string("surrogate \xED\xA0\x80", 13), kAllScripts},
      {std::string("truncated \xE2\x80", 12), kAllScripts},
      {"a replacement character written in the text \uFFFD", kCommonScripts},
  };
  for (const auto& row : kRows) EXPECT_EQ(ScriptGroupsOf(row.text), row.expected) << row.text;
}

// Case folding, negation, escapes and flags: each pattern, narrowed to every group
// set a text may get, matches what it matches as written.
TEST(NarrowUnicodeClassesTest, HandMadePatternsMatchAsWritten) {
  const struct {
    std::string pattern;
    bool folded;
  } kRows[] = {
      {"\\p{L}+", true},
      {"\\pL+\\PL+", true},
      {"(?-i:\\p{Lu})\\p{Ll}+", true},
      {"\\p{Lu}\\p{Ll}+", false},
      {"\\p{Lt}|\\p{Lm}", true},
      {"(?i)\\p{Greek}+", false},  // µ folds with Greek mu: it is \p{Greek} under (?i)
      {"\\p{Greek}+|\\p{Cyrillic}+|\\p{Han}+|\\p{Arabic}+", true},
      {"[\\p{Latin}]+", true},     // the Kelvin and Angstrom signs fold into Latin
      {"(?-i:[\\p{Latin}])+", true},
      {"[^\\p{L}\\s]+", true},
      {"[^\\p{L}\\p{M}\\d]+", false},
      {"[\\p{L}\\p{M}.'’ /-]{1,40}\\s*[(（]\\s*(?P<tag>[\\p{L}\\p{M}][\\p{L}\\p{M}\\d.&'’ -]*?)\\s*[)）]", true},
      {"(?:(?i)[\\p{Lu}])(?-i:[\\p{Lu}])(\\p{Lu})", true},
      {"(?i:x(?-i:\\p{Lu})x)\\p{Lu}", false},
      {"(?P<a>\\p{Lu})(?P<b>(?-i)\\p{Lu}+)\\p{Lu}", true},
      {"\\Q\\p{L}\\E|[\\\\p]+\\p{N}", true},  // no class inside \Q...\E, a backslash and a p
      {"[[:alpha:]\\p{M}]+", true},
      {"[^\\p{Lu}\\p{N}x-z]+[\\p{Ll}k]+[^\\P{L}\\d][]\\pL-]", true},  // classes read item by item
      {"^[ \\t]*(?-i:\\p{Lu}[\\p{Lu}\\p{M}'’ -]{1,30})[.,]\\s*", true},
  };
  size_t compared = 0;
  for (const auto& row : kRows) compared += ExpectSameMatches("(?m)" + row.pattern, row.folded, row.pattern);
  EXPECT_GT(compared, 200u);  // not a comparison of nothing
}

// Every built-in rule that names a Unicode class, with an invented alternation for
// {OUTLET}, on every text: the same matches and submatches narrowed or not.
TEST(NarrowUnicodeClassesTest, BuiltinRulesMatchAsWritten) {
  const std::string outlets = "(?:Nordwire|KPA|kpa|Osprey|AFP|AA|EUROPA PRESS|PAP|ΑΠΕ-ΜΠΕ|Гавань-Пресс|Гавань|ГАВАНЬ|"
                              "Укрінформ|Արմենպրես|رويترز|סוכנות|港湾社|港湾|共同通信|항만통신|भाषा|สำนักข่าว)";
  size_t rules = 0, compared = 0;
  for (const PatternRule& rule : testing::BuiltinRules().rules()) {
    std::string pattern = rule.pattern;
    if (pattern.find("\\p") == std::string::npos && pattern.find("\\P") == std::string::npos) continue;
    for (size_t at = pattern.find("{OUTLET}"); at != std::string::npos; at = pattern.find("{OUTLET}", at)) {
      pattern.replace(at, 8, outlets);
    }
    compared += ExpectSameMatches("(?m)" + pattern, !rule.case_sensitive, rule.id);
    ++rules;
  }
  EXPECT_GT(rules, 50u);
  EXPECT_GT(compared, 100u);
}

// The point of the cut: the largest rule's program, narrowed to the common
// scripts, is a small part of its program as written.
TEST(NarrowUnicodeClassesTest, TheLargestRuleShrinks) {
  const PatternRule* largest = nullptr;
  for (const PatternRule& rule : testing::BuiltinRules().rules()) {
    if (rule.id == "wa.agency-tag-after-body") largest = &rule;
  }
  ASSERT_NE(largest, nullptr);
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_max_mem(256LL << 20);
  const RE2 full("(?m)" + largest->pattern, options);
  const RE2 narrowed(NarrowUnicodeClasses("(?m)" + largest->pattern, true, kCommonScripts), options);
  ASSERT_TRUE(full.ok() && narrowed.ok());
  EXPECT_LT(narrowed.ProgramSize() * 5, full.ProgramSize()) << narrowed.ProgramSize() << " vs " << full.ProgramSize();
}

// Code point by code point: a class narrowed to the common scripts, and to all four
// groups, holds exactly the members the class as written holds among the code
// points of those groups (the cut reads a class's members run by run, through the
// class and its complement; this reads each code point alone).
TEST(NarrowUnicodeClassesTest, EveryCodePointOfTheGroupsIsReadAsWritten) {
  const struct {
    std::string cls;
    bool folded;
  } kClasses[] = {
      {"[\\p{L}\\p{M}\\d.&'’ -]", true}, {"[\\p{L}\\p{M}.'’ /-]", true}, {"\\p{Lu}", false}, {"\\p{L}", true},
      {"[^\\p{L}\\s]", true},            {"\\P{Ll}", true},             {"(?i)\\p{Greek}", false},
      {"[\\p{Lu}\\p{M}'’ -]", false},     {"[^\\p{Lu}\\p{N}x-z]", true}, {"[\\p{Ll}k]", true},
      {"[^\\P{L}\\d]", true},            {"[]\\pL-]", true},
  };
  RE2::Options options;
  options.set_log_errors(false);
  for (const ScriptGroups groups : {kCommonScripts, static_cast<ScriptGroups>(kAllScripts - 1)}) {
    for (const auto& c : kClasses) {
      options.set_case_sensitive(!c.folded);
      const RE2 full(c.cls, options);
      const RE2 narrowed(NarrowUnicodeClasses(c.cls, c.folded, groups), options);
      ASSERT_TRUE(full.ok() && narrowed.ok()) << c.cls;
      size_t checked = 0, members = 0;
      for (char32_t cp = 0; cp < 0x32000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string utf8;
        AppendUtf8(cp, utf8);
        if ((ScriptGroupsOf(utf8) | groups) != groups) continue;
        ++checked;
        const bool member = RE2::FullMatch(utf8, full);
        members += member;
        ASSERT_EQ(RE2::FullMatch(utf8, narrowed), member) << c.cls << " groups " << int(groups) << " U+" << std::hex
                                                          << static_cast<unsigned>(cp);
      }
      EXPECT_GT(checked, 20000u);
      EXPECT_GT(members, 0u) << c.cls;
    }
  }
}

// A class that holds no code point of the groups matches nothing, as it matches
// nothing on such a text as written.
TEST(NarrowUnicodeClassesTest, AClassWithNoMemberInTheGroupsMatchesNothing) {
  const std::string narrowed = NarrowUnicodeClasses("a\\p{Ethiopic}b", true, kCommonScripts);
  const RE2 re(narrowed);
  ASSERT_TRUE(re.ok()) << narrowed << ": " << re.error();
  EXPECT_FALSE(RE2::PartialMatch("ab a b", re));
  EXPECT_EQ(NarrowUnicodeClasses("[^\\n]+ and \\d \\s \\w [a-z]", true, kCommonScripts),
            "[^\\n]+ and \\d \\s \\w [a-z]");  // no Unicode class: unchanged
}

// The rule set end to end: the built-in rules with narrowing and without find the
// same hits on articles of each script (their body, byline, footer and title).
TEST(NarrowUnicodeClassesTest, RuleSetFindsTheSameHits) {
  RuleSetOptions as_written;
  as_written.narrow_unicode_classes = false;
  auto reference = RuleSet::Load({std::filesystem::path(PROVSCORE_SOURCE_DIR) / "rules"}, as_written);
  ASSERT_TRUE(reference.ok()) << reference.status().message();
  size_t compared = 0;
  std::set<std::string> rules_hit;
  for (const std::string& text : kTexts) {
    Article article = BuildArticle({{text}, {"Second paragraph.\n" + text}});
    article.byline_lines.push_back(text);
    article.boilerplate.push_back({"footer", text});
    article.boilerplate.back().after_body = true;
    article.title = text;
    const std::vector<std::string> expected = testing::HitLines((*reference)->Match(article));
    EXPECT_EQ(testing::HitLines(testing::BuiltinRules().Match(article)), expected) << text;
    compared += expected.size();
    for (const RuleHit& h : (*reference)->Match(article)) rules_hit.insert(h.rule->id);
  }
  EXPECT_GT(compared, 40u);
  EXPECT_GE(rules_hit.size(), 10u) << compared;
}

}  // namespace
}  // namespace provscore
