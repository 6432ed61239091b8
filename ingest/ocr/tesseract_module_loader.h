// Finds and loads the Tesseract module (ocr/tesseract_module.h) once per
// process, on the first OCR engine started.
//
// Looked for, in order: $BAOCAO_TESSERACT_MODULE (a file), next to the
// running executable (build/baocao), <executable dir>/../lib/baocao (an
// installed baocao), then the build tree it was compiled in (the test
// executables under build/tests/).
//
// Thread safety: thread-safe; the first caller loads, the others wait.
#ifndef BAOCAO_INGEST_OCR_TESSERACT_MODULE_LOADER_H_
#define BAOCAO_INGEST_OCR_TESSERACT_MODULE_LOADER_H_

#include <string>
#include <vector>

#include "ingest/ocr/tesseract_module.h"
#include "util/status.h"

namespace baocao {

// The module, loaded now or earlier; Status::Internal with the places tried
// (or dlopen's reason) when it cannot be loaded. The outcome is kept: a
// failed load is not retried for every page.
Result<const TesseractModule*> LoadTesseractModule();

// The dlopen handle of the loaded module (to find libgomp's settings through
// it), or nullptr while nothing is loaded.
void* LoadedModuleHandle();

// The files LoadTesseractModule tries, in order.
std::vector<std::string> TesseractModuleCandidates();

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_TESSERACT_MODULE_LOADER_H_
