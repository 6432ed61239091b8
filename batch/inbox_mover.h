// Moves files out of the inbox without ever losing one, cheaply enough for
// a second run over 10,000 already loaded files.
//
// A move is a hard link into archive/ or quarantine/ (name kept, made
// unique), then, once the link is durable, removal of the inbox name. The
// second half is batched: Flush() fsyncs the target folders once, removes
// the originals and fsyncs the inbox once, instead of two fsyncs per file.
// A crash before Flush leaves files under both names; the next run finds
// their bytes already stored, and LinkIntoDirectory recognises the existing
// link to the same file, so it only removes the inbox name: no loss, no
// second copy.
//
// Thread safety: not shared between threads.
#ifndef BAOCAO_BATCH_INBOX_MOVER_H_
#define BAOCAO_BATCH_INBOX_MOVER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "util/status.h"

namespace baocao {

class InboxMover {
 public:
  // Flush() runs by itself once this many moves are pending.
  static constexpr std::size_t kBatch = 256;

  explicit InboxMover(std::string inbox);

  // Links `path` into INBOX/archive/; returns the new path. The inbox name
  // goes at the next Flush().
  Result<std::string> Archive(const std::string& path);

  // Links `path` into INBOX/quarantine/, writes NEW_PATH.reason.txt (one
  // line) durably beside it; returns the new path. The inbox name goes at
  // the next Flush().
  Result<std::string> Quarantine(const std::string& path, const std::string& reason);

  // Makes the pending links durable, then removes their inbox names.
  Status Flush();

  std::size_t pending() const { return pending_.size(); }

 private:
  Result<std::string> Link(const std::string& path, const std::string& dir, bool* renamed);

  std::string inbox_;
  std::string archive_;
  std::string quarantine_;
  std::vector<std::string> pending_;  // inbox names to remove
  bool archive_dirty_ = false;        // links made since the last fsync
};

}  // namespace baocao

#endif  // BAOCAO_BATCH_INBOX_MOVER_H_
