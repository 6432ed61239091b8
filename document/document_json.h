// Document <-> JSON. The store keeps every loaded document in this form so
// rules can be re-run later without the original file, and `baocao dump`
// prints it for people writing rules.
//
// Every object carries the layout's "version". The writer writes the
// current one; the reader migrates an older one up to it, step by step, so
// a change to the model never strands a stored document, and refuses a
// newer one (written by a later baocao) or one with no version.
//
// Versions:
//   1  the first layout (every document stored so far): blocks with kind,
//      index, page, row, col, box [x0,y0,x1,y1], confidence; paragraphs
//      with orig, text, runs, style, heading and list fields; tables with
//      cells and their blocks; furniture; warnings.
//   2  paragraphs may carry "lines", their printed lines in reading order
//      (Paragraph::lines): {"orig": [begin, end], "text": [begin, end],
//      "box": [x0,y0,x1,y1], "page"}, byte ranges of the paragraph's orig
//      and text; page only when not the block's. Converters with geometry
//      (PDF text layer, OCR) write them. Version 1 documents read with no
//      lines.
// To change the layout: raise kDocumentJsonVersion, add the step that
// rewrites the previous version's object into the new one in
// document_json.cc (kMigrations), and keep a stored document of every
// version under tests/data/document/ (tests/document/document_json_test.cc).
#ifndef BAOCAO_DOCUMENT_DOCUMENT_JSON_H_
#define BAOCAO_DOCUMENT_DOCUMENT_JSON_H_

#include <string>

#include "document/document.h"
#include "util/status.h"

namespace baocao {

inline constexpr int kDocumentJsonVersion = 2;

// Compact JSON, or indented when `pretty`.
std::string DocumentToJson(const Document& doc, bool pretty = false);

// Reads what DocumentToJson wrote, of this or an older version. Returns
// InvalidInput with a one-line reason (and leaves *doc unspecified) on
// malformed input, no version or a version newer than this build's.
Status ReadDocumentJson(const std::string& json, Document* doc);

// ReadDocumentJson(...).ok().
bool DocumentFromJson(const std::string& json, Document* doc);

}  // namespace baocao

#endif  // BAOCAO_DOCUMENT_DOCUMENT_JSON_H_
