// Place names as OCR reads them. Tesseract's Vietnamese model confuses the
// hook above with the acute on small print ("Cẩm Thạch" read "Cấm Thạch",
// "An Thắng" read "An Thẳng"), and does it the same way at every mention, so
// no vote inside the document can undo it. Place names, though, come from a
// small vocabulary: "Cẩm" is in hundreds of them, "Cấm" (forbidden) in none.
// Rules list the syllables place names use ([place_syllable] attested); a
// syllable OCR read that no place name uses, whose twin with the other mark
// is one they use, is read as the twin. A syllable both or neither use is
// kept as read ("Phú" and "Phủ", "Phố" and "Phổ" are all place syllables).
//
// Only text that came from OCR is read this way: typed text is what the
// clerk typed, and a typo there is the clerk's to correct.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_PLACE_READING_H_
#define BAOCAO_EXTRACTORS_PLACE_READING_H_

#include <string>
#include <string_view>

#include "extractors/record.h"
#include "extractors/rules.h"

namespace baocao {

//   ReadPlaceName(rules, "Cấm Thạch") == "Cẩm Thạch"
//   ReadPlaceName(rules, "Phú Lương") == "Phú Lương"   (both marks are place syllables)
std::string ReadPlaceName(const RuleSet& rules, std::string_view name);

// Could `name` be a whole place name as read: every word a well-formed
// Vietnamese syllable (or a number, "Phường 5")? OCR of a header under a
// stamp gives "T Hanh Ị" for "Thanh Định"; a later mention then reads better.
bool LooksLikePlaceName(std::string_view name);

// For a document read by OCR: its commune, district, province and issuer,
// and every record's commune, through ReadPlaceName. Labels and source
// text stay as read (they are the evidence).
void ReadPlaceNames(const RuleSet& rules, Extraction* extraction);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PLACE_READING_H_
