#include "ingest/pdf/reader.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "ingest/layout/aligned_table.h"
#include "ingest/layout/grid_lines.h"
#include "ingest/layout/inferred_columns.h"
#include "ingest/layout/grid_table.h"
#include "ingest/ocr/pages.h"
#include "ingest/layout/page_layout.h"
#include "ingest/layout/lines.h"
#include "ingest/layout/word_image.h"
#include "ingest/pdf/render.h"
#include "ingest/pdf/text_check.h"
#include "ingest/pdf/words.h"

namespace baocao {
namespace {

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

// Whether horizontal segment `h` lies within a word's box (a glyph's
// stroke, as a rendered page shows it to the rule finder), not between
// lines as a rule does.
bool InsideWord(const Segment& h, const std::vector<PageWord>& words) {
  constexpr double kEdge = 1.0;  // pt: a rule touching a box's edge is still a rule
  for (const PageWord& w : words) {
    if (h.y0 > w.box.y0 + kEdge && h.y0 < w.box.y1 - kEdge && h.x0 < w.box.x1 && h.x1 > w.box.x0 &&
        h.x1 - h.x0 < 2 * (w.box.x1 - w.box.x0) + 10) {
      return true;
    }
  }
  return false;
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
  // The words are upright; the page as displayed may be sideways.
  content.frame = PageFrame::QuarterTurns(words.quarter_turns, words.display_width, words.display_height);

  // Rendering costs twice the text layer: only pages that may hold a table
  // (text in columns) or a picture of text (few words) are rendered.
  if (CharCount(words.words) >= kFewChars && !MayHoldTable(words.words)) {
    content.tables = TakeAlignedTables(&words.words, number);
    content.words = std::move(words.words);
    return content;
  }
  double dpi = options.grid_dpi;
  PixPtr bin = RenderPageMono(page, options.grid_dpi, words.quarter_turns, 40e6, &dpi);
  if (bin) {
    RulingOptions ro;
    ro.scale = 72.0 / dpi;
    PixPtr mask;
    RulingLines lines = FindRulingLines(bin.get(), ro, &mask);
    if (CharCount(words.words) < kFewChars &&
        InkOutsideText(bin.get(), mask.get(), words.words, dpi / 72.0) > kImageInkFraction) {
      *why = verdict.kind == TextLayer::kNone ? "no text layer" : "an image of text";
      return std::nullopt;
    }
    // Tables ruled only across (no vertical rule): their columns from the
    // gutters between words, as in scans. A bold word's strokes are no
    // rules: they would cut its row in two there.
    std::erase_if(lines.horizontal, [&](const Segment& h) { return InsideWord(h, words.words); });
    if (PixPtr boxes = WordBoxImage(words.words, pixGetWidth(bin.get()), pixGetHeight(bin.get()), dpi / 72.0)) {
      AddInferredColumnRules(boxes.get(), ro.scale, &lines);
    }
    for (const Grid& grid : BuildGrids(lines, 2.5)) {
      PageTable t = FillGrid(grid, &words.words, number);
      const bool empty = std::all_of(t.table.cells.begin(), t.table.cells.end(),
                                     [](const TableCell& c) { return c.orig.empty(); });
      if (!empty) content.tables.push_back(std::move(t));
    }
  }
  // Tables that draw no rule at all: from their words' alignment.
  for (PageTable& t : TakeAlignedTables(&words.words, number)) content.tables.push_back(std::move(t));
  content.words = std::move(words.words);
  return content;
}

struct PageOutcome {
  std::optional<PageContent> text;  // read from the text layer
  std::string why;                  // else why OCR must read it
  bool unreadable = false;          // poppler could not open the page
};

// The text layers of all pages, on up to `options.threads` threads. Each
// thread opens its own poppler document from the same bytes (a document is
// not thread-safe; separate ones are), and reads every k-th page.
std::vector<PageOutcome> ReadTextLayers(std::string_view bytes, poppler::document* main, int n,
                                        const PdfOptions& options) {
  std::vector<PageOutcome> out(static_cast<std::size_t>(n));
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, std::max(1, n / 2));
  auto work = [&](int first) {
    std::unique_ptr<poppler::document> own;
    poppler::document* doc = main;
    if (first > 0) {
      own.reset(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
      if (!own || own->is_locked()) return;
      doc = own.get();
    }
    for (int i = first; i < n; i += threads) {
      PageOutcome& o = out[static_cast<std::size_t>(i)];
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) {
        o.unreadable = true;
        continue;
      }
      o.text = TextPage(*page, i + 1, options, &o.why);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(work, t);
    } catch (const std::system_error&) {
      threads = t;  // no more threads: this one reads the rest
      break;
    }
  }
  work(0);
  for (std::thread& t : pool) t.join();
  // A thread that could not open its copy left its pages: read them here.
  for (int i = 0; i < n; ++i) {
    PageOutcome& o = out[static_cast<std::size_t>(i)];
    if (o.text || !o.why.empty() || o.unreadable) continue;
    std::unique_ptr<poppler::page> page(main->create_page(i));
    if (!page) {
      o.unreadable = true;
      continue;
    }
    o.text = TextPage(*page, i + 1, options, &o.why);
  }
  return out;
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
  const std::vector<PageOutcome> outcomes = ReadTextLayers(bytes, pdf.get(), n, options);
  std::vector<std::unique_ptr<poppler::page>> ocr_pages;
  std::vector<OcrJob> jobs;
  std::vector<std::size_t> job_slot;
  for (int i = 0; i < n; ++i) {
    const PageOutcome& o = outcomes[static_cast<std::size_t>(i)];
    pages[static_cast<std::size_t>(i)].number = i + 1;
    if (o.unreadable) {
      doc.warnings.push_back("page " + std::to_string(i + 1) + " could not be read");
      continue;
    }
    if (o.text) {
      pages[static_cast<std::size_t>(i)] = *o.text;
      continue;
    }
    if (o.why != "no text layer") {
      doc.warnings.push_back("page " + std::to_string(i + 1) + ": " + o.why + "; read by OCR");
    }
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) continue;
    const poppler::page* p = page.get();
    const double dpi = ocr_options.dpi;
    jobs.push_back({i + 1, [p, dpi](double* used) { return RenderPageGray(*p, dpi, 0, true, 60e6, used); }});
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
