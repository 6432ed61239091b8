// The record contract's fields, declared once.
//
// Every codec of records walks these tables instead of naming fields itself:
// the JSON Lines of `extract` and `export` (extractors/record_json.h), the
// worker wire (batch/worker_wire.h), the SQL rows and views (store/), the
// CSV and XLSX exports, the diff, the corrections and eval (desk/,
// pipeline/). Adding a field is one line here (plus, for SQL, a migration
// step adding its column); tests/extractors/record_schema_test.cc fails when
// a codec and these tables disagree.
//
//   for (const RecordField& f : RecordFields())
//     if (f.Carries(RecordType::kActivity)) Print(f.name, f.Get(record));
//
//   for (const FieldUse& use : PrintedFields(RecordType::kFigure))
//     json[use.json_name] = ...;   // "name" for a figure's label
//
// Thread safety: the tables are immutable after first use; share freely.
#ifndef BAOCAO_EXTRACTORS_RECORD_SCHEMA_H_
#define BAOCAO_EXTRACTORS_RECORD_SCHEMA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "extractors/record.h"

namespace baocao {

// How a field's value is typed, in C++, JSON and SQL.
enum class ValueType {
  kText,      // string (SQL TEXT)
  kCode,      // string from a closed list (`codes`), e.g. status
  kInteger,   // int64 (SQL INTEGER); counts and đồng amounts
  kReal,      // double (SQL REAL); figures, confidences
  kBool,      // JSON true/false (SQL INTEGER 0/1)
  kIntList,   // list of ints (a check's refs; SQL: the check_refs table)
  kTextList,  // list of strings (a document's warnings; SQL: JSON text)
  kBox,       // [x0, y0, x1, y1] in PDF points (SQL: JSON text)
};

// What a field is to the people and programs reading records.
enum class FieldRole {
  kKey,          // what a figure is about: status, period, topic, organizer,
                 // category, commune, unit — the scorer's and eval's keys
  kMeasure,      // the numbers: classes, participants, female, cost_vnd,
                 // amount_vnd, value, of
  kDescription,  // words kept with the figure: label, audience, location,
                 // approx, a check's severity and message
  kCheckRefs,    // a check's refs
  kProvenance,   // where it came from: page, block, row, col, box, text, rule
  kFile,         // document line: facts about the input file
  kMetadata,     // document line: what the rules read from the header
};

// A value of any field; monostate is null (unknown).
using FieldValue = std::variant<std::monostate, std::string, std::int64_t, double, bool,
                                std::vector<int>, std::vector<std::string>, SourceBox>;

// Which member of Record (or of Record::source) holds a field.
using RecordMember =
    std::variant<std::string Record::*, std::optional<std::string> Record::*,
                 std::optional<std::int64_t> Record::*, std::optional<double> Record::*, bool Record::*,
                 std::vector<int> Record::*, int Source::*, std::optional<int> Source::*,
                 std::string Source::*, std::optional<SourceBox> Source::*>;
using DocumentMember =
    std::variant<std::string DocumentInfo::*, std::optional<std::string> DocumentInfo::*,
                 std::optional<int> DocumentInfo::*, std::optional<double> DocumentInfo::*,
                 bool DocumentInfo::*, std::vector<std::string> DocumentInfo::*>;

// One field of the activity/budget/figure/check records (and their source).
struct RecordField {
  std::string_view name;          // JSON name in the contract; SQL column
  std::string_view sql_table;     // "records" or "provenance"; empty: not a column
  ValueType type = ValueType::kText;
  FieldRole role = FieldRole::kDescription;
  bool nullable = true;           // false: always printed with a value
  unsigned types = 0;             // bit (1 << RecordType) for each type that carries it
  bool correctable = false;       // an analyst may `correct set` it
  std::vector<std::string_view> codes;  // kCode: the allowed values

  bool Carries(RecordType t) const { return (types >> static_cast<int>(t)) & 1u; }
  FieldValue Get(const Record& r) const;
  // REQUIRES: `v` holds the field's type (an int64 for kReal is accepted)
  // or is null. Fields that cannot be null take their default when given null.
  void Set(Record* r, const FieldValue& v) const;

  RecordMember member;
};

// Every record field, in the canonical order (CSV columns, the wire, SQL).
const std::vector<RecordField>& RecordFields();
const RecordField* FindRecordField(std::string_view name);

// A field as a record type prints it in JSON Lines, in the contract's order.
struct FieldUse {
  const RecordField* field;
  std::string_view json_name;  // differs from field->name only for a figure's "name"
};
// The fields `type` prints before "source", in order (record_json.h).
const std::vector<FieldUse>& PrintedFields(RecordType type);
// The fields of "source" (page, block, row, col, box, text), in order.
const std::vector<const RecordField*>& SourceFields();

// The measures of `type`, in contract order: an activity's classes,
// participants, female, cost_vnd; a budget's amount_vnd; a figure's value.
std::vector<const RecordField*> MeasuresOf(RecordType type);
// The key fields that say what a figure of `type` is about.
std::vector<const RecordField*> KeysOf(RecordType type);

// One field of the document line.
struct DocumentField {
  std::string_view name;  // JSON name; SQL column of `documents`
  ValueType type = ValueType::kText;
  FieldRole role = FieldRole::kMetadata;  // kFile or kMetadata
  bool nullable = true;
  FieldValue Get(const DocumentInfo& d) const;
  void Set(DocumentInfo* d, const FieldValue& v) const;
  DocumentMember member;
};
// The document line's fields after "type" and "schema", in contract order.
const std::vector<DocumentField>& DocumentFields();

// Helpers for codecs.
const char* ValueTypeName(ValueType t);             // "text", "integer", …
std::optional<RecordType> RecordTypeFromName(std::string_view name);
constexpr unsigned TypeBit(RecordType t) { return 1u << static_cast<int>(t); }

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_RECORD_SCHEMA_H_
