// What a worker child sends its parent through the pipe: the outcome of
// ProcessBytes for one file, either the Extraction and the normalised
// document, or the converter's error. Every field of every record travels,
// not only those the JSON Lines contract prints for the record's type, so a
// document stored from a child's reply is row for row the document that
// ProcessBytes would have stored in process.
//
// The message is a header line (JSON: "ok", then "code" and "reason" or the
// byte lengths of the two parts) followed by the parts; the parent knows a
// reply is whole when the lengths add up.
#ifndef BAOCAO_BATCH_WORKER_WIRE_H_
#define BAOCAO_BATCH_WORKER_WIRE_H_

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/pipeline.h"
#include "util/status.h"

namespace baocao {

std::string EncodeOutcome(const Result<Processed>& outcome);

// Parses EncodeOutcome's output; nullopt when `bytes` is not one whole,
// well-formed message (the child died while writing it, or a bug).
std::optional<Result<Processed>> DecodeOutcome(std::string_view bytes);

}  // namespace baocao

#endif  // BAOCAO_BATCH_WORKER_WIRE_H_
