// Reading a file only once it is complete: nobody has it open for writing,
// it has not been modified for a while, and it did not change while read.
// Used by the inbox, where a clerk's copy may still be in progress.
//
//   ReadyFile f;
//   Status s = ReadCompleteFile(path, {.settle_seconds = 5}, &f);
//   if (s.ok() && f.readiness == Readiness::kReady) use(f.bytes);
//
// No domain knowledge here.
#ifndef BAOCAO_UTIL_STABLE_FILE_H_
#define BAOCAO_UTIL_STABLE_FILE_H_

#include <sys/types.h>

#include <cstdint>
#include <string>

#include "util/status.h"

namespace baocao {

// What identifies one state of a file: if any of these differ between two
// looks, the file was replaced or written in between.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};

// Stat of `path` as a FileIdentity; IoError when it cannot be stat'ed.
Result<FileIdentity> IdentityOf(const std::string& path);

enum class Readiness {
  kReady,                // complete: bytes hold the whole file
  kOpenForWriting,       // someone has it open for writing (read lease refused)
  kRecentlyModified,     // modified less than settle_seconds ago
  kChangedWhileReading,  // size or mtime moved under us
};
const char* ReadinessName(Readiness r);

struct ReadOptions {
  // A file modified less than this long ago is left for later. This is the
  // only test on file systems where read leases are not available (network
  // shares, files owned by another user without CAP_LEASE). 0 disables it.
  double settle_seconds = 5;
  // Larger files are refused (Hostile, "file too large: ..."), not read.
  std::uint64_t max_bytes = 256ull << 20;
};

struct ReadyFile {
  Readiness readiness = Readiness::kReady;
  FileIdentity identity;  // as read (valid when kReady)
  std::string bytes;      // the whole file when kReady, else empty
};

// Opens `path` read-only and decides whether it is complete:
//  1. a read lease (fcntl F_SETLEASE F_RDLCK) is refused with EAGAIN when any
//     process has the file open for writing -> kOpenForWriting; the lease is
//     released at once (SIGIO, the lease-break signal, is ignored so that a
//     writer opening the file in that instant cannot kill us);
//  2. an mtime younger than settle_seconds -> kRecentlyModified;
//  3. the bytes are read; if size or mtime changed meanwhile ->
//     kChangedWhileReading.
// A non-OK Status means the file could not be read at all (IoError, or
// Hostile when too large); *out is then unspecified.
Status ReadCompleteFile(const std::string& path, const ReadOptions& options, ReadyFile* out);

}  // namespace baocao

#endif  // BAOCAO_UTIL_STABLE_FILE_H_
