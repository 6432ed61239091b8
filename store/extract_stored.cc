#include "store/extract_stored.h"

#include "document/document.h"
#include "document/document_json.h"
#include "extractors/extract.h"
#include "store/stored_document.h"

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
  return Extract(doc, rules, std::move(info));
}

Result<Extraction> ExtractStored(Database* db, std::int64_t document_id, const RuleSet& rules) {
  Result<StoredDocumentInfo> stored = LoadStoredDocumentInfo(db, document_id);
  if (!stored.ok()) return stored.status();
  Result<std::string> json = LoadDocumentJson(db, document_id);
  if (!json.ok()) return json.status();
  return ExtractFromDocumentJson(json.value(), stored.value().document, rules);
}

}  // namespace baocao
