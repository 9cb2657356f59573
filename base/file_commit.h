// Gives a finished temporary file its final name, durably: the temporary's bytes are
// flushed to the disk (fsync), it is renamed over the final name, and the folder is
// flushed so that the rename itself survives a crash or a power cut. A reader of the
// final name sees the old file or the whole new one, never a part of it.
#pragma once

#include <filesystem>

#include "base/status.h"

namespace provscore {

// `temp` must be closed by its writer first. On failure the temporary is left in place
// (the caller's next attempt truncates it) and the final name is untouched.
Status CommitFile(const std::filesystem::path& temp, const std::filesystem::path& final_path);

}  // namespace provscore
