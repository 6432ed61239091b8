// Document <-> JSON. The store keeps every loaded document in this form so
// rules can be re-run later without the original file, and `baocao dump`
// prints it for people writing rules. The format carries a version; readers
// refuse versions they do not know.
#ifndef BAOCAO_DOCUMENT_DOCUMENT_JSON_H_
#define BAOCAO_DOCUMENT_DOCUMENT_JSON_H_

#include <string>

#include "document/document.h"

namespace baocao {

inline constexpr int kDocumentJsonVersion = 1;

// Compact JSON, or indented when `pretty`.
std::string DocumentToJson(const Document& doc, bool pretty = false);

// Parses DocumentToJson output. Returns false (and leaves *doc unspecified)
// on malformed input or an unknown version.
bool DocumentFromJson(const std::string& json, Document* doc);

}  // namespace baocao

#endif  // BAOCAO_DOCUMENT_DOCUMENT_JSON_H_
