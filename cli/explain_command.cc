// `provscore explain`: prints why a profile scored what it did, as a table a
// reviewer reads in a terminal — every reason with its dimension, points and the
// evidence of the signal behind it.
#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <sstream>

#include "base/text.h"
#include "cli/commands.h"
#include "reports/profile_reader.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

// The profiles file to read: a profiles.jsonl, or an output folder holding one.
fs::path ProfilesFile(const std::string& from) {
  std::error_code ec;
  if (fs::is_directory(from, ec)) return fs::path(from) / "profiles.jsonl";
  return from;
}

// A string cut to `width` display columns (code points), with "…" when cut.
std::string Fit(std::string_view text, size_t width) {
  const std::string flat = CollapseWhitespace(text);
  std::string out;
  size_t columns = 0;
  for (size_t i = 0; i < flat.size();) {
    const size_t start = i;
    NextCodePoint(flat, i);
    if (columns + 1 == width && i < flat.size()) {
      out += "\xE2\x80\xA6";
      return out;
    }
    out.append(flat, start, i - start);
    ++columns;
  }
  return out;
}

std::string Points(double p) {
  std::ostringstream s;
  s << std::showpos << std::fixed << std::setprecision(1) << p;
  return s.str();
}

void Print(const ReliabilityProfile& p, std::ostream& out) {
  out << (p.article.title.empty() ? "(no title)" : p.article.title) << "\n";
  out << "  " << p.input.path << (p.input.url.empty() ? "" : "  " + p.input.url) << "  id " << p.id << "\n";
  out << "  overall " << std::fixed << std::setprecision(1) << p.scores.overall << "  grade " << p.scores.grade << "\n\n";
  std::map<std::string, double> moved;
  for (const Reason& r : p.reasons) moved[r.dimension] += r.points;
  out << "  " << std::left << std::setw(14) << "dimension" << std::right << std::setw(7) << "score" << std::setw(9)
      << "points" << "\n";
  for (const auto& [name, score] : p.scores.dimensions) {
    out << "  " << std::left << std::setw(14) << name << std::right << std::setw(7) << std::setprecision(1) << score
        << std::setw(9) << Points(moved[name]) << "\n";
  }
  out << "\n  " << std::left << std::setw(13) << "dimension" << std::right << std::setw(7) << "points" << "  reason\n";
  for (const Reason& r : p.reasons) {
    out << "  " << std::left << std::setw(13) << r.dimension << std::right << std::setw(7) << Points(r.points) << "  "
        << r.text << "\n";
    if (r.signal >= 0 && static_cast<size_t>(r.signal) < p.signals.size()) {
      const Signal& s = p.signals[static_cast<size_t>(r.signal)];
      const Evidence& e = s.evidence.empty() ? Evidence{} : s.evidence.front();
      out << std::string(24, ' ') << "signal #" << r.signal << " " << s.type << " (" << s.rule << ", "
          << std::setprecision(2) << s.confidence << ") in " << e.where;
      if (e.where == "body") out << " bytes " << e.start << "-" << e.end;
      out << ": \"" << Fit(e.text, 70) << "\"\n";
    }
  }
  if (!p.errors.empty()) {
    out << "\n  errors\n";
    for (const DocumentError& e : p.errors) out << "  " << e.code << ": " << e.message << "\n";
  }
  out << "\n";
}

}  // namespace

int RunExplain(const ExplainOptions& options, std::ostream& out) {
  const fs::path file = ProfilesFile(options.from);
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    spdlog::error("cannot read {}: score a batch first (provscore score ... --out DIR) or name its folder with --in",
                  file.string());
    return kExitUsage;
  }
  size_t shown = 0, line_number = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    std::error_code ec;
    const json::value v = json::parse(line, ec);
    if (ec || !v.is_object()) {
      spdlog::error("{}:{}: not a profile (invalid JSON)", file.string(), line_number);
      return kExitUsage;
    }
    Result<ReliabilityProfile> profile = ProfileFromJson(v.as_object());
    if (!profile.ok()) {
      spdlog::error("{}:{}: {}", file.string(), line_number, profile.status().message());
      return kExitUsage;
    }
    const ReliabilityProfile& p = *profile;
    const bool match = options.what.empty() || p.id == options.what || p.input.path == options.what ||
                       p.input.url == options.what ||
                       (options.what.size() >= 4 && p.input.path.find(options.what) != std::string::npos);
    if (!match) continue;
    Print(p, out);
    ++shown;
  }
  if (shown == 0) {
    spdlog::error("no profile in {} matches \"{}\" (give an id, an input path or a part of one)", file.string(),
                  options.what);
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace provscore
