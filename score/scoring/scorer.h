// Scorer: signals + article -> dimension scores, overall score, grade and the
// reasons behind every point. The model is data (rules/scoring.json, schema
// provscore.scoring/1): named dimensions with a base score and weight; effects
// that move a dimension when a signal of a type (and matching fields) is present,
// capped per effect; article facts (an author is named, a date is given); grade
// bands. Immutable after FromJson; Score() is const and thread-safe.
//
//   Result<Scorer> scorer = Scorer::FromJson(rules->scoring());
//   scorer->Score(profile);   // fills profile.scores and profile.reasons
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <vector>

#include "base/status.h"
#include "score/profile.h"

namespace provscore {

struct ScoringDimension {
  std::string name;
  double base = 50.0;   // score with no evidence either way
  double weight = 1.0;  // share in the overall score
  std::string description;
};

struct ScoringEffect {
  std::string signal;          // signal type; empty for an article fact
  std::string fact;            // "has_authors" (a person among them), "organisation_authors_only",
                               // "no_authors", "has_published", "no_published", "has_errors"
  boost::json::object when;    // fields the signal must carry, with these values
  double min_confidence = 0.0; // signals below this confidence are ignored
  std::string dimension;
  double points = 0.0;         // per matching signal
  double max_total = 0.0;      // cap on the sum of this effect's points (0: no cap)
  std::string reason;          // template: {field}, {a.b|c} (first present), {field|'text'} (a default)
};

struct ScoringGrade {
  double min = 0.0;
  std::string grade;
};

class Scorer {
 public:
  static Result<Scorer> FromJson(const boost::json::value& model);

  void Score(ReliabilityProfile& profile) const;

  const std::vector<ScoringDimension>& dimensions() const { return dimensions_; }
  const std::vector<ScoringEffect>& effects() const { return effects_; }

 private:
  std::vector<ScoringDimension> dimensions_;
  std::vector<ScoringEffect> effects_;
  std::vector<ScoringGrade> grades_;  // highest min first
};

// "{outlet} credited" with fields {"outlet": "Reuters"} -> "Reuters credited".
// "{original.url}" reaches into an object field; "{a|b}" takes the first of a and b
// that is set. Unknown or null fields become "unknown"; lists are joined with ", ".
std::string FillTemplate(std::string_view text, const boost::json::object& fields);

}  // namespace provscore
