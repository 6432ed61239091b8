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
  // Index of the first block after the header lines (issuer, motto, number,
  // place and date): the type line, or for a letter with none (a công văn)
  // "Kính gửi" or its first running sentence. The header's lines are no
  // headings of the content ("CỘNG HÒA XÃ HỘI …" names no topic).
  int header_end_block = 0;
};

MetadataResult ExtractMetadata(const Document& doc, const RuleSet& rules, DocumentInfo* info);

// A place or body name as printed, reduced to its name: the leading words
// that start with a capital (or digit), title-cased when printed in capitals.
// "Thanh Định báo cáo" -> "Thanh Định"; "TÂN HƯƠNG" -> "Tân Hương".
std::string NameOnly(std::string_view canonical);

// A unit named by a number ("Phường 5", "Tổ dân phố 3", "Thôn 2A"): a
// number is no name without its unit word, so the name is both, the unit
// title-cased. `unit` as printed, `rest` the text after it. nullopt when
// `rest` does not start with such a number (1-4 digits and letters).
std::optional<std::string> NumberedUnitName(std::string_view unit, std::string_view rest);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_METADATA_H_
