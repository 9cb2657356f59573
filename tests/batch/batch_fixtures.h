// Fixtures shared by the batch and scale-out tests: news pages made
// from the invented articles of tests/data/syndication (a wire story, its copies,
// unrelated stories), and uncompressed WARC files of such pages written by hand (the
// fetch/ writer is not used, so a bug there cannot hide itself here).
#pragma once

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/temp_dir.h"

namespace provscore::testing {

inline std::string ReadText(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteText(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

// An article page: the fixture's first line is the headline, blank lines part paragraphs.
inline std::string ArticlePage(const std::string& fixture, const std::string& site) {
  const std::string text = ReadText(std::filesystem::path(PROVSCORE_TEST_DATA) / "syndication" / (fixture + ".txt"));
  std::istringstream lines(text);
  std::string line, title, body, paragraph;
  while (std::getline(lines, line)) {
    if (title.empty()) {
      title = line;
      continue;
    }
    if (line.empty()) {
      if (!paragraph.empty()) body += "<p>" + paragraph + "</p>\n";
      paragraph.clear();
    } else {
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
  }
  if (!paragraph.empty()) body += "<p>" + paragraph + "</p>\n";
  return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
         "</title><meta property=\"og:site_name\" content=\"" + site + "\"></head><body><article><h1>" + title +
         "</h1>\n" + body + "</article></body></html>";
}

struct WarcPage {
  std::string url;
  std::string date;  // WARC-Date
  std::string html;
};

// One response record per page, uncompressed, then (optionally) a torn last record.
inline void WriteWarc(const std::filesystem::path& path, const std::vector<WarcPage>& pages) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  int serial = 0;
  for (const WarcPage& p : pages) {
    const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                             std::to_string(p.html.size()) + "\r\n\r\n" + p.html;
    char id[64];
    snprintf(id, sizeof id, "<urn:uuid:00000000-0000-4000-8000-%012d>", ++serial);
    out << "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: " << id << "\r\nWARC-Date: " << p.date
        << "\r\nWARC-Target-URI: " << p.url << "\r\nContent-Type: application/http; msgtype=response\r\n"
        << "Content-Length: " << http.size() << "\r\n\r\n"
        << http << "\r\n\r\n";
  }
}

// Three WARC files of a small collection: a wire story and three copies of it spread
// over the files (one crediting the agency), an independent article on the same event
// and five unrelated stories. Returns their paths, in order.
inline std::vector<std::string> WriteCollection(const std::filesystem::path& dir) {
  const std::vector<std::vector<WarcPage>> files = {
      {{"http://northwire.example/world/kestrel-point-fire", "2024-03-05T08:00:00Z",
        ArticlePage("wire_original", "Northwire")},
       {"http://gazette.example/storm/landfall", "2024-03-05T09:00:00Z", ArticlePage("storm_landfall", "Gazette")},
       {"http://gazette.example/storm/power", "2024-03-05T09:10:00Z", ArticlePage("storm_power", "Gazette")}},
      {{"http://herald.example/news/fire", "2024-03-05T10:00:00Z", ArticlePage("republished_credited", "Herald")},
       {"http://courier.example/fire-report", "2024-03-05T10:30:00Z",
        ArticlePage("same_event_other_outlet", "Courier")},
       {"http://courier.example/storm/transport", "2024-03-05T11:00:00Z", ArticlePage("storm_transport", "Courier")}},
      {{"http://digest.example/a/1", "2024-03-05T12:00:00Z", ArticlePage("republished_edited", "Digest")},
       {"http://local.example/fire-and-more", "2024-03-05T12:30:00Z", ArticlePage("republished_padded", "Local")},
       {"http://local.example/storm/village", "2024-03-05T13:00:00Z", ArticlePage("storm_village", "Local")},
       {"http://digest.example/a/2", "2024-03-05T13:30:00Z", ArticlePage("storm_analysis", "Digest")}},
  };
  std::vector<std::string> paths;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::filesystem::path p = dir / ("crawl-" + std::to_string(i) + ".warc");
    WriteWarc(p, files[i]);
    paths.push_back(p.string());
  }
  return paths;
}

}  // namespace provscore::testing
