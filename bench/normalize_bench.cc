// normalize_bench: normaliser throughput on a large generated text, and the
// share of each pipeline stage on real documents. Prints figures; asserts
// nothing (speed is measured here, never in unit tests).
//
//   normalize_bench [--mb N] [--rules DIR] [FILE.docx ...]
//
// The text is report prose and table cells generated from templates with
// random figures and place names, in the forms the normaliser meets: NFC and
// NFD, both tone-mark placements, NBSP and tabs, look-alikes. With files,
// each is converted, normalised and extracted 20 times and the mean time
// of each stage is printed, so "the normaliser is not the slowest stage"
// can be checked.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/extract.h"
#include "extractors/rules.h"
#include "ingest/converter.h"
#include "normalize/legacy.h"
#include "normalize/normalize_document.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace {

using Clock = std::chrono::steady_clock;
using baocao::normalize::LegacyEncoding;

const char* const kPlaces[] = {"Tân Hương", "Định Hoá", "Định Hóa", "Khánh Hoà", "Yên Lạc", "Thượng Nhật",
                               "Tân Thuỷ", "Lâm Hóa", "Phúc Thịnh", "Minh Hoà", "Nam Đông", "Thạch Lâm"};
const char* const kTopics[] = {"Giáo dục pháp luật", "Chăm sóc sức khoẻ", "Bảo vệ môi trường",
                               "Chuyển giao khoa học kỹ thuật", "Văn hoá - xã hội", "Kỹ năng sống",
                               "Xoá mù chữ", "Tin học ứng dụng", "Thuỷ lợi nội đồng"};
// Decomposed (NFD) forms as PDFs and Macs give them.
const char* const kNfd[] = {"Ho\xcc\x80" "a Bi\xcc\x80nh", "Khuye\xcc\x82\xcc\x81n ho\xcc\xa3" "c",
                            "Trung ta\xcc\x82m ho\xcc\xa3" "c ta\xcc\xa3\xcc\x82p"};

std::string Vn(long long n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

std::vector<std::string> GenerateLines(std::size_t bytes) {
  std::mt19937 rng(42);
  auto pick = [&rng](auto& list) { return list[std::uniform_int_distribution<std::size_t>(0, std::size(list) - 1)(rng)]; };
  auto num = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  std::vector<std::string> lines;
  std::size_t total = 0;
  while (total < bytes) {
    std::string line;
    switch (num(0, 7)) {
      case 0:
        line = "- Chuyên đề " + std::string(pick(kTopics)) + ": " + std::to_string(num(1, 30)) + " lớp, " +
               Vn(num(20, 20000)) + " lượt người, trong đó nữ " + Vn(num(10, 9000)) + " người.";
        break;
      case 1:
        line = "Tổng kinh phí cấp năm " + std::to_string(num(2015, 2025)) + " là: " + Vn(num(1, 900) * 100000LL) +
               " đồng (Bằng chữ: Ba mươi triệu tám trăm nghìn đồng).";
        break;
      case 2:
        line = std::string(pick(kPlaces)) + ", ngày " + std::to_string(num(1, 28)) + " tháng " +
               std::to_string(num(1, 12)) + " năm " + std::to_string(num(2018, 2025));
        break;
      case 3:
        line = "Đã tổ chức " + std::to_string(num(100, 300)) + "/" + std::to_string(num(100, 300)) +
               " lớp, đạt " + std::to_string(num(80, 130)) + "," + std::to_string(num(0, 9)) +
               "% kế hoạch; diện tích " + Vn(num(1000, 9999)) + "," + std::to_string(num(10, 99)) + " ha.";
        break;
      case 4:
        line = std::to_string(num(1, 20)) + "\t" + std::string(pick(kTopics)) + "\t" + std::to_string(num(1, 9)) +
               "\t" + Vn(num(10, 2000)) + "\t" + Vn(num(5, 900));
        break;
      case 5:
        line = std::string(pick(kNfd)) + "\xc2\xa0 xã " + pick(kPlaces) + " \xe2\x80\x93 giai đoạn 2021 \xe2\x80\x93 2030";
        break;
      case 6:
        line = "UỶ BAN NHÂN DÂN XÃ " + baocao::normalize::ToUpper(pick(kPlaces)) +
               "  Số: " + std::to_string(num(1, 300)) + "/BC-UBND  Sơ kết 6 tháng đầu năm 2025, Quý II/2025";
        break;
      default:
        line = "Căn cứ Quyết định số 14/2013/QĐ-UBND ngày 30/7/2013 của UBND tỉnh, Trung tâm học tập cộng đồng "
               "xã " + std::string(pick(kPlaces)) + " phối hợp Hội Khuyến học mở lớp sức khoẻ sinh sản.";
        break;
    }
    total += line.size() + 1;
    lines.push_back(std::move(line));
  }
  return lines;
}

std::size_t Bytes(const std::vector<std::string>& lines) {
  std::size_t n = 0;
  for (const std::string& l : lines) n += l.size() + 1;
  return n;
}

// Runs fn once and prints MB/s over `bytes`.
void Measure(const char* what, std::size_t bytes, const std::function<std::size_t()>& fn) {
  const auto start = Clock::now();
  const std::size_t sink = fn();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("  %-46s %8.1f MB/s  (%.2f s, check %zu)\n", what, bytes / 1e6 / seconds, seconds, sink);
}

baocao::Document AsDocument(const std::vector<std::string>& lines) {
  baocao::Document doc;
  doc.format = "txt";
  for (const std::string& l : lines) doc.AddBodyParagraph(l);
  return doc;
}

void TextFigures(std::size_t mb) {
  const std::vector<std::string> lines = GenerateLines(mb * 1000 * 1000);
  const std::size_t bytes = Bytes(lines);
  std::vector<std::string> canonical;
  canonical.reserve(lines.size());
  for (const std::string& l : lines) canonical.push_back(baocao::normalize::CanonicalText(l));
  std::printf("generated text: %zu lines, %.1f MB\n", lines.size(), bytes / 1e6);

  Measure("CanonicalText (paragraphs)", bytes, [&] {
    std::size_t n = 0;
    for (const std::string& l : lines) n += baocao::normalize::CanonicalText(l).size();
    return n;
  });
  Measure("CanonicalText (cells, keep_newlines)", bytes, [&] {
    std::size_t n = 0;
    for (const std::string& l : lines) n += baocao::normalize::CanonicalText(l, {.keep_newlines = true}).size();
    return n;
  });
  Measure("CanonicalText (modern tone marks)", bytes, [&] {
    std::size_t n = 0;
    for (const std::string& l : lines) n += baocao::normalize::CanonicalText(l, {.modern_tone_marks = true}).size();
    return n;
  });
  Measure("FoldKey (on canonical text)", bytes, [&] {
    std::size_t n = 0;
    for (const std::string& l : canonical) n += baocao::normalize::FoldKey(l).size();
    return n;
  });
  Measure("FindNumbers (default)", bytes, [&] {
    std::size_t n = 0;
    for (const std::string& l : canonical) n += baocao::normalize::FindNumbers(l).size();
    return n;
  });
  Measure("FindNumbers (dates, words, ocr_repair)", bytes, [&] {
    std::size_t n = 0;
    const baocao::normalize::NumberOptions all{.dates = true, .words = true, .ocr_repair = true};
    for (const std::string& l : canonical) n += baocao::normalize::FindNumbers(l, all).size();
    return n;
  });
  Measure("NormalizeDocument (Unicode, detection on)", bytes, [&] {
    baocao::Document doc = AsDocument(lines);
    baocao::normalize::NormalizeDocument(&doc);
    return doc.body.size();
  });

  std::vector<std::string> tcvn3;
  std::vector<std::string> vni;
  for (const std::string& l : canonical) {
    tcvn3.push_back(baocao::normalize::EncodeLegacy(l, LegacyEncoding::kTcvn3));
    vni.push_back(baocao::normalize::EncodeLegacy(l, LegacyEncoding::kVni));
  }
  Measure("DecodeLegacy TCVN3", Bytes(tcvn3), [&] {
    std::size_t n = 0;
    for (const std::string& l : tcvn3) n += baocao::normalize::DecodeLegacy(l, LegacyEncoding::kTcvn3).size();
    return n;
  });
  Measure("DecodeLegacy VNI", Bytes(vni), [&] {
    std::size_t n = 0;
    for (const std::string& l : vni) n += baocao::normalize::DecodeLegacy(l, LegacyEncoding::kVni).size();
    return n;
  });
  Measure("NormalizeDocument (TCVN3 without fonts)", Bytes(tcvn3), [&] {
    baocao::Document doc = AsDocument(tcvn3);
    baocao::normalize::NormalizeDocument(&doc);
    return doc.warnings.size();
  });
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void PipelineFigures(const std::vector<std::string>& files, const std::string& rules_dir) {
  baocao::Result<baocao::RuleSet> rules = baocao::RuleSet::LoadDirectory(rules_dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "normalize_bench: %s\n", rules.status().reason().c_str());
    return;
  }
  constexpr int kRepeat = 20;
  double convert = 0;
  double normalize = 0;
  double extract = 0;
  std::size_t bytes = 0;
  int documents = 0;
  for (const std::string& path : files) {
    const std::string data = ReadFile(path);
    for (int r = 0; r < kRepeat; ++r) {
      auto t0 = Clock::now();
      baocao::Result<baocao::Document> doc = baocao::ConvertBytes(data);
      auto t1 = Clock::now();
      if (!doc.ok()) break;
      baocao::normalize::NormalizeDocument(&doc.value());
      auto t2 = Clock::now();
      baocao::DocumentInfo info;
      info.file = path;
      const baocao::Extraction e = baocao::Extract(doc.value(), rules.value(), info);
      auto t3 = Clock::now();
      convert += std::chrono::duration<double>(t1 - t0).count();
      normalize += std::chrono::duration<double>(t2 - t1).count();
      extract += std::chrono::duration<double>(t3 - t2).count();
      bytes += data.size();
      ++documents;
      if (e.records.size() > 1000000) std::printf("?");
    }
  }
  if (documents == 0) return;
  const double total = convert + normalize + extract;
  std::printf("pipeline on %zu file(s) x %d: %.3f ms per document, %.1f MB/s\n", files.size(), kRepeat,
              total * 1e3 / documents, static_cast<double>(bytes) / 1e6 / total);
  std::printf("  %-12s %8.3f ms  %5.1f%%\n", "convert", convert * 1e3 / documents, 100 * convert / total);
  std::printf("  %-12s %8.3f ms  %5.1f%%\n", "normalize", normalize * 1e3 / documents, 100 * normalize / total);
  std::printf("  %-12s %8.3f ms  %5.1f%%\n", "extract", extract * 1e3 / documents, 100 * extract / total);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t mb = 20;
  std::string rules_dir = BAOCAO_SOURCE_RULES_DIR;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      mb = static_cast<std::size_t>(std::strtoul(argv[++i], nullptr, 10));
    } else if (arg == "--rules" && i + 1 < argc) {
      rules_dir = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      std::printf("usage: normalize_bench [--mb N] [--rules DIR] [FILE.docx ...]\n");
      return 0;
    } else {
      files.push_back(arg);
    }
  }
  if (mb > 0) TextFigures(mb);
  if (!files.empty()) PipelineFigures(files, rules_dir);
  return 0;
}
