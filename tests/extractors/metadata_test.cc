#include "extractors/metadata.h"

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

DocumentInfo MetaOf(const Document& doc) {
  DocumentInfo info;
  ExtractMetadata(doc, ProjectRules(), &info);
  return info;
}

TEST(MetadataTest, CommuneCentreReportWithTwoColumnHeaderTable) {
  Document doc = DocBuilder()
                     .T({{"ỦY BAN NHÂN DÂN XÃ PHÚC LỘC\nTRUNG TÂM HỌC TẬP CỘNG ĐỒNG\nSố: 12/BC-TTHTCĐ",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Phúc Lộc, ngày 05 tháng 12 năm 2024"}})
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024")
                     .P("Kính gửi: Phòng Giáo dục và Đào tạo huyện Yên Phong")
                     .P("1. Đặc điểm tình hình")
                     .Build();
  DocumentInfo m = MetaOf(doc);
  EXPECT_EQ(m.doc_type, "bao_cao");
  EXPECT_EQ(m.ref, "12/BC-TTHTCĐ");
  EXPECT_EQ(m.issued, "2024-12-05");
  EXPECT_EQ(m.title, "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024");
  EXPECT_EQ(m.issuer, "TTHTCĐ xã Phúc Lộc");
  EXPECT_EQ(m.commune, "Phúc Lộc");
  EXPECT_EQ(m.district, "Yên Phong");
  EXPECT_EQ(m.province, std::nullopt);
}

TEST(MetadataTest, BlankNumberAndBlankDayStayBlank) {
  Document doc = DocBuilder()
                     .P("ỦY BAN NHÂN DÂN")
                     .P("HUYỆN MƯỜNG KHƯƠNG")
                     .P("Số:        /BC-UBND")
                     .P("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                     .P("Mường Khương, ngày      tháng 01 năm 2022")
                     .P("BÁO CÁO")
                     .P("Tổng kết hoạt động các trung tâm học tập cộng đồng năm 2021")
                     .P("I. KẾT QUẢ")
                     .Build();
  DocumentInfo m = MetaOf(doc);
  EXPECT_EQ(m.ref, "/BC-UBND");
  EXPECT_EQ(m.issued, "2022-01");
  EXPECT_EQ(m.issuer, "UBND huyện Mường Khương");
  EXPECT_EQ(m.district, "Mường Khương");
  EXPECT_EQ(m.commune, std::nullopt) << "a district report is about no single commune";
}

TEST(MetadataTest, DottedPlaceholdersInReferenceAndDate) {
  Document doc = DocBuilder()
                     .P("HỘI KHUYẾN HỌC XÃ ĐÔNG SƠN")
                     .P("Số:....... /BC-HKH")
                     .P("Đông Sơn, ngày….. tháng 6 năm 2023")
                     .P("BÁO CÁO")
                     .P("Sơ kết 6 tháng đầu năm 2023")
                     .Build();
  DocumentInfo m = MetaOf(doc);
  EXPECT_EQ(m.ref, "/BC-HKH");
  EXPECT_EQ(m.issued, "2023-06");
  EXPECT_EQ(m.issuer, "Hội Khuyến học xã Đông Sơn");
  EXPECT_EQ(m.commune, "Đông Sơn");
}

TEST(MetadataTest, PlanWithTitleOnTheTypeLineAndProvinceInBody) {
  Document doc = DocBuilder()
                     .P("UBND XÃ NA RÌ")
                     .P("Số: 03/KH-UBND")
                     .P("Na Rì, ngày 08 tháng 01 năm 2025")
                     .P("KẾ HOẠCH HOẠT ĐỘNG NĂM 2025")
                     .P("1. Căn cứ")
                     .P("Căn cứ hướng dẫn của Sở GD&ĐT Bắc Kạn và UBND huyện Chợ Mới;")
                     .Build();
  DocumentInfo m = MetaOf(doc);
  EXPECT_EQ(m.doc_type, "ke_hoach");
  EXPECT_EQ(m.title, "HOẠT ĐỘNG NĂM 2025");
  EXPECT_EQ(m.issued, "2025-01-08");
  EXPECT_EQ(m.province, "Bắc Kạn");
}

TEST(MetadataTest, DocTypeFromReferenceWhenNoTypeLine) {
  Document doc = DocBuilder().P("Số: 88/KH-UBND").P("nội dung").Build();
  EXPECT_EQ(MetaOf(doc).doc_type, "ke_hoach");
}

TEST(MetadataTest, NameOnlyKeepsCapitalisedWords) {
  EXPECT_EQ(NameOnly("Thanh Sơn báo cáo kết quả"), "Thanh Sơn");
  EXPECT_EQ(NameOnly("TÂN HƯƠNG"), "Tân Hương");
  EXPECT_EQ(NameOnly("về việc"), "");
}

}  // namespace
}  // namespace baocao
