// Document metadata from the header block and title: doc_type, ref, issued,
// title, issuer, commune, district, province. Fills the fields of `info` it
// finds and leaves the others unknown (null), never guessed.
#ifndef BAOCAO_EXTRACTORS_METADATA_H_
#define BAOCAO_EXTRACTORS_METADATA_H_

#include "document/document.h"
#include "extractors/record.h"
#include "extractors/rules.h"

namespace baocao {

struct MetadataResult {
  // Index of the body block holding the document-type line, or -1. Blocks
  // before it are the header block, not report content.
  int type_line_block = -1;
  // Index of the last block of the title, or -1.
  int title_end_block = -1;
};

MetadataResult ExtractMetadata(const Document& doc, const RuleSet& rules, DocumentInfo* info);

// A place or body name as printed, reduced to its name: the leading words
// that start with a capital (or digit), title-cased when printed in capitals.
// "Thanh Định báo cáo" -> "Thanh Định"; "TÂN HƯƠNG" -> "Tân Hương".
std::string NameOnly(std::string_view canonical);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_METADATA_H_
