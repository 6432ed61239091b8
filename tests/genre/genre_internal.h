// Internals of the genre generator shared by its parts: the generation
// context (the document's facts, chosen variants, the body being written and
// the expected records), the vocabulary, and number formatting.
#ifndef BAOCAO_TESTS_GENRE_GENRE_INTERNAL_H_
#define BAOCAO_TESTS_GENRE_GENRE_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tests/genre/docx_builder.h"
#include "tests/genre/genre.h"
#include "tests/genre/prng.h"

namespace baocao::genre {

// One way an activity is named: the label as a table row or list item says
// it ("Giáo dục pháp luật") and the phrase a running sentence uses after the
// count ("chuyên đề giáo dục pháp luật").
struct TopicPhrase {
  std::string topic;
  std::string label;
  std::string phrase;
};

// --- Vocabulary (genre_vocab.cc) --------------------------------------------
// Phrases of `topic` in a wording: "keyword" (the programme's name),
// "activity" (what was done: "Tập huấn kỹ thuật nuôi cá lồng"), "code" (a
// keyword label followed by its code, "(PL)").
std::vector<TopicPhrase> PhrasesOf(const std::string& topic, const std::string& wording);
const std::vector<std::string>& AllTopics();  // every topic code but "tong"
const std::vector<std::string>& CommuneNames();
// Names whose last letter is "à" (its UTF-8 ends in the byte 0xA0 that
// non-breaking spaces also end in).
const std::vector<std::string>& CommuneNamesEndingInAGrave();
const std::vector<std::string>& DistrictNames();
const std::vector<std::string>& ProvinceNames();
const std::vector<std::string>& PersonNames();
const std::vector<std::string>& PartnerUnits();  // "Hội Nông dân xã", "Trạm Y tế xã", …
// Upper case of a Vietnamese string (the letters the generator uses).
std::string Upper(const std::string& s);
// Lower case of the first letter.
std::string LowerFirst(const std::string& s);
// Moves the tone mark of open "oa/oe/uy" to the second vowel ("Hòa" -> "Hoà").
std::string OldToneMarks(const std::string& s);
// Drops the diacritics of the abbreviations that offices type without them.
std::string PlainAbbreviations(const std::string& s);

// --- Numbers (genre_numbers.cc) -------------------------------------------
std::string Grouped(std::int64_t v, const std::string& separator);
// A money table's unit ("đồng", "nghìn đồng", "triệu đồng") for a money.scale
// variant, and an amount in đồng as a cell under that unit ("13,5").
std::string ScaleWords(const std::string& scale);
std::string InScale(std::int64_t vnd, const std::string& scale);
// "Bốn mươi ba triệu sáu trăm nghìn đồng", as after "Bằng chữ:".
std::string AmountInWords(std::int64_t vnd);
// "13,5" from 13.5 with `decimals` digits after a decimal comma (trailing zeros dropped).
std::string DecimalComma(double v, int decimals);

// --- Context ------------------------------------------------------------------

struct Ctx {
  Ctx(std::uint64_t seed, const Constraints& c, Report* r) : rng(seed), constraints(c), report(r) {}

  Rng rng;
  const Constraints& constraints;
  Report* report;
  DocxBody body;

  // Picks a variant of `axis` among `allowed` (all of the axis's variants when
  // empty) and records it on the report.
  std::string Pick(const std::string& axis, const std::vector<std::string>& allowed = {});
  // The variant already chosen for `axis`, or "".
  std::string Chosen(const std::string& axis) const;

  // Document facts.
  std::string kind;          // doc.kind
  bool post2025 = false;
  bool rollup = false;       // a district (or province) office compiling its communes
  int year = 2024;           // the year the document's own figures are about
  bool half_year = false;    // "6 tháng đầu năm"
  std::string status = "actual";
  std::string period;        // ISO period of the document's own figures
  std::string period_words;  // "năm 2024", "6 tháng đầu năm 2025"
  std::string commune, district, province;
  std::string unit_word = "xã";  // xã | phường | thị trấn
  std::string issuer;        // ubnd | tthtcd | pgd | so
  std::string wording;       // topic.wording
  bool table_total = false;  // the main table has a total row (prose must not restate it)

  // Number styles.
  std::string grouping = "dot";
  bool leading_zero = false;
  bool spelled_echo = false;  // "02 (hai)": small counts spelled out again, as formal documents do
  bool spelled_lead = false;  // "hai (02)": spelled first, the digits after in parentheses

  int section = 0;           // Roman heading counter

  // Writing helpers.
  void Heading(const std::string& text);          // "II. KẾT QUẢ …" (numbered here)
  void SubHeading(const std::string& text);       // bold, unnumbered
  void Text(const std::string& text);             // body paragraph
  std::string Count(std::int64_t v) const;        // a count in the document's style
  std::string Money(std::int64_t vnd, const std::string& style) const;  // prose money
  std::string CentreWord() const;                 // "Trung tâm" | "TTHTCĐ" (abbreviation style)

  ExpectedRecord& Activity(const std::string& status, const std::string& period, const std::string& topic,
                           const std::string& label);
  ExpectedRecord& Budget(const std::string& status, const std::string& period,
                         std::vector<std::string> categories, const std::string& label, std::int64_t amount);
};

// Parts of a report, in reading order (each in its own file).
void WriteHeader(Ctx& c);      // genre_header.cc: header block, stamp, title, address, intro
void WriteSignature(Ctx& c);   // genre_header.cc
void WriteMainTable(Ctx& c);   // genre_tables.cc
void WriteIndicatorTable(Ctx& c);  // genre_indicators.cc: measures as rows, statuses as columns
void WriteResultsProse(Ctx& c);  // genre_prose.cc: topic statements, traps
void WriteOutlook(Ctx& c);     // genre_prose.cc: plan for the next period
void WriteOtherWork(Ctx& c);   // genre_prose.cc: campaigns and events told in one sentence each
void WriteDemand(Ctx& c);      // genre_prose.cc: surveyed learning needs (a plan)
void WriteBudget(Ctx& c);      // genre_budget.cc
void WriteScoreAnnex(Ctx& c);  // genre_tables.cc: a table of unknown meaning

// Period helpers.
std::string QuarterPeriod(int year, int q);  // "2024-04/2024-06"
std::string MonthPeriod(int year, int m);    // "2024-03"
std::string Roman(int n);

}  // namespace baocao::genre

#endif  // BAOCAO_TESTS_GENRE_GENRE_INTERNAL_H_
