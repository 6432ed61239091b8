#include "extractors/record_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace baocao {
namespace {

TEST(RecordJsonTest, ActivityPrintsContractKeysInOrderWithNulls) {
  Record r;
  r.type = RecordType::kActivity;
  r.status = "actual";
  r.period = "2024";
  r.topic = "phap_luat";
  r.label = "Chuyên đề pháp luật";
  r.classes = 4;
  r.female = 0;
  r.source = {std::nullopt, 7, 3, "3 | Chuyên đề pháp luật | 4 | | 0", 2, SourceBox{56.5, 300, 540, 318.25}};
  r.rule = "table.activity";
  std::string line = RecordToJsonLine(r);
  auto j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::vector<std::string> want = {"type",     "status",   "period", "topic",    "label",   "organizer",
                                   "classes",  "participants", "female", "cost_vnd", "audience", "location",
                                   "commune",  "approx",   "source", "rule"};
  EXPECT_EQ(keys, want);
  EXPECT_TRUE(j["participants"].is_null()) << "unknown prints null";
  EXPECT_EQ(j["female"], 0) << "a real 0 prints 0";
  EXPECT_TRUE(j["source"]["page"].is_null());
  EXPECT_EQ(j["source"]["row"], 3);
}

TEST(RecordJsonTest, RoundTripKeepsEveryField) {
  Record r;
  r.type = RecordType::kFigure;
  r.label = "TTHTCĐ đã mua sắm trang thiết bị";
  r.value = 16;
  r.of = 19;
  r.unit = "TTHTCĐ";
  r.period = "2020";
  r.approx = true;
  r.source = {2, 11, std::nullopt, "có 16/19 TTHTCĐ", std::nullopt, std::nullopt};
  r.rule = "figure.ratio";
  Result<Record> back = RecordFromJsonLine(RecordToJsonLine(r));
  ASSERT_TRUE(back.ok()) << back.status().reason();
  EXPECT_EQ(RecordToJsonLine(back.value()), RecordToJsonLine(r));
  EXPECT_NE(RecordToJsonLine(r).find("\"value\":16,"), std::string::npos) << "whole numbers print as integers";
}

TEST(RecordJsonTest, DocumentLineCarriesSchemaAndRoundTrips) {
  DocumentInfo d;
  d.file = "bao-cao.docx";
  d.sha256 = "ab";
  d.format = "docx";
  d.doc_type = "bao_cao";
  d.ref = "/BC-UBND";
  d.issued = "2024-12";
  std::string line = DocumentToJsonLine(d);
  EXPECT_EQ(line.rfind("{\"type\":\"document\",\"schema\":1,", 0), 0u) << line;
  Result<DocumentInfo> back = DocumentFromJsonLine(line);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(DocumentToJsonLine(back.value()), line);
}

TEST(RecordJsonTest, MalformedLinesAreErrorsNotCrashes) {
  EXPECT_FALSE(RecordFromJsonLine("not json").ok());
  EXPECT_FALSE(RecordFromJsonLine("{\"type\":\"martian\"}").ok());
  EXPECT_FALSE(RecordFromJsonLine("{\"type\":\"activity\",\"classes\":\"many\"}").ok());
  EXPECT_FALSE(DocumentFromJsonLine("{\"type\":\"activity\"}").ok());
}

}  // namespace
}  // namespace baocao
