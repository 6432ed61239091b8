// Records and document lines with every schema field set to a distinct,
// non-default value, so a codec that forgets a field (or swaps two) fails
// the schema agreement tests in extractors/, batch/ and store/.
#ifndef BAOCAO_TESTS_SUPPORT_FULL_RECORD_H_
#define BAOCAO_TESTS_SUPPORT_FULL_RECORD_H_

#include <string>
#include <vector>

#include "extractors/record.h"
#include "extractors/record_schema.h"

namespace baocao::testing {

// A value for field number `i` of type `f.type`; distinct per field.
inline FieldValue DistinctValue(ValueType type, std::string_view codes0, int i) {
  switch (type) {
    case ValueType::kText: return std::string("văn bản ") + std::to_string(i);
    case ValueType::kCode: return std::string(codes0);
    case ValueType::kInteger: return static_cast<std::int64_t>(1000 + i);
    case ValueType::kReal: return 0.5 + i;
    case ValueType::kBool: return true;
    case ValueType::kIntList: return std::vector<int>{0, i % 3};
    case ValueType::kTextList: return std::vector<std::string>{"trang " + std::to_string(i) + " hỏng"};
    case ValueType::kBox: return SourceBox{1.5 + i, 2, 300, 40.25};
  }
  return std::monostate{};
}

// A record of `type` with every field the type carries set.
inline Record FullRecord(RecordType type) {
  Record r;
  r.type = type;
  int i = 0;
  for (const RecordField& f : RecordFields()) {
    ++i;
    if (!f.Carries(type)) continue;
    std::string_view code0 = f.codes.empty() ? std::string_view() : f.codes.front();
    // A check's refs must point inside the document; 0 always does.
    FieldValue v = f.type == ValueType::kIntList ? FieldValue(std::vector<int>{0}) : DistinctValue(f.type, code0, i);
    f.Set(&r, v);
  }
  return r;
}

// A document line with every field set.
inline DocumentInfo FullDocument() {
  DocumentInfo d;
  int i = 0;
  for (const DocumentField& f : DocumentFields()) f.Set(&d, DistinctValue(f.type, "", ++i));
  d.format = "pdf";
  d.doc_type = "bao_cao";
  d.issued = "2024-12-18";
  return d;
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_SUPPORT_FULL_RECORD_H_
