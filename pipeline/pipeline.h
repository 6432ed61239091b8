// One file through every stage: bytes -> Document (ingest/) -> canonical
// text (normalize/) -> records (extractors/). The app layer is the only place
// that knows all stages; each stage knows only the one before it.
#ifndef BAOCAO_PIPELINE_PIPELINE_H_
#define BAOCAO_PIPELINE_PIPELINE_H_

#include <string>
#include <string_view>

#include "document/document.h"
#include "extractors/record.h"
#include "extractors/rules.h"
#include "ingest/converter.h"
#include "util/status.h"

namespace baocao {

struct Processed {
  Extraction extraction;
  std::string document_json;  // the normalised Document, for the store
};

// Converts, normalises and extracts one file's bytes. `file_name` is the
// name without directory, as the contract's `file` field prints it.
Result<Processed> ProcessBytes(std::string_view bytes, const std::string& file_name,
                               const RuleSet& rules, const ConvertOptions& options = {});

// Records of a normalised document: the extractors' records, then what the
// pipeline adds to every extraction, first or re-run — the converter's
// warnings on the document line and each record's page box (source_region.h).
Extraction ExtractNormalized(const Document& doc, const RuleSet& rules, DocumentInfo info);

// Where the rules live when --rules is not given: $BAOCAO_RULES, then
// <executable dir>/../share/baocao/rules, then the source tree's rules/.
std::string DefaultRulesDirectory();

}  // namespace baocao

#endif  // BAOCAO_PIPELINE_PIPELINE_H_
