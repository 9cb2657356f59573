#include "batch/signature.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "base/text.h"
#include "score/signal.h"

namespace provscore {
namespace {

namespace json = boost::json;

constexpr char kHex[] = "0123456789abcdef";

json::value OptionalString(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }

json::array Strings(const std::vector<std::string>& v) {
  json::array a;
  for (const std::string& s : v) a.emplace_back(s);
  return a;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Signature SignatureOf(const ReliabilityProfile& p, const OutletLexicon& outlets, const SyndicationIndex& signer) {
  Signature s;
  s.id = p.id;
  s.url = !p.input.url.empty() ? p.input.url : p.article.canonical_url;
  s.path = p.input.path;
  s.site = !p.article.site_name.empty() ? p.article.site_name : UrlHost(s.url);
  if (p.article.published) s.published = p.article.published->value;
  if (!p.input.archive.fetched_at.empty()) s.fetched_at = p.input.archive.fetched_at;
  for (const Signal& sig : p.signals) {
    const json::value* role = sig.fields.if_contains("role");
    const json::value* outlet = sig.fields.if_contains("outlet");
    if (sig.type == kSignalWireAttribution && role && role->is_string() && role->as_string() == "credit" && outlet &&
        outlet->is_string()) {
      s.credited_outlets.emplace_back(outlet->as_string());
      s.credits_any = true;
    }
  }
  // The names the page's own site goes by, so a copy crediting it points here.
  for (const Outlet* o : {outlets.FindByAlias(p.article.site_name), outlets.FindByDomain(UrlHost(s.url))}) {
    if (o != nullptr) s.own_outlet_names.push_back(outlets.Canonical(o)->name);
  }
  if (!p.article.site_name.empty()) s.own_outlet_names.push_back(p.article.site_name);
  s.text = signer.Sign(p.article.text);
  return s;
}

ArticleFacts FactsOf(const Signature& s) {
  ArticleFacts facts;
  facts.site = s.site;
  facts.url = s.url;
  facts.published = s.published;
  facts.fetched_at = s.fetched_at;
  facts.credited_outlets = s.credited_outlets;
  facts.own_outlet_names = s.own_outlet_names;
  return facts;
}

std::string SignatureToJson(const Signature& s) {
  json::object o;
  o["id"] = s.id;
  o["url"] = s.url;
  o["path"] = s.path;
  o["site"] = s.site;
  o["published"] = OptionalString(s.published);
  o["fetched_at"] = OptionalString(s.fetched_at);
  o["credited"] = Strings(s.credited_outlets);
  o["own"] = Strings(s.own_outlet_names);
  o["credits_any"] = s.credits_any;
  o["words"] = s.text.words;
  o["shingles"] = s.text.shingles;
  std::string hex;
  hex.reserve(s.text.minhash.size() * 8);
  for (const uint32_t v : s.text.minhash) {
    for (int shift = 28; shift >= 0; shift -= 4) hex.push_back(kHex[(v >> shift) & 0xF]);
  }
  o["minhash"] = hex;
  return json::serialize(o);
}

Result<Signature> SignatureFromJson(std::string_view line) {
  json::parse_options options;
  options.allow_invalid_utf8 = true;  // paths and URLs are kept byte for byte
  std::error_code ec;
  json::value v = json::parse(line, ec, {}, options);
  if (ec || !v.is_object()) return InvalidArgument("signature: not a JSON object");
  const json::object& o = v.get_object();
  auto bad = [](std::string_view field) {
    return InvalidArgument("signature: missing or malformed \"" + std::string(field) + "\"");
  };
  Signature s;
  for (auto [field, out] :
       {std::pair<const char*, std::string*>{"id", &s.id}, {"url", &s.url}, {"path", &s.path}, {"site", &s.site}}) {
    const json::value* f = o.if_contains(field);
    if (!f || !f->is_string()) return bad(field);
    *out = std::string(f->get_string());
  }
  for (auto [field, out] : {std::pair<const char*, std::optional<std::string>*>{"published", &s.published},
                            {"fetched_at", &s.fetched_at}}) {
    const json::value* f = o.if_contains(field);
    if (!f || !(f->is_string() || f->is_null())) return bad(field);
    if (f->is_string()) *out = std::string(f->get_string());
  }
  for (auto [field, out] : {std::pair<const char*, std::vector<std::string>*>{"credited", &s.credited_outlets},
                            {"own", &s.own_outlet_names}}) {
    const json::value* f = o.if_contains(field);
    if (!f || !f->is_array()) return bad(field);
    for (const json::value& e : f->get_array()) {
      if (!e.is_string()) return bad(field);
      out->emplace_back(e.get_string());
    }
  }
  const json::value* credits = o.if_contains("credits_any");
  if (!credits || !credits->is_bool()) return bad("credits_any");
  s.credits_any = credits->get_bool();
  for (auto [field, out] :
       {std::pair<const char*, uint32_t*>{"words", &s.text.words}, {"shingles", &s.text.shingles}}) {
    const json::value* f = o.if_contains(field);
    if (!f || !f->is_number()) return bad(field);
    std::error_code num_ec;
    const auto n = f->to_number<uint32_t>(num_ec);
    if (num_ec) return bad(field);
    *out = n;
  }
  const json::value* minhash = o.if_contains("minhash");
  if (!minhash || !minhash->is_string() || minhash->get_string().size() % 8 != 0) return bad("minhash");
  const json::string& hex = minhash->get_string();
  s.text.minhash.reserve(hex.size() / 8);
  for (size_t i = 0; i < hex.size(); i += 8) {
    uint32_t value = 0;
    for (size_t j = 0; j < 8; ++j) {
      const int d = HexDigit(hex[i + j]);
      if (d < 0) return bad("minhash");
      value = (value << 4) | static_cast<uint32_t>(d);
    }
    s.text.minhash.push_back(value);
  }
  return s;
}

}  // namespace provscore
