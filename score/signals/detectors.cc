#include "score/signals/detectors.h"

#include <algorithm>
#include <cctype>
#include <boost/json/parse.hpp>
#include <map>
#include <set>
#include <tuple>

#include "base/host_name.h"
#include "base/text.h"
#include "score/signals/cross_link_detector.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;

Evidence EvidenceOf(const RuleHit& hit) { return {hit.text, hit.start, hit.end, hit.where}; }


// A notice may repeat in several languages; the page gets one signal with every
// span as evidence, and the most specific value of each field.
class TranslationNoticeDetector : public Detector {
 public:
  std::string_view name() const override { return "translation_notice"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    Signal signal;
    signal.type = kSignalTranslationNotice;
    int kind_rank = -1;
    for (const RuleHit& hit : context.hits) {
      if (hit.rule->type != kSignalTranslationNotice) continue;
      if (signal.evidence.empty()) signal.rule = hit.rule->id;
      signal.evidence.push_back(EvidenceOf(hit));
      signal.confidence = std::max(signal.confidence, hit.rule->confidence);
      for (const auto& [key, value] : hit.fields) {
        if (key == "kind") {
          const int rank = KindRank(value);
          if (rank > kind_rank) {
            kind_rank = rank;
            signal.fields["kind"] = value;
          }
        } else if (!signal.fields.contains(key) || signal.fields.at(key).is_null()) {
          signal.fields[key] = value;
        }
      }
    }
    if (signal.evidence.empty()) return;
    json::object fields;
    fields["kind"] = signal.fields.contains("kind") ? signal.fields.at("kind") : json::value("unspecified");
    for (const char* key : {"from_lang", "to_lang", "engine", "edited"}) {
      fields[key] = signal.fields.contains(key) ? signal.fields.at(key) : json::value(nullptr);
    }
    if (fields["to_lang"].is_null() && !context.article.language.empty()) {
      fields["to_lang"] = context.article.language;
    }
    signal.fields = std::move(fields);
    out.push_back(std::move(signal));
  }

 private:
  static int KindRank(const json::value& kind) {
    if (!kind.is_string()) return 0;
    if (kind.as_string() == "machine") return 3;
    if (kind.as_string() == "human") return 2;
    return 1;
  }
};

// Whether body block `block` is a short line heading a list of short entries:
// the next two blocks are each at most kMaxMenuEntry bytes and either wholly link
// text or a label of at most kMaxLabelWords words with no digit and no closing
// punctuation. A site's menu or brand bar ("Our brands / Outlet A / Outlet B",
// "Group / Company / Search") left in the body by the extractor names outlets
// line by line; none of them is a credit line. A closing credit followed by
// linked headlines is not affected: headlines are longer; nor is an agency's
// name above the date line (a digit) or above the text (prose).
bool HeadsAListOfShortEntries(const Article& a, size_t block) {
  constexpr size_t kMaxMenuEntry = 40;
  constexpr size_t kMaxLabelWords = 3;
  if (block + 2 >= a.blocks.size()) return false;
  if (a.blocks[block].end - a.blocks[block].start > kMaxMenuEntry) return false;
  for (size_t i = block + 1; i <= block + 2; ++i) {
    const TextBlock& b = a.blocks[i];
    const size_t length = b.end - b.start;
    if (length == 0 || length > kMaxMenuEntry) return false;
    if (b.link_chars >= length) continue;
    const std::string_view text = TrimAscii(std::string_view(a.text).substr(b.start, length));
    const bool label = !text.empty() && std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                       std::count(text.begin(), text.end(), ' ') < static_cast<std::ptrdiff_t>(kMaxLabelWords) &&
                       std::string_view(".!?:;)").find(text.back()) == std::string_view::npos;
    if (!label) return false;
  }
  return true;
}

// Whether boilerplate block `block` is a picture's or a player's block: the
// extractor's "caption" (a figure, its caption, a picture's wrapper) or "media"
// (an embedded video, audio or frame with its teaser).
bool IsMediaBlock(const Article& a, size_t block) {
  if (block >= a.boilerplate.size()) return false;
  const std::string& role = a.boilerplate[block].role;
  return role == "caption" || role == "media";
}

// Whether the page carries a canonical link to another site's page (declared
// source "link:canonical"): a syndicated copy, whose canonical names the original.
bool IsCopyWithForeignCanonical(const Article& a) {
  return std::any_of(a.declared_sources.begin(), a.declared_sources.end(),
                     [](const SourcedValue& d) { return d.source == "link:canonical"; });
}

// The owner a site's footer copyright names ("© Copyright 1999-2020 Example Star.
// All rights reserved."): the words after the sign, "Copyright" and the years, up to
// a full stop, a comma, a bar or "All rights". Read in footer blocks that are not
// the run right after the text (a closing credit stands there); "" when none.
std::string FooterCopyrightOwner(const Article& a) {
  for (auto block = a.boilerplate.rbegin(); block != a.boilerplate.rend(); ++block) {
    if (block->role != "footer" || block->after_body) continue;
    for (const std::string_view line : Split(block->text, '\n')) {
      size_t at = line.find("\xC2\xA9");  // ©
      size_t skip = 2;
      if (at == std::string_view::npos) {
        at = line.find("Copyright");
        skip = 9;
      }
      if (at == std::string_view::npos) continue;
      std::string_view rest = line.substr(at + skip);
      for (bool changed = true; changed;) {
        changed = false;
        rest = TrimAscii(rest);
        for (const std::string_view lead : {"Copyright", "\xC2\xA9", "(c)", "(C)", ":"}) {
          if (rest.starts_with(lead)) {
            rest.remove_prefix(lead.size());
            changed = true;
          }
        }
        while (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest.front())) || rest.front() == '-')) {
          rest.remove_prefix(1);
          changed = true;
        }
        if (rest.starts_with("\xE2\x80\x93")) {  // an en dash between years
          rest.remove_prefix(3);
          changed = true;
        }
      }
      const size_t end = std::min({rest.find('.'), rest.find(','), rest.find('|'), rest.find(" All "), rest.find(" all ")});
      const std::string owner = CollapseWhitespace(rest.substr(0, end == std::string_view::npos ? rest.size() : end));
      if (owner.size() >= 3 && owner.size() <= 60) return owner;
    }
  }
  return "";
}

// Whether a footer's copyright owner is `outlet`: one of its names, a name that
// holds one of them or its domain's first label ("Example Star Media Group" for
// "Example Star", "Paper24.com Ltd" for paper24.com), or a company whose first word
// opens one of them ("Example S.A." for "Example24", the outlet's owner).
bool OwnerIsOutlet(const OutletLexicon& lexicon, std::string_view owner, const Outlet& outlet) {
  const Outlet* named = lexicon.FindByAlias(owner);
  if (named != nullptr && lexicon.Canonical(named) == &outlet) return true;
  std::string squeezed = AsciiLower(owner);
  std::erase(squeezed, ' ');
  auto holds = [&](std::string_view name) {
    std::string n = AsciiLower(name);
    std::erase(n, ' ');
    return n.size() >= 3 && squeezed.find(n) != std::string::npos;
  };
  for (const std::string& alias : outlet.aliases) {
    if (holds(alias)) return true;
  }
  for (const std::string& domain : outlet.domains) {
    if (holds(domain.substr(0, domain.find('.')))) return true;
  }
  const std::string first = AsciiLower(owner.substr(0, owner.find(' ')));
  if (first.size() < 3) return false;
  auto opens = [&](std::string_view name) { return AsciiLower(name).starts_with(first); };
  return std::any_of(outlet.aliases.begin(), outlet.aliases.end(), opens) ||
         std::any_of(outlet.domains.begin(), outlet.domains.end(), opens);
}

// Whether a parenthesised tag of `hit` stands right after a name of the outlet it
// names ("Agence France-Presse (AFP)", "the Associated Press (AP)", "Deutsche
// Presse-Agentur (dpa)"): a sentence abbreviating the name it cites, not a tag
// closing the text. `text` is what the rule read (the body).
bool AbbreviatesTheNameBefore(std::string_view text, const RuleHit& hit, const Outlet& named, const Outlet& canonical) {
  if (hit.start > text.size()) return false;
  size_t open = std::string_view(hit.text).find('(');
  if (open == std::string::npos) open = std::string_view(hit.text).find("\xEF\xBC\x88");  // full-width
  if (open == std::string::npos) return false;
  std::string_view before = text.substr(0, hit.start + open);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  auto ends_with_name = [&](const Outlet& o) {
    return std::any_of(o.aliases.begin(), o.aliases.end(), [&](const std::string& alias) {
      if (alias.size() < 2 || !before.ends_with(alias)) return false;
      const size_t at = before.size() - alias.size();
      return at == 0 || !std::isalnum(static_cast<unsigned char>(before[at - 1]));
    });
  };
  if (ends_with_name(named) || ends_with_name(canonical)) return true;
  // The tag's letters are the initials of the words before it, the name in any
  // inflection ("laut der Deutschen Presse-Agentur (dpa)"): words split at spaces
  // and hyphens.
  const size_t close = std::string_view(hit.text).find_first_of(")", open);
  if (close == std::string::npos) return false;
  std::string initials_wanted;
  for (const char c : std::string_view(hit.text).substr(open + 1, close - open - 1)) {
    if (std::isalpha(static_cast<unsigned char>(c))) initials_wanted += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (initials_wanted.size() < 2 || initials_wanted.size() > 6) return false;
  // Read twice: every word's initial, then the capitalised words' alone, passing
  // over short lower-case connectors inside the name ("Pakistan Tehreek-e-Insaf
  // (PTI)", "Agencia de Noticias (AN)"); a name holds no punctuation.
  for (const bool capitals_only : {false, true}) {
    std::string initials;
    size_t end = before.size();
    while (initials.size() < initials_wanted.size() && end > 0) {
      size_t start = end;
      while (start > 0 && before[start - 1] != ' ' && before[start - 1] != '-') --start;
      if (start == end) break;
      const unsigned char first = static_cast<unsigned char>(before[start]);
      if (capitals_only) {
        // Within one name: no punctuation, and only short connectors passed over.
        if (std::string_view(".,;:!?").find(before[end - 1]) != std::string_view::npos) break;
        if (std::isupper(first)) {
          initials.insert(initials.begin(), static_cast<char>(std::tolower(first)));
        } else if (end - start > 3) {
          break;
        }
      } else {
        initials.insert(initials.begin(), static_cast<char>(std::tolower(first)));
      }
      end = start > 0 ? start - 1 : 0;
      if (start == 0) break;
    }
    if (initials == initials_wanted) return true;
  }
  return false;
}

// Whether a page in `language` is in the home press of an ambiguous short form
// (outlets.json "home_languages"): there it is the agency's own signature.
bool AtHome(const Outlet& outlet, const std::string& language) {
  return !language.empty() &&
         std::find(outlet.home_languages.begin(), outlet.home_languages.end(), language) != outlet.home_languages.end();
}

// Whether a page's site name is another site's than its canonical host and
// `outlet` (a republisher that keeps the original's canonical link, as a
// syndicator asks of those who republish it): the name's key shares no beginning
// with the host's label, nor with any of the outlet's names ("Harbour Ledger" under
// a canonical on theconversation.com; not "BBC News" on bbc.co.uk, "Le Monde.fr" or
// "http://www.harbourledger.com/" on harbourledger.com).
bool SiteNameIsAnothers(std::string_view site_name, std::string_view host, const Outlet& outlet) {
  // A site name written as an address ("http://www.harbourledger.com/",
  // "HarbourLedger.com") is compared by its label.
  const std::string url_host = UrlHost(site_name);
  const std::string domain = RegistrableDomain(url_host.empty() ? CollapseWhitespace(site_name) : url_host);
  const std::string site = NameKey(domain.empty() ? std::string(site_name) : RegistrableName(domain));
  // A single word ("Home", "News") names no site: only a name of two words or more,
  // or an address, is another site's.
  if (site.size() < 3 || (domain.empty() && CollapseWhitespace(site_name).find(' ') == std::string::npos)) return false;
  auto overlaps = [&](std::string_view other) {
    std::string key = NameKey(other);
    if (key.starts_with("the") && !site.starts_with("the")) key.erase(0, 3);
    const size_t shorter = std::min(site.size(), key.size());
    return shorter >= 3 && (site.starts_with(key) || key.starts_with(site));
  };
  if (overlaps(RegistrableName(host))) return false;
  if (overlaps(outlet.name)) return false;
  return std::none_of(outlet.aliases.begin(), outlet.aliases.end(), overlaps);
}

// Whether the page itself belongs to `outlet` (its site name or its domain). A
// copy's canonical URL is the original's, not the page's own domain.
// A national or language edition names itself after the outlet and a country
// or a language ("Valley Courier Deutschland", "Valley Courier España"): its site
// name opens with the outlet's name of two words or more, and the outlet's byline
// there is the edition's own network's. Without a site name, a footer copyright
// naming another owner makes the canonical's outlet another site's.
bool PageIsOutlet(const Article& a, const OutletLexicon& lexicon, const Outlet& outlet) {
  auto same = [&](const Outlet* o) { return o != nullptr && lexicon.Canonical(o) == &outlet; };
  if (!a.site_name.empty() && same(lexicon.FindByAlias(a.site_name))) return true;
  const std::string site = CollapseWhitespace(a.site_name);
  for (size_t cut = site.rfind(' '); cut != std::string::npos && cut > 0; cut = site.rfind(' ', cut - 1)) {
    std::string_view head = std::string_view(site).substr(0, cut);
    const std::string_view words = head.starts_with("The ") ? head.substr(4) : head;
    if (words.find(' ') == std::string_view::npos) break;
    if (same(lexicon.FindByAlias(head))) return true;
  }
  if (IsCopyWithForeignCanonical(a)) return false;
  // A page that declares no name of its own but signs its footer with another
  // owner's copyright is a copy whose canonical names the original.
  if (a.site_name.empty()) {
    const std::string owner = FooterCopyrightOwner(a);
    if (!owner.empty() && !OwnerIsOutlet(lexicon, owner, outlet)) return false;
  }
  const std::string host = UrlHost(a.canonical_url);
  if (host.empty()) return false;
  if (SiteNameIsAnothers(a.site_name, host, outlet)) return false;
  if (same(lexicon.FindByDomain(host))) return true;
  // A national edition under the outlet's name and another country's domain
  // ("dailyledger.de" for "dailyledger.com") is the outlet's own.
  const std::string name = RegistrableName(host);
  return name.size() >= 4 && std::any_of(outlet.domains.begin(), outlet.domains.end(), [&](const std::string& d) {
           return RegistrableName(d) == name;
         });
}

// Whether a press name the lexicon lacks is the page's own: its site name (or an
// edition of it: one opens with the other), its footer's copyright owner, or the
// label of its canonical or own domain ("harbourherald" for "Harbour Herald";
// a name written as a domain is compared by its label); or the author's own, a
// site named after one of the article's authors ("Originally published at
// janedoe.com" under Jane Doe's byline: the author's cross-post, no supplier).
bool PageIsNamed(const Article& a, std::string_view name) {
  const std::string domain = RegistrableDomain(name);
  const std::string key = domain.empty() ? NameKey(name) : NameKey(RegistrableName(domain));
  if (key.size() < 3) return false;
  auto same = [&](std::string_view other) {
    const std::string k = NameKey(other);
    if (k.size() < 3) return false;
    const size_t shorter = std::min(k.size(), key.size());
    return k == key || (shorter >= 5 && (k.starts_with(key) || key.starts_with(k)));
  };
  if (same(a.site_name) || same(FooterCopyrightOwner(a))) return true;
  // A domain is the author's when one of its labels is the author's name
  // ("janedoe.com", "janedoe.blog.example").
  const std::string lower = AsciiLower(name);
  const std::vector<std::string_view> labels = domain.empty() ? std::vector<std::string_view>{} : Split(lower, '.');
  for (const SourcedValue& author : a.authors) {
    const std::string author_key = NameKey(author.value);
    if (author_key.size() < 5) continue;
    if (author_key == key || std::find(labels.begin(), labels.end(), author_key) != labels.end()) return true;
  }
  for (const std::string* url : {&a.canonical_url, &a.own_url}) {
    const std::string label = RegistrableName(UrlHost(*url));
    if (!label.empty() && NameKey(label) == key) return true;
  }
  return false;
}

// Whether the text prints `name` as the anchor of a link to a site whose label is
// the name ("Agenda Norte" linking to https://agendanorte.org/...): the outlet's own
// address, which a republication line links to.
bool LinksToItsOwnSite(const Article& a, std::string_view name) {
  const std::string key = NameKey(name);
  if (key.size() < 5) return false;
  return std::any_of(a.links.begin(), a.links.end(), [&](const BodyLink& link) {
    return NameKey(link.anchor) == key && NameKey(RegistrableName(UrlHost(link.url))) == key;
  });
}

// Whether a hit stands among the first words of its paragraph ("This story was
// first published by X", a note of its own), not deep in a sentence of the text
// ("… a post she originally published on the X forum before …").
bool OpensItsParagraph(const Article& a, const RuleHit& hit) {
  constexpr size_t kMaxLeadBytes = 48;
  const std::string* text = hit.where == "body"                                              ? &a.text
                            : hit.where == "boilerplate" && hit.block < a.boilerplate.size() ? &a.boilerplate[hit.block].text
                                                                                             : nullptr;
  if (text == nullptr || hit.start > text->size()) return false;
  const size_t newline = hit.start == 0 ? std::string::npos : text->rfind('\n', hit.start - 1);
  const size_t paragraph = newline == std::string::npos ? 0 : newline + 1;
  return hit.start - paragraph <= kMaxLeadBytes;
}

// Whether a printed name opens with an alias the lexicon knows ("Reuters Health",
// "新华社北京"), where an {OUTLET} rule reads it (a Latin alias only where a word
// ends): the outlet is the lexicon's, credited or not by its own rules.
bool OpensWithKnownAlias(const OutletLexicon& lexicon, std::string_view printed) {
  constexpr size_t kMaxAliasBytes = 80;
  const std::string text = CollapseWhitespace(printed);
  for (size_t i = 0; i < text.size() && i <= kMaxAliasBytes;) {
    NextCodePoint(text, i);
    const bool word_goes_on = i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) &&
                              std::isalnum(static_cast<unsigned char>(text[i - 1]));
    if (!word_goes_on && lexicon.FindByAlias(std::string_view(text).substr(0, i)) != nullptr) return true;
  }
  return false;
}

// Whether a hit stands alone at the edge of the text: its line is the whole of
// the body's first or last block (a paragraph, not a list item, a cell or a
// heading, in the same element as the paragraph beside it), or the first line of
// the run taken out right after the last paragraph. A source line there is the
// text's own; elsewhere it may be a chart's, a quote's or a teaser's.
bool StandsAloneAtTheEdge(const Article& a, const RuleHit& hit) {
  if (hit.where == "body") {
    if (hit.block >= a.blocks.size() || (hit.block != 0 && hit.block + 1 != a.blocks.size())) return false;
    const TextBlock& b = a.blocks[hit.block];
    if (b.kind != TextBlock::Kind::kParagraph && b.kind != TextBlock::Kind::kOther) return false;
    // In the same element as the paragraph beside it: a line in a module of its
    // own after the text (a related-links box whose list the extractor took out)
    // is not.
    if (a.blocks.size() > 1 && a.blocks[hit.block == 0 ? 1 : hit.block - 1].parent_layout != b.parent_layout) {
      return false;
    }
    return TrimAscii(std::string_view(a.text).substr(b.start, b.end - b.start)) == TrimAscii(hit.text);
  }
  if (hit.where == "boilerplate" && hit.block < a.boilerplate.size()) {
    const BoilerplateBlock& b = a.boilerplate[hit.block];
    return b.role == "footer" && b.after_body && hit.start == 0;
  }
  return false;
}

bool IsLowerAsciiWord(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

// The outlet an alias names as printed; failing that, a wire agency named the way
// tags and page data write it: in lower case ("efe", "afp", "ansa" for EFE, AFP,
// ANSA), or as a slug of a longer name ("anadolu-ajansi" for "Anadolu Ajansi").
// Only agencies are found loosely: "(cnn)" or a "source": "times" is not a
// convention of anyone's.
const Outlet* FindAgencyLoosely(const OutletLexicon& lexicon, std::string_view name) {
  const std::string trimmed = CollapseWhitespace(name);
  if (trimmed.empty()) return nullptr;
  auto agency = [&](const Outlet* o) { return o && lexicon.Canonical(o)->kind == "wire_agency" ? o : nullptr; };
  if (const Outlet* o = lexicon.FindByAlias(trimmed)) return o;
  if (IsLowerAsciiWord(trimmed) && trimmed.size() <= 8) {
    if (const Outlet* o = agency(lexicon.FindByAlias(AsciiUpper(trimmed)))) return o;
    std::string title = trimmed;
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    if (const Outlet* o = agency(lexicon.FindByAlias(title))) return o;
  }
  std::string slug = AsciiLower(trimmed);
  std::replace(slug.begin(), slug.end(), '-', ' ');
  std::replace(slug.begin(), slug.end(), '_', ' ');
  if (slug.size() < 5 || slug.find(' ') == std::string::npos) return nullptr;
  return agency(lexicon.FindByLowerCaseAlias(slug));
}

// The outlet an author's name is: as printed, or with a trailing word for the
// outlet's own staff ("Reuters Staff", "AFP Newsroom", "Associated Press Staff"),
// the form some agencies sign unsigned copy with.
const Outlet* OutletAsAuthor(const OutletLexicon& lexicon, std::string_view name) {
  if (const Outlet* o = lexicon.FindByAlias(name)) return o;
  for (const std::string_view suffix : {" Staff", " staff", " STAFF", " Newsroom", " Desk", " Editors"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      return lexicon.FindByAlias(TrimAscii(name.substr(0, name.size() - suffix.size())));
    }
  }
  return nullptr;
}

// The wire agency a declared author names after the person ("Jane Doe, Reuters",
// "Jane Doe | AFP", "Jane Doe - dpa", "Jane Doe (AP)"): a byline with its agency
// written into one author field of the page's data. Agencies only, since a
// newspaper's staff sign "Jane Doe, Valley Courier" on its own pages.
const Outlet* AgencyAfterAuthorName(const OutletLexicon& lexicon, std::string_view name) {
  std::string_view tail;
  name = TrimAscii(name);
  if (name.ends_with(")")) {
    const size_t open = name.rfind('(');
    if (open == std::string_view::npos || open == 0) return nullptr;
    tail = name.substr(open + 1, name.size() - open - 2);
    name = TrimAscii(name.substr(0, open));
  } else {
    size_t cut = std::string_view::npos, skip = 0;
    for (const std::string_view sep : {", ", " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      const size_t at = name.rfind(sep);
      if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) {
        cut = at;
        skip = sep.size();
      }
    }
    if (cut == std::string_view::npos || cut == 0) return nullptr;
    tail = name.substr(cut + skip);
    name = TrimAscii(name.substr(0, cut));
  }
  if (name.empty()) return nullptr;
  const Outlet* o = OutletAsAuthor(lexicon, TrimAscii(tail));
  if (o == nullptr || o->ambiguous) return nullptr;
  return lexicon.Canonical(o)->kind == "wire_agency" ? o : nullptr;
}

// A part of a tag that names a picture's source or a picture ("AP Photo", "Getty
// Images", "Foto", "dpa-Bildfunk"): the tag is a photo credit, never a text credit.
// Word by word, so that "Liverpool Echo" is no "pool".
bool IsPictureCredit(std::string_view part) {
  const std::string lower = AsciiLower(part);
  size_t start = 0;
  for (size_t i = 0; i <= lower.size(); ++i) {
    const bool letter = i < lower.size() && ((lower[i] >= 'a' && lower[i] <= 'z') || (lower[i] & 0x80) != 0);
    if (letter) continue;
    const std::string_view word = std::string_view(lower).substr(start, i - start);
    start = i + 1;
    if (word.empty()) continue;
    for (const std::string_view stem : {"photo", "foto", "getty", "imago", "bild", "picture", "screenshot",
                                        "shutterstock", "istock", "archiv",
                                        // the same words in other scripts: a picture, a photo, a clip, a
                                        // graphic, a file photo ("사진=연합뉴스", "写真：共同", "Фото: ТАСС")
                                        "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE", "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE",
                                        "\xEC\x82\xAC\xEC\xA7\x84", "\xEC\x98\x81\xEC\x83\x81",
                                        "\xEA\xB7\xB8\xEB\x9E\x98\xED\x94\xBD", "\xEC\x9E\x90\xEB\xA3\x8C\xEC\x82\xAC\xEC\xA7\x84",
                                        "\xE5\x86\x99\xE7\x9C\x9F", "\xE7\x85\xA7\xE7\x89\x87", "\xE5\x9B\xBE\xE7\x89\x87",
                                        "\xE5\x9C\x96\xE7\x89\x87", "\xD8\xB5\xD9\x88\xD8\xB1\xD8\xA9",
                                        "\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1", "\xCF\x86\xCF\x89\xCF\x84\xCE\xBF\xCE\xB3\xCF\x81",
                                        "\xCE\xA6\xCF\x89\xCF\x84\xCE\xBF\xCE\xB3\xCF\x81"}) {
      if (word.starts_with(stem)) return true;
    }
    for (const std::string_view whole : {"images", "image", "pool", "video", "videos", "fot", "beeld"}) {
      if (word == whole) return true;
    }
  }
  return false;
}

// Whether a credit rule's hit is a picture's or a clip's credit: its text, without
// the outlets it names, holds a picture word ("(사진=연합뉴스)", which a Korean
// dateline's "(서울=연합뉴스)" resembles; "Foto: dpa", "写真：共同"). The picture's
// source is credited, not the article. A label that names the text beside the
// picture ("Text and photos: dpa", "Фото і текст: Укрінформ"; the rule's field
// text_and_picture) credits the text as well.
bool HitIsAPictureCredit(const RuleHit& hit) {
  if (const auto* both = hit.fields.if_contains("text_and_picture"); both != nullptr && both->is_string() &&
      !both->as_string().empty()) {
    return false;
  }
  std::string text = hit.text;
  for (const auto& [key, value] : hit.fields) {
    if (!value.is_string() || value.as_string().empty() || key.substr(0, 6) != "outlet") continue;
    const std::string named(value.as_string());
    for (size_t at = text.find(named); at != std::string::npos; at = text.find(named, at)) text.replace(at, named.size(), " ");
  }
  return IsPictureCredit(text);
}

// The text a rule hit was read in: the body, a boilerplate block or a byline line
// (its offsets count from there); empty for any other place.
std::string_view ScannedText(const Article& a, const RuleHit& hit) {
  if (hit.where == "body") return a.text;
  if (hit.where == "boilerplate" && hit.block < a.boilerplate.size()) return a.boilerplate[hit.block].text;
  if (hit.where == "byline" && hit.block < a.byline_lines.size()) return a.byline_lines[hit.block];
  return {};
}

// Whether the outlet a hit names (`printed`, an alias) only opens a longer name of
// another body, read on its line: the page's own ("Source: Anadolu Ekspres" or
// "originally published by Anadolu Ekspres" on the site of a paper named so: its
// site name, its footer's copyright owner or the label of its domain, PageIsNamed);
// a body that is no outlet, its name going on with a word of press_words.json's
// not-press words ("Source: Reuters Institute Digital News Report"); or a compound
// with another body's abbreviation in capitals that names no outlet ("Source:
// AP-NORC poll"; "dpa-AFX" is an alias, "AFP-Bericht" a German compound noun). The
// name goes on with up to four capitalised words.
bool OpensALongerName(const DetectionContext& context, const RuleHit& hit, std::string_view printed) {
  constexpr int kMaxMoreWords = 4;
  const Article& a = context.article;
  const std::string_view text = ScannedText(a, hit);
  const size_t in_hit = printed.empty() ? std::string::npos : hit.text.find(printed);
  if (in_hit == std::string::npos || hit.start + in_hit + printed.size() > text.size()) return false;
  size_t at = hit.start + in_hit + printed.size();
  if (at + 2 < text.size() && text[at] == '-' && text[at + 1] >= 'A' && text[at + 1] <= 'Z') {
    size_t end = at + 1;
    while (end < text.size() && ((text[end] >= 'A' && text[end] <= 'Z') || (text[end] >= '0' && text[end] <= '9'))) ++end;
    const std::string_view abbreviation = text.substr(at + 1, end - at - 1);
    const bool word_ends = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
    if (abbreviation.size() >= 2 && word_ends &&
        FindAgencyLoosely(context.rules.outlets(), abbreviation) == nullptr) {
      return true;
    }
  }
  std::string name(printed);
  std::string more;
  for (int words = 0; words < kMaxMoreWords && at < text.size() && text[at] == ' '; ++words) {
    size_t end = at + 1;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != ',' && text[end] != ';') ++end;
    std::string_view word = text.substr(at + 1, end - at - 1);
    while (!word.empty() && (word.back() == '.' || word.back() == ')' || word.back() == ':')) word.remove_suffix(1);
    const bool capital = !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') || (word[0] & 0x80) != 0);
    if (!capital) break;
    name += ' ';
    name += word;
    more += more.empty() ? "" : " ";
    more += word;
    if (PageIsNamed(a, name) || context.rules.press_words().HoldsNotPressWord(more)) return true;
    at = end;
  }
  return false;
}

// Whether a body hit lies inside the text of one link that holds more than the hit
// (a headline): a teaser card kept in the text, its snippet opening with its own
// story's dateline ("<a><h3>Headline</h3><p>BERLIN (dpa) - ...</p></a>"). A credit
// whose outlet is a link ("Source: <a>Reuters</a>") starts before the link.
bool InsideATeasersLink(const Article& a, const RuleHit& hit) {
  constexpr size_t kMinMoreBytes = 20;
  return std::any_of(a.links.begin(), a.links.end(), [&](const BodyLink& link) {
    return link.start <= hit.start && hit.end <= link.end && link.end - link.start >= hit.end - hit.start + kMinMoreBytes;
  });
}

// Whether `part` is written as a domain name: no space, a dot before a final run
// of two to six ASCII letters ("PostaPraha.cz", "paper24.com").
bool IsDomainName(std::string_view part) {
  if (part.find(' ') != std::string_view::npos) return false;
  const size_t dot = part.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = part.substr(dot + 1);
  return tld.size() >= 2 && tld.size() <= 6 &&
         std::all_of(tld.begin(), tld.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// Whether `part` is written as a name, a capital and then a lower-case letter
// ("Ipsos", "Doe"): an editor's initials or a desk are written all in lower case or
// all in capitals ("sep", "lno", "AJA"), a pollster's or a photographer's name is not.
bool IsCapitalisedWord(std::string_view part) {
  return part.size() >= 3 && part[0] >= 'A' && part[0] <= 'Z' && part[1] >= 'a' && part[1] <= 'z';
}

// The agencies an agency tag names, as the press prints tags around a text:
// "dpa", "efe-epa", "dpa/AFP/rtr", "epd/KNA", "SDA/sep", "dpa/lno". Parts are
// separated by "/", ",", "+", "&" or "|"; a hyphenated part that is no alias is
// read as agencies joined by hyphens ("efe-epa"). Short parts that name nothing
// are an editor's initials or a desk ("sep", "lno") and are passed over; a longer
// one, or a short one written as a name, is a person, a pollster or a picture agency
// ("REUTERS/Jane Doe", "AFP/Getty Images", "Reuters/Ipsos"), and then the tag is a
// photo credit or a poll's: nothing. A part written as a domain is the
// site's own signature beside the agency ("ČTK, PostaPraha.cz") and is passed over.
std::vector<const Outlet*> AgenciesInTag(const OutletLexicon& lexicon, std::string_view tag) {
  std::vector<const Outlet*> found;
  std::vector<std::string> parts(1);
  for (const char ch : tag) {
    if (ch == '/' || ch == ',' || ch == '+' || ch == '&' || ch == '|' || ch == ';') {
      parts.emplace_back();
    } else {
      parts.back() += ch;
    }
  }
  for (const std::string& raw : parts) {
    const std::string part = CollapseWhitespace(raw);
    if (part.empty()) continue;
    if (const Outlet* o = FindAgencyLoosely(lexicon, part)) {
      found.push_back(o);
      continue;
    }
    if (IsPictureCredit(part)) return {};
    // A site's own name written as its domain ("ČTK, PostaPraha.cz") signs the copy
    // beside the agency; it names no picture source and no person.
    if (IsDomainName(part)) continue;
    size_t before = found.size();
    if (part.find('-') != std::string::npos) {
      for (const std::string_view piece : Split(part, '-')) {
        if (const Outlet* o = FindAgencyLoosely(lexicon, piece)) found.push_back(o);
      }
    }
    if (found.size() == before && (part.find(' ') != std::string::npos || part.size() > 6 || IsCapitalisedWord(part))) {
      return {};
    }
  }
  return found;
}

// Whether a credit hit is followed on its line by a slash and a person's name or a
// picture source: "Source: Reuters/Jane Doe", "AFP / Jean Dupont" (an agency and
// its photographer: a picture's credit, as AgenciesInTag reads a tag). A part that
// is an agency ("dpa/AFP"), an editor's initials ("AFP/ab") or holds a digit (a
// date) is no photographer.
bool FollowedByAPhotographer(const OutletLexicon& lexicon, const Article& a, const RuleHit& hit) {
  const std::string_view text = ScannedText(a, hit);
  if (hit.end > text.size()) return false;
  std::string_view rest = text.substr(hit.end);
  rest = TrimAscii(rest.substr(0, rest.find('\n')));
  if (!rest.starts_with("/")) return false;
  rest = TrimAscii(rest.substr(1));
  const std::string part = CollapseWhitespace(rest.substr(0, rest.find_first_of("/|,;")));
  if (part.empty() || FindAgencyLoosely(lexicon, part) != nullptr) return false;
  // A compound that opens with another body's name ("Reuters/Ipsos-Umfrage vom Mai
  // 2026", the German press's poll): a pollster's name and a noun, whatever follows.
  const std::string_view first_word = std::string_view(part).substr(0, part.find(' '));
  if (const size_t hyphen = first_word.find('-'); hyphen != std::string_view::npos && hyphen + 1 < first_word.size()) {
    const std::string_view head = first_word.substr(0, hyphen);
    const bool noun = std::isalpha(static_cast<unsigned char>(first_word[hyphen + 1])) || (first_word[hyphen + 1] & 0x80) != 0;
    if (noun && IsCapitalisedWord(head) && FindAgencyLoosely(lexicon, head) == nullptr) return true;
  }
  if (std::any_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  if (IsPictureCredit(part)) return true;
  const bool capital = (part.front() >= 'A' && part.front() <= 'Z') || (part.front() & 0x80) != 0;
  return capital && (part.find(' ') != std::string::npos || part.size() > 6);
}

// Wire and syndication credits and citations: one signal per (outlet, role), with
// every span as evidence. An outlet whose name is an ordinary word counts only in
// a strong credit position ("Source: Capital"); a non-agency outlet's own dateline
// or copyright on its own site is not a credit of someone else. A rule's
// "agency_tags" field is read with AgenciesInTag. JSON-LD sourceOrganization,
// provider and isBasedOn name the origin directly; JSON-LD authors, <meta> and
// data-layer sources (Article::declared_sources) count when they are agencies.
// A body line that heads a list of short entries (a menu left in the body) credits
// nothing; nor does a tag in parentheses right after the outlet's own name (an
// abbreviation in a sentence: "Agence France-Presse (AFP)"); nor a credit form
// holding a picture word ("(사진=연합뉴스)"), nor one short of a strong position in
// a list of linked headlines ("related" boilerplate: a fact-check's sources).
// rules/CREDIT-CONVENTIONS.md lists the conventions and their rules.
class WireAttributionDetector : public Detector {
 public:
  std::string_view name() const override { return "wire_attribution"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    const OutletLexicon& lexicon = context.rules.outlets();
    std::map<std::pair<std::string, std::string>, size_t> index;  // (outlet, role) -> signal
    std::vector<Signal> found;
    // (signal, where, start, end, text) of every span listed: looked up, not read
    // through per hit (a page of thousands of credit lines to one agency made that
    // the square of its hits).
    std::set<std::tuple<size_t, std::string, size_t, size_t, std::string>> listed_spans;
    // One signal per (outlet name, role): the first hit makes it, every hit adds
    // its span. `known` is false for an outlet the lexicon lacks, reported by its
    // name as printed ("outlet_known": false, kind "unknown").
    auto add_named = [&](const std::string& name, const std::string& kind, bool known, const std::string& role,
                         const std::string& rule, double confidence, Evidence evidence) {
      const auto key = std::make_pair(name, role);
      auto it = index.find(key);
      if (it == index.end()) {
        Signal s;
        s.type = kSignalWireAttribution;
        s.rule = rule;
        s.confidence = confidence;
        s.fields["outlet"] = name;
        s.fields["outlet_kind"] = kind;
        if (!known) s.fields["outlet_known"] = false;
        s.fields["role"] = role;
        index[key] = found.size();
        found.push_back(std::move(s));
        it = index.find(key);
      }
      Signal& s = found[it->second];
      s.confidence = std::max(s.confidence, confidence);
      // Two rules reading the same span (a byline line read as a byline and as a
      // credit line; a dateline and its tag) give one piece of evidence.
      const bool listed =
          !listed_spans.emplace(it->second, evidence.where, evidence.start, evidence.end, evidence.text).second;
      if (!listed) s.evidence.push_back(std::move(evidence));
    };
    auto add = [&](const Outlet& outlet, const std::string& role, const std::string& rule, double confidence,
                   Evidence evidence) {
      add_named(outlet.name, outlet.kind, true, role, rule, confidence, std::move(evidence));
    };
    auto add_unknown = [&](const std::string& name, const std::string& rule, double confidence, Evidence evidence) {
      add_named(name, "unknown", false, "credit", rule, confidence, std::move(evidence));
    };

    for (const RuleHit& hit : context.hits) {
      if (hit.rule->type != kSignalWireAttribution) continue;
      const json::value* role_value = hit.fields.if_contains("role");
      const std::string role = role_value && role_value->is_string() ? std::string(role_value->as_string()) : "credit";
      const bool strong = JsonTrue(hit.fields, "strong");
      // A closing tag or source line where an agency's ambiguous short form is its
      // own press's signature ("(ANTARA)" closing an Indonesian text).
      const bool home_press = JsonTrue(hit.fields, "home_press");
      const json::value* kinds = hit.fields.if_contains("kinds");
      // A phrase only a republisher prints ("Provided by ..."): the page is not the outlet's own.
      const bool republished = JsonTrue(hit.fields, "republished");
      // A form only one press prints with an abbreviation that is a word elsewhere
      // ("(AA)" closing a Turkish text): the rule's field "page_language" asks for a
      // page in one of the rule's languages.
      if (JsonTrue(hit.fields, "page_language") &&
          std::find(hit.rule->languages.begin(), hit.rule->languages.end(), context.article.language) ==
              hit.rule->languages.end()) {
        continue;
      }
      if (hit.where == "body" && role == "credit" && HeadsAListOfShortEntries(context.article, hit.block)) continue;
      if (role == "credit" && (HitIsAPictureCredit(hit) || FollowedByAPhotographer(lexicon, context.article, hit))) continue;
      if (role == "credit" && hit.where == "body" && InsideATeasersLink(context.article, hit)) continue;
      // A recirculation box the page placed between the paragraphs (a teaser card, a
      // related box) holds other stories' lines: a byline there signs its teaser.
      if (role == "credit" && hit.where == "body" && hit.block < context.article.blocks.size() &&
          context.article.blocks[hit.block].recirculation) {
        continue;
      }
      // A credit line in a picture's or a player's block ("Source: Reuters" or
      // "Video: AFP" under an embedded clip, a figure's caption) credits the
      // picture or the clip, not the article. An aggregator's "© Provided by X",
      // which it prints under the item's lead picture, credits the whole item.
      if (role == "credit" && !republished && hit.where == "boilerplate" && IsMediaBlock(context.article, hit.block)) {
        continue;
      }
      // A readers' comment (found by its shape, its markup or its box's heading) is
      // a reader's text: a source line there is the reader's, not the article's.
      if (role == "credit" && hit.where == "boilerplate" && hit.block < context.article.boilerplate.size() &&
          context.article.boilerplate[hit.block].role == "comments") {
        continue;
      }
      // A list of linked headlines the extractor took out as "related" (more
      // stories, a fact-check's list of sources) names other texts' sources; only
      // a strong credit position counts there ("Source: <a>Reuters</a>", the line
      // mostly its link).
      if (role == "credit" && !strong && hit.where == "boilerplate" && hit.block < context.article.boilerplate.size() &&
          context.article.boilerplate[hit.block].role == "related") {
        continue;
      }
      // A closing credit the extractor took out of the text stands in the run right
      // after the last paragraph, not in a site's footer or after a list of links.
      if (JsonTrue(hit.fields, "after_body") && hit.where == "boilerplate" &&
          (hit.block >= context.article.boilerplate.size() || !context.article.boilerplate[hit.block].after_body)) {
        continue;
      }
      // A line of the source slot is read there only: between the headline and
      // the text, not in a site's header or a menu.
      if (JsonTrue(hit.fields, "below_headline") &&
          (hit.where != "boilerplate" || hit.block >= context.article.boilerplate.size() ||
           !context.article.boilerplate[hit.block].below_headline)) {
        continue;
      }
      // A strong credit position naming an outlet the lexicon lacks, by the shape
      // of its name ("This article originally appeared on Harbour Herald").
      if (const json::value* printed = hit.fields.if_contains("press_name"); printed && printed->is_string()) {
        if (role == "credit" && strong) {
          AddPressName(context, hit, std::string_view(printed->as_string()), add, add_unknown);
        }
        continue;
      }
      std::vector<const Outlet*> named;
      for (const auto& [key, value] : hit.fields) {
        if (!value.is_string()) continue;
        if (key.substr(0, 11) == "agency_tags") {
          for (const Outlet* o : AgenciesInTag(lexicon, value.as_string())) named.push_back(o);
        } else if (key.substr(0, 6) == "outlet" && key != "outlet_kind") {
          const Outlet* o = lexicon.FindByAlias(value.as_string());
          if (o == nullptr) o = lexicon.FindByCreditTag(value.as_string());  // read by a {CREDIT_TAG} rule
          if (o != nullptr && !OpensALongerName(context, hit, value.as_string())) named.push_back(o);
        }
      }
      for (const Outlet* found_outlet : named) {
        const Outlet& outlet = *lexicon.Canonical(found_outlet);
        if ((found_outlet->ambiguous || outlet.ambiguous) && !strong &&
            !(home_press && AtHome(*found_outlet, context.article.language))) {
          continue;
        }
        // The kind of the name printed or of the outlet it is credited under: a news
        // service a paper runs ("The New York Times News Service") is an agency in the
        // positions only agencies hold, though it is credited as its paper.
        if (kinds && kinds->is_array() &&
            std::none_of(kinds->as_array().begin(), kinds->as_array().end(), [&](const json::value& k) {
              return k.is_string() && (k.as_string() == outlet.kind || k.as_string() == found_outlet->kind);
            })) {
          continue;
        }
        if (outlet.kind != "wire_agency" && !republished && PageIsOutlet(context.article, lexicon, outlet)) continue;
        if (role == "credit" && hit.where == "body" &&
            AbbreviatesTheNameBefore(context.article.text, hit, *found_outlet, outlet)) {
          continue;
        }
        add(outlet, role, hit.rule->id, hit.rule->confidence, EvidenceOf(hit));
      }
    }
    // An outlet printed or declared as the author: "By Associated Press", JSON-LD
    // "author": "PTI". The page's own name as author is not a credit.
    for (const SourcedValue& author : context.article.authors) {
      const Outlet* o = OutletAsAuthor(lexicon, author.value);
      if (o == nullptr) o = AgencyAfterAuthorName(lexicon, author.value);
      if (o == nullptr || o->ambiguous) continue;
      o = lexicon.Canonical(o);
      if (o->kind != "wire_agency" && PageIsOutlet(context.article, lexicon, *o)) continue;
      add(*o, "credit", "wa.author-is-outlet", std::min(0.9, author.confidence),
          Evidence{author.value, 0, author.value.size(), "byline"});
    }
    // What the page's data says wrote or supplied it (a <meta name="articleAuthor">,
    // a data layer's "cd_source"): only an agency is a credit there, since a
    // newspaper names itself in the same places.
    // Google News' syndication tags name the original article's URL, and so does
    // a canonical link to another site's page: any outlet but the page's own is
    // the origin there.
    for (const SourcedValue& declared : context.article.declared_sources) {
      const bool syndication = declared.source == "meta:original-source" || declared.source == "meta:syndication-source" ||
                               declared.source == "link:syndication-source" ||
                               declared.source == "link:canonical";
      const Outlet* o = syndication ? lexicon.FindByDomain(UrlHost(declared.value)) : nullptr;
      if (o == nullptr) o = FindAgencyLoosely(lexicon, declared.value);
      if (o == nullptr) {
        const std::vector<const Outlet*> tagged = AgenciesInTag(lexicon, declared.value);
        if (tagged.size() == 1) o = tagged.front();
      }
      if (o == nullptr) o = AgencyAfterAuthorName(lexicon, declared.value);  // "Jane Doe, Reuters"
      if (o == nullptr || o->ambiguous) continue;
      o = lexicon.Canonical(o);
      if (o->kind != "wire_agency" && (!syndication || PageIsOutlet(context.article, lexicon, *o))) continue;
      add(*o, "credit", "wa.page-data", std::min(0.85, declared.confidence),
          Evidence{declared.source + ": " + declared.value, 0, 0, "meta"});
    }
    DetectJsonLd(context, lexicon, add);
    for (Signal& s : found) out.push_back(std::move(s));
  }

 private:
  // A press-name rule's hit (a "press_name" capture in a strong credit position):
  // the name the capture opens with, when it has the shape of a press name
  // (rules/press_words.json); a domain the lexicon knows credits its outlet, a
  // name it knows is left to the {OUTLET} rules, and the page's own name, a
  // picture's or a teaser's block, or a source line that does not stand alone at
  // the edge of the text (rule field "edge_line") credit no one.
  template <typename Add, typename AddUnknown>
  static void AddPressName(const DetectionContext& context, const RuleHit& hit, std::string_view printed, Add& add,
                           AddUnknown& add_unknown) {
    const Article& a = context.article;
    const OutletLexicon& lexicon = context.rules.outlets();
    if (JsonTrue(hit.fields, "edge_line") && !StandsAloneAtTheEdge(a, hit)) return;
    if (hit.where == "boilerplate") {
      if (hit.block >= a.boilerplate.size()) return;
      const std::string& role = a.boilerplate[hit.block].role;
      if (role == "related" || role == "caption" || role == "media") return;
    }
    if (OpensWithKnownAlias(lexicon, printed)) return;
    // A phrase that names only a publisher there ("republished from <X> under a
    // Creative Commons license": rule field "any_name") needs no press word.
    std::string name = context.rules.press_words().PressName(printed, !JsonTrue(hit.fields, "any_name"));
    // A name printed as a link to its own site ("Harbour Watch" linking to
    // harbourwatch.org) is an outlet's, press word or not.
    if (name.empty()) {
      name = context.rules.press_words().PressName(printed, false);
      if (name.empty() || !LinksToItsOwnSite(a, name) || !OpensItsParagraph(a, hit)) return;
    }
    Evidence evidence = EvidenceOf(hit);
    // The evidence ends with the name.
    if (const size_t at = hit.text.rfind(name); at != std::string::npos) {
      evidence.text = hit.text.substr(0, at + name.size());
      evidence.end = evidence.start + evidence.text.size();
    }
    const Outlet* known = RegistrableDomain(name).empty() ? nullptr : lexicon.FindByDomain(name);
    if (known != nullptr) {
      const Outlet& outlet = *lexicon.Canonical(known);
      if (outlet.ambiguous) return;
      const bool republished = JsonTrue(hit.fields, "republished");
      if (outlet.kind != "wire_agency" && !republished && PageIsOutlet(a, lexicon, outlet)) return;
      add(outlet, "credit", hit.rule->id, hit.rule->confidence, std::move(evidence));
      return;
    }
    if (PageIsNamed(a, name)) return;
    add_unknown(name, hit.rule->id, hit.rule->confidence, std::move(evidence));
  }

  template <typename Add>
  static void DetectJsonLd(const DetectionContext& context, const OutletLexicon& lexicon, Add& add) {
    if (context.article.json_ld.empty()) return;
    boost::system::error_code ec;
    const json::value root = json::parse(context.article.json_ld, ec);
    if (ec) return;
    const std::vector<const json::object*> others = OtherArticles(root, context.article);
    std::vector<const json::value*> stack{&root};
    size_t visited = 0;
    while (!stack.empty() && ++visited < 10000) {
      const json::value* v = stack.back();
      stack.pop_back();
      if (v->is_array()) {
        for (const json::value& item : v->as_array()) stack.push_back(&item);
        continue;
      }
      if (!v->is_object()) continue;
      // A picture's or a video's author is its photographer or picture agency.
      if (IsMediaObject(v->as_object())) continue;
      if (std::find(others.begin(), others.end(), &v->as_object()) != others.end()) continue;
      for (const auto& [key, value] : v->as_object()) {
        // The origin of the content: any outlet but the page's own. A provider, an
        // author, a creator or the copyright holder counts when it is an agency (a
        // newspaper names itself or its parent company there); an author may name
        // the agency after the person ("Jane Doe, Reuters").
        const bool source = key == "sourceOrganization" || key == "isBasedOn" || key == "isBasedOnUrl";
        if (source || key == "author" || key == "creator" || key == "provider" || key == "copyrightHolder") {
          std::vector<std::string> names = NamesIn(value);
          // The work this one is based on names its own publisher and author.
          if (key == "isBasedOn") {
            for (const json::value* based : ObjectsIn(value)) {
              for (const char* inner : {"publisher", "author", "creator", "sourceOrganization"}) {
                if (const json::value* n = based->as_object().if_contains(inner)) {
                  for (std::string& name : NamesIn(*n)) names.push_back(std::move(name));
                }
              }
            }
          }
          for (const std::string& name : names) {
            const Outlet* o = source ? lexicon.FindByAlias(name) : OutletAsAuthor(lexicon, name);
            if (o == nullptr && source) o = lexicon.FindByDomain(UrlHost(name));
            if (o == nullptr && !source) o = AgencyAfterAuthorName(lexicon, name);
            if (o == nullptr || o->ambiguous) continue;
            o = lexicon.Canonical(o);
            // An author is a credit only when it is an agency: a newspaper naming
            // itself as author is the page's own byline.
            if (!source && o->kind != "wire_agency") continue;
            if (o->kind != "wire_agency" && PageIsOutlet(context.article, lexicon, *o)) continue;
            add(*o, "credit", "wa.json-ld." + std::string(key), 0.9,
                Evidence{std::string(key) + ": " + name, 0, 0, "meta"});
          }
        } else if ((value.is_object() || value.is_array()) && IsArticleContainerKey(key)) {
          stack.push_back(&value);
        }
      }
    }
  }

  // The article objects (a @type ending in Article, Posting or Report) at the
  // places IsArticleContainerKey reads that describe another article than the
  // page's: when there are several, those whose url, @id or mainEntityOfPage is
  // not the page's canonical URL and whose headline is not its title (a teaser
  // list or a second story printed as a block of its own); when none of them is
  // recognisably the page's, all but the first.
  static std::vector<const json::object*> OtherArticles(const json::value& root, const Article& a) {
    std::vector<const json::object*> articles;
    std::vector<const json::value*> stack{&root};
    size_t visited = 0;
    while (!stack.empty() && ++visited < 10000) {
      const json::value* v = stack.back();
      stack.pop_back();
      if (v->is_array()) {
        for (auto it = v->as_array().rbegin(); it != v->as_array().rend(); ++it) stack.push_back(&*it);
        continue;
      }
      if (!v->is_object()) continue;
      if (IsArticleObject(v->as_object())) articles.push_back(&v->as_object());
      for (const auto& [key, value] : v->as_object()) {
        if ((value.is_object() || value.is_array()) && IsArticleContainerKey(key) && key != "liveBlogUpdate") {
          stack.push_back(&value);
        }
      }
    }
    if (articles.size() < 2) return {};
    std::vector<const json::object*> others;
    for (const json::object* o : articles) {
      if (!IsThePagesArticle(*o, a)) others.push_back(o);
    }
    if (others.size() == articles.size()) others.erase(others.begin());
    return others;
  }

  static bool IsArticleObject(const json::object& o) {
    const json::value* type = o.if_contains("@type");
    std::vector<std::string_view> types;
    if (type && type->is_string()) types.push_back(type->as_string());
    if (type && type->is_array()) {
      for (const json::value& t : type->as_array()) {
        if (t.is_string()) types.push_back(t.as_string());
      }
    }
    return std::any_of(types.begin(), types.end(), [](std::string_view t) {
      return t.ends_with("Article") || t.ends_with("Posting") || t.ends_with("Report");
    });
  }

  // An address without its scheme, "www.", query, fragment and trailing slash.
  static std::string AddressKey(std::string_view url) {
    std::string u = AsciiLower(TrimAscii(url));
    if (const size_t scheme = u.find("://"); scheme != std::string::npos) u.erase(0, scheme + 3);
    if (u.starts_with("www.")) u.erase(0, 4);
    if (const size_t cut = u.find_first_of("?#"); cut != std::string::npos) u.resize(cut);
    while (!u.empty() && u.back() == '/') u.pop_back();
    return u;
  }

  static bool IsThePagesArticle(const json::object& o, const Article& a) {
    const std::string page = AddressKey(a.canonical_url);
    for (const char* key : {"url", "@id", "mainEntityOfPage"}) {
      const json::value* v = o.if_contains(key);
      if (v && v->is_object()) v = v->as_object().if_contains("@id");
      if (v && v->is_string() && !page.empty() && AddressKey(v->as_string()) == page) return true;
    }
    const json::value* headline = o.if_contains("headline");
    return headline && headline->is_string() && !a.title.empty() &&
           AsciiLower(CollapseWhitespace(headline->as_string())) == AsciiLower(CollapseWhitespace(a.title));
  }

  // Keys under which the page's own article stands: a graph, the main entity of a
  // WebPage, the posts of a live blog. Every other nested object describes
  // something else, whose author is not this text's source: a picture or a video
  // ("image", "associatedMedia"), another article (an ItemList's
  // "itemListElement", "relatedLink", "hasPart", "mentions", "citation"), a
  // comment or a review.
  static bool IsArticleContainerKey(std::string_view key) {
    for (const std::string_view own : {"@graph", "mainEntity", "mainEntityOfPage", "liveBlogUpdate"}) {
      if (key == own) return true;
    }
    return false;
  }

  static bool IsMediaObject(const json::object& o) {
    const json::value* type = o.if_contains("@type");
    if (type == nullptr || !type->is_string()) return false;
    const std::string_view t = type->as_string();
    return t == "ImageObject" || t == "VideoObject" || t == "MediaObject" || t == "AudioObject" || t == "Photograph";
  }

  // The objects of a value that is an object or an array of them.
  static std::vector<const json::value*> ObjectsIn(const json::value& v) {
    std::vector<const json::value*> out;
    if (v.is_object()) out.push_back(&v);
    if (v.is_array()) {
      for (const json::value& item : v.as_array()) {
        if (item.is_object()) out.push_back(&item);
      }
    }
    return out;
  }

  // Strings naming an organisation: a string, {"name": ...}, {"url": ...}, or arrays of them.
  static std::vector<std::string> NamesIn(const json::value& v) {
    std::vector<std::string> names;
    if (v.is_string()) names.emplace_back(v.as_string());
    if (v.is_object()) {
      for (const char* key : {"name", "url", "@id"}) {
        if (const json::value* n = v.as_object().if_contains(key); n && n->is_string()) names.emplace_back(n->as_string());
      }
    }
    if (v.is_array()) {
      for (const json::value& item : v.as_array()) {
        for (std::string& n : NamesIn(item)) names.push_back(std::move(n));
      }
    }
    return names;
  }
};

// Author bios: a templated blurb about the author at the start or the end of the
// body, in the boilerplate or the byline, or in an author box the extractor found
// by its place (Article::author_boxes) whose wording an "author_box" rule
// recognises. One signal per page; content-farm evidence (generic praise,
// machine-made names, an outlet's own account describing itself) makes the whole
// bio generic.
class AuthorBioDetector : public Detector {
 public:
  std::string_view name() const override { return "author_bio_boilerplate"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    const Article& a = context.article;
    Signal signal;
    signal.type = kSignalAuthorBio;
    // A box's own wording names the kind more precisely than a phrase rule read
    // over the same text; generic evidence from either makes the bio generic.
    std::string phrase_kind, box_kind, author, box_author;
    BoxVotes votes;
    auto take = [&](const RuleHit& hit, Evidence evidence, std::string& kind) {
      if (signal.evidence.empty()) signal.rule = hit.rule->id;
      signal.evidence.push_back(std::move(evidence));
      signal.confidence = std::max(signal.confidence, hit.rule->confidence);
      Rank(hit.fields, kind);
    };
    const std::set<size_t> lists = ListsOfPeople(a, context.hits);
    // A phrase hit outside the author boxes that may be a bio, by its place.
    auto placed = [&](const RuleHit& hit) {
      if (hit.rule->type != kSignalAuthorBio || hit.where == "author_box") return false;
      if (hit.where == "boilerplate" && lists.count(hit.block) > 0) return false;
      if (hit.where == "body" && !a.blocks.empty() && hit.block >= kEdgeBlocks &&
          hit.block + kEdgeBlocks < a.blocks.size()) {
        return false;  // in the middle of the article: text about someone, not a bio
      }
      // A short article (2 * kEdgeBlocks blocks or fewer) has no middle: there a
      // line about someone who is not among the listed authors ("Ola Nordmann is a
      // reporter at ...", an interviewee) closes the text only as its last block.
      if (hit.where == "body" && a.blocks.size() <= 2 * kEdgeBlocks && hit.block + 1 < a.blocks.size() &&
          !a.authors.empty() && NamesSomeone(hit.fields) && NamedAuthors(a, hit.fields) == 0) {
        return false;
      }
      // On a page that lists its authors, a line about someone who is not among them
      // counts only where a closing sign-off stands (the body's last blocks, the run
      // right after it): by the byline it presents an interview's guest or a
      // profile's subject, in a rail of cards another writer.
      if (!a.authors.empty() && NamesSomeone(hit.fields) && !CapturesAnAuthor(a, hit.fields) && !AtTheEnd(a, hit)) {
        return false;
      }
      // A readers' comment (found by its shape or its markup) is a reader's text,
      // whoever signs it: the author's reply in a thread is no bio either.
      if (hit.where == "boilerplate" && hit.block < a.boilerplate.size() &&
          a.boilerplate[hit.block].role == "comments") {
        return false;
      }
      // Phrasings that also describe quoted experts count only about a named author
      // -- or, on a page that names no author, as its closing line (a guest
      // op-ed signed only by "X es politólogo e investigador en ..." after the text).
      if (JsonTrue(hit.fields, "author_must_match") && !NamesAnAuthor(a, hit.fields) &&
          !(a.authors.empty() && AtTheEnd(a, hit))) {
        return false;
      }
      // A heading ("About the author", a bold label left in the text) is a bio
      // only over lines about a person.
      if (JsonTrue(hit.fields, "heading") && !HeadsLinesAboutAPerson(a, hit, context.hits)) return false;
      // A closing line that names nobody ("The writer is a former ambassador.")
      // is the author's only at the end: the body's last blocks, or the run right
      // after the last paragraph; as the lede it is about a book's author.
      return !JsonTrue(hit.fields, "closing") || AtTheEnd(a, hit);
    };
    // When a phrase names one of the article's authors, a phrase naming someone
    // else beside it ("Ola Nordmann is a reporter ..." on an obituary's card
    // before the author's own line) describes that other person: left out, so the
    // evidence and the author are the listed author's.
    const bool names_listed = std::any_of(context.hits.begin(), context.hits.end(), [&](const RuleHit& hit) {
      return placed(hit) && NamedAuthors(a, hit.fields) > 0;
    });
    for (const RuleHit& hit : context.hits) {
      if (!placed(hit)) continue;
      if (names_listed && NamedAuthors(a, hit.fields) == 0 && NamesSomeone(hit.fields)) continue;
      take(hit, EvidenceOf(hit), phrase_kind);
      for (const char* key : {"author", "author2"}) {
        const json::value* n = hit.fields.if_contains(key);
        if (author.empty() && n && n->is_string()) author = std::string(n->as_string());
      }
    }
    for (size_t b = 0; b < a.author_boxes.size(); ++b) {
      const AuthorBox& box = a.author_boxes[b];
      std::vector<const RuleHit*> hits;
      for (const RuleHit& hit : context.hits) {
        // Not a hit in a line's opening label ("Editor's note:"); a rule marked
        // "house" reads an outlet's blurb in words that also end a person's line
        // ("موقع إخباري مستقل" / "صحفي في موقع إخباري"): only in the house account's box.
        if (hit.rule->type == kSignalAuthorBio && hit.where == "author_box" && hit.block == b &&
            (JsonTrue(hit.fields, "heading") || !InFieldLabel(box.text, hit)) &&
            (box.house || !JsonTrue(hit.fields, "house"))) {
          hits.push_back(&hit);
        }
      }
      if (!BoxIsBio(box, hits)) continue;
      // The outlet's own account (a box signed with the site's or the publisher's
      // name) is a house blurb when its wording describes an outlet, not a person:
      // a generic rule ("X is the region's leading daily", "widely read newspaper").
      if (box.house && std::none_of(hits.begin(), hits.end(), [](const RuleHit* hit) { return KindOf(hit->fields) == "generic"; })) {
        continue;
      }
      for (const RuleHit* hit : hits) {
        take(*hit, LineEvidence(box, *hit), box_kind);
        votes.Add(hit->fields);
      }
      box_kind = votes.Kind();
      if (box_author.empty()) box_author = box.author;
      if (box.house) box_kind = "generic";
    }
    if (signal.evidence.empty()) return;
    // A phrase's capture may run past the name ("Jane Doe Jane Doe is ..." when the
    // name line and the sentence meet in one block); a box names a listed author.
    if (!box_author.empty() && (author.empty() || !IsListedAuthor(a, author))) author = box_author;
    const std::string kind = phrase_kind == "generic" || box_kind.empty() ? phrase_kind : box_kind;
    if (author.empty() && !a.authors.empty()) author = a.authors.front().value;
    signal.fields["author"] = author.empty() ? json::value(nullptr) : json::value(author);
    signal.fields["kind"] = kind;
    out.push_back(std::move(signal));
  }

 private:
  static constexpr size_t kEdgeBlocks = 3;
  static constexpr size_t kMaxFieldLabelWords = 4;

  // Whether a hit stands at the end of the text: in the body's last kEdgeBlocks
  // blocks, or in the run of lines right after the last paragraph.
  static bool AtTheEnd(const Article& a, const RuleHit& hit) {
    if (hit.where == "body") return hit.block + kEdgeBlocks >= a.blocks.size();
    if (hit.where == "boilerplate") return hit.block < a.boilerplate.size() && a.boilerplate[hit.block].after_body;
    return false;
  }

  // Whether what follows a heading rule's hit outside the author boxes ("About
  // the author" on a line of its own, or run on into a name) is about a person:
  // another bio phrase reads it (a role, a beat, a base, books, a career), of a
  // listed author or of nobody named; or it names one of the article's authors
  // -- the full name, the given name or the surname -- beside a line that is a
  // sentence; or, on a page that lists no author, its first line reads as a name
  // and the next is a sentence ("About the author" / "Skipper" / "I write about
  // the sea."). A label over a paragraph of the article, a list of links, the
  // name alone or nothing is no bio. What follows: the rest of the heading's line
  // and block, then in the body the next two blocks (a name line, then the bio)
  // and, when they close the text, the run of lines right after it; in the
  // boilerplate and the byline the next block. The author boxes are judged apart
  // (BoxIsBio): the box finder reads their lines.
  static bool HeadsLinesAboutAPerson(const Article& a, const RuleHit& heading, const std::vector<RuleHit>& hits) {
    std::string_view block_text;
    size_t last = heading.block;  // the last block of heading.where in the span
    bool after_body = false;      // the span takes in the run of lines after the body
    if (heading.where == "body") {
      if (heading.block >= a.blocks.size()) return false;
      last = std::min(heading.block + 2, a.blocks.size() - 1);
      after_body = last + 1 == a.blocks.size();
      block_text = std::string_view(a.text).substr(0, a.blocks[last].end);
    } else {
      const bool boilerplate = heading.where == "boilerplate";
      const size_t n = boilerplate ? a.boilerplate.size() : a.byline_lines.size();
      if (heading.block >= n) return false;
      block_text = boilerplate ? a.boilerplate[heading.block].text : a.byline_lines[heading.block];
      last = std::min(heading.block + 1, n - 1);
    }
    const size_t first_after_body = FirstAfterBody(a);
    auto in_span = [&](const RuleHit& hit) {
      if (hit.where == heading.where) {
        return hit.block == heading.block ? hit.start >= heading.end : hit.block > heading.block && hit.block <= last;
      }
      return after_body && hit.where == "boilerplate" && hit.block == first_after_body;
    };
    // Not a phrase about someone the page does not list ("Ola Nordmann is a
    // reporter ...": another writer's card under the label).
    const bool read = std::any_of(hits.begin(), hits.end(), [&](const RuleHit& hit) {
      return &hit != &heading && hit.rule->type == kSignalAuthorBio && hit.where != "author_box" &&
             !JsonTrue(hit.fields, "heading") && in_span(hit) &&
             (a.authors.empty() || !NamesSomeone(hit.fields) || CapturesAnAuthor(a, hit.fields));
    });
    if (read) return true;
    if (heading.start > block_text.size()) return false;
    // From the heading on: a name run into its line is the name's.
    std::string span(block_text.substr(heading.start));
    if (heading.where != "body" && last > heading.block) {
      span.append("\n").append(heading.where == "boilerplate" ? a.boilerplate[last].text : a.byline_lines[last]);
    }
    if (after_body && first_after_body < a.boilerplate.size()) {
      span.append("\n").append(a.boilerplate[first_after_body].text);
    }
    std::vector<std::string_view> lines;
    for (std::string_view line : Split(span, '\n')) {
      line = TrimAscii(line);
      if (!line.empty()) lines.push_back(line);
    }
    auto sentence = [](std::string_view line) {
      const size_t words = CountWords(line);
      return (words >= 4 && EndsSentence(line)) || words >= 8;
    };
    if (a.authors.empty()) {
      return lines.size() >= 3 && IsNameShaped(lines[1]) && EndsSentence(lines[2]) && CountWords(lines[2]) >= 4;
    }
    return std::any_of(lines.begin(), lines.end(), sentence) && NamesAnAuthorIn(a, AsciiLower(span));
  }

  // A line that reads as a person's name: one to four words, each opening with a
  // capital, no digit and no sentence; a single word not all in capitals (an
  // agency's "AFP" is none).
  static bool IsNameShaped(std::string_view line) {
    if (line.size() > 48 || EndsSentence(line)) return false;
    const std::vector<std::string_view> words = Split(line, ' ');
    if (words.size() > 4) return false;
    size_t capitals = 0, letters = 0;
    for (const std::string_view w : words) {
      size_t k = 0;
      if (w.empty() || !IsCapitalLetter(NextCodePoint(w, k))) return false;
      for (k = 0; k < w.size();) {
        const char32_t cp = NextCodePoint(w, k);
        if ((cp >= '0' && cp <= '9') ||
            (!IsWordCodePoint(cp) && cp != '-' && cp != '.' && cp != '\'' && cp != 0x2019)) {
          return false;
        }
        if (IsWordCodePoint(cp)) ++letters;
        if (IsCapitalLetter(cp)) ++capitals;
      }
    }
    return words.size() > 1 || capitals < letters;
  }

  // The first block of the run of lines right after the body, or the number of
  // boilerplate blocks when there is none.
  static size_t FirstAfterBody(const Article& a) {
    for (size_t b = 0; b < a.boilerplate.size(); ++b) {
      if (a.boilerplate[b].after_body) return b;
    }
    return a.boilerplate.size();
  }

  // Whether `lower` (ASCII lower case) holds a listed author's full name, given
  // name or surname (three letters or more) as a word of its own.
  static bool NamesAnAuthorIn(const Article& a, std::string_view lower) {
    auto word_at = [&](std::string_view word) {
      auto edge = [](char c) {
        return !std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80;
      };
      for (size_t at = lower.find(word); at != std::string_view::npos; at = lower.find(word, at + 1)) {
        const size_t end = at + word.size();
        if ((at == 0 || edge(lower[at - 1])) && (end == lower.size() || edge(lower[end]))) return true;
      }
      return false;
    };
    for (const SourcedValue& listed : a.authors) {
      const std::string name = AsciiLower(CollapseWhitespace(listed.value));
      if (name.empty()) continue;
      if (word_at(name)) return true;
      const size_t first_end = name.find(' ');
      if (first_end == std::string::npos) continue;
      const std::string_view given = std::string_view(name).substr(0, first_end);
      const std::string_view surname = std::string_view(name).substr(name.rfind(' ') + 1);
      if ((given.size() >= 3 && word_at(given)) || (surname.size() >= 3 && word_at(surname))) return true;
    }
    return false;
  }

  // A hit's "kind" field; "staff" when it has none.
  static std::string KindOf(const json::object& fields) {
    const json::value* k = fields.if_contains("kind");
    return k && k->is_string() ? std::string(k->as_string()) : "staff";
  }

  // The kind the hits in author boxes name: generic filler or a house account
  // over everything; a contributor's status ("freelance", "guest columnist") over
  // a newsroom role; a newsroom role ("reporter at", "covers") over an
  // occupation outside the newsroom ("author of", "professor", "founder of",
  // rules marked "occupation"), which makes a contributor only on its own. A
  // phrase after the name ("is a ...") names no newsroom role by itself.
  struct BoxVotes {
    bool generic = false, contributor = false, role = false, occupation = false;
    void Add(const json::object& fields) {
      const std::string kind = KindOf(fields);
      if (kind == "generic") generic = true;
      if (kind == "contributor") (JsonTrue(fields, "occupation") ? occupation : contributor) = true;
      if (kind == "staff" && !JsonTrue(fields, "after_name") && !JsonTrue(fields, "heading")) role = true;
    }
    std::string Kind() const {
      if (generic) return "generic";
      if (contributor) return "contributor";
      if (role) return "staff";
      return occupation ? "contributor" : "staff";
    }
  };

  // generic > contributor > staff (the default).
  static void Rank(const json::object& fields, std::string& kind) {
    const std::string hit_kind = KindOf(fields);
    if (kind.empty() || hit_kind == "generic" || (hit_kind == "contributor" && kind == "staff")) kind = hit_kind;
  }

  // A box found by its markup or its shape (a name card), or shown from the
  // author's JSON-LD description, is a bio when any author_box rule recognises its
  // description; one found only because it opens with the author's name needs a
  // rule marked after_name ("is a ... reporter", "covers", "ist Redakteur")
  // right after the name.
  static bool BoxIsBio(const AuthorBox& box, const std::vector<const RuleHit*>& hits) {
    if (box.cue == "markup" || box.cue == "schema" || box.cue == "card") return !hits.empty();
    // A block opening with the outlet's own name (the house account signing the
    // article) says nothing of a person after it: what makes it a bio is a
    // generic rule reading the outlet's blurb ("Harbour Times is an independent
    // news site ..."), which the caller requires of every house box.
    if (box.cue == "name" && box.house) {
      return std::any_of(hits.begin(), hits.end(), [](const RuleHit* hit) { return KindOf(hit->fields) == "generic"; });
    }
    if (box.cue == "heading") {
      // The heading line must say what the box is ("About the author"), or the line
      // under it opens with the author's name and goes on about them ("Disclosure
      // statement" over "Jane Doe is an associate professor of ..."), as a block
      // found by the name would.
      return std::any_of(hits.begin(), hits.end(), [&](const RuleHit* hit) {
        return (JsonTrue(hit->fields, "heading") && hit->start == 0) || AfterANameOpeningALine(box, *hit);
      });
    }
    return std::any_of(hits.begin(), hits.end(), [&](const RuleHit* hit) {
      if (!JsonTrue(hit->fields, "after_name") || hit->start < box.name_end) return false;
      return IsNameTrailer(std::string_view(box.text).substr(box.name_end, hit->start - box.name_end));
    });
  }

  // Whether an after_name hit stands right after the author's name opening the line
  // right under the heading (the box's first line); a name further down is one of
  // a list's ("Meet the team" over several people's cards).
  static bool AfterANameOpeningALine(const AuthorBox& box, const RuleHit& hit) {
    if (!JsonTrue(hit.fields, "after_name") || box.author.empty() || hit.start > box.text.size()) return false;
    const size_t nl = box.text.find('\n');
    if (nl == std::string::npos || nl >= hit.start || box.text.find('\n', nl + 1) < hit.start) return false;
    const size_t name_end = nl + 1 + box.author.size();
    if (box.text.compare(nl + 1, box.author.size(), box.author) != 0 || hit.start < name_end) return false;
    return IsNameTrailer(std::string_view(box.text).substr(name_end, hit.start - name_end));
  }

  // What may stand between an author's name and the phrase that goes on about
  // them: spaces and a comma, or a handle or an address in brackets ("Jane Doe
  // (@janedoe) is ...", "Jane Doe (jane@example.org) is ...").
  static bool IsNameTrailer(std::string_view gap) {
    const size_t first = gap.find_first_not_of(" ,");
    if (first == std::string_view::npos) return gap.size() <= 3;
    const size_t last = gap.find_last_not_of(" ,");
    const std::string_view bracket = gap.substr(first, last - first + 1);
    return bracket.size() >= 3 && bracket.size() <= 64 && bracket.front() == '(' && bracket.back() == ')' &&
           bracket.find_first_of(" ()", 1) == bracket.size() - 1 && first <= 2 && gap.size() - last <= 3;
  }

  // Whether a hit lies in the label that opens its line: a few words, then a colon
  // ("Editor's note:", "Anmerkung der Redaktion:", "編集部注：", "Reporter: Jane
  // Doe"). A role word there names a notice or a credit field, not what the author
  // is; a heading rule's hit ("About the author:") still says what the box is.
  static bool InFieldLabel(std::string_view text, const RuleHit& hit) {
    if (hit.start > text.size()) return false;
    const size_t nl = text.rfind('\n', hit.start);
    const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    const std::string_view line = text.substr(start, text.find('\n', start) - start);
    const size_t ascii = line.find(':');
    const size_t wide = line.find("\xEF\xBC\x9A");  // ：
    const size_t colon = std::min(ascii, wide);
    // A rule's closing boundary may take the colon itself ("(?:[^\p{L}]|$)").
    const size_t label_end = colon == std::string_view::npos ? colon : colon + (colon == ascii ? 1 : 3);
    if (colon == std::string_view::npos || hit.end > start + label_end) return false;
    return CountWords(line.substr(0, colon)) <= kMaxFieldLabelWords;
  }

  // The box's line that holds the hit, with offsets into the box's text.
  static Evidence LineEvidence(const AuthorBox& box, const RuleHit& hit) {
    const std::string_view text = box.text;
    const size_t nl = text.rfind('\n', hit.start);
    const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    size_t end = text.find('\n', hit.start);
    if (end == std::string_view::npos) end = text.size();
    return {std::string(text.substr(start, end - start)), start, end, box.where};
  }

  // How many of the names a hit captured ("author", "author2") are the article's
  // authors.
  static int NamedAuthors(const Article& a, const json::object& fields) {
    int listed = 0;
    for (const char* key : {"author", "author2"}) {
      const json::value* n = fields.if_contains(key);
      if (n != nullptr && n->is_string() && IsListedAuthor(a, n->as_string())) ++listed;
    }
    return listed;
  }

  // Whether a name the hit captured shows one of the article's authors.
  static bool CapturesAnAuthor(const Article& a, const json::object& fields) {
    for (const char* key : {"author", "author2"}) {
      const json::value* n = fields.if_contains(key);
      if (n != nullptr && n->is_string() && ShowsAnAuthor(a, n->as_string())) return true;
    }
    return false;
  }

  // Whether `captured` shows one of the article's authors: holds the listed name (a
  // capture may run past it: "Jane Doe Jane Doe" when a name link and the sentence
  // meet in one block), or its first and last words ("Jane Doe" for "Jane A. Doe").
  static bool ShowsAnAuthor(const Article& a, std::string_view captured_name) {
    const std::string captured = " " + AsciiLower(CollapseWhitespace(captured_name)) + " ";
    for (const SourcedValue& listed : a.authors) {
      const std::string name = AsciiLower(CollapseWhitespace(listed.value));
      if (name.empty()) continue;
      if (captured.find(name) != std::string::npos) return true;
      const size_t first_end = name.find(' ');
      const size_t last_start = name.rfind(' ');
      if (first_end == std::string::npos) continue;
      if (captured.find(" " + name.substr(0, first_end) + " ") != std::string::npos &&
          captured.find(" " + name.substr(last_start + 1) + " ") != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  // The boilerplate blocks that are lists of people (a rail of writers' cards, "Meet
  // the team"): their phrase hits describe two or more people besides the article's
  // authors, and more of them than of the authors. The author's entry in such a
  // list is no bio, as the box finder's InListOfPeople says of its cards.
  static std::set<size_t> ListsOfPeople(const Article& a, const std::vector<RuleHit>& hits) {
    std::map<size_t, std::pair<std::set<std::string>, std::set<std::string>>> named;  // block -> (others, authors)
    for (const RuleHit& hit : hits) {
      if (hit.rule->type != kSignalAuthorBio || hit.where != "boilerplate") continue;
      for (const char* key : {"author", "author2"}) {
        const json::value* n = hit.fields.if_contains(key);
        if (n == nullptr || !n->is_string() || n->as_string().empty()) continue;
        const std::string name = AsciiLower(CollapseWhitespace(n->as_string()));
        auto& [others, authors] = named[hit.block];
        (ShowsAnAuthor(a, name) ? authors : others).insert(name);
      }
    }
    std::set<size_t> lists;
    for (const auto& [block, people] : named) {
      if (people.first.size() >= 2 && people.first.size() > people.second.size()) lists.insert(block);
    }
    return lists;
  }

  // The hit captured a name ("author" or "author2").
  static bool NamesSomeone(const json::object& fields) {
    for (const char* key : {"author", "author2"}) {
      const json::value* n = fields.if_contains(key);
      if (n != nullptr && n->is_string() && !n->as_string().empty()) return true;
    }
    return false;
  }

  // The hit's "author" is one of the article's authors (case and spacing aside).
  static bool NamesAnAuthor(const Article& a, const json::object& fields) {
    const json::value* n = fields.if_contains("author");
    return n != nullptr && n->is_string() && IsListedAuthor(a, n->as_string());
  }

  static bool IsListedAuthor(const Article& a, std::string_view author) {
    const std::string name = AsciiLower(CollapseWhitespace(author));
    return std::any_of(a.authors.begin(), a.authors.end(), [&](const SourcedValue& listed) {
      return AsciiLower(CollapseWhitespace(listed.value)) == name;
    });
  }
};

// Families whose phrase is the whole finding: one signal per hit, except encoding
// damage, which is one signal per page with every damaged span as evidence.
class PhraseDetector : public Detector {
 public:
  std::string_view name() const override { return "phrases"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    Signal corruption;
    for (const RuleHit& hit : context.hits) {
      const std::string& type = hit.rule->type;
      if (type == kSignalTranslationNotice || type == kSignalInjectedCrossLink || type == kSignalWireAttribution ||
          type == kSignalAuthorBio) {
        continue;  // each has a detector of its own
      }
      if (type == kSignalEncodingCorruption) {
        if (corruption.evidence.empty()) {
          corruption.type = type;
          corruption.rule = hit.rule->id;
          corruption.fields = hit.fields;
        }
        corruption.confidence = std::max(corruption.confidence, hit.rule->confidence);
        corruption.evidence.push_back(EvidenceOf(hit));
        continue;
      }
      Signal s;
      s.type = type;
      s.rule = hit.rule->id;
      s.confidence = hit.rule->confidence;
      s.evidence.push_back(EvidenceOf(hit));
      s.fields = hit.fields;
      out.push_back(std::move(s));
    }
    if (!corruption.evidence.empty()) {
      corruption.fields["spans"] = corruption.evidence.size();
      out.push_back(std::move(corruption));
    }
  }
};

}  // namespace

DetectorSet DetectorSet::Default() {
  DetectorSet set;
  set.Add(std::make_unique<TranslationNoticeDetector>());
  set.Add(NewCrossLinkDetector());
  set.Add(std::make_unique<WireAttributionDetector>());
  set.Add(std::make_unique<AuthorBioDetector>());
  set.Add(std::make_unique<PhraseDetector>());
  return set;
}

std::vector<Signal> DetectorSet::Detect(const Article& article, const RuleSet& rules) const {
  return Detect(article, rules, {}, nullptr);
}

std::vector<Signal> DetectorSet::Detect(const Article& article, const RuleSet& rules,
                                        const std::function<bool()>& expired, bool* stopped) const {
  bool out_of_time = false;
  const std::vector<RuleHit> hits = rules.Match(article, expired, &out_of_time);
  if (stopped) *stopped = out_of_time;
  if (out_of_time) return {};
  const DetectionContext context{article, rules, hits};
  std::vector<Signal> signals;
  for (const auto& detector : detectors_) detector->Detect(context, signals);
  return signals;
}

}  // namespace provscore
