// Text for people: the records of a document as an aligned table.
#ifndef BAOCAO_CLI_TABLE_FORMAT_H_
#define BAOCAO_CLI_TABLE_FORMAT_H_

#include <string>

#include "extractors/record.h"

namespace baocao {

std::string FormatExtractionTable(const Extraction& extraction);

}  // namespace baocao

#endif  // BAOCAO_CLI_TABLE_FORMAT_H_
