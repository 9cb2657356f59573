// Checks reports/profile.schema.json against what ProfileToJson writes, with a
// small validator for the keywords the schema uses: type, const, required,
// properties, additionalProperties (as a schema), items and local $ref.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "reports/profile_json.h"

namespace provscore {
namespace {

namespace json = boost::json;

json::object LoadSchema() {
  std::ifstream in(std::string(PROVSCORE_SOURCE_DIR) + "/reports/profile.schema.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  json::value v = json::parse(text.str(), ec);
  if (ec || !v.is_object()) return {};
  return v.get_object();
}

bool IsIntegral(const json::value& v) {
  if (v.is_int64() || v.is_uint64()) return true;
  return v.is_double() && v.get_double() == static_cast<double>(static_cast<long long>(v.get_double()));
}

bool HasType(std::string_view type, const json::value& v) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "number") return v.is_number();
  if (type == "integer") return IsIntegral(v);
  if (type == "boolean") return v.is_bool();
  if (type == "null") return v.is_null();
  return false;
}

class Validator {
 public:
  explicit Validator(json::object root) : root_(std::move(root)) {}

  // The first violation as "<path>: <problem>", or "" when `v` conforms.
  std::string Validate(const json::value& v) const { return Check(root_, v, "$"); }

  // Follows a local "$ref": "#/$defs/<name>".
  const json::object& Resolve(const json::object& schema) const {
    const json::value* ref = schema.if_contains("$ref");
    if (ref == nullptr || !ref->is_string()) return schema;
    const std::string_view target = ref->get_string();
    const std::string_view prefix = "#/$defs/";
    if (target.substr(0, prefix.size()) != prefix) return kNothing;
    const json::value* defs = root_.if_contains("$defs");
    const json::value* def = defs != nullptr ? defs->get_object().if_contains(target.substr(prefix.size())) : nullptr;
    return def != nullptr && def->is_object() ? def->get_object() : kNothing;
  }

  const json::object& root() const { return root_; }

 private:
  std::string Check(const json::object& unresolved, const json::value& v, const std::string& path) const {
    const json::object& s = Resolve(unresolved);
    if (const json::value* c = s.if_contains("const"); c != nullptr && *c != v) {
      return path + ": not " + SerializeJson(*c);
    }
    if (const json::value* t = s.if_contains("type")) {
      bool ok = false;
      if (t->is_string()) ok = HasType(t->get_string(), v);
      if (t->is_array()) {
        for (const json::value& one : t->get_array()) ok = ok || (one.is_string() && HasType(one.get_string(), v));
      }
      if (!ok) return path + ": wrong type, want " + SerializeJson(*t);
    }
    if (v.is_object()) {
      const json::object& o = v.get_object();
      if (const json::value* required = s.if_contains("required")) {
        for (const json::value& key : required->get_array()) {
          if (!o.contains(key.get_string())) {
            return path + ": missing required \"" + std::string(key.get_string()) + "\"";
          }
        }
      }
      const json::value* properties = s.if_contains("properties");
      const json::value* additional = s.if_contains("additionalProperties");
      for (const auto& kv : o) {
        const json::value* sub = properties != nullptr ? properties->get_object().if_contains(kv.key()) : nullptr;
        if (sub == nullptr && additional != nullptr && additional->is_object()) sub = additional;
        if (sub == nullptr) continue;
        if (std::string e = Check(sub->get_object(), kv.value(), path + "." + std::string(kv.key())); !e.empty()) {
          return e;
        }
      }
    }
    if (const json::value* items = s.if_contains("items"); items != nullptr && v.is_array()) {
      const json::array& a = v.get_array();
      for (size_t i = 0; i < a.size(); ++i) {
        const std::string e = Check(items->get_object(), a[i], path + "[" + std::to_string(i) + "]");
        if (!e.empty()) return e;
      }
    }
    return {};
  }

  static inline const json::object kNothing;
  json::object root_;
};

// A step from a JSON value to one of its children: an object key or an array index.
using Step = std::variant<std::string, size_t>;

struct RequiredField {
  std::vector<Step> parent;
  std::string key;
  std::string where;  // for messages
};

// Every required key present in `v` (recursively), following the schema.
void CollectRequired(const Validator& validator, const json::object& unresolved, const json::value& v,
                     std::vector<Step>& steps, const std::string& where, std::vector<RequiredField>& out) {
  const json::object& s = validator.Resolve(unresolved);
  if (v.is_object()) {
    if (const json::value* required = s.if_contains("required")) {
      for (const json::value& key : required->get_array()) {
        if (v.get_object().contains(key.get_string())) out.push_back({steps, std::string(key.get_string()), where});
      }
    }
    if (const json::value* properties = s.if_contains("properties")) {
      for (const auto& kv : v.get_object()) {
        const json::value* sub = properties->get_object().if_contains(kv.key());
        if (sub == nullptr) continue;
        steps.emplace_back(std::string(kv.key()));
        CollectRequired(validator, sub->get_object(), kv.value(), steps, where + "." + std::string(kv.key()), out);
        steps.pop_back();
      }
    }
  }
  if (const json::value* items = s.if_contains("items"); items != nullptr && v.is_array()) {
    for (size_t i = 0; i < v.get_array().size(); ++i) {
      steps.emplace_back(i);
      CollectRequired(validator, items->get_object(), v.get_array()[i], steps, where + "[" + std::to_string(i) + "]",
                      out);
      steps.pop_back();
    }
  }
}

json::value& Follow(json::value& v, const std::vector<Step>& steps) {
  json::value* at = &v;
  for (const Step& step : steps) {
    if (const std::string* key = std::get_if<std::string>(&step)) {
      at = &at->as_object().at(*key);
    } else {
      at = &at->as_array().at(std::get<size_t>(step));
    }
  }
  return *at;
}

ReliabilityProfile FullProfile() {
  ReliabilityProfile p;
  p.id = "sha256:abc";
  p.input = {"a.html", "https://example.com/a", "text/html", 10, "utf-8", "meta", {}};
  p.article.title = "Title";
  p.article.authors = {{"Jane Doe", "json-ld", 0.9}};
  p.article.published = SourcedValue{"2024-05-01", "meta", 0.8};
  p.article.modified = SourcedValue{"2024-05-02", "meta", 0.7};
  p.article.language = "en";
  p.article.site_name = "Example";
  p.article.canonical_url = "https://example.com/a";
  p.article.text = "Hello (AP) world";
  p.article.links = {{"https://example.com/b", "world", 11, 16, {}}};
  Signal s;
  s.type = kSignalWireAttribution;
  s.rule = "wa.en.paren";
  s.confidence = 0.9;
  s.evidence = {{"(AP)", 6, 10, "body"}, {"AP", 0, 2, "byline"}};
  s.fields["outlet"] = "AP";
  s.fields["flags"] = json::array{1, 2};
  p.signals.push_back(s);
  p.scores = {70.0, "B", {{"attribution", 60.0}}};
  p.reasons = {{0, "attribution", -10.0, "Wire copy."}, {-1, "transparency", 0.0, "No author."}};
  p.errors = {{kErrNoText, "Nothing left."}};
  return p;
}

class ProfileSchemaTest : public ::testing::Test {
 protected:
  ProfileSchemaTest() : validator_(LoadSchema()) {}
  Validator validator_;
};

TEST_F(ProfileSchemaTest, SchemaIsDraft202012ForTheContract) {
  ASSERT_FALSE(validator_.root().empty()) << "reports/profile.schema.json is missing or not JSON";
  EXPECT_EQ(validator_.root().at("$schema").as_string(), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(validator_.root().at("properties").at("schema").at("const").as_string(), kProfileSchema);
}

TEST_F(ProfileSchemaTest, FullProfileSatisfiesTheSchema) {
  EXPECT_EQ(validator_.Validate(ProfileToJson(FullProfile())), "");
}

TEST_F(ProfileSchemaTest, EmptyProfileWithNullsSatisfiesTheSchema) {
  EXPECT_EQ(validator_.Validate(ProfileToJson(ReliabilityProfile{})), "");
}

TEST_F(ProfileSchemaTest, ProfileReadBackFromJsonSatisfiesTheSchema) {
  EXPECT_EQ(validator_.Validate(json::parse(SerializeJson(ProfileToJson(FullProfile())))), "");
}

TEST_F(ProfileSchemaTest, RemovingAnyRequiredFieldIsCaught) {
  const json::value full = ProfileToJson(FullProfile());
  std::vector<RequiredField> fields;
  std::vector<Step> steps;
  CollectRequired(validator_, validator_.root(), full, steps, "$", fields);
  // 8 top-level, input 10, article 13, one author 4, published_source 2, one link 4,
  // one signal 4 with 2 evidence objects of 4, scores 3, two reasons of 4, one error 2.
  EXPECT_EQ(fields.size(), 8u + 10 + 13 + 4 + 2 + 4 + 4 + 8 + 3 + 8 + 2);
  for (const RequiredField& f : fields) {
    json::value broken = full;
    ASSERT_TRUE(Follow(broken, f.parent).as_object().erase(f.key) == 1);
    EXPECT_EQ(validator_.Validate(broken), f.where + ": missing required \"" + f.key + "\"");
  }
}

TEST_F(ProfileSchemaTest, EveryContractKeyTheSerialiserWritesIsRequired) {
  // The reverse direction: at each fixed-shape level, what ProfileToJson writes is
  // exactly what the schema requires (more_evidence is the one optional key).
  const json::value full = ProfileToJson(FullProfile());
  std::vector<RequiredField> required;
  std::vector<Step> steps;
  CollectRequired(validator_, validator_.root(), full, steps, "$", required);
  auto is_required = [&](const std::vector<Step>& parent, const std::string& key) {
    for (const RequiredField& f : required) {
      if (f.parent == parent && f.key == key) return true;
    }
    return false;
  };
  const std::vector<std::vector<Step>> fixed_shape = {
      {},
      {Step{std::string("input")}},
      {Step{std::string("article")}},
      {Step{std::string("article")}, Step{std::string("published_source")}},
      {Step{std::string("scores")}},
      {Step{std::string("errors")}, Step{size_t{0}}},
      {Step{std::string("reasons")}, Step{size_t{1}}},
      {Step{std::string("signals")}, Step{size_t{0}}, Step{std::string("evidence")}},
  };
  for (const std::vector<Step>& parent : fixed_shape) {
    json::value copy = full;
    for (const auto& kv : Follow(copy, parent).as_object()) {
      EXPECT_TRUE(is_required(parent, std::string(kv.key()))) << kv.key();
    }
  }
}

struct BadValue {
  const char* pointer;  // JSON pointer of the value to replace
  const char* replacement;
  const char* error;
};

TEST_F(ProfileSchemaTest, WrongTypesAreCaught) {
  const BadValue cases[] = {
      {"/schema", R"("provscore.profile/2")", R"($.schema: not "provscore.profile/1")"},
      {"/input/path", "null", R"($.input.path: wrong type, want "string")"},
      {"/input/bytes", "1.5", R"($.input.bytes: wrong type, want "integer")"},
      {"/article/title", "7", R"($.article.title: wrong type, want ["string","null"])"},
      {"/article/word_count", R"("12")", R"($.article.word_count: wrong type, want "integer")"},
      {"/article/authors/0", "{}", R"($.article.authors[0]: wrong type, want "string")"},
      {"/signals/0/evidence", "[]", R"($.signals[0].evidence: wrong type, want "object")"},
      {"/scores/dimensions/attribution", R"("high")", R"($.scores.dimensions.attribution: wrong type, want "number")"},
      {"/reasons/0/signal", R"("0")", R"($.reasons[0].signal: wrong type, want ["integer","null"])"},
  };
  const json::value full = ProfileToJson(FullProfile());
  for (const BadValue& c : cases) {
    json::value broken = full;
    broken.at_pointer(c.pointer) = json::parse(c.replacement);
    EXPECT_EQ(validator_.Validate(broken), c.error) << c.pointer;
  }
}

TEST_F(ProfileSchemaTest, SignalFamilyFieldsAreAllowed) {
  json::value v = ProfileToJson(FullProfile());
  v.at_pointer("/signals/0").as_object()["anything_new"] = json::object{{"nested", true}};
  EXPECT_EQ(validator_.Validate(v), "");
  EXPECT_TRUE(validator_.root().at("properties").at("signals").at("items").at("additionalProperties").as_bool());
}

}  // namespace
}  // namespace provscore
