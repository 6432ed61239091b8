#include "ingest/ocr/tesseract_module_loader.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace baocao {
namespace {

struct Loaded {
  std::atomic<void*> handle{nullptr};
  const TesseractModule* module = nullptr;
  Status status;
};

Loaded& State() {
  static Loaded* loaded = new Loaded();  // never destroyed: the module stays loaded
  return *loaded;
}

Status Load(Loaded* out) {
  std::string tried;
  for (const std::string& path : TesseractModuleCandidates()) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    // RTLD_LOCAL: Tesseract's libraries stay out of the global symbol scope.
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = ::dlerror();
      return Status::Internal("OCR unavailable: cannot load " + path + ": " + (why ? why : "dlopen failed"));
    }
    using Entry = const TesseractModule* (*)();
    auto entry = reinterpret_cast<Entry>(::dlsym(handle, kTesseractModuleSymbol));
    const TesseractModule* module = entry != nullptr ? entry() : nullptr;
    if (module == nullptr || module->version != kTesseractModuleVersion) {
      return Status::Internal("OCR unavailable: " + path + " is not this baocao's Tesseract module (rebuild)");
    }
    out->module = module;
    out->handle.store(handle);
    return Status::Ok();
  }
  return Status::Internal(std::string("OCR unavailable: ") + kTesseractModuleFile + " not found (looked in " + tried +
                          "; build it with the baocao target, or set BAOCAO_TESSERACT_MODULE)");
}

}  // namespace

std::vector<std::string> TesseractModuleCandidates() {
  std::vector<std::string> out;
  const char* env = std::getenv("BAOCAO_TESSERACT_MODULE");
  if (env != nullptr && *env != '\0') out.emplace_back(env);
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    out.push_back((exe.parent_path() / kTesseractModuleFile).string());
    out.push_back((exe.parent_path().parent_path() / "lib" / "baocao" / kTesseractModuleFile).string());
  }
  out.push_back((std::filesystem::path(BAOCAO_MODULE_BUILD_DIR) / kTesseractModuleFile).string());
  return out;
}

Result<const TesseractModule*> LoadTesseractModule() {
  static std::once_flag once;
  Loaded& state = State();
  std::call_once(once, [&state] { state.status = Load(&state); });
  if (!state.status.ok()) return state.status;
  return state.module;
}

void* LoadedModuleHandle() { return State().handle.load(); }

}  // namespace baocao
