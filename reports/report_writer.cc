#include "base/file_commit.h"
#include "reports/report_writer.h"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cmath>
#include <system_error>
#include <utility>

#include "base/text.h"
#include "reports/html_site.h"
#include "reports/profile_json.h"
#include "reports/profile_reader.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr char kReportSchema[] = "provscore.report/1";
constexpr char kProfilesName[] = "profiles.jsonl";
constexpr char kJsonName[] = "report.json";

fs::path Temp(const fs::path& dir, const char* name) { return dir / (std::string(name) + ".tmp"); }

json::object CountsToJson(const std::map<std::string, size_t>& counts) {
  json::object o;
  for (const auto& [key, n] : counts) o[key] = n;
  return o;
}

std::string StrAt(const json::object& o, std::string_view a, std::string_view b) {
  const json::object* outer = JsonObject(o, a);
  return outer != nullptr ? std::string(JsonString(*outer, b)) : std::string();
}

// The site a profile belongs to, for per-site averages.
std::string SiteOf(const json::object& profile) {
  std::string site = StrAt(profile, "article", "site_name");
  if (site.empty()) site = UrlHost(StrAt(profile, "article", "canonical_url"));
  if (site.empty()) site = UrlHost(StrAt(profile, "input", "url"));
  return site.empty() ? "(unknown)" : site;
}

// Counters kept while the profiles stream by.
struct Tally {
  size_t documents = 0;
  size_t with_errors = 0;
  std::map<std::string, size_t> signals;
  std::map<std::string, size_t> grades;
  std::map<std::string, size_t> distribution;  // "0-9" ... "90-100"
  std::map<std::string, std::pair<size_t, double>> sites;  // documents, sum of overall scores

  void Add(const json::object& profile) {
    ++documents;
    if (const json::value* e = profile.if_contains("errors"); e && e->is_array() && !e->get_array().empty()) {
      ++with_errors;
    }
    if (const json::value* sig = profile.if_contains("signals"); sig && sig->is_array()) {
      for (const json::value& s : sig->get_array()) {
        if (const json::value* t = s.is_object() ? s.get_object().if_contains("type") : nullptr; t && t->is_string()) {
          ++signals[std::string(t->get_string())];
        }
      }
    }
    const json::value* scores = profile.if_contains("scores");
    if (!scores || !scores->is_object()) return;
    const json::object& so = scores->get_object();
    if (const json::value* g = so.if_contains("grade"); g && g->is_string() && !g->get_string().empty()) {
      ++grades[std::string(g->get_string())];
    }
    const json::value* overall = so.if_contains("overall");
    if (!overall || !overall->is_number()) return;
    const double score = overall->to_number<double>();
    const int tens = std::min(9, std::max(0, static_cast<int>(score / 10)));
    ++distribution[std::to_string(tens * 10) + "-" + (tens == 9 ? "100" : std::to_string(tens * 10 + 9))];
    auto& site = sites[SiteOf(profile)];
    ++site.first;
    site.second += score;
  }

  json::object ToJson() const {
    json::object counts;
    counts["documents"] = documents;
    counts["with_errors"] = with_errors;
    counts["signals"] = CountsToJson(signals);
    counts["grades"] = CountsToJson(grades);
    counts["score_distribution"] = CountsToJson(distribution);
    json::object per_site;
    for (const auto& [site, v] : sites) {
      json::object o;
      o["documents"] = v.first;
      o["average_overall"] = std::round(v.second / static_cast<double>(v.first) * 10.0) / 10.0;
      per_site[site] = std::move(o);
    }
    counts["sites"] = std::move(per_site);
    return counts;
  }
};

void RemoveQuietly(const fs::path& p) {
  std::error_code ec;
  fs::remove(p, ec);
}

}  // namespace

Status ReportWriter::Open(const std::filesystem::path& dir, ReportMeta meta) {
  if (open_) return InvalidArgument("report writer is already open on " + dir_.string());
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return IoError("cannot create " + dir.string() + ": " + ec.message());
  for (const char* name : {kJsonName, kReportIndexName, kProfilesName}) RemoveQuietly(dir / name);
  jsonl_.open(Temp(dir, kProfilesName), std::ios::binary | std::ios::trunc);
  if (!jsonl_) return IoError("cannot write " + Temp(dir, kProfilesName).string());
  dir_ = dir;
  meta_ = std::move(meta);
  open_ = true;
  documents_ = 0;
  with_errors_ = 0;
  signal_counts_.clear();
  grade_counts_.clear();
  return Status::Ok();
}

Status ReportWriter::Add(const ReliabilityProfile& profile) {
  if (!open_) return InvalidArgument("report writer is not open");
  jsonl_ << SerializeJson(ProfileToJson(profile)) << '\n';
  if (!jsonl_) return IoError("cannot write " + Temp(dir_, kProfilesName).string());
  ++documents_;
  if (!profile.errors.empty()) ++with_errors_;
  for (const Signal& s : profile.signals) ++signal_counts_[s.type];
  if (!profile.scores.grade.empty()) ++grade_counts_[profile.scores.grade];
  return Status::Ok();
}

Status ReportWriter::AddSerialized(std::string_view profile_json) {
  if (!open_) return InvalidArgument("report writer is not open");
  jsonl_.write(profile_json.data(), static_cast<std::streamsize>(profile_json.size())) << '\n';
  if (!jsonl_) return IoError("cannot write " + Temp(dir_, kProfilesName).string());
  ++documents_;
  return Status::Ok();
}

Status ReportWriter::Finish(const BatchAdditions* additions) {
  if (!open_) return InvalidArgument("report writer is not open");
  open_ = false;
  const fs::path first_tmp = Temp(dir_, "profiles.pass1.jsonl");
  const fs::path jsonl_tmp = Temp(dir_, kProfilesName);
  const fs::path json_tmp = Temp(dir_, kJsonName);
  jsonl_.close();
  if (jsonl_.fail()) return IoError("cannot finish " + jsonl_tmp.string());

  Status status = [&]() -> Status {
    // Pass 0: the batch additions (a profile that gained signals is read back,
    // extended, rescored and written again) and the counts.
    std::error_code renamed;  // a temporary renamed to another: nothing to make durable yet
    fs::rename(jsonl_tmp, first_tmp, renamed);
    if (renamed) return IoError("cannot rename " + jsonl_tmp.string() + ": " + renamed.message());
    Tally tally;
    {
      std::ifstream in(first_tmp, std::ios::binary);
      if (!in) return IoError("cannot read " + first_tmp.string());
      std::ofstream out(jsonl_tmp, std::ios::binary | std::ios::trunc);
      if (!out) return IoError("cannot write " + jsonl_tmp.string());
      std::string line;
      for (size_t index = 0; std::getline(in, line); ++index) {
        std::error_code ec;
        json::value v = json::parse(line, ec);
        if (ec || !v.is_object()) return Internal(first_tmp.string() + ":" + std::to_string(index + 1) + ": not a JSON object");
        if (additions && index < additions->signals.size() && !additions->signals[index].empty()) {
          Result<ReliabilityProfile> profile = ProfileFromJson(v.get_object());
          if (!profile.ok()) return Internal(first_tmp.string() + ": " + profile.status().message());
          for (const Signal& s : additions->signals[index]) profile->signals.push_back(s);
          if (additions->rescore) additions->rescore(profile.value());
          v = ProfileToJson(*profile);
          line = SerializeJson(v);
        }
        tally.Add(v.get_object());
        out << line << '\n';
      }
      if (in.bad()) return IoError("cannot read " + first_tmp.string());
      out.close();
      if (out.fail()) return IoError("cannot write " + jsonl_tmp.string());
    }
    RemoveQuietly(first_tmp);
    documents_ = tally.documents;
    with_errors_ = tally.with_errors;
    signal_counts_ = tally.signals;
    grade_counts_ = tally.grades;

    std::ofstream json_out(json_tmp, std::ios::binary | std::ios::trunc);
    if (!json_out) return IoError("cannot write " + json_tmp.string());

    json::object tool;
    tool["name"] = "provscore";
    tool["version"] = meta_.tool_version;
    json_out << "{\"schema\":" << SerializeJson(json::string(kReportSchema))
             << ",\"tool\":" << SerializeJson(tool)
             << ",\"rules_version\":" << SerializeJson(json::string(meta_.rules_version));
    if (!meta_.rules_digest.empty()) {
      json_out << ",\"rules_digest\":" << SerializeJson(json::string(meta_.rules_digest));
    }
    if (!meta_.generated_at.empty()) {
      json_out << ",\"generated_at\":" << SerializeJson(json::string(meta_.generated_at));
    }
    json_out << ",\"counts\":" << SerializeJson(tally.ToJson())
             << ",\n\"clusters\":" << SerializeJson(additions ? json::value(additions->clusters) : json::value(json::array()))
             << ",\n\"inputs\":[";

    // Pass 1: one parsed profile at a time, for its input path.
    std::ifstream in(jsonl_tmp, std::ios::binary);
    if (!in) return IoError("cannot read " + jsonl_tmp.string());
    std::string line;
    size_t line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      std::error_code ec;
      json::value v = json::parse(line, ec);
      if (ec || !v.is_object()) {
        return Internal(jsonl_tmp.string() + ":" + std::to_string(line_number) + ": not a JSON object");
      }
      const json::object& profile = v.get_object();
      const json::value* input = profile.if_contains("input");
      const json::value* path =
          input != nullptr && input->is_object() ? input->get_object().if_contains("path") : nullptr;
      json_out << (line_number > 1 ? "," : "") << (path != nullptr ? SerializeJson(*path) : "null");
    }
    if (in.bad()) return IoError("cannot read " + jsonl_tmp.string());

    // Pass 2: the profile lines, copied as they are.
    json_out << "],\"profiles\":[";
    std::ifstream again(jsonl_tmp, std::ios::binary);
    if (!again) return IoError("cannot read " + jsonl_tmp.string());
    bool first = true;
    while (std::getline(again, line)) {
      json_out << (first ? "\n" : ",\n") << line;
      first = false;
    }
    if (again.bad()) return IoError("cannot read " + jsonl_tmp.string());
    json_out << "\n]}\n";

    json_out.close();
    if (json_out.fail()) return IoError("cannot write " + json_tmp.string());
    // The HTML report: the index and one page per article, from the same lines.
    ReportHead head;
    head.meta = meta_;
    if (additions) head.clusters = additions->clusters;
    return RenderHtmlReport(jsonl_tmp, head, dir_);
  }();

  // report.json last: its presence marks a complete batch.
  if (status.ok()) status = CommitFile(jsonl_tmp, dir_ / kProfilesName);
  if (status.ok()) status = CommitFile(json_tmp, dir_ / kJsonName);
  if (!status.ok()) {
    RemoveQuietly(Temp(dir_, "profiles.pass1.jsonl"));
    RemoveQuietly(json_tmp);
    RemoveQuietly(Temp(dir_, kReportIndexName));
  }
  return status;
}

}  // namespace provscore
