// Private to the DOCX reader (docx/reader.cc, docx/styles.cc,
// docx/tables.cc): namespace-prefix matching, styles, numbering and the
// table grid builder. Not a public API; the only entry point is ReadDocx().
#ifndef BAOCAO_INGEST_DOCX_INTERNAL_H_
#define BAOCAO_INGEST_DOCX_INTERNAL_H_

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "document/document.h"

namespace baocao::docx {

// pugixml does not resolve namespaces. Word always writes "w:" and "mc:",
// but the prefix is only a convention, so it is read from the part's root
// element (falling back to the convention).
class WordNs {
 public:
  explicit WordNs(const pugi::xml_node& root);

  // Element in the WordprocessingML namespace with this local name.
  bool Is(const pugi::xml_node& node, std::string_view local) const;
  // Element in the markup-compatibility namespace (AlternateContent, ...).
  bool IsMc(const pugi::xml_node& node, std::string_view local) const;
  // First WordprocessingML child with this local name (or an empty node).
  pugi::xml_node Child(const pugi::xml_node& node, std::string_view local) const;
  // Value of the w:local attribute (an unprefixed one is accepted too); ""
  // when absent.
  const char* Attr(const pugi::xml_node& node, std::string_view local) const;
  bool HasAttr(const pugi::xml_node& node, std::string_view local) const;
  // w:val of child `local`, "" when there is no such child.
  std::string ChildVal(const pugi::xml_node& node, std::string_view local) const;
  // An on/off property (<w:b/>, <w:b w:val="0"/>): nullopt when absent.
  std::optional<bool> OnOff(const pugi::xml_node& props, std::string_view local) const;

 private:
  std::string w_ = "w";
  std::string mc_ = "mc";
};

// Appends code point `cp` to `out` as UTF-8.

// Parses a decimal attribute value; nullopt when it is not a number.
std::optional<int> ParseInt(std::string_view text);

// Font named by a w:rFonts element: ascii, else hAnsi, else cs, else eastAsia.
std::string FontOf(const WordNs& ns, const pugi::xml_node& rfonts);

struct StyleInfo {
  std::string name;       // w:name, e.g. "heading 1"
  std::string based_on;
  std::string font;
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<int> outline_level;  // 0-based, 9 = body text
  std::optional<int> num_id;         // style-linked numbering
  std::optional<int> ilvl;
  std::optional<bool> has_borders;   // table styles: any visible tblBorders
};

// styles.xml, reduced to what the reader needs. Lookups follow basedOn.
class StyleSheet {
 public:
  void Load(const pugi::xml_node& root);

  const std::string& default_font() const { return default_font_; }
  const std::string& default_paragraph_style() const { return default_paragraph_style_; }

  std::string Font(std::string_view style_id) const;  // "" when none declared
  std::optional<bool> Bold(std::string_view style_id) const;
  std::optional<bool> Italic(std::string_view style_id) const;
  std::optional<int> NumId(std::string_view style_id) const;
  std::optional<int> Ilvl(std::string_view style_id) const;
  std::optional<bool> HasBorders(std::string_view style_id) const;
  // 1..9 for headings (style id or name "Heading N", "Title", or an outline
  // level), else 0.
  int HeadingLevel(std::string_view style_id) const;
  std::string Name(std::string_view style_id) const;

 private:
  template <typename T>
  std::optional<T> Inherited(std::string_view style_id, std::optional<T> StyleInfo::*member) const;
  const StyleInfo* Find(std::string_view style_id) const;

  std::map<std::string, StyleInfo, std::less<>> styles_;
  std::string default_font_;
  std::string default_paragraph_style_;
};

// numbering.xml and the running counters of each list. Markers are rendered
// the way Word displays them ("1.", "1.2.", "a)", "I.", "-", "•").
class Numbering {
 public:
  void Load(const pugi::xml_node& root, const StyleSheet& styles);
  // Whether (num_id, ilvl) names a defined list level.
  bool Has(int num_id, int ilvl) const;
  // Advances the counter of (num_id, ilvl), resets deeper levels, and
  // returns the rendered marker ("" for numFmt none with no text).
  std::string Next(int num_id, int ilvl);

 private:
  struct Level {
    bool defined = false;
    std::string format = "decimal";
    std::string text;  // lvlText, e.g. "%1.%2."
    int start = 1;
    std::string font;
    bool legal = false;  // isLgl: render all levels as decimal
  };
  using Levels = std::array<Level, 9>;
  struct Num {
    int abstract_id = -1;
    std::map<int, int> start_override;
    std::map<int, Level> level_override;
  };
  const Level* LevelOf(int num_id, int ilvl) const;

  std::map<int, Levels> abstracts_;
  std::map<int, Num> nums_;
  std::map<int, std::array<int, 9>> counters_;  // per numId; 0 = not started
};

// Renders a bullet level's text the way extractors expect: "-" and "+" stay,
// dashes become "-", symbol-font and private-use glyphs become "•".
std::string BulletMarker(std::string_view text, std::string_view font);

// Fills a cell from a w:tc: appends its paragraphs and nested tables to
// cell->blocks (the builder fixes index/row/col afterwards).
using CellFiller = std::function<void(const pugi::xml_node& tc, TableCell* cell)>;

// Builds the grid of a w:tbl: gridSpan -> col_span, vMerge -> row_span, every
// slot covered by exactly one cell, cells in row-major order.
Table BuildTable(const pugi::xml_node& tbl, const WordNs& ns, const StyleSheet& styles,
                 const CellFiller& fill);

// One line per table row, cells joined by " | " (text of nested tables in
// their enclosing cell's orig).
std::string TableText(const Table& table);

}  // namespace baocao::docx

#endif  // BAOCAO_INGEST_DOCX_INTERNAL_H_
