// Whole-file reads and the atomic file moves the inbox relies on. No domain
// knowledge here.
#ifndef BAOCAO_UTIL_FILES_H_
#define BAOCAO_UTIL_FILES_H_

#include <cstdint>
#include <string>

#include "util/status.h"

namespace baocao {

// Reads the whole file. Refuses files larger than max_bytes with a reason
// naming the size, so a 3 GB "report" is quarantined instead of read.
Result<std::string> ReadFileBytes(const std::string& path,
                                  std::uint64_t max_bytes = 256ull << 20);

// Writes `bytes` to `path` via a temporary file, fsync and rename.
Status WriteFileAtomic(const std::string& path, const std::string& bytes);

// Moves `path` into directory `dir` (created if missing) keeping its name;
// when the name is taken, appends " (2)", " (3)", ... before the extension.
// The move is a rename (same file system) and is fsynced. Returns the new path.
Result<std::string> MoveIntoDirectory(const std::string& path, const std::string& dir);

}  // namespace baocao

#endif  // BAOCAO_UTIL_FILES_H_
