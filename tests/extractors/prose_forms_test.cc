// Prose statements in the forms reports use (issue 11, point 4), one table
// row per family, each family in several wordings written for this test.
// Every case is a small report; its activity records must be exactly the
// ones listed, in order, with the keys the scorer reads.
#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

// "status period topic organizer classes participants female cost", "-"
// for null: one line per activity record.
std::string Line(const Record& r) {
  auto s = [](const std::optional<std::string>& v) { return v.value_or("-"); };
  auto n = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("-"); };
  return s(r.status) + " " + s(r.period) + " " + s(r.topic) + " " + s(r.organizer) + " " + n(r.classes) + " " +
         n(r.participants) + " " + n(r.female) + " " + n(r.cost_vnd);
}

struct FormCase {
  const char* name;
  const char* kind;   // "BÁO CÁO" or "KẾ HOẠCH"
  const char* title;  // gives the document's period
  std::vector<std::string> paragraphs;
  std::vector<std::string> want;  // Line() of each activity record
};

std::vector<FormCase> Cases() {
  const char* report = "BÁO CÁO";
  const char* plan = "KẾ HOẠCH";
  const char* y24 = "Kết quả hoạt động năm 2024";
  return {
      // People counted before their classes: the activity is named after the
      // classes, or in parentheses as the only count of classes.
      {"people_first_classes_after", report, y24,
       {"Có 95 lượt người tham gia 3 lớp tập huấn kỹ thuật trồng rau an toàn."},
       {"actual 2024 kinh_te - 3 95 - -"}},
      {"people_first_classes_in_parentheses", report, y24,
       {"Tổ chức cho 120 lượt người tham gia các lớp học tiếng Anh giao tiếp (3 lớp)."},
       {"actual 2024 ngoai_ngu_tin_hoc - 3 120 - -"}},
      // ... but a count inside parentheses after one outside is its breakdown.
      {"parenthesised_breakdown_is_not_the_count", report, y24,
       {"Giáo dục pháp luật: 31 lớp (Trung tâm tổ chức 20 lớp), 2.640 lượt người."},
       {"actual 2024 phap_luat - 31 2640 - -"}},
      // People in parentheses after the classes are theirs ("(40 học
      // viên)", "(hơn 90 em)", "(215 lượt người, nữ 120)").
      {"people_in_parentheses_after_classes", report, y24,
       {"Đã tổ chức 02 lớp tin học (38 học viên), 01 lớp tiếng Anh (hơn 25 học viên).",
        "Mở 4 lớp tập huấn kỹ thuật nuôi ong (176 lượt người, nữ 64)."},
       {"actual 2024 ngoai_ngu_tin_hoc - 2 38 - -", "actual 2024 ngoai_ngu_tin_hoc - 1 25 - -",
        "actual 2024 kinh_te - 4 176 64 -"}},
      // Parts of a total that names its topic are kinds of it, whatever
      // their own words suggest (a trade of farm machines is still a trade).
      {"parts_of_a_named_topic_are_kinds_of_it", report, y24,
       {"Mở 6 lớp dạy nghề ngắn hạn (may dân dụng 2 lớp, sửa chữa máy nông nghiệp 4 lớp) cho 160 lao động."},
       {"actual 2024 hoc_nghe - 6 160 - -"}},
      // "Số người được cập nhật kiến thức … đạt N lượt": the people of all
      // the classes, named by what they were given.
      {"people_given_knowledge_is_the_total", report, y24,
       {"Số người được cập nhật kiến thức qua các lớp chuyên đề đạt 1.830 lượt, bằng 104% kế hoạch."},
       {"actual 2024 tong - - 1830 - -"}},
      // Per year, in a plan of a year, is the year's count; per session
      // is a rate ("mỗi buổi khoảng 80 người" counts nobody).
      {"per_year_is_the_years_count", plan, "Hoạt động năm 2025",
       {"Tuyên truyền pháp luật: 6 buổi/năm, mỗi buổi khoảng 80 người.", "Mở 3 lớp/năm về kỹ thuật nuôi cá."},
       {"plan 2025 phap_luat - 6 - - -", "plan 2025 kinh_te - 3 - - -"}},
      // Singing, dancing and exercise classes are culture and sports.
      {"arts_and_exercise_classes", report, y24,
       {"Mở 2 lớp dạy hát Chèo cho 40 học viên.", "Duy trì 6 buổi tập dưỡng sinh với 150 lượt người cao tuổi tham gia."},
       {"actual 2024 van_nghe_the_thao - 2 40 - -", "actual 2024 van_nghe_the_thao - 6 150 - -"}},
      // A label of status words only, the topic named after its colon.
      {"status_label_then_topic", report, y24,
       {"Kết quả: Giáo dục pháp luật 4 lớp, 230 lượt người."},
       {"actual 2024 phap_luat - 4 230 - -"}},
      {"plan_label_then_topic", report, y24,
       {"Chỉ tiêu năm 2025: Tin học văn phòng 3 lớp, 90 học viên."},
       {"plan 2025 ngoai_ngu_tin_hoc - 3 90 - -"}},
      {"status_label_without_topic_is_the_total", report, y24,
       {"Kết quả cả năm: mở 22 lớp với 1.100 lượt người."},
       {"actual 2024 tong - 22 1100 - -"}},
      // Women in the forms offices write them.
      {"female_in_parentheses", report, y24,
       {"+ Giáo dục pháp luật: 05 lớp, 310 lượt người (nữ 142)."},
       {"actual 2024 phap_luat - 5 310 142 -"}},
      {"female_colon_in_parentheses", report, y24,
       {"+ Chăm sóc sức khỏe sinh sản: 3 buổi với 184 người tham dự (nữ: 120)."},
       {"actual 2024 suc_khoe - 3 184 120 -"}},
      {"female_count_in_parentheses", report, y24,
       {"- Tin học văn phòng: 02 lớp cho 48 học viên (31 nữ)."},
       {"actual 2024 ngoai_ngu_tin_hoc - 2 48 31 -"}},
      {"female_after_comma", report, y24,
       {"Mở 4 lớp kỹ thuật trồng nấm rơm với 130 học viên, nữ 77 người."},
       {"actual 2024 kinh_te - 4 130 77 -"}},
      {"female_chiem_count", report, y24,
       {"Tổ chức 3 lớp phòng chống dịch bệnh cho 96 người, nữ chiếm 51."},
       {"actual 2024 suc_khoe - 3 96 51 -"}},
      {"female_women_noun", report, y24,
       {"Mở 2 lớp tập huấn chăn nuôi lợn, thu hút 75 lượt hội viên, trong đó có 40 chị em phụ nữ."},
       {"actual 2024 kinh_te - 2 75 40 -"}},
      {"female_in_a_breakdown_of_people", report, y24,
       {"- Tổ chức 6 lớp tập huấn nuôi ong cho 240 lượt người, trong đó có 130 nữ và 41 người dân tộc thiểu số."},
       {"actual 2024 kinh_te - 6 240 130 -"}},
      {"english_thousands_in_parentheses", report, y24,
       {"Năm 2024, Trung tâm tổ chức được 29 lớp pháp luật với 2,262 lượt người tham gia (nữ 1,311)."},
       {"actual 2024 phap_luat center 29 2262 1311 -"}},
      {"breakdown_in_its_own_sentence", report, y24,
       {"Các Trung tâm đã tổ chức 120 lớp chuyên đề với 6.410 lượt người tham gia. Trong đó: chuyển giao khoa học kỹ "
        "thuật 50 lớp, 2.600 lượt người; giáo dục pháp luật 70 lớp, 3.810 lượt người."},
       {"actual 2024 tong - 120 6410 - -", "actual 2024 kinh_te - 50 2600 - -", "actual 2024 phap_luat - 70 3810 - -"}},
      {"centre_total_run_with_partners", report, y24,
       {"Năm qua, TTHTCĐ xã đã phối hợp với các đoàn thể mở được 27 lớp, thu hút 1.640 lượt người."},
       {"actual 2024 tong partner 27 1640 - -"}},
      {"officials_as_learners", report, y24, {"Trong năm đã mở 2 lớp tin học cho 48 cán bộ, công chức xã."},
       {"actual 2024 ngoai_ngu_tin_hoc - 2 48 - -"}},
      {"female_all_learners", report, y24,
       {"Phối hợp mở 1 lớp dạy nghề thêu ren cho 28 học viên, 100% là nữ."},
       {"actual 2024 hoc_nghe partner 1 28 28 -"}},
      // Classes over people with a slash, list markers.
      {"slash_no_space", report, y24, {"- Phòng chống đuối nước cho trẻ em: 02 lớp/85 lượt người."},
       {"actual 2024 ky_nang_song - 2 85 - -"}},
      {"slash_spaced", report, y24, {"+ Kỹ năng sống: 3 buổi/ 140 học viên."},
       {"actual 2024 ky_nang_song - 3 140 - -"}},
      // A hedge after the slash is a second figure, not "per unit".
      {"slash_then_hedge", report, y24, {"+ Văn nghệ, thể dục thể thao: 06 chuyên đề/khoảng 420 lượt người."},
       {"actual 2024 van_nghe_the_thao - 6 420 - -"}},
      {"rate_is_no_count", report, y24, {"- Tổ chức 2 lớp dạy nghề may công nghiệp, bình quân 30 học viên/lớp."},
       {"actual 2024 hoc_nghe - 2 - - -"}},
      {"letter_items", report, y24,
       {"a) Văn nghệ, thể thao: 6 buổi, 520 lượt người.", "b) Bảo vệ môi trường: 2 chuyên đề, 118 lượt người."},
       {"actual 2024 van_nghe_the_thao - 6 520 - -", "actual 2024 moi_truong - 2 118 - -"}},
      {"count_in_words", report, y24,
       {"Tổ chức ba lớp hướng dẫn thu gom rác thải tại nguồn, có 140 lượt người tham gia."},
       {"actual 2024 moi_truong - 3 140 - -"}},
      // Numbers that are not counts of this period's activities.
      {"trap_percentage", report, y24, {"Tỷ lệ nữ tham gia các lớp chiếm 61% tổng số học viên."}, {}},
      {"trap_difference", report, y24,
       {"So với năm 2023, số lớp tăng 3 lớp, số học viên tăng 140 người."}, {}},
      {"trap_difference_after_statement", report, y24,
       {"Trung tâm đã mở 18 lớp với 960 lượt người, tăng 2 lớp so với năm trước."},
       {"actual 2024 tong - 18 960 - -"}},
      {"trap_ratio_of_plan", report, y24, {"Các lớp đã mở đạt 105% kế hoạch năm."}, {}},
      {"trap_per_unit", report, y24, {"Mỗi xã mở 2 lớp, mỗi lớp khoảng 35 học viên."}, {}},
      {"trap_school_grade", report, y24,
       {"Mở 1 lớp xóa mù chữ lớp 3 với 18 học viên tại thôn Khuổi Luông."},
       {"actual 2024 xoa_mu_chu - 1 18 - -"}},
      // One class held and named with no count, its learners brought in by
      // "với" or "cho": the people are its own; a grade is no count.
      {"one_class_named_without_a_count", report, y24,
       {"Duy trì lớp 2 xóa mù chữ tại bản Phiêng Mòn với 21 học viên, trong đó nữ 13 học viên.",
        "Tổ chức dạy học từ lớp 1 đến lớp 3 cho 17 học viên xóa mù chữ.",
        "Khai giảng lớp tiếng Anh giao tiếp cho 30 thiếu nhi trong dịp hè."},
       {"actual 2024 xoa_mu_chu - - 21 13 -", "actual 2024 xoa_mu_chu - - 17 - -",
        "actual 2024 ngoai_ngu_tin_hoc - - 30 - -"}},
      {"trap_grades_in_parentheses", report, y24,
       {"Mở 2 lớp xóa mù chữ (từ lớp 1 đến lớp 3) cho 46 học viên."},
       {"actual 2024 xoa_mu_chu - 2 46 - -"}},
      {"trap_breakdown_in_parentheses", report, y24,
       {"Tổ chức 05 hoạt động (02 giải bóng chuyền và 03 đêm giao lưu văn nghệ) với 410 lượt người."},
       {"actual 2024 van_nghe_the_thao - 5 410 - -"}},
      {"trap_staff_not_learners", report, y24,
       {"Tổng số cán bộ quản lý và báo cáo viên của các trung tâm là 84 người."}, {}},
      // Plan figures inside a results report.
      {"target_in_parentheses", report, y24,
       {"Năm 2024 Trung tâm mở được 16 lớp, đạt 107% chỉ tiêu giao (15 lớp)."},
       {"actual 2024 tong - 16 - - -", "plan 2024 tong - 15 - - -"}},
      {"target_after_semicolon", report, y24,
       {"Kết quả cả năm: 22 lớp với 1.140 lượt người; kế hoạch giao 20 lớp."},
       {"actual 2024 tong - 22 1140 - -", "plan 2024 tong - 20 - - -"}},
      {"year_plan_in_next_sentence", report, "Sơ kết 6 tháng đầu năm 2024",
       {"Trong 6 tháng đầu năm, Trung tâm đã tổ chức 9 buổi tuyên truyền với 700 lượt người. So với kế hoạch "
        "năm (20 buổi, 1.500 lượt người), đạt 45%."},
       {"actual 2024-01/2024-06 tong - 9 700 - -", "plan 2024 tong - 20 1500 - -"}},
      {"target_statement", report, y24, {"Chỉ tiêu giao năm 2024: mở 25 lớp với 1.800 lượt người tham gia."},
       {"plan 2024 tong - 25 1800 - -"}},
      // Who ran it.
      {"partner_as_subject", report, y24,
       {"Hội Cựu chiến binh xã phối hợp mở 2 lớp tuyên truyền pháp luật cho 140 hội viên."},
       {"actual 2024 phap_luat partner 2 140 - -"}},
      {"partner_as_label", report, y24,
       {"- Hội Liên hiệp Phụ nữ xã: tổ chức 3 buổi tuyên truyền phòng chống bạo lực gia đình với 150 hội viên."},
       {"actual 2024 van_hoa_xa_hoi partner 3 150 - -"}},
      {"partner_with_centre", report, y24,
       {"Đoàn Thanh niên phối hợp với Trung tâm tổ chức 3 buổi hướng dẫn sử dụng máy tính cho 75 đoàn viên."},
       {"actual 2024 ngoai_ngu_tin_hoc partner 3 75 - -"}},
      {"centre_directly", report, y24,
       {"- Trung tâm trực tiếp tổ chức 4 lớp giáo dục kỹ năng sống cho 180 học sinh."},
       {"actual 2024 ky_nang_song center 4 180 - -"}},
      {"centre_in_next_sentence", report, y24,
       {"Chuyên đề an toàn giao thông: 3 lớp, 205 người. Trung tâm trực tiếp tổ chức, mời Công an xã báo cáo."},
       {"actual 2024 phap_luat center 3 205 - -"}},
      {"centre_as_adviser", report, y24,
       {"Trung tâm tham mưu cho UBND xã tổ chức 40 lớp tuyên truyền pháp luật với 2.300 lượt người."},
       {"actual 2024 phap_luat - 40 2300 - -"}},
      // The topic is the activity's own, never the statement's before.
      {"topic_not_carried_over", report, y24,
       {"- Giáo dục pháp luật: 4 lớp, 260 lượt người.",
        "- Ngoài ra tổ chức 3 buổi sinh hoạt câu lạc bộ đọc sách với 90 người."},
       {"actual 2024 phap_luat - 4 260 - -", "actual 2024 khac - 3 90 - -"}},
      // An activity held and named in words no topic rule knows: kept, and
      // filed under the catch-all by the checks.
      {"unknown_topic_kept", report, y24,
       {"Mở 06 lớp kỹ năng làm cha mẹ với 240 lượt người tham gia."},
       {"actual 2024 khac - 6 240 - -"}},
      {"women_as_visits", report, y24,
       {"Tổ chức 05 lớp tập huấn về chăn nuôi, thu hút 215 lượt người tham gia, trong đó có 120 lượt nữ."},
       {"actual 2024 kinh_te - 5 215 120 -"}},
      {"target_before_results_in_one_sentence", report, y24,
       {"Năm 2024, chỉ tiêu giao 15 lớp, Trung tâm đã thực hiện được 16 lớp với 700 lượt người."},
       {"actual 2024 tong - 16 700 - -", "plan 2024 tong - 15 - - -"}},
      {"slash_pair_names_its_activity_after_the_pair", report, y24,
       {"Trong năm, Trung tâm mở 02 lớp/85 lượt người về kỹ thuật chăn nuôi lợn."},
       {"actual 2024 kinh_te - 2 85 - -"}},
      {"partner_classes_of_no_topic", report, y24, {"Hội Nông dân xã phối hợp mở 3 lớp."},
       {"actual 2024 khac partner 3 - - -"}},
      {"forest_fire_is_environment", report, y24, {"- Tập huấn phòng chống cháy rừng: 02 lớp/85 lượt người."},
       {"actual 2024 moi_truong - 2 85 - -"}},
      {"difference_after_total_names_no_topic", report, y24,
       {"Trung tâm đã mở 14 lớp, tăng 3 lớp so với năm 2023."},
       {"actual 2024 tong - 14 - - -"}},
      {"longer_topic_name_wins", report, y24,
       {"Tổ chức 2 lớp phòng chống dịch bệnh trên gia súc, gia cầm với 70 lượt người."},
       {"actual 2024 kinh_te - 2 70 - -"}},
      {"topic_head_first", report, y24,
       {"Tổ chức 6 lớp tập huấn kỹ thuật thâm canh lúa và phòng trừ bệnh đạo ôn cho 320 nông dân."},
       {"actual 2024 kinh_te - 6 320 - -"}},
      {"topic_from_heading", report, y24,
       {"2. Kết quả các chương trình", "a) Chương trình phát triển kinh tế",
        "Phối hợp với Trạm Khuyến nông mở 3 lớp tập huấn phòng bệnh cho đàn gia cầm với 150 lượt người.",
        "b) Chương trình giáo dục pháp luật", "Mở 2 lớp về an toàn giao thông với 88 người."},
       {"actual 2024 kinh_te partner 3 150 - -", "actual 2024 phap_luat - 2 88 - -"}},
      // Totals, then their parts.
      {"total_before_list", report, y24,
       {"Trong năm 2024, Trung tâm đã tổ chức được 30 lớp, thu hút 2.050 lượt người tham gia, cụ thể như sau:",
        "- Giáo dục pháp luật: 12 lớp, 900 lượt người.", "- Sức khỏe: 18 lớp, 1.150 lượt người."},
       {"actual 2024 tong - 30 2050 - -", "actual 2024 phap_luat - 12 900 - -",
        "actual 2024 suc_khoe - 18 1150 - -"}},
      {"total_then_topic_breakdown", report, y24,
       {"Tổ chức 12 lớp, trong đó có 5 lớp pháp luật và 7 lớp chăm sóc sức khỏe."},
       {"actual 2024 tong - 12 - - -", "actual 2024 phap_luat - 5 - - -", "actual 2024 suc_khoe - 7 - - -"}},
      {"two_statements_joined", report, y24,
       {"Mở 5 lớp về văn hóa với 300 người, trong đó nữ 170 người và 2 lớp tin học với 60 người."},
       {"actual 2024 van_hoa_xa_hoi - 5 300 170 -", "actual 2024 ngoai_ngu_tin_hoc - 2 60 - -"}},
      {"participants_next_sentence", report, y24,
       {"Trung tâm mở 2 lớp tập huấn kỹ thuật chăn nuôi gà. Có 64 lượt người tham gia, trong đó nữ 30."},
       {"actual 2024 kinh_te - 2 64 30 -"}},
      // "học viên tham gia" after the count is no total's name.
      {"learners_next_sentence", report, y24,
       {"Trung tâm mở 4 lớp tin học cơ bản. Có 120 học viên tham gia, trong đó 70 nữ."},
       {"actual 2024 ngoai_ngu_tin_hoc - 4 120 70 -"}},
      {"sessions_as_classes", report, y24, {"+ Tuyên truyền phòng chống ma túy: 20 buổi, 1.600 lượt người."},
       {"actual 2024 van_hoa_xa_hoi - 20 1600 - -"}},
      // Periods and status in the sentence's own words.
      {"period_range_in_sentence", report, y24,
       {"Trong 3 năm qua (2021-2023), Trung tâm đã mở 95 lớp với 6.120 lượt người."},
       {"actual 2021/2023 tong - 95 6120 - -"}},
      {"open_period_unknown", report, y24, {"Trong 5 năm qua, Trung tâm đã mở 140 lớp với 9.000 lượt người."},
       {"actual - tong - 140 9000 - -"}},
      {"results_inside_plan", plan, "Hoạt động năm 2026",
       {"Năm 2025, Trung tâm tổ chức được 11 lớp với 812 lượt người tham gia (nữ 430).",
        "Năm 2026, Trung tâm phấn đấu mở 14 lớp với 900 lượt người."},
       {"actual 2025 tong - 11 812 430 -", "plan 2026 tong - 14 900 - -"}},
      {"plan_inside_report", report, y24, {"IV. PHƯƠNG HƯỚNG NĂM 2025", "- Phấn đấu mở 26 lớp, buổi với 2.000 lượt người."},
       {"plan 2025 tong - 26 2000 - -"}},
      {"school_years_side_by_side", report, y24,
       {"Năm học 2022-2023 mở 18 lớp xóa mù chữ với 410 học viên; năm học 2023-2024 dự kiến mở 20 lớp xóa mù chữ."},
       {"actual 2022/2023 xoa_mu_chu - 18 410 - -", "plan 2023/2024 xoa_mu_chu - 20 - - -"}},
      {"school_year_plan_cue_after_period", report, y24,
       {"Năm học 2022-2023 mở được 7 lớp với 190 học viên; năm học 2023-2024 kế hoạch mở 9 lớp với 230 học viên."},
       {"actual 2022/2023 tong - 7 190 - -", "plan 2023/2024 tong - 9 230 - -"}},
      {"school_year_plan_cue_before_period", report, y24,
       {"Năm học 2022-2023 mở được 7 lớp với 190 học viên; kế hoạch năm học 2023-2024 mở 9 lớp với 230 học viên."},
       {"actual 2022/2023 tong - 7 190 - -", "plan 2023/2024 tong - 9 230 - -"}},
      // Learners only for two school years, the plan's topic left unsaid,
      // its cue after the period or before it; a plan verb of recruiting.
      {"school_year_learners_plan_topic_unsaid", report, y24,
       {"Năm học 2022-2023, huy động 36 học viên ra lớp xóa mù chữ; năm học 2023-2024 kế hoạch huy động 40 học viên."},
       {"actual 2022/2023 xoa_mu_chu - - 36 - -", "plan 2023/2024 xoa_mu_chu - - 40 - -"}},
      {"school_year_learners_plan_cue_first", report, y24,
       {"Năm học 2022-2023, huy động 36 học viên ra lớp xóa mù chữ; kế hoạch năm học 2023-2024 huy động 40 học viên."},
       {"actual 2022/2023 xoa_mu_chu - - 36 - -", "plan 2023/2024 xoa_mu_chu - - 40 - -"}},
      {"plan_of_recruiting", report, y24, {"Kế hoạch năm 2025 vận động 45 học viên ra lớp xóa mù chữ."},
       {"plan 2025 xoa_mu_chu - - 45 - -"}},
      // A semicolon between two people counts ends a statement.
      {"semicolon_between_people_counts", report, y24,
       {"Tuyên truyền pháp luật cho 120 người dân; phổ biến kiến thức chăm sóc sức khỏe cho 95 người cao tuổi."},
       {"actual 2024 phap_luat - - 120 - -", "actual 2024 suc_khoe - - 95 - -"}},
      // Topics each with its count in parentheses: with no total, each a
      // statement (the rest uncounted is no record; the list starts after
      // its lead-in words, "cơ" of "cơ bản" is none); after ", gồm" the
      // parts of the total before.
      {"topics_with_counts_in_parentheses", report, y24,
       {"Nội dung học tập chủ yếu là tin học cơ bản (12 lớp), giáo dục pháp luật (5 lớp) và các nội dung khác.",
        "Năm 2023 các chuyên đề gồm chăm sóc sức khỏe (20 lớp), bảo vệ môi trường (07 (bảy) lớp)."},
       {"actual 2024 ngoai_ngu_tin_hoc - 12 - - -", "actual 2024 phap_luat - 5 - - -", "actual 2023 suc_khoe - 20 - - -",
        "actual 2023 moi_truong - 7 - - -"}},
      // Counts spelled first, their digits in parentheses after ("mười
      // hai (12) lớp"): in a statement, in a topic list in parentheses and
      // as a topic's count in parentheses.
      {"spelled_counts_with_digits_after", report, y24,
       {"Mở được mười hai (12) lớp bồi dưỡng kiến thức pháp luật với một trăm hai mươi (120) lượt người.",
        "Tổ chức 16 lớp chuyên đề (Chăm sóc sức khỏe: tám (08) lớp, Bảo vệ môi trường: một (01) lớp, "
        "Tin học: bảy (07) lớp) với 294 lượt người.",
        "Năm 2023 các chuyên đề gồm kỹ năng sống (năm (05) lớp), giáo dục pháp luật (hai (02) lớp)."},
       {"actual 2024 phap_luat - 12 120 - -", "actual 2024 tong - 16 294 - -", "actual 2024 suc_khoe - 8 - - -",
        "actual 2024 moi_truong - 1 - - -", "actual 2024 ngoai_ngu_tin_hoc - 7 - - -",
        "actual 2023 ky_nang_song - 5 - - -", "actual 2023 phap_luat - 2 - - -"}},
      // Periods said relative to the report's: the year before or after,
      // the same months a year earlier; a comparison's year is not the
      // statement's, nor is an unprinted span of past years.
      {"relative_periods", report, "Kết quả hoạt động 6 tháng đầu năm 2024",
       {"Cùng kỳ năm trước, Trung tâm mở 10 lớp tin học với 420 học viên.",
        "Năm trước, Trung tâm mở 21 lớp kỹ năng sống.",
        "So với năm trước, năm nay Trung tâm mở 6 lớp pháp luật với 300 lượt người.",
        "Năm tới, phấn đấu mở 8 lớp chăm sóc sức khỏe.",
        "Trong những năm trước, Trung tâm mở 40 lớp bảo vệ môi trường."},
       {"actual 2023-01/2023-06 ngoai_ngu_tin_hoc - 10 420 - -", "actual 2023 ky_nang_song - 21 - - -",
        "actual 2024-01/2024-06 phap_luat - 6 300 - -", "plan 2025 suc_khoe - 8 - - -",
        "actual - moi_truong - 40 - - -"}},
      // By how much a plan was passed or missed is no plan; the unit said
      // again after a slash is still done against planned.
      {"excess_over_the_plan_is_no_plan", report, y24,
       {"Thực hiện 25 lớp tin học, vượt kế hoạch 5 lớp.", "Mở 18 lớp pháp luật, thấp hơn chỉ tiêu 2 lớp.",
        "Số lớp kỹ năng sống: 12 lớp/10 lớp kế hoạch, đạt 120%."},
       {"actual 2024 ngoai_ngu_tin_hoc - 25 - - -", "actual 2024 phap_luat - 18 - - -",
        "actual 2024 ky_nang_song - 12 - - -", "plan 2024 ky_nang_song - 10 - - -"}},
      // The words of a comparison after the figures name no topic.
      {"share_of_the_population_names_no_topic", report, y24,
       {"Có 1.245 lượt người tham gia học tập tại Trung tâm, chiếm 15,2% dân số."},
       {"actual 2024 tong - - 1245 - -"}},
      // The people of all said after the breakdown of the classes.
      {"people_of_all_after_the_breakdown", report, y24,
       {"Mở 5 lớp tin học, trong đó 3 lớp tin học văn phòng, 2 lớp tin học cơ bản, với tổng số 150 học viên.",
        "Tổ chức 9 lớp chuyên đề, trong đó 4 lớp pháp luật với 120 người, 5 lớp sức khỏe với 200 người, "
        "tổng cộng 320 lượt người."},
       {"actual 2024 ngoai_ngu_tin_hoc - 5 150 - -", "actual 2024 tong - 9 320 - -", "actual 2024 phap_luat - 4 120 - -",
        "actual 2024 suc_khoe - 5 200 - -"}},
      // The figures before a list of units are a statement of their own.
      {"total_before_a_list_of_units", report, y24,
       {"Các TTHTCĐ đã mở 245 lớp tin học, thu hút 12.350 lượt người; trong đó: xã Tân An 35 lớp, "
        "xã Phú Mỹ 28 lớp, thị trấn Yên Lạc 42 lớp."},
       {"actual 2024 ngoai_ngu_tin_hoc - 245 12350 - -", "actual 2024 ngoai_ngu_tin_hoc - 35 - - -",
        "actual 2024 ngoai_ngu_tin_hoc - 28 - - -", "actual 2024 ngoai_ngu_tin_hoc - 42 - - -"}},
      // Units (or topics) with their classes and people in parentheses: a
      // comma inside parentheses parts no items.
      {"units_with_classes_and_people_in_parentheses", report, y24,
       {"Một số đơn vị làm tốt như: TTHTCĐ xã Hòa Bình (32 lớp, 1.520 lượt người), TTHTCĐ xã Tân Lập (28 lớp, "
        "1.240 lượt người).",
        "Năm 2023, các lớp gồm: kỹ năng sống (12 lớp, 360 học viên), pháp luật (5 lớp, 150 học viên)."},
       {"actual 2024 tong - 32 1520 - -", "actual 2024 tong - 28 1240 - -", "actual 2023 ky_nang_song - 12 360 - -",
        "actual 2023 phap_luat - 5 150 - -"}},
      // People counted by an outcome are no learners of an activity.
      {"an_outcome_is_no_activity", report, y24,
       {"Kết quả xóa mù chữ: số người được công nhận biết chữ mức độ 2 là 25 người.",
        "Mở 2 lớp xóa mù chữ với 45 học viên; cuối khóa có 40 học viên được công nhận biết chữ."},
       {"actual 2024 xoa_mu_chu - 2 45 - -"}},
      {"total_then_gom_topics_in_parentheses", report, y24,
       {"Các TTHTCĐ đã tổ chức 1.003 lớp, gồm chuyển giao khoa học kỹ thuật (486 lớp), giáo dục pháp luật (312 lớp), "
        "chăm sóc sức khỏe (205 lớp) và một số nội dung khác."},
       {"actual 2024 tong - 1003 - - -", "actual 2024 kinh_te - 486 - - -", "actual 2024 phap_luat - 312 - - -",
        "actual 2024 suc_khoe - 205 - - -"}},
      // Months or quarters listed are the interval from the first to the
      // last; a count after a month is no month.
      {"months_and_quarters_listed", report, y24,
       {"Trong tháng 5 và tháng 6, tổ chức 6 buổi tuyên truyền pháp luật cho 540 người.",
        "Trong các tháng 7, 8, 9 mở 2 lớp tin học với 60 học viên.",
        "Quý II và quý III năm 2023, tổ chức 4 lớp kỹ năng sống cho 130 học sinh.",
        "Tháng 12, 15 lớp tập huấn kỹ thuật chăn nuôi được mở."},
       {"actual 2024-05/2024-06 phap_luat - 6 540 - -", "actual 2024-07/2024-09 ngoai_ngu_tin_hoc - 2 60 - -",
        "actual 2023-04/2023-09 ky_nang_song - 4 130 - -", "actual 2024-12 kinh_te - 15 - - -"}},
      // "Theo kế hoạch" is a plan carried out, not a plan.
      {"plan_carried_out", report, y24, {"Theo kế hoạch mở 12 lớp tin học, Trung tâm đã mở được 12 lớp với 360 học viên."},
       {"actual 2024 ngoai_ngu_tin_hoc - 12 360 - -"}},
      {"people_in_all_learning_at_the_centres", report, y24,
       {"Có 1.240 lượt người tham gia các hoạt động học tập tại các TTHTCĐ trên địa bàn xã."},
       {"actual 2024 tong - - 1240 - -"}},
      {"plan_label_count_right_after", report, y24, {"Kế hoạch năm 2025: 10 lớp tin học với 300 lượt người."},
       {"plan 2025 ngoai_ngu_tin_hoc - 10 300 - -"}},
      // Costs of activities, not budget lines.
      {"cost_of_these_classes", report, y24,
       {"Phối hợp mở 3 lớp trồng cây ăn quả cho 120 nông dân. Tổng chi cho các lớp này là 3,6 triệu đồng."},
       {"actual 2024 kinh_te partner 3 120 - 3600000"}},
      {"cost_in_the_statement", report, y24,
       {"Mở 2 lớp xóa mù chữ cho 40 học viên, kinh phí 5.000.000 đồng."},
       {"actual 2024 xoa_mu_chu - 2 40 - 5000000"}},
      {"cost_of_a_named_class", report, y24,
       {"- Xóa mù chữ: 1 lớp, 22 học viên.", "Riêng lớp xóa mù chữ được chi 2.200.000 đồng để mua sách vở."},
       {"actual 2024 xoa_mu_chu - 1 22 - 2200000"}},
      // Numbers as offices type them, inside statements.
      {"space_grouped_people", report, y24, {"Năm 2024 Trung tâm đã mở được 31 lớp với 2 140 lượt người."},
       {"actual 2024 tong - 31 2140 - -"}},
      {"english_thousands_people", report, y24, {"- Sức khỏe cộng đồng: 14 buổi, 1,320 lượt người."},
       {"actual 2024 suc_khoe - 14 1320 - -"}},
      {"hedged_total", report, y24, {"Trung tâm đã tổ chức 40 lớp, thu hút gần 3.000 lượt người."},
       {"actual 2024 tong - 40 3000 - -"}},
      // Counts of classes in a comma list, each naming its own activity.
      {"comma_list_of_activities", report, y24,
       {"Toàn xã mở 3 lớp tin học với 75 học viên, 2 lớp tập huấn kỹ thuật trồng trọt với 90 lượt người."},
       {"actual 2024 ngoai_ngu_tin_hoc - 3 75 - -", "actual 2024 kinh_te - 2 90 - -"}},
      {"comma_between_counts_naming_nothing_is_one_statement", report, y24,
       {"Trung tâm đã tổ chức 18 lớp, 40 buổi với 1.500 lượt người tham gia."}, {"actual 2024 tong - 18 1500 - -"}},
      // A label of period words only: the activity named after the count.
      {"month_label_then_the_activity", plan, "Hoạt động năm 2025",
       {"- Tháng 3: tổ chức 2 lớp tuyên truyền pháp luật với 80 lượt người.", "- Tháng 5: tổ chức 4 lớp với 150 lượt người."},
       {"plan 2025-03 phap_luat - 2 80 - -", "plan 2025-05 tong - 4 150 - -"}},
      {"partner_named_in_the_lead_gives_no_topic", plan, "Hoạt động năm 2025",
       {"- Tháng 2: Trạm Y tế xã phối hợp với Trung tâm mở 4 lớp tin học cơ bản cho 120 học viên."},
       {"plan 2025-02 ngoai_ngu_tin_hoc partner 4 120 - -"}},
      {"half_year_without_its_year", report, y24, {"Trong 6 tháng cuối năm, dự kiến mở 10 lớp chuyên đề."},
       {"plan 2024-07/2024-12 tong - 10 - - -"}},
      // A total's parts by topic inside its parenthesis.
      {"topic_parts_in_parentheses", report, y24,
       {"Mở 12 lớp chuyên đề (Kinh tế: 5 lớp, Pháp luật: 4 lớp, Sức khỏe: 3 lớp) với 540 lượt người."},
       {"actual 2024 tong - 12 540 - -", "actual 2024 kinh_te - 5 - - -", "actual 2024 phap_luat - 4 - - -",
        "actual 2024 suc_khoe - 3 - - -"}},
      {"parts_of_the_totals_own_topic_add_nothing", report, y24,
       {"Tổ chức 10 lớp ngoại ngữ, tin học (tin học 4 lớp, tiếng Anh 6 lớp) với 300 học viên."},
       {"actual 2024 ngoai_ngu_tin_hoc - 10 300 - -"}},
      {"people_of_the_place_are_the_unit", report, y24,
       {"Thu hút trên 1.500 lượt người dân tham gia các hoạt động thể dục thể thao."},
       {"actual 2024 van_nghe_the_thao - - 1500 - -"}},
      // A label of unit words only names every class.
      {"generic_label_is_the_total", report, y24, {"- Lớp chuyên đề: 24 lớp/1.120 lượt người."},
       {"actual 2024 tong - 24 1120 - -"}},
      // A label that says its status, over the section's.
      {"plan_label_in_a_report", report, y24, {"Kế hoạch năm 2025: mở 9 lớp chuyên đề với 450 lượt người tham gia."},
       {"plan 2025 tong - 9 450 - -"}},
      {"plan_label_then_the_activity_after_the_count", report, y24,
       {"Kế hoạch năm 2025: mở 4 lớp tin học cho 120 học viên."}, {"plan 2025 ngoai_ngu_tin_hoc - 4 120 - -"}},
      // The target's cue in the label makes no plan figure of the count
      // after it: the count is the statement's, the label its status.
      {"target_label_with_counts_only", report, y24, {"Chỉ tiêu năm 2025: 5 lớp tập huấn kỹ thuật chăn nuôi."},
       {"plan 2025 kinh_te - 5 - - -"}},
      {"results_label_in_a_plan", plan, "Hoạt động năm 2025",
       {"Kết quả năm 2024: tổ chức 12 lớp với 640 lượt người."}, {"actual 2024 tong - 12 640 - -"}},
      // People who took part, and no classes counted.
      {"participants_only_total", report, y24, {"Có 1.180 lượt người tham gia học tập các chuyên đề tại Trung tâm."},
       {"actual 2024 tong - - 1180 - -"}},
      {"participants_only_labelled_by_words", report, y24,
       {"Số người tham gia học tập trong năm là 2.050 lượt người, trong đó nữ 1.130 người."},
       {"actual 2024 tong - - 2050 1130 -"}},
      {"participants_only_of_a_topic", report, y24,
       {"Có trên 400 lượt người tham gia các buổi tuyên truyền an toàn giao thông."},
       {"actual 2024 phap_luat - - 400 - -"}},
      {"attracted_people_after_events", report, y24,
       {"Tổ chức giải bóng chuyền hơi nữ, thu hút 300 lượt người tham gia."},
       {"actual 2024 van_nghe_the_thao - - 300 - -"}},
      // ... but after a statement of the same paragraph, its participants.
      {"participants_complete_the_statement_before", report, y24,
       {"Mở 4 lớp tin học văn phòng. Có 96 lượt người tham gia."}, {"actual 2024 ngoai_ngu_tin_hoc - 4 96 - -"}},
      // ... and staff sent to a course are no learners.
      {"staff_taking_part_are_no_activity", report, y24,
       {"Cử 12 cán bộ tham gia lớp bồi dưỡng nghiệp vụ do huyện tổ chức."}, {}},
      {"outcome_is_no_activity", report, y24, {"Đến cuối năm có 26 học viên đọc thông, viết thạo."}, {}},
      // People who are all women: the women and the participants.
      {"women_as_the_people", report, y24,
       {"Tổ chức 4 buổi tuyên truyền phòng chống bạo lực gia đình cho 180 chị em phụ nữ."},
       {"actual 2024 van_hoa_xa_hoi - 4 180 180 -"}},
      {"visits_of_women_members", report, y24,
       {"Trong năm đã tổ chức 05 lớp bồi dưỡng kiến thức pháp luật cho 175 lượt hội viên phụ nữ."},
       {"actual 2024 phap_luat - 5 175 175 -"}},
      {"women_among_the_people", report, y24,
       {"Mở 3 lớp nuôi dạy con với 150 lượt người, trong đó 120 chị em."},
       {"actual 2024 van_hoa_xa_hoi - 3 150 120 -"}},
      // A partner organisation as the subject runs it.
      {"partner_runs_it_without_phoi_hop", report, y24,
       {"Trong năm, Hội Nông dân xã tổ chức 3 lớp tập huấn kỹ thuật chăn nuôi cho 140 hội viên."},
       {"actual 2024 kinh_te partner 3 140 - -"}},
      {"centre_named_after_a_partner_is_no_partner", report, y24,
       {"Hội Khuyến học xã chỉ đạo Trung tâm tổ chức 5 lớp tin học cho 150 học viên."},
       {"actual 2024 ngoai_ngu_tin_hoc center 5 150 - -"}},
      // Meetings and contests held to teach count as sessions.
      {"meetings_and_contests_are_sessions", report, y24,
       {"Phổ biến pháp luật: tổ chức 6 hội nghị tuyên truyền với 520 lượt người; 1 hội thi tìm hiểu pháp luật với 80 "
        "thí sinh."},
       {"actual 2024 phap_luat - 6 520 - -", "actual 2024 phap_luat - 1 80 - -"}},
      // Learners named as children, contestants, delegates; "tham dự".
      {"children_and_delegates_are_learners", report, y24,
       {"Mở 2 lớp bơi an toàn cho trẻ với 64 em tham gia. Hội nghị phổ biến Luật Đất đai có 150 đại biểu tham dự."},
       {"actual 2024 ky_nang_song - 2 64 - -", "actual 2024 phap_luat - - 150 - -"}},
      // Nights of performances are sessions; people brought to class are
      // learners.
      {"nights_and_people_brought_to_class", report, y24,
       {"Tổ chức 3 đêm văn nghệ chào mừng ngày lễ lớn thu hút 1.200 lượt người xem. Vận động được 18 người ra lớp "
        "xóa mù chữ."},
       {"actual 2024 van_nghe_the_thao - 3 1200 - -", "actual 2024 xoa_mu_chu - - 18 - -"}},
      // A tournament is an event held; a prize is none.
      {"tournaments_are_events_prizes_are_not", report, y24,
       {"Phối hợp với Đoàn Thanh niên tổ chức 2 giải bóng chuyền với 160 vận động viên tham gia, trao 6 giải cho "
        "các đội."},
       {"actual 2024 van_nghe_the_thao partner 2 160 - -"}},
      // A second count of the sentence has its subject; a semicolon after
      // figures of something else ends their statement.
      {"second_count_shares_the_subject", report, y24,
       {"Năm 2024, Trung tâm đã phối hợp mở 3 lớp trồng nấm rơm và 2 lớp nuôi ong cho 150 lượt hội viên.",
        "Duy trì 5 câu lạc bộ với 210 thành viên; tổ chức 8 buổi nói chuyện chuyên đề về phòng chống ma túy thu hút "
        "600 lượt người."},
       {"actual 2024 kinh_te partner 3 - - -", "actual 2024 kinh_te partner 2 150 - -",
        "actual 2024 van_hoa_xa_hoi - 8 600 - -"}},
      // A label alone on its line, the figures on the next.
      {"label_above_its_figures", report, y24,
       {"Số lớp đã mở trong năm:", "24 lớp với 1.120 lượt người tham gia.", "Chuyên đề giáo dục pháp luật:",
        "- 5 lớp, 320 lượt người."},
       {"actual 2024 tong - 24 1120 - -", "actual 2024 phap_luat - 5 320 - -"}},
      // A span of years in words.
      {"years_from_to_in_words", report, y24,
       {"Từ năm 2021 đến năm 2023, Trung tâm đã mở 86 lớp với gần 5 nghìn lượt người tham gia."},
       {"actual 2021/2023 tong - 86 5000 - -"}},
      // "Hội nghị", "Hội thi" are no association as subject.
      {"meeting_is_no_partner", report, y24,
       {"Hội thi tìm hiểu pháp luật về giao thông thu hút 90 thí sinh tham gia."},
       {"actual 2024 phap_luat - - 90 - -"}},
      // A total's parts by topic, the topic before its count, after "trong
      // đó" or a colon.
      {"topic_first_parts_after_trong_do", report, y24,
       {"Năm 2023, Trung tâm mở 18 lớp với 1.020 lượt người, trong đó chuyên đề pháp luật 6 lớp, chuyên đề "
        "kinh tế 7 lớp, chuyên đề môi trường 5 lớp."},
       {"actual 2023 tong - 18 1020 - -", "actual 2023 phap_luat - 6 - - -", "actual 2023 kinh_te - 7 - - -",
        "actual 2023 moi_truong - 5 - - -"}},
      {"topic_first_parts_after_a_colon", report, y24,
       {"Năm 2023 mở 12 lớp: tin học 4 lớp, kỹ năng sống 8 lớp."},
       {"actual 2023 tong - 12 - - -", "actual 2023 ngoai_ngu_tin_hoc - 4 - - -", "actual 2023 ky_nang_song - 8 - - -"}},
      {"count_first_parts_after_gom", report, y24,
       {"Trung tâm tổ chức 15 lớp gồm: 5 lớp tin học, 6 lớp pháp luật, 4 lớp kỹ năng sống."},
       {"actual 2024 tong - 15 - - -", "actual 2024 ngoai_ngu_tin_hoc - 5 - - -", "actual 2024 phap_luat - 6 - - -",
        "actual 2024 ky_nang_song - 4 - - -"}},
      // People who need to learn something are a demand.
      {"people_in_need_are_a_demand", report, y24,
       {"Qua khảo sát, có 320 người có nhu cầu học tin học. Có 150 lao động có nhu cầu học nghề may."},
       {"demand 2024 ngoai_ngu_tin_hoc - - 320 - -", "demand 2024 hoc_nghe - - 150 - -"}},
      // Where the sessions were held names no activity.
      {"place_names_no_activity", report, y24,
       {"Trong năm, các thôn đã tổ chức 48 buổi sinh hoạt chuyên đề tại nhà văn hóa thôn với 2.300 lượt người."},
       {"actual 2024 tong - 48 2300 - -"}},
      // A list by topic under a label that says its status and year.
      {"topic_list_under_a_plan_label", report, y24,
       {"Kế hoạch năm 2025: tin học 3 lớp, pháp luật 5 lớp."},
       {"plan 2025 ngoai_ngu_tin_hoc - 3 - - -", "plan 2025 phap_luat - 5 - - -"}},
      // Clauses of different years joined by a comma are statements each.
      {"years_side_by_side_after_a_comma", report, y24,
       {"Năm 2022 mở 9 lớp với 280 học viên, năm 2023 mở 11 lớp với 365 học viên."},
       {"actual 2022 tong - 9 280 - -", "actual 2023 tong - 11 365 - -"}},
      {"halves_side_by_side_after_a_comma", report, y24,
       {"6 tháng đầu năm 2024 tổ chức 4 lớp tin học, 6 tháng cuối năm 2024 tổ chức 5 lớp tin học."},
       {"actual 2024-01/2024-06 ngoai_ngu_tin_hoc - 4 - - -", "actual 2024-07/2024-12 ngoai_ngu_tin_hoc - 5 - - -"}},
      // A count named in words no topic knows, a comma, a count of a topic:
      // two statements, the second with the sentence's year and partner.
      {"named_count_then_topic_count", report, y24,
       {"Năm 2023, Trung tâm phối hợp với các đoàn thể tổ chức 30 buổi tuyên truyền, 9 lớp chuyển giao khoa "
        "học kỹ thuật cho 1.200 lượt người."},
       {"actual 2023 tong partner 30 - - -", "actual 2023 kinh_te partner 9 1200 - -"}},
      // Labelled statements run together: after a semicolon a colon ends
      // the next label, it opens no list.
      {"labels_after_semicolons", report, y24,
       {"+ Lớp tin học: 2 lớp/45 học viên; lớp tiếng Anh: 1 lớp/30 học viên; pháp luật: 3 lớp/120 học viên."},
       {"actual 2024 ngoai_ngu_tin_hoc - 2 45 - -", "actual 2024 ngoai_ngu_tin_hoc - 1 30 - -",
        "actual 2024 phap_luat - 3 120 - -"}},
      // Under a label of status words only, people who did something other
      // than take part are an outcome; people alone are the participants.
      {"outcome_under_a_status_label", report, y24,
       {"Kết quả: có 45/50 học viên được cấp giấy chứng nhận. Kết quả: 450 lượt người."},
       {"actual 2024 tong - - 450 - -"}},
      // From a year up to now: to the report's year.
      {"from_a_year_to_now", report, y24,
       {"Từ năm 2020 đến nay, đã mở được 8 lớp dạy nghề ngắn hạn cho 240 lao động nông thôn."},
       {"actual 2020/2024 hoc_nghe - 8 240 - -"}},
      // Up to 30 June: the first half.
      {"up_to_the_thirtieth_of_june", report, y24,
       {"Tính đến 30/6/2024, Trung tâm đã tổ chức 14 lớp với 620 lượt học viên."},
       {"actual 2024-01/2024-06 tong - 14 620 - -"}},
      // … and with no year of the report: unknown, never the first year.
      {"from_a_year_to_now_in_an_undated_report", report, "Kết quả hoạt động của Trung tâm",
       {"Từ năm 2020 đến nay, đã mở được 8 lớp dạy nghề ngắn hạn cho 240 lao động nông thôn."},
       {"actual - hoc_nghe - 8 240 - -"}},
      // A list by topic, each count in parentheses after its name.
      {"topic_list_counts_in_parentheses", report, y24,
       {"Kết quả: tin học (4 lớp), pháp luật (6 lớp)."},
       {"actual 2024 ngoai_ngu_tin_hoc - 4 - - -", "actual 2024 phap_luat - 6 - - -"}},
      // Labels that name what the bare number after them counts.
      {"measure_labels_before_bare_numbers", report, y24,
       {"- Số lớp : 12 ; Số người tham gia : 450.", "+ Chuyên đề pháp luật: số lớp 3, số người tham gia gần 95."},
       {"actual 2024 tong - 12 450 - -", "actual 2024 phap_luat - 3 95 - -"}},
      {"measure_label_with_its_year", report, y24,
       {"Số lớp học năm 2024 là 30, tăng 5 lớp so với năm 2023."},
       {"actual 2024 tong - 30 - - -"}},
      // A label that says only that classes were held: the total, or the
      // topic the words after the count name.
      {"label_of_a_verb_only", report, y24,
       {"Trong năm mở được: 12 lớp với 340 học viên.", "Trong năm mở được: 5 lớp nuôi ong với 150 học viên."},
       {"actual 2024 tong - 12 340 - -", "actual 2024 kinh_te - 5 150 - -"}},
      // The learners of classes named by their topics, one clause each.
      {"learners_of_classes_by_topic", report, y24,
       {"Trong đó, lớp tin học có 35 học viên, lớp tiếng Anh có 28 học viên."},
       {"actual 2024 ngoai_ngu_tin_hoc - - 35 - -", "actual 2024 ngoai_ngu_tin_hoc - - 28 - -"}},
      // A level reached is a count, a rise by some is not; open spans of
      // years have no period; a span of months takes the report's year.
      {"levels_spans_and_month_ranges", report, y24,
       {"Năm 2024, số lớp học tăng lên 25 lớp, số người tham gia tăng lên 1.300 lượt.",
        "Qua 5 năm thực hiện, đã tổ chức được 120 lớp học với trên 6.000 lượt người tham gia.",
        "Từ tháng 3 đến tháng 5, Trung tâm tổ chức 6 lớp dạy bơi cho 180 trẻ em."},
       {"actual 2024 tong - 25 1300 - -", "actual - tong - 120 6000 - -",
        "actual 2024-03/2024-05 ky_nang_song center 6 180 - -"}},
      // Needs by topic in one sentence, each named after its count, under
      // words of status only.
      {"needs_by_topic_in_one_sentence", report, y24,
       {"Kết quả điều tra có 150 người có nhu cầu học tin học, 80 người có nhu cầu học nghề may."},
       {"demand 2024 ngoai_ngu_tin_hoc - - 150 - -", "demand 2024 hoc_nghe - - 80 - -"}},
      // People summed over every statement of the sentence are no one
      // statement's.
      {"people_of_the_whole_sentence", report, y24,
       {"Mở 3 lớp tin học và 2 lớp tiếng Anh với tổng số 120 học viên."},
       {"actual 2024 ngoai_ngu_tin_hoc - 3 - - -", "actual 2024 ngoai_ngu_tin_hoc - 2 - - -"}},
      // Mothers and parents are the learners of a session for them.
      {"mothers_are_learners", report, y24,
       {"Phối hợp Trạm Y tế tổ chức 02 buổi truyền thông về dinh dưỡng cho 86 bà mẹ có con dưới 5 tuổi."},
       {"actual 2024 suc_khoe partner 2 86 - -"}},
      // A study visit is taking part; party members are learners.
      {"study_visits_and_party_members", report, y24,
       {"Tổ chức cho 250 lượt hội viên nông dân tham quan mô hình sản xuất lúa chất lượng cao.",
        "Tổ chức 3 hội nghị quán triệt Nghị quyết cho 350 đảng viên."},
       {"actual 2024 kinh_te - - 250 - -", "actual 2024 khac - 3 350 - -"}},
      // The words after a total's name the classes counted.
      {"total_words_then_the_topic", report, y24,
       {"Số người tham gia các lớp tin học là 95 người."},
       {"actual 2024 ngoai_ngu_tin_hoc - - 95 - -"}},
  };
}

class ProseFormsTest : public ::testing::TestWithParam<FormCase> {};

TEST_P(ProseFormsTest, ExactRecords) {
  const FormCase& c = GetParam();
  DocBuilder b;
  b.P(c.kind).P(c.title);
  for (const std::string& p : c.paragraphs) b.P(p);
  Extraction ex = Extract(b.Build(), ProjectRules(), {});
  std::vector<std::string> got;
  for (const Record& r : testing::OfType(ex, RecordType::kActivity)) got.push_back(Line(r));
  std::ostringstream text;
  for (const std::string& p : c.paragraphs) text << "\n  " << p;
  EXPECT_EQ(got, c.want) << text.str();
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty()) << text.str();
}

INSTANTIATE_TEST_SUITE_P(Families, ProseFormsTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<FormCase>& param) { return std::string(param.param.name); });

TEST(ProseFormsTest, PeopleFirstLabelIsTheActivityNotTheVerb) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Thu hút 230 lượt người tham gia 5 buổi tuyên truyền pháp luật.")
                     .P("Tổ chức cho 120 lượt người tham gia các lớp học tiếng Anh giao tiếp (3 lớp).")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].label, "tuyên truyền pháp luật");
  EXPECT_EQ(a[1].label, "các lớp học tiếng Anh giao tiếp");
}

// The words that bring in the people ("thu hút", "với sự tham gia của")
// are no part of the activity's name.
TEST(ProseFormsTest, LabelEndsBeforeTheWordsThatBringInThePeople) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Tổ chức hội thi tìm hiểu pháp luật với sự tham gia của 300 lượt người.")
                     .P("Tổ chức các hoạt động bảo vệ môi trường, thu hút hơn 450 lượt người tham gia.")
                     .P("Tổ chức tuyên truyền pháp luật cho 150 người dân.")
                     .P("Mở lớp xóa mù chữ tại thôn Khe Mạ với 18 học viên.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].label, "Tổ chức hội thi tìm hiểu pháp luật");
  EXPECT_EQ(a[1].label, "Tổ chức các hoạt động bảo vệ môi trường");
  EXPECT_TRUE(a[1].approx);
  // The activity named before "cho" / "với" keeps its words.
  EXPECT_EQ(a[2].label, "Tổ chức tuyên truyền pháp luật");
  EXPECT_EQ(a[3].label, "Mở lớp xóa mù chữ tại thôn Khe Mạ");
}

// A copula before the figure ("là", "được") is no part of the label.
TEST(ProseFormsTest, LabelEndsBeforeItsCopula) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Tổng số lớp đã mở là 18 lớp với 1.026 lượt học viên.")
                     .P("Tuyên truyền pháp luật được 5 cuộc, thu hút trên 300 lượt người nghe.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].label, "Tổng số lớp đã mở");
  EXPECT_EQ(a[1].label, "Tuyên truyền pháp luật");
  EXPECT_TRUE(a[1].approx) << "trên 300";
}

// Figures listed by unit with the unit noun said once ("xã Tân An 3 lớp,
// Phú Mỹ 6, Hòa Bình 4"): a roll-up in prose, one record per unit.
TEST(ProseFormsTest, UnitListWithTheMeasureSaidOnce) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Các xã đã mở lớp xóa mù chữ: xã Tân An 3 lớp, Phú Mỹ 6, Hòa Bình 4.")
                     .P("Số lượt người tham gia tuyên truyền pháp luật: thị trấn Chợ Chu 320 lượt người, xã Bảo "
                        "Cường 215 và xã Phượng Tiến 180.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[0].commune, "Tân An");
  EXPECT_EQ(a[1].commune, "Phú Mỹ");
  EXPECT_EQ(a[1].classes, 6) << "the measure of the first item carries";
  EXPECT_EQ(a[2].classes, 4);
  EXPECT_EQ(a[2].topic, "xoa_mu_chu");
  EXPECT_EQ(a[3].commune, "Chợ Chu");
  EXPECT_EQ(a[4].participants, 215);
  EXPECT_EQ(a[5].commune, "Phượng Tiến");
  EXPECT_EQ(a[5].participants, 180);
  EXPECT_EQ(a[5].topic, "phap_luat");
  EXPECT_EQ(a[5].classes, std::nullopt);
}

// Communes as subjects of clauses of their own, the verb said once ("Xã
// Tân An tổ chức 35 lớp …; xã Phú Mỹ 28 lớp …"), after a comma or a
// semicolon, or behind a word such as "Riêng"; a hedge word is no place name
// ("xã Nà Khoang 40 lớp" is not "khoảng 40").
TEST(ProseFormsTest, CommunesAsSubjectsOfTheirOwnClauses) {
  Document doc = DocBuilder()
                     .P("UBND HUYỆN ĐÔNG HƯNG")
                     .P("BÁO CÁO")
                     .P("Tổng kết năm 2024")
                     .P("Xã Tân An tổ chức 35 lớp với 2.100 lượt người; xã Phú Mỹ 28 lớp với 1.650 lượt người.")
                     .P("Riêng xã Hòa Bình mở 3 lớp tin học cho 85 học viên, xã Nà Khoang 40 lớp.")
                     .P("Thị trấn Chợ Chu: 52 lớp, 3.010 lượt người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 5u);
  EXPECT_EQ(a[0].commune, "Tân An");
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[1].commune, "Phú Mỹ");
  EXPECT_EQ(a[1].topic, "tong");
  EXPECT_EQ(a[1].classes, 28);
  EXPECT_EQ(a[1].participants, 1650);
  EXPECT_EQ(a[2].commune, "Hòa Bình");
  EXPECT_EQ(a[2].topic, "ngoai_ngu_tin_hoc");
  EXPECT_EQ(a[3].commune, "Nà Khoang");
  EXPECT_EQ(a[3].classes, 40);
  EXPECT_EQ(a[3].topic, "tong");
  EXPECT_FALSE(a[3].approx);
  EXPECT_EQ(a[4].commune, "Chợ Chu");
  EXPECT_EQ(a[4].topic, "tong");
}

// Communes ranked against each other in a district report: the ranking
// words stand between the unit and its count ("Xã Đông Sơn dẫn đầu với 52
// lớp", "xã Bình Minh (thấp nhất) với 12 lớp") or before the unit ("thấp
// nhất là xã Bình Minh với 12 lớp", "Các xã có số lớp cao là xã Hòa Bình 35
// lớp", "Các xã có kết quả tốt: xã Tân An 45 lớp"): each count is its
// unit's total.
TEST(ProseFormsTest, CommunesRankedByTheirCounts) {
  Document doc = DocBuilder()
                     .P("UBND HUYỆN YÊN BÌNH")
                     .P("BÁO CÁO")
                     .P("Tổng kết năm 2024")
                     .P("Xã Đông Sơn dẫn đầu với 52 lớp, thấp nhất là xã Bình Minh với 12 lớp.")
                     .P("Xã Phú Mỹ tổ chức được 30 lớp, nhiều nhất huyện.")
                     .P("Các xã có số lớp cao là xã Hòa Bình 35 lớp, xã An Lạc 32 lớp.")
                     .P("Các xã có kết quả tốt: xã Tân An 45 lớp, 2.100 lượt người; xã Phú Lộc 38 lớp.")
                     .P("Kết quả: xã Đồng Tâm 41 lớp.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 8u);
  const char* communes[] = {"Đông Sơn", "Bình Minh", "Phú Mỹ", "Hòa Bình", "An Lạc", "Tân An", "Phú Lộc", "Đồng Tâm"};
  const std::int64_t classes[] = {52, 12, 30, 35, 32, 45, 38, 41};
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].commune, communes[i]) << i;
    EXPECT_EQ(a[i].topic, "tong") << i;
    EXPECT_EQ(a[i].classes, classes[i]) << i;
  }
}

// Labels and counts as formal reports print them: a count spelled out again
// in parentheses ("02 (hai) lớp") is one count; a label that names a kind
// of activity ("Tuyên truyền: 15 buổi") is that kind, not the total, while
// one that names classes ("Lớp chuyên đề: 24 lớp") is the total; KHKT is
// khoa học kỹ thuật.
TEST(ProseFormsTest, SpelledEchoesAndKindLabels) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Mở 02 (hai) lớp tin học cơ bản cho 45 (bốn mươi lăm) học viên.")
                     .P("Tuyên truyền: 15 buổi/1.200 lượt người; Tập huấn KHKT: 8 lớp/420 lượt người.")
                     .P("Lớp chuyên đề: 24 lớp/1.120 lượt người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].topic, "ngoai_ngu_tin_hoc");
  EXPECT_EQ(a[0].classes, 2);
  EXPECT_EQ(a[0].participants, 45);
  EXPECT_EQ(a[1].topic, "khac");
  EXPECT_EQ(a[1].classes, 15);
  EXPECT_EQ(a[2].topic, "kinh_te");
  EXPECT_EQ(a[2].participants, 420);
  EXPECT_EQ(a[3].topic, "tong");
  EXPECT_EQ(a[3].classes, 24);
}

TEST(ProseFormsTest, TopicListAfterAColon) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Kết quả cụ thể: Tin học 3 lớp, Kỹ thuật chăn nuôi 2 lớp.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].topic, "ngoai_ngu_tin_hoc");
  EXPECT_EQ(a[0].classes, 3);
  EXPECT_EQ(a[0].commune, std::nullopt);
  EXPECT_EQ(a[1].topic, "kinh_te");
  EXPECT_EQ(a[1].classes, 2);
}

// A list that is neither (a name, then a clause) stays one statement.
TEST(ProseFormsTest, ListOfPhrasesIsNoUnitList) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Giáo dục pháp luật: 05 lớp, 310 lượt người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].classes, 5);
  EXPECT_EQ(a[0].participants, 310);
  EXPECT_EQ(a[0].rule, "prose.activity");
}

TEST(ProseFormsTest, SlashPairLabelIsTheWordsAfterThePair) {
  Document doc = DocBuilder().P("BÁO CÁO").P("Kết quả năm 2024").P("Trung tâm mở 3 lớp / 120 lượt người tham gia "
                                                                   "tin học văn phòng.").Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].label, "tin học văn phòng") << "never the slash";
  EXPECT_EQ(a[0].topic, "ngoai_ngu_tin_hoc");
}

// A linking "về" ("về các nội dung") before the activity's name is no part of it.
TEST(ProseFormsTest, LabelStartsAtTheActivitysName) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Tổ chức 02 lớp/85 lượt người về phòng chống dịch bệnh gia súc.")
                     .P("Mở 3 lớp về các nội dung chăm sóc sức khỏe cho 120 lượt người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].label, "phòng chống dịch bệnh gia súc");
  EXPECT_EQ(a[1].label, "chăm sóc sức khỏe");
  EXPECT_EQ(a[1].topic, "suc_khoe");
}

// An amount per learner, class or session is a rate: no budget line, and
// its words are no part of the label of the amount after it.
TEST(ProseFormsTest, RatesAreNoBudgetLines) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Mức hỗ trợ 150 nghìn đồng mỗi học viên, tổng kinh phí hỗ trợ là 4.500.000 đồng.")
                     .P("Mỗi học viên được hỗ trợ 150.000 đồng; kinh phí ngân sách cấp 9.000.000 đồng.")
                     .P("Chi bồi dưỡng báo cáo viên 200.000đ/buổi.")
                     .P("Kinh phí hỗ trợ mỗi năm 50.000.000 đồng.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].amount_vnd, 4500000);
  EXPECT_EQ(b[0].label, "Tổng kinh phí hỗ trợ");
  EXPECT_EQ(b[1].amount_vnd, 9000000);
  EXPECT_EQ(b[1].category, "state");
  EXPECT_EQ(b[2].amount_vnd, 50000000) << "a sum 'mỗi năm' is the year's, no rate";
}

// "12,5 đồng" (half a đồng: a scale word left out) and "1 tỷ 2" (1.2 tỷ or
// 1 tỷ 2 đồng?) are budget lines whose amount is unknown, never rounded.
TEST(ProseFormsTest, UnsureAmountIsABudgetLineWithoutAValue) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Tổng kinh phí hoạt động năm 2024 là 12,5 đồng.")
                     .P("Kinh phí hỗ trợ từ ngân sách xã: 6,8 triệu đồng.")
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> b = testing::OfType(ex, RecordType::kBudget);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].category, "total");
  EXPECT_EQ(b[0].amount_vnd, std::nullopt) << "never 13, never 0";
  EXPECT_EQ(b[1].amount_vnd, 6800000);
  std::vector<Record> checks = testing::ChecksNamed(ex, "number-unsure");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("12,5 đồng"), std::string::npos) << checks[0].message;
}

// A thu–chi statement in prose: income is the total of its sources; what
// was spent and what is left are lines of no source and no part of a sum.
TEST(ProseFormsTest, ThuChiInProseRaisesNoFalseSum) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Tổng thu trong năm: 38.000.000 đồng, trong đó ngân sách xã 25.000.000 đồng, "
                        "xã hội hóa 13.000.000 đồng.")
                     .P("Tổng chi trong năm: 39.500.000 đồng.")
                     .P("Số dư cuối năm: -1.500.000 đồng.")
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> b = testing::OfType(ex, RecordType::kBudget);
  ASSERT_EQ(b.size(), 5u);
  EXPECT_EQ(b[0].category, "total");
  EXPECT_EQ(b[3].category, "other");
  EXPECT_EQ(b[3].amount_vnd, 39500000);
  EXPECT_EQ(b[4].amount_vnd, -1500000) << "a negative balance keeps its sign";
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty());
}

TEST(ProseFormsTest, HedgeMakesTheFigureApproximate) {
  Document doc = DocBuilder().P("BÁO CÁO").P("Kết quả năm 2024").P("Trung tâm đã tổ chức 40 lớp, thu hút gần 3.000 "
                                                                   "lượt người.").Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0].approx);
}

TEST(ProseFormsTest, UnsureCountIsUnknownAndNamed) {
  Document doc = DocBuilder().P("BÁO CÁO").P("Kết quả năm 2024").P("- Giáo dục pháp luật: 3 lớp, 1,25 lượt người.").Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].classes, 3);
  EXPECT_EQ(a[0].participants, std::nullopt) << "never a guess, never 0";
  std::vector<Record> checks = testing::ChecksNamed(ex, "number-unsure");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].severity, "info");
  EXPECT_NE(checks[0].message.find("1,25"), std::string::npos) << checks[0].message;
}

// A statement of no topic in the middle of a list is no total of the items
// above it: the items before it never make a false sum-mismatch; the items
// after it that do not reach it are said to be incomplete (info).
TEST(ProseFormsTest, ATotalInsideAListSumsOnlyWhatItIntroduces) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("- Mở 7 lớp phổ biến pháp luật cho 350 lượt người.")
                     .P("- Tổ chức 9 lớp tập huấn trồng trọt cho 410 lượt người.")
                     .P("- Tổ chức 5 lớp sinh hoạt chuyên đề cho 260 lượt người.")
                     .P("- Mở 2 lớp tin học cho 48 học viên.")
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty());

  Document introduced = DocBuilder()
                            .P("BÁO CÁO")
                            .P("Kết quả năm 2024")
                            .P("Trung tâm đã mở được 20 lớp, cụ thể:")
                            .P("- Mở 7 lớp phổ biến pháp luật cho 350 lượt người.")
                            .P("- Tổ chức 9 lớp tập huấn trồng trọt cho 410 lượt người.")
                            .P("- Mở 2 lớp tin học cho 48 học viên.")
                            .Build();
  Extraction wrong = Extract(introduced, ProjectRules(), {});
  EXPECT_EQ(testing::ChecksNamed(wrong, "sum-mismatch").size(), 0u) << "18 of 20: parts may be unstated";
  EXPECT_EQ(testing::ChecksNamed(wrong, "sum-incomplete").size(), 1u);
}

// "Phấn đấu …" folds like "Phần …": it is a statement, not a part heading,
// and the plan section above it keeps its status and year.
TEST(ProseFormsTest, AStatementStartingPhanDauIsNoPartHeading) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .P("I. KẾT QUẢ")
                     .P("Mở 4 lớp phổ biến pháp luật cho 180 người.")
                     .P("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
                     .P("Phấn đấu mở 30 lớp chuyên đề với trên 1.500 lượt người tham gia.")
                     .P("Mở 5 lớp phổ biến pháp luật cho 220 người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(Line(a[0]), "actual 2024 phap_luat - 4 180 - -");
  EXPECT_EQ(Line(a[1]), "plan 2025 tong - 30 1500 - -");
  EXPECT_EQ(Line(a[2]), "plan 2025 phap_luat - 5 220 - -");
}

// An amount of no named source that opens a list of parts is their total.
TEST(ProseFormsTest, AnAmountThatOpensItsPartsIsTheirTotal) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .P("Kinh phí hoạt động năm 2024 là 1,2 tỷ đồng, trong đó ngân sách nhà nước 900 triệu đồng, "
                        "xã hội hóa 300 triệu đồng.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].category, "total");
  EXPECT_EQ(b[0].amount_vnd, 1200000000);
  EXPECT_EQ(b[1].category, "state");
  EXPECT_EQ(b[2].category, "socialized");
}

// "Hằng năm … từ 10 đến 12 lớp": no year and no exact count, so no record.
TEST(ProseFormsTest, ARangeInAnOpenPeriodIsNoFigure) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .P("Hằng năm Trung tâm mở từ 8 đến 10 lớp chuyên đề.")
                     .P("Mở 3 lớp phổ biến pháp luật cho 140 người.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(Line(a[0]), "actual 2024 phap_luat - 3 140 - -");
}

// "Bằng chữ" states the amount of its own clause, not the last of the
// paragraph.
TEST(ProseFormsTest, AmountInWordsBelongsToItsOwnLine) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .P("Tổng kinh phí là 45.600.000đ (Bằng chữ: Bốn mươi lăm triệu sáu trăm nghìn đồng). Trong đó: "
                        "ngân sách xã cấp 30.000.000đ; học viên đóng góp 15.600.000đ.")
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  EXPECT_TRUE(testing::ChecksNamed(ex, "words-digits-mismatch").empty());
  std::vector<Record> b = testing::OfType(ex, RecordType::kBudget);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].notes.amount_in_words, 45600000);
}

TEST(ProseFormsTest, RestatedTotalIsOneRecord) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Năm 2024 Trung tâm đã mở được 9 lớp với 450 lượt người tham gia (nữ 230).")
                     .T({{"TT", "Nội dung", "Số lớp", "Số người", "Nữ"},
                         {"1", "Pháp luật", "4", "200", "100"},
                         {"2", "Sức khỏe", "5", "250", "130"},
                         {"", "Tổng cộng", "9", "450", "230"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  int totals = 0;
  for (const Record& r : a) totals += r.topic == std::optional<std::string>("tong") ? 1 : 0;
  EXPECT_EQ(totals, 1);
}

TEST(ProseFormsTest, BudgetPartsAfterATotal) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Tổng kinh phí năm 2024 là 30 triệu đồng, bao gồm: ngân sách xã cấp 20 triệu đồng; Hội "
                        "Phụ nữ xã hỗ trợ 4 triệu đồng; nhà hảo tâm ủng hộ 6.000.000 đồng. Chi bồi dưỡng 150.000 "
                        "đồng/buổi.")
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> b = testing::OfType(ex, RecordType::kBudget);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[0].category, "total");
  EXPECT_EQ(b[0].amount_vnd, 30000000);
  EXPECT_EQ(b[1].category, "state");
  EXPECT_EQ(b[1].amount_vnd, 20000000);
  EXPECT_EQ(b[2].category, "other");
  EXPECT_EQ(b[2].amount_vnd, 4000000);
  EXPECT_EQ(b[3].category, "socialized");
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty());
}

TEST(ProseFormsTest, PlanBudgetBesideActual) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Sơ kết 6 tháng đầu năm 2024")
                     .P("Trung tâm được ngân sách xã cấp 15.000.000 đồng, bằng 50% dự toán năm (30.000.000 đồng).")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].status, "actual");
  EXPECT_EQ(b[0].period, "2024-01/2024-06");
  EXPECT_EQ(b[1].status, "plan");
  EXPECT_EQ(b[1].period, "2024");
  EXPECT_EQ(b[1].category, "state");
  EXPECT_EQ(b[1].amount_vnd, 30000000);
}

TEST(ProseFormsTest, ProposalsAndExpectedBudgetsArePlans) {
  Document proposal = DocBuilder()
                          .P("TỜ TRÌNH")
                          .P("Về việc phê duyệt kinh phí hoạt động năm 2025")
                          .P("- Kinh phí ngân sách xã cấp: 24.000.000 đồng.")
                          .Build();
  std::vector<Record> b = testing::RecordsOf(proposal, RecordType::kBudget);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, "plan");
  EXPECT_EQ(b[0].period, "2025");
  Document report = DocBuilder()
                        .P("BÁO CÁO")
                        .P("Kết quả năm 2024")
                        .P("- Kinh phí ngân sách cấp năm 2024: 18.000.000 đồng.")
                        .P("- Kinh phí dự kiến năm 2025 từ ngân sách xã: 20.000.000 đồng.")
                        .Build();
  b = testing::RecordsOf(report, RecordType::kBudget);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].status, "actual");
  EXPECT_EQ(b[1].status, "plan");
  EXPECT_EQ(b[1].period, "2025");
}

TEST(ProseFormsTest, SpaceGroupedBudgetIsNeverAFragment) {
  Document doc = DocBuilder().P("BÁO CÁO").P("Kết quả năm 2024").P("Tổng kinh phí hoạt động năm 2024 là 18 500 000 đồng.").Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].amount_vnd, 18500000);
}

}  // namespace
}  // namespace baocao
