#include "score/scoring/scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "base/text.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;

// An optional number: absent keeps `out`; false when present but not a number.
bool Num(const json::object& o, std::string_view key, double& out) {
  if (!o.contains(key)) return true;
  const std::optional<double> n = JsonNumber(o, key);
  if (n) out = *n;
  return n.has_value();
}

std::string ValueText(const json::value& v) {
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_bool()) return v.as_bool() ? "yes" : "no";
  if (v.is_int64()) return std::to_string(v.as_int64());
  if (v.is_uint64()) return std::to_string(v.as_uint64());
  if (v.is_double()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v.as_double());
    std::string text = buf;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
  }
  if (v.is_array()) {
    std::string out;
    for (const json::value& item : v.as_array()) {
      if (!out.empty()) out += ", ";
      out += ValueText(item);
    }
    return out;
  }
  return "unknown";
}

// The value at a dotted path ("original.url"), or nullptr.
const json::value* Lookup(const json::object& fields, std::string_view path) {
  const json::object* object = &fields;
  const json::value* v = nullptr;
  for (const std::string_view key : Split(path, '.')) {
    if (object == nullptr) return nullptr;
    v = object->if_contains(key);
    if (v == nullptr) return nullptr;
    object = v->is_object() ? &v->as_object() : nullptr;
  }
  return v;
}

bool FactHolds(std::string_view fact, const ReliabilityProfile& p) {
  const auto& authors = p.article.authors;
  const bool names_person = std::any_of(authors.begin(), authors.end(), [](const SourcedValue& a) { return a.person; });
  if (fact == "has_authors") return names_person;
  if (fact == "organisation_authors_only") return !authors.empty() && !names_person;
  if (fact == "no_authors") return p.article.authors.empty();
  if (fact == "has_published") return p.article.published.has_value();
  if (fact == "no_published") return !p.article.published.has_value();
  if (fact == "has_errors") return !p.errors.empty();
  return false;
}

bool KnownFact(std::string_view fact) {
  return fact == "has_authors" || fact == "organisation_authors_only" || fact == "no_authors" || fact == "has_published" || fact == "no_published" ||
         fact == "has_errors";
}

double Round1(double v) { return std::round(v * 10.0) / 10.0; }

}  // namespace

std::string FillTemplate(std::string_view text, const json::object& fields) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      const size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view spec = text.substr(i + 1, close - i - 1);
        const json::value* v = nullptr;
        std::string_view literal = "unknown";
        for (const std::string_view alternative : Split(spec, '|')) {
          if (alternative.size() >= 2 && alternative.front() == '\'' && alternative.back() == '\'') {
            literal = alternative.substr(1, alternative.size() - 2);  // {marker|'teaser card'}
            break;
          }
          v = Lookup(fields, alternative);
          if (v && !v->is_null()) break;
        }
        if (v && !v->is_null()) {
          out += ValueText(*v);
        } else {
          out += literal;
        }
        i = close + 1;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

Result<Scorer> Scorer::FromJson(const json::value& model) {
  if (!model.is_object()) return ParseError("no scoring model was loaded (rules/scoring.json, schema provscore.scoring/1)");
  const json::object& root = model.as_object();
  Scorer scorer;
  const json::value* dims = root.if_contains("dimensions");
  if (!dims || !dims->is_array() || dims->as_array().empty()) {
    return ParseError("scoring model: \"dimensions\" must be a non-empty array");
  }
  for (const json::value& d : dims->as_array()) {
    if (!d.is_object()) return ParseError("scoring model: every dimension must be an object");
    ScoringDimension dim;
    dim.name = JsonString(d.as_object(), "name");
    dim.description = JsonString(d.as_object(), "description");
    if (dim.name.empty()) return ParseError("scoring model: a dimension has no \"name\"");
    if (!Num(d.as_object(), "base", dim.base) || !Num(d.as_object(), "weight", dim.weight) || dim.base < 0 ||
        dim.base > 100 || dim.weight < 0) {
      return ParseError("scoring model: dimension " + dim.name + ": base must be 0..100 and weight >= 0");
    }
    scorer.dimensions_.push_back(std::move(dim));
  }
  auto has_dimension = [&](const std::string& name) {
    return std::any_of(scorer.dimensions_.begin(), scorer.dimensions_.end(),
                       [&](const ScoringDimension& d) { return d.name == name; });
  };
  if (const json::value* effects = root.if_contains("effects"); effects && effects->is_array()) {
    for (const json::value& e : effects->as_array()) {
      if (!e.is_object()) return ParseError("scoring model: every effect must be an object");
      const json::object& o = e.as_object();
      ScoringEffect effect;
      effect.signal = JsonString(o, "signal");
      effect.fact = JsonString(o, "fact");
      effect.dimension = JsonString(o, "dimension");
      effect.reason = JsonString(o, "reason");
      if (const json::value* when = o.if_contains("when"); when && when->is_object()) effect.when = when->as_object();
      if (!Num(o, "points", effect.points) || !Num(o, "max_total", effect.max_total) ||
          !Num(o, "min_confidence", effect.min_confidence)) {
        return ParseError("scoring model: effect on " + effect.dimension + ": points, max_total and min_confidence must be numbers");
      }
      if (effect.signal.empty() == effect.fact.empty()) {
        return ParseError("scoring model: an effect names either a \"signal\" type or an article \"fact\"");
      }
      if (!effect.fact.empty() && !KnownFact(effect.fact)) {
        return ParseError("scoring model: unknown fact \"" + effect.fact + "\"");
      }
      if (!has_dimension(effect.dimension)) {
        return ParseError("scoring model: effect names unknown dimension \"" + effect.dimension + "\"");
      }
      if (effect.reason.empty()) return ParseError("scoring model: every effect needs a \"reason\" template");
      scorer.effects_.push_back(std::move(effect));
    }
  }
  if (const json::value* grades = root.if_contains("grades"); grades && grades->is_array()) {
    for (const json::value& g : grades->as_array()) {
      if (!g.is_object()) continue;
      ScoringGrade grade;
      grade.grade = JsonString(g.as_object(), "grade");
      if (grade.grade.empty() || !Num(g.as_object(), "min", grade.min)) {
        return ParseError("scoring model: every grade needs \"grade\" and a numeric \"min\"");
      }
      scorer.grades_.push_back(std::move(grade));
    }
  }
  if (scorer.grades_.empty()) return ParseError("scoring model: \"grades\" must list at least one band");
  std::sort(scorer.grades_.begin(), scorer.grades_.end(),
            [](const ScoringGrade& a, const ScoringGrade& b) { return a.min > b.min; });
  return scorer;
}

void Scorer::Score(ReliabilityProfile& profile) const {
  std::map<std::string, double> value;
  for (const ScoringDimension& d : dimensions_) value[d.name] = d.base;
  profile.reasons.clear();

  json::object article_fields;
  {
    json::array authors;
    for (const SourcedValue& a : profile.article.authors) authors.emplace_back(a.value);
    article_fields["authors"] = std::move(authors);
    if (profile.article.published) article_fields["published"] = profile.article.published->value;
    article_fields["errors"] = profile.errors.size();
  }

  for (const ScoringEffect& effect : effects_) {
    double total = 0.0;
    auto apply = [&](int signal_index, const json::object& fields) {
      double points = effect.points;
      if (effect.max_total != 0.0) {
        const double room = effect.max_total - total;
        points = effect.max_total > 0 ? std::min(points, room) : std::max(points, room);
      }
      if (points == 0.0) return;
      total += points;
      value[effect.dimension] += points;
      profile.reasons.push_back({signal_index, effect.dimension, Round1(points), FillTemplate(effect.reason, fields)});
    };
    if (!effect.fact.empty()) {
      if (FactHolds(effect.fact, profile)) apply(-1, article_fields);
      continue;
    }
    for (size_t i = 0; i < profile.signals.size(); ++i) {
      const Signal& s = profile.signals[i];
      if (s.type != effect.signal || s.confidence < effect.min_confidence) continue;
      const bool matches = std::all_of(effect.when.begin(), effect.when.end(), [&](const auto& kv) {
        const json::value* v = s.fields.if_contains(kv.key());
        return v && *v == kv.value();
      });
      if (matches) apply(static_cast<int>(i), s.fields);
    }
  }

  profile.scores.dimensions.clear();
  double weighted = 0.0, weights = 0.0;
  for (const ScoringDimension& d : dimensions_) {
    const double v = Round1(std::clamp(value[d.name], 0.0, 100.0));
    profile.scores.dimensions[d.name] = v;
    weighted += v * d.weight;
    weights += d.weight;
  }
  profile.scores.overall = Round1(weights > 0 ? weighted / weights : 0.0);
  profile.scores.grade = grades_.back().grade;
  for (const ScoringGrade& g : grades_) {
    if (profile.scores.overall >= g.min) {
      profile.scores.grade = g.grade;
      break;
    }
  }
}

}  // namespace provscore
