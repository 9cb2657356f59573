// Helpers shared by the fuzz targets: a scratch file or folder per process, for the
// readers that take a path. Not thread-safe (libFuzzer runs one input at a time).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace provscore::fuzz {

// A path under the temp folder unique to this process, e.g. /tmp/provscore-fuzz-123-warc.
inline std::filesystem::path ScratchPath(const std::string& what) {
  return std::filesystem::temp_directory_path() / ("provscore-fuzz-" + std::to_string(getpid()) + "-" + what);
}

inline void WriteFile(const std::filesystem::path& path, const uint8_t* data, size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace provscore::fuzz
