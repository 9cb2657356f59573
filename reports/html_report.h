// The self-contained HTML review page (no external scripts, styles or fonts).
// Built by streaming: WriteHtmlReportHead, then one WriteHtmlReportArticle per
// profile (as its JSON object), then WriteHtmlReportTail. Thread-safe, stateless.
// Each article is one collapsed <details> whose <summary> is its row in the
// summary table (title, site, grade, overall, signals, errors); the inline script
// sorts and filters those rows. Every profile string is escaped; body evidence
// spans are highlighted as <mark data-signal="i" title="type: rule">, skipping
// spans that are out of range, overlap an earlier one or split a UTF-8 sequence.
#pragma once

#include <boost/json/object.hpp>

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "reports/report_writer.h"

namespace provscore {

void WriteHtmlReportHead(std::ostream& out, const ReportMeta& meta, size_t documents,
                         const std::map<std::string, size_t>& signal_counts);
void WriteHtmlReportArticle(std::ostream& out, const boost::json::object& profile);
void WriteHtmlReportTail(std::ostream& out);

// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view s);

}  // namespace provscore
