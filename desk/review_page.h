// `baocao review`: one self-contained HTML page for the analyst. No script,
// no external asset, no network (it opens from a USB stick); everything that
// comes from a document is HTML-escaped.
//
// For each current document (superseded versions are reached through the
// diff of the version that replaced them): its metadata; its checks at the
// top, highlighted, and the rows they are about marked; activities in
// tables by status and period in document order, then budgets, then other
// figures, each with its record id (for `baocao correct`), its provenance
// snippet, page, block, row and rule; the analyst's corrections shown as
// "extracted → corrected" with who, when and why; the changes since the
// previous version of the report, when there is one; and the changes the
// last re-extraction made ("Changes since run N", N the run whose records it
// replaced), when one changed the document.
//
//   std::ofstream out("report.html");
//   Status s = WriteReviewPage(db, ReviewOptions{}, out);
#ifndef BAOCAO_DESK_REVIEW_PAGE_H_
#define BAOCAO_DESK_REVIEW_PAGE_H_

#include <cstdint>
#include <optional>
#include <ostream>

#include "store/database.h"
#include "util/status.h"

namespace baocao {

struct ReviewOptions {
  bool all_versions = false;               // also list superseded versions as documents of their own
  std::optional<std::int64_t> document;    // only this document
};

Status WriteReviewPage(Database* db, const ReviewOptions& options, std::ostream& out);

}  // namespace baocao

#endif  // BAOCAO_DESK_REVIEW_PAGE_H_
