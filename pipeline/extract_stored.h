// Re-extraction without the original file: the store keeps every document's
// normalised form (documents.normalized_json), so a rule set can be run over
// it again. Nothing is written: `baocao diff --rules DIR` compares two rule
// sets with it, and a command that writes (re-extraction) can reuse it.
//
//   Result<Extraction> fresh = ExtractFromDocumentJson(json, file_facts, rules);
//
// The result is what `baocao extract` would print for the original file with
// these rules: the file facts (name, sha256, format, pages, OCR) come from
// the stored row, everything else from the rules.
//
// Pure: no database. batch/reextract.h runs it over the store.
//
// Thread safety: the RuleSet is only read; call from any thread.
#ifndef BAOCAO_PIPELINE_EXTRACT_STORED_H_
#define BAOCAO_PIPELINE_EXTRACT_STORED_H_

#include <string>

#include "extractors/record.h"
#include "extractors/rules.h"
#include "util/status.h"

namespace baocao {

// Extracts from a normalised document as DocumentToJson wrote it. `file`
// carries the file facts (file, sha256, format, pages, ocr,
// ocr_confidence); metadata fields are re-read by the rules.
// InvalidInput when `document_json` does not parse.
Result<Extraction> ExtractFromDocumentJson(const std::string& document_json,
                                           const DocumentInfo& file, const RuleSet& rules);

}  // namespace baocao

#endif  // BAOCAO_PIPELINE_EXTRACT_STORED_H_
