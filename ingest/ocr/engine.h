// Tesseract 5 (LSTM) behind a small interface: words with boxes and
// confidences from a rectangle of an image. Tesseract itself lives in a
// module loaded by the first engine a process starts
// (ocr/tesseract_module.h): files that need no OCR never load it.
//
//   Result<OcrEngineLease> engine = AcquireOcrEngine(options);   // pooled
//   if (!engine.ok()) return engine.status();   // model not installed
//   engine.value()->SetImage(binary, 300);
//   std::vector<OcrWord> words = engine.value()->Read(rect, OcrMode::kBlock);
//
// Engines are costly to start (the model loads in ~0.2 s) and hold ~50 MiB,
// so a process-wide pool keeps the ones created and lends each to one
// thread at a time; at most one engine per hardware thread is kept idle.
// Tesseract's own OpenMP threads are switched off in every thread that uses
// an engine (one OpenMP thread, no active parallel levels): on two cores
// they spin and cost 7x the wall time of one thread per engine; baocao runs
// one single-threaded engine per worker instead (ocr/pages.h).
//
// Thread safety: an OcrEngine is used by one thread at a time; the pool is
// thread-safe.
#ifndef BAOCAO_INGEST_OCR_ENGINE_H_
#define BAOCAO_INGEST_OCR_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "util/status.h"

struct Pix;

namespace baocao {

class TesseractSession;

struct OcrOptions {
  // Tesseract language and where its .traineddata lives; "" = Tesseract's
  // default ($TESSDATA_PREFIX, else the path it was built with — Debian's
  // tesseract-ocr-vie installs /usr/share/tesseract-ocr/5/tessdata).
  std::string language = "vie";
  std::string tessdata_dir;
  // Resolution scanned PDF pages are rendered at. 300 dpi reads small
  // table figures reliably; 200 dpi is ~25% faster with more digit errors.
  double dpi = 300;
  // Worker threads for a document's pages; 0 = $BAOCAO_OCR_THREADS if set,
  // else one per hardware thread. Each holds an engine (~50 MiB) and one
  // page image (~9 MiB at 300 dpi).
  int threads = 0;
  // Tables: read each cell on its own (reliable figures) instead of the
  // whole page (which reads rows across cell borders).
  bool per_cell = true;
};

struct OcrWord {
  std::string text;      // UTF-8
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // image pixels
  float confidence = 0;  // 0-100
  int line = 0;          // words of one text line share it (per Read call)
  float row_height = 0;  // x-height plus ascenders of its line, pixels (Tesseract's estimate)
};

struct OcrRect {
  int x = 0, y = 0, w = 0, h = 0;
};

enum class OcrMode {
  kPage,   // layout analysis: columns, paragraphs (PSM_AUTO)
  kBlock,  // one uniform block of text, e.g. a table cell (PSM_SINGLE_BLOCK)
  kLine,   // one line (PSM_SINGLE_LINE)
};

class OcrEngine {
 public:
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Starts an engine. Fails (Status::Internal, a reason saying which
  // package to install) when the model cannot be loaded.
  static Result<std::unique_ptr<OcrEngine>> Create(const OcrOptions& options);

  // The image later Read() calls look at; `pix` must outlive them.
  void SetImage(Pix* pix, int dpi);
  // Recognises `rect` of the image. `whitelist` limits the characters
  // ("0123456789.,"), "" for none.
  std::vector<OcrWord> Read(const OcrRect& rect, OcrMode mode, const std::string& whitelist = "");

  const std::string& key() const { return key_; }

 private:
  OcrEngine() = default;
  std::unique_ptr<TesseractSession> session_;  // from the Tesseract module (ocr/tesseract_module.h)
  std::string key_;  // language + data dir, for the pool
};

struct OcrEngineReturner {
  void operator()(OcrEngine* engine) const;
};
using OcrEngineLease = std::unique_ptr<OcrEngine, OcrEngineReturner>;

// An idle pooled engine for `options`, or a new one. The lease returns it to
// the pool when destroyed.
Result<OcrEngineLease> AcquireOcrEngine(const OcrOptions& options);

// Turns off Tesseract's OpenMP parallelism for the calling thread (and for
// child processes). Called by OcrEngine::Read, so in every thread that
// recognises; exposed for tools that time OCR.
void SingleThreadedTesseract();

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_ENGINE_H_
