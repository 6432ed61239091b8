// The same report as DOCX, as a text PDF and as a scan gives the same
// records. Twins (samples/NAME.pdf, NAME.scan.pdf, printed from NAME.docx by
// samples/src/make_twins.sh) share the DOCX's expected records
// (NAME.expected.jsonl); NAME.twins.expected.jsonl holds the document fields
// that differ (file, sha256, format, pages, ocr, ocr_confidence).
//
// Text PDFs: every record equal, provenance aside. Scans: every figure read
// right, or its record flagged by a check for the analyst; OCR misreads of
// words may differ, figures may not pass unnoticed. Scans take about a second
// a page of OCR.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>
#include <set>

#include "pipeline/pipeline.h"
#include "extractors/record_json.h"
#include "tests/support/test_support.h"
#include "util/edit_distance.h"
#include "util/files.h"

namespace baocao {
namespace {

using Json = nlohmann::json;
using testing::fs::path;

std::vector<Json> ExtractFile(const path& file) {
  std::vector<Json> out;
  Result<std::string> bytes = ReadFileBytes(file.string());
  EXPECT_TRUE(bytes.ok()) << file;
  if (!bytes.ok()) return out;
  Result<Processed> p = ProcessBytes(bytes.value(), file.filename().string(), testing::Rules());
  EXPECT_TRUE(p.ok()) << file << ": " << p.status().reason();
  if (!p.ok()) return out;
  out.push_back(Json::parse(DocumentToJsonLine(p.value().extraction.document)));
  for (const Record& r : p.value().extraction.records) out.push_back(Json::parse(RecordToJsonLine(r)));
  return out;
}

std::vector<Json> ReadJsonLines(const path& file) {
  std::vector<Json> out;
  for (const std::string& line : testing::Lines(testing::ReadText(file.string()))) out.push_back(Json::parse(line));
  return out;
}

// Samples with a twin: NAME.docx, NAME.expected.jsonl and NAME + `suffix`.
std::vector<std::string> NamesWith(const std::string& suffix) {
  std::vector<std::string> out;
  for (const path& docx : testing::SampleFiles()) {
    path twin = docx;
    twin.replace_extension(suffix);
    if (testing::fs::exists(twin)) out.push_back(docx.stem().string());
  }
  return out;
}

// Samples with PDF and scan twins (make_twins.sh) and their document fields.
std::vector<std::string> TwinNames() { return NamesWith(".twins.expected.jsonl"); }

path Sample(const std::string& name, const std::string& suffix) { return path(BAOCAO_SAMPLES) / (name + suffix); }

// The expected document line of a twin: the DOCX's with the twin's fields.
Json ExpectedDocument(const std::string& name, const std::string& format) {
  Json doc = ReadJsonLines(Sample(name, ".expected.jsonl")).at(0);
  for (const Json& twin : ReadJsonLines(Sample(name, ".twins.expected.jsonl"))) {
    if (twin["format"] != format) continue;
    for (const auto& [key, value] : twin.items()) doc[key] = value;
  }
  return doc;
}

// Figures and checks after the document line, without provenance: what a
// twin must reproduce. Samples written before figure records existed state
// none, so figures are compared only where the expected file has them.
std::vector<Json> Contract(std::vector<Json> lines, bool with_figures) {
  std::vector<Json> out;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    Json j = lines[i];
    if (!with_figures && j.value("type", "") == "figure") continue;
    j.erase("source");
    if (j.value("type", "") == "check") {
      j.erase("message");
    } else {
      j.erase("rule");
    }
    out.push_back(j);
  }
  return out;
}

bool HasFigures(const std::vector<Json>& lines) {
  return std::any_of(lines.begin(), lines.end(), [](const Json& j) { return j.value("type", "") == "figure"; });
}

class TwinTest : public ::testing::TestWithParam<std::string> {};

TEST_P(TwinTest, TextPdfGivesTheDocxRecords) {
  const std::string name = GetParam();
  // Legacy-font samples have a scan twin only (samples/src/make_legacy_scans.sh).
  if (!testing::fs::exists(Sample(name, ".pdf"))) GTEST_SKIP() << "no text-PDF twin";
  const std::vector<Json> want = ReadJsonLines(Sample(name, ".expected.jsonl"));
  const std::vector<Json> got = ExtractFile(Sample(name, ".pdf"));
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], ExpectedDocument(name, "pdf")) << "document line";
  const bool figures = HasFigures(want);
  const std::vector<Json> w = Contract(want, figures), g = Contract(got, figures);
  for (std::size_t i = 0; i < std::max(w.size(), g.size()); ++i) {
    EXPECT_EQ(i < g.size() ? g[i].dump() : "(none)", i < w.size() ? w[i].dump() : "(none)") << "record " << i;
  }
}

constexpr const char* kMeasures[] = {"classes", "participants", "female", "cost_vnd", "amount_vnd"};
constexpr const char* kKeys[] = {"type", "status", "period", "topic", "organizer", "category"};

bool SameKeys(const Json& a, const Json& b) {
  for (const char* k : kKeys) {
    if (a.value(k, Json()) != b.value(k, Json())) return false;
  }
  return true;
}

// Similarity of two labels, 0..1 (OCR changes a letter or two).
double Similarity(const std::string& a, const std::string& b) {
  const std::size_t longest = std::max(a.size(), b.size());
  return longest == 0 ? 1.0 : 1.0 - static_cast<double>(EditDistance(a, b)) / static_cast<double>(longest);
}

// A twin OCR read in whole or in part: its figures are right or flagged.
// `fields` are the document fields it shares with the scan twin's expected
// document line.
void ExpectOcrTwinFiguresRightOrFlagged(const std::string& name, const path& file,
                                        std::initializer_list<const char*> fields) {
  const std::vector<Json> want = ReadJsonLines(Sample(name, ".expected.jsonl"));
  const std::vector<Json> got = ExtractFile(file);
  ASSERT_FALSE(got.empty());

  Json doc = got[0];
  ASSERT_TRUE(doc["ocr_confidence"].is_number());
  EXPECT_GT(doc["ocr_confidence"].get<double>(), 50.0);
  EXPECT_LE(doc["ocr_confidence"].get<double>(), 100.0);
  doc["ocr_confidence"] = nullptr;
  Json want_doc = ExpectedDocument(name, "pdf-scan");
  for (const char* field : fields) EXPECT_EQ(doc[field], want_doc[field]) << field;

  // Records a check points at (an error or warning: the analyst will look).
  std::set<std::size_t> flagged;
  for (std::size_t i = 1; i < got.size(); ++i) {
    const Json& r = got[i];
    if (r["type"] != "check" || r["severity"] == "info") continue;
    for (const Json& ref : r["refs"]) flagged.insert(ref.get<std::size_t>());
  }
  int figures = 0, right = 0, printed = 0;
  std::vector<bool> used(got.size(), false);
  for (std::size_t i = 1; i < got.size(); ++i) {
    for (const char* m : kMeasures) printed += got[i].contains(m) && !got[i][m].is_null();
  }
  for (std::size_t i = 1; i < want.size(); ++i) {
    const Json& w = want[i];
    if (w["type"] != "activity" && w["type"] != "budget") continue;
    for (const char* m : kMeasures) {
      if (!w.contains(m) || w[m].is_null()) continue;
      ++figures;
      bool ok = false;
      for (std::size_t j = 1; j < got.size() && !ok; ++j) {
        ok = got[j].contains(m) && got[j][m] == w[m] && SameKeys(got[j], w);
      }
      if (ok) {
        ++right;
        continue;
      }
      // A figure read wrong must be on a record a check points at: the one
      // whose label reads closest to the expected one.
      std::size_t best = 0;
      double best_sim = 0;
      for (std::size_t j = 1; j < got.size(); ++j) {
        if (got[j]["type"] != w["type"]) continue;
        const double s = Similarity(got[j].value("label", ""), w.value("label", ""));
        if (s > best_sim) best_sim = s, best = j;
      }
      EXPECT_TRUE(best_sim > 0.7 && flagged.count(best - 1) > 0)
          << name << ": " << w.value("label", "") << " " << m << " = " << w[m].dump()
          << " neither read right nor flagged (closest record: "
          << (best > 0 ? got[best].dump() : std::string("none")) << ")";
    }
  }
  // Most figures right (flagging is for the few OCR gets wrong); few extra.
  EXPECT_GE(right * 100, figures * 80) << name << ": " << right << " of " << figures << " figures right";
  EXPECT_LE(printed, figures + 2 + figures / 20) << name << ": " << printed << " figures printed for " << figures;
}

TEST_P(TwinTest, ScanFiguresAreRightOrFlagged) {
  const std::string name = GetParam();
  const path scan = Sample(name, ".scan.pdf");
  if (!testing::fs::exists(scan)) GTEST_SKIP() << "no scan twin";
  ExpectOcrTwinFiguresRightOrFlagged(name, scan, {"file", "sha256", "format", "pages", "ocr", "doc_type", "issued"});
}

// A text PDF with scanned pages (samples/src/make_mixed.sh): each page read
// its own way, the whole giving the DOCX's figures.
class MixedTwinTest : public ::testing::TestWithParam<std::string> {};

TEST_P(MixedTwinTest, FiguresAreRightOrFlagged) {
  const std::string name = GetParam();
  ExpectOcrTwinFiguresRightOrFlagged(name, Sample(name, ".mixed.pdf"), {"format", "pages", "ocr", "doc_type", "issued"});
}

std::string TestName(const ::testing::TestParamInfo<std::string>& param) {
  std::string name = param.param;
  for (char& ch : name) {
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Twins, TwinTest, ::testing::ValuesIn(TwinNames()), TestName);
INSTANTIATE_TEST_SUITE_P(Twins, MixedTwinTest, ::testing::ValuesIn(NamesWith(".mixed.pdf")), TestName);

TEST(TwinsTest, SomeSamplesHaveMixedTwins) { EXPECT_GE(NamesWith(".mixed.pdf").size(), 2u); }

// Every sample has a scan twin; every one not typed in a legacy font a
// text-PDF twin too.
TEST(TwinsTest, EverySampleHasTwins) {
  EXPECT_EQ(NamesWith(".scan.pdf").size(), testing::SampleFiles().size());
  EXPECT_EQ(TwinNames().size(), testing::SampleFiles().size());
  EXPECT_GE(NamesWith(".pdf").size() + 2, testing::SampleFiles().size());
}

}  // namespace
}  // namespace baocao
