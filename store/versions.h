// Versions of a report: a corrected report is loaded as a new version that
// supersedes the one it corrects in exports; the old one is kept. Internal
// to store/ (Database::AddDocument and Database::Open call it); the
// matching functions are public so tests and the README can state the rules.
//
// Two documents are versions of one report when either
//   (a) their version keys are equal: same doc_type, issuer, period and
//       reference (the title stands in for a missing reference), or
//   (b) they came under the same file name from the same sender (the issuer,
//       or the commune when the issuer is unknown), with the same doc_type,
//       periods equal or one unknown, and references equal or one unknown.
// Of two versions the newer is the one issued later; with equal or unknown
// dates, the one loaded later.
#ifndef BAOCAO_STORE_VERSIONS_H_
#define BAOCAO_STORE_VERSIONS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "extractors/record.h"
#include "util/status.h"

struct sqlite3;

namespace baocao {

// The period the whole document is about ("2024", "2025-01/2025-06"), which
// DocumentInfo does not carry. Derived, in this order, from:
//  1. the records: the most frequent period of the activity and budget
//     records of the document's own status (actual for a báo cáo, plan for a
//     kế hoạch), then of figures; a month or a quarter counts as its year,
//     so a plan with monthly rows is a plan for the year, while a year and
//     the half-years (YYYY-01/YYYY-06, YYYY-07/YYYY-12) and intervals across
//     years (a school year) count as they are; ties go to the first seen;
//  2. the title: "6 tháng đầu/cuối năm YYYY" -> the half-year, else the last
//     year (19xx/20xx) it names;
//  3. the year of `issued`.
// Empty when none of these says anything.
std::optional<std::string> DocumentPeriod(const Extraction& extraction);

// The sender for rule (b): issuer, else commune; empty when both unknown.
std::optional<std::string> DocumentSender(const DocumentInfo& document);

// The key of rule (a); empty when issuer or period is unknown or the type
// is "other" (too little to tell two reports apart).
std::optional<std::string> VersionKey(const DocumentInfo& document,
                                      const std::optional<std::string>& period);

// How a newly stored document relates to the ones before it.
struct VersionLink {
  std::int64_t lineage = 0;                  // id of the family's first document
  int version = 1;                           // 1, 2, ... in load order
  std::optional<std::int64_t> supersedes;    // the document it replaced
  std::optional<std::int64_t> superseded_by; // set when it arrived after a newer one
};

// Inside the caller's write transaction: stores period, sender and key of
// document `id` and links it to its family (see the rules above).
// REQUIRES: the documents row `id` exists; its records are inserted.
Result<VersionLink> LinkVersion(sqlite3* db, std::int64_t id,
                                const DocumentInfo& document,
                                const std::optional<std::string>& period);

// Gives documents stored before schema version 2 their period, sender, key
// and family, in load order, in one transaction. Cheap when there are none.
Status BackfillVersions(sqlite3* db);

}  // namespace baocao

#endif  // BAOCAO_STORE_VERSIONS_H_
