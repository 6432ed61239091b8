// The document's own reference ("Số: 157/BC-UBND") and date of issue
// ("Kim Sơn, ngày 29 tháng 5 năm 2019") read from one header line, with
// [meta] rules: blanks left for a handwritten number or day, a number
// scribbled in, a "Số:" OCR garbled, and the cited documents and stamps
// whose numbers and dates are not the document's.
//
//   if (auto ref = ReadReference(rules, line)) info->ref = ref;
//
// Thread safety: pure functions.
#ifndef BAOCAO_EXTRACTORS_HEADER_REFERENCE_H_
#define BAOCAO_EXTRACTORS_HEADER_REFERENCE_H_

#include <cstddef>
#include <optional>
#include <string>

#include "extractors/folded.h"
#include "extractors/rules.h"

namespace baocao {

// The line opens with the reference's cue ([meta] ref or ref_bare: "Số:",
// "Số 12/…").
bool HasReferenceCue(const RuleSet& rules, const FoldedText& t);

// The reference of a line with the cue: "157/BC-UBND", "/BC-UBND" for a
// blank; what the line runs on into (place, date, "V/v …") left out. A
// number written into the blank that reads as scribbles is blank. nullopt
// when the line has no cue or what follows it is no reference ("Số: 20418"
// of an incoming-mail stamp).
std::optional<std::string> ReadReference(const RuleSet& rules, const FoldedText& t);

// The reference read from its code alone ([meta] ref_code: "/KH-UBND",
// "59/QĐ-UBND", "…BC-PGDĐT" with its slash lost in the dots), for a line whose
// "Số:" OCR garbled. `at_end`: the code must end the line (on a line
// without the cue, so that a code cited inside a sentence is not taken).
// The number is kept only when its digits touch the slash. A code whose
// issuer comes first is read only after a blank number, ending the line
// ([meta] ref_blank: "SỐ, /PGDĐT-GDTX"; a cited "95/PGDĐT-GDTX" has its
// number). `start`, when
// given, gets the folded offset where the match begins.
std::optional<std::string> CodeReference(const RuleSet& rules, const FoldedText& t, bool at_end,
                                         std::size_t* start = nullptr);

// The date of issue of a line, "2019-05-29", "2021-01" for a blank day,
// "2024" for a blank month; nullopt when the line has none or the date
// belongs to a cited document ("Công văn số 95/PGDĐT ngày 12/11/2023").
std::optional<std::string> IssuedDate(const RuleSet& rules, const FoldedText& t);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_HEADER_REFERENCE_H_
