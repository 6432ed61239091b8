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
// Equivalent to LinkIntoDirectory, then RemoveName(path).
Result<std::string> MoveIntoDirectory(const std::string& path, const std::string& dir);

// The first half of a move that can be interrupted anywhere without losing
// the file: hard-links `path` into `dir` (created if missing) under its own
// name made unique as MoveIntoDirectory does, and fsyncs `dir` unless
// `sync` is false (the caller then calls SyncDirectory(dir) itself before
// removing the original, e.g. once for a batch of files). If `dir` already
// holds a link to the very same file (same device and inode: a move that was
// interrupted between link and unlink), that name is returned and nothing is
// created, so resuming never makes a second copy. On file systems without
// hard links the file is renamed instead (atomic, so still never lost) and
// *renamed is set; the caller must then not call RemoveName.
Result<std::string> LinkIntoDirectory(const std::string& path, const std::string& dir,
                                      bool sync = true, bool* renamed = nullptr);

// Removes the name `path` (the original of a completed link). ENOENT is not
// an error: the name is already gone. Does not fsync the parent directory;
// call SyncDirectory for that.
Status RemoveName(const std::string& path);

// fsync of a directory, so renames and links inside it survive a power cut.
Status SyncDirectory(const std::string& dir);

}  // namespace baocao

#endif  // BAOCAO_UTIL_FILES_H_
