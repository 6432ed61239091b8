// The review page in a real browser: headless Chromium loads it from a file
// (no network), and we check what it rendered: the DOM it built (hostile text
// stayed text), the text of the page printed to PDF (the figures and the
// check are visible, read back with Poppler), and a screenshot kept as a test
// artefact (BAOCAO_TEST_ARTIFACTS/review.png).
//
// Chromium is not a build dependency: when no `chromium` is installed the
// test is skipped and says how to run it (apt-get install chromium).
#include <gtest/gtest.h>

#include <poppler-document.h>
#include <poppler-page.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "desk/review_page.h"
#include "tests/desk/review_fixtures.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

// $BAOCAO_CHROMIUM, else the first browser on PATH; empty when none.
std::string FindChromium() {
  if (const char* env = std::getenv("BAOCAO_CHROMIUM"); env != nullptr && *env != '\0') return env;
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  std::string dirs = path;
  for (const char* name : {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    std::size_t start = 0;
    while (start <= dirs.size()) {
      std::size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
      std::error_code ec;
      if (!candidate.empty() && fs::is_regular_file(candidate, ec)) return candidate.string();
      start = end + 1;
    }
  }
  return "";
}

std::string PdfText(const std::string& path) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
  if (!doc) return "";
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    poppler::byte_array utf8 = page->text().to_utf8();
    text.append(utf8.begin(), utf8.end());
    text += '\n';
  }
  return text;
}

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = FindChromium();
    if (chromium_.empty()) {
      // CI asks for the browser: there a missing one is a failure, not a skip.
      const char* required = std::getenv("BAOCAO_REQUIRE_BROWSER");
      if (required != nullptr && std::string(required) == "1") {
        FAIL() << "BAOCAO_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium)";
      }
      GTEST_SKIP() << "no chromium on PATH: the headless-browser test of the review page needs Debian's "
                      "`chromium` (apt-get install chromium) or BAOCAO_CHROMIUM=/path/to/browser";
    }
    ASSERT_TRUE(dir_.ok());
    testing::ReviewDatabase fixture(dir_.Path("t.db"));
    std::ofstream page(dir_.Path("review.html"), std::ios::binary);
    ASSERT_TRUE(WriteReviewPage(fixture.db.get(), ReviewOptions{}, page).ok());
  }

  // Runs the browser headless on the page with `flags`; true when it exited 0.
  bool Browse(const std::string& flags, const std::string& stdout_file = "/dev/null") {
    std::string command = "timeout 120 '" + chromium_ +
                          "' --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions"
                          " --user-data-dir='" + dir_.Path("profile") + "' " + flags + " 'file://" +
                          dir_.Path("review.html") + "' > '" + stdout_file + "' 2>/dev/null";
    return std::system(command.c_str()) == 0;
  }

  std::string chromium_;
  testing::TempDir dir_;
};

TEST_F(BrowserTest, DomKeepsHostileTextAsText) {
  ASSERT_TRUE(Browse("--dump-dom", dir_.Path("dom.html")));
  std::string dom = testing::ReadText(dir_.Path("dom.html"));
  ASSERT_NE(dom.find("<section"), std::string::npos) << "the browser rendered nothing";
  EXPECT_NE(dom.find("Chăm sóc sức khỏe phụ nữ và trẻ em"), std::string::npos);  // Vietnamese intact
  EXPECT_NE(dom.find("&lt;script&gt;alert("), std::string::npos);
  EXPECT_EQ(dom.find("<script"), std::string::npos);
  EXPECT_EQ(dom.find("<img"), std::string::npos);
}

TEST_F(BrowserTest, FiguresAndTheCheckAreVisibleAndAScreenshotIsKept) {
  ASSERT_TRUE(Browse("--no-pdf-header-footer --print-to-pdf='" + dir_.Path("review.pdf") + "'"));
  std::string text = PdfText(dir_.Path("review.pdf"));
  ASSERT_FALSE(text.empty()) << "no text in the printed page";
  EXPECT_NE(text.find("sum-mismatch"), std::string::npos);
  EXPECT_NE(text.find("1.466"), std::string::npos);  // the corrected total
  EXPECT_NE(text.find("1.438"), std::string::npos);  // the extracted one beside it
  EXPECT_NE(text.find("Hồng Việt"), std::string::npos);
  EXPECT_NE(text.find("<script>alert"), std::string::npos);  // shown, as text

  std::string artefacts = BAOCAO_TEST_ARTIFACTS;
  fs::create_directories(artefacts);
  std::string shot = artefacts + "/review.png";
  fs::remove(shot);
  ASSERT_TRUE(Browse("--window-size=1400,2400 --screenshot='" + shot + "'"));
  std::string png = testing::ReadText(shot);
  ASSERT_GT(png.size(), 10000u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  std::printf("screenshot: %s (%zu bytes)\n", shot.c_str(), png.size());
}

}  // namespace
}  // namespace baocao
