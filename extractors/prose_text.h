// How running text divides into the pieces prose extraction reads:
// sentences, statements (one activity each), and the words around a
// statement's counts (its lead, its label, the activity phrase after a
// count).
//
//   "Mở 8 lớp xóa mù chữ với 176 học viên, 5 lớp sau biết chữ với 102 học
//    viên."  -> Statements: "Mở 8 lớp xóa mù chữ với 176 học viên",
//                           "5 lớp sau biết chữ với 102 học viên"
//
// Nothing is ever cut inside parentheses. Offsets are bytes of canonical
// (normalised) text unless a name says folded.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_PROSE_TEXT_H_
#define BAOCAO_EXTRACTORS_PROSE_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "extractors/folded.h"
#include "extractors/rules.h"

namespace baocao {

// Parenthesis depth before each byte of `t` (size + 1 entries).
std::vector<int> Depths(const std::string& t);

// Sentences end at '.' followed by a space (thousands dots have none).
std::vector<std::string> Sentences(const std::string& t);

// Splits a sentence into statements at the ';', "và" or comma between two
// counts of classes; a breakdown ("trong đó có 8 lớp …") stays one
// statement with its parts.
std::vector<std::string> Statements(const RuleSet& rules, const std::string& sentence);

// `lead` without the words around the unit it names as its subject
// ([subject_lead] before it, [subject_tail] after it): "Riêng xã Đoàn Kết
// mở" -> "xã Đoàn Kết mở", "Thấp nhất là xã Bình Minh với" -> "xã Bình Minh".
std::string SubjectOnly(const RuleSet& rules, const std::string& lead);

// The activity's words after the count ending at canonical `number_end`
// ("9 lớp chuyên đề về giáo dục pháp luật với …" -> "chuyên đề về giáo dục
// pháp luật"), "" when no unit noun follows it.
std::string PhraseAfter(const RuleSet& rules, const FoldedText& text, std::size_t number_end);

// The last ':' of `lead` outside parentheses, or npos.
std::size_t LabelColon(const std::string& lead);

// The words of a statement before its first figure (at `first`), from the
// start of their clause.
std::string LeadOf(const std::string& head, std::size_t first);

// True when `phrase` names no activity: its first comma-separated part is
// made of [total_phrase] words only ("lớp, buổi học tập", "buổi còn lại").
bool GenericPhrase(const RuleSet& rules, const std::string& phrase);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PROSE_TEXT_H_
