#include "score/input/input_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "base/text.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

enum class Extension { kHtml, kText, kOther };

Extension ExtensionOf(const fs::path& path) {
  const std::string ext = AsciiLower(path.extension().string());
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Extension::kHtml;
  if (ext == ".txt" || ext == ".text") return Extension::kText;
  return Extension::kOther;
}

InputRef RefFor(const fs::path& path) {
  switch (ExtensionOf(path)) {
    case Extension::kHtml: return {path.string(), ContentKind::kHtml, false};
    case Extension::kText: return {path.string(), ContentKind::kText, false};
    case Extension::kOther: break;
  }
  return {path.string(), ContentKind::kHtml, true};
}

}  // namespace

ContentKind SniffContentKind(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head = TrimAscii(head);
  const std::string lower = AsciiLower(head.substr(0, 512));
  if (!lower.empty() && lower.front() == '<') return ContentKind::kHtml;
  for (const char* tag : {"<html", "<!doctype", "<head", "<body", "<article", "<p>", "<div"}) {
    if (lower.find(tag) != std::string::npos) return ContentKind::kHtml;
  }
  return ContentKind::kText;
}

Result<std::vector<InputRef>> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<InputRef> inputs;
  for (const std::string& p : paths) {
    if (p == "-") {
      inputs.push_back({"-", ContentKind::kHtml, true});
      continue;
    }
    std::error_code ec;
    const fs::path path(p);
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && ExtensionOf(it->path()) != Extension::kOther) files.push_back(it->path());
      }
      if (ec) return IoError("cannot list " + p + ": " + ec.message());
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files) inputs.push_back(RefFor(f));
    } else if (fs::exists(path, ec)) {
      inputs.push_back(RefFor(path));
    } else {
      return NotFound("no such file or folder: " + p);
    }
  }
  return inputs;
}

Result<SourceDocument> ReadInput(const InputRef& input) {
  SourceDocument doc;
  doc.path = input.path;
  doc.kind = input.kind;
  if (input.path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    doc.bytes = ss.str();
  } else {
    std::ifstream in(input.path, std::ios::binary);
    if (!in) return IoError("cannot open " + input.path);
    // Read in blocks, not a character at a time through stream iterators (17
    // instructions a byte, the string regrown as it goes). The file's size, when
    // known, is the first block (one more byte to meet the end), so a page is one
    // allocation and one read; a pipe or a file that grows still reads whole.
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(input.path, ec);
    constexpr size_t kBlock = 64 * 1024;
    size_t block = ec ? kBlock : static_cast<size_t>(size) + 1;
    size_t have = 0;
    while (in) {
      doc.bytes.resize(have + block);
      in.read(doc.bytes.data() + have, static_cast<std::streamsize>(block));
      have += static_cast<size_t>(in.gcount());
      block = kBlock;
    }
    doc.bytes.resize(have);
    if (in.bad()) return IoError("read error in " + input.path);
  }
  if (input.sniff) doc.kind = SniffContentKind(doc.bytes);
  return doc;
}

}  // namespace provscore
