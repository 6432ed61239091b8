// make_seeds SOURCE_DIR OUT_DIR: writes the seed corpus of every fuzz target
// into OUT_DIR/TARGET/, made from the project's own samples (samples/) and
// hostile fixtures (tests/data/hostile/), so nothing binary is committed for
// fuzzing. Files are copied for the targets that read files; the others get
// what the pipeline makes of the samples: XML parts of the DOCX samples,
// their text (UTF-8 and the legacy samples' 8-bit bytes), rules plus a
// document, stored document JSON, worker replies, small page images
// rendered from the scanned samples, and config files.
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "batch/worker_wire.h"
#include "document/document_json.h"
#include "ingest/converter.h"
#include "ingest/pdf/render.h"
#include "ingest/docx/zip_archive.h"
#include "normalize/normalize_document.h"
#include "pipeline/pipeline.h"

namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteFile(const fs::path& path, std::string_view bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<fs::path> Files(const fs::path& dir, const std::string& suffix) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The document as text: a line per paragraph, a table row per line with its
// cells joined by " | " (fuzz_support.h reads it back), `orig` or `text`.
std::string DocumentText(const baocao::Document& doc, bool canonical) {
  std::string out;
  for (const baocao::Block& b : doc.body) {
    if (b.is_paragraph()) {
      out += canonical ? b.paragraph.text : b.paragraph.orig;
      out += '\n';
      continue;
    }
    for (int r = 0; r < b.table.rows; ++r) {
      for (int c = 0; c < b.table.cols; ++c) {
        const baocao::TableCell* cell = b.table.CellAt(r, c);
        std::string cell_text = cell == nullptr ? "" : canonical ? cell->text : cell->orig;
        std::replace(cell_text.begin(), cell_text.end(), '\n', ' ');
        out += (c > 0 ? " | " : "") + cell_text;
      }
      out += '\n';
    }
  }
  return out;
}

// U+0000..U+00FF characters as bytes (how 8-bit legacy text arrives in a
// .txt file); nullopt when the text has any other non-ASCII character.
std::optional<std::string> AsLatin1(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if ((c & 0xE0) == 0xC0 && i + 1 < utf8.size() && c <= 0xC3) {
      out.push_back(static_cast<char>(((c & 0x1F) << 6) | (utf8[i + 1] & 0x3F)));
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// Pieces of about `size` bytes, cut at line ends.
std::vector<std::string> Chunks(const std::string& text, std::size_t size) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t end = std::min(text.size(), from + size);
    const std::size_t nl = text.rfind('\n', end);
    if (end < text.size() && nl != std::string::npos && nl > from) end = nl + 1;
    out.push_back(text.substr(from, end - from));
    from = end;
  }
  return out;
}

std::string PixBytes(Pix* pix, int format) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, pix, format) != 0 || data == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

// Small images of a scanned sample's first page: PNG and JPEG grey, TIFF G4
// (one page, and two pages), a PNG crop at a higher resolution.
void ImageSeeds(const fs::path& scan_pdf, const fs::path& out, const std::string& stem) {
  const std::string bytes = ReadFile(scan_pdf);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf || pdf->pages() < 1) return;
  std::unique_ptr<poppler::page> page(pdf->create_page(0));
  if (!page) return;
  baocao::PixPtr small = baocao::RenderPageGray(*page, 24, 0, true);
  baocao::PixPtr large = baocao::RenderPageGray(*page, 100, 0, true);
  if (!small || !large) return;
  WriteFile(out / (stem + ".png"), PixBytes(small.get(), IFF_PNG));
  WriteFile(out / (stem + ".jpg"), PixBytes(small.get(), IFF_JFIF_JPEG));
  baocao::PixPtr binary(pixConvertTo1(small.get(), 128));
  if (binary) {
    WriteFile(out / (stem + ".tif"), PixBytes(binary.get(), IFF_TIFF_G4));
    const fs::path two = out / (stem + ".2pages.tif");
    pixWriteTiff(two.c_str(), binary.get(), IFF_TIFF_G4, "w");
    pixWriteTiff(two.c_str(), binary.get(), IFF_TIFF_G4, "a");
  }
  baocao::BoxPtr box(boxCreate(0, pixGetHeight(large.get()) / 3, 500, 120));
  baocao::PixPtr crop(pixClipRectangle(large.get(), box.get(), nullptr));
  if (crop) WriteFile(out / (stem + ".crop.png"), PixBytes(crop.get(), IFF_PNG));
}

// A small PDF of `pages` content streams (Helvetica, WinAnsi: Latin-1
// bytes), each page `rotate` degrees turned: a few hundred bytes, so the PDF
// target spends its time on our code rather than on the samples' fonts.
std::string TinyPdf(const std::vector<std::string>& pages, int rotate) {
  std::vector<std::string> objects;
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (std::size_t i = 0; i < pages.size(); ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 300] /Rotate " + std::to_string(rotate) +
                      " /Resources << /Font << /F1 3 0 R >> >> /Contents " + std::to_string(5 + 2 * i) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(pages[i].size()) + " >>\nstream\n" + pages[i] + "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// Text lines at (x, y) in 10 pt Helvetica; UTF-8 in, WinAnsi out (a letter
// outside Latin-1 is printed as '?', as a PDF with a poor font shows it).
std::string TextOps(const std::vector<std::tuple<int, int, std::string>>& lines) {
  std::string ops;
  for (const auto& [x, y, text] : lines) {
    std::string latin1;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        latin1.push_back(static_cast<char>(c));
      } else if ((c == 0xC2 || c == 0xC3) && i + 1 < text.size()) {
        latin1.push_back(static_cast<char>(((c & 0x1F) << 6) | (text[++i] & 0x3F)));
      } else if (c >= 0xC0) {
        latin1.push_back('?');
      }
    }
    ops += "BT /F1 10 Tf " + std::to_string(x) + " " + std::to_string(y) + " Td (" + latin1 + ") Tj ET\n";
  }
  return ops;
}

// A ruled grid of `rows` x `cols` cells from (x, y) down, cells w x h, with
// the given texts row by row.
std::string GridOps(int x, int y, int w, int h, int rows, int cols, const std::vector<std::string>& texts) {
  std::string ops = "0.5 w\n";
  for (int r = 0; r <= rows; ++r) {
    ops += std::to_string(x) + " " + std::to_string(y - r * h) + " m " + std::to_string(x + cols * w) + " " +
           std::to_string(y - r * h) + " l S\n";
  }
  for (int c = 0; c <= cols; ++c) {
    ops += std::to_string(x + c * w) + " " + std::to_string(y) + " m " + std::to_string(x + c * w) + " " +
           std::to_string(y - rows * h) + " l S\n";
  }
  std::vector<std::tuple<int, int, std::string>> lines;
  for (std::size_t i = 0; i < texts.size() && i < static_cast<std::size_t>(rows * cols); ++i) {
    const int r = static_cast<int>(i) / cols;
    const int c = static_cast<int>(i) % cols;
    lines.emplace_back(x + c * w + 3, y - r * h - h + 5, texts[i]);
  }
  return ops + TextOps(lines);
}

void TinyPdfSeeds(const fs::path& out) {
  const std::string header = TextOps({{40, 270, "UBND XÃ TÂN HÒA"},
                                      {230, 270, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
                                      {40, 255, "Số: 45/BC-UBND"},
                                      {230, 255, "Tân Hòa, ngày 12 tháng 12 năm 2024"},
                                      {150, 235, "BÁO CÁO"},
                                      {90, 222, "Kết quả hoạt động năm 2024"}});
  const std::string prose = TextOps({{40, 200, "- Tin học: 12 lớp, 1.245 lượt người, đạt 112,0%;"},
                                     {40, 186, "- Kinh phí ngân sách: 30.800.000 đồng (6,8 triệu)."},
                                     {40, 172, "Tổng cộng 168/150 lớp, 15.930/14.800 lượt người."}});
  const std::string table = GridOps(40, 200, 85, 18, 4, 4,
                                    {"TT", "Nội dung", "Số lớp", "Lượt người", "1", "Tin học", "12", "1.245", "2",
                                     "Pháp luật", "04", "", "", "Tổng cộng", "16", "1.245"});
  const std::string drawing = "0 0 0 rg 60 60 300 180 re f\n1 1 1 rg 80 80 100 20 re f\n";
  WriteFile(out / "tiny-prose.pdf", TinyPdf({header + prose}, 0));
  WriteFile(out / "tiny-table.pdf", TinyPdf({header + table}, 0));
  WriteFile(out / "tiny-two-pages.pdf", TinyPdf({header + prose, table}, 90));
  WriteFile(out / "tiny-no-text.pdf", TinyPdf({drawing}, 0));
  WriteFile(out / "tiny-mixed.pdf", TinyPdf({header + table, drawing}, 0));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_seeds SOURCE_DIR OUT_DIR\n");
    return 2;
  }
  const fs::path source = argv[1];
  const fs::path out = argv[2];
  const fs::path samples = source / "samples";
  const fs::path hostile = source / "tests" / "data" / "hostile";
  setLeptDebugOK(0);
  for (const char* target : {"file_type", "zip", "xml", "docx", "pdf", "image", "text", "normalize_text", "numbers",
                             "dates", "legacy", "rules", "config", "document_json", "worker_wire"}) {
    fs::create_directories(out / target);
  }

  baocao::Result<baocao::RuleSet> loaded = baocao::RuleSet::LoadDirectory((source / "rules").string());
  if (!loaded.ok()) {
    std::fprintf(stderr, "make_seeds: %s\n", loaded.status().reason().c_str());
    return 1;
  }
  const baocao::RuleSet& rules = loaded.value();
  std::string all_rules;
  for (const fs::path& r : Files(source / "rules", ".rules")) all_rules += ReadFile(r);

  for (const fs::path& f : Files(hostile, ".docx")) {
    for (const char* target : {"docx", "zip", "file_type"}) fs::copy_file(f, out / target / f.filename(), fs::copy_options::overwrite_existing);
  }
  int n = 0;
  for (const fs::path& f : Files(samples, ".pdf")) {
    const std::string name = f.filename().string();
    if (EndsWith(name, ".scan.pdf")) {
      if (n++ % 4 == 0) ImageSeeds(f, out / "image", f.stem().string());
      continue;
    }
    fs::copy_file(f, out / "pdf" / f.filename(), fs::copy_options::overwrite_existing);
    fs::copy_file(f, out / "file_type" / f.filename(), fs::copy_options::overwrite_existing);
  }
  TinyPdfSeeds(out / "pdf");
  for (const fs::path& f : Files(out / "image", "")) {
    fs::copy_file(f, out / "file_type" / f.filename(), fs::copy_options::overwrite_existing);
  }

  for (const fs::path& f : Files(samples, ".docx")) {
    const std::string stem = f.stem().string();
    const std::string bytes = ReadFile(f);
    for (const char* target : {"docx", "zip", "file_type"}) {
      fs::copy_file(f, out / target / f.filename(), fs::copy_options::overwrite_existing);
    }
    baocao::Result<baocao::ZipArchive> zip = baocao::ZipArchive::Open(bytes, baocao::DocxLimits{});
    if (zip.ok()) {
      for (const std::string& part : zip.value().names()) {
        if (!EndsWith(part, ".xml")) continue;
        baocao::Result<std::string> xml = zip.value().Read(part);
        std::string flat = part;
        std::replace(flat.begin(), flat.end(), '/', '_');
        if (xml.ok()) WriteFile(out / "xml" / (stem + "." + flat), xml.value());
      }
    }

    baocao::Result<baocao::Document> doc = baocao::ConvertBytes(bytes);
    if (!doc.ok()) continue;
    baocao::Document normalised = doc.value();
    baocao::normalize::NormalizeDocument(&normalised);
    const std::string orig = DocumentText(doc.value(), false);
    const std::string text = DocumentText(normalised, true);
    WriteFile(out / "text" / (stem + ".txt"), text);
    if (std::optional<std::string> latin1 = AsLatin1(orig); latin1 && *latin1 != text) {
      WriteFile(out / "text" / (stem + ".8bit.txt"), *latin1);
      WriteFile(out / "legacy" / (stem + ".8bit.txt"), latin1->substr(0, 2000));
    }
    WriteFile(out / "file_type" / (stem + ".txt"), text);
    int k = 0;
    for (const std::string& chunk : Chunks(text, 1000)) {
      const std::string name = stem + "." + std::to_string(k++) + ".txt";
      for (const char* target : {"normalize_text", "numbers", "dates", "legacy"}) WriteFile(out / target / name, chunk);
    }
    WriteFile(out / "rules" / (stem + ".all"), all_rules + std::string(1, '\0') + text);
    baocao::Result<baocao::Processed> processed = baocao::ProcessBytes(bytes, f.filename().string(), rules);
    if (processed.ok()) WriteFile(out / "document_json" / (stem + ".json"), processed.value().document_json);
    WriteFile(out / "worker_wire" / (stem + ".reply"), baocao::EncodeOutcome(processed));
  }
  for (const fs::path& r : Files(source / "rules", ".rules")) {
    std::string one = ReadFile(r);
    if (one.find("\nversion") == std::string::npos && one.rfind("version", 0) != 0) one = "version = 1\n" + one;
    WriteFile(out / "rules" / (r.filename().string() + ".alone"),
              one + std::string(1, '\0') + "BÁO CÁO\nSố lớp | 12\n");
  }
  WriteFile(out / "worker_wire" / "refused.reply",
            baocao::EncodeOutcome(baocao::Result<baocao::Processed>(baocao::Status::Hostile("zip bomb: ratio over 200"))));

  WriteFile(out / "config" / "baocao.conf", ReadFile(source / "packaging" / "baocao.conf"));
  WriteFile(out / "config" / "flags.conf",
            "inbox = inbox\njobs = 2\ntime_limit = 2m\nmemory_limit = 512M\n" + std::string(1, '\0') +
                "/srv/in\nbaocao.db\n0\n90s\n1G\n5s\n256M\nnone\n");
  std::printf("make_seeds: seeds in %s\n", out.c_str());
  return 0;
}
