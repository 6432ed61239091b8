// Legacy .doc/.odt/.rtf through LibreOffice (office/convert.h): with
// stand-in "soffice" scripts, the conversion's command line and output, its
// time limit, and the reason given when LibreOffice is missing; with the
// real LibreOffice (scripts/install-deps.sh installs it), files it saved
// from a sample read back as the sample, one by one and as a batch.
#include "ingest/office/convert.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "ingest/converter.h"
#include "tests/ingest/test_files.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

// Writes an executable shell script.
std::string Script(const fs::path& dir, const std::string& name, const std::string& body) {
  const fs::path p = dir / name;
  std::ofstream(p) << "#!/bin/sh\n" << body;
  chmod(p.c_str(), 0755);
  return p.string();
}

// The first bytes of an OLE2 compound file: what a .doc is by content.
const std::string kOle2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0", 16);

TEST(OfficeConvertTest, LibreOfficeMakesADocxThatIsReadAsADoc) {
  testing::TempDir tmp;
  const fs::path sample = fs::path(BAOCAO_SAMPLES) / "report-budget.docx";
  ASSERT_TRUE(fs::exists(sample));
  // Like soffice: --convert-to docx --outdir DIR FILE writes DIR/<stem>.docx.
  // It also checks it runs in its own HOME and profile.
  const std::string soffice = Script(
      fs::path(tmp.Path()), "soffice",
      "case \"$1\" in -env:UserInstallation=file://*) ;; *) exit 3 ;; esac\n"
      "[ \"$HOME\" = \"$(pwd)\" ] || exit 4\n"
      "for last; do :; done\n"
      "out=$(dirname \"$last\")/$(basename \"$last\" .doc).docx\n"
      "cp '" + sample.string() + "' \"$out\"\n");
  ConvertOptions options;
  options.office.soffice = soffice;
  Result<Document> doc = ConvertBytes(kOle2 + "a Word 97 document", options);
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  EXPECT_EQ(doc.value().format, "doc");
  EXPECT_FALSE(doc.value().body.empty());
}

TEST(OfficeConvertTest, ConversionThatHangsIsStopped) {
  testing::TempDir tmp;
  OfficeOptions options;
  options.soffice = Script(fs::path(tmp.Path()), "soffice", "sleep 30\n");
  options.timeout_seconds = 1;
  Result<std::string> docx = ConvertToDocx("odt bytes", "odt", options);
  ASSERT_FALSE(docx.ok());
  EXPECT_EQ(docx.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(docx.status().reason().find("did not finish"), std::string::npos) << docx.status().reason();
}

TEST(OfficeConvertTest, ConversionThatFailsIsRefused) {
  testing::TempDir tmp;
  OfficeOptions options;
  options.soffice = Script(fs::path(tmp.Path()), "soffice", "exit 1\n");
  Result<std::string> docx = ConvertToDocx("doc bytes", "doc", options);
  ASSERT_FALSE(docx.ok());
  EXPECT_EQ(docx.status().code(), Status::Code::kInvalidInput);
}

TEST(OfficeConvertTest, WithoutLibreOfficeTheReasonSaysHowToEnableIt) {
  ConvertOptions options;
  options.office.soffice = "/nonexistent/soffice";
  EXPECT_FALSE(LibreOfficeAvailable(options.office));
  Result<Document> doc = ConvertBytes(kOle2 + "a Word 97 document", options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(doc.status().reason().find("libreoffice"), std::string::npos) << doc.status().reason();
  EXPECT_NE(doc.status().reason().find(".docx"), std::string::npos) << doc.status().reason();
}

// The cell texts of the document's first ruled table.
std::vector<std::string> FirstTableCells(const Document& doc) {
  for (const Block& b : doc.body) {
    if (!b.is_table() || b.table.borderless) continue;
    std::vector<std::string> cells;
    for (const TableCell& c : b.table.cells) cells.push_back(c.orig);
    return cells;
  }
  return {};
}

const fs::path kOffice = fs::path(BAOCAO_TEST_DATA) / "office";

TEST(OfficeConvertTest, RealLibreOfficeReadsADocSavedFromASample) {
  ASSERT_TRUE(LibreOfficeAvailable(OfficeOptions{}))
      << "LibreOffice is missing: scripts/install-deps.sh installs libreoffice-writer-nogui";
  Result<Document> docx = ConvertBytes(Slurp(fs::path(BAOCAO_SAMPLES) / "commune-report-table.docx"));
  ASSERT_TRUE(docx.ok());
  const std::vector<std::string> want = FirstTableCells(docx.value());
  ASSERT_GT(want.size(), 20u);
  Result<Document> doc = ConvertBytes(Slurp(kOffice / "commune-report-table.doc"));
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  EXPECT_EQ(doc.value().format, "doc");
  EXPECT_EQ(FirstTableCells(doc.value()), want);
}

TEST(OfficeConvertTest, RealLibreOfficeConvertsABatchInOneRun) {
  ASSERT_TRUE(LibreOfficeAvailable(OfficeOptions{}))
      << "LibreOffice is missing: scripts/install-deps.sh installs libreoffice-writer-nogui";
  Result<Document> docx = ConvertBytes(Slurp(fs::path(BAOCAO_SAMPLES) / "commune-report-table.docx"));
  ASSERT_TRUE(docx.ok());
  const std::vector<std::string> want = FirstTableCells(docx.value());
  const std::vector<std::string> extensions = {"doc", "odt", "rtf"};
  std::vector<std::string> bytes;
  for (const std::string& ext : extensions) bytes.push_back(Slurp(kOffice / ("commune-report-table." + ext)));
  std::vector<OfficeFile> files;
  for (std::size_t i = 0; i < bytes.size(); ++i) files.push_back({bytes[i], extensions[i]});
  const std::string broken = kOle2 + std::string(496, '\0');  // an empty compound file: LibreOffice gives up
  files.push_back({broken, "doc"});

  ConvertOptions options;
  options.office.prepared = ConvertManyToDocx(files, options.office);
  EXPECT_EQ(options.office.prepared->size(), 3u);
  // No LibreOffice from here on: every file must come from the batch.
  options.office.soffice = "/nonexistent/soffice";
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    Result<Document> doc = ConvertBytes(bytes[i], options);
    ASSERT_TRUE(doc.ok()) << extensions[i] << ": " << doc.status().reason();
    EXPECT_EQ(doc.value().format, "doc");
    EXPECT_EQ(FirstTableCells(doc.value()), want) << extensions[i];
  }
}

}  // namespace
}  // namespace baocao
