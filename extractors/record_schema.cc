#include "extractors/record_schema.h"

#include <type_traits>
#include <utility>

namespace baocao {
namespace {

constexpr unsigned kActivity = TypeBit(RecordType::kActivity);
constexpr unsigned kBudget = TypeBit(RecordType::kBudget);
constexpr unsigned kFigure = TypeBit(RecordType::kFigure);
constexpr unsigned kCheck = TypeBit(RecordType::kCheck);
constexpr unsigned kAll = kActivity | kBudget | kFigure | kCheck;

RecordField Field(std::string_view name, std::string_view table, ValueType type, FieldRole role, unsigned types,
                  RecordMember member, bool correctable = false, std::vector<std::string_view> codes = {},
                  bool nullable = true) {
  RecordField f;
  f.name = name;
  f.sql_table = table;
  f.type = type;
  f.role = role;
  f.types = types;
  f.member = member;
  f.correctable = correctable;
  f.codes = std::move(codes);
  f.nullable = nullable;
  return f;
}

// Converts what a member holds into a FieldValue.
template <typename T>
FieldValue ToValue(const T& v) {
  if constexpr (std::is_same_v<T, std::optional<std::string>> || std::is_same_v<T, std::optional<double>> ||
                std::is_same_v<T, std::optional<std::int64_t>> || std::is_same_v<T, std::optional<SourceBox>>) {
    if (!v) return std::monostate{};
    return *v;
  } else if constexpr (std::is_same_v<T, std::optional<int>>) {
    if (!v) return std::monostate{};
    return static_cast<std::int64_t>(*v);
  } else if constexpr (std::is_same_v<T, int>) {
    return static_cast<std::int64_t>(v);
  } else {
    return v;  // std::string, bool, std::vector<int>, std::vector<std::string>
  }
}

// Stores a FieldValue into a member; null gives an optional nothing and a
// plain member its default.
template <typename T>
void FromValue(const FieldValue& v, T* out) {
  if (std::holds_alternative<std::monostate>(v)) {
    *out = T{};
    return;
  }
  if constexpr (std::is_same_v<T, std::optional<double>> || std::is_same_v<T, double>) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
      *out = static_cast<double>(*i);
      return;
    }
    if (const auto* d = std::get_if<double>(&v)) *out = *d;
  } else if constexpr (std::is_same_v<T, std::optional<int>> || std::is_same_v<T, int>) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) *out = static_cast<int>(*i);
  } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) *out = *i;
  } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
    if (const auto* s = std::get_if<std::string>(&v)) *out = *s;
  } else if constexpr (std::is_same_v<T, std::optional<SourceBox>>) {
    if (const auto* b = std::get_if<SourceBox>(&v)) *out = *b;
  } else {
    if (const auto* x = std::get_if<T>(&v)) *out = *x;
  }
}

// The owner of a member pointer: Record itself or its Source.
template <typename Owner>
auto& OwnerOf(const Record& r) {
  if constexpr (std::is_same_v<Owner, Source>) {
    return r.source;
  } else {
    return r;
  }
}
template <typename Owner>
auto& OwnerOf(Record* r) {
  if constexpr (std::is_same_v<Owner, Source>) {
    return r->source;
  } else {
    return *r;
  }
}

template <typename>
struct MemberTraits;
template <typename Owner, typename T>
struct MemberTraits<T Owner::*> {
  using owner = Owner;
  using value = T;
};

}  // namespace

FieldValue RecordField::Get(const Record& r) const {
  return std::visit(
      [&r](auto m) -> FieldValue {
        using Owner = typename MemberTraits<decltype(m)>::owner;
        return ToValue(OwnerOf<Owner>(r).*m);
      },
      member);
}

void RecordField::Set(Record* r, const FieldValue& v) const {
  std::visit(
      [r, &v](auto m) {
        using Owner = typename MemberTraits<decltype(m)>::owner;
        FromValue(v, &(OwnerOf<Owner>(r).*m));
      },
      member);
}

FieldValue DocumentField::Get(const DocumentInfo& d) const {
  return std::visit([&d](auto m) -> FieldValue { return ToValue(d.*m); }, member);
}

void DocumentField::Set(DocumentInfo* d, const FieldValue& v) const {
  std::visit([d, &v](auto m) { FromValue(v, &(d->*m)); }, member);
}

const std::vector<RecordField>& RecordFields() {
  using T = ValueType;
  using R = FieldRole;
  static const auto* fields = new std::vector<RecordField>{
      Field("status", "records", T::kCode, R::kKey, kActivity | kBudget, &Record::status, true,
            {"actual", "plan", "demand"}),
      Field("period", "records", T::kText, R::kKey, kActivity | kBudget | kFigure, &Record::period, true),
      Field("topic", "records", T::kCode, R::kKey, kActivity, &Record::topic, true,
            {"kinh_te", "van_hoa_xa_hoi", "phap_luat", "suc_khoe", "moi_truong", "xoa_mu_chu", "hoc_nghe",
             "ky_nang_song", "van_nghe_the_thao", "ngoai_ngu_tin_hoc", "khac", "tong"}),
      Field("label", "records", T::kText, R::kDescription, kActivity | kBudget | kFigure, &Record::label, false, {},
            /*nullable=*/false),
      Field("organizer", "records", T::kCode, R::kKey, kActivity, &Record::organizer, true, {"center", "partner"}),
      Field("classes", "records", T::kInteger, R::kMeasure, kActivity, &Record::classes, true),
      Field("participants", "records", T::kInteger, R::kMeasure, kActivity, &Record::participants, true),
      Field("female", "records", T::kInteger, R::kMeasure, kActivity, &Record::female, true),
      Field("cost_vnd", "records", T::kInteger, R::kMeasure, kActivity, &Record::cost_vnd, true),
      Field("audience", "records", T::kText, R::kDescription, kActivity, &Record::audience),
      Field("location", "records", T::kText, R::kDescription, kActivity, &Record::location),
      Field("commune", "records", T::kText, R::kKey, kActivity, &Record::commune, true),
      Field("approx", "records", T::kBool, R::kDescription, kActivity | kFigure, &Record::approx, false, {},
            /*nullable=*/false),
      Field("category", "records", T::kCode, R::kKey, kBudget, &Record::category, true,
            {"state", "socialized", "learner", "total", "other"}),
      Field("amount_vnd", "records", T::kInteger, R::kMeasure, kBudget, &Record::amount_vnd, true),
      Field("value", "records", T::kReal, R::kMeasure, kFigure, &Record::value, true),
      Field("unit", "records", T::kText, R::kKey, kFigure, &Record::unit, true),
      Field("of", "records", T::kReal, R::kMeasure, kFigure, &Record::of, true),
      Field("severity", "records", T::kCode, R::kDescription, kCheck, &Record::severity, false,
            {"error", "warning", "info"}, /*nullable=*/false),
      Field("message", "records", T::kText, R::kDescription, kCheck, &Record::message, false, {},
            /*nullable=*/false),
      Field("refs", "", T::kIntList, R::kCheckRefs, kCheck, &Record::refs, false, {}, /*nullable=*/false),
      Field("page", "provenance", T::kInteger, R::kProvenance, kAll, &Source::page),
      Field("block", "provenance", T::kInteger, R::kProvenance, kAll, &Source::block, false, {},
            /*nullable=*/false),
      Field("row", "provenance", T::kInteger, R::kProvenance, kAll, &Source::row),
      Field("col", "provenance", T::kInteger, R::kProvenance, kAll, &Source::col),
      Field("box", "provenance", T::kBox, R::kProvenance, kAll, &Source::box),
      Field("text", "provenance", T::kText, R::kProvenance, kAll, &Source::text, false, {}, /*nullable=*/false),
      Field("rule", "records", T::kText, R::kProvenance, kAll, &Record::rule, false, {}, /*nullable=*/false),
  };
  return *fields;
}

const RecordField* FindRecordField(std::string_view name) {
  for (const RecordField& f : RecordFields()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

const std::vector<FieldUse>& PrintedFields(RecordType type) {
  // The contract's order for each type (docs/records.md): the order is part
  // of the output that analysts' scripts and the samples' expected files see.
  auto uses = [](std::initializer_list<std::string_view> names) {
    std::vector<FieldUse> out;
    for (std::string_view n : names) {
      std::string_view field = n == "name" ? "label" : n;
      out.push_back({FindRecordField(field), n});
    }
    return out;
  };
  static const auto* activity = new std::vector<FieldUse>(
      uses({"status", "period", "topic", "label", "organizer", "classes", "participants", "female", "cost_vnd",
            "audience", "location", "commune", "approx"}));
  static const auto* budget =
      new std::vector<FieldUse>(uses({"status", "period", "category", "label", "amount_vnd"}));
  static const auto* figure =
      new std::vector<FieldUse>(uses({"name", "value", "unit", "of", "period", "approx"}));
  static const auto* check = new std::vector<FieldUse>(uses({"severity", "message", "refs"}));
  switch (type) {
    case RecordType::kActivity: return *activity;
    case RecordType::kBudget: return *budget;
    case RecordType::kFigure: return *figure;
    case RecordType::kCheck: return *check;
  }
  return *check;
}

const std::vector<const RecordField*>& SourceFields() {
  static const auto* fields = new std::vector<const RecordField*>{
      FindRecordField("page"), FindRecordField("block"), FindRecordField("row"),
      FindRecordField("col"),  FindRecordField("box"),   FindRecordField("text")};
  return *fields;
}

std::vector<const RecordField*> MeasuresOf(RecordType type) {
  std::vector<const RecordField*> out;
  for (const FieldUse& use : PrintedFields(type)) {
    // A figure's "of" is its denominator, not a figure of its own.
    if (use.field->role == FieldRole::kMeasure && use.field->name != "of") out.push_back(use.field);
  }
  return out;
}

std::vector<const RecordField*> KeysOf(RecordType type) {
  std::vector<const RecordField*> out;
  for (const RecordField& f : RecordFields()) {
    if (f.role == FieldRole::kKey && f.Carries(type)) out.push_back(&f);
  }
  return out;
}

const std::vector<DocumentField>& DocumentFields() {
  using T = ValueType;
  auto field = [](std::string_view name, ValueType type, FieldRole role, DocumentMember member,
                  bool nullable = true) {
    DocumentField f;
    f.name = name;
    f.type = type;
    f.role = role;
    f.member = member;
    f.nullable = nullable;
    return f;
  };
  constexpr FieldRole kFile = FieldRole::kFile;
  constexpr FieldRole kMeta = FieldRole::kMetadata;
  static const auto* fields = new std::vector<DocumentField>{
      field("file", T::kText, kFile, &DocumentInfo::file, false),
      field("sha256", T::kText, kFile, &DocumentInfo::sha256, false),
      field("format", T::kCode, kFile, &DocumentInfo::format, false),
      field("pages", T::kInteger, kFile, &DocumentInfo::pages),
      field("ocr", T::kBool, kFile, &DocumentInfo::ocr, false),
      field("ocr_confidence", T::kReal, kFile, &DocumentInfo::ocr_confidence),
      field("doc_type", T::kCode, kMeta, &DocumentInfo::doc_type, false),
      field("ref", T::kText, kMeta, &DocumentInfo::ref),
      field("issued", T::kText, kMeta, &DocumentInfo::issued),
      field("title", T::kText, kMeta, &DocumentInfo::title),
      field("issuer", T::kText, kMeta, &DocumentInfo::issuer),
      field("commune", T::kText, kMeta, &DocumentInfo::commune),
      field("district", T::kText, kMeta, &DocumentInfo::district),
      field("province", T::kText, kMeta, &DocumentInfo::province),
      field("warnings", T::kTextList, kFile, &DocumentInfo::warnings, false),
  };
  return *fields;
}

const char* ValueTypeName(ValueType t) {
  switch (t) {
    case ValueType::kText: return "text";
    case ValueType::kCode: return "code";
    case ValueType::kInteger: return "integer";
    case ValueType::kReal: return "real";
    case ValueType::kBool: return "bool";
    case ValueType::kIntList: return "int-list";
    case ValueType::kTextList: return "text-list";
    case ValueType::kBox: return "box";
  }
  return "unknown";
}

std::optional<RecordType> RecordTypeFromName(std::string_view name) {
  for (RecordType t : {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure, RecordType::kCheck}) {
    if (name == RecordTypeName(t)) return t;
  }
  return std::nullopt;
}

}  // namespace baocao
