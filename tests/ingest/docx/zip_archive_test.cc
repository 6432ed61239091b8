// ZipArchive and the XML guard, below ReadDocx.
#include "ingest/docx/zip_archive.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "ingest/docx/xml_guard.h"
#include "tests/ingest/zip_fixture.h"

namespace baocao {
namespace {

using testing::MakeZip;

TEST(ZipArchiveTest, ReadsEntriesIgnoringCase) {
  const std::string bytes = MakeZip({{"word/document.xml", "<a/>"}, {"Word/Media/x.bin", "xyz", true}});
  Result<ZipArchive> zip = ZipArchive::Open(bytes, DocxLimits{});
  ASSERT_TRUE(zip.ok()) << zip.status().reason();
  EXPECT_EQ(zip.value().names().size(), 2u);
  EXPECT_TRUE(zip.value().Contains("word/media/x.bin"));
  Result<std::string> data = zip.value().Read("word/media/x.bin");
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data.value(), "xyz");
  const Result<std::string> missing = zip.value().Read("word/numbering.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

TEST(ZipArchiveTest, EntryLongerThanDeclaredIsHostile) {
  // A stored entry whose headers claim 4 bytes but which holds 64: the read
  // stops after 5 bytes and refuses the lie.
  std::string bytes = MakeZip({{"word/document.xml", "<a/>", true}, {"word/lie.bin", std::string(64, 'A'), true}});
  auto patch32 = [&](std::size_t at, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) bytes[at + static_cast<std::size_t>(k)] = static_cast<char>((v >> (8 * k)) & 0xFF);
  };
  const std::size_t local = bytes.find(std::string("PK\x03\x04", 4), 1);  // second local header
  ASSERT_NE(local, std::string::npos);
  patch32(local + 22, 4);  // uncompressed size
  const std::size_t central = bytes.find(std::string("PK\x01\x02", 4));
  const std::size_t second = bytes.find(std::string("PK\x01\x02", 4), central + 4);
  ASSERT_NE(second, std::string::npos);
  patch32(second + 24, 4);

  Result<ZipArchive> zip = ZipArchive::Open(bytes, DocxLimits{});
  ASSERT_TRUE(zip.ok()) << zip.status().reason();
  const Result<std::string> data = zip.value().Read("word/lie.bin");
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.status().code(), Status::Code::kHostile) << data.status().reason();
  EXPECT_NE(data.status().reason().find("declared size of 4 bytes"), std::string::npos) << data.status().reason();
  // The honest entry still reads.
  EXPECT_TRUE(zip.value().Read("word/document.xml").ok());
}

TEST(ZipArchiveTest, CorruptDataIsInvalidInput) {
  // Damage the deflated bytes of the only entry: libzip reports a CRC or
  // inflate error, which is InvalidInput, not a crash.
  const std::string text(4000, 'x');
  std::string bytes = MakeZip({{"word/document.xml", text + "<a/>"}});
  const std::size_t data_start = 30 + std::string("word/document.xml").size();
  for (std::size_t i = data_start + 2; i < data_start + 12 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(~bytes[i]);
  Result<ZipArchive> zip = ZipArchive::Open(bytes, DocxLimits{});
  ASSERT_TRUE(zip.ok()) << zip.status().reason();
  const Result<std::string> data = zip.value().Read("word/document.xml");
  if (!data.ok()) {
    EXPECT_NE(data.status().code(), Status::Code::kOk);
    EXPECT_EQ(data.status().reason().find('\n'), std::string::npos);
  } else {
    EXPECT_LE(data.value().size(), text.size() + 4);  // never more than declared
  }
}

TEST(XmlGuardTest, DepthIsMeasuredIteratively) {
  std::string xml;
  const int depth = 100000;  // would overflow a recursive walk's stack in debug builds
  for (int i = 0; i < depth; ++i) xml += "<a>";
  for (int i = 0; i < depth; ++i) xml += "</a>";
  const auto parsed = ParseXmlPart("word/deep.xml", xml, 256);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), Status::Code::kHostile);
  EXPECT_EQ(parsed.status().reason(), "XML part word/deep.xml nested 100000 deep, over the limit of 256");
}

TEST(XmlGuardTest, DepthCountsElementsOnly) {
  // a > d > e > f is the deepest chain: 4 elements; text and comments do
  // not count.
  const std::string xml = "<a><b>t<c/></b><!-- x --><d><e><f/></e></d><g/></a>";
  const auto parsed = ParseXmlPart("p.xml", xml, 4);
  ASSERT_TRUE(parsed.ok()) << parsed.status().reason();
  EXPECT_EQ(XmlElementDepth(*parsed.value()), 4);
  EXPECT_EQ(XmlElementDepth(parsed.value()->document_element()), 4);
  EXPECT_EQ(XmlElementDepth(parsed.value()->document_element().child("b")), 2);
  EXPECT_FALSE(ParseXmlPart("p.xml", xml, 3).ok());
}

TEST(XmlGuardTest, KeepsLoneSpaceText) {
  const auto parsed = ParseXmlPart("p.xml", "<w:t xml:space=\"preserve\"> </w:t>", 10);
  ASSERT_TRUE(parsed.ok());
  EXPECT_STREQ(parsed.value()->document_element().text().get(), " ");
}

TEST(XmlGuardTest, LowercaseDoctypeIsNotADtdButStillMalformed) {
  const auto parsed = ParseXmlPart("p.xml", "<!doctype x><x/>", 10);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace baocao
