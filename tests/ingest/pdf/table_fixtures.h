// Hand-made PDFs of tables shared by the PDF reader's and OCR's tests: the
// same table ruled only across, and with no rule at all.
#ifndef BAOCAO_TESTS_INGEST_PDF_TABLE_FIXTURES_H_
#define BAOCAO_TESTS_INGEST_PDF_TABLE_FIXTURES_H_

#include <string>

#include "tests/ingest/pdf/pdf_fixture.h"

namespace baocao::testing {

// The words of the results table, on pdf's current page: bold headings
// (two group headings over two columns each), five rows of figures.
inline void TableText(PdfFixture* pdf, const std::string& bold) {
  pdf->Text(80, 679, 10, "TT", bold);
  pdf->Text(150, 679, 10, "Topic", bold);
  pdf->Text(286, 688, 10, "Run by centre", bold);
  pdf->Text(422, 688, 10, "With partners", bold);
  const double sub[] = {262, 330, 397, 465};
  for (int k = 0; k < 4; ++k) pdf->Text(sub[k], 668, 10, k % 2 == 0 ? "Classes" : "People", bold);
  const char* const labels[] = {"Law education", "Health", "Farming methods", "Literacy classes", "Computer skills"};
  const char* const values[][4] = {
      {"4", "120", "2", "60"}, {"3", "95", "1", "40"}, {"5", "210", "2", "75"}, {"2", "48", "-", "-"}, {"6", "180", "3", "90"}};
  const double xs[] = {280, 345, 415, 480};
  for (int r = 0; r < 5; ++r) {
    const double y = 650 - 18 * r;
    pdf->Text(82, y, 10, std::to_string(r + 1));
    pdf->Text(106, y, 10, labels[r]);
    for (int k = 0; k < 4; ++k) pdf->Text(xs[k], y, 10, values[r][k]);
  }
}

// A table that draws only the rules across (Word's "no vertical borders"),
// headings in bold: two group headings side by side over joined rules, a
// short note, then a table with every border drawn, of the same width.
// `rotate`: the page's /Rotate (the page shown turned, drawn upright).
inline PdfFixture AcrossRuledTablePdf(int rotate = 0) {
  PdfFixture pdf;
  pdf.AddPage(595, 842, rotate);
  const std::string bold = pdf.AddFont({"Helvetica-Bold", {}});
  pdf.Text(72, 760, 12, "Results of the year:");
  pdf.Line(72, 700, 522, 700);
  pdf.Line(252, 682, 522, 682);  // under both group headings, one rule
  for (double y : {664, 646, 628, 610, 592, 574}) pdf.Line(72, y, 522, y);
  TableText(&pdf, bold);
  pdf.Text(90, 556, 10, "Unit: persons.");
  pdf.Grid({72, 252, 522}, {534, 516, 498});
  pdf.Text(80, 520, 10, "Source");
  pdf.Text(260, 520, 10, "Amount");
  pdf.Text(80, 502, 10, "State budget");
  pdf.Text(260, 502, 10, "1.500");
  return pdf;
}

// The table of AcrossRuledTablePdf with no rule at all (Word's "no
// borders"), a sentence after it.
inline PdfFixture BorderlessTablePdf() {
  PdfFixture pdf;
  pdf.AddPage();
  const std::string bold = pdf.AddFont({"Helvetica-Bold", {}});
  pdf.Text(72, 760, 12, "Results of the year are as follows:");
  TableText(&pdf, bold);
  pdf.Text(72, 540, 12, "In 2025 the centre opened 20 classes for 593 people in all.");
  return pdf;
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_PDF_TABLE_FIXTURES_H_
