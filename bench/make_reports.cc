// Writes N synthetic DOCX reports with varied figures into DIR, for the
// ingest benchmark. Each report has a header table, a title, a two-row
// header activity table of 6-14 rows and three budget lines; communes,
// topics and figures vary with a fixed seed, so runs are repeatable.
//
// Usage: make_reports N DIR
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

const char* kCommunes[] = {"Yên Lạc", "Phúc Thịnh", "Tân Hòa", "Minh Khai", "Đồng Tâm", "Nà Phặc", "Thượng Quan",
                           "Hợp Thành", "Quang Trung", "Bình Văn"};
const char* kTopics[] = {"Chuyên đề giáo dục pháp luật", "Học nghề ngắn hạn", "Chuyên đề chăm sóc sức khỏe",
                         "Chuyên đề bảo vệ môi trường", "Tập huấn kỹ thuật chăn nuôi", "Văn nghệ, thể dục thể thao",
                         "Chuyên đề kỹ năng sống", "Lớp tin học cơ bản", "Chuyên đề văn hóa xã hội",
                         "Xóa mù chữ và sau biết chữ"};

std::string Grouped(long v) {
  std::string s = std::to_string(v);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ".");
  return s;
}

std::string P(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string Cell(const std::string& text, const std::string& props = "") {
  return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + P(text) + "</w:tc>";
}

std::string Document(std::mt19937& rng, int n) {
  std::string commune = kCommunes[rng() % 10];
  int year = 2020 + static_cast<int>(rng() % 6);
  std::string body;
  body += "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" +
          Cell("UBND XÃ " + commune + "\nTRUNG TÂM HỌC TẬP CỘNG ĐỒNG") +
          Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + "</w:tr><w:tr>" +
          Cell("Số: " + std::to_string(n % 90 + 1) + "/BC-TTHTCĐ") +
          Cell(commune + ", ngày " + std::to_string(rng() % 28 + 1) + " tháng 12 năm " + std::to_string(year)) +
          "</w:tr></w:tbl>";
  body += P("BÁO CÁO") + P("Kết quả hoạt động Trung tâm học tập cộng đồng năm " + std::to_string(year));
  body += P("Kính gửi: UBND huyện Phú Bình") + P("1. Kết quả cụ thể");
  body += "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" +
          Cell("TT", "<w:vMerge w:val=\"restart\"/>") + Cell("Tên hoạt động", "<w:vMerge w:val=\"restart\"/>") +
          Cell("Số lớp", "<w:vMerge w:val=\"restart\"/>") +
          Cell("Số lượt người tham gia", "<w:gridSpan w:val=\"2\"/>") + "</w:tr><w:tr>" + Cell("", "<w:vMerge/>") +
          Cell("", "<w:vMerge/>") + Cell("", "<w:vMerge/>") + Cell("Tổng số") + Cell("Nữ") + "</w:tr>";
  int rows = 6 + static_cast<int>(rng() % 9);
  for (int r = 0; r < rows; ++r) {
    long people = 20 + static_cast<long>(rng() % 2400);
    body += "<w:tr>" + Cell(std::to_string(r + 1)) + Cell(kTopics[rng() % 10]) +
            Cell(std::to_string(1 + rng() % 12)) + Cell(Grouped(people)) +
            Cell(Grouped(static_cast<long>(rng() % static_cast<unsigned>(people + 1)))) + "</w:tr>";
  }
  body += "</w:tbl>" + P("2. Kinh phí");
  body += P("- Tổng kinh phí hỗ trợ từ ngân sách nhà nước: " + Grouped(1000000L * (10 + rng() % 40)) + " đồng");
  body += P("- Kinh phí do xã hội hóa: " + Grouped(100000L * (rng() % 60)) + "đ");
  body += P("- Kinh phí do học viên đóng góp: 0đ");
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

bool Add(zip_t* z, const char* name, const std::string& data) {
  char* copy = static_cast<char*>(std::malloc(data.size()));
  std::copy(data.begin(), data.end(), copy);
  zip_source_t* src = zip_source_buffer(z, copy, data.size(), 1);
  return src != nullptr && zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8) >= 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_reports N DIR\n");
    return 2;
  }
  int n = std::atoi(argv[1]);
  std::mt19937 rng(20261123);
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
      "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  for (int i = 0; i < n; ++i) {
    char name[512];
    std::snprintf(name, sizeof name, "%s/bao-cao-%05d.docx", argv[2], i);
    int err = 0;
    zip_t* z = zip_open(name, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (z == nullptr || !Add(z, "[Content_Types].xml", types) || !Add(z, "_rels/.rels", rels) ||
        !Add(z, "word/document.xml", Document(rng, i)) || zip_close(z) != 0) {
      std::fprintf(stderr, "cannot write %s\n", name);
      return 1;
    }
  }
  return 0;
}
