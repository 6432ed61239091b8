// A canonical string beside its folded key, with the offset mapping between
// them. Rules match the key; records quote the canonical text.
#ifndef BAOCAO_EXTRACTORS_FOLDED_H_
#define BAOCAO_EXTRACTORS_FOLDED_H_

#include <string>
#include <string_view>

#include "normalize/text.h"

namespace baocao {

struct FoldedText {
  std::string canon;
  std::string folded;

  FoldedText() = default;
  explicit FoldedText(std::string canonical)
      : canon(std::move(canonical)), folded(normalize::FoldKey(canon)) {}

  // Byte offset in `canon` of byte offset `folded_byte` of `folded`.
  std::size_t CanonOffset(std::size_t folded_byte) const {
    return normalize::CodePointToByte(canon, normalize::ByteToCodePoint(folded, folded_byte));
  }
  // Byte offset in `folded` of byte offset `canon_byte` of `canon`.
  std::size_t FoldedOffset(std::size_t canon_byte) const {
    return normalize::CodePointToByte(folded, normalize::ByteToCodePoint(canon, canon_byte));
  }
  // The canonical text of folded span [begin, end).
  std::string CanonSpan(std::size_t begin, std::size_t end) const {
    std::size_t b = CanonOffset(begin), e = CanonOffset(end);
    return canon.substr(b, e - b);
  }
};

// Trims spaces and the given punctuation from both ends.
std::string TrimPunct(std::string_view s, std::string_view punct = " \t\n:;,.-+*•");

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_FOLDED_H_
