// The worker wire carries every record schema field: a record with all of
// them set comes back equal from EncodeOutcome/DecodeOutcome.
#include "batch/worker_wire.h"

#include <gtest/gtest.h>

#include "tests/support/full_record.h"

namespace baocao {
namespace {

TEST(WorkerWireTest, EveryRecordFieldCrossesThePipe) {
  Processed p;
  p.extraction.document = testing::FullDocument();
  p.extraction.rules_version = "rules-2026.12.1";
  for (RecordType t : {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure, RecordType::kCheck})
    p.extraction.records.push_back(testing::FullRecord(t));
  p.document_json = R"({"blocks":[]})";
  std::optional<Result<Processed>> back = DecodeOutcome(EncodeOutcome(Result<Processed>(p)));
  ASSERT_TRUE(back.has_value());
  ASSERT_TRUE(back->ok()) << back->status().reason();
  const Processed& got = back->value();
  EXPECT_EQ(got.document_json, p.document_json);
  EXPECT_EQ(got.extraction.rules_version, p.extraction.rules_version);
  for (const DocumentField& f : DocumentFields())
    EXPECT_TRUE(f.Get(got.extraction.document) == f.Get(p.extraction.document)) << f.name;
  ASSERT_EQ(got.extraction.records.size(), p.extraction.records.size());
  for (std::size_t i = 0; i < p.extraction.records.size(); ++i) {
    for (const RecordField& f : RecordFields()) {
      if (!f.Carries(p.extraction.records[i].type)) continue;
      EXPECT_TRUE(f.Get(got.extraction.records[i]) == f.Get(p.extraction.records[i]))
          << RecordTypeName(p.extraction.records[i].type) << "." << f.name;
    }
  }
}

}  // namespace
}  // namespace baocao
