#include "normalize/normalize_document.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/legacy_detect.h"
#include "normalize/ocr_text.h"
#include "normalize/paragraph_lines.h"
#include "normalize/text.h"

namespace baocao::normalize {
namespace {

// The text of a paragraph that no font name explains: all of it without
// runs, else the runs without a font. Runs in a named Unicode font are
// Unicode whatever their characters look like.
std::string FontlessText(const Paragraph& p) {
  if (p.runs.empty()) return p.orig;
  std::string out;
  for (const Run& r : p.runs) {
    if (r.font.empty()) out += r.orig;
  }
  return out;
}

// Vietnamese letters a legacy code cannot hold: in a legacy font's run they
// mean the typist wrote Unicode and left the old font selected.
int UnicodeOnlyLetters(std::string_view utf8) {
  int n = 0;
  for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(utf8[i]);
    const auto b1 = static_cast<unsigned char>(utf8[i + 1]);
    if (b0 == 0xE1 && (b1 == 0xBA || b1 == 0xBB)) ++n;  // U+1E80..U+1EFF: ạ ả ấ ... ỹ
    if ((b0 == 0xC4 && (b1 == 0x82 || b1 == 0x83 || b1 == 0x90 || b1 == 0x91 || b1 == 0xA8 || b1 == 0xA9)) ||
        (b0 == 0xC5 && (b1 == 0xA8 || b1 == 0xA9)) ||
        (b0 == 0xC6 && (b1 == 0xA0 || b1 == 0xA1 || b1 == 0xAF || b1 == 0xB0))) {
      ++n;  // ă Ă đ Đ ĩ Ĩ ũ Ũ ơ Ơ ư Ư
    }
  }
  return n;
}

// The family a font's encoding belongs to: TCVN3 and its capitals fonts
// share one code.
std::size_t Family(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::kTcvn3:
    case LegacyEncoding::kTcvn3Capitals: return 0;
    case LegacyEncoding::kVni: return 1;
    case LegacyEncoding::kViscii: return 2;
    default: return 3;
  }
}
constexpr LegacyEncoding kFamilyCode[] = {LegacyEncoding::kTcvn3, LegacyEncoding::kVni, LegacyEncoding::kViscii};

bool RunsSpellOrig(const Paragraph& p) {
  std::string joined;
  for (const Run& r : p.runs) joined += r.orig;
  return joined == p.orig;
}

// A table's text as the DOCX reader writes a nested table into its cell's
// orig (ingest/docx_tables.cc TableText): rows on lines, cells joined by
// " | ", line breaks inside a cell flattened.
std::string TableText(const Table& table) {
  std::string out;
  int current_row = -1;
  for (const TableCell& cell : table.cells) {
    if (cell.row != current_row) {
      if (current_row >= 0) out += '\n';
      current_row = cell.row;
    } else {
      out += " | ";
    }
    std::string flat = cell.orig;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    out += flat;
  }
  return out;
}

// A cell's orig from its blocks, as the DOCX reader joins them.
std::string CellOrig(const TableCell& cell) {
  std::string out;
  for (const Block& b : cell.blocks) {
    const std::string text = b.is_table() ? TableText(b.table) : b.paragraph.orig;
    if (text.empty()) continue;
    if (!out.empty()) out += '\n';
    out += text;
  }
  return out;
}

class Normalizer {
 public:
  Normalizer(Document* doc, const NormalizeOptions& options) : doc_(doc), options_(options) {
    paragraph_options_.modern_tone_marks = options.modern_tone_marks;
    cell_options_.modern_tone_marks = options.modern_tone_marks;
    cell_options_.keep_newlines = true;
  }

  void Apply() {
    CheckLegacyFonts();
    if (options_.assume_encoding == LegacyEncoding::kNone && options_.detect_legacy) {
      LegacyDetector whole;
      auto add = [&whole](Block& b) {
        if (b.is_paragraph()) {
          whole.Add(FontlessText(b.paragraph));
          return;
        }
        for (const TableCell& c : b.table.cells) {
          if (c.blocks.empty()) whole.Add(c.orig);
        }
      };
      doc_->ForEachBlock(add);
      document_encoding_ = whole.Confident();
    }
    for (Block& b : doc_->body) NormalizeBlock(&b);
    for (Block& b : doc_->furniture) NormalizeBlock(&b);
    for (std::size_t f = 0; f < std::size(kFamilyCode); ++f) {
      if (!unicode_in_font_[f]) continue;
      Note("legacy encoding: text in " + std::string(LegacyEncodingName(kFamilyCode[f])) +
           " fonts is Unicode (typed with the old font left selected); not decoded");
    }
    if (detected_blocks_ > 0) {
      const std::string note = "legacy encoding: text without a font decoded from " +
                               std::string(LegacyEncodingName(detected_)) +
                               " by character statistics in " + std::to_string(detected_blocks_) +
                               " block(s)";
      Note(note);
    }
  }

 private:
  // Runs keep their legacy characters, so a second pass finds the same
  // things again: say each once.
  void Note(const std::string& note) {
    if (std::find(doc_->warnings.begin(), doc_->warnings.end(), note) == doc_->warnings.end()) {
      doc_->warnings.push_back(note);
    }
  }

  // A document typed in Unicode with a legacy font left selected must not be
  // "decoded": per code family, Unicode-only letters in its fonts' runs
  // against the words decoding would repair.
  void CheckLegacyFonts() {
    std::array<LegacyDetector, 3> detectors;
    std::array<int, 3> unicode_letters{};
    doc_->ForEachBlock([&](Block& b) {
      if (!b.is_paragraph()) return;
      for (const Run& r : b.paragraph.runs) {
        const std::size_t f = Family(LegacyEncodingOfFont(r.font));
        if (f >= detectors.size()) continue;
        detectors[f].Add(r.orig);
        unicode_letters[f] += UnicodeOnlyLetters(r.orig);
      }
    });
    for (std::size_t f = 0; f < detectors.size(); ++f) {
      const LegacyEvidence& ev = detectors[f].evidence(kFamilyCode[f]);
      unicode_in_font_[f] = unicode_letters[f] > 0 && unicode_letters[f] >= ev.valid_after - ev.valid_before;
    }
  }

  // The encoding a run's font means, unless its family holds Unicode.
  LegacyEncoding FontEncoding(const Run& r) const {
    const LegacyEncoding e = LegacyEncodingOfFont(r.font);
    const std::size_t f = Family(e);
    return f < unicode_in_font_.size() && unicode_in_font_[f] ? LegacyEncoding::kNone : e;
  }

  bool HasLegacyFont(const Paragraph& p) const {
    return std::any_of(p.runs.begin(), p.runs.end(),
                       [this](const Run& r) { return FontEncoding(r) != LegacyEncoding::kNone; });
  }

  // Decodes and canonicalises one block; true when its orig changed.
  bool NormalizeBlock(Block* block) {
    if (block->is_paragraph()) {
      const bool changed = DecodeParagraph(&block->paragraph);
      block->paragraph.text = CanonicalText(block->paragraph.orig, paragraph_options_);
      PlaceLinesInText(&block->paragraph, paragraph_options_);
      // Same-length repairs: the lines' ranges stay where they are.
      if (block->confidence) block->paragraph.text = RepairOcrText(block->paragraph.text);
      return changed;
    }
    bool changed = false;
    for (TableCell& cell : block->table.cells) changed = NormalizeCell(&cell) || changed;
    return changed;
  }

  bool NormalizeCell(TableCell* cell) {
    bool changed = false;
    for (Block& inner : cell->blocks) changed = NormalizeBlock(&inner) || changed;
    if (changed) {
      cell->orig = CellOrig(*cell);
    } else if (cell->blocks.empty()) {
      changed = DecodeFontless(&cell->orig) != LegacyEncoding::kNone;
    }
    cell->text = CanonicalText(cell->orig, cell_options_);
    if (cell->confidence) cell->text = RepairOcrText(cell->text);
    return changed;
  }

  // The encoding for text without a font in this block, or kNone.
  LegacyEncoding FontlessEncoding(const std::string& text) const {
    if (options_.assume_encoding != LegacyEncoding::kNone) return options_.assume_encoding;
    if (!options_.detect_legacy || text.empty()) return LegacyEncoding::kNone;
    LegacyDetector here;
    here.Add(text);
    const LegacyEncoding own = here.Confident();
    if (own != LegacyEncoding::kNone) return own;
    if (document_encoding_ != LegacyEncoding::kNone && here.Harmless(document_encoding_)) {
      return document_encoding_;
    }
    return LegacyEncoding::kNone;
  }

  // The encoding `orig` was decoded from, kNone when it is unchanged.
  LegacyEncoding DecodeFontless(std::string* orig) {
    const LegacyEncoding e = FontlessEncoding(*orig);
    if (e == LegacyEncoding::kNone) return e;
    std::string decoded = DecodeLegacy(*orig, e);
    if (decoded == *orig) return LegacyEncoding::kNone;
    *orig = std::move(decoded);
    NoteDetected(e);
    return e;
  }

  void NoteDetected(LegacyEncoding e) {
    if (options_.assume_encoding != LegacyEncoding::kNone) return;  // asked for, not detected
    detected_ = e;
    ++detected_blocks_;
  }

  bool DecodeParagraph(Paragraph* p) {
    if (p->runs.empty()) {
      const std::string before = p->lines.empty() ? std::string() : p->orig;
      const LegacyEncoding e = DecodeFontless(&p->orig);
      if (e == LegacyEncoding::kNone) return false;
      MoveLinesThroughDecoding(before, p->orig, {{0, before.size(), e}}, &p->lines);
      return true;
    }
    const bool legacy_font = HasLegacyFont(*p);
    const std::string fontless = FontlessText(*p);
    const LegacyEncoding fontless_encoding = FontlessEncoding(fontless);
    if (!legacy_font && fontless_encoding == LegacyEncoding::kNone) return false;
    // The runs are the characters as found; orig is rebuilt from them, so a
    // second pass gives the same orig. A converter whose runs do not spell
    // orig is left alone rather than guessed at.
    if (!RunsSpellOrig(*p)) return false;
    std::string decoded;
    std::vector<EncodedSpan> spans;  // the runs' bytes of orig, for the lines
    std::size_t at = 0;
    for (const Run& r : p->runs) {
      LegacyEncoding e = FontEncoding(r);
      if (r.font.empty()) e = fontless_encoding;
      decoded += DecodeLegacy(r.orig, e);
      spans.push_back({at, at + r.orig.size(), e});
      at += r.orig.size();
    }
    if (decoded == p->orig) return false;
    if (!legacy_font) NoteDetected(fontless_encoding);
    MoveLinesThroughDecoding(p->orig, decoded, spans, &p->lines);
    p->orig = std::move(decoded);
    return true;
  }

  Document* doc_;
  const NormalizeOptions& options_;
  TextOptions paragraph_options_;
  TextOptions cell_options_;
  std::array<bool, 3> unicode_in_font_{};  // per family: its fonts hold Unicode
  LegacyEncoding document_encoding_ = LegacyEncoding::kNone;
  LegacyEncoding detected_ = LegacyEncoding::kNone;
  int detected_blocks_ = 0;
};

}  // namespace

void NormalizeDocument(Document* doc, const NormalizeOptions& options) {
  Normalizer(doc, options).Apply();
}

}  // namespace baocao::normalize
