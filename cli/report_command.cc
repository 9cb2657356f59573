// `provscore report`: re-renders the HTML report from a score run's saved output
// (profiles.jsonl and the head of report.json), so a report can be regenerated
// or restyled without rescoring.
#include <spdlog/spdlog.h>

#include <filesystem>

#include "cli/commands.h"
#include "reports/html_site.h"

namespace provscore {

int RunReport(const ReportOptions& options, std::ostream& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool folder = fs::is_directory(options.from, ec);
  const fs::path profiles = folder ? fs::path(options.from) / "profiles.jsonl" : fs::path(options.from);
  if (!fs::is_regular_file(profiles, ec)) {
    spdlog::error("{}: no profiles.jsonl here; name the output folder of 'provscore score' or its profiles.jsonl",
                  profiles.string());
    return kExitUsage;
  }
  const fs::path report_json = profiles.parent_path() / "report.json";
  ReportHead head;
  if (fs::exists(report_json, ec)) {
    Result<ReportHead> read = ReadReportHead(report_json);
    if (!read.ok()) {
      spdlog::error("{}", read.status().message());
      return kExitUsage;
    }
    head = std::move(read).value();
  } else {
    spdlog::warn("{} is missing: the report shows no versions and no copy clusters", report_json.string());
  }
  const fs::path out_dir = !options.out_dir.empty() ? fs::path(options.out_dir)
                           : profiles.has_parent_path() ? profiles.parent_path()
                                                        : fs::path(".");
  size_t articles = 0;
  if (Status s = RenderHtmlReport(profiles, head, out_dir, &articles); !s.ok()) {
    spdlog::error("{}", s.message());
    return kExitUsage;
  }
  out << "rendered " << articles << " article page(s); wrote " << (out_dir / "report.html").string() << " and "
      << (out_dir / "a").string() << "/\n";
  return kExitOk;
}

}  // namespace provscore
