#include "store/field_sql.h"

#include "extractors/record_json_value.h"

namespace baocao {

std::string QuotedColumn(std::string_view name) { return "\"" + std::string(name) + "\""; }

void BindField(Statement& st, int index, const FieldValue& v) {
  struct {
    Statement& st;
    int index;
    void operator()(std::monostate) { st.BindNull(index); }
    void operator()(const std::string& s) { st.Bind(index, s); }
    void operator()(std::int64_t i) { st.Bind(index, i); }
    void operator()(double d) { st.Bind(index, d); }
    void operator()(bool b) { st.Bind(index, b); }
    void operator()(const std::vector<int>& l) { st.Bind(index, OrderedJson(l).dump()); }
    void operator()(const std::vector<std::string>& l) {
      st.Bind(index, OrderedJson(l).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    void operator()(const SourceBox& b) { st.Bind(index, FieldValueToJson(b).dump()); }
  } bind{st, index};
  std::visit(bind, v);
}

namespace {

// A list field has no null: it is empty.
FieldValue NullOf(ValueType type) {
  if (type == ValueType::kTextList) return std::vector<std::string>();
  if (type == ValueType::kIntList) return std::vector<int>();
  return FieldValue{};
}

}  // namespace

FieldValue ColumnField(const Statement& st, int column, ValueType type) {
  if (st.IsNull(column)) return NullOf(type);
  switch (type) {
    case ValueType::kText:
    case ValueType::kCode: return st.ColumnText(column);
    case ValueType::kInteger: return st.ColumnInt64(column);
    case ValueType::kReal: return *st.OptionalDouble(column);
    case ValueType::kBool: return st.ColumnInt64(column) != 0;
    case ValueType::kIntList:
    case ValueType::kTextList:
    case ValueType::kBox: {
      OrderedJson j = OrderedJson::parse(st.ColumnText(column), nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded()) return NullOf(type);
      Result<FieldValue> v = FieldValueFromJson(j, type);
      return v.ok() ? v.value() : NullOf(type);
    }
  }
  return FieldValue{};
}

std::vector<const RecordField*> FieldsInTable(std::string_view table) {
  std::vector<const RecordField*> out;
  for (const RecordField& f : RecordFields()) {
    if (f.sql_table == table) out.push_back(&f);
  }
  return out;
}

}  // namespace baocao
