#include "ingest/ocr/engine.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <stdlib.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <thread>

#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

// Where Tesseract will look for `language`, for a readable error.
std::string ModelPath(const OcrOptions& o) {
  std::string dir = o.tessdata_dir;
  if (dir.empty()) {
    const char* env = std::getenv("TESSDATA_PREFIX");
    dir = env != nullptr && *env != '\0' ? env : "/usr/share/tesseract-ocr/5/tessdata";
  }
  return (std::filesystem::path(dir) / (o.language + ".traineddata")).string();
}

class Pool {
 public:
  static Pool& Get() {
    static Pool* pool = new Pool();  // never destroyed: engines outlive static teardown
    return *pool;
  }
  std::unique_ptr<OcrEngine> Take(const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto it = idle_.begin(); it != idle_.end(); ++it) {
      if ((*it)->key() == key) {
        std::unique_ptr<OcrEngine> e = std::move(*it);
        idle_.erase(it);
        return e;
      }
    }
    return nullptr;
  }
  void Give(OcrEngine* engine) {
    std::unique_ptr<OcrEngine> e(engine);
    std::lock_guard<std::mutex> lock(mu_);
    const std::size_t keep = std::max(2u, std::thread::hardware_concurrency());
    if (idle_.size() < keep) idle_.push_back(std::move(e));
  }

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<OcrEngine>> idle_;
};

}  // namespace

void SingleThreadedTesseract() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Read by libgomp when it starts, which is usually before main: then
    // only child processes see it, hence also the calls below.
    setenv("OMP_THREAD_LIMIT", "1", 0);
  });
  // OpenMP keeps these settings per thread: a worker thread that never made
  // the calls would start a team of spinning threads for each line Tesseract
  // recognises (measured: 2 page workers on 2 cores took 2.2x the time of
  // one). So each thread that uses an engine makes them once.
  thread_local bool this_thread_done = false;
  if (this_thread_done) return;
  this_thread_done = true;
  using SetInt = void (*)(int);
  if (void* f = dlsym(RTLD_DEFAULT, "omp_set_num_threads")) reinterpret_cast<SetInt>(f)(1);
  if (void* f = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels")) reinterpret_cast<SetInt>(f)(0);
}

OcrEngine::~OcrEngine() {
  if (api_) api_->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create(const OcrOptions& options) {
  QuietLeptonica();
  const std::string model = ModelPath(options);
  std::error_code ec;
  if (!std::filesystem::exists(model, ec)) {
    return Status::Internal("OCR unavailable: " + model +
                            " not found (install the Debian package tesseract-ocr-" + options.language + ")");
  }
  std::unique_ptr<OcrEngine> engine(new OcrEngine());
  engine->api_ = std::make_unique<tesseract::TessBaseAPI>();
  const std::vector<std::string> names = {"debug_file"};
  const std::vector<std::string> values = {"/dev/null"};
  const std::string dir = std::filesystem::path(model).parent_path().string();
  if (engine->api_->Init(dir.c_str(), options.language.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names,
                         &values, false) != 0) {
    return Status::Internal("OCR unavailable: Tesseract could not load " + model);
  }
  engine->key_ = options.language + "\n" + dir;
  return engine;
}

void OcrEngine::SetImage(Pix* pix, int dpi) {
  api_->SetImage(pix);
  api_->SetSourceResolution(dpi > 0 ? dpi : 300);
}

std::vector<OcrWord> OcrEngine::Read(const OcrRect& rect, OcrMode mode, const std::string& whitelist) {
  std::vector<OcrWord> out;
  if (rect.w <= 2 || rect.h <= 2) return out;
  // Whichever thread reads: engines are pooled and lent across threads, and
  // OpenMP's settings are per thread.
  SingleThreadedTesseract();
  switch (mode) {
    case OcrMode::kPage:
      api_->SetPageSegMode(tesseract::PSM_AUTO);
      break;
    case OcrMode::kBlock:
      api_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
      break;
    case OcrMode::kLine:
      api_->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
      break;
  }
  api_->SetVariable("tessedit_char_whitelist", whitelist.c_str());
  api_->SetRectangle(rect.x, rect.y, rect.w, rect.h);
  if (api_->Recognize(nullptr) != 0) return out;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (!it) return out;
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
    out.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
  if (!whitelist.empty()) api_->SetVariable("tessedit_char_whitelist", "");
  return out;
}

void OcrEngineReturner::operator()(OcrEngine* engine) const { Pool::Get().Give(engine); }

Result<OcrEngineLease> AcquireOcrEngine(const OcrOptions& options) {
  const std::string model = ModelPath(options);
  const std::string key = options.language + "\n" + std::filesystem::path(model).parent_path().string();
  if (std::unique_ptr<OcrEngine> idle = Pool::Get().Take(key)) return OcrEngineLease(idle.release());
  Result<std::unique_ptr<OcrEngine>> fresh = OcrEngine::Create(options);
  if (!fresh.ok()) return fresh.status();
  return OcrEngineLease(std::move(fresh).value().release());
}

}  // namespace baocao
