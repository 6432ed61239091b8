// The Tesseract module (ingest/ocr/tesseract_module.h): a process that reads
// no pixels never loads Tesseract; the first OCR loads it; a module that
// cannot be loaded is a reason, given again for every later engine, never a
// crash. CTest runs each case in a process of its own, so each starts with
// nothing loaded.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/converter.h"
#include "ingest/ocr/engine.h"
#include "ingest/ocr/tesseract_module_loader.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

// Whether a shared object whose path contains `name` is mapped now.
bool Mapped(const std::string& name) {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    if (line.find(name) != std::string::npos) return true;
  }
  return false;
}

TEST(TesseractModuleTest, FilesWithoutPixelsNeverLoadTesseract) {
  for (const char* name : {"report-budget.docx", "report-budget.pdf"}) {
    Result<Document> doc = ConvertBytes(Slurp(fs::path(BAOCAO_SAMPLES) / name));
    ASSERT_TRUE(doc.ok()) << name << ": " << doc.status().reason();
    EXPECT_FALSE(doc.value().body.empty()) << name;
  }
  EXPECT_FALSE(Mapped("libtesseract")) << "a DOCX and a text PDF loaded Tesseract";
  EXPECT_FALSE(Mapped(kTesseractModuleFile));
  EXPECT_EQ(LoadedModuleHandle(), nullptr);
}

TEST(TesseractModuleTest, TheFirstScanLoadsTheModule) {
  ASSERT_FALSE(Mapped("libtesseract"));
  Result<Document> doc = ConvertBytes(Slurp(fs::path(BAOCAO_SAMPLES) / "report-budget.scan.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  EXPECT_TRUE(doc.value().ocr);
  EXPECT_TRUE(Mapped(kTesseractModuleFile));
  EXPECT_TRUE(Mapped("libtesseract"));
  EXPECT_NE(LoadedModuleHandle(), nullptr);
}

TEST(TesseractModuleTest, AModuleThatCannotLoadIsAReasonEveryTime) {
  const fs::path fake = fs::temp_directory_path() / ("baocao-not-a-module-" + std::to_string(::getpid()) + ".so");
  std::ofstream(fake) << "not an ELF file";
  ::setenv("BAOCAO_TESSERACT_MODULE", fake.c_str(), 1);
  for (int attempt = 0; attempt < 2; ++attempt) {
    Result<OcrEngineLease> engine = AcquireOcrEngine(OcrOptions());
    ASSERT_FALSE(engine.ok());
    EXPECT_EQ(engine.status().reason().rfind("OCR unavailable: cannot load " + fake.string(), 0), 0u)
        << engine.status().reason();
    EXPECT_EQ(engine.status().reason().find('\n'), std::string::npos) << "one line";
  }
  // A scan is then refused with that reason, not read as empty.
  Result<Document> doc = ConvertBytes(Slurp(fs::path(BAOCAO_SAMPLES) / "report-budget.scan.pdf"));
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().reason().find("OCR unavailable"), std::string::npos) << doc.status().reason();
  ::unsetenv("BAOCAO_TESSERACT_MODULE");
  fs::remove(fake);
}

TEST(TesseractModuleTest, TheVariableIsTriedFirstThenBesideTheExecutableThenTheBuildTree) {
  ::setenv("BAOCAO_TESSERACT_MODULE", "/opt/x/libbaocao_tesseract.so", 1);
  std::vector<std::string> places = TesseractModuleCandidates();
  ::unsetenv("BAOCAO_TESSERACT_MODULE");
  ASSERT_EQ(places.size(), 4u);
  EXPECT_EQ(places[0], "/opt/x/libbaocao_tesseract.so");
  const fs::path exe = fs::read_symlink("/proc/self/exe");
  EXPECT_EQ(places[1], (exe.parent_path() / kTesseractModuleFile).string());
  EXPECT_EQ(places[2], (exe.parent_path().parent_path() / "lib/baocao" / kTesseractModuleFile).string());
  EXPECT_TRUE(fs::exists(places[3])) << places[3] << ": the build tree's module, which these tests use";
  EXPECT_EQ(TesseractModuleCandidates().size(), 3u) << "without the variable";
}

}  // namespace
}  // namespace baocao
