// One run at a time per inbox: an exclusive flock on INBOX/.baocao.lock,
// held for the life of the object (a killed process releases it, so a
// crash never leaves the inbox locked). The holder's pid is written into
// the file for the "busy" message.
//
// Thread safety: not shared between threads.
#ifndef BAOCAO_BATCH_INBOX_LOCK_H_
#define BAOCAO_BATCH_INBOX_LOCK_H_

#include <string>

#include "util/status.h"

namespace baocao {

class InboxLock {
 public:
  InboxLock() = default;
  ~InboxLock();
  InboxLock(const InboxLock&) = delete;
  InboxLock& operator=(const InboxLock&) = delete;

  // Takes the lock of `inbox`. When another process holds it: Busy at once,
  // or, with `wait`, blocks until it is released.
  Status Acquire(const std::string& inbox, bool wait);

  // The lock's descriptor (worker children close it), -1 when not held.
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
};

}  // namespace baocao

#endif  // BAOCAO_BATCH_INBOX_LOCK_H_
