// Fault injection for the store (style.md point 10, after SQLite's
// src/test_vfs.c and leveldb's fault_injection_test.cc).
//
// A wrapping sqlite3_vfs ("baocao-faulty") forwards everything to the default
// VFS but fails the Nth xWrite or xSync with a chosen error code. For N = 1,
// 2, 3, ... a document is added through it until an AddDocument runs without
// meeting the failure. After every injected failure: AddDocument returned an
// error (no crash), and reopening with the normal VFS finds a database that
// passes integrity_check in which the document is either complete or absent.
//
// The crash run (after SQLite's src/test6.c and test/crash9.test) keeps an
// undo log of every write not yet covered by an xSync of its file. At the Nth
// write the "power fails": unsynced writes are undone, and every later write,
// sync, truncate or delete fails, as the process is gone. After reopening, the
// document is all there or all absent, and a document AddDocument reported
// as stored is there (that is what synchronous=FULL buys).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "store/database.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

constexpr const char* kFaultyVfs = "baocao-faulty";

enum class Method { kWrite, kSync };

// What to fail. Tests run on one thread, so a global is enough.
struct FaultPlan {
  Method method = Method::kWrite;
  int fail_at = 0;          // 1-based call to fail; 0: never
  int error = SQLITE_IOERR;
  bool persistent = false;  // once failed, keep failing (a disk that stays full)
  int calls = 0;            // calls of `method` seen since Arm()
  int injected = 0;         // failures returned

  void Arm(Method m, int n, int code, bool keep_failing) {
    *this = FaultPlan{m, n, code, keep_failing, 0, 0};
  }
  void Disarm() { fail_at = 0; }
  // Counts a call of `m` and says whether it must fail.
  bool ShouldFail(Method m) {
    if (m != method || fail_at == 0) return false;
    ++calls;
    bool fail = calls == fail_at || (persistent && calls > fail_at);
    if (fail) ++injected;
    return fail;
  }
};

FaultPlan g_plan;

// The power-loss simulation. One undo entry restores a byte range and the
// file's size as they were before an unsynced write or truncate.
struct Undo {
  sqlite3_int64 offset = 0;
  std::string bytes;
  sqlite3_int64 old_size = 0;
};

struct CrashPlan {
  bool enabled = false;
  int crash_at_write = 0;  // 1-based; 0: only when CrashNow() is called
  int writes = 0;
  bool crashed = false;
  std::map<sqlite3_file*, std::vector<Undo>> unsynced;  // keyed by the real file
};

CrashPlan g_crash;
sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_faulty_vfs;
sqlite3_io_methods g_faulty_methods;

// Our sqlite3_file: the base VFS's file lives right after it, in the same
// allocation (szOsFile covers both).
struct FaultyFile {
  sqlite3_file base;
  sqlite3_file* real;
};

sqlite3_file* Real(sqlite3_file* file) { return reinterpret_cast<FaultyFile*>(file)->real; }

sqlite3_int64 RealSize(sqlite3_file* real) {
  sqlite3_int64 size = 0;
  real->pMethods->xFileSize(real, &size);
  return size;
}

// Remembers what [offset, offset + amount) and the size were, before a write
// or truncate changes them.
void RememberBeforeChange(sqlite3_file* real, sqlite3_int64 offset, sqlite3_int64 amount) {
  Undo undo;
  undo.offset = offset;
  undo.old_size = RealSize(real);
  sqlite3_int64 existing = std::min(offset + amount, undo.old_size) - offset;
  if (existing > 0) {
    undo.bytes.resize(static_cast<std::size_t>(existing));
    real->pMethods->xRead(real, undo.bytes.data(), static_cast<int>(existing), offset);
  }
  g_crash.unsynced[real].push_back(std::move(undo));
}

// Power loss: what was not synced never reached the disk.
void CrashNow() {
  for (auto& [real, log] : g_crash.unsynced) {
    for (auto undo = log.rbegin(); undo != log.rend(); ++undo) {
      if (!undo->bytes.empty()) {
        real->pMethods->xWrite(real, undo->bytes.data(), static_cast<int>(undo->bytes.size()),
                               undo->offset);
      }
      if (RealSize(real) > undo->old_size) real->pMethods->xTruncate(real, undo->old_size);
    }
  }
  g_crash.unsynced.clear();
  g_crash.crashed = true;
}

int FaultyClose(sqlite3_file* f) {
  // A file closed with unsynced writes keeps them: closing is not a crash.
  g_crash.unsynced.erase(Real(f));
  return Real(f)->pMethods->xClose(Real(f));
}
int FaultyRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off) {
  return Real(f)->pMethods->xRead(Real(f), buf, amt, off);
}
int FaultyWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off) {
  if (g_plan.ShouldFail(Method::kWrite)) return g_plan.error;
  if (g_crash.crashed) return SQLITE_IOERR_WRITE;
  if (g_crash.enabled) {
    if (++g_crash.writes == g_crash.crash_at_write) {
      CrashNow();
      return SQLITE_IOERR_WRITE;
    }
    RememberBeforeChange(Real(f), off, amt);
  }
  return Real(f)->pMethods->xWrite(Real(f), buf, amt, off);
}
int FaultyTruncate(sqlite3_file* f, sqlite3_int64 size) {
  if (g_crash.crashed) return SQLITE_IOERR_TRUNCATE;
  if (g_crash.enabled) {
    sqlite3_int64 old_size = RealSize(Real(f));
    if (old_size > size) RememberBeforeChange(Real(f), size, old_size - size);
  }
  return Real(f)->pMethods->xTruncate(Real(f), size);
}
int FaultySync(sqlite3_file* f, int flags) {
  if (g_plan.ShouldFail(Method::kSync)) return g_plan.error;
  if (g_crash.crashed) return SQLITE_IOERR_FSYNC;
  int rc = Real(f)->pMethods->xSync(Real(f), flags);
  if (rc == SQLITE_OK) g_crash.unsynced.erase(Real(f));
  return rc;
}
int FaultyFileSize(sqlite3_file* f, sqlite3_int64* size) {
  return Real(f)->pMethods->xFileSize(Real(f), size);
}
int FaultyLock(sqlite3_file* f, int level) { return Real(f)->pMethods->xLock(Real(f), level); }
int FaultyUnlock(sqlite3_file* f, int level) { return Real(f)->pMethods->xUnlock(Real(f), level); }
int FaultyCheckReservedLock(sqlite3_file* f, int* out) {
  return Real(f)->pMethods->xCheckReservedLock(Real(f), out);
}
int FaultyFileControl(sqlite3_file* f, int op, void* arg) {
  return Real(f)->pMethods->xFileControl(Real(f), op, arg);
}
int FaultySectorSize(sqlite3_file* f) { return Real(f)->pMethods->xSectorSize(Real(f)); }
int FaultyDeviceCharacteristics(sqlite3_file* f) {
  return Real(f)->pMethods->xDeviceCharacteristics(Real(f));
}
// WAL needs the shared-memory methods (io methods version 2).
int FaultyShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return Real(f)->pMethods->xShmMap(Real(f), region, size, extend, out);
}
int FaultyShmLock(sqlite3_file* f, int offset, int n, int flags) {
  return Real(f)->pMethods->xShmLock(Real(f), offset, n, flags);
}
void FaultyShmBarrier(sqlite3_file* f) { Real(f)->pMethods->xShmBarrier(Real(f)); }
int FaultyShmUnmap(sqlite3_file* f, int delete_flag) {
  return Real(f)->pMethods->xShmUnmap(Real(f), delete_flag);
}
int FaultyFetch(sqlite3_file* f, sqlite3_int64 off, int amt, void** out) {
  return Real(f)->pMethods->xFetch(Real(f), off, amt, out);
}
int FaultyUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
  return Real(f)->pMethods->xUnfetch(Real(f), off, p);
}

int FaultyOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* out_flags) {
  auto* faulty = reinterpret_cast<FaultyFile*>(file);
  faulty->real = reinterpret_cast<sqlite3_file*>(faulty + 1);
  int rc = g_base->xOpen(g_base, name, faulty->real, flags, out_flags);
  // SQLite calls xClose only when pMethods is set, so set it only when the
  // real file has methods to forward to.
  faulty->base.pMethods = faulty->real->pMethods != nullptr ? &g_faulty_methods : nullptr;
  return rc;
}

int FaultyDelete(sqlite3_vfs*, const char* name, int sync_dir) {
  if (g_crash.crashed) return SQLITE_IOERR_DELETE;
  return g_base->xDelete(g_base, name, sync_dir);
}

// Registers the VFS once: the default VFS with xOpen and xDelete wrapped. The other VFS
// methods are the base's own; they see our sqlite3_vfs, whose fields other
// than the name, size, xOpen and xDelete are copies of the base's.
void RegisterFaultyVfs() {
  if (g_base != nullptr) return;
  g_base = sqlite3_vfs_find(nullptr);
  g_faulty_vfs = *g_base;
  g_faulty_vfs.pNext = nullptr;
  g_faulty_vfs.zName = kFaultyVfs;
  g_faulty_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + g_base->szOsFile;
  g_faulty_vfs.xOpen = FaultyOpen;
  g_faulty_vfs.xDelete = FaultyDelete;

  std::memset(&g_faulty_methods, 0, sizeof(g_faulty_methods));
  g_faulty_methods.iVersion = 3;
  g_faulty_methods.xClose = FaultyClose;
  g_faulty_methods.xRead = FaultyRead;
  g_faulty_methods.xWrite = FaultyWrite;
  g_faulty_methods.xTruncate = FaultyTruncate;
  g_faulty_methods.xSync = FaultySync;
  g_faulty_methods.xFileSize = FaultyFileSize;
  g_faulty_methods.xLock = FaultyLock;
  g_faulty_methods.xUnlock = FaultyUnlock;
  g_faulty_methods.xCheckReservedLock = FaultyCheckReservedLock;
  g_faulty_methods.xFileControl = FaultyFileControl;
  g_faulty_methods.xSectorSize = FaultySectorSize;
  g_faulty_methods.xDeviceCharacteristics = FaultyDeviceCharacteristics;
  g_faulty_methods.xShmMap = FaultyShmMap;
  g_faulty_methods.xShmLock = FaultyShmLock;
  g_faulty_methods.xShmBarrier = FaultyShmBarrier;
  g_faulty_methods.xShmUnmap = FaultyShmUnmap;
  g_faulty_methods.xFetch = FaultyFetch;
  g_faulty_methods.xUnfetch = FaultyUnfetch;
  sqlite3_vfs_register(&g_faulty_vfs, /*makeDflt=*/0);
}

using testing::TempDir;

std::int64_t QueryInt(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  std::int64_t value = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    value = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return value;
}

std::string IntegrityCheck(sqlite3* db) {
  sqlite3_stmt* st = nullptr;
  std::string result = "<error>";
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    result = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  return result;
}

// Enough records that the transaction spans several pages and WAL frames.
Extraction BigExtraction(const std::string& sha256, int records) {
  Extraction e;
  e.rules_version = "rules-test";
  e.document.file = sha256 + ".docx";
  e.document.sha256 = sha256;
  e.document.format = "docx";
  e.document.doc_type = "bao_cao";
  for (int i = 0; i < records; ++i) {
    Record r;
    r.type = i % 10 == 9 ? RecordType::kCheck : RecordType::kActivity;
    r.label = "Chuyên đề số " + std::to_string(i) + std::string(200, 'x');
    r.participants = i;
    if (r.type == RecordType::kCheck) {
      r.severity = "warning";
      r.message = "female exceeds total";
      r.refs = {i - 1, i - 2};
    }
    r.source = {1, i, std::nullopt, std::string(300, 'y'), std::nullopt, std::nullopt};
    r.rule = "rule-" + std::to_string(i);
    e.records.push_back(r);
  }
  return e;
}

constexpr int kSeedRecords = 5;
constexpr int kRecords = 60;

// A healthy database holding one earlier document ("seed"); returns the run.
std::int64_t SeedDatabase(const std::string& path) {
  Result<std::unique_ptr<Database>> db = Database::Open(path);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  if (!db.ok()) return 0;
  Result<std::int64_t> run = db.value()->BeginRun("rules-test");
  EXPECT_TRUE(run.ok());
  if (!run.ok()) return 0;
  EXPECT_TRUE(db.value()->AddDocument(run.value(), BigExtraction("seed", kSeedRecords), "{}").ok());
  return run.value();
}

// Reopens with the normal VFS and checks the database survived: integrity,
// the seed untouched, and "target" complete or absent (complete when
// `must_be_present`). Returns whether "target" is there.
bool CheckAfterFault(const std::string& path, bool must_be_present) {
  Result<std::unique_ptr<Database>> reopened = Database::Open(path);
  EXPECT_TRUE(reopened.ok()) << reopened.status().ToString();
  if (!reopened.ok()) return false;
  sqlite3* h = reopened.value()->handle();
  EXPECT_EQ(IntegrityCheck(h), "ok");
  EXPECT_EQ(QueryInt(h, "PRAGMA foreign_key_check"), -1) << "dangling foreign keys";
  EXPECT_EQ(QueryInt(h, "SELECT count(*) FROM records r JOIN documents d ON d.id = r.document_id"
                        " WHERE d.sha256 = 'seed'"),
            kSeedRecords);
  std::int64_t docs = QueryInt(h, "SELECT count(*) FROM documents WHERE sha256 = 'target'");
  std::int64_t records = QueryInt(h, "SELECT count(*) FROM records");
  std::int64_t provenance = QueryInt(h, "SELECT count(*) FROM provenance");
  std::int64_t refs = QueryInt(h, "SELECT count(*) FROM check_refs");
  if (must_be_present) {
    EXPECT_EQ(docs, 1) << "a document reported stored was lost";
  }
  if (docs == 1) {
    EXPECT_EQ(records, kSeedRecords + kRecords);
    EXPECT_EQ(provenance, kSeedRecords + kRecords);
    EXPECT_EQ(refs, 2 * (kRecords / 10));
  } else {
    EXPECT_EQ(docs, 0);
    EXPECT_EQ(records, kSeedRecords);
    EXPECT_EQ(provenance, kSeedRecords);
    EXPECT_EQ(refs, 0);
  }
  return docs == 1;
}

struct FaultCase {
  const char* name;
  Method method;
  int error;
  bool persistent;
};

void PrintTo(const FaultCase& c, std::ostream* os) { *os << c.name; }

class FaultInjectionTest : public ::testing::TestWithParam<FaultCase> {
 protected:
  void SetUp() override { RegisterFaultyVfs(); }
  void TearDown() override { g_plan.Disarm(); }
};

TEST_P(FaultInjectionTest, DocumentIsAllOrNothing) {
  const FaultCase& c = GetParam();
  constexpr int kMaxAttempts = 2000;  // a runaway guard, far above what is needed
  int failures = 0;
  bool saw_disk_full = false;
  bool succeeded = false;

  for (int n = 1; n <= kMaxAttempts && !succeeded; ++n) {
    SCOPED_TRACE(std::string(c.name) + ": failing call " + std::to_string(n));
    TempDir dir;
    ASSERT_TRUE(dir.ok());
    std::string path = dir.Path("baocao.db");
    std::int64_t run = SeedDatabase(path);
    ASSERT_FALSE(HasFailure());
    {
      Result<std::unique_ptr<Database>> db = Database::OpenWithVfs(path, kFaultyVfs);
      ASSERT_TRUE(db.ok()) << db.status().ToString();
      g_plan.Arm(c.method, n, c.error, c.persistent);
      Result<std::int64_t> added =
          db.value()->AddDocument(run, BigExtraction("target", kRecords), "{\"n\":1}");
      if (g_plan.injected == 0) {
        ASSERT_TRUE(added.ok()) << added.status().ToString();
        succeeded = true;
      } else {
        ++failures;
        ASSERT_FALSE(added.ok()) << "an injected failure went unreported";
        EXPECT_NE(added.status().reason(), "");
        if (added.status().reason() == "database: disk full") saw_disk_full = true;
      }
      // A transient fault is over before the connection closes; a persistent
      // one also fails the checkpoint at close, leaving the WAL to recover.
      if (!c.persistent) g_plan.Disarm();
    }
    g_plan.Disarm();
    CheckAfterFault(path, /*must_be_present=*/succeeded);
    ASSERT_FALSE(HasFailure());
  }
  RecordProperty("injected_failures", failures);
  EXPECT_TRUE(succeeded) << "no attempt ran clean within " << kMaxAttempts;
  EXPECT_GT(failures, 0) << "the fault was never reached";
  if (c.error == SQLITE_FULL) {
    EXPECT_TRUE(saw_disk_full);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Faults, FaultInjectionTest,
    ::testing::Values(FaultCase{"WriteIoError", Method::kWrite, SQLITE_IOERR_WRITE, false},
                      FaultCase{"WriteDiskFull", Method::kWrite, SQLITE_FULL, false},
                      FaultCase{"WriteDiskStaysFull", Method::kWrite, SQLITE_FULL, true},
                      FaultCase{"SyncIoError", Method::kSync, SQLITE_IOERR_FSYNC, false},
                      FaultCase{"SyncDiskFull", Method::kSync, SQLITE_FULL, false},
                      FaultCase{"SyncKeepsFailing", Method::kSync, SQLITE_IOERR_FSYNC, true}),
    [](const ::testing::TestParamInfo<FaultCase>& p) { return std::string(p.param.name); });

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override { RegisterFaultyVfs(); }
  void TearDown() override { g_crash = CrashPlan(); }
};

// Power fails at write K, for K = 1, 2, ...; once AddDocument completes, power
// fails right after it returned. Nothing half-written survives, and nothing
// reported as stored is lost.
TEST_F(CrashTest, PowerLossKeepsDocumentsWholeAndCommittedOnesDurable) {
  constexpr int kMaxAttempts = 2000;
  bool completed = false;
  int crashes_inside = 0;
  for (int k = 1; k <= kMaxAttempts && !completed; ++k) {
    SCOPED_TRACE("power fails at write " + std::to_string(k));
    TempDir dir;
    ASSERT_TRUE(dir.ok());
    std::string path = dir.Path("baocao.db");
    std::int64_t run = SeedDatabase(path);
    ASSERT_FALSE(HasFailure());
    {
      Result<std::unique_ptr<Database>> db = Database::OpenWithVfs(path, kFaultyVfs);
      ASSERT_TRUE(db.ok()) << db.status().ToString();
      g_crash = CrashPlan{true, k, 0, false, {}};
      Result<std::int64_t> added =
          db.value()->AddDocument(run, BigExtraction("target", kRecords), "{}");
      if (g_crash.crashed) {
        ++crashes_inside;
        EXPECT_FALSE(added.ok());
      } else {
        ASSERT_TRUE(added.ok()) << added.status().ToString();
        completed = true;
        CrashNow();
      }
    }  // the "dead" connection closes; its writes and deletes all fail
    g_crash = CrashPlan();
    CheckAfterFault(path, /*must_be_present=*/completed);
    ASSERT_FALSE(HasFailure());
  }
  EXPECT_TRUE(completed);
  EXPECT_GT(crashes_inside, 0);
}

// The harness itself: with synchronous=NORMAL a WAL commit is not synced, so
// the same power loss after a successful AddDocument loses the document. If
// this ever passes with the document present, the crash run above proves
// nothing.
TEST_F(CrashTest, HarnessDropsUnsyncedCommitsUnderSynchronousNormal) {
  TempDir dir;
  ASSERT_TRUE(dir.ok());
  std::string path = dir.Path("baocao.db");
  std::int64_t run = SeedDatabase(path);
  {
    Result<std::unique_ptr<Database>> db = Database::OpenWithVfs(path, kFaultyVfs);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_EQ(sqlite3_exec(db.value()->handle(), "PRAGMA synchronous = NORMAL", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
    g_crash = CrashPlan{true, 0, 0, false, {}};
    ASSERT_TRUE(db.value()->AddDocument(run, BigExtraction("target", kRecords), "{}").ok());
    CrashNow();
  }
  g_crash = CrashPlan();
  EXPECT_FALSE(CheckAfterFault(path, /*must_be_present=*/false));
}

}  // namespace
}  // namespace baocao
