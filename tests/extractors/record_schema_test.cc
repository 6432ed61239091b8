// The JSON Lines codec agrees with the record schema: every field a type
// carries is printed under its contract name and read back to the same value,
// and no field a type does not carry is printed. (The wire, SQL, CSV and
// views are held to the schema by tests/batch/worker_wire_test.cc and
// tests/store/schema_agreement_test.cc.)
#include <gtest/gtest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "extractors/record_json.h"
#include "extractors/record_schema.h"
#include "tests/support/full_record.h"

namespace baocao {
namespace {

using Json = nlohmann::json;

const RecordType kTypes[] = {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure, RecordType::kCheck};

TEST(RecordSchemaTest, EveryFieldOfEveryTypeSurvivesJsonLines) {
  for (RecordType type : kTypes) {
    SCOPED_TRACE(RecordTypeName(type));
    Record full = testing::FullRecord(type);
    std::string line = RecordToJsonLine(full);
    Result<Record> back = RecordFromJsonLine(line);
    ASSERT_TRUE(back.ok()) << back.status().reason() << "\n" << line;
    for (const RecordField& f : RecordFields()) {
      if (!f.Carries(type)) continue;
      EXPECT_TRUE(f.Get(back.value()) == f.Get(full)) << f.name << " in " << line;
      EXPECT_FALSE(std::holds_alternative<std::monostate>(f.Get(full))) << f.name << " was not set by FullRecord";
    }
  }
}

TEST(RecordSchemaTest, PrintedNamesAreTheSchemasAndNothingElse) {
  for (RecordType type : kTypes) {
    SCOPED_TRACE(RecordTypeName(type));
    Json j = Json::parse(RecordToJsonLine(testing::FullRecord(type)));
    std::set<std::string> expected = {"type", "source", "rule"};
    for (const FieldUse& use : PrintedFields(type)) expected.insert(std::string(use.json_name));
    std::set<std::string> printed;
    for (auto it = j.begin(); it != j.end(); ++it) printed.insert(it.key());
    EXPECT_EQ(printed, expected);
    std::set<std::string> source_expected, source_printed;
    for (const RecordField* f : SourceFields()) source_expected.insert(std::string(f->name));
    for (auto it = j["source"].begin(); it != j["source"].end(); ++it) source_printed.insert(it.key());
    EXPECT_EQ(source_printed, source_expected);
  }
}

TEST(RecordSchemaTest, TheDocumentLineSurvivesJsonLines) {
  DocumentInfo full = testing::FullDocument();
  std::string line = DocumentToJsonLine(full);
  Result<DocumentInfo> back = DocumentFromJsonLine(line);
  ASSERT_TRUE(back.ok()) << back.status().reason() << "\n" << line;
  Json j = Json::parse(line);
  EXPECT_EQ(j["type"], "document");
  EXPECT_EQ(j["schema"], 1);
  for (const DocumentField& f : DocumentFields()) {
    EXPECT_TRUE(f.Get(back.value()) == f.Get(full)) << f.name << " in " << line;
    EXPECT_TRUE(j.contains(std::string(f.name))) << f.name;
  }
  EXPECT_EQ(j.size(), DocumentFields().size() + 2);
}

TEST(RecordSchemaTest, KeysAndMeasuresAreFieldsTheTypeCarries) {
  for (RecordType type : kTypes) {
    for (const RecordField* f : MeasuresOf(type)) EXPECT_TRUE(f->Carries(type)) << f->name;
    for (const RecordField* f : KeysOf(type)) EXPECT_TRUE(f->Carries(type)) << f->name;
  }
  ASSERT_FALSE(MeasuresOf(RecordType::kActivity).empty());
  EXPECT_EQ(MeasuresOf(RecordType::kBudget).front()->name, "amount_vnd");
  EXPECT_TRUE(MeasuresOf(RecordType::kCheck).empty());
}

}  // namespace
}  // namespace baocao
