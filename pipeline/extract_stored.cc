#include "pipeline/extract_stored.h"

#include "document/document.h"
#include "document/document_json.h"
#include "pipeline/pipeline.h"

namespace baocao {

Result<Extraction> ExtractFromDocumentJson(const std::string& document_json,
                                           const DocumentInfo& file, const RuleSet& rules) {
  Document doc;
  if (!DocumentFromJson(document_json, &doc)) {
    return Status::InvalidInput("stored document of " + file.file + " does not parse");
  }
  // Only what the file itself told; the rules read the rest again.
  DocumentInfo info;
  info.file = file.file;
  info.sha256 = file.sha256;
  info.format = file.format;
  info.pages = file.pages;
  info.ocr = file.ocr;
  info.ocr_confidence = file.ocr_confidence;
  return ExtractNormalized(doc, rules, std::move(info));
}

}  // namespace baocao
