// Metadata on real headers (issue 11, point 6), one row per family: the
// document kinds (công văn known by its number and "V/v" line, tờ trình,
// quyết định, thông báo, biên bản), numbers left blank, incoming-mail
// stamps and cited documents that are never the reference, numeric dates,
// and communes after the 2025 reform that have no district. Headers written
// for this test.
#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extractors/folded.h"
#include "extractors/metadata.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

struct HeaderCase {
  const char* name;
  std::function<Document()> doc;
  std::string doc_type;
  std::optional<std::string> ref, issued, commune, district, province;
};

std::vector<HeaderCase> Cases() {
  const std::optional<std::string> none;
  return {
      {"cong_van_with_vv_line",
       [] {
         return DocBuilder()
             .T({{"ỦY BAN NHÂN DÂN\nXÃ KIM SƠN\nSố: 214/UBND-VX\nV/v báo cáo kết quả hoạt động TTHTCĐ năm 2025",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKim Sơn, ngày 9 tháng 12 năm 2025"}})
             .P("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Ninh Bình.")
             .P("Ủy ban nhân dân xã Kim Sơn báo cáo như sau:")
             .Build();
       },
       "cong_van", "214/UBND-VX", "2025-12-09", "Kim Sơn", none, "Ninh Bình"},
      {"cong_van_tab_lines",
       [] {
         return DocBuilder()
             .P("\tUBND HUYỆN BẢO LẠC\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
             .P("\tPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\t\tĐộc lập - Tự do - Hạnh phúc")
             .P("\tSố: 97/PGDĐT-GDTX\t\tBảo Lạc, ngày 03/4/2024")
             .P("\tV/v tổng hợp số liệu trung tâm học tập cộng đồng")
             .P("Kính gửi: Các Trung tâm học tập cộng đồng xã, thị trấn")
             .Build();
       },
       "cong_van", "97/PGDĐT-GDTX", "2024-04-03", none, "Bảo Lạc", none},
      {"report_space_aligned_columns",
       [] {
         return DocBuilder()
             .P("UBND XÃ PHÚ THỊNH                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG               Độc lập - Tự do - Hạnh phúc")
             .P("Số: 31/BC-TTHTCĐ                    Phú Thịnh, ngày 14 tháng 6 năm 2024")
             .P("                          BÁO CÁO")
             .P("Sơ kết hoạt động 6 tháng đầu năm 2024")
             .P("Thực hiện kế hoạch của UBND huyện Yên Bình, Trung tâm báo cáo như sau:")
             .Build();
       },
       "bao_cao", "31/BC-TTHTCĐ", "2024-06-14", "Phú Thịnh", "Yên Bình", none},
      {"pdf_column_run_together_with_gaps_as_tabs",
       [] {
         // A PDF header typed with spaces: the gaps are tabs, a blank day's
         // too, and the left column's lines ran into one.
         return DocBuilder()
             .P("ỦY BAN NHÂN DÂN XÃ QUANG HÓA Số: …/BC-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
             .P("\tQuang Hóa, ngày\ttháng 6 năm 2023")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2023")
             .Build();
       },
       "bao_cao", "/BC-UBND", "2023-06", "Quang Hóa", none, none},
      {"motto_glued_to_the_issuer",
       [] {
         // A typed left column too long for its tab stop: the PDF prints
         // the two columns glued.
         return DocBuilder()
             .P("UỶ BAN NHÂN DÂN XÃ THANH HÀCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNGĐộc lập - Tự do - Hạnh phúc")
             .P("Số: 08/BC-TTHTCĐ\tThanh Hà, ngày 20 tháng 6 năm 2022")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động 6 tháng đầu năm 2022")
             .Build();
       },
       "bao_cao", "08/BC-TTHTCĐ", "2022-06-20", "Thanh Hà", none, none},
      {"body_start_wrapped_onto_the_line_before",
       [] {
         // Two bodies typed as one line in a narrow cell: "SỞ" ends the
         // first printed line.
         return DocBuilder()
             .T({{"UBND TỈNH LẠNG SƠN SỞ\nGIÁO DỤC VÀ ĐÀO TẠO\nSố: 254/SGDĐT-GDTX",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLạng Sơn, ngày 8 tháng 12 năm 2025"}})
             .P("BÁO CÁO")
             .P("Kết quả hoạt động của các Trung tâm học tập cộng đồng năm 2025")
             .Build();
       },
       "bao_cao", "254/SGDĐT-GDTX", "2025-12-08", none, none, "Lạng Sơn"},
      {"to_trinh",
       [] {
         return DocBuilder()
             .P("UBND XÃ ĐỒNG LẠC")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
             .P("Số: 05/TTr-TTHTCĐ")
             .P("Đồng Lạc, ngày 20 tháng 01 năm 2024")
             .P("TỜ TRÌNH")
             .P("Về việc đề nghị phê duyệt kinh phí hoạt động năm 2024")
             .Build();
       },
       "to_trinh", "05/TTr-TTHTCĐ", "2024-01-20", "Đồng Lạc", none, none},
      {"quyet_dinh",
       [] {
         return DocBuilder()
             .P("ỦY BAN NHÂN DÂN")
             .P("XÃ TÂN LẬP")
             .P("Số: 41/QĐ-UBND")
             .P("Tân Lập, ngày 15 tháng 01 năm 2025")
             .P("QUYẾT ĐỊNH")
             .P("Về việc phê duyệt kế hoạch hoạt động của Trung tâm học tập cộng đồng năm 2025")
             .P("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP")
             .Build();
       },
       "quyet_dinh", "41/QĐ-UBND", "2025-01-15", "Tân Lập", none, none},
      {"thong_bao_is_other",
       [] {
         return DocBuilder()
             .P("UBND XÃ HÒA BÌNH")
             .P("Số: 12/TB-UBND")
             .P("Hòa Bình, ngày 2 tháng 3 năm 2024")
             .P("THÔNG BÁO")
             .P("Kết luận của Chủ tịch UBND xã tại buổi làm việc với Trung tâm học tập cộng đồng")
             .Build();
       },
       "other", "12/TB-UBND", "2024-03-02", "Hòa Bình", none, none},
      {"bien_ban_is_other",
       [] {
         return DocBuilder()
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG XÃ PHÚ LÂM")
             .P("BIÊN BẢN")
             .P("Họp Ban Giám đốc Trung tâm học tập cộng đồng quý I năm 2024")
             .P("Hôm nay, ngày 28 tháng 3 năm 2024, tại hội trường UBND xã Phú Lâm")
             .Build();
       },
       "other", none, "2024-03-28", "Phú Lâm", none, none},
      {"blank_number_stays_blank",
       [] {
         return DocBuilder()
             .P("UBND XÃ MINH TÂN")
             .P("Số:         /BC-UBND")
             .P("Minh Tân, ngày      tháng 6 năm 2024")
             .P("BÁO CÁO")
             .P("Sơ kết 6 tháng đầu năm 2024")
             .Build();
       },
       "bao_cao", "/BC-UBND", "2024-06", "Minh Tân", none, none},
      {"scribbled_number_stays_blank",
       [] {
         return DocBuilder()
             .P("UBND XÃ MINH TÂN")
             .P("Số: ~~ʹ/BC-UBND")
             .P("Minh Tân, ngày 14 tháng 6 năm 2024")
             .P("BÁO CÁO")
             .P("Sơ kết 6 tháng đầu năm 2024")
             .Build();
       },
       "bao_cao", "/BC-UBND", "2024-06-14", "Minh Tân", none, none},
      {"incoming_stamp_table_is_not_the_reference",
       [] {
         return DocBuilder()
             .T({{"CÔNG VĂN ĐẾN\nSố: 20418\nNgày: 21/12/2024\nChuyển: ……"}})
             .T({{"ỦY BAN NHÂN DÂN\nXÃ NAM HÒA\nSố: 88/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - "
                                                                "Tự do - Hạnh phúc\nNam Hòa, ngày 16 tháng 12 năm 2024"}})
             .P("BÁO CÁO")
             .P("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024")
             .Build();
       },
       "bao_cao", "88/BC-UBND", "2024-12-16", "Nam Hòa", none, none},
      {"incoming_registry_lines_are_not_the_reference",
       [] {
         return DocBuilder()
             .P("Số đến: 1532")
             .P("Ngày đến: 5/1/2025")
             .P("UBND XÃ YÊN LẠC")
             .P("Số: /KH-UBND")
             .P("Yên Lạc, ngày 2 tháng 01 năm 2025")
             .P("KẾ HOẠCH")
             .P("Hoạt động của Trung tâm học tập cộng đồng năm 2025")
             .Build();
       },
       "ke_hoach", "/KH-UBND", "2025-01-02", "Yên Lạc", none, none},
      {"cited_document_is_not_the_reference",
       [] {
         return DocBuilder()
             .P("UBND XÃ THANH XUÂN")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2023")
             .P("Thực hiện Công văn số 95/PGDĐT-GDTX ngày 12/11/2023 của Phòng Giáo dục và Đào tạo, Ủy ban nhân "
                "dân xã Thanh Xuân báo cáo như sau:")
             .Build();
       },
       "bao_cao", none, none, "Thanh Xuân", none, none},
      {"numeric_date",
       [] {
         return DocBuilder()
             .P("UBND XÃ PHÚ THỌ")
             .P("Số: 31/BC-UBND")
             .P("Phú Thọ, ngày 18/4/2026")
             .P("BÁO CÁO")
             .P("Kết quả quý I năm 2026")
             .Build();
       },
       "bao_cao", "31/BC-UBND", "2026-04-18", "Phú Thọ", none, none},
      {"commune_under_province_after_2025",
       [] {
         return DocBuilder()
             .T({{"UBND TỈNH TUYÊN QUANG\nỦY BAN NHÂN DÂN XÃ HỒNG THÁI\nSố: 150/BC-UBND",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHồng Thái, ngày 10 tháng 12 năm 2025"}})
             .P("BÁO CÁO")
             .P("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2025")
             .P("Kính gửi: Sở Giáo dục và Đào tạo")
             .P("Xã Hồng Thái được thành lập trên cơ sở sáp nhập các xã thuộc huyện Na Hang cũ.")
             .Build();
       },
       "bao_cao", "150/BC-UBND", "2025-12-10", "Hồng Thái", none, "Tuyên Quang"},
      {"name_ending_in_a_grave",
       [] {
         return DocBuilder()
             .P("ỦY BAN NHÂN DÂN")
             .P("XÃ SƠN HÀ")
             .P("Số: 19/BC-UBND")
             .P("Sơn Hà, ngày 3 tháng 12 năm 2024")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2024")
             .Build();
       },
       "bao_cao", "19/BC-UBND", "2024-12-03", "Sơn Hà", none, none},
      // OCR of a centred header column, or a clerk's single line, runs the
      // bodies together: the place of the first must stop at the second.
      {"bodies_run_together_commune",
       [] {
         return DocBuilder()
             .T({{"UBND XÃ TÂN HƯNG TRUNG TÂM HỌC TẬP CỘNG ĐỒNG\nSố: 31/BC-TTHTCĐ",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hưng, ngày 14 tháng 6 năm 2025"}})
             .P("BÁO CÁO")
             .P("Kết quả hoạt động 6 tháng đầu năm 2025")
             .Build();
       },
       "bao_cao", "31/BC-TTHTCĐ", "2025-06-14", "Tân Hưng", none, none},
      {"bodies_run_together_district",
       [] {
         return DocBuilder()
             .P("UBND HUYỆN ĐÀ BẮC PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
             .P("Số: 208/BC-PGDĐT")
             .P("Đà Bắc, ngày 20 tháng 12 năm 2024")
             .P("BÁO CÁO")
             .P("Tổng hợp hoạt động các trung tâm học tập cộng đồng năm 2024")
             .Build();
       },
       "bao_cao", "208/BC-PGDĐT", "2024-12-20", none, "Đà Bắc", none},
      // The colon after "Số" is often missing: never typed, or lost by OCR.
      {"ref_without_colon",
       [] {
         return DocBuilder()
             .P("UBND XÃ LIÊN SƠN")
             .P("Số 45/BC-UBND")
             .P("Liên Sơn, ngày 2 tháng 12 năm 2025")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2025")
             .Build();
       },
       "bao_cao", "45/BC-UBND", "2025-12-02", "Liên Sơn", none, none},
      {"blank_ref_without_colon",
       [] {
         return DocBuilder()
             .P("UBND XÃ LIÊN SƠN")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
             .P("Số    /BC-TTHTCĐ")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2025")
             .Build();
       },
       "bao_cao", "/BC-TTHTCĐ", none, "Liên Sơn", none, none},
      // "Số liệu …" begins like "Số" but names no reference.
      {"so_lieu_is_no_reference",
       [] {
         return DocBuilder()
             .P("UBND XÃ LIÊN SƠN")
             .P("BÁO CÁO")
             .P("Số liệu hoạt động năm 2025 của Trung tâm/Hội Khuyến học")
             .Build();
       },
       "bao_cao", none, none, "Liên Sơn", none, none},
      // A quote mark in a name: a quoted name, or a speck OCR read as one.
      {"quote_mark_inside_a_name",
       [] {
         return DocBuilder()
             .P("ỦY BAN NHÂN DÂN XÃ TÂN “HƯƠNG")
             .P("Số: 03/KH-TTHTCĐ")
             .P("KẾ HOẠCH")
             .P("Hoạt động năm 2026")
             .Build();
       },
       "ke_hoach", "03/KH-TTHTCĐ", none, "Tân Hương", none, none},
      // A header read by OCR under a stamp ("T HANH Ị"): the opening's
      // well-formed mention of the commune is taken instead.
      {"ocr_header_name_under_a_stamp",
       [] {
         return DocBuilder()
             .Ocr()
             .P("UBND XÃ T HANH Ị")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
             .P("Số: 07/BC-TTHTCĐ")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2024")
             .P("Trung tâm học tập cộng đồng xã Thanh Định báo cáo kết quả như sau:")
             .Build();
       },
       "bao_cao", "07/BC-TTHTCĐ", none, "Thanh Định", none, none},
      // A công văn has no type line: its header ends where the letter begins,
      // so a commune the first sentence names is not the document's.
      {"cong_van_header_ends_at_the_letter",
       [] {
         return DocBuilder()
             .P("UBND HUYỆN VĂN QUAN")
             .P("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
             .P("Số: 12/PGDĐT-GDTX")
             .P("V/v báo cáo kết quả hoạt động TTHTCĐ năm 2022")
             .P("Văn Quan, ngày 13/12/2022")
             .P("Năm 2022, số chuyên đề thể thao quần chúng đã mở ở các xã: xã Tân Lập 9 lớp, Bình Xuyên 8 và "
                "Trung Thủy 8, đều vượt chỉ tiêu đề ra.")
             .Build();
       },
       "cong_van", "12/PGDĐT-GDTX", "2022-12-13", none, "Văn Quan", none},
      // A ward named by its number: the number is no name without its unit.
      {"numbered_ward",
       [] {
         return DocBuilder()
             .P("UBND PHƯỜNG 5")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
             .P("Số: 3/BC-TTHTCĐ")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2025")
             .Build();
       },
       "bao_cao", "3/BC-TTHTCĐ", none, "Phường 5", none, none},
      // A PDF's header lines run together: the number with the place and
      // date, or with the V/v line; the motto's "VIỆT NAM" wrapped onto the
      // issuer's line.
      {"pdf_lines_run_together",
       [] {
         return DocBuilder()
             .P("UBND HUYỆN TÂN KỲ VIỆT NAM")
             .P("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
             .P("Số: 41/PGDĐT-GDTX V/v báo cáo kết quả hoạt động TTHTCĐ năm 2024")
             .P("Tân Kỳ, ngày 12 tháng 12 năm 2024")
             .Build();
       },
       "cong_van", "41/PGDĐT-GDTX", "2024-12-12", none, "Tân Kỳ", none},
      {"number_and_date_on_one_line",
       [] {
         return DocBuilder()
             .P("UBND XÃ TÂN PHÚ")
             .P("Số: /UBND-VX Tân Phú, ngày 3 tháng 6 năm 2025")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động 6 tháng đầu năm 2025")
             .Build();
       },
       "bao_cao", "/UBND-VX", "2025-06-03", "Tân Phú", none, none},
      // OCR of a dotted blank: "Số:......" comes back as letters, the code
      // after it intact; the code alone is the reference, the number blank.
      {"ocr_garbled_cue_before_a_code",
       [] {
         return DocBuilder()
             .T({{"ỦY BAN NHÂN DÂN\nXÃ HÒA LẠC\nRĐ:..... /TTr-UBND",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Lạc, ngày tháng 3 năm 2024"}})
             .P("TỜ TRÌNH")
             .P("Về việc đề nghị cấp kinh phí năm 2024")
             .P("Thực hiện Kế hoạch số 15/KH-UBND ngày 2/1/2024 của UBND huyện.")
             .Build();
       },
       "to_trinh", "/TTr-UBND", "2024-03", "Hòa Lạc", none, none},
      // The garbled number line run into the issuer's: the place ends
      // before it; dots read as "183A " (apart from the slash) are no number.
      {"garbled_number_line_run_into_the_issuer",
       [] {
         return DocBuilder()
             .T({{"ỦY BAN NHÂN DÂN XÃ PHÚ LỘC ND. /UBND-VX",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Lộc, ngày 2 tháng 12 năm 2025"}})
             .P("V/v báo cáo kết quả hoạt động TTHTCĐ năm 2025")
             .Build();
       },
       "cong_van", "/UBND-VX", "2025-12-02", "Phú Lộc", none, none},
      {"dots_read_as_a_number_apart_from_the_slash",
       [] {
         return DocBuilder()
             .P("UBND XÃ TÂN LẬP")
             .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
             .T({{"LÊ, 183A /KH-TTHTCĐ", "Tân Lập, ngày...... tháng 1 năm 2026"}})
             .P("KẾ HOẠCH")
             .P("Hoạt động năm 2026")
             .Build();
       },
       "ke_hoach", "/KH-TTHTCĐ", "2026-01", "Tân Lập", none, none},
      // The cue garbled before a blank number whose code names its issuer
      // first ("Số: /PGDĐT-GDTX" read "SỐ, /PGDĐT-GDTX"); a code cited in
      // the body keeps its number and is not the reference.
      {"garbled_cue_before_an_issuer_code",
       [] {
         return DocBuilder()
             .T({{"UBND HUYỆN LẠC THỦY\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"}})
             .T({{"SỐ, /PGDĐT-GDTX", "Lạc Thủy, ngày 28/6/2022"}})
             .P("V/v báo cáo kết quả hoạt động TTHTCĐ 6 tháng đầu năm 2022")
             .P("Thực hiện Công văn số 875/SGDĐT-GDTX ngày 20/5/2022 của Sở Giáo dục và Đào tạo.")
             .Build();
       },
       "cong_van", "/PGDĐT-GDTX", "2022-06-28", none, "Lạc Thủy", none},
      {"cited_issuer_code_is_no_reference",
       [] {
         return DocBuilder()
             .P("UBND XÃ AN PHÚ")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2025")
             .P("Thực hiện Công văn 875/SGDĐT-GDTX")
             .Build();
       },
       "bao_cao", none, none, "An Phú", none, none},
      // A PDF's header whose columns are not on one baseline: each line a
      // paragraph, the rules under the issuer and the motto lines of their
      // own. Those rules hold no word and leave the V/v line in the header.
      {"rules_drawn_with_dashes_do_not_count_as_header_lines",
       [] {
         return DocBuilder()
             .P("CÔNG VĂN ĐẾN")
             .P("Số: 17842")
             .P("Ngày: 21/12/2019")
             .P("Chuyển: ……………")
             .P("UBND XÃ YÊN HÀ")
             .P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRUNG TÂM HỌC TẬP CỘNG")
             .P("Độc lập - Tự do - Hạnh phúc")
             .P("ĐỒNG")
             .P("—————————")
             .P("———")
             .P("Số 141/CV-TTHTCĐ")
             .T({{"V/v báo cáo kết quả hoạt động TTHTCĐ năm 2019", "Yên Hà, ngày…… tháng 12 năm 2019"}})
             .P("Kính gửi: Phòng Giáo dục và Đào tạo huyện Hòa An")
             .Build();
       },
       "cong_van", "141/CV-TTHTCĐ", "2019-12", "Yên Hà", "Hòa An", none},
      // A code cited in a sentence below the title is not the reference.
      {"cited_code_is_no_reference",
       [] {
         return DocBuilder()
             .P("UBND XÃ AN PHÚ")
             .P("KẾ HOẠCH")
             .P("Hoạt động năm 2025")
             .P("Căn cứ 12/KH-UBND")
             .Build();
       },
       "ke_hoach", none, none, "An Phú", none, none},
      // The slash read as one more dot, and the place and date run into the
      // number's line: the code is the reference, not the date's "/12/2023".
      {"slash_lost_in_the_dots",
       [] {
         return DocBuilder()
             .P("UBND HUYỆN ĐỊNH HÓA")
             .P("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
             .P("Số: .......BC-PGDĐT Định Hóa, ngày 7/12/2023")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2023")
             .Build();
       },
       "bao_cao", "/BC-PGDĐT", "2023-12-07", none, "Định Hóa", none},
      // OCR running a two-column header's rows together: the motto's second
      // line, then the number, place and date; the motto cut after "CHỦ".
      {"rows_run_together_after_the_motto",
       [] {
         return DocBuilder()
             .P("UBND HUYỆN LẠC THỦY PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ")
             .P("NGHĨA VIỆT NAM")
             .P("Độc lập - Tự do - Hạnh phúc SỐ:..... /PGDĐT-GDTX Lạc Thủy, ngày tháng 12 năm 2025 V/v báo cáo "
                "kết quả hoạt động TTHTCĐ năm 2025")
             .P("Kính gửi: Sở Giáo dục và Đào tạo")
             .Build();
       },
       "cong_van", "/PGDĐT-GDTX", "2025-12", none, "Lạc Thủy", none},
      {"date_after_the_motto_in_its_cell",
       [] {
         return DocBuilder()
             .T({{"UBND TỈNH CAO BẰNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Số 9/BC-SGDĐT",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Cao Bằng, ngày 18 tháng 12 năm 2025"}})
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2025")
             .Build();
       },
       "bao_cao", "9/BC-SGDĐT", "2025-12-18", none, none, "Cao Bằng"},
      // Typed text is what the clerk typed: no second guess.
      {"typed_header_name_is_kept",
       [] {
         return DocBuilder()
             .P("UBND XÃ T HANH Ị")
             .P("BÁO CÁO")
             .P("Kết quả hoạt động năm 2024")
             .P("Trung tâm học tập cộng đồng xã Thanh Định báo cáo kết quả như sau:")
             .Build();
       },
       "bao_cao", none, none, "T Hanh Ị", none, none},
  };
}

class MetadataHeadersTest : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(MetadataHeadersTest, Fields) {
  const HeaderCase& c = GetParam();
  DocumentInfo m;
  ExtractMetadata(c.doc(), ProjectRules(), &m);
  EXPECT_EQ(m.doc_type, c.doc_type);
  EXPECT_EQ(m.ref, c.ref);
  EXPECT_EQ(m.issued, c.issued);
  EXPECT_EQ(m.commune, c.commune);
  EXPECT_EQ(m.district, c.district);
  EXPECT_EQ(m.province, c.province);
}

TEST(MetadataHeadersTest, TrimsWholeCharactersOnly) {
  EXPECT_EQ(TrimPunct("HÀ•"), "HÀ") << "the 0x80 of À is no part of •";
  EXPECT_EQ(TrimPunct("• Sơn Hà,"), "Sơn Hà");
  EXPECT_EQ(NameOnly("SƠN HÀ"), "Sơn Hà");
}

TEST(MetadataHeadersTest, TheLowerOfTwoBodiesOnOneLineIsTheIssuer) {
  DocumentInfo m;
  ExtractMetadata(DocBuilder().P("UBND XÃ TÂN HƯNG TRUNG TÂM HỌC TẬP CỘNG ĐỒNG").P("BÁO CÁO").P("Kết quả năm 2025").Build(),
                  ProjectRules(), &m);
  EXPECT_EQ(m.issuer, "TTHTCĐ xã Tân Hưng");
  EXPECT_EQ(m.commune, "Tân Hưng");
}

TEST(MetadataHeadersTest, TitleOfANoticeIsRead) {
  DocumentInfo m;
  ExtractMetadata(DocBuilder().P("UBND XÃ AN BÌNH").P("THÔNG BÁO").P("Lịch mở lớp năm 2025").Build(), ProjectRules(),
                  &m);
  EXPECT_EQ(m.doc_type, "other");
  EXPECT_EQ(m.title, "Lịch mở lớp năm 2025");
}

TEST(MetadataHeadersTest, TheHeaderOfALetterIsNoHeadingOfItsContent) {
  // A công văn has no type line; its motto printed as lines ("CỘNG HÒA XÃ
  // HỘI …" reads as the topic "xã hội") must not be the section of the
  // statements of a letter with no numbered heading.
  Document doc = DocBuilder()
                     .P("ỦY BAN NHÂN DÂN")
                     .P("XÃ NGHĨA HÀNH")
                     .P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                     .P("Độc lập - Tự do - Hạnh phúc")
                     .P("Số: 1520/UBND-VHXH")
                     .P("V/v báo cáo kết quả hoạt động TTHTCĐ năm 2025")
                     .P("Nghĩa Hành, ngày 18/12/2025")
                     .P("Kính gửi: Sở Giáo dục và Đào tạo")
                     .P("Năm 2025, Trung tâm mở 12 lớp với 560 lượt người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[0].classes, 12);
}

INSTANTIATE_TEST_SUITE_P(Families, MetadataHeadersTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<HeaderCase>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace baocao
