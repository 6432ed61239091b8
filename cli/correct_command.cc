// `baocao correct`: the analyst's corrections, stored beside the extracted
// values with who, when and why (desk/corrections.h).
#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "cli/desk_support.h"
#include "desk/corrections.h"
#include "desk/document_corrections.h"
#include "util/one_line.h"

namespace baocao {
namespace {

struct CorrectOptions {
  std::string db = "baocao.db";
  std::int64_t record = 0;
  std::int64_t document = 0;
  std::vector<std::string> sets;  // FIELD=VALUE
  bool reject = false;
  std::string undo;  // FIELD, or "reject"
  std::string note;
  std::string by;
  bool list = false;
  bool history = false;
};

int List(Database* db, const CorrectOptions& o) {
  Result<std::vector<Correction>> all = ListCorrections(db, std::nullopt, o.history);
  if (!all.ok()) return ReportFailure(all.status());
  if (all.value().empty()) {
    // The document corrections are listed after these (ListDocuments).
    Result<std::vector<DocumentCorrection>> documents = ListDocumentCorrections(db, std::nullopt, o.history);
    if (documents.ok() && documents.value().empty()) std::cout << "no corrections\n";
    return kExitOk;
  }
  for (const Correction& c : all.value()) {
    std::string record = c.record_id ? "#" + std::to_string(*c.record_id) : "(record gone)";
    std::string what = c.action == "reject"   ? "rejected"
                       : c.action == "undo"   ? "undo " + c.field
                                              : fmt::format("{} {} -> {}", c.field, c.extracted, c.corrected);
    std::cout << fmt::format("{:>4}  {:<8} {} {} {} \"{}\": {}", c.id, c.state, OneLine(c.file), record, c.record_type,
                             c.label, what);
    if (c.state == "review") std::cout << fmt::format(" (extracted now {})", c.current);
    std::cout << fmt::format("\n      {} {}: {}\n", OneLine(c.author), c.created, OneLine(c.note));
  }
  return kExitOk;
}

// A request with the options' why and who ($BAOCAO_USER, $USER by default).
template <typename Request>
Request Signed(const CorrectOptions& o) {
  Request r;
  r.note = o.note;
  r.author = o.by.empty() ? CurrentUser() : o.by;
  return r;
}

// Adds a copy of `base` per --set FIELD=VALUE to `requests`, stores them all
// or none with `add_all`, and prints the ids: the same for a record's
// corrections and a document's.
template <typename Request, typename AddAll>
int SetAndStore(Database* db, const CorrectOptions& o, const Request& base, std::vector<Request> requests,
                AddAll add_all, const char* stored, const char* example) {
  for (const std::string& set : o.sets) {
    std::size_t eq = set.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::cerr << "baocao correct: --set takes FIELD=VALUE (" << example << "), not '" << OneLine(set) << "'\n";
      return kExitUsage;
    }
    Request r = base;
    r.field = set.substr(0, eq);
    r.value = set.substr(eq + 1);
    requests.push_back(r);
  }
  Result<std::vector<std::int64_t>> ids = add_all(db, requests);
  if (!ids.ok()) {
    if (ids.status().code() == Status::Code::kInvalidInput) {
      std::cerr << "baocao correct: " << OneLine(ids.status().reason()) << "\n";
      return kExitUsage;
    }
    return ReportFailure(ids.status());
  }
  for (std::int64_t id : ids.value()) std::cout << stored << " " << id << " stored\n";
  return kExitOk;
}

int ListDocuments(Database* db, const CorrectOptions& o) {
  Result<std::vector<DocumentCorrection>> all = ListDocumentCorrections(db, std::nullopt, o.history);
  if (!all.ok()) return ReportFailure(all.status());
  for (const DocumentCorrection& c : all.value()) {
    std::string what = c.action == "undo" ? "undo " + c.field : fmt::format("{} {} -> {}", c.field, c.extracted, c.corrected);
    std::cout << fmt::format("{:>4}  {:<8} {} document #{}: {}", c.id, c.state, OneLine(c.file), c.document_id,
                             OneLine(what));
    if (c.state == "review") std::cout << fmt::format(" (extracted now {})", OneLine(c.current));
    std::cout << fmt::format("\n      {} {}: {}\n", OneLine(c.author), c.created, OneLine(c.note));
  }
  return kExitOk;
}

// `--document ID`: the document's metadata, set or undone field by field.
int CorrectDocument(Database* db, const CorrectOptions& o) {
  if (o.reject || o.sets.empty() == o.undo.empty()) {
    std::cerr << "baocao correct: with --document give --set FIELD=VALUE (may repeat) or --undo FIELD\n";
    return kExitUsage;
  }
  std::vector<DocumentCorrectionRequest> requests;
  auto base = Signed<DocumentCorrectionRequest>(o);
  base.document_id = o.document;
  if (!o.undo.empty()) {
    base.action = CorrectionAction::kUndo;
    base.field = o.undo;
    requests.push_back(base);
  }
  return SetAndStore(db, o, base, std::move(requests), AddDocumentCorrections, "document correction",
                     "issued=2024-12-20");
}

int RunCorrect(const CorrectOptions& o) {
  Result<std::unique_ptr<Database>> db = OpenExistingDatabase(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  if (o.list) {
    int code = List(db.value().get(), o);
    return code == kExitOk ? ListDocuments(db.value().get(), o) : code;
  }
  if (o.document > 0 && o.record > 0) {
    std::cerr << "baocao correct: give --record ID or --document ID, not both\n";
    return kExitUsage;
  }
  if (o.document > 0) return CorrectDocument(db.value().get(), o);

  int actions = (o.sets.empty() ? 0 : 1) + (o.reject ? 1 : 0) + (o.undo.empty() ? 0 : 1);
  if (o.record <= 0 || actions != 1) {
    std::cerr << "baocao correct: give --record ID and one of --set FIELD=VALUE, --reject, --undo FIELD;"
                 " --document ID with --set FIELD=VALUE or --undo FIELD; or --list\n";
    return kExitUsage;
  }
  std::vector<CorrectionRequest> requests;
  auto base = Signed<CorrectionRequest>(o);
  base.record_id = o.record;
  if (o.reject) {
    base.action = CorrectionAction::kReject;
    requests.push_back(base);
  } else if (!o.undo.empty()) {
    base.action = CorrectionAction::kUndo;
    base.field = o.undo == "reject" ? "*" : o.undo;
    requests.push_back(base);
  }
  return SetAndStore(db.value().get(), o, base, std::move(requests), AddCorrections, "correction",
                     "participants=1621");
}

}  // namespace

void AddCorrectCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<CorrectOptions>();
  CLI::App* cmd = app->add_subcommand(
      "correct", "Correct a figure (or reject a record) once: kept beside the extracted value with who, when and "
                 "why, used by the roll-up, the exports and the review page, and kept across re-extractions");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--record", o->record, "The record id (the # on the review page)");
  cmd->add_option("--document", o->document,
                  "The document id (the desk's /documents/ID): correct its metadata (doc_type, ref, issued, title, "
                  "issuer, commune, district, province) with --set or --undo");
  cmd->add_option("--set", o->sets,
                  "FIELD=VALUE, e.g. participants=1621, topic=phap_luat, female=null (unknown); with --document "
                  "issued=2024-12-20, commune=Thượng Nhật; may repeat");
  cmd->add_flag("--reject", o->reject, "The record is wrong altogether: leave it out of the roll-up and exports");
  cmd->add_option("--undo", o->undo, "Cancel the corrections of FIELD (or 'reject' to cancel a rejection)");
  cmd->add_option("--note,--why", o->note, "Why (required for a record's correction; optional with --document)");
  cmd->add_option("--by", o->by, "Who (default: $BAOCAO_USER, $USER)");
  cmd->add_flag("--list", o->list, "List the corrections that apply, with their state (review: look again)");
  cmd->add_flag("--history", o->history, "With --list: also replaced and undone corrections");
  cmd->callback([o, global] { global->exit_code = RunCorrect(*o); });
}

}  // namespace baocao
