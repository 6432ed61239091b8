// The Tesseract side of OcrEngine (ocr/engine.h), built as a module of its
// own (libbaocao_tesseract.so) and loaded by the first OCR a process needs.
//
// Why a module: libtesseract brings about 30 shared libraries of its own
// (curl, gnutls, kerberos, ldap, archive...), and loading them cost 17 ms of
// the 53 ms every baocao process spent before main() (bench/pdf_bench.sh);
// most files (DOCX, text PDFs, text) never read a pixel. Only this header is
// shared by the two sides: the module is built from the same tree by the same
// compiler, so C++ types cross the boundary safely.
//
// Thread safety: a TesseractSession is used by one thread at a time.
#ifndef BAOCAO_INGEST_OCR_TESSERACT_MODULE_H_
#define BAOCAO_INGEST_OCR_TESSERACT_MODULE_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest/ocr/engine.h"

struct Pix;

namespace baocao {

// One initialised tesseract::TessBaseAPI.
class TesseractSession {
 public:
  virtual ~TesseractSession() = default;
  virtual void SetImage(Pix* pix, int dpi) = 0;
  virtual std::vector<OcrWord> Read(const OcrRect& rect, OcrMode mode, const std::string& whitelist) = 0;
};

// What the module exports, under the one C symbol kTesseractModuleSymbol.
struct TesseractModule {
  // kTesseractModuleVersion of the build that made it: a module left from
  // another build is refused, not called.
  int version;
  // A session reading `language` from the models in `dir`; nullptr when
  // Tesseract cannot load them.
  std::unique_ptr<TesseractSession> (*create)(const std::string& dir, const std::string& language);
};

inline constexpr int kTesseractModuleVersion = 1;
inline constexpr const char* kTesseractModuleSymbol = "baocao_tesseract_module";
inline constexpr const char* kTesseractModuleFile = "libbaocao_tesseract.so";

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_TESSERACT_MODULE_H_
