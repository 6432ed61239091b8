// End to end: every committed sample through every stage, compared with its
// expected records (written by hand from the sample's own specification, not
// from this program's output).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

#include "pipeline/pipeline.h"
#include "extractors/record_json.h"
#include "normalize/numbers.h"
#include "tests/support/test_support.h"
#include "util/files.h"

namespace baocao {
namespace {

using Json = nlohmann::json;
using testing::fs::path;

struct Extracted {
  std::vector<Json> lines;  // document line first
};

Extracted ExtractSample(const path& file) {
  Extracted out;
  Result<std::string> bytes = ReadFileBytes(file.string());
  EXPECT_TRUE(bytes.ok());
  Result<Processed> p = ProcessBytes(bytes.value(), file.filename().string(), testing::Rules());
  EXPECT_TRUE(p.ok()) << file << ": " << p.status().reason();
  if (!p.ok()) return out;
  out.lines.push_back(Json::parse(DocumentToJsonLine(p.value().extraction.document)));
  for (const Record& r : p.value().extraction.records) out.lines.push_back(Json::parse(RecordToJsonLine(r)));
  return out;
}

std::vector<Json> Expected(const path& file) {
  path expected = file;
  expected.replace_extension(".expected.jsonl");
  std::vector<Json> out;
  for (const std::string& line : testing::Lines(testing::ReadText(expected.string()))) out.push_back(Json::parse(line));
  return out;
}

// The contract fields of a record; provenance is checked separately because
// its block numbers and snippets follow from the reader, not the report. A
// check is compared by its id, severity and the records it names; its
// message is prose for people.
Json ContractFields(Json j) {
  j.erase("source");
  if (j.value("type", "") == "check") {
    j.erase("message");
  } else {
    j.erase("rule");
  }
  return j;
}

class SampleTest : public ::testing::TestWithParam<path> {};

bool IsFigure(const Json& j) { return j.value("type", "") == "figure"; }

TEST_P(SampleTest, ExtractEqualsExpectedRecords) {
  std::vector<Json> want = Expected(GetParam());
  Extracted got = ExtractSample(GetParam());
  ASSERT_FALSE(got.lines.empty());
  // Samples written before figure records existed state no figures in their
  // expected file; for them, figures are not compared (they follow all
  // activity and budget records, so no other position moves).
  if (std::none_of(want.begin(), want.end(), IsFigure)) {
    got.lines.erase(std::remove_if(got.lines.begin(), got.lines.end(), IsFigure), got.lines.end());
  }
  EXPECT_EQ(got.lines[0], want[0]) << "document line";
  std::size_t n = std::max(want.size(), got.lines.size());
  for (std::size_t i = 1; i < n; ++i) {
    std::string w = i < want.size() ? ContractFields(want[i]).dump() : "(none)";
    std::string g = i < got.lines.size() ? ContractFields(got.lines[i]).dump() : "(none)";
    EXPECT_EQ(g, w) << "record " << i;
  }
}

// Every figure can be found in the original: its snippet holds the number.
TEST_P(SampleTest, EveryFigureCarriesProvenance) {
  Extracted got = ExtractSample(GetParam());
  for (std::size_t i = 1; i < got.lines.size(); ++i) {
    const Json& r = got.lines[i];
    ASSERT_TRUE(r.contains("source")) << r.dump();
    const Json& s = r["source"];
    EXPECT_FALSE(s["text"].get<std::string>().empty()) << r.dump();
    EXPECT_FALSE(r["rule"].get<std::string>().empty()) << r.dump();
    EXPECT_GE(s["block"].get<int>(), 0);
    // Every number printed in the snippet, read as a count or as money in
    // đồng, thousands or millions (a table's "ĐVT: triệu đồng").
    std::set<long long> printed;
    std::string text = s["text"].get<std::string>();
    for (std::size_t k = 0; k < text.size();) {
      if (!isdigit(static_cast<unsigned char>(text[k]))) {
        ++k;
        continue;
      }
      std::size_t j = k;
      while (j < text.size() && (isdigit(static_cast<unsigned char>(text[j])) || text[j] == '.' || text[j] == ',')) ++j;
      std::string token = text.substr(k, j - k);
      while (!token.empty() && (token.back() == '.' || token.back() == ',')) token.pop_back();
      for (long long scale : {1LL, 1000LL, 1000000LL}) {
        if (auto v = normalize::ParseMoneyVnd(token, scale)) printed.insert(*v);
      }
      k = j;
    }
    for (const char* measure : {"classes", "participants", "female", "cost_vnd", "amount_vnd"}) {
      if (!r.contains(measure) || r[measure].is_null()) continue;
      long long value = r[measure].get<long long>();
      EXPECT_TRUE(printed.count(value)) << measure << " " << value << " not in: " << s["text"];
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleTest, ::testing::ValuesIn(testing::SampleFiles()),
                         [](const ::testing::TestParamInfo<path>& param) {
                           std::string name = param.param.stem().string();
                           for (char& ch : name) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

TEST(SamplesTest, AtLeastSixSamples) { EXPECT_GE(testing::SampleFiles().size(), 6u); }

}  // namespace
}  // namespace baocao
