#include "ingest/ocr/pages.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include "ingest/layout/page_frame.h"
#include "ingest/ocr/page.h"

namespace baocao {

Result<OcrOutcome> OcrPages(const std::vector<OcrJob>& jobs, const OcrOptions& options) {
  OcrOutcome out;
  if (jobs.empty()) return out;
  int workers = options.threads;
  if (workers <= 0) {
    // $BAOCAO_OCR_THREADS: for benchmarks, and for callers running several
    // documents at once (one OCR thread each is then enough).
    const char* env = std::getenv("BAOCAO_OCR_THREADS");
    workers = env != nullptr ? std::atoi(env) : 0;
  }
  if (workers <= 0) workers = static_cast<int>(std::thread::hardware_concurrency());
  workers = std::clamp(workers, 1, static_cast<int>(jobs.size()));

  // Engines first, on this thread: a missing model fails the document
  // before any page is rendered.
  std::vector<OcrEngineLease> engines;
  for (int i = 0; i < workers; ++i) {
    Result<OcrEngineLease> e = AcquireOcrEngine(options);
    if (!e.ok()) {
      if (engines.empty()) return e.status();
      break;  // fewer workers than wanted
    }
    engines.push_back(std::move(e).value());
  }

  std::vector<std::optional<PageContent>> pages(jobs.size());
  std::vector<OcrPageStats> stats(jobs.size());
  std::vector<std::string> errors(jobs.size());
  std::mutex mu;
  std::size_t next = 0;
  auto work = [&](OcrEngine* engine) {
    for (;;) {
      std::size_t i;
      PixPtr image;
      double dpi = 0;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next >= jobs.size()) return;
        i = next++;
        image = jobs[i].image(&dpi);
      }
      if (!image) {
        errors[i] = "page " + std::to_string(jobs[i].number) + " could not be rendered";
        continue;
      }
      if (dpi <= 0) dpi = ImageDpi(image.get());
      Result<PageContent> page = OcrPage(image.get(), dpi, jobs[i].number, engine, options, &stats[i]);
      if (page.ok()) {
        pages[i] = std::move(page).value();
      } else {
        errors[i] = page.status().reason();
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < engines.size(); ++t) {
    try {
      threads.emplace_back(work, engines[t].get());
    } catch (const std::system_error&) {
      break;  // no more threads: the ones running take all pages
    }
  }
  work(engines[0].get());
  for (std::thread& t : threads) t.join();

  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (pages[i]) {
      out.pages.push_back(std::move(*pages[i]));
    } else {
      PageContent empty;
      empty.number = jobs[i].number;
      empty.ocr = true;
      out.pages.push_back(std::move(empty));
      out.warnings.push_back(errors[i]);
    }
    out.confidence_sum += stats[i].confidence_sum;
    out.words += stats[i].words;
  }
  return out;
}

}  // namespace baocao
