// Each document is converted in a child process with a time and a memory
// limit: a child that segfaults, aborts, loops forever or allocates without
// bound is quarantined with the right reason while the rest of the batch
// loads; and what a child sends back stores exactly what converting in
// process would have stored.
//
// The misbehaving children come from the test hooks of tests/batch/env_test_hooks.cc
// (BAOCAO_TEST_HOOKS=1 and files starting "BAOCAO-TEST-CHILD:").
#include <gtest/gtest.h>
#include <stdlib.h>

#include "batch/inbox.h"
#include "pipeline/pipeline.h"
#include "batch/worker.h"
#include "batch/worker_wire.h"
#include "extractors/record_json.h"
#include "tests/batch/inbox_fixtures.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using testing::fs::path;

class InboxIsolationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("BAOCAO_TEST_HOOKS", "1", 1);
    fs::create_directories(inbox_);
    db_ = std::move(Database::Open(dir_.Path("baocao.db")).value());
  }
  void TearDown() override { ::unsetenv("BAOCAO_TEST_HOOKS"); }

  // The time limit is long unless a test is about hangs: on a loaded
  // machine a runaway allocation must meet the memory limit, not the clock.
  IngestSummary Ingest(int jobs, int time_limit_seconds = 300) {
    IngestOptions options;
    options.inbox = inbox_;
    options.jobs = jobs;
    options.read.settle_seconds = 0;
    options.limits.seconds = time_limit_seconds;
    options.limits.memory_bytes = 256ull << 20;
    Result<IngestSummary> s = IngestInbox(options, testing::Rules(), db_.get());
    EXPECT_TRUE(s.ok()) << s.status().reason();
    return s.ok() ? s.value() : IngestSummary{};
  }

  testing::TempDir dir_;
  std::string inbox_ = dir_.Path("inbox");
  std::unique_ptr<Database> db_;
};

std::string ReasonOf(const std::string& inbox, const std::string& name) {
  return testing::ReadText(inbox + "/quarantine/" + name + ".reason.txt");
}

// The hanging file alone: with a 2 s limit any other file would race the
// clock on a loaded machine (that the rest of a batch loads is shown by the
// test after this one, whose limit is long).
TEST_F(InboxIsolationTest, AHangingChildIsQuarantinedAsATimeout) {
  testing::WriteFile(inbox_ + "/h-hang.docx", "BAOCAO-TEST-CHILD:hang");
  IngestSummary s = Ingest(/*jobs=*/1, /*time_limit_seconds=*/2);
  EXPECT_EQ(s.counts.loaded, 0);
  EXPECT_EQ(s.counts.quarantined, 1);
  EXPECT_EQ(ReasonOf(inbox_, "h-hang.docx").rfind("timeout: converting took longer than 2 s", 0), 0u)
      << ReasonOf(inbox_, "h-hang.docx");
}

TEST_F(InboxIsolationTest, CrashAndRunawayChildrenAreQuarantinedWhileTheRestLoad) {
  testing::CopySamples(inbox_);
  // Interleaved with the good files in name order.
  testing::WriteFile(inbox_ + "/c-segfault.docx", "BAOCAO-TEST-CHILD:segfault");
  testing::WriteFile(inbox_ + "/m-allocate.docx", "BAOCAO-TEST-CHILD:allocate");
  testing::WriteFile(inbox_ + "/p-abort.docx", "BAOCAO-TEST-CHILD:abort");
  IngestSummary s = Ingest(/*jobs=*/2);

  EXPECT_EQ(static_cast<std::size_t>(s.counts.loaded), testing::SampleFiles().size());
  EXPECT_EQ(s.counts.quarantined, 3);
  EXPECT_EQ(s.status, "quarantined");
  EXPECT_EQ(ReasonOf(inbox_, "c-segfault.docx").rfind("crashed: signal 11", 0), 0u)
      << ReasonOf(inbox_, "c-segfault.docx");
  EXPECT_EQ(ReasonOf(inbox_, "m-allocate.docx").rfind("out of memory", 0), 0u)
      << ReasonOf(inbox_, "m-allocate.docx");
  EXPECT_EQ(ReasonOf(inbox_, "p-abort.docx").rfind("crashed: signal 6", 0), 0u) << ReasonOf(inbox_, "p-abort.docx");
  EXPECT_TRUE(testing::InboxFiles(inbox_).empty()) << "every file left the inbox";

  // The account: reasons grouped, stored with the run.
  int by_reason = 0;
  for (const auto& [reason, n] : s.quarantine_reasons) by_reason += n;
  EXPECT_EQ(by_reason, 3);
  Result<std::vector<RunInfo>> runs = db_->Runs();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs.value().size(), 1u);
  EXPECT_EQ(runs.value()[0].end.status, "quarantined");
  EXPECT_EQ(runs.value()[0].end.quarantine_reasons, s.quarantine_reasons);
  EXPECT_EQ(runs.value()[0].end.jobs, 2);
  EXPECT_EQ(runs.value()[0].counts.files, static_cast<int>(testing::SampleFiles().size()) + 3);
  EXPECT_EQ(testing::QuarantineRows(db_.get()).size(), 3u);
}

TEST_F(InboxIsolationTest, TheHookIsInertWithoutTheEnvironmentVariable) {
  ::unsetenv("BAOCAO_TEST_HOOKS");
  testing::WriteFile(inbox_ + "/c-segfault.docx", "BAOCAO-TEST-CHILD:segfault");
  IngestSummary s = Ingest(1);
  EXPECT_EQ(s.counts.quarantined, 0);
  EXPECT_EQ(s.counts.loaded, 1) << "without the variable it is a one-line text file, read as such";
}

TEST_F(InboxIsolationTest, ChildRepliesStoreWhatInProcessConversionProduces) {
  testing::CopySamples(inbox_);
  Ingest(2);
  Result<std::vector<Extraction>> stored = db_->LoadExtractions(Versions::kAll);
  ASSERT_TRUE(stored.ok());
  std::vector<path> samples = testing::SampleFiles();
  ASSERT_EQ(stored.value().size(), samples.size());
  for (std::size_t i = 0; i < stored.value().size(); ++i) {
    const path& sample = samples[i];
    Result<Processed> direct =
        ProcessBytes(testing::ReadText(sample.string()), sample.filename().string(), testing::Rules());
    ASSERT_TRUE(direct.ok());
    const Extraction& a = stored.value()[i];
    const Extraction& b = direct.value().extraction;
    EXPECT_EQ(DocumentToJsonLine(a.document), DocumentToJsonLine(b.document));
    ASSERT_EQ(a.records.size(), b.records.size()) << sample;
    for (std::size_t r = 0; r < a.records.size(); ++r) {
      EXPECT_EQ(RecordToJsonLine(a.records[r]), RecordToJsonLine(b.records[r]));
    }
  }
}

TEST(WorkerWireTest, EveryFieldTravels) {
  Processed p;
  p.extraction.rules_version = "rules-7";
  p.extraction.document.file = "bc.docx";
  p.extraction.document.sha256 = "ab";
  p.extraction.document.format = "docx";
  p.extraction.document.pages = 3;
  p.extraction.document.ocr = true;
  p.extraction.document.ocr_confidence = 87.25;
  p.extraction.document.issuer = "UBND xã Yên Lạc";
  Record r;
  r.type = RecordType::kBudget;  // fields JSON Lines would not print for a budget travel too
  r.status = "plan";
  r.period = "2025-01/2025-06";
  r.label = "Kinh phí xã hội hóa";
  r.topic = "khac";
  r.organizer = "partner";
  r.classes = 3;
  r.participants = 1612;
  r.female = 0;
  r.cost_vnd = 1500000;
  r.approx = true;
  r.category = "socialized";
  r.amount_vnd = 6500000;
  r.value = 0.1 + 0.2;  // not representable in short decimal: must round-trip exactly
  r.unit = "%";
  r.of = 1e-7;
  r.severity = "warning";
  r.message = "tổng \"không\" khớp";
  r.refs = {0, 2};
  r.source.page = 2;
  r.source.block = 14;
  r.source.row = 3;
  r.source.text = "1 | Xã hội hóa | 6.500.000";
  r.rule = "table.budget.socialized";
  p.extraction.records.push_back(r);
  p.document_json = "{\"version\":1,\"x\":\"\\n\"}";

  std::optional<Result<Processed>> back = DecodeOutcome(EncodeOutcome(p));
  ASSERT_TRUE(back.has_value());
  ASSERT_TRUE(back->ok());
  const Processed& q = back->value();
  EXPECT_EQ(q.document_json, p.document_json);
  EXPECT_EQ(q.extraction.rules_version, "rules-7");
  EXPECT_EQ(q.extraction.document.ocr_confidence, 87.25);
  EXPECT_EQ(q.extraction.document.issuer, p.extraction.document.issuer);
  ASSERT_EQ(q.extraction.records.size(), 1u);
  const Record& s = q.extraction.records[0];
  EXPECT_EQ(s.type, r.type);
  EXPECT_EQ(s.topic, r.topic);
  EXPECT_EQ(s.organizer, r.organizer);
  EXPECT_EQ(s.participants, r.participants);
  EXPECT_EQ(s.female, r.female);
  EXPECT_EQ(s.approx, true);
  EXPECT_EQ(s.value, r.value);
  EXPECT_EQ(s.of, r.of);
  EXPECT_EQ(s.refs, r.refs);
  EXPECT_EQ(s.message, r.message);
  EXPECT_EQ(s.source.row, 3);
  EXPECT_EQ(s.source.text, r.source.text);
  EXPECT_EQ(s.rule, r.rule);
  EXPECT_FALSE(s.audience.has_value()) << "unknown stays unknown";
}

TEST(WorkerWireTest, ErrorsKeepTheirKindAndCutRepliesAreRefused) {
  std::optional<Result<Processed>> back =
      DecodeOutcome(EncodeOutcome(Status::Encrypted("the DOCX is password protected")));
  ASSERT_TRUE(back.has_value());
  ASSERT_FALSE(back->ok());
  EXPECT_EQ(back->status().code(), Status::Code::kEncrypted);
  EXPECT_EQ(back->status().reason(), "the DOCX is password protected");

  Processed p;
  p.document_json = "{}";
  std::string whole = EncodeOutcome(p);
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, whole.size() / 2, whole.size() - 1}) {
    EXPECT_FALSE(DecodeOutcome(whole.substr(0, cut)).has_value()) << cut;
  }
  EXPECT_FALSE(DecodeOutcome(whole + "x").has_value());
  EXPECT_FALSE(DecodeOutcome("{\"ok\":true,\"extraction\":1e30,\"document\":-1}\n").has_value());
  // Counts that wrap when added must not pass for the reply's length.
  EXPECT_FALSE(DecodeOutcome("{\"ok\":true,\"extraction\":18446744073709551615,\"document\":2}\nx").has_value());
  EXPECT_FALSE(DecodeOutcome("{\"ok\":false,\"code\":1e30,\"reason\":\"x\"}\n").has_value());
}

TEST(WorkerTest, AChildKilledForTimeIsReportedAsTimeout) {
  ::setenv("BAOCAO_TEST_HOOKS", "1", 1);
  WorkerLimits limits;
  limits.seconds = 0.5;
  Result<std::unique_ptr<Worker>> w =
      Worker::Start("BAOCAO-TEST-CHILD:hang", "x.docx", testing::Rules(), {}, limits);
  ::unsetenv("BAOCAO_TEST_HOOKS");
  ASSERT_TRUE(w.ok());
  // Not finished: nothing to read, the pipe still open.
  EXPECT_FALSE(w.value()->ReadAvailable());
  Result<Processed> out = w.value()->Kill();
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().reason().rfind("timeout", 0), 0u) << out.status().reason();
}

}  // namespace
}  // namespace baocao
