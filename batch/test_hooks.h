// Test hooks of the batch run: where the crash, kill and runaway-child
// tests break a run on purpose.
//
// The production binary installs no hooks: each call below is then one test
// of a null pointer, and nothing in it reads the environment. Tests install
// an implementation (tests/batch/env_test_hooks.cc, linked only into test
// executables such as build/tests/batch/baocao_hooked) that reads
// BAOCAO_TEST_KILL_AT and BAOCAO_TEST_HOOKS.
//
// Points of the inbox pass (batch/inbox.cc, batch/inbox_mover.cc):
//   before-commit      a document's outcome is in, its transaction not begun
//   after-commit       the document is committed, its file not yet moved
//   mid-move           the file is linked into archive/ or quarantine/ and the
//                      link is durable, the inbox name not yet removed
//   before-quarantine  a failed file's reason is known, nothing recorded
//   after-quarantine   the quarantine row is committed, the file not moved
//   before-reason      the file is linked into quarantine/, NAME.reason.txt
//                      not yet written
// and, in a worker child (batch/worker.cc), the moment after its limits are
// set and before it converts the file's bytes.
//
// Thread safety: install before any run starts; the calls only read.
#ifndef BAOCAO_BATCH_TEST_HOOKS_H_
#define BAOCAO_BATCH_TEST_HOOKS_H_

#include <string_view>

namespace baocao {

class TestHooks {
 public:
  virtual ~TestHooks() = default;
  // The run reached `point` (one of the names above).
  virtual void At(const char* point) = 0;
  // A worker child is about to convert `bytes`.
  virtual void InWorkerChild(std::string_view bytes) = 0;
};

// Installs `hooks` (not owned; null removes them). For tests only.
void InstallTestHooks(TestHooks* hooks);

// Forward to the installed hooks; do nothing when none are.
void TestPoint(const char* point);
void TestHookInWorkerChild(std::string_view bytes);

}  // namespace baocao

#endif  // BAOCAO_BATCH_TEST_HOOKS_H_
