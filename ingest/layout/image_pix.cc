#include "ingest/layout/image_pix.h"

#include <leptonica/allheaders.h>

#include <mutex>

namespace baocao {

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

void BoxDeleter::operator()(Box* box) const { boxDestroy(&box); }

void BoxaDeleter::operator()(Boxa* boxa) const { boxaDestroy(&boxa); }

void QuietLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

}  // namespace baocao
