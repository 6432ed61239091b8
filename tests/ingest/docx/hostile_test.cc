// Hostile and broken DOCX files: every one is refused with a one-line reason,
// and none crashes the reader.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "ingest/converter.h"
#include "ingest/docx/reader.h"
#include "tests/ingest/zip_fixture.h"

namespace baocao {
namespace {

using testing::DocxWithBody;
using testing::MakeZip;
using testing::P;
using testing::ZipEntry;

bool OneLine(const std::string& reason) {
  return !reason.empty() && reason.find('\n') == std::string::npos && reason.find('\r') == std::string::npos;
}

void ExpectRefused(const Result<Document>& r, Status::Code code, const std::string& needle) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), code) << r.status().reason();
  EXPECT_NE(r.status().reason().find(needle), std::string::npos) << r.status().reason();
  EXPECT_TRUE(OneLine(r.status().reason())) << r.status().reason();
}

std::string Incompressible(std::size_t n) {
  std::mt19937 rng(42);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

TEST(DocxHostileTest, CompressionRatioBomb) {
  // 2 MiB of zeros deflates ~1000:1; the default limit is 200:1 above 1 MiB.
  const std::string bytes = MakeZip({{"word/document.xml", testing::DocumentXml(P("x"))},
                                     {"word/media/image1.bin", std::string(2u << 20, '\0')}});
  ASSERT_LT(bytes.size(), 64u << 10);
  ExpectRefused(ReadDocx(bytes), Status::Code::kHostile, "zip bomb: entry word/media/image1.bin expands");
}

TEST(DocxHostileTest, TotalUncompressedSizeBomb) {
  DocxLimits limits;
  limits.max_uncompressed_bytes = 1u << 20;
  const std::string bytes = MakeZip({{"word/document.xml", testing::DocumentXml(P("x"))},
                                     {"word/media/big.bin", Incompressible(2u << 20), true}});
  ExpectRefused(ReadDocx(bytes, limits), Status::Code::kHostile, "zip bomb: 2.0 MiB uncompressed, over the limit of 1.0 MiB");
  // The same file passes the default limits.
  EXPECT_TRUE(ReadDocx(bytes).ok());
}

TEST(DocxHostileTest, TooManyEntries) {
  std::vector<ZipEntry> entries{{"word/document.xml", testing::DocumentXml(P("x"))}};
  for (int i = 0; i < 19; ++i) entries.push_back({"word/media/f" + std::to_string(i) + ".txt", "x"});
  DocxLimits limits;
  limits.max_entries = 10;
  ExpectRefused(ReadDocx(MakeZip(entries), limits), Status::Code::kHostile, "zip has 20 entries, over the limit of 10");
}

TEST(DocxHostileTest, DtdIsRefused) {
  const std::string xml =
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      "<w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>";
  ExpectRefused(ReadDocx(testing::MakeDocx({{"word/document.xml", xml}})), Status::Code::kHostile, "DTD");
}

TEST(DocxHostileTest, DtdInOptionalPartIsRefused) {
  const std::string styles = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaa\">]><w:styles/>";
  ExpectRefused(ReadDocx(DocxWithBody(P("x"), {{"word/styles.xml", styles}})), Status::Code::kHostile,
                "word/styles.xml declares a DTD");
}

TEST(DocxHostileTest, DeepNesting) {
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "<w:customXml>";
  deep += P("sâu");
  for (int i = 0; i < 100; ++i) deep += "</w:customXml>";
  DocxLimits limits;
  limits.max_xml_depth = 50;
  ExpectRefused(ReadDocx(DocxWithBody(deep), limits), Status::Code::kHostile, "over the limit of 50");
  // Within the default limit the same nesting reads, through the wrappers.
  const Result<Document> doc = ReadDocx(DocxWithBody(deep));
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  ASSERT_EQ(doc.value().body.size(), 1u);
  EXPECT_EQ(doc.value().body[0].paragraph.orig, "sâu");
}

TEST(DocxHostileTest, TruncatedDocx) {
  const std::string whole = DocxWithBody(P("Báo cáo kết quả") + P("tháng 6"));
  const std::string half = whole.substr(0, whole.size() / 2);
  ExpectRefused(ReadDocx(half), Status::Code::kInvalidInput, "truncated or corrupt");
  // Its local headers still name word/document.xml: a DOCX, cut inside it.
  ExpectRefused(ConvertBytes(half), Status::Code::kInvalidInput, "could not be recovered from the local headers");
}

TEST(DocxHostileTest, MalformedXml) {
  const std::string xml = testing::DocumentXml(P("x")).substr(0, 200) + "<w:p><w:r>";
  ExpectRefused(ReadDocx(testing::MakeDocx({{"word/document.xml", xml}})), Status::Code::kInvalidInput,
                "XML part word/document.xml is malformed");
}

TEST(DocxHostileTest, MissingMainPart) {
  ExpectRefused(ReadDocx(MakeZip({{"word/styles.xml", "<w:styles/>"}})), Status::Code::kInvalidInput,
                "word/document.xml is missing");
}

TEST(DocxHostileTest, ZeroBytes) {
  ExpectRefused(ConvertBytes(""), Status::Code::kInvalidInput, "empty");
  ExpectRefused(ReadDocx(""), Status::Code::kInvalidInput, "not a readable DOCX");
}

TEST(DocxHostileTest, RandomCorruptionNeverCrashes) {
  // Byte flips anywhere in a real-looking DOCX: each read either succeeds or
  // fails with a one-line reason. Run under ASan to catch memory errors.
  const std::string table = "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/><w:gridSpan w:val=\"2\"/>"
                            "</w:tcPr>" + P("a") + "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/>"
                            "</w:tc></w:tr></w:tbl>";
  const std::string base = testing::MakeZip({{"word/document.xml", testing::DocumentXml(P("Báo cáo") + table), true}});
  std::mt19937 rng(7);
  for (int trial = 0; trial < 500; ++trial) {
    std::string bytes = base;
    const int flips = 1 + static_cast<int>(rng() % 4);
    for (int f = 0; f < flips; ++f) bytes[rng() % bytes.size()] = static_cast<char>(rng() & 0xFF);
    const Result<Document> doc = ConvertBytes(bytes);
    if (!doc.ok()) {
      EXPECT_TRUE(OneLine(doc.status().reason())) << doc.status().reason();
    }
  }
}

}  // namespace
}  // namespace baocao
