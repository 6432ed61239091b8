#include "tests/ingest/scan_score.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "util/edit_distance.h"
#include "util/utf8.h"

namespace baocao::testing {
namespace {

std::vector<const Table*> Tables(const Document& doc, bool ruled_only) {
  std::vector<const Table*> out;
  for (const Block& b : doc.body) {
    if (b.is_table() && b.table.rows >= 2 && (!ruled_only || !b.table.borderless)) out.push_back(&b.table);
  }
  return out;
}

bool Similar(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::size_t longest = std::max(a.size(), b.size());
  return EditDistance(a, b) * 5 <= longest;
}

int CellsFound(const Table& want, const Table& got) {
  int found = 0;
  for (const TableCell& w : want.cells) {
    const TableCell* g = got.CellAt(w.row, w.col);
    if (g == nullptr || g->row != w.row || g->col != w.col || g->row_span != w.row_span ||
        g->col_span != w.col_span) {
      continue;
    }
    if (Similar(Fold(w.orig), Fold(g->orig))) ++found;
  }
  return found;
}

}  // namespace

std::string Fold(const std::string& text) {
  std::string out;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c > 0 && u_isalnum(c)) AppendUtf8(static_cast<char32_t>(u_tolower(c)), &out);
  }
  return out;
}

TableRecall CompareTables(const Document& docx, const Document& scan) {
  TableRecall r;
  const std::vector<const Table*> want = Tables(docx, true), got = Tables(scan, false);
  std::vector<bool> used(got.size(), false);
  for (const Table* w : want) {
    r.cells += static_cast<int>(w->cells.size());
    int best = 0;
    std::size_t best_k = got.size();
    for (std::size_t k = 0; k < got.size(); ++k) {
      if (used[k]) continue;
      const int found = CellsFound(*w, *got[k]);
      if (found > best) best = found, best_k = k;
    }
    if (best_k < got.size()) used[best_k] = true;
    r.found += best;
  }
  return r;
}

FigureScore CompareFigures(const std::vector<Record>& docx, const std::vector<Record>& scan) {
  using Key = std::tuple<int, std::string, std::int64_t, std::string, std::string>;
  auto figures = [](const std::vector<Record>& records) {
    std::map<Key, int> out;
    for (const Record& r : records) {
      auto add = [&](const char* measure, const std::optional<std::int64_t>& v) {
        if (v) ++out[{static_cast<int>(r.type), measure, *v, r.status.value_or(""), r.period.value_or("")}];
      };
      if (r.type == RecordType::kActivity) {
        add("classes", r.classes), add("participants", r.participants), add("female", r.female);
        add("cost_vnd", r.cost_vnd);
      } else if (r.type == RecordType::kBudget) {
        add("amount_vnd", r.amount_vnd);
      }
    }
    return out;
  };
  const std::map<Key, int> want = figures(docx), got = figures(scan);
  FigureScore s;
  for (const auto& [k, n] : want) s.want += n;
  for (const auto& [k, n] : got) {
    s.got += n;
    auto it = want.find(k);
    if (it != want.end()) s.matched += std::min(n, it->second);
  }
  return s;
}

}  // namespace baocao::testing
