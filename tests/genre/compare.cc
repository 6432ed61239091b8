#include "tests/genre/compare.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "normalize/text.h"
#include "tests/genre/genre_internal.h"

namespace baocao::genre {
namespace {

// Lower case, one tone-mark placement, single spaces (score.py's norm_text).
std::string NormText(const std::optional<std::string>& s) {
  if (!s) return "\x01null";
  std::string t = OldToneMarks(normalize::ToLower(*s));
  std::string out;
  for (char ch : t) {
    bool space = ch == ' ' || ch == '\t' || ch == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<std::string> NormPeriod(const std::optional<std::string>& p) {
  if (!p) return p;
  std::string s = *p;
  if (s.size() == 9 && (s[4] == '-' || s[4] == '/') && std::isdigit(static_cast<unsigned char>(s[5])))
    s[4] = '/';
  return s;
}

const char* TypeName(const Record& r) {
  return r.type == RecordType::kActivity ? "activity" : r.type == RecordType::kBudget ? "budget" : "other";
}

bool HasFigure(const Record& r) {
  if (r.type == RecordType::kActivity) return r.classes || r.participants || r.female || r.cost_vnd;
  if (r.type == RecordType::kBudget) return r.amount_vnd.has_value();
  return false;
}

bool Exactly(const ExpectedRecord& e, const Record& o) {
  if (e.type != TypeName(o) || e.status != o.status || NormPeriod(e.period) != NormPeriod(o.period)) return false;
  if (e.type == "budget")
    return std::find(e.categories.begin(), e.categories.end(), o.category.value_or("")) != e.categories.end() &&
           e.amount_vnd == o.amount_vnd;
  return e.topic == o.topic && (e.organizer_any || e.organizer == o.organizer) &&
         NormText(e.commune) == NormText(o.commune) && e.classes == o.classes && e.participants == o.participants &&
         e.female == o.female && e.cost_vnd == o.cost_vnd && e.approx == o.approx;
}

std::string Opt(const std::optional<std::string>& s) { return s ? *s : "null"; }
std::string Opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }

std::string DescribePrinted(const Record& r) {
  std::string s = std::string(TypeName(r)) + " " + Opt(r.status) + " " + Opt(r.period) + " ";
  if (r.type == RecordType::kBudget) return s + Opt(r.category) + " amount=" + Opt(r.amount_vnd) + "  [" + r.label + "]";
  return s + Opt(r.topic) + " org=" + Opt(r.organizer) + " commune=" + Opt(r.commune) + " classes=" + Opt(r.classes) +
         " participants=" + Opt(r.participants) + " female=" + Opt(r.female) + " cost=" + Opt(r.cost_vnd) +
         (r.approx ? " approx" : "") + "  [" + r.label + "]";
}

// One figure (a measure of a record) for score.py-style counting.
struct Figure {
  const void* record;
  std::string measure;
  std::int64_t value;
};

template <typename R>
void FiguresOf(const R& r, bool activity, const void* id, std::vector<Figure>* out) {
  if (activity) {
    if (r.classes) out->push_back({id, "classes", *r.classes});
    if (r.participants) out->push_back({id, "participants", *r.participants});
    if (r.female) out->push_back({id, "female", *r.female});
    if (r.cost_vnd) out->push_back({id, "cost_vnd", *r.cost_vnd});
  } else if (r.amount_vnd) {
    out->push_back({id, "amount_vnd", *r.amount_vnd});
  }
}

// score.py's key_ok: a null expected key accepts any printed value.
bool KeysAgree(const ExpectedRecord& e, const Record& o) {
  if (e.type != TypeName(o)) return false;
  if (e.status && e.status != o.status) return false;
  if (e.period && NormPeriod(e.period) != NormPeriod(o.period)) return false;
  if (e.type == "budget")
    return e.categories.empty() ||
           std::find(e.categories.begin(), e.categories.end(), o.category.value_or("")) != e.categories.end();
  if (e.topic && e.topic != o.topic) return false;
  if (!e.organizer_any && e.organizer && e.organizer != o.organizer) return false;
  if (e.commune && NormText(e.commune) != NormText(o.commune)) return false;
  return true;
}

int KnownKeys(const ExpectedRecord& e) {
  return (e.status ? 1 : 0) + (e.period ? 1 : 0) + (e.topic ? 1 : 0) + (e.organizer && !e.organizer_any ? 1 : 0) +
         (e.commune ? 1 : 0);
}

}  // namespace

std::string Describe(const ExpectedRecord& r) {
  std::string s = r.type + " " + Opt(r.status) + " " + Opt(r.period) + " ";
  if (r.type == "budget") {
    std::string cats;
    for (const std::string& c : r.categories) cats += (cats.empty() ? "" : "|") + c;
    return s + cats + " amount=" + Opt(r.amount_vnd) + "  [" + r.label + "]";
  }
  return s + Opt(r.topic) + " org=" + (r.organizer_any ? "(any)" : Opt(r.organizer)) + " commune=" + Opt(r.commune) +
         " classes=" + Opt(r.classes) + " participants=" + Opt(r.participants) + " female=" + Opt(r.female) +
         " cost=" + Opt(r.cost_vnd) + (r.approx ? " approx" : "") + "  [" + r.label + "]";
}

Comparison Compare(const Report& expected, const Extraction& printed) {
  Comparison out;
  std::vector<const Record*> records;
  for (const Record& r : printed.records)
    if (HasFigure(r)) records.push_back(&r);

  // Exact, record by record (specific expectations first).
  std::vector<const ExpectedRecord*> want;
  for (const ExpectedRecord& e : expected.records) want.push_back(&e);
  std::stable_sort(want.begin(), want.end(),
                   [](const ExpectedRecord* a, const ExpectedRecord* b) { return KnownKeys(*a) > KnownKeys(*b); });
  std::vector<bool> used(records.size(), false);
  for (const ExpectedRecord* e : want) {
    bool found = false;
    for (std::size_t i = 0; i < records.size() && !found; ++i) {
      if (!used[i] && Exactly(*e, *records[i])) used[i] = found = true;
    }
    if (!found) out.lines.push_back("missing: " + Describe(*e));
  }
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!used[i]) out.lines.push_back("extra:   " + DescribePrinted(*records[i]));

  // Per figure, as score.py.
  std::vector<std::pair<const ExpectedRecord*, Figure>> gold;
  for (const ExpectedRecord* e : want) {
    std::vector<Figure> f;
    FiguresOf(*e, e->type == "activity", e, &f);
    for (const Figure& x : f) gold.emplace_back(e, x);
  }
  std::vector<std::pair<const Record*, Figure>> got;
  for (const Record* r : records) {
    std::vector<Figure> f;
    FiguresOf(*r, r->type == RecordType::kActivity, r, &f);
    for (const Figure& x : f) got.emplace_back(r, x);
  }
  std::vector<bool> taken(got.size(), false);
  out.figures.expected = static_cast<int>(gold.size());
  out.figures.printed = static_cast<int>(got.size());
  for (const auto& [e, g] : gold) {
    for (std::size_t i = 0; i < got.size(); ++i) {
      if (taken[i] || got[i].second.measure != g.measure || got[i].second.value != g.value) continue;
      if (!KeysAgree(*e, *got[i].first)) continue;
      taken[i] = true;
      ++out.figures.matched;
      break;
    }
  }

  // Metadata.
  const DocumentInfo& d = printed.document;
  auto meta = [&](const char* field, const std::optional<std::string>& want_v, const std::optional<std::string>& got_v) {
    ++out.meta_total;
    bool same = std::string(field) == "ref"
                    ? (want_v && got_v ? [&] {
                        std::string a = NormText(want_v), b = NormText(got_v);
                        a.erase(std::remove(a.begin(), a.end(), ' '), a.end());
                        b.erase(std::remove(b.begin(), b.end(), ' '), b.end());
                        return a == b;
                      }()
                                       : want_v == got_v)
                    : NormText(want_v) == NormText(got_v);
    if (same) ++out.meta_ok;
    else out.lines.push_back(std::string("metadata ") + field + ": want " + Opt(want_v) + ", got " + Opt(got_v));
  };
  meta("doc_type", expected.document.doc_type, d.doc_type);
  meta("ref", expected.document.ref, d.ref);
  meta("issued", expected.document.issued, d.issued);
  meta("commune", expected.document.commune, d.commune);
  meta("district", expected.document.district, d.district);
  meta("province", expected.document.province, d.province);

  // Checks an analyst sees (error, warning).
  std::set<std::string> want_checks(expected.checks.begin(), expected.checks.end());
  std::set<std::string> got_checks;
  for (const Record& r : printed.records) {
    if (r.type != RecordType::kCheck || (r.severity != "error" && r.severity != "warning")) continue;
    got_checks.insert(r.rule);
    if (r.rule == "sum-mismatch" && want_checks.count("sum-mismatch") == 0) {
      ++out.false_alarms;
      out.lines.push_back("false alarm: " + r.rule + ": " + r.message);
    } else if (want_checks.count(r.rule) == 0 && r.rule != "sum-mismatch") {
      out.lines.push_back("unexpected check: " + r.rule + " (" + r.severity + "): " + r.message);
    }
  }
  out.checks_expected = static_cast<int>(want_checks.size());
  for (const std::string& w : want_checks) {
    if (got_checks.count(w) != 0) ++out.checks_found;
    else out.lines.push_back("check not raised: " + w);
  }

  // Figures of the unknown-meaning table.
  if (!expected.figure_keys.empty() || !expected.figures.empty()) {
    std::vector<std::pair<std::string, double>> want_f, got_f;
    for (const ExpectedFigure& f : expected.figures) want_f.emplace_back(NormText(f.name), f.value);
    for (const Record& r : printed.records) {
      if (r.type != RecordType::kFigure || !r.value) continue;
      std::string folded = normalize::FoldKey(r.label);
      bool ours = false;
      for (const std::string& k : expected.figure_keys) ours = ours || folded.find(k) != std::string::npos;
      if (ours) got_f.emplace_back(NormText(r.label), *r.value);
    }
    out.table_figures.expected = static_cast<int>(want_f.size());
    out.table_figures.printed = static_cast<int>(got_f.size());
    std::vector<bool> hit(got_f.size(), false);
    for (const auto& [name, v] : want_f) {
      bool found = false;
      for (std::size_t i = 0; i < got_f.size() && !found; ++i) {
        if (!hit[i] && got_f[i].first == name && std::fabs(got_f[i].second - v) < 0.005) hit[i] = found = true;
      }
      if (found) ++out.table_figures.matched;
      else out.lines.push_back("missing figure: " + name + " = " + std::to_string(v));
    }
    for (std::size_t i = 0; i < got_f.size(); ++i)
      if (!hit[i]) out.lines.push_back("extra figure: " + got_f[i].first + " = " + std::to_string(got_f[i].second));
  }
  out.exact = out.lines.empty();
  return out;
}

}  // namespace baocao::genre
