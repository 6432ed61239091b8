// What changed between two extractions of one report: figures added,
// removed and changed, checks new and resolved. Pure: desk/diff_sources.h
// decides which extractions to compare (two versions, two runs, two rule
// sets) and desk/diff_format.h prints the result.
//
//   DocumentDiff d = DiffExtractions(&old_extraction, &new_extraction);
//   for (const FigureChange& c : d.figures) ...
//
// Records are matched by their key: type, status, period, topic, organizer,
// category, commune and label, and the occurrence of that key in document
// order (the second row with the same label is occurrence 1). A record whose
// key changed (a rule now reads another topic) is therefore one removal and
// one addition. Checks are matched by rule and the keys of the records they
// are about.
//
// Thread safety: plain functions over values.
#ifndef BAOCAO_DESK_DIFF_H_
#define BAOCAO_DESK_DIFF_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extractors/record.h"

namespace baocao {

struct RecordKey {
  std::string type;  // "activity", "budget", "figure", "check", or "document"
  std::optional<std::string> status;
  std::optional<std::string> period;
  std::optional<std::string> topic;
  std::optional<std::string> organizer;
  std::optional<std::string> category;
  std::optional<std::string> commune;
  std::string label;
  int occurrence = 0;

  bool operator==(const RecordKey& other) const = default;
  auto operator<=>(const RecordKey& other) const = default;
};

// The keys of `e.records`, in their order.
std::vector<RecordKey> RecordKeys(const Extraction& e);

struct FigureChange {
  enum class Kind { kAdded, kRemoved, kChanged };
  Kind kind = Kind::kChanged;
  RecordKey key;
  // kChanged: the field that differs ("participants", "title"…); one change
  // per field. kAdded / kRemoved: empty.
  std::string field;
  // JSON text: 1612, null, "center", true. For kAdded / kRemoved the
  // record's measures as one object ({"classes":4,"participants":312}).
  std::string old_value;
  std::string new_value;
  std::optional<Source> old_source;  // absent for kAdded and document fields
  std::optional<Source> new_source;  // absent for kRemoved and document fields
  std::string old_rule;
  std::string new_rule;
};

struct CheckChange {
  enum class Kind { kNew, kResolved };
  Kind kind = Kind::kNew;
  std::string rule;
  std::string severity;
  std::string message;
  Source source;
  std::vector<std::string> about;  // the labels of the records it is about
};

struct DocumentDiff {
  std::optional<std::int64_t> old_id;  // set by the caller when known
  std::optional<std::int64_t> new_id;
  std::string old_file;  // empty when there is no old extraction
  std::string new_file;  // empty when there is no new extraction
  std::vector<FigureChange> figures;
  std::vector<CheckChange> checks;

  bool empty() const { return figures.empty() && checks.empty(); }
};

// Compares two extractions of one report. Either may be null (a document
// only on one side: every record added or removed). Changes come in the new
// document's order, removals after, document fields first.
DocumentDiff DiffExtractions(const Extraction* old_extraction, const Extraction* new_extraction);

// A diff over many documents, only those with changes kept.
struct Diff {
  std::string old_label;  // what was compared: "run 3", "rules 2026.11.1", "document 12"
  std::string new_label;
  int documents_compared = 0;
  std::vector<DocumentDiff> documents;

  bool empty() const { return documents.empty(); }
};

}  // namespace baocao

#endif  // BAOCAO_DESK_DIFF_H_
