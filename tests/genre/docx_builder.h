// A small WordprocessingML writer for generated reports: paragraphs (tabs,
// line breaks, bold, italic, alignment, tab stops) and tables (ruled or
// borderless, horizontal spans, vertical merges, repeated header rows), zipped
// into a .docx in memory with libzip. It writes what Word itself writes for
// these features, so the reader meets the markup of real reports.
//
//   DocxBody body;
//   body.Para("BÁO CÁO", {.bold = true, .align = Align::kCenter});
//   body.Table(spec);
//   std::string bytes = body.Package();
//
// Thread safety: plain value.
#ifndef BAOCAO_TESTS_GENRE_DOCX_BUILDER_H_
#define BAOCAO_TESTS_GENRE_DOCX_BUILDER_H_

#include <string>
#include <vector>

namespace baocao::genre {

enum class Align { kLeft, kCenter, kRight, kBoth };

struct ParaStyle {
  bool bold = false;
  bool italic = false;
  Align align = Align::kBoth;
  int size = 0;              // half-points; 0 = the document default (13 pt)
  int first_line = 0;        // first-line indent in twips
  std::vector<int> tabs;     // centre tab stops in twips ("\t" in the text jumps to them)
  int after = 60;            // spacing after, twips
};

enum class Merge { kNone, kRestart, kContinue };

struct Cell {
  std::string text;          // "\n" separates paragraphs of the cell
  int span = 1;              // gridSpan
  Merge vmerge = Merge::kNone;
  bool bold = false;
  bool italic = false;
  Align align = Align::kCenter;
};

// Which borders a table draws: every one, only the rules across (above,
// between and below the rows: no vertical rule at all), only the inner ones
// (no outer box), or none (a layout table).
enum class Rules { kGrid, kAcross, kInner, kNone };

struct TableSpec {
  std::vector<int> widths;   // grid column widths in twips
  std::vector<std::vector<Cell>> rows;
  Rules rules = Rules::kGrid;  // single borders where drawn
  bool top_aligned = false;    // cells' text at their tops (Word's default), else centred
  int header_rows = 0;       // repeated on each page
  int size = 0;              // font size of the cells (half-points), 0 = default
};

class DocxBody {
 public:
  void Para(const std::string& text, const ParaStyle& style = {});
  void Table(const TableSpec& table);
  // The .docx file's bytes. `transform` rewrites every text run (tone-mark
  // placement variants); null keeps the text.
  std::string Package(std::string (*transform)(const std::string&) = nullptr) const;

 private:
  struct Piece {
    bool table = false;
    std::string text;        // paragraph text
    ParaStyle style;
    TableSpec spec;
  };
  std::vector<Piece> pieces_;
};

}  // namespace baocao::genre

#endif  // BAOCAO_TESTS_GENRE_DOCX_BUILDER_H_
