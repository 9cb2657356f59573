#include "reports/profile_reader.h"

#include <boost/json/array.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;

std::string Str(const json::object& o, std::string_view key) { return std::string(JsonString(o, key)); }

double Num(const json::object& o, std::string_view key) { return JsonNumber(o, key).value_or(0.0); }

// A JSON number as T, clamped to T's range (NaN gives T's lowest): a hand-edited or
// corrupt file may hold any number, and converting one out of range is undefined.
template <typename T>
T Clamped(double n) {
  if (!(n > static_cast<double>(std::numeric_limits<T>::lowest()))) return std::numeric_limits<T>::lowest();
  if (n >= static_cast<double>(std::numeric_limits<T>::max())) return std::numeric_limits<T>::max();
  return static_cast<T>(n);
}

size_t Size(const json::object& o, std::string_view key) { return Clamped<size_t>(Num(o, key)); }

Evidence EvidenceFrom(const json::object& o) {
  return {Str(o, "text"), Size(o, "start"), Size(o, "end"), Str(o, "where")};
}

void ReadInput(const json::object& o, InputInfo& in) {
  in.path = Str(o, "path");
  in.url = Str(o, "url");
  in.content_type = Str(o, "content_type");
  in.bytes = Size(o, "bytes");
  in.charset = Str(o, "charset");
  in.charset_source = Str(o, "charset_source");
  in.archive.fetched_at = Str(o, "fetched_at");
  in.archive.warc_file = Str(o, "warc_file");
  if (const json::value* off = o.if_contains("warc_offset"); off && off->is_number()) {
    in.archive.warc_offset = Clamped<uint64_t>(Num(o, "warc_offset"));
  }
  in.archive.warc_record_id = Str(o, "warc_record_id");
}

void ReadArticle(const json::object& o, Article& a) {
  a.title = Str(o, "title");
  if (const json::array* sources = JsonArray(o, "author_sources")) {
    for (const json::value& s : *sources) {
      if (!s.is_object()) continue;
      const json::object& so = s.as_object();
      SourcedValue author{Str(so, "name"), Str(so, "source"), Num(so, "confidence")};
      // Profiles written before "person" was: every author counted as a person.
      if (const json::value* person = so.if_contains("person"); person != nullptr && person->is_bool()) {
        author.person = person->as_bool();
      }
      a.authors.push_back(std::move(author));
    }
  } else if (const json::array* authors = JsonArray(o, "authors")) {
    for (const json::value& name : *authors) {
      if (name.is_string()) a.authors.push_back({std::string(name.as_string()), "", 0.0});
    }
  }
  if (const std::string published = Str(o, "published"); !published.empty()) {
    SourcedValue v{published, "", 0.0};
    if (const json::object* source = JsonObject(o, "published_source")) {
      v.source = Str(*source, "source");
      v.confidence = Num(*source, "confidence");
    }
    a.published = v;
  }
  if (const std::string modified = Str(o, "modified"); !modified.empty()) a.modified = SourcedValue{modified, "", 0.0};
  a.language = Str(o, "language");
  a.site_name = Str(o, "site_name");
  a.canonical_url = Str(o, "canonical_url");
  a.text = Str(o, "text");
  if (const json::array* links = JsonArray(o, "links")) {
    for (const json::value& l : *links) {
      if (!l.is_object()) continue;
      const json::object& lo = l.as_object();
      a.links.push_back({Str(lo, "url"), Str(lo, "anchor"), Size(lo, "start"), Size(lo, "end"), {}});
    }
  }
}

Signal SignalFrom(const json::object& o) {
  Signal s;
  s.type = Str(o, "type");
  s.rule = Str(o, "rule");
  s.confidence = Num(o, "confidence");
  if (const json::object* e = JsonObject(o, "evidence")) s.evidence.push_back(EvidenceFrom(*e));
  if (const json::array* more = JsonArray(o, "more_evidence")) {
    for (const json::value& e : *more) {
      if (e.is_object()) s.evidence.push_back(EvidenceFrom(e.as_object()));
    }
  }
  for (const auto& kv : o) {
    const std::string_view key = kv.key();
    if (key == "type" || key == "rule" || key == "confidence" || key == "evidence" || key == "more_evidence") continue;
    s.fields[key] = kv.value();
  }
  return s;
}

}  // namespace

Result<ReliabilityProfile> ProfileFromJson(const json::object& o) {
  if (Str(o, "schema") != kProfileSchema) {
    return ParseError("not a " + std::string(kProfileSchema) + " profile (schema \"" + Str(o, "schema") + "\")");
  }
  ReliabilityProfile p;
  p.id = Str(o, "id");
  if (const json::object* in = JsonObject(o, "input")) ReadInput(*in, p.input);
  if (const json::object* a = JsonObject(o, "article")) ReadArticle(*a, p.article);
  if (const json::array* signals = JsonArray(o, "signals")) {
    for (const json::value& s : *signals) {
      if (s.is_object()) p.signals.push_back(SignalFrom(s.as_object()));
    }
  }
  if (const json::object* scores = JsonObject(o, "scores")) {
    p.scores.overall = Num(*scores, "overall");
    p.scores.grade = Str(*scores, "grade");
    if (const json::object* dims = JsonObject(*scores, "dimensions")) {
      for (const auto& kv : *dims) p.scores.dimensions[std::string(kv.key())] = kv.value().is_number() ? Num(*dims, kv.key()) : 0.0;
    }
  }
  if (const json::array* reasons = JsonArray(o, "reasons")) {
    for (const json::value& r : *reasons) {
      if (!r.is_object()) continue;
      const json::object& ro = r.as_object();
      const json::value* index = ro.if_contains("signal");
      const int signal = index && index->is_number() ? Clamped<int>(Num(ro, "signal")) : -1;
      p.reasons.push_back({signal, Str(ro, "dimension"), Num(ro, "points"), Str(ro, "text")});
    }
  }
  if (const json::array* errors = JsonArray(o, "errors")) {
    for (const json::value& e : *errors) {
      if (e.is_object()) p.errors.push_back({Str(e.as_object(), "code"), Str(e.as_object(), "message")});
    }
  }
  return p;
}

}  // namespace provscore
