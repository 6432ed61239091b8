// `baocao diff` output: a table for people (colour on a terminal), JSON
// Lines for scripts, and HTML (a page of its own, or a section of the review
// page).
//
// JSON Lines: one object per change, nothing for an empty diff.
//   {"change":"changed","old_document":12,"new_document":19,"file":"x.docx",
//    "type":"activity","status":"actual","period":"2024","topic":"suc_khoe",
//    "organizer":null,"category":null,"commune":null,"label":"…","occurrence":0,
//    "field":"participants","old":143,"new":153,
//    "old_source":{"page":null,"block":7,"row":4,"text":"…"},"new_source":{…},
//    "old_rule":"table.activity","new_rule":"table.activity"}
//   "change" is changed | added | removed (then "field" is null and old/new
//   hold the record's measures as an object, or null), or new_check |
//   resolved_check with "rule", "severity", "message", "source", "about".
#ifndef BAOCAO_DESK_DIFF_FORMAT_H_
#define BAOCAO_DESK_DIFF_FORMAT_H_

#include <ostream>
#include <string>

#include "desk/diff.h"

namespace baocao {

void WriteDiffTable(std::ostream& out, const Diff& diff, bool colour);
void WriteDiffJsonl(std::ostream& out, const Diff& diff);
void WriteDiffHtmlPage(std::ostream& out, const Diff& diff);

// The changes of one document as HTML tables (no page around them); empty
// string for an empty diff.
std::string DiffHtmlSection(const DocumentDiff& diff);

}  // namespace baocao

#endif  // BAOCAO_DESK_DIFF_FORMAT_H_
