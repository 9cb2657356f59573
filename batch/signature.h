// Signature: what the cross-article pass needs of one scored article, and nothing
// more -- its id and where it came from, the facts that pick a cluster's original
// (site, dates, credited outlets, the names its own outlet goes by) and the MinHash
// signature of its text (score/cross_article/syndication.h). A few hundred bytes instead of the
// article, written as one JSON line, so `provscore map` tasks can ship them to one
// `provscore merge` (batch/batch_merge.h). Plain value type; the functions are
// thread-safe.
//
//   SyndicationIndex signer;                      // the options the merge will use
//   Signature s = SignatureOf(profile, rules.outlets(), signer);
//   out << SignatureToJson(s) << '\n';
//   ...
//   Result<Signature> back = SignatureFromJson(line);  // equal to s
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "score/rules/outlet_lexicon.h"
#include "score/profile.h"
#include "score/cross_article/syndication.h"

namespace provscore {

struct Signature {
  std::string id;                             // the profile id
  std::string url;                            // input.url, else article.canonical_url; may be empty
  std::string path;                           // input.path
  std::string site;                           // article.site_name, else the host of url; may be empty
  std::optional<std::string> published;       // article.published, ISO 8601
  std::optional<std::string> fetched_at;      // input.archive.fetched_at (WARC-Date)
  std::vector<std::string> credited_outlets;  // outlets of its wire_attribution credits
  std::vector<std::string> own_outlet_names;  // its site's canonical outlet names, then site_name
  bool credits_any = false;                   // has any wire_attribution credit
  TextSignature text;                         // of article.text

  bool operator==(const Signature&) const = default;
};

// The signature of a scored profile; `outlets` resolves the site's own names and
// `signer` computes the MinHash under its options.
Signature SignatureOf(const ReliabilityProfile& profile, const OutletLexicon& outlets, const SyndicationIndex& signer);

// The facts SyndicationIndex::AddSignature takes.
ArticleFacts FactsOf(const Signature& signature);

// One JSON object on one line (no newline): {"id","url","path","site","published",
// "fetched_at","credited","own","credits_any","words","shingles","minhash"}, the
// MinHash as 8 lowercase hex digits per value. Strings are written byte for byte.
std::string SignatureToJson(const Signature& signature);
// The inverse; kInvalidArgument naming the first field that is missing or malformed.
Result<Signature> SignatureFromJson(std::string_view line);

}  // namespace provscore
