// Rules as an analyst may write them, and extraction with them: the input is
// rules text, a NUL byte, then a document as text (fuzz_support.h:
// DocumentFromText, lines with '|' are table rows). Rules that load must
// never crash extraction, whatever their patterns match or capture; rules
// that do not load must say why.
#include <string>

#include "extractors/extract.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "normalize/normalize_document.h"

namespace {

int FuzzRules(const std::uint8_t* data, std::size_t size) {
  if (size > (32 << 10)) return -1;
  const std::string_view input = baocao::fuzz::AsText(data, size);
  const std::size_t nul = input.find('\0');
  const std::string rules_text(input.substr(0, nul));
  const std::string_view document_text =
      nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

  baocao::Result<baocao::RuleSet> rules = baocao::RuleSet::LoadText(rules_text, "fuzz.rules");
  if (!rules.ok()) {
    FUZZ_CHECK(!rules.status().reason().empty());
    return 0;
  }
  baocao::Document doc = baocao::fuzz::DocumentFromText(document_text);
  baocao::normalize::NormalizeDocument(&doc);
  baocao::DocumentInfo info;
  info.file = "fuzz.txt";
  info.format = doc.format;
  baocao::Extraction extraction = baocao::Extract(doc, rules.value(), info);
  (void)extraction;
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(rules, FuzzRules)
