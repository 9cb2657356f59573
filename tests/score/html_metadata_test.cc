// Authors and dates by the conventions of the press: metadata author values,
// byline words in many languages, author-page links, role names, printed dates.
// Every fixture is invented.
#include "score/internal/html_metadata.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "score/html_extractor.h"

namespace provscore {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Article MustExtract(std::string_view html) {
  Result<Article> result = HtmlExtractor().Extract(html, "");
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article{};
}

std::vector<std::string> AuthorNames(const Article& a) {
  std::vector<std::string> names;
  for (const SourcedValue& v : a.authors) names.push_back(v.value);
  return names;
}

struct AuthorValueCase {
  const char* value;
  std::vector<std::string> names;
};

class NamesFromAuthorValueTest : public ::testing::TestWithParam<AuthorValueCase> {};

TEST_P(NamesFromAuthorValueTest, SplitsListsAndDropsAffiliations) {
  EXPECT_EQ(internal::NamesFromAuthorValue(GetParam().value), GetParam().names) << GetParam().value;
}

INSTANTIATE_TEST_SUITE_P(
    Values, NamesFromAuthorValueTest,
    ::testing::Values(
        AuthorValueCase{"Jane Doe", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe and John Roe", {"Jane Doe", "John Roe"}},
        AuthorValueCase{"Erika Mustermann und Max Muster", {"Erika Mustermann", "Max Muster"}},
        AuthorValueCase{"Juana Pérez y Pedro Gómez", {"Juana Pérez", "Pedro Gómez"}},
        AuthorValueCase{"Иван Петров и Анна Смирнова", {"Иван Петров", "Анна Смирнова"}},
        AuthorValueCase{"Jane Doe, John Roe", {"Jane Doe", "John Roe"}},
        AuthorValueCase{"Jane Doe; John Roe", {"Jane Doe", "John Roe"}},
        // one family name, one joint credit: a side that is not a full name keeps the whole
        AuthorValueCase{"Jane and John Doe", {"Jane and John Doe"}},
        AuthorValueCase{"Example Times et AFP", {"Example Times et AFP"}},
        // affiliations and roles after the name
        AuthorValueCase{"Jane Doe, Reuters", {"Jane Doe"}},
        AuthorValueCase{"Jane Q. Doe, Example.com", {"Jane Q. Doe"}},
        AuthorValueCase{"Jane Doe, The Example Press", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe, Staff Writer", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe - Senior Correspondent", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe. Example Radio International", {"Jane Doe"}},
        AuthorValueCase{"Doe, Jane", {"Doe, Jane"}},
        // prefixes, character references, slugs
        AuthorValueCase{"Propos recueillis par Jeanne DUPONT.", {"Jeanne DUPONT"}},
        AuthorValueCase{"Autor: Erika Mustermann", {"Erika Mustermann"}},
        AuthorValueCase{"J&#233;r&#xF4;me Martin", {"Jérôme Martin"}},
        AuthorValueCase{"Smith &amp; Jones Media", {"Smith & Jones Media"}},
        AuthorValueCase{"jane-doe", {}},
        AuthorValueCase{"jdoe_2", {}},
        AuthorValueCase{"https://news.example/author/jane-doe", {}}));

struct RoleCase {
  const char* name;
  bool role;
};

class IsRoleNameTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(IsRoleNameTest, TellsJobTitlesFromPeople) {
  EXPECT_EQ(internal::IsRoleName(GetParam().name), GetParam().role) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(Values, IsRoleNameTest,
                         ::testing::Values(RoleCase{"Online News Editor", true}, RoleCase{"Staff Writer", true},
                                           RoleCase{"Redaktion", true}, RoleCase{"Web Desk", true},
                                           RoleCase{"La Rédaction", true}, RoleCase{"Agencies", true},
                                           RoleCase{"Jane Doe", false}, RoleCase{"Example Staff", false},
                                           RoleCase{"Reuters", false}));

struct PrefixCase {
  const char* line;
  bool byline;
};

class HasBylinePrefixTest : public ::testing::TestWithParam<PrefixCase> {};

TEST_P(HasBylinePrefixTest, KnowsTheWordsABylineOpensWith) {
  EXPECT_EQ(internal::HasBylinePrefix(GetParam().line), GetParam().byline) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Languages, HasBylinePrefixTest,
    ::testing::Values(PrefixCase{"By Jane Doe", true}, PrefixCase{"Von Erika Mustermann", true},
                      PrefixCase{"Par Jeanne Dupont", true}, PrefixCase{"Por Juana Pérez", true},
                      PrefixCase{"Di Maria Rossi", true}, PrefixCase{"Door Anna de Vries", true},
                      PrefixCase{"Av Kari Nordmann", true}, PrefixCase{"Written by Jane Doe", true},
                      PrefixCase{"Autor: Jan Kowalski", true}, PrefixCase{"Texto: Juana Pérez", true},
                      PrefixCase{"Автор: Иван Петров", true}, PrefixCase{"Yazar: Ayşe Yılmaz", true},
                      PrefixCase{"記者 山田太郎", true}, PrefixCase{"文／王小明", true},
                      PrefixCase{"Autor des Buches ist bekannt", false}, PrefixCase{"Bystander reports", false},
                      PrefixCase{"Jane Doe", false}, PrefixCase{"文化", false}));

// A page whose metadata names a role, not a person, and prints "By <name>" under
// the headline in a paragraph no class marks as a byline.
TEST(AuthorSourcesTest, PrefixedLineUnderTheHeadlineBeatsARoleInJsonLd) {
  const Article a = MustExtract(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour "
      "reopens\",\"author\":{\"@type\":\"Person\",\"name\":\"Online News Editor\"}}</script></head><body>"
      "<article><h1>Harbour reopens</h1><div class=\"x1\"><p>By Marta Quintero</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "<p>Fishing boats were the first to return, followed by the ferry that links the two islands.</p>"
      "</div></article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Marta Quintero"));
}

TEST(AuthorSourcesTest, SentenceOpeningWithByIsNoByline) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p>By clicking \"agree\" you accept the terms. &gt;</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), IsEmpty());
}

TEST(AuthorSourcesTest, LinkToAnAuthorPageUnderTheHeadlineNamesTheAuthor) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<div class=\"q7\"><a href=\"/autor/lena-berg\">Lena Berg</a> <span>14.06.2023</span></div>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "<p>See also <a href=\"/thema/hafen\">Hafen Nord</a>.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
  EXPECT_EQ(a.authors[0].source, "author-link");
}

TEST(AuthorSourcesTest, MetaAuthorGivenInAValueAttribute) {
  const Article a = MustExtract(
      "<html><head><meta name=\"author\" value=\"Lena Berg\"><title>Harbour reopens</title></head>"
      "<body><p>The harbour reopened on Monday after three weeks of repairs.</p></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
}

}  // namespace
}  // namespace provscore
