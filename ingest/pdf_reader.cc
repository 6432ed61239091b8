#include "ingest/pdf_reader.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cmath>
#include <memory>
#include <mutex>

#include "ingest/grid_lines.h"
#include "ingest/grid_table.h"
#include "ingest/ocr_pages.h"
#include "ingest/pdf_layout.h"
#include "ingest/pdf_render.h"
#include "ingest/pdf_text_check.h"
#include "ingest/pdf_words.h"

namespace baocao {
namespace {

// Threshold for renders without anti-aliasing: anything drawn is dark.
constexpr int kRenderInk = 160;

// Pages whose printed ink lies mostly outside their few words are images of
// text (a scan with a small text stamp): read them by OCR. In fractions of
// the page area and characters.
constexpr double kImageInkFraction = 0.015;
constexpr std::size_t kFewChars = 200;

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string Unreadable(std::string_view bytes) {
  const std::string_view tail = bytes.size() > 2048 ? bytes.substr(bytes.size() - 2048) : bytes;
  if (tail.find("%%EOF") == std::string_view::npos) {
    return "not a readable PDF: truncated (no end-of-file marker)";
  }
  return "not a readable PDF: damaged, or not a PDF despite its header";
}

std::size_t CharCount(const std::vector<PageWord>& words) {
  std::size_t n = 0;
  for (const PageWord& w : words) n += w.text.size();
  return n;
}

// Ink of `bin` outside the words and ruling lines, as a fraction of the page.
double InkOutsideText(Pix* bin, Pix* lines_mask, const std::vector<PageWord>& words, double px_per_pt) {
  PixPtr rest(pixCopy(nullptr, bin));
  if (!rest) return 0;
  if (lines_mask != nullptr) pixSubtract(rest.get(), rest.get(), lines_mask);
  for (const PageWord& w : words) {
    BoxPtr box(boxCreate(static_cast<int>(w.box.x0 * px_per_pt) - 1, static_cast<int>(w.box.y0 * px_per_pt) - 1,
                         static_cast<int>(Width(w.box) * px_per_pt) + 3, static_cast<int>(Height(w.box) * px_per_pt) + 3));
    if (box) pixClearInRect(rest.get(), box.get());
  }
  l_int32 ink = 0;
  pixCountPixels(rest.get(), &ink, nullptr);
  const double area = static_cast<double>(pixGetWidth(bin)) * pixGetHeight(bin);
  return area > 0 ? ink / area : 0;
}

// A page read from its text layer, or nullopt with *why when OCR must read it.
std::optional<PageContent> TextPage(const poppler::page& page, int number, const PdfOptions& options,
                                    std::string* why) {
  PdfPageWords words = ReadPageWords(page);
  const TextLayerVerdict verdict = JudgeTextLayer(words.words);
  if (verdict.kind == TextLayer::kGarbage) {
    *why = "text layer unusable: " + verdict.why;
    return std::nullopt;
  }
  PageContent content;
  content.number = number;
  content.width = words.width;
  content.height = words.height;

  double dpi = options.grid_dpi;
  PixPtr gray = RenderPageGray(page, options.grid_dpi, words.quarter_turns, false, 40e6, &dpi);
  PixPtr bin = ThresholdToBinary(gray.get(), kRenderInk);
  if (bin) {
    RulingOptions ro;
    ro.scale = 72.0 / dpi;
    PixPtr mask;
    const RulingLines lines = FindRulingLines(bin.get(), ro, &mask);
    if (CharCount(words.words) < kFewChars &&
        InkOutsideText(bin.get(), mask.get(), words.words, dpi / 72.0) > kImageInkFraction) {
      *why = verdict.kind == TextLayer::kNone ? "no text layer" : "an image of text";
      return std::nullopt;
    }
    for (const Grid& grid : BuildGrids(lines, 2.5)) {
      PageTable t = FillGrid(grid, &words.words, number);
      const bool empty = std::all_of(t.table.cells.begin(), t.table.cells.end(),
                                     [](const TableCell& c) { return c.orig.empty(); });
      if (!empty) content.tables.push_back(std::move(t));
    }
  }
  content.words = std::move(words.words);
  return content;
}

}  // namespace

Result<Document> ReadPdf(std::string_view bytes, const PdfOptions& options, const OcrOptions& ocr_options) {
  SilencePoppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return Status::Hostile("PDF over 2 GiB");
  // poppler reads the bytes in place: `bytes` outlives `pdf`.
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return Status::InvalidInput(Unreadable(bytes));
  if (pdf->is_locked()) return Status::Encrypted("encrypted: the PDF needs a password");
  const int n = pdf->pages();
  if (n <= 0) return Status::InvalidInput("not a readable PDF: it has no pages");
  if (n > options.max_pages) {
    return Status::Hostile("PDF has " + std::to_string(n) + " pages, over the limit of " +
                           std::to_string(options.max_pages));
  }

  Document doc;
  doc.pages = n;
  std::vector<PageContent> pages(static_cast<std::size_t>(n));
  std::vector<std::unique_ptr<poppler::page>> ocr_pages;
  std::vector<OcrJob> jobs;
  std::vector<std::size_t> job_slot;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    pages[static_cast<std::size_t>(i)].number = i + 1;
    if (!page) {
      doc.warnings.push_back("page " + std::to_string(i + 1) + " could not be read");
      continue;
    }
    std::string why;
    if (std::optional<PageContent> text = TextPage(*page, i + 1, options, &why)) {
      pages[static_cast<std::size_t>(i)] = std::move(*text);
      continue;
    }
    if (why != "no text layer") doc.warnings.push_back("page " + std::to_string(i + 1) + ": " + why + "; read by OCR");
    const poppler::page* p = page.get();
    const double dpi = ocr_options.dpi;
    jobs.push_back({i + 1, [p, dpi](double* used) { return RenderPageGray(*p, dpi, 0, true, 60e6, used); }, true});
    job_slot.push_back(static_cast<std::size_t>(i));
    ocr_pages.push_back(std::move(page));
  }

  if (!jobs.empty()) {
    Result<OcrOutcome> ocr = OcrPages(jobs, ocr_options);
    if (!ocr.ok()) return ocr.status();
    OcrOutcome& out = ocr.value();
    for (std::size_t k = 0; k < out.pages.size(); ++k) pages[job_slot[k]] = std::move(out.pages[k]);
    doc.warnings.insert(doc.warnings.end(), out.warnings.begin(), out.warnings.end());
    doc.ocr = true;
    if (out.words > 0) doc.ocr_confidence = std::round(out.confidence_sum / out.words * 10) / 10;
  }
  doc.format = doc.ocr ? "pdf-scan" : "pdf";
  LayoutPages(std::move(pages), &doc);
  return doc;
}

}  // namespace baocao
