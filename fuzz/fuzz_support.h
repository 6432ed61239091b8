// What several fuzz targets share: the source tree's rules, loaded once, and
// the later stages run over a converter's document, so a converter target
// also checks that what it emits is safe for everything downstream.
#ifndef BAOCAO_FUZZ_FUZZ_SUPPORT_H_
#define BAOCAO_FUZZ_FUZZ_SUPPORT_H_

#include <string_view>

#include "document/document.h"
#include "extractors/rules.h"

namespace baocao::fuzz {

// rules/ of the source tree, loaded on first use; aborts when they do not
// load (a fuzzer with no rules would test nothing).
const RuleSet& SourceRules();

// Normalises `doc`, extracts its records with SourceRules(), and checks the
// document JSON round trip (DocumentToJson -> DocumentFromJson ->
// DocumentToJson gives the same text). The path ProcessBytes takes after
// conversion.
void RunLaterStages(Document doc);

// A small document from text, for targets whose input is text: each line a
// paragraph; consecutive lines holding '|' one table, a row per line and a
// cell per '|'-separated field (rows may differ in width: missing cells stay
// uncovered, as in a ragged table).
Document DocumentFromText(std::string_view text);

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Code points of valid UTF-8.
std::size_t CodePointCount(std::string_view utf8);

}  // namespace baocao::fuzz

#endif  // BAOCAO_FUZZ_FUZZ_SUPPORT_H_
