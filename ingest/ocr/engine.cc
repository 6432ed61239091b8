#include "ingest/ocr/engine.h"

#include <dlfcn.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <thread>

#include "ingest/layout/image_pix.h"
#include "ingest/ocr/tesseract_module.h"
#include "ingest/ocr/tesseract_module_loader.h"

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
    // Read by libgomp when it starts: when the module is loaded after this,
    // the limit holds for every thread; otherwise for child processes.
    setenv("OMP_THREAD_LIMIT", "1", 0);
  });
  // OpenMP keeps these settings per thread: a worker thread that never made
  // the calls would start a team of spinning threads for each line Tesseract
  // recognises (measured: 2 page workers on 2 cores took 2.2x the time of
  // one). So each thread that uses an engine makes them once. libgomp comes
  // with the module, so it is looked up there.
  thread_local bool this_thread_done = false;
  if (this_thread_done) return;
  void* module = LoadedModuleHandle();
  if (module == nullptr) return;  // no OpenMP loaded yet: nothing to set
  this_thread_done = true;
  using SetInt = void (*)(int);
  if (void* f = dlsym(module, "omp_set_num_threads")) reinterpret_cast<SetInt>(f)(1);
  if (void* f = dlsym(module, "omp_set_max_active_levels")) reinterpret_cast<SetInt>(f)(0);
}

OcrEngine::~OcrEngine() = default;

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create(const OcrOptions& options) {
  QuietLeptonica();
  const std::string model = ModelPath(options);
  std::error_code ec;
  if (!std::filesystem::exists(model, ec)) {
    return Status::Internal("OCR unavailable: " + model +
                            " not found (install the Debian package tesseract-ocr-" + options.language + ")");
  }
  SingleThreadedTesseract();  // sets OMP_THREAD_LIMIT before libgomp loads
  Result<const TesseractModule*> module = LoadTesseractModule();
  if (!module.ok()) return module.status();
  const std::string dir = std::filesystem::path(model).parent_path().string();
  std::unique_ptr<OcrEngine> engine(new OcrEngine());
  engine->session_ = module.value()->create(dir, options.language);
  if (!engine->session_) return Status::Internal("OCR unavailable: Tesseract could not load " + model);
  engine->key_ = options.language + "\n" + dir;
  return engine;
}

void OcrEngine::SetImage(Pix* pix, int dpi) { session_->SetImage(pix, dpi); }

std::vector<OcrWord> OcrEngine::Read(const OcrRect& rect, OcrMode mode, const std::string& whitelist) {
  if (rect.w <= 2 || rect.h <= 2) return {};
  // Whichever thread reads: engines are pooled and lent across threads, and
  // OpenMP's settings are per thread.
  SingleThreadedTesseract();
  return session_->Read(rect, mode, whitelist);
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
