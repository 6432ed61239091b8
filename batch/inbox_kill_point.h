// TEST-ONLY: crash points for the "killed at any moment" tests.
//
// With BAOCAO_TEST_KILL_AT=<point>[:<n>] in the environment, the n-th call
// (default the first) of KillPoint("<point>") in this process sends SIGKILL
// to the process itself, exactly as `kill -9` or a power cut would stop it
// there. Without the variable KillPoint does nothing. Compiled in always so
// the tests exercise the real binary; never set it in production.
//
// Points (batch/inbox.cc, batch/inbox_mover.cc):
//   before-commit      a document's outcome is in, its transaction not begun
//   after-commit       the document is committed, its file not yet moved
//   mid-move           the file is linked into archive/ or quarantine/ and the
//                      link is durable, the inbox name not yet removed
//   before-quarantine  a failed file's reason is known, nothing recorded
//   after-quarantine   the quarantine row is committed, the file not moved
//   before-reason      the file is linked into quarantine/, NAME.reason.txt
//                      not yet written
#ifndef BAOCAO_BATCH_INBOX_KILL_POINT_H_
#define BAOCAO_BATCH_INBOX_KILL_POINT_H_

namespace baocao {

void KillPoint(const char* point);

}  // namespace baocao

#endif  // BAOCAO_BATCH_INBOX_KILL_POINT_H_
