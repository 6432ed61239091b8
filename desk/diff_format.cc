#include "desk/diff_format.h"

#include <nlohmann/json.hpp>

#include "desk/html.h"

namespace baocao {
namespace {

using json = nlohmann::ordered_json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

json SourceJson(const std::optional<Source>& s) {
  if (!s) return nullptr;
  return {{"page", s->page ? json(*s->page) : json(nullptr)},
          {"block", s->block},
          {"row", s->row ? json(*s->row) : json(nullptr)},
          {"text", s->text}};
}

// A value as a person reads it: strings without quotes, objects as
// "classes 4, participants 312".
std::string Plain(const std::string& json_text) {
  json v = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (v.is_discarded()) return json_text;
  if (v.is_null()) return "—";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object()) {
    std::string out;
    for (const auto& [name, value] : v.items()) {
      if (!out.empty()) out += ", ";
      out += name + " " + (value.is_null() ? "—" : Dump(value));
    }
    return out;
  }
  return Dump(v);
}

const char* KindName(FigureChange::Kind k) {
  switch (k) {
    case FigureChange::Kind::kAdded: return "added";
    case FigureChange::Kind::kRemoved: return "removed";
    case FigureChange::Kind::kChanged: return "changed";
  }
  return "changed";
}

// "activity · actual · 2024 · phap_luat · Label (#2)".
std::string KeyText(const RecordKey& k) {
  std::string out = k.type;
  for (const auto* part : {&k.status, &k.period, &k.topic, &k.category, &k.organizer, &k.commune}) {
    if (*part) out += " · " + **part;
  }
  if (!k.label.empty()) out += " · " + k.label;
  if (k.occurrence > 0) out += " (#" + std::to_string(k.occurrence + 1) + ")";
  return out;
}

std::string SourceText(const Source& s) {
  std::string where = "block " + std::to_string(s.block);
  if (s.page) where = "page " + std::to_string(*s.page) + ", " + where;
  if (s.row) where += ", row " + std::to_string(*s.row);
  return "«" + s.text + "» (" + where + ")";
}

std::string DocumentTitle(const DocumentDiff& d) {
  auto id = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("—"); };
  std::string file = d.new_file.empty() ? d.old_file : d.new_file;
  if (!d.old_file.empty() && !d.new_file.empty() && d.old_file != d.new_file) file = d.old_file + " → " + d.new_file;
  if (d.old_id == d.new_id) return file + " (document " + id(d.new_id) + ")";
  return file + " (document " + id(d.old_id) + " → " + id(d.new_id) + ")";
}

std::string Summary(const Diff& diff) {
  return diff.old_label + " → " + diff.new_label + ": " + std::to_string(diff.documents.size()) + " of " +
         std::to_string(diff.documents_compared) + " documents changed";
}

}  // namespace

void WriteDiffTable(std::ostream& out, const Diff& diff, bool colour) {
  auto paint = [colour](const char* code, const std::string& text) {
    return colour ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
  };
  out << Summary(diff) << "\n";
  for (const DocumentDiff& d : diff.documents) {
    out << "\n" << paint("1", "== " + DocumentTitle(d)) << "\n";
    for (const FigureChange& c : d.figures) {
      const char* code = c.kind == FigureChange::Kind::kAdded     ? "32"
                         : c.kind == FigureChange::Kind::kRemoved ? "31"
                                                                  : "33";
      std::string head = std::string(KindName(c.kind));
      head.resize(9, ' ');
      out << "  " << paint(code, head) << KeyText(c.key);
      if (c.kind == FigureChange::Kind::kChanged) {
        out << "  " << c.field << ": " << Plain(c.old_value) << " → " << paint("1", Plain(c.new_value)) << "\n";
      } else {
        out << "  " << Plain(c.kind == FigureChange::Kind::kAdded ? c.new_value : c.old_value) << "\n";
      }
      if (c.old_source && c.kind != FigureChange::Kind::kAdded) out << "           was " << SourceText(*c.old_source) << "\n";
      if (c.new_source) out << "           now " << SourceText(*c.new_source) << "\n";
    }
    for (const CheckChange& c : d.checks) {
      bool added = c.kind == CheckChange::Kind::kNew;
      out << "  " << paint(added ? "35" : "36", added ? "new check      " : "resolved check ") << c.rule << " ("
          << c.severity << ")";
      if (!c.message.empty()) out << ": " << c.message;
      out << "\n";
    }
  }
}

void WriteDiffJsonl(std::ostream& out, const Diff& diff) {
  for (const DocumentDiff& d : diff.documents) {
    json base = {{"old_document", d.old_id ? json(*d.old_id) : json(nullptr)},
                 {"new_document", d.new_id ? json(*d.new_id) : json(nullptr)},
                 {"file", d.new_file.empty() ? d.old_file : d.new_file}};
    for (const FigureChange& c : d.figures) {
      json line = {{"change", KindName(c.kind)}};
      line.update(base);
      line.update(json{{"type", c.key.type},
                       {"status", Opt(c.key.status)},
                       {"period", Opt(c.key.period)},
                       {"topic", Opt(c.key.topic)},
                       {"organizer", Opt(c.key.organizer)},
                       {"category", Opt(c.key.category)},
                       {"commune", Opt(c.key.commune)},
                       {"label", c.key.label},
                       {"occurrence", c.key.occurrence},
                       {"field", c.field.empty() ? json(nullptr) : json(c.field)},
                       {"old", json::parse(c.old_value, nullptr, false)},
                       {"new", json::parse(c.new_value, nullptr, false)},
                       {"old_source", SourceJson(c.old_source)},
                       {"new_source", SourceJson(c.new_source)},
                       {"old_rule", c.old_rule.empty() ? json(nullptr) : json(c.old_rule)},
                       {"new_rule", c.new_rule.empty() ? json(nullptr) : json(c.new_rule)}});
      out << Dump(line) << "\n";
    }
    for (const CheckChange& c : d.checks) {
      json line = {{"change", c.kind == CheckChange::Kind::kNew ? "new_check" : "resolved_check"}};
      line.update(base);
      line.update(json{{"rule", c.rule},
                       {"severity", c.severity},
                       {"message", c.message},
                       {"source", SourceJson(c.source)},
                       {"about", c.about}});
      out << Dump(line) << "\n";
    }
  }
}

std::string DiffHtmlSection(const DocumentDiff& d) {
  if (d.empty()) return "";
  std::string out;
  if (!d.figures.empty()) {
    out += "<table class=\"diff\"><tr><th>change</th><th>record</th><th>field</th><th>before</th><th>after</th>"
           "<th>source</th></tr>\n";
    for (const FigureChange& c : d.figures) {
      out += std::string("<tr class=\"") + KindName(c.kind) + "\"><td>" + KindName(c.kind) + "</td><td>" +
             html::Escape(KeyText(c.key)) + "</td><td>" + html::Escape(c.field) + "</td><td class=\"n\">" +
             html::Escape(Plain(c.old_value)) + "</td><td class=\"n\">" + html::Escape(Plain(c.new_value)) +
             "</td><td class=\"src\">";
      if (c.old_source && c.kind != FigureChange::Kind::kAdded) {
        out += "before: " + html::Escape(SourceText(*c.old_source)) + "<br>";
      }
      if (c.new_source) out += "after: " + html::Escape(SourceText(*c.new_source));
      out += "</td></tr>\n";
    }
    out += "</table>\n";
  }
  for (const CheckChange& c : d.checks) {
    bool added = c.kind == CheckChange::Kind::kNew;
    out += std::string("<div class=\"check ") + html::Escape(c.severity) + "\">" +
           (added ? "new check " : "resolved check ") + "<b>" + html::Escape(c.rule) + "</b> (" +
           html::Escape(c.severity) + ") " + html::Escape(c.message) + "</div>\n";
  }
  return out;
}

void WriteDiffHtmlPage(std::ostream& out, const Diff& diff) {
  out << html::PageStart("baocao diff: " + diff.old_label + " → " + diff.new_label);
  out << "<h1>" << html::Escape(Summary(diff)) << "</h1>\n";
  if (diff.empty()) out << "<p>No changes.</p>\n";
  for (const DocumentDiff& d : diff.documents) {
    out << "<h2>" << html::Escape(DocumentTitle(d)) << "</h2>\n" << DiffHtmlSection(d);
  }
  out << html::PageEnd();
}

}  // namespace baocao
