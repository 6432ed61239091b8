#include "desk/diff.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "extractors/record_json_value.h"
#include "extractors/record_schema.h"

namespace baocao {
namespace {

using json = OrderedJson;

// Never throws: stored text is UTF-8, but a stray byte must not end a diff.
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json Json(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

// The fields that make a record's identity (its key in RecordKey) and are
// therefore never "changed": a different value is another record.
bool InRecordKey(const RecordField& f) {
  static const std::set<std::string_view> key = {"status", "period", "topic", "organizer",
                                                 "category", "commune", "label"};
  return key.count(f.name) > 0;
}

// The fields compared for each record type, as (name, JSON value): what the
// type carries beyond its identity, its provenance and a check's own words.
std::vector<std::pair<std::string, json>> Fields(const Record& r) {
  std::vector<std::pair<std::string, json>> out;
  for (const RecordField& f : RecordFields()) {
    if (!f.Carries(r.type) || InRecordKey(f) || f.role == FieldRole::kProvenance) continue;
    if (r.type == RecordType::kCheck) continue;  // checks are compared by CheckKey
    out.emplace_back(std::string(f.name), FieldValueToJson(f.Get(r)));
  }
  return out;
}

// The measures shown for an added or removed record: its numbers (and a
// figure's unit), not its descriptive words.
std::string Measures(const Record& r) {
  json out = json::object();
  for (const RecordField& f : RecordFields()) {
    if (!f.Carries(r.type) || InRecordKey(f) || r.type == RecordType::kCheck) continue;
    if (f.role != FieldRole::kMeasure && f.role != FieldRole::kKey) continue;
    out[std::string(f.name)] = FieldValueToJson(f.Get(r));
  }
  return Dump(out);
}

std::vector<std::pair<std::string, json>> MetadataFields(const DocumentInfo& d) {
  std::vector<std::pair<std::string, json>> out;
  for (const DocumentField& f : DocumentFields()) {
    if (f.role == FieldRole::kMetadata) out.emplace_back(std::string(f.name), FieldValueToJson(f.Get(d)));
  }
  return out;
}

RecordKey KeyWithoutOccurrence(const Record& r) {
  RecordKey k;
  k.type = RecordTypeName(r.type);
  k.status = r.status;
  k.period = r.period;
  k.topic = r.topic;
  k.organizer = r.organizer;
  k.category = r.category;
  k.commune = r.commune;
  k.label = r.label;
  return k;
}

// A check's identity: its rule and the keys of what it is about.
std::string CheckKey(const Record& check, const std::vector<RecordKey>& keys) {
  json about = json::array();
  for (int ref : check.refs) {
    if (ref < 0 || static_cast<std::size_t>(ref) >= keys.size()) {
      about.push_back(nullptr);
      continue;
    }
    const RecordKey& k = keys[static_cast<std::size_t>(ref)];
    about.push_back(json::array({k.type, Json(k.status), Json(k.period), Json(k.topic), Json(k.organizer),
                                 Json(k.category), Json(k.commune), k.label, k.occurrence}));
  }
  return check.rule + " " + Dump(about);
}

CheckChange MakeCheckChange(CheckChange::Kind kind, const Record& check, const Extraction& e) {
  CheckChange c;
  c.kind = kind;
  c.rule = check.rule;
  c.severity = check.severity;
  c.message = check.message;
  c.source = check.source;
  for (int ref : check.refs) {
    if (ref >= 0 && static_cast<std::size_t>(ref) < e.records.size()) {
      c.about.push_back(e.records[static_cast<std::size_t>(ref)].label);
    }
  }
  return c;
}

void DiffChecks(const Extraction* old_e, const Extraction* new_e, const std::vector<RecordKey>& old_keys,
                const std::vector<RecordKey>& new_keys, DocumentDiff* out) {
  std::multiset<std::string> old_checks;
  std::multiset<std::string> new_checks;
  if (old_e != nullptr) {
    for (const Record& r : old_e->records) {
      if (r.type == RecordType::kCheck) old_checks.insert(CheckKey(r, old_keys));
    }
  }
  if (new_e != nullptr) {
    for (const Record& r : new_e->records) {
      if (r.type != RecordType::kCheck) continue;
      auto it = old_checks.find(CheckKey(r, new_keys));
      if (it != old_checks.end()) {
        old_checks.erase(it);
      } else {
        out->checks.push_back(MakeCheckChange(CheckChange::Kind::kNew, r, *new_e));
      }
      new_checks.insert(CheckKey(r, new_keys));
    }
  }
  if (old_e != nullptr) {
    for (const Record& r : old_e->records) {
      if (r.type != RecordType::kCheck) continue;
      auto it = new_checks.find(CheckKey(r, old_keys));
      if (it != new_checks.end()) {
        new_checks.erase(it);
      } else {
        out->checks.push_back(MakeCheckChange(CheckChange::Kind::kResolved, r, *old_e));
      }
    }
  }
}

}  // namespace

std::vector<RecordKey> RecordKeys(const Extraction& e) {
  std::vector<RecordKey> keys;
  std::map<RecordKey, int> seen;
  for (const Record& r : e.records) {
    RecordKey k = KeyWithoutOccurrence(r);
    k.occurrence = seen[k]++;
    keys.push_back(std::move(k));
  }
  return keys;
}

DocumentDiff DiffExtractions(const Extraction* old_e, const Extraction* new_e) {
  DocumentDiff out;
  if (old_e != nullptr) out.old_file = old_e->document.file;
  if (new_e != nullptr) out.new_file = new_e->document.file;
  std::vector<RecordKey> old_keys = old_e != nullptr ? RecordKeys(*old_e) : std::vector<RecordKey>{};
  std::vector<RecordKey> new_keys = new_e != nullptr ? RecordKeys(*new_e) : std::vector<RecordKey>{};

  if (old_e != nullptr && new_e != nullptr) {
    std::vector<std::pair<std::string, json>> before = MetadataFields(old_e->document);
    std::vector<std::pair<std::string, json>> after = MetadataFields(new_e->document);
    for (std::size_t i = 0; i < after.size(); ++i) {
      if (before[i].second == after[i].second) continue;
      FigureChange c;
      c.kind = FigureChange::Kind::kChanged;
      c.key.type = "document";
      c.field = after[i].first;
      c.old_value = Dump(before[i].second);
      c.new_value = Dump(after[i].second);
      out.figures.push_back(std::move(c));
    }
  }

  std::map<RecordKey, std::size_t> old_index;
  for (std::size_t i = 0; i < old_keys.size(); ++i) {
    if (old_e->records[i].type != RecordType::kCheck) old_index[old_keys[i]] = i;
  }
  std::set<RecordKey> matched;
  for (std::size_t i = 0; i < new_keys.size(); ++i) {
    const Record& now = new_e->records[i];
    if (now.type == RecordType::kCheck) continue;
    auto it = old_index.find(new_keys[i]);
    if (it == old_index.end()) {
      FigureChange c;
      c.kind = FigureChange::Kind::kAdded;
      c.key = new_keys[i];
      c.old_value = "null";
      c.new_value = Measures(now);
      c.new_source = now.source;
      c.new_rule = now.rule;
      out.figures.push_back(std::move(c));
      continue;
    }
    matched.insert(new_keys[i]);
    const Record& was = old_e->records[it->second];
    std::vector<std::pair<std::string, json>> before = Fields(was);
    std::vector<std::pair<std::string, json>> after = Fields(now);
    for (std::size_t f = 0; f < after.size(); ++f) {
      if (before[f].second == after[f].second) continue;
      FigureChange c;
      c.kind = FigureChange::Kind::kChanged;
      c.key = new_keys[i];
      c.field = after[f].first;
      c.old_value = Dump(before[f].second);
      c.new_value = Dump(after[f].second);
      c.old_source = was.source;
      c.new_source = now.source;
      c.old_rule = was.rule;
      c.new_rule = now.rule;
      out.figures.push_back(std::move(c));
    }
  }
  for (std::size_t i = 0; i < old_keys.size(); ++i) {
    const Record& was = old_e->records[i];
    if (was.type == RecordType::kCheck || matched.count(old_keys[i]) > 0) continue;
    FigureChange c;
    c.kind = FigureChange::Kind::kRemoved;
    c.key = old_keys[i];
    c.old_value = Measures(was);
    c.new_value = "null";
    c.old_source = was.source;
    c.old_rule = was.rule;
    out.figures.push_back(std::move(c));
  }
  DiffChecks(old_e, new_e, old_keys, new_keys, &out);
  return out;
}

}  // namespace baocao
