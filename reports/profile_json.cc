#include "reports/profile_json.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

#include <charconv>
#include <cmath>
#include <string_view>

#include "base/text.h"

namespace provscore {
namespace {

namespace json = boost::json;

// Every string in the output must be valid UTF-8 or the file is not JSON; paths
// in particular are whatever bytes the file system holds.
json::value Utf8(std::string_view s) {
  if (IsValidUtf8(s)) return json::string(s);
  return json::string(RepairUtf8(s));
}

json::value StringOrNull(std::string_view s) {
  if (s.empty()) return nullptr;
  return Utf8(s);
}

// Rounds to `decimals` places (1 or 2) and folds -0 into 0, so that equal scores
// print the same.
double Round(double x, int decimals) {
  if (!std::isfinite(x)) return x;
  const double scale = decimals == 2 ? 100.0 : 10.0;
  const double r = std::round(x * scale) / scale;
  return r == 0.0 ? 0.0 : r;
}

json::value Sanitize(const json::value& v) {
  switch (v.kind()) {
    case json::kind::string:
      return Utf8(v.get_string());
    case json::kind::array: {
      json::array out;
      out.reserve(v.get_array().size());
      for (const json::value& e : v.get_array()) out.push_back(Sanitize(e));
      return out;
    }
    case json::kind::object: {
      json::object out;
      for (const auto& kv : v.get_object()) {
        out.emplace(Utf8(kv.key()).get_string(), Sanitize(kv.value()));
      }
      return out;
    }
    default:
      return v;
  }
}

json::object EvidenceToJson(const Evidence& e) {
  json::object o;
  o["text"] = Utf8(e.text);
  o["start"] = e.start;
  o["end"] = e.end;
  o["where"] = Utf8(e.where);
  return o;
}

json::object InputToJson(const InputInfo& in) {
  json::object o;
  o["path"] = Utf8(in.path);
  o["url"] = StringOrNull(in.url);
  o["content_type"] = Utf8(in.content_type);
  o["bytes"] = in.bytes;
  o["charset"] = Utf8(in.charset);
  o["charset_source"] = Utf8(in.charset_source);
  o["fetched_at"] = StringOrNull(in.archive.fetched_at);
  o["warc_file"] = StringOrNull(in.archive.warc_file);
  if (in.archive.warc_offset) o["warc_offset"] = *in.archive.warc_offset;
  else o["warc_offset"] = nullptr;
  o["warc_record_id"] = StringOrNull(in.archive.warc_record_id);
  return o;
}

json::value SourceOrNull(const std::optional<SourcedValue>& v) {
  if (!v) return nullptr;
  json::object o;
  o["source"] = Utf8(v->source);
  o["confidence"] = Round(v->confidence, 2);
  return o;
}

json::value ValueOrNull(const std::optional<SourcedValue>& v) {
  if (!v) return nullptr;
  return StringOrNull(v->value);
}

json::object ArticleToJson(const Article& a) {
  json::object o;
  o["title"] = StringOrNull(a.title);
  json::array authors;
  json::array author_sources;
  for (const SourcedValue& author : a.authors) {
    authors.push_back(Utf8(author.value));
    json::object s;
    s["name"] = Utf8(author.value);
    s["source"] = Utf8(author.source);
    s["confidence"] = Round(author.confidence, 2);
    s["person"] = author.person;
    author_sources.push_back(std::move(s));
  }
  o["authors"] = std::move(authors);
  o["author_sources"] = std::move(author_sources);
  o["published"] = ValueOrNull(a.published);
  o["published_source"] = SourceOrNull(a.published);
  o["modified"] = ValueOrNull(a.modified);
  o["language"] = StringOrNull(a.language);
  o["site_name"] = StringOrNull(a.site_name);
  o["canonical_url"] = StringOrNull(a.canonical_url);
  o["word_count"] = CountWords(a.text);
  o["text"] = Utf8(a.text);
  json::array links;
  for (const BodyLink& link : a.links) {
    json::object l;
    l["url"] = Utf8(link.url);
    l["anchor"] = Utf8(link.anchor);
    l["start"] = link.start;
    l["end"] = link.end;
    links.push_back(std::move(l));
  }
  o["links"] = std::move(links);
  // The byte ranges of `text` that are recirculation boxes placed between the
  // paragraphs (TextBlock::recirculation), adjacent blocks of a box as one range:
  // `text` without them is the article's own text.
  json::array recirculation;
  size_t open_start = 0, open_end = 0;
  bool open = false;
  for (const TextBlock& b : a.blocks) {
    if (!b.recirculation) continue;
    if (open && a.text.find_first_not_of("\n", open_end) == b.start) {
      open_end = b.end;
      continue;
    }
    if (open) recirculation.push_back(json::object{{"start", open_start}, {"end", open_end}});
    open_start = b.start;
    open_end = b.end;
    open = true;
  }
  if (open) recirculation.push_back(json::object{{"start", open_start}, {"end", open_end}});
  o["recirculation"] = std::move(recirculation);
  return o;
}

json::object SignalToJson(const Signal& s) {
  json::object o;
  o["type"] = Utf8(s.type);
  o["rule"] = Utf8(s.rule);
  o["confidence"] = Round(s.confidence, 2);
  // The contract says evidence is never empty; if a detector breaks that, the
  // shape stays fixed with an empty span rather than a missing key.
  o["evidence"] = s.evidence.empty() ? EvidenceToJson(Evidence{}) : EvidenceToJson(s.evidence[0]);
  if (s.evidence.size() > 1) {
    json::array more;
    for (size_t i = 1; i < s.evidence.size(); ++i) more.push_back(EvidenceToJson(s.evidence[i]));
    o["more_evidence"] = std::move(more);
  }
  for (const auto& kv : s.fields) {
    json::value key = Utf8(kv.key());
    if (o.contains(key.get_string())) continue;  // contract keys win
    o.emplace(key.get_string(), Sanitize(kv.value()));
  }
  return o;
}

json::object ScoresToJson(const Scores& s) {
  json::object o;
  o["overall"] = Round(s.overall, 1);
  o["grade"] = Utf8(s.grade);
  json::object dims;
  for (const auto& [name, value] : s.dimensions) dims[Utf8(name).get_string()] = Round(value, 1);
  o["dimensions"] = std::move(dims);
  return o;
}

void AppendJson(const json::value& v, std::string& out) {
  switch (v.kind()) {
    case json::kind::double_: {
      const double d = v.get_double();
      if (!std::isfinite(d)) {
        out += "null";
        return;
      }
      char buf[32];
      const auto r = std::to_chars(buf, buf + sizeof buf, d);
      out.append(buf, r.ptr);
      return;
    }
    case json::kind::array: {
      out += '[';
      bool first = true;
      for (const json::value& e : v.get_array()) {
        if (!first) out += ',';
        first = false;
        AppendJson(e, out);
      }
      out += ']';
      return;
    }
    case json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& kv : v.get_object()) {
        if (!first) out += ',';
        first = false;
        out += json::serialize(kv.key());
        out += ':';
        AppendJson(kv.value(), out);
      }
      out += '}';
      return;
    }
    default:
      out += json::serialize(v);
      return;
  }
}

}  // namespace

boost::json::object ProfileToJson(const ReliabilityProfile& profile) {
  json::object o;
  o["schema"] = kProfileSchema;
  o["id"] = Utf8(profile.id);
  o["input"] = InputToJson(profile.input);
  o["article"] = ArticleToJson(profile.article);
  json::array signals;
  for (const Signal& s : profile.signals) signals.push_back(SignalToJson(s));
  o["signals"] = std::move(signals);
  o["scores"] = ScoresToJson(profile.scores);
  json::array reasons;
  for (const Reason& r : profile.reasons) {
    json::object j;
    j["signal"] = r.signal < 0 ? json::value(nullptr) : json::value(r.signal);
    j["dimension"] = Utf8(r.dimension);
    j["points"] = Round(r.points, 1);
    j["text"] = Utf8(r.text);
    reasons.push_back(std::move(j));
  }
  o["reasons"] = std::move(reasons);
  json::array errors;
  for (const DocumentError& e : profile.errors) {
    json::object j;
    j["code"] = Utf8(e.code);
    j["message"] = Utf8(e.message);
    errors.push_back(std::move(j));
  }
  o["errors"] = std::move(errors);
  return o;
}

std::string SerializeJson(const boost::json::value& value) {
  std::string out;
  AppendJson(value, out);
  return out;
}

}  // namespace provscore
