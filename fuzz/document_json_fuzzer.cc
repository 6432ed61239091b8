// The stored document reader (document/document_json.h) on any text, and
// what reads a stored document next: re-extraction with the source rules
// (pipeline/extract_stored.h). A stored document that parses must survive
// the extractors (a database can be old, edited or damaged), and writing it
// back must give text that reads to the same document.
#include <string>

#include "document/document_json.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "pipeline/extract_stored.h"

namespace {

int FuzzDocumentJson(const std::uint8_t* data, std::size_t size) {
  if (size > (64 << 10)) return -1;
  const std::string json(baocao::fuzz::AsText(data, size));
  baocao::Document doc;
  if (!baocao::DocumentFromJson(json, &doc)) return 0;
  const std::string written = baocao::DocumentToJson(doc);
  baocao::Document back;
  FUZZ_CHECK(baocao::DocumentFromJson(written, &back));
  FUZZ_CHECK(baocao::DocumentToJson(back) == written);

  baocao::DocumentInfo file;
  file.file = "stored.docx";
  file.format = doc.format;
  baocao::Result<baocao::Extraction> ex = baocao::ExtractFromDocumentJson(json, file, baocao::fuzz::SourceRules());
  FUZZ_CHECK(ex.ok());
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(document_json, FuzzDocumentJson)
