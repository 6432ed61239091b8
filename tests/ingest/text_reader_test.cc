// Plain text in the encodings Windows editors save (ingest/text_reader.h):
// UTF-16 with a byte-order mark (Notepad's "Unicode"), Windows-1258
// (Notepad's "ANSI" on a Vietnamese Windows), and 8-bit legacy text left
// for normalize/ to decode.
#include "ingest/text_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/converter.h"
#include "ingest/file_type.h"

namespace baocao {
namespace {

using namespace std::string_literals;

// UTF-16 code units of `utf8` (BMP only, as the fixtures are), with a BOM.
std::string Utf16(const std::u16string& text, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF"s : "\xFF\xFE"s;
  for (char16_t c : text) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

TEST(TextReaderTest, Utf16WithAByteOrderMarkIsText) {
  for (bool big_endian : {false, true}) {
    const std::string bytes = Utf16(u"BÁO CÁO\r\n\r\nTổ chức 12 lớp, 345 lượt người\r\n", big_endian);
    EXPECT_EQ(DetectFileType(bytes), FileType::kText);
    Result<Document> doc = ConvertBytes(bytes);
    ASSERT_TRUE(doc.ok()) << doc.status().reason();
    EXPECT_EQ(doc.value().format, "txt");
    ASSERT_EQ(doc.value().body.size(), 2u);
    EXPECT_EQ(doc.value().body[0].paragraph.orig, "BÁO CÁO");
    EXPECT_EQ(doc.value().body[1].paragraph.orig, "Tổ chức 12 lớp, 345 lượt người");
    ASSERT_EQ(doc.value().warnings.size(), 1u);
    EXPECT_NE(doc.value().warnings[0].find("UTF-16"), std::string::npos);
  }
}

TEST(TextReaderTest, Utf16SurrogatesAndOddBytesDoNotBreakIt) {
  // A surrogate pair (U+1F600), an unpaired high surrogate, a dangling byte.
  const std::string bytes = "\xFF\xFE" "A\0" "\x3D\xD8\x00\xDE" "\x3D\xD8" "B\0" "C"s;
  Result<Document> doc = ReadText(bytes);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc.value().body.size(), 1u);
  EXPECT_EQ(doc.value().body[0].paragraph.orig, "A\xF0\x9F\x98\x80\xEF\xBF\xBD" "B");
}

TEST(TextReaderTest, Windows1258IsDecodedAndComposed) {
  // "Báo cáo kết quả hoạt động ..." as Notepad saves it on a Vietnamese
  // Windows: base letters, then combining tone marks (0xEC acute, 0xD2 hook
  // above, 0xF2 dot below, 0xCC grave).
  const std::string bytes =
      "B\xE1o c\xE1o k\xEA\xECt qua\xD2 hoa\xF2t \xF0\xF4\xF2ng cu\xD2" "a Trung t\xE2m ho\xF2" "c t\xE2\xF2p "
      "c\xF4\xF2ng \xF0\xF4\xCCng n\xE3m 2024, t\xF4\xD2 ch\xFD\xEC" "c 12 l\xF5\xECp\r\n";
  EXPECT_EQ(DetectFileType(bytes), FileType::kText);
  Result<Document> doc = ConvertBytes(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  ASSERT_EQ(doc.value().body.size(), 1u);
  EXPECT_EQ(doc.value().body[0].paragraph.orig,
            "Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng năm 2024, tổ chức 12 lớp");
  ASSERT_EQ(doc.value().warnings.size(), 1u);
  EXPECT_NE(doc.value().warnings[0].find("Windows-1258"), std::string::npos);
}

TEST(TextReaderTest, LegacyFontBytesAreNotTakenForWindows1258) {
  // TCVN3 ("Báo cáo kết quả"): decoded as Windows-1258 it is no Vietnamese,
  // so it stays byte by byte for normalize/ to recognise.
  Result<Document> doc = ReadText("B\xB8o c\xB8o k\xD5t qu\xB6 ho\xB9t \xAE\xE9ng");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc.value().warnings.size(), 1u);
  EXPECT_NE(doc.value().warnings[0].find("byte by byte"), std::string::npos);
}

TEST(TextReaderTest, RtfIsAWordProcessorFileForLibreOffice) {
  const std::string rtf = "{\\rtf1\\ansi B\\'e1o c\\'e1o}";
  EXPECT_EQ(DetectFileType(rtf), FileType::kRtf);
  ConvertOptions options;
  options.office.soffice = "/nonexistent/soffice";
  Result<Document> doc = ConvertBytes(rtf, options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(doc.status().reason().find("LibreOffice"), std::string::npos) << doc.status().reason();
}

}  // namespace
}  // namespace baocao
