// One report from a seed: the document's facts first (kind, era, scope,
// period, places), then its parts in reading order, then the text variants
// applied to every run.
#include "tests/genre/genre_internal.h"

namespace baocao::genre {
namespace {

std::string OldTones(const std::string& s) { return OldToneMarks(s); }
std::string Plain(const std::string& s) { return PlainAbbreviations(s); }
std::string OldTonesPlain(const std::string& s) { return PlainAbbreviations(OldToneMarks(s)); }

}  // namespace

Report Generate(std::uint64_t seed, const Constraints& constraints) {
  Report report;
  report.seed = seed;
  Ctx c(seed * 0x2545F4914F6CDD1DULL + 1, constraints, &report);

  c.kind = c.Pick("doc.kind");
  c.post2025 = c.Pick("doc.era") == "post2025";
  bool report_kind = c.kind == "bao_cao" || c.kind == "cong_van" || c.kind == "thong_bao";
  c.rollup = c.Pick("doc.scope", report_kind ? std::vector<std::string>{} : std::vector<std::string>{"commune"}) ==
             "rollup";
  c.status = report_kind ? "actual" : "plan";
  c.half_year = report_kind && c.Pick("doc.period") == "half_year";
  if (c.post2025) {
    c.year = c.half_year || !report_kind ? 2026 : 2025;
  } else {
    c.year = static_cast<int>(c.rng.Between(2019, c.half_year ? 2025 : 2024));
  }
  std::string y = std::to_string(c.year);
  c.period = c.half_year ? y + "-01/" + y + "-06" : y;
  c.period_words = c.half_year ? "6 tháng đầu năm " + y : "năm " + y;

  c.commune = c.Pick("names.place") == "plain" ? c.rng.Pick(CommuneNames()) : c.rng.Pick(CommuneNamesEndingInAGrave());
  c.district = c.rng.Pick(DistrictNames());
  c.province = c.rng.Pick(ProvinceNames());
  c.unit_word = c.rng.Pick(std::vector<std::string>{"xã", "xã", "xã", "phường", "thị trấn"});
  if (c.rollup) {
    c.issuer = c.post2025 ? "so" : "pgd";
  } else {
    c.issuer = c.Pick("header.issuer", c.kind == "quyet_dinh" ? std::vector<std::string>{"ubnd"}
                                                               : std::vector<std::string>{});
  }
  if (c.post2025 && c.unit_word == "thị trấn") c.unit_word = "xã";  // towns were merged into communes
  c.Pick("text.tone");
  c.Pick("text.abbrev");
  c.grouping = c.Pick("numbers.grouping");
  const std::string small = c.Pick("numbers.small");
  c.leading_zero = small == "leading_zero" || small == "spelled_echo";
  c.spelled_echo = small == "spelled_echo";
  c.spelled_lead = small == "spelled_lead";
  c.wording = c.Pick("topic.wording");

  report.document.doc_type = c.kind == "thong_bao" ? "other" : c.kind;
  if (!c.rollup) report.document.commune = c.commune;
  if (!c.post2025) report.document.district = c.district;

  WriteHeader(c);

  // Results (or the plan's content).
  std::vector<std::string> families = {"topic_rows", "rollup", "plan_actual", "period_groups", "month_rows",
                                       "sections", "thoi_gian", "organizer_groups", "none"};
  if (c.rollup) families = {"rollup"};
  else if (!report_kind) families = {"topic_rows", "period_groups", "month_rows", "thoi_gian", "none"};
  else families.erase(families.begin() + 1);
  if (c.kind == "to_trinh") families = {"topic_rows", "none"};
  std::string family = c.Pick("table.family", families);
  WriteDemand(c);
  std::string heading = report_kind ? "KẾT QUẢ HOẠT ĐỘNG " + Upper(c.period_words)
                                    : "MỤC TIÊU, NỘI DUNG KẾ HOẠCH NĂM " + y;
  if (c.kind == "quyet_dinh") {
    c.SubHeading("1. Nội dung kế hoạch hoạt động năm " + y);
  } else {
    c.Heading(heading);
  }
  if (family != "none") {
    ParaStyle s;
    s.first_line = 567;
    s.italic = true;
    c.body.Para(report_kind ? "Kết quả cụ thể như sau:" : "Các lớp học, chuyên đề dự kiến tổ chức:", s);
  }
  WriteMainTable(c);
  if (report_kind && !c.rollup && c.status == "actual") WriteIndicatorTable(c);
  WriteResultsProse(c);
  WriteOtherWork(c);
  if (c.kind != "quyet_dinh") WriteBudget(c);
  WriteOutlook(c);
  if (c.kind != "quyet_dinh" && c.kind != "to_trinh") {
    c.Heading("ĐỀ XUẤT, KIẾN NGHỊ");
    c.Text("Đề nghị cấp trên tiếp tục quan tâm bố trí kinh phí, tài liệu cho hoạt động của trung tâm.");
  }
  WriteSignature(c);
  WriteScoreAnnex(c);

  bool old = c.Chosen("text.tone") == "old";
  bool plain = c.Chosen("text.abbrev") == "plain";
  report.docx = c.body.Package(old && plain ? OldTonesPlain : old ? OldTones : plain ? Plain : nullptr);
  return report;
}

}  // namespace baocao::genre
