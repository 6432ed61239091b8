// The module side of ocr/tesseract_module.h: tesseract::TessBaseAPI behind
// TesseractSession. Linked into libbaocao_tesseract.so only, never into the
// ingest library: nothing but this file names a Tesseract symbol.
#include "ingest/ocr/tesseract_module.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>

namespace baocao {
namespace {

class Session : public TesseractSession {
 public:
  ~Session() override { api_.End(); }

  bool Init(const std::string& dir, const std::string& language) {
    // Tesseract's debug output (warnings about resolution, empty pages)
    // would otherwise go to stderr, into the clerk's terminal.
    const std::vector<std::string> names = {"debug_file"};
    const std::vector<std::string> values = {"/dev/null"};
    return api_.Init(dir.c_str(), language.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values,
                     false) == 0;
  }

  void SetImage(Pix* pix, int dpi) override {
    api_.SetImage(pix);
    api_.SetSourceResolution(dpi > 0 ? dpi : 300);
  }

  std::vector<OcrWord> Read(const OcrRect& rect, OcrMode mode, const std::string& whitelist) override {
    std::vector<OcrWord> out;
    switch (mode) {
      case OcrMode::kPage:
        api_.SetPageSegMode(tesseract::PSM_AUTO);
        break;
      case OcrMode::kBlock:
        api_.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        break;
      case OcrMode::kLine:
        api_.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        break;
    }
    api_.SetVariable("tessedit_char_whitelist", whitelist.c_str());
    api_.SetRectangle(rect.x, rect.y, rect.w, rect.h);
    if (api_.Recognize(nullptr) == 0) Collect(&out);
    if (!whitelist.empty()) api_.SetVariable("tessedit_char_whitelist", "");
    return out;
  }

 private:
  void Collect(std::vector<OcrWord>* out) {
    std::unique_ptr<tesseract::ResultIterator> it(api_.GetIterator());
    if (!it) return;
    int line = -1;
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) ++line;
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || text[0] == '\0') continue;
      OcrWord w;
      w.text = text.get();
      w.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD), 0.0f, 100.0f);
      it->BoundingBox(tesseract::RIL_WORD, &w.x0, &w.y0, &w.x1, &w.y1);
      w.line = std::max(line, 0);
      float descenders = 0, ascenders = 0;
      it->RowAttributes(&w.row_height, &descenders, &ascenders);
      out->push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }

  tesseract::TessBaseAPI api_;
};

std::unique_ptr<TesseractSession> Create(const std::string& dir, const std::string& language) {
  auto session = std::make_unique<Session>();
  if (!session->Init(dir, language)) return nullptr;
  return session;
}

constexpr TesseractModule kModule = {kTesseractModuleVersion, &Create};

}  // namespace
}  // namespace baocao

extern "C" __attribute__((visibility("default"))) const baocao::TesseractModule* baocao_tesseract_module() {
  return &baocao::kModule;
}
