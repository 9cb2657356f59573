#include "reports/report_writer.h"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <system_error>
#include <utility>

#include "reports/html_report.h"
#include "reports/profile_json.h"

namespace provscore {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr char kReportSchema[] = "provscore.report/1";
constexpr char kProfilesName[] = "profiles.jsonl";
constexpr char kJsonName[] = "report.json";
constexpr char kHtmlName[] = "report.html";

fs::path Temp(const fs::path& dir, const char* name) { return dir / (std::string(name) + ".tmp"); }

json::object CountsToJson(const std::map<std::string, size_t>& counts) {
  json::object o;
  for (const auto& [key, n] : counts) o[key] = n;
  return o;
}

Status Rename(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) return IoError("cannot rename " + from.string() + " to " + to.string() + ": " + ec.message());
  return Status::Ok();
}

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
  for (const char* name : {kJsonName, kHtmlName, kProfilesName}) RemoveQuietly(dir / name);
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

Status ReportWriter::Finish() {
  if (!open_) return InvalidArgument("report writer is not open");
  open_ = false;
  const fs::path jsonl_tmp = Temp(dir_, kProfilesName);
  const fs::path json_tmp = Temp(dir_, kJsonName);
  const fs::path html_tmp = Temp(dir_, kHtmlName);
  jsonl_.close();
  if (jsonl_.fail()) return IoError("cannot finish " + jsonl_tmp.string());

  Status status = [&]() -> Status {
    std::ofstream json_out(json_tmp, std::ios::binary | std::ios::trunc);
    if (!json_out) return IoError("cannot write " + json_tmp.string());
    std::ofstream html_out(html_tmp, std::ios::binary | std::ios::trunc);
    if (!html_out) return IoError("cannot write " + html_tmp.string());

    json::object tool;
    tool["name"] = "provscore";
    tool["version"] = meta_.tool_version;
    json::object counts;
    counts["documents"] = documents_;
    counts["with_errors"] = with_errors_;
    counts["signals"] = CountsToJson(signal_counts_);
    counts["grades"] = CountsToJson(grade_counts_);
    json_out << "{\"schema\":" << SerializeJson(json::string(kReportSchema))
             << ",\"tool\":" << SerializeJson(tool)
             << ",\"rules_version\":" << SerializeJson(json::string(meta_.rules_version));
    if (!meta_.generated_at.empty()) {
      json_out << ",\"generated_at\":" << SerializeJson(json::string(meta_.generated_at));
    }
    json_out << ",\"counts\":" << SerializeJson(counts) << ",\n\"inputs\":[";
    WriteHtmlReportHead(html_out, meta_, documents_, signal_counts_);

    // Pass 1: one parsed profile at a time, for its input path and its HTML section.
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
      WriteHtmlReportArticle(html_out, profile);
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
    WriteHtmlReportTail(html_out);

    json_out.close();
    if (json_out.fail()) return IoError("cannot write " + json_tmp.string());
    html_out.close();
    if (html_out.fail()) return IoError("cannot write " + html_tmp.string());
    return Status::Ok();
  }();

  // report.json last: its presence marks a complete batch.
  if (status.ok()) status = Rename(jsonl_tmp, dir_ / kProfilesName);
  if (status.ok()) status = Rename(html_tmp, dir_ / kHtmlName);
  if (status.ok()) status = Rename(json_tmp, dir_ / kJsonName);
  if (!status.ok()) {
    RemoveQuietly(json_tmp);
    RemoveQuietly(html_tmp);
  }
  return status;
}

}  // namespace provscore
