// DOCX files whose zip directory is damaged or missing (docx/zip_recover.h):
// read from their local headers with a warning that says so, or refused with
// a reason that says so; bombs are refused on the way.
#include "ingest/docx/zip_recover.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "ingest/converter.h"
#include "ingest/file_type.h"
#include "tests/ingest/zip_fixture.h"

namespace baocao {
namespace {

using testing::DocxWithBody;
using testing::P;

std::uint32_t U32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}
std::uint16_t U16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

// Where the central directory starts (from the end record).
std::size_t DirectoryOffset(const std::string& zip) {
  const std::size_t end = zip.rfind("PK\x05\x06");
  return end == std::string::npos ? zip.size() : U32(zip, end + 16);
}

// The entries of `zip` as a streaming writer emits them: bit 3 set, CRC and
// sizes zero in the local header and given after the data in a descriptor;
// no central directory.
std::string Streamed(const std::string& zip) {
  std::string out;
  std::size_t at = 0;
  const std::size_t directory = DirectoryOffset(zip);
  while (at < directory && U32(zip, at) == 0x04034b50) {
    std::string header = zip.substr(at, 30);
    const std::size_t name = U16(zip, at + 26), extra = U16(zip, at + 28);
    const std::uint32_t packed = U32(zip, at + 18);
    const std::string descriptor = "PK\x07\x08" + zip.substr(at + 14, 12);
    header[6] = static_cast<char>(header[6] | 8);
    for (std::size_t i = 14; i < 26; ++i) header[i] = '\0';
    out += header + zip.substr(at + 30, name + extra + packed) + descriptor;
    at += 30 + name + extra + packed;
  }
  return out;
}

std::string Report() {
  return DocxWithBody(P("BÁO CÁO") + P("Tổ chức 12 lớp chuyên đề, 345 lượt người tham gia"));
}

void ExpectReadWithWarning(const std::string& bytes) {
  EXPECT_EQ(DetectFileType(bytes), FileType::kDocx);
  Result<Document> doc = ConvertBytes(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  ASSERT_EQ(doc.value().body.size(), 2u);
  EXPECT_EQ(doc.value().body[1].paragraph.orig, "Tổ chức 12 lớp chuyên đề, 345 lượt người tham gia");
  ASSERT_EQ(doc.value().warnings.size(), 1u);
  EXPECT_NE(doc.value().warnings[0].find("central directory is damaged"), std::string::npos);
}

TEST(ZipRecoverTest, GarbledDirectoryIsRebuiltFromLocalHeaders) {
  std::string bytes = Report();
  const std::size_t directory = DirectoryOffset(bytes);
  ASSERT_LT(directory, bytes.size());
  for (std::size_t i = directory; i < bytes.size(); i += 7) bytes[i] = '\x5A';
  ExpectReadWithWarning(bytes);
}

TEST(ZipRecoverTest, DownloadCutBeforeTheDirectoryIsRead) {
  const std::string bytes = Report();
  ExpectReadWithWarning(bytes.substr(0, DirectoryOffset(bytes) + 10));
}

TEST(ZipRecoverTest, StreamedEntriesAreMeasuredByInflating) {
  ExpectReadWithWarning(Streamed(Report()));
}

TEST(ZipRecoverTest, CutInsideTheDocumentIsRefusedSayingWhy) {
  const std::string bytes = Report();
  const std::size_t document = bytes.find("word/document.xml");
  ASSERT_NE(document, std::string::npos);
  for (const std::string& cut : {bytes.substr(0, document + 40), Streamed(bytes).substr(0, document + 40)}) {
    Result<Document> doc = ConvertBytes(cut);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput);
    EXPECT_NE(doc.status().reason().find("could not be recovered from the local headers"), std::string::npos)
        << doc.status().reason();
  }
}

TEST(ZipRecoverTest, StreamedBombIsRefusedBeforeItsMemoryIsSpent) {
  const std::string bomb = Streamed(testing::MakeDocx({{"word/document.xml", std::string(8 << 20, ' ')}}));
  Result<std::string> rebuilt = RebuildZipDirectory(bomb, DocxLimits{});
  ASSERT_FALSE(rebuilt.ok());
  EXPECT_EQ(rebuilt.status().code(), Status::Code::kHostile);
  EXPECT_NE(rebuilt.status().reason().find("zip bomb"), std::string::npos);
  EXPECT_EQ(ConvertBytes(bomb).status().code(), Status::Code::kHostile);
}

TEST(ZipRecoverTest, NothingWholeIsNothingToRebuild) {
  EXPECT_EQ(RebuildZipDirectory("PK\x03\x04 short", DocxLimits{}).status().code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(LocalEntryNames("no zip here").empty());
}

}  // namespace
}  // namespace baocao
