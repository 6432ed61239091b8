// Fills every `text` field of a Document from its `orig`: paragraphs (line
// breaks folded), table cells (line breaks kept), nested blocks, furniture.
// This is the only place a converter's text becomes canonical text.
//
// Thread safety: mutates only the given document.
#ifndef BAOCAO_NORMALIZE_NORMALIZE_DOCUMENT_H_
#define BAOCAO_NORMALIZE_NORMALIZE_DOCUMENT_H_

#include "document/document.h"

namespace baocao::normalize {

void NormalizeDocument(Document* doc);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_NORMALIZE_DOCUMENT_H_
