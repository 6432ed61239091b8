// Everything else countable in prose: numbers of centres, staff,
// collaborators, households, ratings "16/19", percentages, areas — each a
// `figure` record with the noun phrase it counts. A paragraph that already
// gave activity or budget records gives no figures (its numbers are read).
#ifndef BAOCAO_EXTRACTORS_FIGURES_H_
#define BAOCAO_EXTRACTORS_FIGURES_H_

#include <vector>

#include "extractors/prose.h"

namespace baocao {

void ExtractFigures(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_FIGURES_H_
