#include "base/file_commit.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

namespace provscore {
namespace {

// fsync of a file or folder opened read-only (both are allowed by POSIX for fsync).
Status Sync(const std::filesystem::path& path, int extra_flags) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | extra_flags);
  if (fd < 0) return IoError("cannot open " + path.string() + " to flush it: " + std::strerror(errno));
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  // Some file systems (and /proc-like ones) refuse fsync on a folder: nothing to flush.
  if (rc != 0 && !(extra_flags != 0 && (err == EINVAL || err == EROFS)))
    return IoError("cannot flush " + path.string() + ": " + std::strerror(err));
  return Status::Ok();
}

}  // namespace

Status CommitFile(const std::filesystem::path& temp, const std::filesystem::path& final_path) {
  if (Status s = Sync(temp, 0); !s.ok()) return s;
  std::error_code ec;
  std::filesystem::rename(temp, final_path, ec);
  if (ec) return IoError("cannot rename " + temp.string() + " to " + final_path.string() + ": " + ec.message());
  const std::filesystem::path folder = final_path.has_parent_path() ? final_path.parent_path() : ".";
  return Sync(folder, O_DIRECTORY);
}

}  // namespace provscore
