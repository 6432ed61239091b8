// The extraction stage: a normalised Document in, the contract's records
// out. Rules come from a RuleSet loaded once and shared.
//
//   Result<RuleSet> rules = RuleSet::LoadDirectory(dir);
//   DocumentInfo info;  info.file = "x.docx";  info.sha256 = ...;
//   Extraction ex = Extract(doc, *rules, info);
//
// REQUIRES: normalize::NormalizeDocument(&doc) has run (extractors read
// `text`, never `orig`).
//
// Thread safety: Extract is reentrant; the RuleSet is only read.
#ifndef BAOCAO_EXTRACTORS_EXTRACT_H_
#define BAOCAO_EXTRACTORS_EXTRACT_H_

#include "document/document.h"
#include "extractors/record.h"
#include "extractors/rules.h"

namespace baocao {

// `info` carries what the caller knows of the file (file, sha256, format,
// pages, ocr); Extract fills the metadata fields.
Extraction Extract(const Document& doc, const RuleSet& rules, DocumentInfo info);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_EXTRACT_H_
