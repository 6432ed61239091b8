// What a prose statement is about, from its words: the label, the topic
// (its own words first, then its heading's), and the unit a district's
// report names as its subject ("Riêng xã Đoàn Kết mở 3 lớp tin học …").
// Split from prose.cc, which reads the statements' figures and makes the
// records.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_PROSE_SUBJECT_H_
#define BAOCAO_EXTRACTORS_PROSE_SUBJECT_H_

#include <optional>
#include <string>

#include "extractors/folded.h"
#include "extractors/prose.h"
#include "extractors/prose_figures.h"
#include "extractors/rules.h"

namespace baocao {

struct Subject {
  std::string label;
  std::optional<std::string> topic;
  bool explicit_label = false;  // "Label: figures"
};

// True when `folded` names the learning centre ([issuer] tthtcd) at a word
// start, or its bare word acting ([centre_subject]).
bool CentreNamed(const RuleSet& rules, const std::string& folded);

// The statement's subject: label and topic, or nullopt when its numbers
// state no activity. `head`: the statement; `lead`: its words before the
// first figure; `follows`: a statement of this paragraph came before.
std::optional<Subject> SubjectOf(const RuleSet& rules, const ParagraphSite& site, const FoldedText& head,
                                 const std::string& lead, const StatementFigures& f,
                                 const std::optional<std::string>& organizer, bool follows);

// The unit a statement's subject names ("TTHTCĐ xã Tân An tổ chức …"), when
// it is not the document's own.
std::optional<std::string> SubjectUnit(const ParagraphSite& site, const RuleSet& rules, const std::string& lead);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PROSE_SUBJECT_H_
