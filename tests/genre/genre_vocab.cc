// The generator's vocabulary: activity names per topic in three wordings,
// place and person names, partner units, and the text variants (tone-mark
// placement, abbreviations typed without diacritics). All invented for the
// project in the genre's usual phrasing.
#include <cstring>
#include <map>

#include "tests/genre/genre_internal.h"

namespace baocao::genre {
namespace {

struct Wordings {
  std::vector<std::pair<std::string, std::string>> keyword;   // (label, phrase)
  std::vector<std::pair<std::string, std::string>> activity;
  std::string code;                                           // "" when the genre has none
};

const std::map<std::string, Wordings>& Table() {
  static const std::map<std::string, Wordings> t = {
      {"kinh_te",
       {{{"Phát triển kinh tế", "chuyên đề phát triển kinh tế"},
         {"Kinh tế – thu nhập", "chuyên đề kinh tế, tăng thu nhập"},
         {"Chuyển giao khoa học kỹ thuật", "lớp chuyển giao khoa học kỹ thuật"}},
        {{"Tập huấn kỹ thuật chăn nuôi bò sinh sản", "lớp tập huấn kỹ thuật chăn nuôi bò sinh sản"},
         {"Hướng dẫn trồng và chăm sóc cây chè", "lớp hướng dẫn trồng, chăm sóc cây chè"},
         {"Kỹ thuật nuôi cá nước ngọt", "lớp kỹ thuật nuôi cá nước ngọt"},
         {"Sản xuất lúa theo hướng hữu cơ", "lớp sản xuất lúa theo hướng hữu cơ"}},
        "KT"}},
      {"van_hoa_xa_hoi",
       {{{"Văn hóa – Xã hội", "chuyên đề văn hóa – xã hội"},
         {"Giáo dục văn hóa, xã hội", "chuyên đề giáo dục văn hóa, xã hội"}},
        {{"Xây dựng gia đình văn hóa, nếp sống văn minh", "buổi tuyên truyền xây dựng gia đình văn hóa"},
         {"Phòng, chống tệ nạn xã hội trong thanh niên", "buổi tuyên truyền phòng, chống tệ nạn xã hội"}},
        "VH-XH"}},
      {"phap_luat",
       {{{"Giáo dục pháp luật", "chuyên đề giáo dục pháp luật"},
         {"Phổ biến, giáo dục pháp luật", "chuyên đề phổ biến, giáo dục pháp luật"}},
        {{"Tuyên truyền Luật Đất đai", "buổi tuyên truyền Luật Đất đai"},
         {"Phổ biến Luật Giao thông đường bộ", "buổi phổ biến Luật Giao thông đường bộ"},
         {"Tìm hiểu Luật Hôn nhân và gia đình", "buổi tìm hiểu Luật Hôn nhân và gia đình"}},
        "PL"}},
      {"suc_khoe",
       {{{"Chăm sóc sức khỏe", "chuyên đề chăm sóc sức khỏe"},
         {"Giáo dục bảo vệ sức khỏe", "chuyên đề bảo vệ sức khỏe"}},
        {{"Phòng, chống sốt xuất huyết", "buổi tuyên truyền phòng, chống sốt xuất huyết"},
         {"Dinh dưỡng cho trẻ em dưới 5 tuổi", "buổi hướng dẫn dinh dưỡng cho trẻ em"},
         {"Vệ sinh an toàn thực phẩm trong gia đình", "buổi tuyên truyền vệ sinh an toàn thực phẩm"}},
        "SK"}},
      {"moi_truong",
       {{{"Bảo vệ môi trường", "chuyên đề bảo vệ môi trường"},
         {"Giáo dục bảo vệ môi trường", "chuyên đề giáo dục bảo vệ môi trường"}},
        {{"Phân loại rác thải tại hộ gia đình", "buổi hướng dẫn phân loại rác thải"},
         {"Thu gom rác thải nhựa ở khu dân cư", "đợt ra quân thu gom rác thải nhựa"}},
        "MT"}},
      {"ky_nang_song",
       {{{"Giáo dục kỹ năng sống", "chuyên đề giáo dục kỹ năng sống"}},
        {{"Kỹ năng sống cho thanh thiếu niên", "lớp kỹ năng sống cho thanh thiếu niên"},
         {"Kỹ năng sống: phòng, chống đuối nước cho trẻ em", "lớp kỹ năng sống phòng, chống đuối nước"}},
        "KNS"}},
      {"xoa_mu_chu",
       {{{"Xóa mù chữ", "lớp xóa mù chữ"}, {"Xóa mù chữ và giáo dục sau biết chữ", "lớp xóa mù chữ"}},
        {{"Lớp xóa mù chữ cho người dân tộc thiểu số", "lớp xóa mù chữ cho người dân tộc thiểu số"},
         {"Giáo dục tiếp tục sau khi biết chữ", "lớp giáo dục sau biết chữ"}},
        "XMC"}},
      {"hoc_nghe",
       {{{"Học nghề ngắn hạn", "lớp học nghề ngắn hạn"}, {"Dạy nghề cho lao động nông thôn", "lớp dạy nghề"}},
        {{"Dạy nghề may công nghiệp", "lớp dạy nghề may công nghiệp"},
         {"Dạy nghề đan lát mây tre", "lớp dạy nghề đan lát mây tre"}},
        "HN"}},
      {"van_nghe_the_thao",
       {{{"Văn nghệ, thể dục thể thao", "buổi văn nghệ, thể dục thể thao"}},
        {{"Giao lưu văn nghệ chào mừng ngày hội đại đoàn kết", "buổi giao lưu văn nghệ"},
         {"Thi đấu thể thao quần chúng", "buổi thi đấu thể thao quần chúng"}},
        ""}},
      {"ngoai_ngu_tin_hoc",
       {{{"Tin học cơ bản", "lớp tin học cơ bản"}, {"Ngoại ngữ, tin học", "lớp ngoại ngữ, tin học"}},
        {{"Sử dụng điện thoại thông minh, dịch vụ công trực tuyến", "lớp hướng dẫn sử dụng điện thoại thông minh"},
         {"Tiếng Anh giao tiếp cho thiếu nhi", "lớp tiếng Anh giao tiếp"}},
        ""}},
      {"khac",
       {{{"Các chuyên đề khác", "chuyên đề khác"}},
        {{"Các hoạt động khác", "buổi sinh hoạt chuyên đề khác"}},
        ""}},
  };
  return t;
}

}  // namespace

std::vector<TopicPhrase> PhrasesOf(const std::string& topic, const std::string& wording) {
  const Wordings& w = Table().at(topic);
  std::vector<TopicPhrase> out;
  const auto& list = wording == "activity" ? w.activity : w.keyword;
  for (const auto& [label, phrase] : list) {
    std::string l = label;
    if (wording == "code" && !w.code.empty()) l += " (" + w.code + ")";
    out.push_back({topic, l, phrase});
  }
  return out;
}

const std::vector<std::string>& AllTopics() {
  static const std::vector<std::string> t = {"kinh_te",     "van_hoa_xa_hoi", "phap_luat", "suc_khoe",
                                             "moi_truong",  "ky_nang_song",   "xoa_mu_chu", "hoc_nghe",
                                             "van_nghe_the_thao", "ngoai_ngu_tin_hoc", "khac"};
  return t;
}

const std::vector<std::string>& CommuneNames() {
  static const std::vector<std::string> n = {
      "Tân Hòa",  "Phúc Thủy", "Minh Khai", "Yên Lạc",   "Đồng Tâm",  "Quang Hóa", "Bình Xuyên", "Nà Khoang",
      "Thạch Hòa", "Vĩnh Thủy", "Hợp Tiến", "Lương Sơn", "Cao Phong", "Kim Đôi",   "Hòa Lạc",    "Trung Thủy",
      "Tân Lập",  "Đại Đồng",  "Xuân Hóa", "Mường Phăng"};
  return n;
}

const std::vector<std::string>& CommuneNamesEndingInAGrave() {
  static const std::vector<std::string> n = {"Sơn Hà", "Yên Hà", "Thanh Hà", "Cẩm Hà", "Nghĩa Hà"};
  return n;
}

const std::vector<std::string>& DistrictNames() {
  static const std::vector<std::string> n = {"Định Hóa", "Lạc Thủy", "Văn Quan", "Tân Kỳ",  "Hòa An",
                                             "Cẩm Xuyên", "Yên Thủy", "Bắc Sơn", "Phú Bình", "Thuận Hòa"};
  return n;
}

const std::vector<std::string>& ProvinceNames() {
  static const std::vector<std::string> n = {"Thái Nguyên", "Lạng Sơn", "Hà Tĩnh",    "Thanh Hóa",
                                             "Khánh Hòa",   "Cao Bằng", "Hòa Bình", "Tuyên Quang"};
  return n;
}

const std::vector<std::string>& PersonNames() {
  static const std::vector<std::string> n = {"Nguyễn Văn Hùng", "Trần Thị Thủy", "Lê Quang Hòa", "Hoàng Thị Mai",
                                             "Phạm Đức Thắng",  "Vi Văn Tuấn",   "Lường Thị Hoa"};
  return n;
}

const std::vector<std::string>& PartnerUnits() {
  static const std::vector<std::string> n = {"Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Trạm Y tế xã",
                                             "Đoàn Thanh niên xã", "Công an xã", "Hội Cựu chiến binh xã",
                                             "Các chi hội phụ nữ", "Các chi hội nông dân"};
  return n;
}

namespace {

// Lower/upper pairs of the letters the vocabulary uses (UTF-8).
const std::vector<std::pair<std::string, std::string>>& CasePairs() {
  static const std::vector<std::pair<std::string, std::string>> p = [] {
    const char* lower =
        "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ "
        "ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ";
    const char* upper =
        "À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ Ì Í Ỉ Ĩ Ị Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ "
        "Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ Đ";
    std::vector<std::string> lo, up;
    auto split = [](const char* s, std::vector<std::string>* out) {
      std::string cur;
      for (const char* q = s; *q != '\0'; ++q) {
        if (*q == ' ') {
          out->push_back(cur);
          cur.clear();
        } else {
          cur += *q;
        }
      }
      out->push_back(cur);
    };
    split(lower, &lo);
    split(upper, &up);
    std::vector<std::pair<std::string, std::string>> r;
    for (std::size_t i = 0; i < lo.size() && i < up.size(); ++i) r.emplace_back(lo[i], up[i]);
    return r;
  }();
  return p;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

}  // namespace

std::string Upper(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch < 0x80) {
      out += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
      ++i;
      continue;
    }
    bool done = false;
    for (const auto& [lo, up] : CasePairs()) {
      if (s.compare(i, lo.size(), lo) == 0) {
        out += up;
        i += lo.size();
        done = true;
        break;
      }
    }
    if (!done) {
      out += s[i];
      ++i;
    }
  }
  return out;
}

std::string LowerFirst(const std::string& s) {
  if (s.empty()) return s;
  unsigned char ch = static_cast<unsigned char>(s[0]);
  if (ch < 0x80) return std::string(1, static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch)) + s.substr(1);
  for (const auto& [lo, up] : CasePairs())
    if (s.compare(0, up.size(), up) == 0) return lo + s.substr(up.size());
  return s;
}

std::string OldToneMarks(const std::string& s) {
  // (new, old) for o+a, o+e, u+y with the mark moved to the second vowel.
  static const std::vector<std::pair<std::string, std::string>> pairs = {
      {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"}, {"òe", "oè"}, {"óe", "oé"},
      {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"}, {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"},
      {"ụy", "uỵ"}, {"ÒA", "OÀ"}, {"ÓA", "OÁ"}, {"ỎA", "OẢ"}, {"ỌA", "OẠ"}, {"ÙY", "UỲ"}, {"ỦY", "UỶ"},
      {"ÚY", "UÝ"}, {"ỤY", "UỴ"}};
  std::string out = s;
  for (const auto& [from, to] : pairs) {
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      std::size_t end = at + from.size();
      unsigned char next = end < out.size() ? static_cast<unsigned char>(out[end]) : ' ';
      bool syllable_goes_on = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next >= 0x80;
      bool after_q = at > 0 && (out[at - 1] == 'q' || out[at - 1] == 'Q');
      if (!syllable_goes_on && !after_q) out.replace(at, from.size(), to);
    }
  }
  return out;
}

std::string PlainAbbreviations(const std::string& s) {
  std::string out = ReplaceAll(s, "TTHTCĐ", "TTHTCD");
  out = ReplaceAll(out, "HTCĐ", "HTCD");
  return ReplaceAll(out, "GDĐT", "GDDT");
}

}  // namespace baocao::genre
