// DetectFileType and ConvertBytes dispatch: the type comes from the bytes.
#include "ingest/file_type.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/converter.h"
#include "tests/ingest/zip_fixture.h"

namespace baocao {
namespace {

using namespace std::string_literals;
using testing::MakeZip;

TEST(FileTypeTest, DetectsEachType) {
  EXPECT_EQ(DetectFileType(""), FileType::kEmpty);
  EXPECT_EQ(DetectFileType(testing::DocxWithBody(testing::P("x"))), FileType::kDocx);
  EXPECT_EQ(DetectFileType(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                    {"content.xml", "<office:document-content/>"}})),
            FileType::kOdt);
  EXPECT_EQ(DetectFileType(MakeZip({{"bao-cao.txt", "Báo cáo"}})), FileType::kZip);
  EXPECT_EQ(DetectFileType("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + std::string(504, '\0')), FileType::kDoc);
  EXPECT_EQ(DetectFileType("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), FileType::kPdf);
  EXPECT_EQ(DetectFileType(std::string(600, '\0') + "%PDF-1.4\n"), FileType::kPdf);  // leading junk
  EXPECT_EQ(DetectFileType(std::string(2000, '\0') + "%PDF-1.4\n"), FileType::kUnknown);
  EXPECT_EQ(DetectFileType("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s), FileType::kPng);
  EXPECT_EQ(DetectFileType("\xFF\xD8\xFF\xE0\0\x10JFIF"s), FileType::kJpeg);
  EXPECT_EQ(DetectFileType("II*\0\x08\0\0\0"s), FileType::kTiff);
  EXPECT_EQ(DetectFileType("MM\0*\0\0\0\x08"s), FileType::kTiff);
  EXPECT_EQ(DetectFileType("Báo cáo kết quả\r\n"), FileType::kText);
  EXPECT_EQ(DetectFileType("B\xB8o c\xB8o"), FileType::kText);  // TCVN3 bytes: still text
  EXPECT_EQ(DetectFileType("\x01\x02\0\x03"s), FileType::kUnknown);
}

// Without its central directory a zip is known by its local headers: a DOCX
// cut short is still a DOCX (its reader says what could be recovered), any
// other zip a zip.
TEST(FileTypeTest, TruncatedZipIsKnownByItsLocalHeaders) {
  const std::string docx = testing::DocxWithBody(testing::P("x"));
  EXPECT_EQ(DetectFileType(docx.substr(0, docx.size() / 2)), FileType::kDocx);
  const std::string other = MakeZip({{"a.txt", std::string(400, 'a')}, {"b.txt", std::string(400, 'b')}});
  EXPECT_EQ(DetectFileType(other.substr(0, other.size() / 2)), FileType::kZip);
}

TEST(FileTypeTest, ContentWinsOverWhatTheFileSeemsToBe) {
  // A DOCX whose first entry, stored, starts with "%PDF-" (as a DOCX renamed
  // to .pdf might): the zip signature decides.
  const std::string bytes = MakeZip({{"a.txt", "%PDF-1.4 not really", true},
                                     {"word/document.xml", testing::DocumentXml(testing::P("x"))}});
  ASSERT_NE(bytes.substr(0, 1024).find("%PDF-"), std::string::npos);
  EXPECT_EQ(DetectFileType(bytes), FileType::kDocx);
  EXPECT_TRUE(ConvertBytes(bytes).ok());
}

TEST(FileTypeTest, Names) {
  EXPECT_STREQ(FileTypeName(FileType::kDocx), "docx");
  EXPECT_STREQ(FileTypeName(FileType::kOdt), "odt");
  EXPECT_STREQ(FileTypeName(FileType::kZip), "zip");
  EXPECT_STREQ(FileTypeName(FileType::kDoc), "doc");
  EXPECT_STREQ(FileTypeName(FileType::kPdf), "pdf");
  EXPECT_STREQ(FileTypeName(FileType::kPng), "png");
  EXPECT_STREQ(FileTypeName(FileType::kJpeg), "jpeg");
  EXPECT_STREQ(FileTypeName(FileType::kTiff), "tiff");
  EXPECT_STREQ(FileTypeName(FileType::kText), "txt");
  EXPECT_STREQ(FileTypeName(FileType::kEmpty), "empty");
  EXPECT_STREQ(FileTypeName(FileType::kUnknown), "unknown");
}

void ExpectStatus(const Result<Document>& r, Status::Code code, const std::string& needle) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), code) << r.status().reason();
  EXPECT_NE(r.status().reason().find(needle), std::string::npos) << r.status().reason();
  EXPECT_EQ(r.status().reason().find('\n'), std::string::npos);
}

TEST(ConverterTest, DispatchesByType) {
  ExpectStatus(ConvertBytes(""), Status::Code::kInvalidInput, "empty file (0 bytes)");
  ExpectStatus(ConvertBytes("%PDF-1.7\n"), Status::Code::kInvalidInput, "not a readable PDF");
  ExpectStatus(ConvertBytes("\x89PNG\r\n\x1A\n"), Status::Code::kInvalidInput, "not a readable image");
  // A legacy .doc goes to LibreOffice (here one that is not there: the
  // conversion itself is tested in office/convert_test.cc).
  ConvertOptions no_office;
  no_office.office.soffice = "/nonexistent/soffice";
  const Result<Document> doc = ConvertBytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + std::string(504, '\0'), no_office);
  ExpectStatus(doc, Status::Code::kUnsupported, "LibreOffice");
  ExpectStatus(ConvertBytes(MakeZip({{"x.txt", "x"}})), Status::Code::kInvalidInput, "not a DOCX");
  ExpectStatus(ConvertBytes("\x01\x02\0\x03"s), Status::Code::kInvalidInput, "unknown file type");
  ExpectStatus(ConvertBytes("<html><body>Báo cáo</body></html>"), Status::Code::kUnsupported, "HTML");

  const Result<Document> docx = ConvertBytes(testing::DocxWithBody(testing::P("Kế hoạch")));
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(docx.value().format, "docx");
}

TEST(ConverterTest, EncryptedDocxIsNamedAsSuch) {
  std::string cfb = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + std::string(504, '\0');
  for (char c : std::string("EncryptedPackage")) cfb += std::string{c, '\0'};
  ExpectStatus(ConvertBytes(cfb), Status::Code::kEncrypted, "password");
}

TEST(ConverterTest, ReadsUtf8TextOneParagraphPerLine) {
  const Result<Document> doc =
      ConvertBytes("\xEF\xBB\xBF" "BÁO CÁO\r\n\r\n  \nKết quả thực hiện\n- Đã tổ chức 3 lớp");
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  const Document& d = doc.value();
  EXPECT_EQ(d.format, "txt");
  ASSERT_EQ(d.body.size(), 3u);
  EXPECT_EQ(d.body[0].paragraph.orig, "BÁO CÁO");
  EXPECT_EQ(d.body[1].paragraph.orig, "Kết quả thực hiện");
  EXPECT_EQ(d.body[2].paragraph.orig, "- Đã tổ chức 3 lớp");
  EXPECT_EQ(d.body[2].index, 2);
}

// Text that is not UTF-8 is read byte by byte (each byte b as U+00b) for
// normalize/ to recognise a legacy encoding (TCVN3 here) and decode it.
TEST(ConverterTest, ReadsEightBitTextByteByByte) {
  Result<Document> doc = ConvertBytes("B\xB8o c\xB8o k\xD5t qu\xB6");
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  EXPECT_EQ(doc.value().format, "txt");
  ASSERT_EQ(doc.value().body.size(), 1u);
  EXPECT_EQ(doc.value().body[0].paragraph.orig, "B\xC2\xB8o c\xC2\xB8o k\xC3\x95t qu\xC2\xB6");
  ASSERT_FALSE(doc.value().warnings.empty());
  EXPECT_NE(doc.value().warnings[0].find("not in UTF-8"), std::string::npos);
  EXPECT_TRUE(ConvertBytes("\xC0\xAF overlong").ok());
}

}  // namespace
}  // namespace baocao
