// The first page's furniture and metadata: incoming-mail stamp, two-column
// header block (as a borderless table or tab-aligned lines), reference,
// place and date, the type line and title, "Kính gửi", a cited document, the
// opening paragraph; and the signature block at the end.
#include <algorithm>

#include "tests/genre/genre_internal.h"

namespace baocao::genre {
namespace {

std::string Two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Left column lines of the header block.
std::vector<std::string> IssuerLines(const Ctx& c) {
  if (c.issuer == "pgd") return {"UBND HUYỆN " + Upper(c.district), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"};
  if (c.issuer == "so") return {"UBND TỈNH " + Upper(c.province), "SỞ GIÁO DỤC VÀ ĐÀO TẠO"};
  std::string unit = Upper(c.unit_word) + " " + Upper(c.commune);
  if (c.issuer == "tthtcd") return {"UBND " + unit, "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"};
  return {"ỦY BAN NHÂN DÂN", unit};
}

std::string IssuerCode(const Ctx& c) {
  if (c.issuer == "pgd") return "PGDĐT";
  if (c.issuer == "so") return "SGDĐT";
  if (c.issuer == "tthtcd") return "TTHTCĐ";
  return "UBND";
}

std::string KindCode(const std::string& kind) {
  if (kind == "ke_hoach") return "KH";
  if (kind == "to_trinh") return "TTr";
  if (kind == "quyet_dinh") return "QĐ";
  if (kind == "thong_bao") return "TB";
  return "BC";
}

// Who the issuer calls itself in running text.
std::string SelfName(const Ctx& c) {
  if (c.issuer == "pgd") return "Phòng Giáo dục và Đào tạo";
  if (c.issuer == "so") return "Sở Giáo dục và Đào tạo";
  if (c.issuer == "tthtcd") return "Trung tâm học tập cộng đồng " + c.unit_word + " " + c.commune;
  return "Ủy ban nhân dân " + c.unit_word + " " + c.commune;
}

std::string Subject(const Ctx& c) {
  std::string who = c.rollup ? "các Trung tâm học tập cộng đồng" : "Trung tâm học tập cộng đồng";
  if (c.kind == "to_trinh") return "Về việc đề nghị phê duyệt kinh phí hoạt động của " + who + " năm " + std::to_string(c.year);
  if (c.kind == "quyet_dinh")
    return "Về việc phê duyệt Kế hoạch hoạt động của Trung tâm học tập cộng đồng " + c.unit_word + " " + c.commune +
           " năm " + std::to_string(c.year);
  if (c.kind == "ke_hoach") return "Hoạt động của " + who + " năm " + std::to_string(c.year);
  if (c.half_year) return "Sơ kết hoạt động " + who + " " + c.period_words;
  return "Kết quả hoạt động của " + who + " " + c.period_words;
}

}  // namespace

void WriteHeader(Ctx& c) {
  Report& r = *c.report;
  // Reference and date.
  std::string ref_variant = c.Pick("header.ref");
  int number = static_cast<int>(c.rng.Between(3, 420));
  std::string code = c.kind == "cong_van" ? (c.issuer == "ubnd" ? "UBND-VX" : IssuerCode(c) + "-GDTX")
                                          : KindCode(c.kind) + "-" + IssuerCode(c);
  if (c.kind == "cong_van" && c.issuer == "tthtcd") code = "CV-TTHTCĐ";
  std::string printed_number = ref_variant == "number" ? std::to_string(number) + "/" + code
                               : ref_variant == "blank" ? "       /" + code
                                                        : "……/" + code;
  std::string ref = ref_variant == "number" ? std::to_string(number) + "/" + code : "/" + code;
  if (c.Chosen("text.abbrev") == "plain") ref = PlainAbbreviations(ref);
  r.document.ref = ref;

  // Issue date from the document's kind and period.
  int y = c.year, m = 12;
  bool plan_kind = c.status == "plan";
  if (plan_kind) {
    bool january = c.rng.Percent(60);
    y = january ? c.year : c.year - 1;
    m = january ? 1 : 12;
  } else if (c.half_year) {
    m = 6;
  } else if (c.rng.Percent(30)) {
    y = c.year + 1;
    m = 1;
  }
  if (c.post2025 && y == 2025 && m < 7) m = 12;
  int d = static_cast<int>(c.rng.Between(2, 28));
  std::string date_variant = c.Pick("header.date");
  std::string place = c.issuer == "pgd" ? c.district : c.issuer == "so" ? c.province : c.commune;
  std::string date;
  if (date_variant == "words") date = "ngày " + std::to_string(d) + " tháng " + std::to_string(m) + " năm " + std::to_string(y);
  if (date_variant == "slashes") date = "ngày " + std::to_string(d) + "/" + std::to_string(m) + "/" + std::to_string(y);
  if (date_variant == "blank_day") date = "ngày      tháng " + Two(m) + " năm " + std::to_string(y);
  if (date_variant == "dotted_day") date = "ngày…… tháng " + std::to_string(m) + " năm " + std::to_string(y);
  r.document.issued = std::to_string(y) + "-" + Two(m) +
                      (date_variant == "words" || date_variant == "slashes" ? "-" + Two(d) : "");

  // An incoming-mail stamp of the office that received it: its number and
  // date are not the document's.
  std::string stamp_variant = c.Pick("header.stamp");
  if (stamp_variant != "none") {
    int got_d = d < 25 ? d + 3 : 3;
    int got_m = d < 25 ? m : (m % 12) + 1;
    int got_y = got_m < m ? y + 1 : y;
    std::string got = std::to_string(got_d) + "/" + std::to_string(got_m) + "/" + std::to_string(got_y);
    std::string number_in = std::to_string(c.rng.Between(1000, 29999));
    if (stamp_variant == "incoming") {
      // A rubber stamp: a boxed "CÔNG VĂN ĐẾN" with its own number.
      TableSpec stamp;
      stamp.widths = {3000};
      stamp.rows = {{Cell{"CÔNG VĂN ĐẾN\nSố: " + number_in + "\nNgày: " + got + "\nChuyển: ……………", 1,
                          Merge::kNone, true, false, Align::kLeft}}};
      stamp.size = 20;
      c.body.Table(stamp);
    } else {
      // The receiving office's registry lines typed above the header.
      ParaStyle s;
      s.align = Align::kLeft;
      s.italic = true;
      s.size = 20;
      s.after = 0;
      c.body.Para("Số đến: " + number_in, s);
      c.body.Para("Ngày đến: " + got, s);
    }
  }

  std::vector<std::string> left = IssuerLines(c);
  // OCR of a centred column, and some clerks, run the two lines together.
  const bool bodies_one_line = c.Pick("header.bodies") == "one_line";
  if (bodies_one_line) left = {left[0] + " " + left[1]};
  std::vector<std::string> right = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
  std::string number_line = (c.Pick("header.colon") == "none" ? "Số " : "Số: ") + printed_number;
  std::string vv = c.kind == "cong_van" ? "V/v báo cáo kết quả hoạt động TTHTCĐ " + c.period_words : "";
  std::string place_date = place + ", " + date;
  const std::string layout = c.Pick("header.layout");
  if (layout == "table") {
    TableSpec h;
    h.rules = Rules::kNone;
    h.widths = {3900, 5700};
    h.size = 24;
    std::string l, rt;
    for (const std::string& s : left) l += (l.empty() ? "" : "\n") + s;
    l += "\n———";
    rt = right[0] + "\n" + right[1] + "\n—————————";
    h.rows.push_back({Cell{l, 1, Merge::kNone, true}, Cell{rt, 1, Merge::kNone, true}});
    Cell num{number_line + (vv.empty() ? "" : "\n" + vv)};
    Cell when{place_date, 1, Merge::kNone, false, true};
    h.rows.push_back({num, when});
    c.body.Table(h);
  } else if (layout == "spaced") {
    // Columns lined up with spaces, as typed in a plain text or a Word
    // document without tabs.
    // Small enough that the two columns fit one printed line, as the clerk
    // sees to.
    ParaStyle s;
    s.align = Align::kLeft;
    s.after = 0;
    s.size = 20;
    auto line = [&](const std::string& l, const std::string& rt_text) {
      const std::size_t width = 30;
      // Characters, not bytes: a continuation byte starts none.
      const std::size_t printed = static_cast<std::size_t>(
          std::count_if(l.begin(), l.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
      const std::size_t gap = printed + 3 < width ? width - printed : 3;
      return l + std::string(gap, ' ') + rt_text;
    };
    std::size_t lines = std::max(left.size(), right.size());
    for (std::size_t i = 0; i < lines; ++i)
      c.body.Para(line(i < left.size() ? left[i] : "", i < right.size() ? right[i] : ""), s);
    c.body.Para(line(number_line, place_date), s);
    if (!vv.empty()) c.body.Para(vv, s);
  } else {
    ParaStyle s;
    // Centre tabs. At 11 pt the motto ends inside the right margin (at 13 pt
    // centred on 6600 twips it wrapped its last word onto the next line,
    // where it joined the issuer's).
    s.tabs = {1900, 6300};
    s.size = 22;
    s.align = Align::kLeft;
    s.bold = true;
    s.after = 0;
    // Both bodies run into one line leave no room for the motto beside
    // them: the clerk puts it on the line below.
    if (bodies_one_line) right.insert(right.begin(), "");
    std::size_t lines = std::max(left.size(), right.size());
    for (std::size_t i = 0; i < lines; ++i)
      c.body.Para("\t" + (i < left.size() ? left[i] : "") + "\t" + (i < right.size() ? right[i] : ""), s);
    s.bold = false;
    c.body.Para("\t" + number_line + "\t" + place_date, s);
    if (!vv.empty()) c.body.Para("\t" + vv, s);
  }

  // Type line and title.
  ParaStyle title;
  title.align = Align::kCenter;
  title.bold = true;
  title.size = 28;
  title.after = 0;
  static const std::map<std::string, std::string> type_line = {
      {"bao_cao", "BÁO CÁO"}, {"ke_hoach", "KẾ HOẠCH"}, {"to_trinh", "TỜ TRÌNH"}, {"quyet_dinh", "QUYẾT ĐỊNH"},
      {"thong_bao", "THÔNG BÁO"}};
  if (c.kind != "cong_van") {
    c.body.Para("", title);
    c.body.Para(type_line.at(c.kind), title);
    title.size = 0;
    c.body.Para(Subject(c), title);
    c.body.Para("—————", title);
  }
  if (c.kind == "quyet_dinh") {
    c.body.Para("CHỦ TỊCH ỦY BAN NHÂN DÂN " + Upper(c.unit_word) + " " + Upper(c.commune), title);
    c.Text("Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Thông tư hướng dẫn về tổ chức và hoạt động của "
           "trung tâm học tập cộng đồng tại xã, phường, thị trấn;");
    // A cited plan of the district: names it, and its number is not the reference.
    if (!c.post2025)
    {
      // One draw a statement: the order of operands of + is unspecified.
      long long no = c.rng.Between(10, 300);
      long long day = c.rng.Between(1, 28);
      long long month = c.rng.Between(9, 12);
      c.Text("Căn cứ Kế hoạch số " + std::to_string(no) + "/KH-UBND ngày " + std::to_string(day) + "/" +
             std::to_string(month) + "/" + std::to_string(c.year - 1) + " của Ủy ban nhân dân huyện " + c.district +
             " về phát triển phong trào học tập suốt đời;");
    }
    c.Text("Theo đề nghị của Giám đốc Trung tâm học tập cộng đồng " + c.unit_word + " " + c.commune + ",");
    c.body.Para("QUYẾT ĐỊNH:", title);
    c.Text("Điều 1. Phê duyệt Kế hoạch hoạt động năm " + std::to_string(c.year) +
           " của Trung tâm học tập cộng đồng " + c.unit_word + " " + c.commune + " với các nội dung sau:");
    return;
  }

  // Who it is addressed to: names the superior body (district before 2025).
  std::string addressed;
  if (c.issuer == "so") {
    addressed = "Bộ Giáo dục và Đào tạo";
  } else if (c.issuer == "pgd") {
    addressed = "Ủy ban nhân dân huyện " + c.district;
  } else if (!c.post2025) {
    addressed = c.issuer == "tthtcd" ? "Phòng Giáo dục và Đào tạo huyện " + c.district
                                     : "Ủy ban nhân dân huyện " + c.district;
  } else {
    addressed = "Sở Giáo dục và Đào tạo";
  }
  ParaStyle to;
  to.align = Align::kCenter;
  c.body.Para("Kính gửi: " + addressed, to);

  if (c.Pick("header.cited") == "cited") {
    std::string office = c.post2025 || c.issuer == "pgd" || c.issuer == "so" ? "Sở Giáo dục và Đào tạo"
                                                                              : "Phòng Giáo dục và Đào tạo huyện " + c.district;
    std::string code2 = c.post2025 || c.issuer == "pgd" || c.issuer == "so" ? "SGDĐT-GDTX" : "PGDĐT-GDTX";
    int cm = m == 1 ? 12 : m - 1;
    int cy = m == 1 ? y - 1 : y;
    long long cited_no = c.rng.Between(20, 990);
    long long cited_day = c.rng.Between(1, 28);
    c.Text("Thực hiện Công văn số " + std::to_string(cited_no) + "/" + code2 + " ngày " +
           std::to_string(cited_day) + "/" + std::to_string(cm) + "/" + std::to_string(cy) + " của " +
           office + " về việc " + (plan_kind ? "xây dựng kế hoạch" : "báo cáo kết quả") +
           " hoạt động của trung tâm học tập cộng đồng, " + SelfName(c) + (plan_kind ? " xây dựng" : " báo cáo") +
           " như sau:");
  }
  bool named = c.issuer == "so" || c.Pick("header.province") == "named";
  if (named) {
    r.document.province = c.province;
    std::string where = c.rollup ? (c.issuer == "so" ? "tỉnh " + c.province : "huyện " + c.district + ", tỉnh " + c.province)
                                 : c.unit_word + " " + c.commune + (c.post2025 ? "" : ", huyện " + c.district) +
                                       ", tỉnh " + c.province;
    c.Text("Trên địa bàn " + where + ", phong trào học tập suốt đời tiếp tục được cấp ủy, chính quyền quan tâm "
           "chỉ đạo.");
  }
}

void WriteSignature(Ctx& c) {
  TableSpec t;
  t.rules = Rules::kNone;
  t.widths = {4300, 4900};
  std::string whom = c.kind == "quyet_dinh" ? "- Như Điều 2;\n- Lưu: VT." : "- Như trên;\n- Lưu: VT.";
  std::string sign;
  if (c.issuer == "tthtcd") sign = "GIÁM ĐỐC";
  if (c.issuer == "pgd") sign = "TRƯỞNG PHÒNG";
  if (c.issuer == "so") sign = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC";
  if (c.issuer == "ubnd") sign = c.kind == "quyet_dinh" ? "CHỦ TỊCH" : "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH";
  if (c.kind == "quyet_dinh")
    c.Text("Điều 2. Giám đốc Trung tâm học tập cộng đồng và các ban, ngành, đoàn thể liên quan chịu trách nhiệm thi "
           "hành Quyết định này kể từ ngày ký.");
  t.rows.push_back({Cell{"Nơi nhận:\n" + whom, 1, Merge::kNone, false, false, Align::kLeft},
                    Cell{sign + "\n\n\n\n" + c.rng.Pick(PersonNames()), 1, Merge::kNone, true}});
  t.size = 22;
  c.body.Table(t);
}

}  // namespace baocao::genre
