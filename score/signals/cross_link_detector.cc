// Injected cross-links: links that promote other articles, placed inside the
// article body between its paragraphs. A page builds them in many ways, and
// they are read here by structure, whatever the markup was:
//
//  - marked: a marker opening a block ("READ ALSO:", "Lire aussi :", "Czytaj
//    więcej") or a module heading standing alone ("Most read in Sport", "Mehr
//    zum Thema"), with the links of its block, or the headline links that follow
//    it before the next article paragraph (the vocabulary is data, in
//    rules/cross_link.json); a lead-in set off by markup alone (no colon,
//    dash, arrow or bracket) marks only the links that follow it at once and
//    make the rest of its line, so a sentence opening with the same words marks
//    nothing;
//  - unmarked: a recirculation module -- a teaser card, a list of headline
//    links, a related box -- made of blocks that are (nearly) all one link to
//    another article of the same site, or a short list item, box line or heading
//    whose headline link stands beside a kicker ("Opinion | ..."), or a short
//    paragraph of a label and a headline link ("On example.com: <headline>").
//
// What a reader never sees is no promotion: hidden modules never reach the body,
// and a module inside a paywalled continuation (text the page ships hidden until
// the reader is let in, kept as the article's text) counts nothing.
//
// Position. Promotions count only in a gap: the run of blocks between two of
// the article's own paragraphs. The article ends at a closing line (a rule
// marked ends_article); at its tail, teaser snippets (a short paragraph right
// after a card), template text the page prints more than once, and author
// blurbs are not its paragraphs, nor are notes about it (a correction, an
// editor's note, a paragraph held whole in brackets; a rights notice ends it),
// nor are the last paragraphs when they are laid
// out unlike the article's (a comment thread, a comment box's notice: other
// elements around them, whatever the class names say), so a module followed only
// by them is after the body. Hidden modules never reach the body (the extractor drops them).
//
// Not promotions: links inside an article paragraph (in-sentence links), links
// to this page, to this article in another version, or to its own media (a
// photo viewer that carries this article's id, a picture whose caption and
// credit are the link text), section, tag and hub pages, images and files, shop
// and account pages (by a host label or a path segment, never by the words of a
// story's slug), and links a promotional rule matched (an app, a newsletter).
// An embedded player with its teaser never reaches the body as a card (the
// extractor reads it as the article's own media). rules/CROSS-LINK-CONVENTIONS.md
// lists every convention with the code that reads it.
//
// More than eight cards in one gap, or headlines under one heading, are a
// playlist or a feed. One signal per promoted article per gap: an image
// link and a headline link to the same story are one; the same story promoted
// again further down is counted again, but a placement the page prints twice
// (the whole article printed twice) is counted once.
#include "score/signals/cross_link_detector.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/host_name.h"
#include "base/text.h"
#include "score/json_fields.h"
#include "score/rules/outlet_lexicon.h"
#include "score/rules/rule_set.h"
#include "score/story_address.h"

namespace provscore {

// ArticleParagraphs, and beside it the short one-sentence paragraphs that are the
// article's only when they join its text (JoinShortSentences).
std::vector<bool> ArticleParagraphs(const DetectionContext& context, std::vector<bool>* short_sentences);

// A text that sets a short sentence as a paragraph ("The vote was put off again."):
// such a paragraph between the first and the last paragraph of the text is the
// article's when it joins one of them, itself or through a run of such sentences.
// A caption or a call standing alone between boxes is not, nor a widget's run of
// short messages ("Delete this comment?", "Your comment was sent.") that touches no
// paragraph, nor a short line after the last paragraph.
void JoinShortSentences(const std::vector<bool>& short_sentence, std::vector<bool>& paragraph);

namespace {

namespace json = boost::json;

constexpr size_t kHeadlineWords = 3;        // a promoted headline has at least this many words
constexpr size_t kMinSummaryWords = 6;      // a sentence after a headline link that summarises its story
constexpr size_t kMaxCardWords = 40;        // a kicker-and-headline line is short
constexpr size_t kMaxLabelWords = 5;        // a label before a headline ("On example.com:") is a few words
constexpr size_t kMaxRailTitleChars = 40;   // a rail's title ("Le choix de la rédaction", "編集部のおすすめ")
constexpr size_t kMaxLeadInWords = 12;      // a lead-in sentence before a headline ("In case you missed it:")
constexpr size_t kLongHeadlineWords = 5;    // the headline after such a sentence reads as one
constexpr size_t kMaxTagLabelWords = 3;     // a tag line's label ("Tags:", "Filed under:")
constexpr size_t kMaxTagWords = 4;          // a tag names a topic ("Harbour", "European Union")
constexpr size_t kMaxSnippetWords = 30;     // a teaser's snippet is a sentence or two
constexpr size_t kMaxItemsPerMarker = 8;    // a marker promotes a handful of headlines
constexpr size_t kMaxCardLines = 4;         // a card's lines besides its headline (kicker, byline, date, counts)
constexpr size_t kMaxModuleCards = 8;       // more unmarked cards in one gap are a playlist or a feed
constexpr long kMaxLinesAfterBlurb = 2;     // an author blurb at the tail is followed by a line or two at most
constexpr size_t kLayoutSample = 3;         // the opening paragraphs that show how the article's are laid out

std::string_view BlockText(const Article& a, size_t block) {
  const TextBlock& b = a.blocks[block];
  return std::string_view(a.text).substr(b.start, b.end - b.start);
}

bool IsClutterType(std::string_view type) {
  return type == kSignalPromotionalBoilerplate || type == kSignalPageResidue || type == kSignalInjectedCrossLink;
}

// A cross-link rule that names a picture's caption or credit ("Bildrechte:",
// "(Photo: ...)") rather than a marker: a link block carrying it is the
// article's own picture.
bool IsCaptionRule(const RuleHit& hit) {
  return hit.rule->type == kSignalInjectedCrossLink && JsonTrue(hit.rule->fields, "media_caption");
}

std::vector<const BodyLink*> LinksIn(const Article& a, size_t block) {
  std::vector<const BodyLink*> links;
  const TextBlock& b = a.blocks[block];
  for (const BodyLink& link : a.links) {
    if (link.start >= b.start && link.end <= b.end) links.push_back(&link);
  }
  return links;
}

// What sets a lead-in off from what it promotes: a colon, a bar, a dash, an arrow,
// a guillemet, a closing bracket ("Lire aussi :", "Soma pia »", "【関連記事】").
constexpr std::string_view kLeadInSeparators[] = {
    ":", "\xEF\xBC\x9A" /* ： */, "|", "\xC2\xBB" /* » */, "\xE2\x80\xBA" /* › */, "\xE2\x86\x92" /* → */,
    "\xE2\x96\xBA" /* ► */, "\xE2\x96\xB6" /* ▶ */, "\xE2\x9E\xA4" /* ➤ */, "-", "\xE2\x80\x93" /* – */,
    "\xE2\x80\x94" /* — */, "]", "\xE3\x80\x91" /* 】 */};

// A lead-in matched without a separator: set off from its link by markup alone
// ("<b>Soma pia</b> <a>...</a>", "<strong>関連記事</strong><a>...</a>"), or opening
// a sentence that happens to start with the same words ("Voir aussi la carte ...").
bool IsBareLeadIn(const RuleHit& hit) {
  const std::string_view text = TrimAscii(hit.text);
  return std::none_of(std::begin(kLeadInSeparators), std::end(kLeadInSeparators),
                      [&](std::string_view sep) { return text.ends_with(sep); });
}

// A marker rule's hit that marks a promotion. A bare lead-in (no separator) marks
// one only alone on its line (a heading over the links that follow), or when a
// link follows it at once and links make the rest of its line; words between
// them make it a sentence's opening, which marks nothing (unless the rule reads
// an appeal that is a sentence, "opens_sentence").
bool IsMarker(const Article& a, const RuleHit& hit) {
  // A rule that ends the article (a rights notice) marks no promotion.
  if (hit.rule->type != kSignalInjectedCrossLink || hit.where != "body" || IsCaptionRule(hit) ||
      JsonTrue(hit.rule->fields, "ends_article")) {
    return false;
  }
  // A rule for an appeal that is a sentence ("Follow our live coverage of the storm
  // here") promotes the links of its sentence.
  if (JsonTrue(hit.rule->fields, "opens_sentence")) return true;
  if (!IsBareLeadIn(hit) || hit.block >= a.blocks.size()) return true;
  const TextBlock& b = a.blocks[hit.block];
  if (hit.end < b.start || hit.end > b.end) return true;
  const std::string_view text(a.text);
  if (TrimAscii(text.substr(hit.end, b.end - hit.end)).empty()) return true;
  const std::vector<const BodyLink*> links = LinksIn(a, hit.block);
  if (links.empty()) return false;
  // A link that holds the lead-in ("<a><b>Lesen Sie auch</b> Headline</a>").
  if (links.front()->start <= hit.start && links.front()->end > hit.end) return true;
  if (links.front()->start < hit.end) return false;
  if (!TrimAscii(text.substr(hit.end, links.front()->start - hit.end)).empty()) return false;
  // The rest of the line is its links ("DON'T MISS <a>...</a> [NEWS] <a>...</a>"),
  // with a tag or a bracket between them at most.
  size_t link_chars = 0;
  for (const BodyLink* link : links) link_chars += link->end - link->start;
  return link_chars * 4 >= (b.end - hit.end) * 3;
}

// The text before a headline link is a kicker or a label when it ends in a
// separator ("Opinion | ", "Energie: ", "Lire aussi. ", "Warum? ", "„Zitat“ ") or is empty; a
// list item that links the end of its own sentence ("Your list will grow") is no card.
// An item number ("8)", "12.", "#3", "No. 4") is no kicker: it numbers an entry of
// the article's own list (a ranking whose entries link to their own pages).
bool IsItemNumber(std::string_view before) {
  if (before.starts_with("No.")) before.remove_prefix(3);
  before = TrimAscii(before);
  if (before.starts_with("#")) before.remove_prefix(1);
  while (!before.empty() && (before.back() == ')' || before.back() == '.' || before.back() == ':')) before.remove_suffix(1);
  return !before.empty() && before.size() <= 3 &&
         std::all_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A time stamp set before a teaser's headline ("<li><time>04.05.2026</time> <a>…</a>",
// "12:40 <a>…</a>", "4 May 2026"): three words at most that open and end with a
// digit. An item number (IsItemNumber) is shorter; a sentence's "In 2019" opens
// with a word.
bool IsLeadingTimeStamp(std::string_view before) {
  before = TrimAscii(before);
  if (before.size() < 4 || before.size() > 20 || CountWords(before) > 3 || IsItemNumber(before)) return false;
  return before.front() >= '0' && before.front() <= '9' && before.back() >= '0' && before.back() <= '9';
}

bool AfterKicker(std::string_view before) {
  before = TrimAscii(before);
  // Nothing but a bullet, an arrow or an ornament ("► ", "→ ", "⇒ ", "> "): a line
  // that points at its link, however the site draws the pointer.
  if (before.empty() || CountWords(before) == 0) return true;
  if (IsItemNumber(before)) return false;
  if (IsLeadingTimeStamp(before)) return true;
  for (const std::string_view end : {":", "|", "-", ".", "?", "!", ")", "]", "\xC2\xB7" /* · */, "\xE2\x80\xA2" /* • */,
                                     "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "\xC2\xBB" /* » */,
                                     "\xE2\x80\x9C" /* “ */, "\xE2\x80\x9D" /* ” */, "\"", "\xEF\xBC\x9A" /* ： */,
                                     "[", "(", "\xE3\x80\x90" /* 【 */, "\xC2\xAB" /* « */}) {
    if (before.ends_with(end)) return true;
  }
  return false;
}

// The text opens with a capital, a digit or a letter of another script (no case).
bool OpensWithCapital(std::string_view text) {
  text = TrimAscii(text);
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text.front());
  return (c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9');
}

// CountWords, but a run of Hangul syllables is one word: Korean is written with
// spaces between its words ("여객선 요금"), where CountWords counts a syllable a word
// as it does the characters of the unspaced scripts.
size_t HangulRunWords(std::string_view text) {
  size_t words = CountWords(text);
  size_t run = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    if (cp >= 0xAC00 && cp <= 0xD7AF) {
      if (run++ > 0) --words;
    } else {
      run = 0;
    }
  }
  return words;
}

// A kicker set apart from its headline by markup alone, in a list item or a box
// line ("<li><span>Politik</span> <a>Council delays the vote ...</a>"): a word or
// two opening with a capital before a headline of 5+ words that opens with one. A
// list item that links the end of its own sentence ("Check the <a>council's
// timetable</a>") links a clause in lower case.
bool IsBareKicker(std::string_view before, std::string_view anchor) {
  const size_t words = HangulRunWords(before);
  return words >= 1 && words <= 2 && OpensWithCapital(before) && OpensWithCapital(anchor) &&
         CountWords(anchor) >= kLongHeadlineWords;
}

// A teaser's time stamp after its headline ("Aug. 18, 2016", "20 Novembre 2024",
// "12:40"): a few words that open with a digit or a capital and end in a digit.
// A sentence that goes on after its link goes on in lower case ("... in 2019").
bool IsTeaserDate(std::string_view text) {
  text = TrimAscii(text);
  if (text.empty() || text.size() > 30 || CountWords(text) > 4) return false;
  const bool opens = (text.front() >= '0' && text.front() <= '9') || (text.front() >= 'A' && text.front() <= 'Z');
  return opens && text.back() >= '0' && text.back() <= '9';
}

// A tag after a teaser's headline that names the kind of page it promotes
// ("(video)", "[PHOTOS]", "– VIDEO", "| Fotos"), or the lead-in set after the
// headline instead of before it ("– Lesen Sie auch", "(Читайте также)", "（関連記事）",
// "– Olvassa el ezt is"): four words at most and 20 characters, a run of an
// unspaced script one word, in brackets or after a dash or a bar. A sentence that
// goes on after its link has more words, or ends with a full stop.
// The words of a short text, a run of an unspaced script (Han, kana, Thai) one word,
// as a label or a tag reads ("編集部のおすすめ" is one); `chars` gets its characters.
size_t LabelWords(std::string_view text, size_t& chars) {
  size_t words = 0;
  chars = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    ++chars;
    const bool word =
        IsWordCodePoint(cp) || IsUnspacedScript(cp) || (in_word && (cp == '\'' || cp == 0x2019 || cp == '-'));
    if (word && !in_word) ++words;
    in_word = word;
  }
  return words;
}

bool IsTeaserTag(std::string_view text) {
  text = TrimAscii(text);
  if (text.empty() || text.size() > 80 || text.ends_with(".")) return false;
  size_t chars = 0;
  const size_t words = LabelWords(text, chars);
  if (chars > 20 || words > 4) return false;
  if (text.starts_with("\xEF\xBC\x88" /* （ */) && text.ends_with("\xEF\xBC\x89" /* ） */)) return true;
  if ((text.starts_with("(") && text.ends_with(")")) || (text.starts_with("[") && text.ends_with("]"))) return true;
  for (const std::string_view sep : {"-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "|", "\xC2\xB7" /* · */}) {
    if (text.starts_with(sep)) return true;
  }
  return false;
}

// Whether `tag`, a teaser tag after a headline link (IsTeaserTag: "– Read also",
// "(Lesen Sie auch)", "（関連記事）"), is a lead-in a marker rule reads: the tag without
// its dash, bar or brackets, matched alone as a line, is all a read-also lead-in.
// Returns that rule, or nullptr.
const PatternRule* ReadsAsLeadIn(const RuleSet& rules, std::string_view tag) {
  tag = TrimAscii(tag);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"[", "]"},
                                    {"\xEF\xBC\x88" /* （ */, "\xEF\xBC\x89" /* ） */}}) {
    if (tag.starts_with(open) && tag.ends_with(close) && tag.size() >= open.size() + close.size()) {
      tag = tag.substr(open.size(), tag.size() - open.size() - close.size());
      break;
    }
  }
  for (const std::string_view sep : {"-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "|", "\xC2\xB7" /* · */}) {
    if (tag.starts_with(sep)) {
      tag.remove_prefix(sep.size());
      break;
    }
  }
  tag = TrimAscii(tag);
  if (tag.empty()) return nullptr;
  Article probe;
  probe.text = std::string(tag);
  probe.from_html = true;
  TextBlock block;
  block.end = probe.text.size();
  probe.blocks.push_back(block);
  for (const RuleHit& hit : rules.Match(probe)) {
    if (hit.where != "body" || hit.rule->type != kSignalInjectedCrossLink || hit.start != 0 || IsCaptionRule(hit) ||
        JsonTrue(hit.rule->fields, "ends_article") || JsonTrue(hit.rule->fields, "opens_sentence")) {
      continue;
    }
    const std::string_view rest = TrimAscii(std::string_view(probe.text).substr(hit.end));
    if (rest.empty() || rest == ":" || rest == "\xEF\xBC\x9A" /* ： */) return hit.rule;
  }
  return nullptr;
}

// A paragraph that is a label and a headline ("On example.com: <headline>",
// "Opinion | <headline>"): one link of a headline's length that runs to the end
// of the block, after a label of a few words closed by a colon or a bar; or a
// headline link that opens the block and is followed only by its date (a related
// story as "<headline> Aug. 18, 2016"). An article sentence that links its last
// clause has no such label, and one that links its opening clause goes on with words.
bool IsLabelledHeadline(const Article& a, size_t i, const std::vector<const BodyLink*>& links) {
  if (links.size() != 1) return false;
  const TextBlock& b = a.blocks[i];
  const BodyLink& link = *links.front();
  std::string_view after = TrimAscii(std::string_view(a.text).substr(link.end, b.end - link.end));
  if (CountWords(link.anchor) < kHeadlineWords) return false;
  std::string_view label = TrimAscii(std::string_view(a.text).substr(b.start, link.start - b.start));
  // A line held whole in brackets ("[Read: <a>…</a>]", "[See <a>…</a>.]"): the
  // brackets, and a full stop before the closing one, frame the line; its label
  // and what follows its link are read inside them.
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"}, {"(", ")"}}) {
    if (label.starts_with(open) && after.ends_with(close)) {
      label = TrimAscii(label.substr(open.size()));
      after = TrimAscii(after.substr(0, after.size() - close.size()));
      if (after == ".") after = {};
      break;
    }
  }
  if (label.empty() && (IsTeaserDate(after) || IsTeaserTag(after))) return true;
  if ((after.size() > 1 && !IsTeaserTag(after)) || label.empty()) return false;
  // A kicker set apart by markup alone ("<p><strong>Fährpreise</strong> <a>Stadtrat
  // verschiebt …</a></p>", "<p><b>渡轮</b> <a>…</a></p>"): IsCard reads it when the
  // link is (nearly) all the block's bytes, which a long compound or a word of a
  // multi-byte script does not leave it.
  if (after.empty() && IsBareKicker(label, link.anchor)) return true;
  const bool colon = label.ends_with(":") || label.ends_with("\xEF\xBC\x9A" /* ： */);
  const size_t label_words = CountWords(label);
  if (label_words <= kMaxLabelWords) {
    // "Opinion | ", "VIDEO – ", "Análisis · ": a kicker closed by a separator.
    for (const std::string_view sep : {"|", "-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "\xC2\xB7" /* · */,
                                       "\xE2\x80\xA2" /* • */, "\xC2\xBB" /* » */, "\xE2\x80\xBA" /* › */}) {
      if (label.ends_with(sep)) return true;
    }
    return colon;
  }
  // A lead-in sentence that hands over to a headline of its own ("Take a look if
  // you missed it: <headline>"): a few more words, a colon, a headline's length.
  return colon && label_words <= kMaxLeadInWords && CountWords(link.anchor) >= kLongHeadlineWords;
}

// A line of two to four such label-and-headline pairs set apart by a spaced bar or
// bullet ("— Fantasy: <headline> | Odds: <headline>", "Video: <headline> · Live:
// <headline>"): each part is a label of a few words closed by a colon or a
// separator and one headline link that runs to the end of the part. A line of
// links alone ("Home | News"), of short links ("Follow us: <Twitter> | <Facebook>")
// or of sentences is none.
bool IsLabelledHeadlinePairs(const Article& a, size_t i, const std::vector<const BodyLink*>& links) {
  constexpr size_t kMaxPairs = 4;
  if (links.size() < 2 || links.size() > kMaxPairs) return false;
  const TextBlock& b = a.blocks[i];
  size_t from = b.start;
  for (size_t n = 0; n < links.size(); ++n) {
    const BodyLink& link = *links[n];
    if (CountWords(link.anchor) < kHeadlineWords) return false;
    const size_t to = n + 1 < links.size() ? links[n + 1]->start : b.end;
    const std::string_view between = TrimAscii(std::string_view(a.text).substr(link.end, to - link.end));
    std::string_view label = TrimAscii(std::string_view(a.text).substr(from, link.start - from));
    if (n > 0) {  // the separator that opens the part, then its label
      bool separated = false;
      for (const std::string_view sep : {"|", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */}) {
        if (label.starts_with(sep)) {
          label = TrimAscii(label.substr(sep.size()));
          separated = true;
          break;
        }
      }
      if (!separated) return false;
    }
    const bool closed = label.ends_with(":") || label.ends_with("\xEF\xBC\x9A" /* ： */);
    if (label.empty() || !closed || CountWords(label) > kMaxLabelWords) return false;
    if (n + 1 == links.size() && !between.empty()) return false;  // the last headline ends the line
    from = link.end;
  }
  return true;
}

// A module's title set in the line of its cards ("<div><span>Editors' picks</span>
// <a><img>Headline</a> <a><img>Headline</a></div>"): a label of a few words (LabelWords) that
// opens with a capital and ends no sentence, then two or more headline links that
// make the rest of the line, in a <div> or a <p> alike. A line of prose links its
// clauses between words.
bool IsTitledRail(const Article& a, size_t i, const std::vector<const BodyLink*>& links) {
  if (links.size() < 2) return false;
  const TextBlock& b = a.blocks[i];
  const std::string_view text(a.text);
  const std::string_view label = TrimAscii(text.substr(b.start, links.front()->start - b.start));
  size_t chars = 0;
  if (label.empty() || LabelWords(label, chars) > kMaxLabelWords || chars > kMaxRailTitleChars ||
      EndsSentence(label) || !OpensWithCapital(label)) {
    return false;
  }
  size_t from = links.front()->start;
  for (const BodyLink* link : links) {
    if (CountWords(link->anchor) < kHeadlineWords || !TrimAscii(text.substr(from, link->start - from)).empty()) {
      return false;
    }
    from = link->end;
  }
  return TrimAscii(text.substr(from, b.end - from)).empty();
}

// A card: a block that is (nearly) all one or more links, or a short list item,
// box line or heading whose headline link stands beside a kicker or a label, or a
// rail of headline links after its title (IsTitledRail).
// An article paragraph with a linked clause is never a card, nor is a table cell.
bool IsCard(const Article& a, size_t i) {
  const TextBlock& b = a.blocks[i];
  // A link in a table cell names an entry of the table (a title beside its year
  // and a note), the article's own data rather than a teaser.
  if (b.link_count == 0 || b.kind == TextBlock::Kind::kCell) return false;
  const size_t length = b.end - b.start;
  const std::vector<const BodyLink*> links = LinksIn(a, i);
  if (b.link_chars * 20 >= length * 17) {  // (nearly) all link, unless it links the end of a sentence
    if (links.empty()) return true;
    const std::string_view before = std::string_view(a.text).substr(b.start, links.front()->start - b.start);
    // A flag set apart by markup alone ("<span>Updated</span><a>Police name ...</a>",
    // read "UpdatedPolice name ...") is a kicker too; a rank ("21) <a>Film title</a>")
    // heads an entry of the article's own list.
    const std::string_view flag = TrimAscii(before);
    if (AfterKicker(before) ||
        (!flag.empty() && !(flag.front() >= '0' && flag.front() <= '9') && IsBareKicker(flag, links.front()->anchor))) {
      return true;
    }
    // A paragraph may still be a label and its headline framed by brackets ("[See
    // <a>…</a>.]"), which IsLabelledHeadline reads.
    if (b.kind != TextBlock::Kind::kParagraph && b.kind != TextBlock::Kind::kQuote) return false;
  }
  if (CountWords(BlockText(a, i)) > kMaxCardWords) return false;
  if (b.kind == TextBlock::Kind::kParagraph || b.kind == TextBlock::Kind::kQuote) {
    return IsLabelledHeadline(a, i, links) || IsLabelledHeadlinePairs(a, i, links) || IsTitledRail(a, i, links);
  }
  if (IsTitledRail(a, i, links)) return true;
  // An entry whose headline link goes on with a sentence of its own ("<a>Firm
  // confirms the merger.</a> The deal was signed on Monday.") is the article's own
  // summary of the story, as a digest lists them, not a teaser between paragraphs.
  auto goes_on = [&](const BodyLink* link) {
    const std::string_view after = TrimAscii(std::string_view(a.text).substr(link->end, b.end - link->end));
    return CountWords(after) >= kMinSummaryWords && EndsSentence(after);
  };
  return std::any_of(links.begin(), links.end(), [&](const BodyLink* link) {
    const std::string_view before = std::string_view(a.text).substr(b.start, link->start - b.start);
    return CountWords(link->anchor) >= kHeadlineWords && (link->end - link->start) * 5 >= length * 2 &&
           (AfterKicker(before) || IsBareKicker(before, link->anchor)) && !goes_on(link);
  });
}

// The rank of an entry of a numbered module ("Most read": "<li><span>1</span><a>Council
// delays the vote on the harbour bridge</a></li>"): block `i` is an item number and one
// headline link of 5+ words, nothing after it but a time stamp. 0 when it is not.
int RankOf(const Article& a, size_t i) {
  const TextBlock& b = a.blocks[i];
  if (b.kind == TextBlock::Kind::kCell || b.link_count != 1) return 0;
  const std::vector<const BodyLink*> links = LinksIn(a, i);
  if (links.size() != 1 || CountWords(links.front()->anchor) < kLongHeadlineWords) return 0;
  const std::string_view text(a.text);
  const std::string_view before = TrimAscii(text.substr(b.start, links.front()->start - b.start));
  const std::string_view after = TrimAscii(text.substr(links.front()->end, b.end - links.front()->end));
  if (!IsItemNumber(before) || (!after.empty() && !IsTeaserDate(after))) return 0;
  int rank = 0;
  for (const char c : before) {
    if (c >= '0' && c <= '9') rank = rank * 10 + (c - '0');
  }
  return rank;
}

// Block `k` is an entry of a numbered module of headlines: a run of 2+ blocks in the
// gap [from, to), each a rank and a headline link, ranked 1, 2, 3 ... in order. An
// entry of the article's own ranking ("21) <a>Film title</a>" and its review) stands
// alone between the article's paragraphs, or counts down.
bool InRankedModule(const Article& a, size_t k, size_t from, size_t to) {
  if (RankOf(a, k) == 0) return false;
  size_t lo = k, hi = k + 1;
  while (lo > from && RankOf(a, lo - 1) != 0) --lo;
  while (hi < to && RankOf(a, hi) != 0) ++hi;
  if (hi - lo < 2) return false;
  for (size_t i = lo; i < hi; ++i) {
    if (RankOf(a, i) != static_cast<int>(i - lo + 1)) return false;
  }
  return true;
}

// A list item in a list that is mostly the article's own text (a checklist, steps,
// questions) with one entry linked: the article's list, not a module of headlines,
// whose entries are (nearly) all cards. `from`, `to` bound the gap.
bool InOwnList(const Article& a, size_t k, size_t from, size_t to) {
  if (a.blocks[k].kind != TextBlock::Kind::kListItem) return false;
  size_t lo = k, hi = k + 1;
  while (lo > from && a.blocks[lo - 1].kind == TextBlock::Kind::kListItem) --lo;
  while (hi < to && a.blocks[hi].kind == TextBlock::Kind::kListItem) ++hi;
  size_t cards = 0;
  for (size_t i = lo; i < hi; ++i) if (IsCard(a, i)) ++cards;
  return cards * 2 < hi - lo;
}

// A grid of teasers laid out as a table ("<table><tr><td><a>headline</a></td><td><a>…"):
// block `k` is a cell of a run of 2+ cells in the gap, each of them (nearly) all one
// headline link of 5+ words and nothing else. A table of the article's own data
// (a title beside its year and a note) holds cells that are no headline link.
bool InTeaserGrid(const Article& a, size_t k, size_t from, size_t to) {
  if (a.blocks[k].kind != TextBlock::Kind::kCell) return false;
  size_t lo = k, hi = k + 1;
  while (lo > from && a.blocks[lo - 1].kind == TextBlock::Kind::kCell) --lo;
  while (hi < to && a.blocks[hi].kind == TextBlock::Kind::kCell) ++hi;
  if (hi - lo < 2) return false;
  for (size_t i = lo; i < hi; ++i) {
    const TextBlock& b = a.blocks[i];
    const size_t length = b.end - b.start;
    if (b.link_count != 1 || b.link_chars * 20 < length * 17) return false;
    const std::vector<const BodyLink*> links = LinksIn(a, i);
    if (links.size() != 1 || CountWords(links.front()->anchor) < kLongHeadlineWords) return false;
  }
  return true;
}

// "www.x.com" and "x.com" (or "news.x.com") are one site, and so are one
// publisher's domains under several country codes ("x.com" and "x.co.uk").
bool SameSite(std::string_view a, std::string_view b) {
  auto strip = [](std::string_view h) {
    if (h.substr(0, 4) == "www.") h.remove_prefix(4);
    return h;
  };
  a = strip(a);
  b = strip(b);
  if (a == b || (a.size() > b.size() && a.ends_with(b) && a[a.size() - b.size() - 1] == '.') ||
      (b.size() > a.size() && b.ends_with(a) && b[b.size() - a.size() - 1] == '.')) {
    return true;
  }
  const std::string name = RegistrableName(a);
  return name.size() >= 3 && name == RegistrableName(b);
}

// A date written as digits ("20241122"): shared by every story of that day, so
// no article's id.
bool IsDateDigits(std::string_view digits) {
  if (digits.size() != 8 || !(digits.starts_with("19") || digits.starts_with("20"))) return false;
  const int month = (digits[4] - '0') * 10 + (digits[5] - '0');
  const int day = (digits[6] - '0') * 10 + (digits[7] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Links judged against the page they sit on.
class PageLinks {
 public:
  explicit PageLinks(const Article& a)
      : page_(Normalize(a.canonical_url)),
        source_page_(a.source_url.empty() ? std::string() : Normalize(a.source_url)),
        host_(UrlHost(a.canonical_url)),
        own_host_(UrlHost(a.own_url)),
        source_host_(UrlHost(a.source_url)),
        headline_(CountWords(a.title) >= kLongHeadlineWords ? NameKey(a.title) : std::string()) {
    // The article's id: the longest run of 5+ digits in its path that is not a date.
    const std::string_view path = UrlPath(a.canonical_url);
    for (size_t i = 0; i < path.size();) {
      size_t j = i;
      while (j < path.size() && path[j] >= '0' && path[j] <= '9') ++j;
      const std::string_view run = path.substr(i, j - i);
      if (run.size() >= 5 && run.size() > id_.size() && !IsDateDigits(run)) id_ = std::string(run);
      i = j == i ? i + 1 : j;
    }
    size_t segments = 0;
    for (std::string_view part : Split(path, '/')) {
      if (!part.empty()) ++segments;
      if (const size_t dot = part.rfind('.'); dot != std::string_view::npos) part = part.substr(0, dot);
      if (std::count(part.begin(), part.end(), '-') >= 2 && part.size() > slug_.size()) slug_ = AsciiLower(part);
    }
    top_level_slug_ = segments == 1 && path.find('-') != std::string_view::npos && path.find('.') == std::string_view::npos;
  }

  // The page itself, or a part of it ("#comments", "?page=2" aside), or the original
  // a republished copy names.
  bool IsThisPage(std::string_view url) const {
    if (page_.empty()) return false;
    const std::string key = Normalize(url);
    return key == page_ || (!source_page_.empty() && key == source_page_);
  }

  // A headline that is this article's own, word for word (case and punctuation
  // aside): a list of a story's latest coverage that holds this page, read when
  // nothing tells the page's address (no canonical link, no og:url).
  bool IsThisStory(std::string_view anchor) const {
    return !headline_.empty() && NameKey(CollapseWhitespace(anchor)) == headline_;
  }

  // This article's own media: a link that carries the article's id elsewhere than
  // as the article itself (a photo viewer "/article_photo/list?article_id=...").
  bool IsOwnMedia(std::string_view url) const {
    if (id_.empty()) return false;
    // An id names one article: an address that holds another story's slug beside the
    // same digits carries them as every story of that day does, a date written
    // MMDDYY ("…-jerry-brown-jr-071813" on "…-roger-goodell-071813"), not this
    // article's id.
    if (!slug_.empty()) {
      for (std::string_view part : Split(UrlPath(url), '/')) {
        if (const size_t dot = part.rfind('.'); dot != std::string_view::npos) part = part.substr(0, dot);
        if (std::count(part.begin(), part.end(), '-') >= 2 && AsciiLower(part) != slug_) return false;
      }
    }
    for (size_t at = url.find(id_); at != std::string_view::npos; at = url.find(id_, at + 1)) {
      const bool digit_before = at > 0 && url[at - 1] >= '0' && url[at - 1] <= '9';
      const size_t after = at + id_.size();
      const bool digit_after = after < url.size() && url[after] >= '0' && url[after] <= '9';
      if (!digit_before && !digit_after) return true;
    }
    return false;
  }

  // This article in another version (another language or script, print, AMP):
  // its path carries this article's slug, a segment of three words or more.
  bool IsAnotherVersion(std::string_view url) const {
    if (slug_.empty()) return false;
    for (std::string_view part : Split(UrlPath(url), '/')) {
      if (const size_t dot = part.rfind('.'); dot != std::string_view::npos) part = part.substr(0, dot);
      if (AsciiLower(part) == slug_) return true;
    }
    return false;
  }

  // A story addressed as this article is: a site that files its stories at the top
  // level, as its own address shows ("/success-mindset/", a blog's "/%postname%/"),
  // files another one there under a short slug too ("/business-focus/"), which
  // IsStoryAddress takes for a section ("/video-centre/") on a site whose stories
  // sit deeper. A headline's anchor and a hyphenated slug, no query, no file.
  bool IsTopLevelStoryLikeThisOne(std::string_view url, std::string_view anchor) const {
    if (!top_level_slug_ || CountWords(anchor) < kLongHeadlineWords || url.find('?') != std::string_view::npos) {
      return false;
    }
    const std::vector<std::string_view> segments = PathSegments(url);
    return segments.size() == 1 && segments.front().find('-') != std::string_view::npos &&
           segments.front().find('.') == std::string_view::npos;
  }

  // Another page of this site: the same host (or a subdomain), or a relative link.
  // A syndicated copy is on two sites: the canonical original's and its own, or its
  // own canonical and the original's that it declares (Article::source_url).
  bool OnThisSite(std::string_view url) const {
    const std::string host = UrlHost(url);
    if (host.empty()) return url.rfind("/", 0) == 0;
    return host_.empty() || SameSite(host, host_) || (!own_host_.empty() && SameSite(host, own_host_)) ||
           (!source_host_.empty() && SameSite(host, source_host_));
  }

 private:
  // Scheme, "www.", query, fragment and a trailing slash aside, lower-case host.
  static std::string Normalize(std::string_view url) {
    if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find_first_of("?#"));
    if (url.substr(0, 4) == "www.") url.remove_prefix(4);
    while (url.ends_with("/")) url.remove_suffix(1);
    const size_t slash = std::min(url.size(), url.find('/'));
    return AsciiLower(url.substr(0, slash)) + std::string(url.substr(slash));
  }

  std::string page_;
  std::string source_page_;  // the declared original, when on another site
  std::string host_;
  std::string own_host_;     // the copy's own host, when the canonical names another site
  std::string source_host_;  // the declared original's host, when on another site
  std::string id_;
  std::string slug_;
  bool top_level_slug_ = false;  // the page's own address is one hyphenated segment
  std::string headline_;         // the article's title (NameKey), when of kLongHeadlineWords or more
};

// A hub of stories on a subject (a tag, a topic, a section), not an author's page.
bool IsTopicHubName(std::string_view segment) {
  static constexpr std::string_view kPeople[] = {"author", "authors", "autor", "autoren", "auteur", "by", "search"};
  return IsHubName(segment) &&
         std::find(std::begin(kPeople), std::end(kPeople), AsciiLower(segment)) == std::end(kPeople);
}

// A link to a topic hub: a segment before the last is a hub's name, or has one as a
// part ("/en-tag/software", "/news_topics/energy"). An author's page is no topic.
bool LinksToTopicHub(std::string_view url) {
  std::vector<std::string_view> segments;
  for (const std::string_view part : Split(UrlPath(url), '/')) {
    if (!part.empty()) segments.push_back(part);
  }
  for (size_t k = 0; k + 1 < segments.size(); ++k) {
    if (IsTopicHubName(segments[k])) return true;
    std::string_view rest = segments[k];
    while (!rest.empty()) {
      const size_t cut = rest.find_first_of("-_");
      if (IsTopicHubName(rest.substr(0, cut))) return true;
      rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
    }
  }
  return false;
}

// A tag line: a short label at most ("Tags:", "Themen:") and links that all go
// to topic hubs. The article's text ends above it; what follows is page furniture.
bool IsTagLine(const Article& a, size_t i) {
  const TextBlock& b = a.blocks[i];
  // A heading that links to its topic's page ("<h4><a href=/topics/harbour>Harbour
  // ›</a></h4>") heads a module of that topic, not a tag line.
  if (b.link_count == 0 || b.kind == TextBlock::Kind::kHeading) return false;
  const std::vector<const BodyLink*> links = LinksIn(a, i);
  if (!std::all_of(links.begin(), links.end(), [](const BodyLink* link) { return LinksToTopicHub(link->url); })) return false;
  // A tag names a topic in a few words; a headline-length anchor is a story's teaser.
  if (std::any_of(links.begin(), links.end(), [](const BodyLink* link) { return CountWords(link->anchor) > kMaxTagWords; })) {
    return false;
  }
  size_t label_words = CountWords(BlockText(a, i));
  for (const BodyLink* link : links) label_words -= std::min(label_words, CountWords(link->anchor));
  return label_words <= kMaxTagLabelWords;
}

// A single link to a topic hub right under a card's headline, with no paragraph
// between them ("<a>Headline</a> <a href=/topics/news>News</a> 2 hours ago"): the
// card's section, as a teaser prints it beside its date, not the article's tag
// line, so the text goes on after it.
bool IsCardsKicker(const Article& a, size_t i, const std::vector<bool>& paragraph) {
  if (a.blocks[i].link_count != 1) return false;
  for (size_t k = i; k-- > 0 && k + kMaxCardLines >= i;) {
    if (paragraph[k]) return false;
    if (IsCard(a, k) && !IsTagLine(a, k)) return true;
  }
  return false;
}

// A link to a story's discussion ("/story/4711/#comments", "#respond",
// "#disqus_thread"): the comment count under a story's headline, not a promotion.
bool LinksToComments(std::string_view url) {
  const size_t hash = url.find('#');
  if (hash == std::string_view::npos) return false;
  const std::string fragment = AsciiLower(url.substr(hash + 1));
  for (const std::string_view word : {"comment", "respond", "disqus", "kommentar", "reactions", "reacties", "komentar"}) {
    if (fragment.find(word) != std::string::npos) return true;
  }
  return false;
}

// Subscription, shop and account pages are ads for the site, not other articles:
// a host label or a path segment that names one ("shop.example", "/abo/",
// "/subscribe", "/login", "/apps-products", "/newsletter"), or a query that
// carries a subscription id. So are the publisher's own service pages, a path
// segment that is all "about" ("/about/us", "/about/our-team"), and the page that
// sells the site's advertising, which an ad slot between the paragraphs links under
// the advert ("Advertise on <site>": "/about/advertising/", "/advertise",
// "/werbung/", "/publicite/", "/publicidad/", "/adverteren/", "/reklama/",
// "/annonsera/"). A story's slug (a segment of three words or more) is its
// headline, so its words ("...-opens-up-about-...", "...-subscribers-get-
// discounts") say nothing about the kind of page.
bool IsShopOrAccount(std::string_view url) {
  static constexpr std::string_view kExact[] = {"abo",     "app",     "apps",     "shop",   "store",  "login",
                                                "plus",    "premium", "product",  "products", "offer", "offers",
                                                "offre",   "offres",  "checkout", "signin",  "signup"};
  static constexpr std::string_view kPrefixes[] = {
      "subscri", "newsletter", "abonn",      "register",  "account", "advertis", "adverteren", "adverteer",
      "werbung", "publicit",   "publicidad", "pubblicit", "reklam",  "annons",   "mediadaten", "mediakit"};
  // `lower`: a host label or a path segment, in lower case, that names a shop by
  // its head before a '-', '_' or '.' ("shop-de", "login.html") or by its start.
  // "about" counts only as a whole segment: cut there, it would take "about-us".
  auto names_shop = [&](std::string_view lower) {
    const std::string_view head = lower.substr(0, lower.find_first_of("-_."));
    if (std::find(std::begin(kExact), std::end(kExact), head) != std::end(kExact)) return true;
    return std::any_of(std::begin(kPrefixes), std::end(kPrefixes),
                       [&](std::string_view prefix) { return lower.starts_with(prefix); });
  };
  const std::string host = UrlHost(url);  // lower case; Split's views point into these
  const std::string path = AsciiLower(UrlPath(url));
  for (const std::string_view label : Split(host, '.')) {
    if (names_shop(label)) return true;
  }
  for (const std::string_view part : Split(path, '/')) {
    if (std::count(part.begin(), part.end(), '-') >= 2) continue;  // a slug: the headline's words
    if (names_shop(part) || part == "about") return true;
  }
  const size_t query = url.find('?');
  return query != std::string_view::npos && AsciiLower(url.substr(query)).find("subscri") != std::string::npos;
}

// A closing line read by an agency tag ("(avec AFP)", "mit dpa", "dpa/xy") ends
// the text only when its tag names an outlet the lexicon knows: the same pattern
// also matches an article sentence that opens with "With", "Con" or "Mit" ("With
// the end of the season, ..."), which ends nothing. A part of the tag is looked up
// as printed and in capitals ("afp"); hits without a tag are taken as they are.
bool TagsNameAnOutlet(const OutletLexicon& lexicon, const RuleHit& hit) {
  auto known = [&](std::string_view printed) {
    const std::string name = CollapseWhitespace(printed);
    return !name.empty() && (lexicon.FindByAlias(name) != nullptr || lexicon.FindByAlias(AsciiUpper(name)) != nullptr ||
                             lexicon.FindByLowerCaseAlias(AsciiLower(name)) != nullptr);
  };
  bool tagged = false;
  for (const auto& [key, value] : hit.fields) {
    if (!key.starts_with("agency_tags") || !value.is_string()) continue;
    tagged = true;
    std::string tag(value.as_string());
    for (char& c : tag) {
      if (c == '/' || c == ',' || c == '+' || c == '&' || c == '|' || c == ';') c = '\n';
    }
    for (const std::string_view part : Split(tag, '\n')) {
      if (known(part)) return true;
      for (const std::string_view piece : Split(part, '-')) {  // "efe-epa"
        if (piece.size() < part.size() && known(piece)) return true;
      }
    }
  }
  return !tagged;
}

// The marker as printed, without its closing colon ("More on coronavirus").
std::string MarkerOf(const RuleHit& hit) {
  const json::value* m = hit.fields.if_contains("marker");
  std::string marker = CollapseWhitespace(m && m->is_string() ? std::string_view(m->as_string()) : std::string_view(hit.text));
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    // A separator or a space closing the lead-in; a bracket is part of it ("【関連記事】").
    auto trim = [&](std::string_view tail) {
      if (!marker.ends_with(tail)) return;
      marker.resize(marker.size() - tail.size());
      trimmed = true;
    };
    trim(" ");
    for (const std::string_view tail : kLeadInSeparators) {
      if (tail != "]" && tail != "\xE3\x80\x91" /* 】 */) trim(tail);
    }
  }
  return marker;
}

class CrossLinkDetector : public Detector {
 public:
  std::string_view name() const override { return "injected_cross_link"; }

  void Detect(const DetectionContext& context, std::vector<Signal>& out) const override {
    const Article& a = context.article;
    std::vector<bool> short_sentences;
    std::vector<bool> paragraph = ArticleParagraphs(context, &short_sentences);
    const size_t end = ArticleEnd(context, paragraph);
    std::fill(paragraph.begin() + static_cast<std::ptrdiff_t>(end), paragraph.end(), false);
    DropUnlikeTail(a, paragraph);
    DropTail(context, paragraph);
    JoinShortSentences(short_sentences, paragraph);
    const PageLinks page(a);
    const std::optional<uint32_t> edition = EditionHeadlineLayout(a, paragraph, page);
    // A page that prints its article twice (a paywalled and a full copy, a mobile
    // and a desktop one) shows each placement twice: a gap is known by the
    // paragraphs around it, and counted once.
    std::set<std::pair<std::string_view, std::string_view>> placements;
    size_t previous = a.blocks.size();
    for (size_t i = 0; i < a.blocks.size(); ++i) {
      if (!paragraph[i]) continue;
      if (previous < a.blocks.size() && i > previous + 1 &&
          placements.emplace(BlockText(a, previous), BlockText(a, i)).second) {
        ScanGap(context, page, edition, previous + 1, i, out);
      }
      previous = i;
    }
  }

  // The end of the article text: the first block a rule marked ends_article (a
  // closing credit line, "Previous article") matches after some article text, or
  // the first tag line after it (lists after the tags are the page's, not the text's).
  static size_t ArticleEnd(const DetectionContext& context, const std::vector<bool>& paragraph) {
    size_t end = context.article.blocks.size();
    for (size_t i = 0, before = 0; i < end; ++i) {
      if (before >= 2 && IsTagLine(context.article, i) && !IsCardsKicker(context.article, i, paragraph)) end = i;
      if (paragraph[i]) ++before;
    }
    // Paragraphs before each block, counted once (per hit, a page of thousands of
    // closing lines made that the square of its blocks).
    std::vector<size_t> paragraphs_before;
    for (const RuleHit& hit : context.hits) {
      if (hit.where != "body" || !JsonTrue(hit.fields, "ends_article") || hit.block >= end) continue;
      if (!TagsNameAnOutlet(context.rules.outlets(), hit)) continue;
      if (paragraphs_before.empty()) {
        paragraphs_before.assign(paragraph.size() + 1, 0);
        for (size_t i = 0; i < paragraph.size(); ++i) paragraphs_before[i + 1] = paragraphs_before[i] + (paragraph[i] ? 1 : 0);
      }
      if (paragraphs_before[hit.block] >= 2) end = hit.block;
    }
    return end;
  }

 private:
  struct Item {
    size_t block;
    std::string headline;
    std::string url;
    size_t start = 0;  // the evidence: the link's anchor, or the whole block
    size_t end = 0;
  };

  // At the tail of the body, paragraphs laid out unlike the article's are not its
  // text: a comment thread, the notice of a comment box, a site's blurb in a
  // section of its own. A page builds its article's paragraphs alike (the same
  // elements around each, TextBlock::layout), whatever its class names say, and
  // places comments and page furniture in elements of their own. The article's
  // layouts are the one most of its paragraphs have and those of its first
  // kLayoutSample paragraphs (a lead set apart). From the last paragraph back,
  // paragraphs of another layout are dropped, up to the first of the article's;
  // a quote is the article's (a blockquote is an element of its own). Only a tail
  // shorter than what stays: a page whose text changes its layout halfway keeps
  // both halves.
  static void DropUnlikeTail(const Article& a, std::vector<bool>& paragraph) {
    std::vector<size_t> paragraphs;
    std::map<uint32_t, size_t> count;
    for (size_t i = 0; i < a.blocks.size(); ++i) {
      if (!paragraph[i]) continue;
      paragraphs.push_back(i);
      ++count[a.blocks[i].layout];
    }
    if (paragraphs.size() <= kLayoutSample || count.count(0)) return;  // few paragraphs, or plain text
    std::set<uint32_t> article;
    for (size_t k = 0; k < kLayoutSample; ++k) article.insert(a.blocks[paragraphs[k]].layout);
    article.insert(std::max_element(count.begin(), count.end(), [](const auto& x, const auto& y) {
                     return x.second < y.second;
                   })->first);
    size_t kept = paragraphs.size();
    while (kept > kLayoutSample) {
      const TextBlock& b = a.blocks[paragraphs[kept - 1]];
      if (b.kind == TextBlock::Kind::kQuote || article.count(b.layout)) break;
      --kept;
    }
    if (paragraphs.size() - kept >= kept) return;
    for (size_t k = kept; k < paragraphs.size(); ++k) paragraph[paragraphs[k]] = false;
  }

  // At the tail of the body, paragraphs that are not the article's own: a
  // teaser's snippet (a short paragraph right after a card), template text the
  // page prints more than once ("Log in to react"), an author blurb.
  static void DropTail(const DetectionContext& context, std::vector<bool>& paragraph) {
    const Article& a = context.article;
    std::map<std::string_view, size_t> copies;
    for (size_t i = 0; i < a.blocks.size(); ++i) ++copies[BlockText(a, i)];
    std::set<size_t> bio_blocks, marked;
    for (const RuleHit& hit : context.hits) {
      if (hit.where == "body" && hit.rule->type == kSignalAuthorBio) bio_blocks.insert(hit.block);
      if (IsMarker(a, hit)) marked.insert(hit.block);
    }
    // A short paragraph one or two blocks after an unmarked card: the card's
    // snippet, when the teaser list goes on (another card and snippet before it).
    // A marked promotion ("Read also:") belongs to the text it interrupts.
    auto after_card = [&](size_t p) {
      if (CountWords(BlockText(a, p)) > kMaxSnippetWords) return a.blocks.size();
      for (size_t k = p; k-- > 0 && k + 3 > p;) {
        if (paragraph[k] || marked.count(k)) break;
        if (IsCard(a, k)) return k;
      }
      return a.blocks.size();
    };
    auto previous_paragraph = [&](size_t p) {
      while (p-- > 0) {
        if (paragraph[p]) return p;
      }
      return a.blocks.size();
    };
    // The list goes on when the card follows the previous snippet directly (a
    // kicker or a date between them, no heading: a heading opens a new module).
    auto continues = [&](size_t snippet, size_t card) {
      if (card > snippet + 3) return false;
      for (size_t k = snippet + 1; k < card; ++k) {
        if (a.blocks[k].kind == TextBlock::Kind::kHeading) return false;
      }
      return true;
    };
    // An author blurb closes the article: the lines after it (a print-edition
    // note, a correction) are no more of its text, so a module above the blurb
    // is after the body. A blurb with more than kMaxLinesAfterBlurb paragraphs
    // after it is not at the tail (a bio at the top, or a sentence about someone).
    if (!bio_blocks.empty()) {
      const size_t blurb = *bio_blocks.rbegin();
      if (blurb < a.blocks.size() && paragraph[blurb]) {
        const auto after = std::count(paragraph.begin() + static_cast<std::ptrdiff_t>(blurb) + 1, paragraph.end(), true);
        const auto before = std::count(paragraph.begin(), paragraph.begin() + static_cast<std::ptrdiff_t>(blurb), true);
        if (after > 0 && after <= kMaxLinesAfterBlurb && before >= 2) {
          std::fill(paragraph.begin() + static_cast<std::ptrdiff_t>(blurb) + 1, paragraph.end(), false);
        }
      }
    }
    for (size_t last = previous_paragraph(a.blocks.size()); last < a.blocks.size();) {
      const size_t card = after_card(last);
      const size_t before = card < a.blocks.size() ? previous_paragraph(card) : a.blocks.size();
      const bool snippets = before < a.blocks.size() && continues(before, card) && after_card(before) < a.blocks.size();
      if (snippets) paragraph[before] = false;
      if (!snippets && copies[BlockText(a, last)] < 2 && !bio_blocks.count(last)) return;
      paragraph[last] = false;
      last = previous_paragraph(last);
    }
  }

  // A page that prints several whole articles one after another (a weekly edition,
  // a blog's front page) opens its body with the first one's headline, a heading
  // that is one link to that story, right over its paragraphs; each next article
  // opens with a headline built the same way (the same kind of block, laid out
  // alike: TextBlock::layout). Returns that layout, when the body opens so. A
  // card between paragraphs is set apart from the text; an article's own page
  // opens with its text (its headline, a link to itself, is no other story).
  static std::optional<uint32_t> EditionHeadlineLayout(const Article& a, const std::vector<bool>& paragraph,
                                                       const PageLinks& page) {
    if (a.blocks.size() < 2 || !paragraph[1]) return std::nullopt;
    const TextBlock& b = a.blocks.front();
    if (b.kind != TextBlock::Kind::kHeading || b.layout == 0 || b.link_chars * 20 < (b.end - b.start) * 17) {
      return std::nullopt;
    }
    const std::vector<const BodyLink*> links = LinksIn(a, 0);
    if (links.size() != 1 || !IsStoryAddress(links.front()->url, links.front()->anchor, false) ||
        page.IsThisPage(links.front()->url) || page.IsThisStory(links.front()->anchor) ||
        page.IsAnotherVersion(links.front()->url)) {
      return std::nullopt;
    }
    return b.layout;
  }

  // Block `k` is the headline of the next article of such a page: a heading laid out
  // as the first article's, all one link.
  static bool IsEditionHeadline(const Article& a, size_t k, std::optional<uint32_t> edition) {
    const TextBlock& b = a.blocks[k];
    return edition && b.kind == TextBlock::Kind::kHeading && b.layout == *edition &&
           b.link_chars * 20 >= (b.end - b.start) * 17;
  }

  // The module block `k` is an item of: the run of blocks around it in the gap [from,
  // to) built alike (the same kind, the same elements around them: a list's items, a
  // box's lines), each holding a link; a line of its own alone.
  static std::pair<size_t, size_t> ModuleOf(const Article& a, size_t k, size_t from, size_t to) {
    auto alike = [&](size_t i) {
      return a.blocks[i].link_count > 0 && a.blocks[i].kind == a.blocks[k].kind &&
             a.blocks[i].parent_layout == a.blocks[k].parent_layout && a.blocks[k].parent_layout != 0;
    };
    size_t lo = k, hi = k;
    while (lo > from && alike(lo - 1)) --lo;
    while (hi + 1 < to && alike(hi + 1)) ++hi;
    return {lo, hi};
  }

  // A page a reader can be sent to: not a file, not a hub of stories ("/tag/…", a
  // blog's front page), not a site's front; not a bare section ("/nfl/") either, unless `section` (a live page
  // named by the appeal that links it: "/live"): a path of two segments or more, or a
  // slug.
  static bool NamesAPage(std::string_view url, bool section = false) {
    const std::vector<std::string_view> segments = PathSegments(url);
    if (segments.empty() || IsMediaFile(segments.back()) || IsBlogFrontPage(segments)) return false;
    for (const std::string_view segment : segments) {
      if (IsHubName(segment)) return false;
    }
    return section || segments.size() >= 2 || segments.back().find('-') != std::string_view::npos;
  }

  // One gap: the blocks [from, to) between two article paragraphs.
  static void ScanGap(const DetectionContext& context, const PageLinks& page, std::optional<uint32_t> edition,
                      size_t from, size_t to, std::vector<Signal>& out) {
    const Article& a = context.article;
    std::vector<std::pair<Item, Signal>> found;
    std::set<std::string> promoted;  // one per promoted article in this gap
    std::set<size_t> used;
    std::set<size_t> captions;
    std::set<size_t> markers;
    for (const RuleHit& hit : context.hits) {
      if (hit.where != "body" || hit.block < from || hit.block >= to) continue;
      if (IsCaptionRule(hit)) captions.insert(hit.block);
      if (IsMarker(a, hit) && hit.start == a.blocks[hit.block].start) markers.insert(hit.block);
    }
    size_t marker_block = a.blocks.size();  // the block of the marker being read
    // Unmarked headlines that name no story of this site by their address (a sister
    // paper's story, a product's archive page): a promotion only as an item of a
    // module whose other items are (ModuleOf, below).
    std::vector<Item> held;
    auto add = [&](const Item& item, bool marked, const std::string& rule, double confidence, const json::object& fields,
                   const std::string& marker) {
      if (a.blocks[item.block].gated) return;  // behind a paywall: not shown to every reader
      if (!item.url.empty()) {
        if (LinksToComments(item.url) || page.IsThisPage(item.url) || page.IsThisStory(item.headline) ||
            page.IsOwnMedia(item.url) || page.IsAnotherVersion(item.url)) {
          return;
        }
        // A link in a marker's own line may go anywhere ("READ MORE: <partner story>");
        // the headlines after a marker are stories, not shop or account pages; and
        // unmarked, only a story of this site is a promotion (or one a card the site
        // made points to: SitesOwnCard, or whose label names its site). An appeal that names the
        // coverage it links ("You can listen to our live coverage on …") promotes a
        // page of this site, a live page or a player, whatever its address's shape.
        // An appeal to more of the site's own reading ("Learn more about …", field
        // same_site) sends to its stories, not to another site or a shop.
        const bool inline_marked = marked && item.block == marker_block;
        const bool coverage = inline_marked && JsonTrue(fields, "coverage_page");
        const bool same_site = coverage || JsonTrue(fields, "same_site");
        const bool story = IsStoryAddress(item.url, item.headline, marked) ||
                           page.IsTopLevelStoryLikeThisOne(item.url, item.headline) ||
                           (coverage && NamesAPage(item.url, true));
        if ((!inline_marked || same_site) && IsShopOrAccount(item.url)) return;
        const bool this_site = page.OnThisSite(item.url) || LabelNamesItsSite(a, item) || SitesOwnCard(a, item);
        if (same_site && !this_site) return;
        if (!story || (!marked && !this_site)) {
          // Held: a headline to a page of this site not shaped as a story, or to a
          // story of another site; a page of another site not shaped as a story (a
          // wiki's "/wiki/Harbour_Bridge") is a reference.
          if (!marked && story != this_site && NamesAPage(item.url) && CountWords(item.headline) >= kLongHeadlineWords) {
            held.push_back(item);
          }
          return;
        }
      }
      if (InPromotion(context, item)) return;  // "Download our app", a newsletter sign-up
      if (!item.url.empty() && !promoted.insert(item.url).second) return;
      found.emplace_back(item, MakeSignal(a, item, rule, confidence, fields, marker));
    };
    for (const RuleHit& hit : context.hits) {
      if (!IsMarker(a, hit) || hit.block < from || hit.block >= to || hit.start != a.blocks[hit.block].start) continue;
      if (!used.insert(hit.block).second) continue;
      const std::string marker = MarkerOf(hit);
      marker_block = hit.block;
      for (const Item& item : Marked(a, hit, to, markers, captions)) {
        used.insert(item.block);
        add(item, true, hit.rule->id, hit.rule->confidence, hit.rule->fields, marker);
      }
    }
    // A lead-in beside its headline link that no marker rule reads at the line's
    // opening: set after the link ("<a>…</a> – Read also", "<a>…</a> (Читайте
    // также)"), or given only as the alt text of an icon opening the line ("<img
    // alt="Read also"> <a>…</a>"). It marks its links, wherever they go, as a lead-in
    // before them would.
    for (size_t k = from; k < to; ++k) {
      if (used.count(k) || captions.count(k) || a.blocks[k].kind == TextBlock::Kind::kCell) continue;
      const std::vector<const BodyLink*> links = LinksIn(a, k);
      if (links.empty()) continue;
      const TextBlock& b = a.blocks[k];
      const std::string_view text(a.text);
      const BodyLink& first = *links.front();
      if (CountWords(text.substr(b.start, first.start - b.start)) != 0) continue;
      const PatternRule* rule = nullptr;
      std::string marker;
      if (links.size() == 1 && CountWords(first.anchor) >= kHeadlineWords) {
        const std::string_view tag = TrimAscii(text.substr(first.end, b.end - first.end));
        if (IsTeaserTag(tag)) rule = ReadsAsLeadIn(context.rules, tag);
        marker = std::string(tag);
      }
      if (rule == nullptr && !first.picture_label.empty()) {
        // The links make the rest of the line, as after a bare lead-in (IsMarker).
        size_t link_chars = 0;
        for (const BodyLink* link : links) link_chars += link->end - link->start;
        if (link_chars * 4 >= (b.end - first.start) * 3) rule = ReadsAsLeadIn(context.rules, first.picture_label);
        marker = first.picture_label;
      }
      if (rule == nullptr) continue;
      used.insert(k);
      marker_block = k;
      for (const BodyLink* link : links) {
        if (CountWords(link->anchor) < kHeadlineWords) continue;
        add({k, CollapseWhitespace(link->anchor), link->url, link->start, link->end}, true, rule->id, rule->confidence,
            rule->fields, marker);
      }
    }
    const size_t marked_found = found.size();
    for (size_t k = from; k < to; ++k) {
      const bool ranked = InRankedModule(a, k, from, to);
      if (used.count(k) || captions.count(k) || !(ranked || IsCard(a, k) || InTeaserGrid(a, k, from, to)) ||
          (!ranked && InOwnList(a, k, from, to))) {
        continue;
      }
      if (IsEditionHeadline(a, k, edition)) continue;  // the next article printed on the page
      for (const BodyLink* link : LinksIn(a, k)) {
        if (CountWords(link->anchor) < kHeadlineWords) continue;
        add({k, CollapseWhitespace(link->anchor), link->url, link->start, link->end}, false, "cl.unmarked-card", 0.75,
            {}, "");
      }
    }
    // A module the site placed between the paragraphs (a list of related headlines, a
    // line of label-and-headline pairs) promotes each of its headlines: one that goes
    // to a sister paper's story or to a product's archive page is an item of the same
    // promotion as the others, which name this site's stories. A rail all to other
    // sites (a partner's, an ad network's) has no such item and stays unmarked.
    const size_t unmarked_found = found.size();
    for (const Item& item : held) {
      const auto [lo, hi] = ModuleOf(a, item.block, from, to);
      const bool beside_a_promotion = std::any_of(
          found.begin() + static_cast<std::ptrdiff_t>(marked_found),
          found.begin() + static_cast<std::ptrdiff_t>(unmarked_found),
          [&, lo = lo, hi = hi](const auto& f) { return f.first.block >= lo && f.first.block <= hi; });
      if (!beside_a_promotion || InPromotion(context, item) || !promoted.insert(item.url).second) continue;
      found.emplace_back(item, MakeSignal(a, item, "cl.unmarked-card", 0.75, {}, ""));
    }
    // A long run of unmarked cards is a playlist, a feed or a rail the page lays
    // out, not promotions slipped into the text.
    if (found.size() - marked_found > kMaxModuleCards) found.resize(marked_found);
    std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
      return std::make_pair(x.first.block, x.first.start) < std::make_pair(y.first.block, y.first.start);
    });
    for (auto& [item, signal] : found) out.push_back(std::move(signal));
  }

  static Signal MakeSignal(const Article& a, const Item& item, const std::string& rule, double confidence,
                           const json::object& fields, const std::string& marker) {
    Signal s;
    s.type = kSignalInjectedCrossLink;
    s.rule = rule;
    s.confidence = confidence;
    const TextBlock& b = a.blocks[item.block];
    const size_t start = item.end > item.start ? item.start : b.start;
    const size_t end = item.end > item.start ? item.end : b.end;
    s.evidence.push_back({a.text.substr(start, end - start), start, end, "body"});
    s.fields = fields;
    s.fields["marker"] = marker.empty() ? json::value(nullptr) : json::value(marker);
    s.fields["headline"] = item.headline;
    s.fields["target_url"] = item.url.empty() ? json::value(nullptr) : json::value(item.url);
    return s;
  }

  // A headline whose label names the site it links to ("On OtherPaper.com: <a
  // href=//otherpaper.com/...>"): a sister site the page promotes by name.
  static bool LabelNamesItsSite(const Article& a, const Item& item) {
    if (item.end <= item.start) return false;
    std::string host = UrlHost(item.url);
    if (host.starts_with("www.")) host.erase(0, 4);
    const size_t from = a.blocks[item.block].start;
    const std::string label = AsciiLower(std::string_view(a.text).substr(from, item.start - from));
    return host.find('.') != std::string::npos && CountWords(label) <= kMaxLabelWords &&
           label.find(host) != std::string::npos;
  }

  // A card whose picture this page's site serves (BodyLink::site_picture): the
  // site made it, wherever its link goes, so a story on a sister site of its network,
  // on a domain of its own, is the site's promotion as its own stories are. A
  // partner's or an ad network's rail serves its pictures from its own hosts.
  static bool SitesOwnCard(const Article& a, const Item& item) {
    return item.end > item.start && std::any_of(a.links.begin(), a.links.end(), [&](const BodyLink& link) {
             return link.start == item.start && link.end == item.end && link.site_picture;
           });
  }

  // A link that a promotional_boilerplate rule matched (an app download, a newsletter
  // sign-up) advertises the site, not another article.
  static bool InPromotion(const DetectionContext& context, const Item& item) {
    const TextBlock& b = context.article.blocks[item.block];
    const size_t start = item.end > item.start ? item.start : b.start;
    const size_t end = item.end > item.start ? item.end : b.end;
    return std::any_of(context.hits.begin(), context.hits.end(), [&](const RuleHit& hit) {
      return hit.rule->type == kSignalPromotionalBoilerplate && hit.where == "body" && hit.start < end &&
             hit.end > start;
    });
  }

  // What a marker promotes: the links in its block; without links, in a plain-text
  // article, the headline after it; or, when the marker stands alone (a module
  // heading), the headline links that follow it up to the end of the gap (or the
  // next marker), passing over the cards' other lines (kickers, bylines, dates).
  // In an HTML page a marker without a link promotes nothing (a dead marker).
  static std::vector<Item> Marked(const Article& a, const RuleHit& hit, size_t to, const std::set<size_t>& markers,
                                  const std::set<size_t>& captions) {
    std::vector<Item> items;
    const TextBlock& b = a.blocks[hit.block];
    for (const BodyLink* link : LinksIn(a, hit.block)) {
      items.push_back({hit.block, CollapseWhitespace(link->anchor), link->url, link->start, link->end});
    }
    if (!items.empty()) return items;
    std::string rest = CollapseWhitespace(std::string_view(a.text).substr(hit.end, b.end - hit.end));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ' || rest.front() == '|')) rest.erase(0, 1);
    // "Read also on ForumDaily:" is a longer marker whose headlines follow it.
    const bool ends_marker = !rest.empty() && (rest.back() == ':' || rest.ends_with("\xEF\xBC\x9A"));
    // Links are known in an HTML page, or wherever the body has some.
    const bool links_known = a.from_html || !a.links.empty();
    if (!ends_marker && CountWords(rest) >= 2) {
      if (!links_known) items.push_back({hit.block, rest, "", 0, 0});
      return items;
    }
    size_t passed_over = 0;  // lines of the cards that are no headline (a byline, a date), in a row
    for (size_t i = hit.block + 1; i < to && passed_over < kMaxCardLines; ++i) {
      if (markers.count(i) || captions.count(i)) break;
      const size_t before = items.size();
      if (!links_known) {
        const std::string_view text = BlockText(a, i);
        if (CountWords(text) > 30) break;
        if (CountWords(text) >= 2) items.push_back({i, CollapseWhitespace(text), "", 0, 0});
      } else {
        for (const BodyLink* link : LinksIn(a, i)) {
          if (CountWords(link->anchor) >= kHeadlineWords) {
            items.push_back({i, CollapseWhitespace(link->anchor), link->url, link->start, link->end});
          }
        }
      }
      passed_over = items.size() > before ? 0 : passed_over + 1;
    }
    // A heading over a long list of headlines heads a feed ("More news"), not a
    // promotion slipped into the text.
    if (items.size() > kMaxItemsPerMarker) items.clear();
    return items;
  }
};

}  // namespace

std::unique_ptr<Detector> NewCrossLinkDetector() { return std::make_unique<CrossLinkDetector>(); }

bool IsBracketedNote(std::string_view text) {
  text = TrimAscii(text);
  static constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {
      {"(", ")"}, {"[", "]"}, {"\xE3\x80\x90" /* 【 */, "\xE3\x80\x91" /* 】 */}, {"\xEF\xBC\x88" /* （ */, "\xEF\xBC\x89" /* ） */}};
  for (const auto& [open, close] : kBrackets) {
    if (text.size() > open.size() + close.size() && text.starts_with(open) && text.ends_with(close)) return true;
  }
  return false;
}

std::vector<bool> ArticleParagraphs(const DetectionContext& context) { return ArticleParagraphs(context, nullptr); }

std::vector<bool> ArticleParagraphs(const DetectionContext& context, std::vector<bool>* short_sentences) {
  const Article& a = context.article;
  std::vector<bool> paragraph(a.blocks.size(), false);
  std::vector<bool> short_sentence(a.blocks.size(), false);
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    const TextBlock& b = a.blocks[i];
    if (b.kind != TextBlock::Kind::kParagraph && b.kind != TextBlock::Kind::kQuote) continue;
    const size_t length = b.end - b.start;
    if (length > 0 && b.link_chars * 2 > length) continue;
    const std::string_view text = BlockText(a, i);
    const size_t words = CountWords(text);
    // Headlines rarely end a sentence; article paragraphs do (or are long). A
    // paragraph held whole in brackets is a note set apart from the text (a rights
    // notice "【…未经授权，不得转载…】", "(Reporting by …)", "[Updated …]").
    paragraph[i] = words >= kArticleParagraphWords && (words >= 2 * kArticleParagraphWords || EndsSentence(text)) &&
                   !IsBracketedNote(text);
    short_sentence[i] = !paragraph[i] && b.kind == TextBlock::Kind::kParagraph && words >= kShortParagraphWords &&
                        EndsSentence(text) && !IsBracketedNote(text);
  }
  for (const RuleHit& hit : context.hits) {
    if (hit.block >= paragraph.size() || hit.where != "body") continue;
    if ((IsClutterType(hit.rule->type) && !IsCaptionRule(hit) &&
         (hit.rule->type != kSignalInjectedCrossLink || IsMarker(a, hit))) ||
        // A note about the article (a correction, an update, an editor's note) is not its
        // text, nor is a block a picture's caption opens ("（…撮影）"; one that opens with
        // its credit and a bar, "Photo credit: AP | ...", is a caption to the extractor).
        ((hit.rule->type == kSignalCorrectionNotice || IsCaptionRule(hit)) && hit.start == a.blocks[hit.block].start)) {
      paragraph[hit.block] = false;
      short_sentence[hit.block] = false;
    }
  }
  if (short_sentences != nullptr) *short_sentences = std::move(short_sentence);
  return paragraph;
}

void JoinShortSentences(const std::vector<bool>& short_sentence, std::vector<bool>& paragraph) {
  const auto first = std::find(paragraph.begin(), paragraph.end(), true);
  if (first == paragraph.end()) return;
  const size_t lo = static_cast<size_t>(first - paragraph.begin());
  size_t hi = paragraph.size();
  while (hi > lo && !paragraph[hi - 1]) --hi;
  std::vector<bool> joined(paragraph.size(), false);
  for (size_t i = lo + 1; i < hi; ++i) {  // runs that follow a paragraph
    joined[i] = short_sentence[i] && (paragraph[i - 1] || joined[i - 1]);
  }
  for (size_t i = hi; i-- > lo + 1;) {  // runs that lead to one
    joined[i - 1] = joined[i - 1] || (short_sentence[i - 1] && (paragraph[i] || (short_sentence[i] && joined[i])));
  }
  for (size_t i = lo; i < hi; ++i) paragraph[i] = paragraph[i] || joined[i];
}

}  // namespace provscore
