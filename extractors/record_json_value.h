// Records and document lines as nlohmann JSON values, for codecs that embed
// them in a larger message (the worker wire) instead of printing lines.
// record_json.h prints the same values as the contract's JSON Lines.
//
// Thread safety: pure functions.
#ifndef BAOCAO_EXTRACTORS_RECORD_JSON_VALUE_H_
#define BAOCAO_EXTRACTORS_RECORD_JSON_VALUE_H_

#include <nlohmann/json.hpp>

#include "extractors/record.h"
#include "extractors/record_schema.h"
#include "util/status.h"

namespace baocao {

using OrderedJson = nlohmann::ordered_json;

// A field value as JSON: null, string, whole numbers without ".0", bool,
// lists, a box as [x0, y0, x1, y1].
OrderedJson FieldValueToJson(const FieldValue& v);
// The inverse for a field of `type`. InvalidInput when the JSON value is of
// another kind (a string where a count belongs, a fraction for an integer).
Result<FieldValue> FieldValueFromJson(const OrderedJson& j, ValueType type);

// Every field of the schema by name, whatever the record's type: the whole
// record, as a child process hands it to its parent. Working notes
// (Record::notes) stay behind: they never leave the extractors.
OrderedJson RecordToFlatJson(const Record& r);
Result<Record> RecordFromFlatJson(const OrderedJson& j);

// The document line as a value (every DocumentFields() field).
OrderedJson DocumentToJson(const DocumentInfo& d);
Result<DocumentInfo> DocumentFromJson(const OrderedJson& j);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_RECORD_JSON_VALUE_H_
