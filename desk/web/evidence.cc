#include "desk/web/evidence.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>

#include "desk/html.h"
#include "pipeline/source_region.h"
#include "ingest/layout/image_pix.h"
#include "ingest/layout/page_frame.h"
#include "ingest/pdf/render.h"
#include "util/files.h"
#include "util/sha256.h"

namespace baocao::web {
namespace {

namespace fs = std::filesystem;

const Block* BodyBlock(const Document& doc, int index) {
  for (const Block& b : doc.body) {
    if (b.index == index) return &b;
  }
  return nullptr;
}

// The sentence `snippet` inside `text` with <mark>; the whole paragraph
// marked when the snippet is not found word for word.
std::string MarkSentence(const std::string& text, const std::string& snippet) {
  std::size_t at = snippet.empty() ? std::string::npos : text.find(snippet);
  if (at == std::string::npos) return "<mark>" + html::Escape(text) + "</mark>";
  return html::Escape(text.substr(0, at)) + "<mark>" + html::Escape(snippet) + "</mark>" +
         html::Escape(text.substr(at + snippet.size()));
}

Status WritePng(Pix* pix, const std::string& path) {
  l_uint8* data = nullptr;
  size_t size = 0;
  pixSetZlibCompression(pix, 1);  // fast: the image is shown once and cached, not archived
  if (pixWriteMemPng(&data, &size, pix, 0.0f) != 0 || data == nullptr) {
    return Status::Internal("cannot encode the page image");
  }
  std::string bytes(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return WriteFileAtomic(path, bytes);
}

}  // namespace

std::optional<Region> EvidenceRegion(const Document& doc, const Source& source) {
  // Records stored since the pipeline attaches boxes carry their own;
  // older ones are located in the stored document the same way.
  if (source.page && source.box) {
    return Region{*source.page, BoundingBox{source.box->x0, source.box->y0, source.box->x1, source.box->y1}};
  }
  std::optional<SourceRegion> found = FindSourceRegion(doc, source);
  if (!found) return std::nullopt;
  return Region{found->page, found->box};
}

std::string EvidenceHtml(const Document& doc, const Source& source, std::optional<int> col) {
  const Block* block = BodyBlock(doc, source.block);
  if (block == nullptr) return "";
  if (block->is_paragraph()) {
    return "<p class=\"evp\">" + MarkSentence(block->paragraph.text, source.text) + "</p>";
  }
  const Table& t = block->table;
  std::string out = "<table class=\"evt\">";
  for (int r = 0; r < t.rows; ++r) {
    bool hit = source.row && *source.row == r;
    out += hit ? "<tr class=\"hit\">" : "<tr>";
    for (int c = 0; c < t.cols; ++c) {
      const TableCell* cell = t.CellAt(r, c);
      if (cell == nullptr) {
        out += "<td></td>";
        continue;
      }
      if (cell->row != r || cell->col != c) continue;  // covered by a span
      std::string attrs;
      if (cell->row_span > 1) attrs += " rowspan=\"" + std::to_string(cell->row_span) + "\"";
      if (cell->col_span > 1) attrs += " colspan=\"" + std::to_string(cell->col_span) + "\"";
      if (hit && col && *col >= c && *col < c + cell->col_span) attrs += " class=\"hitcell\"";
      std::string text = cell->text.empty() ? cell->orig : cell->text;
      std::string escaped = html::Escape(text);
      std::string cell_html;
      for (char ch : escaped) cell_html += ch == '\n' ? std::string("<br>") : std::string(1, ch);
      out += "<td" + attrs + ">" + cell_html + "</td>";
    }
    out += "</tr>";
  }
  out += "</table>";
  return out;
}

Result<std::string> FindOriginal(const std::string& inbox, const std::string& file, const std::string& sha256) {
  if (inbox.empty()) return Status::NotFound("no inbox given (serve --inbox DIR): the originals are in its archive/");
  fs::path archive = fs::path(inbox) / "archive";
  std::error_code ec;
  if (!fs::is_directory(archive, ec)) return Status::NotFound("no archive folder in " + inbox);
  if (file.find('/') != std::string::npos || file.empty()) return Status::NotFound("no such original");
  fs::path p(file);
  std::string stem = p.stem().string(), ext = p.extension().string();
  for (int i = 1; i < 50; ++i) {
    fs::path candidate = archive / (i == 1 ? file : stem + " (" + std::to_string(i) + ")" + ext);
    if (!fs::is_regular_file(candidate, ec)) {
      if (i > 1) break;
      continue;
    }
    Result<std::string> bytes = ReadFileBytes(candidate.string(), 1ull << 30);
    if (bytes.ok() && Sha256Hex(bytes.value()) == sha256) return candidate.string();
  }
  return Status::NotFound("the original " + file + " is not in " + archive.string());
}

Result<PageImage> PageCache::Page(const std::string& original, const std::string& sha256, const std::string& format,
                                  int page) {
  if (format != "pdf" && format != "pdf-scan" && format != "image") {
    return Status::Unsupported("a " + format + " document has no pages to show");
  }
  if (page < 1 || sha256.size() != 64) return Status::NotFound("no page " + std::to_string(page));
  std::string base = (fs::path(dir_) / (sha256 + "-p" + std::to_string(page) + "-w" + std::to_string(width_px_)))
                         .string();
  std::string png = base + ".png", meta = base + ".size";
  std::error_code ec;
  if (fs::exists(png, ec) && fs::exists(meta, ec)) {
    std::ifstream in(meta);
    PageImage img;
    img.png_path = png;
    if (in >> img.width_pt >> img.height_pt >> img.pages) return img;
  }
  std::lock_guard<std::mutex> lock(render_mu_);
  fs::create_directories(dir_, ec);
  if (ec) return Status::IoError("cannot create the page cache " + dir_ + ": " + ec.message());
  Result<PageImage> img = Render(original, format, page, png);
  if (!img.ok()) return img;
  std::string size_text = std::to_string(img.value().width_pt) + " " + std::to_string(img.value().height_pt) + " " +
                          std::to_string(img.value().pages) + "\n";
  if (Status s = WriteFileAtomic(meta, size_text); !s.ok()) return s;
  return img;
}

Result<PageImage> PageCache::Render(const std::string& original, const std::string& format, int page,
                                    const std::string& png_path) {
  QuietLeptonica();
  PageImage out;
  out.png_path = png_path;
  if (format == "image") {
    Result<std::string> bytes = ReadFileBytes(original, 1ull << 30);
    if (!bytes.ok()) return bytes.status();
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.value().data());
    l_int32 fmt = 0;
    findFileFormatBuffer(data, &fmt);
    size_t offset = 0;
    PixPtr pix;
    bool tiff = fmt == IFF_TIFF || fmt == IFF_TIFF_G3 || fmt == IFF_TIFF_G4 || fmt == IFF_TIFF_ZIP ||
                fmt == IFF_TIFF_LZW || fmt == IFF_TIFF_PACKBITS || fmt == IFF_TIFF_RLE || fmt == IFF_TIFF_JPEG;
    int count = 0;
    if (tiff) {
      while (offset < bytes.value().size() || count == 0) {
        PixPtr p(pixReadMemFromMultipageTiff(data, bytes.value().size(), &offset));
        if (!p) break;
        ++count;
        if (count == page) pix = std::move(p);
        if (offset == 0) break;
      }
    } else {
      pix.reset(pixReadMem(data, bytes.value().size()));
      count = pix ? 1 : 0;
      if (page != 1) pix.reset();
    }
    out.pages = count;
    if (!pix) return Status::NotFound("no page " + std::to_string(page) + " in " + original);
    const double dpi = ImageDpi(pix.get());
    out.width_pt = pixGetWidth(pix.get()) * 72.0 / dpi;
    out.height_pt = pixGetHeight(pix.get()) * 72.0 / dpi;
    PixPtr grey(pixConvertTo8(pix.get(), 0));
    if (!grey) return Status::InvalidInput("cannot read the image " + original);
    const float scale = static_cast<float>(width_px_) / static_cast<float>(pixGetWidth(grey.get()));
    PixPtr scaled(scale < 1 ? pixScaleGrayLI(grey.get(), scale, scale) : pixCopy(nullptr, grey.get()));
    if (!scaled) return Status::Internal("cannot scale the page image");
    if (Status s = WritePng(scaled.get(), png_path); !s.ok()) return s;
    return out;
  }
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(original));
  if (!pdf || pdf->is_locked()) return Status::InvalidInput("cannot open the PDF " + original);
  out.pages = pdf->pages();
  if (page > out.pages) return Status::NotFound("no page " + std::to_string(page) + " in " + original);
  std::unique_ptr<poppler::page> p(pdf->create_page(page - 1));
  if (!p) return Status::InvalidInput("cannot read page " + std::to_string(page) + " of " + original);
  const poppler::rectf crop = p->page_rect(poppler::crop_box);
  const poppler::page::orientation_enum o = p->orientation();
  const bool turned = o == poppler::page::landscape || o == poppler::page::seascape;
  out.width_pt = turned ? crop.height() : crop.width();
  out.height_pt = turned ? crop.width() : crop.height();
  if (!(out.width_pt > 0)) return Status::InvalidInput("page " + std::to_string(page) + " has no area");
  double dpi = width_px_ * 72.0 / out.width_pt;
  PixPtr grey = RenderPageGray(*p, dpi, 0, true, 8e6);
  if (!grey) return Status::InvalidInput("cannot render page " + std::to_string(page) + " of " + original);
  if (Status s = WritePng(grey.get(), png_path); !s.ok()) return s;
  return out;
}

}  // namespace baocao::web
