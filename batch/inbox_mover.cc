#include "batch/inbox_mover.h"

#include <utility>

#include "batch/test_hooks.h"
#include "util/files.h"
#include "util/one_line.h"

namespace baocao {

InboxMover::InboxMover(std::string inbox)
    : inbox_(std::move(inbox)), archive_(inbox_ + "/archive"), quarantine_(inbox_ + "/quarantine") {}

Result<std::string> InboxMover::Archive(const std::string& path) {
  bool renamed = false;
  Result<std::string> linked = LinkIntoDirectory(path, archive_, /*sync=*/false, &renamed);
  if (!linked.ok()) return linked;
  archive_dirty_ = true;
  if (!renamed) pending_.push_back(path);
  if (pending_.size() >= kBatch) {
    if (Status s = Flush(); !s.ok()) return s;
  }
  return linked;
}

Result<std::string> InboxMover::Quarantine(const std::string& path, const std::string& reason) {
  bool renamed = false;
  Result<std::string> linked = LinkIntoDirectory(path, quarantine_, /*sync=*/false, &renamed);
  if (!linked.ok()) return linked;
  TestPoint("before-reason");
  // WriteFileAtomic fsyncs quarantine/, which makes the link durable too.
  // One line, whatever the reason quotes (util/one_line.h).
  if (Status s = WriteFileAtomic(linked.value() + ".reason.txt", OneLine(reason) + "\n"); !s.ok()) return s;
  if (!renamed) pending_.push_back(path);
  if (pending_.size() >= kBatch) {
    if (Status s = Flush(); !s.ok()) return s;
  }
  return linked;
}

Status InboxMover::Flush() {
  if (pending_.empty()) return Status::Ok();
  if (archive_dirty_) {
    if (Status s = SyncDirectory(archive_); !s.ok()) return s;
    archive_dirty_ = false;
  }
  for (const std::string& path : pending_) {
    TestPoint("mid-move");
    if (Status s = RemoveName(path); !s.ok()) return s;
  }
  pending_.clear();
  return SyncDirectory(inbox_);
}

}  // namespace baocao
