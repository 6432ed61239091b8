// Status (actual / plan / demand) and period of the text being read, from
// the document's type, title and date of issue, the section headings above,
// and a caption right above a table. The most specific wins: caption over
// section heading over title over date of issue.
//
//   ContextTracker ctx(rules, doc_type, title, issued);
//   for each body block: ctx.Observe(block) ... ctx.Current()
//
// Thread safety: one tracker per document.
#ifndef BAOCAO_EXTRACTORS_CONTEXT_H_
#define BAOCAO_EXTRACTORS_CONTEXT_H_

#include <array>
#include <optional>
#include <string>

#include "document/document.h"
#include "extractors/folded.h"
#include "extractors/rules.h"

namespace baocao {

struct Context {
  std::optional<std::string> status;
  std::optional<std::string> period;
  // The topic a section heading names ("b) Chương trình phát triển kinh
  // tế"): the statements under it are about it unless they name their own.
  // Only headings without figures set it, so a statement never passes its
  // topic to the next one.
  std::optional<std::string> topic;
};

// Status and period cues found in one piece of text (either may be empty).
// The leftmost status cue wins ("Kết quả thực hiện các mục tiêu" is a result).
// `year` completes a month printed without its year ("Tháng 4").
Context ContextOf(const RuleSet& rules, const FoldedText& text, const std::optional<std::string>& year = {});

// The heading level of a paragraph: 1 for "Phần I"/"I.", 2 for "1.", 3 for
// "1.1.", 4 for "a)", 5 for a short line in capitals (a caption); 0 when the
// paragraph is not a heading.
int HeadingLevel(const Paragraph& paragraph);

class ContextTracker {
 public:
  ContextTracker(const RuleSet& rules, const std::string& doc_type,
                 const std::optional<std::string>& title, const std::optional<std::string>& issued);

  // Updates the context when `block` is a heading. Returns true when it
  // begins a section: a heading that states figures ("a) Pháp luật: mở 3
  // lớp") is a statement within the section above it, whose sums include it.
  bool Observe(const Block& block);
  Context Current() const;

 private:
  const RuleSet& rules_;
  Context document_;
  std::array<std::optional<Context>, 6> levels_;  // index = heading level
};

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_CONTEXT_H_
